"""Demo award edition 2024: figures from the newsroom, social accounts, crises, jury, winners.

Every step looks for what exists first, so running seed_demo twice changes nothing. Demo jurors
are accounts, so they exist only when DEBUG is on (like demo.accounts).
"""

from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from awards.models import (
    Category,
    CrisisCase,
    Edition,
    JurorScope,
    JuryScore,
    Nomination,
    SocialMetric,
)
from awards.models.editions import WIB
from awards.models.jury import CRITERIA_BY_CATEGORY
from awards.results import announce_results
from newsroom.models import Article
from upt.models import SocialAccount

from .accounts import demo_account
from .news import demo_photo

# unit slug: (Apa Kabar contributions, other website news) within the 2024 period
CONTRIBUTIONS = {
    "lapas-permisan": (8, 11),
    "lapas-cipinang": (6, 14),
    "rutan-surakarta": (5, 7),
    "lapas-semarang": (3, 9),
    "lpka-tangerang": (2, 4),
    "lapas-kerobokan": (1, 5),
}

# Each activity: its title, and the lead photo of its reports (scene of demo.pictures, caption,
# alt text). One photo per activity, from the head office's library, shared by the units' reports.
ACTIVITIES = [
    ("Warga Binaan Ikuti Pelatihan Pengelasan Bersertifikat", "kelas",
     "Warga binaan berlatih mengelas dalam pelatihan bersertifikat.",
     "Instruktur berdiri di depan papan, peserta bekerja di meja panjang bengkel."),
    ("Gelar Pemeriksaan Kesehatan Gratis bagi Warga Binaan", "layanan",
     "Tenaga kesehatan memeriksa warga binaan di tenda layanan kesehatan.",
     "Dua petugas di bawah tenda berlambang palang merah, warga mengantre di depannya."),
    ("Panen Sayur Hidroponik Hasil Kegiatan Kemandirian", "kebun",
     "Warga binaan memanen sayuran hasil kegiatan kemandirian.",
     "Beberapa orang berdiri di antara deretan tanaman sayur, pepohonan di latar."),
    ("Perkuat Sinergi dengan Aparat Penegak Hukum Setempat", "rapat",
     "Kepala UPT dan pimpinan aparat penegak hukum setempat berjabat tangan usai rapat koordinasi.",
     "Dua orang berjabat tangan di depan meja rapat, peserta lain duduk, layar di belakang."),
    ("Razia Gabungan Pastikan Blok Hunian Bebas Barang Terlarang", "upacara",
     "Apel petugas gabungan sebelum razia blok hunian.",
     "Petugas berseragam berdiri berjajar di depan spanduk, bendera merah putih di sisi."),
    ("Layanan Kunjungan Daring Dibuka Setiap Hari Kerja", "gedung",
     "Gerbang layanan kunjungan; kunjungan daring dibuka setiap hari kerja.",
     "Gedung dengan gerbang besi dan papan nama, petugas berjaga di halaman."),
    ("Warga Binaan Khatam Al-Qur'an dalam Program Pembinaan Kepribadian", "upacara",
     "Warga binaan peserta khataman Al-Qur'an bersama pembimbing rohani.",
     "Peserta berdiri berjajar di panggung di depan spanduk kegiatan."),
    ("Apel Kesiapsiagaan Petugas Menjelang Hari Raya", "upacara",
     "Petugas mengikuti apel kesiapsiagaan menjelang hari raya.",
     "Petugas berseragam berbaris di depan spanduk apel, bendera merah putih berkibar."),
    ("Serahkan Remisi kepada Warga Binaan Berkelakuan Baik", "upacara",
     "Penyerahan surat keputusan remisi kepada perwakilan warga binaan.",
     "Pejabat dan warga binaan berdiri berjajar di panggung, seorang mengangkat tangan."),
    ("Kerja Sama Pelatihan Barista dengan Balai Latihan Kerja", "rapat",
     "Penandatanganan kerja sama pelatihan barista dengan Balai Latihan Kerja.",
     "Dua orang berjabat tangan di atas meja, peserta lain duduk di kedua sisi."),
    ("Sosialisasi Pencegahan Peredaran Narkoba kepada Petugas", "kelas",
     "Narasumber menyampaikan materi pencegahan peredaran narkoba kepada petugas.",
     "Narasumber berdiri di depan papan tulis, petugas duduk di meja berderet."),
    ("Pameran Kerajinan Tangan Karya Warga Binaan", "gedung",
     "Pameran kerajinan karya warga binaan di halaman kantor.",
     "Halaman gedung dengan gerbang dan spanduk pameran, pengunjung berdiri di depannya."),
    ("Donor Darah Bersama Palang Merah Indonesia", "layanan",
     "Petugas dan warga binaan mendonorkan darah bersama Palang Merah Indonesia.",
     "Tenda berlambang palang merah, petugas kesehatan melayani antrean pendonor."),
    ("Pelatihan Kehumasan bagi Petugas Pengelola Media Sosial", "kelas",
     "Pelatihan kehumasan bagi petugas pengelola media sosial.",
     "Pemateri berdiri di depan layar, peserta duduk di meja dengan laptop dan catatan."),
]  # fmt: skip

