"""Which saves and deletes of newsroom and upt rows readers can see: only those bump the cache.

A draft saved, submitted, withdrawn or returned, a photo uploaded for one, a tag only drafts
carry: none of them is on a public page, so every cached page stays. An article counts while it
is published, scheduled ones included (a new or moved publication time shortens how long pages
may be kept), and when it stops being published. Events, units, regions and their accounts
have public pages of their own whatever the articles do, so every change of theirs counts.
Awards registers its own models (awards/apps.py).

An article going live, the change of every working day, replaces only the lists' scope and
those of its unit, event and tags (newsroom/page_scopes.py): the other article pages stay.
"""

from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone
from taggit.models import Tag

from newsroom import page_scopes
from newsroom.cache import bump, watch
from newsroom.models import (
    Article,
    ArticlePhoto,
    Correction,
    Event,
    Photo,
    Reporter,
    TaggedArticle,
)
from upt.models import UPT, Region, SocialAccount

PUBLISHED = Article.Status.PUBLISHED


def _remember_whether_published(sender, instance, **kwargs):
    """Before an article is saved: was it published (so that leaving the site counts)?"""
    instance._page_cache_was_published = (
        not instance._state.adding
        and Article.objects.filter(pk=instance.pk, status=PUBLISHED).exists()
    )


def goes_live(article):
    """This save puts a new article on the site now, to stay (no expiry to schedule)."""
    return (
        article.status == PUBLISHED
        and not getattr(article, "_page_cache_was_published", True)
        and article.published_at is not None
        and article.published_at <= timezone.now()
        and article.expires_at is None
    )


def article_shows(article):
    """A published (or scheduled) article, or one that was published before this save.

    Except one going live: `_went_live` replaces only the scopes it changes.
    """
    if goes_live(article):
        return False
    return article.status == PUBLISHED or getattr(article, "_page_cache_was_published", False)


def _went_live(sender, instance, created=False, **kwargs):
    if created and instance.status == PUBLISHED:
        # Made published in one go (an import, a script): its tags are not linked yet.
        bump()
    elif goes_live(instance):
        tag_ids = list(instance.tags.values_list("pk", flat=True))
        page_scopes.replace([page_scopes.LISTS, *page_scopes.article_scopes(instance, tag_ids)])


def _article_is_live(article_id):
    return Article.objects.live().filter(pk=article_id).exists()


def photo_shows(photo):
    """A photo leading or in the gallery of a live article, or an event's cover."""
    live = Article.objects.live()
    return (
        live.filter(lead_photo=photo).exists()
        or live.filter(gallery_items__photo=photo).exists()
        or Event.objects.filter(cover_photo=photo).exists()
    )


def _tags_changed(sender, instance, action, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not isinstance(instance, Article) or _article_is_live(instance.pk):
        bump()


def _page_changed(article_ids):
    """What these articles' pages show beside their own fields changed: a new key for their
    cached blocks (update(): a save would move updated_at, the editors' version token)."""
    Article.objects.filter(pk__in=article_ids).update(page_version=F("page_version") + 1)


def _gallery_or_note_changed(sender, instance, **kwargs):
    _page_changed([instance.article_id])


def _photo_changed(sender, instance, **kwargs):
    # A lead photo's fields are in the key already; a gallery's are not.
    used = ArticlePhoto.objects.filter(photo=instance).values_list("article_id", flat=True)
    _page_changed(list(used))


def connect():
    """Register newsroom's and upt's public models with the page cache (from apps.ready)."""
    pre_save.connect(
        _remember_whether_published, sender=Article, dispatch_uid="page-cache-article-before"
    )
    watch(Article, shows=article_shows)
    post_save.connect(_went_live, sender=Article, dispatch_uid="page-cache-article-live")
    watch(ArticlePhoto, shows=lambda item: _article_is_live(item.article_id))
    watch(Correction, shows=lambda note: _article_is_live(note.article_id))
    watch(TaggedArticle, shows=lambda item: _article_is_live(item.content_object_id))
    watch(Tag, shows=lambda tag: Article.objects.live().filter(tags=tag).exists())
    watch(Photo, shows=photo_shows)
    watch(
        Reporter, shows=lambda reporter: Article.objects.live().filter(reporter=reporter).exists()
    )
    for model in (Event, UPT, Region, SocialAccount):
        watch(model)
    m2m_changed.connect(_tags_changed, sender=TaggedArticle, dispatch_uid="page-cache-tags")
    for model in (ArticlePhoto, Correction):
        label = model._meta.label_lower
        for signal in (post_save, post_delete):
            signal.connect(_gallery_or_note_changed, sender=model, dispatch_uid=f"page-{label}")
    post_save.connect(_photo_changed, sender=Photo, dispatch_uid="page-gallery-photo")
