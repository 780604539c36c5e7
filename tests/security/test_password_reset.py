"""Staff reset a forgotten password by email: Django's views, in Indonesian, throttled, telling
nobody whether an address has an account, and never a way round the second factor."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from newsroom import permissions
from tests.factories import (
    UserFactory,
    authenticator,
    current_code,
    log_in_password_only,
    staff_user,
)

pytestmark = pytest.mark.django_db

RESET = reverse("admin_password_reset")
NEW_PASSWORD = "kopi-pagi-di-nusakambangan-7"


@pytest.fixture
def officer(db):
    person = staff_user("humas.lupa", permissions.OFFICER_GROUP)
    authenticator(person)
    return person


def ask(client, email, address="203.0.113.20"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def set_new_password(client, link, password=NEW_PASSWORD):
    form = client.get(link, follow=True)
    assert form.status_code == 200
    return client.post(
        form.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
        follow=True,
    )


def test_the_login_page_links_the_reset(client):
    page = client.get(reverse("admin:login")).content.decode()
    assert "Lupa kata sandi?" in page and f'href="{RESET}"' in page


def test_the_reset_form_is_in_indonesian(client):
    page = client.get(RESET).content.decode()
    assert "Alamat email" in page and "Kirim tautan" in page
    assert "Forgotten" not in page and "Reset my password" not in page


def test_a_staff_address_gets_a_link_in_indonesian(client, officer):
    response = ask(client, officer.email)
    assert response.status_code == 302 and response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [officer.email]
    assert message.subject == "Kata sandi baru untuk Ruang Redaksi Warta Pemasyarakatan"
    assert "Nama pengguna Anda: humas.lupa" in message.body
    assert "/admin/sandi-baru/" in link_in(message)


def test_an_unknown_address_reads_exactly_like_a_known_one(client, officer):
    known = ask(client, officer.email)
    unknown = ask(client, "tidak.terdaftar@contoh.go.id")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert len(mail.outbox) == 1
    done = client.get(known["Location"]).content.decode()
    assert "Bila alamat yang Anda masukkan terdaftar" in done


def test_accounts_that_are_not_staff_or_not_active_get_no_mail(client):
    UserFactory(username="pembaca", email="pembaca@contoh.go.id", is_staff=False)
    UserFactory(username="pensiun", email="pensiun@contoh.go.id", is_active=False)
    ask(client, "pembaca@contoh.go.id")
    ask(client, "pensiun@contoh.go.id")
    assert mail.outbox == []


def test_the_new_password_still_needs_the_second_factor(client, officer):
    ask(client, officer.email)
    done = set_new_password(client, link_in(mail.outbox[0]))
    assert "Kata sandi Anda sudah diganti" in done.content.decode()
    # The reset signed nobody in.
    assert client.get("/admin/")["Location"].startswith(reverse("admin:login"))
    # The new password opens the first step only: the code is asked for next.
    log_in_password_only(client, officer, NEW_PASSWORD)
    assert client.get("/admin/")["Location"].startswith(reverse("twofactor:verify"))
    device = authenticator(officer)
    client.post(reverse("twofactor:verify"), {"code": current_code(device)})
    assert client.get("/admin/").status_code == 200


def test_the_old_password_stops_working(client, officer):
    ask(client, officer.email)
    set_new_password(client, link_in(mail.outbox[0]))
    refused = client.post(
        reverse("admin:login"), {"username": officer.username, "password": "rahasia-uji-123"}
    )
    assert refused.status_code == 200
    officer.refresh_from_db()
    assert officer.check_password(NEW_PASSWORD)


def test_a_link_works_once(client, officer):
    ask(client, officer.email)
    link = link_in(mail.outbox[0])
    set_new_password(client, link)
    again = client.get(link, follow=True).content.decode()
    assert "Tautan ini tidak berlaku" in again


def test_a_weak_new_password_is_refused_in_indonesian(client, officer):
    ask(client, officer.email)
    page = set_new_password(client, link_in(mail.outbox[0]), password="12345678")
    text = page.content.decode()
    assert "Kata sandi baru" in text and "terlalu umum" in text.lower()
    officer.refresh_from_db()
    assert not officer.check_password("12345678")


def test_mail_to_one_address_is_throttled_silently(client, officer, settings):
    limit = settings.LOGIN_THROTTLE["reset_requests_per_email"]
    responses = [ask(client, officer.email.upper(), address=f"198.51.100.{i}") for i in range(5)]
    assert len(mail.outbox) == limit
    assert {r["Location"] for r in responses} == {reverse("password_reset_done")}


def test_requests_from_one_address_are_throttled(client, settings):
    limit = settings.LOGIN_THROTTLE["reset_requests_per_address"]
    people = [
        UserFactory(username=f"staf{i}", email=f"staf{i}@contoh.go.id") for i in range(limit + 1)
    ]
    for person in people[:limit]:
        assert ask(client, person.email).status_code == 302
    refused = ask(client, people[limit].email)
    assert refused.status_code == 429
    assert "Terlalu banyak permintaan setel ulang kata sandi" in refused.content.decode()
    assert len(mail.outbox) == limit
    # Another address is not affected.
    assert ask(client, people[limit].email, address="192.0.2.1").status_code == 302


def test_the_default_limits(settings):
    assert settings.LOGIN_THROTTLE["reset_requests_per_address"] == 10
    assert settings.LOGIN_THROTTLE["reset_requests_per_email"] == 3
    assert settings.PASSWORD_RESET_TIMEOUT == 3600
