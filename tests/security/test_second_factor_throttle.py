"""Wrong codes count like wrong passwords: five for one account and address lock it out."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import authenticator, current_code, log_in_password_only

pytestmark = pytest.mark.django_db

VERIFY = reverse("twofactor:verify")
WRONG = "000000"


@pytest.fixture
def device(officer):
    return authenticator(officer)


@pytest.fixture(autouse=True)
def _no_device_wait(settings):
    """django-otp's own growing wait per device is tested on its own below; here, axes only."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def wrong_codes(client, n):
    return [client.post(VERIFY, {"code": WRONG}) for _ in range(n)]


def wrong_password(client, officer):
    return client.post(reverse("admin:login"), {"username": officer.username, "password": "salah"})


def test_five_wrong_codes_lock_the_account_out_and_end_the_half_session(client, officer, device):
    log_in_password_only(client, officer)
    *first, fifth = wrong_codes(client, 5)
    assert all(r.status_code == 200 for r in first)
    assert fifth.status_code == 429
    assert "Akun dikunci sementara" in fifth.content.decode()
    # The session is signed out, and even the right password is refused for now.
    assert client.get("/admin/")["Location"].startswith(reverse("admin:login"))
    refused = client.post(
        reverse("admin:login"), {"username": officer.username, "password": "rahasia-uji-123"}
    )
    assert refused.status_code == 429


def test_wrong_passwords_and_wrong_codes_share_one_count(client, officer, device):
    for _ in range(3):
        wrong_password(client, officer)
    log_in_password_only(client, officer)
    assert wrong_codes(client, 1)[0].status_code == 200
    assert wrong_codes(client, 1)[0].status_code == 429


def test_the_password_alone_does_not_clear_the_count_of_wrong_codes(client, officer, device):
    log_in_password_only(client, officer)
    wrong_codes(client, 4)
    client.post(reverse("twofactor:logout"))
    log_in_password_only(client, officer)
    assert wrong_codes(client, 1)[0].status_code == 429


def test_a_complete_login_clears_the_count(client, officer, device):
    log_in_password_only(client, officer)
    wrong_codes(client, 4)
    assert client.post(VERIFY, {"code": current_code(device)}).status_code == 302
    assert not AccessAttempt.objects.filter(username=officer.username).exists()


def test_a_locked_out_session_gets_no_further_guesses(client, officer, device):
    log_in_password_only(client, officer)
    wrong_codes(client, 4)
    other = client.__class__()
    log_in_password_only(other, officer)
    wrong_codes(other, 1)
    # The first session's right code comes too late: the pair is locked out.
    assert client.post(VERIFY, {"code": current_code(device)}).status_code == 429


def test_enrolment_codes_count_too(client, officer):
    log_in_password_only(client, officer)
    client.get(reverse("twofactor:enrol"))
    responses = [client.post(reverse("twofactor:enrol"), {"code": WRONG}) for _ in range(5)]
    assert responses[-1].status_code == 429


def test_after_a_wrong_code_the_device_makes_you_wait_a_moment(client, officer, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 1
    log_in_password_only(client, officer)
    wrong_codes(client, 1)
    response = client.post(VERIFY, {"code": current_code(device)})
    assert response.status_code == 200
    assert "Tunggu sebentar" in response.content.decode()
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timezone.timedelta(seconds=5)
    )
    assert client.post(VERIFY, {"code": current_code(device)}).status_code == 302
