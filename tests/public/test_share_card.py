"""Every article shares with a picture: its lead photo, or a card drawn on our server."""

import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from PIL import Image

from newsroom.share_card import BRAND, render
from tests.factories import ArticleFactory, PhotoFactory

pytestmark = pytest.mark.django_db


def meta(page, prop):
    found = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', page)
    return found.group(1) if found else None


def news_image(page):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    items = [item for block in blocks for item in json.loads(block)]
    return next(i for i in items if i["@type"] == "NewsArticle").get("image")


def stored_file(url):
    name = url.split(settings.MEDIA_URL, 1)[1]
    return Path(settings.MEDIA_ROOT) / name


def cards():
    folder = Path(settings.MEDIA_ROOT) / "kartu-bagikan"
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.jpg"))


def test_an_article_without_a_photo_shares_a_card_with_its_title(client):
    article = ArticleFactory(live=True, title="Lapas Permisan raih penghargaan Humas")
    page = client.get(article.get_absolute_url()).content.decode()
    image = meta(page, "og:image")
    assert image and image.startswith("http") and "/kartu-bagikan/" in image
    assert meta(page, "twitter:image") == image
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "og:image:width") == "1200" and meta(page, "og:image:height") == "630"
    assert meta(page, "og:image:alt") == article.title
    assert news_image(page) == [image]
    with Image.open(stored_file(image)) as card:
        assert card.format == "JPEG" and card.size == (1200, 630)


def test_the_card_is_drawn_once_and_again_only_when_the_title_changes(client):
    article = ArticleFactory(live=True, title="Judul pertama")
    client.get(article.get_absolute_url())
    first = cards()
    assert len(first) == 1
    client.get(article.get_absolute_url())  # cached page: nothing drawn
    cache.clear()
    client.get(article.get_absolute_url())  # rendered afresh: the stored card is reused
    assert cards() == first

    article.title = "Judul kedua yang diperbaiki"
    article.save()
    page = client.get(article.get_absolute_url()).content.decode()
    assert len(cards()) == 1 and cards() != first
    assert cards()[0] in meta(page, "og:image")


def test_an_article_with_a_lead_photo_shares_the_photo(client):
    photo = PhotoFactory(alt_text="Kalapas menyerahkan piagam")
    article = ArticleFactory(live=True, lead_photo=photo)
    page = client.get(article.get_absolute_url()).content.decode()
    assert meta(page, "og:image").endswith(photo.image.url)
    assert meta(page, "og:image:alt") == "Kalapas menyerahkan piagam"
    assert news_image(page) == [meta(page, "og:image")]
    assert cards() == []


def test_cards_of_two_articles_differ(client):
    one = ArticleFactory(live=True, title="Pembinaan kemandirian warga binaan")
    two = ArticleFactory(live=True, title="Kunjungan kerja Kakanwil ke Rutan")
    bytes_of = []
    for article in (one, two):
        page = client.get(article.get_absolute_url()).content.decode()
        bytes_of.append(stored_file(meta(page, "og:image")).read_bytes())
    assert bytes_of[0] != bytes_of[1]


def test_a_storage_that_refuses_the_card_leaves_the_page_whole(client):
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    (media / "kartu-bagikan").write_text("a file where the folder should be")
    article = ArticleFactory(live=True, title="Berita tanpa kartu")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Berita tanpa kartu" in page and meta(page, "og:image") is None


def test_the_card_is_a_real_picture_of_the_site_blue():
    with Image.open(io.BytesIO(render("Judul", "Lapas Kelas IIA Permisan"))) as card:
        assert card.size == (1200, 630)
        corner = card.convert("RGB").getpixel((5, 5))
    assert all(abs(a - b) < 12 for a, b in zip(corner, BRAND, strict=True))
