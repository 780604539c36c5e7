"""Public awards pages."""

from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Edition


class EditionListView(ListView):
    """Every edition, newest first."""

    template_name = "awards/edition_list.html"
    context_object_name = "editions"

    def get_queryset(self):
        return Edition.objects.select_related("ceremony_event")


class EditionDetailView(DetailView):
    """One edition's page."""

    template_name = "awards/edition_detail.html"
    context_object_name = "edition"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Edition.objects.select_related("ceremony_event"), year=self.kwargs["year"]
        )
