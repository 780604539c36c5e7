"""What came in from WordPress: one row per imported item, and the old URLs that must keep working."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """A WordPress post or attachment brought in, keyed by its GUID so that re-imports are idempotent.

    `source_hash` fingerprints the item as exported, `local_hash` the record as the import wrote
    it: a different source means WordPress changed it, a different record means someone edited
    it here (and then the import must not overwrite it).
    """

    class Kind(models.TextChoices):
        POST = "post", _("Tulisan")
        ATTACHMENT = "attachment", _("Lampiran")

    guid = models.CharField(_("GUID WordPress"), max_length=500, unique=True)
    kind = models.CharField(_("jenis"), max_length=20, choices=Kind.choices)
    wp_id = models.PositiveBigIntegerField(_("ID WordPress"))
    unit = models.ForeignKey(
        "upt.UPT", on_delete=models.PROTECT, related_name="+", verbose_name=_("UPT")
    )
    article = models.ForeignKey(
        "newsroom.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_from",
        verbose_name=_("artikel"),
    )
    photo = models.ForeignKey(
        "newsroom.Photo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_from",
        verbose_name=_("foto"),
    )
    old_url = models.CharField(_("alamat lama"), max_length=500, blank=True)
    # WordPress's attachment description has no field on Photo; kept here so nothing is lost.
    description = models.TextField(_("deskripsi asli"), blank=True)
    source_hash = models.CharField(max_length=64, editable=False)
    local_hash = models.CharField(max_length=64, editable=False)
    imported_at = models.DateTimeField(_("diimpor"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    class Meta:
        ordering = ["-imported_at", "-id"]
        verbose_name = _("impor WordPress")
        verbose_name_plural = _("impor WordPress")

    def __str__(self):
        return self.old_url or self.guid


class LegacyRedirectQuerySet(models.QuerySet):
    def target_for(self, *, host: str, paths: list[str]):
        """The live article an old path now lives at (its host preferred), or None."""
        rows = [
            r
            for r in self.filter(old_path__in=paths).select_related("article")[:20]
            if r.article.is_live
        ]
        host = bare_host(host)
        same_host = [r for r in rows if r.old_host == host]
        if same_host:
            return same_host[0].article
        # Without the old host, a path is only trusted when it is not ambiguous.
        if len({r.article_id for r in rows}) == 1:
            return rows[0].article
        return None


class LegacyRedirect(models.Model):
    """An old WordPress address that answers 301 with its article's new address."""

    old_host = models.CharField(_("host lama"), max_length=255, blank=True)
    old_path = models.CharField(_("path lama"), max_length=500)
    article = models.ForeignKey(
        "newsroom.Article",
        on_delete=models.CASCADE,
        related_name="legacy_redirects",
        verbose_name=_("artikel"),
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    objects = LegacyRedirectQuerySet.as_manager()

    class Meta:
        verbose_name = _("pengalihan alamat lama")
        verbose_name_plural = _("pengalihan alamat lama")
        constraints = [
            models.UniqueConstraint(
                fields=["old_host", "old_path"], name="legacy_redirect_unique_address"
            )
        ]
        indexes = [models.Index(fields=["old_path"], name="legacy_redirect_path_idx")]

    def __str__(self):
        return f"{self.old_host}{self.old_path}"


def bare_host(host: str) -> str:
    """A host name without port or leading www., for comparing old addresses."""
    host = (host or "").lower().split(":")[0]
    return host.removeprefix("www.")
