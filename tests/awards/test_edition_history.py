"""Each stage move of an edition is recorded, who and when, and shown on the edition's page."""

import pytest
from django.urls import reverse

from awards.models import AwardsError, Edition, EditionTransition
from awards.results import announce_results
from tests.awards.conftest import make_officer
from tests.factories import UPTFactory, log_in, staff_user

pytestmark = pytest.mark.django_db


def _button(edition, name):
    return reverse(f"admin:awards_edition_{name}", args=[edition.pk])


def test_opening_judging_and_announcing_are_recorded_with_who_and_from_where(
    client, edition, central_admin
):
    log_in(client, central_admin)

    client.post(_button(edition, "start_judging"))
    client.post(_button(edition, "announce"))

    steps = list(edition.transitions.timeline())
    assert [(s.from_status, s.to_status) for s in steps] == [
        (Edition.Status.OPEN, Edition.Status.JUDGING),
        (Edition.Status.JUDGING, Edition.Status.ANNOUNCED),
    ]
    assert {s.actor for s in steps} == {central_admin}
    assert steps[0].created_at <= steps[1].created_at


def test_the_edition_page_shows_its_history_to_an_editor(client, edition):
    edition.start_judging(by=None, note="Dibuka oleh sistem demo")
    editor = staff_user("redaktur-pusat", "Redaktur Pusat", is_central=True)
    log_in(client, editor)

    page = client.get(reverse("admin:awards_edition_change", args=[edition.pk]))

    assert page.status_code == 200
    html = page.content.decode()
    assert "Riwayat tahap" in html
    assert "Dibuka oleh sistem demo" in html
    assert "Penjurian" in html


def test_a_refused_move_changes_nothing_and_records_nothing(client, edition, central_admin):
    log_in(client, central_admin)

    client.post(_button(edition, "announce"))

    edition.refresh_from_db()
    assert edition.status == Edition.Status.OPEN
    assert not EditionTransition.objects.exists()


def test_an_officer_cannot_move_an_edition_even_through_the_model(edition):
    officer = make_officer(UPTFactory(), "humas-tahap")

    with pytest.raises(AwardsError):
        edition.start_judging(by=officer)

    edition.refresh_from_db()
    assert edition.status == Edition.Status.OPEN
    assert not edition.transitions.exists()


def test_a_second_press_from_a_stale_page_opens_judging_only_once(edition):
    stale = Edition.objects.get(pk=edition.pk)
    edition.start_judging(by=None)

    with pytest.raises(AwardsError):
        stale.start_judging(by=None)

    assert edition.transitions.count() == 1


def test_announcing_twice_is_refused_and_keeps_one_record(judging_edition):
    announce_results(edition=judging_edition, by=None)

    with pytest.raises(AwardsError):
        announce_results(edition=judging_edition, by=None)

    assert list(judging_edition.transitions.values_list("to_status", flat=True)) == [
        Edition.Status.ANNOUNCED
    ]
