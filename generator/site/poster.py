"""QR codes for the printable posters: SVG made at build time, pointing at the claim form."""

from __future__ import annotations

import io

import segno
from markupsafe import Markup

MASK = 0


def qr_svg(url: str) -> Markup:
    """An inline SVG QR code (no XML declaration, no fixed size: CSS sizes it).

    The mask is fixed: any mask decodes, and trying all eight to score them is 90 % of the
    time (25 ms a code; a city's poster pages have thousands).
    """
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False, mask=MASK).save(
        buffer, kind="svg", xmldecl=False, svgns=True, nl=False, omitsize=True,
        border=2, svgclass="xy-qr", lineclass=None, title="扫码认领")
    return Markup(buffer.getvalue().decode("utf-8"))
