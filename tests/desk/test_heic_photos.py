"""Photos from iPhones (HEIC) are accepted and stored like any other photo."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image

from newsroom.models import Article, Photo
from tests.factories import ArticleFactory, log_in
from tests.photos.images import phone_heic
from tests.workflow.conftest import change_url, form_data

# Sized copies are made after commit; serialized rollback keeps the role groups.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def heic_upload():
    return SimpleUploadedFile("IMG_0412.HEIC", phone_heic(), content_type="image/heic")


def stored_without_metadata(photo):
    with photo.image.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        exif = image.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in exif
    assert photo.image.name.endswith(".jpg") and "IMG_0412" not in photo.image.name


def test_officer_uploads_an_iphone_photo_in_the_photo_library(client, world):
    log_in(client, world.officer)
    response = client.post(
        reverse("admin:newsroom_photo_add"),
        {
            "image": heic_upload(),
            "caption": "Senam pagi warga binaan",
            "credit": "Dok. Humas Lapas Permisan",
            "alt_text": "Warga binaan senam di lapangan",
            "unit": world.permisan.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Photo.objects.get()
    stored_without_metadata(photo)
    assert (photo.width, photo.height) == (1200, 800)
    photo.refresh_from_db()
    assert photo.variants["webp"] and photo.variants["fallback"]


def test_officer_attaches_an_iphone_photo_as_lead_from_the_article_form(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    data = form_data(
        article,
        lead_upload=heic_upload(),
        lead_caption="Kalapas membuka rapat",
        lead_alt="Kalapas berdiri di podium",
        lead_credit="",
    )
    assert client.post(change_url(article), data).status_code == 302
    article = Article.objects.get()
    lead = article.lead_photo
    stored_without_metadata(lead)
    assert lead.caption == "Kalapas membuka rapat"
    assert lead.credit == world.permisan.default_photo_credit
    assert lead.unit == world.permisan
    with lead.image.open("rb") as stored:
        assert Image.open(io.BytesIO(stored.read())).size == (1200, 800)
