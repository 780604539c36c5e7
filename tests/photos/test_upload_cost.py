"""What one upload may cost a worker is bounded (newsroom/photo_config.py, bench/uploads.py).

Large files are refused from their header, before a pixel is decoded, with the limit named; a
50 MP phone JPEG is accepted and decoded at reduced scale.
"""

import io

import pytest
from PIL import ExifTags, Image

from newsroom.models import Photo, Rendition
from tests.factories import UserFactory, jpeg_bytes, log_in
from tests.media import stored_files

from .images import decompression_bomb_png
from .test_photo_uploads import upload_photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    log_in(client, UserFactory(is_superuser=True))
    return client


def refused_with(response, *phrases):
    assert response.status_code == 200
    page = response.content.decode()
    assert all(phrase in page for phrase in phrases), phrases
    assert 'value="Dok. Humas Lapas Permisan"' in page
    assert not Photo.objects.exists() and not Rendition.objects.exists()
    assert stored_files() == []


@pytest.mark.parametrize(
    "size, shown", [((5000, 4000), "20,0 megapiksel"), ((9000, 6656), "59,9 megapiksel")]
)
def test_png_above_its_limit_is_refused_naming_the_limit(admin_client, size, shown):
    # A few hundred bytes on disk; decoded it would take 20-60 MP.
    png = decompression_bomb_png(*size)
    response = upload_photo(admin_client, png, name="grafik.png", content_type="image/png")
    refused_with(response, shown, "batasnya 16 megapiksel untuk PNG, WebP dan HEIC")


def test_jpeg_above_its_limit_is_refused_naming_the_limit(admin_client, settings):
    settings.PHOTO_MAX_PIXELS = 1_000_000
    response = upload_photo(admin_client, jpeg_bytes(size=(1250, 1000)))
    refused_with(response, "1,2 megapiksel, batasnya 1 megapiksel")


def test_fifty_megapixel_phone_jpeg_is_accepted_upright_at_the_stored_size(admin_client):
    out = io.BytesIO()
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # held upright: stored rotated, after the resize
    Image.new("RGB", (8160, 6120), (90, 120, 60)).save(out, "JPEG", quality=70, exif=exif)
    response = upload_photo(admin_client, out.getvalue(), name="IMG_50MP.jpg")
    assert response.status_code == 302
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (3000, 4000)
    made = sorted((r.width, r.height) for r in photo.renditions.filter(format="jpeg"))
    assert made == [(320, 427), (640, 853), (1024, 1365), (1600, 2133)]
    with photo.image.open("rb") as stored, Image.open(stored) as image:
        assert image.size == (3000, 4000) and not image.getexif()
