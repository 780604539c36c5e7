"""Categories 1 and 2 count the live articles of the edition's period, read in WIB."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from awards.standings import compute_standings
from newsroom.models import Article
from tests.awards.conftest import utc
from tests.factories import ArticleFactory, EditionFactory, UPTFactory

pytestmark = pytest.mark.django_db


def _published(unit, at, **extra):
    return ArticleFactory(unit=unit, status=Article.Status.PUBLISHED, published_at=at, **extra)


def _standing(edition, code):
    block = next(b for b in compute_standings(edition=edition) if b.category.code == code)
    return {row.unit.pk: row for row in block.rows}, block


def test_articles_count_from_midnight_wib_on_the_first_day_to_the_last_moment_of_the_last(edition):
    unit = UPTFactory()
    # 2023-10-01 00:00 WIB is 2023-09-30 17:00 UTC; 2024-09-15 23:59:59.999 WIB is 16:59:59.999 UTC.
    _published(unit, utc(2023, 9, 30, 16, 59, 59), programme="apa-kabar")
    _published(unit, utc(2023, 9, 30, 17, 0, 0), programme="apa-kabar")
    _published(unit, utc(2024, 9, 15, 16, 59, 59, 999000), programme="apa-kabar")
    _published(unit, utc(2024, 9, 15, 17, 0, 0), programme="apa-kabar")

    rows, _block = _standing(edition, "apa-kabar")

    assert rows[unit.pk].metric == 2


def test_only_apa_kabar_contributions_count_for_category_one(edition):
    unit = UPTFactory()
    _published(unit, utc(2024, 3, 1, 3), programme="apa-kabar")
    _published(unit, utc(2024, 3, 2, 3))

    apa_kabar, _ = _standing(edition, "apa-kabar")
    website, _ = _standing(edition, "website")

    assert apa_kabar[unit.pk].metric == 1
    assert website[unit.pk].metric == 2


def test_unpublished_drafts_in_review_and_withdrawn_articles_do_not_count(edition):
    unit = UPTFactory()
    in_period = utc(2024, 3, 1, 3)
    _published(unit, in_period)
    for status in (Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.UNPUBLISHED):
        ArticleFactory(unit=unit, status=status, published_at=in_period)

    rows, _ = _standing(edition, "website")

    assert rows[unit.pk].metric == 1


def test_an_article_scheduled_for_later_does_not_count_until_it_is_out():
    today = timezone.localdate()
    edition = EditionFactory(
        year=today.year + 1,
        period_start=today - timedelta(days=30),
        period_end=today + timedelta(days=30),
    )
    unit = UPTFactory()
    _published(unit, timezone.now() - timedelta(minutes=5), programme="apa-kabar")
    _published(unit, timezone.now() + timedelta(hours=1), programme="apa-kabar")

    rows, _ = _standing(edition, "apa-kabar")

    assert rows[unit.pk].metric == 1


def test_media_coverage_does_not_count_as_the_units_website_news(edition):
    unit = UPTFactory()
    _published(unit, utc(2024, 3, 1, 3))
    _published(
        unit,
        utc(2024, 3, 2, 3),
        kind=Article.Kind.LIPUTAN_MEDIA,
        source_name="Koran Contoh",
        source_url="https://koran.contoh.id/berita",
    )

    rows, _ = _standing(edition, "website")

    assert rows[unit.pk].metric == 1


def test_equal_counts_rank_first_the_unit_that_reached_the_count_earlier(edition):
    early, late, ahead = UPTFactory(name="Z Lapas"), UPTFactory(name="A Lapas"), UPTFactory()
    for unit, days in ((early, (1, 2)), (late, (1, 20)), (ahead, (1, 2, 3))):
        for day in days:
            _published(unit, utc(2024, 3, day, 3))

    _rows, block = _standing(edition, "website")

    assert [row.unit for row in block.rows] == [ahead, early, late]
    assert [row.rank for row in block.rows] == [1, 2, 3]


def test_a_period_end_date_is_read_in_wib_even_when_the_server_clock_says_utc(settings):
    settings.TIME_ZONE = "UTC"
    edition = EditionFactory(year=2020, period_start=date(2020, 1, 1), period_end=date(2020, 1, 31))
    unit = UPTFactory()
    # 31 January 20:00 UTC is already 1 February in WIB.
    _published(unit, utc(2020, 1, 31, 20))
    _published(unit, utc(2019, 12, 31, 18))

    rows, _ = _standing(edition, "website")

    assert rows[unit.pk].metric == 1
