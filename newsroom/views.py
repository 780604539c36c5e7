"""Public pages of the news site."""

from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Article


class HomeView(ListView):
    """The home page: the latest live articles, newest first."""

    template_name = "newsroom/home.html"
    context_object_name = "articles"
    paginate_by = 12

    def get_queryset(self):
        return Article.objects.live().for_listing()


class ArticleDetailView(DetailView):
    """One live article at /berita/<yyyy>/<mm>/<dd>/<slug>/."""

    template_name = "newsroom/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        k = self.kwargs
        return get_object_or_404(
            Article.objects.live().select_related(
                "unit", "unit__region", "reporter", "lead_photo", "event"
            ),
            publication_date__year=k["year"],
            publication_date__month=k["month"],
            publication_date__day=k["day"],
            slug=k["slug"],
        )

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        article = self.object
        ctx["gallery"] = article.gallery_items.select_related("photo")
        ctx["tags"] = article.tags.all()
        return ctx
