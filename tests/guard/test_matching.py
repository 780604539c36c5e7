"""The guard sees spam however it is disguised, and lets news about gambling raids through."""

import pytest

from newsroom.guard_rules import scan_html
from newsroom.models.guard import article_findings
from tests.factories import ArticleFactory, ArticlePhotoFactory, PhotoFactory

pytestmark = pytest.mark.django_db


def terms(article):
    return {(f.term, f.field) for f in article_findings(article)}


@pytest.mark.parametrize(
    "title",
    [
        "Info SLOT GACOR hari ini",
        "Info s l o t  g a c o r hari ini",
        "Info sl0t g4c0r hari ini",
        "Info slot\u200bgacor hari ini",
        "Info Slot-Gacor88 hari ini",
        "Info \uff33\uff2c\uff2f\uff34 \uff27\uff21\uff23\uff2f\uff32",
    ],
)
def test_a_disguised_term_in_the_title_is_named_with_its_field(title):
    assert ("slot gacor", "Judul") in terms(ArticleFactory(title=title))


def test_terms_in_link_text_image_alt_caption_and_link_address_are_found():
    photo = PhotoFactory(alt_text="Petugas dan m a x w i n", caption="Keterangan biasa")
    article = ArticleFactory(
        lead_photo=photo,
        body=(
            '<p>Kegiatan pembinaan. <a href="https://contoh.example/baca">Link Alternatif</a> '
            '<a href="https://berita.example/bonus-new-member-100">baca</a> '
            '<a href="https://lain.example/" title="Prediksi Togel jitu">sumber</a></p>'
        ),
    )
    ArticlePhotoFactory(article=article, photo=PhotoFactory(caption="Bocoran RTP live"))
    found = terms(article)
    assert ("maxwin", "Teks alternatif foto utama") in found
    assert ("link alternatif", "Tautan di isi") in found
    assert ("bonus new member", "Tautan di isi") in found
    assert ("prediksi togel", "Tautan di isi") in found
    assert ("rtp live", "Keterangan foto galeri ke-1") in found


def test_a_link_to_a_listed_domain_is_found_whatever_its_text():
    article = ArticleFactory(
        body='<p>Lihat <a href="https://www.Gacor88-Resmi.xyz/">dokumentasi kegiatan</a>.</p>'
    )
    found = article_findings(article)
    assert [(f.kind, f.term, f.excerpt) for f in found] == [
        ("domain", "*gacor*", "gacor88-resmi.xyz")
    ]


def test_a_block_of_outbound_links_is_found():
    links = "".join(f'<li><a href="https://situs{n}.example/">situs {n}</a></li>' for n in range(6))
    article = ArticleFactory(body=f"<p>Isi berita.</p><ul>{links}</ul>")
    assert [(f.kind, f.term) for f in article_findings(article)] == [
        ("link-block", "blok 6 tautan keluar")
    ]


def test_a_few_sources_linked_in_the_text_are_no_link_block():
    article = ArticleFactory(
        body=(
            "<p>Menurut <a href='https://ditjenpas.go.id/a'>Ditjenpas</a> dan "
            "<a href='https://kemenkumham.go.id/b'>Kemenkumham</a>, kegiatan ini rutin.</p>"
        )
    )
    assert article_findings(article) == []


def test_hidden_text_in_imported_html_is_found():
    scan = scan_html(
        '<p>Berita.</p><div style="position:absolute; left:-9999px">'
        '<a href="https://a.example">slot gacor</a></div><span hidden>togel hk</span>'
    )
    assert scan.hidden_text == ["slot gacor", "togel hk"]


def test_a_report_of_a_gambling_raid_is_not_held():
    """The list holds what promoters write, not the words any news about gambling uses."""
    article = ArticleFactory(
        title="Razia judi online di blok hunian, petugas sita 12 ponsel",
        summary="Petugas Lapas menggelar razia judi online dan togel di blok hunian.",
        body=(
            "<p>Dalam razia itu petugas menemukan aplikasi judi slot dan situs judi online di "
            "ponsel selundupan. Kalapas menegaskan tidak ada toleransi bagi bandar judi.</p>"
        ),
        tags=["judi online", "razia"],
    )
    assert article_findings(article) == []
