"""What bench/run measures: real URLs picked from the database, and SQL queries per page.

Query counts come from one in-process request per page (Django's test client), cold (cache off)
and warm (a second request with a local-memory cache), so gunicorn runs with no instrumentation.
"""

import re
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from taggit.models import Tag

from newsroom.models import Article, Event
from upt.models import UPT

from .seed import BENCH_EDITOR, BENCH_OFFICER

COLD = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
WARM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def pick_pages():
    """[(name, path)] of every public page in the issue, with the heaviest real slugs."""
    live = Article.objects.live()
    busiest = live.values("unit").order_by().annotate(n=Count("id")).order_by("-n").first() or {}
    quietest = (
        live.values("unit__city").order_by().annotate(n=Count("id")).order_by("n").first() or {}
    )
    unit = UPT.objects.filter(pk=busiest.get("unit")).first() or UPT.objects.first()
    tag = (
        Tag.objects.annotate(n=Count("newsroom_taggedarticle_items")).order_by("-n").first()
        if Tag.objects.exists()
        else None
    )
    event = Event.objects.annotate(n=Count("articles")).order_by("-n").first()
    article = (
        live.filter(event__isnull=False, lead_photo__isnull=False, gallery_items__isnull=False)
        .order_by("-published_at")
        .first()
        or live.first()
    )
    # Halfway down the archive: the cursor the "Berikutnya" links reach after half the pages.
    middle = live.count() // 2
    halfway = live.order_by("-published_at", "-id").values_list("pk", flat=True)
    deep = next(iter(halfway[middle : middle + 1]), 0)
    rare = (quietest.get("unit__city") or "Teminabuan").lower()
    return [
        ("home", "/"),
        ("berita", "/berita/"),
        ("berita tengah", f"/berita/?sebelum={deep}"),
        ("artikel", article.get_absolute_url() if article else "/berita/2000/01/01/tidak-ada/"),
        ("upt", f"/upt/{unit.slug}/" if unit else "/upt/tidak-ada/"),
        ("topik", f"/topik/{tag.slug}/" if tag else "/topik/tidak-ada/"),
        ("kegiatan", f"/kegiatan/{event.slug}/" if event else "/kegiatan/tidak-ada/"),
        ("cari umum", "/cari/?q=pembinaan+warga+binaan"),
        ("cari sedang", "/cari/?q=razia+kamar+hunian"),
        ("cari langka", f"/cari/?q={rare.replace(' ', '+')}"),
        ("feed", "/feed/"),
        ("sitemap", "/sitemap.xml"),
        ("api berita", "/api/v1/articles/"),
        ("api berita unit", f"/api/v1/articles/?unit={unit.slug}" if unit else "/api/v1/articles/"),
        ("api artikel", f"/api/v1/articles/{article.pk}/" if article else "/api/v1/articles/0/"),
    ]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    return response, len(ctx.captured_queries)


def sitemap_section(client):
    """The middle page of the article sitemap (a thousand URLs), or the first section."""
    response = client.get("/sitemap.xml")
    if response.status_code != 200 or b"<sitemapindex" not in response.content:
        return None
    locations = [m.decode() for m in re.findall(rb"<loc>([^<]+)</loc>", response.content)]
    articles = [loc for loc in locations if "/sitemap-berita.xml" in loc]
    chosen = articles[len(articles) // 2] if articles else (locations or [None])[0]
    if not chosen:
        return None
    parts = urlsplit(chosen)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def second_factor(client, user):
    """The session as after the authenticator code (staff pages refuse a password-only one)."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def probe():
    """Pages, their status and query counts, and admin sessions for bench/run."""
    client = Client()
    pages = pick_pages()
    section = sitemap_section(client)
    if section:
        pages.append(("sitemap bagian", section))
    User = get_user_model()
    admins = []
    for name, username in (("admin redaktur pusat", BENCH_EDITOR), ("admin humas", BENCH_OFFICER)):
        user = User.objects.filter(username=username).first()
        if user:
            admins.append((name, "/admin/newsroom/article/", user))
    result = []
    for name, path in pages:
        with override_settings(CACHES=COLD):
            response, cold = count_queries(client, path)
        with override_settings(CACHES=WARM):
            client.get(path)
            _, warm = count_queries(client, path)
        result.append(
            {"name": name, "path": path, "status": response.status_code, "queries": [cold, warm]}
        )
    for name, path, user in admins:
        admin_client = Client()
        admin_client.force_login(user)
        second_factor(admin_client, user)
        response, queries = count_queries(admin_client, path)
        result.append(
            {
                "name": name,
                "path": path,
                "status": response.status_code,
                "queries": [queries, queries],
                "cookie": f"sessionid={admin_client.cookies['sessionid'].value}",
                "admin": True,
            }
        )
    return {"pages": result, "articles": Article.objects.count()}
