"""Links people shared to the old WordPress site answer 301 with the article's new address."""

import pytest

from newsroom.models import ImportedItem, LegacyRedirect
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(run_import):
    run_import()
    return {i.wp_id: i.article for i in ImportedItem.objects.filter(kind="post")}


def test_old_permalink_redirects_permanently_to_the_new_article(client, imported):
    response = client.get("/2024/09/25/kalapas-hadiri-rapat-teknis-humas/")
    assert response.status_code == 301
    assert response["Location"] == "/berita/2024/09/25/kalapas-hadiri-rapat-teknis-humas/"
    assert client.get(response["Location"]).status_code == 200


def test_old_permalink_without_its_trailing_slash_redirects_too(client, imported):
    response = client.get("/2024/08/17/batik-lapas")
    assert response.status_code == 301
    assert response["Location"] == imported[11].get_absolute_url()


def test_old_address_of_an_article_not_yet_live_stays_not_found(client, imported):
    assert LegacyRedirect.objects.filter(article=imported[13]).exists()
    assert client.get("/2030/04/27/upacara-hari-bakti/").status_code == 404


def test_unknown_old_address_stays_not_found(client, imported):
    assert client.get("/2024/01/01/tidak-pernah-ada/").status_code == 404


def test_an_ambiguous_path_from_two_old_sites_follows_the_requested_host(client, db, settings):
    settings.ALLOWED_HOSTS = ["*"]
    first = ArticleFactory(live=True)
    second = ArticleFactory(live=True)
    LegacyRedirect.objects.create(old_host="lapas-a.example", old_path="/berita/x/", article=first)
    LegacyRedirect.objects.create(old_host="lapas-b.example", old_path="/berita/x/", article=second)
    assert client.get("/berita/x/").status_code == 404
    response = client.get("/berita/x/", HTTP_HOST="www.lapas-b.example")
    assert response["Location"] == second.get_absolute_url()


@pytest.mark.parametrize("count", [1, 30])
def test_redirect_costs_the_same_queries_however_many_old_addresses(
    client, db, count, django_assert_max_num_queries
):
    articles = [ArticleFactory(live=True) for _ in range(count)]
    LegacyRedirect.objects.bulk_create(
        LegacyRedirect(old_host="lapas.example", old_path=f"/lama/{i}/", article=a)
        for i, a in enumerate(articles)
    )
    # The 404 page behind the redirect lists the regions in its masthead: one query per cache
    # generation, paid here once so the budget below is the redirect's own.
    assert client.get("/tidak-ada/").status_code == 404
    with django_assert_max_num_queries(1):
        response = client.get("/lama/0/")
    assert response.status_code == 301
