"""The workflow buttons of the article's change form: submit, withdraw, return, publish, unpublish.

The form is saved first when it is editable; the move itself is the model's method, and its
refusal (a `WorkflowError`) is shown to the user as it reads.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom import permissions
from newsroom.dates import waktu_wib
from newsroom.models import Article, ArticleTransition, WorkflowError, guard
from newsroom.preview import preview_url

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


class TransitionAdminMixin:
    """The change form's workflow buttons, the moves allowed to this user and the timeline."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            user = request.user
            findings, links = guard.review(obj)
            context.update(
                transitions=[
                    (name, Article.TRANSITIONS[name].label)
                    for name in permissions.allowed_transitions(user, obj)
                ],
                timeline=ArticleTransition.objects.filter(article=obj).timeline(),
                preview_url=preview_url(obj),
                now_local=timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                guard_findings=findings,
                outbound_links=links,
                may_override_guard=permissions.may_override_guard(user),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

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
        override = request.POST.get("_guard_reason", "")
        before = article.status
        try:
            if name == "publish":
                at = self._publish_at(request)
                article.publish(by=user, at=at, guard_override=override)
            elif name == "return_to_author":
                article.return_to_author(by=user, note=note)
            elif name == "unpublish":
                article.unpublish(by=user, reason=note)
            elif name == "submit":
                article.submit(by=user, guard_override=override)
            elif name == "withdraw":
                article.withdraw(by=user)
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
