"""References: every id a record names exists, and the organisation tree has no loop."""

import difflib

from generator.model.codes import Code
from generator.model.taxonomy import WISH_FIELDS, id_hint


def unknown(doc, keypath, value, known, code: Code, what: str, where: str, named: str | None = None):
    """A problem for a reference to an id that does not exist, suggesting the entry it names
    (``named``) or else the nearest id."""
    close = difflib.get_close_matches(value, list(known), n=1)
    hint = named or (f"是不是 “{close[0]}”？" if close else f"先在 {where} 中添加它")
    return doc.problem(keypath, code, f"{what} “{value}” 不存在", hint)


# Model attribute -> the key in program.yml that defines it.
_KEYS = {"categories": "categories", "groups": "beneficiary_groups", "age_bands": "age_bands", "campaigns": "campaigns"}


def taxonomy_check(code: Code, keypath: tuple, table: str, what: str):
    """A rule's ``check``: each wish's value at ``keypath`` must be an id in the program's
    ``table`` (categories, groups, age bands, campaigns)."""

    def check(repo):
        program = repo.model.program
        if program is None:
            return
        known = getattr(program, table)
        for wish in repo.model.wishes.values():
            value = wish.doc.data
            for key in keypath:
                value = value.get(key) if isinstance(value, dict) else None
            if value is not None and value not in known:
                yield unknown(
                    wish.doc,
                    keypath,
                    value,
                    known,
                    code,
                    what,
                    f"data/program.yml 的 {_KEYS[table]}",
                    id_hint(program, keypath, value) if keypath in WISH_FIELDS else None,
                )

    return check
