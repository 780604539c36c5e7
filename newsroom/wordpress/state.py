"""What one WordPress import run knows: the first pass's scan, the run, and what came before.

Every imported item leaves an `ImportedItem` with two fingerprints, of the WordPress source and
of what was written here, so that a second import tells a change in WordPress from a local edit.
"""

import dataclasses
import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from newsroom.models import Article, ImportedItem, Photo, Reporter
from upt.models import UPT

from .parser import Author, Item
from .report import Action, ImportReport


@dataclass
class Scan:
    """What pass one keeps of the whole file: authors, attachments, post statuses, galleries."""

    authors: dict[str, Author] = field(default_factory=dict)
    attachments: list[Item] = field(default_factory=list)
    post_status: dict[int, str] = field(default_factory=dict)
    children: dict[int, list[Item]] = field(default_factory=dict)


@dataclass
class Run:
    """One import: its unit and options, the report so far, and what it has written."""

    unit: UPT
    uploads_dir: Path | None
    dry_run: bool
    report: ImportReport
    scan: Scan
    stored_files: list[str] = field(default_factory=list)
    photos: dict[int, Photo] = field(default_factory=dict)
    photo_ids_by_key: dict[str, int] = field(default_factory=dict)
    reporters: dict[str, Reporter] = field(default_factory=dict)
    # The content guard's list, read once per run (newsroom/wordpress/posts.py).
    matcher: object = None


def _fingerprint(*values) -> str:
    return hashlib.sha256(json.dumps(values, default=str).encode()).hexdigest()


def source_hash(item: Item) -> str:
    return _fingerprint(dataclasses.asdict(item))


def article_hash(article: Article) -> str:
    return _fingerprint(
        article.title,
        article.slug,
        article.summary,
        article.body,
        article.status,
        article.published_at,
        article.reporter_id,
        article.lead_photo_id,
    )


def photo_hash(photo: Photo) -> str:
    return _fingerprint(photo.caption, photo.alt_text, photo.image.name)


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(strip_tags(text or ""))).strip()


def existing(run: Run, item: Item, kind: str, target: str):
    """(record, action, reason) for an item imported before; record None when it is new."""
    record = ImportedItem.objects.select_related(target).filter(guid=item.guid).first()
    if record is None:
        return None, Action.CREATE, ""
    obj = getattr(record, target)
    if record.unit_id != run.unit.pk:
        return record, Action.SKIP, _("sudah diimpor untuk UPT lain")
    if obj is None:
        return record, Action.SKIP, _("hasil impor sebelumnya sudah dihapus di sini")
    local = article_hash(obj) if target == "article" else photo_hash(obj)
    if record.source_hash == source_hash(item):
        return record, Action.UNCHANGED, ""
    if local != record.local_hash:
        return record, Action.CONFLICT, _("diubah di sini sejak impor; tidak ditimpa")
    return record, Action.UPDATE, _("berubah di WordPress")


def record_import(run: Run, record, item: Item, kind, **values):
    if record is None:
        record = ImportedItem(guid=item.guid, unit=run.unit)
    record.kind = kind
    record.wp_id = item.post_id
    record.old_url = item.link[:500]
    record.source_hash = source_hash(item)
    for name, value in values.items():
        setattr(record, name, value)
    record.save()
