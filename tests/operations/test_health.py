"""A load balancer asks /healthz and /readyz; a part that fails is named, and nothing is cached."""

import contextlib
import socket

import pytest
from django.db import connections

from newsroom.cache_backend import FailSoftRedisCache

pytestmark = pytest.mark.django_db(transaction=True)


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def database_unreachable(tmp_path):
    """The default database points at nothing: a missing SQLite file, or a closed TCP port."""
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    connection.close()
    # Django never closes an in-memory SQLite test database; set it aside and put it back.
    kept = connection.connection
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = str(tmp_path / "gone" / "db.sqlite3")
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
        connection.connection = kept


def test_liveness_answers_without_asking_the_database(client, tmp_path):
    with database_unreachable(tmp_path):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "hidup"}


def test_ready_when_database_cache_and_storage_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "siap",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }


def test_unreachable_database_answers_503_with_the_reason(client, tmp_path):
    with database_unreachable(tmp_path):
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "tidak siap"
    assert body["failed"] == ["database"]
    assert body["checks"]["database"].startswith("database tidak terjangkau: ")
    assert body["checks"]["cache"] == "ok"
    # Once the database is back, so is readiness.
    assert client.get("/readyz").status_code == 200


def test_unreachable_media_folder_is_named(client, settings, tmp_path):
    # A file where the media folder should be: a mount that went missing, say.
    (tmp_path / "not-a-folder").write_text("")
    settings.MEDIA_ROOT = tmp_path / "not-a-folder" / "media"
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["storage"]
    assert response.json()["checks"]["storage"].startswith("penyimpanan media tidak terjangkau")


@pytest.fixture
def dead_redis(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "newsroom.cache_backend.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }
    from django.core.cache import caches

    assert isinstance(caches["default"], FailSoftRedisCache)
    yield


def test_unreachable_cache_is_named(client, dead_redis):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]
    assert response.json()["checks"]["cache"].startswith("cache tidak terjangkau")


def test_optional_cache_is_reported_but_keeps_the_machine_in_the_balancer(
    client, dead_redis, settings
):
    settings.READYZ_OPTIONAL = ["cache"]
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "siap"
    assert response.json()["checks"]["cache"].startswith("cache tidak terjangkau")


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_are_never_stored_and_skip_host_checks_and_https_redirects(client, settings, path):
    settings.ALLOWED_HOSTS = ["warta.contoh.go.id"]
    settings.SECURE_SSL_REDIRECT = True
    # A balancer asks by the machine's address, over plain HTTP.
    response = client.get(path, HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    cache_control = response.headers["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
    assert "public" not in cache_control
