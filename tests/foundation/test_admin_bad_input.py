"""Admin forms refuse bad input with an Indonesian message and keep what was typed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, Event
from tests.factories import ArticleFactory, UPTFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    log_in(client, UserFactory(username="admin", is_superuser=True))
    return client


def article_form(unit, **overrides):
    data = {
        "title": "Lapas Contoh Gelar Upacara Hari Bakti",
        "slug": "upacara-hari-bakti",
        "kind": Article.Kind.BERITA,
        "unit": unit.pk,
        "dateline": "Cilacap",
        "summary": "Ringkasan",
        "body": "<p>Isi berita.</p>",
        "tags": "",
        "status": Article.Status.DRAFT,
        "published_at_0": "",
        "published_at_1": "",
        "gallery_items-TOTAL_FORMS": "0",
        "gallery_items-INITIAL_FORMS": "0",
        "gallery_items-MIN_NUM_FORMS": "0",
        "gallery_items-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_slug_taken_on_same_publication_date_is_refused(admin_client):
    # Status and publication time change only through the workflow: the clash shows on publishing.
    when = timezone.now() - timedelta(days=1)
    ArticleFactory(slug="upacara-hari-bakti", status="published", published_at=when)
    article = ArticleFactory(slug="upacara-hari-bakti", status=Article.Status.REVIEW)
    local = timezone.localtime(when)
    response = admin_client.post(
        reverse("admin:newsroom_article_change", args=[article.pk]),
        article_form(
            article.unit,
            title=article.title,
            _transition="publish",
            _publish_at=local.strftime("%Y-%m-%dT%H:%M"),
            loaded_version=article.updated_at.isoformat(),
        ),
        follow=True,
    )
    assert "Slug ini sudah dipakai artikel lain yang terbit pada tanggal yang sama" in (
        response.content.decode()
    )
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_same_slug_on_another_date_is_accepted(admin_client):
    unit = UPTFactory()
    ArticleFactory(
        slug="upacara-hari-bakti",
        status="published",
        published_at=timezone.now() - timedelta(days=3),
    )
    local = timezone.localtime(timezone.now() - timedelta(hours=1))
    data = article_form(
        unit,
        status=Article.Status.PUBLISHED,
        published_at_0=local.strftime("%d/%m/%Y"),
        published_at_1=local.strftime("%H:%M:%S"),
    )
    response = admin_client.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.filter(slug="upacara-hari-bakti").count() == 2


def test_media_coverage_without_source_is_refused(admin_client):
    data = article_form(UPTFactory(), kind=Article.Kind.LIPUTAN_MEDIA)
    response = admin_client.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 200
    assert "Liputan media wajib mencantumkan nama dan alamat sumber aslinya" in (
        response.content.decode()
    )
    assert not Article.objects.exists()


@pytest.mark.parametrize("url", ["ftp://contoh.go.id/berkas", "javascript:alert(1)", "contoh"])
def test_source_url_must_be_http_or_https(admin_client, url):
    data = article_form(
        UPTFactory(), kind=Article.Kind.LIPUTAN_MEDIA, source_name="Harian Contoh", source_url=url
    )
    response = admin_client.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 200
    assert "diawali http:// atau https://" in response.content.decode()
    assert "Harian Contoh" in response.content.decode()
    assert not Article.objects.exists()


def event_form(**overrides):
    data = {
        "name": "Rapat Teknis Humas",
        "slug": "rapat-teknis-humas",
        "theme": "Sinergi",
        "hashtag": "#HumasBergerakBersama",
        "starts_at_0": "24/09/2024",
        "starts_at_1": "08:00:00",
        "ends_at_0": "26/09/2024",
        "ends_at_1": "17:00:00",
        "place": "Jakarta",
        "participant_count": "150",
        "unit_count": "54",
    }
    data.update(overrides)
    return data


def test_event_is_saved_with_valid_input(admin_client):
    response = admin_client.post(reverse("admin:newsroom_event_add"), event_form())
    assert response.status_code == 302
    event = Event.objects.get()
    assert timezone.localtime(event.starts_at).hour == 8


def test_event_ending_before_it_starts_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:newsroom_event_add"), event_form(ends_at_0="23/09/2024")
    )
    assert response.status_code == 200
    assert "Waktu selesai tidak boleh lebih awal dari waktu mulai" in response.content.decode()
    assert "Sinergi" in response.content.decode()
    assert not Event.objects.exists()


def test_negative_participant_count_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:newsroom_event_add"), event_form(participant_count="-5")
    )
    assert response.status_code == 200
    assert "lebih besar dari atau sama dengan 0" in response.content.decode()
    assert not Event.objects.exists()


def test_hashtag_with_spaces_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:newsroom_event_add"), event_form(hashtag="#Humas Bergerak")
    )
    assert response.status_code == 200
    assert "Tagar diawali #" in response.content.decode()
    assert not Event.objects.exists()
