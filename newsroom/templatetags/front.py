"""The front page's shared parts: registered blocks, and the masthead's list of regions."""

from django import template
from django.core.cache import cache
from django.template.loader import render_to_string

from newsroom import front
from newsroom.cache import generation
from upt.models import Region

register = template.Library()


@register.simple_tag
def front_blocks():
    """Every block another app registered for the home page, rendered from its template."""
    # render_to_string: the block's own template does the markup (auto-escaped there).
    return [render_to_string(block.template, block.context()) for block in front.blocks()]


@register.simple_tag
def site_regions():
    """(slug, name) of every region for the masthead and footer: one query per cache generation."""
    key = f"public:{generation()}:regions"
    regions = cache.get(key)
    if regions is None:
        regions = list(Region.objects.order_by("name").values_list("slug", "name"))
        cache.set(key, regions, 600)
    return regions
