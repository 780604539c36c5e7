"""The picture an article without a lead photo shares with: its title and unit on our design.

A 1200x630 JPEG drawn with Pillow, stored through Django's storage API once per wording: its
name carries a digest of what it shows, so a changed title or unit gets a new card and an
unchanged one is never drawn twice. The name is kept on the article (`share_image`), so a page
knows the card without asking the storage whether it exists.
"""

import hashlib
import io
import logging
import textwrap
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

from newsroom.structured_data import absolute, photo_url

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
BRAND = (11, 61, 110)
ACCENT = (242, 183, 5)
WHITE = (255, 255, 255)
PALE = (214, 226, 240)
MARGIN = 72
FOLDER = "kartu-bagikan"
# Bold sans faces found on Debian and most Linux servers; Pillow's own face when none is there.
FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
)
REGULAR_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)


def _font(files, size):
    for name in getattr(settings, "SHARE_CARD_FONTS", ()) or files:
        if Path(name).is_file():
            return ImageFont.truetype(name, size)
    return ImageFont.load_default(size=size)


def _title_lines(draw, title, font, width):
    """The title wrapped to `width` pixels, at most four lines (the last one cut with "…")."""
    words_per_line = max(8, int(width / (font.size * 0.55)))
    for chars in range(words_per_line, 7, -2):
        lines = textwrap.wrap(title, chars)
        if all(draw.textlength(line, font=font) <= width for line in lines):
            break
    if len(lines) > 4:
        lines = lines[:4]
        lines[-1] = lines[-1].rstrip(".,;: ") + "…"
    return lines


def _emblem(draw, x, y, size):
    """The site's emblem (static/img/logo.svg) drawn with shapes: a ringed disc with a W."""
    draw.ellipse((x, y, x + size, y + size), fill=BRAND, outline=ACCENT, width=max(3, size // 16))
    s = size / 64
    points = [(14, 22), (20, 22), (25, 40), (32, 22), (39, 40), (44, 22), (50, 22), (41, 48),
              (36, 48), (32, 37), (28, 48), (23, 48)]  # fmt: skip
    draw.polygon([(x + px * s, y + py * s) for px, py in points], fill=WHITE)


def render(title, unit_name, site_name=None):
    """The card as JPEG bytes: site name, title, unit, on the site's blue."""
    site_name = site_name or settings.SITE_NAME
    image = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, HEIGHT - 18, WIDTH, HEIGHT), fill=ACCENT)
    _emblem(draw, MARGIN, 56, 84)
    draw.text((MARGIN + 108, 98), site_name, font=_font(FONT_FILES, 38), fill=WHITE, anchor="lm")
    size = 64 if len(title) < 70 else 54
    font = _font(FONT_FILES, size)
    lines = _title_lines(draw, title, font, WIDTH - 2 * MARGIN)
    y = 190
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=WHITE)
        y += int(size * 1.22)
    draw.line((MARGIN, HEIGHT - 130, MARGIN + 120, HEIGHT - 130), fill=ACCENT, width=6)
    draw.text((MARGIN, HEIGHT - 100), unit_name, font=_font(REGULAR_FILES, 36), fill=PALE)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True, progressive=True)
    return out.getvalue()


def card_name(article):
    """The storage name of the card for what the article says now (title and unit)."""
    shown = f"{article.title}\n{article.unit.name}\n{settings.SITE_NAME}"
    digest = hashlib.sha256(shown.encode()).hexdigest()[:16]
    return f"{FOLDER}/{article.pk}/{digest}.jpg"


def share_picture(article):
    """What the article shares with: {url, width, height, alt} of its lead photo or its card.

    None when it has neither (the storage refused the card).
    """
    photo = article.lead_photo if article.lead_photo_id else None
    if photo is not None and photo.image:
        return {
            "url": photo_url(photo),
            "width": photo.width,
            "height": photo.height,
            "alt": photo.alt_text,
        }
    name = share_card(article)
    if not name:
        return None
    return {"url": absolute(default_storage.url(name)), "width": WIDTH, "height": HEIGHT,
            "alt": article.title}  # fmt: skip


def share_card(article):
    """The storage name of the article's card, drawn and stored first when it is missing or stale.

    Returns "" when the storage cannot take it: the page then goes out without a card, and the
    next render tries again.
    """
    name = card_name(article)
    if article.share_image == name:
        return name
    try:
        if not default_storage.exists(name):
            stored = default_storage.save(
                name, ContentFile(render(article.title, article.unit.name))
            )
        else:
            stored = name
    except Exception:  # whatever the storage backend raises (a full disk, an S3 error)
        logger.warning("Share card for article %s could not be stored", article.pk, exc_info=True)
        return ""
    if stored != name:  # the storage renamed it (a race with another process): keep ours
        default_storage.delete(stored)
    # update(): the card is derived from the article, not an edit of it (no revision, no bump).
    type(article).objects.filter(pk=article.pk).update(share_image=name)
    article.share_image = name
    _delete_older_cards(article.pk, keep=name)
    return name


def _delete_older_cards(article_id, *, keep):
    """Delete the article's cards of earlier wordings (its own folder: a short listing)."""
    folder = f"{FOLDER}/{article_id}"
    try:
        for file_name in default_storage.listdir(folder)[1]:
            if f"{folder}/{file_name}" != keep:
                default_storage.delete(f"{folder}/{file_name}")
    except Exception:  # as above: a leftover card is harmless
        logger.warning("Older share cards of article %s were kept", article_id, exc_info=True)
