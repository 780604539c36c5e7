"""The one place that answers "where may this user act?".

Admin, views and tests ask these functions; none of them re-implement the rules. They decide
from the user and the article (or photo) they are given, and import no newsroom model: the
article's model asks them before every move.
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


# Role groups, created by migration newsroom 0004_workflow_roles with exactly these names.
OFFICER_GROUP = "Petugas Humas UPT"
REGIONAL_EDITOR_GROUP = "Redaktur Wilayah"
CENTRAL_EDITOR_GROUP = "Redaktur Pusat"
ADMIN_GROUP = "Admin"

PUBLISH_PERMISSION = "newsroom.publish_article"
FEATURE_PERMISSION = "newsroom.feature_article"
# Submit or publish an article the content guard holds, giving a reason (newsroom/models/guard.py).
GUARD_OVERRIDE_PERMISSION = "newsroom.publish_despite_guard"

# Editors review, publish, return and unpublish; everyone else with change rights is an author.
EDITOR_ACTIONS = frozenset({"return_to_author", "publish", "unpublish"})


def scoped_unit_ids(user):
    """The ids of the user's units, None for every unit; cached on the user for one request."""
    if has_central_reach(user):
        return None
    cached = getattr(user, "_warta_unit_ids", None)
    if cached is None:
        cached = frozenset(scoped_units(user).values_list("pk", flat=True))
        if getattr(user, "is_authenticated", False):
            user._warta_unit_ids = cached
    return cached


def in_scope(user, article):
    """True when the article's unit lies within the user's scope."""
    ids = scoped_unit_ids(user)
    return ids is None or article.unit_id in ids


def is_editor(user):
    """True for accounts that may review and publish (regional and central editors)."""
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def may_share_preview(user, article):
    """Editors make (and revoke) the signed preview links of articles in their scope."""
    return is_editor(user) and in_scope(user, article)


def can_view(user, article):
    """True when the user may open this article in the newsroom and preview it."""
    return (
        user.is_active
        and (user.has_perm("newsroom.view_article") or user.has_perm("newsroom.change_article"))
        and in_scope(user, article)
    )


def can_edit(user, article):
    """Editors edit any article in scope; authors only while it is theirs to work on."""
    if not (
        user.is_active and user.has_perm("newsroom.change_article") and in_scope(user, article)
    ):
        return False
    return is_editor(user) or article.status in article.AUTHOR_EDITABLE


def can_edit_photo(user, photo):
    """Editors change any photo in scope; authors only photos of articles still theirs to work on.

    A photo shown by an article under review or on the site is part of that article: changing
    or deleting it would change the article past its editor.
    """
    if is_editor(user) or has_central_reach(user):
        return True
    return not (photo.lead_of.locked().exists() or photo.in_galleries.locked().exists())


def can_delete(user, article):
    """Deleting a published article is for central editors and admins only; others unpublish it."""
    if not (user.has_perm("newsroom.delete_article") and can_edit(user, article)):
        return False
    return article.status != article.Status.PUBLISHED or has_central_reach(user)


def can_correct(user, article):
    """Editors note corrections and updates on published articles within their scope."""
    return (
        is_editor(user)
        and user.has_perm("newsroom.change_article")
        and in_scope(user, article)
        and article.status == article.Status.PUBLISHED
    )


def can_set_expiry(user, article=None):
    """Only editors decide when an article leaves the site by itself."""
    return is_editor(user) and (article is None or in_scope(user, article))


def may_open_reach(user):
    """Staff who work on articles may open the reach dashboard (no query: permissions only)."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("newsroom.view_article") or user.has_perm("newsroom.change_article"))
    )


def can_see_reach(user):
    """Staff who work on articles see what readers opened of their scope's articles."""
    return may_open_reach(user) and (has_central_reach(user) or bool(scoped_unit_ids(user)))


def can_feature(user, article=None):
    """True when the user may put articles in the home page's featured section."""
    return (
        user.is_active
        and user.has_perm(FEATURE_PERMISSION)
        and (article is None or in_scope(user, article))
    )


def may_transition(user, article, action):
    """Role and scope half of a transition: may this user move this article this way at all?"""
    if not (
        user.is_active and user.has_perm("newsroom.change_article") and in_scope(user, article)
    ):
        return False
    if action in EDITOR_ACTIONS:
        return is_editor(user)
    if action == "withdraw":
        # Withdrawing is the author's move; an editor sends work back with a note instead.
        return not is_editor(user) or article.created_by_id == user.pk
    return True


def may_take_review(user, article):
    """True when the user may take an article's review, take it over, or give it back."""
    return is_editor(user) and user.has_perm("newsroom.change_article") and in_scope(user, article)


def held_by_other(user, article):
    """True when another editor has taken this article from the review queue."""
    return article.status == article.Status.REVIEW and article.reviewer_id not in (None, user.pk)


def may_override_guard(user):
    """True for editors trusted to publish what the content guard holds, with a reason."""
    return bool(user and user.is_active and user.has_perm(GUARD_OVERRIDE_PERMISSION))


def allowed_transitions(user, article):
    """The transitions this user may make to this article now, in the order buttons show them.

    An editor's decisions on an article another editor has taken are left to that editor.
    """
    held = held_by_other(user, article)
    return [
        name
        for name, transition in article.TRANSITIONS.items()
        if article.status in transition.sources
        and may_transition(user, article, name)
        and not (held and name in EDITOR_ACTIONS)
    ]
