"""Every way the site pages through a list, in one module; none of them counts a million rows.

- **By cursor (keyset)**, for lists newest first: every HTML article list (`paginate_newest`,
  "?sebelum=<id>" / "?sesudah=<id>") and every list of the API (newsroom/api/paging.py gives
  it an opaque cursor). `keyset_rows` walks the index of a two-column key from the last row
  seen: as cheap at the millionth article as at the first (an offset would read every skipped
  entry, 50 ms halfway through a million), and stable while new articles arrive.
- **Numbered**, for short lists in another order (search results, the unit directory):
  `paginate`, "?page=N". Ids are read first and the rows by primary key (`rows_at`), so an
  expensive ordering or filter is evaluated once, over bare ids.
- **Django's `Paginator`**, where Django asks for one (the admin change list, sitemaps), with
  counts that never run COUNT(*) over the whole table: `LargeTablePaginator` (exact up to
  10,000 rows, the planner's estimate beyond), `SitemapPaginator`, `IdBlockPaginator`,
  `UpperBoundPaginator`.

HTML pages know only whether there is a previous and a next page: readers page with
"Sebelumnya" and "Berikutnya", never by total.
"""

import json
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Max
from django.http import Http404
from django.utils.functional import cached_property

from newsroom.models import Article

OLDER, NEWER = "sebelum", "sesudah"
NEWEST_FIRST = ("-published_at", "-id")


# The two walks ----------------------------------------------------------------------------------


def keyset_rows(queryset, key, after=None, *, limit, backwards=False):
    """(up to `limit` rows of `queryset` in `key` order after the key values `after`, more?).

    `key` is two field names, each with "-" for descending, the last one unique (the id);
    `after` is the (first, second) values of the last row seen, None from the start.
    `backwards` reads the rows before `after` instead, still returned in `key` order.
    """
    first, second = key
    if backwards:
        first, second = _flip(first), _flip(second)
    descending = first.startswith("-")
    qs = queryset.order_by(first, second)
    if after is not None:
        name, tie = first.lstrip("-"), second.lstrip("-")
        v1, v2 = after
        # A range on the first column and a small exclusion on the tie: the planner walks the
        # index from the cursor.
        if descending:
            qs = qs.filter(**{f"{name}__lte": v1}).exclude(**{name: v1, f"{tie}__gte": v2})
        else:
            qs = qs.filter(**{f"{name}__gte": v1}).exclude(**{name: v1, f"{tie}__lte": v2})
    found = list(qs[: limit + 1])
    rows, more = found[:limit], len(found) > limit
    return (rows[::-1] if backwards else rows), more


def _flip(name):
    return name[1:] if name.startswith("-") else f"-{name}"


def rows_at(queryset, start, count, rows=None):
    """The objects at positions [start, start + count) of `queryset`, in its order.

    Skips the offset over bare ids (an index-only scan where it can), then reads the chosen
    rows from `rows` (default: `queryset`) by primary key.
    """
    ids = list(queryset.values_list("pk", flat=True)[start : start + count])
    source = queryset if rows is None else rows
    found = {obj.pk: obj for obj in source.filter(pk__in=ids)} if ids else {}
    return [found[pk] for pk in ids if pk in found]


# HTML lists -------------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of an HTML list, as templates/newsroom/_pager.html reads it."""

    object_list: list
    has_previous: bool
    has_next: bool
    previous_url: str = ""
    next_url: str = ""
    number: int | None = None

    @property
    def has_other_pages(self):
        return self.has_previous or self.has_next

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)


def _url(request, drop, **params):
    """The current query string with `drop` removed and `params` set."""
    query = request.GET.copy()
    for name in drop:
        query.pop(name, None)
    for name, value in params.items():
        query[name] = value
    return f"?{query.urlencode()}" if query else request.path


def _page_number(request):
    raw = request.GET.get("page", "1")
    # ASCII digits only ("²".isdigit() is true), and short enough for the database's integers.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 7 or int(raw) < 1:
        raise Http404("Halaman tidak ada.")
    return int(raw)


def paginate(request, queryset, per_page=20, rows=None):
    """The page of `queryset` asked for by ?page=N; 404 for a page that is not a number or empty.

    The page's objects are read from `rows` (default: `queryset`) by primary key.
    """
    number = _page_number(request)
    items = rows_at(queryset, (number - 1) * per_page, per_page + 1, rows)
    if number > 1 and not items:
        raise Http404("Halaman tidak ada.")
    has_next = len(items) > per_page
    return Page(
        items[:per_page],
        has_previous=number > 1,
        has_next=has_next,
        previous_url=_url(request, ["page"], page=number - 1) if number > 1 else "",
        next_url=_url(request, ["page"], page=number + 1) if has_next else "",
        number=number,
    )


