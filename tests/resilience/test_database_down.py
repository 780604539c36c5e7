"""While the database answers nothing, readers still get the pages the cache holds; every other
page is the Indonesian error page, and /readyz says why (README, "Ketahanan")."""

import pytest
from django.db import OperationalError, connection

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _refuse(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


def test_stored_pages_stay_up_and_the_rest_fail_honestly_while_the_database_is_down(client):
    article = ArticleFactory(live=True, title="Judul yang tersimpan")
    stored = ["/", article.get_absolute_url(), "/berita/"]
    for url in stored:
        assert client.get(url).status_code == 200
    client.raise_request_exception = False
    with connection.execute_wrapper(_refuse):
        for url in stored:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Judul yang tersimpan" in response.content.decode(), url
        fresh = client.get("/cari/?q=pembinaan")
        assert fresh.status_code == 500
        assert "Terjadi gangguan" in fresh.content.decode()
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["failed"] == ["database"]
