"""Topic, event, reporter and search pages."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from taggit.models import Tag

from newsroom import search as site_search
from newsroom.cache import cached_public_page
from newsroom.models import Article, Event, Reporter
from newsroom.pagination import paginate, paginate_newest
from newsroom.structured_data import absolute


@cached_public_page
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = paginate_newest(request, Article.objects.live().for_listing().tagged(tag))
    return render(
        request,
        "newsroom/tag_detail.html",
        {"tag": tag, "page_obj": page, "canonical_url": absolute(request.path)},
    )


@cached_public_page
def event_list(request):
    now = timezone.now()
    page = paginate(
        request,
        Event.objects.past(now).select_related("organiser", "cover_photo"),
    )
    upcoming = Event.objects.upcoming(now).select_related("organiser", "cover_photo")
    return render(
        request,
        "newsroom/event_list.html",
        {
            # Upcoming events are few; they head the first page only.
            "upcoming": list(upcoming[:20]) if page.number == 1 else [],
            "page_obj": page,
            "canonical_url": absolute(request.path),
        },
    )


@cached_public_page
def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.select_related("organiser", "cover_photo"),
        slug=slug,
    )
    page = paginate_newest(request, Article.objects.live().for_listing().filter(event=event))
    return render(
        request,
        "newsroom/event_detail.html",
        {"event": event, "page_obj": page, "canonical_url": absolute(request.path)},
    )


@cached_public_page
def reporter_detail(request, slug):
    reporter = get_object_or_404(Reporter.objects.select_related("unit"), slug=slug)
    page = paginate_newest(request, Article.objects.live().for_listing().filter(reporter=reporter))
    return render(
        request,
        "newsroom/reporter_detail.html",
        {"reporter": reporter, "page_obj": page, "canonical_url": absolute(request.path)},
    )


@cached_public_page
def search(request):
    form = site_search.SearchForm(request.GET or None)
    page, count, more = None, 0, False
    if form.has_criteria():
        ranked, rows = site_search.search(form)
        page = paginate(request, ranked, per_page=15, rows=rows)
        count, more = site_search.count_results(ranked)
    return render(
        request,
        "newsroom/search.html",
        {
            "form": form,
            "page_obj": page,
            "query": request.GET.get("q", "").strip(),
            "result_count": count,
            "more_results": more,
            "filters_used": form.filters_used(),
        },
    )
