"""How standings read: the figure behind a rank, its details, durations; the chart draws these.

The standings themselves are numbers (awards/standings.py); the admin table, the CSV export, the
frozen Result rows and the chart all word them through this module, so they agree.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from upt.models import UPT

from .models import Category
from .standings import CategoryStandings, Standing

Code = Category.Code


def format_minutes(minutes: float | None) -> str:
    """A duration in minutes as people read it: "2 jam 5 menit", "45 menit"."""
    if minutes is None:
        return "–"
    minutes = round(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)s hari") % {"n": days})
    if hours:
        parts.append(_("%(n)s jam") % {"n": hours})
    if mins or not parts:
        parts.append(_("%(n)s menit") % {"n": mins})
    return " ".join(parts)


def number(value) -> str:
    """A whole number with the locale's grouping: "1.234"."""
    return number_format(value, force_grouping=True)


def figure(category: Category, row: Standing) -> str:
    """The number that decides the rank, in words: "12 artikel", "median 2 jam"."""
    if category.code == Code.APA_KABAR:
        return f"{number(row.metric)} {_('kontribusi')}"
    if category.code == Code.WEBSITE:
        return f"{number(row.metric)} {_('artikel')}"
    if category.code == Code.SOCIAL_MEDIA:
        return _("%(n)s interaksi") % {"n": number(row.metric)}
    return _("median %(time)s") % {"time": format_minutes(row.metric)}


def details(category: Category, row: Standing) -> list[tuple[str, str]]:
    """The supporting figures of a jury-ranked category, as (label, value) pairs."""
    if category.code == Code.SOCIAL_MEDIA:
        return [
            (_("Unggahan"), number(row.posts)),
            (_("Pengikut (bulan terakhir)"), number(row.followers)),
        ]
    if category.code == Code.CRISIS:
        return [(_("Kasus"), number(row.cases))]
    return []


@dataclass
class Line:
    """A standing as the admin table and the CSV export show it."""

    unit: UPT
    rank: int | None
    figure: str
    metric: float | None
    jury_score: Decimal | None
    nominated: bool
    details: list[tuple[str, str]]


def lines(block: CategoryStandings) -> list[Line]:
    """The category's standings, worded, best first."""
    return [
        Line(
            unit=row.unit,
            rank=row.rank,
            figure=figure(block.category, row),
            metric=row.metric,
            jury_score=row.jury_score,
            nominated=row.nominated,
            details=details(block.category, row),
        )
        for row in block.rows
    ]
