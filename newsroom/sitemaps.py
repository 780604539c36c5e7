"""Sitemaps: an index of paginated article sitemaps, Google News, units, topics, events."""

from datetime import timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.sitemaps import Sitemap as BaseSitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from upt.models import UPT, Region

from .models import Article, Event, TaggedArticle
from .pagination import IdBlockPaginator, SitemapPaginator, UpperBoundPaginator


class Sitemap(BaseSitemap):
    """Locations on SITE_URL, whichever host name the crawler used."""

    def get_domain(self, site=None):
        return urlparse(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlparse(settings.SITE_URL).scheme


class ArticleSitemap(Sitemap):
    # Small pages render in tens of milliseconds each; an index of a thousand is well within
    # the protocol's 50,000.
    limit = 1000
    changefreq = "monthly"

    def items(self):
        return (
            Article.objects.live()
            .only("slug", "publication_date", "published_at", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # The most recently edited live article, read down the edit-order index.
        return self.items().order_by("-updated_at").values_list("updated_at", flat=True).first()

    @property
    def paginator(self):
        return IdBlockPaginator(self._items(), self.limit)


class NewsSitemap(ArticleSitemap):
    """Google News: articles of the last two days, with their news:news element.

    newsroom/sitemap.xml writes that element for the URLs marked `news` here.
    """

    limit = 1000

    @property
    def paginator(self):
        return SitemapPaginator(self._items(), self.limit)

    def items(self):
        since = timezone.now() - timedelta(days=2)
        return (
            Article.objects.live()
            .filter(published_at__gte=since)
            .only("slug", "title", "publication_date", "published_at", "updated_at")
            .order_by("-published_at", "-id")
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

    @property
    def paginator(self):
        # Every tag counts, not only those on live articles: the index needs only the number
        # of pages, and finding the live ones walks millions of tag links.
        return UpperBoundPaginator(self._items(), self.limit, bound=Tag.objects.all())


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
