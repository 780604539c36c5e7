"""A mail the server turns down is tried again later, each wait four times the one before;
after the last attempt it stays failed and shows in the admin's "Surat keluar" with the error."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from newsroom.outbox.models import OutgoingMail
from newsroom.outbox.tasks import queue_email
from tests.factories import log_in

OUTBOX = reverse("admin:outbox_outgoingmail_changelist")


def test_a_refused_mail_is_retried_with_growing_waits_then_shown_failed_to_admins(
    client, world, smtp, queue, settings
):
    settings.MAIL_RETRY = {"attempts": 4, "first_delay": 60}
    smtp.refusing_recipients()
    queue_email(subject="[Warta] Terbit: Berita Permisan", body="Isi", to=["humas@contoh.go.id"])

    waits = []
    for _attempt in range(4):
        tried = timezone.now()
        queue.work()
        waiting = list(queue.waiting())
        if waiting:
            [next_attempt] = waiting
            waits.append(next_attempt.run_after - tried)
            queue.work()  # not before its time
            queue.time_passes()
    assert smtp.connections == 4
    assert len(waits) == 3
    for wait, expected in zip(waits, [60, 240, 960], strict=True):
        assert timedelta(seconds=expected) <= wait < timedelta(seconds=expected + 30)
    assert OutgoingMail.objects.filter(status="FAILED").count() == 4
    assert not queue.waiting().exists()
    assert OutgoingMail.objects.gave_up().count() == 1

    log_in(client, world.admin)
    page = client.get(OUTBOX, {"menyerah": "1"}).content.decode()
    assert "Surat keluar" in page
    assert "[Warta] Terbit: Berita Permisan" in page
    assert "humas@contoh.go.id" in page
    assert "4 dari 4" in page
    assert "Gagal" in page
    assert "451" in page and "Kotak surat sementara tidak tersedia" in page
    detail = client.get(
        reverse("admin:outbox_outgoingmail_change", args=[OutgoingMail.objects.gave_up().get().pk])
    )
    assert detail.status_code == 200
    assert "SMTPRecipientsRefused" in detail.content.decode()


def test_only_admins_read_the_outbox(client, world):
    for person in (world.officer, world.regional, world.central):
        log_in(client, person)
        assert client.get(OUTBOX).status_code == 403, person
        client.logout()
    log_in(client, world.admin)
    assert client.get(OUTBOX).status_code == 200


def test_nobody_changes_or_deletes_a_queued_mail(client, world, queue):
    queue_email(subject="Uji", body="Isi", to=["humas@contoh.go.id"])
    mail = OutgoingMail.objects.get()
    log_in(client, world.admin)
    page = client.get(reverse("admin:outbox_outgoingmail_change", args=[mail.pk])).content.decode()
    assert 'name="_save"' not in page
    response = client.post(
        reverse("admin:outbox_outgoingmail_delete", args=[mail.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert OutgoingMail.objects.filter(pk=mail.pk).exists()


def test_after_the_outage_the_mail_that_gave_up_is_sent_again_once(db, smtp, queue, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.MAIL_RETRY = {"attempts": 2, "first_delay": 60}
    smtp.refusing_recipients()
    queue_email(subject="[Warta] Dikembalikan", body="Isi", to=["humas@contoh.go.id"])
    queue.work()
    queue.time_passes()
    queue.work()
    assert OutgoingMail.objects.gave_up().count() == 1

    smtp.answering()
    listed = StringIO()
    call_command("resend_mail", stdout=listed)
    assert "humas@contoh.go.id\t[Warta] Dikembalikan" in listed.getvalue()
    assert not queue.waiting().exists()  # a dry run by default

    call_command("resend_mail", send=True, stdout=StringIO())
    queue.work()
    assert smtp.recipients() == ["humas@contoh.go.id"]
    again = StringIO()
    call_command("resend_mail", send=True, stdout=again)
    assert "0 surat" in again.getvalue()
    queue.work()
    assert len(smtp.messages) == 1
