from django.core.management.base import BaseCommand, CommandError

from newsroom.wordpress.parser import ExportRefused
from newsroom.wordpress.service import find_unit, import_wordpress


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.1/1.2) for one unit, all or nothing. "
        "Photo files are read only from --uploads, never from the network."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="WordPress export file (.xml)")
        parser.add_argument("--unit", required=True, help="slug of the unit (UPT) it belongs to")
        parser.add_argument("--uploads", help="local copy of the site's wp-content/uploads folder")
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would happen; write nothing"
        )

    def handle(self, *args, export, unit, uploads, dry_run, **options):
        try:
            report = import_wordpress(
                path=export, unit=find_unit(unit), uploads_dir=uploads, dry_run=dry_run
            )
        except FileNotFoundError as exc:
            raise CommandError(f"Berkas {exc.filename} tidak ditemukan.") from exc
        except ExportRefused as exc:
            raise CommandError(str(exc)) from exc
        for line in report.lines():
            self.stdout.write(line)
