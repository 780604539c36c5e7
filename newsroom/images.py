"""The photo upload pipeline: one door for the Photo admin, the CKEditor uploader and importers.

`prepare_image()` decides from the decoded pixels, never from a file name or a declared type,
whether an upload is a photo we accept; it applies the EXIF orientation and re-encodes the
pixels without any metadata (GPS position, camera, time), so what is stored is clean from the
first byte. `make_renditions()` derives the sized WebP and JPEG copies the site serves.
"""

import io
import os
import uuid
import warnings
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

# iPhones take HEIC by default: read it (pillow-heif) and store it as JPEG, which every
# browser shows.
register_heif_opener()

ACCEPTED_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "HEIF": ".jpg"}
STORED_AS = {"HEIF": "JPEG"}


class PreparedImage(NamedTuple):
    """Clean image bytes ready for storage, with their pixel size."""

    content: ContentFile
    width: int
    height: int


def _size_of(fileobj):
    size = getattr(fileobj, "size", None)
    if size is None:
        position = fileobj.tell()
        fileobj.seek(0, os.SEEK_END)
        size = fileobj.tell()
        fileobj.seek(position)
    return size


def _refuse(message, code):
    raise ValidationError(message, code=code)


def _open_checked(fileobj):
    """Open and fully decode the upload, refusing anything that is not a sane photo."""
    max_bytes = settings.PHOTO_MAX_UPLOAD_BYTES
    if _size_of(fileobj) > max_bytes:
        _refuse(
            _("Berkas terlalu besar. Ukuran maksimum %(max)s.")
            % {"max": filesizeformat(max_bytes)},
            "too_large",
        )
    fileobj.seek(0)
    not_an_image = _(
        "Berkas ini bukan foto JPEG, PNG, WebP atau HEIC yang utuh. Unggah berkas foto lain."
    )
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its own limit; ours is an error at any size.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(fileobj)
            if image.format not in ACCEPTED_FORMATS:
                _refuse(not_an_image, "invalid_image")
            if image.width * image.height > settings.PHOTO_MAX_PIXELS:
                raise Image.DecompressionBombError
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        _refuse(
            _("Ukuran gambar terlalu besar (lebih dari %(mp)s megapiksel). Perkecil fotonya.")
            % {"mp": settings.PHOTO_MAX_PIXELS // 1_000_000},
            "too_many_pixels",
        )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        # Truncated files, other formats and garbage all land here.
        _refuse(not_an_image, "invalid_image")
    return image


def _to_srgb(image):
    """Convert embedded colour profiles to sRGB so the profile itself need not be kept."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(image, source, target, outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError):
        return image


def _normalise_mode(image, fmt):
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if fmt == "JPEG" or not has_alpha:
        return image.convert("RGB") if image.mode != "RGB" else image
    return image.convert("RGBA") if image.mode != "RGBA" else image


def _encode(image, fmt, quality=88):
    out = io.BytesIO()
    # Only explicit options are written: no exif, no icc_profile, no text chunks, no XMP.
    if fmt == "JPEG":
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=quality, method=4)
    else:
        image.save(out, "PNG", optimize=False)
    return out.getvalue()


def prepare_image(fileobj) -> PreparedImage:
    """Check an uploaded image and return it upright, metadata-free, ready to store.

    Raises ValidationError with a message for the uploader when the file is too large in
    bytes or pixels, truncated, or not a JPEG, PNG, WebP or HEIC/HEIF image.
    """
    image = _open_checked(fileobj)
    fmt = STORED_AS.get(image.format, image.format)
    upright = ImageOps.exif_transpose(image)
    clean = _normalise_mode(_to_srgb(upright), fmt)
    # A fresh image carries no info dictionary: nothing of the original's metadata survives.
    clean = Image.frombuffer(clean.mode, clean.size, clean.tobytes(), "raw", clean.mode, 0, 1)
    data = _encode(clean, fmt, quality=90)
    return PreparedImage(
        ContentFile(data, name=f"foto{ACCEPTED_FORMATS[fmt]}"), clean.width, clean.height
    )


def random_filename(filename, request=None):
    """CKEditor upload names: random, keeping only a known image extension."""
    ext = os.path.splitext(filename)[1].lower()
    if ext not in {".jpg", ".jpeg", ".png", ".webp"}:
        ext = ".jpg"
    return f"{uuid.uuid4().hex}{ext}"


class RenditionData(NamedTuple):
    width: int
    height: int
    format: str
    content: ContentFile


def rendition_widths(original_width):
    """The widths to make: every configured width below the original, plus one at most at it."""
    widths = [w for w in settings.PHOTO_RENDITION_WIDTHS if w < original_width]
    top = min(original_width, max(settings.PHOTO_RENDITION_WIDTHS))
    if top not in widths:
        widths.append(top)
    return widths


def build_renditions(fileobj):
    """Resized WebP copies plus a JPEG (PNG with transparency) fallback, one per width."""
    with Image.open(fileobj) as source:
        source.load()
        has_alpha = source.mode in ("RGBA", "LA", "PA")
        base = source.convert("RGBA" if has_alpha else "RGB")
    fallback = "PNG" if has_alpha else "JPEG"
    results = []
    for width in rendition_widths(base.width):
        height = max(1, round(base.height * width / base.width))
        resized = base if width == base.width else base.resize((width, height), Image.LANCZOS)
        for fmt in ("WEBP", fallback):
            data = _encode(resized, fmt, quality=80)
            name = f"{width}{ACCEPTED_FORMATS[fmt]}"
            results.append(RenditionData(width, height, fmt.lower(), ContentFile(data, name)))
    return results
