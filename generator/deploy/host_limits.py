"""How large a site each host takes, and the warning a build prints before the limit.

GitHub Pages refuses a published site over 1 GB (its documented limit). An S3-compatible bucket
(OSS, COS) has no limit on a bucket's total size; what bounds us there is one object per PUT,
at most 5 GB. The program's own server is bounded by its disk, which the build cannot see: we
use 10 GB, a small cloud server's system disk, unless ``--size-limit`` says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

GB = 1000**3  # decimal, as the build's summary counts (and below GitHub's binary GB)
WARN_AT = 0.8  # warn from 80 % of the limit: months of growth before the host refuses

# host: (name shown, total limit in bytes or None, largest file in bytes or None)
HOSTS = {
    "pages": ("GitHub Pages", 1 * GB, None),
    "s3": ("对象存储", None, 5 * GB),
    "rsync": ("自己的服务器", 10 * GB, None),
}


@dataclass(frozen=True)
class SizeCheck:
    line: str  # the size report, always printed
    warning: str | None  # set when the site is near or over the host's limit


def _size(n: int) -> str:
    return f"{n / GB:.3g} GB" if n >= GB / 10 else f"{n / 1e6:.1f} MB"


def _spaced(name: str) -> str:
    return f" {name}" if name[:1].isascii() else name


def check_size(host: str, total: int, largest: int, limit: int | None = None) -> SizeCheck:
    name, total_limit, file_limit = HOSTS[host]
    total_limit = limit or total_limit
    if total_limit:
        share = total / total_limit
        line = f"网站大小 {_size(total)}，发布到{_spaced(name)}，上限 {_size(total_limit)}（已用 {share:.0%}）"
        if share > 1:
            return SizeCheck(
                line, f"网站超过了上限 {_size(total_limit)}（{name}），发布会失败：减少照片、压缩图片，或改用对象存储"
            )
        if share >= WARN_AT:
            return SizeCheck(
                line,
                f"网站已达上限的 {share:.0%}（{name}，{_size(total_limit)}），快满了："
                "减少照片、压缩图片，或准备改用对象存储",
            )
        return SizeCheck(line, None)
    assert file_limit is not None  # a host without a limit on the whole site has one per file
    line = f"网站大小 {_size(total)}，发布到{_spaced(name)}，不限总量；最大的文件 {_size(largest)}，单个文件上限 {_size(file_limit)}"
    if largest >= WARN_AT * file_limit:
        return SizeCheck(line, f"有一个文件 {_size(largest)}，接近单个文件的上限 {_size(file_limit)}（{name}）")
    return SizeCheck(line, None)
