"""Responsive photos: `{% picture photo %}` emits <picture> with WebP and JPEG srcsets.

    {% load images %}
    {% picture article.lead_photo sizes="(min-width: 60rem) 720px, 100vw" lead=True %}
    {% picture item.photo sizes="(min-width: 40rem) 50vw, 100vw" css_class="galeri" %}

The markup is templates/newsroom/parts/picture.html. The sizes come from `Photo.variants`,
stored with the photo when its renditions are made, so a page of photos reads no rendition rows
and costs no query per photo.
"""

from django import template

register = template.Library()

# The image a browser without srcset support loads: big enough for a phone held sideways.
FALLBACK_WIDTH = 1024


def _srcset(sized):
    return ", ".join(f"{url} {width}w" for width, url in sized)


def picture_context(photo, sizes="100vw", lead=False, css_class=""):
    """What parts/picture.html needs; {"photo": None} when there is no image to show."""
    if not photo or not photo.image:
        return {"photo": None}
    sets = photo.rendition_sets()
    fallback = sets["fallback"]
    suitable = [item for item in fallback if item[0] <= FALLBACK_WIDTH] or fallback
    return {
        "photo": photo,
        "src": suitable[-1][1] if suitable else photo.image.url,
        "webp": _srcset(sets["webp"]),
        "fallback": _srcset(fallback),
        "sizes": sizes,
        "lead": lead,
        "css_class": css_class,
    }


@register.inclusion_tag("newsroom/parts/picture.html")
def picture(photo, sizes="100vw", lead=False, css_class=""):
    """Render a photo responsively; eager and high priority when it is the lead photo."""
    return picture_context(photo, sizes=sizes, lead=lead, css_class=css_class)
