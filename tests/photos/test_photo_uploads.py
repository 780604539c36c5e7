import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from newsroom.images import prepare_image
from newsroom.models import Photo, Rendition, StaffScope
from tests.factories import UPTFactory, UserFactory, jpeg_bytes, log_in
from tests.media import fetch_media, stored_files

from .images import (
    PHP_SHELL,
    decompression_bomb_png,
    has_gps,
    metadata_of,
    phone_jpeg,
    truncated_jpeg,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    log_in(client, UserFactory(is_superuser=True))
    return client


def upload_photo(client, data, name="foto.jpg", content_type="image/jpeg", **fields):
    unit = fields.pop("unit", None) or UPTFactory()
    return client.post(
        reverse("admin:newsroom_photo_add"),
        {
            "image": SimpleUploadedFile(name, data, content_type=content_type),
            "caption": "Kalapas membuka rapat koordinasi",
            "credit": "Dok. Humas Lapas Permisan",
            "alt_text": "Kalapas berbicara di depan peserta rapat",
            "unit": unit.pk,
            **fields,
        },
    )


def test_phone_photo_is_stored_and_served_without_any_metadata(
    admin_client, django_capture_on_commit_callbacks
):
    original = phone_jpeg()
    assert has_gps(original)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload_photo(admin_client, original)
    assert response.status_code == 302
    photo = Photo.objects.get()
    with photo.image.open("rb") as stored:
        assert metadata_of(stored) == {}
    renditions = list(photo.renditions.all())
    assert {r.format for r in renditions} == {"webp", "jpeg"}
    for rendition in renditions:
        with rendition.file.open("rb") as served:
            assert metadata_of(served) == {}
    served = fetch_media(admin_client, photo.image.url)
    assert metadata_of(io.BytesIO(served)) == {}


def test_stored_files_get_random_names_in_dated_folders(admin_client):
    upload_photo(admin_client, phone_jpeg(), name="IMG_20240924_lokasi-rahasia.jpg")
    name = Photo.objects.get().image.name
    assert "lokasi" not in name and "IMG_" not in name
    folder, year, month, filename = name.split("/")
    assert folder == "foto" and len(year) == 4 and len(month) == 2 and len(filename) == 36


@pytest.mark.parametrize("orientation", [6, 8])
def test_sideways_phone_photos_are_stored_upright(admin_client, orientation):
    upload_photo(admin_client, phone_jpeg(size=(600, 400), orientation=orientation))
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (400, 600)
    with photo.image.open("rb") as stored, Image.open(stored) as image:
        assert image.size == (400, 600)
        top, bottom = image.getpixel((200, 20)), image.getpixel((200, 580))
    # Orientation 6 turns the red left half to the top; 8 turns it to the bottom.
    red, blue = (top, bottom) if orientation == 6 else (bottom, top)
    assert red[0] > 150 and red[2] < 90
    assert blue[2] > 150 and blue[0] < 90


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (decompression_bomb_png(), "bom.png", "megapiksel"),
        (truncated_jpeg(), "terpotong.jpg", "bukan foto JPEG, PNG, WebP atau HEIC yang utuh"),
        (PHP_SHELL, "shell.jpg", "bukan foto JPEG, PNG, WebP atau HEIC yang utuh"),
        (b"GIF89a" + b"\x00" * 64, "animasi.jpg", "bukan foto JPEG, PNG, WebP atau HEIC yang utuh"),
    ],
    ids=["decompression-bomb", "truncated-jpeg", "php-named-jpg", "gif-named-jpg"],
)
def test_refused_upload_leaves_no_file_and_no_record(admin_client, data, name, message):
    response = upload_photo(admin_client, data, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    # What was typed stays in the form.
    assert "Kalapas membuka rapat koordinasi" in response.content.decode()
    assert Photo.objects.count() == 0
    assert stored_files() == []


def test_file_over_the_size_limit_is_refused_with_the_limit_named(admin_client, settings):
    settings.PHOTO_MAX_UPLOAD_BYTES = 10 * 1024
    response = upload_photo(admin_client, phone_jpeg(size=(1200, 900)) + b"\x00" * 20_000)
    assert "Berkas terlalu besar. Ukuran maksimum 10,0\xa0KB" in response.content.decode()
    assert Photo.objects.count() == 0
    assert stored_files() == []


def test_importers_get_the_same_checks_from_prepare_image():
    content, width, height = prepare_image(io.BytesIO(phone_jpeg(size=(300, 200))))
    assert (width, height) == (300, 200)
    assert metadata_of(io.BytesIO(content.read())) == {}
    with pytest.raises(ValidationError) as refused:
        prepare_image(io.BytesIO(PHP_SHELL))
    assert refused.value.code == "invalid_image"


def test_png_and_webp_are_accepted_and_keep_their_format(admin_client):
    for fmt, ext in [("PNG", "png"), ("WEBP", "webp")]:
        out = io.BytesIO()
        Image.new("RGB", (80, 60), "green").save(out, fmt)
        upload_photo(admin_client, out.getvalue(), name=f"x.{ext}", content_type=f"image/{ext}")
    assert sorted(p.image.name.rsplit(".", 1)[1] for p in Photo.objects.all()) == ["png", "webp"]


def test_renditions_are_made_once_at_each_width_in_webp_and_jpeg(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload_photo(admin_client, jpeg_bytes(size=(2000, 1500)))
    photo = Photo.objects.get()
    made = sorted((r.width, r.height, r.format) for r in photo.renditions.all())
    assert made == sorted(
        (w, h, f)
        for w, h in [(320, 240), (640, 480), (1024, 768), (1600, 1200)]
        for f in ("jpeg", "webp")
    )
    ids = set(photo.renditions.values_list("id", flat=True))
    photo.caption = "Keterangan baru"
    with django_capture_on_commit_callbacks(execute=True):
        photo.save()
    assert set(Rendition.objects.values_list("id", flat=True)) == ids


def test_replacing_the_image_replaces_the_sizes_pages_show(django_capture_on_commit_callbacks):
    from tests.factories import PhotoFactory

    with django_capture_on_commit_callbacks(execute=True):
        photo = PhotoFactory(image=SimpleUploadedFile("a.jpg", jpeg_bytes(size=(700, 500))))
    first = Photo.objects.get(pk=photo.pk).variants
    assert [w for w, _ in first["webp"]] == [320, 640, 700]
    with django_capture_on_commit_callbacks(execute=True):
        photo.image = SimpleUploadedFile("b.jpg", jpeg_bytes(size=(400, 300)))
        photo.save()
    stored = Photo.objects.get(pk=photo.pk).variants
    assert [w for w, _ in stored["fallback"]] == [320, 400]
    names = {name for sized in stored.values() for _, name in sized}
    assert names == set(photo.renditions.values_list("file", flat=True))


def test_small_photo_gets_renditions_no_wider_than_itself(django_capture_on_commit_callbacks):
    from tests.factories import PhotoFactory

    with django_capture_on_commit_callbacks(execute=True):
        photo = PhotoFactory(image=SimpleUploadedFile("a.jpg", jpeg_bytes(size=(500, 250))))
    assert sorted({r.width for r in photo.renditions.all()}) == [320, 500]


def test_deleting_a_photo_removes_its_files(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload_photo(admin_client, jpeg_bytes(size=(700, 500)))
    assert stored_files()
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.get().delete()
    assert stored_files() == []


def test_officer_is_offered_the_credit_of_their_unit(client):
    unit = UPTFactory(short_name="Lapas Permisan")
    officer = UserFactory()
    StaffScope.objects.create(user=officer, unit=unit)
    officer.user_permissions.add(*_photo_permissions())
    log_in(client, officer)
    page = client.get(reverse("admin:newsroom_photo_add")).content.decode()
    assert 'value="Dok. Humas Lapas Permisan"' in page


def test_blank_credit_becomes_the_unit_default(admin_client):
    unit = UPTFactory(short_name="Rutan Cilacap")
    upload_photo(admin_client, jpeg_bytes(), unit=unit, credit="")
    assert Photo.objects.get().credit == "Dok. Humas Rutan Cilacap"


def test_photo_list_shows_thumbnails_in_a_fixed_number_of_queries(
    admin_client, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    from tests.factories import PhotoFactory

    def page():
        return admin_client.get(reverse("admin:newsroom_photo_changelist")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        PhotoFactory()
    with django_assert_max_num_queries(12):
        assert page().count('class="foto-mini"') == 1
    with django_capture_on_commit_callbacks(execute=True):
        PhotoFactory.create_batch(8)
    with django_assert_max_num_queries(12):
        assert page().count('class="foto-mini"') == 9


def _photo_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename__in=["add_photo", "change_photo", "view_photo"])
