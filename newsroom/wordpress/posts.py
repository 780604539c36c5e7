"""WordPress posts become articles: body converted and sanitised, photos, tags, old addresses."""

from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from django.utils.text import slugify
from django.utils.translation import gettext as _
from taggit.models import Tag

from newsroom.guard_rules import scan_html
from newsroom.models import (
    Article,
    ArticlePhoto,
    BlockedTerm,
    ImportedItem,
    LegacyRedirect,
    Photo,
    Reporter,
)
from newsroom.models.guard import article_findings, describe, html_findings, own_hosts
from newsroom.models.imports import bare_host
from newsroom.sanitize import sanitize_html

from .parser import Item
from .report import Action
from .shortcodes import autop, convert_shortcodes, media_key, rewrite_media
from .state import Run, article_hash, existing, plain, record_import

WIB = ZoneInfo("Asia/Jakarta")
# WordPress's default category means "no category"; it is not a topic.
DEFAULT_CATEGORIES = {"uncategorized", "tak-berkategori", "tidak-berkategori"}
STATUS_MAP = {
    "publish": Article.Status.PUBLISHED,
    "future": Article.Status.PUBLISHED,
    "draft": Article.Status.DRAFT,
    "pending": Article.Status.DRAFT,
}


def _wib_time(item: Item) -> datetime | None:
    for value, zone in ((item.post_date_gmt, UTC), (item.post_date, WIB)):
        if value and not value.startswith("0000"):
            try:
                return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
            except ValueError:
                continue
    return None


def _resolve_photo(run: Run, url: str, attachment_id: int | None) -> Photo | None:
    if attachment_id in run.photos:
        return run.photos[attachment_id]
    key = media_key(url)
    return run.photos.get(run.photo_ids_by_key.get(key)) if key else None


def import_post(run: Run, item: Item):
    title = plain(item.title) or _("(tanpa judul)")
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
    record, action, reason = existing(run, item, "post", "article")
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
    article.summary = plain(item.excerpt)
    article.body = body
    article.status = status
    article.published_at = published_at
    article.reporter = _reporter(run, item.creator)
    article.lead_photo = lead
    article.slug = _unique_slug(article, item)
    article.save()
    _set_tags(run, article, item)
    _set_gallery(article, gallery)
    _hold_spam(run, article, item, title)
    record_redirect(run, article, item)
    record_import(
        run,
        record,
        item,
        ImportedItem.Kind.POST,
        article=article,
        local_hash=article_hash(article),
    )
    label = reason
    if action == Action.CREATE and item.status == "future":
        label = _("terjadwal")
    run.report.add("post", action, item.post_id, title, label)


def _hold_spam(run: Run, article: Article, item: Item, title: str):
    """An item the content guard holds is kept as a draft, never published, and reported.

    Hidden text is looked for in WordPress's own HTML too: sanitising drops the styles that hid
    it, which would leave planted links visible.
    """
    if run.matcher is None:
        run.matcher = BlockedTerm.objects.matcher()
    hidden = [
        f
        for f in html_findings(
            scan_html(item.content, own_hosts()), str(_("Isi (naskah WordPress)"))
        )
        if f.kind == "hidden"
    ]
    findings = article_findings(article, run.matcher) + hidden
    if not findings:
        return
    if article.status != Article.Status.DRAFT:
        article.status = Article.Status.DRAFT
        article.published_at = None
        article.save()
    run.report.hold(item.post_id, title, describe(findings))


def _convert_body(run: Run, item: Item):
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
                and plain(caption.text) in ("", lead.caption)
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


def _reporter(run: Run, login: str) -> Reporter | None:
    if not login:
        return None
    if login in run.reporters:
        return run.reporters[login]
    author = run.scan.authors.get(login)
    name = plain(author.display_name if author else login)[:150] or login[:150]
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


def _set_tags(run: Run, article: Article, item: Item):
    names = []
    for domain, nicename, text in item.categories:
        if domain not in ("category", "post_tag") or nicename in DEFAULT_CATEGORIES:
            continue
        name = plain(text)[:100]
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


def record_redirect(run: Run, article: Article, item: Item):
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
