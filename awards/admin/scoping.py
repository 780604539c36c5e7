"""Admin screens whose rows and choices are limited to the units within the user's scope."""

from django.contrib import admin

from newsroom.permissions import scoped_units


def unit_choices(request):
    """The units a form of this user may offer."""
    return scoped_units(request.user).select_related("region")


class ScopedAdmin(admin.ModelAdmin):
    """Rows limited to the units within the user's scope."""

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)
