"""``xinyuan import-pairs``: a real .xlsx pairing sheet (结对表) with Chinese headers, through the
same privacy gate as the wish import; bad rows are reported by row and column, nothing half-written."""

from datetime import datetime

import pytest

from ops_helpers import git, problems, sample_repo, xinyuan
from test_import_ops import workbook

HEADERS = ["志愿者", "称呼", "人群", "年龄段", "地点", "结对日期", "服务站"]
GOOD = [
    ["田妈妈", "小芸", "留守儿童", 9, "云岭县石门镇", datetime(2026, 11, 2), "石门镇莲花村妇联"],
    ["xiang-ayi", "壮壮", "事实孤儿", "6–11岁", "云岭县桃溪乡", "2026/11/3", "qingshan-village"],
]


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def _new(repo) -> list[str]:
    return sorted(line.split()[-1] for line in git(repo, "status", "--porcelain", "-uall").splitlines())


def test_good_sheet_becomes_valid_pairs(repo, tmp_path):
    sheet = workbook(tmp_path / "结对表.xlsx", GOOD, HEADERS)
    result = xinyuan(repo, "import-pairs", sheet, "--consent", "guardian")
    assert result.exit_code == 0, result.output
    assert _new(repo) == [
        "data/pairs/lianhua-village/lianhua-pair-2026-009.yml",
        "data/pairs/qingshan-village/qingshan-pair-2026-009.yml",
    ]
    text = (repo / "data/pairs/lianhua-village/lianhua-pair-2026-009.yml").read_text(encoding="utf-8")
    assert "volunteer: tian-mama" in text and "age_band: 6-11" in text and "started: 2026-11-02" in text
    assert "consent: {by: guardian, date: 2026-11-02, recorded_by: lianhua-village}" in text
    assert problems(repo) == []


@pytest.mark.parametrize(
    "headers, row, column, message",
    [
        (HEADERS[:1] + ["姓名"] + HEADERS[2:], GOOD[0], "姓名", "可能含有个人信息"),
        (HEADERS + ["监护人电话"], GOOD[0] + ["13912345678"], "监护人电话", "可能含有个人信息"),
        (HEADERS, ["田妈妈", "王建华", *GOOD[0][2:]], "称呼", "像是真实姓名"),
        (
            HEADERS,
            ["田妈妈", "小芸", "留守儿童", 9, "云岭县石门镇幸福路18号", datetime(2026, 11, 2), "lianhua-village"],
            "地点",
            "P607",
        ),
        (HEADERS, ["无名氏", *GOOD[0][1:]], "志愿者", "没有志愿者"),
    ],
)
def test_privacy_gate_and_bad_rows_write_nothing(repo, tmp_path, headers, row, column, message):
    sheet = workbook(tmp_path / "bad.xlsx", [GOOD[1], row], headers if len(headers) == len(row) else HEADERS)
    result = xinyuan(repo, "import-pairs", sheet, "--consent", "guardian")
    assert result.exit_code == 1, result.output
    assert column in result.output and message in result.output, result.output
    assert _new(repo) == []


def test_without_a_consent_column_the_signer_must_be_said(repo, tmp_path):
    sheet = workbook(tmp_path / "结对表.xlsx", GOOD, HEADERS)
    result = xinyuan(repo, "import-pairs", sheet)
    assert result.exit_code == 1 and "--consent guardian" in result.output
    assert _new(repo) == []
