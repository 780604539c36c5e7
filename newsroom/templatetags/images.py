"""Responsive photos: `{% picture photo %}` emits <picture> with WebP and JPEG srcsets.

    {% load images %}
    {% picture article.lead_photo sizes="(min-width: 60rem) 720px, 100vw" lead=True %}
    {% picture item.photo sizes="(min-width: 40rem) 50vw, 100vw" css_class="galeri" %}

The sizes come from `Photo.variants`, stored with the photo when its renditions are made, so a
page of photos reads no rendition rows and costs no query per photo.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

# The image a browser without srcset support loads: big enough for a phone held sideways.
FALLBACK_WIDTH = 1024


def _srcset(sized):
    return ", ".join(f"{url} {width}w" for width, url in sized)


def picture_html(photo, sizes="100vw", lead=False, css_class=""):
    """The <picture> element for a photo, or an empty string when there is no image."""
    if not photo or not photo.image:
        return ""
    sets = photo.rendition_sets()
    fallback = sets["fallback"]
    suitable = [item for item in fallback if item[0] <= FALLBACK_WIDTH] or fallback
    src = suitable[-1][1] if suitable else photo.image.url
    source = img_srcset = ""
    if sets["webp"]:
        source = format_html(
            '<source type="image/webp" srcset="{}" sizes="{}">', _srcset(sets["webp"]), sizes
        )
    if fallback:
        img_srcset = format_html(' srcset="{}" sizes="{}"', _srcset(fallback), sizes)
    attributes = []
    if photo.width and photo.height:
        attributes += [("width", photo.width), ("height", photo.height)]
    attributes.append(("alt", photo.alt_text))
    if lead:
        attributes += [("loading", "eager"), ("fetchpriority", "high")]
    else:
        attributes.append(("loading", "lazy"))
    attributes.append(("decoding", "async"))
    if css_class:
        attributes.append(("class", css_class))
    return format_html(
        '<picture>{}<img src="{}"{}{}></picture>',
        source,
        src,
        img_srcset,
        format_html_join("", ' {}="{}"', attributes),
    )


@register.simple_tag
def picture(photo, sizes="100vw", lead=False, css_class=""):
    """Render a photo responsively; eager and high priority when it is the lead photo."""
    return picture_html(photo, sizes=sizes, lead=lead, css_class=css_class) or mark_safe("")
