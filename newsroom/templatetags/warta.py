"""Template helpers for the public site."""

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from newsroom.datelines import same_place, split_dateline
from newsroom.dates import tanggal, waktu_wib
from newsroom.markup import esc
from newsroom.models import Article
from newsroom.templatetags.images import picture_html

register = template.Library()

# get_kind_display() builds a dict of every choice on each call; twenty cards a page.
KIND_LABELS = dict(Article.Kind.choices)
CARD_PHOTO_SIZES = "(min-width: 40rem) 14rem, 100vw"
FEATURED_PHOTO_SIZES = "(min-width: 64rem) 40rem, 100vw"


# The site's date spellings, as filters: {{ article.published_at|waktu_wib }}.
register.filter("waktu_wib", waktu_wib)
register.filter("tanggal", tanggal)


@register.simple_tag
def body_with_dateline(article):
    """The stored (already sanitised) body, its dateline opening the first paragraph.

    "NUSAKAMBANGAN – Kepala Lapas ..." reads as one line, the way Indonesian news opens.
    """
    body = article.body or ""
    if not article.dateline:
        return mark_safe(body)  # noqa: S308 - sanitised by SanitizedRichTextField on save
    pasted = split_dateline(body)
    if pasted and same_place(pasted.place, article.dateline):
        # Stored before the form took pasted datelines out: print the place once.
        body = pasted.body
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
        text = f'<p class="snippet">{esc(snippet)}</p>'
    elif article.summary:
        text = f"<p>{esc(article.summary)}</p>"
    else:
        text = ""
    published = timezone.localtime(article.published_at) if article.published_at else None
    if published:
        when = f'<time datetime="{published.isoformat()}">{esc(waktu_wib(published))}</time>'
    else:
        when = '<time datetime=""></time>'
    # Every value is escaped; `image` and `text` are built above from escaped values.
    return mark_safe(  # noqa: S308
        f'<article class="card{" card-featured" if featured else ""}">{image}<div>\n'
        f'<p class="kicker">{esc(KIND_LABELS.get(article.kind, article.kind))} · '
        f'<a href="{esc(unit.get_absolute_url())}">{esc(unit.short_name)}</a></p>\n'
        f'<h3><a href="{esc(article.get_absolute_url())}">{esc(article.title)}</a></h3>\n'
        f'<p class="meta">{when}</p>\n'
        f"{text}</div>\n</article>\n"
    )
