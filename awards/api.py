"""/api/v1/award-editions/: editions, and the results of the announced ones only.

Mounted on the content API by AwardsConfig.ready(): newsroom knows nothing of awards.
"""

from datetime import date, datetime

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema

from newsroom.api.errors import ERRORS
from newsroom.api.paging import Paging, keyset_page, page_of
from newsroom.api.schemas import EventRef, UnitRef, local, site_url

from .models import Edition, Result

router = Router(tags=["Penghargaan"])


class CategoryOut(Schema):
    code: str
    name: str


class ResultOut(Schema):
    category: CategoryOut
    rank: int
    place_label: str
    unit: UnitRef
    figure: str = Field(description="Angka yang menentukan peringkat, saat diumumkan.")
    citation: str

    @staticmethod
    def resolve_place_label(obj):
        return str(obj.place_label)


class EditionOut(Schema):
    year: int
    name: str
    status: Edition.Status
    status_label: str
    period_start: date
    period_end: date
    announced_at: datetime | None
    ceremony_event: EventRef | None
    url: str
    results: list[ResultOut] = Field(description="Kosong sampai hasilnya diumumkan.")

    resolve_url = staticmethod(site_url)

    @staticmethod
    def resolve_status_label(obj):
        return str(obj.get_status_display())

    @staticmethod
    def resolve_announced_at(obj):
        return local(obj.announced_at)

    @staticmethod
    def resolve_results(obj):
        return obj.public_results


YEAR = Path(..., ge=1, le=9999)
EditionPage = page_of(EditionOut, "EditionPage")


def _editions():
    # Result.objects.public(): rows of announced editions only, whatever the edition's state.
    results = Result.objects.public().select_related("unit").order_by("category__order", "rank")
    return Edition.objects.select_related("ceremony_event").prefetch_related(
        Prefetch("results", queryset=results, to_attr="public_results")
    )


@router.get("/", response={200: EditionPage, **ERRORS}, summary="Daftar edisi penghargaan")
def list_editions(request, paging: Query[Paging]):
    """Setiap edisi, terbaru dulu; hasilnya hanya untuk edisi yang sudah diumumkan."""
    return keyset_page(
        request, _editions(), key=("-year", "-id"), limit=paging.limit, cursor=paging.cursor
    )


@router.get("/{int:year}/", response={200: EditionOut, **ERRORS}, summary="Satu edisi penghargaan")
def get_edition(request, year: int = YEAR):
    return get_object_or_404(_editions(), year=year)


@router.get(
    "/{int:year}/results/",
    response={200: list[ResultOut], **ERRORS},
    summary="Hasil satu edisi yang sudah diumumkan",
)
def get_results(request, year: int = YEAR):
    """404 sampai edisinya diumumkan."""
    return get_object_or_404(_editions().announced(), year=year).public_results
