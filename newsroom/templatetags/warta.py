"""Template helpers for the public site."""

from django import template
from django.utils import timezone

from newsroom.datelines import same_place, split_dateline
from newsroom.dates import tanggal, waktu_wib
from newsroom.models import Article
from newsroom.templatetags.images import PARTS_SECONDS, parts_scope

register = template.Library()

# get_kind_display() builds a dict of every choice on each call; twenty cards a page.
KIND_LABELS = dict(Article.Kind.choices)
CARD_PHOTO_SIZES = "(min-width: 40rem) 14rem, 100vw"
FEATURED_PHOTO_SIZES = "(min-width: 64rem) 40rem, 100vw"


# The site's date spellings, as filters: {{ article.published_at|waktu_wib }}.
register.filter("waktu_wib", waktu_wib)
register.filter("tanggal", tanggal)


@register.inclusion_tag("newsroom/parts/body.html")
def body_with_dateline(article):
    """The stored (already sanitised) body, its dateline opening the first paragraph.

    "NUSAKAMBANGAN – Kepala Lapas ..." reads as one line, the way Indonesian news opens.
    The block is kept in the cache under the article's id and updated_at
    (templates/newsroom/parts/body.html).
    """
    return {"article": article, "parts_seconds": PARTS_SECONDS, "parts_scope": parts_scope()}


@register.simple_tag
def dated_body(article):
    """The body as parts/body.html writes it: {"dateline", "opens_paragraph", "body"}."""
    body = article.body or ""
    if not article.dateline:
        return {"body": body}
    pasted = split_dateline(body)
    if pasted and same_place(pasted.place, article.dateline):
        # Stored before the form took pasted datelines out: print the place once.
        body = pasted.body
    opens_paragraph = body.startswith("<p>")
    return {
        "dateline": article.dateline.upper(),
        "opens_paragraph": opens_paragraph,
        "body": body[3:] if opens_paragraph else body,
    }


@register.inclusion_tag("newsroom/parts/card.html")
def article_card(article, featured=False, lead=False, photo=True, snippet=None):
    """One article in a list: photo, kind and unit, headline, time, summary (or a snippet).

    `article` comes from `Article.objects.for_listing()`; `featured` is the home page's larger
    card, `lead` loads its photo eagerly, `snippet` (a search match, already escaped and
    highlighted) replaces the summary, `photo=False` leaves the photo out. The markup is
    templates/newsroom/parts/card.html, which keeps the card in the cache under the article's
    id and updated_at, its unit's and what its photo shows: a page rendered again after a
    publish reuses every card that did not change. A search card (with its snippet) is not kept.
    """
    show_photo = photo and article.lead_photo_id
    return {
        "article": article,
        "featured": featured,
        "lead": lead,
        "photo": article.lead_photo if show_photo else None,
        "sizes": FEATURED_PHOTO_SIZES if featured else CARD_PHOTO_SIZES,
        "snippet": snippet,
        "kind": KIND_LABELS.get(article.kind, article.kind),
        "published": timezone.localtime(article.published_at) if article.published_at else None,
        "parts_seconds": PARTS_SECONDS,
        "parts_scope": parts_scope(),
    }
