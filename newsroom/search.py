"""Full-text search over live articles.

On PostgreSQL: the stored, GIN-indexed `search_vector` column made by migration 0004 (title
weighted A, summary B, body C, `indonesian` configuration), ranked, with ts_headline snippets.
The column is not a model field, because SQLite cannot have it; it is read through `RawSQL`,
which only ever runs on PostgreSQL. On SQLite: every word must appear in the title, summary or
body, ranked by where (title above summary above body), then newest, with the summary as the
snippet.
"""

import html
import json
import re
from datetime import timedelta

from django import forms
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import connection
from django.db.models import Case, F, Func, Lookup, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from newsroom.models import Article
from upt.models import UPT, Region

# Control characters cannot occur in stored text, so they mark highlights safely through
# escaping; they become <mark> only after the snippet has been escaped.
START, STOP = "\x02", "\x03"


class PlainSelect(forms.Select):
    """A <select> whose options are one loop of one template, not one template per option.

    The unit filter offers every active unit (600 of them): Django's per-option templates
    took most of the search page's time. The markup is
    newsroom/templates/newsroom/widgets/plain_select.html.
    """

    template_name = "newsroom/widgets/plain_select.html"

    def get_context(self, name, value, attrs):
        # Widget's context, without ChoiceWidget's per-option dictionaries.
        context = forms.Widget.get_context(self, name, value, attrs)
        context["widget"]["chosen"] = {str(v) for v in self.format_value(value)}
        context["widget"]["plain_choices"] = [(str(k), str(v)) for k, v in self.choices]
        return context


class SlugChoices(BaseChoiceIterator):
    """The empty choice, then (slug, name) of each row, read only when iterated."""

    def __init__(self, field):
        self.field = field

    def __iter__(self):
        yield ("", self.field.empty_label)
        offered = self.field.queryset if self.field.offered is None else self.field.offered
        yield from offered.values_list("slug", "name")


class SlugChoiceField(forms.ModelChoiceField):
    """Chooses a row by slug; its options are read as (slug, name) pairs, not as models."""

    widget = PlainSelect

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", **kwargs)
        # The rows listed as options when fewer than all of `queryset` (which still validates).
        self.offered = None

    def _get_choices(self):
        return SlugChoices(self)

    choices = property(_get_choices, forms.ChoiceField.choices.fset)


