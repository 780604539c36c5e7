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
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

# iPhones take HEIC by default: read it (pillow-heif) and store it as JPEG, which every
# browser shows.
register_heif_opener()

ACCEPTED_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "HEIF": ".jpg"}
STORED_AS = {"HEIF": "JPEG"}


NOT_AN_IMAGE = _lazy(
    "Berkas ini bukan foto JPEG, PNG, WebP atau HEIC yang utuh. Unggah berkas foto lain."
)


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


def pixel_limit(fmt):
    """How many pixels an upload of this Pillow format may have (newsroom/photo_config.py)."""
    if fmt == "JPEG":  # decoded at a reduced scale when large (see _decode)
        return settings.PHOTO_MAX_PIXELS
    return settings.PHOTO_MAX_PIXELS_UNREDUCED


def _refuse_pixels(fmt, pixels):
    values = {
        "mp": number_format(pixels / 1_000_000, 1),
        "max": pixel_limit(fmt) // 1_000_000,
        "jpeg": settings.PHOTO_MAX_PIXELS // 1_000_000,
    }
    if fmt == "JPEG":
        message = _(
            "Ukuran gambar terlalu besar: %(mp)s megapiksel, batasnya %(max)s megapiksel. "
            "Perkecil fotonya."
        )
    else:
        message = _(
            "Ukuran gambar terlalu besar: %(mp)s megapiksel, batasnya %(max)s megapiksel untuk "
            "PNG, WebP dan HEIC (JPEG sampai %(jpeg)s megapiksel). Perkecil gambarnya atau "
            "simpan sebagai JPEG."
        )
    _refuse(message % values, "too_many_pixels")


def _open_checked(fileobj):
    """Open the upload (its header only), refusing anything that is not a sane photo."""
    max_bytes = settings.PHOTO_MAX_UPLOAD_BYTES
    if _size_of(fileobj) > max_bytes:
        _refuse(
            _("Berkas terlalu besar. Ukuran maksimum %(max)s.")
            % {"max": filesizeformat(max_bytes)},
            "too_large",
        )
    fileobj.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its own limit; ours is an error at any size.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(fileobj)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own limit (Image.MAX_IMAGE_PIXELS, about 89 MP) is above all of ours.
        _refuse(
            _("Ukuran gambar terlalu besar (lebih dari %(max)s megapiksel). Perkecil fotonya.")
            % {"max": settings.PHOTO_MAX_PIXELS // 1_000_000},
            "too_many_pixels",
        )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        _refuse(NOT_AN_IMAGE, "invalid_image")
    if image.format not in ACCEPTED_FORMATS:
        _refuse(NOT_AN_IMAGE, "invalid_image")
    # Checked from the header, before a single pixel is decoded.
    if image.width * image.height > pixel_limit(image.format):
        _refuse_pixels(image.format, image.width * image.height)
    return image


def stored_size(width, height):
    """The size an original of width x height is kept at: its long edge at most the limit."""
    edge = settings.PHOTO_MAX_STORED_EDGE
    if max(width, height) <= edge:
        return width, height
    scale = edge / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decode(image, size):
    """The pixels at `size` or a little above, decoding no more than that needs.

    A JPEG is decoded straight at 1/2, 1/4 or 1/8 scale (draft mode) when that is still at
    least `size`: the full-size frame of a 50 MP photo is never in memory. Other formats
    decode whole (their pixel limit is lower) and are shrunk at once, so that the later steps
    (rotation, colour profile, mode) work on the small copy.
    """
    if image.format == "JPEG" and image.mode in ("RGB", "L", "CMYK"):
        image.draft(image.mode, size)
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError):
        # Truncated files and garbage behind a valid header land here.
        _refuse(NOT_AN_IMAGE, "invalid_image")
    if image.size == size:
        return image
    if image.mode == "1":
        image = image.convert("L")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if _has_alpha(image) else "RGB")
    return image.resize(size, Image.LANCZOS, reducing_gap=3.0)


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


def _has_alpha(image):
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _normalise_mode(image, fmt):
    if fmt == "JPEG" or not _has_alpha(image):
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
    bytes or pixels, truncated, or not a JPEG, PNG, WebP or HEIC/HEIF image. The original is
    kept at most PHOTO_MAX_STORED_EDGE pixels on its long side.
    """
    image = _open_checked(fileobj)
    fmt = STORED_AS.get(image.format, image.format)
    orientation = image.getexif().get(ExifTags.Base.Orientation)
    # Rotation swaps the sides but not the long edge, so the size can be chosen first.
    image = _decode(image, stored_size(image.width, image.height))
    if orientation:
        image.getexif()[ExifTags.Base.Orientation] = orientation  # a resize drops the EXIF
    image = ImageOps.exif_transpose(image)
    image = _normalise_mode(_to_srgb(image), fmt)
    # A fresh image carries no info dictionary: nothing of the original's metadata survives.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    del image
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
        # The largest copy needs no more than that: a JPEG decodes at the scale it needs.
        widest = max(settings.PHOTO_RENDITION_WIDTHS)
        if source.format == "JPEG" and source.width > widest:
            source.draft(source.mode, (widest, round(source.height * widest / source.width)))
        source.load()
        has_alpha = source.mode in ("RGBA", "LA", "PA")
        base = source.convert("RGBA" if has_alpha else "RGB")
    fallback = "PNG" if has_alpha else "JPEG"
    results = []
    for width in rendition_widths(base.width):
        # After a draft, the base is narrower than the stored original but still >= `width`.
        height = max(1, round(base.height * width / base.width))
        resized = base if width == base.width else base.resize((width, height), Image.LANCZOS)
        for fmt in ("WEBP", fallback):
            data = _encode(resized, fmt, quality=80)
            name = f"{width}{ACCEPTED_FORMATS[fmt]}"
            results.append(RenditionData(width, height, fmt.lower(), ContentFile(data, name)))
    return results
