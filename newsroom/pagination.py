"""Pagination that never counts a million rows.

Django's Paginator (and so the admin change list and ListView) runs COUNT(*) over the whole
filtered queryset on every page; at a million articles that alone takes 80 to 150 ms on
PostgreSQL. Up to `exact_limit` rows the count stays exact; past it the planner's row estimate
is used, which is what a reader of "about 970,000 articles" needs. SQLite always counts exactly.
"""

import json

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property


class LargeTablePaginator(Paginator):
    """A Paginator whose count is exact up to `exact_limit` rows and estimated beyond."""

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
