"""Full-text search over live articles.

On PostgreSQL: the stored, GIN-indexed `search_vector` column made by migration 0004 (title
weighted A, summary B, body C, `indonesian` configuration), ranked, with ts_headline snippets.
The column is not a model field, because SQLite cannot have it; it is read through `RawSQL`,
which only ever runs on PostgreSQL. On SQLite: every word must appear in the title, summary or
body, newest first, with the summary as the snippet.
"""

import html

from django import forms
from django.db import connection
from django.db.models import F, Func, Q, TextField, Value
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from newsroom.models import Article
from upt.models import UPT, Region

# Control characters cannot occur in stored text, so they mark highlights safely through
# escaping; they become <mark> only after the snippet has been escaped.
START, STOP = "\x02", "\x03"


class SearchForm(forms.Form):
    """The search box and its filters; every field optional."""

    q = forms.CharField(label=_("Kata kunci"), max_length=200, required=False)
    unit = forms.ModelChoiceField(
        label=_("UPT"),
        queryset=UPT.objects.active().only("name", "slug"),
        to_field_name="slug",
        required=False,
        empty_label=_("Semua UPT"),
    )
    region = forms.ModelChoiceField(
        label=_("Wilayah"),
        queryset=Region.objects.only("name", "slug"),
        to_field_name="slug",
        required=False,
        empty_label=_("Semua wilayah"),
    )
    kind = forms.ChoiceField(
        label=_("Jenis"),
        choices=[("", _("Semua jenis")), *Article.Kind.choices],
        required=False,
    )
    dari = forms.DateField(
        label=_("Dari tanggal"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sampai = forms.DateField(
        label=_("Sampai tanggal"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        if data.get("dari") and data.get("sampai") and data["sampai"] < data["dari"]:
            self.add_error("sampai", _("Tanggal akhir tidak boleh sebelum tanggal awal."))
        return data

    def has_criteria(self):
        """True when the reader asked for something: words or at least one filter."""
        return self.is_valid() and any(self.cleaned_data.values())


# Up to FEW_MATCHES matches are all ranked by relevance; beyond, the newest RANKED_CANDIDATES.
FEW_MATCHES = 5000
RANKED_CANDIDATES = 300


def search(form):
    """Live articles matching a valid SearchForm, best first, each with a `snippet`."""
    data = form.cleaned_data
    qs = Article.objects.live().for_listing()
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
        return qs.annotate(snippet=F("summary"))
    if connection.vendor == "postgresql":
        return _postgres_search(qs, words)
    return _simple_search(qs, words)


def _postgres_search(qs, words):
    from django.contrib.postgres.search import (
        SearchHeadline,
        SearchQuery,
        SearchRank,
        SearchVectorField,
    )

    query = SearchQuery(words, config="indonesian", search_type="websearch")
    plain_body = Func(
        F("body"),
        Value("<[^>]+>"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )
    matching = qs.annotate(
        search=RawSQL('"newsroom_article"."search_vector"', [], output_field=SearchVectorField())
    ).filter(search=query)
    # Ranking every match of a common word costs seconds on a million articles, so only a
    # bounded set is ranked: every match when there are few (read unordered from the GIN
    # index), else the newest RANKED_CANDIDATES (a walk down the date index, short for a
    # common word). Ids are read as lists: the raw column reference above names the outer
    # table, so inside a subquery it would become correlated.
    probe = list(matching.order_by().values_list("pk", flat=True)[: FEW_MATCHES + 1])
    if len(probe) <= FEW_MATCHES:
        candidates = probe
    else:
        candidates = list(
            matching.order_by("-published_at", "-id").values_list("pk", flat=True)[
                :RANKED_CANDIDATES
            ]
        )
    return (
        matching.filter(pk__in=candidates)
        .annotate(
            rank=SearchRank(F("search"), query),
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
            ),
        )
        .order_by("-rank", "-published_at", "-id")
    )


def _simple_search(qs, words):
    for word in words.split()[:10]:
        qs = qs.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
        )
    return qs.annotate(snippet=F("summary"))


def highlight(snippet):
    """Escape a snippet and turn the search highlights into <mark> elements."""
    # The stored body is HTML, so its text carries entities (&amp;, &nbsp;): decode them first,
    # then escape once, so readers see "&" and not "&amp;amp;".
    text = escape(html.unescape(snippet or ""))
    return mark_safe(text.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308
