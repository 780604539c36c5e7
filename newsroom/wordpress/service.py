"""The WordPress import: read the whole file first, then write everything in one transaction.

Pass one streams the file to the end (a broken or truncated file is refused before anything is
written) and keeps only what later items refer to: authors, attachments, post statuses. Pass two
streams it again and writes posts one by one. A dry run is the same run, rolled back, with photo
files checked but never stored, so its report is exactly the real run's.
"""

import dataclasses
import hashlib
import html
import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from taggit.models import Tag

from newsroom.images import prepare_image
from newsroom.models import (
    Article,
    ArticlePhoto,
    ImportedItem,
    LegacyRedirect,
    Photo,
    Reporter,
)
from newsroom.models.imports import bare_host
from newsroom.models.uploads import photo_upload_to
from newsroom.sanitize import sanitize_html
from upt.models import UPT

from .parser import Author, ExportRefused, Item, read_export
from .report import Action, ImportReport
from .shortcodes import autop, convert_shortcodes, media_key, rewrite_media

WIB = ZoneInfo("Asia/Jakarta")
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
# WordPress's default category means "no category"; it is not a topic.
DEFAULT_CATEGORIES = {"uncategorized", "tak-berkategori", "tidak-berkategori"}
STATUS_MAP = {
    "publish": Article.Status.PUBLISHED,
    "future": Article.Status.PUBLISHED,
    "draft": Article.Status.DRAFT,
    "pending": Article.Status.DRAFT,
}


@dataclass
class _Scan:
    authors: dict[str, Author] = field(default_factory=dict)
    attachments: list[Item] = field(default_factory=list)
    post_status: dict[int, str] = field(default_factory=dict)
    children: dict[int, list[Item]] = field(default_factory=dict)


@dataclass
class _Run:
    unit: UPT
    uploads_dir: Path | None
    dry_run: bool
    report: ImportReport
    scan: _Scan
    stored_files: list[str] = field(default_factory=list)
    photos: dict[int, Photo] = field(default_factory=dict)
    photo_ids_by_key: dict[str, int] = field(default_factory=dict)
    reporters: dict[str, Reporter] = field(default_factory=dict)


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
    run = _Run(unit, uploads, dry_run, ImportReport(dry_run=dry_run), _scan(path))
    try:
        with transaction.atomic():
            for attachment in run.scan.attachments:
                _import_attachment(run, attachment)
            for item in read_export(path):
                if isinstance(item, Item) and item.post_type != "attachment":
                    _import_post(run, item)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        # The rows are rolled back; the files they pointed at must not outlive them.
        for name in run.stored_files:
            default_storage.delete(name)
        raise
    return run.report


def _scan(path) -> _Scan:
    scan = _Scan()
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


def _fingerprint(*values) -> str:
    return hashlib.sha256(json.dumps(values, default=str).encode()).hexdigest()


def _source_hash(item: Item) -> str:
    return _fingerprint(dataclasses.asdict(item))


def _article_hash(article: Article) -> str:
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


def _photo_hash(photo: Photo) -> str:
    return _fingerprint(photo.caption, photo.alt_text, photo.image.name)


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(strip_tags(text or ""))).strip()


def _existing(run: _Run, item: Item, kind: str, target: str):
    """(record, action, reason) for an item imported before; record None when it is new."""
    record = ImportedItem.objects.select_related(target).filter(guid=item.guid).first()
    if record is None:
        return None, Action.CREATE, ""
    obj = getattr(record, target)
    if record.unit_id != run.unit.pk:
        return record, Action.SKIP, _("sudah diimpor untuk UPT lain")
    if obj is None:
        return record, Action.SKIP, _("hasil impor sebelumnya sudah dihapus di sini")
    local = _article_hash(obj) if target == "article" else _photo_hash(obj)
    if record.source_hash == _source_hash(item):
        return record, Action.UNCHANGED, ""
    if local != record.local_hash:
        return record, Action.CONFLICT, _("diubah di sini sejak impor; tidak ditimpa")
    return record, Action.UPDATE, _("berubah di WordPress")


# Attachments ---------------------------------------------------------------------------------


def _remember_photo(run: _Run, item: Item, photo: Photo):
    run.photos[item.post_id] = photo
    for url in (item.attachment_url, _uploads_url(item.meta.get("_wp_attached_file", ""))):
        key = media_key(url)
        if key:
            run.photo_ids_by_key.setdefault(key, item.post_id)


def _uploads_url(relative: str) -> str:
    return f"wp-content/uploads/{relative}" if relative else ""


