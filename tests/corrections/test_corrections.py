"""An editor notes a correction on a published article; readers, crawlers, feeds and the API see it."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, Correction
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

S = Article.Status

NOTES = {
    "corrections-TOTAL_FORMS": "1",
    "corrections-INITIAL_FORMS": "0",
    "corrections-MIN_NUM_FORMS": "0",
    "corrections-MAX_NUM_FORMS": "1000",
    "corrections-0-kind": "ralat",
    "corrections-0-note": "Sebelumnya tertulis 105 peserta; yang benar 150 peserta.",
}


@pytest.fixture
def published(world):
    return ArticleFactory(
        unit=world.permisan,
        live=True,
        title="Rapat teknis Humas dibuka",
        published_at=timezone.now() - timedelta(days=1),
    )


def json_ld(page):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [item for block in blocks for item in json.loads(block)]


def news_article(page):
    return next(item for item in json_ld(page) if item["@type"] == "NewsArticle")


def test_editor_adds_a_correction_through_the_article_form(client, world, published):
    log_in(client, world.regional)
    response = client.post(change_url(published), form_data(published, **NOTES))
    assert response.status_code == 302
    note = Correction.objects.get(article=published)
    assert note.created_by == world.regional and note.kind == "ralat"
    published.refresh_from_db()
    assert published.revised_at == note.noted_at


@pytest.mark.parametrize("role", ["officer", "other_regional"])
def test_officers_and_editors_of_other_regions_cannot_add_corrections(
    client, world, role, published
):
    log_in(client, getattr(world, role))
    client.post(change_url(published), form_data(published, **NOTES))
    assert not Correction.objects.exists()


def test_a_draft_has_no_correction_notes_on_its_form(client, world):
    draft = ArticleFactory(unit=world.permisan, status=S.DRAFT)
    log_in(client, world.regional)
    assert "corrections-TOTAL_FORMS" not in client.get(change_url(draft)).content.decode()


def test_the_article_shows_the_note_and_when_it_was_updated(client, world, published):
    url = published.get_absolute_url()
    before = client.get(url).content.decode()
    assert "Diperbarui" not in before
    assert "correction" not in news_article(before)

    note = Correction.objects.create(article=published, note="Nama kepala lapas diperbaiki.")
    page = client.get(url).content.decode()
    assert "Diperbarui" in page and "Nama kepala lapas diperbaiki." in page
    data = news_article(page)
    assert data["dateModified"] == note.noted_at.isoformat()
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "Nama kepala lapas diperbaiki.",
            "datePublished": note.noted_at.isoformat(),
        }
    ]


def test_an_update_shows_diperbarui_but_is_no_correction(client, published):
    Correction.objects.create(
        article=published, kind="pembaruan", note="Ditambah daftar pemenang penghargaan."
    )
    page = client.get(published.get_absolute_url()).content.decode()
    assert "Pembaruan" in page and "Diperbarui" in page
    assert "correction" not in news_article(page)


def test_a_typo_fixed_without_a_note_does_not_say_updated(client, published):
    published.title = "Rapat teknis Humas resmi dibuka"
    published.save()
    page = client.get(published.get_absolute_url()).content.decode()
    assert "Diperbarui" not in page
    assert news_article(page)["dateModified"] == published.published_at.isoformat()


def test_deleting_the_only_note_clears_the_update_time(published):
    note = Correction.objects.create(article=published, note="Salah ketik tanggal.")
    note.delete()
    published.refresh_from_db()
    assert published.revised_at is None


def test_the_feed_carries_the_update(client, published):
    Correction.objects.create(article=published, note="Jumlah peserta diperbaiki menjadi 150.")
    feed = client.get(reverse("feed")).content.decode()
    assert "Diperbarui" in feed and "Ralat: Jumlah peserta diperbaiki menjadi 150." in feed


def test_the_api_lists_the_correction_notes(client, published):
    Correction.objects.create(article=published, note="Foto diganti dengan yang benar.")
    detail = client.get(f"/api/v1/articles/{published.pk}/").json()
    assert [c["note"] for c in detail["corrections"]] == ["Foto diganti dengan yang benar."]
    assert detail["corrections"][0]["kind_label"] == "Ralat"
    assert detail["revised_at"] is not None
    listed = client.get("/api/v1/articles/").json()["items"][0]
    assert listed["revised_at"] == detail["revised_at"]


def test_a_cached_article_page_shows_a_new_note_at_once(client, published):
    url = published.get_absolute_url()
    client.get(url)
    Correction.objects.create(article=published, note="Keterangan foto diperbaiki.")
    assert "Keterangan foto diperbaiki." in client.get(url).content.decode()
