"""The standings as a CSV file for spreadsheets."""

import csv
import io

from django.utils.translation import gettext as _

from .display import lines
from .standings import CategoryStandings

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet would run a cell starting like a formula; a quote keeps it as text.
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def standings_csv(*, standings: list[CategoryStandings]) -> str:
    """The standings as CSV text, one line per unit and category."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [_("kategori"), _("peringkat"), _("UPT"), _("angka"), _("metrik"), _("nilai juri"),
         _("nominasi"), _("rincian")]
    )  # fmt: skip
    for block in standings:
        for row in lines(block):
            writer.writerow(
                [
                    _cell(block.category.name),
                    row.rank or "",
                    _cell(row.unit.name),
                    _cell(row.figure),
                    "" if row.metric is None else round(row.metric, 2),
                    "" if row.jury_score is None else row.jury_score,
                    _("ya") if row.nominated else "",
                    _cell("; ".join(f"{k}: {v}" for k, v in row.details)),
                ]
            )
    return out.getvalue()
