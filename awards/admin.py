"""The awards admin: editions with live standings, figures kept per unit, and the jury."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from newsroom.permissions import has_central_reach, scoped_units
from upt.models import SocialAccount

from .charts import bar_chart
from .models import (
    AwardsError,
    Category,
    CrisisCase,
    Edition,
    JurorScope,
    JuryScore,
    Nomination,
    Result,
    SocialMetric,
)
from .models.jury import CRITERIA_BY_CATEGORY
from .services import announce_results, compute_standings, import_social_metrics, standings_csv


def is_juror(request):
    """True for an account with a juror scope (asked once per request)."""
    if not hasattr(request, "_awards_is_juror"):
        request._awards_is_juror = JurorScope.objects.filter(user_id=request.user.pk).exists()
    return request._awards_is_juror


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "order"]
    readonly_fields = ["code"]

    def has_add_permission(self, request):
        # The four categories are fixed by a data migration; their codes drive the rankings.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ResultInline(admin.TabularInline):
    model = Result
    extra = 0
    fields = ["category", "rank", "unit", "figure", "jury_score", "citation"]
    readonly_fields = ["category", "rank", "unit", "figure", "jury_score"]
    ordering = ["category__order", "rank"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("category", "unit")

    def has_add_permission(self, request, obj=None):
        # Results come only from the announce step; only their citation may be polished after.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["name", "year", "period_start", "period_end", "status", "standings_link"]
    list_filter = ["status"]
    search_fields = ["name"]
    autocomplete_fields = ["ceremony_event"]
    readonly_fields = ["status", "announced_at"]
    inlines = [ResultInline]

    @admin.display(description=_("klasemen"))
    def standings_link(self, obj):
        url = reverse("admin:awards_edition_standings", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Lihat klasemen"))

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/klasemen/",
                wrap(self.standings_view),
                name="awards_edition_standings",
            ),
            path(
                "<int:pk>/klasemen.csv",
                wrap(self.standings_csv_view),
                name="awards_edition_standings_csv",
            ),
            path(
                "<int:pk>/mulai-penjurian/",
                wrap(require_POST(self.start_judging_view)),
                name="awards_edition_start_judging",
            ),
            path(
                "<int:pk>/umumkan/",
                wrap(require_POST(self.announce_view)),
                name="awards_edition_announce",
            ),
            *super().get_urls(),
        ]

    def _standings(self, request, pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        edition = get_object_or_404(Edition, pk=pk)
        standings = compute_standings(edition=edition)
        if not has_central_reach(request.user):
            # Ranks are computed over every unit; a unit's staff then see only their own lines.
            allowed = set(scoped_units(request.user).values_list("pk", flat=True))
            for block in standings:
                block.rows = [row for row in block.rows if row.unit.pk in allowed]
                if edition.status != Edition.Status.ANNOUNCED:
                    # Jurors do not see one another's scores while judging; nor do the units.
                    for row in block.rows:
                        row.jury_score = None
        return edition, standings

    def standings_view(self, request, pk):
        edition, standings = self._standings(request, pk)
        central = has_central_reach(request.user)
        blocks = [
            {"standings": block, "chart": bar_chart(block.rows) if central else None}
            for block in standings
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Klasemen %(edition)s") % {"edition": edition.name},
            "edition": edition,
            "blocks": blocks,
            "is_central": central,
            "may_announce": request.user.has_perm("awards.announce_edition"),
        }
        return TemplateResponse(request, "admin/awards/edition/standings.html", context)

    def standings_csv_view(self, request, pk):
        edition, standings = self._standings(request, pk)
        response = HttpResponse(
            standings_csv(standings=standings), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="klasemen-penghargaan-{edition.year}.csv"'
        )
        return response

    def _transition(self, request, pk, move, done):
        edition = get_object_or_404(Edition, pk=pk)
        if not request.user.has_perm("awards.announce_edition"):
            raise PermissionDenied
        try:
            move(edition)
        except AwardsError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, done, messages.SUCCESS)
        return redirect("admin:awards_edition_standings", pk=pk)

    def start_judging_view(self, request, pk):
        return self._transition(
            request,
            pk,
            lambda edition: edition.start_judging(by=request.user),
            _("Penjurian dibuka. Juri kini dapat memberi nilai."),
        )

    def announce_view(self, request, pk):
        return self._transition(
            request,
            pk,
            lambda edition: announce_results(edition=edition, by=request.user),
            _("Hasil diumumkan dan dibekukan; halaman publik kini menampilkannya."),
        )


def _unit_choices(request):
    return scoped_units(request.user).select_related("region")


class ScopedAdmin(admin.ModelAdmin):
    """Rows and choices limited to the units within the user's scope."""

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)


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

    def may_import(self, request):
        """Imports are for admins reaching every unit."""
        return has_central_reach(request.user) and self.has_add_permission(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_import": self.may_import(request)}
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
        if not self.may_import(request):
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


@admin.register(CrisisCase)
class CrisisCaseAdmin(ScopedAdmin):
    list_display = ["title", "unit", "known_at", "first_statement_at", "response_time_display"]
    list_filter = ["unit__region"]
    list_select_related = ["unit"]
    search_fields = ["title", "unit__name"]
    date_hierarchy = "known_at"
    fields = [
        "unit",
        "title",
        "description",
        "known_at",
        "first_statement_at",
        "first_statement_channel",
        "statement_links",
        "response_time_display",
    ]
    readonly_fields = ["response_time_display"]

    @admin.display(description=_("waktu tanggap"))
    def response_time_display(self, obj):
        from .services import format_minutes

        if obj.pk is None:
            return "–"
        return format_minutes(obj.response_minutes)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit":
            kwargs["queryset"] = _unit_choices(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Nomination)
class NominationAdmin(admin.ModelAdmin):
    list_display = ["unit", "category", "edition"]
    list_filter = ["edition", "category"]
    list_select_related = ["unit", "category", "edition"]
    search_fields = ["unit__name"]
    autocomplete_fields = ["unit"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if has_central_reach(request.user):
            return queryset
        return queryset.for_juror(request.user)


@admin.register(JurorScope)
class JurorScopeAdmin(admin.ModelAdmin):
    list_display = ["user", "category_list"]
    autocomplete_fields = ["user"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user").prefetch_related("categories")

    @admin.display(description=_("kategori"))
    def category_list(self, obj):
        return ", ".join(category.name for category in obj.categories.all())

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "categories":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class JuryScoreForm(forms.ModelForm):
    class Meta:
        model = JuryScore
        fields = ["nomination", "criterion", "score", "note"]

    def __init__(self, *args, juror=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.juror = juror if self.instance.pk is None else self.instance.juror
        self.fields["score"].widget.attrs.update({"min": 0, "max": 100})
        if "nomination" in self.fields:
            self.fields["nomination"].queryset = (
                Nomination.objects.for_juror(self.juror)
                .filter(edition__status=Edition.Status.JUDGING)
                .select_related("unit", "category", "edition")
            )

    def clean_score(self):
        score = self.cleaned_data["score"]
        if score is not None and score > 100:
            raise ValidationError(_("Nilai harus antara 0 dan 100."))
        return score

    def clean(self):
        cleaned = super().clean()
        nomination, criterion = cleaned.get("nomination"), cleaned.get("criterion")
        if nomination and criterion:
            if criterion not in CRITERIA_BY_CATEGORY.get(nomination.category.code, []):
                self.add_error("criterion", _("Kriteria ini bukan kriteria kategori tersebut."))
            taken = JuryScore.objects.filter(
                nomination=nomination, juror=self.juror, criterion=criterion
            ).exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error(
                    "criterion", _("Anda sudah memberi nilai untuk kriteria ini; ubah nilai itu.")
                )
        return cleaned


@admin.register(JuryScore)
class JuryScoreAdmin(admin.ModelAdmin):
    form = JuryScoreForm
    list_display = ["unit", "category", "criterion", "score", "juror", "edition"]
    list_filter = ["nomination__edition", "nomination__category", "criterion"]
    list_select_related = [
        "nomination__unit",
        "nomination__category",
        "nomination__edition",
        "juror",
    ]
    search_fields = ["nomination__unit__name"]

    @admin.display(description=_("UPT"), ordering="nomination__unit__name")
    def unit(self, obj):
        return obj.nomination.unit

    @admin.display(description=_("kategori"))
    def category(self, obj):
        return obj.nomination.category

    @admin.display(description=_("edisi"))
    def edition(self, obj):
        return obj.nomination.edition.year

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related(*self.list_select_related)
        user = request.user
        if is_juror(request):
            # Before judging closes a juror sees only their own scores; afterwards the panel's.
            return queryset.filter(
                Q(juror=user)
                | Q(
                    nomination__edition__status=Edition.Status.ANNOUNCED,
                    nomination__category__juror_scopes__user=user,
                )
            ).distinct()
        if has_central_reach(user):
            return queryset
        return queryset.none()

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        juror = request.user

        class BoundJuryScoreForm(form):
            def __init__(self, *args, **inner):
                super().__init__(*args, juror=juror, **inner)

        return BoundJuryScoreForm

    def get_readonly_fields(self, request, obj=None):
        return ["nomination"] if obj is not None else []

    def has_add_permission(self, request):
        return super().has_add_permission(request) and is_juror(request)

    def _may_edit(self, request, obj):
        # Scores change only by their own juror, and only while judging is open.
        return obj.juror_id == request.user.pk and obj.nomination.edition.is_judging

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or self._may_edit(request, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or self._may_edit(request, obj))

    def save_model(self, request, obj, form, change):
        if not change:
            obj.juror = request.user
        super().save_model(request, obj, form, change)
