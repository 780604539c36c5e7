import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import UserFactory, log_in
from tests.media import open_stored, stored_files

from .images import PHP_SHELL, metadata_of, phone_jpeg, truncated_jpeg

pytestmark = pytest.mark.django_db


def post_upload(client, data, name="a.jpg", **headers):
    return client.post(
        reverse("ckeditor_upload") + "?responseType=json",
        {"upload": SimpleUploadedFile(name, data, content_type="image/jpeg")},
        headers=headers,
    )


@pytest.fixture
def staff(client):
    user = UserFactory()
    log_in(client, user)
    return user


def test_body_image_is_stored_without_metadata_in_the_uploaders_own_folder(client, staff):
    response = post_upload(client, phone_jpeg(size=(900, 600)), name="IMG_lokasi.jpg")
    reply = json.loads(response.content)
    assert reply["uploaded"] == 1
    assert f"/unggahan/{staff.pk}/" in reply["url"] and "lokasi" not in reply["url"]
    with open_stored(reply["url"]) as f:
        assert metadata_of(f) == {}


@pytest.mark.parametrize("data", [PHP_SHELL, truncated_jpeg()], ids=["php", "truncated"])
def test_refused_body_image_is_explained_and_leaves_nothing(client, staff, data):
    reply = json.loads(post_upload(client, data).content)
    assert reply["uploaded"] == 0
    assert "bukan foto JPEG, PNG, WebP atau HEIC" in reply["error"]["message"]
    assert stored_files() == []


def test_dialog_upload_gets_a_script_reply_with_the_message(client, staff):
    response = client.post(
        reverse("ckeditor_upload") + "?CKEditorFuncNum=3",
        {"upload": SimpleUploadedFile("a.jpg", PHP_SHELL)},
    )
    body = response.content.decode()
    assert body.startswith("<script>window.parent.CKEDITOR.tools.callFunction(3, ''")
    assert "bukan foto" in body


def test_cross_site_upload_is_refused(client, staff):
    response = post_upload(client, phone_jpeg(), Origin="https://evil.example")
    assert response.status_code == 403
    assert stored_files() == []


def test_public_visitor_cannot_upload(client):
    response = post_upload(client, phone_jpeg())
    assert response.status_code == 302
    assert stored_files() == []


def test_each_account_browses_only_its_own_uploads(client):
    first, second = UserFactory(), UserFactory()
    log_in(client, first)
    mine = json.loads(post_upload(client, phone_jpeg(size=(300, 200))).content)["url"]
    log_in(client, second)
    theirs = json.loads(post_upload(client, phone_jpeg(size=(300, 200))).content)["url"]
    page = client.get(reverse("ckeditor_browse")).content.decode()
    assert theirs in page and mine not in page
