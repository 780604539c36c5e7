"""RSS feeds parse cleanly with their lead images; sitemaps are valid XML naming every live page."""

import html
from datetime import timedelta
from urllib.parse import urlsplit
from xml.etree import ElementTree

import feedparser
import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, EventFactory, PhotoFactory

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture
def articles():
    with_photo = ArticleFactory(
        live=True, title="Panen sayur", lead_photo=PhotoFactory(), tags=["Pertanian"]
    )
    plain = ArticleFactory(live=True, title="Razia kamar", unit=with_photo.unit)
    draft = ArticleFactory(title="Draf rahasia", unit=with_photo.unit, tags=["Pertanian"])
    scheduled = ArticleFactory(
        title="Terjadwal besok",
        status="published",
        published_at=timezone.now() + timedelta(days=1),
        unit=with_photo.unit,
    )
    return with_photo, plain, draft, scheduled


def xml(client, url):
    """Our own sitemap response parsed as XML (trusted: the test just rendered it)."""
    response = client.get(url)
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)  # noqa: S314


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_feeds_list_live_articles_with_the_lead_image_as_enclosure(client, articles):
    with_photo, plain, draft, scheduled = articles
    for url in ["/feed/", f"/upt/{with_photo.unit.slug}/feed/", "/topik/pertanian/feed/"]:
        feed = parse(client, url)
        titles = [e.title for e in feed.entries]
        assert "Panen sayur" in titles
        assert draft.title not in titles and scheduled.title not in titles
        entry = next(e for e in feed.entries if e.title == "Panen sayur")
        assert entry.link.endswith(with_photo.get_absolute_url())
        assert entry.enclosures[0].type == "image/jpeg"
        assert entry.enclosures[0].href.startswith("http")
    assert [e.title for e in parse(client, "/topik/pertanian/feed/").entries] == ["Panen sayur"]
    assert feedparser.parse(client.get("/feed/").content).feed.language == "id"


def test_sitemap_index_names_every_section(client, articles):
    root = xml(client, "/sitemap.xml")
    locations = [loc.text for loc in root.iter(f"{SM}loc")]
    for section in ["berita", "google-news", "upt", "topik", "kegiatan", "wilayah", "halaman"]:
        assert any(loc.endswith(f"/sitemap-{section}.xml") for loc in locations), section


def test_article_sitemap_lists_live_articles_only(client, articles):
    with_photo, plain, draft, scheduled = articles
    # Article sitemap pages hold blocks of ids; on PostgreSQL ids keep counting across tests,
    # so read every page the index names rather than only the first.
    index = xml(client, "/sitemap.xml")
    pages = [urlsplit(loc.text) for loc in index.iter(f"{SM}loc") if "/sitemap-berita.xml" in loc.text]
    locations = set()
    for page in pages:
        root = xml(client, page.path + (f"?{page.query}" if page.query else ""))
        locations |= {loc.text for loc in root.iter(f"{SM}loc")}
    assert any(loc.endswith(with_photo.get_absolute_url()) for loc in locations)
    assert any(loc.endswith(plain.get_absolute_url()) for loc in locations)
    assert len(locations) == 2


def test_google_news_sitemap_holds_the_last_two_days(client, articles):
    ArticleFactory(live=True, title="Berita lama", published_at=timezone.now() - timedelta(days=5))
    root = xml(client, "/sitemap-google-news.xml")
    titles = [t.text for t in root.iter(f"{NEWS}title")]
    assert sorted(titles) == ["Panen sayur", "Razia kamar"]
    assert {lang.text for lang in root.iter(f"{NEWS}language")} == {"id"}


def test_unit_topic_and_event_sitemaps(client, articles):
    with_photo = articles[0]
    event = EventFactory()
    units = xml(client, "/sitemap-upt.xml")
    assert any(
        loc.text.endswith(with_photo.unit.get_absolute_url()) for loc in units.iter(f"{SM}loc")
    )
    topics = [loc.text for loc in xml(client, "/sitemap-topik.xml").iter(f"{SM}loc")]
    assert [t.rsplit("/", 2)[-2] for t in topics] == ["pertanian"]
    events = xml(client, "/sitemap-kegiatan.xml")
    assert any(loc.text.endswith(event.get_absolute_url()) for loc in events.iter(f"{SM}loc"))


def test_robots_txt_names_the_sitemap(client, settings):
    settings.SITE_URL = "https://warta.example.go.id"
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://warta.example.go.id/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_article_sitemap_locations_are_the_article_addresses():
    from newsroom.sitemaps import ArticleSitemap
    from tests.factories import ArticleFactory

    article = ArticleFactory(live=True)
    assert ArticleSitemap().location(article) == article.get_absolute_url()


def test_sitemap_pages_beyond_the_estimate_are_empty_not_errors():
    from newsroom.models import Article
    from newsroom.sitemaps import SitemapPaginator
    from tests.factories import ArticleFactory

    ArticleFactory.create_batch(3, live=True)
    paginator = SitemapPaginator(Article.objects.live().order_by("-published_at", "-id"), 2)
    assert [len(paginator.page(n).object_list) for n in paginator.page_range] == [2, 1]


def test_article_sitemap_pages_are_blocks_of_ids_that_keep_their_urls(client, monkeypatch):
    from newsroom.sitemaps import ArticleSitemap
    from tests.factories import ArticleFactory

    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    first = ArticleFactory(live=True)
    draft = ArticleFactory(status="draft")
    third = ArticleFactory(live=True)

    def listed(article):
        """The locations on the sitemap page that holds this article's id block."""
        root = xml(client, f"/sitemap-berita.xml?p={(article.pk - 1) // 2 + 1}")
        return [loc.text for loc in root.iter(f"{SM}loc")]

    assert any(loc.endswith(first.get_absolute_url()) for loc in listed(first))
    assert any(loc.endswith(third.get_absolute_url()) for loc in listed(third))
    assert not any(loc.endswith(draft.get_absolute_url()) for loc in listed(draft))
    before = listed(first)
    ArticleFactory(live=True)
    assert listed(first) == before


def shown(detail):
    """What a feed reader displays for a feedparser text construct (HTML is rendered as HTML)."""
    if detail.type == "text/html":
        assert "<" not in detail.value, f"markup reaches the reader: {detail.value!r}"
        return html.unescape(detail.value)
    return detail.value


def test_feeds_carry_typed_markup_as_characters_never_as_html(client):
    title = "<img src=x onerror=alert(1)> & kawan"
    summary = '<svg onload="alert(1)">Ringkasan</svg>'
    article = ArticleFactory(live=True, title=title, summary=summary, tags=["<b>Tebal</b>"])
    tag = article.tags.get()
    for url in ["/feed/", f"/upt/{article.unit.slug}/feed/", f"/topik/{tag.slug}/feed/"]:
        feed = parse(client, url)
        entry = feed.entries[0]
        assert shown(entry.title_detail) == title
        assert shown(entry.summary_detail) == summary
    topic = parse(client, f"/topik/{tag.slug}/feed/").feed
    assert "<b>Tebal</b>" in shown(topic.title_detail)
    assert "<b>Tebal</b>" in shown(topic.subtitle_detail)
