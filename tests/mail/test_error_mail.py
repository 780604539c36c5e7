"""Error mail to ADMINS goes through the queue: the 500 page never waits on the mail server,
and a queue that cannot be written costs the mail, never the page."""

import logging

import pytest
from django.db import connection

from newsroom.outbox.models import OutgoingMail

pytestmark = pytest.mark.django_db


@pytest.fixture
def failing_page(settings, client):
    settings.ROOT_URLCONF = "tests.mail.failing_urls"
    settings.ADMINS = [("Tim Teknis", "teknis@contoh.go.id")]
    client.raise_request_exception = False
    return "/uji/gagal/"


def test_a_server_error_is_mailed_to_admins_by_the_worker_not_the_request(
    client, failing_page, smtp, queue
):
    smtp.hanging()
    response = client.get(failing_page)
    assert response.status_code == 500
    assert smtp.connections == 0
    [mail] = queue.waiting()
    assert mail.message["to"] == ["teknis@contoh.go.id"]

    smtp.answering()
    queue.work()
    [message] = smtp.messages
    assert message["To"] == "teknis@contoh.go.id"
    assert "/uji/gagal/" in message["Subject"]
    body = message.get_payload(decode=True).decode()
    assert "halaman uji gagal" in body
    assert response.headers["X-Request-ID"] in body


def test_when_the_queue_cannot_be_written_the_error_page_still_answers(
    client, failing_page, queue, caplog
):
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE django_tasks_database_dbtaskresult RENAME TO django_tasks_gone")
    with caplog.at_level(logging.WARNING, logger="newsroom.outbox"):
        response = client.get(failing_page)
    assert response.status_code == 500
    assert "Terjadi gangguan" in response.content.decode()
    assert any("not queued" in record.getMessage() for record in caplog.records)


def test_without_admins_nothing_is_queued(client, failing_page, queue, settings):
    settings.ADMINS = []
    assert client.get(failing_page).status_code == 500
    assert not OutgoingMail.objects.exists()
