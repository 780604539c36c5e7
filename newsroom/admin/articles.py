"""The article admin: the lists, the form's fields and the per-article permissions.

The change form's workflow buttons, the history screens, the gallery inline and the stale-save
guard each live in their own module beside this one.
"""

from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion_compare.admin import CompareVersionAdmin

from newsroom import permissions
from newsroom.dates import waktu_wib
from newsroom.models import Article
from newsroom.pagination import LargeTablePaginator
from newsroom.preview import preview_url

from .article_assign import AssignmentAdminMixin, ReviewerFilter
from .article_calendar import CalendarAdminMixin
from .article_desk import LEAD_FIELDS, DeskAdminMixin
from .article_filters import MineFilter, RegionFilter, StatusFilter, UnitFilter
from .article_form import DeskFormMixin
from .article_history import ScopedHistoryAdminMixin
from .article_photos import ArticlePhotoInline
from .article_previews import PreviewLinksAdminMixin
from .article_revisions import TransitionRevisionMixin
from .article_transitions import TransitionAdminMixin
from .article_versions import StaleVersionFormMixin
from .corrections import CorrectionsAdminMixin
from .scoping import ScopedAdminMixin

S = Article.Status


class ArticleAdminForm(StaleVersionFormMixin, DeskFormMixin, forms.ModelForm):
    class Meta:
        model = Article
        # The admin narrows these to its fieldsets; the workflow fields are never form fields.
        fields = [
            "title", "slug", "kind", "unit", "reporter", "dateline", "summary", "body",
            "lead_photo", "event", "tags", "programme", "video_url", "source_name",
            "source_url", "expires_at", "is_featured",
        ]  # fmt: skip


@admin.register(Article)
class ArticleAdmin(
    AssignmentAdminMixin,
    PreviewLinksAdminMixin,
    TransitionAdminMixin,
    ScopedHistoryAdminMixin,
    CalendarAdminMixin,
    CorrectionsAdminMixin,
    TransitionRevisionMixin,
    DeskAdminMixin,
    ScopedAdminMixin,
    CompareVersionAdmin,
):
    form = ArticleAdminForm
    list_display = [
        "title", "status_label", "kind", "unit", "reviewer_label", "waiting_label", "published_at",
    ]  # fmt: skip
    list_select_related = ["unit"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["unit", "reporter", "lead_photo", "event"]
    inlines = [ArticlePhotoInline]
    show_full_result_count = False
    # No COUNT(*) over a million rows on every page: estimated beyond 10,000 (bench/README.md).
    paginator = LargeTablePaginator
    actions = ["take_selected", "publish_selected"]
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
        (_("Foto utama"), {"fields": LEAD_FIELDS}),
        (_("Konteks"), {"fields": ["event", "tags", "programme", "video_url"]}),
        (_("Liputan media"), {"fields": ["source_name", "source_url"]}),
        (
            _("Penerbitan"),
            {
                "fields": [
                    "status_label",
                    "submitted_at",
                    "published_at",
                    "expires_at",
                    "is_featured",
                    "loaded_version",
                ]
            },
        ),
    ]

    def reversion_register(self, model, **kwargs):
        if model is Article:
            # Restoring a revision must not bring back preview links that were ended.
            kwargs["exclude"] = ["preview_key"]
        super().reversion_register(model, **kwargs)

    # Lists

    def get_list_filter(self, request):
        filters = [StatusFilter, MineFilter, "kind"]
        if permissions.is_editor(request.user):
            filters.insert(1, ReviewerFilter)
        units = permissions.scoped_unit_ids(request.user)
        if units is None or len(units) > 1:
            filters += [RegionFilter, UnitFilter]
        return filters

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = getattr(request, "resolver_match", None)
        if match and match.url_name == "newsroom_article_changelist":
            # The list never shows the body, and a million bodies are most of the table.
            queryset = queryset.defer("body")
        return queryset

    def get_ordering(self, request):
        default = S.REVIEW if permissions.is_editor(request.user) else None
        if "o" not in request.GET and request.GET.get("status", default) == S.REVIEW:
            # The review queue: whoever has waited longest comes first.
            return ["submitted_at", "pk"]
        return ["-updated_at", "-pk"]

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj):
        if obj.is_expired:
            return format_html(
                '<span class="wf-status wf-expired">{} {}</span>',
                _("Berakhir"),
                waktu_wib(obj.expires_at),
            )
        if obj.is_scheduled:
            return format_html(
                '<span class="wf-status wf-scheduled">{} {}</span>',
                _("Terjadwal"),
                waktu_wib(obj.published_at),
            )
        return format_html(
            '<span class="wf-status wf-{}">{}</span>', obj.status, obj.get_status_display()
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not permissions.has_central_reach(request.user):
            # Bulk delete cannot check each article; others delete one at a time (or unpublish).
            actions.pop("delete_selected", None)
        return actions

    def has_publish_permission(self, request):
        return permissions.is_editor(request.user)

    @admin.action(description=_("Terbitkan artikel terpilih sekarang"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self.each_selected(
            request,
            queryset.select_related("unit"),
            lambda article: article.publish(by=request.user),
            _("%(count)d artikel terbit."),
        )

    # Objects

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return super().has_view_permission(request)
        return permissions.can_view(request.user, obj)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return permissions.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return super().has_delete_permission(request)
        return permissions.can_delete(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj)]
        fields += ["status_label", "submitted_at", "published_at"]
        if not permissions.can_feature(request.user, obj):
            fields.append("is_featured")
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def view_on_site(self, obj):
        # Only a live article has a public page; anything else opens the staff preview.
        return obj.get_absolute_url() if obj.is_live else preview_url(obj)
