from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class StaffScope(models.Model):
    """Where a staff account may act: one unit, one region, or every unit (central office).

    An account with no scope sees nothing in the newsroom; the role (officer, editor, juror)
    comes from the account's group, the reach from here.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_scope",
        verbose_name=_("akun"),
    )
    unit = models.ForeignKey(
        "upt.UPT",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff_scopes",
        verbose_name=_("UPT"),
        help_text=_("Untuk petugas Humas UPT."),
    )
    region = models.ForeignKey(
        "upt.Region",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff_scopes",
        verbose_name=_("wilayah"),
        help_text=_("Untuk redaktur wilayah."),
    )
    is_central = models.BooleanField(
        _("seluruh UPT"), default=False, help_text=_("Untuk redaktur pusat dan admin.")
    )

    class Meta:
        verbose_name = _("cakupan kerja")
        verbose_name_plural = _("cakupan kerja")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(unit__isnull=False, region__isnull=True, is_central=False)
                    | Q(unit__isnull=True, region__isnull=False, is_central=False)
                    | Q(unit__isnull=True, region__isnull=True, is_central=True)
                ),
                name="staff_scope_exactly_one_reach",
                violation_error_message=_(
                    "Pilih tepat satu cakupan: satu UPT, satu wilayah, atau seluruh UPT."
                ),
            )
        ]

    def __str__(self):
        if self.is_central:
            return str(_("Seluruh UPT"))
        return str(self.unit or self.region)

    def clean(self):
        reaches = [self.unit_id is not None, self.region_id is not None, self.is_central]
        if sum(reaches) != 1:
            raise ValidationError(
                _("Pilih tepat satu cakupan: satu UPT, satu wilayah, atau seluruh UPT.")
            )
