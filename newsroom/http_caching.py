"""What browsers and shared caches (nginx, a CDN) may keep: the Cache-Control of every response.

- A public page for a reader without a session (the page cache's own, see newsroom/cache.py):
  `public, max-age=0, s-maxage=PROXY_CACHE_SECONDS, stale-while-revalidate=PROXY_STALE_SECONDS`.
  A browser asks again every time (its ETag or Last-Modified makes that a 304); a proxy keeps
  the page for s-maxage seconds, never past the next scheduled publication or expiry, and may
  serve it that much longer while it fetches a fresh one.
- Anything that sets a cookie, or answers a request that carries a session: never shared
  (`private`), whatever the view said.
- The newsroom (admin, editor uploads) and previews: `private, no-store`.

The policy is applied once, by `CacheControlMiddleware`, above the page cache, so that stored
pages served from the cache are held to it as well.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

# Paths whose answers are for one member of staff, or show what is not public yet.
NEVER_STORED_PREFIXES = ("/pratinjau/",)


def share(response, seconds=None):
    """Let shared caches keep a public page for `seconds` (at most PROXY_CACHE_SECONDS)."""
    shared = (
        settings.PROXY_CACHE_SECONDS
        if seconds is None
        else min(seconds, settings.PROXY_CACHE_SECONDS)
    )
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=max(0, int(shared)),
        stale_while_revalidate=settings.PROXY_STALE_SECONDS,
    )
    return response


def _replace(response, **directives):
    if "Cache-Control" in response.headers:
        del response.headers["Cache-Control"]
    patch_cache_control(response, **directives)


def keep_private(response):
    """Only the reader's own browser may keep it, and must ask again before reusing it."""
    _replace(response, private=True, no_cache=True, max_age=0)
    return response


def never_store(response):
    """No cache anywhere may keep it."""
    _replace(response, private=True, no_store=True, no_cache=True, max_age=0)
    return response


def _has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _never_stored_path(path):
    return path.startswith((*settings.CSP_ADMIN_PATH_PREFIXES, *NEVER_STORED_PREFIXES))


def _shared(response):
    cache_control = response.headers.get("Cache-Control", "")
    return "public" in cache_control or "s-maxage" in cache_control or not cache_control


class CacheControlMiddleware:
    """Holds every response to the policy in the module docstring (just above the page cache)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _never_stored_path(request.path_info):
            if "no-store" not in response.headers.get("Cache-Control", ""):
                never_store(response)
        elif (response.cookies or _has_session(request)) and _shared(response):
            keep_private(response)
        return response
