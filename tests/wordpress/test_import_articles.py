"""Importing a unit's WordPress export brings its news over with nothing lost."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from PIL import Image

from newsroom.models import Article, ImportedItem, Photo, Reporter
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def imported(run_import):
    report = run_import()
    articles = {i.wp_id: i.article for i in ImportedItem.objects.filter(kind="post")}
    photos = {i.wp_id: i.photo for i in ImportedItem.objects.filter(kind="attachment")}
    return report, articles, photos


def test_posts_become_articles_of_the_unit_with_mapped_statuses(imported, unit):
    _, articles, _ = imported
    assert sorted(articles) == [10, 11, 12, 13, 18]
    assert {a.unit for a in articles.values()} == {unit}
    assert articles[10].status == Article.Status.PUBLISHED
    assert articles[12].status == Article.Status.DRAFT
    assert articles[18].status == Article.Status.DRAFT  # pending review in WordPress


def test_private_trashed_and_page_items_are_skipped_with_a_reason(imported):
    report, _, _ = imported
    text = str(report)
    assert "Catatan internal rapat pimpinan\u201d: dilewati (status \u201cprivate\u201d" in text
    assert "Berita lama yang dibuang\u201d: dilewati (status \u201ctrash\u201d" in text
    assert "Profil Lapas\u201d: dilewati (jenis \u201cpage\u201d" in text
    assert not Article.objects.filter(title__startswith="Catatan internal").exists()


def test_publication_time_is_read_from_gmt_and_shown_in_wib(imported):
    _, articles, _ = imported
    local = timezone.localtime(articles[10].published_at, WIB)
    assert (local.date().isoformat(), local.hour, local.minute) == ("2024-09-25", 22, 29)
    assert articles[10].get_absolute_url() == (
        "/berita/2024/09/25/kalapas-hadiri-rapat-teknis-humas/"
    )


def test_local_post_date_is_read_as_wib_when_gmt_is_missing(imported):
    _, articles, _ = imported
    assert articles[11].published_at == datetime(2024, 8, 17, 8, 0, tzinfo=WIB)


def test_scheduled_post_is_published_at_its_future_time_and_not_live_yet(imported):
    _, articles, _ = imported
    scheduled = articles[13]
    assert scheduled.status == Article.Status.PUBLISHED
    assert scheduled.published_at == datetime(2030, 4, 27, 7, 30, tzinfo=WIB)
    assert not Article.objects.live().filter(pk=scheduled.pk).exists()
    assert Article.objects.live().filter(pk=articles[10].pk).exists()


def test_post_without_slug_gets_one_from_its_title(imported):
    _, articles, _ = imported
    assert articles[12].slug == "penyuluhan-hukum-bagi-warga-binaan-baru"


def test_slug_taken_on_the_same_date_gets_a_suffix(run_import):
    ArticleFactory(
        slug="kalapas-hadiri-rapat-teknis-humas",
        status="published",
        published_at=datetime(2024, 9, 25, 9, 0, tzinfo=WIB),
    )
    run_import()
    article = ImportedItem.objects.get(wp_id=10).article
    assert article.slug == "kalapas-hadiri-rapat-teknis-humas-2"


def test_titles_and_summaries_read_as_text_with_entities_decoded(imported):
    _, articles, _ = imported
    assert articles[11].title == "Pembinaan Kemandirian: \u201cBatik Lapas\u201d & Kerajinan Tangan"
    assert articles[10].summary.endswith("di Jakarta & membawa pulang semangat baru.")


def test_authors_become_reporters_of_the_unit_once(imported, unit, run_import):
    _, articles, _ = imported
    assert articles[10].reporter.display_name == "Humas Lapas Permisan"
    assert articles[11].reporter.display_name == "Rina Wulandari"
    # An author missing from the export's author list still gets a byline under their login.
    assert articles[18].reporter.display_name == "tamu"
    assert set(Reporter.objects.values_list("unit", flat=True)) == {unit.pk}
    run_import()
    assert Reporter.objects.count() == 3


def test_categories_and_tags_become_topics_without_the_default_category(imported):
    _, articles, _ = imported
    assert sorted(t.name for t in articles[10].tags.all()) == ["HumasBergerakBersama", "Kegiatan"]
    assert sorted(t.name for t in articles[11].tags.all()) == ["Pembinaan & Kemandirian", "batik"]


def test_body_is_sanitised_paragraphed_and_keeps_entities_as_text(imported):
    _, articles, _ = imported
    body = articles[10].body
    assert "<script" not in body and "dicuri" not in body
    assert "<p>NUSAKAMBANGAN \u2013 Kepala Lapas Permisan" in body
    assert "<br>\nKegiatan diikuti 150 peserta dari 54 UPT &amp; kantor pusat.</p>" in body
    assert "<p>Menurut Koordinator Humas, pertemuan ini &lt;penting&gt;" in body
    assert "<h2>Empat kategori penghargaan</h2>" in body
    assert "<p><ul>" not in body and "<p><h2>" not in body


def test_prose_in_square_brackets_is_not_mistaken_for_a_shortcode(imported):
    _, articles, _ = imported
    assert "[Foto: Humas Permisan]" in articles[10].body


def test_unknown_shortcodes_are_removed_and_counted(imported):
    report, articles, _ = imported
    assert "contact-form-7" not in articles[10].body
    assert "[embed]" not in articles[11].body
    assert "https://www.youtube.com/watch?v=contoh" in articles[11].body
    assert "Kode pendek yang dibuang: [contact-form-7] \u00d71, [embed] \u00d71" in str(report)


def test_attachments_become_photos_with_caption_alt_text_and_description(imported, unit):
    _, _, photos = imported
    photo = photos[101]
    assert photo.unit == unit
    assert photo.caption.startswith("Kalapas Permisan (kiri) bersama Koordinator Humas")
    assert photo.alt_text.startswith("Dua petugas berseragam")
    record = ImportedItem.objects.get(wp_id=101)
    assert record.description == "Pembukaan rapat teknis Humas Pemasyarakatan 2024 di Jakarta."


def test_photo_files_are_checked_turned_upright_and_stripped_of_metadata(imported):
    _, _, photos = imported
    photo = photos[101]
    with photo.image.open("rb") as f, Image.open(f) as image:
        assert image.size == (80, 120)  # the EXIF orientation applied
        assert not image.getexif()
    assert (photo.width, photo.height) == (80, 120)
    assert photo.image.name.startswith("foto/") and "rapat-teknis" not in photo.image.name


def test_first_captioned_image_becomes_the_lead_photo_and_leaves_the_body(imported):
    _, articles, photos = imported
    assert articles[10].lead_photo == photos[101]
    assert "<figure>" not in articles[10].body


def test_caption_shortcode_becomes_a_figure_with_figcaption(unit, uploads, export):
    content = export.read_text().replace(
        "Kalapas Permisan (kiri) bersama Koordinator Humas pada pembukaan rapat teknis Humas.[/caption]",
        "Teks keterangan yang <em>berbeda</em>.[/caption]",
    )
    export.write_text(content)
    from newsroom.wordpress.service import import_wordpress

    import_wordpress(path=export, unit=unit, uploads_dir=uploads)
    article = ImportedItem.objects.get(wp_id=10).article
    # Its caption differs from the photo's own, so the figure stays in the body.
    assert "<figure><img" in article.body
    assert (
        "<figcaption>Teks keterangan yang <em>berbeda</em>.</figcaption></figure>" in article.body
    )
    assert article.lead_photo.caption.startswith("Kalapas Permisan")


def test_gallery_shortcode_becomes_the_gallery_in_its_order(imported):
    report, articles, photos = imported
    gallery = [item.photo for item in articles[11].gallery_items.all()]
    assert gallery == [photos[103], photos[102]]
    assert "[gallery" not in articles[11].body
    assert "Artikel #11: foto galeri #104 tidak ikut diimpor." in report.warnings


def test_body_images_point_at_the_imported_photo(imported):
    _, articles, photos = imported
    body = articles[11].body
    assert f'src="{photos[102].image.url}"' in body
    assert "lapaspermisan.example" not in body
    assert 'alt="Tangan warga binaan mencanting kain batik"' in body


def test_missing_file_is_a_warning_and_not_fatal(imported):
    report, _, photos = imported
    assert 104 not in photos
    assert any("hilang.jpg" in w for w in report.warnings)
    assert Photo.objects.count() == 3


def test_non_images_and_attachments_of_private_posts_are_skipped(imported):
    report, _, photos = imported
    assert 105 not in photos and 106 not in photos
    text = str(report)
    assert "Laporan kinerja\u201d: dilewati (bukan berkas gambar)" in text
    assert "Foto rapat internal\u201d: dilewati (lampiran tulisan privat atau terhapus)" in text


def test_report_ends_with_the_counts(imported):
    report, _, _ = imported
    assert report.lines()[-7:] == [
        "Artikel: 5 dibuat, 0 diperbarui, 0 tidak berubah, 0 konflik",
        "Foto: 3 dibuat, 0 diperbarui, 0 tidak berubah, 0 konflik",
        "Penulis baru: 3",
        "Topik baru: 4",
        "Pengalihan alamat lama: 3",
        "Dilewati: 6",
        "Peringatan: 2",
    ]


def test_wxr_1_1_exports_import_the_same(unit, uploads, export):
    export.write_text(export.read_text().replace("export/1.2/", "export/1.1/"))
    export.write_text(export.read_text().replace("<wp:wxr_version>1.2", "<wp:wxr_version>1.1"))
    from newsroom.wordpress.service import import_wordpress

    report = import_wordpress(path=export, unit=unit, uploads_dir=uploads)
    assert report.count("post", "create") == 5
    assert report.count("attachment", "create") == 3
