"""How well each way of finding a person's full name does on the privacy corpus.

    python benchmarks/privacy_names.py [--corpus FILE] [--extra-path DIR]

Candidates, each judging one text of tests/privacy_corpus.yml (an alias is judged as a text too):

- ``jieba-nr``: any word jieba's part-of-speech tagger (jieba.posseg) tags as a person's name
  (``nr``, ``nrfg``, ``nrt``), two characters or more.
- ``jieba-nr+surname``: those that start with a surname, two to four characters, and are not a
  surname with a form of address (王奶奶).
- ``surname+context``: the contexts rule P609 looks for (父亲…, …奶奶, 三年2班…), a surname and
  one or two characters after it, no tagger; aliases by surname and length (rule P608 before).
- ``context+jieba`` (what rules P608 and P609 do): the same contexts, then jieba's tagger and
  dictionary on a few characters around the candidate; aliases by surname, forms of address and
  jieba's dictionary (石头, 金豆).
- ``thulac-np``: THULAC's person-name tag, when the package is importable (``--extra-path``
  names a site-packages folder holding it; it is no dependency of this project).

Recall counts the corpus's ``name`` cases found; false alarms count its clean cases flagged
(every clean case, whatever its class); precision is found / (found + false alarms). The time
is for judging every case once, after the tagger is loaded. ``--corpus
tests/privacy_names_holdout.yml`` runs the same on names written after the rules were tuned.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from generator.rules.privacy import normalise  # noqa: E402
from generator.rules.privacy import p609_full_name_in_text as p609  # noqa: E402
from generator.rules.privacy._names import (  # noqa: E402
    COMPOUND_SURNAMES,
    KIN_TERMS,
    SURNAMES,
    _tagger,
    strip_kin_term,
    surname_length,
)
from generator.rules.privacy.p608_full_name_alias import looks_like_full_name  # noqa: E402
from privacy_corpus_harness import load_corpus  # noqa: E402

_HAN = re.compile(r"[\u4e00-\u9fff]+")


def jieba_nr(field: str, text: str) -> bool:
    return any(flag.startswith("nr") and len(word) >= 2 and _HAN.fullmatch(word) for word, flag in _tagger().cut(text))


def _surname_name(word: str) -> bool:
    surname = surname_length(word)
    given = word[surname:]
    return bool(surname) and 1 <= len(given) <= 2 and given not in KIN_TERMS and strip_kin_term(word) == word


def jieba_nr_surname(field: str, text: str) -> bool:
    return any(flag.startswith("nr") and _surname_name(word) for word, flag in _tagger().cut(text))


def _old_alias(alias: str) -> bool:
    """Rule P608 as it was: a surname and one or two characters, after a form of address."""
    alias = strip_kin_term(re.sub(r"\s+", "", alias))
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", alias) or alias[0] in "小老阿":
        return False
    if alias.startswith(COMPOUND_SURNAMES):
        return len(alias) >= 3
    return alias[-1] != alias[-2] and alias[0] in SURNAMES and len(alias) <= 3


def surname_context(field: str, text: str) -> bool:
    if field == "alias":
        return _old_alias(text)
    for kind, match in p609._matches("\n" + normalise(text)):
        if kind in ("pinyin", "spaced"):
            continue
        name = match["name"]
        if name[surname_length(name) :] not in KIN_TERMS:
            return True
    return False


def context_jieba(field: str, text: str) -> bool:
    if field == "alias":
        return looks_like_full_name(text)
    return any(True for _ in p609.find(normalise(text)))


def thulac_np(extra: str | None):
    if extra:
        sys.path.append(extra)
    try:
        import thulac
    except ImportError:
        return None
    tagger = thulac.thulac()
    return lambda field, text: any(tag == "np" and len(word) >= 2 for word, tag in tagger.cut(text))


def measure(name: str, judge, cases: list[dict]) -> str:
    names = [c for c in cases if c["class"] == "name"]
    clean = [c for c in cases if c["expect"] == "clean"]
    start = time.perf_counter()
    found = sum(judge(c["field"], c["text"]) for c in names)
    alarms = [c["id"] for c in clean if judge(c["field"], c["text"])]
    elapsed = time.perf_counter() - start
    precision = found / (found + len(alarms)) if found + len(alarms) else 1.0
    return (
        f"{name:18s} recall {found / len(names):6.1%} ({found}/{len(names)})  false alarms "
        f"{len(alarms):3d}/{len(clean)}  precision {precision:6.1%}  {elapsed * 1000:7.0f} ms"
        f"  [{', '.join(alarms[:6])}{' …' if len(alarms) > 6 else ''}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="another corpus file of the same form")
    parser.add_argument("--extra-path", help="a site-packages folder with optional taggers (thulac)")
    args = parser.parse_args()
    cases = load_corpus(args.corpus) if args.corpus else load_corpus()
    _tagger().cut("预热")  # load the dictionary before timing
    candidates = [
        ("jieba-nr", jieba_nr),
        ("jieba-nr+surname", jieba_nr_surname),
        ("surname+context", surname_context),
        ("context+jieba", context_jieba),
    ]
    thulac = thulac_np(args.extra_path)
    if thulac:
        candidates.append(("thulac-np", thulac))
    print(
        f"{len([c for c in cases if c['class'] == 'name'])} name cases, "
        f"{len([c for c in cases if c['expect'] == 'clean'])} clean cases"
    )
    for name, judge in candidates:
        print(measure(name, judge, cases))


if __name__ == "__main__":
    main()
