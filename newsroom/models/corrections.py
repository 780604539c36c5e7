"""Correction notes: what an editor says changed in a published article, and when."""

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Correction(models.Model):
    """A dated note on a published article: a correction of an error, or an update of its facts.

    Every note counts as a substantive change: the article then shows "Diperbarui" with the
    newest note's time (kept on the article as `revised_at`, so lists and feeds read it without
    a query per article).
    """

    class Kind(models.TextChoices):
        RALAT = "ralat", _("Ralat")
        PEMBARUAN = "pembaruan", _("Pembaruan")

    article = models.ForeignKey(
        "newsroom.Article",
        on_delete=models.CASCADE,
        related_name="corrections",
        verbose_name=_("artikel"),
    )
    kind = models.CharField(_("jenis"), max_length=20, choices=Kind.choices, default=Kind.RALAT)
    note = models.TextField(
        _("catatan"),
        max_length=1000,
        help_text=_("Untuk pembaca: apa yang salah atau berubah, dan apa yang benar sekarang."),
    )
    noted_at = models.DateTimeField(_("waktu"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("dicatat oleh"),
    )

    class Meta:
        ordering = ["noted_at", "id"]
        verbose_name = _("ralat atau pembaruan")
        verbose_name_plural = _("ralat dan pembaruan")
        indexes = [models.Index(fields=["article", "noted_at"], name="correction_article_idx")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.note[:60]}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.sync_revised_at(self.article_id)

    def delete(self, *args, **kwargs):
        article_id = self.article_id
        result = super().delete(*args, **kwargs)
        self.sync_revised_at(article_id)
        return result

    @staticmethod
    def sync_revised_at(article_id):
        """Set the article's `revised_at` to its newest note's time (None without notes)."""
        newest = Correction.objects.filter(article_id=article_id).aggregate(at=Max("noted_at"))
        # update(): the article's own save would move updated_at and the form's version token.
        article_model = Correction._meta.get_field("article").related_model
        article_model.objects.filter(pk=article_id).update(revised_at=newest["at"])
