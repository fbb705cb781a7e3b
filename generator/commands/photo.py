"""``xinyuan photo``: add photos of the handover to a fulfilled wish.

Each file is made phone-sized and re-encoded from its pixels (no EXIF, GPS, XMP, ICC or maker
data survives; :mod:`generator.photos.clean`), saved in the wish's photo folder and named in its
``photos`` list, in one checked change: when the result would not validate (a child's face,
say), nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator.ops import yaml_edit as edit
from generator.ops.changeset import read
from generator.ops.steps import Refused, find_wish
from generator.photos.clean import PhotoError, prepare
from generator.photos.files import MAX_PHOTOS, photo_dir
from generator.commands.apply import load_repo, refusals, write_checked
from generator.commands.options import repo_option, today_of, today_option

MAX_INPUT = 64 * 1024 * 1024  # bytes: larger than any phone photo; a video is refused unread


def _prepared(file: str) -> bytes:
    if os.path.getsize(file) > MAX_INPUT:
        raise Refused(f"{file} 太大（超过 64 MB），不像是一张照片")
    try:
        return prepare(Path(file).read_bytes())
    except PhotoError as exc:
        raise Refused(f"{file}：{exc}") from None


@click.command()
@click.argument("wish")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--alt",
    multiple=True,
    help="照片拍的是什么，一句话（读屏软件会读给看不见的人）；每张照片一个，按顺序给出。默认是“心愿标题（圆梦照片）”。",
)
@repo_option
@today_option
@refusals
def photo(wish, files, alt, root, today):
    """给已圆梦的心愿 WISH 添加圆梦照片 FILES（每个心愿最多 3 张）。

    照片会缩小到长边 1080 像素、150 KB 以内，并去掉全部元数据（拍摄地点、时间、手机型号等）。
    受助人是未成年人时，照片里不能有人脸：请拍送到的礼物。
    """
    if len(alt) > len(files):
        raise click.UsageError(f"给了 {len(alt)} 个 --alt，但只有 {len(files)} 张照片")
    today = today_of(today)
    repo = load_repo(root, today)
    target = find_wish(repo.model, wish)
    if not target.fulfilled:
        raise Refused(f"心愿 {target.id} 还没有圆梦：先用 `xinyuan fulfil` 记录圆梦，再添加照片")
    if len(target.photos) + len(files) > MAX_PHOTOS:
        raise Refused(f"每个心愿最多 {MAX_PHOTOS} 张照片，心愿 {target.id} 已有 {len(target.photos)} 张")
    folder = photo_dir(target.doc.path)
    taken = {p.file for p in target.photos} | {p.rsplit("/", 1)[-1] for p in repo.photos if p.startswith(folder)}
    changes: dict[str, str | bytes | None] = {}
    ops: list[edit.Op] = []
    number = 1
    for i, file in enumerate(files):
        while f"{number}.jpg" in taken:
            number += 1
        name = f"{number}.jpg"
        taken.add(name)
        changes[folder + name] = _prepared(file)
        ops.append(
            edit.Append("photos", {"file": name, "alt": alt[i] if i < len(alt) else f"{target.title}（圆梦照片）"})
        )
    before = read(root, target.doc.path)
    changes[target.doc.path] = edit.apply(before, ops)
    names = "、".join(path.rsplit("/", 1)[-1] for path in changes if path.startswith(folder))
    write_checked(root, changes, {target.doc.path: before}, today, f"{target.id}：添加圆梦照片 {names}", repo)
