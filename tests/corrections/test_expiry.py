"""An editor sets when a published article leaves the site; it goes then, cache or no cache."""

from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, WorkflowError
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

S = Article.Status


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


@pytest.fixture
def announcement(world):
    now = timezone.now().replace(microsecond=0)
    return ArticleFactory(
        unit=world.permisan,
        live=True,
        title="Pengumuman jadwal kunjungan Lebaran",
        published_at=now - timedelta(days=1),
        expires_at=now + timedelta(hours=2),
    )


def test_an_expired_article_disappears_at_its_time_from_warm_cached_pages(client, announcement):
    url = announcement.get_absolute_url()
    expiry = announcement.expires_at
    with at(expiry - timedelta(minutes=1)):
        assert client.get(url).status_code == 200
        assert "Pengumuman jadwal kunjungan" in client.get("/").content.decode()
        assert "Pengumuman jadwal kunjungan" in client.get(reverse("feed")).content.decode()
    with at(expiry):
        assert not Article.objects.live().filter(pk=announcement.pk).exists()
        assert client.get(url).status_code == 404
        assert "Pengumuman jadwal kunjungan" not in client.get("/").content.decode()
        assert "Pengumuman jadwal kunjungan" not in client.get(reverse("feed")).content.decode()
        assert client.get(f"/api/v1/articles/{announcement.pk}/").status_code == 404


def test_the_editor_sets_the_expiry_in_the_article_form(client, world):
    article = ArticleFactory(unit=world.permisan, live=True)
    log_in(client, world.regional)
    ends = timezone.localtime() + timedelta(days=3)
    data = form_data(
        article,
        expires_at_0=ends.strftime("%d/%m/%Y"),
        expires_at_1=ends.strftime("%H:%M"),
    )
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.expires_at is not None and article.is_live


def test_an_expiry_before_publication_is_refused_with_the_typed_text_kept(client, world):
    article = ArticleFactory(unit=world.permisan, live=True)
    log_in(client, world.regional)
    ends = timezone.localtime(article.published_at) - timedelta(days=1)
    data = form_data(
        article,
        title="Judul yang baru diketik",
        expires_at_0=ends.strftime("%d/%m/%Y"),
        expires_at_1=ends.strftime("%H:%M"),
    )
    page = client.post(change_url(article), data).content.decode()
    assert "Waktu berakhir harus sesudah waktu terbit." in page
    assert "Judul yang baru diketik" in page
    article.refresh_from_db()
    assert article.expires_at is None


def test_an_officer_cannot_set_an_expiry(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.DRAFT)
    log_in(client, world.officer)
    ends = timezone.localtime() + timedelta(days=3)
    client.post(
        change_url(article),
        form_data(article, expires_at_0=ends.strftime("%d/%m/%Y"), expires_at_1="10:00"),
    )
    article.refresh_from_db()
    assert article.expires_at is None


def test_scheduling_past_the_expiry_is_refused(world):
    now = timezone.now()
    article = ArticleFactory(
        unit=world.permisan, status=S.REVIEW, expires_at=now + timedelta(hours=1)
    )
    with pytest.raises(WorkflowError, match="waktu berakhir"):
        article.publish(by=world.regional, at=now + timedelta(hours=2))
    article.refresh_from_db()
    assert article.status == S.REVIEW


def test_the_newsroom_list_marks_an_expired_article(client, world, announcement):
    log_in(client, world.regional)
    with at(announcement.expires_at + timedelta(minutes=5)):
        page = client.get(reverse("admin:newsroom_article_changelist") + "?status=all").content
    assert "Berakhir" in page.decode()
