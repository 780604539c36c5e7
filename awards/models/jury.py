"""The jury: who judges which categories, the shortlist, and the scores per criterion."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .editions import Category, Edition


class Criterion(models.TextChoices):
    CONTENT = "konten", _("Kualitas konten")
    CONSISTENCY = "konsistensi", _("Konsistensi unggahan")
    INTERACTION = "interaksi", _("Interaksi dengan warganet")
    SPEED = "kecepatan", _("Kecepatan pernyataan resmi")
    ACCURACY = "ketepatan", _("Ketepatan dan kejelasan informasi")
    FOLLOW_UP = "koordinasi", _("Koordinasi dan tindak lanjut")


CRITERIA_BY_CATEGORY = {
    Category.Code.SOCIAL_MEDIA: [Criterion.CONTENT, Criterion.CONSISTENCY, Criterion.INTERACTION],
    Category.Code.CRISIS: [Criterion.SPEED, Criterion.ACCURACY, Criterion.FOLLOW_UP],
}


class JurorScope(models.Model):
    """The categories a juror judges; a juror without one judges nothing."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="juror_scope",
        verbose_name=_("juri"),
    )
    categories = models.ManyToManyField(
        Category,
        related_name="juror_scopes",
        verbose_name=_("kategori yang dinilai"),
        limit_choices_to={"code__in": list(CRITERIA_BY_CATEGORY)},
    )

    class Meta:
        verbose_name = _("cakupan juri")
        verbose_name_plural = _("cakupan juri")

    def __str__(self):
        return str(self.user.get_full_name() or self.user)


class NominationQuerySet(models.QuerySet):
    def for_juror(self, user):
        """Nominations of the categories the juror judges."""
        return self.filter(category__juror_scopes__user=user)


class Nomination(models.Model):
    """A unit shortlisted for a jury-ranked category of an edition."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="nominations", verbose_name=_("edisi")
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        related_name="nominations",
        verbose_name=_("kategori"),
        limit_choices_to={"code__in": list(CRITERIA_BY_CATEGORY)},
    )
    unit = models.ForeignKey(
        "upt.UPT", on_delete=models.CASCADE, related_name="award_nominations", verbose_name=_("UPT")
    )

    objects = NominationQuerySet.as_manager()

    class Meta:
        ordering = ["edition", "category__order", "unit__name"]
        verbose_name = _("nominasi")
        verbose_name_plural = _("nominasi")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "category", "unit"],
                name="nomination_unique_unit",
                violation_error_message=_("UPT ini sudah masuk nominasi kategori tersebut."),
            )
        ]

    def __str__(self):
        return f"{self.unit} · {self.category} · {self.edition.year}"


class JuryScore(models.Model):
    """One juror's score (0 to 100) of one nominated unit on one criterion, with a note."""

    nomination = models.ForeignKey(
        Nomination, on_delete=models.CASCADE, related_name="scores", verbose_name=_("nominasi")
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="jury_scores",
        verbose_name=_("juri"),
    )
    criterion = models.CharField(_("kriteria"), max_length=20, choices=Criterion.choices)
    score = models.PositiveSmallIntegerField(_("nilai"), help_text=_("0 sampai 100."))
    note = models.TextField(_("catatan"), blank=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    class Meta:
        ordering = ["nomination", "criterion"]
        verbose_name = _("nilai juri")
        verbose_name_plural = _("nilai juri")
        constraints = [
            models.UniqueConstraint(
                fields=["nomination", "juror", "criterion"],
                name="jury_score_one_per_criterion",
                violation_error_message=_("Anda sudah memberi nilai untuk kriteria ini."),
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0, score__lte=100),
                name="jury_score_between_0_and_100",
                violation_error_message=_("Nilai harus antara 0 dan 100."),
            ),
        ]

    def __str__(self):
        return f"{self.nomination.unit} · {self.get_criterion_display()}: {self.score}"

    def clean(self):
        if self.nomination_id and self.criterion:
            allowed = CRITERIA_BY_CATEGORY.get(self.nomination.category.code, [])
            if self.criterion not in allowed:
                raise ValidationError(
                    {"criterion": _("Kriteria ini bukan kriteria kategori nominasi tersebut.")}
                )
