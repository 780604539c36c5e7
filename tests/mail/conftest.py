"""Mail through the real queue: django-tasks-db's database backend, its worker run in-process,
and a mail server of the test's own (tests/mail/smtp.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.management.commands import db_worker

from newsroom.outbox.models import OutgoingMail
from tests.mail.smtp import SmtpServer
from tests.workflow.conftest import _fast_passwords, world  # noqa: F401

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def smtp(settings):
    """The site's mail server, at first answering; EMAIL_TIMEOUT stays the production 10 s."""
    server = SmtpServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    yield server
    server.close()


@pytest.fixture
def queue(settings, monkeypatch):
    """The database queue, as in production; `queue.work()` runs db_worker until none is ready."""
    settings.TASKS = DATABASE_QUEUE
    # The worker checks its connection between tasks; inside a test's transaction that check
    # would close the connection the test runs in (Django's test case stops it for requests too).
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    class Queue:
        @staticmethod
        def work():
            db_worker.Worker(
                queue_names=["default"],
                excluded_queue_names=[],
                interval=0,
                batch=True,
                backend_name="default",
                startup_delay=False,
                max_tasks=None,
                worker_id="uji",
            ).run()

        @staticmethod
        def waiting():
            return OutgoingMail.objects.filter(status="READY").order_by("run_after")

        @staticmethod
        def time_passes():
            """The waits before the next attempts run out (run_after moved to now)."""
            now = timezone.now()
            for mail in OutgoingMail.objects.filter(status="READY", run_after__gt=now):
                mail.run_after = now - timedelta(seconds=1)
                mail.save(update_fields=["run_after"])

    return Queue
