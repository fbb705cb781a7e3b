"""Two volunteer records carry the same GitHub login (``github``), compared without case.

Why: a pull request is tied to its author's volunteer record by the login; with two records
the claim check could not tell which one is theirs, and points would be split between them.

Fix: keep one record per person; move the claims of the other record to it and delete it.
"""


def check(repo):
    first = {}
    for volunteer in sorted(repo.model.volunteers.values(), key=lambda v: v.doc.path):
        if not volunteer.github:
            continue  # a volunteer without a GitHub account claims through a maintainer
        login = volunteer.github.lower()
        if login in first:
            yield volunteer.doc.problem(("github",), "I306",
                                        f"GitHub 用户名 “{volunteer.github}” 已用于 {first[login]}",
                                        "一人只保留一个志愿者记录")
        else:
            first[login] = volunteer.doc.path