def _cursor(request):
    """(direction, published_at, id) from ?sebelum= or ?sesudah=, or None for the newest page."""
    older, newer = request.GET.get(OLDER), request.GET.get(NEWER)
    if older is None and newer is None:
        return None
    raw = older if newer is None else newer
    both = older is not None and newer is not None
    if both or not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise Http404("Halaman tidak ada.")
    published_at = (
        Article.objects.filter(pk=int(raw)).values_list("published_at", flat=True).first()
    )
    if published_at is None:
        raise Http404("Halaman tidak ada.")
    return (OLDER if newer is None else NEWER), published_at, int(raw)


def paginate_newest(request, articles, per_page=20):
    """A page of `articles` (a live queryset), newest first, from the cursor in the request."""
    if "page" in request.GET:
        raise Http404("Halaman tidak ada.")  # numbered pages would repeat these under new URLs
    cursor = _cursor(request)
    if cursor is None:
        rows, more_older = keyset_rows(articles, NEWEST_FIRST, limit=per_page)
        more_newer = False
    else:
        direction, published_at, pk = cursor
        rows, more = keyset_rows(
            articles,
            NEWEST_FIRST,
            (published_at, pk),
            limit=per_page,
            backwards=direction == NEWER,
        )
        more_newer, more_older = (True, more) if direction == OLDER else (more, True)
        if not rows:
            raise Http404("Halaman tidak ada.")
    drop = [OLDER, NEWER, "page"]
    return Page(
        rows,
        has_previous=more_newer,
        has_next=more_older,
        previous_url=_url(request, drop, **{NEWER: rows[0].pk}) if more_newer else "",
        next_url=_url(request, drop, **{OLDER: rows[-1].pk}) if more_older else "",
    )


# Django's Paginator: the admin change list and the sitemaps ------------------------------------


class LargeTablePaginator(Paginator):
    """A Paginator whose count is exact up to `exact_limit` rows and estimated beyond.

    Django's Paginator (and so the admin change list) runs COUNT(*) over the whole filtered
    queryset on every page; at a million articles that alone takes 80 to 150 ms on PostgreSQL.
    Past `exact_limit` the planner's row estimate is used, which is what a reader of "about
    970,000 articles" needs. SQLite always counts exactly.
    """

    exact_limit = 10_000

    @cached_property
    def count(self):
        qs = self.object_list
        if not hasattr(qs, "query") or connections[qs.db].vendor != "postgresql":
            return super().count
        capped = qs[: self.exact_limit + 1].count()
        if capped <= self.exact_limit:
            return capped
        plan = json.loads(qs.order_by().explain(format="json"))
        return max(int(plan[0]["Plan"]["Plan Rows"]), capped)


class SitemapPaginator(LargeTablePaginator):
    """Pages of a sitemap over a million articles, each in a fixed handful of milliseconds.

    Counting every live article for the index costs ~150 ms, so beyond 10,000 the planner's
    estimate counts, with 5 % to spare: a listed page may come out empty, never an article
    left out. A page skips its offset over bare ids (an index-only scan), then reads its rows.
    """

    @cached_property
    def count(self):
        count = super().count
        return count if count <= self.exact_limit else int(count * 1.05)

    def page(self, number):
        number = self.validate_number(number)
        items = rows_at(self.object_list, (number - 1) * self.per_page, self.per_page)
        return self._get_page(items, number, self)


class IdBlockPaginator(Paginator):
    """Sitemap pages by blocks of ids: page n holds the items with ids in ((n-1)*size, n*size].

    Each page is one primary-key range scan however deep it is (an offset of half a million
    rows took 50 ms), a page keeps its URLs as new articles arrive, so crawlers can trust its
    lastmod, and the index needs only the highest id of the table (the end of the primary key
    index; the highest live id sits behind the newest drafts). A block of drafts lists fewer
    URLs, the last blocks maybe none.
    """

    @cached_property
    def count(self):
        model = self.object_list.model
        return model._default_manager.aggregate(highest=Max("pk"))["highest"] or 0

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        block = self.object_list.filter(pk__gt=bottom, pk__lte=bottom + self.per_page)
        return self._get_page(list(block.order_by("pk")), number, self)


class UpperBoundPaginator(Paginator):
    """Counts a cheap superset (`bound`) instead of the list itself.

    For an index that needs the count only to know how many pages of 50,000 there are: the
    tags on live articles are found by walking millions of tag links, all tags by one count.
    """

    def __init__(self, object_list, per_page, *, bound, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.bound = bound

    @cached_property
    def count(self):
        return self.bound.count()
