from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from core.validators import HttpURLField
from newsroom.fields import SanitizedRichTextField

from .workflow import ArticleTransition, WorkflowError

SLUG_TAKEN = _(
    "Slug ini sudah dipakai artikel lain yang terbit pada tanggal yang sama. Ubah slugnya."
)
SOURCE_REQUIRED = _("Liputan media wajib mencantumkan nama dan alamat sumber aslinya.")


# The columns of an article card ({% article_card %}) and its address.
CARD_FIELDS = (
    "title",
    "slug",
    "kind",
    "summary",
    "published_at",
    "publication_date",
    "unit__short_name",
    "unit__slug",
    "lead_photo__image",
    "lead_photo__width",
    "lead_photo__height",
    "lead_photo__alt_text",
    "lead_photo__variants",
)


class ArticleQuerySet(models.QuerySet):
    def live(self):
        """The only definition of public: published, and its publication time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def visible_to(self, user):
        """Articles within the user's scope (every state); nothing for an account without one."""
        from newsroom.permissions import has_central_reach, scoped_units

        if has_central_reach(user):
            return self.all()
        return self.filter(unit__in=scoped_units(user))

    def scheduled(self):
        """Published articles whose publication time has not come yet."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def workflow_counts(self, user):
        """The admin index's counts for this user, in one query over the user's scope."""
        now = timezone.localtime()
        month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        mine = Q(created_by=user) | Q(reporter__user=user)
        published = Q(status=Article.Status.PUBLISHED)
        return self.visible_to(user).aggregate(
            my_drafts=Count("pk", filter=mine & Q(status=Article.Status.DRAFT)),
            returned_to_me=Count("pk", filter=mine & Q(status=Article.Status.RETURNED)),
            waiting_review=Count("pk", filter=Q(status=Article.Status.REVIEW)),
            scheduled=Count("pk", filter=published & Q(published_at__gt=now)),
            published_this_month=Count(
                "pk", filter=published & Q(published_at__gte=month_start, published_at__lte=now)
            ),
        )

    def for_listing(self, *also):
        """What a list of article cards shows (and the fields named in `also`), in one query.

        Only the columns a card reads: building twenty articles with their units and photos
        from every column was a third of a cold list page's CPU. A field a card does not read
        costs one query per article when touched, so a template that needs more names it here.
        """
        return self.select_related("unit", "lead_photo").only(*CARD_FIELDS, *also)

    def for_detail(self):
        """What an article page shows besides its gallery and tags, in one query."""
        return self.select_related(
            "unit", "unit__region", "reporter", "lead_photo", "event", "event__organiser"
        )

    def tagged(self, tag):
        """Articles carrying the given taggit Tag."""
        # A join, not `pk IN (subquery)`: the planner then walks the live index and probes the
        # tag link per row, instead of hashing every article of a popular tag first.
        return self.filter(tagged_items__tag=tag)

    def related_to(self, article, tag_ids, limit=4):
        """Up to `limit` others of this queryset: same event first, then shared tags, then unit.

        Small indexed look-ups, each reading whole rows, taken in that order until `limit` are
        found: usually the event or the tags alone fill the list in one query. A single OR of
        the three makes PostgreSQL walk the whole live index behind a common tag (seconds on a
        million articles).
        """
        others = self.exclude(pk=article.pk).order_by("-published_at", "-id")
        candidates = []
        if article.event_id:
            candidates.append(others.filter(event_id=article.event_id)[:limit])
        if tag_ids:
            # An article sharing two tags comes twice.
            candidates.append(others.filter(tagged_items__tag_id__in=tag_ids)[: limit * 2])
        candidates.append(others.filter(unit_id=article.unit_id)[:limit])
        found = {}
        for queryset in candidates:
            for other in queryset:
                found.setdefault(other.pk, other)
            if len(found) >= limit:
                break
        return list(found.values())[:limit]


class TaggedArticle(TaggedItemBase):
    """The article-tag link, with a real foreign key instead of taggit's generic relation."""

    content_object = models.ForeignKey(
        "newsroom.Article", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("tag artikel")
        verbose_name_plural = _("tag artikel")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="tagged_article_unique_tag"
            )
        ]


class Transition(NamedTuple):
    sources: frozenset
    target: str
    label: str
    # Completes "Anda tidak berwenang ..." and "Tidak dapat ...".
    verb: str


