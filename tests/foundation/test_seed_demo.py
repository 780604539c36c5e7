import io

import pytest
from django.core.management import call_command

from awards.models import Category, Edition
from newsroom.models import Article, Event, Photo, Reporter
from upt.models import UPT, Region

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        model.__name__: sorted(
            (obj.pk, getattr(obj, "updated_at", None)) for obj in model.objects.all()
        )
        for model in (Region, UPT, Reporter, Event, Photo, Article, Edition)
    }


def test_seed_demo_builds_the_demo_site(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    assert Region.objects.count() == 38
    assert UPT.objects.filter(region__name="Jawa Tengah", name__contains="Nusakambangan").exists()
    assert Article.objects.live().count() >= 12
    assert Article.objects.live().values("kind").distinct().count() >= 4
    assert Article.objects.live().values("unit").distinct().count() >= 8
    permisan = Article.objects.get(
        unit__slug="lapas-permisan", dateline="Nusakambangan", event__isnull=False
    )
    assert permisan.lead_photo.credit == "Dok. Humas Lapas Permisan"
    assert "Sinergi Merajut Citra Pemasyarakatan yang Berdampak" in permisan.body
    assert Category.objects.count() == 4


def test_seed_demo_twice_changes_nothing(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    before = snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert snapshot() == before


def test_demo_accounts_only_with_debug(settings):
    from django.contrib.auth import get_user_model

    settings.DEBUG = False
    call_command("seed_demo", stdout=io.StringIO())
    assert not get_user_model().objects.exists()


def test_most_demo_articles_have_a_described_photo(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    live = Article.objects.live()
    with_photo = live.filter(lead_photo__isnull=False)
    assert with_photo.count() >= 0.75 * live.count()
    for photo in Photo.objects.all():
        assert photo.caption and photo.alt_text and photo.credit
    # Varied: the photos are drawn from several scenes, not one picture reused.
    assert Photo.objects.count() >= 25


def test_demo_pictures_are_deterministic_and_vary_by_seed():
    from PIL import Image

    from demo.pictures import SCENES, SIZE, draw_scene

    for scene in SCENES:
        first = draw_scene(scene, 1)
        assert first == draw_scene(scene, 1)
        assert first != draw_scene(scene, 2)
        assert Image.open(io.BytesIO(first)).size == SIZE
