"""Pagination without COUNT(*): a page knows only whether there is a previous and a next one.

Counting every live article on each list request costs more than the page itself once there
are a million rows; readers page with "previous" and "next", never by total.

Article lists, newest first, page by cursor (`paginate_newest`): "?sebelum=<id>" shows the
articles published before that one, "?sesudah=<id>" those after it. Every page is one walk of
the (published_at, id) index from the cursor, as cheap at the millionth article as at the
first; an offset would read every skipped entry (50 ms halfway through a million). Short
lists in another order (search results, the unit directory) are numbered: `paginate`.
"""

from dataclasses import dataclass

from django.http import Http404

from newsroom.models import Article

OLDER, NEWER = "sebelum", "sesudah"


def _url(request, drop, **params):
    """The current query string with `drop` removed and `params` set."""
    query = request.GET.copy()
    for name in drop:
        query.pop(name, None)
    for name, value in params.items():
        query[name] = value
    return f"?{query.urlencode()}" if query else request.path


@dataclass
class Page:
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


def _page_number(request):
    raw = request.GET.get("page", "1")
    # ASCII digits only ("²".isdigit() is true), and short enough for the database's integers.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 7 or int(raw) < 1:
        raise Http404("Halaman tidak ada.")
    return int(raw)


def paginate(request, queryset, per_page=20, rows=None):
    """The page of `queryset` asked for by ?page=N; 404 for a page that is not a number or empty.

    The page's objects are read from `rows` (default: `queryset`) by primary key, so an
    expensive ordering or filter is evaluated once, over bare ids.
    """
    number = _page_number(request)
    start = (number - 1) * per_page
    ids = list(queryset.values_list("pk", flat=True)[start : start + per_page + 1])
    source = queryset if rows is None else rows
    found = {obj.pk: obj for obj in source.filter(pk__in=ids)} if ids else {}
    items = [found[pk] for pk in ids if pk in found]
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
        rows = list(articles.order_by("-published_at", "-id")[: per_page + 1])
        more_newer, more_older = False, len(rows) > per_page
        rows = rows[:per_page]
    else:
        direction, published_at, pk = cursor
        if direction == OLDER:
            older = articles.filter(published_at__lte=published_at).exclude(
                published_at=published_at, pk__gte=pk
            )
            rows = list(older.order_by("-published_at", "-id")[: per_page + 1])
            more_newer, more_older = True, len(rows) > per_page
            rows = rows[:per_page]
        else:
            newer = articles.filter(published_at__gte=published_at).exclude(
                published_at=published_at, pk__lte=pk
            )
            rows = list(newer.order_by("published_at", "id")[: per_page + 1])
            more_newer, more_older = len(rows) > per_page, True
            rows = rows[:per_page][::-1]
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
