"""The jury's work stays in the admin: only what the public pages show empties their cache."""

import pytest

from awards.models import Edition, JuryScore
from awards.results import announce_results
from newsroom.models import Article
from tests.awards.conftest import make_juror, utc
from tests.factories import ArticleFactory, NominationFactory, UPTFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def judging(judging_edition):
    unit = UPTFactory(name="Lapas Teraktif")
    ArticleFactory(unit=unit, status=Article.Status.PUBLISHED, published_at=utc(2024, 2, 1, 3))
    return judging_edition


def _served_from_cache(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        return client.get("/").content.decode()


def test_nominating_and_scoring_keep_public_pages_cached(
    client, judging, django_assert_num_queries
):
    unit, juror = UPTFactory(name="Lapas Nominasi"), make_juror("juri-ani", "media-sosial")
    client.get("/")

    nomination = NominationFactory(edition=judging, unit=unit)
    JuryScore.objects.create(nomination=nomination, juror=juror, criterion="konten", score=81)
    JuryScore.objects.get().delete()

    _served_from_cache(client, django_assert_num_queries)


def test_announcing_results_shows_the_winners_on_the_next_request(client, judging):
    assert "Pemenang penghargaan Humas terbaru" not in client.get("/").content.decode()

    announce_results(edition=judging, by=None)

    home = client.get("/").content.decode()
    assert "Pemenang penghargaan Humas terbaru" in home
    assert Edition.objects.get().results.get(rank=1, category__code="website").unit.name in home
