"""The Humas award categories and their yearly editions."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Category(models.Model):
    """One of the four Humas award categories; created by a data migration, keyed by a stable code."""

    class Code(models.TextChoices):
        APA_KABAR = "apa-kabar", _("Kontributor Program Apa Kabar Pemasyarakatan Teraktif")
        WEBSITE = "website", _("Kontributor Berita pada Website Ditjenpas Teraktif")
        SOCIAL_MEDIA = "media-sosial", _("Pengelolaan Media Sosial Terbaik")
        CRISIS = "komunikasi-krisis", _("Manajemen Komunikasi Krisis Terbaik")

    code = models.CharField(_("kode"), max_length=30, choices=Code.choices, unique=True)
    name = models.CharField(_("nama"), max_length=200)
    description = models.TextField(_("uraian"), blank=True)
    order = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("kategori penghargaan")
        verbose_name_plural = _("kategori penghargaan")

    def __str__(self):
        return self.name


class Edition(models.Model):
    """A yearly round of the awards, counting what units did within its period."""

    class Status(models.TextChoices):
        OPEN = "open", _("Berjalan")
        JUDGING = "judging", _("Penjurian")
        ANNOUNCED = "announced", _("Diumumkan")

    year = models.PositiveSmallIntegerField(_("tahun"), unique=True)
    name = models.CharField(_("nama"), max_length=200)
    period_start = models.DateField(_("awal periode"))
    period_end = models.DateField(_("akhir periode"))
    ceremony_event = models.ForeignKey(
        "newsroom.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="award_editions",
        verbose_name=_("acara penyerahan"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("edisi penghargaan")
        verbose_name_plural = _("edisi penghargaan")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="edition_period_ends_after_start",
                violation_error_message=_("Akhir periode tidak boleh sebelum awal periode."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("awards-edition", kwargs={"year": self.year})
