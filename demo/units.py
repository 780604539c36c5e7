"""Demo regions and units: the 38 provinces and a set of real units of several types."""

from django.utils.text import slugify

from upt.models import UPT, Region, UnitClass, UnitType

# (BPS/Kemendagri code, province)
PROVINCES = [
    ("11", "Aceh"), ("12", "Sumatera Utara"), ("13", "Sumatera Barat"), ("14", "Riau"),
    ("15", "Jambi"), ("16", "Sumatera Selatan"), ("17", "Bengkulu"), ("18", "Lampung"),
    ("19", "Kepulauan Bangka Belitung"), ("21", "Kepulauan Riau"), ("31", "DKI Jakarta"),
    ("32", "Jawa Barat"), ("33", "Jawa Tengah"), ("34", "DI Yogyakarta"), ("35", "Jawa Timur"),
    ("36", "Banten"), ("51", "Bali"), ("52", "Nusa Tenggara Barat"),
    ("53", "Nusa Tenggara Timur"), ("61", "Kalimantan Barat"), ("62", "Kalimantan Tengah"),
    ("63", "Kalimantan Selatan"), ("64", "Kalimantan Timur"), ("65", "Kalimantan Utara"),
    ("71", "Sulawesi Utara"), ("72", "Sulawesi Tengah"), ("73", "Sulawesi Selatan"),
    ("74", "Sulawesi Tenggara"), ("75", "Gorontalo"), ("76", "Sulawesi Barat"), ("81", "Maluku"),
    ("82", "Maluku Utara"), ("91", "Papua"), ("92", "Papua Barat"), ("93", "Papua Selatan"),
    ("94", "Papua Tengah"), ("95", "Papua Pegunungan"), ("96", "Papua Barat Daya"),
]  # fmt: skip

T, C = UnitType, UnitClass
# (full name, short name, type, class, province code, city, head title)
UNITS = [
    ("Lapas Kelas IIA Permisan", "Lapas Permisan", T.LAPAS, C.IIA, "33", "Cilacap", "Kalapas"),
    ("Lapas Kelas I Batu Nusakambangan", "Lapas Batu", T.LAPAS, C.I, "33", "Cilacap", "Kalapas"),
    ("Lapas Kelas IIA Besi Nusakambangan", "Lapas Besi", T.LAPAS, C.IIA, "33", "Cilacap", "Kalapas"),
    ("Lapas Kelas IIA Kembang Kuning", "Lapas Kembang Kuning", T.LAPAS, C.IIA, "33", "Cilacap", "Kalapas"),
    ("Lapas Kelas IIA Pasir Putih", "Lapas Pasir Putih", T.LAPAS, C.IIA, "33", "Cilacap", "Kalapas"),
    ("Lapas Kelas I Karanganyar Nusakambangan", "Lapas Karanganyar", T.LAPAS, C.I, "33", "Cilacap", "Kalapas"),
    ("Lapas Narkotika Kelas IIA Nusakambangan", "Lapas Narkotika Nusakambangan", T.LAPAS_NARKOTIKA, C.IIA, "33", "Cilacap", "Kalapas"),
    ("Lapas Terbuka Kelas IIB Nusakambangan", "Lapas Terbuka Nusakambangan", T.LAPAS_TERBUKA, C.IIB, "33", "Cilacap", "Kalapas"),
    ("Lapas Kelas I Semarang", "Lapas Semarang", T.LAPAS, C.I, "33", "Semarang", "Kalapas"),
    ("Rutan Kelas I Surakarta", "Rutan Surakarta", T.RUTAN, C.I, "33", "Surakarta", "Karutan"),
    ("Bapas Kelas I Semarang", "Bapas Semarang", T.BAPAS, C.I, "33", "Semarang", "Kabapas"),
    ("Rutan Kelas IIB Cilacap", "Rutan Cilacap", T.RUTAN, C.IIB, "33", "Cilacap", "Karutan"),
    ("Lapas Kelas I Cipinang", "Lapas Cipinang", T.LAPAS, C.I, "31", "Jakarta Timur", "Kalapas"),
    ("Rutan Kelas I Jakarta Pusat", "Rutan Salemba", T.RUTAN, C.I, "31", "Jakarta Pusat", "Karutan"),
    ("Lapas Perempuan Kelas IIA Jakarta", "Lapas Perempuan Jakarta", T.LAPAS_PEREMPUAN, C.IIA, "31", "Jakarta Timur", "Kalapas"),
    ("Rupbasan Kelas I Jakarta Pusat", "Rupbasan Jakarta Pusat", T.RUPBASAN, C.I, "31", "Jakarta Pusat", "Karupbasan"),
    ("LPKA Kelas I Tangerang", "LPKA Tangerang", T.LPKA, C.I, "36", "Tangerang", "Kepala LPKA"),
    ("Lapas Kelas I Sukamiskin", "Lapas Sukamiskin", T.LAPAS, C.I, "32", "Bandung", "Kalapas"),
    ("LPKA Kelas II Bandung", "LPKA Bandung", T.LPKA, "", "32", "Bandung", "Kepala LPKA"),
    ("Lapas Narkotika Kelas IIA Yogyakarta", "Lapas Narkotika Yogyakarta", T.LAPAS_NARKOTIKA, C.IIA, "34", "Sleman", "Kalapas"),
    ("Lapas Kelas IIA Kerobokan", "Lapas Kerobokan", T.LAPAS, C.IIA, "51", "Badung", "Kalapas"),
    ("Lapas Kelas I Medan", "Lapas Medan", T.LAPAS, C.I, "12", "Medan", "Kalapas"),
    ("Cabang Rutan Kelas IIB Pangkalan Brandan", "Cabrutan Pangkalan Brandan", T.CABANG_RUTAN, C.IIB, "12", "Langkat", "Kacabrutan"),
    ("Rutan Kelas I Makassar", "Rutan Makassar", T.RUTAN, C.I, "73", "Makassar", "Karutan"),
    ("Lapas Kelas IIA Abepura", "Lapas Abepura", T.LAPAS, C.IIA, "91", "Jayapura", "Kalapas"),
    ("Lapas Kelas IIA Ambon", "Lapas Ambon", T.LAPAS, C.IIA, "81", "Ambon", "Kalapas"),
]  # fmt: skip


def seed_regions():
    """Create the 38 provinces that are missing; returns {code: Region}."""
    regions = {}
    for code, name in PROVINCES:
        regions[code], _ = Region.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "slug": slugify(name),
                "office_name": f"Kantor Wilayah Ditjenpas {name}",
            },
        )
    return regions


def seed():
    """Create the regions and demo units that are missing; returns {slug: UPT}."""
    regions = seed_regions()
    units = {}
    for name, short, type_, klass, code, city, head_title in UNITS:
        slug = slugify(short)
        units[slug], _ = UPT.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "type": type_,
                "unit_class": klass,
                "region": regions[code],
                "city": city,
                "head_title": head_title,
                "email": f"humas.{slug.replace('-', '')}@contoh.go.id",
            },
        )
    return units
