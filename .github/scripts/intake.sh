#!/usr/bin/env bash
# Turn the issue that triggered the workflow into a branch and a pull request (or a reply).
# Runs on the default branch's checkout; `xinyuan intake` checks the form and writes the files;
# `xinyuan forge ...` talks to the forge (GitHub, Forgejo or Gitea).
# Needs FORGE_TOKEN, REPO, BASE, ISSUE and GITHUB_EVENT_PATH in the environment.
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
  xinyuan forge push "$branch"
  number=$(xinyuan forge open-pr --base "$BASE" --head "$branch" --title "$title" \
             --body-file "$OUT/body.md")
  # Pull requests opened (and branches pushed) with the workflow token start no workflows:
  # run validate.yml on the branch (its check run lands on the pull request's head commit,
  # so a required `validate` check is met) and, for a claim, the claim check that merges it.
  xinyuan forge dispatch validate.yml --ref "$branch"
  if [[ "$branch" == intake/claim-* ]]; then
    xinyuan forge dispatch claim.yml --ref "$BASE" --input pr="$number"
  fi
fi
xinyuan forge comment "$ISSUE" --body-file "$OUT/reply.md"
