"""Flows that span several models: an edition's standings and results, the metrics import.

Standings are computed live from the newsroom's own data; announcing an edition freezes them into
Result rows, so later corrections to articles or figures never change what was announced.
"""

import csv
import io
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import Avg, Count, Max
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from newsroom.models import Article
from upt.models import UPT, SocialAccount, SocialPlatform

from .models import Category, CrisisCase, Edition, Nomination, Result, SocialMetric
from .models.results import PODIUM_SIZE

Code = Category.Code


@dataclass
class Standing:
    """One unit's line in a category: its rank (None when not ranked) and the figures behind it."""

    unit: UPT
    rank: int | None
    figure: str
    metric: float | None = None
    jury_score: Decimal | None = None
    nominated: bool = False
    details: list[tuple[str, str]] = field(default_factory=list)
    bar: float = 0.0
    chart_value: str = ""


@dataclass
class CategoryStandings:
    """A category's standings, best first."""

    category: Category
    rows: list[Standing]

    @property
    def ranked(self):
        """The rows that hold a rank."""
        return [row for row in self.rows if row.rank is not None]


def format_minutes(minutes: float | None) -> str:
    """A duration in minutes as people read it: "2 jam 5 menit", "45 menit"."""
    if minutes is None:
        return "–"
    minutes = round(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)s hari") % {"n": days})
    if hours:
        parts.append(_("%(n)s jam") % {"n": hours})
    if mins or not parts:
        parts.append(_("%(n)s menit") % {"n": mins})
    return " ".join(parts)


def _number(value) -> str:
    return number_format(value, force_grouping=True)


def _article_counts(edition: Edition, **filters):
    start, end = edition.period_bounds
    # live() is the one definition of public: a scheduled article counts only once it is out.
    return (
        Article.objects.live()
        .filter(published_at__gte=start, published_at__lt=end, **filters)
        .values("unit")
        .annotate(count=Count("id"), last=Max("published_at"))
    )


def _count_standings(category, counts, units, noun):
    ordered = sorted(counts, key=lambda c: (-c["count"], c["last"], units[c["unit"]].name))
    top = ordered[0]["count"] if ordered else 0
    return CategoryStandings(
        category,
        [
            Standing(
                unit=units[c["unit"]],
                rank=rank,
                metric=c["count"],
                figure=f"{_number(c['count'])} {noun}",
                bar=100 * c["count"] / top if top else 0,
                chart_value=_number(c["count"]),
            )
            for rank, c in enumerate(ordered, start=1)
        ],
    )


def _rank_jury_rows(rows, metric_key):
    rows.sort(
        key=lambda r: (
            not r.nominated,
            r.jury_score is None,
            -(r.jury_score or 0),
            metric_key(r),
            r.unit.name,
        )
    )
    rank = 0
    for row in rows:
        if row.nominated:
            rank += 1
            row.rank = rank
        if row.jury_score is not None:
            row.bar = float(row.jury_score)
            row.chart_value = f"{row.jury_score}"
    return rows


