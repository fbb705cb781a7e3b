#!/usr/bin/env bash
# Validate main. When invalid: open or update the one "主分支数据校验失败" issue and fail (so the
# deploy job does not publish). When valid again: close that issue.
# The issue is found by its label, which no issue form applies (a test checks that) and only
# maintainers and the bot can set, AND by its author, the workflow bot; never by its title,
# which anyone can give their own issue to receive and close these reports.
# Needs GH_TOKEN, REPO and SHA in the environment.
set -euo pipefail

TITLE="主分支数据校验失败，网站暂停更新"
LABEL=xinyuan-main-invalid
BOT='.author.login == "app/github-actions" or (.author.login == "github-actions" and .author.is_bot)'
OUT="${RUNNER_TEMP:-/tmp}/main-health.md"
status=0
problems=$(xinyuan validate --format text 2>/dev/null) || status=$?
issue=$(gh issue list --repo "$REPO" --state open --label "$LABEL" --limit 100 \
          --json number,author --jq "[.[] | select($BOT)][0].number // empty")

if (( status == 0 )); then
  if [[ -n "$issue" ]]; then
    gh issue close "$issue" --repo "$REPO" --comment "提交 $SHA 已通过校验，网站恢复更新。"
  fi
  exit 0
fi

{
  echo "主分支的提交 $SHA 没有通过校验，网站没有发布这个版本（仍显示上一个有效版本）。"
  echo "常见原因：两个认领同时合并，心愿的认领人数超过名额（L503）。请修正下列问题："
  echo "（怎样读和改这些问题，见管理员手册《网站不更新了怎么办》：网站上的 guide/troubleshooting/ 页。）"
  echo
  echo '```'
  echo "$problems" | head -n 200
  echo '```'
} > "$OUT"
if [[ -n "$issue" ]]; then
  gh issue comment "$issue" --repo "$REPO" --body-file "$OUT"
else
  gh label create "$LABEL" --repo "$REPO" --force --color B60205 \
    --description "xinyuan：主分支数据校验失败（机器人维护）" >/dev/null
  gh issue create --repo "$REPO" --title "$TITLE" --label "$LABEL" --body-file "$OUT"
fi
echo "::error::主分支数据校验失败，未发布网站"
exit 1
