"""What a load balancer asks each app process: is it alive (`/healthz`), may it take readers (`/readyz`).

Both answer in JSON before any other middleware but the request id and the request log runs:
no host check (a balancer asks by the machine's address, not the site's name), no HTTPS
redirect (it asks over plain HTTP inside the network), no session, no page cache. Neither is
ever stored by a browser, a proxy or the page cache.

`/readyz` checks the three parts a page needs: the database (one `SELECT 1`), the cache (a
key written and read back; the fail-soft Redis client reports a dead server as a miss) and the
media storage (its folder or bucket can be reached). Any that fails makes it answer 503 and
name that part and the reason. Parts listed in settings.READYZ_OPTIONAL are reported but do not
fail readiness: with one Redis shared by every machine, a dead Redis would otherwise take every
machine out of the balancer at once, while pages still render without it.
"""

import logging
import os
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from newsroom.cache import page_cache_enabled

logger = logging.getLogger(__name__)

LIVENESS_PATH = "/healthz"
READINESS_PATH = "/readyz"


def check_database():
    """None when the default database answers a query, else the reason."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver's failure is a reason to report, not to raise
        connections["default"].close_if_unusable_or_obsolete()
        return _("database tidak terjangkau: %(error)s") % {"error": _first_line(error)}
    return None


def check_cache():
    """None when a key written to the cache reads back (or the cache is off on purpose)."""
    if not page_cache_enabled():
        return None
    key = f"readyz:{os.getpid()}"
    token = secrets.token_hex(8)
    try:
        cache.set(key, token, 30)
        stored = cache.get(key)
    except Exception as error:  # a backend without the fail-soft client raises
        return _("cache tidak terjangkau: %(error)s") % {"error": _first_line(error)}
    if stored != token:
        return _("cache tidak terjangkau: kunci uji tidak terbaca kembali")
    return None


def check_storage():
    """None when the media storage's folder or bucket can be reached."""
    try:
        if isinstance(default_storage, FileSystemStorage):
            return _check_folder(default_storage.location)
        # Object storage: listing the top level reaches the bucket with the configured keys.
        default_storage.listdir("")
    except Exception as error:
        return _("penyimpanan media tidak terjangkau: %(error)s") % {"error": _first_line(error)}
    return None


def _check_folder(location):
    os.makedirs(location, exist_ok=True)
    if not os.access(location, os.W_OK):
        return _("penyimpanan media tidak dapat ditulisi: %(folder)s") % {"folder": location}
    return None


def _first_line(error):
    text = str(error).strip().splitlines()
    return text[0][:200] if text else error.__class__.__name__


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


def readiness():
    """(ready, {part: reason or None}) for every part in CHECKS."""
    results = {name: check() for name, check in CHECKS.items()}
    optional = set(settings.READYZ_OPTIONAL)
    ready = all(reason is None for name, reason in results.items() if name not in optional)
    return ready, results


def _never_stored(response):
    patch_cache_control(response, no_store=True, no_cache=True, max_age=0, private=True)
    return response


def liveness_response():
    """200 while the process can answer at all."""
    return _never_stored(JsonResponse({"status": "hidup"}))


def readiness_response():
    """200 with every part's state, or 503 naming the parts that failed and why."""
    ready, results = readiness()
    failed = [name for name, reason in results.items() if reason is not None]
    body = {
        "status": "siap" if ready else "tidak siap",
        "checks": {name: reason or "ok" for name, reason in results.items()},
    }
    if failed:
        body["failed"] = failed
        logger.warning("Pemeriksaan kesiapan: %s", "; ".join(results[n] for n in failed))
    return _never_stored(JsonResponse(body, status=200 if ready else 503))


class HealthCheckMiddleware:
    """Answers /healthz and /readyz before host checks, redirects, sessions and the page cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            if request.path_info == LIVENESS_PATH:
                return liveness_response()
            if request.path_info == READINESS_PATH:
                return readiness_response()
        return self.get_response(request)
