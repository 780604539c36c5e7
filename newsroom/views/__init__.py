"""Public pages of the news site."""

from .articles import archive, article_context, article_detail, home
from .listings import event_detail, event_list, reporter_detail, search, tag_detail

__all__ = [
    "archive",
    "article_context",
    "article_detail",
    "event_detail",
    "event_list",
    "home",
    "reporter_detail",
    "search",
    "tag_detail",
]
