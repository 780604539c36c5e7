"""The four Humas award categories, with stable codes the rankings depend on."""

from django.db import migrations

CATEGORIES = [
    (
        "apa-kabar",
        "Kontributor Program Apa Kabar Pemasyarakatan Teraktif",
        "UPT yang paling banyak menyumbang liputan untuk program berita video nasional "
        "Apa Kabar Pemasyarakatan.",
    ),
    (
        "website",
        "Kontributor Berita pada Website Ditjenpas Teraktif",
        "UPT yang paling banyak mengirim berita yang terbit di situs Ditjenpas.",
    ),
    (
        "media-sosial",
        "Pengelolaan Media Sosial Terbaik",
        "UPT dengan pengelolaan akun media sosial resmi terbaik menurut penilaian juri.",
    ),
    (
        "komunikasi-krisis",
        "Manajemen Komunikasi Krisis Terbaik",
        "UPT yang paling cepat dan tepat menyampaikan informasi resmi saat terjadi krisis.",
    ),
]


def create_categories(apps, schema_editor):
    Category = apps.get_model("awards", "Category")
    for order, (code, name, description) in enumerate(CATEGORIES, start=1):
        Category.objects.update_or_create(
            code=code, defaults={"name": name, "description": description, "order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("awards", "0002_initial")]

    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]
