"""A proxy in front may keep public pages briefly, and never anything personal or unpublished."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.preview import signed_preview_url
from tests.factories import ArticleFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db


def directives(response):
    """The Cache-Control directives as a dict ({"public": True, "s-maxage": 60, ...})."""
    found = {}
    for part in response.headers.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            found[name.lower()] = int(value) if value.isdigit() else True
    return found


def assert_never_shared(response):
    cc = directives(response)
    assert cc.get("private") and "public" not in cc and "s-maxage" not in cc, cc


@pytest.fixture
def article():
    return ArticleFactory(live=True, title="Berita untuk proksi")


@pytest.mark.parametrize("path", ["/", "/berita/", "/feed/", "/sitemap.xml", "/api/v1/articles/"])
def test_public_pages_may_be_kept_by_a_proxy_for_a_minute(client, article, path):
    response = client.get(path)
    assert response.status_code == 200
    assert directives(response) == {
        "public": True,
        "max-age": 0,
        "s-maxage": 60,
        "stale-while-revalidate": 30,
    }
    assert re.fullmatch(r'(W/)?"[0-9a-f]+"', response.headers["ETag"])


def test_the_article_page_keeps_its_validators_when_served_from_the_cache(client, article):
    fresh = client.get(article.get_absolute_url())
    stored = client.get(article.get_absolute_url())
    for response in (fresh, stored):
        assert directives(response)["s-maxage"] == 60
        assert response.headers["ETag"] == fresh.headers["ETag"]
        assert response.headers["Last-Modified"] == fresh.headers["Last-Modified"]
    revalidated = client.get(
        article.get_absolute_url(), HTTP_IF_NONE_MATCH=fresh.headers["ETag"]
    )
    assert revalidated.status_code == 304


def test_how_long_a_proxy_keeps_pages_is_configurable(client, article, settings):
    settings.PROXY_CACHE_SECONDS = 300
    settings.PROXY_STALE_SECONDS = 120
    cc = directives(client.get("/berita/"))
    assert cc["s-maxage"] == 300 and cc["stale-while-revalidate"] == 120


def test_a_proxy_keeps_no_page_past_the_next_scheduled_publication(client, article):
    ArticleFactory(status="published", published_at=timezone.now() + timedelta(seconds=20))
    for response in (client.get("/"), client.get("/")):  # rendered, then from the cache
        assert 0 <= directives(response)["s-maxage"] <= 20


def test_a_request_with_a_session_is_never_shared(client, article, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "sesi-lama"
    assert_never_shared(client.get("/"))
    assert_never_shared(client.get(article.get_absolute_url()))


def test_signed_in_staff_reading_the_site_is_never_shared(client, article):
    log_in(client, UserFactory(is_staff=True, is_superuser=True))
    assert_never_shared(client.get("/"))
    assert_never_shared(client.get(article.get_absolute_url()))


def test_a_response_that_sets_a_cookie_is_never_shared(client, article):
    # The admin login form sets the CSRF cookie.
    response = client.get("/admin/login/")
    assert response.cookies
    assert_never_shared(response)


@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/admin/newsroom/article/"])
def test_the_newsroom_is_private_and_never_stored(client, path):
    log_in(client, UserFactory(is_staff=True, is_superuser=True))
    cc = directives(client.get(path))
    assert cc.get("private") and cc.get("no-store") and "public" not in cc


def test_previews_are_private_and_never_stored(client):
    draft = ArticleFactory(title="Belum terbit")
    response = client.get(signed_preview_url(draft))
    assert response.status_code == 200
    cc = directives(response)
    assert cc.get("private") and cc.get("no-store") and "public" not in cc
