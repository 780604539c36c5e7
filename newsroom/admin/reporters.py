from django.contrib import admin

from newsroom.models import Reporter


@admin.register(Reporter)
class ReporterAdmin(admin.ModelAdmin):
    list_display = ["display_name", "unit", "job_title", "user"]
    list_filter = ["unit__region"]
    list_select_related = ["unit", "user"]
    search_fields = ["display_name", "unit__name", "job_title"]
    autocomplete_fields = ["unit", "user"]
    prepopulated_fields = {"slug": ["display_name"]}
