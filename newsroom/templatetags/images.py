"""Responsive photos: `{% picture photo %}` emits <picture> with WebP and JPEG srcsets.

    {% load images %}
    {% picture article.lead_photo sizes="(min-width: 60rem) 720px, 100vw" lead=True %}
    {% picture item.photo sizes="(min-width: 40rem) 50vw, 100vw" css_class="galeri" %}

Fetch the sized copies with the photos (`Photo.objects.with_renditions()`, or
`prefetch_related("lead_photo__renditions")`) so that a page's query count stays fixed.
"""

from django import template

register = template.Library()

# The image a browser without srcset support loads: big enough for a phone held sideways.
FALLBACK_WIDTH = 1024


def _srcset(renditions):
    return ", ".join(f"{r.file.url} {r.width}w" for r in renditions)


@register.inclusion_tag("images/picture.html")
def picture(photo, sizes="100vw", lead=False, css_class=""):
    """Render a photo responsively; eager and high priority when it is the lead photo."""
    if not photo or not photo.image:
        return {"photo": None}
    sets = photo.rendition_sets()
    fallback = sets["fallback"]
    suitable = [r for r in fallback if r.width <= FALLBACK_WIDTH] or fallback
    return {
        "photo": photo,
        "src": suitable[-1].file.url if suitable else photo.image.url,
        "webp_srcset": _srcset(sets["webp"]),
        "fallback_srcset": _srcset(fallback),
        "sizes": sizes,
        "width": photo.width,
        "height": photo.height,
        "lead": lead,
        "css_class": css_class,
    }
