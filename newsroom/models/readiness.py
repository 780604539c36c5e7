"""What an editor will refuse: the checklist an article must meet before it is submitted or published.

The same list is the server's rule (Article.submit and Article.publish refuse while an item is
unmet) and the checklist beside the Submit button, so the officer learns before submitting
what the editor would send back. Photos are named the way the officer knows them, "foto utama"
or "foto galeri ke-2" with the caption, never by their stored file name.
"""

from typing import NamedTuple

from django.utils.translation import gettext_lazy as _

from .photos import Photo


class CheckItem(NamedTuple):
    """One line of the checklist: what it asks for, whether it is met, and what is missing."""

    key: str
    label: str
    ok: bool
    missing: str = ""
    # Only the lead photo lacks it: the details typed beside the lead photo can meet it.
    lead_only: bool = False


def photo_name(caption, position):
    """How an officer recognises a photo: its place in the article, then its caption."""
    place = (
        _("Foto utama") if position == 0 else _("Foto galeri ke-%(n)d") % {"n": position}
    )
    caption = " ".join((caption or "").split())
    if not caption:
        return str(place)
    if len(caption) > 60:
        caption = caption[:57].rstrip() + "..."
    return f"{place} (\u201c{caption}\u201d)"


def _photos(article):
    """(photo, position, caption shown) for the lead photo (0) and each gallery photo (1, 2, ...)."""
    found = []
    if article.lead_photo_id:
        lead = Photo.objects.filter(pk=article.lead_photo_id).first()
        if lead is not None:
            found.append((lead, 0, lead.caption))
    if article.pk:
        items = article.gallery_items.select_related("photo").order_by("order", "id")
        for position, item in enumerate(items, start=1):
            found.append((item.photo, position, item.caption or item.photo.caption))
    return found


PHOTO_FIELDS = (
    ("alt_text", _("Teks alternatif setiap foto"), _("belum punya teks alternatif")),
    ("caption", _("Keterangan setiap foto"), _("belum punya keterangan")),
    ("credit", _("Kredit setiap foto"), _("belum punya kredit (misalnya Dok. Humas ...)")),
)


def checklist(article):
    """Every item of the pre-submit checklist for the article as it stands (saved photos)."""
    items = [
        CheckItem(
            "summary",
            _("Ringkasan diisi"),
            bool((article.summary or "").strip()),
            _("Ringkasan belum diisi."),
        ),
        CheckItem("unit", _("UPT dipilih"), bool(article.unit_id), _("UPT belum dipilih.")),
        CheckItem(
            "reporter", _("Penulis dipilih"), bool(article.reporter_id), _("Penulis belum dipilih.")
        ),
    ]
    photos = _photos(article)
    for field, label, lacks in PHOTO_FIELDS:
        lacking = [
            (position, photo_name(caption, position))
            for photo, position, caption in photos
            if not (caption if field == "caption" else getattr(photo, field)).strip()
        ]
        missing = " ".join(f"{name} {lacks}." for _position, name in lacking)
        lead_only = [position for position, _name in lacking] == [0]
        items.append(CheckItem(f"photo-{field}", label, not lacking, missing, lead_only))
    return items


def problems(article):
    """The checklist's unmet items as messages for people; empty when the article may go on."""
    return [item.missing for item in checklist(article) if not item.ok]
