"""RSS 2.0 feeds: all news, one unit's news, one topic's news.

RSS readers treat titles and descriptions as HTML, and the feed generator only escapes them once
for XML; so every text we put there is escaped once more (as Django's own default item_title
does), and a title typed as `<img src=x>` reaches the reader as those characters.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from upt.models import UPT

from .dates import waktu_wib
from .models import Article
from .structured_data import absolute, photo_url

ITEMS = 20


class LatestNewsFeed(Feed):
    title = settings.SITE_NAME
    description = _("Berita terbaru Pemasyarakatan Indonesia dari seluruh UPT dan Kanwil.")
    language = "id"

    def link(self, obj):
        return reverse("home")

    def articles(self, obj):
        return (
            Article.objects.live()
            .for_listing("updated_at", "revised_at", "reporter__display_name")
            .select_related("reporter")
            .prefetch_related("corrections")
        )

    def items(self, obj=None):
        return self.articles(obj)[:ITEMS]

    def item_title(self, item):
        return escape(item.title)

    def item_description(self, item):
        if not item.revised_at:
            return escape(item.summary)
        # The update goes with the item: a reader who saw it first learns what changed.
        notes = [f"{note.get_kind_display()}: {note.note}" for note in item.corrections.all()]
        updated = _("Diperbarui %(when)s.") % {"when": waktu_wib(item.revised_at)}
        return escape("\n\n".join([item.summary, updated, *notes[-1:]]).strip())

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return absolute(item.get_absolute_url())

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.reporter.display_name if item.reporter_id else item.unit.short_name

    def item_categories(self, item):
        return [item.get_kind_display(), item.unit.short_name]

    def item_enclosure_url(self, item):
        return photo_url(item.lead_photo) or None

    def item_enclosure_length(self, item):
        # The byte size would cost a storage request per item (an HTTP call on object storage);
        # RSS readers accept 0 for an unknown length.
        return 0

    def item_enclosure_mime_type(self, item):
        name = item.lead_photo.image.name.lower() if item.lead_photo_id else ""
        if name.endswith(".png"):
            return "image/png"
        if name.endswith(".webp"):
            return "image/webp"
        return "image/jpeg"


class UnitFeed(LatestNewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(UPT, slug=slug)

    def title(self, obj):
        return escape(f"{obj.name} · {settings.SITE_NAME}")

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return escape(_("Berita terbaru dari %(unit)s.") % {"unit": obj.name})

    def articles(self, obj):
        return super().articles(obj).filter(unit=obj)


class TagFeed(LatestNewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj):
        return escape(f"{_('Topik')}: {obj.name} · {settings.SITE_NAME}")

    def link(self, obj):
        return reverse("tag-detail", kwargs={"slug": obj.slug})

    def description(self, obj):
        return escape(_("Berita terbaru bertopik %(tag)s.") % {"tag": obj.name})

    def articles(self, obj):
        return super().articles(obj).tagged(obj)
