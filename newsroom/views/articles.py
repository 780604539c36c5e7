"""Home, news archive and article pages."""

import datetime
import hashlib
from functools import cache

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from newsroom.cache import cached_public_page, depends_on, depends_only_on, last_modified_header
from newsroom.models import Article, Event
from newsroom.page_scopes import article_scopes
from newsroom.pagination import paginate_newest
from newsroom.reach import most_read
from newsroom.share_card import share_picture
from newsroom.structured_data import absolute, article_json_ld, share_links, video_embed

REGION_BLOCKS = 6
PER_REGION = 3
# The home page groups only recent news by region, so its cost does not grow with the archive.
REGION_WINDOW = 150


def regions_with_news(live):
    """The newest live articles grouped by region, newest region first: [(region, [articles])].

    The window of recent articles is read as bare (id, region) pairs; only the articles shown
    are then fetched whole, with their photos.
    """
    chosen = {}
    for pk, region_id in live.values_list("pk", "unit__region_id")[:REGION_WINDOW]:
        if region_id not in chosen:
            if len(chosen) == REGION_BLOCKS:
                continue
            chosen[region_id] = []
        if len(chosen[region_id]) < PER_REGION:
            chosen[region_id].append(pk)
    ids = [pk for pks in chosen.values() for pk in pks]
    blocks_of = live.select_related("unit__region").for_listing(
        "unit__region__name", "unit__region__slug"
    )
    articles = {a.pk: a for a in blocks_of.filter(pk__in=ids)}
    blocks = []
    for pks in chosen.values():
        shown = [articles[pk] for pk in pks if pk in articles]
        if shown:
            blocks.append((shown[0].unit.region, shown))
    return blocks


# The home page's grid: the stories after the lead, in rows of three on a desktop.
GRID_STORIES = 9


@cached_public_page
def home(request):
    live = Article.objects.live()
    featured = list(live.for_listing().filter(is_featured=True)[:3])
    latest = list(live.for_listing().exclude(pk__in=[a.pk for a in featured])[: GRID_STORIES + 1])
    stories = featured + latest
    # The lead story: the first featured one, else the newest with a photo, else the newest.
    lead = next((a for a in featured), None) or next(
        (a for a in stories if a.lead_photo_id), stories[0] if stories else None
    )
    context = {
        "lead_story": lead,
        "stories": [a for a in stories if a is not lead][:GRID_STORIES],
        "regions": regions_with_news(live),
        "popular": most_read(),
        "upcoming_events": list(
            Event.objects.upcoming(timezone.now()).select_related("organiser")[:4]
        ),
        "canonical_url": absolute("/"),
    }
    return render(request, "newsroom/home.html", context)


KINDS = dict(Article.Kind.choices)


@cached_public_page
def archive(request):
    """All news, or one kind of it (?jenis=siaran-pers), newest first."""
    articles = Article.objects.live().for_listing()
    kind = request.GET.get("jenis", "")
    if kind in KINDS:
        articles = articles.filter(kind=kind)
    else:
        kind = ""
    page = paginate_newest(request, articles)
    return render(
        request,
        "newsroom/article_list.html",
        {
            "page_obj": page,
            "kind": kind,
            "kind_label": KINDS.get(kind, ""),
            "canonical_url": absolute(f"{request.path}?jenis={kind}" if kind else request.path),
        },
    )


# Article fields its page does not show, left out of its blocks' key.
UNSHOWN = {"body", "search_vector"}


def _fields(row):
    return [getattr(row, f.attname) for f in row._meta.concrete_fields if f.name not in UNSHOWN]


def article_stamp(article, tags):
    """Everything an article page's cached blocks show, as the key they are kept under.

    The article's fields (its body by updated_at), the rows read with it (unit, region,
    reporter, event, lead photo), its tags, and `page_version`, which counts the
    changes of its gallery and correction notes (newsroom/invalidation.py).
    """
    related = [article.unit, article.unit.region, article.reporter, article.event,
               article.lead_photo]  # fmt: skip
    shown = [
        _fields(article),
        *(_fields(row) if row is not None else None for row in related),
        [(tag.pk, tag.name, tag.slug) for tag in tags],
    ]
    # Digested once: each of the three blocks' keys would otherwise hash all of it again.
    return hashlib.md5(repr(shown).encode(), usedforsecurity=False).hexdigest()


def article_context(article, tags=None, related=None):
    """Everything the article template needs, for the public page and the editors' preview.

    What only the cached blocks read (gallery, notes, share picture, JSON-LD, related) is
    computed when a template first reads it: a page whose blocks come from the cache asks for
    none of it but its related articles.
    """
    tags = list(article.tags.all()) if tags is None else tags
    url = absolute(article.get_absolute_url())
    coverage = article.kind == Article.Kind.LIPUTAN_MEDIA and article.source_url

    @cache
    def corrections():
        # Only an article with notes asks for them (revised_at is set with the first one).
        return list(article.corrections.all()) if article.revised_at else []

    picture = cache(lambda: share_picture(article))
    return {
        "article": article,
        "tags": tags,
        "corrections": corrections,
        "gallery": cache(lambda: list(article.gallery_items.select_related("photo"))),
        "related": related
        if related is not None
        else cache(
            lambda: Article.objects.live().for_listing().related_to(article, [t.pk for t in tags])
        ),
        "page_url": url,
        # Republished coverage points search engines at the outlet that wrote it.
        "canonical_url": article.source_url if coverage else url,
        "share_links": share_links(article.title, url),
        "video": cache(lambda: video_embed(article.video_url)),
        "share_picture": picture,
        "json_ld": cache(lambda: article_json_ld(article, tags, url, corrections(), picture())),
        "stamp": article_stamp(article, tags),
    }


@cached_public_page(scoped=True)
def article_detail(request, year, month, day, slug):
    try:
        published_on = datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise Http404("Tanggal tidak ada.") from None
    # One probe of the unique (publication_date, slug) index; year/month/day lookups would
    # scan the whole year's entries for the slug.
    article = get_object_or_404(
        Article.objects.live().for_detail(), publication_date=published_on, slug=slug
    )
    tags = list(article.tags.all())
    tag_ids = [tag.pk for tag in tags]
    # Its related articles come from its unit, event and tags: a publish elsewhere keeps it.
    # The tokens are read before the related articles, then narrowed to the sources looked up.
    depends_on(request, article_scopes(article, tag_ids))
    consulted = []
    related = Article.objects.live().for_listing().related_to(article, tag_ids, consulted=consulted)
    depends_only_on(request, article_scopes(article, tag_ids, consulted))
    context = article_context(article, tags, related)
    response = render(request, "newsroom/article_detail.html", context)
    response.headers["Last-Modified"] = last_modified_header(
        max(article.updated_at, article.revised_at or article.updated_at)
    )
    return response
