"""心愿写的结对（``pair``）不存在，或者不是这个心愿的孩子的结对。

结对孩子的心愿写上结对编号（``pair: 结对编号``）：发布时先交给结对的志愿者，圆梦后算作结对
“圆一个心愿”的职责。结对编号要是 ``data/pairs/`` 中某个结对文件的编号，心愿的受助人称呼也要
和结对记录里的称呼相同。

下面的例子里，``qingshan-pair-2026-004`` 是另一个孩子（小勇）的结对。

示例（出错）::

    pair: qingshan-pair-2026-004
    beneficiary: {alias: 小青, group: left-behind-child, age_band: 6-11, place: 云岭县桃溪乡}

示例（正确）::

    pair: qingshan-pair-2026-005
    beneficiary: {alias: 小青, group: left-behind-child, age_band: 6-11, place: 云岭县桃溪乡}

改法：写孩子所在结对的编号（``xinyuan`` 不会猜），或者删去 ``pair`` 这一行。
"""

from generator.model.codes import Code
from generator.rules.references import unknown


def check(repo):
    pairs = repo.model.pairs
    for wish in repo.model.wishes.values():
        if not wish.pair or wish.pair in repo.broken:
            continue
        pair = pairs.get(wish.pair)
        if pair is None:
            yield unknown(wish.doc, ("pair",), wish.pair, pairs, Code.R435, "结对", "data/pairs/")
        elif wish.alias and wish.alias != pair.alias:
            yield wish.doc.problem(
                ("pair",),
                Code.R435,
                f"结对 {pair.id} 的孩子是 “{pair.alias}”，心愿的受助人是 “{wish.alias}”",
                "写受助孩子所在结对的编号",
            )
