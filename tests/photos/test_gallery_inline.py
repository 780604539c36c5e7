import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, ArticlePhotoFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_article_gallery_inline_shows_a_thumbnail_of_each_photo(client):
    article = ArticleFactory()
    items = ArticlePhotoFactory.create_batch(3, article=article)
    client.force_login(UserFactory(username="admin", is_superuser=True))
    html = client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()
    assert html.count('class="foto-mini"') == 3
    for item in items:
        assert f'alt="{item.photo.alt_text}"' in html
