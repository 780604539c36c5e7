"""Demo staff accounts, one per role, in their groups and scopes; created only when DEBUG is on.

Also leaves articles in every workflow state, moved there by the transition methods so that
each one has its history and every newsroom screen has something to show.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from newsroom import permissions
from newsroom.models import Article, Reporter, StaffScope
from newsroom.twofactor import devices
from upt.models import UPT, Region

DEMO_PASSWORD = "warta-demo-2024"  # noqa: S105 - printed for local demos only, never in production
# The demo accounts' authenticators: random keys, printed by seed_demo and demo_codes.
DEMO_DEVICE_NAME = "Demo (hanya pengembangan)"

# username: (group, scope) with scope as ("unit", slug), ("region", slug) or ("central", None)
ROLES = {
    "admin": (permissions.ADMIN_GROUP, ("central", None)),
    "redaktur.pusat": (permissions.CENTRAL_EDITOR_GROUP, ("central", None)),
    "redaktur.jateng": (permissions.REGIONAL_EDITOR_GROUP, ("region", "jawa-tengah")),
    "humas.permisan": (permissions.OFFICER_GROUP, ("unit", "lapas-permisan")),
    "humas.cipinang": (permissions.OFFICER_GROUP, ("unit", "lapas-cipinang")),
}

# (unit slug, author, title, body, moves) where moves name who makes each transition.
WORKFLOW_ARTICLES = [
    (
        "lapas-permisan",
        "humas.permisan",
        "Lapas Permisan Gelar Pemeriksaan Kesehatan Gratis bagi Warga Binaan",
        "Tim kesehatan Lapas Permisan memeriksa tekanan darah dan gula darah warga binaan.",
        [("submit", "humas.permisan")],
    ),
    (
        "lapas-permisan",
        "humas.permisan",
        "Pramuka Warga Binaan Lapas Permisan Ikuti Perkemahan Bakti",
        "Warga binaan anggota pramuka mengikuti perkemahan bakti di lingkungan lapas.",
        [
            ("submit", "humas.permisan"),
            (
                "return_to_author",
                "redaktur.jateng",
                "Tambahkan jumlah peserta dan kutipan dari pembina pramuka, lalu ajukan lagi.",
            ),
        ],
    ),
    (
        "lapas-semarang",
        "redaktur.jateng",
        "Lapas Semarang Buka Pendaftaran Kunjungan Daring Menjelang Akhir Tahun",
        "Keluarga warga binaan dapat mendaftar kunjungan melalui layanan daring mulai pekan depan.",
        [("submit", "redaktur.jateng"), ("publish_tomorrow", "redaktur.jateng")],
    ),
    (
        "lapas-cipinang",
        "humas.cipinang",
        "Lapas Cipinang Terima Kunjungan Mahasiswa Hukum",
        "Mahasiswa fakultas hukum mempelajari layanan pemasyarakatan di Lapas Cipinang.",
        [
            ("submit", "humas.cipinang"),
            ("publish", "redaktur.pusat"),
            (
                "unpublish",
                "redaktur.pusat",
                "Nama salah satu narasumber keliru; sedang diperbaiki.",
            ),
        ],
    ),
]

# (username, full name, superuser?)
ACCOUNTS = [
    ("admin", "Admin Situs", True),
    ("redaktur.pusat", "Redaktur Pusat Ditjenpas", False),
    ("redaktur.jateng", "Redaktur Kanwil Jawa Tengah", False),
    ("humas.permisan", "Humas Lapas Permisan", False),
    ("humas.cipinang", "Humas Lapas Cipinang", False),
]


def demo_account(username, full_name, *, superuser=False):
    """A staff account with the demo password, created if missing; returns (user, created)."""
    first, _, last = full_name.partition(" ")
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first,
            "last_name": last,
            "email": f"{username}@contoh.go.id",
            "is_staff": True,
            "is_superuser": superuser,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user, created


def seed():
    """Create the demo accounts that are missing; returns {username: user}."""
    users = {}
    for username, full_name, superuser in ACCOUNTS:
        user, _created = demo_account(username, full_name, superuser=superuser)
        users[username] = user
        _place(user, *ROLES[username])
    _link_reporters(users)
    _seed_workflow(users)
    return users


def _place(user, group_name, scope):
    """Put the account in its role group with its scope (once; later edits by hand are kept)."""
    user.groups.add(Group.objects.get(name=group_name))
    if StaffScope.objects.filter(user=user).exists():
        return
    reach, slug = scope
    if reach == "unit":
        StaffScope.objects.create(user=user, unit=UPT.objects.get(slug=slug))
    elif reach == "region":
        StaffScope.objects.create(user=user, region=Region.objects.get(slug=slug))
    else:
        StaffScope.objects.create(user=user, is_central=True)


def _link_reporters(users):
    for username in ("humas.permisan", "humas.cipinang"):
        unit_slug = ROLES[username][1][1]
        Reporter.objects.filter(slug=f"humas-{unit_slug}", user__isnull=True).update(
            user=users[username]
        )
    Article.objects.filter(
        unit__slug="lapas-permisan", status=Article.Status.DRAFT, created_by__isnull=True
    ).update(created_by=users["humas.permisan"])


def _seed_workflow(users):
    for unit_slug, author, title, summary, moves in WORKFLOW_ARTICLES:
        unit = UPT.objects.get(slug=unit_slug)
        if Article.objects.filter(unit=unit, title=title).exists():
            continue
        article = Article.objects.create(
            title=title,
            kind=Article.Kind.BERITA,
            dateline=unit.city or unit.short_name,
            summary=summary,
            body=f"<p>{summary}</p>",
            unit=unit,
            reporter=Reporter.objects.filter(unit=unit).first(),
            created_by=users[author],
            updated_by=users[author],
        )
        for name, who, *note in moves:
            by = users[who]
            if name == "publish_tomorrow":
                article.publish(by=by, at=timezone.now() + timedelta(days=1))
            elif name == "return_to_author":
                article.return_to_author(by=by, note=note[0])
            elif name == "unpublish":
                article.unpublish(by=by, reason=note[0])
            else:
                getattr(article, name)(by=by)


def demo_authenticator(user):
    """The account's demo authenticator, created if it has none; None if it enrolled its own."""
    device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).first()
    if device is None and not devices.has_authenticator(user):
        device = TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, confirmed=True)
    return device


def current_code(device):
    """The six digits an authenticator app with this device's key shows right now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def second_factor_lines(usernames):
    """One line per demo account: its authenticator key and current code (development only)."""
    lines = []
    for user in get_user_model().objects.filter(username__in=usernames).order_by("username"):
        device = demo_authenticator(user)
        if device is None:
            lines.append(f"  - {user.username:<18} memakai aplikasi autentikatornya sendiri")
        else:
            key = devices.key_for_typing(device)
            lines.append(
                f"  - {user.username:<18} kode sekarang {current_code(device)}   kunci {key}"
            )
    return lines
