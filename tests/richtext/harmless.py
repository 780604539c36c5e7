"""Checks that a stored body can do nothing but display text and allowed media."""

from html.parser import HTMLParser

from newsroom.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, video_embed_allowed

FORCED = {"rel", "loading", "sandbox", "class"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag {tag}")
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES.get(tag, set()) | FORCED:
                self.problems.append(f"attribute {name} on {tag}")
            compact = "".join((value or "").split()).lower()
            if compact.startswith(BAD_SCHEMES):
                self.problems.append(f"{name}={value!r}")
            if tag == "iframe" and name == "src" and not video_embed_allowed(value):
                self.problems.append(f"frame {value!r}")
            if tag == "img" and name == "src" and compact.startswith(("//", "/\\", "http")):
                self.problems.append(f"foreign image {value!r}")


def problems_in(html):
    """Every unsafe thing found in `html`; empty when it is harmless."""
    audit = _Audit()
    audit.feed(html)
    audit.close()
    return audit.problems
