"""Demo staff accounts, one per role; created only when DEBUG is on."""

from django.contrib.auth import get_user_model

DEMO_PASSWORD = "warta-demo-2024"  # noqa: S105 - printed for local demos only, never in production

# (username, full name, superuser?)
ACCOUNTS = [
    ("admin", "Admin Situs", True),
    ("redaktur.pusat", "Redaktur Pusat Ditjenpas", False),
    ("redaktur.jateng", "Redaktur Kanwil Jawa Tengah", False),
    ("humas.permisan", "Humas Lapas Permisan", False),
    ("humas.cipinang", "Humas Lapas Cipinang", False),
]


def seed():
    """Create the demo accounts that are missing; returns {username: user}."""
    User = get_user_model()
    users = {}
    for username, full_name, superuser in ACCOUNTS:
        first, _, last = full_name.partition(" ")
        user, created = User.objects.get_or_create(
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
        users[username] = user
    return users
