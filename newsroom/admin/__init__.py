"""The newsroom admin, one module per model family."""

from . import articles, events, imports, photos, reporters  # noqa: F401 - registers the ModelAdmins
