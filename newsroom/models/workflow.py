"""The editorial workflow: states, the transition table, the one move, its history and checks."""

from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.dates import waktu_wib
from newsroom.permissions import (
    EDITOR_ACTIONS,
    may_override_guard,
    may_take_review,
    may_transition,
)
from newsroom.signals import transition_recorded

from . import guard, readiness
from .previews import new_preview_key

SLUG_TAKEN = _(
    "Slug ini sudah dipakai artikel lain yang terbit pada tanggal yang sama. Ubah slugnya."
)


class WorkflowError(Exception):
    """A transition the article's state or the acting user does not allow; the message is for people."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draf")
    REVIEW = "review", _("Menunggu tinjauan")
    RETURNED = "returned", _("Dikembalikan")
    PUBLISHED = "published", _("Terbit")
    UNPUBLISHED = "unpublished", _("Ditarik")


S = ArticleStatus


class Transition(NamedTuple):
    sources: frozenset
    target: str
    label: str
    # Completes "Anda tidak berwenang ..." and "Tidak dapat ...".
    verb: str


# The states in which an article is its author's to work on.
AUTHOR_EDITABLE = frozenset({S.DRAFT, S.RETURNED, S.UNPUBLISHED})

TRANSITIONS = {
    "submit": Transition(
        AUTHOR_EDITABLE,
        S.REVIEW,
        _("Ajukan untuk ditinjau"),
        _("mengajukan artikel ini untuk ditinjau"),
    ),
    "withdraw": Transition(
        frozenset({S.REVIEW}),
        S.DRAFT,
        _("Batalkan pengajuan"),
        _("membatalkan pengajuan artikel ini"),
    ),
    "return_to_author": Transition(
        frozenset({S.REVIEW}),
        S.RETURNED,
        _("Kembalikan ke penulis"),
        _("mengembalikan artikel ini ke penulis"),
    ),
    "publish": Transition(
        frozenset({S.REVIEW}), S.PUBLISHED, _("Terbitkan"), _("menerbitkan artikel ini")
    ),
    "unpublish": Transition(
        frozenset({S.PUBLISHED}),
        S.UNPUBLISHED,
        _("Tarik dari situs"),
        _("menarik artikel ini dari situs"),
    ),
}


def taken_by(reviewer_id, since):
    """What another editor is told of an article someone has taken: who, since when."""
    who = get_user_model().objects.filter(pk=reviewer_id).first()
    return _("Artikel ini sedang ditangani %(who)s sejak %(when)s.") % {
        "who": (who.get_full_name() or who.username) if who else _("redaktur lain"),
        "when": waktu_wib(since),
    }


class ArticleTransitionQuerySet(models.QuerySet):
    def timeline(self):
        """Transitions oldest first with the acting user, as the admin timeline shows them."""
        return self.select_related("actor").order_by("created_at", "id")


class ArticleTransition(models.Model):
    """One move of an article through the workflow: who, when, from which state to which, and why."""

    article = models.ForeignKey(
        "newsroom.Article",
        on_delete=models.CASCADE,
        related_name="transitions",
        verbose_name=_("artikel"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("oleh"),
    )
    created_at = models.DateTimeField(_("waktu"), default=timezone.now)
    from_status = models.CharField(_("dari status"), max_length=20)
    to_status = models.CharField(_("ke status"), max_length=20)
    note = models.TextField(_("catatan"), blank=True)

    objects = ArticleTransitionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("riwayat alur kerja")
        verbose_name_plural = _("riwayat alur kerja")
        indexes = [models.Index(fields=["article", "created_at"], name="transition_article_idx")]

    def __str__(self):
        return f"{self.article_id}: {self.from_status} -> {self.to_status}"

    def _label(self, value):
        return S(value).label if value in S.values else value

    @property
    def from_label(self):
        """The human name of the state the article left."""
        return self._label(self.from_status)

    @property
    def to_label(self):
        """The human name of the state the article entered."""
        return self._label(self.to_status)


class ArticleWorkflow(models.Model):
    """The article's transitions, as methods of the article (`article.submit(by=user)`).

    Each checks the acting user and the current state, changes nothing when it refuses
    (WorkflowError), and otherwise saves its fields and its history row atomically. The
    article model supplies the fields (status, published_at, ...) and its slug rule.
    """

    AUTHOR_EDITABLE = AUTHOR_EDITABLE
    TRANSITIONS = TRANSITIONS

    class Meta:
        abstract = True

    def submit(self, *, by, guard_override=""):
        """Send the article to the editors' review queue (held by the content guard, see publish)."""
        self._move(
            "submit",
            by=by,
            changes={"submitted_at": timezone.now()},
            check=self._submission_problems,
            guard_override=guard_override,
        )

    def withdraw(self, *, by):
        """Take a submitted article back to draft before an editor acts on it."""
        self._move("withdraw", by=by)

    def return_to_author(self, *, by, note):
        """Send the article back to its author with the editor's note (required)."""
        note = (note or "").strip()
        if not note:
            raise WorkflowError(_("Tulis catatan untuk penulis: apa yang perlu diperbaiki."))
        self._move("return_to_author", by=by, note=note)

    def publish(self, *, by, at=None, guard_override=""):
        """Publish now, or at `at` (public from that instant without any scheduler).

        The content guard refuses an article matching today's spam list, naming term and field;
        a user with the guard permission passes it with `guard_override`, a reason that goes
        into the history with the findings.
        """
        now = timezone.now()
        if at is None:
            # A republished correction keeps its first publication time, and so its address.
            at = self.published_at if self.published_at and self.published_at <= now else now
        if timezone.is_naive(at):
            at = timezone.make_aware(at)
        self._move(
            "publish",
            by=by,
            changes={"published_at": at},
            check=self._publication_problems,
            guard_override=guard_override,
        )

    def unpublish(self, *, by, reason):
        """Take a published (or scheduled) article off the site, with the reason (required)."""
        reason = (reason or "").strip()
        if not reason:
            raise WorkflowError(_("Tulis alasan penarikan artikel dari situs."))
        # Its signed preview links end with it (newsroom/models/previews.py).
        self._move("unpublish", by=by, note=reason, changes={"preview_key": new_preview_key()})

    def take_review(self, *, by, take_over=False):
        """Take the article from the review queue, so other editors leave its review to `by`.

        Refused (WorkflowError) when another editor has it, unless `take_over` is given.
        """
        if not may_take_review(by, self):
            raise WorkflowError(_("Anda tidak berwenang menangani tinjauan artikel ini."))
        now = timezone.now()
        rows = type(self)._default_manager.filter(pk=self.pk, status=S.REVIEW).exclude(reviewer=by)
        if not take_over:
            rows = rows.filter(reviewer__isnull=True)
        # One conditional UPDATE: of two editors pressing at once, one takes it.
        if rows.update(reviewer=by, review_taken_at=now):
            self.reviewer, self.review_taken_at = by, now
            return
        self._refresh_review()
        if self.status != S.REVIEW:
            raise WorkflowError(
                _("Hanya artikel yang menunggu tinjauan yang dapat ditangani; statusnya sekarang "
                  "\u201c%(status)s\u201d.") % {"status": S(self.status).label}
            )  # fmt: skip
        if self.reviewer_id != by.pk:
            raise WorkflowError(taken_by(self.reviewer_id, self.review_taken_at))

    def release_review(self, *, by):
        """Give the article back to the review queue (only its reviewer does)."""
        rows = type(self)._default_manager.filter(pk=self.pk, reviewer=by)
        if not rows.update(reviewer=None, review_taken_at=None):
            self._refresh_review()
            raise WorkflowError(_("Artikel ini tidak sedang Anda tangani."))
        self.reviewer, self.review_taken_at = None, None

    def _refresh_review(self):
        self.refresh_from_db(fields=["status", "reviewer", "review_taken_at"])

    def _move(self, name, *, by, note="", changes=None, check=None, guard_override=None):
        transition = self.TRANSITIONS[name]
        if not may_transition(by, self, name):
            raise WorkflowError(_("Anda tidak berwenang %(verb)s.") % {"verb": transition.verb})
        changes = {"status": transition.target, "updated_by": by, **(changes or {})}
        if S.REVIEW in transition.sources:
            # Leaving review releases it: the next time it is submitted, it is anyone's again.
            changes.update(reviewer=None, review_taken_at=None)
        with transaction.atomic():
            # The stored state, locked: two editors pressing "publish" at once make one move.
            current = type(self)._default_manager.select_for_update()
            current, holder, since = current.values_list(
                "status", "reviewer_id", "review_taken_at"
            ).get(pk=self.pk)
            if current not in transition.sources:
                raise WorkflowError(
                    _("Tidak dapat %(verb)s: statusnya sekarang \u201c%(status)s\u201d.")
                    % {"verb": transition.verb, "status": S(current).label}
                )
            if name in EDITOR_ACTIONS and holder not in (None, by.pk):
                raise WorkflowError(
                    _("%(taken)s Pilih \u201cAmbil alih\u201d dulu bila Anda yang akan "
                      "%(verb)s.") % {"taken": taken_by(holder, since), "verb": transition.verb}
                )  # fmt: skip
            previous = {field: getattr(self, field) for field in changes}
            for field, value in changes.items():
                setattr(self, field, value)
            try:
                problems = check() if check else []
                if problems:
                    raise WorkflowError(" ".join(str(p) for p in problems))
                if guard_override is not None:
                    note = "\n\n".join(filter(None, [note, self._guard_note(by, guard_override)]))
                self.save(update_fields=[*changes, "updated_at"])
                record = ArticleTransition.objects.create(
                    article=self,
                    actor=by,
                    from_status=current,
                    to_status=transition.target,
                    note=note,
                )
                transition_recorded.send(sender=type(self), record=record)
            except Exception:
                for field, value in previous.items():
                    setattr(self, field, value)
                self._sync_publication_date()
                raise
        return record

    def _guard_note(self, by, reason):
        """"" when the content guard finds nothing; the history note when `by` overrides it.

        Raises WorkflowError naming each term and field otherwise.
        """
        findings = guard.article_findings(self)
        if not findings:
            return ""
        found = guard.describe(findings)
        reason = (reason or "").strip()
        if not may_override_guard(by):
            raise WorkflowError(
                _(
                    "Penjaga konten menahan artikel ini: %(found)s. Hapus istilah atau tautan itu; "
                    "bila ini berita yang sah, minta redaktur yang berwenang meneruskannya."
                )
                % {"found": found}
            )
        if not reason:
            raise WorkflowError(
                _(
                    "Penjaga konten menahan artikel ini: %(found)s. Untuk tetap meneruskannya, "
                    "tulis alasannya."
                )
                % {"found": found}
            )
        return _("Penjaga konten dilewati (temuan: %(found)s). Alasan: %(reason)s") % {
            "found": found,
            "reason": reason,
        }

    def _submission_problems(self):
        """What an editor would refuse in this article as it stands (empty when nothing)."""
        return readiness.problems(self)

    def _publication_problems(self):
        """Why this article cannot be published as it stands (empty when it can)."""
        self._sync_publication_date()
        problems = [SLUG_TAKEN] if self.slug_taken() else []
        if self.expires_at and self.published_at and self.expires_at <= self.published_at:
            problems.append(
                _(
                    "Waktu terbit jatuh sesudah waktu berakhir artikel; "
                    "ubah atau kosongkan waktu berakhirnya."
                )
            )
        return problems + self._submission_problems()
