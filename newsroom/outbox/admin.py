"""The admin's "Surat keluar": mail waiting in the queue, sent and failed, with the error.

Read by the Admin group (outbox.view_outgoingmail, granted by this app's migration) and
superusers; changed by nobody: the worker writes these rows. django-tasks-db's own list of
every task is removed, as it shows English words and task internals.
"""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult, get_date_max

from newsroom.outbox.models import OutgoingMail

if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)


class GaveUpFilter(admin.SimpleListFilter):
    title = _("percobaan")
    parameter_name = "menyerah"

    def lookups(self, request, model_admin):
        return [("1", _("Habis, tidak dicoba lagi"))]

    def queryset(self, request, queryset):
        return queryset.gave_up() if self.value() == "1" else queryset


def _last_line(text):
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    list_display = [
        "enqueued_at",
        "subject",
        "recipients",
        "status",
        "attempt_of",
        "next_try",
        "error",
    ]
    list_filter = ["status", GaveUpFilter]
    ordering = ["-enqueued_at"]
    list_per_page = 50
    fields = readonly_fields = [
        "subject", "recipients", "status", "attempt_of", "enqueued_at", "started_at",
        "finished_at", "next_try", "error", "traceback", "body",
    ]  # fmt: skip

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("subjek"))
    def subject(self, mail):
        return mail.message.get("subject", "")

    @admin.display(description=_("penerima"))
    def recipients(self, mail):
        return ", ".join(mail.message.get("to", []))

    @admin.display(description=_("isi"))
    def body(self, mail):
        return mail.message.get("body", "")

    @admin.display(description=_("percobaan"))
    def attempt_of(self, mail):
        return _("%(attempt)d dari %(most)d") % {
            "attempt": mail.attempt,
            "most": settings.MAIL_RETRY["attempts"],
        }

    @admin.display(description=_("dijadwalkan"), ordering="run_after")
    def next_try(self, mail):
        return None if mail.run_after == get_date_max() else mail.run_after

    @admin.display(description=_("kesalahan"))
    def error(self, mail):
        return _last_line(mail.traceback)
