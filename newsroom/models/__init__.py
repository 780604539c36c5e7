from .articles import Article, ArticlePhoto, ArticleQuerySet, TaggedArticle
from .events import Event
from .photos import Photo
from .reporters import Reporter
from .staff import StaffScope
from .workflow import ArticleTransition, WorkflowError

__all__ = [
    "Article",
    "ArticlePhoto",
    "ArticleTransition",
    "ArticleQuerySet",
    "Event",
    "Photo",
    "Reporter",
    "StaffScope",
    "TaggedArticle",
    "WorkflowError",
]
