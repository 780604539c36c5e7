"""The one place that answers "where may this user act?".

Admin, views and tests ask these functions; none of them re-implement the rules.
"""

from upt.models import UPT


def _scope(user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    try:
        return user.staff_scope
    except AttributeError:
        return None
    except user._meta.model.staff_scope.RelatedObjectDoesNotExist:
        return None


def has_central_reach(user):
    """True for superusers and accounts scoped to every unit."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    scope = _scope(user)
    return bool(scope and scope.is_central)


def scoped_units(user):
    """The units a staff account may act on; none for an account without a scope."""
    if has_central_reach(user):
        return UPT.objects.all()
    scope = _scope(user)
    if scope is None:
        return UPT.objects.none()
    if scope.unit_id:
        return UPT.objects.filter(pk=scope.unit_id)
    return UPT.objects.filter(region_id=scope.region_id)


def can_act_on_unit(user, unit_id):
    """True when the unit lies within the user's scope."""
    if has_central_reach(user):
        return True
    return scoped_units(user).filter(pk=unit_id).exists()
