"""PostgreSQL COPY for model rows, and index deferral around a bulk load.

A row is a tuple in the order of the fields the caller names; every other concrete column gets
the field's default, so a field added later does not break the loader.
"""

import io
import re
from contextlib import contextmanager
from datetime import date, datetime

_SPECIAL = re.compile(r"[\\\t\n\r]")
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _text(value):
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        if _SPECIAL.search(value):
            return _SPECIAL.sub(lambda m: _ESCAPES[m.group()], value)
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "dumps") and hasattr(value, "adapted"):  # psycopg2 Json
        return _text(value.dumps(value.adapted))
    return str(value)


class CopyWriter:
    """Write tuples for `fields` of `model` with COPY, defaults filled in for the other columns."""

    def __init__(self, model, fields, connection):
        opts = model._meta
        named = [opts.get_field(name) for name in fields]
        rest = [
            f
            for f in opts.concrete_fields
            if f not in named and not f.primary_key and not getattr(f, "generated", False)
        ]
        columns = [f.column for f in named + rest]
        self.suffix = "".join(
            "\t" + _text(f.get_db_prep_save(f.get_default(), connection)) for f in rest
        )
        quoted = ", ".join(f'"{c}"' for c in columns)
        self.sql = f'COPY "{opts.db_table}" ({quoted}) FROM STDIN'
        self.count = 0

    def write(self, cursor, rows, batch=5000):
        """COPY the rows in batches of `batch`; returns how many were written."""
        buf, n = [], 0
        for row in rows:
            buf.append("\t".join(map(_text, row)) + self.suffix)
            n += 1
            if len(buf) >= batch:
                self._flush(cursor, buf)
        if buf:
            self._flush(cursor, buf)
        self.count += n
        return n

    def _flush(self, cursor, buf):
        data = io.StringIO("\n".join(buf) + "\n")
        cursor.cursor.copy_expert(self.sql, data, size=1 << 20)
        buf.clear()


@contextmanager
def indexes_deferred(connection, *model_classes):
    """Drop the plain (non-constraint) indexes of the tables, and rebuild them on the way out.

    A COPY into a table without its secondary indexes and one index build afterwards is several
    times faster than maintaining a dozen indexes row by row.
    """
    tables = [m._meta.db_table for m in model_classes]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """,
            [tables],
        )
        saved = cursor.fetchall()
        for name, _definition in saved:
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
    try:
        yield [name for name, _ in saved]
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '256MB'")
            for _name, definition in saved:
                cursor.execute(definition)
