"""/api/v1/articles/: live articles only, newest first, filtered and searched."""

import datetime
import re
from typing import Annotated

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema
from pydantic import AfterValidator, BeforeValidator
from taggit.models import Tag

from newsroom import search as site_search
from newsroom.cache import last_modified_header
from newsroom.models import Article, ArticlePhoto, Correction, Event, Reporter
from upt.models import UPT, Region

from .errors import ERRORS
from .paging import Paging, keyset_page, offset_page, page_of
from .schemas import (
    EventRef,
    Photo,
    PublishedTimes,
    RegionRef,
    ReporterRef,
    Topic,
    UnitRef,
    gallery_photo,
    local,
    site_url,
)

router = Router(tags=["Berita"])

NEWEST_FIRST = ("-published_at", "-id")
Kind = Article.Kind


class Source(Schema):
    name: str
    url: str


class CorrectionNote(Schema):
    kind: Correction.Kind
    kind_label: str
    note: str
    noted_at: datetime.datetime = Field(description="Waktu catatan dibuat (WIB).")

    @staticmethod
    def resolve_kind_label(obj):
        return str(obj.get_kind_display())

    @staticmethod
    def resolve_noted_at(obj):
        return local(obj.noted_at)


class ArticleSummary(PublishedTimes):
    id: int
    title: str
    slug: str
    kind: Kind
    kind_label: str
    dateline: str
    summary: str
    url: str = Field(description="Alamat artikel di situs.")
    canonical_url: str = Field(
        description="Alamat kanonis: sumber aslinya untuk liputan media, selain itu `url`."
    )
    revised_at: datetime.datetime | None = Field(
        description="Waktu ralat atau pembaruan terakhir (WIB); kosong bila belum pernah."
    )
    unit: UnitRef
    region: RegionRef
    event: EventRef | None
    reporter: ReporterRef | None
    lead_photo: Photo | None
    tags: list[Topic]

    resolve_url = staticmethod(site_url)

    @staticmethod
    def resolve_kind_label(obj):
        return str(obj.get_kind_display())

    @staticmethod
    def resolve_revised_at(obj):
        return local(obj.revised_at)

    @staticmethod
    def resolve_canonical_url(obj):
        coverage = obj.kind == Kind.LIPUTAN_MEDIA and obj.source_url
        return obj.source_url if coverage else site_url(obj)

    @staticmethod
    def resolve_region(obj):
        return obj.unit.region

    @staticmethod
    def resolve_tags(obj):
        return obj.tags.all()


class ArticleDetail(ArticleSummary):
    body_html: str = Field(description="Isi berita, HTML yang sudah disaring.")
    gallery: list[Photo]
    source: Source | None = Field(description="Sumber asli liputan media.")
    video_url: str
    corrections: list[CorrectionNote] = Field(
        description="Ralat dan pembaruan yang dicatat redaktur, terlama dulu."
    )

    @staticmethod
    def resolve_corrections(obj):
        return obj.corrections.all()

    @staticmethod
    def resolve_body_html(obj):
        return obj.body

    @staticmethod
    def resolve_gallery(obj):
        return [gallery_photo(item) for item in obj.gallery_items.all()]

    @staticmethod
    def resolve_source(obj):
        if obj.source_name or obj.source_url:
            return {"name": obj.source_name, "url": obj.source_url}
        return None


ArticlePage = page_of(ArticleSummary, "ArticlePage")


