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


class Sitemap(BaseSitemap):
    """Locations on SITE_URL, whichever host name the crawler used."""

    def get_domain(self, site=None):
        return urlparse(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlparse(settings.SITE_URL).scheme


class ArticleSitemap(Sitemap):
    limit = 5000
    changefreq = "monthly"

    def items(self):
        return (
            Article.objects.live()
            .only("slug", "publication_date", "published_at", "updated_at")
            .order_by("-published_at", "-id")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default walks every item; one aggregate answers the same question.
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


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
