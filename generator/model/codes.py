"""Every problem code, declared once: the one registry of codes (flake8's way, one table).

A code is written ``Code.L501`` wherever a problem is raised, never as a string: a typo is an
AttributeError, and :class:`~generator.model.problems.Problem` refuses any code not listed here,
so no code can appear that has no documentation.

Why one table rather than a code declared in each rule module (yamllint's way): 22 codes are
raised by the model itself (the loader, the full-width check, the schema stage, the filing
numbers), and the model sits below the rules (ARCHITECTURE.md; tests/test_layout.py): it cannot
import a rule module. So the table sits beside ``Problem``, at the bottom, where every stage
can import it. Each code's documentation is the Chinese docstring of its rule module,
``generator/rules/<family>/<code>_<name>.py``; :func:`generator.rules.all_rules` walks those
modules once and refuses a module whose code is not here, a code here without its module, and
two modules for one code.
"""

from __future__ import annotations

import enum


@enum.unique
class Code(enum.StrEnum):
    """A problem code. A ``str`` (``Code.L501 == "L501"``), so it prints, sorts and serialises
    as its text."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name  # Y101 = enum.auto() is "Y101": a member's name and value cannot differ

    # Y1xx, loading YAML: raised by model/loader.py, model/fullwidth.py, model/repository.py
    Y101 = enum.auto()
    Y102 = enum.auto()
    Y103 = enum.auto()
    Y104 = enum.auto()
    Y105 = enum.auto()
    Y106 = enum.auto()
    Y107 = enum.auto()
    Y108 = enum.auto()
    Y109 = enum.auto()
    Y110 = enum.auto()
    Y111 = enum.auto()
    Y120 = enum.auto()
    Y121 = enum.auto()
    Y130 = enum.auto()
    Y131 = enum.auto()

    # S2xx, fields: raised by model/schema.py, model/filing.py, model/repository.py
    S201 = enum.auto()
    S202 = enum.auto()
    S203 = enum.auto()
    S204 = enum.auto()
    S220 = enum.auto()
    S221 = enum.auto()

    # I3xx, ids and files: rules/identity/
    I301 = enum.auto()
    I302 = enum.auto()
    I303 = enum.auto()
    I304 = enum.auto()
    I305 = enum.auto()
    I306 = enum.auto()
    I307 = enum.auto()
    I310 = enum.auto()
    I311 = enum.auto()

    # R4xx, references: rules/references/
    R401 = enum.auto()
    R402 = enum.auto()
    R403 = enum.auto()
    R404 = enum.auto()
    R405 = enum.auto()
    R406 = enum.auto()
    R407 = enum.auto()
    R410 = enum.auto()
    R430 = enum.auto()
    R431 = enum.auto()
    R432 = enum.auto()
    R433 = enum.auto()
    R434 = enum.auto()
    R435 = enum.auto()

    # L5xx, a wish's and a pair's story: rules/lifecycle/
    L501 = enum.auto()
    L502 = enum.auto()
    L503 = enum.auto()
    L504 = enum.auto()
    L505 = enum.auto()
    L506 = enum.auto()
    L507 = enum.auto()
    L508 = enum.auto()
    L509 = enum.auto()
    L510 = enum.auto()
    L520 = enum.auto()
    L530 = enum.auto()
    L550 = enum.auto()
    L551 = enum.auto()
    L552 = enum.auto()
    L553 = enum.auto()

    # P6xx, privacy: rules/privacy/
    P601 = enum.auto()
    P602 = enum.auto()
    P603 = enum.auto()
    P604 = enum.auto()
    P605 = enum.auto()
    P606 = enum.auto()
    P607 = enum.auto()
    P608 = enum.auto()
    P609 = enum.auto()
    P610 = enum.auto()
    P611 = enum.auto()
    P612 = enum.auto()
    P613 = enum.auto()
    P614 = enum.auto()
    P615 = enum.auto()
    P616 = enum.auto()
    P617 = enum.auto()
    P618 = enum.auto()
    P630 = enum.auto()
    P631 = enum.auto()
    P632 = enum.auto()
    P633 = enum.auto()
    P640 = enum.auto()
    P641 = enum.auto()
    P642 = enum.auto()
    P643 = enum.auto()
    P644 = enum.auto()
    P645 = enum.auto()
    P646 = enum.auto()
    P647 = enum.auto()
    P650 = enum.auto()
    P651 = enum.auto()

    # C7xx, pull requests (claims and maintainers' edits): raised by policy/
    C701 = enum.auto()
    C702 = enum.auto()
    C703 = enum.auto()
    C704 = enum.auto()
    C705 = enum.auto()
    C706 = enum.auto()
    C707 = enum.auto()
    C708 = enum.auto()
    C709 = enum.auto()
    C710 = enum.auto()
    C711 = enum.auto()
    C712 = enum.auto()
    C713 = enum.auto()
    C714 = enum.auto()
    C715 = enum.auto()
    C716 = enum.auto()
    C717 = enum.auto()
    C718 = enum.auto()
    C719 = enum.auto()
    C730 = enum.auto()
    C740 = enum.auto()
    C741 = enum.auto()
    C742 = enum.auto()
    C743 = enum.auto()
    C744 = enum.auto()