def _iso_only(value):
    # Pydantic also reads numbers as Unix times; "published_after=0.5" is a mistake, not 1970.
    if isinstance(value, str) and not re.match(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(_("Tulis waktu dalam ISO 8601, misalnya 2024-09-24T09:00:00+07:00."))
    return value


def _in_utc(value):
    # As UTC: PostgreSQL refuses offsets past ±15:59 that ISO 8601 allows.
    try:
        return _aware(value).astimezone(datetime.UTC)
    except OverflowError:
        raise ValueError(_("Waktu di luar jangkauan.")) from None


IsoDateTime = Annotated[datetime.datetime, BeforeValidator(_iso_only), AfterValidator(_in_utc)]
ID = Path(..., ge=1, le=2**63 - 1)


class ArticleFilters(Paging):
    unit: str | None = Field(None, max_length=120, description="Slug UPT.")
    region: str | None = Field(None, max_length=100, description="Slug wilayah.")
    topic: str | None = Field(None, max_length=100, description="Slug topik (tag).")
    kind: Kind | None = None
    event: str | None = Field(None, max_length=200, description="Slug kegiatan.")
    reporter: str | None = Field(None, max_length=160, description="Slug penulis.")
    published_after: IsoDateTime | None = Field(
        None, description="Terbit pada atau sesudah waktu ini (ISO 8601; tanpa zona = WIB)."
    )
    published_before: IsoDateTime | None = Field(
        None, description="Terbit sebelum waktu ini (ISO 8601; tanpa zona = WIB)."
    )
    q: str | None = Field(
        None, max_length=200, description="Kata kunci; hasil diurutkan menurut relevansi."
    )


def _articles(detail=False):
    """Live articles with everything the API shows of them, in a fixed number of queries."""
    qs = (
        Article.objects.live()
        .select_related("unit", "unit__region", "lead_photo", "event", "reporter")
        .prefetch_related("tags")
    )
    if detail:
        gallery = ArticlePhoto.objects.select_related("photo")
        return qs.prefetch_related(Prefetch("gallery_items", queryset=gallery), "corrections")
    return qs.defer("body")


def _aware(when):
    return timezone.make_aware(when) if timezone.is_naive(when) else when


def _id_of(model, slug, **lookup):
    """The id of the row with that slug, or 0 (matches nothing): one small indexed query."""
    return model.objects.filter(slug=slug, **lookup).values_list("pk", flat=True).first() or 0


def _filtered(qs, filters):
    """`qs` (live articles) narrowed by the filters; slugs are resolved to ids first."""
    if filters.unit:
        qs = qs.filter(unit_id=_id_of(UPT, filters.unit))
    if filters.region:
        qs = qs.filter(unit__region_id=_id_of(Region, filters.region))
    if filters.topic:
        qs = qs.filter(tagged_items__tag_id=_id_of(Tag, filters.topic))
    if filters.event:
        qs = qs.filter(event_id=_id_of(Event, filters.event))
    if filters.reporter:
        qs = qs.filter(reporter_id=_id_of(Reporter, filters.reporter))
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.published_after:
        qs = qs.filter(published_at__gte=_aware(filters.published_after))
    if filters.published_before:
        qs = qs.filter(published_at__lt=_aware(filters.published_before))
    return qs


def _in_order(ids):
    found = {a.pk: a for a in _articles().filter(pk__in=ids)} if ids else {}
    return [found[pk] for pk in ids if pk in found]


@router.get("/", response={200: ArticlePage, **ERRORS}, summary="Daftar berita")
def list_articles(request, filters: Query[ArticleFilters]):
    """Berita yang sudah terbit, terbaru dulu (atau paling relevan bila ada `q`)."""
    words = (filters.q or "").strip()
    if not words:
        return keyset_page(
            request,
            _filtered(_articles(), filters),
            key=NEWEST_FIRST,
            limit=filters.limit,
            cursor=filters.cursor,
        )
    form = site_search.SearchForm({"q": words})
    form.is_valid()
    ranked, _rows = site_search.search(form, base=_filtered(Article.objects.live(), filters))
    ids, next_url = offset_page(
        request,
        list(ranked.values_list("pk", flat=True)[: site_search.RANKED_CANDIDATES]),
        limit=filters.limit,
        cursor=filters.cursor,
    )
    return {"items": _in_order(ids), "next": next_url}


@router.get("/{int:article_id}/", response={200: ArticleDetail, **ERRORS}, summary="Satu berita")
def get_article(request, response: HttpResponse, article_id: int = ID):
    return _modified(response, get_object_or_404(_articles(detail=True), pk=article_id))


@router.get(
    "/{int:year}/{int:month}/{int:day}/{slug:slug}/",
    response={200: ArticleDetail, **ERRORS},
    summary="Satu berita menurut tanggal terbit dan slug",
)
def get_article_by_date(
    request,
    response: HttpResponse,
    slug: str,
    year: int = Path(..., ge=1, le=9999),
    month: int = Path(..., ge=1, le=12),
    day: int = Path(..., ge=1, le=31),
):
    try:
        published_on = datetime.date(year, month, day)
    except ValueError:  # 30 February
        raise Http404 from None
    article = get_object_or_404(_articles(detail=True), publication_date=published_on, slug=slug)
    return _modified(response, article)


def _modified(response, article):
    """The article, with its last change as the answer's Last-Modified."""
    response.headers["Last-Modified"] = last_modified_header(article.updated_at)
    return article
