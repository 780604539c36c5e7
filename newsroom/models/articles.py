"""The article: what it says, where it belongs, its address and its slug rule."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from core.validators import HttpURLField
from newsroom.fields import SanitizedRichTextField
from newsroom.headlines import short_slug

from .previews import ArticlePreviewLinks
from .queryset import ArticleQuerySet
from .tags import TaggedArticle
from .workflow import SLUG_TAKEN, ArticleStatus, ArticleWorkflow

EXPIRES_BEFORE_PUBLICATION = _("Waktu berakhir harus sesudah waktu terbit.")
SOURCE_REQUIRED = _("Liputan media wajib mencantumkan nama dan alamat sumber aslinya.")


class Article(ArticlePreviewLinks, ArticleWorkflow):
    """A news item written by a unit or the central office, moving through the editorial workflow."""

    class Kind(models.TextChoices):
        BERITA = "berita", _("Berita")
        SIARAN_PERS = "siaran-pers", _("Siaran Pers")
        LIPUTAN_MEDIA = "liputan-media", _("Liputan Media")
        ARTIKEL = "artikel", _("Artikel")
        VIDEO = "video", _("Video")

    class Programme(models.TextChoices):
        APA_KABAR = "apa-kabar", _("Apa Kabar Pemasyarakatan")

    Status = ArticleStatus

    title = models.CharField(_("judul"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        help_text=_("Bagian alamat artikel; unik per tanggal terbit."),
        # Always looked up with its date, through the unique (publication_date, slug) index; a
        # slug-only index (two, with the LIKE one) would be 160 MB at a million articles.
        db_index=False,
    )
    kind = models.CharField(_("jenis"), max_length=20, choices=Kind.choices, default=Kind.BERITA)
    dateline = models.CharField(
        _("tempat berita"),
        max_length=100,
        blank=True,
        help_text=_("Kota atau tempat di awal berita, misalnya NUSAKAMBANGAN."),
    )
    summary = models.TextField(
        _("ringkasan"),
        max_length=400,
        blank=True,
        help_text=_("Satu atau dua kalimat untuk daftar berita, mesin pencari dan media sosial."),
    )
    body = SanitizedRichTextField(_("isi berita"))
    unit = models.ForeignKey(
        "upt.UPT", on_delete=models.PROTECT, related_name="articles", verbose_name=_("UPT")
    )
    reporter = models.ForeignKey(
        "newsroom.Reporter",
        on_delete=models.SET_NULL,
        # Indexed with the publication order below (Meta.indexes), which also serves the key.
        db_index=False,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("penulis"),
    )
    lead_photo = models.ForeignKey(
        "newsroom.Photo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="lead_of",
        verbose_name=_("foto utama"),
    )
    gallery = models.ManyToManyField(
        "newsroom.Photo",
        through="newsroom.ArticlePhoto",
        blank=True,
        related_name="in_galleries",
        verbose_name=_("galeri"),
    )
    event = models.ForeignKey(
        "newsroom.Event",
        on_delete=models.SET_NULL,
        # Indexed with the publication order below (Meta.indexes), which also serves the key.
        db_index=False,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("kegiatan"),
    )
    tags = TaggableManager(_("topik"), through=TaggedArticle, blank=True)
    source_name = models.CharField(
        _("nama sumber"), max_length=150, blank=True, help_text=_("Untuk liputan media.")
    )
    source_url = HttpURLField(
        _("alamat sumber"), max_length=500, blank=True, help_text=_("Untuk liputan media.")
    )
    video_url = HttpURLField(_("alamat video"), max_length=500, blank=True)
    programme = models.CharField(
        _("program"),
        max_length=20,
        choices=Programme.choices,
        blank=True,
        help_text=_("Isi bila ini kontribusi untuk program Apa Kabar Pemasyarakatan."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    submitted_at = models.DateTimeField(_("diajukan"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("waktu terbit"), null=True, blank=True)
    # The local (WIB) date of published_at: the date in the URL, and half of the slug's key.
    publication_date = models.DateField(_("tanggal terbit"), null=True, editable=False)
    expires_at = models.DateTimeField(
        _("berakhir pada"),
        null=True,
        blank=True,
        help_text=_(
            "Untuk pengumuman yang berlaku sampai waktu tertentu: artikel hilang dari situs tepat "
            "pada waktu ini (WIB). Kosongkan agar tetap tampil."
        ),
    )
    # The newest correction note's time (newsroom/models/corrections.py): "Diperbarui".
    revised_at = models.DateTimeField(_("diperbarui"), null=True, blank=True, editable=False)
    # The storage name of the picture it shares with when it has no lead photo (share_card.py).
    share_image = models.CharField(max_length=200, blank=True, editable=False)
    # Counts changes of what its page shows beside its own fields (gallery, notes, their photos):
    # part of the key its page's cached blocks are kept under (newsroom/invalidation.py).
    page_version = models.PositiveIntegerField(default=0, editable=False)
    # The editor who took the article from the review queue ("Saya tangani"); cleared by every
    # move out of review. Only the workflow methods write these two.
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        # Indexed only where set (Meta.indexes): a handful of rows out of a million.
        db_index=False,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("ditangani oleh"),
    )
    review_taken_at = models.DateTimeField(_("ditangani sejak"), null=True, editable=False)
    is_featured = models.BooleanField(
        _("sorotan"), default=False, help_text=_("Tampilkan di bagian sorotan halaman depan.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("dibuat oleh"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("diubah oleh"),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")
        permissions = [
            (
                "publish_article",
                _("Dapat meninjau, menerbitkan, mengembalikan dan menarik artikel"),
            ),
            ("feature_article", _("Dapat menjadikan artikel sorotan halaman depan")),
            (
                "publish_despite_guard",
                _("Dapat mengajukan dan menerbitkan artikel yang ditahan penjaga konten, dengan alasan"),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["publication_date", "slug"],
                name="article_unique_slug_per_date",
                violation_error_message=SLUG_TAKEN,
            ),
            models.CheckConstraint(
                condition=~Q(kind="liputan-media") | (~Q(source_name="") & ~Q(source_url="")),
                name="article_media_coverage_has_source",
                violation_error_message=SOURCE_REQUIRED,
            ),
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True)
                | Q(published_at__isnull=True)
                | Q(expires_at__gt=models.F("published_at")),
                name="article_expires_after_publication",
                violation_error_message=EXPIRES_BEFORE_PUBLICATION,
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
                violation_error_message=_("Artikel yang terbit harus punya waktu terbit."),
            ),
        ]
        indexes = [
            # Every public list: live articles newest first, overall and per unit.
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_idx",
            ),
            models.Index(
                fields=["unit", "-published_at"],
                condition=Q(status="published"),
                name="article_live_unit_idx",
            ),
            models.Index(fields=["status", "unit"], name="article_status_unit_idx"),
            # One kind's news newest first (the masthead's Siaran Pers, Video, ...).
            models.Index(
                fields=["kind", "-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_kind_idx",
            ),
            # The next expiry, which bounds how long cached pages may keep an article.
            models.Index(
                fields=["expires_at"],
                condition=Q(status="published", expires_at__isnull=False),
                name="article_expiry_idx",
            ),
            # An event's or a writer's articles newest first: a walk of twenty-one entries,
            # not a sort of all of a national event's coverage.
            models.Index(fields=["event", "-published_at", "-id"], name="article_event_order_idx"),
            models.Index(
                fields=["reporter", "-published_at", "-id"], name="article_reporter_order_idx"
            ),
            # The newsroom change list, recently edited first, overall and per unit, and the
            # editors' review queue; without them a page of the admin sorts a million rows.
            models.Index(fields=["-updated_at", "-id"], name="article_edit_order_idx"),
            models.Index(fields=["unit", "-updated_at", "-id"], name="article_unit_edit_order_idx"),
            models.Index(
                fields=["submitted_at", "id"],
                condition=Q(status="review"),
                name="article_review_queue_idx",
            ),
            models.Index(
                fields=["reviewer"],
                condition=Q(reviewer__isnull=False),
                name="article_reviewer_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = short_slug(self.title)
        self._sync_publication_date()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "published_at" in update_fields:
            kwargs["update_fields"] = {*update_fields, "publication_date"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        date = self.publication_date or timezone.localdate()
        return reverse(
            "article-detail",
            kwargs={
                "year": f"{date:%Y}",
                "month": f"{date:%m}",
                "day": f"{date:%d}",
                "slug": self.slug,
            },
        )

    @property
    def is_scheduled(self):
        """True when the article is published for a time that has not come yet."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def is_live(self):
        """True when the public can read this article now (published, not yet expired)."""
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and (self.expires_at is None or self.expires_at > now)
        )

    @property
    def is_expired(self):
        """True when the article is published but its expiry time has passed."""
        return (
            self.status == self.Status.PUBLISHED
            and self.expires_at is not None
            and self.expires_at <= timezone.now()
        )

    @property
    def modified_at(self):
        """When readers last saw a substantive change: the newest correction, else publication."""
        return self.revised_at or self.published_at

    def _sync_publication_date(self):
        self.publication_date = timezone.localdate(self.published_at) if self.published_at else None

    def clean(self):
        self._sync_publication_date()
        errors = {}
        if self.kind == self.Kind.LIPUTAN_MEDIA:
            if not self.source_name:
                errors["source_name"] = SOURCE_REQUIRED
            if not self.source_url:
                errors["source_url"] = SOURCE_REQUIRED
        if self.expires_at and self.published_at and self.expires_at <= self.published_at:
            errors["expires_at"] = EXPIRES_BEFORE_PUBLICATION
        if self.slug and self.publication_date and self.slug_taken():
            errors["slug"] = SLUG_TAKEN
        if errors:
            raise ValidationError(errors)

    def slug_taken(self):
        """True when another article already uses this slug on this publication date."""
        return (
            Article.objects.filter(publication_date=self.publication_date, slug=self.slug)
            .exclude(pk=self.pk)
            .exists()
        )
