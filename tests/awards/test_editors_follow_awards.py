"""Editors read the standings of their scope through their role group, and cannot announce."""

import pytest
from django.urls import reverse

from newsroom import permissions
from newsroom.models import Article
from tests.awards.conftest import utc
from tests.factories import ArticleFactory, RegionFactory, UPTFactory, log_in, staff_user

pytestmark = pytest.mark.django_db


def published(*units):
    for unit in units:
        ArticleFactory(unit=unit, status=Article.Status.PUBLISHED, published_at=utc(2024, 2, 1, 3))


def test_regional_editor_sees_the_standings_of_their_regions_units_only(client, edition):
    jateng = RegionFactory(name="Jawa Tengah")
    permisan = UPTFactory(name="Lapas Kelas IIA Permisan", region=jateng)
    cipinang = UPTFactory(name="Lapas Kelas I Cipinang")
    published(permisan, cipinang)
    log_in(client, staff_user("redaktur.jateng", permissions.REGIONAL_EDITOR_GROUP, region=jateng))
    page = client.get(reverse("admin:awards_edition_standings", args=[edition.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert permisan.name in html
    assert cipinang.name not in html
    assert reverse("admin:awards_edition_announce", args=[edition.pk]) not in html
    refused = client.post(reverse("admin:awards_edition_announce", args=[edition.pk]))
    assert refused.status_code in (302, 403)
    edition.refresh_from_db()
    assert edition.status == edition.Status.OPEN


def test_central_editor_sees_every_unit(client, edition):
    permisan = UPTFactory(name="Lapas Kelas IIA Permisan")
    cipinang = UPTFactory(name="Lapas Kelas I Cipinang")
    published(permisan, cipinang)
    log_in(client, staff_user("redaktur.pusat", permissions.CENTRAL_EDITOR_GROUP, is_central=True))
    html = client.get(reverse("admin:awards_edition_standings", args=[edition.pk])).content.decode()
    assert permisan.name in html and cipinang.name in html
