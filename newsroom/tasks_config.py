"""The task queue (django-tasks): which backend runs slow work, and how mail retries.

Read by newsroom/settings.py as TASKS and MAIL_RETRY. In production (DEBUG off) tasks wait in
the database until `manage.py db_worker` runs them (README, "Skala"); in development they run
at once, so that `make run` needs no second process. TASKS_BACKEND=database|immediate chooses.
"""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def tasks_config(env, *, debug: bool) -> dict:
    """Django's TASKS dict for the backend named by TASKS_BACKEND."""
    name = env.str("TASKS_BACKEND", default="immediate" if debug else "database")
    if name not in BACKENDS:
        raise ImproperlyConfigured("TASKS_BACKEND must be database or immediate.")
    return {"default": {"BACKEND": BACKENDS[name]}}


def mail_retry(env) -> dict:
    """How often a mail is tried (MAIL_ATTEMPTS) and the wait after its first failure.

    Each later wait is four times the one before: 1, 4, 16, 64 and 256 minutes by default, so
    six attempts span about six hours of a mail server's outage.
    """
    return {
        "attempts": env.int("MAIL_ATTEMPTS", default=6),
        "first_delay": env.float("MAIL_RETRY_SECONDS", default=60.0),
    }
