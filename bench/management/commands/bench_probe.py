import json

from django.core.management.base import BaseCommand

from bench.probe import probe


class Command(BaseCommand):
    help = "Print, as JSON, the pages bench/run measures with their SQL query counts (bench only)."

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(probe(), indent=1))
