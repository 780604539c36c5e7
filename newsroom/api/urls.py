"""The API's URL patterns, each one a public page to the page cache (newsroom/cache.py).

So the API gets what the HTML pages get: an ETag and 304s, Cache-Control for shared caches,
storage in the page cache, and the same invalidation when anything public changes.
"""

from newsroom.cache import cached_public_page

from .site import api


def urls():
    """(patterns, app_name, namespace) for include(), every view marked a public page."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = cached_public_page(pattern.callback)
    return patterns, app_name, namespace
