#!/usr/bin/env bash
# Content or code? The first job of .github/workflows/publish.yml runs this to decide whether the test jobs
# run (code) or the site is only built and published (content), and writes kind=content|code to
# $GITHUB_OUTPUT. Needs git history (checkout with fetch-depth: 0), Python with PyYAML, and for pushes and
# daily runs `gh` with GH_TOKEN (actions: read) and REPO.
#
#   EVENT=push               the pushed commits, from BEFORE to HEAD, classified by src/studio/project/changes.py
#   EVENT=pull_request       the pull request, from PR_BASE to HEAD, likewise
#   EVENT=schedule           the daily rebuild (content), or with WEEKLY=true the weekly run of every test
#   EVENT=workflow_dispatch  run by hand: every test
#
# A content push skips the tests on the strength of the commit before it. That commit must itself have
# passed a run of this workflow (a push whose tests failed, or that is still running, deployed nothing),
# else a typo fix pushed after a failing code change would publish that change untested.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${EVENT:?set EVENT to the GitHub event name}" "${HEAD:?set HEAD to the commit being built}"
PYTHON=${PYTHON:-python}
WORKFLOW_FILE=${WORKFLOW_FILE:-publish.yml}

classify() {
  # The classifier's answer and its reasons (one line per changed path) go to the log; any failure is code.
  local verdict
  if verdict=$(PYTHONPATH=src "$PYTHON" -m studio.project.changes --summary --explain "$1" "$2"); then
    printf '%s\n' "$verdict" | tail -n +3
    kind=$(head -n 1 <<<"$verdict")
    why="$(sed -n 2p <<<"$verdict")"
  else
    kind=code
    why="the classifier failed (its message is above)"
  fi
}

passed_a_run() {
  # Whether a push, daily or by-hand run of this workflow (not a pull request's) succeeded on the commit.
  local count
  count=$(gh api "repos/${REPO:?set REPO to owner/name}/actions/workflows/${WORKFLOW_FILE}/runs?head_sha=$1&status=success&per_page=20" \
            --jq '[.workflow_runs[] | select(.event != "pull_request")] | length') || {
    echo "::warning::Could not ask GitHub whether ${1:0:7} passed; running every test."
    return 1
  }
  [ "${count:-0}" -gt 0 ]
}

kind=code
why=''
case $EVENT in
  push)
    if [ -z "${BEFORE//0/}" ] || passed_a_run "$BEFORE"; then
      classify "$BEFORE" "$HEAD"
    else
      why="the commit before this push, ${BEFORE:0:7}, has not passed a run of this workflow"
    fi
    ;;
  pull_request)
    classify "${PR_BASE:?set PR_BASE to the base commit of the pull request}" "$HEAD"
    ;;
  schedule)
    if [ "${WEEKLY:-false}" = true ]; then
      why="the weekly run of every test"
    elif passed_a_run "$HEAD"; then
      kind=content
      why="the daily rebuild of ${HEAD:0:7}, which has passed"
    else
      why="the daily rebuild of ${HEAD:0:7}, which has not passed a run yet"
    fi
    ;;
  workflow_dispatch) why="run by hand" ;;
  *) why="a $EVENT event" ;;
esac

if [ "$kind" = content ]; then
  echo "Content only ($why): build and publish, no tests."
else
  echo "Code ($why): every test runs."
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "kind=$kind" >>"$GITHUB_OUTPUT"
fi
