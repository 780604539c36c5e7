from contextlib import ExitStack

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.encoding import filepath_to_uri
from django.utils.translation import gettext_lazy as _

from newsroom.images import build_renditions
from newsroom.stored_together import files_of_one_record

from .uploads import photo_upload_to, rendition_upload_to


def url_maker(storage):
    """storage.url, or for local disk the same address without a urljoin per name.

    FileSystemStorage.url joins its base URL (which ends in "/") with the quoted name; the
    quoting leaves no scheme, host, "?" or "#" in a name, so the join is a concatenation.
    Cards and galleries ask for eight addresses per photo.
    """
    base = getattr(storage, "base_url", None)
    # __class__, not type(): default_storage is a lazy proxy. A subclass with its own url()
    # keeps it.
    if storage.__class__.url is FileSystemStorage.url and base and base.endswith("/"):
        return lambda name: base + filepath_to_uri(name).lstrip("/")
    return storage.url


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
    # What pages need of the sized copies, written when they are made, so that showing a photo
    # reads no Rendition rows: {"webp": [[width, name], ...], "fallback": [...]}, narrowest first.
    variants = models.JSONField(_("ukuran tersedia"), default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("foto")
        verbose_name_plural = _("foto")

    def __str__(self):
        return self.caption[:80] or self.alt_text[:80] or self.image.name

    def save(self, *args, write_files=True, **kwargs):
        """Save the row; a new image is stored first, with every sized copy, all or nothing.

        When the storage refuses any file, the files written so far are deleted, no row is
        saved and StorageFailed is raised. `written_files` then names what this save stored,
        for a caller whose own transaction may still roll back. `write_files=False` saves the
        row alone (an import's dry run, whose image name points at nothing).
        """
        self.written_files = []
        update_fields = kwargs.get("update_fields")
        image_changed = self.image.name != getattr(self, "_stored_image_name", None)
        if not (write_files and image_changed and self.image) or (
            update_fields is not None and "image" not in update_fields
        ):
            super().save(*args, **kwargs)
            return
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "variants", "width", "height"}
        field_file = self.image
        typed_name, was_committed = field_file.name, field_file._committed
        try:
            with files_of_one_record(field_file.storage) as files, ExitStack() as stack:
                source = self._store_original(files, stack)
                renditions = self._store_renditions(files, build_renditions(source))
                self.variants = variants_of((r.width, r.format, r.file.name) for r in renditions)
                with transaction.atomic(using=kwargs.get("using")):
                    super().save(*args, **kwargs)
                    # The old copies' files go when this commits (see _delete_stored_file).
                    self.renditions.all().delete()
                    for rendition in renditions:
                        rendition.photo = self
                    Rendition.objects.bulk_create(renditions)
        except BaseException:
            field_file.name, field_file._committed = typed_name, was_committed
            raise
        self._stored_image_name = field_file.name
        self.written_files = files.names

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_image_name = instance.__dict__.get("image")
        return instance

    def _store_original(self, files, stack):
        """Write a new upload to storage; return a readable file of the original's bytes."""
        field_file = self.image
        if field_file._committed:  # already in storage (put there by hand): read it back
            return stack.enter_context(field_file.storage.open(field_file.name, "rb"))
        field = self._meta.get_field("image")
        content = field_file.file
        name = field.generate_filename(self, field_file.name)
        field_file.name = files.save(name, content, max_length=field.max_length)
        field_file._committed = True
        content.seek(0)
        return content

    def _store_renditions(self, files, made):
        field = Rendition._meta.get_field("file")
        renditions = []
        for item in made:
            rendition = Rendition(width=item.width, height=item.height, format=item.format)
            name = field.generate_filename(rendition, item.content.name)
            rendition.file.name = files.save(name, item.content, max_length=field.max_length)
            renditions.append(rendition)
        return renditions

    def rendition_sets(self):
        """The sized copies as {"webp": [(width, url), ...], "fallback": [...]}, narrowest first."""
        url = url_maker(self.image.storage)
        return {
            key: [(width, url(name)) for width, name in self.variants.get(key, ())]
            for key in ("webp", "fallback")
        }


class Rendition(models.Model):
    """A sized copy of a photo in one format, made once after upload and served from storage."""

    class Format(models.TextChoices):
        WEBP = "webp", "WebP"
        JPEG = "jpeg", "JPEG"
        PNG = "png", "PNG"

    photo = models.ForeignKey(
        Photo, on_delete=models.CASCADE, related_name="renditions", verbose_name=_("foto")
    )
    width = models.PositiveIntegerField(_("lebar"))
    height = models.PositiveIntegerField(_("tinggi"))
    format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    file = models.FileField(_("berkas"), upload_to=rendition_upload_to, max_length=200)

    class Meta:
        ordering = ["photo", "width", "format"]
        verbose_name = _("ukuran foto")
        verbose_name_plural = _("ukuran foto")
        constraints = [
            models.UniqueConstraint(
                fields=["photo", "width", "format"], name="rendition_unique_width_format"
            )
        ]

    def __str__(self):
        return f"{self.photo_id} {self.width}w {self.format}"

    @property
    def mime_type(self):
        """The MIME type of the file, for <source type>."""
        return f"image/{self.format}"


def variants_of(sized):
    """The `Photo.variants` value for stored sized copies, given as (width, format, file name)."""
    sets = {"webp": [], "fallback": []}
    for width, fmt, name in sorted(sized):
        sets["webp" if fmt == Rendition.Format.WEBP else "fallback"].append([width, name])
    return sets


@receiver(post_delete, sender=Photo)
@receiver(post_delete, sender=Rendition)
def _delete_stored_file(sender, instance, **kwargs):
    # Also runs for cascades (a photo's renditions), which never call Model.delete().
    field = instance.image if sender is Photo else instance.file
    if field:
        transaction.on_commit(lambda: field.storage.delete(field.name))


class ArticlePhoto(models.Model):
    """One photo in an article's gallery, in order, with an optional caption for this article."""

    article = models.ForeignKey(
        "newsroom.Article",
        on_delete=models.CASCADE,
        related_name="gallery_items",
        verbose_name=_("artikel"),
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