def _import_attachment(run: _Run, item: Item):
    title = _plain(item.title) or f"#{item.post_id}"
    relative = unquote(
        item.attachment_url.split("wp-content/uploads/", 1)[1]
        if "wp-content/uploads/" in item.attachment_url
        else item.meta.get("_wp_attached_file", "")
    )
    if Path(relative).suffix.lower() not in IMAGE_EXTENSIONS:
        run.report.add("attachment", Action.SKIP, item.post_id, title, _("bukan berkas gambar"))
        return
    if run.scan.post_status.get(item.parent) in ("private", "trash"):
        reason = _("lampiran tulisan privat atau terhapus")
        run.report.add("attachment", Action.SKIP, item.post_id, title, reason)
        return
    record, action, reason = _existing(run, item, "attachment", "photo")
    if action in (Action.UNCHANGED, Action.CONFLICT):
        _remember_photo(run, item, record.photo)
    if action != Action.UPDATE and action != Action.CREATE:
        run.report.add("attachment", action, item.post_id, title, reason)
        return
    if action == Action.UPDATE:
        photo = record.photo
    else:
        photo = Photo(unit=run.unit)
        problem = _attach_file(run, photo, relative)
        if problem:
            run.report.warn(
                _("Foto #%(id)s (%(file)s): %(problem)s")
                % {
                    "id": item.post_id,
                    "file": relative,
                    "problem": problem,
                }
            )
            run.report.add("attachment", Action.SKIP, item.post_id, title, problem)
            return
    photo.caption = _plain(item.excerpt)
    photo.alt_text = _plain(item.meta.get("_wp_attachment_image_alt", ""))[:250]
    photo.save()
    _record(
        run,
        record,
        item,
        ImportedItem.Kind.ATTACHMENT,
        photo=photo,
        local_hash=_photo_hash(photo),
        description=item.content,
    )
    _remember_photo(run, item, photo)
    run.report.add("attachment", action, item.post_id, title, reason)


def _attach_file(run: _Run, photo: Photo, relative: str) -> str:
    """Put the checked image on the photo; return why not, or '' when it worked."""
    if run.uploads_dir is None:
        return _("folder unggahan (--uploads) tidak diberikan")
    candidate = (run.uploads_dir / relative).resolve()
    if not candidate.is_relative_to(run.uploads_dir) or not candidate.is_file():
        return _("berkas tidak ditemukan di folder unggahan")
    try:
        with candidate.open("rb") as source:
            content, width, height = prepare_image(source)
    except ValidationError as exc:
        return " ".join(exc.messages)
    name = photo_upload_to(photo, content.name)
    if run.dry_run:
        # Checked like the real thing, but nothing reaches the storage.
        photo.image.name = name
    else:
        photo.image.save(name, content, save=False)
        run.stored_files.append(photo.image.name)
    photo.width, photo.height = width, height
    return ""


def _record(run: _Run, record, item: Item, kind, **values):
    if record is None:
        record = ImportedItem(guid=item.guid, unit=run.unit)
    record.kind = kind
    record.wp_id = item.post_id
    record.old_url = item.link[:500]
    record.source_hash = _source_hash(item)
    for name, value in values.items():
        setattr(record, name, value)
    record.save()


# Posts ---------------------------------------------------------------------------------------


def _wib_time(item: Item) -> datetime | None:
    for value, zone in ((item.post_date_gmt, UTC), (item.post_date, WIB)):
        if value and not value.startswith("0000"):
            try:
                return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
            except ValueError:
                continue
    return None


def _resolve_photo(run: _Run, url: str, attachment_id: int | None) -> Photo | None:
    if attachment_id in run.photos:
        return run.photos[attachment_id]
    key = media_key(url)
    return run.photos.get(run.photo_ids_by_key.get(key)) if key else None


def _import_post(run: _Run, item: Item):
    title = _plain(item.title) or _("(tanpa judul)")
    if item.post_type != "post":
        reason = _("jenis \u201c%(type)s\u201d tidak diimpor") % {"type": item.post_type}
        run.report.add("other", Action.SKIP, item.post_id, title, reason)
        return
    status = STATUS_MAP.get(item.status)
    if status is None:
        reason = _("status \u201c%(status)s\u201d tidak diimpor") % {"status": item.status}
        run.report.add("post", Action.SKIP, item.post_id, title, reason)
        return
    published_at = _wib_time(item) if status == Article.Status.PUBLISHED else None
    if status == Article.Status.PUBLISHED and published_at is None:
        reason = _("tanggal terbit tidak terbaca")
        run.report.add("post", Action.SKIP, item.post_id, title, reason)
        return
    record, action, reason = _existing(run, item, "post", "article")
    if action not in (Action.CREATE, Action.UPDATE):
        run.report.add("post", action, item.post_id, title, reason)
        return
    if len(title) > 200:
        run.report.warn(
            _("Artikel #%(id)s: judul dipotong menjadi 200 karakter.") % {"id": item.post_id}
        )
    article = record.article if record else Article(unit=run.unit, kind=Article.Kind.BERITA)
    body, lead, gallery = _convert_body(run, item)
    article.title = title[:200]
    article.summary = _plain(item.excerpt)
    article.body = body
    article.status = status
    article.published_at = published_at
    article.reporter = _reporter(run, item.creator)
    article.lead_photo = lead
    article.slug = _unique_slug(article, item)
    article.save()
    _set_tags(run, article, item)
    _set_gallery(article, gallery)
    _record_redirect(run, article, item)
    _record(
        run,
        record,
        item,
        ImportedItem.Kind.POST,
        article=article,
        local_hash=_article_hash(article),
    )
    label = reason
    if action == Action.CREATE and item.status == "future":
        label = _("terjadwal")
    run.report.add("post", action, item.post_id, title, label)


