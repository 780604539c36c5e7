"""A streaming reader of WordPress export files (WXR): one author or item at a time.

iterparse keeps memory flat on exports of hundreds of megabytes because each item is dropped
once read. defusedxml's version refuses entity declarations and external references, which a
real WordPress export never has, so a hostile file cannot blow up memory or reach the disk.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse
from django.utils.translation import gettext_lazy as _

SUPPORTED_VERSIONS = {"1.0", "1.1", "1.2"}
_CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_DC_NS = "http://purl.org/dc/elements/1.1/"
# WordPress itself writes http://wordpress.org/export/1.2/; WordPress.com and newer tools write
# https. Either, of any version: the version is read from wp:wxr_version.
_WP_NS_PREFIXES = ("http://wordpress.org/export/", "https://wordpress.org/export/")


class ExportRefused(Exception):
    """The file cannot be imported at all; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Author:
    login: str
    display_name: str
    email: str = ""


@dataclass
class Item:
    """One <item> of the export, with the fields the import uses."""

    title: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_id: int = 0
    post_date: str = ""
    post_date_gmt: str = ""
    slug: str = ""
    status: str = ""
    parent: int = 0
    menu_order: int = 0
    post_type: str = ""
    mime_type: str = ""
    attachment_url: str = ""
    categories: list[tuple[str, str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def _name(tag: str) -> str:
    """'{ns}local' -> 'wp:local', 'content:local', ... whatever the WXR version in the namespace."""
    if not tag.startswith("{"):
        return tag
    ns, local = tag[1:].split("}", 1)
    if ns.startswith(_WP_NS_PREFIXES):
        return f"excerpt:{local}" if ns.rstrip("/").endswith("excerpt") else f"wp:{local}"
    if ns == _CONTENT_NS:
        return f"content:{local}"
    if ns == _DC_NS:
        return f"dc:{local}"
    return local


def _int(text: str) -> int:
    try:
        return int((text or "0").strip())
    except ValueError:
        return 0


def _item(element) -> Item:
    item = Item()
    simple = {
        "title": "title",
        "link": "link",
        "guid": "guid",
        "dc:creator": "creator",
        "content:encoded": "content",
        "excerpt:encoded": "excerpt",
        "wp:post_date": "post_date",
        "wp:post_date_gmt": "post_date_gmt",
        "wp:post_name": "slug",
        "wp:status": "status",
        "wp:post_type": "post_type",
        "wp:post_mime_type": "mime_type",
        "wp:attachment_url": "attachment_url",
    }
    for child in element:
        name = _name(child.tag)
        text = child.text or ""
        if name in simple:
            setattr(item, simple[name], text.strip() if name != "content:encoded" else text)
        elif name == "wp:post_id":
            item.post_id = _int(text)
        elif name == "wp:post_parent":
            item.parent = _int(text)
        elif name == "wp:menu_order":
            item.menu_order = _int(text)
        elif name == "category":
            item.categories.append(
                (child.get("domain", ""), child.get("nicename", ""), text.strip())
            )
        elif name == "wp:postmeta":
            key = value = ""
            for meta in child:
                if _name(meta.tag) == "wp:meta_key":
                    key = (meta.text or "").strip()
                elif _name(meta.tag) == "wp:meta_value":
                    value = meta.text or ""
            if key:
                item.meta[key] = value
    return item


def _author(element) -> Author:
    values = {_name(child.tag): (child.text or "").strip() for child in element}
    login = values.get("wp:author_login", "")
    return Author(
        login=login,
        display_name=values.get("wp:author_display_name", "") or login,
        email=values.get("wp:author_email", ""),
    )


def read_export(path) -> Iterator[Author | Item]:
    """Yield the export's authors and items in file order; raise ExportRefused on a bad file."""
    version = None
    channel = None
    depth = 0
    try:
        for event, element in iterparse(path, events=("start", "end")):
            if event == "start":
                depth += 1
                if depth == 2 and _name(element.tag) == "channel":
                    channel = element
                continue
            depth -= 1
            name = _name(element.tag)
            if depth == 0 and name != "rss":
                raise ExportRefused(_("Berkas ini bukan ekspor WordPress (bukan RSS)."))
            if channel is None or depth != 2:
                continue
            if name == "wp:wxr_version":
                version = (element.text or "").strip()
                if version not in SUPPORTED_VERSIONS:
                    raise ExportRefused(
                        _("Versi WXR %(version)s tidak didukung (hanya 1.0, 1.1 dan 1.2).")
                        % {"version": version}
                    )
            elif name in ("item", "wp:author"):
                if version is None:
                    raise ExportRefused(
                        _("Berkas ini bukan ekspor WordPress: versi WXR tidak ditemukan.")
                    )
                yield _item(element) if name == "item" else _author(element)
                # Drop what was read so memory stays flat however long the file is.
                channel.clear()
    except DefusedXmlException as exc:
        raise ExportRefused(
            _(
                "Berkas ekspor memuat deklarasi entitas XML yang tidak diizinkan. Tidak ada yang diimpor."
            )
        ) from exc
    except ParseError as exc:
        line, column = exc.position
        raise ExportRefused(
            _(
                "Berkas ekspor rusak atau terpotong: kesalahan XML pertama di baris %(line)s, "
                "kolom %(column)s. Tidak ada yang diimpor."
            )
            % {"line": line, "column": column + 1}
        ) from exc
    if version is None:
        raise ExportRefused(_("Berkas ini bukan ekspor WordPress: versi WXR tidak ditemukan."))
