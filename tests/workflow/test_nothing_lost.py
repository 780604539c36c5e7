"""Concurrent saves never silently overwrite; every save is a revision; refusals change nothing."""

import pytest
import reversion
from django.urls import reverse
from reversion.models import Version

from newsroom.models import Article, ArticleTransition, WorkflowError
from tests.factories import ArticleFactory, ArticlePhotoFactory, PhotoFactory, log_in

from .conftest import change_url, form_data

S = Article.Status


def test_second_save_is_refused_naming_who_saved_in_between(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Judul awal")
    opened = form_data(article)  # the officer's editor opened the page now
    log_in(client, world.regional)
    client.post(change_url(article), form_data(article, title="Judul versi redaktur"))

    log_in(client, world.central)
    response = client.post(change_url(article), {**opened, "title": "Judul versi pusat"})
    assert response.status_code == 200
    text = response.content.decode()
    assert "sudah disimpan oleh Redaktur.Jateng" in text
    assert " WIB" in text
    assert 'value="Judul versi pusat"' in text  # the typed text stays in the form
    article.refresh_from_db()
    assert article.title == "Judul versi redaktur"

    # Saving again after reading the warning is a deliberate choice, and it goes through.
    again = {
        **opened,
        "title": "Judul versi pusat",
        "loaded_version": response.context["adminform"].form["loaded_version"].value(),
    }
    assert client.post(change_url(article), again).status_code == 302
    article.refresh_from_db()
    assert article.title == "Judul versi pusat"


def test_a_transition_in_between_also_counts_as_a_newer_version(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.DRAFT, created_by=world.officer)
    opened = form_data(article)
    article.submit(by=world.officer)
    log_in(client, world.regional)
    response = client.post(change_url(article), {**opened, "summary": "Ringkasan baru"})
    assert response.status_code == 200
    assert "sudah disimpan oleh" in response.content.decode()


def test_every_admin_save_is_a_revision_listed_and_comparable(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    client.post(change_url(article), form_data(article, body="<p>Versi satu.</p>"))
    article.refresh_from_db()
    client.post(change_url(article), form_data(article, body="<p>Versi dua.</p>"))
    versions = Version.objects.get_for_object(article)
    assert versions.count() == 2
    assert {v.revision.user for v in versions} == {world.officer}
    history = client.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    assert history.status_code == 200
    older, newer = sorted(v.pk for v in versions)
    compare = client.get(
        reverse("admin:newsroom_article_compare", args=[article.pk]),
        {"version_id1": older, "version_id2": newer},
    )
    assert compare.status_code == 200
    assert "Versi satu." in compare.content.decode() and "Versi dua." in compare.content.decode()


def test_restoring_a_revision_brings_back_text_but_not_a_state(client, world):
    article = ArticleFactory(unit=world.permisan, body="<p>Teks lama.</p>")
    with reversion.create_revision():
        article.save()
    old = Version.objects.get_for_object(article).get()
    article.body = "<p>Teks baru.</p>"
    article.status = S.REVIEW
    article.save()
    log_in(client, world.central)
    url = reverse("admin:newsroom_article_revision", args=[article.pk, old.pk])
    page = client.get(url)
    assert "Teks lama." in page.content.decode()
    response = client.post(
        url,
        form_data(
            Article.objects.get(pk=article.pk),
            body="<p>Teks lama.</p>",
            loaded_version=page.context["adminform"].form["loaded_version"].value(),
        ),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "<p>Teks lama.</p>"
    assert article.status == S.REVIEW


def test_a_refused_transition_changes_nothing(world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Tetap")
    before = Article.objects.filter(pk=article.pk).values().get()
    for move in (
        lambda: article.publish(by=world.officer),
        lambda: article.submit(by=world.officer),
        lambda: article.unpublish(by=world.central, reason="x"),
        lambda: article.return_to_author(by=world.regional, note=" "),
        lambda: article.publish(by=world.other_regional),
    ):
        with pytest.raises(WorkflowError) as refusal:
            move()
        assert str(refusal.value)
        assert article.status == S.REVIEW and article.published_at is None
    assert Article.objects.filter(pk=article.pk).values().get() == before
    assert not ArticleTransition.objects.exists()


def test_publishing_refuses_photos_without_alt_text_naming_them(world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    ArticlePhotoFactory(article=article, photo=PhotoFactory(alt_text="", caption="Senam pagi"))
    with pytest.raises(
        WorkflowError, match="Foto galeri ke-1 \\(\u201cSenam pagi\u201d\\) belum punya teks alternatif"
    ):
        article.publish(by=world.central)
    article.refresh_from_db()
    assert article.status == S.REVIEW and article.published_at is None


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("caption", "belum punya keterangan"),
        ("credit", "belum punya kredit"),
        ("alt_text", "belum punya teks alternatif"),
    ],
)
def test_publishing_refuses_a_lead_photo_without_caption_credit_or_alt(world, missing, message):
    photo = PhotoFactory(unit=world.permisan, **{missing: ""})
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, lead_photo=photo)
    with pytest.raises(WorkflowError, match=message):
        article.publish(by=world.central)
    photo.__dict__.update({missing: "Lengkap"})
    photo.save()
    article.publish(by=world.central)
    assert article.status == S.PUBLISHED


def test_republishing_a_correction_keeps_its_address(world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    article.publish(by=world.central)
    url = article.get_absolute_url()
    article.unpublish(by=world.central, reason="Koreksi nama.")
    article.submit(by=world.officer)
    article.publish(by=world.central)
    assert article.get_absolute_url() == url
    assert [t.to_status for t in article.transitions.timeline()] == [
        S.PUBLISHED,
        S.UNPUBLISHED,
        S.REVIEW,
        S.PUBLISHED,
    ]


def test_a_save_without_the_version_token_is_refused_like_a_stale_one(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, title="Judul awal")
    log_in(client, world.central)
    data = form_data(article, title="Judul tanpa token")
    del data["loaded_version"]
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Artikel ini sudah disimpan oleh" in text
    assert "Perubahan Anda belum disimpan dan masih ada di formulir ini" in text
    assert 'value="Judul tanpa token"' in text
    article.refresh_from_db()
    assert article.title == "Judul awal"

    # The refused form now carries the current token: pressing Save again goes through.
    again = {
        **data,
        "loaded_version": response.context["adminform"].form["loaded_version"].value(),
    }
    assert client.post(change_url(article), again).status_code == 302
    article.refresh_from_db()
    assert article.title == "Judul tanpa token"
