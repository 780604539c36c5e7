"""HTML built in Python for the hot paths (article cards, pictures), escaped as Django escapes.

`format_html` and `conditional_escape` go through Django's lazy-string wrappers on every
argument; a list page calls them a few thousand times. `esc` gives the same output for the
plain strings and numbers those places write.
"""

from html import escape as _escape


def esc(value):
    """Escape like conditional_escape: safe strings (anything with __html__) pass through."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return _escape(str(value))
