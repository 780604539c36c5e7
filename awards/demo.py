"""Demo award edition."""

from datetime import date

from .models import Edition


def seed(*, units, content):
    """Create the 2024 edition if it is missing."""
    edition, _ = Edition.objects.get_or_create(
        year=2024,
        defaults={
            "name": "Penghargaan Humas Pemasyarakatan 2024",
            "period_start": date(2023, 10, 1),
            "period_end": date(2024, 9, 15),
            "ceremony_event": content["event"],
        },
    )
    return edition
