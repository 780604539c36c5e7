"""With the cache server unreachable the site carries on without it, and catches up after.

The unreachable cache is tests/cache/conftest.py's `redis_down`.
"""

import logging

import pytest

from newsroom import permissions
from tests.factories import ArticleFactory, UPTFactory, log_in, staff_user

pytestmark = pytest.mark.django_db


def test_pages_answer_200_while_the_cache_is_unreachable(client, redis_down):
    article = ArticleFactory(live=True, title="Tetap terbaca")
    down, _ = redis_down
    down()
    for url in ["/", article.get_absolute_url(), "/berita/", "/feed/", "/robots.txt"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Tetap terbaca" in client.get("/").content.decode()
    assert client.get("/admin/login/").status_code == 200


def test_saving_and_publishing_succeed_while_the_cache_is_unreachable(client, redis_down):
    unit = UPTFactory()
    officer = staff_user("humas.uji", permissions.OFFICER_GROUP, unit=unit)
    editor = staff_user("redaktur.uji", permissions.CENTRAL_EDITOR_GROUP, is_central=True)
    draft = ArticleFactory(unit=unit, created_by=officer, title="Terbit saat cache mati")
    down, _ = redis_down
    down()
    draft.title = "Terbit saat cache padam"
    draft.save()
    draft.submit(by=officer)
    draft.publish(by=editor)
    assert "Terbit saat cache padam" in client.get("/").content.decode()

    log_in(client, editor)
    change = f"/admin/newsroom/article/{draft.pk}/change/"
    assert client.get(change).status_code == 200


def test_an_outage_is_logged_once_not_per_request(client, redis_down, caplog):
    ArticleFactory(live=True)
    down, _ = redis_down
    down()
    with caplog.at_level(logging.WARNING, logger="newsroom.cache"):
        for _ in range(5):
            assert client.get("/").status_code == 200
            assert client.get("/berita/").status_code == 200
    warnings = [r for r in caplog.records if r.name == "newsroom.cache"]
    assert len(warnings) == 1
    assert "tidak terjangkau" in warnings[0].getMessage()


def test_a_change_saved_during_an_outage_shows_once_the_cache_is_back(client, redis_down):
    article = ArticleFactory(live=True, title="Judul sebelum gangguan")
    url = article.get_absolute_url()
    for page in ("/", url):
        assert "Judul sebelum gangguan" in client.get(page).content.decode()

    down, back = redis_down
    down()
    article.title = "Judul saat gangguan"
    article.save()  # its bump cannot reach the cache, which still holds the old pages
    assert "Judul saat gangguan" in client.get(url).content.decode()

    back()
    for page in ("/", url):
        assert "Judul saat gangguan" in client.get(page).content.decode(), page
