"""The newsroom admin, one module per model family."""

from . import (  # noqa: F401 - registers the ModelAdmins
    articles,
    audit,
    events,
    guard,
    imports,
    photos,
    reach,
    reporters,
    staff,
)
