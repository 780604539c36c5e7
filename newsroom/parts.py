"""What the public site's rendered parts share: how long they are kept, what their keys carry
besides their rows, and the sizes of a photo as <picture> lists them.

A part (a card, a picture inside it, an article's blocks) is kept in the cache under the
identity and updated_at of what it shows, so a changed part is a new key and a page rendered
again after a publish reuses every part that did not change.
"""

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.urls import get_script_prefix

# How long a rendered part stays in the cache. Its key holds what it shows (ids, updated_at,
# the photo's stored sizes), so this only bounds how long an unused one takes up room.
PARTS_SECONDS = getattr(settings, "PUBLIC_PARTS_SECONDS", 24 * 3600)

# What writes the parts besides the rows they show: the templates, the code (template tags,
# URLconfs, models' addresses and labels) and the translations. A deployment that changes any of
# them starts with new keys, so no part keeps an old link or label.
PARTS_SOURCES = ("templates", "core", "newsroom", "upt", "awards", "locale")
PARTS_SUFFIXES = (".html", ".xml", ".txt", ".py", ".mo")

# The image a browser without srcset support loads: big enough for a phone held sideways.
FALLBACK_WIDTH = 1024


@cache
def _release():
    """A digest of this deployment's templates, code, translations and media address: parts of
    an older deployment (other markup, links or labels, another MEDIA_URL) are never served by a
    newer one. Read once per process."""
    digest = hashlib.sha256(settings.MEDIA_URL.encode())
    base = Path(settings.BASE_DIR)
    for source in PARTS_SOURCES:
        path = base / source
        for item in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if item.is_file() and item.suffix in PARTS_SUFFIXES:
                digest.update(item.relative_to(base).as_posix().encode())
                digest.update(item.read_bytes())
    return digest.hexdigest()[:12]


def parts_scope():
    """What every part's cache key carries besides its rows: the release and the script prefix
    (a part's links are absolute paths under the prefix the site is served at)."""
    return f"{_release()}{get_script_prefix()}"


def shown_photo(photo):
    """The photo if it has a file to show (a row whose upload failed or was removed has none)."""
    return photo if photo and photo.image else None


def _srcset(sized):
    return ", ".join(f"{url} {width}w" for width, url in sized)


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
