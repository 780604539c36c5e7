"""Pages come from the cache, yet every editorial change is visible on the next request."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.models import Article
from tests.factories import ArticleFactory, PhotoFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db


def test_a_warm_page_is_served_from_the_cache(client, django_assert_num_queries):
    ArticleFactory(live=True, title="Berita pertama")
    client.get("/")
    with django_assert_num_queries(0):
        assert "Berita pertama" in client.get("/").content.decode()


def test_publishing_editing_and_unpublishing_show_on_the_next_request(client):
    article = ArticleFactory(title="Berita baru terbit")
    assert "Berita baru terbit" not in client.get("/").content.decode()
    article.status = "published"
    article.published_at = timezone.now() - timedelta(minutes=1)
    article.save()
    assert "Berita baru terbit" in client.get("/").content.decode()
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200

    article.title = "Judul yang diperbaiki"
    article.save()
    assert "Judul yang diperbaiki" in client.get("/").content.decode()
    assert "Judul yang diperbaiki" in client.get(url).content.decode()

    article.status = "unpublished"
    article.save()
    assert "Judul yang diperbaiki" not in client.get("/").content.decode()
    assert client.get(url).status_code == 404


def test_changing_a_photo_or_tags_shows_on_the_next_request(client):
    article = ArticleFactory(live=True, lead_photo=PhotoFactory(caption="Keterangan lama"))
    url = article.get_absolute_url()
    assert "Keterangan lama" in client.get(url).content.decode()
    article.lead_photo.caption = "Keterangan baru"
    article.lead_photo.save()
    assert "Keterangan baru" in client.get(url).content.decode()
    article.tags.add("Topik Segar")
    assert "Topik Segar" in client.get(url).content.decode()


def test_a_scheduled_article_appears_on_time_with_a_warm_cache(client):
    scheduled = ArticleFactory(
        title="Terbit sebentar lagi",
        status="published",
        published_at=timezone.now() + timedelta(seconds=2),
    )
    assert scheduled.title not in client.get("/").content.decode()
    assert scheduled.title not in client.get("/feed/").content.decode()
    # No save happens from here on: only time passes.
    while timezone.now() <= scheduled.published_at:
        time.sleep(0.2)
    assert scheduled.title in client.get("/").content.decode()
    assert scheduled.title in client.get("/feed/").content.decode()


def test_signed_in_staff_bypass_the_cache(client):
    ArticleFactory(live=True)
    client.get("/")
    log_in(client, UserFactory())
    response = client.get("/")
    assert response.status_code == 200
    assert "public" not in response.headers.get("Cache-Control", "")


@pytest.mark.parametrize("kind", ["article", "feed"])
def test_article_pages_and_feeds_answer_conditional_gets_with_304(client, kind):
    article = ArticleFactory(live=True)
    url = article.get_absolute_url() if kind == "article" else "/feed/"
    first = client.get(url)
    assert first.status_code == 200
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first.headers["ETag"]).status_code == 304
    again = client.get(url, HTTP_IF_MODIFIED_SINCE=first.headers["Last-Modified"])
    assert again.status_code == 304
    article.title = "Judul berubah"
    article.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=first.headers["ETag"]).status_code == 200


def test_with_caching_off_every_request_renders_and_still_revalidates(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    article = ArticleFactory(live=True, title="Sebelum")
    first = client.get(article.get_absolute_url())
    assert first.headers["Cache-Control"] == "public, max-age=0, s-maxage=60, stale-while-revalidate=30"
    assert (
        client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=first.headers["ETag"]).status_code
        == 304
    )
    Article.objects.filter(pk=article.pk).update(title="Sesudah")  # no signal: no cache to bump
    assert "Sesudah" in client.get(article.get_absolute_url()).content.decode()


def test_with_caching_off_a_list_asks_only_for_its_articles_and_the_regions(
    client, settings, django_assert_num_queries
):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    ArticleFactory.create_batch(3, live=True)
    # No page generation or scope token is read when nothing is kept under it.
    with django_assert_num_queries(2):
        assert client.get("/berita/").status_code == 200
