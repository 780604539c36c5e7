"""Live articles through the API: what an article carries, the filters, the search."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    EventFactory,
    PhotoFactory,
    ReporterFactory,
    UPTFactory,
)

pytestmark = pytest.mark.django_db


def ids(response):
    return [item["id"] for item in response.json()["items"]]


def test_an_article_carries_what_other_sites_need_to_republish_it(api):
    lead = PhotoFactory(caption="Kalapas membuka acara", credit="Dok. Humas Lapas Permisan")
    lead.variants = {"webp": [[320, "foto/a-320.webp"]], "fallback": [[320, "foto/a-320.jpg"]]}
    lead.save()
    article = ArticleFactory(
        live=True,
        title="Rapat teknis Humas dibuka",
        dateline="NUSAKAMBANGAN",
        body="<p>Isi <script>alert(1)</script><strong>penting</strong></p>",
        lead_photo=lead,
        event=EventFactory(name="Rapat Teknis Humas"),
        reporter=ReporterFactory(display_name="Humas Permisan"),
        tags=["Kehumasan"],
    )
    ArticlePhotoFactory(article=article, caption="Peserta dari 54 UPT")
    data = api(f"articles/{article.pk}/").json()
    assert data["title"] == "Rapat teknis Humas dibuka"
    assert data["dateline"] == "NUSAKAMBANGAN"
    assert data["summary"] == article.summary
    assert "<script" not in data["body_html"] and "<strong>penting</strong>" in data["body_html"]
    assert data["url"].endswith(article.get_absolute_url()) and data["url"].startswith("http")
    assert data["canonical_url"] == data["url"]
    assert data["unit"]["slug"] == article.unit.slug
    assert data["region"]["slug"] == article.unit.region.slug
    assert data["event"]["name"] == "Rapat Teknis Humas"
    assert data["reporter"]["name"] == "Humas Permisan"
    assert [t["name"] for t in data["tags"]] == ["Kehumasan"]
    photo = data["lead_photo"]
    assert photo["caption"] == "Kalapas membuka acara"
    assert photo["credit"] == "Dok. Humas Lapas Permisan"
    assert photo["alt"] == lead.alt_text
    assert {(s["width"], s["type"]) for s in photo["sizes"]} == {
        (320, "image/webp"),
        (320, "image/jpeg"),
    }
    assert all(s["url"].startswith("http") for s in photo["sizes"])
    assert [p["caption"] for p in data["gallery"]] == ["Peserta dari 54 UPT"]
    assert data["published_at"].endswith("+07:00")
    assert data["corrections"] == [] and data["revised_at"] is None


def test_an_article_is_found_by_its_date_and_slug(api, client):
    article = ArticleFactory(live=True, slug="rapat-teknis")
    date = article.publication_date
    response = api(f"articles/{date:%Y}/{date:%m}/{date:%d}/rapat-teknis/")
    assert response.json()["id"] == article.pk
    api(f"articles/{date:%Y}/{date:%m}/{date:%d}/lain/", status=404)
    api("articles/2024/02/30/rapat-teknis/", status=404)


def test_media_coverage_points_to_its_source(api):
    article = ArticleFactory(
        live=True,
        kind="liputan-media",
        source_name="Antara",
        source_url="https://www.antaranews.com/berita/1",
    )
    data = api(f"articles/{article.pk}/").json()
    assert data["canonical_url"] == "https://www.antaranews.com/berita/1"
    assert data["source"] == {"name": "Antara", "url": "https://www.antaranews.com/berita/1"}


def test_the_list_is_newest_first_and_filters_narrow_it(api):
    unit = UPTFactory(slug="lapas-permisan")
    event = EventFactory(slug="rakernis")
    reporter = ReporterFactory(slug="humas-permisan")
    now = timezone.now()
    old = ArticleFactory(live=True, published_at=now - timedelta(days=30), unit=unit)
    tagged = ArticleFactory(live=True, published_at=now - timedelta(days=2), tags=["Pembinaan"])
    covered = ArticleFactory(live=True, published_at=now - timedelta(days=1), event=event)
    written = ArticleFactory(
        live=True, published_at=now - timedelta(hours=5), reporter=reporter, kind="siaran-pers"
    )
    assert ids(api("articles/")) == [written.pk, covered.pk, tagged.pk, old.pk]
    assert ids(api("articles/", unit="lapas-permisan")) == [old.pk]
    assert ids(api("articles/", region=tagged.unit.region.slug)) == [tagged.pk]
    assert ids(api("articles/", topic="pembinaan")) == [tagged.pk]
    assert ids(api("articles/", event="rakernis")) == [covered.pk]
    assert ids(api("articles/", reporter="humas-permisan")) == [written.pk]
    assert ids(api("articles/", kind="siaran-pers")) == [written.pk]
    after = (now - timedelta(days=3)).isoformat()
    before = (now - timedelta(hours=12)).isoformat()
    assert ids(api("articles/", published_after=after, published_before=before)) == [
        covered.pk,
        tagged.pk,
    ]
    assert ids(api("articles/", unit="tidak-ada")) == []
    api("articles/", kind="gosip", status=422)


def test_full_text_search_finds_words_in_the_body(api):
    found = ArticleFactory(live=True, body="<p>Pelatihan menjahit bagi warga binaan.</p>")
    ArticleFactory(live=True, body="<p>Upacara hari bhakti.</p>")
    assert ids(api("articles/", q="menjahit")) == [found.pk]
    assert ids(api("articles/", q="menjahit", unit="lain")) == []
