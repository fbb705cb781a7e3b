"""``xinyuan import FILE --org ORG``: wish files from a spreadsheet, all rows or none."""

from __future__ import annotations


import click

from generator.ops import wish_import as importer
from generator.ops import spreadsheet
from generator.ops import free_ids
from generator.ops import changeset
from generator.model.sources import FileSource
from generator.commands.apply import load_repo, refuse
from generator.commands.options import as_date, on_option, repo_option, today_option, today_of


def read_sheet(file: str) -> spreadsheet.Sheet:
    try:
        return spreadsheet.read(file)
    except spreadsheet.SheetError as exc:
        refuse(str(exc))


def _report(errors: list[importer.RowError]) -> None:
    for error in errors:
        click.echo(error.as_text(), err=True)


@click.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--org", required=True, help="征集这些心愿的组织编号。")
@click.option("--alias-from", help="把这一列（如“姓名”）当作称呼导入；每个值仍须像称呼而不是全名。")
@click.option("--place-from", help="把这一列（如“地址”）当作地点导入；每个值仍须只写到乡镇。")
@click.option("--drop", multiple=True, help="不导入这一列（可多次给出），如 --drop 联系电话。")
@click.option("--vetted", is_flag=True, help="表中的心愿都已审核（记为由 --org 审核）。")
@click.option("--skip-bad", is_flag=True, help="跳过有问题的行，其余照常导入。")
@on_option
@repo_option
@today_option
def import_(file, org, alias_from, place_from, drop, vetted, skip_bad, on, root, today):
    """把 Excel（.xlsx）或 CSV 表格中的心愿导入为心愿文件；表头用中文。

    有问题的行逐行逐列列出；只要有一行不合格，就什么也不写（除非加 --skip-bad）。
    """
    today = today_of(today)
    sheet = read_sheet(file)
    repo = load_repo(root, today)
    options = importer.Options(org, as_date(on) or today, alias_from, place_from, tuple(drop), vetted)
    result = importer.plan(sheet, repo.model, free_ids.taken(repo), options)
    checked = None
    if result.files and not (result.errors and not skip_bad):
        checked = importer.check_in_repository(FileSource(root), result, today, repo)
        result.errors += importer.row_errors(result, checked)
    _report(result.errors)
    if any(e.row == 0 for e in result.errors) or (result.errors and not skip_bad):
        refuse("表格有问题（见上），没有导入任何心愿；改好表格再导入，或加 --skip-bad 跳过有问题的行")
    good = {n: f for n, f in result.files.items() if n not in result.bad_rows}
    if good and (checked is None or not checked.ok):  # rows skipped: the rest checked on their own
        checked = importer.check_in_repository(FileSource(root), result, today, repo, result.bad_rows)
        _report(importer.row_errors(result, checked))
        if not checked.ok:
            refuse("其余各行合在一起仍有问题（见上），没有导入任何心愿")
    if good:
        assert checked is not None  # checked above whenever a row is good
        changeset.write(root, checked)
    for number, (path, _) in sorted(good.items()):
        click.echo(f"第 {number} 行 → {path}")
    skipped = f"，跳过 {len(result.bad_rows)} 行" if result.bad_rows else ""
    click.echo(f"导入 {len(good)} 个心愿{skipped}")
