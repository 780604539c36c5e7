"""The "Juri" group, and what unit officers need to keep their unit's award figures.

Permissions are created here rather than waiting for post_migrate, so that a fresh database
gets the groups in one `migrate`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

JUROR_GROUP = "Juri"
# The workflow issue creates this group too; both sides use get_or_create on the name.
OFFICER_GROUP = "Petugas Humas UPT"

JUROR_PERMISSIONS = [
    ("awards", "view_category"),
    ("awards", "view_nomination"),
    ("awards", "view_juryscore"),
    ("awards", "add_juryscore"),
    ("awards", "change_juryscore"),
]
OFFICER_PERMISSIONS = [
    ("awards", "view_edition"),
    ("awards", "view_category"),
    ("awards", "view_socialmetric"),
    ("awards", "add_socialmetric"),
    ("awards", "change_socialmetric"),
    ("awards", "view_crisiscase"),
    ("awards", "add_crisiscase"),
    ("awards", "change_crisiscase"),
]


def _grant(apps, group_name, codenames):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for app_label, codename in codenames:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def create_groups(apps, schema_editor):
    awards = apps.get_app_config("awards")
    awards.models_module = True
    create_permissions(awards, apps=apps, verbosity=0)
    _grant(apps, JUROR_GROUP, JUROR_PERMISSIONS)
    _grant(apps, OFFICER_GROUP, OFFICER_PERMISSIONS)


def remove_juror_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=JUROR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0004_figures_jury_results"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_juror_group)]
