"""The API's docs page works in a browser under the site's strict CSP, from our own files."""

import pytest
from playwright.sync_api import expect

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_api_docs_list_the_operations_and_try_one_without_csp_errors(page, live_server):
    ArticleFactory(live=True, title="Berita dari API")
    foreign = []
    page.on(
        "request",
        lambda request: request.url.startswith(live_server.url) or foreign.append(request.url),
    )
    page.goto("/api/v1/docs")
    expect(page.get_by_text("Daftar berita").first).to_be_visible()
    page.get_by_text("Daftar berita").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".response-col_description").get_by_text("Berita dari API")).to_be_visible()
    assert page.script_errors == []
    assert foreign == []
