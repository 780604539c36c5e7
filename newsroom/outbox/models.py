"""The mail rows of the task queue, as the admin's "Surat keluar" shows them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

DELIVER_TASK = "newsroom.outbox.tasks.deliver"


class OutgoingMailQuerySet(models.QuerySet):
    def gave_up(self):
        """Failed attempts after which no other attempt was queued (the last one allowed)."""
        return self.filter(
            status="FAILED", args_kwargs__kwargs__attempt__gte=settings.MAIL_RETRY["attempts"]
        )

    def not_resent(self):
        """Those that `manage.py resend_mail --send` has not queued again yet."""
        resent = {
            mail.args_kwargs["kwargs"]["resent_from"]
            for mail in OutgoingMail.objects.filter(args_kwargs__kwargs__has_key="resent_from")
        }
        return self.exclude(pk__in=resent)


class OutgoingMailManager(models.Manager.from_queryset(OutgoingMailQuerySet)):
    def get_queryset(self):
        return super().get_queryset().filter(task_path=DELIVER_TASK)


class OutgoingMail(DBTaskResult):
    """One attempt to send one message: a row of django-tasks-db's queue, mail tasks only."""

    objects = OutgoingMailManager()

    class Meta:
        proxy = True
        verbose_name = _("surat keluar")
        verbose_name_plural = _("surat keluar")
        default_permissions = ("view",)

    @property
    def message(self):
        return self.args_kwargs["args"][0] if self.args_kwargs.get("args") else {}

    @property
    def attempt(self):
        return self.args_kwargs.get("kwargs", {}).get("attempt", 1)
