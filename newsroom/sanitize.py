"""The one sanitiser for rich text: every path that stores an article body goes through it.

CKEditor, paste from Word, importers and any future API all hand over HTML that may carry
scripts; what comes out of `sanitize_html()` is a fixed, explicit allowlist of news markup.
The model field `SanitizedRichTextField` calls it on every write, so no caller can forget.
"""

import re
from urllib.parse import urlsplit

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4",
    "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "a", "ul", "ol", "li", "blockquote",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "figure", "figcaption", "img", "iframe",
}  # fmt: skip

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "iframe": {"src", "width", "height", "title", "allowfullscreen"},
}

# image2 marks captioned images and alignment with these classes (see CKEDITOR_CONFIGS).
ALLOWED_CLASSES = {
    "figure": {"image", "gambar-kiri", "gambar-tengah", "gambar-kanan"},
    "img": {"gambar-kiri", "gambar-tengah", "gambar-kanan"},
}

URL_SCHEMES = {"http", "https", "mailto"}

# Removed together with everything inside them, not just unwrapped.
CONTENT_TAGS = {"script", "style", "template", "noscript", "object", "embed", "svg", "math"}

# One forced attribute per tag: nh3 writes several in no fixed order, and a body must come
# out of a second cleaning unchanged (revisions compare bodies).
FORCED_ATTRIBUTES = {
    "iframe": {"sandbox": "allow-scripts allow-same-origin allow-presentation allow-popups"},
    "img": {"loading": "lazy"},
}

_UNSAFE_IN_URL = re.compile(r"[\\\x00-\x20\x7f]")
_IFRAME_WITHOUT_SRC = re.compile(r"<iframe(?![^>]*\ssrc=)[^>]*>.*?</iframe>", re.S | re.I)


def video_embed_allowed(url):
    """True for an https embed address on one of settings.VIDEO_EMBED_HOSTS."""
    parts = urlsplit(url.strip())
    return parts.scheme == "https" and parts.hostname in settings.VIDEO_EMBED_HOSTS


def _own_image(url):
    """Body images come from this site's media only: the CSP blocks every other host anyway."""
    url = url.strip()
    if _UNSAFE_IN_URL.search(url):
        # Browsers read "/\host" and "/<tab>/host" as another host.
        return False
    if url.startswith(settings.MEDIA_URL):
        return True
    return url.startswith("/") and not url.startswith("//")


def _filter_attribute(tag, attribute, value):
    if tag == "iframe" and attribute == "src":
        return value if video_embed_allowed(value) else None
    if tag == "img" and attribute == "src":
        return value if _own_image(value) else None
    if attribute in {"width", "height", "colspan", "rowspan", "start"}:
        return value if value.isdigit() and len(value) <= 5 else None
    return value


def _clean(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=CONTENT_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        strip_comments=True,
        link_rel="noopener noreferrer",
        set_tag_attribute_values=FORCED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        allowed_classes=ALLOWED_CLASSES,
    )


def sanitize_html(html):
    """Return `html` reduced to the news allowlist; safe to mark safe in a template."""
    if not html:
        return ""
    cleaned = _clean(str(html))
    if "<iframe" in cleaned:
        # An embed from a host off the allowlist has lost its src; drop the empty frame, then
        # clean again so that the cut can never leave anything but sanitised markup.
        cleaned = _clean(_IFRAME_WITHOUT_SRC.sub("", cleaned))
    return cleaned
