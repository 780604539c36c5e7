"""The site's URLs plus bench/run's reference page at /__bench__/ceiling/."""

from django.urls import path

from newsroom.urls import urlpatterns as site_urlpatterns

from .ceiling import ceiling

urlpatterns = [path("__bench__/ceiling/", ceiling), *site_urlpatterns]
