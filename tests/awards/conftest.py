from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group

from awards.models import Edition, JurorScope
from newsroom.models import StaffScope
from tests.factories import EditionFactory, UserFactory, award_category

UTC = ZoneInfo("UTC")


def utc(*args):
    """An aware datetime in UTC, so that a test shows what WIB makes of it."""
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def edition(db):
    return EditionFactory(year=2024, period_start=date(2023, 10, 1), period_end=date(2024, 9, 15))


@pytest.fixture
def judging_edition(edition):
    edition.status = Edition.Status.JUDGING
    edition.save()
    return edition


@pytest.fixture
def central_admin(db):
    return UserFactory(username="admin-pusat", is_superuser=True)


def make_officer(unit, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name="Petugas Humas UPT"))
    StaffScope.objects.create(user=user, unit=unit)
    return user


def make_juror(username, *codes):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name="Juri"))
    scope = JurorScope.objects.create(user=user)
    scope.categories.set([award_category(code) for code in codes])
    return user
