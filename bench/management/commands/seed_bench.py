from django.core.management.base import BaseCommand, CommandError

from bench import seed as bench_seed


class Command(BaseCommand):
    help = (
        "Fill an empty PostgreSQL database with benchmark data: ~600 UPT, ~2,000 tags and N "
        "articles (default one million). Refuses SQLite and a database that already has content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1_000_000)
        parser.add_argument(
            "--seed", type=int, default=7, help="Random seed (same seed, same data)."
        )
        parser.add_argument("--jobs", type=int, default=2, help="Parallel COPY workers.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="DELETE every unit, article, photo, event, reporter and tag first.",
        )

    def handle(self, *args, **options):
        if options["articles"] < 1:
            raise CommandError("--articles harus minimal 1.")
        reason = bench_seed.refuse_reason(options["force"])
        if reason:
            raise CommandError(reason)
        if options["force"]:
            bench_seed.wipe()
        self.stdout.write(f"Mengisi {options['articles']:,} artikel ...")
        result = bench_seed.run(
            articles=options["articles"],
            seed=options["seed"],
            jobs=max(1, options["jobs"]),
            log=self.stdout.write,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Selesai: {result['articles']:,} artikel, {result['tags']:,} tautan tag, "
                f"{result['gallery']:,} foto galeri dalam {result['seconds']:.0f} detik."
            )
        )
