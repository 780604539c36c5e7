"""The newsroom admin, one module per model family."""

from . import articles, events, photos, reporters, staff  # noqa: F401 - registers the ModelAdmins
