"""Every URL of the public map answers with demo content, and unknown or unpublished things 404."""

import io

import pytest
from django.core.management import call_command
from taggit.models import Tag

from newsroom.models import Article, Event, Reporter
from upt.models import UPT, Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    # Readers see the production error pages, not Django's debug pages.
    settings.DEBUG = False


def map_urls():
    article = Article.objects.live().first()
    unit = article.unit
    tag = Tag.objects.filter(slug="humas").first() or Tag.objects.first()
    return [
        "/",
        "/berita/",
        article.get_absolute_url(),
        "/upt/",
        "/upt/?wilayah=jawa-tengah&jenis=lapas",
        unit.get_absolute_url(),
        f"/wilayah/{unit.region.slug}/",
        f"/topik/{tag.slug}/",
        "/kegiatan/",
        Event.objects.first().get_absolute_url(),
        Reporter.objects.first().get_absolute_url(),
        "/cari/",
        "/cari/?q=pembinaan",
        "/cari/?q=zzzzyyyyxxxx",
        "/penghargaan/",
        "/feed/",
        f"/upt/{unit.slug}/feed/",
        f"/topik/{tag.slug}/feed/",
        "/sitemap.xml",
        "/sitemap-berita.xml",
        "/sitemap-google-news.xml",
        "/sitemap-upt.xml",
        "/sitemap-topik.xml",
        "/sitemap-kegiatan.xml",
        "/sitemap-wilayah.xml",
        "/sitemap-halaman.xml",
        "/robots.txt",
    ]


def test_every_url_of_the_map_answers_with_demo_content(client, demo):
    for url in map_urls():
        response = client.get(url)
        assert response.status_code == 200, url
    for article in Article.objects.live():
        assert client.get(article.get_absolute_url()).status_code == 200
    for unit in UPT.objects.all():
        assert client.get(unit.get_absolute_url()).status_code == 200
    for region in Region.objects.all()[:5]:
        assert client.get(region.get_absolute_url()).status_code == 200


UNKNOWN = [
    "/berita/2024/09/25/tidak-ada/",
    "/berita/2024/02/30/tanggal-mustahil/",
    "/berita/0000/13/00/tanggal-mustahil/",
    "/upt/tidak-ada/",
    "/upt/tidak-ada/feed/",
    "/wilayah/tidak-ada/",
    "/topik/tidak-ada/",
    "/topik/tidak-ada/feed/",
    "/kegiatan/tidak-ada/",
    "/penulis/tidak-ada/",
    "/berita/?page=999",
    "/berita/?page=abc",
    "/sitemap-tidak-ada.xml",
]


def test_unknown_things_answer_404_in_indonesian(client, demo):
    for url in UNKNOWN:
        response = client.get(url)
        assert response.status_code == 404, url
        if not url.endswith((".xml", "/feed/")):
            assert "Halaman tidak ditemukan" in response.content.decode(), url


def test_drafts_of_the_demo_answer_404(client, demo):
    drafts = Article.objects.exclude(status=Article.Status.PUBLISHED)
    assert drafts.exists()
    for draft in drafts:
        assert client.get(draft.get_absolute_url()).status_code == 404


def test_server_error_page_is_in_indonesian(client, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert 'lang="id"' in html
    assert "Terjadi gangguan" in html
