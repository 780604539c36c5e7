"""Photos in S3-compatible object storage (moto's S3 server on 127.0.0.1), links at its address."""

import io
import json
import re
import urllib.request

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from newsroom.models import Photo
from newsroom.sanitize import sanitize_html
from tests.factories import (
    ArticleFactory,
    PhotoFactory,
    UPTFactory,
    UserFactory,
    jpeg_bytes,
    log_in,
)
from tests.foundation.test_settings import printed_settings

pytestmark = pytest.mark.django_db


def get(url):
    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (127.0.0.1 only)
        return answer.status, answer.headers, answer.read()


@pytest.fixture
def bucket(object_storage):
    return object_storage


@pytest.fixture
def photo(bucket, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        # As the upload pipeline hands it over: re-encoded, typed by its name.
        return PhotoFactory(image=ContentFile(jpeg_bytes(size=(1200, 800)), name="a.jpg"))


@pytest.fixture
def article(photo):
    return ArticleFactory(
        live=True,
        lead_photo=photo,
        body=f'<p>Isi.</p><figure class="image"><img src="{photo.image.url}" alt="Halaman"></figure>',
    )


def test_an_uploaded_photo_and_its_sized_copies_are_objects_in_the_bucket(
    client, bucket, django_capture_on_commit_callbacks, settings
):
    log_in(client, UserFactory(is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:newsroom_photo_add"),
            {
                "image": SimpleUploadedFile("IMG_1.jpg", jpeg_bytes(size=(1200, 800))),
                "caption": "Kalapas membuka rapat",
                "credit": "Dok. Humas Lapas Permisan",
                "alt_text": "Kalapas berdiri di podium",
                "unit": UPTFactory().pk,
            },
        )
    assert response.status_code == 302
    photo = Photo.objects.get()
    keys = bucket.keys()
    assert photo.image.name in keys
    sized = [key for key in keys if key.startswith("foto/ukuran/")]
    assert len(sized) == photo.renditions.count() == 8  # 320, 640, 1024, 1200 in WebP and JPEG
    assert not (settings.MEDIA_ROOT).exists()  # nothing on the app machine's disk
    # Names never change, so the CDN and browsers may keep them for a year.
    head = bucket.s3.head_object(Bucket=bucket.bucket, Key=f"{bucket.prefix}/{photo.image.name}")
    assert head["CacheControl"] == "public, max-age=31536000, immutable"
    assert head["ContentType"] == "image/jpeg"


def test_pages_link_photos_at_the_buckets_address_and_it_serves_them(client, article, bucket):
    html = client.get(article.get_absolute_url()).content.decode()
    addresses = set(re.findall(r'(?:src|content)="([^"]+)"', html))
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        addresses |= {candidate.split()[0] for candidate in srcset.split(",")}
    photos = {a for a in addresses if "/foto/" in a}
    assert photos
    assert [a for a in photos if not a.startswith(bucket.media_url)] == []
    assert "/media/" not in html
    og_image = re.search(r'<meta property="og:image" content="([^"]+)"', html)[1]
    assert og_image.startswith(bucket.media_url)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])
    news = next(item for item in ld if item["@type"] == "NewsArticle")
    assert all(image.startswith(bucket.media_url) for image in news["image"])
    status, headers, body = get(og_image)
    assert status == 200 and headers["Content-Type"].startswith("image/")
    Image.open(io.BytesIO(body)).verify()


def test_the_home_page_cards_and_feed_point_at_the_bucket(client, article, bucket):
    home = client.get("/").content.decode()
    assert f"{bucket.media_url}foto/ukuran/" in home
    feed = feedparser.parse(client.get("/feed/").content)
    [entry] = feed.entries
    enclosures = [link["href"] for link in entry.links if link.get("rel") == "enclosure"]
    assert enclosures and all(url.startswith(bucket.media_url) for url in enclosures)


def test_the_sanitiser_keeps_body_images_from_the_bucket_only(photo, bucket):
    own = f'<img src="{photo.image.url}" alt="a">'
    assert photo.image.url in sanitize_html(own)
    assert "src" not in sanitize_html('<img src="https://pelacak.example/x.jpg" alt="a">')
    # A look-alike host that merely starts with the bucket's host is not the bucket.
    look_alike = bucket.media_url.rstrip("/") + ".pelacak.example/x.jpg"
    assert "src" not in sanitize_html(f'<img src="{look_alike}" alt="a">')


def test_the_content_security_policy_admits_the_bucket(client, article, bucket):
    policy = client.get(article.get_absolute_url()).headers["Content-Security-Policy"]
    img_src = re.search(r"img-src ([^;]+)", policy)[1].split()
    assert bucket.media_url in img_src


def test_deleting_a_photo_removes_its_objects(photo, bucket, django_capture_on_commit_callbacks):
    assert len(bucket.keys()) == 9
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert bucket.keys() == []


def test_readiness_names_a_bucket_that_is_gone(client, bucket, settings):
    assert client.get("/readyz").json()["checks"]["storage"] == "ok"
    options = settings.STORAGES["default"]["OPTIONS"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            **settings.STORAGES["default"],
            "OPTIONS": {**options, "bucket_name": "tidak-ada"},
        },
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["storage"]
    assert "NoSuchBucket" in response.json()["checks"]["storage"]


def test_the_environment_alone_configures_the_bucket_the_cdn_and_the_policy():
    env = {
        "MEDIA_BUCKET": "warta-foto",
        "MEDIA_S3_ENDPOINT_URL": "https://s3.minio.kemenkumham.example",
        "MEDIA_S3_REGION": "id-jakarta-1",
        "MEDIA_S3_ACCESS_KEY_ID": "kunci",
        "MEDIA_S3_SECRET_ACCESS_KEY": "rahasia",
        "MEDIA_PUBLIC_URL": "https://cdn.warta.example/foto-berita",
    }
    media_url, storages, policy = printed_settings(
        "MEDIA_URL", "STORAGES", "CONTENT_SECURITY_POLICY", **env
    )
    assert media_url == "'https://cdn.warta.example/foto-berita/'"
    assert "'storages.backends.s3.S3Storage'" in storages
    for expected in (
        "'warta-foto'",
        "'https://s3.minio.kemenkumham.example'",
        "'id-jakarta-1'",
        "'cdn.warta.example/foto-berita'",
        "'querystring_auth': False",
    ):
        assert expected in storages
    assert "'https://cdn.warta.example/foto-berita/'" in policy


def test_without_a_public_address_links_go_to_the_bucket_on_its_endpoint():
    [media_url] = printed_settings(
        "MEDIA_URL", MEDIA_BUCKET="warta-foto", MEDIA_S3_ENDPOINT_URL="http://10.1.2.3:9000/"
    )
    assert media_url == "'http://10.1.2.3:9000/warta-foto/'"
