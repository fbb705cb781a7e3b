"""The program-made parts of the "提交心愿" issue form: the organisation, category, group, age and
place fields, with dropdowns and examples taken from program.yml and data/orgs/.

GitHub issue forms are static files, so ``xinyuan forms`` rewrites these five fields of
``.github/ISSUE_TEMPLATE/submit-wish.yml`` in place (round-trip YAML: every other field and
comment stays as it is) and ``xinyuan forms --check`` fails when the file is out of step with
the program. Intake reads every one of these fields with the command line's resolvers
(:mod:`generator.model.taxonomy`), so an old form, or a name typed by hand, still works.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from generator.model import vocab
from generator.model.records import Model, Named
from generator.model.taxonomy import band_for_age, names

PATH = ".github/ISSUE_TEMPLATE/submit-wish.yml"
HEADER = (
    "由 `xinyuan forms` 根据 data/program.yml 和 data/orgs/ 生成“组织”“类别”“受助群体”“年龄”“地点”"
    "五项；改了类别、人群、年龄段或组织后重新运行。其余各项可以手改。"
)
LOWEST_FIRST = vocab.LEVELS.ordered(("village", "community", "township", "unit", "county", "city", "province"))


class FormError(ValueError):
    """The form file cannot be read as an issue form (a reason in Chinese)."""


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _example_org(model: Model):
    """An organisation that collects wishes: the first of the lowest tier, by id."""
    orgs = sorted(
        model.orgs.values(), key=lambda o: (LOWEST_FIRST.index(o.level) if o.level in LOWEST_FIRST else 99, o.id)
    )
    return orgs[0] if orgs else None


def _example_age(bands: dict[str, Named]) -> tuple[int, str] | None:
    """An age to show as the example (a school child's, 8, when a band holds it), with its band."""
    for age in (8, *range(0, 120)):
        band = band_for_age(bands, age)
        if band:
            return age, bands[band].name
    return None


def _options(entries: dict[str, Named]) -> list[str]:
    """Dropdown options: the Chinese names (unique, as GitHub requires; the id added when not)."""
    seen = [e.name for e in entries.values()]
    return [e.name if seen.count(e.name) == 1 else f"{e.name}（{e.id}）" for e in entries.values()]


def _field(kind: str, field_id: str, label: str, description: str, options=None) -> CommentedMap:
    attributes = CommentedMap([("label", label), ("description", description)])
    if options is not None:
        attributes["options"] = options
    return CommentedMap(
        [
            ("type", kind),
            ("id", field_id),
            ("attributes", attributes),
            ("validations", CommentedMap([("required", True)])),
        ]
    )


def fields(model: Model) -> dict[str, CommentedMap]:
    """The generated form fields by id."""
    program, org = model.settings, _example_org(model)
    org_example = f"例如“{org.name}”或 {org.id}" if org else "例如 data/orgs/ 下的文件名"
    age = _example_age(program.age_bands)
    age_example = f"例如 {age[0]}（会归入“{age[1]}”）；" if age else ""
    place = f"，例如“{org.place}”" if org and org.place else ""
    return {
        "org": _field("input", "org", "组织", f"征集这个心愿的组织，写名称或编号，{org_example}。"),
        "category": _field("dropdown", "category", "类别", "心愿属于哪一类。", _options(program.categories)),
        "group": _field("dropdown", "group", "受助群体", "受助人属于哪个人群。", _options(program.groups)),
        "age_band": _field(
            "input",
            "age_band",
            "年龄",
            f"受助人的年龄（周岁），{age_example}也可以写年龄段：{names(program.age_bands)}。不要写出生日期。",
        ),
        "place": _field("input", "place", "地点", f"只写到县、乡镇{place}。"),
    }


def refreshed(text: str, model: Model) -> str:
    """The form's text with the generated fields replaced (a missing one is added at the end)."""
    yaml = _yaml()
    try:
        form = yaml.load(text)
    except Exception as exc:  # ruamel raises many kinds; any of them means "not readable"
        raise FormError(f"{PATH} 不是有效的 YAML：{exc}") from exc
    if not isinstance(form, CommentedMap) or not isinstance(form.get("body"), list):
        raise FormError(f"{PATH} 不是议题表单（缺少 body 列表）")
    body, made = form["body"], fields(model)
    positions = {item.get("id"): i for i, item in enumerate(body) if isinstance(item, dict)}
    for field_id, item in made.items():
        if field_id in positions:
            body[positions[field_id]] = item
        else:
            body.append(item)
    out = io.StringIO()
    yaml.dump(form, out)
    text = out.getvalue()
    return text if HEADER in text else f"# {HEADER}\n{text}"
