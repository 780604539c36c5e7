import copy
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest

from newsroom.object_storage import media_settings

# `TEST_MEDIA_STORAGE=s3 pytest tests/photos ...` (once per CI run): every test of the run keeps
# its media in a bucket of moto's S3 server instead of a temporary folder.
MEDIA_IN_S3 = os.environ.get("TEST_MEDIA_STORAGE", "") == "s3"
S3_BUCKET = "warta-uji"
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{S3_BUCKET}/*",
        }
    ],
}


@pytest.fixture(autouse=True)
def _media_in_tmp(request, settings, tmp_path):
    """Uploaded files of a test go to a temporary folder, never the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    if MEDIA_IN_S3:
        request.getfixturevalue("object_storage")
    # django-ckeditor keeps a lazy default storage of its own that Django's settings signal
    # never resets: without this, body images go to an earlier test's folder or bucket.
    from ckeditor_uploader import utils
    from django.utils.functional import empty

    utils.storage._wrapped = empty
    yield
    utils.storage._wrapped = empty


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Tests sign in through the real login form; a fast hasher keeps that cheap.

    PBKDF2 stays in the list so that a hash made before this fixture ran still verifies.
    """
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]


@pytest.fixture(autouse=True)
def _page_views_by_hand(settings):
    """Views reach the database only when a test flushes them: never inside a query count."""
    from newsroom import pageviews

    settings.PAGEVIEWS_FLUSH_SECONDS = None
    pageviews.discard()
    yield
    pageviews.discard()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server (`moto_server`) on a free port of 127.0.0.1, for the whole run."""
    port = free_port()
    server = subprocess.Popen(
        [Path(sys.executable).with_name("moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError("moto_server did not start") from None
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def object_storage(s3_endpoint, settings):
    """Media in a bucket of the S3 server, under a key prefix of this test's own.

    Configured by the same function as production (newsroom.object_storage), links at the
    bucket's own address; `keys()` lists the objects the test left in the bucket.
    """
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="uji",
        aws_secret_access_key="uji-rahasia",
    )
    if S3_BUCKET not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
        s3.create_bucket(Bucket=S3_BUCKET)
        # Anyone may read the photos, as README ("Skala") sets the production bucket up.
        s3.put_bucket_policy(Bucket=S3_BUCKET, Policy=json.dumps(PUBLIC_READ))
    prefix = f"uji-{uuid.uuid4().hex[:12]}"
    backend, media_url = media_settings(
        bucket=S3_BUCKET,
        endpoint_url=s3_endpoint,
        region="us-east-1",
        access_key="uji",
        secret_key="uji-rahasia",
        location=prefix,
    )
    settings.STORAGES = {**settings.STORAGES, "default": backend}
    settings.MEDIA_URL = media_url
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["img-src"] = [*policy["DIRECTIVES"]["img-src"], media_url]
    settings.CONTENT_SECURITY_POLICY = policy

    def keys():
        listed = s3.list_objects_v2(Bucket=S3_BUCKET, Prefix=f"{prefix}/")
        return sorted(item["Key"].removeprefix(f"{prefix}/") for item in listed.get("Contents", []))

    return SimpleNamespace(
        s3=s3, bucket=S3_BUCKET, prefix=prefix, media_url=media_url, endpoint=s3_endpoint, keys=keys
    )


@pytest.fixture
def storage_fails_at(settings):
    """Call with N: from then on, the media storage's Nth write fails with a full disk."""
    from tests.photos.failing_storage import failing_writes

    yield from failing_writes(settings)


# pytest-django's django_db marker, argument by argument.
DJANGO_DB_ARGUMENTS = ("transaction", "reset_sequences", "databases", "serialized_rollback")
TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


def pytest_collection_modifyitems(items):
    """Every transactional test restores the rows migrations made (serialized rollback).

    A transactional test empties the tables when it ends. Without serialized rollback the flush
    then re-creates content types and permissions, and a serialized test run right after it
    inserts them a second time (IntegrityError), so whether a test passed depended on which ran
    before it. With every transactional test serialized (by its marker or by the fixtures it
    asks for), each flush leaves the tables empty and each test begins with the rows as
    migrated, in any order.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        args = marker.args if marker else ()
        wanted = dict(zip(DJANGO_DB_ARGUMENTS[: len(args)], args, strict=True))
        wanted |= marker.kwargs if marker else {}
        transactional = (
            wanted.get("transaction")
            or wanted.get("reset_sequences")
            or TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ()))
        )
        if transactional and "serialized_rollback" not in wanted:
            wanted.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**wanted), append=False)
