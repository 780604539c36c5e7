"""`media_orphans` lists files no row refers to, and removes them only when asked."""

import io
import json

import pytest
import reversion
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from tests.factories import ArticleFactory, PhotoFactory, UserFactory, jpeg_bytes, log_in
from tests.media import stored_files
from tests.photos.test_editor_uploads import post_upload

pytestmark = pytest.mark.django_db


def media_orphans(*args):
    out = io.StringIO()
    call_command("media_orphans", *args, stdout=out)
    return out.getvalue()


def body_image(client):
    """A CKEditor upload (with its thumbnail); returns its address."""
    return json.loads(post_upload(client, jpeg_bytes(size=(300, 200))).content)["url"]


@pytest.fixture
def media(client):
    """A photo with its copies, a body image in an article, and files nothing refers to."""
    log_in(client, UserFactory())
    photo = PhotoFactory()
    used = body_image(client)
    ArticleFactory(body=f'<p>Isi.</p><p><img src="{used}" alt="Rapat"></p>')
    unused = body_image(client)
    lost_original = default_storage.save("foto/2026/12/hilang.jpg", ContentFile(jpeg_bytes()))
    lost_copy = default_storage.save("foto/ukuran/2026/12/hilang.webp", ContentFile(b"x"))
    not_ours = default_storage.save("lain/catatan.txt", ContentFile(b"bukan milik kami"))
    unused_name = unused.split("/unggahan/", 1)[1]
    orphans = sorted([lost_original, lost_copy, f"unggahan/{unused_name}",
                      "unggahan/" + unused_name.replace(".jpg", "_thumb.jpg")])  # fmt: skip
    kept = {photo.image.name, *photo.renditions.values_list("file", flat=True), not_ours}
    return kept, orphans, used


def test_dry_run_lists_the_orphans_and_deletes_nothing(media):
    kept, orphans, used = media
    before = stored_files()
    listed = media_orphans("--min-age-hours", "0").splitlines()
    assert listed[:-1] == orphans
    assert "4 berkas tanpa rujukan. Tidak ada yang dihapus" in listed[-1]
    assert stored_files() == before


def test_delete_removes_the_orphans_only(media):
    kept, orphans, used = media
    assert "4 berkas tanpa rujukan dihapus." in media_orphans("--min-age-hours", "0", "--delete")
    left = set(stored_files())
    assert kept < left
    assert {name for name in left - kept if name.startswith("unggahan/")} == {
        used.removeprefix(settings.MEDIA_URL),
        used.removeprefix(settings.MEDIA_URL).replace(".jpg", "_thumb.jpg"),
    }


def test_files_younger_than_a_day_are_left_alone(media):
    assert media_orphans("--delete").splitlines() == ["0 berkas tanpa rujukan dihapus."]


def test_an_image_only_in_an_earlier_revision_is_kept(client):
    log_in(client, UserFactory())
    url = body_image(client)
    with reversion.create_revision():
        article = ArticleFactory(body=f'<p><img src="{url}" alt="Lama"></p>')
    article.body = "<p>Gambar dihapus dari isi.</p>"
    article.save()
    assert media_orphans("--min-age-hours", "0").splitlines() == [
        "0 berkas tanpa rujukan. Tidak ada yang dihapus; jalankan lagi dengan --delete untuk "
        "menghapusnya."
    ]
