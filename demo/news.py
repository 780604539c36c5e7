"""Demo content for a first run: an event, reporters, generated photos and articles."""

from datetime import datetime, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from newsroom.models import Article, ArticlePhoto, Event, PageView, Photo, Reporter

from .articles import ARTICLES, DRAFT
from .pictures import draw_scene


def _wib(text):
    return timezone.make_aware(datetime.strptime(text, "%Y-%m-%d %H:%M"))


def demo_photo(unit, caption, alt, scene, seed, credit=""):
    """The demo photo with this caption, drawn (demo.pictures) and stored the first time.

    `unit` None is a photo of the head office. Goes through Photo.save(), as an upload does,
    so the sized copies are made after the seed's transaction commits.
    """
    photo = Photo.objects.filter(caption=caption).first()
    if photo:
        return photo
    photo = Photo(
        caption=caption,
        alt_text=alt,
        credit=credit or (unit.default_photo_credit if unit else "Dok. Humas Ditjenpas"),
        unit=unit,
    )
    photo.image.save(f"demo-{scene}-{seed}.jpg", ContentFile(draw_scene(scene, seed)), save=False)
    photo.save()
    return photo


def seed_event():
    """The 2024 national Humas technical meeting."""
    event, _ = Event.objects.get_or_create(
        slug="rapat-teknis-humas-pemasyarakatan-2024",
        defaults={
            "name": "Rapat Teknis Humas Pemasyarakatan 2024: Pembentukan Agen Informasi dan "
            "Publikasi Pemasyarakatan Tahun 2024",
            "theme": "Sinergi Merajut Citra Pemasyarakatan yang Berdampak",
            "hashtag": "#HumasBergerakBersama",
            "starts_at": _wib("2024-09-24 08:00"),
            "ends_at": _wib("2024-09-26 17:00"),
            "place": "Jakarta",
            "participant_count": 150,
            "unit_count": 54,
            "description": "Rapat teknis nasional kehumasan Pemasyarakatan. Peserta dari 54 UPT "
            "dan kantor pusat hadir langsung; UPT lain dan divisi pemasyarakatan kantor wilayah "
            "mengikuti secara daring.",
        },
    )
    return event


def seed_reporters(units):
    """One Humas reporter per demo unit."""
    reporters = {}
    for slug, unit in units.items():
        reporters[slug], _ = Reporter.objects.get_or_create(
            slug=f"humas-{slug}",
            defaults={
                "display_name": f"Humas {unit.short_name}",
                "unit": unit,
                "job_title": "Petugas Humas",
            },
        )
    return reporters


def _create_article(spec, units, reporters, event, seed):
    unit = units[spec["unit"]]
    article = Article.objects.filter(unit=unit, title=spec["title"]).first()
    if article:
        return article
    published_at = _wib(spec["published"]) if spec["published"] else None
    article = Article(
        title=spec["title"],
        slug=slugify(spec["title"])[:200],
        kind=spec["kind"],
        dateline=spec["dateline"],
        summary=spec["summary"],
        body="".join(p if p.startswith("<") else f"<p>{p}</p>" for p in spec["body"]),
        unit=unit,
        reporter=reporters[spec["unit"]],
        event=event if spec.get("event") else None,
        source_name=spec.get("source_name", ""),
        source_url=spec.get("source_url", ""),
        video_url=spec.get("video_url", ""),
        programme=spec.get("programme", ""),
        status=spec.get("status", Article.Status.PUBLISHED),
        published_at=published_at,
        is_featured=spec.get("featured", False),
    )
    if spec.get("photo"):
        caption, alt, scene = spec["photo"]
        article.lead_photo = demo_photo(unit, caption, alt, scene, seed)
    article.save()
    article.tags.add(*spec["tags"])
    if article.lead_photo and spec.get("event"):
        extra = demo_photo(
            unit,
            f"Peserta rapat teknis dari {unit.short_name} berdiskusi.",
            "Peserta duduk di meja rapat, dua orang berjabat tangan, layar presentasi di belakang.",
            "rapat",
            seed + 50,
        )
        ArticlePhoto.objects.create(article=article, photo=article.lead_photo, order=1)
        ArticlePhoto.objects.create(article=article, photo=extra, order=2)
    return article


def seed(units):
    """Create the event, reporters, photos and articles that are missing."""
    event = seed_event()
    if not event.cover_photo_id:
        event.cover_photo = demo_photo(
            units["lapas-cipinang"],
            "Pembukaan Rapat Teknis Humas Pemasyarakatan 2024 di Jakarta.",
            "Panggung rapat teknis dengan spanduk kegiatan, pejabat berdiri berjajar di depannya.",
            "upacara",
            99,
        )
        event.save(update_fields=["cover_photo"])
    reporters = seed_reporters(units)
    articles = [
        _create_article(spec, units, reporters, event, i)
        for i, spec in enumerate([*ARTICLES, DRAFT])
    ]
    return {"event": event, "reporters": reporters, "articles": articles}


def seed_readers(days=14):
    """Readers of the last `days` days, so that Terpopuler and the reach dashboard show numbers."""
    today = timezone.localdate()
    live = Article.objects.live().order_by("pk").values_list("pk", flat=True)
    rows = [
        PageView(
            article_id=pk, day=today - timedelta(days=day), views=(pk * 37 + day * 11) % 90 + 5
        )
        for pk in live
        for day in range(days)
        if (pk + day) % 3
    ]
    PageView.objects.bulk_create(rows, ignore_conflicts=True)
