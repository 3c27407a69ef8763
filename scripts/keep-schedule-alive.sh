#!/usr/bin/env bash
# Keep the daily rebuild running. GitHub disables the scheduled workflows of a public repository after
# 60 days without activity, silently: dated calls to action and scheduled articles would stop appearing.
# Run by the scheduled job of .github/workflows/publish.yml, with GH_TOKEN and REPO set. When main's
# last commit is WARN_AFTER_DAYS old or more it
#   1. re-enables the workflow through GitHub's REST API (PUT .../actions/workflows/<file>/enable),
#      which in practice restarts the 60 days; GitHub does not document that it does, so also
#   2. opens one issue telling the owner the date the schedule would stop and how to keep it
#      (GitHub emails the repository's watchers about new issues), and prints a warning in the run.
set -euo pipefail

WARN_AFTER_DAYS=${WARN_AFTER_DAYS:-45}
WORKFLOW_FILE=${WORKFLOW_FILE:-publish.yml}
: "${REPO:?set REPO to owner/name}"
TITLE_START="The daily rebuild stops"

last=$(git log -1 --format=%ct)
now=${NOW:-$(date +%s)}
days=$(( (now - last) / 86400 ))
echo "The last commit on this branch is ${days} days old."
if (( days < WARN_AFTER_DAYS )); then
  exit 0
fi
stops=$(date -u -d "@$(( last + 60 * 86400 ))" +%Y-%m-%d)
echo "::warning title=Daily rebuild::No commit for ${days} days: GitHub may disable the daily rebuild on ${stops}. Push any change, or see the open issue."

if ! gh api --method PUT "repos/${REPO}/actions/workflows/${WORKFLOW_FILE}/enable"; then
  echo "::warning::Could not re-enable ${WORKFLOW_FILE} through the API; the issue is the fallback."
fi

open=$(gh issue list --repo "$REPO" --state open --search "\"${TITLE_START}\" in:title" --json number --jq length)
if [[ "$open" != "0" ]]; then
  echo "An issue about it is already open."
  exit 0
fi
gh issue create --repo "$REPO" --title "${TITLE_START} on ${stops} unless something is pushed" --body "\
Nothing has been pushed to this repository for ${days} days. GitHub disables scheduled workflows in a
public repository after 60 days without activity, so the daily rebuild (Actions → Publish), which opens
dated calls to action and publishes scheduled articles on their day, may stop on ${stops}.

To keep it running, do any one of these:

- push any change (a new article, a fixed typo);
- or, if it has already stopped, open **Actions → Publish** and press **Enable workflow**.

This workflow has also asked GitHub to keep the schedule enabled. Close this issue once done."
echo "Opened an issue for the owner."
