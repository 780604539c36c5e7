"""A submission never waits on the mail server: the mail is queued with the move, sent later.

Against a mail server that accepts the connection and never answers (tests/mail/smtp.py), the
officer's submit through the admin comes back at once and committed; the worker's attempts
time out meanwhile and wait to be tried again; once the server answers, the mail goes out.
"""

import time

import pytest
from django.db import transaction

from newsroom.models import Article
from newsroom.outbox.models import OutgoingMail
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

S = Article.Status


def test_a_submission_returns_while_the_mail_server_hangs_and_the_mail_goes_out_once_it_answers(
    client, world, smtp, queue, settings, django_capture_on_commit_callbacks
):
    editors = sorted([world.regional.email, world.central.email, world.admin.email])
    article = ArticleFactory(unit=world.permisan, created_by=world.officer, title="Berita Permisan")
    log_in(client, world.officer)
    smtp.hanging()

    # What would run after the commit runs too, as it does outside a test's transaction.
    with django_capture_on_commit_callbacks(execute=True):
        started = time.monotonic()
        response = client.post(change_url(article), form_data(article, _transition="submit"))
        took = time.monotonic() - started
    print(f"submit with the mail server hung: {took:.3f} s")

    assert response.status_code == 302
    # Generous bound: the old code held the request for EMAIL_TIMEOUT per attempt and more.
    assert took < settings.EMAIL_TIMEOUT, took
    assert smtp.connections == 0  # the request never dialled the mail server
    article.refresh_from_db()
    assert article.status == S.REVIEW
    assert sorted(m.message["to"][0] for m in queue.waiting()) == editors

    # The worker tries while the server still hangs: each attempt gives up after EMAIL_TIMEOUT.
    settings.EMAIL_TIMEOUT = 0.5
    queue.work()
    assert smtp.messages == []
    assert smtp.connections == 3
    failed = OutgoingMail.objects.filter(status="FAILED")
    assert failed.count() == 3
    assert all("timed out" in mail.traceback for mail in failed)
    assert sorted(m.message["to"][0] for m in queue.waiting()) == editors
    queue.work()  # their next attempts wait; nothing is tried early
    assert smtp.connections == 3

    smtp.answering()
    queue.time_passes()
    queue.work()
    assert smtp.recipients() == editors
    assert all("Berita Permisan" in message["Subject"] for message in smtp.messages)
    assert OutgoingMail.objects.filter(status="SUCCESSFUL").count() == 3
    assert not queue.waiting().exists()


def test_the_mail_is_written_with_the_move_and_goes_with_it_when_the_move_rolls_back(
    world, smtp, queue
):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    with pytest.raises(RuntimeError), transaction.atomic():
        article.submit(by=world.officer)
        assert queue.waiting().count() == 3  # in the move's own transaction
        raise RuntimeError("the request failed after the move")
    assert not OutgoingMail.objects.exists()
    queue.work()
    assert smtp.messages == []


def test_the_queued_mail_is_the_notification_the_editors_read(world, smtp, queue):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer, title="Berita Permisan")
    article.submit(by=world.officer)
    queue.work()
    [message, *_] = smtp.messages
    assert message["Subject"].startswith("[Warta] Menunggu tinjauan")
    assert (
        f"/admin/newsroom/article/{article.pk}/change/" in message.get_payload(decode=True).decode()
    )
    assert smtp.recipients() == sorted(
        [world.regional.email, world.central.email, world.admin.email]
    )
