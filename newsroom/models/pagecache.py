from django.db import models
from django.utils.translation import gettext_lazy as _


class PageGeneration(models.Model):
    """The page cache's generation as the database knows it: one row, replaced by each bump.

    The cache holds a copy for the request path; this row is what a bump lost while the cache
    was unreachable is recovered from (newsroom/cache.py).
    """

    token = models.CharField(_("token"), max_length=32)
    changed_at = models.DateTimeField(_("diubah"), auto_now=True)

    class Meta:
        verbose_name = _("generasi cache halaman")
        verbose_name_plural = _("generasi cache halaman")

    def __str__(self):
        return self.token


class PageScope(models.Model):
    """A token for one thing cached pages depend on besides the whole site (newsroom/page_scopes.py).

    "lists" for every list page, "unit:<id>", "event:<id>", "tag:<id>" for the article pages
    whose related articles come from that unit, event or tag. The cache holds copies.
    """

    name = models.CharField(_("nama"), max_length=40, primary_key=True)
    token = models.CharField(_("token"), max_length=32)
    changed_at = models.DateTimeField(_("diubah"), auto_now=True)

    class Meta:
        verbose_name = _("cakupan cache halaman")
        verbose_name_plural = _("cakupan cache halaman")

    def __str__(self):
        return f"{self.name}: {self.token}"
