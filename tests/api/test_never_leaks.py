"""Nothing that is not public reaches any API response, and asking for it by id is a 404."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from awards.models import JuryScore, Result
from newsroom.models import Article
from tests.factories import (
    ArticleFactory,
    EditionFactory,
    NominationFactory,
    ReporterFactory,
    UPTFactory,
    UserFactory,
    award_category,
)

pytestmark = pytest.mark.django_db

HIDDEN_STATES = {
    "draft": {"status": Article.Status.DRAFT},
    "review": {"status": Article.Status.REVIEW},
    "returned": {"status": Article.Status.RETURNED},
    "unpublished": {
        "status": Article.Status.UNPUBLISHED,
        "published_at": timezone.now() - timedelta(days=1),
    },
    "scheduled": {
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() + timedelta(days=1),
    },
}


def everything(client):
    """Every list and the index, as one text, following each list to its end."""
    texts = []
    index = client.get("/api/v1/").json()
    for name, url in index.items():
        if name in ("openapi", "docs"):
            continue
        while url:
            data = client.get(url).json()
            texts.append(json.dumps(data))
            url = data["next"]
    return "\n".join(texts)


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_an_article_not_live_is_absent_everywhere_and_404_by_id_and_address(client, api, state):
    ArticleFactory(live=True)
    hidden = ArticleFactory(
        title="Rahasia redaksi", slug="rahasia", tags=["Topik Rahasia"], **HIDDEN_STATES[state]
    )
    text = everything(client)
    assert "Rahasia redaksi" not in text and "Topik Rahasia" not in text
    assert "rahasia redaksi" not in json.dumps(api("articles/", q="rahasia").json()).lower()
    api(f"articles/{hidden.pk}/", status=404)
    date = hidden.publication_date or timezone.localdate()
    api(f"articles/{date:%Y}/{date:%m}/{date:%d}/rahasia/", status=404)
    api("topics/topik-rahasia/", status=404)


def test_staff_accounts_and_workflow_fields_never_appear(client):
    officer = UserFactory(username="humas.rahasia", email="petugas.rahasia@contoh.go.id")
    reporter = ReporterFactory(user=officer, display_name="Penulis Umum")
    ArticleFactory(
        live=True, reporter=reporter, created_by=officer, updated_by=officer, is_featured=True
    )
    text = everything(client)
    assert "Penulis Umum" in text
    assert "petugas.rahasia@contoh.go.id" not in text and "humas.rahasia" not in text
    for staff_field in ('"status"', '"created_by"', '"updated_by"', '"submitted_at"', '"user"'):
        assert staff_field not in text.replace('"status": "announced"', "")


def test_results_and_jury_scores_of_an_edition_not_announced_stay_hidden(client, api):
    from tests.awards.conftest import make_juror

    edition = EditionFactory(year=2025, status="judging")
    unit = UPTFactory(name="Lapas Kelas IIA Unggulan")
    category = award_category("media-sosial")
    Result.objects.create(edition=edition, category=category, unit=unit, rank=1, figure="999")
    nomination = NominationFactory(edition=edition, category=category, unit=unit)
    juror = make_juror("juri.rahasia", "media-sosial")
    JuryScore.objects.create(nomination=nomination, juror=juror, criterion="konten", score=87)
    editions = json.dumps(api("award-editions/").json())
    assert "Lapas Kelas IIA Unggulan" not in editions and '"999"' not in editions
    assert api("award-editions/2025/").json()["results"] == []
    api("award-editions/2025/results/", status=404)
    api("award-editions/1999/", status=404)

    edition.status = "announced"
    edition.save()
    results = api("award-editions/2025/results/").json()
    assert [r["unit"]["name"] for r in results] == ["Lapas Kelas IIA Unggulan"]
    # The jurors and their scores stay in the newsroom even once the results are public.
    text = everything(client)
    assert "score" not in text and "jury" not in text and "juri.rahasia" not in text


def test_a_closed_unit_is_not_listed_but_answers_by_its_address(api):
    UPTFactory(slug="rutan-lama", is_active=False)
    assert "rutan-lama" not in json.dumps(api("units/").json())
    assert api("units/rutan-lama/").json()["is_active"] is False
