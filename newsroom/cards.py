"""Article cards: rendered from templates/newsroom/parts/card.html, kept in the cache per card.

A list page shows up to twenty cards. Each is kept under its own identity and what it shows
(the article's id and updated_at, its unit's, its photo's stored sizes, how it is shown), so a
list rendered again after a publish renders only the new card and reads the others from the
cache, all of them in one `get_many` (twenty `{% cache %}` tags would be twenty round trips to
Redis). With no cache, or a cold one, a card is one render of one template: no tags nested in it.

The keys are the `{% cache %}` tag's (`make_template_fragment_key`), under the release and script
prefix of `parts_scope()`, in the cache the tag uses.
"""

from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.template.loader import get_template
from django.utils import timezone

from newsroom.models import Article
from newsroom.parts import PARTS_SECONDS, parts_scope, picture_sources, shown_photo

TEMPLATE = "newsroom/parts/card.html"

# get_kind_display() builds a dict of every choice on each call; twenty cards a page.
KIND_LABELS = dict(Article.Kind.choices)
CARD_PHOTO_SIZES = "(min-width: 40rem) 14rem, 100vw"
FEATURED_PHOTO_SIZES = "(min-width: 64rem) 40rem, 100vw"


def fragment_cache():
    """The cache `{% cache %}` keeps fragments in: "template_fragments" if set, else default."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


def _photo(article, photo):
    return shown_photo(article.lead_photo) if photo and article.lead_photo_id else None


def card_context(article, *, featured=False, lead=False, photo=True, snippet=None):
    """What parts/card.html shows of one article (one of `Article.objects.for_listing()`)."""
    shown = _photo(article, photo)
    return {
        "article": article,
        "featured": featured,
        "lead": lead,
        "photo": shown,
        "sets": picture_sources(shown) if shown else None,
        "sizes": FEATURED_PHOTO_SIZES if featured else CARD_PHOTO_SIZES,
        "snippet": snippet,
        "kind": KIND_LABELS.get(article.kind, article.kind),
        "published": timezone.localtime(article.published_at) if article.published_at else None,
    }


def card_key(article, *, featured=False, lead=False, photo=True):
    """The card's key: everything it shows, as `{% cache %}` would make it."""
    shown = _photo(article, photo)
    seen = shown and (
        shown.pk, shown.image.name, shown.alt_text, shown.width, shown.height, shown.variants
    )
    return make_template_fragment_key(
        "card",
        [
            parts_scope(),
            article.pk,
            article.updated_at,
            article.unit_id,
            article.unit.updated_at,
            featured,
            lead,
            seen,
        ],
    )


def render_cards(articles, *, featured=False, lead_first=False, photo=True):
    """Each article's card, in order: template output (SafeString), from the cache where kept.

    `featured` is the home page's larger card, `lead_first` loads the first card's photo
    eagerly (the largest thing on a list's first screen), `photo=False` leaves photos out.
    """
    shown = [
        (article, {"featured": featured, "lead": lead_first and n == 0, "photo": photo})
        for n, article in enumerate(articles)
    ]
    if not shown:
        return []
    keys = [card_key(article, **how) for article, how in shown]
    store = fragment_cache()
    kept = store.get_many(keys)
    made = {}
    template = get_template(TEMPLATE)
    cards = []
    for key, (article, how) in zip(keys, shown, strict=True):
        if key not in kept:
            kept[key] = made[key] = template.render(card_context(article, **how))
        cards.append(kept[key])
    if made:
        store.set_many(made, PARTS_SECONDS)
    return cards


def render_card(article, *, featured=False, lead=False, photo=True, snippet=None):
    """One card; a search card (with its snippet, already escaped and marked) is not kept."""
    if snippet is None:
        return render_cards([article], featured=featured, lead_first=lead, photo=photo)[0]
    how = {"featured": featured, "lead": lead, "photo": photo, "snippet": snippet}
    return get_template(TEMPLATE).render(card_context(article, **how))
