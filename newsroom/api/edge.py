"""What every API answer passes through: CORS, the per-address rate limit, JSON errors, HEAD.

It sits before the page cache, so that answers served from the cache count towards the
limit and carry the CORS headers too. CORS is one constant header: the API is public and
read-only, sends no cookies and reads none, so `*` is right and the answer never varies by
Origin (a shared cache may keep one copy for every site that asks).

A HEAD is answered as the GET would be, headers and all (ETag, Content-Length, 304s), without
the body: link checkers, caches and monitors ask that way, and the API's routes know only GET.
"""

import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from .errors import NOT_FOUND, SERVER_ERROR, error_response

logger = logging.getLogger(__name__)

PREFIX = "/api/"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}
TOO_MANY = _("Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam %(seconds)s detik.")
ERROR_DETAILS = {
    404: NOT_FOUND,
    405: _("Metode ini tidak diizinkan; API ini hanya untuk dibaca (GET)."),
    500: SERVER_ERROR,
}
# The time of the last warning about the rate-limit cache being down (one a minute at most).
_warned_at = 0.0


def client_address(request):
    """The caller's address: REMOTE_ADDR, or the entry API_PROXY_COUNT proxies vouch for."""
    count = settings.API_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",")]
        return hops[-min(count, len(hops))]
    return request.META.get("REMOTE_ADDR", "")


def _warn_cache_down(exc):
    global _warned_at
    now = time.monotonic()
    if now - _warned_at > 60:
        _warned_at = now
        logger.warning("API rate limit off: its cache is unavailable (%s)", exc)


def seconds_to_wait(request):
    """0 while the caller is within the limit, else the seconds until its window ends.

    A fixed window counted in the cache with one increment per request. When the cache is
    down the limit is not enforced: the API degrades to unlimited rather than failing.
    """
    window = settings.API_RATE_WINDOW_SECONDS
    now = time.time()
    key = f"api:rate:{client_address(request)}:{int(now // window)}"
    cache = caches[settings.API_RATE_CACHE]
    try:
        try:
            count = cache.incr(key)
        except ValueError:  # the window's first request
            count = 1 if cache.add(key, 1, window + 1) else cache.incr(key)
    except Exception as exc:  # any backend failure: connection refused, timeout, ...
        _warn_cache_down(exc)
        return 0
    if count <= settings.API_RATE_LIMIT:
        return 0
    return max(1, math.ceil(window - now % window))


def _as_json(response):
    """A non-JSON error (Django's 404 or 500 page, a bare 405) as the API's JSON error."""
    if response.status_code < 400 or response.get("Content-Type", "").startswith(
        "application/json"
    ):
        return response
    detail = ERROR_DETAILS.get(response.status_code, SERVER_ERROR)
    replaced = error_response(response.status_code, detail)
    if "Allow" in response:
        replaced["Allow"] = response["Allow"]
    return replaced


def _without_body(response):
    """The GET answer as a HEAD answer: every header, the length it would have, no body."""
    if response.streaming:
        response.streaming_content = []
        return response
    response["Content-Length"] = str(len(response.content))
    response.content = b""
    return response


class ApiEdgeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            # Everything below (the page cache included) sees the GET it stands for.
            request.method = "GET"
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        elif wait := seconds_to_wait(request):
            response = error_response(429, TOO_MANY % {"seconds": wait})
            response["Retry-After"] = str(wait)
        else:
            response = _as_json(self.get_response(request))
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return _without_body(response) if head else response
