"""QR codes for the printable posters: SVG files made at build time, pointing at the claim form.

A claimable wish is on the sheet of its organisation and of every organisation above it, so its
code is one file beside its page (``wishes/<id>/claim-qr.svg``) that those sheets show as an
image, not inline SVG repeated on each (at 60,000 wishes that repetition was a third of the site).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import segno

MASK = 0
FILE = "claim-qr.svg"


@dataclass(frozen=True)
class Code:
    url: str  # site path of the SVG file
    size: int  # modules across, with the border: the image's intrinsic size
    svg: bytes


def qr_svg(url: str) -> bytes:
    """A QR code as an SVG file (no fixed size: CSS sizes it).

    The mask is fixed: any mask decodes, and trying all eight to score them is 90 % of the
    time (25 ms a code; a city's poster pages have thousands).
    """
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False, mask=MASK).save(
        buffer, kind="svg", xmldecl=False, svgns=True, nl=False, omitsize=True, border=2, svgclass=None, lineclass=None
    )
    return buffer.getvalue()


def code(wish_url: str, claim_url: str) -> Code:
    svg = qr_svg(claim_url)
    viewbox = re.search(rb'viewBox="0 0 (\d+) ', svg)
    assert viewbox, "segno writes a viewBox"
    size = int(viewbox.group(1))
    return Code(wish_url + FILE, size, svg)
