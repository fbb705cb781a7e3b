"""Find faces in a photo with the Haar cascades that OpenCV ships (opencv-python-headless).

A cascade looks for the light and dark patches of an upright face seen from the front or the
side. It misses faces that are small (under about 1/30 of the photo's long side: 36 px on a
1080 px photo), tilted more than about 20 degrees,
turned away, half hidden (a mask, a hand, hair), in deep shadow, or blurred; it sometimes takes a
patterned object for a face. It is a safety net for children's photos, not a guarantee: a
maintainer still looks at every photo before it is merged (README "圆梦照片").
"""

from __future__ import annotations

from functools import cache

# The photo is searched at this size (long side): a cascade's time grows with the pixels, and
# validation searches every photo of every minor's wish on every commit (README "圆梦照片").
DETECT_SIDE = 720
MIN_FACE = 24  # pixels at DETECT_SIDE: 36 px on a 1080 px photo
SCALE_FACTOR = 1.1
MIN_NEIGHBORS = 5
CASCADES = ("haarcascade_frontalface_alt2.xml", "haarcascade_profileface.xml")
# Raise when the detection changes in a way the parameters above do not show: every cached
# result (generator/photos/face_cache.py) is then dropped and every photo checked again.
REVISION = 1


@cache
def _cascades():
    import cv2  # imported on first use: validating a program without photos never loads OpenCV
    import cv2.data  # where the package keeps its cascades (a subpackage its stubs leave out)

    def load(name):
        cascade = cv2.CascadeClassifier(cv2.data.haarcascades + name)
        if cascade.empty():
            raise RuntimeError(f"OpenCV cascade {name} is missing from the installed package")
        return cascade

    return cv2, *(load(name) for name in CASCADES)


def detector_version() -> str:
    """What decides a photo's result besides its bytes: a cache of results is valid only for
    the same detector (OpenCV's version, its cascades, the parameters here)."""
    import cv2

    return (
        f"{REVISION} opencv-{cv2.__version__} {'+'.join(CASCADES)} side={DETECT_SIDE} "
        f"min={MIN_FACE} scale={SCALE_FACTOR} neighbors={MIN_NEIGHBORS}"
    )


def faces(data: bytes) -> list[tuple[int, int, int, int]]:
    """The boxes (x, y, width, height) of the faces found in an encoded image; [] when the image
    cannot be decoded (the other photo checks report that)."""
    import numpy

    cv2, frontal, profile = _cascades()
    gray = cv2.imdecode(numpy.frombuffer(data, numpy.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        return []
    scale = min(1.0, DETECT_SIDE / max(gray.shape))
    if scale < 1:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    gray = cv2.equalizeHist(gray)
    found = []
    size = (MIN_FACE, MIN_FACE)
    for cascade, image, mirrored in (
        (frontal, gray, False),
        (profile, gray, False),
        (profile, cv2.flip(gray, 1), True),
    ):  # profiles face one way
        for x, y, w, h in cascade.detectMultiScale(
            image, scaleFactor=SCALE_FACTOR, minNeighbors=MIN_NEIGHBORS, minSize=size
        ):
            x = gray.shape[1] - x - w if mirrored else x
            found.append(tuple(round(v / scale) for v in (x, y, w, h)))
    return found
