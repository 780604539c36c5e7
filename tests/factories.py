"""Factories for every model, in one place."""

import base64
import io
import time
from datetime import timedelta

import factory
import pyotp
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from awards.models import Edition
from newsroom.models import Article, ArticlePhoto, Event, Photo, Reporter
from upt.models import UPT, Region, UnitType

PASSWORD = "rahasia-uji-123"  # every UserFactory account's password


def jpeg_bytes(size=(64, 48), color=(40, 90, 160)):
    """A small valid JPEG."""
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@contoh.go.id")
    is_staff = True
    password = factory.django.Password(PASSWORD)


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Provinsi {n}")
    slug = factory.Sequence(lambda n: f"provinsi-{n}")
    code = factory.Sequence(lambda n: f"{n + 100}")


class UPTFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UPT

    name = factory.Sequence(lambda n: f"Lapas Kelas IIA Contoh {n}")
    short_name = factory.Sequence(lambda n: f"Lapas Contoh {n}")
    slug = factory.Sequence(lambda n: f"lapas-contoh-{n}")
    type = UnitType.LAPAS
    unit_class = "IIA"
    region = factory.SubFactory(RegionFactory)


class ReporterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reporter

    display_name = factory.Sequence(lambda n: f"Penulis {n}")
    slug = factory.Sequence(lambda n: f"penulis-{n}")
    unit = factory.SubFactory(UPTFactory)


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    image = factory.LazyFunction(lambda: ContentFile(jpeg_bytes(), name="foto.jpg"))
    caption = factory.Sequence(lambda n: f"Keterangan foto {n}")
    credit = "Dok. Humas Lapas Contoh"
    alt_text = "Petugas berdiri di halaman lapas"
    unit = factory.SubFactory(UPTFactory)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    name = factory.Sequence(lambda n: f"Kegiatan {n}")
    slug = factory.Sequence(lambda n: f"kegiatan-{n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at + timedelta(hours=6))
    place = "Jakarta"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Berita uji nomor {n}")
    slug = factory.Sequence(lambda n: f"berita-uji-{n}")
    kind = Article.Kind.BERITA
    summary = "Ringkasan berita uji."
    body = "<p>Isi berita uji.</p>"
    unit = factory.SubFactory(UPTFactory)
    # Editors refuse an article without a byline (newsroom/models/readiness.py).
    reporter = factory.SubFactory(ReporterFactory, unit=factory.SelfAttribute("..unit"))
    status = Article.Status.DRAFT

    class Params:
        live = factory.Trait(
            status=Article.Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1)),
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)


class ArticlePhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticlePhoto

    article = factory.SubFactory(ArticleFactory)
    photo = factory.SubFactory(PhotoFactory)
    order = factory.Sequence(lambda n: n)


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        django_get_or_create = ["year"]

    year = 2024
    name = factory.LazyAttribute(lambda e: f"Penghargaan Humas {e.year}")
    period_start = factory.LazyAttribute(lambda e: timezone.datetime(e.year - 1, 10, 1).date())
    period_end = factory.LazyAttribute(lambda e: timezone.datetime(e.year, 9, 30).date())


# Awards ------------------------------------------------------------------------------------------


def award_category(code):
    """One of the four categories created by the awards data migration."""
    from awards.models import Category

    return Category.objects.get(code=code)


class SocialAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "upt.SocialAccount"

    unit = factory.SubFactory(UPTFactory)
    platform = "instagram"
    handle = factory.Sequence(lambda n: f"humas_uji_{n}")
    url = factory.LazyAttribute(lambda a: f"https://www.instagram.com/{a.handle}/")


class SocialMetricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "awards.SocialMetric"

    account = factory.SubFactory(SocialAccountFactory)
    month = factory.LazyFunction(lambda: timezone.datetime(2024, 3, 1).date())
    followers = 1000
    posts = 20
    engagement = 500


class CrisisCaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "awards.CrisisCase"

    unit = factory.SubFactory(UPTFactory)
    title = factory.Sequence(lambda n: f"Kejadian uji {n}")
    known_at = factory.LazyFunction(
        lambda: timezone.make_aware(timezone.datetime(2024, 3, 10, 8, 0))
    )
    first_statement_at = factory.LazyAttribute(lambda c: c.known_at + timedelta(hours=2))
    first_statement_channel = "Instagram resmi"


class NominationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "awards.Nomination"

    edition = factory.SubFactory(EditionFactory)
    category = factory.LazyFunction(lambda: award_category("media-sosial"))
    unit = factory.SubFactory(UPTFactory)


def staff_user(username, group, **scope):
    """A staff account in a role group, with its scope (unit=, region= or is_central=True)."""
    from django.contrib.auth.models import Group

    from newsroom.models import StaffScope

    user = UserFactory(username=username, first_name=username.title())
    user.groups.add(Group.objects.get(name=group))
    if scope:
        StaffScope.objects.create(user=user, **scope)
    return user


def authenticator(user):
    """A confirmed authenticator of `user` that has not yet accepted the current code.

    Created when missing (as if the person had enrolled); a second one is added when the
    existing one already took this time step's code, since django-otp accepts each code once.
    """
    from django_otp.plugins.otp_totp.models import TOTPDevice

    step = int(time.time()) // 30
    device = (
        TOTPDevice.objects.filter(
            user=user, confirmed=True, last_t__lt=step, throttling_failure_count=0
        )
        .order_by("pk")
        .first()
    )
    return device or TOTPDevice.objects.create(user=user, name="Ponsel uji", confirmed=True)


def current_code(device):
    """The code the person's authenticator app shows now (pyotp, independent of django-otp)."""
    return pyotp.TOTP(base64.b32encode(device.bin_key).decode()).now()


def log_in_password_only(client, user, password=PASSWORD):
    """The first step alone: the admin login form with the password; returns its response."""
    response = client.post(
        reverse("admin:login"), {"username": user.get_username(), "password": password}
    )
    if response.status_code != 302:
        errors = response.context["form"].errors if response.context else response.status_code
        raise AssertionError(f"password step refused {user.get_username()}: {errors}")
    return response


def log_in(client, user, password=PASSWORD):
    """Sign a test client in as `user` the way people do: password, then the authenticator code.

    The one door every staff test goes through (never `client.force_login`): the real admin
    login form, then the second-factor page with the code an authenticator app would show.
    """
    log_in_password_only(client, user, password)
    response = client.post(reverse("twofactor:verify"), {"code": current_code(authenticator(user))})
    if response.status_code != 302:
        errors = response.context["form"].errors if response.context else response.status_code
        raise AssertionError(f"second factor refused {user.get_username()}: {errors}")
    return client
