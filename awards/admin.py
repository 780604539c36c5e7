from django.contrib import admin

from .models import Category, Edition


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "order"]
    readonly_fields = ["code"]

    def has_add_permission(self, request):
        # The four categories are fixed by a data migration; their codes drive the rankings.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["name", "year", "period_start", "period_end", "status"]
    list_filter = ["status"]
    search_fields = ["name"]
    autocomplete_fields = ["ceremony_event"]
