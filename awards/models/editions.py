"""The Humas award categories and their yearly editions."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Periods are read in WIB whatever the server's TIME_ZONE says: the rules of the awards say so.
WIB = ZoneInfo("Asia/Jakarta")

# Opening judging and announcing: the permission the model checks and awards/permissions asks.
STEER_PERMISSION = "awards.announce_edition"


class AwardsError(Exception):
    """A move the awards rules do not allow; its message is written for the person who tried."""


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

    @property
    def ranked_by_jury(self):
        """True for the categories ranked by mean jury score (social media, crisis)."""
        return self.code in (self.Code.SOCIAL_MEDIA, self.Code.CRISIS)

    @property
    def ranking_rule(self):
        """The ranking formula of this category, in words, as the results page states it."""
        return RANKING_RULES.get(self.code, "")

    @property
    def metric_label(self):
        """What the category's metric measures, as a column heading."""
        return METRIC_LABELS.get(self.code, "")


RANKING_RULES = {
    Category.Code.APA_KABAR: _(
        "Jumlah artikel terbit yang ditandai sebagai kontribusi program Apa Kabar "
        "Pemasyarakatan, dengan waktu terbit di dalam periode (dibaca dalam WIB, tanggal akhir "
        "dihitung sampai pukul 23.59.59 WIB). Artikel yang belum terbit, ditarik, atau dijadwalkan "
        "terbit setelah hari ini tidak dihitung. Jumlah terbanyak menang; bila sama, UPT yang lebih "
        "dahulu mencapai jumlah itu (kontribusi terakhirnya terbit lebih awal) di atas."
    ),
    Category.Code.WEBSITE: _(
        "Jumlah artikel terbit di situs Ditjenpas dengan waktu terbit di dalam periode (WIB): "
        "berita, siaran pers, artikel dan video, termasuk kontribusi Apa Kabar Pemasyarakatan. "
        "Liputan media tidak dihitung, karena itu tulisan media luar yang dimuat ulang, bukan "
        "berita karya UPT sendiri. Jumlah terbanyak menang; bila sama, UPT yang lebih dahulu "
        "mencapai jumlah itu di atas."
    ),
    Category.Code.SOCIAL_MEDIA: _(
        "Rata-rata semua nilai juri (0 sampai 100, semua juri dan semua kriteria) untuk UPT yang "
        "masuk nominasi. Bila rata-ratanya sama, total interaksi (suka, komentar, bagikan) semua "
        "akun resmi UPT pada bulan-bulan periode menentukan: yang lebih banyak di atas."
    ),
    Category.Code.CRISIS: _(
        "Rata-rata semua nilai juri (0 sampai 100, semua juri dan semua kriteria) untuk UPT yang "
        "masuk nominasi. Bila rata-ratanya sama, median waktu tanggap kasus krisis dalam periode "
        "(dari saat kejadian diketahui sampai pernyataan resmi pertama) menentukan: yang lebih "
        "cepat di atas."
    ),
}

METRIC_LABELS = {
    Category.Code.APA_KABAR: _("Kontribusi Apa Kabar"),
    Category.Code.WEBSITE: _("Artikel terbit"),
    Category.Code.SOCIAL_MEDIA: _("Total interaksi"),
    Category.Code.CRISIS: _("Median waktu tanggap"),
}


class EditionQuerySet(models.QuerySet):
    def announced(self):
        """Editions whose results are public."""
        return self.filter(status=Edition.Status.ANNOUNCED)


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
    announced_at = models.DateTimeField(_("diumumkan pada"), null=True, blank=True, editable=False)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("edisi penghargaan")
        verbose_name_plural = _("edisi penghargaan")
        permissions = [("announce_edition", _("Dapat menutup penjurian dan mengumumkan hasil"))]
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

    @property
    def period_bounds(self):
        """The period as aware datetimes [start, end) in WIB: the end date counts in full."""
        start = datetime.combine(self.period_start, time.min, tzinfo=WIB)
        end = datetime.combine(self.period_end + timedelta(days=1), time.min, tzinfo=WIB)
        return start, end

    @property
    def period_months(self):
        """First days of the months the period touches (monthly figures count for these)."""
        return self.period_start.replace(day=1), self.period_end.replace(day=1)

    @property
    def is_announced(self):
        """True once the results are frozen and public."""
        return self.status == self.Status.ANNOUNCED

    @property
    def is_judging(self):
        """True while jurors may enter and change their scores."""
        return self.status == self.Status.JUDGING

    def start_judging(self, *, by, note=""):
        """Open the jury's scoring; only from the open state."""
        self._move(
            by=by,
            note=note,
            source=self.Status.OPEN,
            target=self.Status.JUDGING,
            refusal=_("Penjurian hanya dapat dibuka dari edisi yang masih berjalan."),
        )

    def mark_announced(self, *, by, note=""):
        """Close judging and make the results public; the results service calls this."""
        self._move(
            by=by,
            note=note,
            source=self.Status.JUDGING,
            target=self.Status.ANNOUNCED,
            refusal=_("Hasil hanya dapat diumumkan setelah penjurian dibuka."),
            announced_at=timezone.now(),
        )

    @transaction.atomic
    def _move(self, *, by, note, source, target, refusal, **fields):
        """Move from `source` to `target`, setting `fields` too, and record who did it."""
        self._check_may_steer(by)
        # The row stays locked until commit, so two people pressing one button move it once.
        current = (
            Edition.objects.select_for_update().values_list("status", flat=True).get(pk=self.pk)
        )
        if current != source:
            raise AwardsError(refusal)
        self.status = target
        for name, value in fields.items():
            setattr(self, name, value)
        self.save(update_fields=["status", *fields])
        self.transitions.create(actor=by, from_status=current, to_status=target, note=note)

    def _check_may_steer(self, by):
        # None is the system itself (demo content, management commands), never a request.
        if by is not None and not by.has_perm(STEER_PERMISSION):
            raise AwardsError(_("Anda tidak berwenang mengubah tahap edisi penghargaan."))


class EditionTransitionQuerySet(models.QuerySet):
    def timeline(self):
        """Transitions oldest first with the acting user, as the edition's admin page lists them."""
        return self.select_related("actor").order_by("created_at", "id")


class EditionTransition(models.Model):
    """One move of an edition between its stages: who, when, from which to which, and why."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("edisi")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("oleh"),
        help_text=_("Kosong bila tahap diubah oleh sistem."),
    )
    created_at = models.DateTimeField(_("waktu"), default=timezone.now)
    from_status = models.CharField(_("dari tahap"), max_length=20, choices=Edition.Status.choices)
    to_status = models.CharField(_("ke tahap"), max_length=20, choices=Edition.Status.choices)
    note = models.TextField(_("catatan"), blank=True)

    objects = EditionTransitionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("riwayat tahap edisi")
        verbose_name_plural = _("riwayat tahap edisi")

    def __str__(self):
        return f"{self.edition}: {self.get_from_status_display()} -> {self.get_to_status_display()}"