SOCIAL_ACCOUNTS = [
    ("lapas-permisan", "instagram", "lapaspermisan", 4200, 130),
    ("lapas-permisan", "youtube", "lapaspermisantv", 900, 20),
    ("lapas-cipinang", "instagram", "lapascipinang", 9800, 300),
    ("lapas-cipinang", "tiktok", "lapascipinang", 5100, 260),
    ("rutan-surakarta", "instagram", "rutansurakarta", 3600, 150),
    ("lapas-semarang", "instagram", "lapassemarang", 6100, 110),
    ("lapas-kerobokan", "instagram", "lapaskerobokan", 7300, 210),
]

CRISES = [
    ("lapas-permisan", "Gelombang tinggi hentikan penyeberangan logistik ke Nusakambangan",
     "2024-01-14 06:30", 95, "Instagram @lapaspermisan"),
    ("lapas-permisan", "Pemadaman listrik di blok hunian saat hujan badai",
     "2024-05-03 21:10", 50, "Situs Ditjenpas"),
    ("lapas-cipinang", "Kabar hoaks warga binaan kabur beredar di media sosial",
     "2024-02-20 09:00", 140, "Konferensi pers"),
    ("rutan-surakarta", "Kebakaran kecil di dapur umum",
     "2024-03-11 13:45", 75, "Instagram @rutansurakarta"),
    ("rutan-surakarta", "Keluhan antrean kunjungan viral di media sosial",
     "2024-07-08 10:20", 240, "Instagram @rutansurakarta"),
    ("lapas-kerobokan", "Banjir rendam area kunjungan setelah hujan deras",
     "2024-01-27 16:00", 180, "Instagram @lapaskerobokan"),
]  # fmt: skip

NOMINEES = {
    Category.Code.SOCIAL_MEDIA: ["lapas-cipinang", "lapas-permisan", "lapas-kerobokan", "rutan-surakarta"],
    Category.Code.CRISIS: ["lapas-permisan", "rutan-surakarta", "lapas-cipinang", "lapas-kerobokan"],
}  # fmt: skip

# (username, full name, categories judged)
JURORS = [
    ("juri.medsos", "Juri Media Sosial", [Category.Code.SOCIAL_MEDIA]),
    ("juri.krisis", "Juri Komunikasi Krisis", [Category.Code.CRISIS]),
    ("juri.pakar", "Juri Pakar Komunikasi", [Category.Code.SOCIAL_MEDIA, Category.Code.CRISIS]),
]
JUROR_NOTES = {
    True: "Konsisten dan tanggap; contoh baik bagi UPT lain.",
    False: "Cukup baik, perlu lebih rutin dan lebih cepat menanggapi warganet.",
}


def _wib(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)


def _months(edition):
    month = edition.period_start.replace(day=1)
    while month <= edition.period_end:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def _seed_articles(units, edition):
    # The foundation's demo news is dated after the 2024 period; these fill the period itself.
    start = datetime.combine(edition.period_start, datetime.min.time(), tzinfo=WIB)
    span_days = (edition.period_end - edition.period_start).days
    for offset, (slug, (apa_kabar, news)) in enumerate(CONTRIBUTIONS.items()):
        unit = units[slug]
        for index in range(apa_kabar + news):
            is_apa_kabar = index < apa_kabar
            number = (index + offset) % len(ACTIVITIES)
            activity, scene, caption, alt = ACTIVITIES[number]
            title = f"{unit.short_name}: {activity}" + (
                " (Tahap 2)" if index >= len(ACTIVITIES) else ""
            )
            if is_apa_kabar:
                title = f"Apa Kabar Pemasyarakatan: {title}"
            if Article.objects.filter(unit=unit, title=title).exists():
                continue
            # Most reports carry a photo; one in five shares with its drawn card instead.
            photo = None if index % 5 == 4 else demo_photo(None, caption, alt, scene, 100 + number)
            day = (index * 23 + offset * 7) % span_days
            published_at = start + timedelta(days=day, hours=9 + index % 8)
            Article.objects.create(
                title=title,
                slug=slugify(title)[:200],
                kind=Article.Kind.VIDEO if is_apa_kabar else Article.Kind.BERITA,
                programme=Article.Programme.APA_KABAR if is_apa_kabar else "",
                dateline=unit.city.upper(),
                summary=f"Humas {unit.short_name} melaporkan kegiatan: {activity.lower()}.",
                body=f"<p>Humas {unit.short_name} melaporkan kegiatan: {activity.lower()}. "
                "Kegiatan berjalan tertib dengan pengawasan petugas.</p>",
                unit=unit,
                status=Article.Status.PUBLISHED,
                published_at=published_at,
                lead_photo=photo,
            )


