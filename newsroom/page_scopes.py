"""What a cached page depends on besides the whole site, so that a publish keeps most pages.

Every stored page lives under the site's generation (newsroom.cache.generation): any change
readers can see replaces it, and every page renders afresh. An article going live is the most
common such change, and it changes far fewer pages than that: the lists (home, news, units,
regions, topics, events, search, feeds, sitemaps, the API) and the article pages whose
"Berita terkait" it may join, those of its unit, its event and its tags
(`ArticleQuerySet.related_to` takes them from nowhere else).

So a stored page also carries the tokens of its *scopes*, as they were before it was rendered:
a list carries "lists", an article page "unit:<id>", "event:<id>" and "tag:<id>" of what it
shows. A page whose scope tokens are no longer current is rendered again. An article going live
replaces "lists" and its own unit's, event's and tags' tokens, not the generation: on a working
day, the hundreds of article pages readers come to from elsewhere stay cached.

The tokens are kept in the database (`PageScope`) and the cache holds copies. A cache of each
process's own (local memory) keeps them for a minute, as it does the generation, so another
process's replacement reaches it then. A shared cache (Redis) keeps them for a day: every
process writes its replacements there, and one that could not (the cache was unreachable)
replaces the generation instead, which the database keeps and every process catches up with.
"""

import secrets

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.dispatch import Signal

from newsroom.cache_backend import cache_unreachable
from newsroom.models import PageScope

LISTS = "lists"

# Sent when committed tokens could not reach the cache; newsroom.cache then forgets every page.
tokens_lost = Signal()
# How long the cache's copy of a token is trusted before it is read from the database: in a
# cache of this process only, and in one all processes share.
LOCAL_COPY_SECONDS = 60
SHARED_COPY_SECONDS = 24 * 3600

# True once a cache call of this process failed: a replacement may not have reached the cache.
_resync = False
# Cache calls of this process that failed so far.
_failures = 0


def _note_unreachable(**kwargs):
    global _resync, _failures
    _resync = True
    _failures += 1


def _copy_seconds():
    """A minute in a cache of this process only, a day in one that all processes share."""
    if isinstance(caches[DEFAULT_CACHE_ALIAS], LocMemCache):
        return LOCAL_COPY_SECONDS
    return SHARED_COPY_SECONDS


cache_unreachable.connect(_note_unreachable, dispatch_uid="page-scopes-resync")


def _key(name):
    return f"public:scope:{name}"


def article_scopes(article, tag_ids, sources=("event", "tags", "unit")):
    """The scopes an article page's related articles come from: its unit, event and tags, or
    those of `sources` only (what `ArticleQuerySet.related_to` looked up)."""
    names = []
    if article.event_id and "event" in sources:
        names.append(f"event:{article.event_id}")
    if "tags" in sources:
        names.extend(f"tag:{pk}" for pk in sorted(tag_ids))
    if "unit" in sources:
        names.append(f"unit:{article.unit_id}")
    return names


# The token of a scope nothing has replaced yet: no row is made for it until then.
UNCHANGED = "0"


def _stored(names):
    """{name: token} as the database holds them (UNCHANGED for a scope never replaced)."""
    tokens = dict(PageScope.objects.filter(name__in=names).values_list("name", "token"))
    return {name: tokens.get(name, UNCHANGED) for name in names}


def current(names):
    """{name: token} for each scope, as the cache's copies or else the database hold them."""
    global _resync
    names = list(dict.fromkeys(names))
    if _resync:
        # The cache may hold copies from before a lost replacement: the database's replace them.
        _resync = False
        tokens = _stored(names)
        cache.set_many({_key(name): token for name, token in tokens.items()}, _copy_seconds())
        return tokens
    copies = cache.get_many([_key(name) for name in names])
    tokens = {name: copies[_key(name)] for name in names if _key(name) in copies}
    missing = [name for name in names if name not in tokens]
    if missing:
        stored = _stored(missing)
        # add(): a replacement that landed meanwhile keeps its newer copy.
        for name, token in stored.items():
            cache.add(_key(name), token, _copy_seconds())
        tokens.update(stored)
    return tokens


def still_current(tokens):
    """True when every scope a stored page carries still has the token it was rendered under."""
    return not tokens or current(tokens) == tokens


def replace(names):
    """A new token for each scope: pages that carry one of them render again.

    As `newsroom.cache.bump`: the new tokens are written to the database inside the saving
    transaction and reach the cache when it commits; until then passing tokens keep pages
    rendered meanwhile from the uncommitted state from outliving the commit.
    """
    names = list(dict.fromkeys(names))
    # One new token for all of them: each name's copy is compared on its own.
    token = secrets.token_hex(8)
    PageScope.objects.bulk_create(
        [PageScope(name=name, token=token) for name in names], ignore_conflicts=True
    )
    PageScope.objects.filter(name__in=names).update(token=token)
    passing = secrets.token_hex(8)
    cache.set_many({_key(name): passing for name in names}, _copy_seconds())
    transaction.on_commit(lambda: _publish_tokens(names, token))


def _publish_tokens(names, token):
    """Put the committed tokens in the cache; if it cannot take them, every page renders again
    (the generation is in the database): a copy left over would keep pages from before."""
    failures = _failures
    cache.set_many({_key(name): token for name in names}, _copy_seconds())
    if _failures != failures:
        tokens_lost.send(sender=PageScope, names=names)
