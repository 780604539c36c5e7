"""What people read, for the home page's "Terpopuler" and the newsroom's reach dashboard.

Numbers only: the templates draw them (templates/admin/newsroom/reach.html). Every figure is
read in a fixed number of queries over the page-view rows of the period, whatever the scope.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Sum
from django.utils import timezone

from newsroom.models import Article, PageView
from newsroom.permissions import scoped_unit_ids
from upt.models import UPT

POPULAR_DAYS = 7
WEEK_CHOICES = (4, 12, 26, 52)
CHART_HEIGHT = 120


def most_read(*, days=POPULAR_DAYS, limit=5):
    """The live articles read most over the last `days` days (today included), most read first."""
    today = timezone.localdate()
    live = Article.objects.live()
    top = list(
        PageView.objects.between(today - timedelta(days=days - 1), today)
        .filter(article__in=live.values("pk"))
        .per_article()[:limit]
    )
    found = {a.pk: a for a in live.for_listing().filter(pk__in=[pk for pk, _ in top])}
    return [found[pk] for pk, _ in top if pk in found]


@dataclass
class UnitReach:
    unit: UPT
    views: int = 0
    articles: int = 0
    top_article: Article | None = None
    top_views: int = 0


@dataclass
class RegionReach:
    name: str
    views: int = 0
    articles: int = 0
    units: int = 0


@dataclass
class Week:
    monday: object
    views: int
    # Bar geometry for the SVG, as strings so that a locale never writes "12,5".
    x: str = ""
    y: str = ""
    height: str = ""


@dataclass
class Reach:
    first: object
    last: object
    weeks: int
    views: int = 0
    articles: int = 0
    units: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    series: list = field(default_factory=list)
    chart_width: int = 0
    chart_height: int = CHART_HEIGHT


def reach(user, *, weeks=12):
    """Views and published articles of the user's units over the last `weeks` weeks."""
    today = timezone.localdate()
    first = today - timedelta(weeks=weeks) + timedelta(days=1)
    unit_ids = scoped_unit_ids(user)
    views = PageView.objects.between(first, today).for_units(unit_ids)
    published = Article.objects.live().filter(publication_date__gte=first)
    if unit_ids is not None:
        published = published.filter(unit_id__in=unit_ids)
    views_of = views.per_unit()
    articles_of = dict(published.values_list("unit_id").annotate(n=Count("pk")).order_by())
    top_of = _top_article_per_unit(views)
    shown_ids = set(views_of) | set(articles_of)
    units = UPT.objects.filter(pk__in=shown_ids).select_related("region").order_by("name")
    result = Reach(first=first, last=today, weeks=weeks)
    regions = {}
    for unit in units:
        top = top_of.get(unit.pk)
        row = UnitReach(
            unit=unit,
            views=views_of.get(unit.pk, 0),
            articles=articles_of.get(unit.pk, 0),
            top_article=top[0] if top else None,
            top_views=top[1] if top else 0,
        )
        result.units.append(row)
        region = regions.setdefault(unit.region_id, RegionReach(name=unit.region.name))
        region.views += row.views
        region.articles += row.articles
        region.units += 1
    result.units.sort(key=lambda r: (-r.views, -r.articles, r.unit.name))
    result.regions = sorted(regions.values(), key=lambda r: (-r.views, r.name))
    result.views = sum(r.views for r in result.units)
    result.articles = sum(r.articles for r in result.units)
    _chart(result, views.per_week(), first, today)
    return result


def _top_article_per_unit(views):
    """{unit id: (article, views)} for the most read article of each unit in `views`."""
    best = {}
    rows = (
        views.values_list("article__unit_id", "article_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article_id")
    )
    for unit_id, article_id, total in rows:
        best.setdefault(unit_id, (article_id, total))
    articles = Article.objects.for_listing().in_bulk([a for a, _ in best.values()])
    return {u: (articles[a], t) for u, (a, t) in best.items() if a in articles}


def _chart(result, per_week, first, last):
    """One bar per week (Monday to Sunday) of the period, oldest first, scaled to the tallest."""
    # TruncWeek gives a date for a DateField, a datetime on some backends: compare dates.
    per_week = {getattr(k, "date", lambda k=k: k)(): v for k, v in per_week.items()}
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append(Week(monday=monday, views=per_week.get(monday, 0)))
        monday += timedelta(weeks=1)
    tallest = max((w.views for w in weeks), default=0) or 1
    bar, gap = 24, 6
    for index, week in enumerate(weeks):
        height = CHART_HEIGHT * week.views / tallest
        week.x = f"{index * (bar + gap):.1f}"
        week.height = f"{max(height, 1 if week.views else 0):.1f}"
        week.y = f"{CHART_HEIGHT - float(week.height):.1f}"
    result.series = weeks
    result.chart_width = max(len(weeks) * (bar + gap) - gap, 1)
