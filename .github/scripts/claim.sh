#!/usr/bin/env bash
# The claim workflow's steps, run from the BASE branch's checkout with the BASE's xinyuan.
# The pull request's commits are fetched as git objects and never checked out or run.
# Every call to the forge is `xinyuan forge ...`: GitHub, Forgejo or Gitea, as data/program.yml's
# `forge` says (README "在 Forgejo 或 Gitea 上运行").
#
#   claim.sh check N   check pull request N against main; label it; keep one comment updated
#   claim.sh merge N   check N again and land it with `xinyuan merge-claim`, which builds the
#                      merge locally, re-checks exactly that commit against the main it is built
#                      on, and pushes it to main; git refuses the push if main moved meanwhile,
#                      and merge-claim fetches, re-checks and tries again. So claims are
#                      serialised by git, not by the workflow's `concurrency` (which Forgejo and
#                      Gitea ignore): of two claims for the last slot, one lands and the other is
#                      refused and told why. After a merge, start deploy.yml (a push made with
#                      the workflow token starts no workflows)
#   claim.sh sweep     merge every open pull request labelled claim-ok (e.g. claims whose merge
#                      gave up while main kept moving); one failed merge does not stop the
#                      others: the failures are listed and the sweep fails at the end
#
# Nothing checked earlier is trusted: the pull request's base branch and draft state are read
# before every check, and merge-claim reads them and the head commit again right before its
# push; it merges exactly the checked head commit. A pull request aimed at another branch, or a
# draft, loses its claim labels and is never merged.
#
# Needs FORGE_TOKEN, REPO (owner/name) and BASE (the default branch) in the environment.
set -euo pipefail

OUT="${RUNNER_TEMP:-/tmp}/xinyuan-claim"
mkdir -p "$OUT"
MARKER="<!-- xinyuan-claim-check -->"

number() {  # refuse anything but a pull request number
  [[ "$1" =~ ^[0-9]+$ ]] || { echo "not a pull request number: $1" >&2; exit 2; }
  echo "$1"
}

mergeable_target() {  # N aims at $BASE and is no draft, read now; else sets VERDICT and a note
  local n="$1" base draft
  xinyuan forge pr "$n" > "$OUT/pr-$n.json"
  base=$(jq -r .base "$OUT/pr-$n.json")
  draft=$(jq -r .draft "$OUT/pr-$n.json")
  if [[ "$base" != "$BASE" ]]; then
    VERDICT=elsewhere
    note "$n" "这个拉取请求的目标分支不是 $BASE，不会自动检查或合并认领。"
    return 1
  elif [[ "$draft" != false ]]; then
    VERDICT=draft
    note "$n" "这是草稿（draft）拉取请求，不会合并。准备好后点“Ready for review”，会重新检查。"
    return 1
  fi
}

note() {  # the check comment for N when check-pr did not run
  printf '%s\n\n%s\n' "$MARKER" "$2" > "$OUT/comment-$1.md"
}

run_check() {  # fetch N's head and main, run check-pr; sets SHA, AUTHOR, AUTHOR_ID and VERDICT
               # (ok|review|refused or, without running check-pr, elsewhere|draft)
  local n="$1" status=0
  mergeable_target "$n" || return 0
  SHA=$(xinyuan forge fetch "$n" --base "$BASE")
  # The claimant: the author, or for an intake pull request the person who opened the issue.
  AUTHOR=$(jq -r .claimant "$OUT/pr-$n.json")
  AUTHOR_ID=$(jq -r .claimant_id "$OUT/pr-$n.json")
  [[ "$AUTHOR_ID" =~ ^[0-9]+$ ]] || { echo "no numeric user id for pull request $n" >&2; exit 2; }
  # --author-id: a login given up and registered again by someone else is not the same person.
  xinyuan check-pr --base "origin/$BASE" --head "$SHA" --author "$AUTHOR" --author-id "$AUTHOR_ID" \
    --format github --summary-json "$OUT/summary-$n.json" --comment "$OUT/comment-$n.md" || status=$?
  if (( status > 1 )); then exit "$status"; fi
  if [[ $(jq -r .allowed "$OUT/summary-$n.json") != true ]]; then VERDICT=refused
  elif [[ $(jq -r .needs_review "$OUT/summary-$n.json") == true ]]; then VERDICT=review
  else VERDICT=ok; fi
}

report() {  # label N with its verdict (none for elsewhere|draft); create or update the comment
  local n="$1" keep=()
  [[ "$VERDICT" =~ ^(ok|review|refused)$ ]] && keep=(--set "claim-$VERDICT")
  xinyuan forge label "$n" "${keep[@]}"
  xinyuan forge comment "$n" --marker "$MARKER" --body-file "$OUT/comment-$n.md"
}

merge() {
  local n="$1"
  run_check "$n"
  if [[ "$VERDICT" != ok ]]; then
    report "$n"  # e.g. the last slot went to a claim merged just before this one
    return 0
  fi
  # Exactly the checked head commit ($SHA) is merged; merge-claim reads the base, the draft
  # state and the head again right before its push, and labels and comments if it does not merge.
  xinyuan merge-claim --pr "$n" --head "$SHA" --author "$AUTHOR" --author-id "$AUTHOR_ID" --base "$BASE"
  # Pushes made with the workflow token start no workflows: publish the site explicitly.
  xinyuan forge dispatch deploy.yml --ref "$BASE"
}

case "${1:-}" in
  check) n=$(number "$2"); run_check "$n"; report "$n"
         echo "verdict=$VERDICT" >> "${GITHUB_OUTPUT:-/dev/null}" ;;
  merge) merge "$(number "$2")" ;;
  sweep) failed=()
         for n in $(xinyuan forge prs --base "$BASE" --label claim-ok); do
           # A separate bash, so `set -e` still holds inside it (it would not in `if merge`).
           bash "${BASH_SOURCE[0]}" merge "$(number "$n")" || failed+=("$n")
         done
         if (( ${#failed[@]} )); then
           echo "::error::这些认领没有合并成功：$(printf '#%s ' "${failed[@]}")" >&2
           exit 1
         fi ;;
  *) echo "usage: claim.sh check N | merge N | sweep" >&2; exit 2 ;;
esac
