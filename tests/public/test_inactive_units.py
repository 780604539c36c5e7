import pytest

from tests.factories import ArticleFactory, UPTFactory

pytestmark = pytest.mark.django_db


def test_a_closed_units_page_and_feed_still_answer_with_its_news(client):
    unit = UPTFactory(is_active=False, name="Rutan Kelas IIB Lama")
    article = ArticleFactory(live=True, unit=unit, title="Berita dari rutan lama")
    page = client.get(unit.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert article.title in html and "sudah tidak beroperasi" in html
    assert client.get(f"/upt/{unit.slug}/feed/").status_code == 200
    assert unit.name not in client.get("/upt/").content.decode()
