"""The logging configuration: one JSON object per line on standard error, with the request id.

Read by newsroom/settings.py as LOGGING; newsroom/observability.py writes one line per request.
"""


def logging_config(*, log_format: str, level: str, request_level: str) -> dict:
    """Django's LOGGING dict for `log_format` ("json" or "text") at `level`."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {
                "()": "django_guid.log_filters.CorrelationId",
                "correlation_id_field": "request_id",
            },
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "format": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                "datefmt": "%Y-%m-%dT%H:%M:%S%z",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            },
            "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
            "mail": {"format": "ID permintaan: %(request_id)s\n\n%(message)s"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "filters": ["request_id"],
                "formatter": log_format,
            },
            # Django's own (ADMINS in production), with the request id, through the mail queue.
            "mail_admins": {
                "class": "newsroom.outbox.admin_mail.QueuedAdminEmailHandler",
                "level": "ERROR",
                "filters": ["require_debug_false", "request_id"],
                "formatter": "mail",
            },
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django": {"handlers": ["console", "mail_admins"], "level": level, "propagate": False},
            # runserver's own request lines; ours are warta.request.
            "django.server": {"level": "WARNING"},
            "django_guid": {"level": "ERROR"},
            "warta.request": {"level": request_level},
        },
    }
