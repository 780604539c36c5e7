"""Side doors of the admin stay inside the user's scope: revisions, "view on site", photos."""

from datetime import timedelta

import pytest
import reversion
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from newsroom import permissions
from newsroom.models import Article, ArticlePhoto, Photo
from tests.factories import ArticleFactory, PhotoFactory, UPTFactory, log_in, staff_user

from .conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def units():
    return UPTFactory(short_name="Lapas A"), UPTFactory(short_name="Lapas B")


@pytest.fixture
def officer(units):
    return staff_user("humas.a", permissions.OFFICER_GROUP, unit=units[0])


def test_officer_cannot_restore_another_units_revision_through_a_gallery_version(
    client, units, officer
):
    import newsroom.admin  # noqa: F401 - registers the models with reversion

    mine = ArticleFactory(unit=units[0], title="Draf saya", created_by=officer)
    theirs = ArticleFactory(unit=units[1], title="Judul lama unit B")
    with reversion.create_revision():
        theirs.save()
        row = ArticlePhoto.objects.create(
            id=mine.pk, article=theirs, photo=PhotoFactory(unit=units[1])
        )
    theirs.title, theirs.status = "Judul terbit unit B", Article.Status.PUBLISHED
    theirs.published_at = timezone.now()
    with reversion.create_revision():
        theirs.save()
        row.save()
    old = Version.objects.get_for_object(row).order_by("pk").first()
    log_in(client, officer)
    url = reverse("admin:newsroom_article_revision", args=[mine.pk, old.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, form_data(mine)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == "Judul terbit unit B" and theirs.status == Article.Status.PUBLISHED


def test_view_on_site_does_not_reveal_another_units_draft_or_scheduled_address(
    client, units, officer
):
    draft = ArticleFactory(unit=units[1], slug="napi-kabur-dari-lapas-b")
    scheduled = ArticleFactory(
        unit=units[1],
        slug="embargo-besok",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() + timedelta(days=2),
    )
    own = ArticleFactory(unit=units[0])
    ct = ContentType.objects.get_for_model(Article).pk
    log_in(client, officer)
    for article in (draft, scheduled):
        response = client.get(f"/admin/r/{ct}/{article.pk}/")
        assert response.status_code == 404
        assert article.slug not in response.get("Location", "")
    assert client.get(f"/admin/r/{ct}/{own.pk}/").status_code == 302
    assert client.get(f"/admin/r/{ct}/bukan-angka/").status_code == 404


def test_view_on_site_opens_the_preview_for_an_article_not_yet_public(client, units, officer):
    draft = ArticleFactory(unit=units[0])
    log_in(client, officer)
    page = client.get(reverse("admin:newsroom_article_change", args=[draft.pk])).content.decode()
    assert reverse("article-preview", args=[draft.pk]) in page


def photo_form(photo, **changes):
    return {
        "caption": photo.caption,
        "credit": photo.credit,
        "alt_text": photo.alt_text,
        "unit": photo.unit_id,
        "taken_at_0": "",
        "taken_at_1": "",
        **changes,
    }


def test_officer_cannot_change_or_delete_a_photo_of_a_live_article(client, units, officer):
    photo = PhotoFactory(unit=units[0], caption="Asli")
    ArticleFactory(unit=units[0], live=True, lead_photo=photo)
    log_in(client, officer)
    change = reverse("admin:newsroom_photo_change", args=[photo.pk])
    client.post(change, photo_form(photo, caption="Diganti tanpa tinjauan"))
    client.post(reverse("admin:newsroom_photo_delete", args=[photo.pk]), {"post": "yes"})
    photo.refresh_from_db()
    assert photo.caption == "Asli"


def test_officer_still_edits_a_photo_of_their_own_draft(client, units, officer):
    photo = PhotoFactory(unit=units[0], caption="Asli")
    ArticleFactory(unit=units[0], lead_photo=photo)
    log_in(client, officer)
    response = client.post(
        reverse("admin:newsroom_photo_change", args=[photo.pk]), photo_form(photo, caption="Baru")
    )
    assert response.status_code == 302
    assert Photo.objects.get(pk=photo.pk).caption == "Baru"


def test_editor_may_correct_a_photo_of_a_live_article(client, units):
    editor = staff_user("redaktur.pusat", permissions.CENTRAL_EDITOR_GROUP, is_central=True)
    photo = PhotoFactory(unit=units[0], caption="Asli")
    ArticleFactory(unit=units[0], live=True, lead_photo=photo)
    log_in(client, editor)
    response = client.post(
        reverse("admin:newsroom_photo_change", args=[photo.pk]),
        photo_form(photo, caption="Diperbaiki redaktur"),
    )
    assert response.status_code == 302
    assert Photo.objects.get(pk=photo.pk).caption == "Diperbaiki redaktur"
