"""Image files for photo tests: phone photos with metadata, and files that must be refused."""

import io
import struct
import zlib

from PIL import ExifTags, Image


def phone_heic(size=(1200, 800)):
    """A HEIC like an iPhone writes, with camera make and GPS position in its EXIF."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    with Image.open(io.BytesIO(phone_jpeg(size))) as image:
        exif = image.getexif()
        out = io.BytesIO()
        image.save(out, "HEIF", exif=exif.tobytes(), quality=80)
    return out.getvalue()


def phone_jpeg(size=(1800, 1200), orientation=None):
    """A JPEG like a phone writes: camera make, time and GPS position in its EXIF."""
    image = Image.new("RGB", size, (200, 30, 30))
    # Right half blue, so that rotation can be checked from the pixels.
    image.paste((30, 30, 200), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PonselMerek"
    exif[ExifTags.Base.Model] = "Kamera 12"
    exif[ExifTags.Base.DateTime] = "2024:09:24 10:15:00"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (7.0, 44.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (109.0, 0.0, 30.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=85)
    return out.getvalue()


def has_gps(data):
    with Image.open(io.BytesIO(data)) as image:
        return bool(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def metadata_of(fileobj):
    """Whatever metadata Pillow can find in a stored file."""
    with Image.open(fileobj) as image:
        image.load()
        found = dict(image.getexif())
        found.update(
            {key: True for key in ("exif", "xmp", "XML:com.adobe.xmp") if key in image.info}
        )
        return found


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb_png(width=50_000, height=50_000):
    """A few hundred bytes of PNG claiming 2.5 gigapixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 8, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )


def truncated_jpeg():
    out = io.BytesIO()
    Image.effect_noise((640, 480), 60).convert("RGB").save(out, "JPEG", quality=90)
    data = out.getvalue()
    return data[: len(data) // 2]


PHP_SHELL = b"<?php echo shell_exec($_GET['c']); ?>\n"
