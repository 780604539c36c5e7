import re

import pytest
from django.urls import reverse

from awards.models import JuryScore
from tests.awards.conftest import make_juror, make_officer
from tests.factories import (
    NominationFactory,
    SocialAccountFactory,
    SocialMetricFactory,
    award_category,
    log_in,
)

pytestmark = pytest.mark.django_db


def test_a_units_staff_do_not_see_its_jury_average_while_judging(client, edition, central_admin):
    edition.status = edition.Status.JUDGING
    edition.save()
    account = SocialAccountFactory()
    SocialMetricFactory(account=account, engagement=500)
    nomination = NominationFactory(
        edition=edition, category=award_category("media-sosial"), unit=account.unit
    )
    juror = make_juror("juri.x", "media-sosial")
    JuryScore.objects.create(nomination=nomination, juror=juror, criterion="konten", score=87)
    standings = reverse("admin:awards_edition_standings", args=[edition.pk])
    log_in(client, central_admin)
    assert re.search(r"<td>87([.,]0+)?</td>", client.get(standings).content.decode())
    log_in(client, make_officer(account.unit, "humas.x"))
    html = client.get(standings).content.decode()
    assert account.unit.name in html
    # The score cell, not any "87" (random names, tokens and figures may hold those digits).
    assert not re.search(r"<td>87([.,]0+)?</td>", html)
