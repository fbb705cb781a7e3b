"""``xinyuan photo`` on a copy of the sample program: what lands in the repository is small,
upright and carries no metadata; refusals write nothing."""

import io

import pytest
from hypothesis import given, settings, strategies as st
from PIL import Image, ImageCms

from generator.photos.clean import PhotoError, prepare

from generator.photos.files import MAX_BYTES, MAX_SIDE, inspect
from ops_helpers import diff, problems, sample_repo, untouched, xinyuan
import photo_images as img

ADULT = "dongpo-2026-015"  # an electric heater (disabled), fulfilled, no photo yet
CHILD = "lianhua-2026-011"  # a schoolbag for 小禾 (left-behind child, 6-11), fulfilled
OPEN = "yangguang-2026-014"  # not fulfilled


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def phone_photo(tmp_path, picture, name="IMG_0001.jpg", **save) -> str:
    path = tmp_path / name
    path.write_bytes(img.jpeg(picture, **save))
    return str(path)


def p3_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def test_a_phone_photo_is_shrunk_stripped_and_recorded(repo, tmp_path):
    original = phone_photo(
        tmp_path,
        img.gift((4032, 3024)),
        exif=img.phone_exif(),
        icc_profile=p3_profile(),
        comment=b"at home",
        quality=95,
    )
    assert inspect(open(original, "rb").read()).location  # the input really has GPS
    result = xinyuan(repo, "photo", ADULT, original, "--alt", "送到家里的电暖器")
    assert result.exit_code == 0, result.output
    stored = repo / "data/photos/dongpo-village/dongpo-2026-015/1.jpg"
    data = stored.read_bytes()
    facts = inspect(data)
    assert facts.jpeg and facts.blocks == () and not facts.location
    assert len(data) <= MAX_BYTES and max(facts.width, facts.height) == MAX_SIDE
    with Image.open(io.BytesIO(data)) as photo:  # what Pillow itself still finds: nothing
        assert not photo.getexif() and "icc_profile" not in photo.info and "xmp" not in photo.info
        assert "comment" not in photo.info and b"ExamplePhone" not in data and b"MAKERNOTE" not in data
    assert diff(repo) == ["+photos:", "+  - {file: 1.jpg, alt: 送到家里的电暖器}"]
    assert problems(repo) == []
    assert "1.jpg" in result.output


def test_the_phone_rotation_is_kept_when_its_exif_goes(repo, tmp_path):
    # Stored sideways with "rotate 90°" in EXIF, as phones do: the photo must stay upright.
    original = phone_photo(tmp_path, img.gift((1600, 1200)), exif=img.phone_exif(gps=False, orientation=6))
    assert xinyuan(repo, "photo", ADULT, original).exit_code == 0
    facts = inspect((repo / "data/photos/dongpo-village/dongpo-2026-015/1.jpg").read_bytes())
    assert (facts.width, facts.height) == (810, 1080)


def test_more_photos_get_the_next_numbers_and_a_default_alt(repo, tmp_path):
    first = phone_photo(tmp_path, img.gift(seed=1), "a.jpg")
    second = phone_photo(tmp_path, img.gift(seed=2), "b.png")
    assert xinyuan(repo, "photo", ADULT, first).exit_code == 0
    result = xinyuan(repo, "photo", ADULT, second)
    assert result.exit_code == 0, result.output
    assert diff(repo)[-1] == "+  - {file: 2.jpg, alt: 一台电暖器（圆梦照片）}"
    assert problems(repo) == []


def test_a_childs_face_is_refused_and_nothing_is_written(repo, tmp_path):
    original = phone_photo(tmp_path, img.face())
    result = xinyuan(repo, "photo", CHILD, original, "--alt", "小禾和新书包")
    assert result.exit_code == 1
    assert "P646" in result.output and "礼物" in result.output
    assert untouched(repo)


def test_the_gift_for_a_child_is_accepted(repo, tmp_path):
    result = xinyuan(repo, "photo", CHILD, phone_photo(tmp_path, img.gift()), "--alt", "新书包")
    assert result.exit_code == 0, result.output
    assert problems(repo) == []


@pytest.mark.parametrize(
    "wish, count, message",
    [
        (OPEN, 1, "还没有圆梦"),
        (ADULT, 4, "最多 3 张"),
        ("no-such-wish", 1, "没有编号为"),
    ],
)
def test_refusals_write_nothing(repo, tmp_path, wish, count, message):
    files = [phone_photo(tmp_path, img.gift((400, 300), seed=i), f"{i}.jpg") for i in range(count)]
    result = xinyuan(repo, "photo", wish, *files)
    assert result.exit_code == 1 and message in result.output
    assert untouched(repo)


def test_a_file_that_is_no_picture_is_refused_plainly(repo, tmp_path):
    video = tmp_path / "VID_0001.jpg"
    video.write_bytes(b"\0\0\0\x18ftypmp42" + b"\0" * 1000)
    result = xinyuan(repo, "photo", ADULT, str(video))
    assert result.exit_code == 1 and "读不出这张图片" in result.output
    assert "Traceback" not in result.output and untouched(repo)


def test_more_alts_than_photos_is_a_usage_error(repo, tmp_path):
    result = xinyuan(repo, "photo", ADULT, phone_photo(tmp_path, img.gift((400, 300))), "--alt", "a", "--alt", "b")
    assert result.exit_code == 2 and untouched(repo)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([b"", b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"GIF89a"]))
def test_any_bytes_give_a_clean_photo_or_a_plain_refusal(data, magic):
    try:
        stored = prepare(magic + data)
    except PhotoError as exc:
        assert "读不出" in str(exc)
    else:
        assert inspect(stored).blocks == ()
