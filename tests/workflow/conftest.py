"""A small newsroom: two units in Central Java, one in Jakarta, and one account per role."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from newsroom import permissions
from tests.factories import ArticleFactory, RegionFactory, UPTFactory, staff_user

ROLE_GROUPS = {
    "officer": permissions.OFFICER_GROUP,
    "regional": permissions.REGIONAL_EDITOR_GROUP,
    "central": permissions.CENTRAL_EDITOR_GROUP,
    "admin": permissions.ADMIN_GROUP,
}


staff = staff_user


@pytest.fixture
def world(db):
    jateng, jakarta = RegionFactory(name="Jawa Tengah"), RegionFactory(name="DKI Jakarta")
    permisan = UPTFactory(short_name="Lapas Permisan", region=jateng)
    batu = UPTFactory(short_name="Lapas Batu", region=jateng)
    cipinang = UPTFactory(short_name="Lapas Cipinang", region=jakarta)
    return SimpleNamespace(
        jateng=jateng,
        jakarta=jakarta,
        permisan=permisan,
        batu=batu,
        cipinang=cipinang,
        officer=staff("humas.permisan", permissions.OFFICER_GROUP, unit=permisan),
        other_officer=staff("humas.cipinang", permissions.OFFICER_GROUP, unit=cipinang),
        regional=staff("redaktur.jateng", permissions.REGIONAL_EDITOR_GROUP, region=jateng),
        other_regional=staff("redaktur.dki", permissions.REGIONAL_EDITOR_GROUP, region=jakarta),
        central=staff("redaktur.pusat", permissions.CENTRAL_EDITOR_GROUP, is_central=True),
        admin=staff("admin.situs", permissions.ADMIN_GROUP, is_central=True),
        unscoped=staff("tanpa.cakupan", permissions.OFFICER_GROUP),
    )


def change_url(article):
    return reverse("admin:newsroom_article_change", args=[article.pk])


# The inlines' management forms with no rows: the gallery, and the correction notes that a
# published article's form carries (ignored on other articles' forms).
EMPTY_GALLERY = {
    "gallery_items-TOTAL_FORMS": "0",
    "gallery_items-INITIAL_FORMS": "0",
    "gallery_items-MIN_NUM_FORMS": "0",
    "gallery_items-MAX_NUM_FORMS": "1000",
    "corrections-TOTAL_FORMS": "0",
    "corrections-INITIAL_FORMS": "0",
    "corrections-MIN_NUM_FORMS": "0",
    "corrections-MAX_NUM_FORMS": "1000",
}


def form_data(article, **overrides):
    """What the article's admin form posts when nothing is changed."""
    data = {
        "title": article.title,
        "slug": article.slug,
        "kind": article.kind,
        "unit": article.unit_id,
        "reporter": article.reporter_id or "",
        "dateline": article.dateline,
        "summary": article.summary,
        "body": article.body,
        "lead_photo": article.lead_photo_id or "",
        "event": article.event_id or "",
        "tags": "",
        "programme": article.programme,
        "video_url": article.video_url,
        "source_name": article.source_name,
        "source_url": article.source_url,
        "loaded_version": article.updated_at.isoformat(),
        **EMPTY_GALLERY,
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Seven accounts per test: hash their passwords cheaply."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def published_article(world, title):
    """An article of Lapas Permisan, submitted and then published by the regional editor."""
    article = ArticleFactory(unit=world.permisan, status="review", title=title)
    article.publish(by=world.regional)
    return article
