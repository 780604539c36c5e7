"""Template helpers for the newsroom admin's workflow screens."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newsroom.models import Article
from newsroom.permissions import is_editor

register = template.Library()


@register.simple_tag(takes_context=True)
def workflow_counts(context):
    """The user's work at a glance: (label, count, changelist link) rows for the admin index."""
    user = context["request"].user
    if not user.has_perm("newsroom.view_article"):
        return []
    counts = Article.objects.workflow_counts(user)
    base = reverse("admin:newsroom_article_changelist")
    rows = [
        (_("Draf saya"), counts["my_drafts"], f"{base}?status=draft&milik=saya"),
        (
            _("Dikembalikan kepada saya"),
            counts["returned_to_me"],
            f"{base}?status=returned&milik=saya",
        ),
    ]
    if is_editor(user):
        rows.append(
            (_("Menunggu tinjauan saya"), counts["waiting_review"], f"{base}?status=review")
        )
    rows += [
        (_("Terjadwal"), counts["scheduled"], f"{base}?status=terjadwal"),
        (_("Terbit bulan ini"), counts["published_this_month"], f"{base}?status=published"),
    ]
    return rows
