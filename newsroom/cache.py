"""The public page cache: anonymous GETs served from the cache until something readers see changes.

Public API, for the views of every app and for apps that hold public content:

- `@cached_public_page` marks a view whose anonymous GET responses are public pages;
  `PublicPageCacheMiddleware` (high in MIDDLEWARE) serves and stores them.
- `watch(model, shows=None)` is the hook for apps that hold public content: saves and deletes
  of `model` bump the cache; `shows(instance)` says whether that row is on a public page
  (None: every row is). newsroom and upt are watched from newsroom/invalidation.py, awards
  declares its models in its own AppConfig.ready(); the page cache names no app above it.
- `bump()` forgets every cached page; `generation()` is the token their keys carry.
- `depends_on(request, scopes)`: a view whose page depends on some scopes only, not on every
  list (an article page: its unit, event and tags), says so; see newsroom/page_scopes.py.
- `last_modified_header(when)` formats a Last-Modified value.

Every cached page lives under a *generation* token. A change readers can see replaces the
token, so the next request renders afresh (no key-by-key purging, no private cache APIs); a
draft saved, submitted or returned leaves every page in place. No entry outlives the next
scheduled publication or expiry, so a scheduled article appears on time, and an expired one
disappears on time, with no cron job and no save.

The token is kept in the database as well (`PageGeneration`) and the cache holds a copy for
`GENERATION_SECONDS`. A bump that could not reach the cache (see newsroom/cache_backend.py) is
not lost: the process that saw the failure takes the token from the database again on its next
request, and every process does so when the copy expires.
"""

import hashlib
import secrets
from functools import wraps

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save, pre_delete
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import set_response_etag
from django.utils.http import http_date

from newsroom import page_scopes
from newsroom.cache_backend import cache_unreachable
from newsroom.http_caching import keep_private, share
from newsroom.models import Article, PageGeneration

GENERATION_KEY = "public:generation"
# How long the cache's copy of the generation is trusted before it is read from the database.
GENERATION_SECONDS = 60
# The longest a page may be served from the cache when nothing is scheduled.
MAX_AGE = getattr(settings, "PUBLIC_CACHE_SECONDS", 600)


# The query parameters public pages read (pagination, sitemap pages, search and filters).
CACHEABLE_PARAMETERS = frozenset(
    {
        "page",
        "p",
        "sebelum",
        "sesudah",
        "q",
        "unit",
        "region",
        "kind",
        "dari",
        "sampai",
        "wilayah",
        "jenis",
        # The content API's (newsroom/api).
        "cursor",
        "limit",
        "topic",
        "event",
        "reporter",
        "type",
        "published_after",
        "published_before",
    }
)

# True once a cache call of this process failed: a write of the generation may have been lost.
_resync = False


def _note_unreachable(**kwargs):
    global _resync
    _resync = True


cache_unreachable.connect(_note_unreachable, dispatch_uid="page-cache-resync")


def _stored_generation():
    """The generation the database holds (made on first use)."""
    token = PageGeneration.objects.filter(pk=1).values_list("token", flat=True).first()
    if token is None:
        token = secrets.token_hex(8)
        try:
            with transaction.atomic():
                PageGeneration.objects.create(pk=1, token=token)
        except IntegrityError:  # another process made it first
            token = PageGeneration.objects.values_list("token", flat=True).get(pk=1)
    return token


def generation():
    """The current cache generation token: the cache's copy, else the database's."""
    global _resync
    if not _resync:
        token = cache.get(GENERATION_KEY)
        if token is not None:
            return token
        token = _stored_generation()
        # add(): a bump that landed meanwhile keeps its newer token.
        cache.add(GENERATION_KEY, token, GENERATION_SECONDS)
        return token
    # The cache may hold a token from before a lost bump: the database's replaces it.
    _resync = False
    token = _stored_generation()
    cache.set(GENERATION_KEY, token, GENERATION_SECONDS)
    return token


