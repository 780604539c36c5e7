"""The admin standings page: figures, a server-drawn chart, CSV export and the announce step."""

import pytest
from django.urls import reverse

from awards.models import Edition, JuryScore, Result
from newsroom.models import Article
from tests.awards.conftest import make_juror, make_officer, utc
from tests.factories import (
    ArticleFactory,
    CrisisCaseFactory,
    NominationFactory,
    SocialAccountFactory,
    SocialMetricFactory,
    UPTFactory,
    UserFactory,
    award_category,
    log_in,
)

pytestmark = pytest.mark.django_db


def _url(edition, name="awards_edition_standings"):
    return reverse(f"admin:{name}", args=[edition.pk])


def _fill(edition, units):
    juror = make_juror(f"juri-isi-{len(units)}", "media-sosial", "komunikasi-krisis")
    for index, unit in enumerate(units, start=1):
        for day in range(1, index + 1):
            ArticleFactory(
                unit=unit,
                status=Article.Status.PUBLISHED,
                published_at=utc(2024, 2, day, 3),
                programme="apa-kabar",
            )
        SocialMetricFactory(account=SocialAccountFactory(unit=unit), engagement=100 * index)
        CrisisCaseFactory(unit=unit)
        for code in ("media-sosial", "komunikasi-krisis"):
            nomination = NominationFactory(
                edition=edition, unit=unit, category=award_category(code)
            )
            criterion = "konten" if code == "media-sosial" else "kecepatan"
            JuryScore.objects.create(
                nomination=nomination, juror=juror, criterion=criterion, score=50 + index
            )


def test_the_standings_show_every_category_with_figures_and_an_inline_svg_chart(
    client, edition, central_admin
):
    unit = UPTFactory(name="Lapas Grafik", short_name="Lapas Grafik")
    _fill(edition, [unit])
    log_in(client, central_admin)

    page = client.get(_url(edition)).content.decode()

    assert page.count('<svg class="awards-chart"') == 4
    assert "Lapas Grafik" in page
    assert "1 kontribusi" in page and "100 interaksi" in page and "median 2 jam" in page
    assert "<script" not in page.split('<svg class="awards-chart"', 1)[1].split("</svg>", 1)[0]


@pytest.mark.parametrize("count", [1, 8])
def test_the_standings_page_uses_a_fixed_number_of_queries(
    client, edition, central_admin, django_assert_max_num_queries, count
):
    units = [UPTFactory() for _ in range(count)]
    _fill(edition, units)

    log_in(client, central_admin)
    # Each count includes the session's second-factor device (django-otp, once per request).
    with django_assert_max_num_queries(12):
        assert client.get(_url(edition)).status_code == 200
    log_in(client, make_officer(units[0], "humas-hitung"))
    with django_assert_max_num_queries(15):
        assert client.get(_url(edition)).status_code == 200


def test_the_csv_export_lists_each_unit_per_category_and_defuses_formulas(
    client, edition, central_admin
):
    _fill(edition, [UPTFactory(name="=HYPERLINK(1)")])
    log_in(client, central_admin)

    response = client.get(_url(edition, "awards_edition_standings_csv"))

    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert body.count("'=HYPERLINK(1)") == 4
    assert ",=HYPERLINK" not in body


def test_an_officer_sees_their_own_units_rank_and_figures_only(client, edition):
    mine, other = UPTFactory(name="Lapas Milik Saya"), UPTFactory(name="Lapas Tetangga")
    _fill(edition, [mine, other])
    log_in(client, make_officer(mine, "humas-saya"))

    response = client.get(_url(edition))
    page = response.content.decode()

    assert response.status_code == 200
    assert "Lapas Milik Saya" in page and "Lapas Tetangga" not in page
    ranks = [block["lines"][0].rank for block in response.context["blocks"]]
    assert ranks == [2, 2, 2, 2]  # the neighbour has more of everything
    assert 'awards-chart" viewBox' not in page
    assert "umumkan" not in page.lower().split("</h1>", 1)[-1].split("<section", 1)[0]


