"""Editors follow the awards too: regional and central editors may read every awards record
(standings, figures, cases, nominations, results); they change none of them."""

from django.db import migrations

EDITOR_GROUPS = ["Redaktur Wilayah", "Redaktur Pusat"]
MODELS = ["edition", "category", "socialmetric", "crisiscase", "nomination", "result"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(
        content_type__app_label="awards", codename__in=[f"view_{m}" for m in MODELS]
    )
    for name in EDITOR_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0005_juror_and_officer_groups"),
        ("newsroom", "0008_workflow_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
