"""Dates and times as Indonesian readers write them; templates, admin and mail all use these.

Plain functions with no Django template machinery: the `waktu_wib` and `tanggal` template
filters are these same functions.
"""

from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS


def waktu_wib(value):
    """Format a datetime the Indonesian way: "Rabu, 25 September 2024 22.29 WIB".

    The same as date_format(value, "l, j F Y H.i"), written out: cards call it twenty times
    a page, and the format parser is most of its cost.
    """
    if not value:
        return ""
    value = timezone.localtime(value)
    day, month = WEEKDAYS[value.weekday()], MONTHS[value.month]
    return f"{day}, {value.day} {month} {value.year} {value:%H.%M} WIB"


def tanggal(value):
    """Format a date or datetime as "25 September 2024"."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value)
    # date_format(value, "j F Y"), written out as in waktu_wib.
    return f"{value.day} {MONTHS[value.month]} {value.year}"
