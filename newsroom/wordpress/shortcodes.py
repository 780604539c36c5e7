"""WordPress body text to plain HTML: shortcodes, blank-line paragraphs and media addresses.

Pure functions on strings; the import service decides what the attachments map to. The result
still goes through the project's sanitiser before it is stored.
"""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"\]]+))""")
_CAPTION = re.compile(r"\[caption\b([^\]]*)\](.*?)\[/caption\]", re.S | re.I)
_CAPTION_IMAGE = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.S | re.I)
_GALLERY = re.compile(r"\[gallery\b([^\]]*)\]", re.I)
# WordPress shortcodes are lower-case names; "[Foto: Humas]" or "[Red]" in a text is prose.
_SHORTCODE = re.compile(r"\[(/?)([a-z][a-z0-9_-]*)(?=[\s\]/])[^\]\[]*\]")
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_BLOCK = (
    "address|article|aside|blockquote|details|div|dl|dd|dt|fieldset|figcaption|figure|footer|"
    "form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul|"
    "iframe|video|audio|object"
)
# script and style are left out on purpose: text after them still becomes a paragraph, and the
# sanitiser removes them afterwards.
_STARTS_BLOCK = re.compile(rf"^\s*</?(?:{_BLOCK})\b", re.I)
_ENDS_BLOCK = re.compile(rf"</?(?:{_BLOCK})\b[^>]*>\s*$", re.I)


@dataclass
class CaptionedImage:
    attachment_id: int | None
    src: str
    text: str


@dataclass
class Converted:
    html: str
    gallery_ids: list[int] = field(default_factory=list)
    # True when a [gallery] without ids asks for the post's own attachments, as WordPress does.
    gallery_of_children: bool = False
    captions: list[CaptionedImage] = field(default_factory=list)
    removed: Counter = field(default_factory=Counter)


def attributes(text: str) -> dict[str, str]:
    """Shortcode or HTML attributes as a dict (first value wins)."""
    found = {}
    for match in _ATTR.finditer(text or ""):
        name = match.group(1).lower()
        if name not in found:
            found[name] = next(g for g in match.groups()[1:] if g is not None)
    return found


def _attachment_id(shortcode_attrs: dict[str, str], img: str) -> int | None:
    marker = shortcode_attrs.get("id", "")
    if marker.startswith("attachment_") and marker[11:].isdigit():
        return int(marker[11:])
    found = _WP_IMAGE_CLASS.search(attributes(img).get("class", ""))
    return int(found.group(1)) if found else None


def convert_shortcodes(text: str) -> Converted:
    """Captions become <figure>s, galleries are lifted out, any other shortcode is dropped."""
    result = Converted(html="")

    def caption(match):
        attrs = attributes(match.group(1))
        inner = _CAPTION_IMAGE.match(match.group(2))
        if not inner:
            result.removed["caption"] += 1
            return match.group(2)
        img, words = inner.group(1), inner.group(2).strip() or attrs.get("caption", "")
        src = attributes(re.search(r"<img\b[^>]*>", img, re.I).group(0)).get("src", "")
        result.captions.append(CaptionedImage(_attachment_id(attrs, img), src, words))
        figcaption = f"<figcaption>{words}</figcaption>" if words else ""
        return f"\n\n<figure>{img}{figcaption}</figure>\n\n"

    def gallery(match):
        ids = attributes(match.group(1)).get("ids") or attributes(match.group(1)).get("include")
        if ids:
            result.gallery_ids.extend(int(i) for i in re.findall(r"\d+", ids))
        else:
            result.gallery_of_children = True
        return ""

    def other(match):
        if not match.group(1):
            result.removed[match.group(2)] += 1
        # The tags go; whatever they enclosed (an embed's address, a quote) stays as text.
        return ""

    html = _CAPTION.sub(caption, text or "")
    html = _GALLERY.sub(gallery, html)
    result.html = _SHORTCODE.sub(other, html)
    return result


def autop(text: str) -> str:
    """WordPress's wpautop in short: blank-line paragraphs become <p>, blocks are left alone."""
    text = re.sub(
        r"<!--.*?-->", "", (text or "").replace("\r\n", "\n").replace("\r", "\n"), flags=re.S
    )
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if _STARTS_BLOCK.match(chunk) or _ENDS_BLOCK.search(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + re.sub(r"\s*\n\s*", "<br>\n", chunk) + "</p>")
    return "\n".join(out)


def media_key(url: str) -> str | None:
    """A WordPress upload address reduced to its original file: no size suffix, no '-scaled'."""
    if "wp-content/uploads/" not in (url or ""):
        return None
    path = url.split("wp-content/uploads/", 1)[1].split("?", 1)[0].split("#", 1)[0]
    path = re.sub(r"-(?:\d+x\d+|scaled)(?=\.\w+$)", "", path)
    return path.lower()


def rewrite_media(html: str, resolve: Callable[[str, int | None], tuple[str, str] | None]) -> str:
    """Point <img> and links at imported photos; resolve(url, attachment_id) -> (url, alt)."""

    def img(match):
        tag = match.group(0)
        attrs = attributes(tag)
        found = _WP_IMAGE_CLASS.search(attrs.get("class", ""))
        target = resolve(attrs.get("src", ""), int(found.group(1)) if found else None)
        if not target:
            return tag
        url, alt = target
        tag = re.sub(r"""\s(?:srcset|sizes)\s*=\s*(?:"[^"]*"|'[^']*')""", "", tag)
        tag = re.sub(r"""\ssrc\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", f' src="{url}"', tag, count=1)
        if not attrs.get("alt") and alt:
            tag = re.sub(r"""\salt\s*=\s*(?:"[^"]*"|'[^']*')""", "", tag)
            tag = tag.replace("<img", f'<img alt="{_attr_escape(alt)}"', 1)
        return tag

    def link(match):
        target = resolve(match.group(2), None)
        return f"{match.group(1)}{target[0]}{match.group(3)}" if target else match.group(0)

    html = re.sub(r"<img\b[^>]*>", img, html, flags=re.I)
    return re.sub(r"""(<a\b[^>]*\shref=")([^"]*)(")""", link, html, flags=re.I)


def _attr_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
