# Shim: replaced by the photos branch at merge.
"""The project's one image pipeline: verify by decoding, orient, strip metadata."""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def prepare_image(fileobj) -> tuple[ContentFile, int, int]:
    """Return a clean re-encoded copy of an uploaded image and its size, or raise ValidationError."""
    data = fileobj.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationError(_("Berkas foto terlalu besar (maksimal 20 MB)."))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                probe.verify()
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(_("Ukuran foto terlalu besar (maksimal 40 megapiksel)."))
            fmt = image.format if image.format in FORMATS else "JPEG"
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise ValidationError(_("Ukuran foto terlalu besar (maksimal 40 megapiksel).")) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("Berkas ini bukan foto yang utuh atau formatnya tidak dikenal.")
        ) from exc
    image = ImageOps.exif_transpose(image)
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    out = io.BytesIO()
    # No exif/info is passed on: the copy carries no camera, GPS or editing metadata.
    image.save(out, fmt, quality=88)
    return ContentFile(out.getvalue(), name=f"foto.{FORMATS[fmt]}"), image.width, image.height
