"""Scope applies everywhere: lists, forms, choices, autocompletes, history and direct URLs."""

import pytest
from django.urls import reverse

from newsroom.models import Article
from tests.factories import ArticleFactory, PhotoFactory, ReporterFactory, log_in

from .conftest import change_url, form_data

S = Article.Status


@pytest.fixture
def articles(world):
    return {
        "own": ArticleFactory(
            unit=world.permisan, title="Berita Permisan", created_by=world.officer
        ),
        "region": ArticleFactory(unit=world.batu, title="Berita Batu"),
        "other": ArticleFactory(unit=world.cipinang, title="Berita Cipinang"),
    }


@pytest.mark.parametrize(
    ("role", "visible"),
    [
        ("officer", {"own"}),
        ("regional", {"own", "region"}),
        ("central", {"own", "region", "other"}),
        ("unscoped", set()),
    ],
)
def test_change_list_shows_only_the_scope(client, world, articles, role, visible):
    log_in(client, getattr(world, role))
    page = client.get(reverse("admin:newsroom_article_changelist"), {"status": "semua"})
    text = page.content.decode()
    for key, article in articles.items():
        assert (article.title in text) == (key in visible), key


@pytest.mark.parametrize(
    "view",
    [
        "admin:newsroom_article_change",
        "admin:newsroom_article_history",
        "admin:newsroom_article_delete",
    ],
)
def test_another_units_article_answers_404_without_its_data(client, world, articles, view):
    log_in(client, world.officer)
    response = client.get(reverse(view, args=[articles["other"].pk]))
    assert response.status_code == 404
    assert "Berita Cipinang" not in response.content.decode()


def test_compare_and_revision_of_another_units_article_answer_404(client, world, articles):
    log_in(client, world.officer)
    other = articles["other"]
    compare = reverse("admin:newsroom_article_compare", args=[other.pk])
    assert client.get(compare, {"version_id1": 1, "version_id2": 2}).status_code == 404
    revision = reverse("admin:newsroom_article_revision", args=[other.pk, 1])
    assert client.post(revision, form_data(other, title="Dibajak")).status_code == 404
    other.refresh_from_db()
    assert other.title == "Berita Cipinang"


def test_officer_cannot_recover_deleted_articles_of_any_unit(client, world):
    log_in(client, world.officer)
    assert client.get(reverse("admin:newsroom_article_recoverlist")).status_code == 403


def test_officer_is_offered_only_their_own_unit(client, world):
    log_in(client, world.officer)
    page = client.get(reverse("admin:newsroom_article_add")).content.decode()
    assert world.permisan.name in page
    assert world.cipinang.name not in page
    assert world.batu.name not in page


def test_officer_cannot_save_an_article_for_another_unit(client, world, articles):
    log_in(client, world.officer)
    own = articles["own"]
    response = client.post(change_url(own), form_data(own, unit=world.cipinang.pk))
    assert response.status_code == 200
    own.refresh_from_db()
    assert own.unit == world.permisan


def test_officer_cannot_pick_another_units_reporter_or_photo(client, world, articles):
    own = articles["own"]
    foreign_reporter = ReporterFactory(unit=world.cipinang)
    foreign_photo = PhotoFactory(unit=world.cipinang)
    log_in(client, world.officer)
    response = client.post(
        change_url(own),
        form_data(own, reporter=foreign_reporter.pk, lead_photo=foreign_photo.pk),
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert {"reporter", "lead_photo"} <= set(form.errors)
    own.refresh_from_db()
    assert own.reporter != foreign_reporter and own.lead_photo is None


def test_photo_autocomplete_lists_only_the_officers_unit(client, world):
    PhotoFactory(unit=world.permisan, caption="Foto Permisan")
    PhotoFactory(unit=world.cipinang, caption="Foto Cipinang")
    log_in(client, world.officer)
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "newsroom",
            "model_name": "article",
            "field_name": "lead_photo",
            "term": "Foto",
        },
    )
    names = [r["text"] for r in response.json()["results"]]
    assert names == ["Foto Permisan"]


def test_reporter_autocomplete_lists_only_the_region_for_a_regional_editor(client, world):
    ReporterFactory(unit=world.batu, display_name="Penulis Batu")
    ReporterFactory(unit=world.cipinang, display_name="Penulis Cipinang")
    log_in(client, world.regional)
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "newsroom",
            "model_name": "article",
            "field_name": "reporter",
            "term": "Penulis",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Penulis Batu"]


def test_photo_and_reporter_lists_are_scoped(client, world):
    PhotoFactory(unit=world.cipinang, caption="Foto Cipinang")
    ReporterFactory(unit=world.cipinang, display_name="Penulis Cipinang")
    log_in(client, world.officer)
    assert (
        "Foto Cipinang"
        not in client.get(reverse("admin:newsroom_photo_changelist")).content.decode()
    )
    assert (
        "Penulis Cipinang"
        not in client.get(reverse("admin:newsroom_reporter_changelist")).content.decode()
    )


@pytest.mark.parametrize(
    ("role", "state", "allowed"),
    [
        ("officer", S.DRAFT, True),
        ("officer", S.PUBLISHED, False),
        ("regional", S.PUBLISHED, False),
        ("central", S.PUBLISHED, True),
        ("admin", S.PUBLISHED, True),
    ],
)
def test_only_central_staff_delete_a_published_article(client, world, role, state, allowed):
    from datetime import timedelta

    from django.utils import timezone

    article = ArticleFactory(
        unit=world.permisan,
        status=state,
        published_at=timezone.now() - timedelta(hours=1) if state == S.PUBLISHED else None,
    )
    log_in(client, getattr(world, role))
    response = client.post(
        reverse("admin:newsroom_article_delete", args=[article.pk]), {"post": "yes"}
    )
    assert Article.objects.filter(pk=article.pk).exists() != allowed
    assert response.status_code == (302 if allowed else 403)


def test_regional_editor_has_no_bulk_delete(client, world, articles):
    log_in(client, world.regional)
    page = client.get(reverse("admin:newsroom_article_changelist"), {"status": "semua"})
    assert "delete_selected" not in page.content.decode()
