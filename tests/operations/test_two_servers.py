"""Two app servers (gunicorn), one Redis, one database: what one publishes, the other shows.

Slow (two servers start, a database is migrated), so it is marked `servers` and CI runs it once,
on the pass with Redis. The database is a fresh SQLite file both servers open, or, when
DATABASE_URL names PostgreSQL, a fresh database of its own on that server: migrated from nothing,
so the roles the data migrations make are there whatever earlier tests flushed.
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pyotp
import pytest
import requests
from django.db import connection

from tests.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL", "")

pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(not REDIS_URL, reason="needs REDIS_URL: the servers share that Redis"),
]

# Run in a process of its own against the servers' database: an editor with an authenticator
# app, and an article waiting in review. Prints the editor's TOTP key and the article's id.
SET_UP = """
import base64, django
django.setup()
from newsroom import permissions
from tests.factories import ArticleFactory, UPTFactory, authenticator, staff_user
editor = staff_user("redaktur.pusat", permissions.CENTRAL_EDITOR_GROUP, is_central=True)
device = authenticator(editor)
ArticleFactory(live=True, title="Berita yang sudah lama terbit")
article = ArticleFactory(status="review", title="Berita terbit lewat server pertama")
print(base64.b32encode(device.bin_key).decode(), article.pk)
"""


@pytest.fixture
def database_url(tmp_path):
    """The URL both servers use: a database of their own on this suite's PostgreSQL, or a file."""
    settings = connection.settings_dict
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'bersama.sqlite3'}"
        return
    user, host, port = settings["USER"], settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    name = f"{settings['NAME']}_dua_server_{os.getpid()}"
    admin = psycopg2.connect(
        dbname="postgres", user=user, password=settings["PASSWORD"], host=host, port=port
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://{user}{password}@{host}:{port}/{name}"
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def server_env(db_url, media):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "MEDIA_BUCKET"}}
    env.update(
        DEBUG="true",
        DATABASE_URL=db_url,
        REDIS_URL=REDIS_URL,
        MEDIA_ROOT=str(media),
        LOG_LEVEL="WARNING",
        REQUEST_LOG_LEVEL="WARNING",
        DJANGO_SETTINGS_MODULE="newsroom.settings",
    )
    return env


def run(args, env):
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture
def two_servers(tmp_path, database_url):
    env = server_env(database_url, tmp_path / "media")
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], env)
    key, article_pk = run([sys.executable, "-c", SET_UP], env).split()
    servers, addresses = [], []
    for _ in range(2):
        port = free_port()
        servers.append(
            subprocess.Popen(
                [
                    Path(sys.executable).with_name("gunicorn"),
                    "newsroom.wsgi",
                    "-w",
                    "2",
                    "-b",
                    f"127.0.0.1:{port}",
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        addresses.append(f"http://127.0.0.1:{port}")
    try:
        for address, server in zip(addresses, servers, strict=True):
            wait_until_ready(address, server)
        yield addresses, key, int(article_pk)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


def wait_until_ready(address, server):
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn at {address} stopped")
        try:
            if requests.get(f"{address}/readyz", timeout=10).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or still loading
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn at {address} did not become ready")


def csrf_token(page):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]


def sign_in(address, key):
    """An editor's browser session on one server: password, then the authenticator code."""
    browser = requests.Session()
    login = browser.get(f"{address}/admin/login/", timeout=10)
    answer = browser.post(
        f"{address}/admin/login/",
        {
            "username": "redaktur.pusat",
            "password": "rahasia-uji-123",
            "csrfmiddlewaretoken": csrf_token(login),
            "next": "/admin/",
        },
        timeout=10,
    )
    assert "/admin/verifikasi/" in answer.url
    answer = browser.post(
        answer.url,
        {"code": pyotp.TOTP(key).now(), "csrfmiddlewaretoken": csrf_token(answer)},
        timeout=10,
    )
    assert answer.url.endswith("/admin/"), answer.url
    return browser


def test_a_publish_through_one_server_is_on_the_other_servers_home_page_at_once(two_servers):
    (first, second), key, article_pk = two_servers
    # The second server's home page is warm in the shared cache, without the new article.
    for _ in range(2):
        home = requests.get(f"{second}/", timeout=10)
        assert "Berita yang sudah lama terbit" in home.text
        assert "Berita terbit lewat server pertama" not in home.text

    editor = sign_in(first, key)
    changelist = editor.get(f"{first}/admin/newsroom/article/", timeout=10)
    published = editor.post(
        f"{first}/admin/newsroom/article/",
        {
            "action": "publish_selected",
            "_selected_action": str(article_pk),
            "index": "0",
            "csrfmiddlewaretoken": csrf_token(changelist),
        },
        timeout=10,
    )
    assert "1 artikel terbit." in published.text

    # The very next request to the other server shows it: no waiting for an expiry.
    home = requests.get(f"{second}/", timeout=10)
    assert "Berita terbit lewat server pertama" in home.text
    assert "Berita terbit lewat server pertama" in requests.get(f"{first}/", timeout=10).text
