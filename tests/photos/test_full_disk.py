"""A media disk that is really full (a small tmpfs): the upload is refused and nothing is left.

Needs the right to mount (root, as in CI's container); skipped with the reason elsewhere. The
storage-subclass tests in test_storage_failures.py cover the same paths without a mount.
"""

import io
import os
import subprocess

import pytest
from PIL import Image

from newsroom.images import prepare_image
from newsroom.models import Photo, Rendition
from tests.factories import UserFactory, log_in

from .test_photo_uploads import upload_photo
from .test_storage_failures import MESSAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_disk(tmp_path, settings):
    """MEDIA_ROOT on a 1 MiB tmpfs of this test's own; unmounted afterwards."""
    mount_point = tmp_path / "media-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or 'not permitted'})")
    settings.MEDIA_ROOT = mount_point
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def fill(disk, *, leave):
    """Fill the disk with a file of another owner until `leave` bytes are free."""
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with open(disk / "andere.bin", "wb") as filler:
        filler.write(b"\0" * max(0, free - leave))


def noisy_photo():
    """A photo whose sized copies do not compress away: together larger than the original."""
    out = io.BytesIO()
    Image.effect_noise((1000, 750), 80).convert("RGB").save(out, "JPEG", quality=95)
    return out.getvalue()


def files_on(disk):
    return sorted(
        os.path.relpath(os.path.join(folder, name), disk)
        for folder, _, names in os.walk(disk)
        for name in names
    )


@pytest.mark.parametrize("room", ["none", "original-only"])
def test_photo_upload_on_a_full_disk_leaves_no_row_and_no_file(client, small_disk, room):
    log_in(client, UserFactory(is_superuser=True))
    data = noisy_photo()
    original = len(prepare_image(io.BytesIO(data)).content)
    fill(small_disk, leave=0 if room == "none" else original + 8192)
    response = upload_photo(client, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert MESSAGE in page and 'value="Dok. Humas Lapas Permisan"' in page
    assert not Photo.objects.exists() and not Rendition.objects.exists()
    assert files_on(small_disk) == ["andere.bin"]
