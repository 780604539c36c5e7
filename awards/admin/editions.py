"""Editions: their stages and history, the live standings (page and CSV), and the categories."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from awards import permissions
from awards.charts import bar_chart
from awards.display import lines
from awards.export import standings_csv
from awards.models import AwardsError, Category, Edition, EditionTransition, Result
from awards.results import announce_results
from awards.standings import compute_standings


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


class EditionTransitionInline(admin.TabularInline):
    """The edition's history of stages, read-only: it is written only by the stage moves."""

    model = EditionTransition
    extra = 0
    fields = ["created_at", "actor", "from_status", "to_status", "note"]
    readonly_fields = fields
    verbose_name_plural = _("riwayat tahap")

    def get_queryset(self, request):
        return super().get_queryset(request).timeline()

    def has_view_permission(self, request, obj=None):
        # The history belongs to the edition: whoever may see the edition sees how it moved.
        user = request.user
        return user.has_perm("awards.view_edition") or user.has_perm("awards.change_edition")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
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
    inlines = [ResultInline, EditionTransitionInline]

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
        standings = permissions.visible_standings(
            request.user, edition=edition, standings=compute_standings(edition=edition)
        )
        return edition, standings

    def standings_view(self, request, pk):
        edition, standings = self._standings(request, pk)
        central = permissions.sees_every_unit(request.user)
        blocks = [
            {
                "category": block.category,
                "lines": lines(block),
                "chart": bar_chart(block) if central else None,
            }
            for block in standings
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Klasemen %(edition)s") % {"edition": edition.name},
            "edition": edition,
            "blocks": blocks,
            "is_central": central,
            "may_announce": permissions.may_steer_editions(request.user),
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
        if not permissions.may_steer_editions(request.user):
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
