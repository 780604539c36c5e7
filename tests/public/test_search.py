"""Search: Indonesian word forms on PostgreSQL, a simpler search on SQLite, the same page."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from tests.factories import ArticleFactory, RegionFactory, UPTFactory

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Full-text search with the 'indonesian' configuration exists only on PostgreSQL; "
    "run with DATABASE_URL=postgres://... to test it.",
)


def results(client, **params):
    response = client.get("/cari/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_empty_search_explains_how_to_search(client):
    html = results(client)
    assert "Tulis kata kunci" in html
    assert 'name="q"' in html


def test_search_without_results_suggests_what_to_try(client):
    ArticleFactory(live=True, title="Panen sayur")
    html = results(client, q="kapalselam")
    assert "Tidak ada berita yang cocok" in html
    assert 'href="/berita/"' in html


def test_search_finds_words_in_title_and_body_of_live_articles_only(client):
    ArticleFactory(live=True, title="Pelatihan barista di lapas")
    ArticleFactory(live=True, title="Lain", body="<p>Pelatihan barista untuk warga</p>")
    ArticleFactory(title="Draf pelatihan barista")
    ArticleFactory(
        title="Terjadwal pelatihan barista",
        status="published",
        published_at=timezone.now() + timedelta(days=1),
    )
    html = results(client, q="barista")
    assert "Pelatihan barista di lapas" in html
    assert "/berita/" in html and html.count('class="card"') == 2
    assert "Draf pelatihan" not in html and "Terjadwal pelatihan" not in html


def test_search_filters_by_unit_region_kind_and_dates(client):
    here = UPTFactory()
    elsewhere = UPTFactory()
    ArticleFactory(live=True, unit=here, title="Pembinaan di sini", kind="berita")
    ArticleFactory(live=True, unit=elsewhere, title="Pembinaan di sana", kind="siaran-pers")
    old = timezone.now() - timedelta(days=400)
    ArticleFactory(live=True, unit=here, title="Pembinaan dahulu", published_at=old)

    assert "di sana" not in results(client, q="pembinaan", unit=here.slug)
    assert "di sana" not in results(client, q="pembinaan", region=here.region.slug)
    by_kind = results(client, q="pembinaan", kind="siaran-pers")
    assert "di sana" in by_kind and "di sini" not in by_kind
    since = (timezone.localdate() - timedelta(days=30)).isoformat()
    recent = results(client, q="pembinaan", dari=since)
    assert "di sini" in recent and "dahulu" not in recent
    # Filters alone, without words, also search.
    assert "di sana" in results(client, kind="siaran-pers")


def unit_options(html):
    select = html.split('name="unit"', 1)[1].split("</select>", 1)[0]
    return select.count("<option") - 1  # less "Semua UPT"


def test_the_unit_list_offers_the_units_of_the_chosen_region(client):
    region, other = RegionFactory(), RegionFactory()
    here = UPTFactory.create_batch(3, region=region)
    UPTFactory.create_batch(5, region=other)

    # No region chosen: no list of every unit in the country, but a hint how to get one.
    first = results(client, q="pembinaan")
    assert unit_options(first) == 0
    assert "Pilih wilayah lalu tekan Cari" in first
    assert 'aria-describedby="id_unit_helptext"' in first

    by_region = results(client, q="pembinaan", region=region.slug)
    assert unit_options(by_region) == 3
    assert all(unit.name in by_region for unit in here)
    # A unit chosen by link, without its region, comes with its neighbours, selected.
    by_unit = results(client, unit=here[0].slug)
    assert unit_options(by_unit) == 3
    assert f'<option value="{here[0].slug}" selected>' in by_unit


def test_a_unit_outside_the_chosen_region_is_explained_and_kept(client):
    region = RegionFactory()
    unit = UPTFactory()
    html = results(client, q="pembinaan", region=region.slug, unit=unit.slug)
    assert "UPT ini tidak berada di wilayah yang dipilih." in html
    assert f'<option value="{unit.slug}" selected>' in html
    assert f'<option value="{region.slug}" selected>' in html


def test_bad_dates_get_an_indonesian_message_and_keep_what_was_typed(client):
    html = results(client, q="pembinaan", dari="2024-10-10", sampai="2024-01-01")
    assert "Tanggal akhir tidak boleh sebelum tanggal awal." in html
    assert 'value="pembinaan"' in html
    assert "Masukkan tanggal yang valid" in results(client, q="x", dari="kemarin")


def test_search_terms_are_escaped(client):
    html = results(client, q='<script>alert("x")</script>')
    assert '<script>alert("x")' not in html


@postgres_only
def test_indonesian_word_forms_match_on_postgres(client):
    ArticleFactory(live=True, title="Program pembinaan kemandirian warga binaan")
    ArticleFactory(live=True, title="Penggeledahan kamar hunian")
    html = results(client, q="membina")
    assert "Program pembinaan kemandirian" in html
    assert "Penggeledahan" not in html


@postgres_only
def test_title_matches_rank_above_body_matches_with_highlighted_snippets(client):
    ArticleFactory(
        live=True, title="Kabar harian", body="<p>Lapas menggelar pelatihan menjahit.</p>"
    )
    ArticleFactory(live=True, title="Pelatihan menjahit bagi warga binaan", body="<p>Isi.</p>")
    html = results(client, q="pelatihan menjahit")
    assert html.index("Pelatihan menjahit bagi") < html.index("Kabar harian")
    assert "<mark>pelatihan</mark>" in html.lower()
    assert "&lt;p&gt;" not in html


@postgres_only
def test_the_search_vector_is_indexed_and_stored_on_postgres():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'article_search_vector_idx'"
        )
        assert "gin" in cursor.fetchone()[0].lower()
        cursor.execute(
            "SELECT is_generated FROM information_schema.columns "
            "WHERE table_name = 'newsroom_article' AND column_name = 'search_vector'"
        )
        assert cursor.fetchone()[0] == "ALWAYS"


def test_snippet_shows_ampersands_as_readers_typed_them(client):
    from django.template import Context, Template

    html = Template(
        "{% load situs warta %}{% article_card article photo=False snippet=snippet|sorot %}"
    ).render(
        Context(
            {"article": ArticleFactory(), "snippet": "Lapas &amp; Rutan\x02bina\x03&nbsp;warga <b>"}
        )
    )
    assert '<p class="snippet">Lapas &amp; Rutan<mark>bina</mark>\xa0warga &lt;b&gt;</p>' in html


@postgres_only
@pytest.mark.parametrize("share", [0.0, 2.0], ids=["common-walk", "rarer-windows"])
def test_only_the_newest_matches_are_ranked(client, monkeypatch, share):
    from newsroom import search

    # share 0: every word counts as common (date index walk); 2: none does (GIN windows).
    monkeypatch.setattr(search, "COMMON_SHARE", share)
    monkeypatch.setattr(search, "RANKED_CANDIDATES", 2)
    now = timezone.now()
    old = ArticleFactory(
        live=True, title="Pembinaan pembinaan pembinaan", published_at=now - timedelta(days=400)
    )
    newer = ArticleFactory(
        live=True,
        title="Kabar singkat lapas",
        body="<p>Program pembinaan.</p>",
        published_at=now - timedelta(days=40),
    )
    newest = ArticleFactory(
        live=True, title="Pembinaan kemandirian", published_at=now - timedelta(days=1)
    )
    html = results(client, q="pembinaan")
    assert newest.title in html and newer.title in html
    assert old.title not in html
    assert html.index(newest.title) < html.index(newer.title)


@postgres_only
def test_rare_words_are_found_however_old(client, monkeypatch):
    from newsroom import search

    monkeypatch.setattr(search, "COMMON_SHARE", 2.0)
    now = timezone.now()
    for days in (3, 200, 1500):
        ArticleFactory(
            live=True, title=f"Mukomuko {days} hari", published_at=now - timedelta(days=days)
        )
    html = results(client, q="mukomuko")
    assert all(f"Mukomuko {days} hari" in html for days in (3, 200, 1500))
