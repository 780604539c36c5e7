"""Pagination without COUNT(*): a page knows only whether there is a next one.

Counting every live article on each list request costs more than the page itself once there
are a million rows; readers page with "previous" and "next", never by total.
"""

from dataclasses import dataclass

from django.http import Http404


@dataclass
class Page:
    object_list: list
    number: int
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_other_pages(self):
        return self.has_previous or self.has_next

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)


def paginate(request, queryset, per_page=20, rows=None):
    """The page of `queryset` asked for by ?page=N; 404 for a page that is not a number or empty.

    The page's objects are read from `rows` (default: `queryset`) by primary key, so an
    expensive ordering or filter is evaluated once, over bare ids.
    """
    raw = request.GET.get("page", "1")
    # ASCII digits only ("²".isdigit() is true), and short enough for the database's integers.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 7 or int(raw) < 1:
        raise Http404("Halaman tidak ada.")
    number = int(raw)
    start = (number - 1) * per_page
    # Deep pages skip their offset over bare ids (an index-only scan), then fetch just the page:
    # an OFFSET over whole rows reads every skipped row from the table.
    ids = list(queryset.values_list("pk", flat=True)[start : start + per_page + 1])
    source = queryset if rows is None else rows
    found = {obj.pk: obj for obj in source.filter(pk__in=ids)} if ids else {}
    items = [found[pk] for pk in ids if pk in found]
    if number > 1 and not items:
        raise Http404("Halaman tidak ada.")
    return Page(items[:per_page], number, len(items) > per_page)
