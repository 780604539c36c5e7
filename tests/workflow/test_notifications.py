"""Email: editors in scope hear of submissions; authors hear of returns, publication, unpublication."""

import pytest
from django.core import mail

from newsroom.models import Article
from tests.factories import ArticleFactory

S = Article.Status


@pytest.fixture
def article(world):
    return ArticleFactory(unit=world.permisan, created_by=world.officer, title="Berita Permisan")


def recipients():
    return sorted(address for m in mail.outbox for address in m.to)


def test_submission_reaches_the_editors_in_scope_only(
    world, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.submit(by=world.officer)
    assert recipients() == sorted([world.regional.email, world.central.email, world.admin.email])
    assert "Berita Permisan" in mail.outbox[0].subject
    assert f"/admin/newsroom/article/{article.pk}/change/" in mail.outbox[0].body


def test_return_reaches_the_author_with_the_note(
    world, article, django_capture_on_commit_callbacks
):
    article.submit(by=world.officer)
    with django_capture_on_commit_callbacks(execute=True):
        article.return_to_author(by=world.regional, note="Lengkapi kutipan Kalapas.")
    assert recipients() == [world.officer.email]
    assert "Lengkapi kutipan Kalapas." in mail.outbox[0].body


def test_publication_and_unpublication_reach_the_author(
    world, article, django_capture_on_commit_callbacks
):
    article.submit(by=world.officer)
    with django_capture_on_commit_callbacks(execute=True):
        article.publish(by=world.central)
    assert recipients() == [world.officer.email]
    assert article.get_absolute_url() in mail.outbox[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish(by=world.central, reason="Data korban harus disamarkan.")
    assert recipients() == [world.officer.email]
    assert "Data korban harus disamarkan." in mail.outbox[0].body


def test_a_refused_transition_sends_nothing(world, article, django_capture_on_commit_callbacks):
    from newsroom.models import WorkflowError

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(WorkflowError):
        article.publish(by=world.regional)
    assert mail.outbox == []
