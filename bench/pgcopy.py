"""PostgreSQL COPY for model rows, and index deferral around a bulk load.

A row is a tuple in the order of the fields the caller names; every other concrete column gets
the field's default, so a field added later does not break the loader.
"""

import io
import re
import threading
from contextlib import contextmanager
from datetime import date, datetime

from django.db import connections

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

    def write(self, cursor, rows):
        """COPY the rows in one streamed COPY; returns how many were written.

        The rows are produced while PostgreSQL parses the ones already sent: with `rows` a
        generator, the Python making them and the server backend storing them work at once.
        """
        written = 0

        def lines():
            nonlocal written
            for row in rows:
                written += 1
                yield "\t".join(map(_text, row)) + self.suffix + "\n"

        cursor.cursor.copy_expert(self.sql, _LineStream(lines()), size=1 << 16)
        self.count += written
        return written


class _LineStream(io.TextIOBase):
    """A read()-able file over an iterator of text lines, for a streamed COPY FROM STDIN."""

    def __init__(self, lines):
        self._lines = lines
        self._rest = ""

    def readable(self):
        return True

    def read(self, size=-1):
        parts, total = [self._rest], len(self._rest)
        for line in self._lines:
            parts.append(line)
            total += len(line)
            if 0 <= size <= total:
                break
        data = "".join(parts)
        if 0 <= size < len(data):
            data, self._rest = data[:size], data[size:]
        else:
            self._rest = ""
        return data


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
        _rebuild(connection, [definition for _name, definition in saved])


def _run(connection, definitions):
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '1GB'")
        for definition in definitions:
            cursor.execute(definition)


def _rebuild(connection, definitions):
    """Run the CREATE INDEX statements, the GIN ones on a second connection meanwhile.

    A GIN build (the search vectors: 47 s for a million articles) is single-threaded, while
    the B-tree builds, which PostgreSQL spreads over parallel workers, take about 11 s in all:
    side by side they end when the GIN index does.
    """
    gin = [d for d in definitions if " USING gin " in d]
    rest = [d for d in definitions if d not in gin]
    if not gin or not rest or connection.in_atomic_block:
        # Inside a transaction a second connection would wait for this one's locks.
        _run(connection, definitions)
        return
    failure = []

    def build_gin():
        # A thread gets its own connection from Django's handler; it closes it when done.
        own = connections[connection.alias]
        try:
            _run(own, gin)
        except BaseException as error:  # re-raised in the caller's thread
            failure.append(error)
        finally:
            own.close()

    worker = threading.Thread(target=build_gin, name="gin-index")
    worker.start()
    try:
        _run(connection, rest)
    finally:
        worker.join()
    if failure:
        raise failure[0]
