"""Template helpers for the public site."""

from django import template
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from newsroom.models import Article
from newsroom.templatetags.images import picture_html

register = template.Library()

# get_kind_display() builds a dict of every choice on each call; twenty cards a page.
KIND_LABELS = dict(Article.Kind.choices)
CARD_PHOTO_SIZES = "(min-width: 40rem) 14rem, 100vw"
FEATURED_PHOTO_SIZES = "(min-width: 64rem) 40rem, 100vw"


@register.filter
def waktu_wib(value):
    """Format a datetime the Indonesian way: "Rabu, 25 September 2024 22.29 WIB"."""
    if not value:
        return ""
    return f"{date_format(timezone.localtime(value), 'l, j F Y H.i')} WIB"


@register.filter
def tanggal(value):
    """Format a date or datetime as "25 September 2024"."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value)
    return date_format(value, "j F Y")


@register.simple_tag
def body_with_dateline(article):
    """The stored (already sanitised) body, its dateline opening the first paragraph.

    "NUSAKAMBANGAN – Kepala Lapas ..." reads as one line, the way Indonesian news opens.
    """
    body = article.body or ""
    if not article.dateline:
        return mark_safe(body)  # noqa: S308 - sanitised by SanitizedRichTextField on save
    lead = format_html('<strong class="dateline">{}</strong> – ', article.dateline.upper())
    if body.startswith("<p>"):
        return mark_safe(f"<p>{lead}{body[3:]}")  # noqa: S308 - lead escaped, body sanitised
    return mark_safe(f"<p>{lead}</p>{body}")  # noqa: S308 - lead escaped, body sanitised


@register.simple_tag
def article_card(article, featured=False, lead=False, photo=True, snippet=None):
    """One article in a list: photo, kind and unit, headline, time, summary (or a snippet).

    Lists show twenty of these, so the card is built here rather than in an included template
    (a tenth less work on a list page). `article` comes from `Article.objects.for_listing()`;
    `featured` is the home page's larger card, `lead` loads its photo eagerly, `snippet` (a
    search match, already escaped and highlighted) replaces the summary, `photo=False` leaves
    the photo out.
    """
    unit = article.unit
    image = ""
    if photo and article.lead_photo_id:
        sizes = FEATURED_PHOTO_SIZES if featured else CARD_PHOTO_SIZES
        image = picture_html(article.lead_photo, sizes=sizes, lead=lead)
    if snippet:
        text = format_html('<p class="snippet">{}</p>', snippet)
    elif article.summary:
        text = format_html("<p>{}</p>", article.summary)
    else:
        text = ""
    published = timezone.localtime(article.published_at) if article.published_at else None
    return format_html(
        '<article class="card{}">{}<div>\n'
        '<p class="kicker">{} · <a href="{}">{}</a></p>\n'
        '<h3><a href="{}">{}</a></h3>\n'
        '<p class="meta"><time datetime="{}">{}</time></p>\n{}</div>\n</article>\n',
        " card-featured" if featured else "",
        image,
        KIND_LABELS.get(article.kind, article.kind),
        unit.get_absolute_url(),
        unit.short_name,
        article.get_absolute_url(),
        article.title,
        published.isoformat() if published else "",
        waktu_wib(published),
        text,
    )
