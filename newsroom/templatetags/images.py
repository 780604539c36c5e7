"""Responsive photos: `{% picture photo %}` emits <picture> with WebP and JPEG srcsets.

    {% load images %}
    {% picture article.lead_photo sizes="(min-width: 60rem) 720px, 100vw" lead=True %}
    {% picture item.photo sizes="(min-width: 40rem) 50vw, 100vw" css_class="galeri" %}

The sizes come from `Photo.variants`, stored with the photo when its renditions are made, so a
page of photos reads no rendition rows and costs no query per photo.
"""

from django import template
from django.utils.safestring import mark_safe

from newsroom.markup import esc

register = template.Library()

# The image a browser without srcset support loads: big enough for a phone held sideways.
FALLBACK_WIDTH = 1024


def _srcset(sized):
    return esc(", ".join(f"{url} {width}w" for width, url in sized))


def picture_html(photo, sizes="100vw", lead=False, css_class=""):
    """The <picture> element for a photo, or an empty string when there is no image."""
    if not photo or not photo.image:
        return ""
    sets = photo.rendition_sets()
    fallback = sets["fallback"]
    suitable = [item for item in fallback if item[0] <= FALLBACK_WIDTH] or fallback
    src = suitable[-1][1] if suitable else photo.image.url
    sizes = esc(sizes)
    source = img_srcset = ""
    if sets["webp"]:
        source = f'<source type="image/webp" srcset="{_srcset(sets["webp"])}" sizes="{sizes}">'
    if fallback:
        img_srcset = f' srcset="{_srcset(fallback)}" sizes="{sizes}"'
    attributes = ""
    if photo.width and photo.height:
        attributes += f' width="{photo.width:d}" height="{photo.height:d}"'
    attributes += f' alt="{esc(photo.alt_text)}"'
    if lead:
        attributes += ' loading="eager" fetchpriority="high"'
    else:
        attributes += ' loading="lazy"'
    attributes += ' decoding="async"'
    if css_class:
        attributes += f' class="{esc(css_class)}"'
    # Every value above is escaped or an integer.
    return mark_safe(f'<picture>{source}<img src="{esc(src)}"{img_srcset}{attributes}></picture>')  # noqa: S308


@register.simple_tag
def picture(photo, sizes="100vw", lead=False, css_class=""):
    """Render a photo responsively; eager and high priority when it is the lead photo."""
    return picture_html(photo, sizes=sizes, lead=lead, css_class=css_class) or mark_safe("")
