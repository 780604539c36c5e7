"""A publish renders again the lists and the article pages it may join as related, no other."""

import pytest

from newsroom import permissions
from tests.factories import ArticleFactory, EventFactory, UPTFactory, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return staff_user("redaktur.uji", permissions.CENTRAL_EDITOR_GROUP, is_central=True)


@pytest.fixture
def unit():
    return UPTFactory()


def in_review(unit, title, **fields):
    officer = staff_user(f"humas.{unit.pk}", permissions.OFFICER_GROUP, unit=unit)
    draft = ArticleFactory(unit=unit, created_by=officer, title=title, **fields)
    draft.submit(by=officer)
    return draft


def related_titles(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    return page.split('id="terkait"', 1)[1] if 'id="terkait"' in page else ""


def test_a_publish_keeps_the_pages_of_unrelated_articles_cached(
    client, editor, unit, django_assert_num_queries
):
    elsewhere = ArticleFactory(live=True, unit=UPTFactory(), tags=["Pramuka"])
    draft = in_review(unit, "Berita baru dari unit lain", tags=["Kesehatan"])
    assert client.get(elsewhere.get_absolute_url()).status_code == 200
    assert client.get("/").status_code == 200

    draft.publish(by=editor)

    with django_assert_num_queries(0):
        assert client.get(elsewhere.get_absolute_url()).status_code == 200
    assert "Berita baru dari unit lain" in client.get("/").content.decode()
    assert "Berita baru dari unit lain" in client.get("/berita/").content.decode()


@pytest.mark.parametrize("shared", ["unit", "event", "tag"])
def test_a_publish_shows_at_once_among_the_related_articles_it_joins(client, editor, unit, shared):
    event = EventFactory()
    fields = {
        "unit": {"unit": unit},
        "event": {"unit": UPTFactory(), "event": event},
        "tag": {"unit": UPTFactory(), "tags": ["Pembinaan Kemandirian"]},
    }[shared]
    earlier = ArticleFactory(live=True, title="Berita lebih dulu", **fields)
    assert "Berita yang bergabung" not in related_titles(client, earlier)

    joining = {
        "unit": {},
        "event": {"event": event},
        "tag": {"tags": ["Pembinaan Kemandirian"]},
    }[shared]
    in_review(unit, "Berita yang bergabung", **joining).publish(by=editor)

    assert "Berita yang bergabung" in related_titles(client, earlier)


def test_an_unpublished_article_leaves_every_related_list_at_once(client, editor, unit):
    earlier = ArticleFactory(live=True, unit=unit, title="Berita lebih dulu")
    pulled = in_review(unit, "Berita yang ditarik")
    pulled.publish(by=editor)
    assert "Berita yang ditarik" in related_titles(client, earlier)

    pulled.unpublish(by=editor, reason="Ditarik karena keberatan hukum.")

    assert "Berita yang ditarik" not in related_titles(client, earlier)


def test_a_publish_during_a_cache_outage_joins_the_related_lists_once_it_is_back(
    client, editor, unit, redis_down
):
    earlier = ArticleFactory(live=True, unit=unit, title="Berita lebih dulu")
    assert "Terbit saat gangguan" not in related_titles(client, earlier)

    down, back = redis_down
    down()
    in_review(unit, "Terbit saat gangguan").publish(by=editor)  # its tokens miss the cache
    back()

    for _ in range(2):  # rendered afresh, then served from the cache
        assert "Terbit saat gangguan" in related_titles(client, earlier)
        assert "Terbit saat gangguan" in client.get("/").content.decode()


def test_an_article_whose_event_fills_its_related_list_is_kept_when_its_unit_publishes(
    client, editor, unit, django_assert_num_queries
):
    event = EventFactory()
    earlier = ArticleFactory(live=True, unit=unit, event=event)
    for _ in range(4):
        ArticleFactory(live=True, unit=UPTFactory(), event=event)
    assert client.get(earlier.get_absolute_url()).status_code == 200

    in_review(unit, "Berita lain dari unit yang sama").publish(by=editor)

    with django_assert_num_queries(0):
        assert client.get(earlier.get_absolute_url()).status_code == 200
