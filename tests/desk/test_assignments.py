"""Review assignments: an editor takes an article from the queue so that no two review it at once."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, WorkflowError
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

S = Article.Status
pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:newsroom_article_changelist")


def review_url(article):
    return reverse("admin:newsroom_article_review", args=[article.pk])


def submitted(world, **fields):
    """An article of Lapas Permisan waiting in the review queue for three hours."""
    article = ArticleFactory(unit=world.permisan, created_by=world.officer, **fields)
    article.submit(by=world.officer)
    Article.objects.filter(pk=article.pk).update(
        submitted_at=timezone.now() - timedelta(hours=3, minutes=5)
    )
    article.refresh_from_db()
    return article


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_editor_takes_an_article_and_the_queue_shows_who_has_it_and_how_long_it_waited(
    client, world
):
    article = submitted(world, title="Senam pagi warga binaan")
    log_in(client, world.regional)
    page = client.get(change_url(article)).content.decode()
    assert 'form="wf-review-form" name="_review" value="take"' in page
    assert "Saya tangani" in page

    response = client.post(review_url(article), {"_review": "take"}, follow=True)
    assert messages_of(response) == [
        "Artikel ini kini Anda tangani; redaktur lain melihatnya di antrean."
    ]
    article.refresh_from_db()
    assert article.reviewer == world.regional

    queue = client.get(CHANGELIST).content.decode()
    assert "Redaktur.Jateng, sejak" in queue
    assert "3\xa0jam, 5\xa0menit" in queue


def test_second_editor_sees_it_is_taken_and_has_no_decision_buttons(client, world):
    article = submitted(world)
    article.take_review(by=world.regional)
    log_in(client, world.central)
    page = client.get(change_url(article)).content.decode()
    assert "Ditangani Redaktur.Jateng sejak" in page
    assert 'value="take_over"' in page and "Ambil alih" in page
    assert 'name="_transition" value="publish"' not in page
    assert 'name="_transition" value="return_to_author"' not in page
    assert "Redaktur.Jateng, sejak" in client.get(CHANGELIST).content.decode()


def test_second_editor_acting_anyway_is_refused_with_who_has_it(client, world):
    article = submitted(world)
    article.take_review(by=world.regional)
    log_in(client, world.central)
    # A page opened before the article was taken still carries the publish button.
    response = client.post(
        change_url(article), form_data(article, _transition="publish"), follow=True
    )
    [refusal] = messages_of(response)
    assert refusal.startswith("Artikel ini sedang ditangani Redaktur.Jateng sejak ")
    assert refusal.endswith(
        "Pilih \u201cAmbil alih\u201d dulu bila Anda yang akan menerbitkan artikel ini."
    )
    article.refresh_from_db()
    assert article.status == S.REVIEW
    assert article.reviewer == world.regional


def test_taking_a_taken_article_is_refused_and_taking_over_is_said_aloud(client, world):
    article = submitted(world)
    article.take_review(by=world.regional)
    log_in(client, world.central)
    response = client.post(review_url(article), {"_review": "take"}, follow=True)
    [refusal] = messages_of(response)
    assert refusal.startswith("Artikel ini sedang ditangani Redaktur.Jateng sejak ")
    article.refresh_from_db()
    assert article.reviewer == world.regional

    response = client.post(review_url(article), {"_review": "take_over"}, follow=True)
    assert messages_of(response) == ["Anda mengambil alih tinjauan dari Redaktur.Jateng."]
    article.refresh_from_db()
    assert article.reviewer == world.central
    # Now the central editor decides.
    response = client.post(
        change_url(article), form_data(article, _transition="publish"), follow=True
    )
    article.refresh_from_db()
    assert article.status == S.PUBLISHED


@pytest.mark.parametrize(
    ("move", "by"),
    [
        (lambda a, w: a.publish(by=w.regional), "regional"),
        (lambda a, w: a.return_to_author(by=w.regional, note="Lengkapi kutipan."), "regional"),
        (lambda a, w: a.withdraw(by=w.officer), "officer"),
    ],
    ids=["published", "returned", "withdrawn"],
)
def test_the_assignment_is_released_when_the_article_leaves_review(world, move, by):
    article = submitted(world)
    article.take_review(by=world.regional)
    move(article, world)
    article.refresh_from_db()
    assert article.status != S.REVIEW
    assert article.reviewer is None and article.review_taken_at is None
    # Submitted again, it is anyone's to take.
    if article.status == S.PUBLISHED:
        article.unpublish(by=world.regional, reason="Ada koreksi.")
    article.submit(by=world.officer)
    article.take_review(by=world.central)
    assert Article.objects.get(pk=article.pk).reviewer == world.central


def test_the_reviewer_gives_it_back_and_nobody_else_can(client, world):
    article = submitted(world)
    article.take_review(by=world.regional)
    with pytest.raises(WorkflowError, match="tidak sedang Anda tangani"):
        article.release_review(by=world.central)
    log_in(client, world.regional)
    assert 'value="release"' in client.get(change_url(article)).content.decode()
    response = client.post(review_url(article), {"_review": "release"}, follow=True)
    assert messages_of(response) == ["Artikel dilepas; redaktur lain dapat menanganinya."]
    article.refresh_from_db()
    assert article.reviewer is None


def test_officers_and_editors_of_other_regions_cannot_take(client, world):
    article = submitted(world)
    log_in(client, world.officer)
    assert "Saya tangani" not in client.get(change_url(article)).content.decode()
    response = client.post(review_url(article), {"_review": "take"}, follow=True)
    assert messages_of(response) == ["Anda tidak berwenang menangani tinjauan artikel ini."]
    log_in(client, world.other_regional)
    assert client.post(review_url(article), {"_review": "take"}).status_code == 404
    article.refresh_from_db()
    assert article.reviewer is None


def test_only_an_article_in_review_can_be_taken(world):
    article = ArticleFactory(unit=world.permisan)
    with pytest.raises(WorkflowError, match="Hanya artikel yang menunggu tinjauan"):
        article.take_review(by=world.regional)


def test_taking_is_a_post(client, world):
    article = submitted(world)
    log_in(client, world.regional)
    assert client.get(review_url(article)).status_code == 405


def test_taking_does_not_make_an_open_form_stale(client, world):
    article = submitted(world)
    log_in(client, world.regional)
    opened = form_data(article, summary="Ringkasan yang diperbaiki redaktur.")
    client.post(review_url(article), {"_review": "take"})
    client.post(change_url(article), {**opened, "_continue": "1"})
    article.refresh_from_db()
    assert article.summary == "Ringkasan yang diperbaiki redaktur."


def test_list_action_takes_the_free_ones_and_names_the_taken(client, world):
    free = submitted(world, title="Bebas")
    taken = submitted(world, title="Sudah diambil")
    taken.take_review(by=world.central)
    log_in(client, world.regional)
    response = client.post(
        CHANGELIST,
        {"action": "take_selected", "_selected_action": [free.pk, taken.pk]},
        follow=True,
    )
    found = messages_of(response)
    assert "1 artikel kini Anda tangani." in found
    assert any(
        m.startswith(
            "Dilewati \u201cSudah diambil\u201d: Artikel ini sedang ditangani Redaktur.Pusat"
        )
        for m in found
    )
    assert Article.objects.get(pk=free.pk).reviewer == world.regional
    assert Article.objects.get(pk=taken.pk).reviewer == world.central


def test_the_queue_filters_what_i_have_and_what_nobody_has(client, world):
    mine, nobodys, theirs = (
        submitted(world, title=t) for t in ("Punya saya", "Bebas", "Orang lain")
    )
    mine.take_review(by=world.regional)
    theirs.take_review(by=world.central)
    log_in(client, world.regional)
    page = client.get(CHANGELIST, {"ditangani": "saya"}).content.decode()
    assert "Punya saya" in page and "Bebas" not in page and "Orang lain" not in page
    page = client.get(CHANGELIST, {"ditangani": "belum"}).content.decode()
    assert "Bebas" in page and "Punya saya" not in page and "Orang lain" not in page


@pytest.mark.parametrize("count", [1, 20])
def test_the_queue_costs_the_same_queries_whatever_its_length(
    client, world, django_assert_max_num_queries, count
):
    for n in range(count):
        article = submitted(world)
        article.take_review(by=world.regional if n % 2 else world.central)
    log_in(client, world.regional)
    with django_assert_max_num_queries(13):
        response = client.get(CHANGELIST)
    assert response.status_code == 200
