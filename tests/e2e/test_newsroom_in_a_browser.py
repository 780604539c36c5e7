import re

import pyotp
import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from newsroom import permissions
from newsroom.models import Article
from tests.factories import (
    PASSWORD,
    ArticleFactory,
    RegionFactory,
    ReporterFactory,
    UPTFactory,
    authenticator,
    current_code,
    staff_user,
)
from tests.photos.images import phone_jpeg

# Serialized rollback keeps the role groups that a data migration made, for the next test too.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in(page, username):
    """Password, then the code of the account's authenticator app (computed with pyotp)."""
    device = authenticator(get_user_model().objects.get(username=username))
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.locator("h1")).to_have_text("Verifikasi dua langkah")
    page.fill("#id_code", current_code(device))
    page.locator("#twofactor-form input[type=submit]").click()
    expect(page.locator("#user-tools")).to_be_visible()


def enrol_on_first_login(page, username):
    """First login: scan (here: read) the key, confirm a code, keep the ten recovery codes."""
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page.locator("h1")).to_have_text("Aktifkan verifikasi dua langkah")
    qr = page.locator("img.twofactor-qr")
    expect(qr).to_be_visible()
    assert page.evaluate("img => img.naturalWidth", qr.element_handle()) > 0
    key = page.locator("#twofactor-key").inner_text().replace(" ", "")
    page.fill("#id_code", pyotp.TOTP(key).now())
    page.locator("#twofactor-form input[type=submit]").click()
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="Sudah saya simpan, lanjutkan").click()
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


def write_article(page):
    page.goto("/admin/newsroom/article/add/")
    page.fill("#id_title", "Humas Permisan ikuti rapat teknis nasional")
    page.fill("#id_summary", "Kalapas dan koordinator Humas mengikuti rapat teknis nasional.")
    # An officer's only unit is chosen for them: the select offers nothing else.
    expect(page.locator("#id_unit option")).to_have_count(1)
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
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def log_out(page):
    page.goto("/admin/")
    page.locator("#logout-form button").click()
    expect(page.locator("#user-tools")).to_have_count(0)


def test_officer_writes_editor_publishes_reader_sees_it(page, tmp_path):
    jateng = RegionFactory(name="Jawa Tengah")
    permisan = UPTFactory(
        name="Lapas Kelas IIA Permisan", short_name="Lapas Permisan", region=jateng
    )
    cipinang = UPTFactory(name="Lapas Kelas I Cipinang", short_name="Lapas Cipinang")
    # The unit's only byline is preselected; without one the checklist blocks submitting.
    ReporterFactory(unit=permisan, display_name="Humas Lapas Permisan")
    staff_user("humas.permisan", permissions.OFFICER_GROUP, unit=permisan)
    staff_user("redaktur.jateng", permissions.REGIONAL_EDITOR_GROUP, region=jateng)
    elsewhere = ArticleFactory(unit=cipinang, title="Berita internal Lapas Cipinang")

    # The officer's first login sets up the second factor; then they write and submit.
    enrol_on_first_login(page, "humas.permisan")
    upload_lead_photo(page, tmp_path)
    write_article(page)
    page.locator("button[name=_transition][value=submit]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article = Article.objects.get(unit=permisan)
    assert article.status == Article.Status.REVIEW
    assert "<h2>Agen informasi Pemasyarakatan</h2>" in article.body
    assert "<strong>Selasa pagi</strong>" in article.body
    assert not article.is_live

    # Another unit's article is out of the officer's reach, by its direct address too.
    response = page.goto(f"/admin/newsroom/article/{elsewhere.pk}/change/")
    assert response.status == 404
    assert "Berita internal Lapas Cipinang" not in page.content()
    log_out(page)

    # The regional editor publishes it now.
    log_in(page, "redaktur.jateng")
    page.goto(f"/admin/newsroom/article/{article.pk}/change/")
    page.locator("button[name=_transition][value=publish]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert article.is_live
    assert page.script_errors == []
    log_out(page)

    # A reader sees the formatted text and the lead photo with its caption and credit.
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
