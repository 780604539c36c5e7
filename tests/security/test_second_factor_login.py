"""Every staff login needs the code: a password alone opens nothing of the newsroom."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from newsroom.models import Article
from newsroom.preview import preview_url
from newsroom.twofactor import devices
from tests.factories import (
    ArticleFactory,
    authenticator,
    current_code,
    jpeg_bytes,
    log_in,
    log_in_password_only,
)
from tests.security.conftest import app_code

pytestmark = pytest.mark.django_db

VERIFY = reverse("twofactor:verify")


@pytest.fixture
def enrolled(officer):
    authenticator(officer)
    return officer


def closed_doors(article):
    content_type = ContentType.objects.get_for_model(Article)
    return [
        "/admin/",
        "/admin/newsroom/article/",
        f"/admin/newsroom/article/{article.pk}/change/",
        "/admin/autocomplete/?app_label=newsroom&model_name=article&field_name=event",
        "/admin/jsi18n/",
        "/admin/password_change/",
        reverse("twofactor:new-recovery-codes"),
        f"/admin/r/{content_type.pk}/{article.pk}/",
        "/ckeditor/browse/",
    ]


@pytest.mark.parametrize("debug", [True, False])
def test_a_password_alone_opens_no_admin_page_endpoint_or_editor_upload(
    client, enrolled, settings, debug, tmp_path
):
    settings.DEBUG = debug
    article = ArticleFactory()
    log_in_password_only(client, enrolled)
    for url in closed_doors(article):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY), url
    upload = client.post(
        reverse("ckeditor_upload") + "?responseType=json",
        {"upload": _jpeg(tmp_path)},
    )
    assert upload.status_code == 302
    assert upload["Location"].startswith(VERIFY)
    assert not (settings.MEDIA_ROOT / "unggahan").exists()


def _jpeg(tmp_path):
    path = tmp_path / "foto.jpg"
    path.write_bytes(jpeg_bytes())
    return path.open("rb")


def test_a_staff_preview_does_not_answer_a_password_alone(client, enrolled):
    article = ArticleFactory(title="Draf rahasia yang belum terbit")
    log_in_password_only(client, enrolled)
    response = client.get(preview_url(article))
    assert response.status_code == 302
    assert "Draf rahasia" not in response.content.decode()


def test_the_code_opens_the_page_first_asked_for(client, enrolled):
    log_in_password_only(client, enrolled)
    sent = client.get("/admin/newsroom/article/")["Location"]
    assert sent == f"{VERIFY}?next=%2Fadmin%2Fnewsroom%2Farticle%2F"
    page = client.get(sent).content.decode()
    assert 'autocomplete="one-time-code"' in page
    response = client.post(
        VERIFY, {"code": current_code(authenticator(enrolled)), "next": "/admin/newsroom/article/"}
    )
    assert response["Location"] == "/admin/newsroom/article/"
    assert client.get("/admin/newsroom/article/").status_code == 200


def test_after_the_login_form_the_code_step_keeps_where_the_login_was_heading(client, enrolled):
    response = client.post(
        reverse("admin:login") + "?next=/admin/newsroom/photo/",
        {
            "username": enrolled.username,
            "password": "rahasia-uji-123",
            "next": "/admin/newsroom/photo/",
        },
    )
    followed = client.get(response["Location"])
    assert followed["Location"] == f"{VERIFY}?next=%2Fadmin%2Fnewsroom%2Fphoto%2F"


def test_next_never_leads_off_the_site(client, enrolled):
    log_in_password_only(client, enrolled)
    response = client.post(
        VERIFY, {"code": current_code(authenticator(enrolled)), "next": "https://judi.example/"}
    )
    assert response["Location"] == reverse("admin:index")


def test_a_code_is_accepted_once(client, enrolled):
    device = authenticator(enrolled)
    code = current_code(device)
    log_in_password_only(client, enrolled)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    client.post(reverse("admin:logout"))
    log_in_password_only(client, enrolled)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert "sudah pernah dipakai" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_an_expired_code_is_refused(client, enrolled):
    device = authenticator(enrolled)
    key = devices.key_for_typing(device).replace(" ", "")
    log_in_password_only(client, enrolled)
    response = client.post(VERIFY, {"code": app_code(key, seconds_ago=120)})
    assert response.status_code == 200
    assert "kedaluwarsa" in response.content.decode()


def test_a_code_typed_with_a_space_is_accepted(client, enrolled):
    code = current_code(authenticator(enrolled))
    log_in_password_only(client, enrolled)
    assert client.post(VERIFY, {"code": f"{code[:3]} {code[3:]}"}).status_code == 302


def test_a_recovery_code_stands_in_for_the_phone_once(client, enrolled):
    codes = devices.new_recovery_codes(enrolled)
    log_in_password_only(client, enrolled)
    response = client.post(VERIFY, {"code": f"  {codes[0].upper()} "}, follow=True)
    assert response.status_code == 200
    assert "Anda masuk dengan kode cadangan" in response.content.decode()
    assert "Sisa 9 kode" in response.content.decode()
    client.post(reverse("admin:logout"))
    log_in_password_only(client, enrolled)
    again = client.post(VERIFY, {"code": codes[0]})
    assert again.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_running_low_on_recovery_codes_is_pointed_out(client, enrolled):
    codes = devices.new_recovery_codes(enrolled)
    for code in codes[:7]:
        assert devices.verify(enrolled, code).accepted
    log_in_password_only(client, enrolled)
    page = client.post(VERIFY, {"code": codes[7]}, follow=True).content.decode()
    assert "Sisa 2 kode" in page
    assert "Buat kode cadangan baru" in page


def test_the_verify_page_offers_a_way_out(client, enrolled):
    log_in_password_only(client, enrolled)
    page = client.get(VERIFY).content.decode()
    assert reverse("twofactor:logout") in page
    client.post(reverse("twofactor:logout"))
    assert client.get("/admin/")["Location"].startswith(reverse("admin:login"))


def test_log_in_helper_passes_both_steps(client, enrolled):
    log_in(client, enrolled)
    assert client.get("/admin/").status_code == 200
