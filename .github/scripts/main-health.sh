#!/usr/bin/env bash
# Validate main. When invalid: open or update the one "主分支数据校验失败" issue and fail (so the
# deploy job does not publish). When valid again: close that issue.
# Needs GH_TOKEN, REPO and SHA in the environment.
set -euo pipefail

TITLE="主分支数据校验失败，网站暂停更新"
OUT="${RUNNER_TEMP:-/tmp}/main-health.md"
status=0
problems=$(xinyuan validate --format text 2>/dev/null) || status=$?
issue=$(gh issue list --repo "$REPO" --state open --search "in:title $TITLE" \
          --json number,title --jq "[.[] | select(.title == \"$TITLE\")][0].number // empty")

if (( status == 0 )); then
  if [[ -n "$issue" ]]; then
    gh issue close "$issue" --repo "$REPO" --comment "提交 $SHA 已通过校验，网站恢复更新。"
  fi
  exit 0
fi

{
  echo "主分支的提交 $SHA 没有通过校验，网站没有发布这个版本（仍显示上一个有效版本）。"
  echo "常见原因：两个认领同时合并，心愿的认领人数超过名额（L503）。请修正下列问题："
  echo
  echo '```'
  echo "$problems" | head -n 200
  echo '```'
} > "$OUT"
if [[ -n "$issue" ]]; then
  gh issue comment "$issue" --repo "$REPO" --body-file "$OUT"
else
  gh issue create --repo "$REPO" --title "$TITLE" --body-file "$OUT"
fi
echo "::error::主分支数据校验失败，未发布网站"
exit 1
