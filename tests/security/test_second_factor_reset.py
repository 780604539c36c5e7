"""A person who lost their phone: an admin resets the second factor, and that is recorded."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from newsroom import permissions
from newsroom.twofactor import devices
from tests.factories import UserFactory, authenticator, log_in, log_in_password_only, staff_user

pytestmark = pytest.mark.django_db

USERS = reverse("admin:auth_user_changelist")


@pytest.fixture
def site_admin(db):
    return staff_user("admin.situs", permissions.ADMIN_GROUP, is_central=True)


def reset(client, *users):
    return client.post(
        USERS,
        {"action": "reset_second_factor", "_selected_action": [u.pk for u in users]},
        follow=True,
    )


def test_an_admin_resets_the_devices_and_the_account_history_says_so(client, site_admin, officer):
    authenticator(officer)
    devices.new_recovery_codes(officer)
    log_in(client, site_admin)
    page = reset(client, officer).content.decode()
    assert "Verifikasi dua langkah disetel ulang untuk: humas.uji" in page
    assert not TOTPDevice.objects.filter(user=officer).exists()
    assert not StaticDevice.objects.filter(user=officer).exists()
    entry = LogEntry.objects.get(object_id=str(officer.pk))
    assert entry.user == site_admin
    assert "Verifikasi dua langkah disetel ulang" in entry.get_change_message()
    history = client.get(reverse("admin:auth_user_history", args=[officer.pk])).content.decode()
    assert "Verifikasi dua langkah disetel ulang" in history


def test_after_a_reset_the_next_login_enrols_afresh(client, site_admin, officer):
    authenticator(officer)
    log_in(client, site_admin)
    reset(client, officer)
    person = client.__class__()
    log_in_password_only(person, officer)
    assert person.get("/admin/")["Location"].startswith(reverse("twofactor:enrol"))


def test_a_reset_signs_out_the_sessions_that_used_the_old_device(client, site_admin, officer):
    """Whoever holds the lost phone's session must not get to enrol a device of their own."""
    lost_phone = client.__class__()
    log_in(lost_phone, officer)
    assert lost_phone.get("/admin/").status_code == 200
    log_in(client, site_admin)
    reset(client, officer)
    response = lost_phone.get("/admin/", follow=True)
    assert response.redirect_chain[0][0] == reverse("admin:login")
    assert "disetel ulang oleh admin" in response.content.decode()
    assert lost_phone.get(reverse("twofactor:enrol"))["Location"].startswith(reverse("admin:login"))


def test_the_account_page_shows_whether_the_second_factor_is_on(client, site_admin, officer):
    log_in(client, site_admin)
    change = reverse("admin:auth_user_change", args=[officer.pk])
    assert "Belum diaktifkan" in client.get(change).content.decode()
    authenticator(officer)
    devices.new_recovery_codes(officer)
    assert "10 kode cadangan belum dipakai" in client.get(change).content.decode()


def test_the_people_list_marks_who_has_no_second_factor_in_fixed_queries(
    client, site_admin, django_assert_max_num_queries
):
    log_in(client, site_admin)
    for n in range(6):
        authenticator(UserFactory(username=f"staf{n}"))
    with django_assert_max_num_queries(12) as counted:
        page = client.get(USERS).content.decode()
    assert page.count('alt="True"') >= 6
    for n in range(6, 12):
        UserFactory(username=f"staf{n}")
    with django_assert_max_num_queries(len(counted.captured_queries)):
        client.get(USERS)


def test_an_editor_cannot_reset_anyone(client, officer):
    editor = staff_user("redaktur.uji", permissions.CENTRAL_EDITOR_GROUP, is_central=True)
    authenticator(officer)
    log_in(client, editor)
    response = client.post(
        USERS, {"action": "reset_second_factor", "_selected_action": [officer.pk]}
    )
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=officer).exists()


def test_the_device_pages_of_django_otp_are_not_in_the_admin(client, site_admin):
    log_in(client, site_admin)
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
    assert client.get("/admin/otp_static/staticdevice/").status_code == 404
