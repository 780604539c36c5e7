from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import TaggedItemBase


class TaggedArticle(TaggedItemBase):
    """The article-tag link, with a real foreign key instead of taggit's generic relation."""

    content_object = models.ForeignKey(
        "newsroom.Article", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("tag artikel")
        verbose_name_plural = _("tag artikel")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="tagged_article_unique_tag"
            )
        ]
