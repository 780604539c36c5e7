"""The reach dashboard: what readers opened, per unit and region of the user's scope."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.spreadsheet import csv_text
from newsroom import permissions
from newsroom.models import PageView
from newsroom.reach import WEEK_CHOICES, reach


@admin.register(PageView)
class ReachAdmin(admin.ModelAdmin):
    """Read-only: the change list is the dashboard, ?format=csv its spreadsheet."""

    def has_module_permission(self, request):
        # Every admin page lists the modules: permissions only, the scope is asked on opening.
        return permissions.may_open_reach(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.may_open_reach(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not permissions.can_see_reach(request.user):
            raise PermissionDenied
        try:
            weeks = int(request.GET.get("minggu", 12))
        except ValueError:
            weeks = 12
        weeks = weeks if weeks in WEEK_CHOICES else 12
        data = reach(request.user, weeks=weeks)
        if request.GET.get("format") == "csv":
            return _csv(data)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Jangkauan pembaca"),
            "opts": self.model._meta,
            "reach": data,
            "week_choices": WEEK_CHOICES,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/newsroom/reach.html", context)


def _csv(data):
    header = [
        _("UPT"), _("Wilayah"), _("Dibaca"), _("Artikel terbit"), _("Terbanyak dibaca"),
        _("Dibaca (artikel itu)"),
    ]  # fmt: skip
    rows = [
        [
            row.unit.name,
            row.unit.region.name,
            row.views,
            row.articles,
            row.top_article.title if row.top_article else "",
            row.top_views or "",
        ]
        for row in data.units
    ]
    response = HttpResponse(csv_text(header, rows), content_type="text/csv; charset=utf-8")
    name = f"jangkauan-{data.first:%Y%m%d}-{data.last:%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
