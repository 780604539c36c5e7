"""How large a photo may be, read by newsroom/settings.py; enforced by newsroom/images.py.

The limits keep what one upload costs a worker bounded (about 300 MB at most while it is
decoded and resized; bench/uploads.py measures it):

- bytes: a phone photo is a few MB; more is refused before anything is decoded.
- JPEG pixels: a JPEG is decoded at 1/2, 1/4 or 1/8 scale when the stored copy needs no more
  (Pillow's draft mode), so a 50 MP phone photo costs what a 12 MP one does. 60 MP by default.
- other formats' pixels (PNG, WebP, HEIC): these decode at full size, four bytes a pixel with
  transparency, so they get a lower cap. 16 MP by default: above any phone's usual HEIC (12 MP)
  and any screenshot or graphic; a 48 MP HEIC is refused with a message to send it as JPEG.
- stored edge: the original is kept at most this many pixels on its long side (4000: above the
  largest sized copy, 1600, and the 1200 px a share preview wants, with room to crop).
"""


def photo_limits(env):
    """(max upload bytes, max JPEG pixels, max pixels of other formats, max stored edge)."""
    return (
        env.int("PHOTO_MAX_UPLOAD_MB", default=15) * 1024 * 1024,
        env.int("PHOTO_MAX_PIXELS", default=60_000_000),
        env.int("PHOTO_MAX_PIXELS_UNREDUCED", default=16_000_000),
        env.int("PHOTO_MAX_STORED_EDGE", default=4000),
    )
