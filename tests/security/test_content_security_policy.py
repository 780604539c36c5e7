import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("page", ["home", "article"])
def test_public_pages_allow_no_inline_or_foreign_script(client, page):
    article = ArticleFactory(live=True)
    url = reverse("home") if page == "home" else article.get_absolute_url()
    policy = directives(client.get(url))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert set(policy["frame-src"]) == {
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    }
    assert "data:" not in policy["img-src"]


def test_admin_pages_allow_only_what_ckeditor_needs(client):
    log_in(client, UserFactory(is_superuser=True))
    policy = directives(client.get(reverse("admin:newsroom_article_add")))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_admin_login_page_has_a_policy_too(client):
    policy = directives(client.get(reverse("admin:login")))
    assert policy["default-src"] == ["'self'"]
    assert "https://evil.example" not in " ".join(sum(policy.values(), []))


def test_the_api_docs_page_only_gains_data_images(client):
    policy = directives(client.get("/api/v1/docs"))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert set(policy["img-src"]) == {"'self'", "data:"}
    assert "data:" not in directives(client.get("/api/v1/openapi.json")).get("img-src", [])
