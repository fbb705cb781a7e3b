"""The share image of a claimable wish (分享到微信): what the build puts on the wish page for it.

People pass wishes on in WeChat groups as images, not links. The image is drawn in the reader's
browser (``assets/javascripts/share.js``) on a tap, from the page's own text and a QR code to the
wish page on the program's site. The build only works out the QR code's modules, because drawing
every image at build time costs far more (``benchmarks/share_image.py``: about 19 ms and 47 KB a
wish with Pillow, against 0.6 ms and under 0.3 KB here; a city has thousands of open wishes).
"""

from __future__ import annotations

import base64

import segno

from generator.site.poster import MASK


def qr_modules(url: str) -> str:
    """The QR code of ``url`` as ``"<size>:<base64>"``: its dark modules row by row, one bit each,
    most significant bit first, without the quiet zone (the script draws that)."""
    matrix = segno.make(url, error="m", micro=False, mask=MASK).matrix
    bits = "".join("1" if dark else "0" for row in matrix for dark in row)
    bits += "0" * (-len(bits) % 8)
    packed = int(bits, 2).to_bytes(len(bits) // 8, "big") if bits else b""
    return f"{len(matrix)}:{base64.b64encode(packed).decode('ascii')}"