def _mean_scores(edition: Edition):
    scored = (
        Nomination.objects.filter(edition=edition)
        .select_related("unit", "category")
        .annotate(mean=Avg("scores__score"))
    )
    by_category = defaultdict(dict)
    for nomination in scored:
        mean = None
        if nomination.mean is not None:
            mean = Decimal(str(nomination.mean)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        by_category[nomination.category.code][nomination.unit_id] = (nomination.unit, mean)
    return by_category


def _social_standings(category, edition, nominated):
    per_unit = {}
    latest_followers = {}
    for metric in SocialMetric.objects.in_period(edition).select_related("account__unit"):
        unit = metric.account.unit
        totals = per_unit.setdefault(unit.pk, {"unit": unit, "engagement": 0, "posts": 0})
        totals["engagement"] += metric.engagement
        totals["posts"] += metric.posts
        seen = latest_followers.get(metric.account_id)
        if seen is None or seen[0] < metric.month:
            latest_followers[metric.account_id] = (metric.month, metric.followers, unit.pk)
    followers = defaultdict(int)
    for _month, count, unit_id in latest_followers.values():
        followers[unit_id] += count
    for unit_id, (unit, _mean) in nominated.items():
        per_unit.setdefault(unit_id, {"unit": unit, "engagement": 0, "posts": 0})
    rows = [
        Standing(
            unit=totals["unit"],
            rank=None,
            metric=totals["engagement"],
            figure=_("%(n)s interaksi") % {"n": _number(totals["engagement"])},
            jury_score=nominated.get(unit_id, (None, None))[1],
            nominated=unit_id in nominated,
            details=[
                (_("Unggahan"), _number(totals["posts"])),
                (_("Pengikut (bulan terakhir)"), _number(followers[unit_id])),
            ],
        )
        for unit_id, totals in per_unit.items()
    ]
    return CategoryStandings(category, _rank_jury_rows(rows, lambda r: -r.metric))


def _crisis_standings(category, edition, nominated):
    cases = defaultdict(list)
    units = {}
    for case in CrisisCase.objects.in_period(edition).select_related("unit"):
        cases[case.unit_id].append(case.response_time.total_seconds() / 60)
        units[case.unit_id] = case.unit
    for unit_id, (unit, _mean) in nominated.items():
        units.setdefault(unit_id, unit)
    rows = []
    for unit_id, unit in units.items():
        minutes = statistics.median(cases[unit_id]) if cases[unit_id] else None
        rows.append(
            Standing(
                unit=unit,
                rank=None,
                metric=minutes,
                figure=_("median %(time)s") % {"time": format_minutes(minutes)},
                jury_score=nominated.get(unit_id, (None, None))[1],
                nominated=unit_id in nominated,
                details=[(_("Kasus"), _number(len(cases[unit_id])))],
            )
        )
    no_case = float("inf")
    return CategoryStandings(
        category, _rank_jury_rows(rows, lambda r: no_case if r.metric is None else r.metric)
    )


def compute_standings(*, edition: Edition) -> list[CategoryStandings]:
    """Live standings of every category of the edition, in a fixed number of queries."""
    categories = {c.code: c for c in Category.objects.all()}
    apa_kabar = list(_article_counts(edition, programme=Article.Programme.APA_KABAR))
    # Liputan media is outside media's work republished, not the unit's own news.
    website = list(_article_counts(edition).exclude(kind=Article.Kind.LIPUTAN_MEDIA))
    unit_ids = {c["unit"] for c in apa_kabar} | {c["unit"] for c in website}
    units = UPT.objects.in_bulk(unit_ids)
    nominated = _mean_scores(edition)
    standings = []
    if Code.APA_KABAR in categories:
        standings.append(
            _count_standings(categories[Code.APA_KABAR], apa_kabar, units, _("kontribusi"))
        )
    if Code.WEBSITE in categories:
        standings.append(_count_standings(categories[Code.WEBSITE], website, units, _("artikel")))
    if Code.SOCIAL_MEDIA in categories:
        standings.append(
            _social_standings(categories[Code.SOCIAL_MEDIA], edition, nominated[Code.SOCIAL_MEDIA])
        )
    if Code.CRISIS in categories:
        standings.append(
            _crisis_standings(categories[Code.CRISIS], edition, nominated[Code.CRISIS])
        )
    return standings


def _citation(edition: Edition, category: Category, row: Standing) -> str:
    period = _("periode %(start)s sampai %(end)s") % {
        "start": date_format(edition.period_start, "j F Y"),
        "end": date_format(edition.period_end, "j F Y"),
    }
    values = {
        "unit": row.unit.name,
        "figure": row.figure,
        "score": row.jury_score,
        "period": period,
    }
    if category.code == Code.APA_KABAR:
        text = _(
            "%(unit)s menyumbang %(figure)s untuk program Apa Kabar Pemasyarakatan pada %(period)s."
        )
    elif category.code == Code.WEBSITE:
        text = _("%(unit)s menerbitkan %(figure)s di situs Ditjenpas pada %(period)s.")
    elif category.code == Code.SOCIAL_MEDIA:
        text = _(
            "%(unit)s meraih rata-rata nilai juri %(score)s, dengan %(figure)s di akun media "
            "sosial resminya pada %(period)s."
        )
    else:
        text = _(
            "%(unit)s meraih rata-rata nilai juri %(score)s; pernyataan resmi pertamanya keluar "
            "dengan %(figure)s setelah krisis diketahui, pada %(period)s."
        )
    return text % values


@transaction.atomic
def announce_results(*, edition: Edition, by) -> list[Result]:
    """Close judging, freeze the current standings' podiums as Result rows, and publish them."""
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    edition.mark_announced(by=by)
    standings = compute_standings(edition=edition)
    Result.objects.filter(edition=edition).delete()
    results = [
        Result(
            edition=edition,
            category=block.category,
            unit=row.unit,
            rank=row.rank,
            figure=row.figure,
            jury_score=row.jury_score,
            citation=_citation(edition, block.category, row),
        )
        for block in standings
        for row in block.ranked[:PODIUM_SIZE]
    ]
    return Result.objects.bulk_create(results)


# CSV export -----------------------------------------------------------------------------------

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
        for row in block.rows:
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


# CSV import of monthly social-media figures ----------------------------------------------------

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
