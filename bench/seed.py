"""Scale data for the benchmarks: units, people, events, tags, photos and N articles.

Shape (see bench/README.md): ~600 units over the 38 regions with a Zipf-like share of the news,
~2,000 tags with a long tail, photo rows sharing a few hundred real image files, bodies of 300 to
1,200 words, publication times over five years, a few per cent drafts, reviews, returns,
scheduled and unpublished articles. Articles and their links are written with COPY by parallel
workers, each owning a contiguous run of days, so (publication_date, slug) stays unique without
any coordination between them.
"""

import multiprocessing
import random
import time
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection, connections, transaction
from django.db.models import Count
from django.utils import timezone
from taggit.models import Tag

from newsroom.models import Article, ArticlePhoto, Event, Photo, Reporter, StaffScope, TaggedArticle
from upt.models import UPT

from .articles import WorkerContext, init_worker, load_chunk, plan_chunks
from .pgcopy import indexes_deferred
from .photos import seed_photos
from .reference import (
    seed_events,
    seed_regions,
    seed_reporters,
    seed_tags,
    seed_units,
    zipf_cum_weights,
)

BENCH_EDITOR = "bench-redaktur"
BENCH_OFFICER = "bench-humas"


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
            with mp.Pool(jobs, initializer=init_worker, initargs=(ctx,)) as pool:
                results = []
                for done in pool.imap_unordered(load_chunk, plan):
                    results.append(done)
                    if len(results) % 10 == 0 or len(results) == len(plan):
                        log(
                            f"  {sum(r[0] for r in results):,} artikel "
                            f"({time.monotonic() - started:.0f} d)"
                        )
        else:
            init_worker(ctx)
            results = [load_chunk(chunk) for chunk in plan]
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
    # The central editor publishes too (bench/workday.py publishes as this account).
    publish = Permission.objects.filter(
        content_type__app_label="newsroom", codename="publish_article"
    )
    for username, scope in scopes.items():
        user, _ = User.objects.get_or_create(username=username, defaults={"is_staff": True})
        user.set_unusable_password()
        user.is_staff = True
        user.save()
        user.user_permissions.set([*perms, *(publish if username == BENCH_EDITOR else ())])
        StaffScope.objects.update_or_create(user=user, defaults=scope)
