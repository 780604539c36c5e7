"""Unit and region addresses follow their slug and the script prefix the site is mounted under."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from tests.factories import UPTFactory

pytestmark = pytest.mark.django_db


def test_unit_and_region_addresses_follow_the_slug_and_the_script_prefix():
    unit = UPTFactory(slug="lapas-contoh")
    assert unit.get_absolute_url() == reverse("unit-detail", kwargs={"slug": "lapas-contoh"})
    assert unit.region.get_absolute_url() == f"/wilayah/{unit.region.slug}/"
    unit.slug = "lapas-baru"
    assert unit.get_absolute_url() == "/upt/lapas-baru/"
    # A site mounted under a path (SCRIPT_NAME) links under it.
    set_script_prefix("/warta/")
    try:
        assert unit.get_absolute_url() == "/warta/upt/lapas-baru/"
    finally:
        clear_script_prefix()
    assert unit.get_absolute_url() == "/upt/lapas-baru/"
