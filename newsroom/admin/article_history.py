"""The article's history screens (django-reversion) within the user's scope.

Whoever may see an article may see its revisions; restoring one needs the right to edit it and
brings back words and pictures only: the workflow state moves by transitions alone.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from newsroom import permissions
from newsroom.models import Article


class ScopedHistoryAdminMixin:
    """History, comparison, restore and recovery of articles, checked against the user's scope."""

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return super().compare_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        if request.method == "POST" and not self.has_change_permission(request, article):
            raise PermissionDenied
        # django-reversion looks the version up by id and object id alone, whatever its model: a
        # gallery row's version with the same object id would restore another unit's revision.
        if not Version.objects.get_for_object(article).filter(pk=version_id).exists():
            raise Http404(_("Versi ini bukan milik artikel ini."))
        with transaction.atomic():
            response = super().revision_view(request, object_id, version_id, extra_context)
            if request.method == "POST" and response.status_code == 302:
                # Restoring brings back words and pictures; the state moves only by transitions.
                Article.objects.filter(pk=article.pk).update(
                    status=article.status,
                    published_at=article.published_at,
                    publication_date=article.publication_date,
                    submitted_at=article.submitted_at,
                    reviewer=article.reviewer_id,
                    review_taken_at=article.review_taken_at,
                )
        return response

    def recoverlist_view(self, request, extra_context=None):
        # Deleted articles carry no unit to scope them by any more: central staff only.
        if not permissions.has_central_reach(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not permissions.has_central_reach(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)
