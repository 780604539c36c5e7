"""What makes an article findable and shareable: absolute URLs, share links, JSON-LD, video."""

import re
from urllib.parse import parse_qs, quote, urlparse

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext as _


def absolute(url):
    """An absolute URL on the public site (URLs that are already absolute pass through)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return f"{settings.SITE_URL}{url}"


def photo_url(photo):
    """The absolute URL of a photo's image, or an empty string."""
    return absolute(photo.image.url) if photo and photo.image else ""


def share_links(title, url):
    """Share targets for one page: (label, URL) pairs, no third-party script involved."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return [
        ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("X", f"https://x.com/intent/post?url={u}&text={t}"),
        ("Telegram", f"https://t.me/share/url?url={u}&text={t}"),
    ]


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def video_embed(url):
    """The privacy-friendly player address for a YouTube or Vimeo link, or None."""
    if not url:
        return None
    parsed = urlparse(url)
    host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtu.be":
        video_id = parsed.path.strip("/")
    elif host == "youtube.com":
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/shorts/", "/embed/", "/live/")):
            video_id = parsed.path.split("/")[2]
    if _YOUTUBE_ID.match(video_id):
        return {
            "provider": "YouTube",
            "embed_url": f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1",
        }
    if host == "vimeo.com" and parsed.path.strip("/").isdigit():
        return {
            "provider": "Vimeo",
            "embed_url": f"https://player.vimeo.com/video/{parsed.path.strip('/')}?autoplay=1",
        }
    return None


def publisher():
    return {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": absolute("/"),
        "logo": {"@type": "ImageObject", "url": absolute(static("img/logo.svg"))},
    }


def article_json_ld(article, tags, url, corrections=(), picture=None):
    """schema.org NewsArticle and BreadcrumbList for an article page, as a list of dicts."""
    if article.reporter_id:
        author = {
            "@type": "Person",
            "name": article.reporter.display_name,
            "url": absolute(article.reporter.get_absolute_url()),
        }
    else:
        author = {
            "@type": "Organization",
            "name": article.unit.name,
            "url": absolute(article.unit.get_absolute_url()),
        }
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        # A substantive change (a correction note), not every typo fixed since publication.
        "dateModified": article.modified_at.isoformat() if article.modified_at else None,
        "author": [author],
        "publisher": publisher(),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": str(article.get_kind_display()),
        "keywords": ", ".join(t.name for t in tags),
        "isAccessibleForFree": True,
        "inLanguage": "id",
    }
    if picture:
        news["image"] = [picture["url"]]
    ralat = [c for c in corrections if c.kind == c.Kind.RALAT]
    if ralat:
        news["correction"] = [
            {"@type": "CorrectionComment", "text": c.note, "datePublished": c.noted_at.isoformat()}
            for c in ralat
        ]
    crumbs = [
        (_("Beranda"), absolute("/")),
        (article.unit.region.name, absolute(article.unit.region.get_absolute_url())),
        (article.unit.short_name, absolute(article.unit.get_absolute_url())),
        (article.title, url),
    ]
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": str(name), "item": link}
            for i, (name, link) in enumerate(crumbs, start=1)
        ],
    }
    return [news, breadcrumbs]
