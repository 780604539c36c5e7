from .articles import Article, ArticlePhoto, ArticleQuerySet, TaggedArticle
from .events import Event
from .imports import ImportedItem, LegacyRedirect
from .photos import Photo, Rendition
from .reporters import Reporter
from .staff import StaffScope
from .workflow import ArticleTransition, WorkflowError

__all__ = [
    "Article",
    "ArticlePhoto",
    "ArticleTransition",
    "ArticleQuerySet",
    "Event",
    "ImportedItem",
    "LegacyRedirect",
    "Photo",
    "Rendition",
    "Reporter",
    "StaffScope",
    "TaggedArticle",
    "WorkflowError",
]
