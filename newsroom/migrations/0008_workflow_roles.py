"""The newsroom's role groups, each with exactly the model permissions its work needs.

Reach (which units) is not a permission: it comes from each account's StaffScope.
The awards app creates its own "Juri" group.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

CRUD = ("add", "change", "view", "delete")

OFFICER = [
    *[("newsroom", f"{verb}_article") for verb in CRUD],
    *[("newsroom", f"{verb}_articlephoto") for verb in CRUD],
    *[("newsroom", f"{verb}_photo") for verb in CRUD],
    *[("newsroom", f"{verb}_reporter") for verb in ("add", "change", "view")],
    *[("newsroom", f"{verb}_event") for verb in ("add", "change", "view")],
]
REGIONAL_EDITOR = [*OFFICER, ("newsroom", "publish_article")]
CENTRAL_EDITOR = [
    *REGIONAL_EDITOR,
    ("newsroom", "feature_article"),
    ("newsroom", "delete_event"),
    ("newsroom", "delete_reporter"),
    ("upt", "view_upt"),
    ("upt", "view_region"),
]
# The site admin manages units, regions, people, award editions and settings: every
# permission of these apps.
ADMIN_APPS = ["newsroom", "upt", "awards", "auth", "taggit", "reversion"]

ROLES = {
    "Petugas Humas UPT": OFFICER,
    "Redaktur Wilayah": REGIONAL_EDITOR,
    "Redaktur Pusat": CENTRAL_EDITOR,
}


def create_roles(apps, schema_editor):
    db = schema_editor.connection.alias
    # Permissions are normally created after all migrations; the groups need them now.
    for label in ADMIN_APPS + ["contenttypes"]:
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=db, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        # add(), not set(): the awards app grants these groups its own permissions too.
        group, _ = Group.objects.using(db).get_or_create(name=name)
        perms = [
            Permission.objects.using(db).get(content_type__app_label=app, codename=codename)
            for app, codename in wanted
        ]
        group.permissions.add(*perms)
    admin, _ = Group.objects.using(db).get_or_create(name="Admin")
    admin.permissions.set(
        Permission.objects.using(db).filter(content_type__app_label__in=ADMIN_APPS)
    )


def delete_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[*ROLES, "Admin"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0007_workflow"),
        ("upt", "0001_initial"),
        ("awards", "0005_juror_and_officer_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [migrations.RunPython(create_roles, delete_roles)]
