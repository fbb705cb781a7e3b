"""``xinyuan import-pairs FILE``: pair files from a pairing sheet (结对表), all rows or none."""

from __future__ import annotations

import click

from generator.model import vocab
from generator.ops import wish_import as importer
from generator.ops import pair_import
from generator.ops import changeset
from generator.model.sources import FileSource
from generator.ops import free_ids
from generator.commands.apply import load_repo, refuse
from generator.commands.importer import _report, read_sheet
from generator.commands.options import as_date, on_option, repo_option, today_option, today_of


@click.command(name="import-pairs")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--org", help="建立结对的组织或服务站（表中没有“服务站”列时必填）。")
@click.option(
    "--consent",
    type=click.Choice(vocab.PAIR_CONSENTERS.values),
    help="表中没有“同意”列时：结对表由谁签字同意（孩子须由监护人 guardian）。",
)
@click.option("--alias-from", help="把这一列（如“姓名”）当作称呼导入；每个值仍须像称呼而不是全名。")
@click.option("--place-from", help="把这一列（如“地址”）当作地点导入；每个值仍须只写到乡镇。")
@click.option("--drop", multiple=True, help="不导入这一列（可多次给出），如 --drop 联系电话。")
@on_option
@repo_option
@today_option
def import_pairs(file, org, consent, alias_from, place_from, drop, on, root, today):
    """把结对表（Excel 或 CSV）导入为结对文件；表头用中文：志愿者、称呼、人群、年龄段、地点、结对日期、服务站。

    和心愿导入一样先过隐私关：含姓名、电话、证件、住址的列拒绝导入，每个格子都检查；
    有一行不合格就什么也不写。

    \b
    例：xinyuan import-pairs 结对表.xlsx --consent guardian
    """
    today = today_of(today)
    sheet = read_sheet(file)
    repo = load_repo(root, today)
    if repo.model.settings.pairing is None:
        refuse("项目没有设置结对：先在 program.yml 中写 pairing 和 pairing_duties")
    options = pair_import.PairOptions(org, consent, as_date(on) or today, alias_from, place_from, tuple(drop))
    result = pair_import.plan(sheet, repo.model, free_ids.taken(repo), options)
    if result.files and not result.errors:
        checked = importer.check_in_repository(FileSource(root), result, today, repo)
        result.errors += importer.row_errors(result, checked)
    _report(result.errors)
    if result.errors:
        refuse("结对表有问题（见上），没有导入任何结对；改好表格再导入")
    if result.files:
        changeset.write(root, checked)
    for number, (path, _) in sorted(result.files.items()):
        click.echo(f"第 {number} 行 → {path}")
    click.echo(f"导入 {len(result.files)} 个结对")
