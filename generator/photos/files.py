"""Photos of fulfilment: where they live, the size cap, and what a JPEG file carries.

A wish ``data/wishes/<org>/[<year>/]<id>.yml`` keeps its photos in the folder
``data/photos/<org>/[<year>/]<id>/`` (one folder per wish, so no folder holds more entries than
the wish folder beside it) and names them in its ``photos`` list. The checks (P640–P647) read
files through :func:`inspect`; ``xinyuan photo`` makes them with :mod:`.photo_clean`.
Plain byte work: Pillow is loaded only to read an EXIF block.
"""

from __future__ import annotations

from dataclasses import dataclass

PHOTOS_DIR = "data/photos/"
MAX_PHOTOS = 3  # per wish; the schema's maxItems says the same
MAX_SIDE = 1080  # pixels on the long side: a phone screen's width at 3x density
MAX_BYTES = 150 * 1024  # 153,600 bytes; see README "圆梦照片" for the measurement
# The small copy made at build time, shown on the wish page (160 CSS px wide at 2x) and the
# fulfilled list; the full photo is fetched only when a reader taps it, which keeps a wish
# page's cold load within its budget (README "圆梦照片").
THUMB_SIDE = 320


def photo_dir(wish_path: str) -> str:
    """The folder of a wish's photos, from the wish file's path."""
    return PHOTOS_DIR + wish_path.removeprefix("data/wishes/").removesuffix(".yml") + "/"


def is_photo_path(path: str) -> bool:
    return path.startswith(PHOTOS_DIR)


# -- what a file carries ------------------------------------------------------------------------

# JPEG markers that are image data or structure, never metadata.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STRUCTURE = _SOF | {0xC4, 0xCC, 0xDB, 0xDD, 0xDC, 0xDE, 0xDF}


@dataclass(frozen=True)
class Facts:
    """What a photo file is: its size, its picture's size, and any metadata it carries."""

    size: int  # bytes
    jpeg: bool  # a well-formed JPEG (start, segments, end)
    width: int = 0
    height: int = 0
    blocks: tuple[str, ...] = ()  # metadata blocks found, named for people (EXIF, XMP...)
    location: bool = False  # GPS coordinates in EXIF or XMP

    @property
    def oversized(self) -> bool:
        return self.size > MAX_BYTES or max(self.width, self.height) > MAX_SIDE


def _app_name(marker: int, payload: bytes) -> str | None:
    """The metadata block a segment is, or None when it is allowed (JFIF header, Adobe colour)."""
    if marker == 0xE0:
        return None if payload.startswith(b"JFIF\0") else "APP0 附加数据（缩略图等）"
    if marker == 0xE1:
        if payload.startswith(b"Exif\0"):
            return "EXIF"
        return "XMP" if b"adobe" in payload[:40] or payload.startswith(b"http") else "APP1 附加数据"
    if marker == 0xE2:
        return "ICC 色彩配置" if payload.startswith(b"ICC_PROFILE") else "APP2 附加数据（多图等）"
    if marker == 0xED:
        return "IPTC/Photoshop"
    if marker == 0xEE and payload.startswith(b"Adobe"):
        return None
    if marker == 0xFE:
        return "注释（COM）"
    return f"APP{marker - 0xE0} 厂商数据"


def _segments(data: bytes):
    """(marker, payload) for each segment of a JPEG, and (0xD9, rest) at its end.

    Raises ValueError when the file is not a well-formed JPEG.
    """
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("no start of image")
    i = 2
    while True:
        while i < len(data) and data[i] == 0xFF and i + 1 < len(data) and data[i + 1] == 0xFF:
            i += 1  # fill bytes
        if i + 2 > len(data) or data[i] != 0xFF:
            raise ValueError("truncated or corrupt")
        marker = data[i + 1]
        if marker == 0xD9:
            yield marker, data[i + 2 :]
            return
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            i += 2
            continue
        if i + 4 > len(data):
            raise ValueError("truncated")
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        payload = data[i + 4 : i + 2 + length]
        if length < 2 or len(payload) != length - 2:
            raise ValueError("truncated segment")
        yield marker, payload
        i += 2 + length
        if marker == 0xDA:  # entropy-coded data runs to the next marker that is not a restart
            while True:
                i = data.find(b"\xff", i)
                if i < 0 or i + 1 >= len(data):
                    raise ValueError("no end of image")
                following = data[i + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    i += 1 if following == 0xFF else 2
                    continue
                break


def _gps_in_exif(payload: bytes) -> bool:
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(payload[6:])  # after "Exif\0\0"
        return bool(exif.get_ifd(0x8825))  # the GPSInfo IFD
    except Exception:  # a broken EXIF block: reported as EXIF anyway; guess location
        return b"GPS" in payload


def inspect(data: bytes) -> Facts:
    """What ``data`` is; never raises, whatever the bytes. The blocks before a break in the file
    are still reported (a file read only in part still shows its EXIF)."""
    width = height = 0
    blocks: list[str] = []
    location, jpeg = False, True
    try:
        for marker, payload in _segments(data):
            if marker in _SOF and len(payload) >= 5:
                height, width = int.from_bytes(payload[1:3], "big"), int.from_bytes(payload[3:5], "big")
            elif marker == 0xD9:
                if payload.strip(b"\0"):
                    blocks.append("文件末尾附加数据")
            elif marker not in _STRUCTURE and marker != 0xDA:
                name = _app_name(marker, payload)
                if name == "EXIF":
                    location = location or _gps_in_exif(payload)
                elif name == "XMP":
                    location = location or b"GPSLatitude" in payload or b"GPSLongitude" in payload
                if name and name not in blocks:
                    blocks.append(name)
    except ValueError:
        jpeg = False
    return Facts(len(data), jpeg and width > 0, width, height, tuple(blocks), location)
