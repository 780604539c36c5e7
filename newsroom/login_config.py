"""How logins are throttled and passwords reset: settings read from the environment.

Read by newsroom/settings.py (`globals().update(login_settings(env))`); kept here because the
reasons are long and settings.py is not. django-axes locks one account from one address out
after AXES_FAILURE_LIMIT failures (wrong passwords and wrong second-factor codes together):
that stops guessing one officer's password. The limit per address across usernames
(LOGIN_THROTTLE, newsroom/login_throttle.py) is much higher, because an office's officers share
one address behind its router; it stops one password being tried against many accounts.
"""


def login_settings(env):
    return {
        "AXES_FAILURE_LIMIT": env.int("AXES_FAILURE_LIMIT", default=5),
        "AXES_COOLOFF_TIME": env.float("AXES_COOLOFF_HOURS", default=1.0),
        "AXES_LOCKOUT_PARAMETERS": [["username", "ip_address"]],
        # An attempt refused during a lockout is not counted again: the lockout ends when due.
        "AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT": False,
        # The count is cleared when password *and* code succeed (newsroom/twofactor/throttle.py),
        # not on the password alone.
        "AXES_RESET_ON_SUCCESS": False,
        "AXES_LOCKOUT_TEMPLATE": "registration/lockout.html",
        # Counted in the cache per window (newsroom/throttle.py).
        "LOGIN_THROTTLE": {
            "login_failures_per_address": env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=30),
            "reset_requests_per_address": env.int("PASSWORD_RESET_ADDRESS_LIMIT", default=10),
            "reset_requests_per_email": env.int("PASSWORD_RESET_EMAIL_LIMIT", default=3),
            "window_seconds": env.int("LOGIN_THROTTLE_WINDOW_SECONDS", default=3600),
        },
        # How long a password-reset link works (newsroom/password_reset.py).
        "PASSWORD_RESET_TIMEOUT": env.int("PASSWORD_RESET_MINUTES", default=60) * 60,
    }
