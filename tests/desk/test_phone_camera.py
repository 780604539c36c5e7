"""The article form on a phone: the lead photo straight from the camera, or from the gallery."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from newsroom.models import Article, Photo
from tests.factories import ArticleFactory, jpeg_bytes, log_in
from tests.workflow.conftest import change_url, form_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def camera_shot(name="image.jpg"):
    return SimpleUploadedFile(name, jpeg_bytes(size=(800, 600)), content_type="image/jpeg")


def test_the_form_offers_the_back_camera_and_the_gallery(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    page = client.get(change_url(article)).content.decode()
    assert 'name="lead_camera" accept="image/*" capture="environment"' in page
    assert 'name="lead_upload" accept="image/jpeg,' in page
    assert "Di ponsel, kamera langsung terbuka." in page


def test_a_photo_from_the_camera_becomes_the_lead_with_its_details(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    data = form_data(
        article,
        lead_camera=camera_shot(),
        lead_caption="Warga binaan panen sayur",
        lead_alt="Warga binaan memetik sawi di kebun lapas",
        lead_credit="",
    )
    assert client.post(change_url(article), data).status_code == 302
    lead = Article.objects.get().lead_photo
    assert lead.caption == "Warga binaan panen sayur"
    assert lead.credit == world.permisan.default_photo_credit
    assert lead.unit == world.permisan


def test_two_lead_photos_at_once_are_refused_and_the_text_kept(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    data = form_data(
        article,
        summary="Ringkasan yang baru diketik.",
        lead_camera=camera_shot(),
        lead_upload=camera_shot("galeri.jpg"),
        lead_caption="Keterangan",
    )
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Pilih satu foto utama saja: dari galeri atau dari kamera, lalu simpan lagi." in page
    assert "Ringkasan yang baru diketik." in page
    assert not Photo.objects.exists()
