"""/api/v1/events/, /api/v1/reporters/ and /api/v1/topics/."""

from datetime import datetime

from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router
from taggit.models import Tag

from newsroom.models import Article, Event, Reporter, TaggedArticle

from .errors import ERRORS
from .paging import Paging, keyset_page, page_of
from .schemas import EventRef, Photo, ReporterRef, Topic, UnitRef, absolute, local

events = Router(tags=["Kegiatan"])
reporters = Router(tags=["Penulis"])
topics = Router(tags=["Topik"])
routers = {"events": events, "reporters": reporters, "topics": topics}


class EventOut(EventRef):
    theme: str
    hashtag: str
    starts_at: datetime
    ends_at: datetime
    place: str
    online_url: str
    organiser: UnitRef | None = Field(description="Null bila penyelenggaranya kantor pusat.")
    organiser_name: str
    participant_count: int | None
    unit_count: int | None
    description: str
    cover_photo: Photo | None

    @staticmethod
    def resolve_starts_at(obj):
        return local(obj.starts_at)

    @staticmethod
    def resolve_ends_at(obj):
        return local(obj.ends_at)

    @staticmethod
    def resolve_organiser_name(obj):
        return str(obj.organiser_name)


class ReporterOut(ReporterRef):
    job_title: str
    bio: str
    unit: UnitRef | None = Field(description="Null untuk penulis kantor pusat.")
    photo_url: str | None

    @staticmethod
    def resolve_photo_url(obj):
        return absolute(obj.photo.url) if obj.photo else None


EventPage = page_of(EventOut, "EventPage")
ReporterPage = page_of(ReporterOut, "ReporterPage")
TopicPage = page_of(Topic, "TopicPage")


def _events():
    return Event.objects.select_related("organiser", "cover_photo")


def _reporters():
    return Reporter.objects.select_related("unit")


def _topics():
    """Tags that at least one live article carries: a draft's topics stay unseen."""
    live = Article.objects.live().values("pk")
    carried = TaggedArticle.objects.filter(tag=OuterRef("pk"), content_object__in=live)
    return Tag.objects.filter(Exists(carried))


@events.get("/", response={200: EventPage, **ERRORS}, summary="Daftar kegiatan")
def list_events(request, paging: Query[Paging]):
    """Kegiatan, yang terbaru mulai dulu."""
    return keyset_page(
        request, _events(), key=("-starts_at", "-id"), limit=paging.limit, cursor=paging.cursor
    )


@events.get("/{slug:slug}/", response={200: EventOut, **ERRORS}, summary="Satu kegiatan")
def get_event(request, slug: str):
    return get_object_or_404(_events(), slug=slug)


@reporters.get("/", response={200: ReporterPage, **ERRORS}, summary="Daftar penulis")
def list_reporters(request, paging: Query[Paging]):
    return keyset_page(
        request, _reporters(), key=("display_name", "id"), limit=paging.limit, cursor=paging.cursor
    )


@reporters.get("/{slug:slug}/", response={200: ReporterOut, **ERRORS}, summary="Satu penulis")
def get_reporter(request, slug: str):
    return get_object_or_404(_reporters(), slug=slug)


@topics.get("/", response={200: TopicPage, **ERRORS}, summary="Daftar topik")
def list_topics(request, paging: Query[Paging]):
    """Topik yang dipakai setidaknya satu berita terbit."""
    return keyset_page(
        request, _topics(), key=("name", "id"), limit=paging.limit, cursor=paging.cursor
    )


@topics.get("/{slug}/", response={200: Topic, **ERRORS}, summary="Satu topik")
def get_topic(request, slug: str):
    return get_object_or_404(_topics(), slug=slug)
