from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from newsroom.models import Event


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["name", "starts_at", "ends_at", "place", "organiser"]
    list_filter = ["starts_at"]
    list_select_related = ["organiser"]
    date_hierarchy = "starts_at"
    search_fields = ["name", "theme", "hashtag", "place"]
    autocomplete_fields = ["organiser", "cover_photo"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "theme", "hashtag", "organiser"]}),
        (_("Waktu dan tempat"), {"fields": ["starts_at", "ends_at", "place", "online_url"]}),
        (_("Peserta"), {"fields": ["participant_count", "unit_count"]}),
        (None, {"fields": ["description", "cover_photo"]}),
    ]
