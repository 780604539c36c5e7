"""Award blocks for other pages: a unit's awards, and the latest winners for the home page."""

from django import template
from django.db.models import Subquery

from awards.models import Edition, Result

register = template.Library()


@register.inclusion_tag("awards/tags/unit_awards.html")
def unit_awards(unit):
    """The announced places of one unit, newest edition first, in one query."""
    results = (
        Result.objects.public()
        .filter(unit=unit)
        .order_by("-edition__year", "category__order", "rank")
    )
    return {"unit": unit, "results": list(results)}


@register.inclusion_tag("awards/tags/latest_award_winners.html")
def latest_award_winners():
    """The winners of the most recently announced edition, in one query."""
    latest = Edition.objects.announced().order_by("-year").values("pk")[:1]
    winners = (
        Result.objects.public()
        .winners()
        .filter(edition_id=Subquery(latest))
        .order_by("category__order")
    )
    winners = list(winners)
    return {"edition": winners[0].edition if winners else None, "winners": winners}
