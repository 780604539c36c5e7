"""The article list: the editor's queue, the bulk publish action, fixed query counts, index counts."""

from datetime import timedelta

import pytest
from django.contrib.admin import helpers
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article
from tests.factories import ArticleFactory, ArticlePhotoFactory, PhotoFactory, log_in

S = Article.Status
LIST = "admin:newsroom_article_changelist"


def publish_action(client, *articles):
    # Posted from the "all states" view, as the editor sees every selected row there.
    return client.post(
        reverse(LIST) + "?status=semua",
        {"action": "publish_selected", helpers.ACTION_CHECKBOX_NAME: [a.pk for a in articles]},
        follow=True,
    )


def test_editor_lands_on_the_review_queue_oldest_first(client, world):
    now = timezone.now()
    newer = ArticleFactory(
        unit=world.permisan,
        status=S.REVIEW,
        title="Diajukan kemarin",
        submitted_at=now - timedelta(days=1),
    )
    older = ArticleFactory(
        unit=world.batu,
        status=S.REVIEW,
        title="Diajukan minggu lalu",
        submitted_at=now - timedelta(days=7),
    )
    ArticleFactory(unit=world.permisan, status=S.DRAFT, title="Masih draf")
    log_in(client, world.regional)
    page = client.get(reverse(LIST)).content.decode()
    assert "Masih draf" not in page
    assert page.index(older.title) < page.index(newer.title)


def test_the_all_filter_shows_every_state_for_an_editor(client, world):
    ArticleFactory(unit=world.permisan, status=S.DRAFT, title="Masih draf")
    log_in(client, world.regional)
    assert "Masih draf" in client.get(reverse(LIST), {"status": "semua"}).content.decode()


@pytest.mark.parametrize("role", ["regional", "central", "admin"])
def test_editors_publish_in_bulk_and_hear_what_was_skipped(client, world, role):
    ready = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Siap terbit")
    draft = ArticleFactory(unit=world.permisan, status=S.DRAFT, title="Belum diajukan")
    no_alt = ArticleFactory(unit=world.batu, status=S.REVIEW, title="Foto tanpa alt")
    ArticlePhotoFactory(
        article=no_alt,
        photo=PhotoFactory(unit=world.batu, alt_text="", caption="Upacara di halaman"),
    )
    log_in(client, getattr(world, role))
    page = publish_action(client, ready, draft, no_alt).content.decode()
    for article in (ready, draft, no_alt):
        article.refresh_from_db()
    assert ready.status == S.PUBLISHED and ready.is_live
    assert draft.status == S.DRAFT and no_alt.status == S.REVIEW
    assert "1 artikel terbit" in page
    assert "Belum diajukan" in page and "Draf" in page
    assert "Upacara di halaman" in page and "teks alternatif" in page


def test_officer_has_no_publish_action(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    log_in(client, world.officer)
    page = client.get(reverse(LIST)).content.decode()
    assert "publish_selected" not in page
    publish_action(client, article)
    article.refresh_from_db()
    assert article.status == S.REVIEW


def test_bulk_publish_ignores_articles_outside_the_scope(client, world):
    foreign = ArticleFactory(unit=world.cipinang, status=S.REVIEW)
    log_in(client, world.regional)
    publish_action(client, foreign)
    foreign.refresh_from_db()
    assert foreign.status == S.REVIEW


@pytest.mark.parametrize("count", [1, 30])
@pytest.mark.parametrize("role", ["officer", "central"])
def test_change_list_query_count_does_not_grow(
    client, world, django_assert_max_num_queries, count, role
):
    for i in range(count):
        ArticleFactory(
            unit=world.permisan,
            status=S.PUBLISHED if i % 2 else S.REVIEW,
            published_at=timezone.now() + timedelta(hours=i - 5),
        )
    log_in(client, getattr(world, role))
    # 12 with the session's second-factor device (django-otp reads it once per request).
    with django_assert_max_num_queries(12):
        response = client.get(reverse(LIST), {"status": "semua"})
    assert response.status_code == 200


def test_scheduled_articles_are_labelled_and_filtered(client, world):
    ArticleFactory(
        unit=world.permisan,
        status=S.PUBLISHED,
        title="Terbit besok",
        published_at=timezone.now() + timedelta(days=1),
    )
    ArticleFactory(
        unit=world.permisan,
        status=S.PUBLISHED,
        title="Sudah terbit",
        published_at=timezone.now() - timedelta(days=1),
    )
    log_in(client, world.central)
    page = client.get(reverse(LIST), {"status": "terjadwal"}).content.decode()
    assert "Terbit besok" in page and "Sudah terbit" not in page
    assert "wf-scheduled" in page


def test_admin_index_shows_each_user_their_counts(client, world):
    ArticleFactory(unit=world.permisan, status=S.DRAFT, created_by=world.officer)
    ArticleFactory(unit=world.permisan, status=S.RETURNED, created_by=world.officer)
    ArticleFactory(unit=world.batu, status=S.REVIEW)
    ArticleFactory(unit=world.cipinang, status=S.REVIEW)
    log_in(client, world.regional)
    page = client.get(reverse("admin:index"))
    rows = {str(label): n for label, n, _ in page.context["counts"]}
    assert rows["Menunggu tinjauan saya"] == 1
    assert "Meja kerja saya" in page.content.decode()
    log_in(client, world.officer)
    rows = {str(label): n for label, n, _ in client.get(reverse("admin:index")).context["counts"]}
    assert rows["Draf saya"] == 1 and rows["Dikembalikan kepada saya"] == 1
    assert "Menunggu tinjauan saya" not in rows
