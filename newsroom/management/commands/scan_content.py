"""The day after an incident: which live articles match today's content-guard list."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from newsroom.models import Article, BlockedTerm, WorkflowError
from newsroom.models.guard import article_findings, describe


class Command(BaseCommand):
    help = (
        "Laporkan setiap artikel yang sedang tayang dan cocok dengan daftar penjaga konten hari "
        "ini; dengan --unpublish tarik semuanya dengan alasan, dalam satu transaksi."
    )

    def add_arguments(self, parser):
        parser.add_argument("--unpublish", action="store_true", help="Tarik artikel yang cocok.")
        parser.add_argument("--reason", default="", help="Alasan penarikan (wajib dengan --unpublish).")
        parser.add_argument(
            "--user", default="", help="Nama pengguna redaktur yang menarik (wajib dengan --unpublish)."
        )

    def handle(self, *args, **options):
        actor = self._actor(options) if options["unpublish"] else None
        matcher = BlockedTerm.objects.matcher()
        live = Article.objects.live().select_related("unit").order_by("pk")
        matched = []
        for article in live.iterator(chunk_size=500):
            findings = article_findings(article, matcher)
            if findings:
                matched.append(article)
                self.stdout.write(
                    f"{article.pk}\t{article.unit.short_name}\t{article.title}\n"
                    f"\t{article.get_absolute_url()}\n\t{describe(findings, limit=10)}"
                )
        self.stdout.write(f"{len(matched)} artikel tayang cocok dengan daftar hari ini.")
        if actor is None or not matched:
            return
        reason = options["reason"].strip()
        try:
            with transaction.atomic():
                for article in matched:
                    article.unpublish(by=actor, reason=reason)
        except WorkflowError as error:
            raise CommandError(f"Tidak ada yang ditarik: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"{len(matched)} artikel ditarik dari situs."))

    def _actor(self, options):
        if not options["reason"].strip():
            raise CommandError("Tulis alasan penarikan dengan --reason.")
        try:
            return get_user_model().objects.get(username=options["user"], is_active=True)
        except get_user_model().DoesNotExist as error:
            raise CommandError(
                "Sebutkan redaktur yang menarik dengan --user (nama pengguna akun aktif)."
            ) from error
