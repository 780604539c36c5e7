"""The API keeps its published contract: schemathesis generates requests from the live schema.

Every operation, a bounded number of examples each: no answer is a server error, and every
answer (its status, content type and body) is one the schema describes. Marked `contract`:
.ci/run runs it once, on the PostgreSQL pass, where the full-text search is the real one.
"""

from datetime import timedelta

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings

from awards.models import Result
from tests.factories import (
    ArticleFactory,
    EditionFactory,
    EventFactory,
    PhotoFactory,
    ReporterFactory,
    award_category,
)

# Loaded at collection, before any database exists: an unknown query parameter makes the
# request one the page cache leaves alone, so fetching the schema reads no table.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json?contract=1", WSGIHandler())


@pytest.fixture(autouse=True)
def content(db, settings):
    settings.API_RATE_LIMIT = 10**9
    reporter = ReporterFactory(slug="humas-permisan")
    event = EventFactory(slug="rakernis", cover_photo=PhotoFactory())
    for i in range(3):
        ArticleFactory(
            live=True,
            published_at=timezone.now() - timedelta(hours=i + 1),
            unit=reporter.unit,
            reporter=reporter,
            event=event,
            lead_photo=PhotoFactory(),
            tags=["Pembinaan"],
        )
    edition = EditionFactory(year=2024, status="announced")
    Result.objects.create(
        edition=edition, category=award_category("website"), unit=reporter.unit, rank=1, figure="3"
    )
    # The raw WSGI app, in this test's transaction: as Django's test client does, keep the
    # end of each request from closing the connection that holds it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.contract
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_every_operation_keeps_the_schema(case):
    case.call_and_validate()
