"""``xinyuan codeowners``: owners follow the policy, and ``--check`` notices a stale file."""

from __future__ import annotations

from claims_repo import make_repo
from click.testing import CliRunner

from generator.cli import main


def invoke(repo, *args):
    return CliRunner().invoke(main, ["codeowners", "--repo", str(repo.root), *args])


def test_owners_follow_the_org_tree(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert invoke(repo).exit_code == 0
    lines = repo.read(".github/CODEOWNERS").splitlines()
    assert "* @city-admin" in lines
    assert "/data/orgs/village-a.yml @town-admin @city-admin" in lines
    assert "/data/orgs/city-wf.yml @city-admin" in lines
    assert "/data/wishes/village-r/ @review-admin @town-admin @city-admin" in lines
    assert lines.index("* @city-admin") < lines.index("/data/wishes/village-a/ @village-admin @town-admin @city-admin")


def test_check_fails_when_missing_or_stale_and_passes_when_fresh(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert invoke(repo, "--check").exit_code == 1
    invoke(repo)
    assert invoke(repo, "--check").exit_code == 0
    repo.write(
        {
            "data/orgs/village-a.yml": repo.read("data/orgs/village-a.yml").replace(
                "[village-admin]", "[village-admin, helper-gh]"
            )
        }
    )
    assert invoke(repo, "--check").exit_code == 1
