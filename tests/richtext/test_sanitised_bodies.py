import pytest
from django.urls import reverse

from newsroom.models import Article
from newsroom.sanitize import sanitize_html
from tests.factories import ArticleFactory, UPTFactory, UserFactory, log_in

from .harmless import problems_in
from .xss_corpus import PAYLOADS

pytestmark = pytest.mark.django_db


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 40


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_saved_on_the_model_is_stored_harmless(payload):
    article = ArticleFactory(body=f"<p>Berita</p>{payload}")
    stored = Article.objects.values_list("body", flat=True).get(pk=article.pk)
    assert problems_in(stored) == []
    assert "Berita" in stored


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_sent_through_the_admin_form_is_stored_harmless(client, payload):
    admin = UserFactory(is_superuser=True)
    unit = UPTFactory()
    log_in(client, admin)
    response = client.post(
        reverse("admin:newsroom_article_add"),
        {
            "title": "Berita uji keamanan",
            "slug": "berita-uji-keamanan",
            "kind": Article.Kind.BERITA,
            "unit": unit.pk,
            "body": f"<h2>Judul</h2>{payload}",
            "status": Article.Status.DRAFT,
            "gallery_items-TOTAL_FORMS": "0",
            "gallery_items-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    stored = Article.objects.get(slug="berita-uji-keamanan").body
    assert problems_in(stored) == []
    assert "<h2>Judul</h2>" in stored


def test_queryset_update_and_bulk_update_cannot_bypass_the_sanitiser():
    first, second = ArticleFactory(), ArticleFactory()
    Article.objects.filter(pk=first.pk).update(body='<p onclick="x">a</p><script>b</script>')
    second.body = '<a href="javascript:alert(1)">c</a>'
    Article.objects.bulk_update([second], ["body"])
    bodies = dict(Article.objects.values_list("pk", "body"))
    assert bodies[first.pk] == "<p>a</p>"
    assert problems_in(bodies[second.pk]) == []


def test_news_formatting_survives_cleaning():
    html = (
        "<h2>Sub</h2><h3>Bagian</h3><h4>Rinci</h4><p><strong>tebal</strong> <em>miring</em> "
        '<a href="https://kemenimipas.go.id/">tautan</a></p><ul><li>satu</li></ul><ol><li>dua</li>'
        "</ol><blockquote><p>kutipan</p></blockquote><table><tbody><tr><td>sel</td></tr></tbody>"
        '</table><figure class="image"><img src="/media/unggahan/1/a.jpg" alt="foto" width="640" '
        'height="480"><figcaption>Keterangan</figcaption></figure>'
    )
    clean = sanitize_html(html)
    for piece in [
        "<h2>Sub</h2>",
        "<h4>Rinci</h4>",
        "<strong>tebal</strong>",
        "<em>miring</em>",
        '<a href="https://kemenimipas.go.id/" rel="noopener noreferrer">tautan</a>',
        "<blockquote>",
        "<td>sel</td>",
        '<figure class="image">',
        "<figcaption>Keterangan</figcaption>",
        'src="/media/unggahan/1/a.jpg"',
    ]:
        assert piece in clean


def test_video_embeds_from_allowed_hosts_are_kept_and_others_dropped():
    kept = sanitize_html('<iframe src="https://www.youtube.com/embed/abc123"></iframe>')
    dropped = sanitize_html('<iframe src="https://video.evil.example/embed/1"></iframe><p>x</p>')
    assert 'src="https://www.youtube.com/embed/abc123"' in kept
    assert "sandbox=" in kept
    assert dropped == "<p>x</p>"


def test_inline_styles_and_word_markup_are_removed():
    word = (
        '<p class="MsoNormal" style="margin:0cm;font-family:Calibri"><o:p></o:p>'
        '<span style="color:red">Teks</span></p>'
    )
    assert sanitize_html(word) == "<p>Teks</p>"


def test_cleaning_twice_changes_nothing():
    for payload in PAYLOADS:
        once = sanitize_html(f"<p>a</p>{payload}")
        assert sanitize_html(once) == once
