"""Template helpers for the public site."""

from django import template
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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


@register.simple_tag
def body_with_dateline(article):
    """The stored (already sanitised) body, its dateline opening the first paragraph.

    "NUSAKAMBANGAN – Kepala Lapas ..." reads as one line, the way Indonesian news opens.
    """
    body = article.body or ""
    if not article.dateline:
        return mark_safe(body)  # noqa: S308 - sanitised by SanitizedRichTextField on save
    lead = format_html('<strong class="dateline">{}</strong> – ', article.dateline.upper())
    if body.startswith("<p>"):
        return mark_safe(f"<p>{lead}{body[3:]}")  # noqa: S308 - lead escaped, body sanitised
    return mark_safe(f"<p>{lead}</p>{body}")  # noqa: S308 - lead escaped, body sanitised
