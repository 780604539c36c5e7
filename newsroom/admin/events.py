from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from newsroom.models import Event
from newsroom.permissions import has_central_reach, scoped_units

from .scoping import ScopedAdminMixin


@admin.register(Event)
class EventAdmin(ScopedAdminMixin, admin.ModelAdmin):
    list_display = ["name", "starts_at", "ends_at", "place", "organiser"]
    list_filter = ["starts_at"]
    list_select_related = ["organiser"]
    date_hierarchy = "starts_at"
    search_fields = ["name", "theme", "hashtag", "place"]
    autocomplete_fields = ["organiser", "cover_photo"]
    prepopulated_fields = {"slug": ["name"]}
    show_full_result_count = False
    scope_field = "organiser"
    fieldsets = [
        (None, {"fields": ["name", "slug", "theme", "hashtag", "organiser"]}),
        (_("Waktu dan tempat"), {"fields": ["starts_at", "ends_at", "place", "online_url"]}),
        (_("Peserta"), {"fields": ["participant_count", "unit_count"]}),
        (None, {"fields": ["description", "cover_photo"]}),
    ]

    def scope_filter(self, user):
        # National events are listed for everyone (units pick them as the event they covered)
        # but only central staff change them.
        return Q(organiser__isnull=True) | Q(organiser__in=scoped_units(user))

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.organiser_id is None and not has_central_reach(request.user):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.organiser_id is None and not has_central_reach(request.user):
            return False
        return super().has_delete_permission(request, obj)
