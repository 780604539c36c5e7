from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import UPT, Region, SocialAccount


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "office_name", "unit_count"]
    search_fields = ["name", "code", "office_name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_unit_count=Count("units"))

    @admin.display(description=_("jumlah UPT"), ordering="_unit_count")
    def unit_count(self, obj):
        return obj._unit_count


class SocialAccountInline(admin.TabularInline):
    model = SocialAccount
    extra = 0


@admin.register(UPT)
class UPTAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "unit_class", "region", "city", "is_active"]
    list_filter = ["type", "unit_class", "is_active", "region"]
    list_select_related = ["region"]
    search_fields = ["name", "short_name", "city"]
    autocomplete_fields = ["region"]
    prepopulated_fields = {"slug": ["short_name"]}
    inlines = [SocialAccountInline]
    fieldsets = [
        (
            None,
            {"fields": ["name", "short_name", "slug", "type", "unit_class", "region", "is_active"]},
        ),
        (_("Kontak"), {"fields": ["address", "city", "phone", "email", "website"]}),
        (_("Pimpinan"), {"fields": ["head_title", "head_name"]}),
    ]


@admin.register(SocialAccount)
class SocialAccountAdmin(admin.ModelAdmin):
    list_display = ["handle", "platform", "unit", "is_active"]
    list_filter = ["platform", "is_active"]
    list_select_related = ["unit"]
    search_fields = ["handle", "unit__name"]
    autocomplete_fields = ["unit"]
