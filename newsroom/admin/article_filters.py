"""The article change list's filters: status (editors start on the review queue), mine, unit, region."""

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from newsroom import permissions
from newsroom.models import Article
from upt.models import Region

S = Article.Status


class StatusFilter(admin.SimpleListFilter):
    """Status, plus "scheduled"; editors land on the review queue unless they choose otherwise."""

    title = _("status")
    parameter_name = "status"
    ALL = "semua"
    SCHEDULED = "terjadwal"

    def __init__(self, request, params, model, model_admin):
        self.default = S.REVIEW.value if permissions.is_editor(request.user) else None
        super().__init__(request, params, model, model_admin)

    def value(self):
        value = super().value()
        return self.default if value is None else value

    def lookups(self, request, model_admin):
        return [*S.choices, (self.SCHEDULED, _("Terjadwal"))]

    def choices(self, changelist):
        current = self.value()
        yield {
            "selected": current in (None, self.ALL),
            "query_string": changelist.get_query_string({self.parameter_name: self.ALL}),
            "display": _("Semua"),
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": current == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.SCHEDULED:
            return queryset.scheduled()
        if value in S.values:
            return queryset.filter(status=value)
        return queryset


class MineFilter(admin.SimpleListFilter):
    title = _("penulis")
    parameter_name = "milik"

    def lookups(self, request, model_admin):
        return [("saya", _("Tulisan saya"))]

    def queryset(self, request, queryset):
        if self.value() == "saya":
            return queryset.filter(Q(created_by=request.user) | Q(reporter__user=request.user))
        return queryset


class UnitFilter(admin.SimpleListFilter):
    """The units of the user's scope (a long list only for central staff)."""

    title = _("UPT")
    parameter_name = "upt"

    def lookups(self, request, model_admin):
        return [
            (str(u.pk), u.short_name)
            for u in permissions.scoped_units(request.user).only("pk", "short_name")
        ]

    def queryset(self, request, queryset):
        return queryset.filter(unit_id=self.value()) if self.value() else queryset


class RegionFilter(admin.SimpleListFilter):
    title = _("wilayah")
    parameter_name = "wilayah"

    def lookups(self, request, model_admin):
        regions = Region.objects.filter(units__in=permissions.scoped_units(request.user))
        return [(str(r.pk), r.name) for r in regions.distinct().only("pk", "name")]

    def queryset(self, request, queryset):
        return queryset.filter(unit__region_id=self.value()) if self.value() else queryset
