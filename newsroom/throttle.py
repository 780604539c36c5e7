"""Counters of attempts per address or per email in the cache, for the login and reset throttles.

A fixed window (settings.LOGIN_THROTTLE["window_seconds"], an hour by default) counted with one
increment per attempt, like the API's rate limit (newsroom/api/edge.py): at a window's edge up
to twice the limit can pass, which is still far from what guessing needs. Values are hashed, so
the cache holds no email address. When the cache is down nothing is counted and nothing is
refused: django-axes' lockout per account and address, kept in the database, still holds.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


class Throttle:
    """At most settings.LOGIN_THROTTLE[limit_name] attempts per value and window."""

    def __init__(self, name, limit_name):
        self.name = name
        self.limit_name = limit_name

    @property
    def limit(self):
        return settings.LOGIN_THROTTLE[self.limit_name]

    @property
    def window(self):
        return settings.LOGIN_THROTTLE["window_seconds"]

    def _key(self, value):
        digest = hashlib.sha256(str(value).strip().lower().encode()).hexdigest()[:32]
        return f"throttle:{self.name}:{digest}:{int(time.time() // self.window)}"

    def count(self, value):
        """The attempts counted for `value` in the current window (0 when the cache is down)."""
        try:
            return cache.get(self._key(value)) or 0
        except Exception as exc:  # any backend failure: connection refused, timeout, ...
            logger.warning("Throttle %s off: its cache is unavailable (%s)", self.name, exc)
            return 0

    def is_blocked(self, value):
        """True once `value` has used up its attempts for this window."""
        return self.count(value) >= self.limit

    def hit(self, value):
        """Count one attempt for `value`; returns the count so far in this window."""
        key = self._key(value)
        try:
            try:
                return cache.incr(key)
            except ValueError:  # the window's first attempt
                return 1 if cache.add(key, 1, self.window + 1) else cache.incr(key)
        except Exception as exc:
            logger.warning("Throttle %s off: its cache is unavailable (%s)", self.name, exc)
            return 0


# Failed logins from one address, whatever the usernames (newsroom/login_throttle.py).
LOGIN_ADDRESS = Throttle("login-address", "login_failures_per_address")
# Password-reset requests (newsroom/password_reset.py).
RESET_ADDRESS = Throttle("reset-address", "reset_requests_per_address")
RESET_EMAIL = Throttle("reset-email", "reset_requests_per_email")
