"""Erasure on request (PIPL Art. 47): remove every text about the person from a wish file,
keep what honest statistics need, and find every text the file ever held in git history so
that it can be purged from every commit.

The file is written anew from its data, so its comments go too. Kept: the id, the category
and campaign, the beneficiary's group, age band and coarse place, the organisation, slots,
value, every date and step, and the claims (volunteers' ids). Removed: title, story, alias,
the notes of fulfilment and passing up, the reasons of extensions and withdrawal, and the
photos (they may show the person): the ``photos`` list with its descriptions, and the files.
"""

from __future__ import annotations

from datetime import date
from collections.abc import Iterable

from generator.ops.yaml_edit import _yaml, render
from generator.ops.steps import Refused, Transition, _not_before, find_wish
from generator.model.records import Model
from generator.photos.files import photo_dir

# What a withdrawal says once the person's text is gone (their reason may be about them).
WITHDRAWN_ON_REQUEST = "应本人或监护人要求删除"
# (keypath, key) of each text removed; a keypath ending in "*" is every entry of a list.
REMOVED = (
    ((), "title"),
    ((), "story"),
    (("beneficiary",), "alias"),
    (("fulfilled",), "note"),
    (("escalations", "*"), "note"),
    (("extensions", "*"), "reason"),
    (("photos", "*"), "alt"),
)


def _plain(node):
    """ruamel's commented nodes as plain data (dates stay dates; comments are dropped)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


def _holders(data: dict, keypath: tuple) -> list[dict]:
    found = [data]
    for step in keypath:
        if step == "*":
            found = [item for holder in found for item in holder if isinstance(item, dict)]
        else:
            found = [holder[step] for holder in found if isinstance(holder.get(step), (dict, list))]
    return [h for h in found if isinstance(h, dict)]


def texts(data: dict) -> list[str]:
    """Every text about the person a wish record holds (what erasure removes)."""
    out = [h[key] for keypath, key in REMOVED for h in _holders(data, keypath) if h.get(key)]
    reason = (data.get("withdrawn") or {}).get("reason")
    if reason and reason != WITHDRAWN_ON_REQUEST:
        out.append(reason)
    return [str(t) for t in out]


def without_texts(text: str) -> dict:
    """The file's data without the person's texts (and so without its comments)."""
    data = _plain(_yaml(text).load(text))
    for keypath, key in REMOVED:
        for holder in _holders(data, keypath):
            holder.pop(key, None)
    data.pop("photos", None)  # the files go too (photo_files)
    return data


def photo_files(repo, wish) -> list[str]:
    """The files in the wish's photo folder: those its ``photos`` names and any other left there."""
    folder = photo_dir(wish.doc.path)
    return sorted(path for path in repo.photos if path.startswith(folder))


def erased_text(text: str, on: date, reason: str) -> str:
    """The file's text with the person's texts and every comment removed, ``erased`` recorded."""
    data = without_texts(text)
    if not data.get("fulfilled"):
        data["withdrawn"] = {"date": (data.get("withdrawn") or {}).get("date", on), "reason": WITHDRAWN_ON_REQUEST}
    data["erased"] = {"date": on, "reason": reason}
    return render(data)


def erase(model: Model, wish_id: str, on: date, reason: str) -> Transition:
    """Check that the wish may be erased on ``on``; the edit itself is :func:`erased_text`."""
    wish = find_wish(model, wish_id)
    if wish.erased:
        raise Refused(f"心愿 {wish.id} 已于 {wish.erased} 删除")
    _not_before(on, "删除", (wish.collected, "征集"), *((c.date, "认领") for c in wish.claims))
    still = "" if wish.fulfilled or wish.withdrawn else "，心愿撤回"
    return Transition(wish.doc.path, (), f"{wish.id}：{on} 删除受助人的全部文字{still}（{reason}）")


def comments(text: str) -> Iterable[str]:
    """The comments of a YAML file (the text after ``#`` on each line that has one)."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            yield stripped.lstrip("#").strip()
        elif " #" in line:
            yield line.split(" #", 1)[1].strip()
