from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import accounts, awards


class Command(BaseCommand):
    help = (
        "Tampilkan kode verifikasi dua langkah terkini akun demo (hanya dengan DEBUG=true, "
        "untuk pengembangan)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Akun demo hanya ada untuk pengembangan (DEBUG=true).")
        usernames = [username for username, *_rest in accounts.ACCOUNTS]
        usernames += awards.juror_usernames()
        lines = accounts.second_factor_lines(usernames)
        if not lines:
            raise CommandError("Belum ada akun demo: jalankan `manage.py seed_demo` dulu.")
        self.stdout.write("Kode berganti tiap 30 detik; setiap kode berlaku sekali.")
        for line in lines:
            self.stdout.write(line)
