"""More active claims than the wish has slots.

``slots`` says how many claimants may share a wish (1 for a "1+1" wish, N for "N+1"). A
released claim frees its slot.

Why: two volunteers would each buy the same wheelchair. This is also the "last-slot race": two
claim pull requests, each valid alone, merged one after the other.

Fix: remove the later claim (the volunteer can pick another open wish), or raise ``slots`` if
the organisation really wants more claimants.
"""


def check(repo):
    for wish in repo.model.wishes.values():
        active = [i for i, c in enumerate(wish.claims) if c.active]
        for i in active[wish.slots:]:
            yield wish.doc.problem(("claims", i), "L503",
                                   f"认领人数超过名额（slots: {wish.slots}，有效认领 {len(active)} 个）",
                                   "删去多出的认领，或请组织调整 slots")
