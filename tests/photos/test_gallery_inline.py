import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, ArticlePhotoFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db


def test_article_gallery_inline_shows_a_thumbnail_of_each_photo(client):
    article = ArticleFactory()
    items = ArticlePhotoFactory.create_batch(3, article=article)
    log_in(client, UserFactory(username="admin", is_superuser=True))
    html = client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()
    assert html.count('class="foto-mini"') == 3
    for item in items:
        assert f'alt="{item.photo.alt_text}"' in html
