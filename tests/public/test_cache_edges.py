"""The page cache: commit-safe, complete in what it watches, and not fillable by strangers."""

import pytest
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag

from newsroom.cache import generation
from newsroom.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_generation_changes_again_when_the_saving_transaction_commits(
    django_capture_on_commit_callbacks,
):
    article = ArticleFactory(live=True)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        article.title = "Judul baru"
        article.save()
        inside = generation()
    assert generation() != inside


def test_renaming_a_tag_shows_on_the_next_request(client):
    article = ArticleFactory(live=True, tags=["Pembinaan"])
    tag = Tag.objects.get(name="Pembinaan")
    assert "Pembinaan" in client.get(article.get_absolute_url()).content.decode()
    tag.name = "Pembinaan Kemandirian"
    tag.save()
    assert "Pembinaan Kemandirian" in client.get(article.get_absolute_url()).content.decode()


def _retitle_without_signals(article, title):
    """Change the stored title behind the page cache's back: only a fresh render shows it.

    updated_at moves as with every edit on the site: the card part is keyed by it.
    """
    Article.objects.filter(pk=article.pk).update(title=title, updated_at=timezone.now())


def test_unknown_query_parameters_are_not_stored(client):
    article = ArticleFactory(live=True, title="Judul lama")
    client.get("/")
    before = generation()
    for i in range(3):
        assert client.get("/", {"utm_source": f"wa{i}"}).status_code == 200
    _retitle_without_signals(article, "Judul baru")
    assert "Judul baru" in client.get("/", {"utm_source": "wa0"}).content.decode()
    assert "Judul lama" in client.get("/").content.decode()
    assert generation() == before


@pytest.mark.parametrize("page", ["²", "9" * 25, "-1", "0", "satu"])
def test_malformed_page_numbers_answer_404(client, page):
    ArticleFactory(live=True)
    assert client.get("/berita/", {"page": page}).status_code == 404


def test_sitemap_pages_are_served_from_the_cache(client, django_assert_num_queries):
    ArticleFactory(live=True)
    client.get("/sitemap-berita.xml", {"p": 1})
    with django_assert_num_queries(0):
        assert client.get("/sitemap-berita.xml", {"p": 1}).status_code == 200


def test_a_page_from_the_cache_keeps_every_header_of_the_fresh_page(
    client, django_assert_num_queries
):
    ArticleFactory(live=True)
    fresh = client.get("/")
    with django_assert_num_queries(0):
        stored = client.get("/")
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Content-Language",
        "Content-Type",
        "Cache-Control",
        "ETag",
    ):
        assert stored.headers[header] == fresh.headers[header], header
    assert stored.content == fresh.content


def test_a_visitor_with_a_session_cookie_gets_a_fresh_page(client, settings):
    article = ArticleFactory(live=True, title="Judul lama")
    client.get(article.get_absolute_url())
    type(article).objects.filter(pk=article.pk).update(title="Judul baru")  # no signal: no bump
    assert "Judul lama" in client.get(article.get_absolute_url()).content.decode()
    client.cookies[settings.SESSION_COOKIE_NAME] = "bukan-sesi"
    assert "Judul baru" in client.get(article.get_absolute_url()).content.decode()


def test_a_page_asked_for_over_https_is_not_served_to_http(client, settings):
    settings.ALLOWED_HOSTS = ["warta.example"]
    ArticleFactory(live=True)
    secure = client.get("/feed/", HTTP_HOST="warta.example", secure=True).content.decode()
    assert "https://warta.example/" in secure
    plain = client.get("/feed/", HTTP_HOST="warta.example").content.decode()
    assert "http://warta.example/" in plain and "https://warta.example/" not in plain


def test_a_page_varying_by_a_header_the_key_lacks_is_not_stored(client, monkeypatch):
    from django.utils.cache import patch_vary_headers

    import newsroom.cache

    article = ArticleFactory(live=True, title="Judul lama")
    fresh = newsroom.cache._fresh_page

    def compressed(view, request, *args, **kwargs):
        response = fresh(view, request, *args, **kwargs)
        patch_vary_headers(response, ["Accept-Encoding"])
        return response

    monkeypatch.setattr(newsroom.cache, "_fresh_page", compressed)
    assert "Accept-Encoding" in client.get("/berita/").headers["Vary"]
    _retitle_without_signals(article, "Judul baru")
    assert "Judul baru" in client.get("/berita/").content.decode()


def test_a_fresh_page_that_sets_a_cookie_is_private(client, monkeypatch):
    import newsroom.cache

    article = ArticleFactory(live=True, title="Judul lama")
    fresh = newsroom.cache._fresh_page

    def with_cookie(view, request, *args, **kwargs):
        response = fresh(view, request, *args, **kwargs)
        response.set_cookie("pilihan", "x")
        return response

    monkeypatch.setattr(newsroom.cache, "_fresh_page", with_cookie)
    response = client.get("/berita/")
    assert "private" in response.headers["Cache-Control"]
    assert "public" not in response.headers["Cache-Control"]
    _retitle_without_signals(article, "Judul baru")
    assert "Judul baru" in client.get("/berita/").content.decode()
