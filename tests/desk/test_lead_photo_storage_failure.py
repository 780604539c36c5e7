"""A lead photo the storage refuses, uploaded from the article form: the form says so, keeps
what was typed, and leaves the article, the photo and every file as they were."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from newsroom.models import Article, Photo
from tests.factories import ArticleFactory, jpeg_bytes, log_in
from tests.media import stored_files
from tests.photos.failing_storage import FailsOnNthWrite
from tests.workflow.conftest import change_url, form_data

pytestmark = pytest.mark.django_db

MESSAGE = "Penyimpanan berkas gagal, jadi foto tidak disimpan"


@pytest.mark.parametrize("failing_write", [1, 3], ids=["original", "a-sized-copy"])
@pytest.mark.parametrize("field", ["lead_upload", "lead_camera"])
def test_a_lead_photo_on_a_full_disk_is_a_form_error_and_nothing_changes(
    client, world, storage_fails_at, failing_write, field
):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer, title="Judul lama")
    log_in(client, world.officer)
    storage_fails_at(failing_write)
    upload = SimpleUploadedFile("rapat.jpg", jpeg_bytes(size=(1600, 1200)), "image/jpeg")
    data = form_data(
        article,
        title="Rapat koordinasi keamanan",
        body="<p>Kalapas memimpin rapat koordinasi.</p>",
        lead_caption="Kalapas memimpin rapat",
        lead_alt="Kalapas berbicara di depan peserta",
        lead_credit="Dok. Humas Lapas Permisan",
        **{field: upload},
    )

    response = client.post(change_url(article), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert MESSAGE in page
    assert 'value="Rapat koordinasi keamanan"' in page
    assert "Kalapas memimpin rapat koordinasi." in page
    assert "Kalapas memimpin rapat</textarea>" in page
    assert 'value="Kalapas berbicara di depan peserta"' in page
    assert Article.objects.get().title == "Judul lama"
    assert not Photo.objects.exists()
    assert stored_files() == []

    # Saving again, once the storage takes files, goes through.
    FailsOnNthWrite.fail_at = None
    upload.seek(0)
    assert client.post(change_url(article), {**data, field: upload}).status_code == 302
    assert Article.objects.get().lead_photo.caption == "Kalapas memimpin rapat"
