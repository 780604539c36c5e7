"""Template helpers for the public site."""

from django import template
from django.utils import timezone
from django.utils.dateformat import format as date_format

register = template.Library()


@register.filter
def waktu_wib(value):
    """Format a datetime the Indonesian way: "Rabu, 25 September 2024 22.29 WIB"."""
    if not value:
        return ""
    return f"{date_format(timezone.localtime(value), 'l, j F Y H.i')} WIB"


@register.filter
def tanggal(value):
    """Format a date or datetime as "25 September 2024"."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value)
    return date_format(value, "j F Y")
