"""A real Redis that stops answering and comes back with its old pages: readers never see them.

The harder outage: a Redis that hangs (here a redis-server of the test's own, paused with
SIGSTOP) keeps every page it held, so when it answers again (SIGCONT) it would still hand out
pages from before the change saved meanwhile, unless the lost generation bump is made good.
"""

import shutil
import signal
import socket
import subprocess
import time

import pytest

from newsroom import permissions
from newsroom.cache_backend import RETRY_SECONDS
from tests.factories import ArticleFactory, UPTFactory, staff_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs Debian's redis-server"),
]


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis(settings, tmp_path):
    """A redis-server of this test's own, as the site's cache; yields its process."""
    port = _free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache_backend.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    yield server
    server.send_signal(signal.SIGCONT)
    server.terminate()
    server.wait(timeout=10)


def test_pages_and_saves_carry_on_while_redis_hangs_and_catch_up_when_it_answers(
    client, redis, django_assert_num_queries
):
    unit = UPTFactory()
    officer = staff_user("humas.uji", permissions.OFFICER_GROUP, unit=unit)
    editor = staff_user("redaktur.uji", permissions.CENTRAL_EDITOR_GROUP, is_central=True)
    article = ArticleFactory(live=True, unit=unit, title="Judul sebelum gangguan")
    pages = ["/", article.get_absolute_url(), "/berita/", unit.get_absolute_url()]
    for url in pages:
        assert "Judul sebelum gangguan" in client.get(url).content.decode(), url

    redis.send_signal(signal.SIGSTOP)
    try:
        article.title = "Judul saat gangguan"
        article.save()  # its bump cannot reach Redis, which keeps the old pages
        draft = ArticleFactory(unit=unit, created_by=officer, title="Terbit saat Redis diam")
        draft.submit(by=officer)
        draft.publish(by=editor)
        for url in pages:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Judul saat gangguan" in response.content.decode(), url
    finally:
        redis.send_signal(signal.SIGCONT)

    # Once the process tries Redis again, it serves what Redis holds: the pages made now.
    time.sleep(RETRY_SECONDS + 0.2)
    for url in pages:
        assert "Judul saat gangguan" in client.get(url).content.decode(), url
    assert "Terbit saat Redis diam" in client.get("/").content.decode()
    with django_assert_num_queries(0):  # from Redis again, and still the new pages
        for url in pages:
            assert "Judul saat gangguan" in client.get(url).content.decode(), url
