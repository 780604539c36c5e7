"""Sitemaps: an index of paginated article sitemaps, Google News, units, topics, events."""

from datetime import datetime, timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.sitemaps import Sitemap as BaseSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
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

    def location(self, item):
        # The article URL pattern, formatted directly: reverse() for each of a thousand items
        # is most of a page's cost.
        date = item.publication_date
        return f"/berita/{date:%Y/%m/%d}/{item.slug}/"

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
    """Google News: articles of the last two days, with their news:news element."""

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


def _w3c(value):
    """A lastmod or publication time as the protocol writes it, in the site's time zone."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat()


def _urlset_xml(urls):
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset'
        ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
    ]
    site_name = escape(settings.SITE_NAME)
    for url in urls:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url.get("lastmod"):
            parts.append(f"<lastmod>{_w3c(url['lastmod'])}</lastmod>")
        if url.get("news"):
            item = url["item"]
            parts.append(
                f"<news:news><news:publication><news:name>{site_name}</news:name>"
                "<news:language>id</news:language></news:publication>"
                f"<news:publication_date>{_w3c(item.published_at)}</news:publication_date>"
                f"<news:title>{escape(item.title)}</news:title></news:news>"
            )
        elif url.get("changefreq"):
            parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
        parts.append("</url>")
    parts.append("\n</urlset>\n")
    return "".join(parts)


def _index_xml(entries):
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    ]
    formatted = {}  # the pages of a section share one lastmod
    for entry in entries:
        parts.append(f"<sitemap><loc>{escape(entry.location)}</loc>")
        if entry.last_mod:
            if entry.last_mod not in formatted:
                formatted[entry.last_mod] = _w3c(entry.last_mod)
            parts.append(f"<lastmod>{formatted[entry.last_mod]}</lastmod>")
        parts.append("</sitemap>")
    parts.append("\n</sitemapindex>\n")
    return "".join(parts)


def _written_in_python(view, to_xml, key):
    """Django's sitemap view (lastmod headers, paging, 404s) with its XML written directly.

    The template engine took tens of milliseconds for a thousand entries; the XML is simple.
    """

    def render(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.is_rendered:
            response.content = to_xml(response.context_data[key])
        return response

    return render


index = _written_in_python(sitemap_views.index, _index_xml, "sitemaps")
section = _written_in_python(sitemap_views.sitemap, _urlset_xml, "urlset")
