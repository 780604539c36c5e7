"""An article page rendered again keeps its blocks (meta, trail, the article) from the cache,
under everything they show: any change of it shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.cache import bump
from newsroom.models import Correction
from tests.factories import ArticleFactory, ArticlePhotoFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = ArticleFactory(
        live=True, title="Panen raya di lapas", event=EventFactory(name="Pekan Ketahanan Pangan")
    )
    article.tags.add("Pertanian")
    ArticlePhotoFactory(article=article, caption="Warga binaan memanen padi")
    Correction.objects.create(article=article, note="Jumlah panen diperbaiki menjadi 2 ton.")
    return article


def page(client, article):
    return client.get(article.get_absolute_url()).content.decode()


def warm(client, article):
    """The page rendered and its blocks cached (the first render also draws its share card,
    which it has no lead photo for, and records the card's name)."""
    page(client, article)
    bump()
    return page(client, article)


def test_a_page_rendered_again_reads_only_the_article_its_tags_and_related(client, article):
    first = warm(client, article)
    bump()  # as any change elsewhere: the page itself renders again
    with CaptureQueriesContext(connection) as queries:
        again = page(client, article)
    assert again == first
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    for shown_from_the_cache in ("newsroom_articlephoto", "newsroom_correction"):
        assert shown_from_the_cache not in tables


def test_a_gallery_caption_or_its_photo_shows_at_once(client, article):
    warm(client, article)
    item = article.gallery_items.get()
    item.caption = "Panen padi organik"
    item.save()
    assert "Panen padi organik" in page(client, article)
    item.caption = ""
    item.save()
    item.photo.caption = "Keterangan dari pustaka foto"
    item.photo.save()
    assert "Keterangan dari pustaka foto" in page(client, article)


def test_a_correction_note_edited_or_added_shows_at_once(client, article):
    warm(client, article)
    note = article.corrections.get()
    note.note = "Jumlah panen yang benar 2,5 ton."
    note.save()
    assert "Jumlah panen yang benar 2,5 ton." in page(client, article)
    Correction.objects.create(article=article, kind="pembaruan", note="Panen kedua bulan depan.")
    assert "Panen kedua bulan depan." in page(client, article)


def test_a_renamed_tag_reporter_event_or_region_shows_at_once(client, article):
    warm(client, article)
    tag = article.tags.get()
    tag.name = "Ketahanan Pangan"
    tag.save()
    assert ">Ketahanan Pangan</a>" in page(client, article)
    article.reporter.display_name = "Siti Rahma"
    article.reporter.save()
    assert "Siti Rahma" in page(client, article)
    article.event.name = "Pekan Pangan Nasional"
    article.event.save()
    assert "Pekan Pangan Nasional" in page(client, article)
    region = article.unit.region
    region.name = "Jawa Tengah"
    region.save()
    assert ">Jawa Tengah</a>" in page(client, article)
