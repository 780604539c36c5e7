from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.validators import HttpURLField, hashtag_validator

ENDS_BEFORE_START = _("Waktu selesai tidak boleh lebih awal dari waktu mulai.")


class EventQuerySet(models.QuerySet):
    def upcoming(self, now):
        """Events that have not ended yet, soonest first."""
        return self.filter(ends_at__gte=now).order_by("starts_at")

    def past(self, now):
        """Events that have ended, latest first."""
        return self.filter(ends_at__lt=now).order_by("-starts_at")


class Event(models.Model):
    """A happening (kegiatan) that articles cover: a meeting, a ceremony, a visit."""

    name = models.CharField(_("nama kegiatan"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    theme = models.CharField(_("tema"), max_length=250, blank=True)
    hashtag = models.CharField(
        _("tagar"), max_length=80, blank=True, validators=[hashtag_validator]
    )
    starts_at = models.DateTimeField(_("mulai"))
    ends_at = models.DateTimeField(_("selesai"))
    place = models.CharField(_("tempat"), max_length=250, blank=True)
    online_url = HttpURLField(_("tautan daring"), blank=True)
    organiser = models.ForeignKey(
        "upt.UPT",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("penyelenggara"),
        help_text=_("Kosongkan bila penyelenggaranya kantor pusat Ditjenpas."),
    )
    participant_count = models.PositiveIntegerField(_("jumlah peserta"), null=True, blank=True)
    unit_count = models.PositiveIntegerField(_("jumlah UPT peserta"), null=True, blank=True)
    description = models.TextField(_("uraian"), blank=True)
    cover_photo = models.ForeignKey(
        "newsroom.Photo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("foto sampul"),
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("kegiatan")
        verbose_name_plural = _("kegiatan")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=ENDS_BEFORE_START,
            )
        ]
        indexes = [models.Index(fields=["ends_at"], name="event_ends_at_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("event-detail", kwargs={"slug": self.slug})

    @property
    def organiser_name(self):
        """The organiser's name, the central office when no unit is set."""
        return self.organiser.name if self.organiser_id else _("Ditjen Pemasyarakatan")

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": ENDS_BEFORE_START})
