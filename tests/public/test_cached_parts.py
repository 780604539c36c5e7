"""A page rendered again after a publish assembles the parts that did not change from the cache:
cards, pictures and article bodies are kept under their own identity and updated_at."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from newsroom import permissions
from newsroom.models import Photo
from tests.factories import ArticleFactory, PhotoFactory, UPTFactory, jpeg_bytes, staff_user

pytestmark = pytest.mark.django_db

CARD = "newsroom/parts/card.html"


@pytest.fixture
def publish():
    unit = UPTFactory()
    officer = staff_user("humas.uji", permissions.OFFICER_GROUP, unit=unit)
    editor = staff_user("redaktur.uji", permissions.CENTRAL_EDITOR_GROUP, is_central=True)

    def publish(title):
        draft = ArticleFactory(unit=unit, created_by=officer, title=title)
        draft.submit(by=officer)
        draft.publish(by=editor)
        return draft

    publish.unit = unit
    return publish


@pytest.fixture
def photo(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return PhotoFactory(
            image=SimpleUploadedFile("a.jpg", jpeg_bytes(size=(1200, 800))), alt_text="Senam pagi"
        )


def card_renders(response):
    return [t.name for t in response.templates].count(CARD)


def test_after_a_publish_the_home_page_renders_only_the_new_card(client, publish, photo):
    for n in range(4):
        ArticleFactory(live=True, title=f"Berita lama {n}", lead_photo=photo)
    assert card_renders(client.get("/")) == 4
    publish("Berita yang baru terbit")
    response = client.get("/")
    html = response.content.decode()
    assert "Berita yang baru terbit" in html
    assert all(f"Berita lama {n}" in html for n in range(4))
    assert html.count("<picture>") == 4
    assert card_renders(response) == 1


def test_after_a_publish_an_article_page_reuses_its_body_and_pictures(
    client, publish, photo, monkeypatch
):
    # Of the publishing unit: the new article joins its related list, so its page renders again.
    article = ArticleFactory(
        live=True,
        unit=publish.unit,
        dateline="Cilacap",
        body="<p>Isi berita.</p>",
        lead_photo=photo,
    )
    first = client.get(article.get_absolute_url()).content.decode()
    assert '<strong class="dateline">CILACAP</strong> – Isi berita.' in first
    sized = []
    real = Photo.rendition_sets
    monkeypatch.setattr(Photo, "rendition_sets", lambda self: sized.append(self.pk) or real(self))
    publish("Berita lain")
    again = client.get(article.get_absolute_url()).content.decode()
    assert again.count("<picture>") == first.count("<picture>") == 1
    assert '<strong class="dateline">CILACAP</strong> – Isi berita.' in again
    assert "Berita lain" in again  # rendered again, with the new article among the related
    assert sized == []  # the lead picture came from the cache, not from the photo's sizes


def test_an_edited_article_photo_or_unit_shows_at_once(client, photo):
    article = ArticleFactory(live=True, title="Judul awal", body="<p>Isi awal.</p>")
    ArticleFactory(live=True, lead_photo=photo)
    url = article.get_absolute_url()
    client.get("/"), client.get(url)
    article.title, article.body = "Judul kedua", "<p>Isi kedua.</p>"
    article.save()
    photo.alt_text = "Apel pagi"
    photo.save()
    article.unit.short_name = "Lapas Nama Baru"
    article.unit.save()
    home, page = client.get("/").content.decode(), client.get(url).content.decode()
    assert "Judul kedua" in home and "Lapas Nama Baru" in home and 'alt="Apel pagi"' in home
    assert "Isi kedua." in page and "Isi awal." not in page


def test_after_a_publish_the_news_list_renders_only_the_new_card(client, publish, photo):
    for n in range(5):
        ArticleFactory(live=True, title=f"Berita lama {n}", lead_photo=photo if n % 2 else None)
    first = client.get("/berita/")
    assert card_renders(first) == 5
    publish("Berita yang baru terbit")
    again = client.get("/berita/")
    html = again.content.decode()
    # The new card, and the one it pushed down: no longer first, its photo now loads lazily.
    assert card_renders(again) == 2
    assert html.index("Berita yang baru terbit") < html.index("Berita lama 4")
    # Only the first card's photo loads eagerly, also when that card came from the cache.
    assert html.count('loading="eager"') <= 1


def test_the_masthead_and_footer_follow_a_renamed_region_and_the_search_words(client):
    article = ArticleFactory(live=True, title="Apel pagi")
    region = article.unit.region
    region.name = "Kanwil Lama"
    region.save()
    assert client.get("/berita/").content.decode().count("Kanwil Lama") == 2  # menu and footer
    region.name = "Kanwil Baru"
    region.save()
    html = client.get("/berita/").content.decode()
    assert "Kanwil Lama" not in html and html.count("Kanwil Baru") == 2
    assert 'value="apel"' in client.get("/cari/?q=apel").content.decode()
    assert 'value="pagi"' in client.get("/cari/?q=pagi").content.decode()
