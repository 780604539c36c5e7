"""A staff session ends after a working day without a request, and requests renew it."""

import time
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from newsroom.staff_sessions import RENEWED_AT
from tests.factories import UserFactory, log_in

pytestmark = pytest.mark.django_db


def session_row(client):
    return Session.objects.get(session_key=client.cookies["sessionid"].value)


def idle_for(client, *, hours):
    """Make the stored session look as if its last request was `hours` ago."""
    session = client.session
    session[RENEWED_AT] = int(time.time() - hours * 3600)
    session.save()
    row = session_row(client)
    row.expire_date = timezone.now() + timedelta(hours=8 - hours)
    row.save()


def test_a_request_after_seven_idle_hours_gives_eight_more(client):
    log_in(client, UserFactory(is_superuser=True))
    assert session_row(client).expire_date > timezone.now() + timedelta(hours=7, minutes=59)
    idle_for(client, hours=7)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.cookies["sessionid"]["max-age"] == 8 * 3600
    assert session_row(client).expire_date > timezone.now() + timedelta(hours=7, minutes=59)


def test_requests_within_a_minute_of_the_last_renewal_write_nothing(client):
    log_in(client, UserFactory(is_superuser=True))
    before = session_row(client).expire_date
    client.get("/admin/")
    assert "sessionid" not in client.get("/admin/").cookies
    assert session_row(client).expire_date == before


def test_a_session_idle_for_eight_hours_must_sign_in_again(client):
    log_in(client, UserFactory(is_superuser=True))
    assert client.get("/admin/").status_code == 200
    idle_for(client, hours=8)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
