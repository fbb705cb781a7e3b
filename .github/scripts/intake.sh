#!/usr/bin/env bash
# Turn the issue that triggered the workflow into a branch and a pull request (or a reply).
# Runs on the default branch's checkout; `xinyuan intake` checks the form and writes the files.
# Needs GH_TOKEN, REPO, BASE, ISSUE and GITHUB_EVENT_PATH in the environment.
set -euo pipefail

OUT="${RUNNER_TEMP:-/tmp}/xinyuan-intake"
mkdir -p "$OUT"
[[ "$ISSUE" =~ ^[0-9]+$ ]] || { echo "not an issue number" >&2; exit 2; }
status=0
xinyuan intake --event "$GITHUB_EVENT_PATH" --repo . --reply "$OUT/reply.md" \
  --output "$OUT/intake.json" || status=$?
if (( status > 1 )); then exit "$status"; fi

if (( status == 0 )); then
  branch=$(jq -r .branch "$OUT/intake.json")
  title=$(jq -r .title "$OUT/intake.json")
  jq -r .body "$OUT/intake.json" > "$OUT/body.md"
  git switch --quiet -c "$branch"
  jq -r '.paths[]' "$OUT/intake.json" | xargs -d '\n' git add --
  git -c user.name="github-actions[bot]" \
      -c user.email="41898282+github-actions[bot]@users.noreply.github.com" commit -q -m "$title"
  git -c "http.https://github.com/.extraheader=AUTHORIZATION: basic $(printf 'x-access-token:%s' \
      "$GH_TOKEN" | base64 -w0)" push --quiet origin "HEAD:refs/heads/$branch"
  url=$(gh pr create --repo "$REPO" --base "$BASE" --head "$branch" --title "$title" \
          --body-file "$OUT/body.md")
  # Pull requests opened with the workflow token start no workflows: ask for the claim check.
  if [[ "$branch" == intake/claim-* ]]; then
    gh workflow run claim.yml --repo "$REPO" --ref "$BASE" -f pr="${url##*/}"
  fi
fi
gh issue comment "$ISSUE" --repo "$REPO" --body-file "$OUT/reply.md"
