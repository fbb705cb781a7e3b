"""心愿在圆梦或撤回之后又被上报。

心愿发布后仍可逐级上报（村里办不了的交给乡镇，心愿留在清单上，改由上级承办），但已经圆梦
或撤回的心愿不再需要谁来承办。

示例（出错）::

    escalations:
      - {date: 2026-03-06, to: shimen-town}
      - {date: 2026-03-09, to: yunling-wf}
      - {date: 2026-04-10, to: qingxi-wf}
    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

示例（正确）::

    escalations:
      - {date: 2026-03-06, to: shimen-town}
      - {date: 2026-03-09, to: yunling-wf}
      - {date: 2026-03-11, to: qingxi-wf}
    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

改法：核对日期（常见是月份写错）；如果心愿确实已经圆梦或撤回，删去这条上报记录。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        closed = min(filter(None, (wish.fulfilled, wish.withdrawn)), default=None)
        if closed is None:
            continue
        what = "圆梦" if closed == wish.fulfilled else "撤回"
        for i, step in enumerate(wish.escalations):
            if step.date > closed:
                yield wish.doc.problem(
                    ("escalations", i, "date"),
                    Code.L530,
                    f"上报日期 {step.date} 晚于{what}日期 {closed}",
                    f"已{what}的心愿不再上报：核对日期，或删去这条上报记录",
                )
