"""QR codes for the printable posters: image files made at build time, pointing at the claim form.

A claimable wish is on the sheet of its organisation and of every organisation above it, so its
code is one file beside its page (``wishes/<id>/claim-qr.png``) that those sheets show as an
image, not inline SVG repeated on each (at 60,000 wishes that repetition was a third of the site).
The file is a black-and-white PNG, 8 pixels a module (about 800 bytes against 2.8 KB as SVG: at
60,000 wishes, 15 MB against 52). At the poster's 3 cm that is about 300 dots an inch, so even a
PDF viewer or print path that smooths images prints sharp edges; the stylesheet also asks
browsers not to smooth it (``image-rendering: pixelated``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy
import segno
from PIL import Image

MASK = 0
FILE = "claim-qr.png"
BORDER = 2  # modules of white around the code; the card's padding adds to it
SCALE = 8  # pixels a module


@dataclass(frozen=True)
class Code:
    url: str  # site path of the image file
    size: int  # the image's width and height in pixels
    image: bytes


def code(wish_url: str, claim_url: str) -> Code:
    """The QR code of ``claim_url`` as a PNG file beside the wish page at ``wish_url``.

    The mask is fixed: any mask decodes, and trying all eight to score them is 90 % of the
    time (25 ms a code; a city's poster pages have thousands). The image is drawn with numpy and
    written by Pillow: segno's own PNG writer goes pixel by pixel in Python, 4 ms a code at this
    size (8 s of a 6,000-wish build) against 1 ms.
    """
    qr = segno.make(claim_url, error="m", micro=False, mask=MASK)
    light = numpy.pad(numpy.array(qr.matrix, dtype=bool) == 0, BORDER, constant_values=True)
    pixels = light.repeat(SCALE, axis=0).repeat(SCALE, axis=1)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return Code(wish_url + FILE, pixels.shape[0], buffer.getvalue())
