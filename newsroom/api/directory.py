"""/api/v1/units/ and /api/v1/regions/: the public directory of units and regions."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from upt.models import UPT, Region, SocialAccount, UnitType

from .errors import ERRORS
from .paging import Paging, keyset_page, page_of
from .schemas import RegionRef, site_url

units = Router(tags=["UPT"])
regions = Router(tags=["Wilayah"])
routers = {"units": units, "regions": regions}
BY_NAME = ("name", "id")


class RegionOut(RegionRef):
    code: str = Field(description="Kode provinsi BPS.")
    office_name: str


class SocialAccountOut(Schema):
    platform: str
    handle: str
    url: str


class UnitOut(Schema):
    id: int
    slug: str
    name: str
    short_name: str
    type: UnitType
    type_label: str
    unit_class: str
    region: RegionRef
    head_title: str
    head_name: str
    address: str
    city: str
    phone: str
    email: str = Field(description="Alamat surel kantor UPT (bukan akun petugas).")
    website: str
    is_active: bool = Field(description="False bila UPT sudah tidak beroperasi.")
    social_accounts: list[SocialAccountOut]
    url: str

    resolve_url = staticmethod(site_url)

    @staticmethod
    def resolve_type_label(obj):
        return str(obj.get_type_display())

    @staticmethod
    def resolve_social_accounts(obj):
        return obj.active_social_accounts


UnitPage = page_of(UnitOut, "UnitPage")
RegionPage = page_of(RegionOut, "RegionPage")


class UnitFilters(Paging):
    region: str | None = Field(None, max_length=100, description="Slug wilayah.")
    type: UnitType | None = None


def _units():
    active = SocialAccount.objects.filter(is_active=True)
    return UPT.objects.select_related("region").prefetch_related(
        Prefetch("social_accounts", queryset=active, to_attr="active_social_accounts")
    )


@units.get("/", response={200: UnitPage, **ERRORS}, summary="Daftar UPT")
def list_units(request, filters: Query[UnitFilters]):
    """UPT yang masih beroperasi, menurut nama."""
    units = _units().filter(is_active=True)
    if filters.region:
        units = units.filter(region__slug=filters.region)
    if filters.type:
        units = units.filter(type=filters.type)
    return keyset_page(request, units, key=BY_NAME, limit=filters.limit, cursor=filters.cursor)


@units.get("/{slug:slug}/", response={200: UnitOut, **ERRORS}, summary="Satu UPT")
def get_unit(request, slug: str):
    """Satu UPT, juga yang sudah tidak beroperasi (beritanya tetap terbaca)."""
    return get_object_or_404(_units(), slug=slug)


@regions.get("/", response={200: RegionPage, **ERRORS}, summary="Daftar wilayah")
def list_regions(request, paging: Query[Paging]):
    return keyset_page(
        request, Region.objects.all(), key=BY_NAME, limit=paging.limit, cursor=paging.cursor
    )


@regions.get("/{slug:slug}/", response={200: RegionOut, **ERRORS}, summary="Satu wilayah")
def get_region(request, slug: str):
    return get_object_or_404(Region, slug=slug)
