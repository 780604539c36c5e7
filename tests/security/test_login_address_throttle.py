"""Failed logins are throttled per address across usernames, not only per account and address.

One password tried against many accounts from one address is stopped; an office whose officers
share one address is not locked out by one officer who forgot a password.
"""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from newsroom import permissions, throttle
from tests.factories import PASSWORD, authenticator, log_in, log_in_password_only, staff_user

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
WRONG = "tebakan-salah"


@pytest.fixture
def small_limit(settings):
    settings.LOGIN_THROTTLE = {**settings.LOGIN_THROTTLE, "login_failures_per_address": 6}


def attempt(client, username, password=WRONG, address="203.0.113.7"):
    data = {"username": username, "password": password}
    return client.post(LOGIN, data, REMOTE_ADDR=address)


def officers(n):
    return [staff_user(f"petugas{i}", permissions.OFFICER_GROUP) for i in range(n)]


def test_the_default_limits(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.LOGIN_THROTTLE["login_failures_per_address"] == 30
    assert settings.LOGIN_THROTTLE["window_seconds"] == 3600


def test_one_password_against_many_accounts_locks_the_address_out(client, small_limit):
    people = officers(7)
    for person in people[:6]:
        assert attempt(client, person.username).status_code == 200  # the form, with its error
    # Now even the right password of an untouched account is refused from this address.
    refused = attempt(client, people[6].username, PASSWORD)
    assert refused.status_code == 429
    text = refused.content.decode()
    assert "alamat jaringan ini" in text and "Lupa kata sandi?" in text
    assert "_auth_user_id" not in client.session


def test_usernames_that_do_not_exist_count_too(client, small_limit):
    person = officers(1)[0]
    for i in range(6):
        attempt(client, f"tidak-ada-{i}")
    assert attempt(client, person.username, PASSWORD).status_code == 429


def test_another_address_is_not_affected(client, small_limit):
    people = officers(7)
    for person in people[:6]:
        attempt(client, person.username)
    ok = attempt(client, people[6].username, PASSWORD, address="198.51.100.9")
    assert ok.status_code == 302


def test_an_officer_locked_out_by_own_typos_does_not_lock_the_office_out(client, small_limit):
    forgetful, colleague = officers(2)
    for _ in range(5):
        attempt(client, forgetful.username)
    # Locked out per account and address (axes), and retries keep being refused...
    for _ in range(10):
        assert attempt(client, forgetful.username, PASSWORD).status_code == 429
    # ...without counting against the address the whole office shares.
    assert attempt(client, colleague.username, PASSWORD).status_code == 302


def test_per_account_lockout_still_comes_first(client):
    person = officers(1)[0]
    for _ in range(5):
        attempt(client, person.username)
    locked = attempt(client, person.username, PASSWORD)
    assert locked.status_code == 429
    assert "Akun dikunci sementara" in locked.content.decode()


def test_wrong_second_factor_codes_count_for_the_address(client, small_limit, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    people = officers(2)
    authenticator(people[0])
    log_in_password_only(client, people[0])
    for _ in range(4):
        assert client.post(reverse("twofactor:verify"), {"code": "000000"}).status_code == 200
    other = Client()
    for i in range(2):
        attempt(other, f"tidak-ada-{i}", address="127.0.0.1")
    assert attempt(other, people[1].username, PASSWORD, address="127.0.0.1").status_code == 429


def test_the_address_opens_again_when_the_window_ends(client, small_limit):
    people = officers(7)
    for person in people[:6]:
        attempt(client, person.username)
    assert attempt(client, people[6].username, PASSWORD).status_code == 429
    later = throttle.time.time() + 3601
    with mock.patch.object(throttle.time, "time", return_value=later):
        assert attempt(client, people[6].username, PASSWORD).status_code == 302


def test_a_cache_that_is_down_leaves_the_per_account_lockout(client, small_limit):
    person = officers(1)[0]
    with mock.patch.object(throttle.cache, "get", side_effect=ConnectionError("down")), \
            mock.patch.object(throttle.cache, "incr", side_effect=ConnectionError("down")):  # fmt: skip
        for _ in range(5):
            attempt(client, person.username)
        assert attempt(client, person.username, PASSWORD).status_code == 429
        other = officers(2)[1]
        assert attempt(client, other.username, PASSWORD).status_code == 302


def test_a_complete_login_still_works_under_the_limit(client, small_limit):
    people = officers(2)
    for _ in range(3):
        attempt(client, people[0].username, address="127.0.0.1")
    log_in(client, people[1])
    assert client.get("/admin/").status_code == 200
