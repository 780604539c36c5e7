"""The reference page of bench/run: a fixed 20 KB HTML page, no database, no template.

Served through the full middleware stack, it is the most a page can do on this machine; every
other figure is read as a fraction of it.
"""

from django.http import HttpResponse

_ROW = "<p>Warta Pemasyarakatan: halaman acuan untuk pengukuran beban, tanpa basis data.</p>\n"
PAGE = (
    "<!doctype html><html lang=id><head><meta charset=utf-8><title>Acuan</title></head><body>\n"
    + _ROW * (20_000 // len(_ROW))
    + "</body></html>\n"
).encode()


def ceiling(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")
