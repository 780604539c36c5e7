"""Every public page runs the same number of SQL queries with 1 item as with 50."""

import pytest

from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    EventFactory,
    PhotoFactory,
    ReporterFactory,
    UPTFactory,
)
from upt.models import SocialAccount

pytestmark = pytest.mark.django_db

# One bound for every page and every size: a page that grows with its data fails here.
MAX_QUERIES = 12


@pytest.fixture(params=[1, 50], ids=["1-item", "50-items"])
def world(request):
    n = request.param
    reporter = ReporterFactory()
    unit = reporter.unit
    event = EventFactory()
    for i in range(n):
        SocialAccount.objects.create(
            unit=unit, platform="instagram", handle=f"humas{i}", url=f"https://instagram.com/h{i}"
        )
    # Other units in the same region, for the directory and region pages.
    UPTFactory.create_batch(n - 1, region=unit.region)
    EventFactory.create_batch(n - 1)
    articles = [
        ArticleFactory(
            live=True,
            unit=unit,
            reporter=reporter,
            event=event,
            is_featured=i < 3,
            title=f"Pembinaan warga binaan {i}",
            lead_photo=PhotoFactory(unit=unit),
            tags=[f"Topik {j}" for j in range(3)] if n == 1 else [f"Topik {i}", "Topik 0"],
        )
        for i in range(n)
    ]
    main = articles[0]
    for _ in range(n):
        ArticlePhotoFactory(article=main, photo=PhotoFactory(unit=unit))
    main.tags.add(*[f"Tambahan {i}" for i in range(n)])
    return {"article": main, "unit": unit, "event": event, "reporter": reporter}


def page_urls(world):
    unit, article = world["unit"], world["article"]
    return [
        "/",
        "/berita/",
        article.get_absolute_url(),
        "/upt/",
        f"/upt/?wilayah={unit.region.slug}",
        unit.get_absolute_url(),
        unit.region.get_absolute_url(),
        "/topik/topik-0/",
        "/kegiatan/",
        world["event"].get_absolute_url(),
        world["reporter"].get_absolute_url(),
        "/cari/?q=pembinaan",
        f"/cari/?q=binaan&region={unit.region.slug}&kind=berita&dari=2000-01-01",
        "/feed/",
        f"/upt/{unit.slug}/feed/",
        "/topik/topik-0/feed/",
        "/sitemap.xml",
        "/sitemap-berita.xml",
        "/sitemap-google-news.xml",
        "/sitemap-upt.xml",
        "/sitemap-topik.xml",
        "/sitemap-kegiatan.xml",
    ]


def test_every_page_has_a_fixed_query_count(client, world, django_assert_max_num_queries):
    for url in page_urls(world):
        with django_assert_max_num_queries(MAX_QUERIES, info=url):
            response = client.get(url)
        assert response.status_code == 200, url


def test_a_cached_page_runs_no_query(client, world, django_assert_num_queries):
    for url in page_urls(world):
        client.get(url)
        with django_assert_num_queries(0, info=url):
            assert client.get(url).status_code == 200
