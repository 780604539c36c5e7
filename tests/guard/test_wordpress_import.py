"""An infected WordPress export: what the guard holds comes in as a draft, listed in the report."""

import pytest

from newsroom.models import Article, ImportedItem
from newsroom.wordpress.service import import_wordpress
from tests.factories import UPTFactory

pytestmark = pytest.mark.django_db

ITEM = """
	<item>
		<title><![CDATA[{title}]]></title>
		<link>https://lapaspermisan.example/2024/09/{n}/berita-{n}/</link>
		<dc:creator><![CDATA[humas]]></dc:creator>
		<guid isPermaLink="false">https://lapaspermisan.example/?p={n}</guid>
		<content:encoded><![CDATA[{body}]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>{n}</wp:post_id>
		<wp:post_date><![CDATA[2024-09-{n} 10:00:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2024-09-{n} 03:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[berita-{n}]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:post_type><![CDATA[post]]></wp:post_type>
	</item>"""

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Lapas Permisan</title>
	<link>https://lapaspermisan.example</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://lapaspermisan.example</wp:base_site_url>
"""

POSTS = [
    (11, "Pembinaan kemandirian warga binaan", "<p>Pelatihan menjahit bagi warga binaan.</p>"),
    (12, "Info SL0T G4COR hari ini", "<p>Daftar sekarang.</p>"),
    (
        13,
        "Kunjungan keluarga dibuka kembali",
        '<p>Layanan kunjungan dibuka.</p><div style="display:none">'
        '<a href="https://contoh-situs.example/">hiburan malam</a></div>',
    ),
    (
        14,
        "Razia judi online di blok hunian",
        "<p>Petugas menyita ponsel berisi aplikasi judi online.</p>",
    ),
]


@pytest.fixture
def infected_export(tmp_path):
    items = "".join(ITEM.format(n=n, title=t, body=b) for n, t, b in POSTS)
    path = tmp_path / "terinfeksi.xml"
    path.write_text(HEAD + items + "\n</channel>\n</rss>\n", encoding="utf-8")
    return path


def test_matching_items_are_imported_as_drafts_and_listed_in_the_report(infected_export):
    unit = UPTFactory()
    report = import_wordpress(path=infected_export, unit=unit)
    articles = {i.wp_id: i.article for i in ImportedItem.objects.filter(kind="post")}
    assert articles[11].status == Article.Status.PUBLISHED and articles[11].is_live
    assert articles[14].status == Article.Status.PUBLISHED  # the raid report is news
    for held in (12, 13):
        assert articles[held].status == Article.Status.DRAFT
        assert articles[held].published_at is None
    text = str(report)
    assert "Artikel #12 \u201cInfo SL0T G4COR hari ini\u201d ditahan penjaga konten" in text
    assert "\u201cslot gacor\u201d (Judul)" in text
    assert "Artikel #13" in text and "teks tersembunyi" in text
    assert "Ditahan penjaga konten (menjadi draf): 2" in text


def test_a_dry_run_reports_the_same_holds(infected_export):
    unit = UPTFactory()
    report = import_wordpress(path=infected_export, unit=unit, dry_run=True)
    assert len(report.held) == 2
    assert not Article.objects.exists()
