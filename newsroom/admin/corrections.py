"""Correction notes ("Ralat", "Pembaruan") on the article's change form, for editors in scope."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from newsroom import permissions
from newsroom.dates import waktu_wib
from newsroom.models import Correction


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["kind", "note", "noted"]
    readonly_fields = ["noted"]
    verbose_name = _("ralat atau pembaruan")
    verbose_name_plural = _("Ralat dan pembaruan (tampil untuk pembaca)")

    @admin.display(description=_("waktu"))
    def noted(self, obj):
        return waktu_wib(obj.noted_at) if obj.pk else _("saat disimpan")

    def has_view_permission(self, request, obj=None):
        return obj is not None and permissions.can_view(request.user, obj)

    def has_add_permission(self, request, obj=None):
        return obj is not None and permissions.can_correct(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return obj is not None and permissions.can_correct(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return obj is not None and permissions.can_correct(request.user, obj)


class CorrectionsAdminMixin:
    """Adds the correction notes to a published article's form and records who wrote each."""

    def get_inlines(self, request, obj):
        inlines = list(super().get_inlines(request, obj))
        # Not in `inlines`: django-reversion would then follow the notes, and restoring an
        # older revision would delete the corrections readers were told about since.
        if obj is not None and obj.status == obj.Status.PUBLISHED:
            inlines.append(CorrectionInline)
        return inlines

    def save_formset(self, request, form, formset, change):
        if formset.model is not Correction:
            return super().save_formset(request, form, formset, change)
        for note in formset.save(commit=False):
            if note.pk is None:
                note.created_by = request.user
            note.save()
        for note in formset.deleted_objects:
            note.delete()
        return None

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj)]
        if not permissions.can_set_expiry(request.user, obj):
            fields.append("expires_at")
        return fields