def bump(**kwargs):
    """Forget every cached public page (also a signal receiver, hence **kwargs).

    The new token is written to the database inside the saving transaction and reaches the
    cache when it commits; until then a passing token keeps pages rendered meanwhile (in this
    process, from the uncommitted state) from outliving the commit.
    """
    token = secrets.token_hex(8)
    if not PageGeneration.objects.filter(pk=1).update(token=token, changed_at=timezone.now()):
        _stored_generation()
        PageGeneration.objects.filter(pk=1).update(token=token)
    cache.set(GENERATION_KEY, secrets.token_hex(8), GENERATION_SECONDS)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, token, GENERATION_SECONDS))


# Scope tokens that missed the cache leave copies from before them: every page renders again.
page_scopes.tokens_lost.connect(bump, dispatch_uid="page-cache-tokens-lost")

# model -> shows(instance) or None; see watch.
_public_models = {}


def watch(model, *, shows=None):
    """Bump the page cache when a row of `model` that a public page shows is saved or deleted.

    `shows(instance)` is asked after a save and before a delete (while rows that point at the
    instance still do); None means every row of the model is on some public page.
    """
    _public_models[model] = shows
    name = f"{model._meta.label_lower}"
    post_save.connect(_saved, sender=model, dispatch_uid=f"page-cache-save-{name}")
    pre_delete.connect(_deleting, sender=model, dispatch_uid=f"page-cache-delete-{name}")


def _visible(sender, instance):
    shows = _public_models.get(sender)
    return shows is None or shows(instance)


def _saved(sender, instance, **kwargs):
    if _visible(sender, instance):
        bump()


def _deleting(sender, instance, **kwargs):
    if _visible(sender, instance):
        bump()


def seconds_until_next_publication(gen):
    """Seconds until a scheduled article goes live or a live one expires (at most MAX_AGE)."""
    key = f"public:{gen}:next"
    when = cache.get(key)
    if when is None:
        next_at = Article.objects.next_change_at()
        when = next_at.timestamp() if next_at else 0.0
        remaining = (next_at - timezone.now()).total_seconds() if next_at else MAX_AGE
        cache.set(key, when, max(1, min(MAX_AGE, int(remaining))))
    if not when:
        return MAX_AGE
    remaining = when - timezone.now().timestamp()
    return max(0, min(MAX_AGE, int(remaining)))


def page_cache_enabled():
    """False when the configured cache keeps nothing (DummyCache, as bench/run's cold mode)."""
    return not isinstance(caches[DEFAULT_CACHE_ALIAS], DummyCache)


def _shareable(response):
    """A complete 200 that sets no cookie: the only kind of response stored or revalidated."""
    return response.status_code == 200 and not response.streaming and not response.cookies


def _fresh_page(view, request, *args, **kwargs):
    """The view's response, rendered; a shareable one gets its ETag and Cache-Control."""
    response = view(request, *args, **kwargs)
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    if _shareable(response):
        # Django's own ETag, made once here so that a stored page carries it: the
        # ConditionalGetMiddleware above answers If-None-Match with a 304 from it.
        set_response_etag(response)
        # Browsers ask again every time (the ETag makes that cheap); proxies keep it briefly.
        share(response)
    return response


def _signed_in(request):
    # Without a session cookie nobody is signed in; reading request.user costs a session lookup.
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


def _public_request(request):
    """A GET or HEAD whose query parameters are all ones public pages read.

    ?utm_source=... and friends: one cache entry per random string would let anyone fill the
    cache, so such requests are rendered, not stored.
    """
    return request.method in ("GET", "HEAD") and set(request.GET) <= CACHEABLE_PARAMETERS


def _storable_request(request):
    """A public request without a session cookie: the only kind served from the cache."""
    return _public_request(request) and settings.SESSION_COOKIE_NAME not in request.COOKIES


def _page_key(request, gen):
    params = sorted((k, v) for k in request.GET for v in request.GET.getlist(k))
    # The scheme too: feeds and canonical links are absolute, http:// or https:// as asked.
    address = f"{request.scheme}://{request.get_host()}{request.path}{params}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    # "v3": pages stored with all their headers and their scopes' tokens.
    return f"public:{gen}:page:v3:{digest}"


# Where a view's declared scopes wait for PublicPageCacheMiddleware (see depends_on).
SCOPES = "_warta_page_scopes"


