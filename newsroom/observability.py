"""What operators read: one JSON log line per request, a request id everywhere, error reports.

The request id is django-guid's: an `X-Request-ID` sent by the proxy in front (nginx's
`$request_id`, a load balancer's) is kept when it is a UUID, any other value is replaced by a
new one, and the response carries it back. django-guid's log filter (see LOGGING in settings)
puts it on every log record, so the request line, the `django.request` error and the ADMINS
mail of one failure share it; newsroom.error_reporting puts it on every Sentry event.

`RequestLogMiddleware` writes the request line (logger `warta.request`, level INFO): method,
path (never the query string, which can hold preview tokens and search terms), status, time
taken, bytes, the caller's address and the staff account's id. Successful health probes are
left out; a balancer asks every few seconds.
"""

import logging
import time

from newsroom.api.edge import client_address
from newsroom.health import LIVENESS_PATH, READINESS_PATH

logger = logging.getLogger("warta.request")

PROBES = frozenset({LIVENESS_PATH, READINESS_PATH})


class RequestLogMiddleware:
    """Logs one line per request once its response is ready (place just below django-guid)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        if request.path_info in PROBES and response.status_code == 200:
            return response
        user = getattr(request, "user", None)
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "bytes": None if response.streaming else len(response.content),
                "client": client_address(request),
                "user_id": user.pk if user is not None and user.is_authenticated else None,
            },
        )
        return response
