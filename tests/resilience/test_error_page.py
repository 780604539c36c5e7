"""When a page fails, readers get the Indonesian error page, which claims nothing untrue."""

import logging

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_articles_table():
    """The database refuses every query on articles (the table is gone until the test ends)."""
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE newsroom_article RENAME TO newsroom_article_gone")


def test_a_failing_page_shows_the_error_page_and_the_error_is_logged(
    client, broken_articles_table, caplog
):
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/berita/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Terjadi gangguan" in html
    assert "tercatat di log server" in html
    # Nobody is told unless ADMINS is set and the mail goes out: the page does not say so.
    assert "diberi tahu" not in html
    assert any(r.levelno == logging.ERROR and r.status_code == 500 for r in caplog.records)
