import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from newsroom.models import Article
from tests.factories import UPTFactory, UserFactory
from tests.photos.images import phone_jpeg

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "rahasia-uji-123"


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.locator("#user-tools")).to_be_visible()


def choose_in_autocomplete(page, field, text):
    page.locator(f"#{field} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def upload_lead_photo(page, tmp_path):
    photo_file = tmp_path / "IMG_20240924_101500.jpg"
    photo_file.write_bytes(phone_jpeg(size=(1600, 1067)))
    page.goto("/admin/newsroom/photo/add/")
    page.set_input_files("#id_image", str(photo_file))
    page.fill("#id_caption", "Kalapas Permisan membuka rapat teknis Humas")
    page.fill("#id_credit", "Dok. Humas Lapas Permisan")
    page.fill("#id_alt_text", "Kalapas berdiri di podium di depan peserta rapat")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def write_article(page, unit_name):
    page.goto("/admin/newsroom/article/add/")
    page.fill("#id_title", "Humas Permisan ikuti rapat teknis nasional")
    choose_in_autocomplete(page, "id_unit", unit_name)
    editor = page.frame_locator("#cke_id_body iframe.cke_wysiwyg_frame").locator(
        "body[contenteditable=true]"
    )
    editor.click()
    editor.press_sequentially("Agen informasi Pemasyarakatan")
    page.locator("#cke_id_body .cke_combo__format .cke_combo_button").click()
    page.frame_locator(".cke_combopanel iframe").locator("a[title='Heading 2']").click()
    editor.press("End")
    editor.press("Enter")
    editor.press_sequentially("Rapat dibuka pada ")
    editor.press("Control+b")
    editor.press_sequentially("Selasa pagi")
    editor.press("Control+b")
    editor.press_sequentially(" di Jakarta.")
    choose_in_autocomplete(page, "id_lead_photo", "Kalapas Permisan")
    yesterday = timezone.localtime() - timedelta(days=1)
    page.select_option("#id_status", "published")
    page.fill("#id_published_at_0", yesterday.strftime("%d-%m-%Y"))
    page.fill("#id_published_at_1", "08.00")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_staff_writes_a_formatted_article_with_a_lead_photo_that_readers_see(page, tmp_path):
    unit = UPTFactory(name="Lapas Kelas IIA Permisan", short_name="Lapas Permisan")
    UserFactory(username="redaksi", is_superuser=True)

    log_in(page, "redaksi")
    upload_lead_photo(page, tmp_path)
    write_article(page, "Lapas Kelas IIA Permisan")
    assert page.script_errors == []

    article = Article.objects.get()
    assert article.unit == unit and article.is_live
    assert "<h2>Agen informasi Pemasyarakatan</h2>" in article.body
    assert "<strong>Selasa pagi</strong>" in article.body

    page.goto(article.get_absolute_url())
    body = page.locator("article .body")
    expect(body.locator("h2")).to_have_text("Agen informasi Pemasyarakatan")
    expect(body.locator("strong", has_text="Selasa pagi")).to_be_visible()
    lead = page.locator("figure.lead")
    expect(lead.locator("img")).to_have_attribute(
        "alt", "Kalapas berdiri di podium di depan peserta rapat"
    )
    expect(lead.locator("figcaption")).to_contain_text("Kalapas Permisan membuka rapat teknis")
    expect(lead.locator("figcaption")).to_contain_text("Dok. Humas Lapas Permisan")
    src = lead.locator("img").get_attribute("src")
    assert page.request.get(src).ok
    assert re.search(r"\.(jpg|webp)$", src)
    assert page.script_errors == []
