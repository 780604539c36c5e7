"""The site's URLs plus one page that fails with an error the database has nothing to do with."""

from django.urls import path

from newsroom.urls import urlpatterns as site


def failing_page(request):
    raise RuntimeError("halaman uji gagal")


urlpatterns = [path("uji/gagal/", failing_page), *site]
