"""A storage that fails half way leaves no photo row and no file, and the form says why."""

import json

import pytest

from newsroom.models import Photo, Rendition
from tests.factories import UserFactory, jpeg_bytes, log_in
from tests.media import stored_files

from .test_editor_uploads import post_upload
from .test_photo_uploads import upload_photo

pytestmark = pytest.mark.django_db

MESSAGE = "Penyimpanan berkas gagal, jadi foto tidak disimpan"
# A 2000 px photo is written as the original and eight sized copies (four widths, two formats).
WRITES = 9


@pytest.fixture
def admin_client(client):
    log_in(client, UserFactory(is_superuser=True))
    return client


@pytest.mark.parametrize("failing_write", [1, 2, WRITES], ids=["original", "first-copy", "last"])
def test_photo_upload_on_a_full_disk_says_so_keeps_the_typing_and_leaves_nothing(
    admin_client, storage_fails_at, failing_write
):
    storage_fails_at(failing_write)
    response = upload_photo(admin_client, jpeg_bytes(size=(2000, 1500)))
    assert response.status_code == 200
    page = response.content.decode()
    assert MESSAGE in page
    assert 'value="Dok. Humas Lapas Permisan"' in page
    assert 'value="Kalapas berbicara di depan peserta rapat"' in page
    assert "Kalapas membuka rapat koordinasi</textarea>" in page
    assert not Photo.objects.exists() and not Rendition.objects.exists()
    assert stored_files() == []


def test_photo_upload_counts_its_writes(admin_client, storage_fails_at):
    # The premise of the test above: one write more than a photo needs never fails it.
    storage_fails_at(WRITES + 1)
    assert upload_photo(admin_client, jpeg_bytes(size=(2000, 1500))).status_code == 302
    photo = Photo.objects.get()
    assert photo.renditions.count() == WRITES - 1
    assert len(stored_files()) == WRITES


@pytest.mark.parametrize("failing_write", [1, 2], ids=["image", "thumbnail"])
def test_body_image_on_a_full_disk_is_refused_with_the_message_and_leaves_nothing(
    client, storage_fails_at, failing_write
):
    log_in(client, UserFactory())
    storage_fails_at(failing_write)
    reply = json.loads(post_upload(client, jpeg_bytes(size=(300, 200))).content)
    assert reply["uploaded"] == 0
    assert MESSAGE in reply["error"]["message"]
    assert stored_files() == []
