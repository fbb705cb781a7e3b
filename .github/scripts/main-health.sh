#!/usr/bin/env bash
# Validate main. When invalid: open or update the one "主分支数据校验失败" issue and fail (so the
# deploy job does not publish). When valid again: close that issue.
# The issue is found by its label, which no issue form applies (a test checks that) and only
# maintainers and the bot can set, AND by its author, the workflow bot (--by-bot); never by its
# title, which anyone can give their own issue to receive and close these reports.
# Needs FORGE_TOKEN, REPO and SHA in the environment.
set -euo pipefail

TITLE="主分支数据校验失败，网站暂停更新"
LABEL=xinyuan-main-invalid
OUT="${RUNNER_TEMP:-/tmp}/main-health.md"
status=0
problems=$(xinyuan validate --format text 2>/dev/null) || status=$?
found=$(xinyuan forge issue find --label "$LABEL" --state open --by-bot)
issue="${found%% *}"

if (( status == 0 )); then
  if [[ -n "$issue" ]]; then
    xinyuan forge issue close "$issue" --comment "提交 $SHA 已通过校验，网站恢复更新。"
  fi
  exit 0
fi

{
  echo "主分支的提交 $SHA 没有通过校验，网站没有发布这个版本（仍显示上一个有效版本）。"
  echo "请修正下列问题："
  echo "（怎样读和改这些问题，见管理员手册《网站不更新了怎么办》：网站上的 guide/troubleshooting/ 页。）"
  echo
  echo '```'
  echo "$problems" | head -n 200
  echo '```'
} > "$OUT"
if [[ -n "$issue" ]]; then
  xinyuan forge comment "$issue" --body-file "$OUT"
else
  xinyuan forge issue create --title "$TITLE" --label "$LABEL" --color B60205 \
    --description "xinyuan：主分支数据校验失败（机器人维护）" --body-file "$OUT"
fi
echo "::error::主分支数据校验失败，未发布网站"
exit 1
