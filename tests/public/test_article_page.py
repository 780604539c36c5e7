"""The article page: what a reader sees, what a search engine and a share preview read."""

import json
import re

import pytest

from newsroom.models import Article
from newsroom.views import article_context
from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    EventFactory,
    PhotoFactory,
    ReporterFactory,
)

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert blocks
    return json.loads(blocks[0])


@pytest.fixture
def article(settings):
    settings.SITE_URL = "https://warta.example.go.id"
    reporter = ReporterFactory(display_name="Rina Lestari")
    article = ArticleFactory(
        live=True,
        title="Kalapas Hadiri Rapat Teknis </script><b>Humas</b>",
        unit=reporter.unit,
        reporter=reporter,
        event=EventFactory(name="Rapat Teknis Humas 2024"),
        lead_photo=PhotoFactory(caption="Peserta rapat", credit="Dok. Humas Lapas Permisan"),
        dateline="Nusakambangan",
        tags=["Humas", "Rapat Teknis"],
    )
    ArticlePhotoFactory(article=article, caption="Diskusi kelompok")
    return article


def test_article_shows_byline_photo_gallery_event_tags_and_share_links(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{article.reporter.get_absolute_url()}"' in html
    assert f'href="{article.unit.get_absolute_url()}"' in html
    assert '<figure class="lead">' in html and "Dok. Humas Lapas Permisan" in html
    assert "Diskusi kelompok" in html
    assert "Rapat Teknis Humas 2024" in html
    assert 'href="/topik/rapat-teknis/"' in html
    for target in ["wa.me", "facebook.com/sharer", "x.com/intent", "t.me/share"]:
        assert target in html
    assert "&lt;b&gt;Humas&lt;/b&gt;" in html and "<b>Humas</b>" not in html


def test_article_has_json_ld_news_article_with_the_fields_search_engines_read(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    news = json_ld(html)
    news, crumbs = news
    assert news["@type"] == "NewsArticle"
    assert news["headline"] == article.title
    assert news["datePublished"] and news["dateModified"]
    assert news["author"][0]["name"] == "Rina Lestari"
    assert news["publisher"]["logo"]["url"].startswith("https://warta.example.go.id/")
    assert news["image"][0].startswith("https://warta.example.go.id/media/")
    assert news["articleSection"] == "Berita"
    assert news["keywords"] == "Humas, Rapat Teknis"
    assert crumbs["@type"] == "BreadcrumbList"
    assert crumbs["itemListElement"][-1]["item"].endswith(article.get_absolute_url())


def test_article_has_canonical_opengraph_and_twitter_card(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    url = f"https://warta.example.go.id{article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert '<meta property="og:image" content="https://warta.example.go.id/media/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_media_coverage_names_its_source_and_points_canonical_to_it(client):
    article = ArticleFactory(
        live=True,
        kind=Article.Kind.LIPUTAN_MEDIA,
        source_name="Warta Bali Harian",
        source_url="https://example.com/berita/ukir",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<link rel="canonical" href="https://example.com/berita/ukir">' in html
    assert '<a href="https://example.com/berita/ukir" rel="noopener">Warta Bali Harian</a>' in html


def test_programme_video_loads_the_player_only_on_click_and_page_has_no_inline_script(client):
    article = ArticleFactory(
        live=True,
        kind=Article.Kind.VIDEO,
        programme="apa-kabar",
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<iframe" not in html
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/ld+json"' in tag, tag


def test_related_articles_share_the_event_tags_or_unit(client, article):
    same_event = ArticleFactory(live=True, event=article.event, title="Liputan lain rapat")
    same_tag = ArticleFactory(live=True, tags=["Humas"], title="Sesama topik humas")
    unrelated = ArticleFactory(live=True, title="Tak ada hubungannya")
    html = client.get(article.get_absolute_url()).content.decode()
    related = html[html.index('id="terkait"') :]
    assert same_event.title in related and same_tag.title in related
    assert unrelated.title not in related


def test_article_context_serves_a_preview_of_a_draft(article):
    draft = ArticleFactory(title="Draf pratinjau", tags=["Humas"])
    context = article_context(draft)
    assert context["article"] == draft
    assert [t.name for t in context["tags"]] == ["Humas"]
    assert article in context["related"]()
