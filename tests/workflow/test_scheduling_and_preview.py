"""Scheduled publication with no scheduler, and previews (staff and signed links)."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article
from newsroom.preview import signed_preview_url
from tests.factories import ArticleFactory, log_in

S = Article.Status


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


@pytest.fixture
def scheduled(world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Berita terjadwal")
    publish_at = (timezone.now() + timedelta(hours=2)).replace(microsecond=0)
    article.publish(by=world.regional, at=publish_at)
    return article, publish_at


def test_scheduled_article_is_hidden_until_its_time_then_public(client, scheduled):
    article, publish_at = scheduled
    url = article.get_absolute_url()
    with at(publish_at - timedelta(seconds=1)):
        assert not Article.objects.live().filter(pk=article.pk).exists()
        assert client.get(url).status_code == 404
        assert client.get(reverse("home")).content.decode().count("Berita terjadwal") == 0
    with at(publish_at):
        assert Article.objects.live().filter(pk=article.pk).exists()
        assert client.get(url).status_code == 200
    with at(publish_at + timedelta(minutes=1)):
        assert "Berita terjadwal" in client.get(reverse("home")).content.decode()


def test_scheduling_through_the_change_form(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    log_in(client, world.central)
    from .conftest import change_url, form_data

    local = timezone.localtime(timezone.now() + timedelta(days=1))
    page = client.post(
        change_url(article),
        form_data(article, _transition="publish", _publish_at=local.strftime("%Y-%m-%dT%H:%M")),
        follow=True,
    ).content.decode()
    article.refresh_from_db()
    assert article.status == S.PUBLISHED and article.is_scheduled
    assert "dijadwalkan terbit" in page


def test_unreadable_publication_time_is_refused(client, world):
    from .conftest import change_url, form_data

    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    log_in(client, world.central)
    page = client.post(
        change_url(article),
        form_data(article, _transition="publish", _publish_at="besok"),
        follow=True,
    ).content.decode()
    assert "Waktu terbit tidak dikenali" in page
    article.refresh_from_db()
    assert article.status == S.REVIEW


@pytest.mark.parametrize("role", ["officer", "regional", "central"])
def test_staff_in_scope_preview_a_draft_as_the_public_page(client, world, role):
    article = ArticleFactory(unit=world.permisan, status=S.DRAFT, title="Draf untuk pratinjau")
    log_in(client, getattr(world, role))
    response = client.get(reverse("article-preview", args=[article.pk]))
    assert response.status_code == 200
    assert "newsroom/article_detail.html" in [t.name for t in response.templates]
    text = response.content.decode()
    assert "Pratinjau" in text and "Draf untuk pratinjau" in text
    assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.parametrize("role", ["other_officer", "other_regional", "unscoped"])
def test_preview_outside_the_scope_answers_404(client, world, role):
    article = ArticleFactory(unit=world.permisan, title="Draf rahasia")
    log_in(client, getattr(world, role))
    response = client.get(reverse("article-preview", args=[article.pk]))
    assert response.status_code == 404
    assert "Draf rahasia" not in response.content.decode()


def test_preview_needs_an_account(client, world):
    article = ArticleFactory(unit=world.permisan)
    response = client.get(reverse("article-preview", args=[article.pk]))
    assert response.status_code == 302


def test_editor_sees_a_signed_link_and_an_officer_does_not(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    from .conftest import change_url

    log_in(client, world.regional)
    assert "/pratinjau/tautan/" in client.get(change_url(article)).content.decode()
    log_in(client, world.officer)
    assert "/pratinjau/tautan/" not in client.get(change_url(article)).content.decode()


def test_signed_link_works_without_an_account_for_seven_days(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Untuk narasumber")
    url = signed_preview_url(article)
    path = url.split("://", 1)[1].split("/", 1)[1]
    assert "Untuk narasumber" in client.get("/" + path).content.decode()
    signed_at = time.time()
    with mock.patch("django.core.signing.time") as clock:
        clock.time.return_value = signed_at + timedelta(days=6, hours=23).total_seconds()
        assert client.get("/" + path).status_code == 200
        clock.time.return_value = signed_at + timedelta(days=7, minutes=1).total_seconds()
        assert client.get("/" + path).status_code == 404


def test_altered_signed_link_finds_nothing(client, world):
    first = ArticleFactory(unit=world.permisan)
    other = ArticleFactory(unit=world.cipinang, title="Artikel lain")
    token = signed_preview_url(first).rstrip("/").rsplit("/", 1)[1]
    forged = token.replace(f"{first.pk}:", f"{other.pk}:", 1)
    response = client.get(reverse("article-preview-signed", args=[forged]))
    assert response.status_code == 404
    assert "Artikel lain" not in response.content.decode()
