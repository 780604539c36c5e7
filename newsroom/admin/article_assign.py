"""Review assignments in the article admin: "Saya tangani", take over, give back.

The rules are the article's methods (take_review, release_review) and the permissions module;
this mixin adds the queue's columns and filter, the list action, and the change form's buttons
(posted to their own URL, so that taking an article never saves or discards the form's text).
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from newsroom import permissions
from newsroom.dates import waktu_wib
from newsroom.models import Article, WorkflowError

S = Article.Status


def person(user):
    return (user.get_full_name() or user.username) if user else _("redaktur lain")


def review_moves(user, article):
    """The assignment buttons this user has on this article: (name, label) pairs."""
    if article.status != S.REVIEW or not permissions.may_take_review(user, article):
        return []
    if article.reviewer_id is None:
        return [("take", _("Saya tangani"))]
    if article.reviewer_id == user.pk:
        return [("release", _("Lepaskan"))]
    return [("take_over", _("Ambil alih"))]


def waited(article, now=None):
    """How long a submitted article has waited in the queue, in words ("2 jam, 5 menit")."""
    return timesince(article.submitted_at, now or timezone.now()) if article.submitted_at else ""


class ReviewerFilter(admin.SimpleListFilter):
    title = gettext_lazy("ditangani")
    parameter_name = "ditangani"

    def lookups(self, request, model_admin):
        return [("saya", _("Saya tangani")), ("belum", _("Belum ditangani"))]

    def queryset(self, request, queryset):
        if self.value() == "saya":
            return queryset.filter(status=S.REVIEW, reviewer=request.user)
        if self.value() == "belum":
            return queryset.filter(status=S.REVIEW, reviewer__isnull=True)
        return queryset


class AssignmentAdminMixin:
    """The review queue's "who has it, how long has it waited", and taking an article."""

    def get_urls(self):
        review = path(
            "<path:object_id>/tangani/",
            self.admin_site.admin_view(require_POST(self.review_view)),
            name="newsroom_article_review",
        )
        return [review, *super().get_urls()]

    def get_list_select_related(self, request):
        return [*super().get_list_select_related(request), "reviewer"]

    @admin.display(description=gettext_lazy("ditangani"))
    def reviewer_label(self, obj):
        if obj.status != S.REVIEW:
            return "–"
        if obj.reviewer_id is None:
            return _("Belum ditangani")
        return _("%(who)s, sejak %(when)s") % {
            "who": person(obj.reviewer),
            "when": waktu_wib(obj.review_taken_at),
        }

    @admin.display(description=gettext_lazy("menunggu"), ordering="submitted_at")
    def waiting_label(self, obj):
        return waited(obj) if obj.status == S.REVIEW else "–"

    def has_take_permission(self, request):
        return permissions.is_editor(request.user)

    @admin.action(description=gettext_lazy("Saya tangani artikel terpilih"), permissions=["take"])
    def take_selected(self, request, queryset):
        self.each_selected(
            request,
            queryset,
            lambda article: article.take_review(by=request.user),
            _("%(count)d artikel kini Anda tangani."),
        )

    def each_selected(self, request, queryset, act, done):
        """Apply a list action to each article; report the count done and each refusal."""
        count, refused = 0, []
        for article in queryset:
            try:
                act(article)
            except WorkflowError as refusal:
                refused.append(f"\u201c{article.title}\u201d: {refusal}")
            else:
                count += 1
        if count:
            self.message_user(request, done % {"count": count}, messages.SUCCESS)
        for line in refused:
            self.message_user(request, _("Dilewati %(why)s") % {"why": line}, messages.WARNING)

    def review_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        move = request.POST.get("_review")
        try:
            if move in ("take", "take_over"):
                previous = article.reviewer if article.reviewer_id else None
                article.take_review(by=request.user, take_over=move == "take_over")
                done = _("Artikel ini kini Anda tangani; redaktur lain melihatnya di antrean.")
                if move == "take_over" and previous and previous.pk != request.user.pk:
                    done = _("Anda mengambil alih tinjauan dari %(who)s.") % {
                        "who": person(previous)
                    }
            elif move == "release":
                article.release_review(by=request.user)
                done = _("Artikel dilepas; redaktur lain dapat menanganinya.")
            else:
                raise WorkflowError(_("Langkah penugasan tidak dikenal."))
        except WorkflowError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(request, done, messages.SUCCESS)
        return redirect(reverse("admin:newsroom_article_change", args=[article.pk]))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["review_moves"] = review_moves(request.user, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)
