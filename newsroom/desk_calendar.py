"""The editorial calendar: what is published, scheduled and happening in a user's units, by day.

`desk_calendar` answers for one day or one week (Monday to Sunday, WIB) in three queries
whatever the number of articles, events or units: the articles of the period, its events, and
the units in scope that have gone quiet. The admin page (newsroom/admin/article_calendar.py)
only renders what this returns.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.utils import timezone

from newsroom.models import Article, Event
from newsroom.permissions import scoped_units

S = Article.Status
QUIET_DAYS = 30
WEEK = "minggu"
DAY = "hari"


@dataclass
class CalendarDay:
    day: date
    is_today: bool
    articles: list = field(default_factory=list)
    events: list = field(default_factory=list)


@dataclass
class DeskCalendar:
    view: str
    start: date
    end: date
    days: list
    previous: date
    next: date
    quiet_units: list
    quiet_since: date


def period(view, anchor):
    """The first and last day shown: the anchor's day, or its week from Monday."""
    if view == DAY:
        return anchor, anchor
    monday = anchor - timedelta(days=anchor.weekday())
    return monday, monday + timedelta(days=6)


def _local_midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def units_for(user, *, region_id=None, unit_id=None):
    """The user's units, narrowed to one region or one unit when asked (never widened)."""
    units = scoped_units(user)
    if region_id:
        units = units.filter(region_id=region_id)
    if unit_id:
        units = units.filter(pk=unit_id)
    return units


def quiet_units(units, *, now, days=QUIET_DAYS):
    """Active units with no article live in the last `days` days, the longest silent first.

    Each unit's latest live article is one probe of the per-unit live index
    (article_live_unit_idx), not a grouping of every article it ever published.
    """
    latest = (
        Article.objects.filter(unit=OuterRef("pk"), status=S.PUBLISHED, published_at__lte=now)
        .order_by("-published_at")
        .values("published_at")[:1]
    )
    since = now - timedelta(days=days)
    return list(
        units.active()
        .annotate(last_published=Subquery(latest))
        .filter(Q(last_published__isnull=True) | Q(last_published__lt=since))
        .select_related("region")
        .only("pk", "name", "short_name", "region__name")
        .order_by(F("last_published").asc(nulls_first=True), "short_name", "pk")
    )


def desk_calendar(user, *, view=WEEK, anchor=None, region_id=None, unit_id=None, now=None):
    """The calendar of the user's scope for the day or week around `anchor` (today by default)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    anchor = anchor or today
    first, last = period(view, anchor)
    start, end = _local_midnight(first), _local_midnight(last + timedelta(days=1))
    units = units_for(user, region_id=region_id, unit_id=unit_id)

    days = {
        first + timedelta(days=n): CalendarDay(first + timedelta(days=n), False)
        for n in range((last - first).days + 1)
    }
    for day in days.values():
        day.is_today = day.day == today

    articles = (
        Article.objects.filter(unit__in=units, status=S.PUBLISHED)
        .filter(published_at__gte=start, published_at__lt=end)
        .select_related("unit")
        .only("pk", "title", "status", "kind", "published_at", "unit__short_name")
        .order_by("published_at", "pk")
    )
    for article in articles:
        days[timezone.localdate(article.published_at)].articles.append(article)

    in_scope = Q(articles__unit__in=units)
    events = (
        Event.objects.filter(starts_at__lt=end, ends_at__gte=start)
        .filter(Q(organiser__isnull=True) | Q(organiser__in=units))
        .select_related("organiser")
        .only("pk", "name", "slug", "starts_at", "ends_at", "place", "organiser__short_name")
        .annotate(coverage=Count("articles", filter=in_scope & Q(articles__status=S.PUBLISHED)))
        .order_by("starts_at", "pk")
    )
    for event in events:
        begins = max(timezone.localdate(event.starts_at), first)
        ends = min(timezone.localdate(event.ends_at), last)
        for n in range((ends - begins).days + 1):
            days[begins + timedelta(days=n)].events.append(event)

    step = timedelta(days=1 if view == DAY else 7)
    return DeskCalendar(
        view=view,
        start=first,
        end=last,
        days=list(days.values()),
        previous=first - step,
        next=first + step,
        quiet_units=quiet_units(units, now=now),
        quiet_since=timezone.localdate(now - timedelta(days=QUIET_DAYS)),
    )
