"""A site mounted under a path (SCRIPT_NAME /warta) links under it, in feeds and sitemaps too."""

from io import BytesIO
from urllib.parse import urlsplit
from xml.etree import ElementTree

import feedparser
import pytest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.urls import clear_script_prefix

from tests.factories import ArticleFactory, EventFactory

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PREFIX = "/warta"


@pytest.fixture
def mounted(settings):
    """GET through Django's own WSGI handler, as gunicorn calls it under SCRIPT_NAME=/warta."""
    settings.SITE_URL = "https://warta.example.go.id"
    application = get_wsgi_application()
    # The handler closes the database connection after each request, which on PostgreSQL would
    # end the test's transaction; Django's test client keeps it open the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)

    def get(path, query="", script_name=PREFIX):
        status = []
        environ = {
            "REQUEST_METHOD": "GET",
            "SCRIPT_NAME": script_name,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "HTTP_HOST": "testserver",
            "wsgi.url_scheme": "http",
            "wsgi.input": BytesIO(),
            "wsgi.errors": BytesIO(),
        }
        body = b"".join(application(environ, lambda code, headers: status.append(code)))
        assert status == ["200 OK"], (path, status)
        return body

    yield get
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    # The handler leaves the prefix set for this thread, as it would for the next request.
    clear_script_prefix()


@pytest.fixture
def content():
    article = ArticleFactory(live=True, title="Panen sayur", tags=["Pertanian"])
    EventFactory(slug="rapat-teknis")
    return article


def paths(urls):
    return [urlsplit(url).path for url in urls]


def article_path(article):
    return f"{PREFIX}/berita/{article.publication_date:%Y/%m/%d}/{article.slug}/"


def test_feeds_link_under_the_prefix(mounted, content):
    for feed_path in ["/feed/", f"/upt/{content.unit.slug}/feed/", "/topik/pertanian/feed/"]:
        feed = feedparser.parse(mounted(feed_path))
        assert not feed.bozo, feed.get("bozo_exception")
        assert urlsplit(feed.feed.link).path.startswith(f"{PREFIX}/"), feed_path
        assert paths(entry.link for entry in feed.entries) == [article_path(content)]
    assert urlsplit(feedparser.parse(mounted("/feed/")).feed.link).path == f"{PREFIX}/"
    topic = feedparser.parse(mounted("/topik/pertanian/feed/"))
    assert urlsplit(topic.feed.link).path == f"{PREFIX}/topik/pertanian/"


def sitemap_locations(body):
    root = ElementTree.fromstring(body)  # noqa: S314 - our own answer
    return [loc.text for loc in root.iter(f"{SM}loc")]


def test_sitemaps_and_robots_txt_name_addresses_under_the_prefix(mounted, content):
    sections = sitemap_locations(mounted("/sitemap.xml"))
    assert sections and all(path.startswith(f"{PREFIX}/sitemap-") for path in paths(sections))
    listed = []
    for section in sections:
        parts = urlsplit(section)
        listed += sitemap_locations(mounted(parts.path.removeprefix(PREFIX), parts.query))
    for path in [
        article_path(content),
        f"{PREFIX}/upt/{content.unit.slug}/",
        f"{PREFIX}/topik/pertanian/",
        f"{PREFIX}/kegiatan/rapat-teknis/",
        f"{PREFIX}/",
    ]:
        assert path in paths(listed), path
    assert all(path.startswith(f"{PREFIX}/") for path in paths(listed))
    robots = mounted("/robots.txt").decode()
    assert f"Sitemap: https://warta.example.go.id{PREFIX}/sitemap.xml" in robots


def test_cards_cached_for_the_site_at_the_root_are_not_served_under_the_prefix(mounted, content):
    # Through the same handler both times: the test client would reconnect the handler's
    # closing of database connections.
    at_the_root = mounted("/berita/", script_name="").decode()
    assert f'href="{article_path(content).removeprefix(PREFIX)}"' in at_the_root

    mounted_list = mounted("/berita/").decode()

    assert f'href="{article_path(content)}"' in mounted_list
