"""Regions (Kanwil) and field units (UPT) of the corrections service."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.validators import HttpURLField


class Region(models.Model):
    """A province and its regional office (Kanwil); every unit belongs to one."""

    name = models.CharField(_("provinsi"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    code = models.CharField(
        _("kode"), max_length=10, unique=True, help_text=_("Kode provinsi BPS, misalnya 33.")
    )
    office_name = models.CharField(
        _("nama kantor wilayah"),
        max_length=200,
        blank=True,
        help_text=_("Misalnya: Kantor Wilayah Ditjenpas Jawa Tengah."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("region-detail", kwargs={"slug": self.slug})


class UnitType(models.TextChoices):
    LAPAS = "lapas", _("Lapas")
    LAPAS_NARKOTIKA = "lapas-narkotika", _("Lapas Narkotika")
    LAPAS_PEREMPUAN = "lapas-perempuan", _("Lapas Perempuan")
    LAPAS_TERBUKA = "lapas-terbuka", _("Lapas Terbuka")
    RUTAN = "rutan", _("Rutan")
    CABANG_RUTAN = "cabang-rutan", _("Cabang Rutan")
    BAPAS = "bapas", _("Bapas")
    LPKA = "lpka", _("LPKA")
    RUPBASAN = "rupbasan", _("Rupbasan")


class UnitClass(models.TextChoices):
    I = "I", _("Kelas I")  # noqa: E741 - the class is called "I"
    IIA = "IIA", _("Kelas IIA")
    IIB = "IIB", _("Kelas IIB")
    III = "III", _("Kelas III")


class UPTQuerySet(models.QuerySet):
    def active(self):
        """Units that are in service."""
        return self.filter(is_active=True)


class UPT(models.Model):
    """A field unit (Unit Pelaksana Teknis): a prison, remand centre, probation office, and so on."""

    name = models.CharField(
        _("nama lengkap"),
        max_length=200,
        unique=True,
        help_text=_("Misalnya: Lapas Kelas IIA Permisan."),
    )
    short_name = models.CharField(
        _("nama singkat"), max_length=100, help_text=_("Misalnya: Lapas Permisan.")
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    type = models.CharField(_("jenis"), max_length=20, choices=UnitType.choices)
    unit_class = models.CharField(_("kelas"), max_length=3, choices=UnitClass.choices, blank=True)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="units", verbose_name=_("wilayah")
    )
    address = models.TextField(_("alamat"), blank=True)
    city = models.CharField(_("kota/kabupaten"), max_length=100, blank=True)
    phone = models.CharField(_("telepon"), max_length=40, blank=True)
    email = models.EmailField(_("surel"), blank=True)
    website = HttpURLField(_("situs web"), blank=True)
    head_title = models.CharField(
        _("jabatan kepala"),
        max_length=60,
        blank=True,
        help_text=_("Kalapas, Karutan, Kabapas, ..."),
    )
    head_name = models.CharField(_("nama kepala"), max_length=150, blank=True)
    is_active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    objects = UPTQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("UPT")
        verbose_name_plural = _("UPT")
        indexes = [models.Index(fields=["region", "type"], name="upt_region_type_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("unit-detail", kwargs={"slug": self.slug})

    @property
    def default_photo_credit(self):
        """The usual photo credit for this unit's pictures."""
        return f"Dok. Humas {self.short_name}"


class SocialPlatform(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"
    X = "x", "X (Twitter)"
    YOUTUBE = "youtube", "YouTube"
    TIKTOK = "tiktok", "TikTok"


class SocialAccount(models.Model):
    """An official social-media account of a unit."""

    unit = models.ForeignKey(
        UPT, on_delete=models.CASCADE, related_name="social_accounts", verbose_name=_("UPT")
    )
    platform = models.CharField(_("platform"), max_length=20, choices=SocialPlatform.choices)
    handle = models.CharField(_("nama akun"), max_length=100, help_text=_("Tanpa @."))
    url = HttpURLField(_("alamat"))
    is_active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        ordering = ["unit", "platform"]
        verbose_name = _("akun media sosial")
        verbose_name_plural = _("akun media sosial")
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "handle"],
                name="social_account_unique_handle",
                violation_error_message=_("Akun ini sudah terdaftar."),
            )
        ]

    def __str__(self):
        return f"{self.get_platform_display()} @{self.handle}"
