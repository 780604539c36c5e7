"""The content guard: the gambling-spam list admins keep, and what it finds in an article.

Submitting and publishing ask `article_findings()`; a finding blocks the move unless an editor
with the dedicated permission gives a reason (Article._guard_note). The matching itself is in
newsroom/guard_rules.py.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from newsroom.guard_rules import Finding, Link, Matcher, host_of, link_text_of, scan_html

from .photos import Photo


class BlockedTermQuerySet(models.QuerySet):
    def active(self):
        """The entries the guard checks today."""
        return self.filter(is_active=True)

    def matcher(self):
        """Today's list, compiled for matching."""
        rows = list(self.active().values_list("kind", "pattern"))
        return Matcher(
            terms=[p for kind, p in rows if kind == BlockedTerm.Kind.TERM],
            domains=[p for kind, p in rows if kind == BlockedTerm.Kind.DOMAIN],
        )


class BlockedTerm(models.Model):
    """One gambling-spam phrase or link-domain pattern that holds an article back."""

    class Kind(models.TextChoices):
        TERM = "term", _("istilah")
        DOMAIN = "domain", _("pola domain")

    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices, default=Kind.TERM)
    pattern = models.CharField(
        _("istilah atau pola"),
        max_length=120,
        help_text=_(
            "Istilah: frasa promosi judi yang tidak dipakai berita biasa, misalnya \u201cslot "
            "gacor\u201d (bukan \u201cjudi online\u201d). Pola domain: nama situs tujuan tautan "
            "dengan * sebagai sembarang teks, misalnya *slot* atau *.bet."
        ),
    )
    note = models.CharField(_("catatan"), max_length=200, blank=True)
    is_active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    objects = BlockedTermQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "pattern"]
        verbose_name = _("istilah terlarang")
        verbose_name_plural = _("penjaga konten: istilah terlarang")
        constraints = [
            models.UniqueConstraint(
                Lower("pattern"),
                "kind",
                name="blocked_term_unique_pattern",
                violation_error_message=_("Istilah atau pola ini sudah ada di daftar."),
            )
        ]

    def __str__(self):
        return self.pattern

    def clean(self):
        pattern = " ".join((self.pattern or "").split())
        self.pattern = pattern.lower() if self.kind == self.Kind.DOMAIN else pattern
        letters = sum(c.isalnum() for c in pattern)
        if self.kind == self.Kind.TERM and letters < 3:
            raise ValidationError(
                {
                    "pattern": _(
                        "Istilah minimal tiga huruf atau angka, agar tidak mengenai kata lain."
                    )
                }
            )
        if self.kind == self.Kind.DOMAIN and (
            not all(c.isalnum() or c in ".-*" for c in self.pattern) or letters < 2
        ):
            raise ValidationError(
                {
                    "pattern": _(
                        "Pola domain hanya berisi huruf, angka, titik, tanda hubung dan *, "
                        "misalnya *slot* atau *.bet."
                    )
                }
            )


FIELDS = {
    "title": _("Judul"),
    "summary": _("Ringkasan"),
    "body": _("Isi"),
    "body_links": _("Tautan di isi"),
    "body_alts": _("Teks alternatif gambar di isi"),
    "hidden": _("Teks tersembunyi di isi"),
    "source_url": _("Tautan sumber"),
    "video_url": _("Tautan video"),
    "tags": _("Topik"),
}


def own_hosts():
    """The site's own host names: links to them are not outbound."""
    hosts = {host_of(settings.SITE_URL)}
    hosts.update(h.lstrip(".").removeprefix("www.") for h in settings.ALLOWED_HOSTS if h != "*")
    return {h for h in hosts if h}


def _photo_texts(article):
    """(field label, text) for every caption and alt text of the article's photos."""
    texts = []
    if article.lead_photo_id:
        lead = Photo.objects.filter(pk=article.lead_photo_id).first()
        if lead is not None:
            texts += [
                (_("Keterangan foto utama"), lead.caption),
                (_("Teks alternatif foto utama"), lead.alt_text),
                (_("Kredit foto utama"), lead.credit),
            ]
    if article.pk:
        items = article.gallery_items.select_related("photo").order_by("order", "id")
        for n, item in enumerate(items, start=1):
            texts += [
                (
                    _("Keterangan foto galeri ke-%(n)d") % {"n": n},
                    item.caption or item.photo.caption,
                ),
                (_("Teks alternatif foto galeri ke-%(n)d") % {"n": n}, item.photo.alt_text),
            ]
    return texts


def _texts_and_links(article, scan):
    """(field label, text) to match terms in, and (field label, url, text) of every link."""
    texts = [
        (FIELDS["title"], article.title),
        (FIELDS["summary"], article.summary),
        (FIELDS["body"], " ".join(scan.text)),
        *[(FIELDS["body_alts"], alt) for alt in scan.alts],
        *[(FIELDS["body_links"], title) for title in scan.link_titles if title],
        *_photo_texts(article),
    ]
    if article.pk:
        texts.append((FIELDS["tags"], ", ".join(t.name for t in article.tags.all())))
    links = [(FIELDS["body_links"], href, text) for href, text, _out, _hidden in scan.links]
    for field in ("source_url", "video_url"):
        url = getattr(article, field, "")
        if url:
            links.append((FIELDS[field], url, ""))
    for label, href, text in links:
        texts += [(label, text), (label, link_text_of(href))]
    return texts, links


def html_findings(scan, field):
    """Hidden text and link blocks in scanned HTML, named after its field."""
    found = [
        Finding(field, "hidden", str(_("teks tersembunyi")), text[:80])
        for text in scan.hidden_text[:3]
    ]
    found += [
        Finding(field, "link-block", str(_("blok %(n)d tautan keluar") % {"n": n}))
        for n in scan.link_blocks
    ]
    return found


def review(article, matcher=None):
    """(findings, outbound links) of the article as it stands, from one pass over it.

    Findings are everything the guard holds against it (empty when it may go on); outbound
    links are every link that leaves the site, as the editor reviews them.
    """
    matcher = matcher or BlockedTerm.objects.matcher()
    mine = own_hosts()
    scan = scan_html(article.body, mine)
    texts, links = _texts_and_links(article, scan)
    found = []
    for label, text in texts:
        for term, excerpt in matcher.terms_in(text):
            finding = Finding(str(label), "term", term, excerpt)
            if finding not in found:
                found.append(finding)
    outbound = []
    for label, href, text in links:
        host = host_of(href)
        pattern = matcher.domain_of(href)
        if pattern:
            found.append(Finding(str(label), "domain", pattern, host))
        if host and host not in mine:
            outbound.append(Link(str(label), href, host, text))
    return found + html_findings(scan, str(FIELDS["body"])), outbound


def article_findings(article, matcher=None):
    """Everything the guard holds against the article as it stands; empty when it may go on."""
    return review(article, matcher)[0]


def describe(findings, limit=5):
    """The findings as one sentence for people: term and field of each."""
    parts = [f"\u201c{f.term}\u201d ({f.field})" for f in findings[:limit]]
    more = len(findings) - limit
    text = ", ".join(parts)
    if more > 0:
        text += str(_(" dan %(n)d temuan lain") % {"n": more})
    return text
