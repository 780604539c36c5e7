"""Responsive photos: `{% picture photo %}` emits <picture> with WebP and JPEG srcsets.

    {% load images %}
    {% picture article.lead_photo sizes="(min-width: 60rem) 720px, 100vw" lead=True %}
    {% picture item.photo sizes="(min-width: 40rem) 50vw, 100vw" css_class="galeri" %}

The markup is templates/newsroom/parts/picture.html, which article cards include too. The sizes
come from `Photo.variants`, stored with the photo when its renditions are made, so a page of
photos reads no rendition rows and costs no query per photo. A picture is kept in the cache
with the part it is in (a card, an article's block), not on its own.
"""

from django import template

from newsroom.parts import picture_sources, shown_photo

register = template.Library()


@register.inclusion_tag("newsroom/parts/picture.html")
def picture(photo, sizes="100vw", lead=False, css_class=""):
    """Render a photo responsively; eager and high priority when it is the lead photo."""
    shown = shown_photo(photo)
    return {
        "photo": shown,
        "sets": picture_sources(shown) if shown else None,
        "sizes": sizes,
        "lead": lead,
        "css_class": css_class,
    }
