"""The bench's units, reporters, events and tags: the rows the articles point at.

About 600 units over the 38 regions (from the demo's province list), a few reporters per unit,
events over the five years and ~2,000 tags with a long tail.
"""

from datetime import timedelta
from itertools import accumulate

from django.utils.text import slugify
from taggit.models import Tag

import demo.units
from newsroom.models import Event, Reporter
from upt.models import UPT, UnitClass, UnitType

from . import text

YEARS = 5
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


def seed_regions():
    return demo.units.seed_regions()


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
