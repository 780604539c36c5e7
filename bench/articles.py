"""The bench's articles, written with COPY by parallel workers, each owning whole days.

Bodies of 300 to 1,200 words, publication times over five years, a few per cent drafts,
reviews, returns, scheduled and unpublished articles; (publication_date, slug) stays unique
without any coordination between the workers because each writes its own run of days.
"""

import random
from bisect import bisect_right
from collections import Counter
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from newsroom.models import Article, ArticlePhoto, TaggedArticle

from . import text
from .pgcopy import CopyWriter
from .reference import YEARS

CHUNK = 20_000
# Shares of the articles that are not simply published in the past.
SHARES = {
    Article.Status.DRAFT: 0.02,
    Article.Status.REVIEW: 0.006,
    Article.Status.RETURNED: 0.004,
    "scheduled": 0.005,
    Article.Status.UNPUBLISHED: 0.003,
}
ARTICLE_FIELDS = [
    "id", "title", "slug", "kind", "dateline", "summary", "body", "unit", "reporter",
    "lead_photo", "event", "source_name", "source_url", "video_url", "programme", "status",
    "published_at", "publication_date", "is_featured", "created_at", "updated_at",
]  # fmt: skip


def plan_chunks(rng, articles, now):
    """Split the articles into chunks of whole days: (first id, [(day, status mix counts)])."""
    counts = {k: round(articles * share) for k, share in SHARES.items()}
    if articles >= 50:
        counts = {k: max(1, v) for k, v in counts.items()}
    unpublished = counts.pop(Article.Status.UNPUBLISHED)
    scheduled = counts.pop("scheduled")
    unfinished = counts  # drafts, reviews, returns: no publication date yet
    past = articles - unpublished - scheduled - sum(unfinished.values())

    today = timezone.localdate(now)
    days = [today - timedelta(days=d) for d in range(YEARS * 365, 0, -1)]
    # The news grows over the years, and weekends are quieter.
    weights = [
        (0.5 + i / len(days)) * (0.6 if day.weekday() >= 5 else 1.0) for i, day in enumerate(days)
    ]
    per_day = Counter(rng.choices(range(len(days)), weights=weights, k=past + unpublished))
    unpub_days = Counter(rng.choices(sorted(per_day), k=unpublished)) if per_day else Counter()
    future = [today + timedelta(days=d) for d in range(1, 31)]
    sched_days = Counter(rng.choices(range(len(future)), k=scheduled))

    chunks, current, size, next_id = [], [], 0, 1

    def close():
        nonlocal current, size, next_id
        if current:
            chunks.append((len(chunks), next_id, current))
            next_id += size
        current, size = [], 0

    for i, day in enumerate(days):
        n = per_day.get(i, 0)
        if not n:
            continue
        unpub = min(unpub_days.get(i, 0), n)
        current.append((day, {"published": n - unpub, "unpublished": unpub}))
        size += n
        if size >= CHUNK:
            close()
    for i, day in enumerate(future):
        if sched_days.get(i):
            current.append((day, {"published": sched_days[i]}))
            size += sched_days[i]
    current.append((None, {str(k): v for k, v in unfinished.items()}))
    size += sum(unfinished.values())
    close()
    return chunks


class WorkerContext:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


_ctx = None


def init_worker(ctx):
    global _ctx
    _ctx = ctx
    ctx.pool = text.paragraph_pool(random.Random(ctx.seed))


