import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from newsroom.wordpress.service import import_wordpress
from tests.factories import UPTFactory

EXPORT = Path(__file__).parent / "data" / "lapas-permisan.xml"


def image_bytes(fmt="JPEG", size=(120, 80), exif=False):
    """A small image; with exif, one that carries a camera name and a rotate-90 orientation."""
    out = io.BytesIO()
    image = Image.new("RGB", size, (30, 120, 60))
    extra = {}
    if exif:
        tags = Image.Exif()
        tags[0x010F] = "KameraRahasia"  # Make
        tags[0x0112] = 6  # Orientation: rotate 90 degrees clockwise
        extra["exif"] = tags.tobytes()
    image.save(out, fmt, **extra)
    return out.getvalue()


@pytest.fixture
def unit(db):
    return UPTFactory(slug="lapas-permisan", short_name="Lapas Permisan")


@pytest.fixture
def uploads(tmp_path):
    """The site's wp-content/uploads as copied to the server; hilang.jpg is missing on purpose."""
    root = tmp_path / "uploads"
    (root / "2024/09").mkdir(parents=True)
    (root / "2024/08").mkdir(parents=True)
    (root / "2024/09/rapat-teknis.jpg").write_bytes(image_bytes(exif=True))
    (root / "2024/08/galeri-1.jpg").write_bytes(image_bytes())
    (root / "2024/08/galeri-2.png").write_bytes(image_bytes("PNG", (60, 60)))
    (root / "2024/08/internal.jpg").write_bytes(image_bytes())
    return root


@pytest.fixture
def export(tmp_path):
    """A private copy of the test export that a test may alter."""
    path = tmp_path / "export.xml"
    shutil.copy(EXPORT, path)
    return path


@pytest.fixture
def run_import(unit, uploads, export):
    def run(*, dry_run=False, path=None):
        return import_wordpress(
            path=path or export, unit=unit, uploads_dir=uploads, dry_run=dry_run
        )

    return run
