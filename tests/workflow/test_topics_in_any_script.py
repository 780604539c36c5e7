"""Topics named in any script have an address that works, typed in the admin or imported.

Django's <slug:> converter takes ASCII only: a Greek, Arabic or accented topic could not be
linked, and every page listing it answered 500. An emoji-only name got an empty slug.
"""

import re

import pytest
from django.urls import reverse
from taggit.models import Tag

from newsroom.tagging import TOPIC_SLUG
from tests.factories import log_in

from .conftest import change_url, form_data, published_article

NAMES = [
    "Ελληνικά",
    "عربي",
    "حقوق الإنسان",
    "Café Kopi Lapas",
    "Kegiatan Pramuka – Hari Ke-2",
    "🎉",
    "🔥",
    "🎉 HUT RI",
    "हिन्दी",
    "Humas",
    "humas",
    # One Arabic ligature becomes eighteen letters under NFKC: longer than a slug may be.
    "\ufdfa" * 10,
]


@pytest.fixture
def published(world):
    return published_article(world, "Berita bertopik")


def assert_reachable(client, article, names):
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    for name in names:
        tag = Tag.objects.get(name=name)
        assert re.fullmatch(TOPIC_SLUG, tag.slug) and len(tag.slug) <= 100, (name, tag.slug)
        url = reverse("tag-detail", args=[tag.slug])
        assert f'href="{url}"' in text, name
        topic_page = client.get(url)
        assert topic_page.status_code == 200, name
        assert "Berita bertopik" in topic_page.content.decode()
        assert client.get(reverse("tag-feed", args=[tag.slug])).status_code == 200


def test_topics_of_any_script_have_working_pages(client, published):
    published.tags.set(NAMES)
    assert_reachable(client, published, NAMES)
    assert len({t.slug for t in Tag.objects.all()}) == len(NAMES)


def test_topics_typed_in_the_admin_work_too(client, world, published):
    typed = ["Ελληνικά", "عربي", "🎉", "Café Kopi Lapas"]
    log_in(client, world.central)
    response = client.post(change_url(published), form_data(published, tags=", ".join(typed)))
    assert response.status_code == 302
    assert sorted(published.tags.names()) == sorted(typed)
    client.logout()
    assert_reachable(client, published, typed)


def test_an_address_in_the_topics_own_script_opens_it(client, published):
    published.tags.set(["Ελληνικά"])
    assert client.get("/topik/ελληνικά/").status_code == 200
    assert client.get("/topik/%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC/").status_code == 200
    assert client.get("/topik/tidak-ada/").status_code == 404


def test_an_emoji_topic_keeps_its_address(client, published):
    published.tags.set(["🎉"])
    first = Tag.objects.get(name="🎉").slug
    assert first.startswith("topik-")
    Tag.objects.filter(name="🎉").delete()
    published.tags.set(["🎉"])
    assert Tag.objects.get(name="🎉").slug == first


def test_topics_saved_before_get_a_slug_that_links(client, published):
    from importlib import import_module

    from django.apps import apps

    published.tags.set(["🎉", "Ελληνικά"])
    Tag.objects.filter(name="🎉").update(slug="")  # as taggit left an emoji name
    import_module("newsroom.migrations.0025_topic_slugs_that_link").usable_slugs(apps, None)
    assert_reachable(client, published, ["🎉", "Ελληνικά"])
