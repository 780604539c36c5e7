"""Scale data for the benchmarks: units, people, events, tags, photos and N articles.

Shape (see bench/README.md): ~600 units over the 38 regions with a Zipf-like share of the news,
~2,000 tags with a long tail, photo rows sharing a few hundred real image files, bodies of 300 to
1,200 words, publication times over five years, a few per cent drafts, reviews, returns,
scheduled and unpublished articles. Articles and their links are written with COPY by parallel
workers, each owning a contiguous run of days, so (publication_date, slug) stays unique without
any coordination between them.
"""

import json
import multiprocessing
import random
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from io import BytesIO
from itertools import accumulate

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, connections, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw
from taggit.models import Tag

import upt.demo
from newsroom.images import build_renditions
from newsroom.models import Article, ArticlePhoto, Event, Photo, Reporter, StaffScope, TaggedArticle
from newsroom.models.photos import variants_of
from upt.models import UPT, UnitClass, UnitType

from . import text
from .copy import CopyWriter, indexes_deferred

YEARS = 5
CHUNK = 20_000
# Shares of the articles that are not simply published in the past.
SHARES = {
    Article.Status.DRAFT: 0.02,
    Article.Status.REVIEW: 0.006,
    Article.Status.RETURNED: 0.004,
    "scheduled": 0.005,
    Article.Status.UNPUBLISHED: 0.003,
}
BENCH_EDITOR = "bench-redaktur"
BENCH_OFFICER = "bench-humas"
ARTICLE_FIELDS = [
    "id", "title", "slug", "kind", "dateline", "summary", "body", "unit", "reporter",
    "lead_photo", "event", "source_name", "source_url", "video_url", "programme", "status",
    "published_at", "publication_date", "is_featured", "created_at", "updated_at",
]  # fmt: skip
UNIT_TYPES = [
    (UnitType.LAPAS, "Lapas", "Kalapas", 40),
    (UnitType.RUTAN, "Rutan", "Karutan", 25),
    (UnitType.BAPAS, "Bapas", "Kabapas", 12),
    (UnitType.LAPAS_NARKOTIKA, "Lapas Narkotika", "Kalapas", 5),
    (UnitType.LAPAS_PEREMPUAN, "Lapas Perempuan", "Kalapas", 4),
    (UnitType.LPKA, "LPKA", "Kepala LPKA", 4),
    (UnitType.RUPBASAN, "Rupbasan", "Karupbasan", 6),
    (UnitType.CABANG_RUTAN, "Cabang Rutan", "Kacabrutan", 3),
    (UnitType.LAPAS_TERBUKA, "Lapas Terbuka", "Kalapas", 1),
]


def zipf_cum_weights(n, s):
    """Cumulative weights of a Zipf-like law over n ranks: a few take much, most take little."""
    return list(accumulate(1 / (rank + 1) ** s for rank in range(n)))


def refuse_reason(force):
    """Why the current database may not be seeded, or None."""
    if connection.vendor != "postgresql":
        return (
            "seed_bench hanya untuk PostgreSQL (basis data sekarang: "
            f"{connection.vendor}). Setel DATABASE_URL=postgres://... lalu ulangi."
        )
    if not force and (UPT.objects.exists() or Article.objects.exists()):
        return (
            "Basis data ini sudah berisi UPT atau artikel. Pakai basis data kosong, "
            "atau tambahkan --force untuk MENGHAPUS seluruh isi lalu mengisi ulang."
        )
    return None


def wipe():
    """Empty every table the bench fills (and what hangs off them), ids restarting at 1."""
    tables = [m._meta.db_table for m in (UPT, Tag, Photo, Article, Event, Reporter)]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


