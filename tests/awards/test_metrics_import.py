"""Monthly social-media figures imported from CSV: all rows checked, any bad row imports nothing."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from awards.metrics_import import import_social_metrics
from awards.models import SocialMetric
from tests.factories import SocialAccountFactory, SocialMetricFactory, UPTFactory, log_in

pytestmark = pytest.mark.django_db

HEADER = "platform,akun,bulan,pengikut,unggahan,interaksi\n"


@pytest.fixture
def account(db):
    return SocialAccountFactory(platform="instagram", handle="LapasPermisan")


def test_a_clean_file_imports_every_row_and_updates_months_already_stored(account):
    SocialMetricFactory(account=account, month=date(2024, 1, 1), followers=1)
    data = (
        HEADER
        + "instagram,@lapaspermisan,2024-01,1200,30,900\nInstagram,LapasPermisan,2024-02,1.250,31,950\n"
    )

    report = import_social_metrics(data=data.encode("utf-8-sig"))

    assert report.ok, report.errors
    assert (report.created, report.updated) == (1, 1)
    assert list(SocialMetric.objects.order_by("month").values_list("followers", flat=True)) == [
        1200,
        1250,
    ]


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        (
            "instagram,lapaspermisan,2024-01,1,1,1\nfacebook,tidakada,2024-01,1,1,1\n",
            3,
            "tidak dikenal",
        ),
        ("instagram,lapaspermisan,2024-01,1,-5,1\n", 2, "tidak boleh negatif"),
        (
            "instagram,lapaspermisan,2024-01,1,1,1\ninstagram,lapaspermisan,2024-01,2,2,2\n",
            3,
            "sudah ada di baris 2",
        ),
        ("instagram,lapaspermisan,2024-01,seribu,1,1\n", 2, "bukan angka"),
        ("instagram,lapaspermisan,Maret 2024,1,1,1\n", 2, "TTTT-BB"),
        ("instagram,lapaspermisan,2024-01,1,1\n", 2, "Jumlah kolom"),
    ],
    ids=["unknown-account", "negative", "duplicate-month", "non-numeric", "bad-month", "short-row"],
)
def test_a_bad_row_is_reported_with_its_line_and_nothing_is_imported(account, body, line, reason):
    report = import_social_metrics(data=HEADER + body)

    assert not report.ok
    assert any(number == line and reason in text for number, text in report.errors), report.errors
    assert not SocialMetric.objects.exists()


def test_a_wrong_header_is_reported_on_line_one(account):
    report = import_social_metrics(data="akun,bulan,followers\ninstagram,lapaspermisan,2024-01\n")

    assert report.errors[0][0] == 1
    assert "Judul kolom salah" in report.errors[0][1]
    assert not SocialMetric.objects.exists()


def test_every_bad_row_of_a_file_is_reported_at_once(account):
    body = "instagram,lapaspermisan,2024-01,1,1,1\ninstagram,x,2024-02,1,1,1\ninstagram,lapaspermisan,2024-03,-1,abc,1\n"

    report = import_social_metrics(data=HEADER + body)

    assert [number for number, _text in report.errors] == [3, 4]
    assert not SocialMetric.objects.exists()


def test_an_account_outside_the_given_units_is_unknown(account):
    report = import_social_metrics(
        data=HEADER + "instagram,lapaspermisan,2024-01,1,1,1\n", units=[UPTFactory()]
    )

    assert report.errors and "tidak dikenal" in report.errors[0][1]


def test_the_admin_import_page_lists_bad_rows_and_keeps_the_data_unchanged(
    client, account, central_admin
):
    log_in(client, central_admin)
    upload = SimpleUploadedFile(
        "angka.csv", (HEADER + "instagram,lapaspermisan,2024-01,1,-3,1\n").encode(), "text/csv"
    )

    response = client.post(reverse("admin:awards_socialmetric_import"), {"file": upload})

    assert response.status_code == 200
    assert "Tidak ada yang diimpor" in response.content.decode()
    assert "tidak boleh negatif" in response.content.decode()
    assert not SocialMetric.objects.exists()


def test_the_admin_import_redirects_with_a_summary_when_the_file_is_clean(
    client, account, central_admin
):
    log_in(client, central_admin)
    upload = SimpleUploadedFile(
        "angka.csv", (HEADER + "instagram,lapaspermisan,2024-01,10,3,7\n").encode(), "text/csv"
    )

    response = client.post(
        reverse("admin:awards_socialmetric_import"), {"file": upload}, follow=True
    )

    assert "1 angka baru" in response.content.decode()
    assert SocialMetric.objects.get().engagement == 7


def test_a_unit_officer_cannot_import(client, account):
    from tests.awards.conftest import make_officer

    officer = make_officer(account.unit, "humas-impor")
    log_in(client, officer)

    response = client.get(reverse("admin:awards_socialmetric_import"))

    assert response.status_code == 403
