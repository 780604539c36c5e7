"""What people read: page views per article per day, counted on our own server."""

from django.db import models
from django.db.models import Sum
from django.db.models.functions import TruncWeek
from django.utils.translation import gettext_lazy as _


class PageViewQuerySet(models.QuerySet):
    def between(self, first, last):
        """Views of the days from `first` to `last`, both included."""
        return self.filter(day__gte=first, day__lte=last)

    def for_units(self, unit_ids):
        """Views of the articles of these units (None: every unit)."""
        return self if unit_ids is None else self.filter(article__unit_id__in=unit_ids)

    def total(self):
        """The sum of the views, 0 when there are none."""
        return self.aggregate(total=Sum("views"))["total"] or 0

    def per_article(self):
        """(article id, views) rows, most read first."""
        return (
            self.values_list("article_id")
            .annotate(total=Sum("views"))
            .order_by("-total", "-article_id")
        )

    def per_unit(self):
        """{unit id: views}."""
        rows = self.values_list("article__unit_id").annotate(total=Sum("views")).order_by()
        return dict(rows)

    def per_week(self):
        """{monday of the week: views}."""
        rows = self.annotate(week=TruncWeek("day")).values_list("week").annotate(total=Sum("views"))
        return dict(rows.order_by())


class PageView(models.Model):
    """How many readers opened one article on one day (WIB); bots and refreshes left out."""

    article = models.ForeignKey(
        "newsroom.Article",
        on_delete=models.CASCADE,
        related_name="page_views",
        verbose_name=_("artikel"),
    )
    day = models.DateField(_("tanggal"))
    views = models.PositiveIntegerField(_("dibaca"), default=0)

    objects = PageViewQuerySet.as_manager()

    class Meta:
        verbose_name = _("jangkauan pembaca")
        verbose_name_plural = _("jangkauan pembaca")
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="pageview_one_row_per_day")
        ]
        # The popular list and the dashboard read a range of days across every article.
        indexes = [models.Index(fields=["day", "article"], name="pageview_day_idx")]

    def __str__(self):
        return f"{self.article_id} {self.day}: {self.views}"
