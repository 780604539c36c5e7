"""The editorial calendar: a week or a day of the user's units, and the units that went quiet."""

from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.dates import tanggal
from tests.factories import ArticleFactory, EventFactory, UPTFactory, UserFactory, log_in
from tests.workflow.conftest import change_url

pytestmark = pytest.mark.django_db
CALENDAR = reverse("admin:newsroom_article_calendar")


def wib(*args):
    return timezone.make_aware(datetime(*args))


def this_week(hour=10, weekday=2):
    """A time in the current week (Monday to Sunday, WIB)."""
    today = timezone.localdate()
    day = today - timedelta(days=today.weekday() - weekday)
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour))


def calendar(client, user, **query):
    log_in(client, user)
    response = client.get(CALENDAR, query)
    assert response.status_code == 200
    return response


def test_officer_sees_own_units_published_and_scheduled_articles_linked(client, world):
    published = ArticleFactory(
        unit=world.permisan, title="Senam pagi warga binaan", status="published",
        published_at=wib(2024, 9, 24, 9, 30),
    )  # fmt: skip
    scheduled = ArticleFactory(
        unit=world.permisan, title="Panen raya kebun lapas", status="published",
        published_at=timezone.now() + timedelta(days=400),
    )  # fmt: skip
    ArticleFactory(
        unit=world.cipinang, title="Berita Cipinang", status="published",
        published_at=wib(2024, 9, 24, 11),
    )  # fmt: skip
    ArticleFactory(unit=world.permisan, title="Draf belum diajukan")

    page = calendar(client, world.officer, tanggal="2024-09-25").content.decode()
    assert "Selasa, 24 September 2024" in page
    assert "Senam pagi warga binaan" in page
    assert f'href="{change_url(published)}"' in page
    assert "09.30 WIB" in page
    assert "Berita Cipinang" not in page
    assert "Draf belum diajukan" not in page

    later = timezone.localdate(scheduled.published_at).isoformat()
    page = calendar(client, world.officer, tanggal=later).content.decode()
    assert "Panen raya kebun lapas" in page
    assert "Terjadwal" in page


def test_week_runs_monday_to_sunday_and_day_view_shows_one_day(client, world):
    ArticleFactory(unit=world.permisan, title="Hari Senin", status="published",
                   published_at=wib(2024, 9, 23, 8))  # fmt: skip
    ArticleFactory(unit=world.permisan, title="Hari Minggu", status="published",
                   published_at=wib(2024, 9, 29, 20))  # fmt: skip
    ArticleFactory(unit=world.permisan, title="Senin berikutnya", status="published",
                   published_at=wib(2024, 9, 30, 8))  # fmt: skip

    week = calendar(client, world.officer, tanggal="2024-09-26").content.decode()
    assert "Hari Senin" in week and "Hari Minggu" in week
    assert "Senin berikutnya" not in week
    assert "tanggal=2024-09-30" in week  # the next week's link

    day = calendar(client, world.officer, tanggal="2024-09-29", tampilan="hari").content.decode()
    assert "Hari Minggu" in day
    assert "Hari Senin" not in day


def test_events_of_the_scope_and_national_ones_show_with_their_coverage(client, world):
    national = EventFactory(name="Rapat teknis Humas nasional",
                            starts_at=wib(2024, 9, 24, 9), ends_at=wib(2024, 9, 25, 16))  # fmt: skip
    EventFactory(name="Upacara di Cipinang", organiser=world.cipinang,
                 starts_at=wib(2024, 9, 24, 8), ends_at=wib(2024, 9, 24, 10))  # fmt: skip
    ArticleFactory(unit=world.permisan, event=national, status="published",
                   published_at=wib(2024, 9, 25, 22))  # fmt: skip
    ArticleFactory(unit=world.cipinang, event=national, status="published",
                   published_at=wib(2024, 9, 25, 21))  # fmt: skip

    response = calendar(client, world.officer, tanggal="2024-09-24", tampilan="hari")
    page = response.content.decode()
    assert "Rapat teknis Humas nasional" in page
    assert reverse("admin:newsroom_event_change", args=[national.pk]) in page
    # Coverage counts only the officer's own unit: Cipinang's article is not theirs to see.
    assert "1 berita" in page
    assert "Upacara di Cipinang" not in page
    # A two-day event is on both days.
    page = calendar(client, world.officer, tanggal="2024-09-25", tampilan="hari").content.decode()
    assert "Rapat teknis Humas nasional" in page


