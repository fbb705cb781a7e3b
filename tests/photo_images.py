"""Pictures for the photo tests, drawn with Pillow: a gift (never a person), a synthetic face
that OpenCV's cascades find (test_photos.py proves they do), and real JPEGs carrying the
metadata phones write (EXIF with GPS and maker data, XMP, ICC, comments, trailing data)."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

from generator.photos.clean import prepare


def gift(size=(1600, 1200), seed=1) -> Image.Image:
    """A schoolbag and a pencil case on a wooden table, with grain so it compresses like a photo."""
    w, h = size
    s = w / 1600
    rng = random.Random(seed)
    img = Image.new("RGB", size, (196, 160, 118))
    d = ImageDraw.Draw(img)
    for y in range(0, h, max(1, int(9 * s))):  # wood grain
        shade = rng.randint(-18, 18)
        d.line(
            [(0, y), (w, y + rng.randint(-20, 20))],
            fill=(186 + shade, 148 + shade, 104 + shade),
            width=max(1, int(4 * s)),
        )
    d.rounded_rectangle([500 * s, 250 * s, 1100 * s, 950 * s], radius=int(80 * s), fill=(40, 90, 170))
    d.rounded_rectangle([580 * s, 560 * s, 1020 * s, 900 * s], radius=int(40 * s), fill=(30, 70, 140))
    d.arc([650 * s, 120 * s, 950 * s, 380 * s], 180, 360, fill=(30, 60, 120), width=int(30 * s))
    d.ellipse([700 * s, 380 * s, 800 * s, 480 * s], fill=(250, 210, 60))  # a cartoon star badge
    d.rounded_rectangle([1150 * s, 800 * s, 1500 * s, 900 * s], radius=int(30 * s), fill=(220, 60, 80))
    noise = Image.effect_noise(size, 24).convert("RGB")
    return Image.blend(img, noise, 0.12).filter(ImageFilter.GaussianBlur(1.2 * s))


def face(size=(1200, 900)) -> Image.Image:
    """A drawn face (hair, skin, brows, eyes, nose, mouth), blurred like a photo: no real person."""
    w, h = size
    img = Image.new("L", size, 90)
    d = ImageDraw.Draw(img)
    s = min(w, h) / 400 * 0.8
    ox, oy = w / 2 - 200 * s, h / 2 - 210 * s

    def box(x0, y0, x1, y1):
        return [ox + x0 * s, oy + y0 * s, ox + x1 * s, oy + y1 * s]

    d.ellipse(box(80, 40, 320, 380), fill=40)
    d.ellipse(box(100, 80, 300, 370), fill=200)
    d.rectangle(box(125, 150, 185, 162), fill=50)
    d.rectangle(box(215, 150, 275, 162), fill=50)
    d.ellipse(box(132, 178, 178, 204), fill=35)
    d.ellipse(box(222, 178, 268, 204), fill=35)
    d.polygon([(ox + 200 * s, oy + 200 * s), (ox + 185 * s, oy + 270 * s), (ox + 215 * s, oy + 270 * s)], fill=175)
    d.ellipse(box(182, 262, 218, 280), fill=120)
    d.ellipse(box(160, 300, 240, 322), fill=70)
    return img.filter(ImageFilter.GaussianBlur(5 * s)).convert("RGB")


def jpeg(picture: Image.Image, **save) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=save.pop("quality", 90), **save)
    return out.getvalue()


def clean(picture: Image.Image) -> bytes:
    """The picture as `xinyuan photo` stores it."""
    return prepare(jpeg(picture))


def phone_exif(gps=True, orientation=1) -> Image.Exif:
    """EXIF as a phone writes it: maker, model, time, maker notes, and the GPS position."""
    exif = Image.Exif()
    exif[0x010F] = "ExamplePhone"  # Make
    exif[0x0110] = "EP-1 Pro"  # Model
    exif[0x0132] = "2026:04:02 15:30:00"  # DateTime
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x927C] = b"MAKERNOTE serial=EP1-0000-1234"  # MakerNote
    if gps:
        exif.get_ifd(0x8825).update(
            {
                1: "N",
                2: (28.0, 25.0, 12.5),  # a made-up place
                3: "E",
                4: (110.0, 23.0, 45.0),
            }
        )
    return exif


def with_segment(data: bytes, marker: int, payload: bytes) -> bytes:
    """``data`` with one more segment right after the start of image."""
    length = (len(payload) + 2).to_bytes(2, "big")
    return data[:2] + bytes([0xFF, marker]) + length + payload + data[2:]


XMP = (
    b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF>"
    b"<rdf:Description exif:GPSLatitude='28,25.2N' exif:GPSLongitude='110,23.7E'/>"
    b"</rdf:RDF></x:xmpmeta>"
)
XMP_NO_GPS = (
    b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>someone</dc:creator></x:xmpmeta>"
)


def face_beside_gift() -> Image.Image:
    """The handover as a careless photo shows it: the gift, and a small face beside it."""
    scene = gift((1080, 810))
    scene.paste(face((200, 150)), (700, 120))
    return scene
