"""Make a photo fit for the site: upright, sRGB, at most MAX_SIDE px and MAX_BYTES bytes, and
re-encoded from its pixels alone, so that no metadata block of the original (EXIF with GPS and
maker notes, XMP, ICC profile, IPTC, comments, thumbnails, trailing data) can survive.
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms, ImageOps

from generator.photos.files import MAX_BYTES, MAX_SIDE, THUMB_SIDE

# Quality steps tried in turn until the file fits; then the picture is made smaller.
_QUALITIES = (85, 80, 75, 70, 65, 60)
# Pillow refuses images above this many pixels (a "decompression bomb" from a hostile file).
Image.MAX_IMAGE_PIXELS = 80_000_000


class PhotoError(Exception):
    """The file is not a picture we can read; the message says so in Chinese."""


def _pixels(raw: bytes) -> Image.Image:
    """The picture as upright sRGB pixels, in a new image that carries nothing else."""
    try:
        with Image.open(io.BytesIO(raw)) as source:
            source.load()
            upright = ImageOps.exif_transpose(source)  # phones rotate by EXIF; keep the look
            icc = source.info.get("icc_profile")
        if upright.mode in ("RGBA", "LA", "P", "PA"):
            rgba = upright.convert("RGBA")
            upright = Image.new("RGB", rgba.size, "white")
            upright.paste(rgba, mask=rgba.getchannel("A"))
        rgb = upright.convert("RGB")
    except Exception as exc:  # any file a phone or a person may hand us: say so, never crash
        raise PhotoError(
            "读不出这张图片（支持 JPEG、PNG、WebP 等常见格式；苹果手机的 HEIC 请先在手机上导出为 JPEG）"
        ) from exc
    if icc:  # e.g. a phone's Display P3: convert the colours, then drop the profile
        try:
            converted = ImageCms.profileToProfile(
                rgb, ImageCms.ImageCmsProfile(io.BytesIO(icc)), ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            rgb = converted or rgb  # None only when asked to convert in place (inPlace=True)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return Image.frombytes("RGB", rgb.size, rgb.tobytes())  # no info, no exif, no profile


def _encode(picture: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()


def prepare(raw: bytes) -> bytes:
    """A JPEG of at most MAX_SIDE px and MAX_BYTES bytes with no metadata block at all."""
    picture = _pixels(raw)
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    while True:
        for quality in _QUALITIES:
            data = _encode(picture, quality)
            if len(data) <= MAX_BYTES:
                return data
        # A very busy picture: smaller, then try the qualities again.
        picture = picture.resize(
            (max(1, picture.width * 4 // 5), max(1, picture.height * 4 // 5)), Image.Resampling.LANCZOS
        )


def thumbnail(photo: bytes) -> bytes:
    """A small copy of a stored photo for the lists (JPEG DCT scaling: decoded at 1/4 size)."""
    with Image.open(io.BytesIO(photo)) as picture:
        picture.draft("RGB", (THUMB_SIDE, THUMB_SIDE))
        small = picture.convert("RGB")
    small.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return _encode(Image.frombytes("RGB", small.size, small.tobytes()), 75)
