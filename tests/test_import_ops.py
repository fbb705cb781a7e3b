"""``xinyuan import``: a real .xlsx written by openpyxl with Chinese headers, bad rows included."""

from datetime import datetime

import openpyxl
import pytest

from ops_helpers import git, problems, sample_repo, untouched, xinyuan

HEADERS = ["心愿", "情况说明", "类别", "称呼", "人群", "年龄段", "地点", "截止日期", "征集日期", "价值（元）", "同意"]
GOOD = [
    [
        "一个新书包",
        "小海上三年级，书包背带断了。",
        "助一学",
        "小海",
        "留守儿童",
        "6–11岁",
        "云岭县石门镇",
        datetime(2026, 12, 31),
        datetime(2026, 11, 20),
        80,
        "监护人",
    ],
    [
        "陪我聊聊天",
        "李爷爷的子女在外打工，想有人陪他说说话。",
        "陪一程",
        "李爷爷",
        "空巢老人",
        82,
        "云岭县石门镇",
        None,
        "2026年11月21日",
        None,
        "本人",
    ],
]
BAD = [
    "一床厚棉被",
    "独居，冬天冷。电话13912345678",
    "添一物",
    "王建华",
    "外星人",
    "75",
    "石门镇幸福路18号",
    "2026/13/01",
    "2026-11-20",
    "abc",
    "村委会代签",
]


def workbook(path, rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def test_good_rows_become_valid_wish_files(repo, tmp_path):
    result = xinyuan(repo, "import", workbook(tmp_path / "w.xlsx", GOOD), "--org", "majiayi-village")
    assert result.exit_code == 0, result.output
    assert "第 2 行 → data/wishes/majiayi-village/majiayi-2026-020.yml" in result.output
    text = (repo / "data/wishes/majiayi-village/majiayi-2026-021.yml").read_text(encoding="utf-8")
    assert "age_band: 80-up" in text and "category: keep-company" in text and "collected: 2026-11-21" in text
    assert problems(repo) == []


def test_one_bad_row_stops_everything_and_each_cell_is_reported(repo, tmp_path):
    result = xinyuan(repo, "import", workbook(tmp_path / "w.xlsx", GOOD + [BAD]), "--org", "majiayi-village")
    assert result.exit_code == 1
    for column, words in [
        ("情况说明", "P601"),
        ("称呼", "像是真实姓名"),
        ("人群", "没有人群“外星人”"),
        ("地点", "P607"),
        ("截止日期", "不是日期"),
        ("价值（元）", "不是数字"),
        ("同意", "写“本人”或“监护人”"),
    ]:
        assert f"第 4 行，“{column}”列：" in result.output and words in result.output
    assert "第 2 行" not in result.output and "第 3 行" not in result.output
    assert untouched(repo)


def test_skip_bad_writes_the_good_rows(repo, tmp_path):
    result = xinyuan(
        repo,
        "import",
        workbook(tmp_path / "w.xlsx", [BAD] + GOOD),
        "--org",
        "majiayi-village",
        "--skip-bad",
        "--vetted",
    )
    assert result.exit_code == 0, result.output
    assert "导入 2 个心愿，跳过 1 行" in result.output
    assert git(repo, "status", "--porcelain").split() == [  # the bad row takes no id
        "??",
        "data/wishes/majiayi-village/majiayi-2026-020.yml",
        "??",
        "data/wishes/majiayi-village/majiayi-2026-021.yml",
    ]
    assert "vetted: {date: 2026-11-23, by: majiayi-village}" in (
        repo / "data/wishes/majiayi-village/majiayi-2026-020.yml"
    ).read_text(encoding="utf-8")
    assert problems(repo) == []


@pytest.mark.parametrize(
    "header, hint",
    [
        ("姓名", "--alias-from"),
        ("联系电话", "--drop"),
        ("家庭住址", "--place-from"),
        ("身份证号", "--drop"),
        ("备注", "不认识"),
    ],
)
def test_personal_columns_are_refused(repo, tmp_path, header, hint):
    rows = [row + ["x"] for row in GOOD]
    result = xinyuan(
        repo,
        "import",
        workbook(tmp_path / "w.xlsx", rows, HEADERS + [header]),
        "--org",
        "majiayi-village",
        "--skip-bad",
    )
    assert result.exit_code == 1
    assert f"表头，“{header}”列" in result.output and hint in result.output
    assert untouched(repo)


def test_name_column_mapped_to_alias_still_refuses_full_names(repo, tmp_path):
    headers = ["姓名" if h == "称呼" else h for h in HEADERS] + ["手机"]
    rows = [GOOD[0] + ["13800138000"], [*GOOD[1][:3], "周建国", *GOOD[1][4:], ""]]
    path = workbook(tmp_path / "w.xlsx", rows, headers)
    refused = xinyuan(repo, "import", path, "--org", "majiayi-village", "--alias-from", "手机")
    assert "电话、证件等列不能导入" in refused.output
    result = xinyuan(repo, "import", path, "--org", "majiayi-village", "--alias-from", "姓名", "--drop", "手机")
    assert result.exit_code == 1
    assert "第 3 行，“姓名”列：P608 称呼“周建国”像是真实姓名" in result.output
    assert "第 2 行" not in result.output


def test_gb18030_csv_from_chinese_excel(repo, tmp_path):
    csv = tmp_path / "w.csv"
    lines = [
        ",".join(HEADERS),
        "一盏台灯,小琪晚上写作业光线暗。,助一学,小琪,事实孤儿,12-17,云岭县石门镇,2027/1/31,2026/11/22,60,监护人",
    ]
    csv.write_bytes("\r\n".join(lines).encode("gb18030"))
    result = xinyuan(repo, "import", str(csv), "--org", "lianhua-village")
    assert result.exit_code == 0, result.output
    assert "lianhua-2026-022" in result.output
    assert problems(repo) == []


def test_missing_columns_and_unknown_org(repo, tmp_path):
    path = workbook(tmp_path / "w.xlsx", [["一个书包"]], ["心愿"])
    result = xinyuan(repo, "import", path, "--org", "majiayi-village")
    assert "缺少“故事”列" in result.output and result.exit_code == 1
    assert "没有组织" in xinyuan(repo, "import", path, "--org", "nowhere").output
