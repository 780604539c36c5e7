from .articles import Article
from .corrections import Correction
from .events import Event
from .guard import BlockedTerm
from .imports import ImportedItem, LegacyRedirect
from .pagecache import PageGeneration, PageScope
from .photos import ArticlePhoto, Photo, Rendition
from .queryset import ArticleQuerySet
from .readership import PageView
from .reporters import Reporter
from .staff import StaffScope
from .tags import TaggedArticle
from .workflow import ArticleTransition, WorkflowError

__all__ = [
    "Article",
    "ArticlePhoto",
    "ArticleTransition",
    "ArticleQuerySet",
    "BlockedTerm",
    "Correction",
    "Event",
    "ImportedItem",
    "LegacyRedirect",
    "PageGeneration",
    "PageScope",
    "PageView",
    "Photo",
    "Rendition",
    "Reporter",
    "StaffScope",
    "TaggedArticle",
    "WorkflowError",
]
