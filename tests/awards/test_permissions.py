"""awards/permissions.py: who sees which standings and scores, who steers editions and imports."""

import pytest

from awards import permissions
from awards.models import Edition, JuryScore
from awards.standings import compute_standings
from tests.awards.conftest import make_juror, make_officer
from tests.factories import (
    NominationFactory,
    SocialAccountFactory,
    SocialMetricFactory,
    UPTFactory,
    UserFactory,
    staff_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(judging_edition):
    mine, other = UPTFactory(name="Lapas Saya"), UPTFactory(name="Lapas Lain")
    juror = make_juror("juri-izin", "media-sosial")
    for unit, score in ((mine, 70), (other, 90)):
        SocialMetricFactory(account=SocialAccountFactory(unit=unit), engagement=10)
        nomination = NominationFactory(edition=judging_edition, unit=unit)
        JuryScore.objects.create(
            nomination=nomination, juror=juror, criterion="konten", score=score
        )
    return {"edition": judging_edition, "mine": mine, "other": other, "juror": juror}


def _social_rows(user, edition):
    standings = permissions.visible_standings(
        user, edition=edition, standings=compute_standings(edition=edition)
    )
    return next(b for b in standings if b.category.code == "media-sosial").rows


def test_central_staff_see_every_unit_with_its_jury_mean(scored, central_admin):
    rows = _social_rows(central_admin, scored["edition"])

    assert [(r.unit, r.rank, r.jury_score) for r in rows] == [
        (scored["other"], 1, 90),
        (scored["mine"], 2, 70),
    ]
    assert permissions.sees_every_unit(central_admin)


def test_an_officer_sees_only_their_unit_ranked_among_all_and_no_mean_while_judging(scored):
    officer = make_officer(scored["mine"], "humas-izin")

    rows = _social_rows(officer, scored["edition"])

    assert [(r.unit, r.rank, r.jury_score) for r in rows] == [(scored["mine"], 2, None)]
    assert not permissions.sees_every_unit(officer)


def test_an_officer_sees_their_units_mean_once_announced(scored):
    officer = make_officer(scored["mine"], "humas-umum")
    Edition.objects.filter(pk=scored["edition"].pk).update(status=Edition.Status.ANNOUNCED)
    scored["edition"].refresh_from_db()

    assert [r.jury_score for r in _social_rows(officer, scored["edition"])] == [70]


def test_only_holders_of_the_announce_permission_steer_editions(central_admin):
    assert permissions.may_steer_editions(central_admin)
    assert not permissions.may_steer_editions(make_officer(UPTFactory(), "humas-kemudi"))
    assert not permissions.may_steer_editions(make_juror("juri-kemudi", "media-sosial"))


def test_only_central_staff_with_the_add_permission_import_metrics(central_admin):
    assert permissions.may_import_metrics(central_admin)
    assert not permissions.may_import_metrics(make_officer(UPTFactory(), "humas-impor"))
    assert not permissions.may_import_metrics(UserFactory(username="staf-tanpa-izin"))


def test_a_juror_reads_own_scores_while_judging_and_the_panels_afterwards(scored):
    other_juror = make_juror("juri-kedua", "media-sosial")
    nomination = scored["edition"].nominations.first()
    theirs = JuryScore.objects.create(
        nomination=nomination, juror=other_juror, criterion="interaksi", score=40
    )
    juror = scored["juror"]

    def visible():
        return set(permissions.visible_jury_scores(juror, JuryScore.objects.all(), juror=True))

    assert theirs not in visible()
    assert permissions.may_change_score(juror, JuryScore.objects.filter(juror=juror).first())
    assert not permissions.may_change_score(juror, theirs)

    Edition.objects.filter(pk=scored["edition"].pk).update(status=Edition.Status.ANNOUNCED)

    assert theirs in visible()
    assert not permissions.may_change_score(juror, JuryScore.objects.filter(juror=juror).first())


def test_staff_outside_the_jury_and_the_centre_read_no_scores(scored):
    editor = staff_user("redaktur-wilayah", "Redaktur Wilayah", region=scored["mine"].region)

    scores = permissions.visible_jury_scores(editor, JuryScore.objects.all(), juror=False)

    assert not scores.exists()
    assert permissions.is_juror(scored["juror"]) and not permissions.is_juror(editor)
