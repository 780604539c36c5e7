import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template

from newsroom.models import Photo
from tests.factories import PhotoFactory, jpeg_bytes

pytestmark = pytest.mark.django_db


def render(template, **context):
    return Template("{% load images %}" + template).render(Context(context))


@pytest.fixture
def photo(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return PhotoFactory(
            image=SimpleUploadedFile("a.jpg", jpeg_bytes(size=(1200, 800))),
            alt_text='Petugas "Humas" memotret',
        )


def test_picture_offers_webp_and_jpeg_at_every_width(photo):
    html = render('{% picture photo sizes="(min-width: 60rem) 720px, 100vw" %}', photo=photo)
    assert '<source type="image/webp" srcset="' in html
    assert html.count(" 320w") == 2 and html.count(" 640w") == 2 and html.count(" 1024w") == 2
    assert html.count(" 1200w") == 2
    assert 'sizes="(min-width: 60rem) 720px, 100vw"' in html
    assert 'width="1200" height="800"' in html
    assert 'alt="Petugas &quot;Humas&quot; memotret"' in html
    assert 'loading="lazy"' in html


def test_picture_reads_the_sizes_stored_with_the_photo(photo, django_assert_num_queries):
    photo = Photo.objects.get(pk=photo.pk)
    with django_assert_num_queries(0):
        html = render("{% picture photo %}", photo=photo)
    smallest = photo.renditions.get(width=320, format="jpeg")
    assert f'src="{photo.renditions.get(width=1024, format="jpeg").file.url}"' in html
    assert f"{smallest.file.url} 320w" in html


def test_lead_photo_loads_eagerly(photo):
    html = render("{% picture photo lead=True %}", photo=photo)
    assert 'loading="eager"' in html and 'fetchpriority="high"' in html


def test_photo_without_renditions_falls_back_to_the_original():
    # Photos stored before sized copies existed have none.
    photo = PhotoFactory()
    photo.renditions.all().delete()
    photo.variants = {}
    html = render("{% picture photo %}", photo=photo)
    assert f'src="{photo.image.url}"' in html and "srcset" not in html


def test_missing_photo_renders_nothing():
    assert render("{% picture None %}").strip() == ""


@pytest.mark.parametrize("count", [1, 6])
def test_many_pictures_cost_a_fixed_number_of_queries(
    count, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        PhotoFactory.create_batch(count)
    with django_assert_max_num_queries(1):
        photos = list(Photo.objects.all())
        html = render("{% for p in photos %}{% picture p %}{% endfor %}", photos=photos)
    assert html.count("<picture>") == count