class Article(models.Model):
    """A news item written by a unit or the central office, moving through the editorial workflow."""

    class Kind(models.TextChoices):
        BERITA = "berita", _("Berita")
        SIARAN_PERS = "siaran-pers", _("Siaran Pers")
        LIPUTAN_MEDIA = "liputan-media", _("Liputan Media")
        ARTIKEL = "artikel", _("Artikel")
        VIDEO = "video", _("Video")

    class Programme(models.TextChoices):
        APA_KABAR = "apa-kabar", _("Apa Kabar Pemasyarakatan")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draf")
        REVIEW = "review", _("Menunggu tinjauan")
        RETURNED = "returned", _("Dikembalikan")
        PUBLISHED = "published", _("Terbit")
        UNPUBLISHED = "unpublished", _("Ditarik")

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
        ]

    S = Status
    # The states in which an article is its author's to work on.
    AUTHOR_EDITABLE = frozenset({S.DRAFT, S.RETURNED, S.UNPUBLISHED})
    TRANSITIONS = {
        "submit": Transition(
            AUTHOR_EDITABLE,
            S.REVIEW,
            _("Ajukan untuk ditinjau"),
            _("mengajukan artikel ini untuk ditinjau"),
        ),
        "withdraw": Transition(
            frozenset({S.REVIEW}),
            S.DRAFT,
            _("Batalkan pengajuan"),
            _("membatalkan pengajuan artikel ini"),
        ),
        "return_to_author": Transition(
            frozenset({S.REVIEW}),
            S.RETURNED,
            _("Kembalikan ke penulis"),
            _("mengembalikan artikel ini ke penulis"),
        ),
        "publish": Transition(
            frozenset({S.REVIEW}), S.PUBLISHED, _("Terbitkan"), _("menerbitkan artikel ini")
        ),
        "unpublish": Transition(
            frozenset({S.PUBLISHED}),
            S.UNPUBLISHED,
            _("Tarik dari situs"),
            _("menarik artikel ini dari situs"),
        ),
    }
    del S

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200] or "berita"
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

    # Transitions. Each checks the acting user and the current state, changes nothing when it
    # refuses (WorkflowError), and otherwise saves its fields and its history row atomically.

    def submit(self, *, by):
        """Send the article to the editors' review queue."""
        self._move("submit", by=by, changes={"submitted_at": timezone.now()})

    def withdraw(self, *, by):
        """Take a submitted article back to draft before an editor acts on it."""
        self._move("withdraw", by=by)

    def return_to_author(self, *, by, note):
        """Send the article back to its author with the editor's note (required)."""
        note = (note or "").strip()
        if not note:
            raise WorkflowError(_("Tulis catatan untuk penulis: apa yang perlu diperbaiki."))
        self._move("return_to_author", by=by, note=note)

    def publish(self, *, by, at=None):
        """Publish now, or at `at` (public from that instant without any scheduler)."""
        now = timezone.now()
        if at is None:
            # A republished correction keeps its first publication time, and so its address.
            at = self.published_at if self.published_at and self.published_at <= now else now
        if timezone.is_naive(at):
            at = timezone.make_aware(at)
        self._move("publish", by=by, changes={"published_at": at}, check=self._publication_problems)

    def unpublish(self, *, by, reason):
        """Take a published (or scheduled) article off the site, with the reason (required)."""
        reason = (reason or "").strip()
        if not reason:
            raise WorkflowError(_("Tulis alasan penarikan artikel dari situs."))
        self._move("unpublish", by=by, note=reason)

    def _move(self, name, *, by, note="", changes=None, check=None):
        from newsroom.permissions import may_transition

        transition = self.TRANSITIONS[name]
        if not may_transition(by, self, name):
            raise WorkflowError(_("Anda tidak berwenang %(verb)s.") % {"verb": transition.verb})
        changes = {"status": transition.target, "updated_by": by, **(changes or {})}
        with transaction.atomic():
            # The stored state, locked: two editors pressing "publish" at once make one move.
            current = Article.objects.select_for_update().values_list("status", flat=True)
            current = current.get(pk=self.pk)
            if current not in transition.sources:
                raise WorkflowError(
                    _("Tidak dapat %(verb)s: statusnya sekarang \u201c%(status)s\u201d.")
                    % {"verb": transition.verb, "status": self.Status(current).label}
                )
            previous = {field: getattr(self, field) for field in changes}
            for field, value in changes.items():
                setattr(self, field, value)
            try:
                problems = check() if check else []
                if problems:
                    raise WorkflowError(" ".join(str(p) for p in problems))
                self.save(update_fields=[*changes, "updated_at"])
                record = ArticleTransition.objects.create(
                    article=self,
                    actor=by,
                    from_status=current,
                    to_status=transition.target,
                    note=note,
                )
            except Exception:
                for field, value in previous.items():
                    setattr(self, field, value)
                self._sync_publication_date()
                raise
            from newsroom.workflow import notify_transition

            transaction.on_commit(lambda: notify_transition(record))
        return record

    def _publication_problems(self):
        """Why this article cannot be published as it stands (empty when it can)."""
        from .photos import Photo

        self._sync_publication_date()
        problems = [SLUG_TAKEN] if self.slug_taken() else []
        lead = Photo.objects.filter(pk=self.lead_photo_id).first() if self.lead_photo_id else None
        gallery = Photo.objects.filter(gallery_items__article=self).order_by("gallery_items__order")
        photo_problems = []
        for photo in dict.fromkeys([p for p in [lead, *gallery] if p]):
            if not photo.alt_text.strip():
                photo_problems.append(
                    _("Foto \u201c%(photo)s\u201d belum punya teks alternatif.") % {"photo": photo}
                )
        if lead and not lead.caption.strip():
            photo_problems.append(
                _("Foto utama \u201c%(photo)s\u201d belum punya keterangan.") % {"photo": lead}
            )
        if lead and not lead.credit.strip():
            photo_problems.append(
                _("Foto utama \u201c%(photo)s\u201d belum punya kredit.") % {"photo": lead}
            )
        if photo_problems:
            problems += [*photo_problems, _("Lengkapi fotonya dulu, lalu terbitkan.")]
        return problems

    @property
    def is_live(self):
        """True when the public can read this article now."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

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


class ArticlePhoto(models.Model):
    """One photo in an article's gallery, in order, with an optional caption for this article."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="gallery_items", verbose_name=_("artikel")
    )
    photo = models.ForeignKey(
        "newsroom.Photo",
        on_delete=models.PROTECT,
        related_name="gallery_items",
        verbose_name=_("foto"),
    )
    order = models.PositiveIntegerField(_("urutan"), default=0)
    caption = models.CharField(
        _("keterangan khusus"),
        max_length=500,
        blank=True,
        help_text=_("Kosongkan untuk memakai keterangan foto."),
    )

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("foto galeri")
        verbose_name_plural = _("galeri foto")
        constraints = [
            models.UniqueConstraint(fields=["article", "photo"], name="article_photo_unique")
        ]

    def __str__(self):
        return str(self.photo)

    @property
    def display_caption(self):
        """The caption to show: this article's own, else the photo's."""
        return self.caption or self.photo.caption
