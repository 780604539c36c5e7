"""Error reports to a Sentry-compatible server (sentry-sdk), on only when SENTRY_DSN is set.

Imported by the settings module, so it imports no models and no project code.
"""

import sentry_sdk
from django_guid import get_guid
from sentry_sdk.integrations.django import DjangoIntegration


def tag_request_id(event, hint):
    """Sentry's before_send: the event carries the id of the request it happened in."""
    request_id = get_guid()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return event


def init_error_reporting(dsn, *, environment, release=None, traces_sample_rate=0.0):
    """Send unhandled errors to a Sentry-compatible server at `dsn`; nothing when it is empty."""
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release,
        integrations=[DjangoIntegration()],
        # No cookies, account names or addresses leave the machine unless asked for.
        send_default_pii=False,
        traces_sample_rate=traces_sample_rate,
        before_send=tag_request_id,
    )
    return True
