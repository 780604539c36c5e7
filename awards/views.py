"""Public awards pages: every edition, and one edition's winners and runners-up."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Category, Edition, Result


class EditionListView(ListView):
    """Every edition, newest first, with the winners of the announced ones."""

    template_name = "awards/edition_list.html"
    context_object_name = "editions"

    def get_queryset(self):
        winners = Result.objects.winners().select_related("category", "unit")
        return Edition.objects.select_related("ceremony_event").prefetch_related(
            Prefetch("results", queryset=winners, to_attr="winners")
        )


class EditionDetailView(DetailView):
    """One edition: per category, the ranking rule, and once announced its podium."""

    template_name = "awards/edition_detail.html"
    context_object_name = "edition"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Edition.objects.select_related("ceremony_event"), year=self.kwargs["year"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = []
        if self.object.is_announced:
            results = list(self.object.results.select_related("unit", "unit__region"))
        context["categories"] = [
            {
                "category": category,
                "results": [r for r in results if r.category_id == category.pk],
            }
            for category in Category.objects.all()
        ]
        return context
