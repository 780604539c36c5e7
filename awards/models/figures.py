"""The figures behind categories 3 and 4: monthly social-media figures and crisis cases."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from newsroom.permissions import scoped_units


class ScopedQuerySet(models.QuerySet):
    unit_path = "unit"

    def visible_to(self, user):
        """Rows of the units within the user's scope; nothing for an account without one."""
        return self.filter(**{f"{self.unit_path}__in": scoped_units(user)})


class SocialMetricQuerySet(ScopedQuerySet):
    unit_path = "account__unit"

    def in_period(self, edition):
        """Figures of the months the edition's period touches."""
        first, last = edition.period_months
        return self.filter(month__gte=first, month__lte=last)


class SocialMetric(models.Model):
    """One month of one official account: followers at month end, posts and total engagement."""

    account = models.ForeignKey(
        "upt.SocialAccount",
        on_delete=models.CASCADE,
        related_name="monthly_metrics",
        verbose_name=_("akun"),
    )
    month = models.DateField(
        _("bulan"), help_text=_("Tanggal berapa pun; disimpan sebagai tanggal 1.")
    )
    followers = models.PositiveIntegerField(_("pengikut"))
    posts = models.PositiveIntegerField(_("unggahan"))
    engagement = models.PositiveIntegerField(
        _("total interaksi"), help_text=_("Suka, komentar dan bagikan selama bulan itu.")
    )
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    objects = SocialMetricQuerySet.as_manager()

    class Meta:
        ordering = ["account", "-month"]
        verbose_name = _("angka bulanan media sosial")
        verbose_name_plural = _("angka bulanan media sosial")
        constraints = [
            models.UniqueConstraint(
                fields=["account", "month"],
                name="social_metric_one_per_account_month",
                violation_error_message=_("Angka akun ini untuk bulan itu sudah ada."),
            ),
            models.CheckConstraint(
                condition=Q(followers__gte=0) & Q(posts__gte=0) & Q(engagement__gte=0),
                name="social_metric_not_negative",
                violation_error_message=_("Angka tidak boleh negatif."),
            ),
        ]

    def __str__(self):
        return f"{self.account} {self.month:%m/%Y}"

    def save(self, *args, **kwargs):
        self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)

    def clean(self):
        if self.month:
            self.month = self.month.replace(day=1)


def validate_statement_links(value):
    """Each non-empty line must be an http(s) address."""
    check = URLValidator(schemes=["http", "https"])
    for number, line in enumerate(value.splitlines(), start=1):
        if line.strip():
            try:
                check(line.strip())
            except ValidationError:
                raise ValidationError(
                    _("Baris %(number)s bukan alamat web yang sah."), params={"number": number}
                ) from None


class CrisisCaseQuerySet(ScopedQuerySet):
    def in_period(self, edition):
        """Cases that became known within the edition's period (WIB)."""
        start, end = edition.period_bounds
        return self.filter(known_at__gte=start, known_at__lt=end)


class CrisisCase(models.Model):
    """A crisis at a unit and how fast its first official statement came out."""

    unit = models.ForeignKey(
        "upt.UPT", on_delete=models.CASCADE, related_name="crisis_cases", verbose_name=_("UPT")
    )
    title = models.CharField(_("kejadian"), max_length=200)
    description = models.TextField(_("uraian"), blank=True)
    known_at = models.DateTimeField(_("diketahui pada"))
    first_statement_at = models.DateTimeField(_("pernyataan resmi pertama pada"))
    first_statement_channel = models.CharField(
        _("tempat pernyataan pertama"),
        max_length=150,
        help_text=_("Misalnya: Instagram @lapaspermisan, situs Ditjenpas, konferensi pers."),
    )
    statement_links = models.TextField(
        _("tautan pernyataan resmi"),
        blank=True,
        validators=[validate_statement_links],
        help_text=_("Satu alamat per baris."),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    objects = CrisisCaseQuerySet.as_manager()

    class Meta:
        ordering = ["-known_at"]
        verbose_name = _("kasus krisis")
        verbose_name_plural = _("kasus krisis")
        constraints = [
            models.CheckConstraint(
                condition=Q(first_statement_at__gte=F("known_at")),
                name="crisis_statement_after_known",
                violation_error_message=_(
                    "Pernyataan resmi tidak mungkin keluar sebelum kejadian diketahui."
                ),
            )
        ]

    def __str__(self):
        return self.title

    @property
    def response_time(self):
        """Time from the crisis becoming known to the first official statement."""
        return self.first_statement_at - self.known_at

    @property
    def response_minutes(self):
        """The response time in whole minutes."""
        return int(self.response_time.total_seconds() // 60)

    @property
    def links(self):
        """The statement links as a list."""
        return [line.strip() for line in self.statement_links.splitlines() if line.strip()]
