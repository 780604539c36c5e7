"""Announcing an edition: its podiums frozen into Result rows, each with its citation.

Results are copies, not views of the standings, so later corrections to articles or figures never
change what was announced.
"""

from django.db import transaction
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

from .display import figure
from .models import Category, Edition, Result
from .models.results import PODIUM_SIZE
from .standings import Standing, compute_standings

Code = Category.Code


def _citation(edition: Edition, category: Category, row: Standing) -> str:
    period = _("periode %(start)s sampai %(end)s") % {
        "start": date_format(edition.period_start, "j F Y"),
        "end": date_format(edition.period_end, "j F Y"),
    }
    values = {
        "unit": row.unit.name,
        "figure": figure(category, row),
        "score": row.jury_score,
        "period": period,
    }
    if category.code == Code.APA_KABAR:
        text = _(
            "%(unit)s menyumbang %(figure)s untuk program Apa Kabar Pemasyarakatan pada %(period)s."
        )
    elif category.code == Code.WEBSITE:
        text = _("%(unit)s menerbitkan %(figure)s di situs Ditjenpas pada %(period)s.")
    elif category.code == Code.SOCIAL_MEDIA:
        text = _(
            "%(unit)s meraih rata-rata nilai juri %(score)s, dengan %(figure)s di akun media "
            "sosial resminya pada %(period)s."
        )
    else:
        text = _(
            "%(unit)s meraih rata-rata nilai juri %(score)s; pernyataan resmi pertamanya keluar "
            "dengan %(figure)s setelah krisis diketahui, pada %(period)s."
        )
    return text % values


@transaction.atomic
def announce_results(*, edition: Edition, by) -> list[Result]:
    """Close judging, freeze the current standings' podiums as Result rows, and publish them."""
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    edition.mark_announced(by=by)
    standings = compute_standings(edition=edition)
    Result.objects.filter(edition=edition).delete()
    results = [
        Result(
            edition=edition,
            category=block.category,
            unit=row.unit,
            rank=row.rank,
            figure=figure(block.category, row),
            jury_score=row.jury_score,
            citation=_citation(edition, block.category, row),
        )
        for block in standings
        for row in block.ranked[:PODIUM_SIZE]
    ]
    return Result.objects.bulk_create(results)
