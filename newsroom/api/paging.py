"""Cursor paging for the API: newsroom.pagination's keyset walk, with an opaque cursor and `next`.

A list ordered by a key of two columns (newest first: published_at, id) is read from the
cursor onwards through the index: as cheap at the millionth article as at the first, and
stable while new articles arrive, since a cursor names the last row seen, not a position.
The cursor carries that row's key values, so turning a page costs no query to find it again.
Ranked search results, a short list capped by newsroom/search.py, page by an offset instead.
"""

import base64
import binascii
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from ninja import Field, Schema
from pydantic import create_model

from newsroom.pagination import keyset_rows

from .errors import PageNotFound

BAD_CURSOR = _("Halaman tidak ada: penanda halaman (cursor) ini bukan dari API ini.")
CURSOR = "cursor"
LIMIT = "limit"


def limit_field():
    """The `limit` query parameter: page size, with its maximum in the schema."""
    return Field(
        settings.API_PAGE_SIZE,
        ge=1,
        le=settings.API_MAX_PAGE_SIZE,
        description=f"Jumlah butir per halaman (paling banyak {settings.API_MAX_PAGE_SIZE}).",
    )


def cursor_field():
    """The `cursor` query parameter, copied from a page's `next` link."""
    return Field(None, max_length=200, description="Penanda halaman dari tautan `next`.")


class Paging(Schema):
    """The query parameters of a list without filters."""

    limit: int = limit_field()
    cursor: str | None = cursor_field()


def page_of(item, name):
    """A page schema called `name`: its items and the address of the next page (or null)."""
    return create_model(
        name,
        __base__=Schema,
        items=(list[item], ...),
        next=(str | None, Field(None, description="Alamat halaman berikutnya; null di akhir.")),
    )


def _encode(values):
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor):
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        return json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        raise PageNotFound(BAD_CURSOR) from None


def _next_url(request, cursor):
    query = request.GET.copy()
    query[CURSOR] = cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _key_values(queryset, key, cursor):
    """The cursor's values, checked against the key's fields (a tampered cursor is a 404)."""
    values = _decode(cursor)
    if not isinstance(values, list) or len(values) != len(key):
        raise PageNotFound(BAD_CURSOR)
    checked = []
    for name, value in zip(key, values, strict=True):
        field = queryset.model._meta.get_field(name.lstrip("-").replace("pk", "id"))
        try:
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise ValidationError("type")
            value = field.to_python(value)
            if isinstance(value, int) and not 0 < value < 2**63:
                raise ValidationError("range")
            checked.append(value)
        except ValidationError:
            raise PageNotFound(BAD_CURSOR) from None
    return checked


def keyset_page(request, queryset, *, key, limit, cursor=None, rows=None):
    """{"items", "next"}: up to `limit` rows of `queryset` in `key` order, after `cursor`.

    `key` is two field names, each with "-" for descending, the last one unique (the id).
    `rows`, when given, turns the list of rows read into the items (prefetching, say).
    """
    after = _key_values(queryset, key, cursor) if cursor else None
    page, more = keyset_rows(queryset, key, after, limit=limit)
    next_url = None
    if more:
        last = page[-1]
        values = [getattr(last, name.lstrip("-")) for name in key]
        values = [v.isoformat() if hasattr(v, "isoformat") else v for v in values]
        next_url = _next_url(request, _encode(values))
    return {"items": rows(page) if rows else page, "next": next_url}


def offset_page(request, ids, *, limit, cursor=None):
    """(ids of this page, next link) from an ordered list of ids (ranked search results)."""
    start = 0
    if cursor:
        value = _decode(cursor)
        offset = value.get("o") if isinstance(value, dict) else None
        if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset < 10**6:
            raise PageNotFound(BAD_CURSOR)
        start = offset
    chosen = ids[start : start + limit]
    more = len(ids) > start + limit
    return chosen, _next_url(request, _encode({"o": start + limit})) if more else None
