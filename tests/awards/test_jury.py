"""Jurors score in the admin, each seeing only their own scores until judging closes."""

import pytest
from django.urls import reverse

from awards.models import Edition, JuryScore
from awards.results import announce_results
from tests.awards.conftest import make_juror
from tests.factories import NominationFactory, UPTFactory, award_category, log_in

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:awards_juryscore_changelist"


@pytest.fixture
def panel(judging_edition):
    nomination = NominationFactory(edition=judging_edition, unit=UPTFactory(name="Lapas Nominasi"))
    ani, budi = make_juror("juri-ani", "media-sosial"), make_juror("juri-budi", "media-sosial")
    mine = JuryScore.objects.create(
        nomination=nomination, juror=ani, criterion="konten", score=81, note="Catatan Ani"
    )
    theirs = JuryScore.objects.create(
        nomination=nomination, juror=budi, criterion="konten", score=47, note="Catatan Budi"
    )
    return {"nomination": nomination, "ani": ani, "budi": budi, "mine": mine, "theirs": theirs}


def _change_url(score):
    return reverse("admin:awards_juryscore_change", args=[score.pk])


def test_a_juror_lists_only_their_own_scores_during_judging(client, panel):
    log_in(client, panel["ani"])

    response = client.get(reverse(CHANGELIST))

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [panel["mine"]]


def test_a_juror_cannot_open_another_jurors_score(client, panel):
    log_in(client, panel["ani"])

    response = client.get(_change_url(panel["theirs"]))

    assert response.status_code == 302  # the admin's "does not exist" redirect
    assert "Catatan Budi" not in client.get(response.url).content.decode()


def test_a_juror_cannot_change_another_jurors_score_by_posting(client, panel):
    log_in(client, panel["ani"])

    client.post(_change_url(panel["theirs"]), {"criterion": "konten", "score": 100, "note": "x"})

    panel["theirs"].refresh_from_db()
    assert panel["theirs"].score == 47


def test_a_juror_changes_their_own_score_during_judging(client, panel):
    log_in(client, panel["ani"])

    response = client.post(
        _change_url(panel["mine"]), {"criterion": "konten", "score": 90, "note": "Naik"}
    )

    assert response.status_code == 302
    panel["mine"].refresh_from_db()
    assert (panel["mine"].score, panel["mine"].juror) == (90, panel["ani"])


def test_a_new_score_is_recorded_under_the_juror_who_entered_it(client, panel):
    log_in(client, panel["budi"])

    response = client.post(
        reverse("admin:awards_juryscore_add"),
        {"nomination": panel["nomination"].pk, "criterion": "interaksi", "score": 70, "note": ""},
    )

    assert response.status_code == 302
    assert JuryScore.objects.get(criterion="interaksi").juror == panel["budi"]


def test_a_score_above_100_is_refused_with_a_message_and_the_form_kept(client, panel):
    log_in(client, panel["budi"])

    response = client.post(
        reverse("admin:awards_juryscore_add"),
        {
            "nomination": panel["nomination"].pk,
            "criterion": "interaksi",
            "score": 140,
            "note": "Sangat baik",
        },
    )

    assert response.status_code == 200
    assert "antara 0 dan 100" in response.content.decode()
    assert "Sangat baik" in response.content.decode()
    assert not JuryScore.objects.filter(criterion="interaksi").exists()


def test_a_second_score_for_the_same_criterion_is_refused_with_a_message(client, panel):
    log_in(client, panel["ani"])

    response = client.post(
        reverse("admin:awards_juryscore_add"),
        {"nomination": panel["nomination"].pk, "criterion": "konten", "score": 10, "note": ""},
    )

    assert response.status_code == 200
    assert "sudah memberi nilai" in response.content.decode()


def test_a_juror_cannot_score_a_category_they_do_not_judge(client, judging_edition):
    crisis = NominationFactory(
        edition=judging_edition, category=award_category("komunikasi-krisis")
    )
    juror = make_juror("juri-medsos", "media-sosial")
    log_in(client, juror)

    response = client.post(
        reverse("admin:awards_juryscore_add"),
        {"nomination": crisis.pk, "criterion": "kecepatan", "score": 50, "note": ""},
    )

    assert response.status_code == 200
    assert not JuryScore.objects.exists()


def test_after_announcement_jurors_see_the_panels_scores_but_change_none(client, panel):
    announce_results(edition=panel["nomination"].edition, by=None)
    log_in(client, panel["ani"])

    listing = client.get(reverse(CHANGELIST))
    post = client.post(_change_url(panel["mine"]), {"criterion": "konten", "score": 5, "note": ""})

    assert set(listing.context["cl"].result_list) == {panel["mine"], panel["theirs"]}
    assert post.status_code == 403
    panel["mine"].refresh_from_db()
    assert panel["mine"].score == 81


def test_a_juror_cannot_open_the_standings(client, panel):
    log_in(client, panel["ani"])

    response = client.get(
        reverse("admin:awards_edition_standings", args=[panel["nomination"].edition.pk])
    )

    assert response.status_code == 403


def test_scores_close_once_the_edition_is_no_longer_judging(client, panel):
    Edition.objects.filter(pk=panel["nomination"].edition.pk).update(status=Edition.Status.OPEN)
    log_in(client, panel["ani"])

    client.post(_change_url(panel["mine"]), {"criterion": "konten", "score": 5, "note": ""})

    panel["mine"].refresh_from_db()
    assert panel["mine"].score == 81
