"""Submitting checks what an editor would refuse, and says it in the officer's words."""

import pytest

from newsroom.models import Article, WorkflowError
from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    PhotoFactory,
    ReporterFactory,
    log_in,
)
from tests.workflow.conftest import change_url, form_data

S = Article.Status
pytestmark = pytest.mark.django_db


def test_officer_cannot_submit_while_the_lead_photo_lacks_a_credit(client, world):
    photo = PhotoFactory(unit=world.permisan, caption="Kalapas membuka rapat", credit="")
    article = ArticleFactory(unit=world.permisan, lead_photo=photo, created_by=world.officer)
    log_in(client, world.officer)
    response = client.post(
        change_url(article), form_data(article, _transition="submit"), follow=True
    )
    [refusal] = [str(m) for m in response.context["messages"]]
    assert "Foto utama (\u201cKalapas membuka rapat\u201d) belum punya kredit" in refusal
    assert photo.image.name.rsplit("/", 1)[-1] not in refusal
    article.refresh_from_db()
    assert article.status == S.DRAFT


def test_gallery_photos_are_named_by_their_place_and_caption(world):
    article = ArticleFactory(unit=world.permisan)
    ArticlePhotoFactory(article=article, photo=PhotoFactory(caption="Senam pagi"), order=1)
    ArticlePhotoFactory(article=article, photo=PhotoFactory(caption="", alt_text=""), order=2)
    with pytest.raises(WorkflowError) as refusal:
        article.submit(by=world.officer)
    message = str(refusal.value)
    assert "Foto galeri ke-2 belum punya keterangan." in message
    assert "Foto galeri ke-2 belum punya teks alternatif." in message
    assert "Senam pagi" not in message
    assert "foto.jpg" not in message and ".jpg" not in message


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"summary": ""}, "Ringkasan belum diisi."),
        ({"reporter": None}, "Penulis belum dipilih."),
    ],
)
def test_submitting_needs_a_summary_and_a_reporter(world, change, message):
    article = ArticleFactory(unit=world.permisan, **change)
    with pytest.raises(WorkflowError, match=message):
        article.submit(by=world.officer)
    article.refresh_from_db()
    assert article.status == S.DRAFT


def test_an_article_meeting_the_checklist_goes_to_review(world):
    article = ArticleFactory(
        unit=world.permisan,
        reporter=ReporterFactory(unit=world.permisan),
        lead_photo=PhotoFactory(unit=world.permisan),
    )
    article.submit(by=world.officer)
    assert article.status == S.REVIEW
