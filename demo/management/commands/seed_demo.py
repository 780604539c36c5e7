from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from demo import accounts, awards, news, units


class Command(BaseCommand):
    help = "Fill the database with Indonesian demo content. Safe to run again: it changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        unit_by_slug = units.seed()
        content = news.seed(unit_by_slug)
        awards.seed(units=unit_by_slug, content=content)
        news.seed_readers()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo: {len(unit_by_slug)} UPT, {len(content['articles'])} artikel, "
                f"kegiatan \u201c{content['event'].name[:40]}\u2026\u201d."
            )
        )
        if not settings.DEBUG:
            self.stdout.write("DEBUG mati: akun demo tidak dibuat.")
            return
        users = accounts.seed()
        self.stdout.write(
            "Akun demo (hanya untuk pengembangan), kata sandi untuk semua: "
            f"{accounts.DEMO_PASSWORD}"
        )
        usernames = [*users, *awards.juror_usernames()]
        self.stdout.write(
            "Verifikasi dua langkah akun demo: masukkan \u201ckode sekarang\u201d (berganti tiap "
            "30 detik; `make demo-codes` menampilkan yang terbaru), atau tambahkan kuncinya ke "
            "aplikasi autentikator:"
        )
        for line in accounts.second_factor_lines(usernames):
            self.stdout.write(line)