def run(*, articles, seed=7, jobs=2, log=print):
    """Fill the (empty) database with the bench shape and `articles` articles; returns counts."""
    started = time.monotonic()
    rng = random.Random(seed)
    now = timezone.now()
    with transaction.atomic():
        regions = seed_regions()
        units = seed_units(rng, regions, target=600 if articles >= 5000 else 60)
        reporters = seed_reporters(rng, units)
        events = seed_events(rng, units, now, count=min(3000, max(20, articles // 300)))
        tags = seed_tags(rng, count=min(2000, max(40, articles // 2)))
    log(f"  {len(units)} UPT, {len(reporters)} penulis, {len(events)} kegiatan, {len(tags)} tag")
    photos_by_unit = seed_photos(rng, units, now, rows=max(60, articles // 8), jobs=jobs)
    log(f"  {sum(map(len, photos_by_unit.values()))} foto ({time.monotonic() - started:.0f} d)")

    plan = plan_chunks(rng, articles, now)
    ctx = WorkerContext(
        seed=seed,
        now=now,
        units=[(u.id, u.short_name, u.city) for u in units],
        unit_cum=zipf_cum_weights(len(units), 0.9),
        reporters_by_unit=group(reporters, lambda r: r.unit_id),
        photos_by_unit=photos_by_unit,
        events_by_month=group(events, lambda e: (e.starts_at.year, e.starts_at.month)),
        tag_ids=[t.id for t in tags],
        tag_cum=zipf_cum_weights(len(tags), 1.05),
    )
    with indexes_deferred(connection, Article, TaggedArticle, ArticlePhoto):
        connections.close_all()
        if jobs > 1 and len(plan) > 1:
            mp = multiprocessing.get_context("fork")
            with mp.Pool(jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
                results = []
                for done in pool.imap_unordered(_load_chunk, plan):
                    results.append(done)
                    if len(results) % 10 == 0 or len(results) == len(plan):
                        log(
                            f"  {sum(r[0] for r in results):,} artikel "
                            f"({time.monotonic() - started:.0f} d)"
                        )
        else:
            _init_worker(ctx)
            results = [_load_chunk(chunk) for chunk in plan]
        log(f"  membangun ulang indeks ({time.monotonic() - started:.0f} d)")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence(%s, 'id'), (SELECT MAX(id) FROM "
            f'"{Article._meta.db_table}"))',
            [Article._meta.db_table],
        )
    bench_users(units)
    log(f"  VACUUM ANALYZE ({time.monotonic() - started:.0f} d)")
    with connection.cursor() as cursor:
        # VACUUM sets the visibility map, so counts can be index-only scans as they would be
        # once autovacuum has passed over a live site.
        for model in (Article, TaggedArticle, ArticlePhoto, Photo):
            cursor.execute(f'VACUUM (ANALYZE) "{model._meta.db_table}"')
        cursor.execute("ANALYZE")
    return {
        "articles": sum(r[0] for r in results),
        "tags": sum(r[1] for r in results),
        "gallery": sum(r[2] for r in results),
        "seconds": time.monotonic() - started,
    }


def group(items, key):
    grouped = defaultdict(list)
    for item in items:
        grouped[key(item)].append(item.id)
    return dict(grouped)


def seed_regions():
    return upt.demo.seed_regions()


def seed_units(rng, regions, *, target):
    """About `target` units, more of them in the populous provinces, in random publishing rank."""
    type_weights = [w for *_, w in UNIT_TYPES]
    classes = [
        UnitClass.I,
        UnitClass.IIA,
        UnitClass.IIA,
        UnitClass.IIB,
        UnitClass.IIB,
        UnitClass.III,
    ]
    cities = [(code, city) for code, names in text.CITIES.items() for city in names]
    seen, units = set(), []
    while len(units) < target:
        code, city = rng.choice(cities)
        type_, label, head, _ = rng.choices(UNIT_TYPES, weights=type_weights)[0]
        short = f"{label} {city}"
        if short in seen:
            continue
        seen.add(short)
        klass = rng.choice(classes)
        units.append(
            UPT(
                name=f"{label} Kelas {klass} {city}",
                short_name=short,
                slug=slugify(short),
                type=type_,
                unit_class=klass,
                region=regions[code],
                city=city,
                head_title=head,
                head_name=text.person_name(rng),
                email=f"humas.{slugify(short).replace('-', '')}@contoh.go.id",
            )
        )
    rng.shuffle(units)
    return UPT.objects.bulk_create(units, batch_size=1000)


def seed_reporters(rng, units):
    reporters, slugs = [], set()
    owners = [(u, 1 + rng.randrange(3)) for u in units] + [(None, 20)]
    for unit, count in owners:
        for _ in range(count):
            name = text.person_name(rng)
            slug = base = slugify(name)
            n = 1
            while slug in slugs:
                n += 1
                slug = f"{base}-{n}"
            slugs.add(slug)
            reporters.append(
                Reporter(
                    display_name=name,
                    slug=slug,
                    unit=unit,
                    job_title="Petugas Humas" if unit else "Redaksi Ditjenpas",
                )
            )
    return Reporter.objects.bulk_create(reporters, batch_size=1000)


def seed_events(rng, units, now, *, count):
    """Events spread over the five years, a few of them still to come."""
    events = []
    span = YEARS * 365 * 86400
    for i in range(count):
        starts = now - timedelta(seconds=rng.randrange(span)) + timedelta(days=60 * (i % 40 == 0))
        organiser = rng.choice(units) if rng.random() < 0.8 else None
        name = f"{rng.choice(text.OBJECTS)} {organiser.short_name if organiser else 'Ditjenpas'}"
        events.append(
            Event(
                name=name,
                slug=f"{slugify(name)[:180]}-{i + 1}",
                theme=text.sentence(rng, 4, 8)[:-1],
                starts_at=starts,
                ends_at=starts + timedelta(hours=rng.choice([2, 3, 4, 8, 24, 72])),
                place=organiser.city if organiser else "Jakarta",
                organiser=organiser,
                participant_count=rng.randint(20, 500),
                description=text.sentence(rng, 20, 40),
            )
        )
    return Event.objects.bulk_create(events, batch_size=1000)


def seed_tags(rng, *, count):
    """`count` tags: topics first (the popular head), then places and word pairs (the tail)."""
    names = list(dict.fromkeys(o for o in text.OBJECTS))
    names += [c for cities in text.CITIES.values() for c in cities]
    names = names[: count // 2]
    while len(names) < count:
        pair = f"{rng.choice(text.WORDS).capitalize()} {rng.choice(text.WORDS).capitalize()}"
        if pair not in names:
            names.append(pair)
    slugs = set()
    tags = []
    for name in dict.fromkeys(names):
        slug = slugify(name)
        if slug in slugs:
            continue
        slugs.add(slug)
        tags.append(Tag(name=name, slug=slug))
    return Tag.objects.bulk_create(tags, batch_size=1000)


# Seeded photos are the size of a resized phone upload, so each gets the full set of copies;
# the Photo rows share PHOTO_FILES files (making one file's eight copies takes about 0.5 s here).
PHOTO_SIZE = (1200, 800)
PHOTO_FILES = 120


def make_image(rng, width=PHOTO_SIZE[0], height=PHOTO_SIZE[1]):
    """A JPEG: a two-colour gradient with a few blocks, different for every seed draw."""
    top = tuple(rng.randrange(256) for _ in range(3))
    bottom = tuple(rng.randrange(256) for _ in range(3))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 4):
        t = y / height
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.rectangle([0, y, width, y + 4], fill=colour)
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle([x, y, x + rng.randint(30, 160), y + rng.randint(30, 120)], fill=colour)
    out = BytesIO()
    image.save(out, "JPEG", quality=70)
    return out.getvalue()


def sized_copies(item):
    """Store the sized copies the upload pipeline would make; returns the `variants` value."""
    name, data = item
    stem = name.rsplit(".", 1)[0]
    return variants_of(
        (
            copy.width,
            copy.format,
            default_storage.save(f"{stem}-{copy.width}.{copy.format}", copy.content),
        )
        for copy in build_renditions(BytesIO(data))
    )


def seed_photos(rng, units, now, *, rows, jobs=1):
    """`rows` Photo rows sharing a few hundred real files; returns {unit id: [photo ids]}."""
    originals = []
    for i in range(min(PHOTO_FILES, max(10, rows // 20))):
        data = make_image(rng)
        originals.append((default_storage.save(f"bench/foto-{i:03d}.jpg", ContentFile(data)), data))
    # Resizing and encoding is the slow part: one process per core, the database untouched.
    connections.close_all()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        variants = pool.map(sized_copies, originals)
    files = [(name, json.dumps(v)) for (name, _), v in zip(originals, variants, strict=True)]
    unit_cum = zipf_cum_weights(len(units), 0.9)
    writer = CopyWriter(
        Photo,
        ["image", "variants", "width", "height", "caption", "credit", "alt_text", "taken_at",
         "unit", "created_at"],
        connection,
    )  # fmt: skip
    span = YEARS * 365 * 86400

    def photo_rows():
        for _ in range(rows):
            unit = units[bisect_right(unit_cum, rng.random() * unit_cum[-1])]
            taken = now - timedelta(seconds=rng.randrange(span))
            yield (
                *rng.choice(files), *PHOTO_SIZE, text.sentence(rng, 10, 20),
                f"Dok. Humas {unit.short_name}", text.sentence(rng, 6, 12)[:250], taken,
                unit.id, taken,
            )  # fmt: skip

    with transaction.atomic(), connection.cursor() as cursor:
        writer.write(cursor, photo_rows())
        cursor.execute(f'SELECT id, unit_id FROM "{Photo._meta.db_table}"')
        by_unit = defaultdict(list)
        for photo_id, unit_id in cursor.fetchall():
            by_unit[unit_id].append(photo_id)
    return dict(by_unit)


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


def _init_worker(ctx):
    global _ctx
    _ctx = ctx
    ctx.pool = text.paragraph_pool(random.Random(ctx.seed))


def _load_chunk(chunk):
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


def bench_users(units):
    """A central editor and an officer of the busiest unit, for the admin change-list timings."""
    User = get_user_model()
    perms = Permission.objects.filter(
        content_type__app_label="newsroom",
        codename__in=["view_article", "change_article", "add_article"],
    )
    busiest = (
        Article.objects.values("unit").order_by().annotate(n=Count("id")).order_by("-n").first()
    )
    scopes = {
        BENCH_EDITOR: {"is_central": True, "unit": None},
        BENCH_OFFICER: {
            "is_central": False,
            "unit_id": busiest["unit"] if busiest else units[0].id,
        },
    }
    for username, scope in scopes.items():
        user, _ = User.objects.get_or_create(username=username, defaults={"is_staff": True})
        user.set_unusable_password()
        user.is_staff = True
        user.save()
        user.user_permissions.set(perms)
        StaffScope.objects.update_or_create(user=user, defaults=scope)
