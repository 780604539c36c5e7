from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .uploads import reporter_upload_to


class Reporter(models.Model):
    """A byline: a unit's Humas officer or a central-office writer, optionally tied to an account."""

    display_name = models.CharField(_("nama tampilan"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    unit = models.ForeignKey(
        "upt.UPT",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reporters",
        verbose_name=_("UPT"),
        help_text=_("Kosongkan untuk penulis kantor pusat Ditjenpas."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reporter",
        verbose_name=_("akun pengguna"),
    )
    job_title = models.CharField(_("jabatan"), max_length=150, blank=True)
    photo = models.ImageField(_("foto"), upload_to=reporter_upload_to, blank=True)
    bio = models.TextField(_("biografi singkat"), max_length=600, blank=True)

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("penulis")
        verbose_name_plural = _("penulis")

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("reporter-detail", kwargs={"slug": self.slug})
