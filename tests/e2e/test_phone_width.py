"""At 390 px (a common phone) public pages do not scroll sideways; search results come first."""

import pytest

from tests.factories import ArticleFactory, UPTFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def test_a_unit_page_with_a_long_address_fits_a_phone(page):
    unit = UPTFactory(
        email="humas.lembagapemasyarakatankelasiiapermisannusakambangan@kemenimipas.go.id"
    )
    page.set_viewport_size(PHONE)
    page.goto(unit.get_absolute_url())
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_search_results_show_on_the_first_screen_of_a_phone(page):
    ArticleFactory(live=True, title="Pelatihan las bagi warga binaan")
    page.set_viewport_size(PHONE)
    page.goto("/cari/?q=pelatihan")
    result = page.get_by_role("link", name="Pelatihan las bagi warga binaan")
    box = result.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]
    assert not page.get_by_label("Wilayah").is_visible()
    page.get_by_text("Saring menurut wilayah").click()
    assert page.get_by_label("Wilayah").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