def test_announcing_through_the_admin_freezes_results_and_opens_the_public_page(
    client, judging_edition, central_admin
):
    _fill(judging_edition, [UPTFactory(), UPTFactory(name="Lapas Terbaik")])
    log_in(client, central_admin)

    response = client.post(_url(judging_edition, "awards_edition_announce"), follow=True)

    assert "Hasil diumumkan" in response.content.decode()
    judging_edition.refresh_from_db()
    assert judging_edition.status == Edition.Status.ANNOUNCED
    assert Result.objects.filter(rank=1).count() == 4
    assert set(Result.objects.filter(rank=1).values_list("unit__name", flat=True)) == {
        "Lapas Terbaik"
    }
    public = client.get(reverse("awards-edition", kwargs={"year": judging_edition.year}))
    assert "Lapas Terbaik" in public.content.decode()


def test_announcing_an_open_edition_is_refused_with_a_message(client, edition, central_admin):
    log_in(client, central_admin)

    response = client.post(_url(edition, "awards_edition_announce"), follow=True)

    assert "setelah penjurian dibuka" in response.content.decode()
    assert not Result.objects.exists()


def test_the_admin_opens_judging_with_a_button(client, edition, central_admin):
    log_in(client, central_admin)

    client.post(_url(edition, "awards_edition_start_judging"))

    edition.refresh_from_db()
    assert edition.status == Edition.Status.JUDGING


def test_an_officer_cannot_announce(client, judging_edition):
    log_in(client, make_officer(UPTFactory(), "humas-nakal"))

    response = client.post(_url(judging_edition, "awards_edition_announce"))

    assert response.status_code == 403
    judging_edition.refresh_from_db()
    assert judging_edition.status == Edition.Status.JUDGING


def test_staff_without_award_permissions_cannot_see_the_standings(client, edition):
    log_in(client, UserFactory(username="staf-biasa"))

    assert client.get(_url(edition)).status_code == 403
    assert client.get(_url(edition, "awards_edition_standings_csv")).status_code == 403


def test_an_officer_enters_monthly_figures_only_for_their_own_units_accounts(client):
    mine, other = SocialAccountFactory(), SocialAccountFactory()
    log_in(client, make_officer(mine.unit, "humas-angka"))
    url = reverse("admin:awards_socialmetric_add")
    data = {"month": "2024-03-17", "followers": 10, "posts": 2, "engagement": 5}

    refused = client.post(url, {**data, "account": other.pk})
    accepted = client.post(url, {**data, "account": mine.pk})

    assert refused.status_code == 200 and accepted.status_code == 302
    metric = mine.monthly_metrics.get()
    assert metric.month.day == 1
    assert not other.monthly_metrics.exists()


def test_a_negative_monthly_figure_is_refused_in_the_admin(client):
    account = SocialAccountFactory()
    log_in(client, make_officer(account.unit, "humas-minus"))

    response = client.post(
        reverse("admin:awards_socialmetric_add"),
        {
            "account": account.pk,
            "month": "2024-03-01",
            "followers": -1,
            "posts": 2,
            "engagement": 5,
        },
    )

    assert response.status_code == 200
    assert not account.monthly_metrics.exists()


def test_an_officer_records_a_crisis_case_of_their_own_unit_with_its_response_time(client):
    mine, other = UPTFactory(), UPTFactory()
    log_in(client, make_officer(mine, "humas-krisis"))
    url = reverse("admin:awards_crisiscase_add")
    data = {
        "title": "Listrik padam",
        "known_at_0": "2024-03-01",
        "known_at_1": "08:00:00",
        "first_statement_at_0": "2024-03-01",
        "first_statement_at_1": "09:30:00",
        "first_statement_channel": "Instagram resmi",
        "statement_links": "https://www.instagram.com/p/contoh/",
    }

    refused = client.post(url, {**data, "unit": other.pk})
    accepted = client.post(url, {**data, "unit": mine.pk})

    assert refused.status_code == 200 and accepted.status_code == 302
    case = mine.crisis_cases.get()
    assert case.response_minutes == 90


def test_a_statement_before_the_crisis_was_known_is_refused_with_a_message(client):
    unit = UPTFactory()
    log_in(client, make_officer(unit, "humas-mundur"))

    response = client.post(
        reverse("admin:awards_crisiscase_add"),
        {
            "unit": unit.pk,
            "title": "Kabar keliru",
            "known_at_0": "2024-03-01",
            "known_at_1": "08:00:00",
            "first_statement_at_0": "2024-03-01",
            "first_statement_at_1": "07:00:00",
            "first_statement_channel": "Situs",
            "statement_links": "",
        },
    )

    assert response.status_code == 200
    assert "tidak mungkin keluar sebelum" in response.content.decode()
    assert "Kabar keliru" in response.content.decode()
