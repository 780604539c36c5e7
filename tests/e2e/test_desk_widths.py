"""The officer's journey on a phone (390 px) and a laptop (1366 px), and axe-core on the desk.

At 390 px: no sideways scrolling and fingers-sized (44 px) targets for the controls an officer
uses; a photo straight from an iPhone (HEIC); the checklist blocks submitting until it is met.
axe-core (the copy bundled by the axe-playwright-python package) finds no serious or critical
violation on the article's add form, change form and change list.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from newsroom import permissions
from newsroom.models import Article
from tests.e2e.test_newsroom_in_a_browser import log_in
from tests.factories import (
    ArticleFactory,
    ArticlePhotoFactory,
    PhotoFactory,
    RegionFactory,
    ReporterFactory,
    UPTFactory,
    staff_user,
)
from tests.photos.images import phone_heic

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE, LAPTOP = 390, 1366
TITLE = "Humas Permisan ikuti rapat teknis nasional bersama lima puluh empat UPT"
# What an officer presses or types into on the way from a new article to the review queue.
ADD_CONTROLS = [
    "#id_title",
    "#id_summary",
    "#id_unit",
    ".field-reporter .select2-selection",
    "#id_lead_upload",
    "#id_lead_camera",
    "#id_lead_caption",
    "#id_lead_alt",
    "input[name=_save]",
    "input[name=_continue]",
]
CHANGE_CONTROLS = [*ADD_CONTROLS, "button[name=_transition][value=submit]"]


@pytest.fixture
def newsroom(db):
    jateng = RegionFactory(name="Jawa Tengah")
    permisan = UPTFactory(
        name="Lapas Kelas IIA Permisan", short_name="Lapas Permisan", region=jateng
    )
    ReporterFactory(unit=permisan, display_name="Humas Lapas Permisan")
    officer = staff_user("humas.permisan", permissions.OFFICER_GROUP, unit=permisan)
    return permisan, officer


def no_sideways_scrolling(page):
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url}: page {widths[0]} px wide in {widths[1]} px"


def small_targets(page, selectors):
    """The controls among `selectors` smaller than 44 by 44 px, with their sizes."""
    small = []
    for selector in selectors:
        box = page.locator(selector).first.bounding_box()
        assert box is not None, f"{selector} is not shown"
        if box["height"] < 44 or box["width"] < 44:
            small.append((selector, round(box["width"]), round(box["height"])))
    return small


def write_body(page, text):
    editor = page.frame_locator("#cke_id_body iframe.cke_wysiwyg_frame").locator(
        "body[contenteditable=true]"
    )
    editor.click()
    editor.press_sequentially(text)


@pytest.mark.parametrize("width", [PHONE, LAPTOP])
def test_officer_writes_attaches_an_iphone_photo_and_submits(page, newsroom, tmp_path, width):
    unit, _officer = newsroom
    page.set_viewport_size({"width": width, "height": 844 if width == PHONE else 768})
    log_in(page, "humas.permisan")

    page.goto("/admin/newsroom/article/add/")
    write_body(page, "Kalapas dan koordinator Humas mengikuti rapat teknis di Jakarta.")
    if width == PHONE:
        no_sideways_scrolling(page)
        small = small_targets(page, ADD_CONTROLS)
        assert small == [], small
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Kalapas dan koordinator Humas mengikuti rapat teknis nasional.")
    photo = tmp_path / "IMG_0412.HEIC"
    photo.write_bytes(phone_heic())
    page.set_input_files("#id_lead_camera", str(photo))
    page.fill("#id_lead_caption", "Kalapas Permisan di rapat teknis Humas")
    # No alternative text yet: the checklist will say so.
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success").first).to_be_visible()

    submit = page.locator("button[name=_transition][value=submit]")
    expect(page.locator("#wf-checklist li[data-check='photo-alt_text']")).to_have_class("missing")
    expect(submit).to_be_disabled()
    if width == PHONE:
        no_sideways_scrolling(page)
        assert small_targets(page, CHANGE_CONTROLS) == []
    page.fill("#id_lead_alt", "Kalapas berdiri di podium di depan peserta rapat")
    expect(submit).to_be_enabled()
    # Enter in a field saves the form; it never submits (nor, for an editor, publishes).
    page.press("#id_lead_alt", "Enter")
    expect(page.locator(".messagelist .success").first).to_contain_text("berhasil diubah")
    assert Article.objects.get(unit=unit).status == Article.Status.DRAFT
    expect(submit).to_be_enabled()
    submit.click()
    expect(page.locator(".messagelist .success")).to_contain_text("diajukan untuk ditinjau")

    article = Article.objects.select_related("lead_photo").get(unit=unit)
    assert article.status == Article.Status.REVIEW
    assert article.lead_photo.image.name.endswith(".jpg")
    assert article.lead_photo.alt_text == "Kalapas berdiri di podium di depan peserta rapat"
    assert article.lead_photo.credit == "Dok. Humas Lapas Permisan"

    page.goto("/admin/newsroom/article/")
    title = page.locator("#result_list .field-title a", has_text="Humas Permisan ikuti")
    if width == PHONE:
        no_sideways_scrolling(page)
    else:
        # The headline keeps the room it needs: two lines at most, never a word per line.
        lines = title.evaluate("a => a.getClientRects().length")
        assert lines <= 2, f"the title wraps over {lines} lines"
    assert page.script_errors == []


@pytest.mark.parametrize("width", [PHONE, LAPTOP])
def test_calendar_fits_a_phone_and_a_laptop(page, newsroom, width):
    unit, _officer = newsroom
    ArticleFactory(unit=unit, title=TITLE, live=True)
    page.set_viewport_size({"width": width, "height": 844})
    log_in(page, "humas.permisan")
    page.goto("/admin/newsroom/article/kalender/")
    expect(page.locator(".cal-items a", has_text="Humas Permisan ikuti")).to_be_visible()
    no_sideways_scrolling(page)
    if width == PHONE:
        assert small_targets(page, ["#cal-tanggal", "#cal-tampilan", ".cal-nav a"]) == []


def serious_violations(page):
    """axe-core's serious and critical findings, and any empty table header (minor in axe)."""
    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical") or v["id"] == "empty-table-header"
    ]


def test_axe_finds_nothing_serious_on_the_article_forms_and_list(page, newsroom):
    unit, officer = newsroom
    article = ArticleFactory(unit=unit, created_by=officer, title=TITLE)
    ArticlePhotoFactory(article=article, photo=PhotoFactory(unit=unit))
    log_in(page, "humas.permisan")
    for url in (
        "/admin/newsroom/article/add/",
        f"/admin/newsroom/article/{article.pk}/change/",
        "/admin/newsroom/article/",
    ):
        page.goto(url)
        expect(page.locator("#content-main")).to_be_visible()
        page.wait_for_load_state("load")
        found = serious_violations(page)
        assert found == [], (url, found)
