"""The shapes the API answers with: what a reader may see of each thing, and nothing more.

Each schema names its fields one by one (never "all fields of the model"): a field added to
a model stays out of the API until someone decides it is public. Times are given in WIB.
"""

from datetime import datetime
from pathlib import PurePosixPath

from django.urls import reverse
from django.utils import timezone
from ninja import Field, Schema

from newsroom.models.photos import url_maker
from newsroom.structured_data import absolute

IMAGE_TYPES = {".webp": "image/webp", ".png": "image/png"}


def local(when):
    """An aware time in the site's zone (WIB), or None."""
    return timezone.localtime(when) if when else None


def site_url(obj):
    """The absolute address of an object's public page."""
    return absolute(obj.get_absolute_url())


class RegionRef(Schema):
    id: int
    slug: str
    name: str
    url: str = Field(description="Halaman wilayah di situs.")

    resolve_url = staticmethod(site_url)


class UnitRef(Schema):
    id: int
    slug: str
    name: str
    short_name: str
    url: str = Field(description="Halaman UPT di situs.")

    resolve_url = staticmethod(site_url)


class EventRef(Schema):
    id: int
    slug: str
    name: str
    url: str

    resolve_url = staticmethod(site_url)


class ReporterRef(Schema):
    id: int
    slug: str
    name: str
    url: str

    @staticmethod
    def resolve_name(obj):
        return obj.display_name

    resolve_url = staticmethod(site_url)


class Topic(Schema):
    slug: str
    name: str
    url: str

    @staticmethod
    def resolve_url(obj):
        return absolute(reverse("tag-detail", kwargs={"slug": obj.slug}))


class PhotoSize(Schema):
    width: int
    type: str = Field(description="Jenis berkas, misalnya image/webp.")
    url: str


class Photo(Schema):
    id: int
    url: str = Field(description="Berkas asli.")
    width: int | None
    height: int | None
    caption: str
    credit: str
    alt: str = Field(description="Teks alternatif untuk pembaca tunanetra.")
    sizes: list[PhotoSize] = Field(description="Setiap ukuran yang tersedia, tersempit dulu.")

    @staticmethod
    def resolve_url(obj):
        return absolute(obj.image.url) if obj.image else ""

    @staticmethod
    def resolve_alt(obj):
        return obj.alt_text

    @staticmethod
    def resolve_sizes(obj):
        # From the stored list of sized copies: no Rendition rows are read.
        url = url_maker(obj.image.storage)
        sizes = []
        for key in ("webp", "fallback"):
            for width, name in obj.variants.get(key, ()):
                kind = IMAGE_TYPES.get(PurePosixPath(name).suffix.lower(), "image/jpeg")
                sizes.append({"width": width, "type": kind, "url": absolute(url(name))})
        return sizes


def gallery_photo(item):
    """An ArticlePhoto as the photo it shows, captioned for its article."""
    photo = item.photo
    photo.caption = item.display_caption
    return photo


class PublishedTimes(Schema):
    published_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_published_at(obj):
        return local(obj.published_at)

    @staticmethod
    def resolve_updated_at(obj):
        return local(obj.updated_at)
