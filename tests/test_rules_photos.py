"""P640–P647: photos of fulfilment. Each case writes a real JPEG (drawn with Pillow, metadata
written by Pillow's EXIF API or as raw segments) beside a wish of the minimal program."""

import io
from functools import cache

import pytest
from hypothesis import given, settings, strategies as st

from generator.photos.faces import faces
from generator.photos.files import MAX_BYTES, inspect
from helpers import WISH1, WISH3, Case, MemorySource, MINI, assert_clean, assert_reported, edit, problems_of
import photo_images as img

PHOTO = "data/photos/hill-village/hill-2026-001/1.jpg"
FULFILLED = "fulfilled: {date: 2026-04-02, note: 送上新书包}\n"
ADULT = (
    "{alias: 小海, group: left-behind-child, age_band: 6-11, place: 河县山镇}",
    "{alias: 李奶奶, group: elderly-alone, age_band: 70-79, place: 河县山镇}",
)


def with_photos(*lines: str, adult=True, path=WISH1) -> str:
    text = edit(path, FULFILLED, FULFILLED + "photos:\n" + "".join(f"  - {line}\n" for line in lines))
    return text.replace(*ADULT) if adult else text


ONE = "{file: ⟦1.jpg, alt: 新书包放在桌上}"


@cache
def gift() -> bytes:
    return img.clean(img.gift())


@cache
def face() -> bytes:
    return img.clean(img.face())


def gift_with_gps() -> bytes:
    return img.jpeg(img.gift((1080, 810)), quality=80, exif=img.phone_exif())


def gift_with_exif_no_gps() -> bytes:
    return img.jpeg(img.gift((1080, 810)), quality=80, exif=img.phone_exif(gps=False))


def png() -> bytes:
    out = io.BytesIO()
    img.gift((400, 300)).quantize(16).save(out, "PNG")
    return out.getvalue()


