"""CSV for spreadsheets: cells that a spreadsheet would run as formulas are kept as text."""

import csv
import io

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """The value as CSV text; one starting like a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def csv_text(header, rows):
    """CSV text of a header row and data rows, every cell passed through `cell`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([cell(h) for h in header])
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return out.getvalue()
