"""Every API response runs the same bounded number of queries with 1 item as with 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import Result
from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    EditionFactory,
    EventFactory,
    PhotoFactory,
    ReporterFactory,
    UPTFactory,
    award_category,
)
from upt.models import SocialAccount

pytestmark = pytest.mark.django_db

# One bound for every operation and every size: an answer that grows with its data fails here.
MAX_QUERIES = 9


@pytest.fixture(params=[1, 50], ids=["1-item", "50-items"])
def world(request):
    n = request.param
    reporter = ReporterFactory()
    unit = reporter.unit
    event = EventFactory(cover_photo=PhotoFactory())
    units = [unit, *UPTFactory.create_batch(n - 1, region=unit.region)]
    for i, other in enumerate(units):
        SocialAccount.objects.create(
            unit=other, platform="instagram", handle=f"humas{i}", url=f"https://instagram.com/{i}"
        )
    EventFactory.create_batch(n - 1, organiser=unit)
    ReporterFactory.create_batch(n - 1)
    articles = [
        ArticleFactory(
            live=True,
            unit=units[i],
            reporter=reporter,
            event=event,
            title=f"Pembinaan warga binaan {i}",
            lead_photo=PhotoFactory(unit=unit),
            tags=[f"Topik {i}", "Topik 0"],
        )
        for i in range(n)
    ]
    main = articles[0]
    for _ in range(n):
        ArticlePhotoFactory(article=main, photo=PhotoFactory(unit=unit))
    edition = EditionFactory(year=2024, status="announced")
    for i, other in enumerate(units):
        Result.objects.create(
            edition=edition,
            category=award_category("website"),
            unit=other,
            rank=i + 1,
            figure=str(n - i),
        )
    for year in range(2000, 2000 + n - 1):
        EditionFactory(year=year)
    return {"article": main, "unit": unit, "event": event, "reporter": reporter}


def api_paths(world):
    article, unit, date = world["article"], world["unit"], world["article"].publication_date
    return [
        "",
        "articles/?limit=100",
        f"articles/?limit=100&unit={unit.slug}&region={unit.region.slug}&topic=topik-0",
        f"articles/?limit=100&event={world['event'].slug}&reporter={world['reporter'].slug}",
        "articles/?limit=100&kind=berita&published_after=2000-01-01T00:00:00",
        "articles/?limit=100&q=pembinaan",
        f"articles/{article.pk}/",
        f"articles/{date:%Y}/{date:%m}/{date:%d}/{article.slug}/",
        "units/?limit=100",
        f"units/?limit=100&region={unit.region.slug}&type=lapas",
        f"units/{unit.slug}/",
        "regions/?limit=100",
        f"regions/{unit.region.slug}/",
        "events/?limit=100",
        f"events/{world['event'].slug}/",
        "reporters/?limit=100",
        f"reporters/{world['reporter'].slug}/",
        "topics/?limit=100",
        "topics/topik-0/",
        "award-editions/?limit=100",
        "award-editions/2024/",
        "award-editions/2024/results/",
    ]


def test_every_api_response_has_a_bounded_query_count(client, world, django_assert_max_num_queries):
    for path in api_paths(world):
        with django_assert_max_num_queries(MAX_QUERIES, info=path):
            response = client.get(f"/api/v1/{path}")
        assert response.status_code == 200, path
        if "?limit=100" in path and "&" not in path:
            assert len(response.json()["items"]) >= 1, path


def test_a_page_further_down_costs_what_the_first_costs(client, world):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            page = client.get(url).json()
        return len(captured), page["next"]

    client.get("/api/v1/")  # the page cache's once-per-generation look-up, out of the way
    first, url = queries("/api/v1/articles/?limit=1")
    while url:
        further, url = queries(url)
        assert further == first
