"""Announced winners show on the home page and on each winning unit's page."""

import io

import pytest
from django.core.management import call_command

from awards.models import Result

pytestmark = pytest.mark.django_db


def test_home_and_unit_page_show_announced_winners(client, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    winner = Result.objects.public().winners().first()
    assert winner is not None
    home = client.get("/").content.decode()
    assert "Pemenang penghargaan Humas terbaru" in home
    assert winner.unit.name in home
    unit_page = client.get(winner.unit.get_absolute_url()).content.decode()
    assert "Penghargaan Humas" in unit_page
    assert winner.category.name in unit_page
