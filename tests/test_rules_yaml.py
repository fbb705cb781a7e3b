"""Y1xx: what the strict loader refuses, each at the line and column of the cause."""

import pytest

from helpers import MARK, VILLAGE, WISH3, Case, assert_reported, edit, mini_file

CASES = [
    Case(
        "Y101",
        WISH3,
        edit(WISH3, "place: 河县山镇}\norg: hill-village", "place: 河县山镇\norg⟦: hill-village"),
        "unclosed-flow-mapping",
    ),
    Case("Y102", WISH3, mini_file(WISH3) + "⟦slots: 2\n", "duplicate-slots"),
    Case("Y103", WISH3, edit(WISH3, "slots: 1", "slots: ⟦&n 1\nvalue_yuan: *n"), "anchor"),
    Case("Y104", WISH3, mini_file(WISH3) + "⟦---\nid: hill-2026-004\n", "second-document"),
    Case(
        "Y105",
        WISH3,
        mini_file(WISH3) + "value_yuan: " + "[" * 31 + MARK + "[1" + "]" * 32 + "\n",
        "root-and-32-lists-deep",
    ),
    Case("Y106", WISH3, MARK + mini_file(WISH3) + "# " + "填充" * 140_000 + "\n", "over-256-kib"),
    Case("Y107", WISH3, edit(WISH3, "title: 一根拐杖", "title: ⟦拐杖"), "saved-as-gbk", encoding="gbk"),
    Case("Y108", WISH3, edit(WISH3, "slots: 1", "extra:\n⟦\tslots: 1"), "tab"),
    Case("Y109", WISH3, mini_file(WISH3) + "⟦on: 2026-11-02\n", "on-as-key"),
    Case("Y110", WISH3, mini_file(WISH3) + "? ⟦[a, b]\n: 1\n", "list-as-key"),
    Case("Y130", WISH3, edit(WISH3, "title: 一根拐杖", "title⟦：一根拐杖"), "fullwidth-colon"),
    Case("Y130", WISH3, edit(WISH3, "slots: 1", "slots⟦：1"), "fullwidth-colon-last-line-but-one"),
    Case(
        "Y130", WISH3, edit(WISH3, "org: hill-village", "org: hill-village\nextra⟦：1"), "fullwidth-colon-unknown-key"
    ),
    Case("Y131", WISH3, edit(WISH3, "slots: 1", "beneficiary2:\n⟦\u3000\u3000slots: 1"), "fullwidth-indent"),
    Case("Y111", WISH3, edit(WISH3, "title: 一根拐杖", "title: ⟦!!python/object:os.system 一根拐杖"), "python-tag"),
    Case("Y121", WISH3, edit(WISH3, "title: 一根拐杖", 'title: "一根⟦\u2028拐杖"'), "line-separator"),
    Case("Y121", WISH3, edit(WISH3, "title: 一根拐杖", "title: '一根⟦\x85拐杖'"), "next-line"),
    Case("Y121", WISH3, edit(WISH3, "slots: 1", "slots: 1⟦\r# 旧式回车"), "lone-carriage-return"),
]


class LinkCase(Case):
    """The record at ``path`` is a symbolic link to ``text`` on disk (a real folder, FileSource)."""

    @property
    def expected(self):
        return 1, 1

    def problems(self):
        import os
        import shutil
        import tempfile

        from generator.model.sources import FileSource
        from helpers import MINI, problems_of

        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(MINI / "data", f"{tmp}/data")
            os.unlink(f"{tmp}/{self.path}")
            if self.text == "fifo":
                os.mkfifo(f"{tmp}/{self.path}")
            else:
                os.symlink(self.text.replace("{tmp}", tmp), f"{tmp}/{self.path}")
            return problems_of(FileSource(tmp))


CASES += [
    LinkCase("Y120", WISH3, "/nonexistent/x.yml", "dangling-link"),
    LinkCase("Y120", VILLAGE, "{tmp}/data/orgs/city-wf.yml", "link-to-a-record"),
    LinkCase("Y120", WISH3, "fifo", "named-pipe"),
]


@pytest.mark.parametrize("case", CASES)
def test_refused_at_its_position(case):
    assert_reported(case)
