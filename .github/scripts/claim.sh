#!/usr/bin/env bash
# The claim workflow's steps, run from the BASE branch's checkout with the BASE's xinyuan.
# The pull request's commits are fetched as git objects and never checked out or run.
#
#   claim.sh check N   check pull request N against main; label it; keep one comment updated
#   claim.sh merge N   re-check N against the current main and merge it if it is an auto claim;
#                      after a merge, start deploy.yml (a merge made with the workflow token
#                      starts no workflows, so the push to main would not publish the site)
#   claim.sh sweep     merge every open pull request labelled claim-ok (runs whose turn was
#                      superseded in the concurrency queue); one failed merge does not stop
#                      the others: the failures are listed and the sweep fails at the end
#
# Nothing checked earlier is trusted: the pull request's base branch and draft state are read
# before every check and again just before the merge, whose head commit is pinned. A pull
# request aimed at another branch, or a draft, loses its claim labels and is never merged.
#
# Needs GH_TOKEN, REPO (owner/name) and BASE (the default branch) in the environment.
set -euo pipefail

OUT="${RUNNER_TEMP:-/tmp}/xinyuan-claim"
mkdir -p "$OUT"
LABELS=(claim-ok claim-review claim-refused)

number() {  # refuse anything but a pull request number
  [[ "$1" =~ ^[0-9]+$ ]] || { echo "not a pull request number: $1" >&2; exit 2; }
  echo "$1"
}

author_of() {  # prints "login id": the author's login and GitHub's numeric user id
  # Intake pull requests are opened by the workflow from a branch of this repository named
  # intake/claim-<issue>-<wish>; their author is the person who opened the issue.
  local n="$1" login id branch own issue
  login=$(gh pr view "$n" --repo "$REPO" --json author --jq .author.login)
  id=$(gh api "repos/$REPO/pulls/$n" --jq .user.id)
  branch=$(gh pr view "$n" --repo "$REPO" --json headRefName --jq .headRefName)
  own=$(gh pr view "$n" --repo "$REPO" --json isCrossRepository --jq .isCrossRepository)
  if [[ "$login" == "app/github-actions" || "$login" == "github-actions" ]] && [[ "$own" == false ]] \
      && [[ "$branch" =~ ^intake/claim-([0-9]+)- ]]; then
    issue="${BASH_REMATCH[1]}"
    login=$(gh issue view "$issue" --repo "$REPO" --json author --jq .author.login)
    id=$(gh api "repos/$REPO/issues/$issue" --jq .user.id)
  fi
  [[ "$id" =~ ^[0-9]+$ ]] || { echo "no numeric user id for pull request $n" >&2; exit 2; }
  echo "$login $id"
}

mergeable_target() {  # N aims at $BASE and is no draft, read now; else sets VERDICT and a note
  local n="$1" state base draft
  state=$(gh pr view "$n" --repo "$REPO" --json baseRefName,isDraft \
            --jq '"\(.baseRefName) \(.isDraft)"')
  read -r base draft <<< "$state"
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
  printf '%s\n\n%s\n' "<!-- xinyuan-claim-check -->" "$2" > "$OUT/comment-$1.md"
}

run_check() {  # fetch N's head and main, run check-pr; sets SHA and VERDICT (ok|review|refused
               # or, without running check-pr, elsewhere|draft)
  local n="$1"
  mergeable_target "$n" || return 0
  # The checkout kept no credentials; this one fetch gets the token (private repositories).
  git -c "http.https://github.com/.extraheader=AUTHORIZATION: basic $(printf 'x-access-token:%s' \
      "$GH_TOKEN" | base64 -w0)" fetch --no-tags --force origin \
    "+refs/heads/$BASE:refs/remotes/origin/$BASE" "+refs/pull/$n/head:refs/remotes/pr/$n"
  SHA=$(git rev-parse "refs/remotes/pr/$n")
  local author author_id status=0
  read -r author author_id <<<"$(author_of "$n")"
  # --author-id: a login given up and registered again by someone else is not the same person.
  xinyuan check-pr --base "origin/$BASE" --head "$SHA" --author "$author" --author-id "$author_id" --format github \
    --summary-json "$OUT/summary-$n.json" --comment "$OUT/comment-$n.md" || status=$?
  if (( status > 1 )); then exit "$status"; fi
  if [[ $(jq -r .allowed "$OUT/summary-$n.json") != true ]]; then VERDICT=refused
  elif [[ $(jq -r .needs_review "$OUT/summary-$n.json") == true ]]; then VERDICT=review
  else VERDICT=ok; fi
}

report() {  # label N with its verdict (none for elsewhere|draft); create or update the comment
  local n="$1" id label keep=()
  for label in "${LABELS[@]}"; do
    gh label create "$label" --repo "$REPO" --force >/dev/null
  done
  [[ " ${LABELS[*]} " == *" claim-$VERDICT "* ]] && keep=(--add-label "claim-$VERDICT")
  gh pr edit "$n" --repo "$REPO" "${keep[@]}" \
    --remove-label "$(printf '%s\n' "${LABELS[@]}" | grep -vx "claim-$VERDICT" | paste -sd,)"
  id=$(gh api "repos/$REPO/issues/$n/comments" --paginate \
    --jq '[.[] | select(.user.type == "Bot" and (.body | contains("<!-- xinyuan-claim-check -->")))][0].id // empty')
  if [[ -n "$id" ]]; then
    gh api --method PATCH "repos/$REPO/issues/comments/$id" -F "body=@$OUT/comment-$n.md" >/dev/null
  else
    gh pr comment "$n" --repo "$REPO" --body-file "$OUT/comment-$n.md"
  fi
}

merge() {
  local n="$1"
  run_check "$n"
  # Read the base and draft state again: the check took a while, and a pull request can be
  # retargeted at any time (GitHub's merge call pins the head commit, not the base).
  if [[ "$VERDICT" == ok ]] && mergeable_target "$n"; then
    # --match-head-commit: nothing pushed after this check can slip into the merge.
    gh pr merge "$n" --repo "$REPO" --squash --match-head-commit "$SHA"
    # Pushes made with github.token start no workflows: publish the site explicitly.
    gh workflow run deploy.yml --repo "$REPO" --ref "$BASE"
  else
    report "$n"  # e.g. the last slot went to a claim merged just before this one
  fi
}

case "${1:-}" in
  check) n=$(number "$2"); run_check "$n"; report "$n"
         echo "verdict=$VERDICT" >> "${GITHUB_OUTPUT:-/dev/null}" ;;
  merge) merge "$(number "$2")" ;;
  sweep) failed=()
         for n in $(gh pr list --repo "$REPO" --base "$BASE" --state open --label claim-ok \
                      --limit 1000 --json number --jq '.[].number'); do
           # A separate bash, so `set -e` still holds inside it (it would not in `if merge`).
           bash "${BASH_SOURCE[0]}" merge "$(number "$n")" || failed+=("$n")
         done
         if (( ${#failed[@]} )); then
           echo "::error::这些认领没有合并成功：$(printf '#%s ' "${failed[@]}")" >&2
           exit 1
         fi ;;
  *) echo "usage: claim.sh check N | merge N | sweep" >&2; exit 2 ;;
esac
