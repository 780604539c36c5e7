"""Signed preview links end: when the article is unpublished or deleted, and when an editor
revokes them all; a link made after revoking works, and restoring a revision revives none."""

import pytest
from django.core import signing
from django.urls import reverse
from reversion.models import Version

from newsroom.models import Article
from newsroom.preview import SALT, signed_preview_url
from tests.factories import ArticleFactory, log_in

from .conftest import change_url, published_article

S = Article.Status


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def opens(client, url, title):
    response = client.get(path_of(url))
    return response.status_code == 200 and title in response.content.decode()


def revoke_url(article):
    return reverse("admin:newsroom_article_revoke_previews", args=[article.pk])


@pytest.fixture
def published(world):
    return published_article(world, "Berita untuk ditarik")


def test_unpublishing_ends_every_link_made_before(client, world, published):
    url = signed_preview_url(published)
    assert opens(client, url, "Berita untuk ditarik")
    published.unpublish(by=world.regional, reason="Ditarik atas permintaan bagian hukum.")
    response = client.get(path_of(url))
    assert response.status_code == 404
    assert "Berita untuk ditarik" not in response.content.decode()


def test_an_unpublished_article_opens_through_no_link_even_a_new_one(client, world, published):
    published.unpublish(by=world.regional, reason="Ditarik atas permintaan bagian hukum.")
    published.refresh_from_db()
    assert client.get(path_of(signed_preview_url(published))).status_code == 404


def test_later_edits_of_an_unpublished_article_stay_unseen(client, world, published):
    url = signed_preview_url(published)
    published.unpublish(by=world.regional, reason="Ditarik.")
    Article.objects.filter(pk=published.pk).update(title="Judul yang diubah sesudah ditarik")
    assert "Judul yang diubah" not in client.get(path_of(url)).content.decode()


def test_resubmitted_after_unpublishing_a_new_link_works_and_the_old_stays_ended(
    client, world, published
):
    old = signed_preview_url(published)
    published.unpublish(by=world.regional, reason="Ditarik.")
    published.submit(by=world.officer)
    published.refresh_from_db()
    assert client.get(path_of(old)).status_code == 404
    assert opens(client, signed_preview_url(published), "Berita untuk ditarik")


def test_deleting_the_article_ends_its_links(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Draf yang dihapus")
    url = signed_preview_url(article)
    article.delete()
    assert client.get(path_of(url)).status_code == 404


def test_a_link_signed_over_the_id_alone_has_ended(client, world):
    # What links looked like before they carried the article's key.
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    token = signing.TimestampSigner(salt=SALT).sign(str(article.pk))
    assert client.get(reverse("article-preview-signed", args=[token])).status_code == 404


def test_editor_revokes_every_link_at_once_and_a_new_one_works(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Draf untuk narasumber")
    first, second = signed_preview_url(article), signed_preview_url(article)
    log_in(client, world.regional)
    page = client.get(change_url(article)).content.decode()
    assert "Cabut semua tautan pratinjau" in page
    response = client.post(revoke_url(article), follow=True)
    assert "Semua tautan pratinjau artikel ini dicabut" in response.content.decode()
    client.logout()
    assert client.get(path_of(first)).status_code == 404
    assert client.get(path_of(second)).status_code == 404
    article.refresh_from_db()
    assert opens(client, signed_preview_url(article), "Draf untuk narasumber")


def test_the_change_form_shows_a_link_that_works_after_revoking(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Draf baru")
    log_in(client, world.central)
    page = client.post(revoke_url(article), follow=True)
    shown = page.context["signed_preview_url"]
    client.logout()
    assert opens(client, shown, "Draf baru")


def test_revoking_is_recorded_in_the_articles_history(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    log_in(client, world.regional)
    client.post(revoke_url(article))
    version = Version.objects.get_for_object(article).select_related("revision").first()
    assert version.revision.comment == "Semua tautan pratinjau dicabut."
    assert version.revision.user == world.regional
    history = client.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    assert "Semua tautan pratinjau dicabut." in history.content.decode()


def test_restoring_a_revision_does_not_bring_ended_links_back(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Draf lama")
    url = signed_preview_url(article)
    log_in(client, world.regional)
    client.post(revoke_url(article))
    version = Version.objects.get_for_object(article).first()
    assert "preview_key" not in version.field_dict
    version.revision.revert()
    client.logout()
    assert client.get(path_of(url)).status_code == 404


@pytest.mark.parametrize("role", ["officer", "other_regional"])
def test_only_an_editor_in_scope_revokes(client, world, role):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Draf terjaga")
    url = signed_preview_url(article)
    log_in(client, getattr(world, role))
    assert client.post(revoke_url(article)).status_code in (403, 404)
    assert "Cabut semua tautan" not in client.get(change_url(article)).content.decode()
    client.logout()
    assert opens(client, url, "Draf terjaga")


def test_revoking_needs_a_post(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    log_in(client, world.regional)
    assert client.get(revoke_url(article)).status_code == 405


def test_the_change_form_of_an_unpublished_article_offers_no_link(client, world, published):
    published.unpublish(by=world.regional, reason="Ditarik.")
    log_in(client, world.regional)
    page = client.get(change_url(published)).content.decode()
    assert "/pratinjau/tautan/" not in page
    assert "tidak dapat dibuka lewat tautan pratinjau" in page
