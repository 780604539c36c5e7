"""Files that belong to one record are stored together or not at all.

A photo is its original and eight sized copies; a body image is the image and its thumbnail.
`files_of_one_record(storage)` hands out a `FileSet`: each `save()` goes to the storage and is
remembered, and when anything in the block fails, every file written so far (and the one being
written, which a full disk leaves half there) is deleted before the error goes on. A storage
that refuses a write raises `StorageFailed`, whatever its backend raised (OSError from a full
disk, botocore's errors from S3), so that callers catch one thing and say one thing to the user.
"""

import logging
from contextlib import contextmanager

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

STORAGE_FAILED_MESSAGE = _(
    "Penyimpanan berkas gagal, jadi foto tidak disimpan dan tidak ada yang berubah. "
    "Coba unggah lagi sebentar lagi; bila tetap gagal, hubungi admin situs."
)


class StorageFailed(Exception):
    """The media storage refused a write; nothing of the record was kept."""

    message = STORAGE_FAILED_MESSAGE


class FileSet:
    """The files written so far for one record."""

    def __init__(self, storage):
        self.storage = storage
        self.names = []
        self._attempted = []

    def save(self, name, content, max_length=None):
        """Store `content` under `name` (or a free variant of it); return the stored name."""
        try:
            # Known before the write, so that a write failing half way can be undone by name.
            name = self.storage.get_available_name(name, max_length=max_length)
            self._attempted.append(name)
            stored = self.storage.save(name, content, max_length=max_length)
        except Exception as exc:
            raise StorageFailed(str(exc)) from exc
        self.names.append(stored)
        return stored

    def discard(self):
        """Delete every file of the set, including a half-written one."""
        for name in dict.fromkeys([*self.names, *self._attempted]):
            try:
                self.storage.delete(name)
            except Exception:  # the storage is failing already: the orphan finder gets it later
                logger.warning("Could not remove %s after a failed upload", name, exc_info=True)
        self.names, self._attempted = [], []


@contextmanager
def files_of_one_record(storage):
    """A FileSet whose files are all deleted when the block raises."""
    files = FileSet(storage)
    try:
        yield files
    except BaseException as exc:
        files.discard()
        if isinstance(exc, StorageFailed):
            logger.warning("Media storage refused a write: %s", exc, exc_info=exc)
        raise
