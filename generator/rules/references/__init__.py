"""References: every id a record names exists, and the organisation tree has no loop."""

import difflib


def unknown(doc, keypath, value, known, code: str, what: str, where: str):
    """A problem for a reference to an id that does not exist, suggesting the nearest one."""
    close = difflib.get_close_matches(value, list(known), n=1)
    hint = f"是不是 “{close[0]}”？" if close else f"先在 {where} 中添加它"
    return doc.problem(keypath, code, f"{what} “{value}” 不存在", hint)
