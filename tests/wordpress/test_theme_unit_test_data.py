"""WordPress's own theme unit test data imports, and every article and topic page answers 200.

The export is WordPress.com's (namespace https://wordpress.org/export/1.2/) and carries a Greek
tag; before, it was refused outright, and with the namespace changed 22 articles answered 500.
"""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from taggit.models import Tag

from newsroom.models import Article, ImportedItem
from newsroom.wordpress.parser import read_export
from newsroom.wordpress.service import import_wordpress
from tests.factories import UserFactory, log_in

pytestmark = pytest.mark.django_db

THEME_DATA = Path(__file__).parent / "data" / "theme-unit-test-excerpt.xml"
HTTPS_NS = "https://wordpress.org/export/1.2/"


@pytest.fixture
def imported(unit):
    report = import_wordpress(path=THEME_DATA, unit=unit)
    return report, [i.article for i in ImportedItem.objects.filter(kind="post")]


def test_every_post_comes_in(imported):
    report, articles = imported
    assert HTTPS_NS in THEME_DATA.read_text()
    assert len(articles) == 20
    assert report.count("post", "create") == 20
    assert "Artikel: 20 dibuat" in str(report)
    assert not any("tidak dapat diimpor" in line for line in report.lines())


def test_every_imported_article_page_answers(client, imported):
    _, articles = imported
    live = [a for a in articles if a.is_live]
    assert len(live) == 18  # one draft, one scheduled
    for article in live:
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200, article.title


def test_every_topic_page_and_feed_answers(client, imported):
    tags = list(Tag.objects.all())
    assert "content περιεχόμενο" in {t.name for t in tags}
    for tag in tags:
        assert client.get(reverse("tag-detail", args=[tag.slug])).status_code == 200, tag.name
        assert client.get(reverse("tag-feed", args=[tag.slug])).status_code == 200, tag.name


def test_the_greek_topic_links_from_its_articles(client, imported):
    tag = Tag.objects.get(name="content περιεχόμενο")
    url = reverse("tag-detail", args=[tag.slug])
    assert url == "/topik/content-%CF%80%CE%B5%CF%81%CE%B9%CE%B5%CF%87%CF%8C%CE%BC%CE%B5%CE%BD%CE%BF/"
    article = Article.objects.live().filter(tags=tag).first()
    assert f'href="{url}"' in client.get(article.get_absolute_url()).content.decode()
    page = client.get(url).content.decode()
    assert article.title in page


def test_sitemap_and_topic_api_answer(client, imported):
    assert client.get("/sitemap.xml").status_code == 200
    topics_map = client.get("/sitemap-topik.xml")
    assert topics_map.status_code == 200
    assert "%CF%80%CE%B5%CF%81" in topics_map.content.decode()
    topics = client.get("/api/v1/topics/?limit=100").json()
    for topic in topics["items"]:
        assert client.get(f"/api/v1/topics/{topic['slug']}/").status_code == 200


@pytest.mark.parametrize("namespace", ["http://wordpress.org/export/1.2/", HTTPS_NS])
@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_either_namespace_and_every_version_is_read(tmp_path, namespace, version):
    text = THEME_DATA.read_text().replace(HTTPS_NS, namespace.replace("1.2", version))
    text = text.replace("<wp:wxr_version>1.2<", f"<wp:wxr_version>{version}<")
    path = tmp_path / "export.xml"
    path.write_text(text)
    items = [i for i in read_export(path) if hasattr(i, "post_type")]
    assert sum(i.post_type == "post" for i in items) == 20
    assert any(name == "content περιεχόμενο" for i in items for _, _, name in i.categories)


def test_the_admin_dry_run_report_answers(client, unit, settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    log_in(client, UserFactory(username="admin", is_superuser=True))
    upload = SimpleUploadedFile("tema.xml", THEME_DATA.read_bytes(), "text/xml")
    response = client.post(
        reverse("admin:newsroom_importeditem_wordpress"), {"export": upload, "unit": unit.pk}
    )
    assert response.status_code == 200
    assert "Artikel: 20 dibuat" in response.content.decode()
