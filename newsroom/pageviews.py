"""Page views counted on our own server: no cookie, no third-party script, no write per view.

`PageViewMiddleware` stands above the page cache, so a page served from the cache is counted
like a rendered one. It counts a GET of an article's address answered 200, unless the User-Agent
is a known crawler (the crawler-user-agents list), the browser is only prefetching, or the same
reader (address and browser, hashed, kept for `REPEAT_SECONDS` in the cache and nowhere else)
opened the same article shortly before. Counts gather in the process and reach the database
every `PAGEVIEWS_FLUSH_SECONDS` as one row per article and day (`PageView`), so readers never wait
on a write. What a process holds when it is killed is lost (at most that many seconds of views);
a normal stop writes it first.
"""

import atexit
import hashlib
import logging
import re
import threading
import time
from collections import Counter
from datetime import date
from functools import lru_cache

from crawleruseragents import is_crawler
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from newsroom.api.edge import client_address
from newsroom.models import Article, PageView

logger = logging.getLogger(__name__)

ARTICLE_PATH = re.compile(r"^/berita/(\d{4})/(\d{2})/(\d{2})/([-a-zA-Z0-9_]+)/$")
# A reader who opens the same article again within this time is not counted again.
REPEAT_SECONDS = 30 * 60
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ", "HTTP_X_PURPOSE")

_lock = threading.Lock()
# (publication date, slug, day viewed) -> views not yet written.
_pending = Counter()
_last_flush = time.monotonic()


@lru_cache(maxsize=4096)
def is_bot(user_agent):
    """True for a missing User-Agent and for the crawlers, spiders and previewers of the list."""
    return not user_agent.strip() or is_crawler(user_agent)


def _prefetch(request):
    return any("prefetch" in request.META.get(h, "").lower() for h in PREFETCH_HEADERS)


def _first_view(request, path, today):
    """True unless this reader opened this article within REPEAT_SECONDS (cache down: True)."""
    who = f"{client_address(request)}|{request.META.get('HTTP_USER_AGENT', '')}|{path}|{today}"
    key = "pv:seen:" + hashlib.sha256(who.encode()).hexdigest()[:32]
    try:
        return cache.add(key, 1, REPEAT_SECONDS) or cache.get(key) is None
    except Exception:  # a cache that raises (not the fail-soft one): count rather than break
        logger.warning("Page view repeat check skipped: cache unavailable", exc_info=True)
        return True


def count(request, response):
    """Count this response as a reader's view when it is one (see the module's docstring)."""
    if request.method != "GET" or response.status_code != 200:
        return
    match = ARTICLE_PATH.match(request.path_info)
    if match is None or _prefetch(request) or is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return
    today = timezone.localdate()
    if not _first_view(request, request.path_info, today):
        return
    year, month, day, slug = match.groups()
    try:
        published_on = date(int(year), int(month), int(day))
    except ValueError:
        return
    with _lock:
        _pending[(published_on, slug, today)] += 1
    interval = settings.PAGEVIEWS_FLUSH_SECONDS
    if interval is not None and time.monotonic() - _last_flush >= interval:
        flush()


def flush():
    """Write the views gathered in this process: one row per article and day, added to."""
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    if not batch:
        return 0
    try:
        written = _write(batch)
    except DatabaseError:
        logger.warning("Page views kept for the next flush: database unavailable", exc_info=True)
        with _lock:
            _pending.update(batch)
        return 0
    return written


def _write(batch):
    addresses = Q()
    for published_on, slug, _day in batch:
        addresses |= Q(publication_date=published_on, slug=slug)
    ids = {
        (published_on, slug): pk
        for pk, published_on, slug in Article.objects.filter(addresses).values_list(
            "pk", "publication_date", "slug"
        )
    }
    per_row = Counter()
    for (published_on, slug, day), views in batch.items():
        if (published_on, slug) in ids:
            per_row[(ids[(published_on, slug)], day)] += views
    for (article_id, day), views in per_row.items():
        _add(article_id, day, views)
    return sum(per_row.values())


def _add(article_id, day, views):
    rows = PageView.objects.filter(article_id=article_id, day=day)
    if rows.update(views=F("views") + views):
        return
    try:
        with transaction.atomic():
            PageView.objects.create(article_id=article_id, day=day, views=views)
    except IntegrityError:  # another process made the row meanwhile
        rows.update(views=F("views") + views)


def discard():
    """Forget the views not yet written (tests start from nothing)."""
    with _lock:
        _pending.clear()


class PageViewMiddleware:
    """Counts readers' article views, served from the page cache or rendered (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PAGEVIEWS_ENABLED:
            try:
                count(request, response)
            except Exception:  # counting must never cost a reader the page
                logger.exception("Page view not counted")
        return response


def _flush_at_exit():
    try:
        flush()
    except Exception:  # the database may be gone at shutdown
        logger.warning("Page views lost at exit", exc_info=True)


atexit.register(_flush_at_exit)
