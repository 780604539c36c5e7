"""Page views are counted on our server: cached pages too, bots and refreshes not, no cookie."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom import pageviews
from newsroom.models import PageView
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 Chrome/131.0 Mobile"


def read(client, article, address="10.0.0.1", agent=BROWSER, **headers):
    return client.get(
        article.get_absolute_url(), REMOTE_ADDR=address, HTTP_USER_AGENT=agent, **headers
    )


def views_of(article):
    pageviews.flush()
    return sum(PageView.objects.filter(article=article).values_list("views", flat=True))


@pytest.fixture
def article():
    return ArticleFactory(live=True, title="Pameran karya warga binaan")


def test_each_reader_counts_once_in_one_row_per_day(client, article):
    for n in range(3):
        read(client, article, address=f"10.0.0.{n}")
    assert views_of(article) == 3
    row = PageView.objects.get(article=article)
    assert row.day == timezone.localdate() and row.views == 3


def test_a_view_served_from_the_page_cache_is_counted(client, article, django_assert_num_queries):
    read(client, article, address="10.0.0.1")
    with django_assert_num_queries(0):
        response = read(client, article, address="10.0.0.2")
    assert "Pameran karya warga binaan" in response.content.decode()
    assert views_of(article) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0",
        "python-requests/2.32.3",
        "",
    ],
)
def test_bots_and_link_previews_are_not_counted(client, article, agent):
    assert read(client, article, agent=agent).status_code == 200
    assert views_of(article) == 0


def test_a_refresh_by_the_same_reader_is_not_counted_again(client, article):
    for _ in range(4):
        read(client, article)
    assert views_of(article) == 1


def test_a_prefetch_is_not_a_view(client, article):
    read(client, article, HTTP_SEC_PURPOSE="prefetch")
    assert views_of(article) == 0


def test_other_pages_and_missing_articles_count_nothing(client, article):
    client.get(reverse("home"), HTTP_USER_AGENT=BROWSER)
    client.get("/berita/2024/09/25/tidak-ada/", HTTP_USER_AGENT=BROWSER)
    pageviews.flush()
    assert not PageView.objects.exists()


def test_counting_sets_no_cookie_and_loads_no_outside_script(client, article):
    response = read(client, article)
    assert not response.cookies
    page = response.content.decode()
    assert "<script" not in page.replace('<script src="/static/', "").replace(
        '<script type="application/ld+json">', ""
    )


def test_views_of_different_days_are_kept_apart(client, article):
    read(client, article)
    pageviews.flush()
    PageView.objects.filter(article=article).update(day=timezone.localdate() - timedelta(days=1))
    read(client, article, address="10.0.0.9")
    pageviews.flush()
    assert PageView.objects.filter(article=article).count() == 2


def test_counting_off_counts_nothing(client, article, settings):
    settings.PAGEVIEWS_ENABLED = False
    read(client, article)
    assert views_of(article) == 0
