"""The article form as an officer meets it: banner, read-only body, headline, dateline, photo."""

import pytest
from django.urls import reverse

from newsroom.models import Article, Photo
from tests.factories import ArticleFactory, PhotoFactory, ReporterFactory, log_in
from tests.workflow.conftest import EMPTY_GALLERY, change_url, form_data

S = Article.Status
pytestmark = pytest.mark.django_db
ADD_URL = reverse("admin:newsroom_article_add")


def add_data(world, **overrides):
    data = {
        "title": "Humas Permisan ikuti rapat teknis nasional",
        "slug": "",
        "kind": "berita",
        "unit": world.permisan.pk,
        "reporter": "",
        "dateline": "",
        "summary": "Ringkasan.",
        "body": "<p>Isi.</p>",
        "lead_photo": "",
        "event": "",
        "tags": "",
        "programme": "",
        "video_url": "",
        "source_name": "",
        "source_url": "",
        **EMPTY_GALLERY,
    }
    data.update(overrides)
    return data


def test_submitted_article_shows_its_body_as_formatted_text_not_tags(client, world):
    article = ArticleFactory(
        unit=world.permisan,
        status=S.REVIEW,
        created_by=world.officer,
        body="<p>Rapat dibuka <strong>Selasa pagi</strong>.</p>",
    )
    log_in(client, world.officer)
    html = client.get(change_url(article)).content.decode()
    assert "<strong>Selasa pagi</strong>" in html
    assert "&lt;p&gt;" not in html and "&lt;strong&gt;" not in html


def test_returned_article_opens_with_the_editors_note(client, world):
    article = ArticleFactory(unit=world.permisan, status=S.REVIEW, created_by=world.officer)
    article.return_to_author(by=world.regional, note="Lengkapi nama narasumber.")
    log_in(client, world.officer)
    html = client.get(change_url(article)).content.decode()
    banner = html.index('class="wf-banner')
    assert banner < html.index('name="title"')
    assert html.index("Lengkapi nama narasumber.", banner) < html.index('name="title"')
    assert "Catatan redaktur" in html
    assert "Di tangan penulis: Humas.Permisan" in html


def test_pasted_dateline_moves_to_the_dateline_field(client, world):
    log_in(client, world.officer)
    response = client.post(
        ADD_URL,
        add_data(world, body="<p>NUSAKAMBANGAN- Perkuat sinergi, Lapas Permisan ...</p>"),
        follow=True,
    )
    article = Article.objects.get()
    assert article.dateline == "NUSAKAMBANGAN"
    assert article.body == "<p>Perkuat sinergi, Lapas Permisan ...</p>"
    assert "diambil dari awal isi berita" in response.content.decode()
    page = client.get(reverse("article-preview", args=[article.pk])).content.decode()
    assert page[page.index('class="body"') :].count("NUSAKAMBANGAN") == 1


def test_a_different_pasted_dateline_is_pointed_out(client, world):
    log_in(client, world.officer)
    response = client.post(
        ADD_URL, add_data(world, dateline="CILACAP", body="<p>NUSAKAMBANGAN - Perkuat</p>")
    )
    assert response.status_code == 200
    assert "berbeda dengan tempat berita" in response.content.decode()
    assert not Article.objects.exists()


def test_a_dateline_stored_twice_is_printed_once(client, world):
    article = ArticleFactory(
        unit=world.permisan, live=True, dateline="NUSAKAMBANGAN",
        body="<p>NUSAKAMBANGAN- Perkuat sinergi</p>",
    )  # fmt: skip
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('class="body"') :]
    assert body.count("NUSAKAMBANGAN") == 1
    assert "Perkuat sinergi" in body


def test_too_long_headline_is_refused_with_its_length_and_the_limit(client, world):
    log_in(client, world.officer)
    title = "Rapat " * 30
    response = client.post(ADD_URL, add_data(world, title=title))
    html = response.content.decode()
    assert "Judul terlalu panjang: 179 karakter, paling banyak 150" in html
    assert 'maxlength="200"' not in html
    assert 'data-max="150"' in html and 'data-recommended="70"' in html


def test_address_made_from_a_long_headline_stops_at_a_whole_word(client, world):
    log_in(client, world.officer)
    title = "Kalapas Permisan bersama koordinator Humas menghadiri rapat teknis nasional " * 2
    client.post(ADD_URL, add_data(world, title=title.strip()[:150]))
    slug = Article.objects.get().slug
    assert len(slug) <= 80
    assert title.lower().replace(" ", "-").startswith(slug)
    assert not slug.endswith("-")


def test_form_shows_the_lead_photo_and_edits_its_details_there(client, world):
    photo = PhotoFactory(unit=world.permisan, caption="Senam pagi", credit="", alt_text="")
    article = ArticleFactory(unit=world.permisan, lead_photo=photo, created_by=world.officer)
    log_in(client, world.officer)
    html = client.get(change_url(article)).content.decode()
    assert 'class="foto-mini"' in html
    assert "Senam pagi</textarea>" in html
    client.post(
        change_url(article),
        form_data(
            article,
            lead_caption="Senam pagi",
            lead_credit="Dok. Humas Lapas Permisan",
            lead_alt="Warga binaan senam di lapangan",
        ),
    )
    photo.refresh_from_db()
    assert photo.credit == "Dok. Humas Lapas Permisan"
    assert photo.alt_text == "Warga binaan senam di lapangan"


def test_the_only_reporter_of_the_unit_is_preselected(client, world):
    reporter = ReporterFactory(unit=world.permisan)
    log_in(client, world.officer)
    form = client.get(ADD_URL).context["adminform"].form
    assert form.initial["reporter"] == reporter.pk


def test_officers_own_byline_is_preselected_among_several(client, world):
    ReporterFactory(unit=world.permisan)
    own = ReporterFactory(unit=world.permisan, user=world.officer)
    log_in(client, world.officer)
    form = client.get(ADD_URL).context["adminform"].form
    assert form.initial["reporter"] == own.pk


def test_checklist_beside_submit_blocks_it_until_met(client, world):
    article = ArticleFactory(unit=world.permisan, summary="", created_by=world.officer)
    log_in(client, world.officer)
    html = client.get(change_url(article)).content.decode()
    assert "Sebelum diajukan" in html
    assert 'data-check="summary" data-ok="0"' in html
    button = html[html.index('value="submit"') :].split(">", 1)[0]
    assert "disabled" in button
    assert Photo.objects.count() == 0
