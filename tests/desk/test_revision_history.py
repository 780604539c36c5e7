"""The revision history says what changed, and a refused action leaves no revision behind."""

import pytest
from django.urls import reverse
from reversion.models import Version

from newsroom.models import Article
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

S = Article.Status
pytestmark = pytest.mark.django_db


def comments(article):
    return [v.revision.comment for v in Version.objects.get_for_object(article).order_by("pk")]


def test_submitting_without_edits_is_recorded_as_a_status_change(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    # CKEditor posts its own line breaks around the stored text.
    client.post(
        change_url(article), form_data(article, body=article.body + "\r\n", _transition="submit")
    )
    assert comments(article) == ["Status berubah: Draf \u2192 Menunggu tinjauan."]


def test_an_edit_is_recorded_as_a_change_of_the_text(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    log_in(client, world.officer)
    client.post(change_url(article), form_data(article, body="<p>Isi baru.</p>"))
    [comment] = comments(article)
    assert "Isi berita berubah" in comment and "Status" not in comment


def test_an_edit_with_a_move_names_both(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW)
    log_in(client, world.regional)
    client.post(change_url(article), form_data(article, title="Judul baru", _transition="publish"))
    [comment] = comments(article)
    assert "Judul berubah" in comment
    assert "Status berubah: Menunggu tinjauan \u2192 Terbit." in comment


def test_a_refused_action_creates_no_revision(client, world):
    article = ArticleFactory(unit=world.permisan, summary="", created_by=world.officer)
    before = Article.objects.values("updated_at").get(pk=article.pk)
    log_in(client, world.officer)
    response = client.post(
        change_url(article), form_data(article, _transition="submit"), follow=True
    )
    assert "Ringkasan belum diisi." in response.content.decode()
    assert comments(article) == []
    assert Article.objects.values("updated_at").get(pk=article.pk) == before


def test_an_authors_withdrawal_is_its_own_revision(client, world):
    article = ArticleFactory(unit=world.permisan, created_by=world.officer)
    article.submit(by=world.officer)
    log_in(client, world.officer)
    client.post(change_url(article), {"_transition": "withdraw"})
    assert comments(article) == ["Status berubah: Menunggu tinjauan \u2192 Draf."]
    history = client.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    assert "Status berubah" in history.content.decode()
