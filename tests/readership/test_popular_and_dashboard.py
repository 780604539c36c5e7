"""Terpopuler on the home page, and the reach dashboard within each editor's scope."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from demo.news import seed_readers
from newsroom.models import PageView
from tests.factories import ArticleFactory, log_in

DASHBOARD = "admin:newsroom_pageview_changelist"


def viewed(article, views, days_ago=0):
    PageView.objects.create(
        article=article, day=timezone.localdate() - timedelta(days=days_ago), views=views
    )


@pytest.fixture
def read_articles(world):
    permisan = ArticleFactory(unit=world.permisan, live=True, title="Berita Permisan dibaca")
    batu = ArticleFactory(unit=world.batu, live=True, title="Berita Batu dibaca")
    cipinang = ArticleFactory(unit=world.cipinang, live=True, title="Berita Cipinang dibaca")
    viewed(permisan, 40)
    viewed(batu, 25, days_ago=3)
    viewed(cipinang, 90)
    return permisan, batu, cipinang


def test_the_home_page_lists_the_most_read_of_the_last_seven_days(client, read_articles, world):
    old = ArticleFactory(unit=world.batu, live=True, title="Berita lama sekali dibaca")
    viewed(old, 500, days_ago=10)
    page = client.get(reverse("home")).content.decode()
    popular = page[page.index('id="terpopuler"') :]
    popular = popular[: popular.index("</section>")]
    assert popular.index("Berita Cipinang") < popular.index("Berita Permisan")
    assert popular.index("Berita Permisan") < popular.index("Berita Batu")
    assert "Berita lama sekali" not in popular


def test_a_regional_editor_sees_the_units_of_the_region_only(client, world, read_articles):
    log_in(client, world.regional)
    page = client.get(reverse(DASHBOARD)).content.decode()
    assert "Berita Permisan dibaca" in page and "Berita Batu dibaca" in page
    assert "Berita Cipinang dibaca" not in page and "Lapas Cipinang" not in page
    assert "<strong>65</strong>" in page  # 40 + 25 views in Jawa Tengah


def test_an_officer_sees_the_own_unit_only(client, world, read_articles):
    log_in(client, world.officer)
    page = client.get(reverse(DASHBOARD)).content.decode()
    assert "Berita Permisan dibaca" in page
    assert "Berita Batu dibaca" not in page and "Berita Cipinang dibaca" not in page


def test_the_central_editor_sees_every_region_and_a_weekly_chart(client, world, read_articles):
    log_in(client, world.central)
    page = client.get(reverse(DASHBOARD)).content.decode()
    assert "Jawa Tengah" in page and "DKI Jakarta" in page and "<strong>155</strong>" in page
    assert 'role="img"' in page and "<rect" in page and "Dibaca per minggu" in page


def test_an_account_without_scope_is_refused(client, world, read_articles):
    log_in(client, world.unscoped)
    assert client.get(reverse(DASHBOARD)).status_code == 403


def test_the_csv_holds_the_scope_only(client, world, read_articles):
    log_in(client, world.regional)
    response = client.get(reverse(DASHBOARD), {"format": "csv", "minggu": "4"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["UPT", "Wilayah", "Dibaca"]
    units = {row[0]: row for row in rows[1:]}
    assert units[world.permisan.name][2] == "40"
    assert units[world.batu.name][4] == "Berita Batu dibaca"
    assert world.cipinang.name not in units


def test_the_dashboard_costs_the_same_queries_for_more_units(
    client, world, read_articles, django_assert_max_num_queries
):
    log_in(client, world.central)
    client.get(reverse(DASHBOARD))
    for n in range(6):
        viewed(ArticleFactory(live=True, title=f"Tambahan {n}"), n + 1)
    with django_assert_max_num_queries(14):
        assert client.get(reverse(DASHBOARD)).status_code == 200


def test_the_demo_seeds_readers_so_the_front_page_shows_terpopuler(client, db):
    ArticleFactory(live=True, title="Berita demo yang dibaca")
    seed_readers()
    seed_readers()  # again: no second row per article and day
    assert PageView.objects.values("article", "day").distinct().count() == PageView.objects.count()
    assert (
        "Berita demo yang dibaca"
        in client.get(reverse("home")).content.decode().split('id="terpopuler"')[1]
    )
