"""Photos in the built sample site: copied beside their wish page with a small copy, the small
copy the only image a wish page loads, and no photo anywhere for a wish without one."""

from io import BytesIO

from PIL import Image

from generator.photos.files import THUMB_SIDE, inspect
from generator.site.weight import cold_load

WISH = "wishes/dongpo-2026-006/"
BASELINE = "wishes/majiayi-2026-003/"  # fulfilled, no photo


def test_photos_are_copied_byte_for_byte_with_a_small_copy(sample_site):
    from conftest import REPO

    original = (REPO / "data/photos/dongpo-village/dongpo-2026-006/1.jpg").read_bytes()
    assert (sample_site / WISH / "1.jpg").read_bytes() == original
    small = (sample_site / WISH / "small/1.jpg").read_bytes()
    facts = inspect(small)
    assert facts.jpeg and facts.blocks == () and max(facts.width, facts.height) == THUMB_SIDE
    with Image.open(BytesIO(small)) as picture:
        assert picture.size == (320, 240)


def test_a_wish_page_loads_the_small_copy_not_the_photo(sample_site):
    weight = cold_load(sample_site, WISH + "index.html")
    images = [path for path in weight.files if path.endswith(".jpg")]
    assert images == [f"{WISH}small/1.jpg"]  # not the full photo, 1.jpg
    assert weight.files[images[0]] < 8 * 1024 and weight.external == ()


def test_no_photo_for_wishes_without_one(sample_site):
    assert not (sample_site / BASELINE / "1.jpg").exists()
    photos = (p.relative_to(sample_site).as_posix() for p in sample_site.rglob("*.jpg"))
    # The guide's own example (a drawing, no people) is the guide's, not a wish's.
    assert sorted(p for p in photos if not p.startswith("guide/")) == [
        "wishes/dongpo-2026-006/1.jpg",
        "wishes/dongpo-2026-006/small/1.jpg",
        "wishes/lianhua-2026-011/1.jpg",
        "wishes/lianhua-2026-011/small/1.jpg",
    ]
