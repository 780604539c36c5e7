"""Staff sessions end after SESSION_COOKIE_AGE (STAFF_IDLE_HOURS) without a request.

Django ends a session that long after its last save. Saving on every request
(SESSION_SAVE_EVERY_REQUEST) would cost a write per admin request; instead a signed-in session is
saved again once RENEW_SECONDS have passed since its last renewal, so the idle limit holds to
within a minute for one write a minute per person at work.
"""

import time

RENEW_SECONDS = 60
RENEWED_AT = "_renewed_at"


def mark_renewed(sender, request, user, **kwargs):
    """A login saves the session anyway: count it as the first renewal (user_logged_in)."""
    request.session[RENEWED_AT] = int(time.time())


class RenewSessionMiddleware:
    """Marks a signed-in session modified when its last renewal is RENEW_SECONDS old."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # No session cookie: nothing to load or renew (cached public pages never get here).
        if session is None or session.session_key is None or session.is_empty():
            return response
        now = int(time.time())
        if now - session.get(RENEWED_AT, 0) >= RENEW_SECONDS:
            session[RENEWED_AT] = now
        return response