def test_a_unit_silent_for_thirty_days_is_listed_as_a_gap(client, world):
    ArticleFactory(unit=world.permisan, live=True)
    quiet_since = timezone.now() - timedelta(days=45)
    ArticleFactory(unit=world.batu, status="published", published_at=quiet_since)
    never = UPTFactory(short_name="Bapas Pekalongan", region=world.jateng)

    response = calendar(client, world.regional)
    quiet = [unit.short_name for unit in response.context["calendar"].quiet_units]
    assert quiet == ["Bapas Pekalongan", "Lapas Batu"]  # never published first
    page = response.content.decode()
    assert "belum pernah" in page
    assert f"{tanggal(quiet_since)}</time> (1\xa0bulan, 2\xa0minggu lalu)" in page
    assert "Lapas Cipinang" not in page  # another region's unit
    assert never.short_name in page


def test_a_unit_outside_the_scope_cannot_be_asked_for(client, world):
    ArticleFactory(unit=world.cipinang, title="Berita Cipinang", live=True)
    response = calendar(client, world.regional, upt=world.cipinang.pk)
    page = response.content.decode()
    assert "Berita Cipinang" not in page
    assert response.context["calendar"].quiet_units == []
    assert f'value="{world.cipinang.pk}"' not in page


def test_central_editor_narrows_the_calendar_to_a_region(client, world):
    ArticleFactory(unit=world.permisan, title="Berita Permisan", published_at=this_week(),
                   status="published")  # fmt: skip
    ArticleFactory(unit=world.cipinang, title="Berita Cipinang", published_at=this_week(),
                   status="published")  # fmt: skip
    page = calendar(client, world.central).content.decode()
    assert "Berita Permisan" in page and "Berita Cipinang" in page
    page = calendar(client, world.central, wilayah=world.jakarta.pk).content.decode()
    assert "Berita Cipinang" in page
    assert "Berita Permisan" not in page


def test_unreadable_choices_fall_back_to_this_week_with_a_message(client, world):
    response = calendar(client, world.officer, tanggal="kemarin", upt="semua")
    [message] = [str(m) for m in response.context["messages"]]
    assert message == (
        "Pilihan kalender tidak dikenali; ditampilkan minggu ini untuk semua UPT Anda."
    )
    assert response.context["calendar"].start <= timezone.localdate()


def test_account_without_article_rights_is_refused(client, world):
    log_in(client, UserFactory(username="tamu"))
    assert client.get(CALENDAR).status_code == 403


def test_calendar_is_reached_from_the_article_list_and_the_index(client, world):
    log_in(client, world.officer)
    assert CALENDAR in client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    assert CALENDAR in client.get(reverse("admin:index")).content.decode()


@pytest.mark.parametrize("count", [1, 25])
def test_query_count_does_not_grow_with_articles_events_or_units(
    client, world, django_assert_max_num_queries, count
):
    for n in range(count):
        unit = UPTFactory(region=world.jateng)
        ArticleFactory(unit=unit, status="published", published_at=this_week(hour=n % 20))
        event = EventFactory(organiser=unit, starts_at=this_week(8), ends_at=this_week(18))
        ArticleFactory(unit=world.batu, event=event, status="published", published_at=this_week())
    log_in(client, world.central)
    # 11 with the session's second-factor device (django-otp reads it once per request).
    with django_assert_max_num_queries(11):
        response = client.get(CALENDAR)
    assert response.status_code == 200
    assert len(response.context["calendar"].days) == 7
