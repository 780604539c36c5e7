"""The newsroom speaks plain Indonesian, library labels included."""

import pytest
from django.urls import reverse

from newsroom.models import Article
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

pytestmark = pytest.mark.django_db


def test_admin_index_names_library_sections_in_indonesian(client, world):
    log_in(client, world.admin)
    html = client.get(reverse("admin:index")).content.decode()
    for english in ("Taggit", "TAGGIT", "Axes", "AXES"):
        assert english not in html
    assert "Topik" in html


def test_article_form_has_no_english_or_jargon(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    html = client.get(change_url(article)).content.decode()
    assert "A comma-separated list of tags." not in html
    assert "Pisahkan topik dengan koma" in html
    assert ">Slug" not in html and "Slug:" not in html
    assert "Alamat berita" in html


def test_error_note_says_di_bawah(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    html = client.post(change_url(article), form_data(article, title="")).content.decode()
    assert "di bawah" in html
    assert "dibawah" not in html


def test_topics_come_back_without_quotes_and_split_only_at_commas(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    client.post(change_url(article), form_data(article, tags="rapat teknis"))
    assert list(Article.objects.get().tags.names()) == ["rapat teknis"]
    article.refresh_from_db()
    client.post(change_url(article), form_data(article, tags="rapat teknis, Humas"))
    html = client.get(change_url(article)).content.decode()
    assert 'value="Humas, rapat teknis"' in html
    assert "&quot;rapat teknis&quot;" not in html
