"""The front page reads like a national news site: lead story, grid, most read, regions, awards."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from newsroom import front
from tests.factories import ArticleFactory, PhotoFactory, RegionFactory

pytestmark = pytest.mark.django_db


def home(client):
    return client.get(reverse("home")).content.decode()


def section(page, marker):
    start = page.index(marker)
    return page[start : page.index("</section>", start)]


def test_the_featured_story_leads_with_its_photo_eagerly_loaded(client):
    ArticleFactory(live=True, title="Berita biasa terbaru", lead_photo=PhotoFactory())
    ArticleFactory(
        live=True,
        title="Kalapas Permisan hadiri rapat teknis",
        is_featured=True,
        lead_photo=PhotoFactory(alt_text="Kalapas berpidato"),
    )
    lead = section(home(client), 'id="berita-utama"')
    assert "Kalapas Permisan hadiri rapat teknis" in lead
    assert 'fetchpriority="high"' in lead and 'alt="Kalapas berpidato"' in lead
    assert "Berita biasa terbaru" not in lead


def test_without_a_featured_story_the_newest_with_a_photo_leads(client):
    ArticleFactory(live=True, title="Berita dengan foto", lead_photo=PhotoFactory())
    ArticleFactory(live=True, title="Berita tanpa foto yang lebih baru")
    page = home(client)
    assert "Berita dengan foto" in section(page, 'id="berita-utama"')
    assert "Berita tanpa foto yang lebih baru" in section(page, 'id="terbaru"')


def test_the_grid_shows_the_next_stories_once(client):
    for n in range(12):
        ArticleFactory(live=True, title=f"Berita grid nomor {n:02d}")
    page = home(client)
    grid = section(page, 'id="terbaru"')
    shown = [n for n in range(12) if f"Berita grid nomor {n:02d}" in grid]
    assert len(shown) == 9
    lead = section(page, 'id="berita-utama"')
    assert not any(f"Berita grid nomor {n:02d}" in lead for n in shown)


def test_masthead_names_the_directorate_and_offers_kinds_and_regions(client):
    RegionFactory(name="Nusa Tenggara Timur", slug="ntt")
    page = home(client)
    assert "Direktorat Jenderal Pemasyarakatan" in page and "img/emblem" in page
    for kind in ("Siaran Pers", "Liputan Media", "Video"):
        assert f">{kind}</a>" in page
    assert 'href="/wilayah/ntt/"' in page
    assert "Instagram @ditjenpas" in page and "mailto:" in page


def test_a_kind_page_lists_that_kind_only(client):
    ArticleFactory(live=True, title="Siaran pers remisi", kind="siaran-pers")
    ArticleFactory(live=True, title="Berita pelatihan", kind="berita")
    response = client.get(reverse("article-list"), {"jenis": "siaran-pers"})
    page = response.content.decode()
    assert "<h1>Siaran Pers</h1>" in page
    assert "Siaran pers remisi" in page and "Berita pelatihan" not in page
    assert client.get(reverse("article-list"), {"jenis": "bukan-jenis"}).status_code == 200


def test_award_winners_reach_the_home_page_through_the_hook(client):
    names = [block.name for block in front.blocks()]
    assert "award-winners" in names
    block = next(b for b in front.blocks() if b.name == "award-winners")
    assert block.template == "awards/tags/latest_award_winners.html"
    # No edition is announced: the block renders empty and so does its place on the page.
    assert render_to_string(block.template, block.context()).strip() == ""
    assert "pemenang-terbaru" not in home(client)


def test_blocks_come_in_their_order(client):
    front.register_block(
        "uji", template="awards/tags/latest_award_winners.html", context=dict, order=999
    )
    try:
        assert [b.name for b in front.blocks()][-1] == "uji"
    finally:
        front._blocks.pop("uji", None)


def test_news_by_region_names_each_region(client):
    region = RegionFactory(name="Sulawesi Selatan", slug="sulsel")
    ArticleFactory(live=True, title="Berita dari Makassar", unit__region=region)
    block = section(home(client), 'id="wilayah-sulsel"')
    assert 'href="/wilayah/sulsel/">Sulawesi Selatan</a>' in block
