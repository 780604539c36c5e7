"""The audit trail in the admin: read by the Admin group (auditlog.view_logentry), changed by nobody.

django-auditlog's own list renders its change tables in Python with English words; here they
come from a template, in Indonesian.
"""

from auditlog.admin import LogEntryAdmin
from auditlog.filters import ResourceTypeFilter
from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.template.loader import render_to_string
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

OPERATIONS = {"add": _("ditambahkan"), "delete": _("dicabut"), "clear": _("dikosongkan")}

if admin.site.is_registered(LogEntry):
    admin.site.unregister(LogEntry)


def _label(entry, name):
    """A changed field's name as the model spells it ("Seluruh UPT", not "Seluruh upt")."""
    model = entry.content_type.model_class()
    if model is None:
        return name
    if auditlog.contains(model):
        mapped = auditlog.get_model_fields(model)["mapping_fields"].get(name)
        if mapped:
            return mapped
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except (FieldDoesNotExist, AttributeError):
        return capfirst(name.replace("_", " "))


def _changes(entry):
    """(field rows, relation rows) of one entry, with the fields' Indonesian names."""
    fields, relations = [], []
    shown = entry.changes_display_dict
    for name, change in sorted(entry.changes_dict.items()):
        label = _label(entry, name)
        if isinstance(change, dict) and change.get("type") == "m2m":
            operation = OPERATIONS.get(change["operation"], change["operation"])
            relations.append((label, operation, change["objects"]))
        else:
            old, new = shown.get(name, change)
            fields.append((label, None if old == "None" else old, None if new == "None" else new))
    return fields, relations


@admin.register(LogEntry)
class AuditTrailAdmin(LogEntryAdmin):
    list_display = ["created", "resource_url", "action", "msg_short", "user_url"]
    list_filter = ["action", ResourceTypeFilter]
    readonly_fields = ["created", "resource_url", "action", "user_url", "remote_addr", "msg"]
    fieldsets = [
        (None, {"fields": ["created", "user_url", "remote_addr", "resource_url"]}),
        (_("Perubahan"), {"fields": ["action", "msg"]}),
    ]
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Not even along with a deleted account: the row keeps the actor's name and address.
        return False

    @admin.display(description=_("perubahan"))
    def msg_short(self, entry):
        if entry.action in (LogEntry.Action.DELETE, LogEntry.Action.ACCESS):
            return ""
        names = [str(_label(entry, name)) for name in sorted(entry.changes_dict)]
        return ngettext(
            "%(count)d perubahan: %(fields)s", "%(count)d perubahan: %(fields)s", len(names)
        ) % {"count": len(names), "fields": ", ".join(names)}

    @admin.display(description=_("perubahan"))
    def msg(self, entry):
        fields, relations = _changes(entry)
        return render_to_string(
            "admin/auditlog/changes.html", {"fields": fields, "relations": relations}
        )
