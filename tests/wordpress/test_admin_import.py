"""Admins import through the newsroom admin: upload, read the dry-run report, confirm."""

import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.models import Article, ImportedItem
from tests.factories import ArticleFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db
URL = reverse("admin:newsroom_importeditem_wordpress")


@pytest.fixture(autouse=True)
def _temp_dir(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "temp")
    (tmp_path / "temp").mkdir()


@pytest.fixture
def admin_client(client):
    log_in(client, UserFactory(username="admin", is_superuser=True))
    return client


@pytest.fixture
def uploads_root(settings, uploads):
    settings.WORDPRESS_UPLOADS_ROOT = str(uploads.parent)
    return uploads


def upload(client, export, unit, uploads="uploads"):
    data = {
        "export": SimpleUploadedFile("ekspor.xml", export.read_bytes(), "text/xml"),
        "unit": unit.pk,
        "uploads": uploads,
    }
    return client.post(URL, data)


def pending_files():
    from django.conf import settings

    return list(Path(settings.FILE_UPLOAD_TEMP_DIR).glob("wxr-*.xml"))


def test_upload_shows_the_dry_run_report_and_imports_nothing(
    admin_client, unit, export, uploads_root
):
    response = upload(admin_client, export, unit)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Laporan uji coba untuk" in page
    assert "Artikel: 5 dibuat, 0 diperbarui, 0 tidak berubah, 0 konflik" in page
    assert "Impor sekarang" in page
    assert not Article.objects.exists()


def test_confirming_imports_what_the_report_showed(admin_client, unit, export, uploads_root):
    before = set(pending_files())
    preview = upload(admin_client, export, unit).context["report"]
    assert len(set(pending_files()) - before) == 1
    response = admin_client.post(URL, {"confirm": "1"})
    assert response.status_code == 200
    assert response.context["report"].entries == preview.entries
    assert Article.objects.count() == 5
    assert ImportedItem.objects.filter(kind="attachment").count() == 3
    # The waiting export is gone once imported.
    assert set(pending_files()) - before == set()


def test_cancel_discards_the_uploaded_export(admin_client, unit, export, uploads_root):
    before = set(pending_files())
    upload(admin_client, export, unit)
    response = admin_client.post(URL, {"cancel": "1"})
    assert response.status_code == 302
    assert set(pending_files()) - before == set()
    assert admin_client.post(URL, {"confirm": "1"}).status_code == 302
    assert not Article.objects.exists()


def test_broken_file_is_refused_on_the_form_with_its_line(admin_client, unit, export, uploads_root):
    export.write_text(export.read_text()[:3000])
    response = upload(admin_client, export, unit)
    page = response.content.decode()
    assert response.status_code == 200
    assert "rusak atau terpotong" in page and "baris" in page
    assert f'<option value="{unit.pk}" selected>' in page
    assert not Article.objects.exists()


def test_uploads_folder_outside_the_import_root_is_refused(
    admin_client, unit, export, uploads_root
):
    response = upload(admin_client, export, unit, uploads="../../etc")
    assert "Folder ini tidak ada di dalam folder impor server." in response.content.decode()


def test_a_preview_left_for_a_day_is_swept_at_the_next_upload(
    admin_client, unit, export, uploads_root
):
    from django.conf import settings

    # Left by another session that never came back.
    old = Path(settings.FILE_UPLOAD_TEMP_DIR) / "wxr-ditinggalkan.xml"
    old.write_text("<rss/>")
    os.utime(old, (0, 0))
    upload(admin_client, export, unit)
    assert old not in pending_files()
    assert len(pending_files()) == 1


def test_staff_without_the_permission_cannot_import(client, unit, export):
    log_in(client, UserFactory(username="redaktur"))
    assert client.get(URL).status_code == 403
    response = upload(client, export, unit, uploads="")
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_imported_items_list_costs_the_same_queries_for_few_or_many(
    admin_client, unit, django_assert_max_num_queries
):
    def listing():
        admin_client.get(reverse("admin:newsroom_importeditem_changelist"))

    for n in range(1):
        ImportedItem.objects.create(
            guid=f"g{n}", kind="post", wp_id=n, unit=unit, article=ArticleFactory(unit=unit)
        )
    with django_assert_max_num_queries(12) as few:
        listing()
    for n in range(1, 25):
        ImportedItem.objects.create(
            guid=f"g{n}", kind="post", wp_id=n, unit=unit, article=ArticleFactory(unit=unit)
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        listing()
