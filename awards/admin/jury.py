"""The jury's screens: who judges which categories, the shortlist, and the scores."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from awards import permissions
from awards.models import Edition, JurorScope, JuryScore, Nomination
from awards.models.jury import CRITERIA_BY_CATEGORY


def is_juror(request):
    """True for an account with a juror scope (asked once per request)."""
    if not hasattr(request, "_awards_is_juror"):
        request._awards_is_juror = permissions.is_juror(request.user)
    return request._awards_is_juror


@admin.register(Nomination)
class NominationAdmin(admin.ModelAdmin):
    list_display = ["unit", "category", "edition"]
    list_filter = ["edition", "category"]
    list_select_related = ["unit", "category", "edition"]
    search_fields = ["unit__name"]
    autocomplete_fields = ["unit"]

    def get_queryset(self, request):
        return permissions.visible_nominations(request.user, super().get_queryset(request))


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
        return permissions.visible_jury_scores(request.user, queryset, juror=is_juror(request))

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

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or permissions.may_change_score(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or permissions.may_change_score(request.user, obj))

    def save_model(self, request, obj, form, change):
        if not change:
            obj.juror = request.user
        super().save_model(request, obj, form, change)
