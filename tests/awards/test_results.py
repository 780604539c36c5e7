"""Announcing freezes the results; the public pages show winners, runners-up and the rules."""

from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.template import Context, Template
from django.urls import reverse

from awards.display import figure
from awards.models import AwardsError, Edition, JuryScore, Result
from awards.results import announce_results
from awards.standings import compute_standings
from newsroom.models import Article
from tests.awards.conftest import make_juror, utc
from tests.factories import (
    ArticleFactory,
    CrisisCaseFactory,
    EditionFactory,
    NominationFactory,
    SocialAccountFactory,
    SocialMetricFactory,
    UPTFactory,
    award_category,
)

pytestmark = pytest.mark.django_db


def _publish(unit, count, **extra):
    for day in range(1, count + 1):
        ArticleFactory(
            unit=unit,
            status=Article.Status.PUBLISHED,
            published_at=utc(2024, 2, day, 3),
            **extra,
        )


def _announced(edition, units):
    edition.status = Edition.Status.JUDGING
    edition.save()
    for count, unit in enumerate(units, start=1):
        _publish(unit, count, programme="apa-kabar")
    announce_results(edition=edition, by=None)
    return edition


def test_the_database_allows_one_winner_per_category_and_edition(edition):
    category = award_category("website")
    Result.objects.create(edition=edition, category=category, unit=UPTFactory(), rank=1, figure="3")
    Result.objects.create(edition=edition, category=category, unit=UPTFactory(), rank=2, figure="2")

    with pytest.raises(IntegrityError), transaction.atomic():
        Result.objects.create(
            edition=edition, category=category, unit=UPTFactory(), rank=1, figure="1"
        )

    other = EditionFactory(year=2025, period_start=date(2024, 10, 1), period_end=date(2025, 9, 30))
    Result.objects.create(edition=other, category=category, unit=UPTFactory(), rank=1, figure="1")


def test_announcing_stores_winner_and_runners_up_with_figures_and_citation(edition):
    units = [UPTFactory(name=f"Lapas Urut {n}") for n in range(4)]

    _announced(edition, units)

    podium = Result.objects.filter(category__code="apa-kabar").order_by("rank")
    assert [(r.unit, r.rank, r.figure) for r in podium] == [
        (units[3], 1, "4 kontribusi"),
        (units[2], 2, "3 kontribusi"),
        (units[1], 3, "2 kontribusi"),
    ]
    assert "Lapas Urut 3 menyumbang 4 kontribusi" in podium[0].citation
    edition.refresh_from_db()
    assert edition.is_announced and edition.announced_at


def test_announced_results_do_not_change_when_articles_change_later(edition):
    first, second = UPTFactory(), UPTFactory()
    _announced(edition, [second, first])

    _publish(second, 5, programme="apa-kabar", title="Susulan")
    Article.objects.filter(unit=first).update(status=Article.Status.UNPUBLISHED)

    winner = Result.objects.get(category__code="apa-kabar", rank=1)
    assert (winner.unit, winner.figure) == (first, "2 kontribusi")


def test_an_edition_cannot_be_announced_twice_or_before_judging(edition):
    with pytest.raises(AwardsError):
        announce_results(edition=edition, by=None)
    assert not Result.objects.exists()


def test_equal_jury_means_are_separated_by_engagement_then_by_response_time(judging_edition):
    quiet, loud = UPTFactory(name="A Sepi"), UPTFactory(name="B Ramai")
    juror = make_juror("juri-seri", "media-sosial", "komunikasi-krisis")
    for unit, engagement, minutes in ((quiet, 100, 30), (loud, 900, 300)):
        SocialMetricFactory(account=SocialAccountFactory(unit=unit), engagement=engagement)
        case = CrisisCaseFactory(unit=unit)
        case.first_statement_at = case.known_at + timedelta(minutes=minutes)
        case.save()
        for code, criterion in (("media-sosial", "konten"), ("komunikasi-krisis", "kecepatan")):
            nomination = NominationFactory(
                edition=judging_edition, unit=unit, category=award_category(code)
            )
            JuryScore.objects.create(
                nomination=nomination, juror=juror, criterion=criterion, score=80
            )

    blocks = {b.category.code: b for b in compute_standings(edition=judging_edition)}

    assert [r.unit for r in blocks["media-sosial"].ranked] == [loud, quiet]
    assert [r.unit for r in blocks["komunikasi-krisis"].ranked] == [quiet, loud]
    crisis = blocks["komunikasi-krisis"]
    assert figure(crisis.category, crisis.ranked[0]) == "median 30 menit"


