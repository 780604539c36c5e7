"""First login: a staff account sets up its authenticator app and gets ten recovery codes."""

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import log_in_password_only
from tests.security.conftest import app_code, typed_key

pytestmark = pytest.mark.django_db

ENROL = reverse("twofactor:enrol")


def test_first_login_goes_from_the_password_to_setting_up_the_app(client, officer):
    log_in_password_only(client, officer)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(ENROL)
    page = client.get(response["Location"]).content.decode()
    assert "Aktifkan verifikasi dua langkah" in page
    assert f'src="{reverse("twofactor:enrol-qr")}"' in page
    # The key is there to type, in the base32 alphabet authenticator apps accept.
    assert len(typed_key(page)) == 32


def test_the_qr_code_is_an_svg_drawn_by_this_server_and_never_cached(client, officer):
    log_in_password_only(client, officer)
    page = client.get(ENROL).content.decode()
    qr = client.get(reverse("twofactor:enrol-qr"))
    assert qr.status_code == 200
    assert qr["Content-Type"] == "image/svg+xml"
    assert "<svg" in qr.content.decode()
    assert "no-store" in qr["Cache-Control"]
    assert "no-store" in client.get(ENROL)["Cache-Control"]
    # No image service anywhere: the page's only image is our own QR address.
    assert "chart.googleapis" not in page and "api.qrserver" not in page


def test_reloading_the_page_keeps_the_same_key(client, officer):
    log_in_password_only(client, officer)
    first = typed_key(client.get(ENROL).content.decode())
    assert typed_key(client.get(ENROL).content.decode()) == first
    assert TOTPDevice.objects.filter(user=officer).count() == 1


def test_the_code_from_the_app_confirms_it_and_ten_recovery_codes_are_shown_once(client, officer):
    log_in_password_only(client, officer)
    key = typed_key(client.get(ENROL).content.decode())
    response = client.post(ENROL, {"code": app_code(key), "next": "/admin/newsroom/article/"})
    assert response.status_code == 302
    shown = client.get(response["Location"])
    codes = shown.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(code in shown.content.decode() for code in codes)
    assert 'href="/admin/newsroom/article/"' in shown.content.decode()
    assert "no-store" in shown["Cache-Control"]
    # Once: a reload no longer shows them, and offers new ones instead.
    again = client.get(reverse("twofactor:recovery-codes")).content.decode()
    assert not any(code in again for code in codes)
    assert reverse("twofactor:new-recovery-codes") in again
    # The session has passed both steps.
    assert client.get("/admin/newsroom/article/").status_code == 200
    assert StaticToken.objects.filter(device__user=officer).count() == 10
    assert TOTPDevice.objects.get(user=officer).confirmed


def test_a_wrong_first_code_is_refused_and_the_key_stays(client, officer):
    log_in_password_only(client, officer)
    key = typed_key(client.get(ENROL).content.decode())
    wrong = f"{(int(app_code(key)) + 1) % 1_000_000:06d}"
    response = client.post(ENROL, {"code": wrong})
    assert response.status_code == 200
    assert "Kode tidak cocok" in response.content.decode()
    assert typed_key(response.content.decode()) == key
    assert not TOTPDevice.objects.get(user=officer).confirmed
    assert client.get("/admin/").status_code == 302


def test_letters_for_a_first_code_are_explained(client, officer):
    log_in_password_only(client, officer)
    response = client.post(ENROL, {"code": "abc123"})
    assert "Kode terdiri dari enam angka" in response.content.decode()


def test_an_enrolled_account_cannot_enrol_again_without_its_code(client, officer):
    """Someone with only the password must not replace the owner's authenticator."""
    TOTPDevice.objects.create(user=officer, name="Ponsel", confirmed=True)
    log_in_password_only(client, officer)
    response = client.get(ENROL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("twofactor:verify"))
    assert client.get(reverse("twofactor:enrol-qr")).status_code == 404
    assert TOTPDevice.objects.filter(user=officer).count() == 1


def test_new_recovery_codes_replace_the_old_ones(client, officer):
    log_in_password_only(client, officer)
    key = typed_key(client.get(ENROL).content.decode())
    first = client.get(client.post(ENROL, {"code": app_code(key)})["Location"]).context["codes"]
    page = client.get(reverse("twofactor:new-recovery-codes")).content.decode()
    assert "masih punya 10 kode cadangan" in page
    response = client.post(reverse("twofactor:new-recovery-codes"))
    second = client.get(response["Location"]).context["codes"]
    assert len(second) == 10 and not set(first) & set(second)
    stored = set(StaticToken.objects.filter(device__user=officer).values_list("token", flat=True))
    assert stored == {code.replace("-", "") for code in second}
