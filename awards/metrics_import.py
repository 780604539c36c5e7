"""The monthly social-media figures imported from a CSV file: all of it, or nothing."""

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from upt.models import SocialAccount, SocialPlatform

from .models import SocialMetric

IMPORT_HEADER = ["platform", "akun", "bulan", "pengikut", "unggahan", "interaksi"]
_NUMBER_COLUMNS = [("pengikut", "followers"), ("unggahan", "posts"), ("interaksi", "engagement")]


@dataclass
class ImportReport:
    """What an import did, or each bad line (number and reason) when it did nothing."""

    errors: list[tuple[int, str]] = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def ok(self):
        """True when the file was imported."""
        return not self.errors


def _platform(value: str) -> str | None:
    value = value.strip().lower()
    for code, label in SocialPlatform.choices:
        if value in (code, label.lower()):
            return code
    return None


def _parse_month(value: str) -> date | None:
    try:
        year, month = value.strip().split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return None


def _read_rows(data: bytes | str, report: ImportReport):
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            report.errors.append((1, _("Berkas bukan teks UTF-8; simpan ulang sebagai CSV UTF-8.")))
            return []
    lines = list(csv.reader(io.StringIO(data.lstrip("\ufeff"))))
    if not lines:
        report.errors.append((1, _("Berkas kosong.")))
        return []
    header = [cell.strip().lower() for cell in lines[0]]
    if header != IMPORT_HEADER:
        report.errors.append(
            (1, _("Judul kolom salah: harus %(header)s.") % {"header": ",".join(IMPORT_HEADER)})
        )
        return []
    return [(number, row) for number, row in enumerate(lines[1:], start=2) if any(row)]


@transaction.atomic
def import_social_metrics(*, data: bytes | str, units=None) -> ImportReport:
    """Import monthly figures from CSV; every row is checked first and any bad row imports nothing.

    `units` limits the accounts a file may name (a scope); None means every unit.
    """
    report = ImportReport()
    rows = _read_rows(data, report)
    if report.errors:
        return report
    handles = {row[1].strip().lstrip("@").lower() for _n, row in rows if len(row) > 1}
    accounts_qs = SocialAccount.objects.annotate(handle_lower=Lower("handle")).filter(
        handle_lower__in=handles
    )
    if units is not None:
        accounts_qs = accounts_qs.filter(unit__in=units)
    accounts = {(a.platform, a.handle.lower()): a for a in accounts_qs}
    parsed, seen = [], {}
    for number, row in rows:
        if len(row) != len(IMPORT_HEADER):
            report.errors.append(
                (
                    number,
                    _("Jumlah kolom %(got)s, seharusnya %(want)s.")
                    % {"got": len(row), "want": len(IMPORT_HEADER)},
                )
            )
            continue
        platform_text, handle, month_text = (cell.strip() for cell in row[:3])
        problems = []
        platform = _platform(platform_text)
        account = accounts.get((platform, handle.lstrip("@").lower())) if platform else None
        if account is None:
            problems.append(
                _("akun %(platform)s @%(handle)s tidak dikenal")
                % {"platform": platform_text, "handle": handle.lstrip("@")}
            )
        month = _parse_month(month_text)
        if month is None:
            problems.append(
                _("bulan \u201c%(value)s\u201d harus ditulis TTTT-BB, misalnya 2024-03")
                % {"value": month_text}
            )
        values = {}
        for (column, attr), cell in zip(_NUMBER_COLUMNS, row[3:], strict=True):
            cell = cell.strip().replace(".", "")
            try:
                value = int(cell)
            except ValueError:
                problems.append(
                    _("%(column)s \u201c%(value)s\u201d bukan angka")
                    % {"column": column, "value": cell}
                )
                continue
            if value < 0:
                problems.append(_("%(column)s tidak boleh negatif") % {"column": column})
            values[attr] = value
        if account is not None and month is not None:
            key = (account.pk, month)
            if key in seen:
                problems.append(
                    _("bulan %(month)s untuk akun ini sudah ada di baris %(line)s")
                    % {"month": month.strftime("%Y-%m"), "line": seen[key]}
                )
            else:
                seen[key] = number
        if problems:
            reason = "; ".join(problems)
            report.errors.append((number, f"{reason[:1].upper()}{reason[1:]}."))
        else:
            parsed.append((account, month, values))
    if report.errors:
        return report
    existing = {
        (m.account_id, m.month): m
        for m in SocialMetric.objects.filter(
            account__in={account for account, _m, _v in parsed},
            month__in={month for _a, month, _v in parsed},
        )
    }
    to_create, to_update, now = [], [], timezone.now()
    for account, month, values in parsed:
        metric = existing.get((account.pk, month))
        if metric is None:
            to_create.append(SocialMetric(account=account, month=month, **values))
        else:
            for attr, value in values.items():
                setattr(metric, attr, value)
            metric.updated_at = now
            to_update.append(metric)
    SocialMetric.objects.bulk_create(to_create)
    SocialMetric.objects.bulk_update(to_update, ["followers", "posts", "engagement", "updated_at"])
    report.created, report.updated = len(to_create), len(to_update)
    return report
