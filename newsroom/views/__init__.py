"""Public pages of the news site."""

from .articles import archive, article_context, article_detail, home
from .listings import event_detail, event_list, reporter_detail, search, tag_detail
from .units import region_detail, unit_detail, unit_list

__all__ = [
    "archive",
    "article_context",
    "article_detail",
    "event_detail",
    "event_list",
    "home",
    "region_detail",
    "reporter_detail",
    "search",
    "tag_detail",
    "unit_detail",
    "unit_list",
]
