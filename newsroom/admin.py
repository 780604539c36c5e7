from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Article, ArticlePhoto, Event, Photo, Reporter


@admin.register(Reporter)
class ReporterAdmin(admin.ModelAdmin):
    list_display = ["display_name", "unit", "job_title", "user"]
    list_filter = ["unit__region"]
    list_select_related = ["unit", "user"]
    search_fields = ["display_name", "unit__name", "job_title"]
    autocomplete_fields = ["unit", "user"]
    prepopulated_fields = {"slug": ["display_name"]}


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


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["__str__", "unit", "credit", "created_at"]
    list_filter = ["unit__region"]
    list_select_related = ["unit"]
    search_fields = ["caption", "credit", "alt_text"]
    autocomplete_fields = ["unit"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


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
