"""The WordPress import: read the whole file first, then write everything in one transaction.

A post whose data cannot be used is skipped and reported (each post has a savepoint of its own);
any other failure undoes the whole run.

Pass one streams the file to the end (a broken or truncated file is refused before anything is
written) and keeps only what later items refer to: authors, attachments, post statuses. Pass two
streams it again and writes posts one by one. A dry run is the same run, rolled back, with photo
files checked but never stored, so its report is exactly the real run's.
"""

import logging
import os
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import DataError, IntegrityError, transaction
from django.utils.translation import gettext as _

from newsroom.stored_together import StorageFailed
from upt.models import UPT

from .attachments import import_attachment
from .parser import Author, ExportRefused, Item, read_export
from .posts import import_post
from .report import Action, ImportReport
from .state import Run, Scan, plain

logger = logging.getLogger(__name__)
# What a post's own data can make the import raise; anything else stops the whole run.
UNUSABLE_ITEM = (
    ValueError,  # UnicodeError too
    TypeError,
    LookupError,
    AttributeError,
    ArithmeticError,
    ValidationError,
    DataError,
    IntegrityError,
)


def find_unit(slug: str) -> UPT:
    """The unit an export goes to, or ExportRefused with a message naming the slug."""
    try:
        return UPT.objects.get(slug=slug)
    except UPT.DoesNotExist:
        raise ExportRefused(
            _("UPT dengan slug \u201c%(slug)s\u201d tidak ditemukan. Tidak ada yang diimpor.")
            % {"slug": slug}
        ) from None


def import_wordpress(
    *,
    path: str | os.PathLike,
    unit: UPT,
    uploads_dir: str | os.PathLike | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Import one WordPress export for a unit, all or nothing; return what was (or would be) done."""
    uploads = Path(uploads_dir).resolve() if uploads_dir else None
    if uploads is not None and not uploads.is_dir():
        raise ExportRefused(
            _("Folder unggahan %(path)s tidak ada. Tidak ada yang diimpor.") % {"path": uploads}
        )
    run = Run(unit, uploads, dry_run, ImportReport(dry_run=dry_run), _scan(path))
    try:
        with transaction.atomic():
            for attachment in run.scan.attachments:
                import_attachment(run, attachment)
            for item in read_export(path):
                if isinstance(item, Item) and item.post_type != "attachment":
                    _import_post_alone(run, item)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException as exc:
        # The rows are rolled back; the files they pointed at must not outlive them.
        for name in run.stored_files:
            default_storage.delete(name)
        if isinstance(exc, StorageFailed):
            raise ExportRefused(
                _("Penyimpanan foto gagal. Tidak ada yang diimpor; coba lagi nanti.")
            ) from exc
        raise
    return run.report


def _import_post_alone(run: Run, item: Item):
    """One post in a savepoint of its own: a post whose data cannot be used is skipped, reported.

    What its data raised (a value the database refuses, a bug met by an export nobody foresaw)
    is logged with its traceback; the file's other posts still come in, and the admin shows the
    report instead of an error page. What the run remembered from the post is forgotten with it.
    Failures of the machine rather than of the post (a full disk, a lost database) still undo
    the whole run.
    """
    reporters, mark = dict(run.reporters), run.report.checkpoint()
    try:
        with transaction.atomic():
            import_post(run, item)
    except UNUSABLE_ITEM:
        logger.exception("WordPress import: post %s could not be imported", item.post_id)
        run.reporters = reporters
        run.report.rollback_to(mark)
        title = plain(item.title) or _("(tanpa judul)")
        reason = _("tidak dapat diimpor; rinciannya di log server")
        run.report.add("post", Action.SKIP, item.post_id, title, reason)


def _scan(path) -> Scan:
    scan = Scan()
    for entry in read_export(path):
        if isinstance(entry, Author):
            scan.authors[entry.login] = entry
        elif entry.post_type == "attachment":
            scan.attachments.append(entry)
            scan.children.setdefault(entry.parent, []).append(entry)
        else:
            scan.post_status[entry.post_id] = entry.status
    for siblings in scan.children.values():
        siblings.sort(key=lambda a: (a.menu_order, a.post_id))
    return scan
