"""The WordPress import: read the whole file first, then write everything in one transaction.

Pass one streams the file to the end (a broken or truncated file is refused before anything is
written) and keeps only what later items refer to: authors, attachments, post statuses. Pass two
streams it again and writes posts one by one. A dry run is the same run, rolled back, with photo
files checked but never stored, so its report is exactly the real run's.
"""

import os
from pathlib import Path

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from newsroom.stored_together import StorageFailed
from upt.models import UPT

from .attachments import import_attachment
from .parser import Author, ExportRefused, Item, read_export
from .posts import import_post
from .report import ImportReport
from .state import Run, Scan


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
                    import_post(run, item)
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
