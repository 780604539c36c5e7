"""Public pages serve photos at the size a phone needs, in a fixed number of queries."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    EventFactory,
    PhotoFactory,
    jpeg_bytes,
)

pytestmark = pytest.mark.django_db


def photo():
    return PhotoFactory(image=SimpleUploadedFile("a.jpg", jpeg_bytes(size=(1200, 800))))


@pytest.mark.parametrize("gallery_size", [1, 12])
def test_article_page_offers_srcset_for_lead_and_gallery(
    client, gallery_size, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(live=True, lead_photo=photo())
        for _ in range(gallery_size):
            ArticlePhotoFactory(article=article, photo=photo())
    with django_assert_max_num_queries(8):
        html = client.get(article.get_absolute_url()).content.decode()
    assert html.count("<picture>") == gallery_size + 1
    assert html.count('type="image/webp"') == gallery_size + 1
    assert 'fetchpriority="high"' in html
    assert " 640w" in html


def test_home_cards_offer_srcset(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(live=True, lead_photo=photo())
    html = client.get("/").content.decode()
    assert "<picture>" in html and " 320w" in html


def test_a_list_loads_its_first_photo_eagerly_unless_the_page_has_a_lead_above(client):
    # Lighthouse: the first card's photo is the largest paint of a unit page on a phone, and a
    # lazy one waits for layout (lcp-lazy-loaded). The photos below it stay lazy.
    first = ArticleFactory(live=True, lead_photo=photo())
    ArticleFactory(live=True, unit=first.unit, lead_photo=photo())
    html = client.get(first.unit.get_absolute_url()).content.decode()
    assert html.count('loading="eager" fetchpriority="high"') == 1
    assert html.count('loading="lazy"') == 1
    event = EventFactory(cover_photo=photo())
    ArticleFactory(live=True, event=event, lead_photo=photo())
    html = client.get(event.get_absolute_url()).content.decode()
    assert html.count('fetchpriority="high"') == 1  # the cover, not the coverage's first card
