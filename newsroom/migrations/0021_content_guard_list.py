"""The content guard's first list, and who may keep it or pass it.

The terms are what gambling promoters write, not the words any news about gambling uses:
"slot gacor", "maxwin", "link alternatif", "bonus new member", brand and game names. "judi",
"judi online", "togel", "slot", "razia" and "bandar" are deliberately absent, so that a report of
a raid ("razia judi online di blok hunian") passes. Admins change the list in the admin.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

TERMS = [
    "slot gacor",
    "situs gacor",
    "link gacor",
    "gacor hari ini",
    "pola gacor",
    "maxwin",
    "max win",
    "slot88",
    "slot777",
    "slot thailand",
    "slot server thailand",
    "situs slot",
    "link slot",
    "daftar slot",
    "login slot",
    "akun pro slot",
    "agen slot",
    "zeus slot",
    "mpo slot",
    "slot online terpercaya",
    "slot deposit",
    "deposit pulsa",
    "depo 10k",
    "wd cepat",
    "bonus new member",
    "new member 100",
    "scatter hitam",
    "mahjong ways",
    "gates of olympus",
    "starlight princess",
    "pragmatic play",
    "rtp live",
    "rtp slot",
    "bocoran rtp",
    "anti rungkad",
    "jackpot paus",
    "judi online terpercaya",
    "situs judi terpercaya",
    "agen togel",
    "togel online terpercaya",
    "prediksi togel",
    "bocoran togel",
    "angka jitu",
    "toto macau",
    "togel sgp",
    "togel hk",
    "keluaran sgp",
    "keluaran hk",
    "sbobet",
    "sv388",
    "pkv games",
    "dominoqq",
    "bandarq",
    "link alternatif",
    "casino online terpercaya",
    "live casino",
]
DOMAINS = [
    "*slot*",
    "*gacor*",
    "*togel*",
    "*maxwin*",
    "*sbobet*",
    "*judionline*",
    "*situsjudi*",
    "*casino*",
    "*kasino*",
    "*dominoqq*",
    "*bandarq*",
    "*.bet",
    "*.casino",
    "*.poker",
]
NOTE = "Daftar awal (migrasi)"


def seed(apps, schema_editor):
    db = schema_editor.connection.alias
    BlockedTerm = apps.get_model("newsroom", "BlockedTerm")
    BlockedTerm.objects.using(db).bulk_create(
        [BlockedTerm(kind="term", pattern=p, note=NOTE) for p in TERMS]
        + [BlockedTerm(kind="domain", pattern=p, note=NOTE) for p in DOMAINS]
    )
    create_permissions(global_apps.get_app_config("newsroom"), verbosity=0, using=db, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {
        "Admin": [
            "publish_despite_guard",
            *(f"{v}_blockedterm" for v in ("add", "change", "delete", "view")),
        ],
        "Redaktur Pusat": ["publish_despite_guard", "view_blockedterm"],
        "Redaktur Wilayah": ["view_blockedterm"],
    }
    for name, wanted in codenames.items():
        perms = Permission.objects.using(db).filter(
            content_type__app_label="newsroom", codename__in=wanted
        )
        for group in Group.objects.using(db).filter(name=name):
            group.permissions.add(*perms)


def unseed(apps, schema_editor):
    apps.get_model("newsroom", "BlockedTerm").objects.filter(note=NOTE).delete()


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0020_content_guard")]

    operations = [migrations.RunPython(seed, unseed)]
