"""Only changes readers can see replace cached pages; newsroom work in progress leaves them."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from awards.models import Criterion, JuryScore
from newsroom import permissions
from tests.factories import (
    ArticleFactory,
    EditionFactory,
    NominationFactory,
    PhotoFactory,
    SocialAccountFactory,
    SocialMetricFactory,
    UPTFactory,
    staff_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit():
    return UPTFactory()


@pytest.fixture
def officer(unit):
    return staff_user("humas.uji", permissions.OFFICER_GROUP, unit=unit)


@pytest.fixture
def editor():
    return staff_user("redaktur.uji", permissions.CENTRAL_EDITOR_GROUP, is_central=True)


@pytest.fixture
def warm(client, unit):
    """The home, an article, the news list and a unit page, rendered once: cached from here on."""
    return _warm(client, unit)


def _warm(client, unit):
    article = ArticleFactory(live=True, unit=unit, title="Berita yang sudah terbit")
    pages = ["/", article.get_absolute_url(), "/berita/", unit.get_absolute_url()]
    for url in pages:
        assert client.get(url).status_code == 200
    return pages


def assert_served_from_the_cache(client, pages, django_assert_num_queries):
    with django_assert_num_queries(0):
        for url in pages:
            assert client.get(url).status_code == 200


def test_saving_submitting_and_returning_a_draft_keeps_every_page_cached(
    client, warm, unit, officer, editor, django_assert_num_queries
):
    draft = ArticleFactory(unit=unit, created_by=officer, title="Draf pertama")
    draft.title = "Draf yang diperbaiki"
    draft.save()
    draft.tags.add("Topik Draf")
    draft.lead_photo = PhotoFactory(unit=unit)
    draft.save()
    draft.submit(by=officer)
    draft.return_to_author(by=editor, note="Tambahkan kutipan Kalapas.")
    assert_served_from_the_cache(client, warm, django_assert_num_queries)


def test_jury_scores_nominations_and_figures_keep_every_page_cached(
    client, unit, django_assert_num_queries
):
    edition = EditionFactory(year=2024)
    account = SocialAccountFactory(unit=unit)
    juror = staff_user("juri.uji", "Juri")
    pages = _warm(client, unit)
    nomination = NominationFactory(unit=unit, edition=edition)
    JuryScore.objects.create(
        nomination=nomination,
        juror=juror,
        criterion=Criterion.choices[0][0],
        score=8,
    )
    SocialMetricFactory(account=account)
    assert_served_from_the_cache(client, pages, django_assert_num_queries)


def test_a_publish_is_on_the_home_page_at_once(client, warm, unit, officer, editor):
    draft = ArticleFactory(unit=unit, created_by=officer, title="Kunjungan Kakanwil")
    draft.submit(by=officer)
    assert "Kunjungan Kakanwil" not in client.get("/").content.decode()
    draft.publish(by=editor)
    assert "Kunjungan Kakanwil" in client.get("/").content.decode()
    assert "Kunjungan Kakanwil" in client.get(unit.get_absolute_url()).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_an_unpublished_article_leaves_the_pages_at_once(client, warm, editor):
    article = ArticleFactory(live=True, title="Berita yang ditarik")
    assert "Berita yang ditarik" in client.get("/").content.decode()
    article.unpublish(by=editor, reason="Salah data.")
    assert "Berita yang ditarik" not in client.get("/").content.decode()


def test_a_scheduled_article_appears_on_time(client, warm, unit, officer, editor):
    draft = ArticleFactory(unit=unit, created_by=officer, title="Terbit sedetik lagi")
    draft.submit(by=officer)
    draft.publish(by=editor, at=timezone.now() + timedelta(seconds=1))
    assert "Terbit sedetik lagi" not in client.get("/").content.decode()
    draft.refresh_from_db()
    while timezone.now() <= draft.published_at:  # no save from here on: only time passes
        time.sleep(0.1)
    assert "Terbit sedetik lagi" in client.get("/").content.decode()


def test_a_photo_or_tag_used_only_by_drafts_keeps_pages_cached(
    client, warm, unit, django_assert_num_queries
):
    draft = ArticleFactory(unit=unit, tags=["Hanya Draf"], lead_photo=PhotoFactory(unit=unit))
    assert_served_from_the_cache(client, warm, django_assert_num_queries)
    draft.lead_photo.caption = "Keterangan baru"
    draft.lead_photo.save()
    tag = draft.tags.get()
    tag.name = "Masih Draf"
    tag.save()
    assert_served_from_the_cache(client, warm, django_assert_num_queries)


def test_a_unit_rename_shows_at_once(client, warm, unit):
    unit.short_name = "Lapas Nama Baru"
    unit.save()
    assert "Lapas Nama Baru" in client.get("/").content.decode()
