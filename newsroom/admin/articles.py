from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin

from newsroom import permissions
from newsroom.dates import waktu_wib
from newsroom.models import Article, ArticlePhoto, ArticleTransition, WorkflowError
from newsroom.pagination import LargeTablePaginator
from newsroom.preview import preview_url, signed_preview_url

from .article_calendar import CalendarAdminMixin
from .article_desk import LEAD_FIELDS, DeskAdminMixin
from .article_filters import MineFilter, RegionFilter, StatusFilter, UnitFilter
from .article_form import DeskFormMixin
from .article_revisions import TransitionRevisionMixin
from .corrections import CorrectionsAdminMixin
from .photos import photo_thumbnail
from .scoping import ScopedAdminMixin, ScopedFormFieldsMixin

S = Article.Status


def version_token(article):
    """What the form remembers of the version it was opened on: its last save time."""
    return article.updated_at.isoformat() if article.updated_at else ""


class ArticleAdminForm(DeskFormMixin, forms.ModelForm):
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        # The admin narrows these to its fieldsets; the workflow fields are never form fields.
        fields = [
            "title", "slug", "kind", "unit", "reporter", "dateline", "summary", "body",
            "lead_photo", "event", "tags", "programme", "video_url", "source_name",
            "source_url", "expires_at", "is_featured",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = version_token(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self._refuse_overwrite(cleaned.get("loaded_version", ""))
        return cleaned

    def _refuse_overwrite(self, loaded):
        """Refuse a save based on a version someone else has saved over since it was opened."""
        # Locked until this save commits, so no third save slips in between check and write.
        current = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values("updated_at", "updated_by")
            .first()
        )
        # A post without the token (a script, an old page, a client that drops hidden fields)
        # cannot show it saw the latest version: it is refused like a stale one.
        if current is None:
            return
        token = current["updated_at"].isoformat()
        if loaded == token:
            return
        who = get_user_model().objects.filter(pk=current["updated_by"]).first()
        # Saving again is then a deliberate choice: the form now carries the newer version.
        self.data = self.data.copy()
        self.data[self.add_prefix("loaded_version")] = token
        raise ValidationError(
            _(
                "Artikel ini sudah disimpan oleh %(who)s pada %(when)s, setelah Anda membukanya. "
                "Perubahan Anda belum disimpan dan masih ada di formulir ini. Bandingkan dengan "
                "versi terbaru di riwayat artikel, lalu tekan Simpan lagi bila tetap ingin "
                "menimpanya."
            )
            % {
                "who": (who.get_full_name() or who.username) if who else _("pengguna lain"),
                "when": waktu_wib(current["updated_at"]),
            },
            code="stale",
        )


class ArticlePhotoInline(ScopedFormFieldsMixin, admin.TabularInline):
    model = ArticlePhoto
    extra = 0
    autocomplete_fields = ["photo"]
    fields = ["preview", "photo", "order", "caption"]
    readonly_fields = ["preview"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("photo")

    @admin.display(description=_("Pratinjau"))
    def preview(self, obj):
        return photo_thumbnail(obj.photo) if obj.pk else "–"

    # The gallery is part of the article: it is editable exactly when the article is.
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and (
            obj is None or permissions.can_edit(request.user, obj)
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (
            obj is None or permissions.can_edit(request.user, obj)
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (
            obj is None or permissions.can_edit(request.user, obj)
        )


PUBLISH_AT = forms.DateTimeField(
    input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %H:%M"], required=False
)

DONE = {
    "submit": _("Artikel diajukan untuk ditinjau."),
    "withdraw": _("Pengajuan dibatalkan; artikel kembali menjadi draf."),
    "return_to_author": _("Artikel dikembalikan ke penulis dengan catatan Anda."),
    "publish": _("Artikel terbit."),
    "unpublish": _("Artikel ditarik dari situs."),
}


@admin.register(Article)
class ArticleAdmin(
    CalendarAdminMixin,
    CorrectionsAdminMixin,
    TransitionRevisionMixin,
    DeskAdminMixin,
    ScopedAdminMixin,
    CompareVersionAdmin,
):
    form = ArticleAdminForm
    list_display = ["title", "status_label", "kind", "unit", "submitted_at", "published_at"]
    list_select_related = ["unit"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["unit", "reporter", "lead_photo", "event"]
    inlines = [ArticlePhotoInline]
    show_full_result_count = False
    # No COUNT(*) over a million rows on every page: estimated beyond 10,000 (bench/README.md).
    paginator = LargeTablePaginator
    actions = ["publish_selected"]
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

    # Lists

    def get_list_filter(self, request):
        filters = [StatusFilter, MineFilter, "kind"]
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
        published, skipped = 0, []
        for article in queryset.select_related("unit"):
            try:
                article.publish(by=request.user)
            except WorkflowError as refusal:
                skipped.append(f"\u201c{article.title}\u201d: {refusal}")
            else:
                published += 1
        if published:
            self.message_user(
                request, _("%(count)d artikel terbit.") % {"count": published}, messages.SUCCESS
            )
        for line in skipped:
            self.message_user(request, _("Dilewati %(why)s") % {"why": line}, messages.WARNING)

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

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            user = request.user
            context.update(
                transitions=[
                    (name, Article.TRANSITIONS[name].label)
                    for name in permissions.allowed_transitions(user, obj)
                ],
                timeline=ArticleTransition.objects.filter(article=obj).timeline(),
                preview_url=preview_url(obj),
                signed_preview_url=(
                    signed_preview_url(obj, request) if permissions.is_editor(user) else None
                ),
                now_local=timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Transitions: buttons of the change form, with the form saved first when it is editable.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and "_transition" in request.POST:
            article = self.get_object(request, unquote(object_id))
            if not self.has_change_permission(request, article):
                if not self.has_view_permission(request, article):
                    raise PermissionDenied
                # Within the change view's revision: recorded only when the move goes through.
                self._apply_transition(request, article)
                return redirect(self._change_url(article))
        return super().changeform_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        if "_transition" in request.POST:
            self.after_form_transition(request, obj, self._apply_transition(request, obj))
            return redirect(self._change_url(obj))
        return super().response_change(request, obj)

    def _change_url(self, article):
        return reverse("admin:newsroom_article_change", args=[article.pk])

    def _apply_transition(self, request, article):
        name = request.POST.get("_transition")
        user = request.user
        note = request.POST.get("_transition_note", "")
        before = article.status
        try:
            if name == "publish":
                at = self._publish_at(request)
                article.publish(by=user, at=at)
            elif name == "return_to_author":
                article.return_to_author(by=user, note=note)
            elif name == "unpublish":
                article.unpublish(by=user, reason=note)
            elif name in ("submit", "withdraw"):
                getattr(article, name)(by=user)
            else:
                raise WorkflowError(_("Langkah alur kerja tidak dikenal."))
        except WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return False
        self.note_status_change(request, before, article.status)
        if name == "publish" and article.is_scheduled:
            done = _("Artikel dijadwalkan terbit %(when)s.") % {
                "when": waktu_wib(article.published_at)
            }
        else:
            done = DONE[name]
        self.message_user(request, done, messages.SUCCESS)
        return True

    def _publish_at(self, request):
        try:
            at = PUBLISH_AT.clean(request.POST.get("_publish_at", "").strip())
        except ValidationError as error:
            raise WorkflowError(
                _("Waktu terbit tidak dikenali; isi tanggal dan jam, misalnya 25/09/2024 22:29.")
            ) from error
        return at

    def view_on_site(self, obj):
        # Only a live article has a public page; anything else opens the staff preview.
        return obj.get_absolute_url() if obj.is_live else preview_url(obj)

    # Revisions (django-reversion): the same scope, and a restore never changes the workflow state.

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return super().compare_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        if request.method == "POST" and not self.has_change_permission(request, article):
            raise PermissionDenied
        # django-reversion looks the version up by id and object id alone, whatever its model: a
        # gallery row's version with the same object id would restore another unit's revision.
        if not Version.objects.get_for_object(article).filter(pk=version_id).exists():
            raise Http404(_("Versi ini bukan milik artikel ini."))
        with transaction.atomic():
            response = super().revision_view(request, object_id, version_id, extra_context)
            if request.method == "POST" and response.status_code == 302:
                # Restoring brings back words and pictures; the state moves only by transitions.
                Article.objects.filter(pk=article.pk).update(
                    status=article.status,
                    published_at=article.published_at,
                    publication_date=article.publication_date,
                    submitted_at=article.submitted_at,
                )
        return response

    def recoverlist_view(self, request, extra_context=None):
        # Deleted articles carry no unit to scope them by any more: central staff only.
        if not permissions.has_central_reach(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not permissions.has_central_reach(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)
