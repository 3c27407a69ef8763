#!/usr/bin/env bash
# The weekly run of every test failed: tell the owner with one GitHub issue, commented on by later
# failures while it stays open, rather than a new issue each week. Run by a job of
# .github/workflows/publish.yml, with GH_TOKEN (issues: write), REPO, RUN_URL and FAILED (the failed
# jobs' names, space-separated). Nothing changed in the repository since the last passing run, so the cause
# is outside it (a new browser, an expired package, a date in a test): the site itself keeps publishing.
set -euo pipefail
: "${REPO:?set REPO to owner/name}" "${RUN_URL:?set RUN_URL to the address of the run}"
TITLE="The weekly check of the site's code failed"
today=${TODAY:-$(date -u +%Y-%m-%d)}
# One name per failed job, with blanks where a job passed: the workflow writes one expression per job.
read -ra jobs <<<"${FAILED:-}"
failed=$(printf '%s, ' "${jobs[@]}")
failed=${failed%, }
failed=${failed:-unknown}

number=$(gh issue list --repo "$REPO" --state open --search "\"${TITLE}\" in:title" --json number --jq '.[0].number // empty')
if [ -n "$number" ]; then
  gh issue comment "$number" --repo "$REPO" --body "It failed again on ${today} (${failed}): ${RUN_URL}"
  echo "Commented on issue #${number}."
  exit 0
fi
gh issue create --repo "$REPO" --title "$TITLE" --body "\
Every Monday GitHub runs all of the site's tests, including those that a content-only push skips. On
${today} some failed (${failed}). The run, with each failure's message: ${RUN_URL}

Your site is not affected for now: it is still published, and content pushes (articles, programmes, the
studio's details) still go live. A change to the code will not be published until the tests pass again.

Please pass this issue to whoever looks after the site's code. Close it once the weekly run passes."
echo "Opened an issue for the owner."
