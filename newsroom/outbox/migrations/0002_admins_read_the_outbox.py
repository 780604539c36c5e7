"""The Admin group reads "Surat keluar" (outbox.view_outgoingmail); no other group does."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    create_permissions(global_apps.get_app_config("outbox"), verbosity=0, using=db, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.using(db).get(
        content_type__app_label="outbox", codename="view_outgoingmail"
    )
    for group in Group.objects.using(db).filter(name="Admin"):
        group.permissions.add(view)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.filter(content_type__app_label="outbox", codename="view_outgoingmail")
    for group in Group.objects.filter(name="Admin"):
        group.permissions.remove(*view)


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_initial"),
        # The Admin group is made there.
        ("newsroom", "0008_workflow_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