def load_chunk(chunk):
    """Write one chunk of articles with their tags and gallery photos; returns row counts."""
    index, first_id, days = chunk
    ctx = _ctx
    rng = random.Random(ctx.seed * 1_000_003 + index)
    tagged, gallery = [], []
    tz = timezone.get_current_timezone()

    def articles():
        """The chunk's article rows, made while COPY stores the ones before (tags and gallery
        rows are collected on the way)."""
        next_id = first_id
        for day, mix in days:
            statuses = [s for s, n in mix.items() for _ in range(n)]
            rng.shuffle(statuses)
            if day is not None:
                seconds = sorted(rng.randrange(6 * 3600, 23 * 3600) for _ in statuses)
            slugs = set()
            for j, status in enumerate(statuses):
                if day is not None:
                    local = datetime(day.year, day.month, day.day, tzinfo=tz)
                    published_at = local + timedelta(seconds=seconds[j])
                    created = published_at - timedelta(hours=rng.randint(1, 30))
                else:
                    published_at = None
                    created = ctx.now - timedelta(seconds=rng.randrange(30 * 86400))
                row, tags, photos = _article(
                    rng, ctx, next_id, status, published_at, created, slugs
                )
                yield row
                tagged.extend((next_id, tag_id) for tag_id in tags)
                gallery.extend((next_id, photo_id, order) for order, photo_id in enumerate(photos))
                next_id += 1

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO off")
        written = CopyWriter(Article, ARTICLE_FIELDS, connection).write(cursor, articles())
        CopyWriter(TaggedArticle, ["content_object", "tag"], connection).write(cursor, tagged)
        CopyWriter(ArticlePhoto, ["article", "photo", "order", "caption"], connection).write(
            cursor, ((a, p, o, "") for a, p, o in gallery)
        )
    return written, len(tagged), len(gallery)


KINDS = [
    (Article.Kind.BERITA, 85),
    (Article.Kind.SIARAN_PERS, 5),
    (Article.Kind.LIPUTAN_MEDIA, 5),
    (Article.Kind.ARTIKEL, 4),
    (Article.Kind.VIDEO, 1),
]
TAG_COUNTS = ([0, 1, 2, 3, 4, 5], [10, 15, 25, 25, 15, 10])


def _article(rng, ctx, article_id, status, published_at, created, slugs):
    unit_id, short, city = ctx.units[bisect_right(ctx.unit_cum, rng.random() * ctx.unit_cum[-1])]
    title = text.title(rng, short)
    slug = base = slugify(title)[:190]
    n = 1
    while slug in slugs:
        n += 1
        slug = f"{base}-{n}"
    slugs.add(slug)
    kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    photos = ctx.photos_by_unit.get(unit_id) or ctx.photos_by_unit[next(iter(ctx.photos_by_unit))]
    reporters = ctx.reporters_by_unit.get(unit_id)
    lead = rng.choice(photos) if rng.random() < 0.85 else None
    event = None
    if published_at and rng.random() < 0.15:
        month = ctx.events_by_month.get((published_at.year, published_at.month))
        event = rng.choice(month) if month else None
    tag_ids = set()
    for _ in range(rng.choices(*TAG_COUNTS)[0]):
        tag_ids.add(ctx.tag_ids[bisect_right(ctx.tag_cum, rng.random() * ctx.tag_cum[-1])])
    gallery = rng.sample(photos, min(len(photos), rng.randint(2, 4))) if rng.random() < 0.2 else []
    status = "published" if status == "scheduled" else status
    row = (
        article_id, title, slug, kind, city.upper(), text.sentence(rng, 15, 30),
        text.body(rng, ctx.pool, city), unit_id,
        rng.choice(reporters) if reporters and rng.random() < 0.9 else None,
        lead, event,
        "Media Daerah" if kind == Article.Kind.LIPUTAN_MEDIA else "",
        f"https://media.contoh.id/berita/{article_id}" if kind == Article.Kind.LIPUTAN_MEDIA else "",
        f"https://video.contoh.id/{article_id}" if kind == Article.Kind.VIDEO else "",
        "apa-kabar" if kind == Article.Kind.VIDEO else "",
        status, published_at, published_at.astimezone(timezone.get_current_timezone()).date()
        if published_at else None,
        status == "published" and rng.random() < 0.005, created, published_at or created,
    )  # fmt: skip
    return row, tag_ids, gallery
