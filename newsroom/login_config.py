"""The login and password-reset throttles' limits, read from the environment (newsroom/throttle.py).

django-axes keeps its own limit per account and address (AXES_FAILURE_LIMIT, 5): that is what
stops guessing one officer's password. The limit per address across usernames is much higher,
because an office's officers share one address behind its router; it stops one password being
tried against many accounts.
"""


def login_throttle(env):
    return {
        "login_failures_per_address": env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=30),
        "reset_requests_per_address": env.int("PASSWORD_RESET_ADDRESS_LIMIT", default=10),
        "reset_requests_per_email": env.int("PASSWORD_RESET_EMAIL_LIMIT", default=3),
        "window_seconds": env.int("LOGIN_THROTTLE_WINDOW_SECONDS", default=3600),
    }
