"""How long a headline and its address may be.

Search results show about seventy characters of a title; past that it is cut with an ellipsis.
A headline longer than TITLE_MAX is refused with a message (never cut silently by the browser),
and the address made from it keeps at most SLUG_MAX characters, ending at a whole word.
"""

from django.utils.text import slugify

TITLE_RECOMMENDED = 70
TITLE_MAX = 150
SLUG_MAX = 80


def short_slug(title):
    """The address part made from a headline: at most SLUG_MAX characters, whole words only."""
    slug = slugify(title)
    if len(slug) > SLUG_MAX:
        cut = slug[: SLUG_MAX + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:SLUG_MAX]
    return slug.strip("-") or "berita"
