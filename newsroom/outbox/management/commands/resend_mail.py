"""After a mail server outage: queue once more every mail whose last allowed attempt failed."""

from django.core.management.base import BaseCommand

from newsroom.outbox.models import OutgoingMail
from newsroom.outbox.tasks import deliver


class Command(BaseCommand):
    help = (
        "Daftar surat yang gagal sampai percobaan terakhirnya dan belum dikirim ulang; dengan "
        "--send masukkan lagi ke antrean (dari percobaan pertama)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--send", action="store_true", help="Antrekan lagi surat itu.")

    def handle(self, *args, send=False, **options):
        mails = list(OutgoingMail.objects.gave_up().not_resent().order_by("enqueued_at"))
        for mail in mails:
            self.stdout.write(
                f"{mail.pk}\t{', '.join(mail.message.get('to', []))}\t{mail.message.get('subject')}"
            )
            if send:
                deliver.enqueue(mail.message, resent_from=str(mail.pk))
        if send:
            self.stdout.write(self.style.SUCCESS(f"{len(mails)} surat masuk antrean lagi."))
        else:
            self.stdout.write(f"{len(mails)} surat gagal; --send untuk mengantrekannya lagi.")
