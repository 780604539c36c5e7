"""WordPress import in the newsroom admin: upload, read the dry-run report, confirm.

The uploaded export waits between the steps in a private temporary file (never under
MEDIA_ROOT), named only in the server-side session.
"""

import os
import tempfile
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from newsroom.models import ImportedItem, LegacyRedirect
from newsroom.permissions import scoped_units
from newsroom.wordpress.parser import ExportRefused
from newsroom.wordpress.service import import_wordpress

SESSION_KEY = "wordpress_import"
TEMP_PREFIX = "wxr-"
# A preview nobody confirmed or cancelled is dropped after this long.
STALE_AFTER_SECONDS = 24 * 60 * 60


def may_import(user):
    """Importing rewrites many records at once: superusers, or accounts given the permission."""
    return user.is_active and (user.is_superuser or user.has_perm("newsroom.add_importeditem"))


class WordPressImportForm(forms.Form):
    export = forms.FileField(
        label=_("Berkas ekspor WordPress"),
        help_text=_("Berkas .xml dari Alat > Ekspor di WordPress (WXR 1.1 atau 1.2)."),
    )
    unit = forms.ModelChoiceField(queryset=None, label=_("UPT"))
    uploads = forms.CharField(
        label=_("Folder unggahan di server"),
        required=False,
        help_text=_(
            "Salinan folder wp-content/uploads di server, relatif terhadap folder impor yang "
            "diatur admin sistem. Kosongkan untuk mengimpor tanpa foto."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = scoped_units(user)

    def clean_uploads(self):
        value = self.cleaned_data["uploads"].strip()
        if not value:
            return None
        root = getattr(settings, "WORDPRESS_UPLOADS_ROOT", None)
        if not root:
            raise forms.ValidationError(
                _("Folder impor di server belum diatur (WORDPRESS_UPLOADS_ROOT).")
            )
        root = Path(root).resolve()
        folder = (root / value).resolve()
        if not folder.is_relative_to(root) or not folder.is_dir():
            raise forms.ValidationError(_("Folder ini tidak ada di dalam folder impor server."))
        return str(folder)


def _temp_dir() -> Path:
    return Path(settings.FILE_UPLOAD_TEMP_DIR or tempfile.gettempdir())


def _sweep_stale():
    cutoff = time.time() - STALE_AFTER_SECONDS
    for stale in _temp_dir().glob(f"{TEMP_PREFIX}*.xml"):
        if stale.stat().st_mtime < cutoff:
            stale.unlink(missing_ok=True)


def _store_upload(uploaded) -> str:
    _sweep_stale()
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".xml", dir=_temp_dir())
    with os.fdopen(handle, "wb") as out:
        for chunk in uploaded.chunks():
            out.write(chunk)
    return name


def _discard(pending):
    if pending:
        Path(pending["path"]).unlink(missing_ok=True)


@admin.register(ImportedItem)
class ImportedItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "unit", "article", "photo", "imported_at"]
    list_filter = ["kind", "unit__region"]
    list_select_related = ["unit", "article", "photo"]
    search_fields = ["guid", "old_url"]
    change_list_template = "admin/newsroom/import/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path(
                "wordpress/",
                self.admin_site.admin_view(self.import_view),
                name="newsroom_importeditem_wordpress",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_import": may_import(request.user)}
        return super().changelist_view(request, extra_context)

    def import_view(self, request):
        if not may_import(request.user):
            raise PermissionDenied
        pending = request.session.get(SESSION_KEY)
        if request.method == "POST" and "confirm" in request.POST:
            return self._confirm(request, pending)
        if request.method == "POST" and "cancel" in request.POST:
            _discard(pending)
            request.session.pop(SESSION_KEY, None)
            return redirect("admin:newsroom_importeditem_wordpress")
        form = WordPressImportForm(request.POST or None, request.FILES or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            _discard(pending)
            request.session.pop(SESSION_KEY, None)
            stored = _store_upload(form.cleaned_data["export"])
            unit, uploads = form.cleaned_data["unit"], form.cleaned_data["uploads"]
            try:
                report = import_wordpress(path=stored, unit=unit, uploads_dir=uploads, dry_run=True)
            except ExportRefused as exc:
                Path(stored).unlink(missing_ok=True)
                form.add_error(None, str(exc))
            else:
                request.session[SESSION_KEY] = {
                    "path": stored,
                    "unit": unit.pk,
                    "uploads": uploads,
                    "name": form.cleaned_data["export"].name,
                }
                return self._render(request, "report.html", report=report, unit=unit, preview=True)
        return self._render(request, "form.html", form=form)

    def _confirm(self, request, pending):
        if not pending or not Path(pending["path"]).is_file():
            messages.error(request, _("Unggah ulang berkas ekspor: pratinjau sudah kedaluwarsa."))
            return redirect("admin:newsroom_importeditem_wordpress")
        unit = scoped_units(request.user).filter(pk=pending["unit"]).first()
        if unit is None:
            raise PermissionDenied
        try:
            report = import_wordpress(
                path=pending["path"], unit=unit, uploads_dir=pending["uploads"], dry_run=False
            )
        except ExportRefused as exc:
            messages.error(request, str(exc))
            return redirect("admin:newsroom_importeditem_wordpress")
        finally:
            _discard(pending)
            request.session.pop(SESSION_KEY, None)
        messages.success(request, _("Impor selesai."))
        return self._render(request, "report.html", report=report, unit=unit, preview=False)

    def _render(self, request, template, **context):
        return TemplateResponse(
            request,
            f"admin/newsroom/import/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Impor dari WordPress"),
                "changelist_url": reverse("admin:newsroom_importeditem_changelist"),
                **context,
            },
        )


@admin.register(LegacyRedirect)
class LegacyRedirectAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "created_at"]
    list_select_related = ["article"]
    search_fields = ["old_path", "article__title"]
    raw_id_fields = ["article"]
