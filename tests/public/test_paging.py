"""Article lists page by cursor: every live article once, newest first, at any depth."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def links(html):
    found = dict(re.findall(r'<a href="([^"]+)" rel="(prev|next)"', html))
    return {rel: href.replace("&amp;", "&") for href, rel in found.items()}


def titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture
def articles():
    now = timezone.now()
    same_minute = now - timedelta(hours=3)
    made = [
        # Five share one publication time: the cursor must not skip or repeat any of them.
        ArticleFactory(live=True, title=f"Berita {i:02d}", published_at=same_minute)
        if 10 <= i < 15
        else ArticleFactory(
            live=True, title=f"Berita {i:02d}", published_at=now - timedelta(hours=i)
        )
        for i in range(1, 26)
    ]
    ArticleFactory(status="draft", title="Draf rahasia")
    return made


def test_next_links_walk_every_live_article_once_newest_first(client, articles):
    seen, url, pages = [], "/berita/", 0
    while url and pages < 10:
        html = client.get(f"/berita/{url}" if url.startswith("?") else url).content.decode()
        seen += titles(html)
        url = links(html).get("next")
        pages += 1
    expected = [
        a.title for a in sorted(articles, key=lambda a: (a.published_at, a.pk), reverse=True)
    ]
    assert seen == expected
    assert pages == 2


def test_previous_link_returns_to_the_same_articles(client, articles):
    first = client.get("/berita/").content.decode()
    second = client.get(f"/berita/{links(first)['next']}").content.decode()
    assert "prev" in links(second)
    back = client.get(f"/berita/{links(second)['prev']}").content.decode()
    assert titles(back) == titles(first)
    assert "prev" not in links(back)


def test_cursor_pages_keep_the_other_filters_and_cost_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    for i in range(25):
        ArticleFactory(
            live=True, tags=["pembinaan"], published_at=timezone.now() - timedelta(hours=i)
        )
    first = client.get("/topik/pembinaan/").content.decode()
    nxt = links(first)["next"]
    assert nxt.startswith("?sebelum=")
    with django_assert_max_num_queries(6):
        page = client.get(f"/topik/pembinaan/{nxt}")
    assert page.status_code == 200 and len(titles(page.content.decode())) == 5


@pytest.mark.parametrize(
    "query", ["sebelum=abc", "sebelum=999999999", "sesudah=-1", "sebelum=1&sesudah=2", "page=2"]
)
def test_bad_cursors_answer_404(client, articles, query):
    assert client.get(f"/berita/?{query}").status_code == 404
