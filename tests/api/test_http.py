"""HTTP as other sites' caches and browsers expect: validators, 304s, CORS, limits, JSON errors."""

import pytest
from django.core.cache import caches
from redis.exceptions import ConnectionError

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_response_is_revalidated_with_its_etag_or_its_last_modified(client, api):
    article = ArticleFactory(live=True)
    first = api(f"articles/{article.pk}/")
    assert "public" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]
    again = client.get(f"/api/v1/articles/{article.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get(
        f"/api/v1/articles/{article.pk}/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304
    listed = api("articles/")
    assert client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=listed["ETag"]).status_code == 304


def test_a_change_shows_on_the_next_request_like_the_html_pages(client, api):
    article = ArticleFactory(live=True, title="Judul lama")
    etag = api("articles/")["ETag"]
    article.title = "Judul baru"
    article.save()
    fresh = client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200 and fresh.json()["items"][0]["title"] == "Judul baru"
    article.status = "unpublished"
    article.save()
    assert api("articles/").json()["items"] == []
    api(f"articles/{article.pk}/", status=404)


def test_a_warm_api_answer_comes_from_the_page_cache(api, django_assert_num_queries):
    ArticleFactory(live=True)
    api("articles/")
    with django_assert_num_queries(0):
        api("articles/")


def test_any_site_may_read_the_api_from_a_browser(client, api):
    response = client.get("/api/v1/articles/", HTTP_ORIGIN="https://ditjenpas.go.id")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/articles/",
        HTTP_ORIGIN="https://ditjenpas.go.id",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    # The HTML site is not opened to other origins.
    assert "Access-Control-Allow-Origin" not in client.get("/", HTTP_ORIGIN="https://x.example")


def test_too_many_requests_from_one_address_get_429_with_retry_after(client, settings):
    settings.API_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get("/api/v1/regions/").status_code == 200
    refused = client.get("/api/v1/regions/")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= settings.API_RATE_WINDOW_SECONDS
    assert "Terlalu banyak permintaan" in refused.json()["detail"]
    assert refused["Access-Control-Allow-Origin"] == "*"
    # Another address has its own allowance.
    assert client.get("/api/v1/regions/", REMOTE_ADDR="10.0.0.9").status_code == 200
    # The HTML site is not counted.
    assert client.get("/upt/").status_code == 200


def test_the_address_behind_a_trusted_proxy_is_the_one_limited(client, settings):
    settings.API_RATE_LIMIT = 1
    settings.API_PROXY_COUNT = 1
    assert client.get("/api/v1/", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 200
    assert client.get("/api/v1/", HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 200
    assert client.get("/api/v1/", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429


def test_the_api_answers_without_a_limit_when_the_limits_cache_is_down(client, settings):
    # A real Redis client against a port where nothing listens: every call fails fast.
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    }
    settings.API_RATE_CACHE = "ratelimit"
    settings.API_RATE_LIMIT = 1
    with pytest.raises(ConnectionError):
        caches["ratelimit"].incr("probe")
    for _ in range(3):
        assert client.get("/api/v1/regions/").status_code == 200


def test_errors_are_json_with_an_indonesian_detail(client, api):
    assert api("tidak-ada/", status=404).json() == {"detail": "Tidak ditemukan."}
    assert api("articles/999999/", status=404).json() == {"detail": "Tidak ditemukan."}
    invalid = api("articles/", limit="banyak", status=422).json()
    assert invalid["detail"] == "Parameter permintaan tidak sah."
    assert invalid["errors"][0]["loc"] == ["query", "limit"]
    post = client.post("/api/v1/articles/")
    assert post.status_code == 405 and "hanya untuk dibaca" in post.json()["detail"]


def test_a_head_request_answers_like_the_get_without_its_body(client, api):
    article = ArticleFactory(live=True)
    for path in ("", "articles/", f"articles/{article.pk}/", "units/", "openapi.json"):
        # HEAD first: an answer the page cache does not hold yet.
        head = client.head(f"/api/v1/{path}")
        got = api(path)
        assert head.status_code == 200, path
        assert head.content == b""
        assert head["Content-Type"] == got["Content-Type"]
        assert int(head["Content-Length"]) == len(got.content), path
        assert head.get("ETag") == got.get("ETag"), path
    etag = api("articles/")["ETag"]
    assert client.head("/api/v1/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    missing = client.head("/api/v1/articles/999999/")
    assert missing.status_code == 404 and missing.content == b""

