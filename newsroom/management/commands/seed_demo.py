from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

import awards.demo
import newsroom.demo
import newsroom.demo.accounts
import upt.demo


class Command(BaseCommand):
    help = "Fill the database with Indonesian demo content. Safe to run again: it changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        units = upt.demo.seed()
        content = newsroom.demo.seed(units)
        awards.demo.seed(units=units, content=content)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo: {len(units)} UPT, {len(content['articles'])} artikel, "
                f"kegiatan \u201c{content['event'].name[:40]}\u2026\u201d."
            )
        )
        if not settings.DEBUG:
            self.stdout.write("DEBUG mati: akun demo tidak dibuat.")
            return
        users = newsroom.demo.accounts.seed()
        self.stdout.write(
            "Akun demo (hanya untuk pengembangan), kata sandi untuk semua: "
            f"{newsroom.demo.accounts.DEMO_PASSWORD}"
        )
        usernames = [*users, *awards.demo.juror_usernames()]
        self.stdout.write(
            "Verifikasi dua langkah akun demo: masukkan \u201ckode sekarang\u201d (berganti tiap "
            "30 detik; `make demo-codes` menampilkan yang terbaru), atau tambahkan kuncinya ke "
            "aplikasi autentikator:"
        )
        for line in newsroom.demo.accounts.second_factor_lines(usernames):
            self.stdout.write(line)
