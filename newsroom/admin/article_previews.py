"""The change form's signed preview link, and the editor's button that revokes every link.

The link's rules are in newsroom/preview.py and the article's `revoke_preview_links`; revoking
is posted to its own URL, so it never saves or discards the form's text.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from newsroom import permissions
from newsroom.preview import shows_through_links, signed_preview_url


class PreviewLinksAdminMixin:
    """The signed link an editor copies, and "Cabut semua tautan pratinjau"."""

    def get_urls(self):
        revoke = path(
            "<path:object_id>/cabut-pratinjau/",
            self.admin_site.admin_view(require_POST(self.revoke_previews_view)),
            name="newsroom_article_revoke_previews",
        )
        return [revoke, *super().get_urls()]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk and permissions.may_share_preview(request.user, obj):
            context.update(
                may_revoke_previews=True,
                signed_preview_url=(
                    signed_preview_url(obj, request) if shows_through_links(obj) else None
                ),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def revoke_previews_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_permission(request, article):
            raise PermissionDenied
        article.revoke_preview_links(by=request.user)
        self.message_user(
            request,
            _("Semua tautan pratinjau artikel ini dicabut; tautan baru di bawah dapat dibagikan."),
            messages.SUCCESS,
        )
        return redirect(reverse("admin:newsroom_article_change", args=[article.pk]))
