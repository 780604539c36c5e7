"""Lists page by cursor: follow `next` to the end, unmoved by articles published meanwhile."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, RegionFactory

pytestmark = pytest.mark.django_db


def test_following_next_reads_every_article_once_while_new_ones_arrive(client):
    now = timezone.now()
    # Two share a publication time: the id breaks the tie.
    same = now - timedelta(hours=3)
    made = [ArticleFactory(live=True, published_at=same) for _ in range(2)]
    made += [ArticleFactory(live=True, published_at=now - timedelta(hours=h)) for h in (4, 5, 6)]
    expected = sorted(made, key=lambda a: (a.published_at, a.pk), reverse=True)
    seen, url = [], "/api/v1/articles/?limit=2"
    while url:
        page = client.get(url).json()
        seen += [item["id"] for item in page["items"]]
        url = page["next"]
        # Published while the reader pages: newest, so it never shifts the pages behind.
        ArticleFactory(live=True, published_at=timezone.now() - timedelta(seconds=1))
    assert seen == [a.pk for a in expected]


def test_next_is_absolute_keeps_the_filters_and_is_null_on_the_last_page(api):
    region = RegionFactory(slug="jawa-tengah")
    for _ in range(3):
        ArticleFactory(live=True, unit__region=region)
    first = api("articles/", region="jawa-tengah", limit=2).json()
    assert first["next"].startswith("http://testserver/api/v1/articles/?")
    assert "region=jawa-tengah" in first["next"] and "limit=2" in first["next"]
    last = api(first["next"].removeprefix("http://testserver/api/v1/")).json()
    assert len(last["items"]) == 1 and last["next"] is None


def test_page_size_has_a_maximum_and_a_bad_cursor_is_refused(api, settings):
    assert api("articles/", limit=settings.API_MAX_PAGE_SIZE).json()["items"] == []
    api("articles/", limit=settings.API_MAX_PAGE_SIZE + 1, status=422)
    for cursor in ("bukan-kursor", "WzFd", "WyJ4IiwgMV0", "eyJvIjogLTF9"):
        response = api("articles/", cursor=cursor, status=404)
        assert "bukan dari API ini" in response.json()["detail"]


def test_every_list_pages_by_cursor(api):
    for i in range(3):
        RegionFactory(name=f"Wilayah {i}")
    first = api("regions/", limit=2).json()
    rest = api(first["next"].removeprefix("http://testserver/api/v1/")).json()
    names = [r["name"] for r in first["items"] + rest["items"]]
    assert names == ["Wilayah 0", "Wilayah 1", "Wilayah 2"] and rest["next"] is None
