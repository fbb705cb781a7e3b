"""The home page's estimated value: shown only for values that were recorded (a real build)."""

from __future__ import annotations

import re

from conftest import SITE_TODAY, make_root
from generator.site import build_site
from sitetext import article_text, page


def strip_values(root, keep: str | None = None) -> None:
    """Remove every ``value_yuan`` line, except in the wish ``keep``."""
    for path in (root / "data/wishes").rglob("*.yml"):
        if path.stem != keep:
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"^value_yuan:.*\n", "", text, flags=re.M), encoding="utf-8")


def test_no_recorded_values_no_zero_yuan(tmp_path):
    root = make_root(tmp_path)
    strip_values(root)
    build_site(root, tmp_path / "site", today=SITE_TODAY)
    home = article_text(page(tmp_path / "site", ""))
    assert "已圆梦" in home and "圆梦率" in home  # the figures are there
    assert "元" not in home and "圆梦估计价值" not in home
    org = article_text(page(tmp_path / "site", "orgs/majiayi-village/"))
    assert "已圆梦" in org and "圆梦估计价值" not in org


def test_a_partly_recorded_value_says_what_it_adds_up(tmp_path):
    root = make_root(tmp_path)
    strip_values(root, keep="majiayi-2026-003")  # a fulfilled wish with a value
    value = re.search(
        r"^value_yuan: (\d+)",
        (root / "data/wishes/majiayi-village/majiayi-2026-003.yml").read_text(encoding="utf-8"),
        re.M,
    ).group(1)
    build_site(root, tmp_path / "site", today=SITE_TODAY)
    home = article_text(page(tmp_path / "site", ""))
    assert f"{int(value):,} 元 圆梦估计价值" in home
    assert "估计价值只合计了记录了价值的 1 个已圆梦心愿" in home
