"""Upload paths: dated folders and random names, never the uploader's own file name."""

import os
import uuid

from django.utils import timezone

PHOTO_FOLDER = "foto"
PORTRAIT_FOLDER = "penulis"


def _random_name(folder, filename):
    ext = os.path.splitext(filename)[1].lower()
    if ext not in {".jpg", ".jpeg", ".png", ".webp"}:
        ext = ".jpg"
    return f"{folder}/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}{ext}"


def photo_upload_to(instance, filename):
    """Where a news photo is stored."""
    return _random_name(PHOTO_FOLDER, filename)


def reporter_upload_to(instance, filename):
    """Where a reporter's portrait is stored."""
    return _random_name(PORTRAIT_FOLDER, filename)


def rendition_upload_to(instance, filename):
    """Where a sized copy of a photo is stored: beside the others of its month, random too."""
    ext = os.path.splitext(filename)[1].lower()
    return f"{PHOTO_FOLDER}/ukuran/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}{ext}"
