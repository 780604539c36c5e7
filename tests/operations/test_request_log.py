"""Every request leaves one JSON log line carrying its request id, as do its error reports."""

import json
import logging
import re

import pytest

from newsroom.views import articles

pytestmark = pytest.mark.django_db

HEX_ID = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture
def json_log(settings):
    """The lines the configured console handler writes, captured as parsed JSON objects."""
    import io

    handler = next(h for h in logging.getLogger().handlers if h.name == "console")
    stream = io.StringIO()
    previous = handler.setStream(stream)

    def lines():
        return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]

    yield lines
    handler.setStream(previous)


def request_lines(lines):
    return [line for line in lines if line["logger"] == "warta.request"]


def test_a_page_gets_a_request_id_in_the_response_and_one_log_line(client, json_log):
    response = client.get("/berita/")
    request_id = response.headers["X-Request-ID"]
    assert HEX_ID.match(request_id)
    [line] = request_lines(json_log())
    assert line["request_id"] == request_id
    assert line["method"] == "GET" and line["path"] == "/berita/" and line["status"] == 200
    assert line["duration_ms"] >= 0 and line["bytes"] == len(response.content)


def test_the_proxys_request_id_is_kept(client, json_log):
    given = "7d3c9a0e5b1f4e2a9c8d6b4a2f0e1d3c"
    response = client.get("/berita/", HTTP_X_REQUEST_ID=given)
    assert response.headers["X-Request-ID"] == given
    assert request_lines(json_log())[0]["request_id"] == given


def test_a_request_id_that_is_not_a_uuid_is_replaced(client, json_log):
    response = client.get("/berita/", HTTP_X_REQUEST_ID='"><script>')
    assert HEX_ID.match(response.headers["X-Request-ID"])


def test_the_query_string_stays_out_of_the_log(client, json_log):
    client.get("/cari/", {"q": "rahasia"})
    [line] = request_lines(json_log())
    assert line["path"] == "/cari/"
    assert "rahasia" not in json.dumps(json_log())


def test_successful_health_probes_are_not_logged(client, json_log):
    client.get("/healthz")
    assert request_lines(json_log()) == []


def test_a_server_error_and_its_admin_mail_carry_the_request_id(
    client, json_log, settings, mailoutbox, monkeypatch
):
    settings.DEBUG = False
    settings.ADMINS = [("Tim TI", "ti@contoh.go.id")]

    def broken(*args, **kwargs):
        raise RuntimeError("rusak")

    # A bug in the view. (A failed query would also do, but on PostgreSQL it aborts the test's
    # own transaction, and with it the queueing of the error mail, which in production runs
    # on a connection in autocommit.)
    monkeypatch.setattr(articles, "paginate_newest", broken)
    client.raise_request_exception = False
    response = client.get("/berita/")
    assert response.status_code == 500
    request_id = response.headers["X-Request-ID"]
    error = next(line for line in json_log() if line["logger"] == "django.request")
    assert error["level"] == "ERROR" and error["request_id"] == request_id
    assert request_lines(json_log())[0]["status"] == 500
    [mail] = mailoutbox
    assert f"ID permintaan: {request_id}" in mail.body
