"""A synthetic program of any size, for benchmarks: ``python benchmarks/synthetic.py DIR N``.

Deterministic for a given size and seed. The shape follows a city program: one city, counties,
townships and villages; a volunteer for every ten wishes; wishes in every state. All text is
invented; no real person's name appears.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 23)
CATEGORIES = [
    ("add-an-item", "我为困难群众添一物", "material"),
    ("give-a-skill", "送一技", "service"),
    ("fix-a-yard", "送一院", "service"),
    ("study-aid", "助一学", "material"),
    ("keep-company", "陪一程", "service"),
]
GROUPS = [
    ("left-behind-child", "留守儿童"),
    ("elderly-alone", "空巢老人"),
    ("disabled", "残障人士"),
    ("woman-in-difficulty", "困难妇女"),
    ("poor-household", "困难群众"),
    ("seriously-ill", "重病患者"),
]
BANDS = ["0-5", "6-11", "12-17", "18-39", "40-59", "60-69", "70-79", "80-up"]
TITLES = [
    "一个印有卡通图案的书包",
    "一台血压计",
    "一根拐杖",
    "一件棉衣",
    "陪老人聊聊天",
    "修好堂屋的电灯",
    "一套课外书",
    "一双旱冰鞋",
    "帮忙买米面油",
    "一台轮椅",
    "收割时搭把手",
    "一次免费眼科检查",
]
ALIASES = ["小海", "谢大姐", "王奶奶", "李爷爷", "周阿姨", "小雨", "阿明", "陈婆婆", "乐乐", "刘叔叔"]


def _yaml_program() -> str:
    cats = "".join(f"  - {{id: {i}, name: {n}, kind: {k}}}\n" for i, n, k in CATEGORIES)
    groups = "".join(f"  - {{id: {i}, name: {n}}}\n" for i, n in GROUPS)
    bands = "".join(f"  - {{id: {b}, name: {b} 岁}}\n" for b in BANDS)
    return (
        "name: 合成测试市微心愿圆梦行动\nsite_url: https://example.org/bench/\n"
        "repo_url: https://github.com/example/bench\n"
        f"categories:\n{cats}beneficiary_groups:\n{groups}age_bands:\n{bands}"
        "time_limit_days: 30\nrelease_grace_days: 14\n"
        "points: {per_fulfilment: 5, shared: full, commendations: "
        "[{id: letter-of-praise, points: 20, name: 致工作单位表扬信}]}\n"
        "campaigns:\n  - {id: childrens-day-2026, name: 六一微心愿, start: 2026-05-15, end: 2026-06-01}\n"
    )


PAIRING = (
    "pairing: {per_child: one, visit_duty: home-visit, visit_interval_days: 100, wish_duty: wish}\n"
    "pairing_duties:\n"
    "  - {id: home-visit, name: 上门家访, per_year: 4, points: 2}\n"
    "  - {id: wish, name: 圆一个心愿, per_year: 1}\n"
    "  - {id: letter, name: 写一封家书, per_year: 1, points: 1}\n"
    "  - {id: company, name: 陪伴一次, per_year: 1, points: 2}\n"
    "  - {id: holiday-greeting, name: 节日问候, per_year: 2, points: 1}\n"
)
# One alias per child of a station (a pair is one child: the same alias at a station is the same child).
CHILD_NAMES = (
    "禾宇满溪芽树勇川青石峰航杰山路帆芸壮雨星月云风雷江河湖海松竹梅兰菊荷桃李杏梨"
    "麦稻豆米茶花草叶苗林森波涛浪岩岭坡湾洲岛泉池塘田园亮明晨曦朝晖阳光虹霞彩锦绣琴棋"
    "书画诗歌舞乐鹏鹤燕莺鸽鹿熊虎龙凤麟瑞祥福禄安康宁静和平悦欣怡乔楠柏杉枫桦樱"
)
STATIONS = 100  # Hubei: 100 service stations


def _pair(rng: random.Random, pair_id: str, station: str, volunteer: str, alias: str) -> str:
    """A pair made early in 2026 with a year of duties: visits every quarter or so, a letter,
    company, two holiday greetings, a wish; about one pair in ten falls behind in the spring."""
    started = date(2026, 1, 2) + timedelta(days=rng.randrange(60))
    lines = [
        f"id: {pair_id}",
        f"volunteer: {volunteer}",
        "beneficiary:",
        f"  alias: {alias}",
        "  group: left-behind-child",
        f"  age_band: {rng.choice(['6-11', '12-17'])}",
        "  place: 合成县合成镇",
        f"org: {station}",
        f"started: {started}",
        f"consent: {{by: guardian, date: {started}, recorded_by: {station}}}",
        "duties:",
    ]
    stop = date(2026, 4, 30) if rng.random() < 0.1 else TODAY
    duties = []
    day = started + timedelta(days=rng.randrange(3, 20))
    while day <= stop:
        duties.append((day, "home-visit", "上门看望，辅导作业"))
        day += timedelta(days=rng.randrange(70, 95))
    for kind, month, note in (
        ("letter", 5, "帮孩子给妈妈写信"),
        ("wish", 6, "送去孩子想要的书"),
        ("company", 7, "陪孩子去图书馆"),
        ("holiday-greeting", 6, "端午送粽子"),
        ("holiday-greeting", 9, "中秋送月饼"),
    ):
        day = date(2026, month, rng.randrange(1, 28))
        if day <= stop:
            duties.append((day, kind, note))
    lines += [f"  - {{date: {d}, kind: {k}, note: {n}}}" for d, k, n in sorted(duties)]
    return "\n".join(lines) + "\n"


def write_pairs(root: Path, n_pairs: int, seed: int = 0) -> Path:
    """Add ``n_pairs`` pairs with a year of duties to the program at ``root``: the pairing
    settings in program.yml, 100 service stations under the counties, a caring mother each."""
    rng = random.Random(seed + 1)
    data = root / "data"
    program = data / "program.yml"
    program.write_text(
        program.read_text(encoding="utf-8").replace("campaigns:", PAIRING + "campaigns:"), encoding="utf-8"
    )
    counties = sorted(p.stem for p in (data / "orgs").glob("county-*.yml"))
    for s in range(STATIONS):
        (data / "orgs" / f"station-{s}.yml").write_text(
            f"id: station-{s}\nname: 合成县第{s}爱心服务站\nlevel: unit\nparent: {counties[s % len(counties)]}\n"
            "place: 合成县\nmaintainers: [bench-admin]\nclaim_approval: review\n",
            encoding="utf-8",
        )
    for n in range(n_pairs):
        station = f"station-{n % STATIONS}"
        (data / "volunteers" / f"mom-{n}.yml").write_text(
            f"id: mom-{n}\nname: 爱心妈妈{n}号\nkind: person\njoined: 2025-12-01\n", encoding="utf-8"
        )
        folder = data / "pairs" / station
        folder.mkdir(parents=True, exist_ok=True)
        pair_id = f"station-{n % STATIONS}-pair-2026-{n // STATIONS + 1:03d}"
        alias = (
            "小" + CHILD_NAMES[(n // STATIONS) % len(CHILD_NAMES)] + ("" if n // STATIONS < len(CHILD_NAMES) else "妹")
        )
        (folder / f"{pair_id}.yml").write_text(_pair(rng, pair_id, station, f"mom-{n}", alias), encoding="utf-8")
    return root


def _orgs(n_wishes: int) -> list[tuple[str, str, str | None]]:
    """(id, level, parent): about one village per 200 wishes, ten villages a township."""
    villages = max(2, n_wishes // 200)
    townships = max(1, villages // 10)
    counties = max(1, townships // 5)
    orgs = [("city-wf", "city", None)]
    orgs += [(f"county-{c}", "county", "city-wf") for c in range(counties)]
    orgs += [(f"town-{t}", "township", f"county-{t % counties}") for t in range(townships)]
    orgs += [(f"village-{v}", "village", f"town-{v % townships}") for v in range(villages)]
    return orgs


def _wish(rng: random.Random, wish_id: str, org: str, chain: list[str], volunteers: int) -> str:
    collected = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    group, band = rng.choice(GROUPS)[0], rng.choice(BANDS)
    # A guardian's consent for children (P632): the child group, or a band starting under 14.
    by = "guardian" if group == "left-behind-child" or band in ("0-5", "6-11", "12-17") else "self"
    lines = [
        f"id: {wish_id}",
        f"title: {rng.choice(TITLES)}",
        f"story: {rng.choice(ALIASES)}家里有困难，希望有人帮一把。这是合成的测试数据，编号 {wish_id}。",
        f"category: {rng.choice(CATEGORIES)[0]}",
        f"beneficiary: {{alias: {rng.choice(ALIASES)}, group: {group}, age_band: {band}, place: 合成县合成镇}}",
        f"org: {org}",
        f"slots: {rng.choice([1, 1, 1, 2, 3])}",
        f"value_yuan: {rng.randrange(50, 2000)}",
        f"deadline: {TODAY + timedelta(days=rng.randrange(-20, 200))}",
        f"collected: {collected}",
        f"consent: {{by: {by}, date: {collected}, recorded_by: {org}}}",
    ]
    stage = rng.random()
    if stage < 0.1:
        return "\n".join(lines) + "\n"
    vetted = collected + timedelta(days=2)
    lines.append(f"vetted: {{date: {vetted}, by: {org}}}")
    escalated = [p for p in chain[1:] if rng.random() < 0.1][:1]
    day = vetted
    if escalated:
        day += timedelta(days=1)
        lines += ["escalations:", f"  - {{date: {day}, to: {chain[1]}}}"]
    if stage < 0.15:
        return "\n".join(lines) + "\n"
    published = min(day + timedelta(days=3), TODAY)
    lines.append(f"published: {published}")
    if stage < 0.45:
        return "\n".join(lines) + "\n"
    claimed = min(published + timedelta(days=rng.randrange(1, 10)), TODAY)
    lines += ["claims:", f"  - {{volunteer: vol-{rng.randrange(volunteers)}, date: {claimed}}}"]
    if stage < 0.55:
        return "\n".join(lines) + "\n"
    if stage < 0.58:
        lines.append(f"withdrawn: {{date: {claimed}, reason: 家庭已迁出本地}}")
    else:
        lines.append(f"fulfilled: {{date: {min(claimed + timedelta(days=7), TODAY)}, note: 已送达}}")
    return "\n".join(lines) + "\n"


def write_program(root: Path, n_wishes: int, seed: int = 0) -> Path:
    """Write ``root/data`` (replacing any) with ``n_wishes`` wishes. Returns ``root``."""
    rng = random.Random(seed)
    data = root / "data"
    if data.exists():
        shutil.rmtree(data)
    for folder in ("orgs", "volunteers", "wishes"):
        (data / folder).mkdir(parents=True)
    (data / "program.yml").write_text(_yaml_program(), encoding="utf-8")
    orgs = _orgs(n_wishes)
    parents = {o: p for o, _, p in orgs}
    for org, level, parent in orgs:
        text = (
            f"id: {org}\nname: {org} 妇联\nlevel: {level}\n"
            + (f"parent: {parent}\n" if parent else "")
            + "place: 合成县\nmaintainers: [bench-admin]\nclaim_approval: auto\n"
        )
        (data / "orgs" / f"{org}.yml").write_text(text, encoding="utf-8")
    volunteers = max(1, n_wishes // 10)
    for v in range(volunteers):
        (data / "volunteers" / f"vol-{v}.yml").write_text(
            f"id: vol-{v}\nname: 志愿者{v}号\ngithub: bench-vol-{v}\nunit: 合成单位\nkind: person\n"
            "joined: 2025-06-01\n",
            encoding="utf-8",
        )
    villages = [o for o, level, _ in orgs if level == "village"]
    for n in range(n_wishes):
        org = villages[n % len(villages)]
        chain = [org]
        while parents[chain[-1]]:
            chain.append(parents[chain[-1]])
        wish_id = f"{org}-2026-{n:05d}"
        folder = data / "wishes" / org
        folder.mkdir(exist_ok=True)
        (folder / f"{wish_id}.yml").write_text(_wish(rng, wish_id, org, chain, volunteers), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("wishes", type=int)
    parser.add_argument("--pairs", type=int, default=0, help="also this many pairs with a year of duties")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_program(args.root, args.wishes, args.seed)
    if args.pairs:
        write_pairs(args.root, args.pairs, args.seed)


if __name__ == "__main__":
    main()