def _convert_body(run: _Run, item: Item):
    converted = convert_shortcodes(item.content)
    run.report.removed_shortcodes.update(converted.removed)
    text = autop(converted.html)
    lead = None
    for caption in converted.captions:
        lead = _resolve_photo(run, caption.src, caption.attachment_id)
        if lead:
            # The page shows the lead photo above the body: drop its figure when it opens the
            # body, unless that would lose a caption the photo does not carry.
            if (
                caption is converted.captions[0]
                and text.startswith("<figure>")
                and _plain(caption.text) in ("", lead.caption)
            ):
                text = text.split("</figure>", 1)[1].lstrip()
            break
    if lead is None and item.meta.get("_thumbnail_id", "").strip().isdigit():
        lead = run.photos.get(int(item.meta["_thumbnail_id"].strip()))

    def resolve(url, attachment_id):
        photo = _resolve_photo(run, url, attachment_id)
        return (photo.image.url, photo.alt_text) if photo else None

    wanted = converted.gallery_ids
    if converted.gallery_of_children:
        wanted = wanted + [a.post_id for a in run.scan.children.get(item.post_id, [])]
    gallery = []
    for wp_id in dict.fromkeys(wanted):
        if wp_id in run.photos:
            gallery.append(run.photos[wp_id])
        else:
            run.report.warn(
                _("Artikel #%(id)s: foto galeri #%(photo)s tidak ikut diimpor.")
                % {"id": item.post_id, "photo": wp_id}
            )
    return sanitize_html(rewrite_media(text, resolve)), lead, gallery


def _reporter(run: _Run, login: str) -> Reporter | None:
    if not login:
        return None
    if login in run.reporters:
        return run.reporters[login]
    author = run.scan.authors.get(login)
    name = _plain(author.display_name if author else login)[:150] or login[:150]
    reporter = Reporter.objects.filter(unit=run.unit, display_name__iexact=name).first()
    if reporter is None:
        base = slugify(name)[:150] or "penulis"
        slug, n = base, 1
        while Reporter.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        reporter = Reporter.objects.create(display_name=name, slug=slug, unit=run.unit)
        run.report.reporters += 1
    run.reporters[login] = reporter
    return reporter


def _unique_slug(article: Article, item: Item) -> str:
    base = slugify(unquote(item.slug)) or slugify(article.title) or "berita"
    base = base[:190].strip("-")
    article.slug = base
    article._sync_publication_date()
    n = 1
    while article.publication_date and article.slug_taken():
        n += 1
        article.slug = f"{base}-{n}"
    return article.slug


def _set_tags(run: _Run, article: Article, item: Item):
    names = []
    for domain, nicename, text in item.categories:
        if domain not in ("category", "post_tag") or nicename in DEFAULT_CATEGORIES:
            continue
        name = _plain(text)[:100]
        if name and name not in names:
            names.append(name)
    run.report.tags += len(
        set(names) - set(Tag.objects.filter(name__in=names).values_list("name", flat=True))
    )
    article.tags.set(names)


def _set_gallery(article: Article, photos: list[Photo]):
    article.gallery_items.all().delete()
    ArticlePhoto.objects.bulk_create(
        ArticlePhoto(article=article, photo=photo, order=i) for i, photo in enumerate(photos)
    )


def _record_redirect(run: _Run, article: Article, item: Item):
    parts = urlsplit(item.link)
    path = unquote(parts.path)
    # A query-only link (?p=12) points at the old home page path, which is never a 404 here.
    if path in ("", "/"):
        return
    host = bare_host(parts.hostname or "")
    existing = LegacyRedirect.objects.filter(old_host=host, old_path=path[:500]).first()
    if existing is None:
        LegacyRedirect.objects.create(old_host=host, old_path=path[:500], article=article)
        run.report.redirects += 1
    elif existing.article_id != article.pk:
        run.report.warn(
            _("Alamat lama %(path)s sudah mengarah ke artikel lain; tidak diubah.") % {"path": path}
        )
