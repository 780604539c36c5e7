from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, register_converter
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django.views.static import serve

from . import feeds, views
from .admin.shortcut import view_on_site
from .api.urls import urls as api_urls
from .cache import cached_public_page
from .sitemaps import SITEMAPS
from .tagging import TopicSlugConverter


class FourDigitYear:
    regex = r"[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class TwoDigits:
    regex = r"[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(FourDigitYear, "yyyy")
register_converter(TwoDigits, "dd")
register_converter(TopicSlugConverter, "topik")

admin.site.site_header = _("Ruang Redaksi Warta Pemasyarakatan")
admin.site.site_title = _("Ruang Redaksi")
admin.site.index_title = _("Beranda redaksi")


urlpatterns = [
    path("", views.home, name="home"),
    path("berita/", views.archive, name="article-list"),
    path(
        "berita/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.article_detail,
        name="article-detail",
    ),
    path("upt/", views.unit_list, name="unit-list"),
    path("upt/<slug:slug>/", views.unit_detail, name="unit-detail"),
    path("upt/<slug:slug>/feed/", cached_public_page(feeds.UnitFeed()), name="unit-feed"),
    path("wilayah/<slug:slug>/", views.region_detail, name="region-detail"),
    path("topik/<topik:slug>/", views.tag_detail, name="tag-detail"),
    path("topik/<topik:slug>/feed/", cached_public_page(feeds.TagFeed()), name="tag-feed"),
    path("kegiatan/", views.event_list, name="event-list"),
    path("kegiatan/<slug:slug>/", views.event_detail, name="event-detail"),
    path("penulis/<slug:slug>/", views.reporter_detail, name="reporter-detail"),
    path("cari/", views.search, name="search"),
    path("feed/", cached_public_page(feeds.LatestNewsFeed()), name="feed"),
    path(
        "sitemap.xml",
        cached_public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<str:section>.xml",
        cached_public_page(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS, "template_name": "newsroom/sitemap.xml"},
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("penghargaan/", include("awards.urls")),
    path("api/v1/", api_urls()),
    path("pratinjau/", include("newsroom.preview")),
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="admin-view-on-site",
    ),
    path("admin/verifikasi/", include("newsroom.twofactor.urls")),
    path("admin/", include("newsroom.password_reset")),
    path("admin/", admin.site.urls),
    path("ckeditor/", include("newsroom.editor_uploads")),
]

if settings.SERVE_MEDIA:
    # Local-disk media for development and single-machine installs; a proxy or object store
    # serves it in larger deployments.
    # MEDIA_ROOT is read per request so that tests (and the live server) may move it.
    urlpatterns += [path("media/<path:path>", lambda r, path: serve(r, path, settings.MEDIA_ROOT))]
