"""Responsive photos: `{% picture photo %}` emits <picture> with WebP and JPEG srcsets.

    {% load images %}
    {% picture article.lead_photo sizes="(min-width: 60rem) 720px, 100vw" lead=True %}
    {% picture item.photo sizes="(min-width: 40rem) 50vw, 100vw" css_class="galeri" %}

The markup is templates/newsroom/parts/picture.html. The sizes come from `Photo.variants`,
stored with the photo when its renditions are made, so a page of photos reads no rendition rows
and costs no query per photo.
"""

import hashlib
from functools import cache
from pathlib import Path

from django import template
from django.conf import settings
from django.urls import get_script_prefix

register = template.Library()

# The image a browser without srcset support loads: big enough for a phone held sideways.
FALLBACK_WIDTH = 1024

# How long a rendered part (a picture, a card, an article body) stays in the cache. Its key holds
# what it shows (ids, updated_at, the photo's stored sizes), so a changed part is a new key:
# this only bounds how long an unused one takes up room.
PARTS_SECONDS = getattr(settings, "PUBLIC_PARTS_SECONDS", 24 * 3600)

# What writes the parts besides the rows they show: the templates and template tags.
PARTS_SOURCES = ("templates", "newsroom/templatetags")


@cache
def _release():
    """A digest of this deployment's templates, tags and media address: parts of an older
    deployment (other markup, another MEDIA_URL) are never served by a newer one."""
    digest = hashlib.sha256(settings.MEDIA_URL.encode())
    base = Path(settings.BASE_DIR)
    for folder in PARTS_SOURCES:
        for path in sorted((base / folder).rglob("*")):
            if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".py"):
                digest.update(path.relative_to(base).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def parts_scope():
    """What every part's cache key carries besides its rows: the release and the script prefix
    (a part's links are absolute paths under the prefix the site is served at)."""
    return f"{_release()}{get_script_prefix()}"


def _srcset(sized):
    return ", ".join(f"{url} {width}w" for width, url in sized)


@register.simple_tag
def picture_sources(photo):
    """The srcsets of a photo and the image for browsers without srcset (parts/picture.html)."""
    sets = photo.rendition_sets()
    fallback = sets["fallback"]
    suitable = [item for item in fallback if item[0] <= FALLBACK_WIDTH] or fallback
    return {
        "src": suitable[-1][1] if suitable else photo.image.url,
        "webp": _srcset(sets["webp"]),
        "fallback": _srcset(fallback),
    }


@register.inclusion_tag("newsroom/parts/picture.html")
def picture(photo, sizes="100vw", lead=False, css_class=""):
    """Render a photo responsively; eager and high priority when it is the lead photo.

    The element is kept in the cache under the photo's identity and everything it shows, so a
    page rendered again after a publish reuses it.
    """
    return {
        "photo": photo if photo and photo.image else None,
        "sizes": sizes,
        "lead": lead,
        "css_class": css_class,
        "parts_seconds": PARTS_SECONDS,
        "parts_scope": parts_scope(),
    }
