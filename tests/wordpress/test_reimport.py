"""Importing the same file again changes nothing; edits made here are never overwritten."""

import pytest

from newsroom.models import Article, ArticlePhoto, ImportedItem, LegacyRedirect, Photo, Reporter

pytestmark = pytest.mark.django_db


def snapshot():
    return [
        list(m.objects.order_by("pk").values())
        for m in (Article, Photo, Reporter, ArticlePhoto, LegacyRedirect)
    ]


def test_second_import_changes_nothing_and_says_so(run_import):
    run_import()
    before = snapshot()
    report = run_import()
    assert snapshot() == before
    assert "Tidak ada perubahan: isi berkas ini sudah diimpor sebelumnya." in report.lines()
    assert report.count("post", "unchanged") == 5
    assert report.count("attachment", "unchanged") == 3
    assert (report.reporters, report.tags, report.redirects) == (0, 0, 0)


def test_a_change_in_wordpress_updates_the_article(run_import, export):
    run_import()
    export.write_text(
        export.read_text().replace(
            "Draf: penyuluhan hukum dijadwalkan bulan depan.", "Draf: jadwal sudah pasti."
        )
    )
    report = run_import()
    article = ImportedItem.objects.get(wp_id=12).article
    assert article.body == "<p>Draf: jadwal sudah pasti.</p>"
    assert report.count("post", "update") == 1
    assert "Penyuluhan Hukum bagi Warga Binaan Baru\u201d: diperbarui" in str(report)
    assert Article.objects.count() == 5


def test_article_edited_here_is_not_overwritten_and_reported_as_conflict(run_import, export):
    run_import()
    article = ImportedItem.objects.get(wp_id=12).article
    article.body = "<p>Disunting redaktur di sini.</p>"
    article.save()
    export.write_text(
        export.read_text().replace(
            "Draf: penyuluhan hukum dijadwalkan bulan depan.", "Draf: versi WordPress."
        )
    )
    report = run_import()
    article.refresh_from_db()
    assert article.body == "<p>Disunting redaktur di sini.</p>"
    assert report.count("post", "conflict") == 1
    assert "diubah di sini sejak impor; tidak ditimpa" in str(report)


def test_article_deleted_here_is_not_brought_back(run_import):
    run_import()
    ImportedItem.objects.get(wp_id=12).article.delete()
    report = run_import()
    assert not Article.objects.filter(title__startswith="Penyuluhan Hukum").exists()
    assert "hasil impor sebelumnya sudah dihapus di sini" in str(report)


def test_the_same_export_for_another_unit_is_skipped(run_import, uploads, export):
    from newsroom.wordpress.service import import_wordpress
    from tests.factories import UPTFactory

    run_import()
    report = import_wordpress(path=export, unit=UPTFactory(), uploads_dir=uploads)
    assert report.count("post", "skip") == 7
    assert "sudah diimpor untuk UPT lain" in str(report)
    assert Article.objects.count() == 5
