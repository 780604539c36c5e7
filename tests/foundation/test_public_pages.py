from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_home_lists_live_articles_newest_first(client):
    older = ArticleFactory(
        live=True, title="Berita lama", published_at=timezone.now() - timedelta(days=2)
    )
    newer = ArticleFactory(live=True, title="Berita baru")
    html = client.get("/").content.decode()
    assert html.index(newer.title) < html.index(older.title)


def test_drafts_and_future_articles_never_appear(client):
    draft = ArticleFactory(title="Draf rahasia")
    future = ArticleFactory(
        title="Terjadwal besok", status="published", published_at=timezone.now() + timedelta(days=1)
    )
    html = client.get("/").content.decode()
    assert draft.title not in html
    assert future.title not in html
    assert client.get(future.get_absolute_url()).status_code == 404
    draft.published_at = timezone.now() - timedelta(hours=1)
    draft.save()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_article_page_shows_indonesian_date_and_dateline(client):
    when = timezone.make_aware(timezone.datetime(2024, 9, 25, 22, 29))
    article = ArticleFactory(live=True, published_at=when, dateline="Nusakambangan")
    assert article.get_absolute_url() == f"/berita/2024/09/25/{article.slug}/"
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Rabu, 25 September 2024 22.29 WIB" in html
    assert "NUSAKAMBANGAN" in html


def test_dateline_opens_the_first_paragraph_and_is_escaped(client):
    article = ArticleFactory(
        live=True, dateline="Cilacap<script>", body="<p>Kepala Lapas hadir.</p>"
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert (
        '<p><strong class="dateline">CILACAP&lt;SCRIPT&gt;</strong> – Kepala Lapas hadir.</p>'
        in html
    )
