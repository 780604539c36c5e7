"""An edition's live standings: who ranks where in each category, as numbers only.

Standings are computed from the newsroom's own data and the jury's scores; announcing an edition
freezes them into Result rows (awards/results.py). How a number reads is awards/display.py's job.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Avg, Count, Max

from newsroom.models import Article
from upt.models import UPT

from .models import Category, CrisisCase, Edition, Nomination, SocialMetric

Code = Category.Code


@dataclass
class Standing:
    """One unit's line in a category: its rank (None when not ranked) and the numbers behind it.

    `metric` is what the category counts (articles, engagement, median minutes of response);
    `posts`, `followers` and `cases` are the supporting figures of the jury-ranked categories.
    """

    unit: UPT
    rank: int | None
    metric: float | None = None
    jury_score: Decimal | None = None
    nominated: bool = False
    posts: int | None = None
    followers: int | None = None
    cases: int | None = None


@dataclass
class CategoryStandings:
    """A category's standings, best first."""

    category: Category
    rows: list[Standing]

    @property
    def ranked(self):
        """The rows that hold a rank."""
        return [row for row in self.rows if row.rank is not None]


def _article_counts(edition: Edition, **filters):
    start, end = edition.period_bounds
    # live() is the one definition of public: a scheduled article counts only once it is out.
    return (
        Article.objects.live()
        .filter(published_at__gte=start, published_at__lt=end, **filters)
        .values("unit")
        .annotate(count=Count("id"), last=Max("published_at"))
    )


def _count_standings(category, counts, units):
    ordered = sorted(counts, key=lambda c: (-c["count"], c["last"], units[c["unit"]].name))
    return CategoryStandings(
        category,
        [
            Standing(unit=units[c["unit"]], rank=rank, metric=c["count"])
            for rank, c in enumerate(ordered, start=1)
        ],
    )


def _rank_jury_rows(rows, metric_key):
    rows.sort(
        key=lambda r: (
            not r.nominated,
            r.jury_score is None,
            -(r.jury_score or 0),
            metric_key(r),
            r.unit.name,
        )
    )
    rank = 0
    for row in rows:
        if row.nominated:
            rank += 1
            row.rank = rank
    return rows


def _mean_scores(edition: Edition):
    scored = (
        Nomination.objects.filter(edition=edition)
        .select_related("unit", "category")
        .annotate(mean=Avg("scores__score"))
    )
    by_category = defaultdict(dict)
    for nomination in scored:
        mean = None
        if nomination.mean is not None:
            mean = Decimal(str(nomination.mean)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        by_category[nomination.category.code][nomination.unit_id] = (nomination.unit, mean)
    return by_category


def _social_standings(category, edition, nominated):
    per_unit = {}
    latest_followers = {}
    for metric in SocialMetric.objects.in_period(edition).select_related("account__unit"):
        unit = metric.account.unit
        totals = per_unit.setdefault(unit.pk, {"unit": unit, "engagement": 0, "posts": 0})
        totals["engagement"] += metric.engagement
        totals["posts"] += metric.posts
        seen = latest_followers.get(metric.account_id)
        if seen is None or seen[0] < metric.month:
            latest_followers[metric.account_id] = (metric.month, metric.followers, unit.pk)
    followers = defaultdict(int)
    for _month, count, unit_id in latest_followers.values():
        followers[unit_id] += count
    for unit_id, (unit, _mean) in nominated.items():
        per_unit.setdefault(unit_id, {"unit": unit, "engagement": 0, "posts": 0})
    rows = [
        Standing(
            unit=totals["unit"],
            rank=None,
            metric=totals["engagement"],
            jury_score=nominated.get(unit_id, (None, None))[1],
            nominated=unit_id in nominated,
            posts=totals["posts"],
            followers=followers[unit_id],
        )
        for unit_id, totals in per_unit.items()
    ]
    return CategoryStandings(category, _rank_jury_rows(rows, lambda r: -r.metric))


def _crisis_standings(category, edition, nominated):
    cases = defaultdict(list)
    units = {}
    for case in CrisisCase.objects.in_period(edition).select_related("unit"):
        cases[case.unit_id].append(case.response_time.total_seconds() / 60)
        units[case.unit_id] = case.unit
    for unit_id, (unit, _mean) in nominated.items():
        units.setdefault(unit_id, unit)
    rows = [
        Standing(
            unit=unit,
            rank=None,
            metric=statistics.median(cases[unit_id]) if cases[unit_id] else None,
            jury_score=nominated.get(unit_id, (None, None))[1],
            nominated=unit_id in nominated,
            cases=len(cases[unit_id]),
        )
        for unit_id, unit in units.items()
    ]
    no_case = float("inf")
    return CategoryStandings(
        category, _rank_jury_rows(rows, lambda r: no_case if r.metric is None else r.metric)
    )


def compute_standings(*, edition: Edition) -> list[CategoryStandings]:
    """Live standings of every category of the edition, in a fixed number of queries."""
    categories = {c.code: c for c in Category.objects.all()}
    apa_kabar = list(_article_counts(edition, programme=Article.Programme.APA_KABAR))
    # Liputan media is outside media's work republished, not the unit's own news.
    website = list(_article_counts(edition).exclude(kind=Article.Kind.LIPUTAN_MEDIA))
    unit_ids = {c["unit"] for c in apa_kabar} | {c["unit"] for c in website}
    units = UPT.objects.in_bulk(unit_ids)
    nominated = _mean_scores(edition)
    standings = []
    if Code.APA_KABAR in categories:
        standings.append(_count_standings(categories[Code.APA_KABAR], apa_kabar, units))
    if Code.WEBSITE in categories:
        standings.append(_count_standings(categories[Code.WEBSITE], website, units))
    if Code.SOCIAL_MEDIA in categories:
        standings.append(
            _social_standings(categories[Code.SOCIAL_MEDIA], edition, nominated[Code.SOCIAL_MEDIA])
        )
    if Code.CRISIS in categories:
        standings.append(
            _crisis_standings(categories[Code.CRISIS], edition, nominated[Code.CRISIS])
        )
    return standings
