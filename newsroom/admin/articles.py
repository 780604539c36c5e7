from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from newsroom.models import Article, ArticlePhoto


class ArticlePhotoInline(admin.TabularInline):
    model = ArticlePhoto
    extra = 0
    autocomplete_fields = ["photo"]
    fields = ["photo", "order", "caption"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "unit", "status", "published_at"]
    list_filter = ["status", "kind", "unit__region"]
    list_select_related = ["unit"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["unit", "reporter", "lead_photo", "event"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ArticlePhotoInline]
    show_full_result_count = False
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "kind",
                    "unit",
                    "reporter",
                    "dateline",
                    "summary",
                    "body",
                ]
            },
        ),
        (_("Foto"), {"fields": ["lead_photo"]}),
        (_("Konteks"), {"fields": ["event", "tags", "programme", "video_url"]}),
        (_("Liputan media"), {"fields": ["source_name", "source_url"]}),
        (_("Penerbitan"), {"fields": ["status", "published_at", "is_featured"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
