from .articles import Article, ArticlePhoto, ArticleQuerySet, TaggedArticle
from .events import Event
from .photos import Photo
from .reporters import Reporter

__all__ = [
    "Article",
    "ArticlePhoto",
    "ArticleQuerySet",
    "Event",
    "Photo",
    "Reporter",
    "TaggedArticle",
]
