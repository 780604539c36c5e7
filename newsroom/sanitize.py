# Shim: replaced by the photos branch at merge.
"""The project's one HTML sanitiser for stored rich text (nh3 with an allowlist)."""

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "a", "ul", "ol", "li",
    "blockquote", "h2", "h3", "h4", "figure", "figcaption", "img", "table", "thead", "tbody",
    "tr", "th", "td", "hr", "pre", "code",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}


def sanitize_html(html: str) -> str:
    """Return html with only the allowed tags and attributes; scripts and styles removed whole."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
