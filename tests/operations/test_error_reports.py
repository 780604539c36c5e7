"""With SENTRY_DSN set, a server error reaches the Sentry-compatible server with its request id."""

import contextlib
import gzip
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sentry_sdk

ROOT = Path(__file__).resolve().parents[2]

# One request to a site whose database has no tables: the home page fails with a 500.
FAILING_REQUEST = """
import django, sentry_sdk
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
response = client.get("/")
print(response.status_code, response.headers["X-Request-ID"])
sentry_sdk.flush(5)
"""


class SentryServer(ThreadingHTTPServer):
    """Accepts Sentry envelopes on 127.0.0.1 and keeps their items."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), EnvelopeHandler)
        self.items = []


class EnvelopeHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        for line in body.splitlines()[1:]:
            with contextlib.suppress(ValueError):  # binary attachments
                self.server.items.append(json.loads(line))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def sentry_server():
    server = SentryServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def run_failing_request(tmp_path, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SENTRY_", "DATABASE_"))}
    clean.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DEBUG="true",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        LOG_LEVEL="CRITICAL",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", FAILING_REQUEST],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    status, request_id = result.stdout.split()
    assert status == "500"
    return request_id


def test_a_server_error_is_reported_with_its_request_id(sentry_server, tmp_path):
    port = sentry_server.server_address[1]
    request_id = run_failing_request(tmp_path, SENTRY_DSN=f"http://publickey@127.0.0.1:{port}/1")
    events = [item for item in sentry_server.items if "exception" in item]
    assert len(events) == 1
    [event] = events
    assert event["tags"]["request_id"] == request_id
    assert event["exception"]["values"][-1]["type"] == "OperationalError"
    assert event["environment"] == "development"


def test_without_a_dsn_nothing_is_sent(sentry_server, tmp_path):
    run_failing_request(tmp_path)
    assert sentry_server.items == []
    # And in this process, started without SENTRY_DSN, no client is active.
    assert not sentry_sdk.get_client().is_active()