CASES = [
    Case("P640", WISH1, with_photos(ONE), "gps-in-exif", {PHOTO: gift_with_gps()}),
    Case("P640", WISH1, with_photos(ONE), "gps-in-xmp", {PHOTO: img.with_segment(gift(), 0xE1, img.XMP)}),
    Case("P641", WISH1, with_photos(ONE), "exif-without-gps", {PHOTO: gift_with_exif_no_gps()}),
    Case("P641", WISH1, with_photos(ONE), "xmp", {PHOTO: img.with_segment(gift(), 0xE1, img.XMP_NO_GPS)}),
    Case("P641", WISH1, with_photos(ONE), "icc", {PHOTO: img.with_segment(gift(), 0xE2, b"ICC_PROFILE\0\1\1xxxx")}),
    Case("P641", WISH1, with_photos(ONE), "comment", {PHOTO: img.with_segment(gift(), 0xFE, b"taken at home")}),
    Case("P641", WISH1, with_photos(ONE), "maker-segment", {PHOTO: img.with_segment(gift(), 0xEB, b"HDR data")}),
    Case("P641", WISH1, with_photos(ONE), "motion-photo-trailer", {PHOTO: gift() + b"\0\0\0\x18ftypmp42 video"}),
    Case("P642", WISH1, with_photos(ONE), "too-wide", {PHOTO: img.jpeg(img.gift((1600, 1200)), quality=30)}),
    Case(
        "P642",
        WISH1,
        with_photos(ONE),
        "too-heavy",
        {PHOTO: img.jpeg(img.gift((1080, 810)), quality=100, subsampling=0)},
    ),
    Case("P643", WISH1, with_photos(ONE), "png-named-jpg", {PHOTO: png()}),
    Case("P643", WISH1, with_photos(ONE), "cut-short", {PHOTO: gift()[:9000]}),
    Case(
        "P644",
        "data/photos/hill-village/hill-2026-001/2.jpg",
        "⟦",
        "not-named-by-its-wish",
        {WISH1: with_photos(ONE.replace("⟦", "")), PHOTO: gift()},
    ),
    Case("P644", "data/photos/hill-village/notes.txt", "⟦地址在…", "stray-file-in-photos"),
    Case("P645", WISH1, with_photos(ONE), "file-missing"),
    Case(
        "P645",
        WISH1,
        with_photos("{file: 1.jpg, alt: 书包}", "{file: ⟦2.jpg, alt: 文具}"),
        "second-missing",
        {PHOTO: gift()},
    ),
    Case("P646", WISH1, with_photos(ONE, adult=False), "face-minors-group", {PHOTO: face()}),
    Case(
        "P646",
        WISH1,
        with_photos(ONE, adult=False),
        "small-face-beside-the-gift",
        {PHOTO: img.clean(img.face_beside_gift())},
    ),
    Case(
        "P646",
        WISH1,
        with_photos(ONE).replace("group: elderly-alone, age_band: 70-79", "group: elderly-alone, age_band: 6-11"),
        "face-age-band-under-14",
        {PHOTO: face()},
    ),
    Case(
        "P647",
        WISH3,
        edit(WISH3, "collected: 2026-11-01\n", "collected: 2026-11-01\n⟦photos:\n  - {file: 1.jpg, alt: 拐杖}\n"),
        "not-fulfilled",
        {"data/photos/hill-village/hill-2026-003/1.jpg": gift()},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_reported_where_it_is(case):
    assert_reported(case)


NEAR_MISSES = [
    Case("P640", WISH1, with_photos(ONE), "clean-gift", {PHOTO: gift()}),
    Case("P641", WISH1, with_photos(ONE), "clean-gift", {PHOTO: gift()}),
    Case("P642", WISH1, with_photos(ONE), "clean-gift", {PHOTO: gift()}),
    # A child's wish may show the gift: no face, no problem.
    Case("P646", WISH1, with_photos(ONE, adult=False), "gift-for-a-child", {PHOTO: gift()}),
    # An adult may agree to be shown: faces are checked only on minors' wishes.
    Case("P646", WISH1, with_photos(ONE), "face-of-an-adult", {PHOTO: face()}),
    Case("P644", WISH1, with_photos(ONE), "named", {PHOTO: gift()}),
    Case("P644", "data/photos/README.md", "⟦照片目录", "readme"),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=str)
def test_no_false_alarm(case):
    assert_clean(case)


def test_a_clean_photo_on_a_fulfilled_adult_wish_validates():
    source = MemorySource.of(MINI).changed({WISH1: with_photos(ONE.replace("⟦", "")), PHOTO: gift()})
    assert problems_of(source) == []


def test_photos_of_a_broken_wish_are_not_reported_twice():
    """A wish file that does not load: its own problem, not one per photo beside it."""
    source = MemorySource.of(MINI).changed({WISH1: "id: [broken\n", PHOTO: gift()})
    assert not [p for p in problems_of(source) if p.code == "P644"]


def test_the_synthetic_face_is_found_and_the_gift_is_not():
    """The face test above means something only if the detector finds the drawn face."""
    assert len(faces(face())) >= 1
    assert faces(gift()) == []


def test_a_photo_over_the_loader_limit_is_reported_as_oversized_only():
    big = img.jpeg(img.gift((3000, 2250)), quality=100, subsampling=0)
    assert len(big) > 256 * 1024
    source = MemorySource.of(MINI).changed({WISH1: with_photos(ONE.replace("⟦", "")), PHOTO: big})
    codes = {p.code for p in problems_of(source)}
    assert codes == {"P642"}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_inspect_never_crashes(data):
    facts = inspect(data)
    assert facts.size == len(data)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 20000), st.binary(min_size=1, max_size=8))
def test_inspect_survives_a_damaged_photo(at, junk):
    data = bytearray(gift())
    at = at % len(data)
    data[at : at + len(junk)] = junk
    facts = inspect(bytes(data))
    assert facts.size <= MAX_BYTES + 8


def test_text_hidden_after_a_sample_photo_is_refused():
    """The sample program's photos are guarded too: bytes appended to one are refused."""
    from helpers import SAMPLE

    sample = MemorySource.of(SAMPLE)
    photos = [path for path in sample.paths() if path.endswith(".jpg")]
    assert photos
    for path in photos:
        found = problems_of(sample.changed({path: sample.read(path) + "联系电话 13800138000".encode()}))
        assert [p.code for p in found] == ["P641"], found
