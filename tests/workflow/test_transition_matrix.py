"""Every role x state x action cell, through the article's admin page buttons (real POSTs)."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from newsroom.models import Article, ArticleTransition
from tests.factories import ArticleFactory, log_in

from .conftest import change_url, form_data

S = Article.Status
ROLES = ["officer", "regional", "central", "admin"]
EDITORS = {"regional", "central", "admin"}
STATES = [S.DRAFT, S.REVIEW, S.RETURNED, S.PUBLISHED, S.UNPUBLISHED]
TARGET = {
    "submit": S.REVIEW,
    "withdraw": S.DRAFT,
    "return_to_author": S.RETURNED,
    "publish": S.PUBLISHED,
    "unpublish": S.UNPUBLISHED,
}


def expected(role, state, action):
    """The rules as the issue states them, written out independently of the code under test."""
    if action == "submit":
        return state in (S.DRAFT, S.RETURNED, S.UNPUBLISHED)
    if action == "withdraw":
        return state == S.REVIEW and role not in EDITORS
    if action in ("return_to_author", "publish"):
        return state == S.REVIEW and role in EDITORS
    if action == "unpublish":
        return state == S.PUBLISHED and role in EDITORS
    raise AssertionError(action)


def article_in(state, unit, author):
    published = state in (S.PUBLISHED, S.UNPUBLISHED)
    return ArticleFactory(
        unit=unit,
        status=state,
        created_by=author,
        published_at=timezone.now() - timedelta(hours=1) if published else None,
    )


@pytest.mark.parametrize("action", list(TARGET))
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_role_state_action_cell(client, world, role, state, action):
    user = getattr(world, role)
    article = article_in(state, world.permisan, world.officer)
    log_in(client, user)
    response = client.post(
        change_url(article),
        form_data(article, _transition=action, _transition_note="Catatan redaksi."),
    )
    article.refresh_from_db()
    records = ArticleTransition.objects.filter(article=article)
    if expected(role, state, action):
        assert response.status_code == 302
        assert article.status == TARGET[action]
        step = records.get()
        assert (step.actor, step.from_status, step.to_status) == (user, state, TARGET[action])
    else:
        # Refused: nothing moves, nothing is recorded, and the person reads why.
        assert response.status_code in (302, 403)
        assert article.status == state
        assert not records.exists()
        if response.status_code == 302:
            texts = [str(m) for m in get_messages(response.wsgi_request)]
            assert any("tidak berwenang" in t or "Tidak dapat" in t for t in texts), texts


@pytest.mark.parametrize("action", list(TARGET))
@pytest.mark.parametrize("role", ["other_officer", "other_regional", "unscoped"])
def test_another_scope_cannot_move_or_see_the_article(client, world, role, action):
    state = {"withdraw": S.REVIEW, "return_to_author": S.REVIEW, "publish": S.REVIEW}.get(
        action, S.PUBLISHED if action == "unpublish" else S.DRAFT
    )
    article = article_in(state, world.permisan, world.officer)
    log_in(client, getattr(world, role))
    response = client.post(
        change_url(article), form_data(article, _transition=action, _transition_note="x")
    )
    assert response.status_code == 404
    assert article.title not in response.content.decode()
    article.refresh_from_db()
    assert article.status == state
    assert not ArticleTransition.objects.exists()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", STATES)
def test_change_form_offers_exactly_the_allowed_buttons(client, world, role, state):
    article = article_in(state, world.permisan, world.officer)
    log_in(client, getattr(world, role))
    page = client.get(change_url(article)).content.decode()
    for action in TARGET:
        button = f'name="_transition" value="{action}"'
        assert (button in page) == expected(role, state, action), action


def test_officer_cannot_edit_an_article_under_review(client, world):
    article = article_in(S.REVIEW, world.permisan, world.officer)
    log_in(client, world.officer)
    response = client.post(change_url(article), form_data(article, title="Judul diganti"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "Judul diganti"


def test_editor_may_edit_while_in_review_and_publish_in_one_step(client, world):
    article = article_in(S.REVIEW, world.permisan, world.officer)
    log_in(client, world.regional)
    response = client.post(
        change_url(article), form_data(article, title="Judul disunting", _transition="publish")
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Judul disunting", S.PUBLISHED)
    assert article.is_live


def test_returning_without_a_note_is_refused_with_a_message(client, world):
    article = article_in(S.REVIEW, world.permisan, world.officer)
    log_in(client, world.regional)
    response = client.post(
        change_url(article), form_data(article, _transition="return_to_author"), follow=True
    )
    assert "Tulis catatan untuk penulis" in response.content.decode()
    article.refresh_from_db()
    assert article.status == S.REVIEW


def test_unpublishing_without_a_reason_is_refused(client, world):
    article = article_in(S.PUBLISHED, world.permisan, world.officer)
    log_in(client, world.central)
    response = client.post(
        change_url(article), form_data(article, _transition="unpublish"), follow=True
    )
    assert "Tulis alasan penarikan" in response.content.decode()
    article.refresh_from_db()
    assert article.status == S.PUBLISHED


def test_timeline_shows_who_moved_the_article_and_the_note(client, world):
    article = article_in(S.DRAFT, world.permisan, world.officer)
    article.submit(by=world.officer)
    article.return_to_author(by=world.regional, note="Tambahkan kutipan Kalapas.")
    log_in(client, world.officer)
    page = client.get(change_url(article)).content.decode()
    assert "Riwayat alur kerja" in page
    assert "Redaktur.Jateng" in page
    assert "Tambahkan kutipan Kalapas." in page
