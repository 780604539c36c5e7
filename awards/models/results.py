"""Announced results: frozen rows, so later data changes never alter what was announced."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .editions import Category, Edition

PODIUM_SIZE = 3


class ResultQuerySet(models.QuerySet):
    def public(self):
        """Results of announced editions, with what a results list shows."""
        return self.filter(edition__status=Edition.Status.ANNOUNCED).select_related(
            "edition", "category", "unit"
        )

    def winners(self):
        """First places only."""
        return self.filter(rank=1)


class Result(models.Model):
    """A unit's place (1 = winner, then runners-up) in a category of an announced edition."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="results", verbose_name=_("edisi")
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="results", verbose_name=_("kategori")
    )
    unit = models.ForeignKey(
        "upt.UPT", on_delete=models.PROTECT, related_name="award_results", verbose_name=_("UPT")
    )
    rank = models.PositiveSmallIntegerField(_("peringkat"))
    figure = models.CharField(
        _("angka"), max_length=200, help_text=_("Angka yang menentukan peringkat, saat diumumkan.")
    )
    jury_score = models.DecimalField(
        _("rata-rata nilai juri"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    citation = models.TextField(_("kutipan penghargaan"), blank=True)

    objects = ResultQuerySet.as_manager()

    class Meta:
        ordering = ["edition", "category__order", "rank"]
        verbose_name = _("hasil penghargaan")
        verbose_name_plural = _("hasil penghargaan")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "category"],
                condition=Q(rank=1),
                name="award_result_one_winner_per_category",
                violation_error_message=_("Satu kategori hanya punya satu pemenang per edisi."),
            ),
            models.UniqueConstraint(
                fields=["edition", "category", "unit"], name="award_result_unit_once_per_category"
            ),
            models.CheckConstraint(condition=Q(rank__gte=1), name="award_result_rank_positive"),
        ]

    def __str__(self):
        return f"{self.category} {self.edition.year}: {self.rank}. {self.unit}"

    @property
    def is_winner(self):
        """True for the first place."""
        return self.rank == 1

    @property
    def place_label(self):
        """ "Pemenang", "Juara 2", ... as the public pages say it."""
        if self.rank == 1:
            return _("Pemenang")
        return _("Juara %(rank)s") % {"rank": self.rank}
