"""Revisions that say what changed: the words ("Isi berita berubah") or the state ("Status berubah").

A workflow button on the change form saves the form first, then makes the move. When the form
held no change and the move is refused, nothing happened: the save is rolled back and no
revision is recorded. A move that goes through is a revision of its own saying which.
"""

import reversion
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from newsroom.models import Article


class NothingHappened(Exception):
    """A refused move from an unchanged form: undo the save, record no revision."""

    def __init__(self, article):
        super().__init__(article.pk)
        self.article = article


def status_change(before, after):
    """The revision comment of a move between two states."""
    return _("Status berubah: %(before)s \u2192 %(after)s.") % {
        "before": Article.Status(before).label,
        "after": Article.Status(after).label,
    }


class TransitionRevisionMixin:
    """Workflow buttons of the article admin recorded as honest revisions."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Outside django-reversion's revision block and the admin's transaction, so both unwind.
        try:
            return super().change_view(request, object_id, form_url, extra_context)
        except NothingHappened as refused:
            return redirect(self._change_url(refused.article))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        request.article_edited = form.has_changed() or any(f.has_changed() for f in formsets)

    def after_form_transition(self, request, article, done):
        """Undo the form's save when it changed nothing and the move was refused."""
        if not done and not getattr(request, "article_edited", True):
            raise NothingHappened(article)

    def note_status_change(self, request, before, after):
        """Name the move in the revision being recorded, after the words' change if any."""
        if not reversion.is_active():
            return
        words = reversion.get_comment() if getattr(request, "article_edited", False) else ""
        reversion.set_comment(" ".join(filter(None, [words, status_change(before, after)])))
