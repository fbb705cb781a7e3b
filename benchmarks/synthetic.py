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
CATEGORIES = [("add-an-item", "我为困难群众添一物", "material"), ("give-a-skill", "送一技", "service"),
              ("fix-a-yard", "送一院", "service"), ("study-aid", "助一学", "material"),
              ("keep-company", "陪一程", "service")]
GROUPS = [("left-behind-child", "留守儿童"), ("elderly-alone", "空巢老人"), ("disabled", "残障人士"),
          ("woman-in-difficulty", "困难妇女"), ("poor-household", "困难群众"), ("seriously-ill", "重病患者")]
BANDS = ["0-5", "6-11", "12-17", "18-39", "40-59", "60-69", "70-79", "80-up"]
TITLES = ["一个印有卡通图案的书包", "一台血压计", "一根拐杖", "一件棉衣", "陪老人聊聊天", "修好堂屋的电灯",
          "一套课外书", "一双旱冰鞋", "帮忙买米面油", "一台轮椅", "收割时搭把手", "一次免费眼科检查"]
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
    lines = [f"id: {wish_id}", f"title: {rng.choice(TITLES)}",
             f"story: {rng.choice(ALIASES)}家里有困难，希望有人帮一把。这是合成的测试数据，编号 {wish_id}。",
             f"category: {rng.choice(CATEGORIES)[0]}",
             f"beneficiary: {{alias: {rng.choice(ALIASES)}, group: {group}, "
             f"age_band: {band}, place: 合成县合成镇}}",
             f"org: {org}", f"slots: {rng.choice([1, 1, 1, 2, 3])}", f"value_yuan: {rng.randrange(50, 2000)}",
             f"deadline: {TODAY + timedelta(days=rng.randrange(-20, 200))}",
             f"collected: {collected}", f"consent: {{by: {by}, date: {collected}, recorded_by: {org}}}"]
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
        text = (f"id: {org}\nname: {org} 妇联\nlevel: {level}\n" + (f"parent: {parent}\n" if parent else "")
                + "place: 合成县\nmaintainers: [bench-admin]\nclaim_approval: auto\n")
        (data / "orgs" / f"{org}.yml").write_text(text, encoding="utf-8")
    volunteers = max(1, n_wishes // 10)
    for v in range(volunteers):
        (data / "volunteers" / f"vol-{v}.yml").write_text(
            f"id: vol-{v}\nname: 志愿者{v}号\ngithub: bench-vol-{v}\nunit: 合成单位\nkind: person\n"
            "joined: 2025-06-01\n", encoding="utf-8")
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
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_program(args.root, args.wishes, args.seed)


if __name__ == "__main__":
    main()
