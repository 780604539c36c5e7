import pytest
from django.urls import reverse

from awards.models import JuryScore
from tests.awards.conftest import make_juror, make_officer
from tests.factories import (
    NominationFactory,
    SocialAccountFactory,
    SocialMetricFactory,
    award_category,
)

pytestmark = pytest.mark.django_db


def test_a_units_staff_do_not_see_its_jury_average_while_judging(client, edition):
    edition.status = edition.Status.JUDGING
    edition.save()
    account = SocialAccountFactory()
    SocialMetricFactory(account=account, engagement=500)
    nomination = NominationFactory(
        edition=edition, category=award_category("media-sosial"), unit=account.unit
    )
    juror = make_juror("juri.x", "media-sosial")
    JuryScore.objects.create(nomination=nomination, juror=juror, criterion="konten", score=87)
    client.force_login(make_officer(account.unit, "humas.x"))
    html = client.get(reverse("admin:awards_edition_standings", args=[edition.pk])).content.decode()
    assert account.unit.name in html
    assert "87" not in html