def depends_on(request, scopes):
    """This request's page depends on these scopes (and the site), not on the "lists" scope.

    Call it before the view reads what those scopes cover (an article page: before its related
    articles), so that a change committed while the page renders is not stored under it.
    """
    if _storable_request(request) and page_cache_enabled():
        setattr(request, SCOPES, page_scopes.current(scopes))


def depends_only_on(request, scopes):
    """Of the scopes `depends_on` read, the page turned out to depend on these only."""
    tokens = getattr(request, SCOPES, None)
    if tokens is not None:
        setattr(request, SCOPES, {name: tokens[name] for name in scopes if name in tokens})


# Marks a response rendered by a @cached_public_page view for an anonymous reader.
PUBLIC_PAGE = "_warta_public_page"


def cached_public_page(view=None, *, scoped=False):
    """Mark a view's anonymous GET responses as public pages: shareable, cached, revalidated.

    The view may set a Last-Modified header; an ETag of the body is always added. The storing
    and the serving of stored pages are PublicPageCacheMiddleware's, the answers to conditional
    GETs (304) Django's ConditionalGetMiddleware's, which sits above it. A page is a list (a
    publish renders it again) unless the view is `scoped=True` and calls `depends_on` itself.
    """
    if view is None:
        return lambda view: cached_public_page(view, scoped=scoped)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _public_request(request) or _signed_in(request):
            return view(request, *args, **kwargs)
        if not scoped:
            # Read before rendering: a publish committed meanwhile leaves the stored page stale.
            depends_on(request, [page_scopes.LISTS])
        response = _fresh_page(view, request, *args, **kwargs)
        setattr(response, PUBLIC_PAGE, True)
        return response

    return wrapper


def _private_if_personal(response):
    """A page that picked up a cookie on its way out is the reader's own: not for proxies."""
    return keep_private(response) if response.cookies else response


def _varies_only_by_what_the_key_holds(response):
    """True unless the page's Vary names a header the cache key does not hold.

    Stored pages are only served to requests without a session cookie, and the site has one
    language; a page that varies by anything else (a second language, compression) is not
    stored rather than served to the wrong reader.
    """
    allowed = {"cookie"}
    if len(settings.LANGUAGES) == 1:
        allowed.add("accept-language")
    named = {h.strip().lower() for h in response.headers.get("Vary", "").split(",") if h.strip()}
    return named <= allowed


class PublicPageCacheMiddleware:
    """Serves stored public pages before the rest of the middleware, and stores fresh ones.

    It sits just below SecurityMiddleware and WhiteNoise: a stored page was stored with every
    header the inner middleware gave it (Vary, Content-Language, CSP, X-Frame-Options), so a hit
    needs no session, locale, CSRF, auth or URL resolving. Only responses of views marked by
    @cached_public_page are stored, and only when, after all the middleware, they are complete
    200s that set no cookie. A request carrying a session cookie is never served from the cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (_storable_request(request) and page_cache_enabled()):
            response = self.get_response(request)
            if getattr(response, PUBLIC_PAGE, False):
                return _private_if_personal(response)
            return response
        gen = generation()
        key = _page_key(request, gen)
        stored = cache.get(key)
        # The backend's own expiry is whole seconds at best; the stored deadline is exact, so a
        # scheduled article appears at its minute even when the cache would keep the page longer.
        now = timezone.now().timestamp()
        if (
            stored is not None
            and stored["until"] > now
            and page_scopes.still_current(stored["scopes"])
        ):
            response = HttpResponse(stored["content"], headers=stored["headers"])
            # A proxy keeps it no longer than this cache would: a scheduled article is on time.
            share(response, stored["until"] - now)
            return response
        response = self.get_response(request)
        if not getattr(response, PUBLIC_PAGE, False):
            return response
        response = _private_if_personal(response)
        if _shareable(response) and _varies_only_by_what_the_key_holds(response):
            timeout = seconds_until_next_publication(gen)
            share(response, timeout)
            if timeout > 0:
                stored = {
                    "until": timezone.now().timestamp() + timeout,
                    "content": response.content,
                    "headers": dict(response.headers),
                    "scopes": getattr(request, SCOPES, {}),
                }
                cache.set(key, stored, timeout)
        return response


def last_modified_header(when):
    """The HTTP date for a Last-Modified header."""
    return http_date(when.timestamp())
