"""axe-core finds no violation, of any impact, on the public pages of the demo site (issue 19).

Home, an article, a unit, a region, the unit directory, events, search, awards, the archive and
each kind's list, a topic and a reporter, at 390 px and 1366 px. axe-core is the copy bundled
by axe-playwright-python (nothing downloaded at test time).
"""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from taggit.models import Tag

from awards.models import Edition
from newsroom.models import Article, Event, Reporter
from upt.models import Region

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = (390, 1366)


def public_pages():
    article = Article.objects.live().filter(lead_photo__isnull=False).first()
    region = Region.objects.filter(units__articles__isnull=False).first()
    edition = Edition.objects.order_by("-year").first()
    return [
        "/",
        article.get_absolute_url(),
        article.unit.get_absolute_url(),
        region.get_absolute_url(),
        "/upt/",
        "/kegiatan/",
        Event.objects.first().get_absolute_url(),
        "/cari/",
        "/cari/?q=pembinaan",
        "/penghargaan/",
        edition.get_absolute_url(),
        "/berita/",
        *(f"/berita/?jenis={kind}" for kind in Article.Kind.values),
        f"/topik/{Tag.objects.get(name='Humas').slug}/",
        Reporter.objects.first().get_absolute_url(),
    ]


def test_axe_finds_no_violation_on_any_public_page(page, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    settings.DEBUG = False
    found = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for url in public_pages():
            response = page.goto(url)
            assert response.status == 200, url
            page.wait_for_load_state("load")
            violations = Axe().run(page).response["violations"]
            found += [
                (width, url, v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                for v in violations
            ]
    assert found == []
