"""List media files no row refers to; remove them with --delete (newsroom/media_orphans.py)."""

from datetime import timedelta

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from newsroom.media_orphans import find_orphans


class Command(BaseCommand):
    help = (
        "Tampilkan berkas media (foto, ukuran foto, unggahan editor, kartu bagikan) yang tidak "
        "dirujuk baris mana pun. Hanya menampilkan, kecuali dengan --delete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Hapus berkas yang ditampilkan.")
        parser.add_argument(
            "--min-age-hours",
            type=float,
            default=24,
            help="Abaikan berkas yang lebih muda dari ini (unggahan yang belum selesai). Bawaan: 24.",
        )

    def handle(self, *args, **options):
        orphans = find_orphans(default_storage, grace=timedelta(hours=options["min_age_hours"]))
        for name in orphans:
            self.stdout.write(name)
        if not options["delete"]:
            self.stdout.write(
                f"{len(orphans)} berkas tanpa rujukan. Tidak ada yang dihapus; "
                "jalankan lagi dengan --delete untuk menghapusnya."
            )
            return
        for name in orphans:
            default_storage.delete(name)
        self.stdout.write(f"{len(orphans)} berkas tanpa rujukan dihapus.")
