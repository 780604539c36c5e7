from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WorkflowError(Exception):
    """A transition the article's state or the acting user does not allow; the message is for people."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


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
        from .articles import Article

        return Article.Status(value).label if value in Article.Status.values else value

    @property
    def from_label(self):
        """The human name of the state the article left."""
        return self._label(self.from_status)

    @property
    def to_label(self):
        """The human name of the state the article entered."""
        return self._label(self.to_status)
