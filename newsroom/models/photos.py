from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .uploads import photo_upload_to


class Photo(models.Model):
    """A news photo with its caption, credit and alt text; reusable across articles."""

    image = models.ImageField(
        _("berkas foto"),
        upload_to=photo_upload_to,
        width_field="width",
        height_field="height",
        max_length=200,
    )
    width = models.PositiveIntegerField(_("lebar"), null=True, editable=False)
    height = models.PositiveIntegerField(_("tinggi"), null=True, editable=False)
    caption = models.TextField(_("keterangan foto"), max_length=500, blank=True)
    credit = models.CharField(
        _("kredit"), max_length=150, blank=True, help_text=_("Misalnya: Dok. Humas Lapas Permisan.")
    )
    alt_text = models.CharField(
        _("teks alternatif"),
        max_length=250,
        blank=True,
        help_text=_("Gambaran isi foto untuk pembaca tunanetra. Wajib sebelum artikel terbit."),
    )
    taken_at = models.DateTimeField(_("waktu pengambilan"), null=True, blank=True)
    unit = models.ForeignKey(
        "upt.UPT",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="photos",
        verbose_name=_("UPT"),
        help_text=_("Kosongkan untuk foto kantor pusat."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("diunggah oleh"),
    )
    created_at = models.DateTimeField(_("diunggah"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("foto")
        verbose_name_plural = _("foto")

    def __str__(self):
        return self.caption[:80] or self.alt_text[:80] or self.image.name
