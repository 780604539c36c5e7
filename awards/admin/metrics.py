"""Monthly social-media figures: kept per unit, and imported from a CSV file by central admins."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from awards import permissions
from awards.metrics_import import import_social_metrics
from awards.models import SocialMetric
from newsroom.permissions import scoped_units
from upt.models import SocialAccount

from .scoping import ScopedAdmin


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Berkas CSV"),
        help_text=_("Kolom: platform,akun,bulan,pengikut,unggahan,interaksi (bulan TTTT-BB)."),
    )


@admin.register(SocialMetric)
class SocialMetricAdmin(ScopedAdmin):
    list_display = ["account", "unit", "month", "followers", "posts", "engagement"]
    list_filter = ["account__platform", "month"]
    list_select_related = ["account__unit"]
    search_fields = ["account__handle", "account__unit__name"]
    date_hierarchy = "month"
    fields = ["account", "month", "followers", "posts", "engagement"]

    @admin.display(description=_("UPT"), ordering="account__unit__name")
    def unit(self, obj):
        return obj.account.unit

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "account":
            kwargs["queryset"] = SocialAccount.objects.filter(
                unit__in=scoped_units(request.user), is_active=True
            ).select_related("unit")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def changelist_view(self, request, extra_context=None):
        may_import = permissions.may_import_metrics(request.user)
        extra_context = {**(extra_context or {}), "may_import": may_import}
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        return [
            path(
                "impor/",
                self.admin_site.admin_view(self.import_view),
                name="awards_socialmetric_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not permissions.may_import_metrics(request.user):
            raise PermissionDenied
        report = None
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            report = import_social_metrics(data=form.cleaned_data["file"].read())
            if report.ok:
                self.message_user(
                    request,
                    _("Impor selesai: %(created)s angka baru, %(updated)s diperbarui.")
                    % {"created": report.created, "updated": report.updated},
                    messages.SUCCESS,
                )
                return redirect("admin:awards_socialmetric_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Impor angka bulanan media sosial"),
            "form": form,
            "report": report,
        }
        return TemplateResponse(request, "admin/awards/socialmetric/import.html", context)
