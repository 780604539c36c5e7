from django.contrib import admin

from newsroom.models import Reporter

from .scoping import ScopedAdminMixin


@admin.register(Reporter)
class ReporterAdmin(ScopedAdminMixin, admin.ModelAdmin):
    list_display = ["display_name", "unit", "job_title", "user"]
    list_filter = ["unit__region"]
    list_select_related = ["unit", "user"]
    search_fields = ["display_name", "unit__name", "job_title"]
    autocomplete_fields = ["unit", "user"]
    prepopulated_fields = {"slug": ["display_name"]}
    show_full_result_count = False
