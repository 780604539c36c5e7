"""A match holds submitting and publishing; an editor with the permission passes it with a reason."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from newsroom import permissions
from newsroom.models import Article, ArticleTransition, BlockedTerm, WorkflowError
from tests.factories import ArticleFactory, log_in
from tests.workflow.conftest import change_url, form_data

pytestmark = pytest.mark.django_db
S = Article.Status
SPAM = '<p>Kegiatan. <a href="https://contoh.example/">Slot gacor hari ini</a></p>'


def press(client, article, transition, **extra):
    return client.post(
        change_url(article), form_data(article, _transition=transition, **extra), follow=True
    )


def messages_of(response):
    return " ".join(str(m) for m in response.context["messages"])


def test_an_officer_cannot_submit_spam_and_is_told_the_term_and_field(client, world):
    article = ArticleFactory(unit=world.permisan, body=SPAM, created_by=world.officer)
    log_in(client, world.officer)
    response = press(client, article, "submit")
    text = messages_of(response)
    assert "Penjaga konten menahan artikel ini" in text
    assert "\u201cslot gacor\u201d (Isi)" in text
    article.refresh_from_db()
    assert article.status == S.DRAFT


def test_a_regional_editor_cannot_publish_spam(client, world):
    article = ArticleFactory(unit=world.permisan, body=SPAM, status=S.REVIEW)
    log_in(client, world.regional)
    response = press(client, article, "publish", _guard_reason="Saya yakin")
    assert "Penjaga konten menahan artikel ini" in messages_of(response)
    article.refresh_from_db()
    assert not article.is_live


def test_the_review_screen_shows_what_the_guard_holds_and_every_outbound_link(client, world):
    article = ArticleFactory(
        unit=world.permisan,
        status=S.REVIEW,
        body=SPAM + '<p><a href="https://www.kemenkumham.go.id/berita">Kemenkumham</a></p>',
    )
    log_in(client, world.central)
    page = client.get(change_url(article)).content.decode()
    assert "Ditahan penjaga konten" in page
    assert 'name="_guard_reason"' in page
    assert "<strong>slot gacor</strong> di Isi" in page
    links = page[page.index('id="wf-links"') :]
    assert "contoh.example" in links and "Slot gacor hari ini" in links
    assert "kemenkumham.go.id" in links and "Kemenkumham" in links
    log_in(client, world.regional)
    assert 'name="_guard_reason"' not in client.get(change_url(article)).content.decode()


def test_an_editor_with_the_permission_publishes_anyway_with_a_reason_in_the_history(client, world):
    article = ArticleFactory(unit=world.permisan, body=SPAM, status=S.REVIEW)
    log_in(client, world.central)
    refused = press(client, article, "publish")
    assert "tulis alasannya" in messages_of(refused)
    reason = "Mengutip contoh promosi dalam berita sosialisasi bahaya judi online."
    press(client, article, "publish", _guard_reason=reason)
    article.refresh_from_db()
    assert article.is_live
    step = ArticleTransition.objects.filter(article=article).last()
    assert step.actor == world.central
    assert reason in step.note and "\u201cslot gacor\u201d (Isi)" in step.note
    assert reason in client.get(change_url(article)).content.decode()


def test_a_raid_report_goes_through_submit_and_publish(world):
    article = ArticleFactory(
        unit=world.permisan,
        title="Razia judi online di blok hunian",
        body="<p>Petugas menyita ponsel berisi aplikasi judi online dan slot.</p>",
    )
    article.submit(by=world.officer)
    article.publish(by=world.regional)
    assert article.is_live


def test_a_term_admins_add_holds_articles_from_then_on(client, world):
    article = ArticleFactory(
        unit=world.permisan, status=S.REVIEW, body="<p>Promo kupon xyzabc.</p>"
    )
    log_in(client, world.admin)
    response = client.post(
        reverse("admin:newsroom_blockedterm_add"),
        {"kind": "term", "pattern": "kupon xyzabc", "note": "Laporan 3 Des", "is_active": "on"},
    )
    assert response.status_code == 302
    with pytest.raises(WorkflowError, match="kupon xyzabc"):
        article.publish(by=world.regional)
    too_short = client.post(
        reverse("admin:newsroom_blockedterm_add"), {"kind": "term", "pattern": "qq"}
    )
    assert "minimal tiga huruf" in too_short.content.decode()


def test_only_admins_keep_the_list(client, world):
    term = BlockedTerm.objects.get(pattern="slot gacor")
    log_in(client, world.regional)
    assert client.get(reverse("admin:newsroom_blockedterm_changelist")).status_code == 200
    response = client.post(
        reverse("admin:newsroom_blockedterm_change", args=[term.pk]),
        {"kind": "term", "pattern": "slot", "note": ""},
    )
    assert response.status_code == 403
    assert not permissions.may_override_guard(world.regional)
    assert permissions.may_override_guard(world.central)


def _live_spam(world, n):
    return [
        ArticleFactory(unit=world.permisan, live=True, title=f"Info maxwin nomor {i}")
        for i in range(n)
    ]


def test_scan_content_reports_live_articles_matching_todays_list(world):
    spam = _live_spam(world, 2)
    ArticleFactory(unit=world.permisan, live=True, title="Razia judi online di blok hunian")
    out = io.StringIO()
    call_command("scan_content", stdout=out)
    report = out.getvalue()
    assert all(str(a.pk) in report and a.title in report for a in spam)
    assert "\u201cmaxwin\u201d (Judul)" in report
    assert "2 artikel tayang cocok" in report
    assert all(Article.objects.get(pk=a.pk).is_live for a in spam)


def test_scan_content_unpublishes_them_all_with_the_reason(world):
    spam = _live_spam(world, 3)
    call_command(
        "scan_content",
        "--unpublish",
        "--reason",
        "Spam judi setelah insiden 2 Des",
        "--user",
        world.central.username,
        stdout=io.StringIO(),
    )
    for article in spam:
        article.refresh_from_db()
        assert article.status == S.UNPUBLISHED
        step = ArticleTransition.objects.filter(article=article).last()
        assert step.note == "Spam judi setelah insiden 2 Des" and step.actor == world.central


def test_scan_content_unpublishes_nothing_when_one_article_cannot_be(world):
    spam = _live_spam(world, 2)
    elsewhere = ArticleFactory(unit=world.cipinang, live=True, title="Info maxwin Jakarta")
    with pytest.raises(CommandError, match="Tidak ada yang ditarik"):
        call_command(
            "scan_content",
            "--unpublish",
            "--reason",
            "Spam",
            "--user",
            world.regional.username,  # Jakarta lies outside this editor's region
            stdout=io.StringIO(),
        )
    assert all(Article.objects.get(pk=a.pk).is_live for a in [*spam, elsewhere])


def test_scan_content_asks_for_a_reason_and_an_editor(world):
    with pytest.raises(CommandError, match="--reason"):
        call_command("scan_content", "--unpublish", stdout=io.StringIO())
    with pytest.raises(CommandError, match="--user"):
        call_command("scan_content", "--unpublish", "--reason", "x", stdout=io.StringIO())
