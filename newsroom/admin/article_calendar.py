"""The editorial calendar page of the article admin: /admin/newsroom/article/kalender/.

Anyone who may see the article list sees the calendar of their own scope; what is in it comes
from newsroom/desk_calendar.py, which filters by the permissions module's units.
"""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from newsroom import desk_calendar, permissions
from upt.models import Region


def _date(value):
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return False


def _pk(value):
    if not value:
        return None
    return int(value) if value.isdigit() else False


class CalendarAdminMixin:
    """Adds the calendar view to the article's ModelAdmin, and a link to it above the list."""

    # Django-reversion's list template (deleted articles' recovery) with the calendar link added.
    change_list_template = "admin/newsroom/article/change_list.html"

    def get_urls(self):
        calendar = path(
            "kalender/",
            self.admin_site.admin_view(self.calendar_view),
            name="newsroom_article_calendar",
        )
        return [calendar, *super().get_urls()]

    def calendar_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        user = request.user
        query = request.GET
        view = (
            desk_calendar.DAY if query.get("tampilan") == desk_calendar.DAY else desk_calendar.WEEK
        )
        anchor, region_id, unit_id = (
            _date(query.get("tanggal")), _pk(query.get("wilayah")), _pk(query.get("upt"))
        )  # fmt: skip
        if False in (anchor, region_id, unit_id):
            self.message_user(
                request,
                _("Pilihan kalender tidak dikenali; ditampilkan minggu ini untuk semua UPT Anda."),
                messages.WARNING,
            )
            anchor = region_id = unit_id = None
        calendar = desk_calendar.desk_calendar(
            user, view=view, anchor=anchor, region_id=region_id, unit_id=unit_id
        )
        units = permissions.scoped_units(user)
        regions = list(Region.objects.filter(units__in=units).distinct().only("pk", "name"))
        unit_choices = units.filter(region_id=region_id) if region_id else units
        unit_choices = list(unit_choices.only("pk", "short_name").order_by("short_name")[:2000])
        keep = {"tampilan": view, "wilayah": region_id or "", "upt": unit_id or ""}
        keep = {k: v for k, v in keep.items() if v}
        nav = {
            "previous": urlencode({"tanggal": calendar.previous.isoformat(), **keep}),
            "today": urlencode(keep),
            "next": urlencode({"tanggal": calendar.next.isoformat(), **keep}),
        }
        context = {
            **self.admin_site.each_context(request),
            "title": _("Kalender redaksi"),
            "opts": self.opts,
            "calendar": calendar,
            "nav": nav,
            "regions": regions if len(regions) > 1 else [],
            "units": unit_choices if len(unit_choices) > 1 else [],
            "region_id": region_id,
            "unit_id": unit_id,
            "view_day": desk_calendar.DAY,
            "view_week": desk_calendar.WEEK,
            "quiet_days": desk_calendar.QUIET_DAYS,
        }
        return TemplateResponse(request, "admin/newsroom/article/calendar.html", context)
