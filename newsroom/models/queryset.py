"""The article QuerySet: what "public" means, and the named queries pages and the admin use."""

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone

from newsroom.permissions import has_central_reach, scoped_units

from .workflow import AUTHOR_EDITABLE
from .workflow import ArticleStatus as S

# The columns of an article card ({% article_card %}), its address and its cache key.
CARD_FIELDS = (
    "title",
    "slug",
    "kind",
    "summary",
    "published_at",
    "publication_date",
    "updated_at",
    "unit__short_name",
    "unit__slug",
    "unit__updated_at",
    "lead_photo__image",
    "lead_photo__width",
    "lead_photo__height",
    "lead_photo__alt_text",
    "lead_photo__variants",
)


class ArticleQuerySet(models.QuerySet):
    def live(self):
        """The only definition of public: published, its time has come, its expiry has not."""
        now = timezone.now()
        return self.filter(status=S.PUBLISHED, published_at__lte=now).exclude(expires_at__lte=now)

    def visible_to(self, user):
        """Articles within the user's scope (every state); nothing for an account without one."""
        if has_central_reach(user):
            return self.all()
        return self.filter(unit__in=scoped_units(user))

    def scheduled(self):
        """Published articles whose publication time has not come yet."""
        return self.filter(status=S.PUBLISHED, published_at__gt=timezone.now())

    def next_change_at(self):
        """When the public set of articles next changes by itself: a publication or an expiry."""
        now = timezone.now()
        published = self.filter(status=S.PUBLISHED)
        times = [
            published.filter(published_at__gt=now).order_by("published_at")
            .values_list("published_at", flat=True).first(),
            published.filter(expires_at__gt=now).order_by("expires_at")
            .values_list("expires_at", flat=True).first(),
        ]  # fmt: skip
        times = [t for t in times if t is not None]
        return min(times) if times else None

    def locked(self):
        """Articles out of their author's hands: under review, published or scheduled."""
        return self.exclude(status__in=AUTHOR_EDITABLE)

    def workflow_counts(self, user):
        """The admin index's counts for this user, in one query over the user's scope."""
        now = timezone.localtime()
        month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        mine = Q(created_by=user) | Q(reporter__user=user)
        published = Q(status=S.PUBLISHED)
        return self.visible_to(user).aggregate(
            my_drafts=Count("pk", filter=mine & Q(status=S.DRAFT)),
            returned_to_me=Count("pk", filter=mine & Q(status=S.RETURNED)),
            waiting_review=Count("pk", filter=Q(status=S.REVIEW)),
            scheduled=Count("pk", filter=published & Q(published_at__gt=now)),
            published_this_month=Count(
                "pk", filter=published & Q(published_at__gte=month_start, published_at__lte=now)
            ),
        )

    def for_listing(self, *also):
        """What a list of article cards shows (and the fields named in `also`), in one query.

        Only the columns a card reads: building twenty articles with their units and photos
        from every column was a third of a cold list page's CPU. A field a card does not read
        costs one query per article when touched, so a template that needs more names it here.
        """
        return self.select_related("unit", "lead_photo").only(*CARD_FIELDS, *also)

    def for_detail(self):
        """What an article page shows besides its gallery and tags, in one query.

        Not the event's organiser: the page shows the event's name, date and place only, and
        its join cost PostgreSQL 0.6 ms of planning on every article page rendered (1.27 -> 0.7 ms).
        """
        return self.select_related("unit", "unit__region", "reporter", "lead_photo", "event")

    def tagged(self, tag):
        """Articles carrying the given taggit Tag."""
        # A join, not `pk IN (subquery)`: the planner then walks the live index and probes the
        # tag link per row, instead of hashing every article of a popular tag first.
        return self.filter(tagged_items__tag=tag)

    def related_to(self, article, tag_ids, limit=4, consulted=None):
        """Up to `limit` others of this queryset: same event first, then shared tags, then unit.

        Small indexed look-ups, each reading whole rows, taken in that order until `limit` are
        found: usually the event or the tags alone fill the list in one query. A single OR of
        the three makes PostgreSQL walk the whole live index behind a common tag (seconds on a
        million articles). `consulted`, a list, receives "event", "tags" and "unit" as each is
        looked up: an article of a source not looked up cannot join this list.
        """
        others = self.exclude(pk=article.pk).order_by("-published_at", "-id")
        candidates = []
        if article.event_id:
            candidates.append(("event", others.filter(event_id=article.event_id)[:limit]))
        if tag_ids:
            # An article sharing two tags comes twice.
            candidates.append(
                ("tags", others.filter(tagged_items__tag_id__in=tag_ids)[: limit * 2])
            )
        candidates.append(("unit", others.filter(unit_id=article.unit_id)[:limit]))
        found = {}
        for source, queryset in candidates:
            if consulted is not None:
                consulted.append(source)
            for other in queryset:
                found.setdefault(other.pk, other)
            if len(found) >= limit:
                break
        return list(found.values())[:limit]
