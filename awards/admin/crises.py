"""Crisis cases: when each became known and when the unit's first statement came out."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from awards.display import format_minutes
from awards.models import CrisisCase

from .scoping import ScopedAdmin, unit_choices


@admin.register(CrisisCase)
class CrisisCaseAdmin(ScopedAdmin):
    list_display = ["title", "unit", "known_at", "first_statement_at", "response_time_display"]
    list_filter = ["unit__region"]
    list_select_related = ["unit"]
    search_fields = ["title", "unit__name"]
    date_hierarchy = "known_at"
    fields = [
        "unit",
        "title",
        "description",
        "known_at",
        "first_statement_at",
        "first_statement_channel",
        "statement_links",
        "response_time_display",
    ]
    readonly_fields = ["response_time_display"]

    @admin.display(description=_("waktu tanggap"))
    def response_time_display(self, obj):
        if obj.pk is None:
            return "–"
        return format_minutes(obj.response_minutes)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit":
            kwargs["queryset"] = unit_choices(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
