"""Who may see and do what in the awards: the one place the admin and the tests ask.

Central staff see every unit's standings with the jury's means and charts; everyone else sees
only the lines of the units in their scope, ranked among all units, and no jury means until the
edition is announced. Jurors see their own scores while judging and the panel's afterwards.
"""

from django.db.models import Q

from newsroom.permissions import has_central_reach, scoped_units

from .models import Edition, JurorScope
from .models.editions import STEER_PERMISSION
from .standings import CategoryStandings


def sees_every_unit(user) -> bool:
    """True for staff whose standings show every unit, jury means and charts included."""
    return has_central_reach(user)


def visible_standings(
    user, *, edition: Edition, standings: list[CategoryStandings]
) -> list[CategoryStandings]:
    """The standings as `user` may see them (the list is narrowed in place and returned)."""
    if sees_every_unit(user):
        return standings
    # Ranks are computed over every unit; a unit's staff then see only their own lines.
    allowed = set(scoped_units(user).values_list("pk", flat=True))
    for block in standings:
        block.rows = [row for row in block.rows if row.unit.pk in allowed]
        if not edition.is_announced:
            # Jurors do not see one another's scores while judging; nor do the units.
            for row in block.rows:
                row.jury_score = None
    return standings


def may_steer_editions(user) -> bool:
    """True for those who open judging and announce results."""
    return user.has_perm(STEER_PERMISSION)


def may_import_metrics(user) -> bool:
    """Imports of monthly figures are for admins reaching every unit."""
    return has_central_reach(user) and user.has_perm("awards.add_socialmetric")


def is_juror(user) -> bool:
    """True for an account with a juror scope."""
    return JurorScope.objects.filter(user_id=user.pk).exists()


def visible_nominations(user, queryset):
    """Every nomination for central staff; a juror's own categories for anyone else."""
    if has_central_reach(user):
        return queryset
    return queryset.for_juror(user)


def visible_jury_scores(user, queryset, *, juror: bool):
    """The scores `user` may read; `juror` is is_juror(user), asked once by the caller."""
    if juror:
        # Before judging closes a juror sees only their own scores; afterwards the panel's.
        return queryset.filter(
            Q(juror=user)
            | Q(
                nomination__edition__status=Edition.Status.ANNOUNCED,
                nomination__category__juror_scopes__user=user,
            )
        ).distinct()
    if has_central_reach(user):
        return queryset
    return queryset.none()


def may_change_score(user, score) -> bool:
    """Scores change only by their own juror, and only while judging is open."""
    return score.juror_id == user.pk and score.nomination.edition.is_judging
