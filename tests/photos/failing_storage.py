"""Media storages that fail for real: the Nth write runs out of space half way through."""

import errno
import os

from ckeditor_uploader import utils as ckeditor_utils
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.utils.functional import empty
from storages.backends.s3 import S3Storage


class FailsOnNthWrite:
    """Mixed into a real backend: write number `fail_at` keeps half its bytes, then ENOSPC."""

    fail_at = None
    writes = 0

    def _save(self, name, content):
        FailsOnNthWrite.writes += 1
        if FailsOnNthWrite.writes == FailsOnNthWrite.fail_at:
            content.seek(0)
            data = content.read()
            super()._save(name, ContentFile(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)
        return super()._save(name, content)


class FailingFileSystemStorage(FailsOnNthWrite, FileSystemStorage):
    pass


class FailingS3Storage(FailsOnNthWrite, S3Storage):
    pass


FAILING = {
    "django.core.files.storage.FileSystemStorage": FailingFileSystemStorage,
    "storages.backends.s3.S3Storage": FailingS3Storage,
}


def _forget_ckeditor_storage():
    # django-ckeditor's own lazy default storage (see tests/conftest.py).
    ckeditor_utils.storage._wrapped = empty


def failing_writes(settings):
    """The `storage_fails_at` fixture (tests/conftest.py)."""

    def fail_at(n):
        default = settings.STORAGES["default"]
        failing = FAILING[default["BACKEND"]]
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {**default, "BACKEND": f"{failing.__module__}.{failing.__qualname__}"},
        }
        FailsOnNthWrite.writes, FailsOnNthWrite.fail_at = 0, n
        _forget_ckeditor_storage()

    yield fail_at
    FailsOnNthWrite.fail_at = None
    _forget_ckeditor_storage()
