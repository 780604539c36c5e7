"""Template helpers for the public site."""

from django import template

from newsroom import cards
from newsroom.datelines import same_place, split_dateline
from newsroom.dates import tanggal, waktu_wib
from newsroom.parts import PARTS_SECONDS, parts_scope

register = template.Library()


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


@register.simple_tag
def article_card(article, featured=False, lead=False, photo=True, snippet=None):
    """One article in a list: photo, kind and unit, headline, time, summary (or a snippet).

    `article` comes from `Article.objects.for_listing()`; `featured` is the home page's larger
    card, `lead` loads its photo eagerly, `snippet` (a search match, already escaped and
    highlighted) replaces the summary, `photo=False` leaves the photo out. The markup is
    templates/newsroom/parts/card.html; the card is kept in the cache (newsroom/cards.py), a
    search card (with its snippet) is not.
    """
    return cards.render_card(article, featured=featured, lead=lead, photo=photo, snippet=snippet)


@register.simple_tag
def article_cards(articles, lead_first=False, photo=True):
    """The cards of a list, as [card], each kept in the cache and all read in one round trip:

    {% article_cards page_obj lead_first=True as list %}{% for card in list %}{{ card }}{% endfor %}
    """
    return cards.render_cards(articles, lead_first=lead_first, photo=photo)
