from django.conf import settings
from django.contrib import admin
from django.urls import include, path, register_converter
from django.views.static import serve

from . import views


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

admin.site.site_header = "Ruang Redaksi Warta Pemasyarakatan"
admin.site.site_title = "Ruang Redaksi"
admin.site.index_title = "Beranda redaksi"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "berita/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="article-detail",
    ),
    path("penghargaan/", include("awards.urls")),
    path("pratinjau/", include("newsroom.preview")),
    path("admin/", admin.site.urls),
    path("ckeditor/", include("ckeditor_uploader.urls")),
]

if settings.SERVE_MEDIA:
    # Local-disk media for development and single-machine installs; a proxy or object store
    # serves it in larger deployments.
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
