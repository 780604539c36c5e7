"""The front page's shared parts: registered blocks, and the masthead's list of regions."""

from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse

from newsroom import front
from newsroom.cache import generation, page_cache_enabled
from upt.models import Region

register = template.Library()


@register.simple_tag
def front_blocks():
    """Every block another app registered for the home page, rendered from its template."""
    # render_to_string: the block's own template does the markup (auto-escaped there).
    return [render_to_string(block.template, block.context()) for block in front.blocks()]


@register.simple_tag
def site_regions():
    """(address, name) of every region for the masthead and footer, kept per cache generation
    and script prefix: one query and 38 reverse() calls then, instead of 76 calls per page."""
    if not page_cache_enabled():
        # A cache that keeps nothing (caching off): reading the generation would be a query
        # for a key nothing is stored under.
        return _region_links()
    key = f"public:{generation()}:regions:{get_script_prefix()}"
    regions = cache.get(key)
    if regions is None:
        regions = _region_links()
        cache.set(key, regions, 600)
    return regions


def _region_links():
    return [
        (reverse("region-detail", args=[slug]), name)
        for slug, name in Region.objects.order_by("name").values_list("slug", "name")
    ]