class SearchForm(forms.Form):
    """The search box and its filters; every field optional."""

    q = forms.CharField(label=_("Kata kunci"), max_length=200, required=False)
    region = SlugChoiceField(
        label=_("Wilayah"),
        queryset=Region.objects.order_by("name"),
        required=False,
        empty_label=_("Semua wilayah"),
    )
    unit = SlugChoiceField(
        label=_("UPT"),
        queryset=UPT.objects.active().order_by("name"),
        required=False,
        empty_label=_("Semua UPT"),
        help_text=_("Pilih wilayah lalu tekan Cari untuk memilih salah satu UPT-nya."),
    )
    kind = forms.ChoiceField(
        label=_("Jenis"),
        choices=[("", _("Semua jenis")), *Article.Kind.choices],
        required=False,
        widget=PlainSelect,
    )
    dari = forms.DateField(
        label=_("Dari tanggal"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sampai = forms.DateField(
        label=_("Sampai tanggal"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Six hundred units in one list weigh 40 KB on a phone: the list offers the units of
        # the chosen region (or of the chosen unit's region), about sixteen.
        units = self.fields["unit"]
        region, unit = self.data.get("region"), self.data.get("unit")
        if region:
            # With the chosen unit, so that a unit from another region stays selected.
            units.offered = units.queryset.filter(Q(region__slug=region) | Q(slug=unit or ""))
        elif unit:
            units.offered = units.queryset.filter(region__units__slug=unit)
        else:
            units.offered = units.queryset.none()

    def clean(self):
        data = super().clean()
        if data.get("region") and data.get("unit") and data["unit"].region_id != data["region"].pk:
            self.add_error("unit", _("UPT ini tidak berada di wilayah yang dipilih."))
        if data.get("dari") and data.get("sampai") and data["sampai"] < data["dari"]:
            self.add_error("sampai", _("Tanggal akhir tidak boleh sebelum tanggal awal."))
        return data

    FILTERS = ("region", "unit", "kind", "dari", "sampai")

    def filter_fields(self):
        """The bound fields that narrow the search (all but the words)."""
        return [self[name] for name in self.FILTERS]

    def filters_used(self):
        """How many filters the reader set, or that came back with an error (to unfold them)."""
        if not self.is_bound:
            return 0
        return sum(1 for name in self.FILTERS if self.data.get(name) or self.errors.get(name))

    def has_criteria(self):
        """True when the reader asked for something: words or at least one filter."""
        return self.is_valid() and any(self.cleaned_data.values())


# Only the newest RANKED_CANDIDATES matches are ranked by relevance: ranking every match of a
# common word means reading a million stored vectors. How those newest matches are found
# depends on how common the words are (the planner's estimate against the table's size):
# above COMMON_SHARE, walking the date index from the newest article meets them at once;
# below it, the GIN index gives the matches of the last FIRST_WINDOW_DAYS first, widening once
# (at the rate just seen, or to all of time) while fewer than RANKED_CANDIDATES turn up.
RANKED_CANDIDATES = 200
COMMON_SHARE = 0.05
FIRST_WINDOW_DAYS = 30
SNIPPET_SOURCE = 1500


def search(form, base=None):
    """Live articles matching a valid SearchForm: (ranked, rows) for `paginate`.

    `ranked` orders the matches best first; `rows` reads a page of them, each with a `snippet`.
    `base` (default: every live article) narrows the articles searched, as the API's filters do.
    """
    data = form.cleaned_data
    qs = Article.objects.live() if base is None else base
    if data.get("unit"):
        qs = qs.filter(unit=data["unit"])
    if data.get("region"):
        qs = qs.filter(unit__region=data["region"])
    if data.get("kind"):
        qs = qs.filter(kind=data["kind"])
    if data.get("dari"):
        qs = qs.filter(publication_date__gte=data["dari"])
    if data.get("sampai"):
        qs = qs.filter(publication_date__lte=data["sampai"])
    words = (data.get("q") or "").strip()
    if not words:
        listed = qs.for_listing().annotate(snippet=F("summary"))
        return listed, listed
    if connection.vendor == "postgresql":
        return _postgres_search(qs, words)
    listed = _simple_search(qs.for_listing(), words)
    return listed, listed


def _postgres_search(qs, words):
    query = SearchQuery(words, config="indonesian", search_type="websearch")
    vector = RawSQL('"newsroom_article"."search_vector"', [], output_field=SearchVectorField())
    matching = qs.annotate(search=vector).filter(search=query).order_by()
    candidates = _newest_matches(matching)
    # The candidates are known to match: ranking and reading them goes by primary key, never
    # through the search index again. Ids are passed as lists because the raw column reference
    # names the outer table, so inside a subquery it would become correlated.
    ranked = (
        Article.objects.filter(AnyOf(F("pk"), candidates))
        .annotate(rank=SearchRank(vector, query))
        .order_by("-rank", "-published_at", "-id")
    )
    # The snippet comes from the body's first SNIPPET_SOURCE characters: ts_headline parses all
    # the text it is given, about 1 ms per whole article, fifteen times a page.
    plain_body = Func(
        Func(F("body"), Value(SNIPPET_SOURCE), function="left", output_field=TextField()),
        Value("<[^>]*(>|$)"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )
    rows = Article.objects.for_listing().annotate(
        snippet=SearchHeadline(
            plain_body,
            query,
            config="indonesian",
            start_sel=START,
            stop_sel=STOP,
            max_words=35,
            min_words=15,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
    )
    return ranked, rows


class AnyOf(Lookup):
    """`column = ANY(%s)` with the ids as one array parameter (PostgreSQL only).

    The same plan as `IN (...)`, without Django preparing two hundred parameters one by one.
    """

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, [int(pk) for pk in self.rhs]]


def _newest_matches(matching):
    """Ids of the newest RANKED_CANDIDATES matches, in three to five queries whatever the data."""
    if _share_of_table(matching) >= COMMON_SHARE:
        # Most articles match: the date index walk meets the newest of them almost at once.
        newest = matching.order_by("-published_at", "-id").values_list("pk", flat=True)
        return list(newest[:RANKED_CANDIDATES])
    now = timezone.now()

    # Ordered by an expression the date index cannot serve, so the planner combines the GIN
    # index with the date range and sorts the few matches, instead of walking the date index
    # and reading every article's vector on the way.
    unindexed_date = Coalesce("published_at", "created_at")

    def newest_since(days):
        recent = matching.filter(published_at__gte=now - timedelta(days=days)) if days else matching
        newest = recent.order_by(unindexed_date.desc(), "-id").values_list("pk", flat=True)
        return list(newest[:RANKED_CANDIDATES])

    found = newest_since(FIRST_WINDOW_DAYS)
    if len(found) < RANKED_CANDIDATES:
        # Widen once to where about half as many again should turn up at the rate just seen; a
        # window of a year or more costs more through the date index than reading every match.
        days = FIRST_WINDOW_DAYS * RANKED_CANDIDATES * 3 // (2 * len(found)) if found else None
        found = newest_since(days if days and days < 365 else None)
        if days and days < 365 and len(found) < RANKED_CANDIDATES:
            found = newest_since(None)
    return found


def _share_of_table(matching):
    """The planner's estimate of the share of articles matching (reliable for common words)."""
    plan = json.loads(matching.values("pk").explain(format="json"))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [Article._meta.db_table]
        )
        (rows,) = cursor.fetchone()
    return plan[0]["Plan"]["Plan Rows"] / max(rows, 1)


# On SQLite: a word in the title weighs most, then in the summary, then in the body only.
TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 4, 2, 1


def _simple_search(qs, words):
    """Articles holding every word somewhere, ranked by where the words stand, then newest."""
    rank = Value(0)
    for word in words.split()[:10]:
        qs = qs.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
        )
        rank = rank + Case(
            When(title__icontains=word, then=Value(TITLE_WEIGHT)),
            When(summary__icontains=word, then=Value(SUMMARY_WEIGHT)),
            default=Value(BODY_WEIGHT),
        )
    return qs.annotate(snippet=F("summary"), rank=rank).order_by("-rank", "-published_at", "-id")


# Results are counted up to this many (fewer than the ranked candidates on PostgreSQL, so a
# full candidate list reads as "more than"); beyond it the page says "lebih dari".
COUNT_CAP = 100


def count_results(ranked):
    """(how many matched, up to COUNT_CAP; True when there are more) without counting them all."""
    found = ranked.order_by().values("pk")[: COUNT_CAP + 1].count()
    return min(found, COUNT_CAP), found > COUNT_CAP


def highlight(snippet):
    """A snippet as [(text, matched), ...]: its highlights marked, its entities decoded.

    The stored body is HTML, so its text carries entities (&amp;, &nbsp;): they are decoded
    here, and the template escapes the text once, so readers see "&" and not "&amp;amp;".
    """
    parts = re.split(f"([{START}{STOP}])", html.unescape(snippet or ""))
    spans, matched = [], False
    for part in parts:
        if part in (START, STOP):
            matched = part == START
        elif part:
            spans.append((part, matched))
    return spans
