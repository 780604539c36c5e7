"""The settings bench/run serves the site with: production's, plus the bench app and its page.

`DJANGO_SETTINGS_MODULE=bench.settings`; everything else comes from the environment as in
production (bench/run sets DEBUG=false and the rest).
"""

import os

from newsroom.settings import *  # noqa: F403 - the production settings, extended below
from newsroom.settings import INSTALLED_APPS, MIDDLEWARE

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"

if os.environ.get("CACHE_BACKEND") == "dummy":
    # Caching off: bench/run's "cold" mode measures every page this way.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

if os.environ.get("BENCH_PAGE_CACHE") == "off":
    # bench/run's "parts" mode: no stored pages, every request renders its page from the parts
    # the fragment cache holds, as the first request after a publish does.
    MIDDLEWARE = [m for m in MIDDLEWARE if m != "newsroom.cache.PublicPageCacheMiddleware"]
