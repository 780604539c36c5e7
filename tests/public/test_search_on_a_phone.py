"""Search on a phone: the results first, the filters folded, a count, the best match on top."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory, RegionFactory

pytestmark = pytest.mark.django_db


def search(client, **params):
    return client.get(reverse("search"), params).content.decode()


def test_a_title_match_ranks_above_a_newer_body_match(client):
    now = timezone.now()
    ArticleFactory(
        live=True,
        title="Kegiatan pagi di lapas",
        body="<p>Warga binaan belajar membatik bersama instruktur.</p>",
        published_at=now - timedelta(hours=1),
    )
    ArticleFactory(
        live=True,
        title="Pelatihan membatik untuk warga binaan",
        body="<p>Dua puluh peserta ikut pelatihan.</p>",
        published_at=now - timedelta(days=20),
    )
    page = search(client, q="membatik")
    assert page.index("Pelatihan membatik untuk warga binaan") < page.index(
        "Kegiatan pagi di lapas"
    )


def test_results_say_how_many_were_found(client):
    for n in range(3):
        ArticleFactory(live=True, title=f"Remisi Natal tahap {n}")
    ArticleFactory(live=True, title="Lomba voli antarlapas")
    assert "3 berita ditemukan" in search(client, q="remisi")


def test_many_results_are_counted_as_more_than(client, settings):
    from newsroom import search as site_search

    for n in range(site_search.COUNT_CAP + 1):
        ArticleFactory(live=True, title=f"Pembinaan kepribadian sesi {n}")
    assert f"Lebih dari {site_search.COUNT_CAP} berita ditemukan" in search(client, q="pembinaan")


def test_the_filters_are_folded_until_one_is_used(client):
    region = RegionFactory(name="Jawa Tengah")
    ArticleFactory(live=True, title="Bakti sosial")
    page = search(client, q="bakti")
    start = page.index('<details class="filters-fold')
    fold = page[start : page.index("</details>", start)]
    assert '<details class="filters-fold">' in page
    assert 'name="region"' in fold and 'name="kind"' in fold and 'name="dari"' in fold
    # The words box stays outside the fold, ahead of it.
    assert page.index('id="id_q"') < start

    filtered = search(client, q="bakti", region=region.slug)
    assert '<details class="filters-fold" open>' in filtered
    assert "1 saringan aktif" in filtered


def test_a_wrong_filter_unfolds_with_its_message(client):
    page = search(client, q="bakti", dari="2024-09-30", sampai="2024-09-01")
    assert '<details class="filters-fold" open>' in page
    assert "Tanggal akhir tidak boleh sebelum tanggal awal." in page
