"""The mail task: send one message; on failure queue the next attempt, later each time."""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)


def email_message(*, subject: str, body: str, to: list[str], from_email: str = "", html: str = ""):
    """The queued form of one message (JSON): what `deliver` sends."""
    return {
        "subject": subject,
        "body": body,
        "from_email": from_email or settings.DEFAULT_FROM_EMAIL,
        "to": list(to),
        "html": html,
    }


def queue_email(**message):
    """Queue one message; with the database queue it is written in the current transaction.

    Kept if the change that causes it commits, gone if it rolls back. A queue that runs tasks
    at once (development, most tests) sends after the commit instead, never before it.
    """
    message = email_message(**message)
    if isinstance(deliver.get_backend(), DatabaseBackend):
        deliver.enqueue(message)
    else:
        transaction.on_commit(partial(deliver.enqueue, message))


def retry_delay(attempt: int) -> timedelta:
    """The wait after failed attempt number `attempt`: the first delay, then four times longer each time."""
    return timedelta(seconds=settings.MAIL_RETRY["first_delay"] * 4 ** (attempt - 1))


@task()
def deliver(message: dict, attempt: int = 1, resent_from: str = "") -> int:
    """Send `message` through the configured email backend; the count sent (1).

    `resent_from`: the mail that gave up, when `manage.py resend_mail` queued it again.
    """
    email = EmailMultiAlternatives(
        message["subject"], message["body"], message["from_email"], message["to"]
    )
    if message.get("html"):
        email.attach_alternative(message["html"], "text/html")
    try:
        return email.send()
    except Exception:
        # This attempt stays failed with its error (the admin's "Surat keluar" shows it); the
        # next one waits in the queue, unless this was the last allowed.
        if attempt < settings.MAIL_RETRY["attempts"] and deliver.get_backend().supports_defer:
            deliver.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                message, attempt=attempt + 1
            )
        else:
            logger.error("Mail to %s not sent after %d attempts", message["to"], attempt)
        raise