def _seed_social(units, edition):
    for slug, platform, handle, followers, posts in SOCIAL_ACCOUNTS:
        account, _ = SocialAccount.objects.get_or_create(
            platform=platform,
            handle=handle,
            defaults={"unit": units[slug], "url": _account_url(platform, handle)},
        )
        for step, month in enumerate(_months(edition)):
            SocialMetric.objects.get_or_create(
                account=account,
                month=month,
                defaults={
                    "followers": followers + step * followers // 40,
                    "posts": posts // 12 + step % 4,
                    "engagement": (followers // 7) * (10 + step % 5) // 10,
                },
            )


def _account_url(platform, handle):
    return {
        "instagram": f"https://www.instagram.com/{handle}/",
        "youtube": f"https://www.youtube.com/@{handle}",
        "tiktok": f"https://www.tiktok.com/@{handle}",
    }[platform]


def _seed_crises(units):
    for slug, title, known, minutes, channel in CRISES:
        known_at = _wib(known)
        CrisisCase.objects.get_or_create(
            unit=units[slug],
            title=title,
            defaults={
                "known_at": known_at,
                "first_statement_at": known_at + timedelta(minutes=minutes),
                "first_statement_channel": channel,
                "description": "Petugas Humas menyampaikan keterangan resmi dan pembaruan "
                "berkala sampai keadaan kembali normal.",
            },
        )


def _seed_nominations(units, edition):
    categories = {c.code: c for c in Category.objects.filter(code__in=NOMINEES)}
    return [
        Nomination.objects.get_or_create(
            edition=edition, category=categories[code], unit=units[slug]
        )[0]
        for code, slugs in NOMINEES.items()
        for slug in slugs
    ]


def _seed_jurors():
    group = Group.objects.get(name="Juri")
    jurors = []
    for username, full_name, codes in JURORS:
        user, created = demo_account(username, full_name)
        if created:
            user.groups.add(group)
            scope = JurorScope.objects.create(user=user)
            scope.categories.set(Category.objects.filter(code__in=codes))
        jurors.append((user, codes))
    return jurors


def _seed_scores(nominations, jurors):
    for juror_index, (juror, codes) in enumerate(jurors):
        for nomination in nominations:
            if nomination.category.code not in codes:
                continue
            rank = NOMINEES[nomination.category.code].index(nomination.unit.slug)
            for criterion_index, criterion in enumerate(
                CRITERIA_BY_CATEGORY[nomination.category.code]
            ):
                JuryScore.objects.get_or_create(
                    nomination=nomination,
                    juror=juror,
                    criterion=criterion,
                    defaults={
                        "score": 88 - 6 * rank - (juror_index + criterion_index) % 3,
                        "note": JUROR_NOTES[rank == 0],
                    },
                )


def seed(*, units, content):
    """Create the 2024 edition with its figures, jury and announced winners, if missing."""
    edition, _ = Edition.objects.get_or_create(
        year=2024,
        defaults={
            "name": "Penghargaan Humas Pemasyarakatan 2024",
            "period_start": date(2023, 10, 1),
            "period_end": date(2024, 9, 15),
            "ceremony_event": content["event"],
        },
    )
    _seed_articles(units, edition)
    _seed_social(units, edition)
    _seed_crises(units)
    nominations = _seed_nominations(units, edition)
    if settings.DEBUG:
        _seed_scores(nominations, _seed_jurors())
    if edition.status == Edition.Status.OPEN:
        edition.start_judging(by=None)
    if edition.status == Edition.Status.JUDGING and timezone.localdate() > edition.period_end:
        announce_results(edition=edition, by=None)
        edition.refresh_from_db()
    return edition


def juror_usernames():
    """The demo jurors' usernames, for seed_demo's account list."""
    return [username for username, _name, _codes in JURORS]
