"""Wrong codes count as failed logins in django-axes, on the same counter as wrong passwords.

Five failures for one account from one address (passwords and codes together, settings
AXES_FAILURE_LIMIT) lock that pair out for AXES_COOLOFF_TIME, with the same lockout page. The
counter is cleared only when the whole login succeeds, password *and* code: axes' own reset on
a successful password (AXES_RESET_ON_SUCCESS) is off, or a known password would reopen the
code guesses after every fourth try. django-otp adds its own growing delay per device on top.
"""

from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed


def _credentials(user):
    return {"username": user.get_username()}


def is_locked_out(request, user):
    """True while the account is locked out from this address (by passwords or codes)."""
    return AxesProxyHandler.is_locked(request, _credentials(user))


def record_wrong_code(request, user):
    """Count a wrong code as a failed login; returns True when it locked the account out."""
    user_login_failed.send(sender=__name__, credentials=_credentials(user), request=request)
    return bool(getattr(request, "axes_locked_out", False))


def clear_failures(request, user):
    """Forget the failed attempts of this account and address once a login is complete."""
    AxesProxyHandler.update_request(request)
    AxesProxyHandler.get_implementation().reset_user_attempts(request, _credentials(user))