def test_a_higher_jury_mean_beats_a_bigger_metric(judging_edition):
    small, big = UPTFactory(), UPTFactory()
    juror = make_juror("juri-mean", "media-sosial")
    for unit, engagement, score in ((small, 10, 90), (big, 10_000, 60)):
        SocialMetricFactory(account=SocialAccountFactory(unit=unit), engagement=engagement)
        nomination = NominationFactory(edition=judging_edition, unit=unit)
        JuryScore.objects.create(
            nomination=nomination, juror=juror, criterion="konten", score=score
        )
    SocialMetricFactory(account=SocialAccountFactory(), engagement=50_000)  # not nominated

    block = next(
        b for b in compute_standings(edition=judging_edition) if b.category.code == "media-sosial"
    )

    assert [r.unit for r in block.ranked] == [small, big]
    assert block.rows[-1].rank is None


def test_the_public_edition_page_shows_podium_figures_citation_and_rules(client, edition):
    units = [UPTFactory(name=f"Lapas Juara {n}") for n in range(3)]
    _announced(edition, units)

    page = client.get(reverse("awards-edition", kwargs={"year": 2024})).content.decode()

    assert "Pemenang" in page and "Lapas Juara 2" in page
    assert "Juara 2" in page and "Lapas Juara 1" in page
    assert "3 kontribusi" in page
    assert "menyumbang 3 kontribusi untuk program Apa Kabar" in page
    assert "Liputan media tidak dihitung" in page
    assert "Rata-rata semua nilai juri" in page


def test_results_stay_hidden_until_the_edition_is_announced(client, edition):
    Result.objects.create(
        edition=edition,
        category=award_category("website"),
        unit=UPTFactory(name="Lapas Rahasia"),
        rank=1,
        figure="9",
    )

    page = client.get(reverse("awards-edition", kwargs={"year": 2024})).content.decode()

    assert "Hasil belum diumumkan" in page
    assert "Lapas Rahasia" not in page


@pytest.mark.parametrize("units", [1, 6])
def test_public_pages_use_a_fixed_number_of_queries(client, django_assert_max_num_queries, units):
    for year in range(2020, 2020 + units):
        edition = EditionFactory(
            year=year, period_start=date(year - 1, 10, 1), period_end=date(year, 9, 15)
        )
        Edition.objects.filter(pk=edition.pk).update(status=Edition.Status.ANNOUNCED)
        for code in ("apa-kabar", "website", "media-sosial", "komunikasi-krisis"):
            for rank in (1, 2, 3):
                Result.objects.create(
                    edition=edition,
                    category=award_category(code),
                    unit=UPTFactory(),
                    rank=rank,
                    figure="1",
                    citation="Kutipan",
                )

    with django_assert_max_num_queries(3):
        assert client.get(reverse("awards-index")).status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get(reverse("awards-edition", kwargs={"year": 2020})).status_code == 200


@pytest.mark.parametrize("units", [1, 5])
def test_award_tags_use_one_query_each(django_assert_num_queries, units):
    unit = UPTFactory(name="Lapas Langganan Juara")
    for year in range(2020, 2020 + units):
        edition = EditionFactory(
            year=year, period_start=date(year - 1, 10, 1), period_end=date(year, 9, 15)
        )
        Edition.objects.filter(pk=edition.pk).update(status=Edition.Status.ANNOUNCED)
        for code in ("apa-kabar", "website", "media-sosial", "komunikasi-krisis"):
            Result.objects.create(
                edition=edition, category=award_category(code), unit=unit, rank=1, figure="7"
            )

    with django_assert_num_queries(1):
        unit_html = Template("{% load awards_tags %}{% unit_awards unit %}").render(
            Context({"unit": unit})
        )
    with django_assert_num_queries(1):
        home_html = Template("{% load awards_tags %}{% latest_award_winners %}").render(Context())

    assert unit_html.count("<li>") == 4 * units
    assert f"Penghargaan Humas {2019 + units}" in home_html
    assert home_html.count("Lapas Langganan Juara") == 4


def test_award_tags_render_nothing_before_any_announcement(edition):
    html = Template(
        "{% load awards_tags %}{% latest_award_winners %}{% unit_awards unit %}"
    ).render(Context({"unit": UPTFactory()}))

    assert html.strip() == ""
