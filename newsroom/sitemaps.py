"""Sitemaps: an index of paginated article sitemaps, Google News, units, topics, events."""

from datetime import timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.sitemaps import Sitemap as BaseSitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from taggit.models import Tag

from upt.models import UPT, Region

from .models import Article, Event, TaggedArticle
from .pagination import LargeTablePaginator


class Sitemap(BaseSitemap):
    """Locations on SITE_URL, whichever host name the crawler used."""

    def get_domain(self, site=None):
        return urlparse(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlparse(settings.SITE_URL).scheme


class SitemapPaginator(LargeTablePaginator):
    """Pages of a sitemap over a million articles, each in a fixed handful of milliseconds.

    Counting every live article for the index costs ~150 ms, so beyond 10,000 the planner's
    estimate counts, with 5 % to spare: a listed page may come out empty, never an article
    left out. A page skips its offset over bare ids (an index-only scan), then reads its rows.
    """

    @cached_property
    def count(self):
        count = super().count
        return count if count <= self.exact_limit else int(count * 1.05)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = list(self.object_list.values_list("pk", flat=True)[bottom : bottom + self.per_page])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)} if ids else {}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


class ArticleSitemap(Sitemap):
    # Small pages render in tens of milliseconds each; an index of a thousand is well within
    # the protocol's 50,000.
    limit = 1000
    changefreq = "monthly"

    def location(self, item):
        # The article URL pattern, formatted directly: reverse() for each of a thousand items
        # is most of a page's cost.
        date = item.publication_date
        return f"/berita/{date:%Y/%m/%d}/{item.slug}/"

    def items(self):
        return (
            Article.objects.live()
            .only("slug", "publication_date", "published_at", "updated_at")
            .order_by("-published_at", "-id")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # The most recently edited live article, read down the edit-order index.
        return self.items().order_by("-updated_at").values_list("updated_at", flat=True).first()

    @property
    def paginator(self):
        return SitemapPaginator(self._items(), self.limit)


class NewsSitemap(ArticleSitemap):
    """Google News: articles of the last two days, with their news:news element."""

    limit = 1000

    def items(self):
        since = timezone.now() - timedelta(days=2)
        return (
            Article.objects.live()
            .filter(published_at__gte=since)
            .only("slug", "title", "publication_date", "published_at", "updated_at")
        )

    def get_urls(self, *args, **kwargs):
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            url["news"] = True
        return urls


class UnitSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return UPT.objects.active().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class RegionSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Region.objects.only("slug").order_by("pk")


class TagSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        tagged_live = TaggedArticle.objects.filter(
            content_object__in=Article.objects.live()
        ).values("tag_id")
        return Tag.objects.filter(pk__in=tagged_live).only("slug").order_by("pk")

    def location(self, item):
        return reverse("tag-detail", kwargs={"slug": item.slug})


class EventSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.only("slug").order_by("pk")


class PageSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        return ["home", "article-list", "unit-list", "event-list", "awards-index"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "halaman": PageSitemap,
    "berita": ArticleSitemap,
    "google-news": NewsSitemap,
    "upt": UnitSitemap,
    "wilayah": RegionSitemap,
    "topik": TagSitemap,
    "kegiatan": EventSitemap,
}
