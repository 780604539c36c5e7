"""Error mail to ADMINS through the queue: a server error never waits on the mail server."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils.log import AdminEmailHandler

from newsroom.outbox.tasks import deliver, email_message

# Not the `django` logger: its mail_admins handler would come back here.
logger = logging.getLogger(__name__)


class QueuedAdminEmailHandler(AdminEmailHandler):
    """Django's AdminEmailHandler, whose mail is queued (tasks.deliver) instead of sent."""

    def send_mail(self, subject, message, *args, **kwargs):
        if not settings.ADMINS:
            return
        try:
            # Queued now, not after a commit: the error happened whatever the transaction does.
            # A savepoint, so that a failed queue write leaves the request's transaction usable.
            with transaction.atomic():
                deliver.enqueue(
                    email_message(
                        subject=f"{settings.EMAIL_SUBJECT_PREFIX}{subject}",
                        body=message,
                        to=[address for _name, address in settings.ADMINS],
                        from_email=settings.SERVER_EMAIL,
                        html=kwargs.get("html_message") or "",
                    )
                )
        except Exception:
            # The database is often why there is an error to report; the console log keeps it.
            logger.warning("Error mail to ADMINS not queued: %s", subject, exc_info=True)
