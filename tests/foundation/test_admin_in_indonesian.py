import pytest
import reversion
from django.urls import reverse
from reversion.models import Version

from tests.factories import ArticleFactory, UserFactory, log_in

pytestmark = pytest.mark.django_db


def test_revision_screens_speak_indonesian(client):
    import newsroom.admin  # noqa: F401 - registers Article with reversion

    article = ArticleFactory()
    with reversion.create_revision():
        article.save()
    version = Version.objects.get_for_object(article).first()
    log_in(client, UserFactory(username="admin", is_superuser=True))
    history = client.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    html = history.content.decode()
    assert "Pilih tanggal dari daftar di bawah" in html
    assert "Choose a date" not in html
    revision = client.get(reverse("admin:newsroom_article_revision", args=[article.pk, version.pk]))
    assert "Tekan tombol simpan di bawah" in revision.content.decode()
    assert "Ruang Redaksi Warta Pemasyarakatan" in html
