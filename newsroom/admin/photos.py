from django.contrib import admin

from newsroom.models import Photo

from .scoping import ScopedAdminMixin


@admin.register(Photo)
class PhotoAdmin(ScopedAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "unit", "credit", "created_at"]
    list_filter = ["unit__region"]
    list_select_related = ["unit"]
    search_fields = ["caption", "credit", "alt_text"]
    autocomplete_fields = ["unit"]
    show_full_result_count = False

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
