"""Media files that no row refers to: left by an upload whose transaction rolled back later, by
a crash between a write and its commit, or by rows deleted while the storage was down.

Only the folders this project writes are looked at (photos and their sized copies, reporters'
portraits, CKEditor uploads, share cards); anything else in the storage is not ours to judge.
A CKEditor upload is referred to by the address in an article's body, now or in any saved
revision (a restore must find its images), and its thumbnail goes with it. Files younger than
the grace period are never listed: an upload may be between its write and its commit, or
inserted into an article not saved yet.
"""

import re
from collections.abc import Iterator
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from reversion.models import Version

from newsroom.models import Article, Photo, Rendition, Reporter
from newsroom.models.uploads import PHOTO_FOLDER, PORTRAIT_FOLDER
from newsroom.share_card import FOLDER as SHARE_CARD_FOLDER

THUMB_SUFFIX = "_thumb"


def _upload_folder():
    return settings.CKEDITOR_UPLOAD_PATH.strip("/")


def owned_folders():
    """The top-level storage folders whose files belong to rows of this project."""
    return [PHOTO_FOLDER, PORTRAIT_FOLDER, _upload_folder(), SHARE_CARD_FOLDER]


def _walk(storage, folder) -> Iterator[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # nothing was ever written there
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from _walk(storage, f"{folder}/{sub}")


def _referred_uploads():
    """Names of CKEditor uploads that an article body (current or a revision) points at."""
    pattern = re.compile(re.escape(_upload_folder()) + r"/[^\s\"'<>()?#\\]+")
    found = set()
    texts = [
        Article.objects.values_list("body", flat=True),
        Version.objects.get_for_model(Article).values_list("serialized_data", flat=True),
    ]
    for rows in texts:
        for text in rows.iterator(chunk_size=500):
            found.update(pattern.findall(text or ""))
    return found


def referred_names():
    """Every storage name a row refers to."""
    names = set(Photo.objects.exclude(image="").values_list("image", flat=True).iterator())
    names.update(Rendition.objects.values_list("file", flat=True).iterator())
    names.update(Reporter.objects.exclude(photo="").values_list("photo", flat=True).iterator())
    names.update(Article.objects.exclude(share_image="").values_list("share_image", flat=True))
    names.update(_referred_uploads())
    return names


def _unthumbed(name):
    stem, dot, ext = name.rpartition(".")
    if stem.endswith(THUMB_SUFFIX):
        return f"{stem.removesuffix(THUMB_SUFFIX)}{dot}{ext}"
    return name


def find_orphans(storage, *, grace=timedelta(hours=24)) -> list[str]:
    """Names of files in the project's folders that no row refers to, older than `grace`."""
    referred = referred_names()
    cutoff = timezone.now() - grace
    orphans = []
    for folder in owned_folders():
        for name in _walk(storage, folder):
            if name in referred or _unthumbed(name) in referred:
                continue
            if grace and storage.get_modified_time(name) > cutoff:
                continue
            orphans.append(name)
    return sorted(orphans)
