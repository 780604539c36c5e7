"""The bench's photos: Photo rows sharing a few hundred real image files with their sized copies."""

import json
import multiprocessing
from bisect import bisect_right
from collections import defaultdict
from datetime import timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, connections, transaction
from PIL import Image, ImageDraw

from newsroom.images import build_renditions
from newsroom.models import Photo
from newsroom.models.photos import variants_of

from . import text
from .pgcopy import CopyWriter
from .reference import YEARS, zipf_cum_weights

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
