"""The scheduled job that keeps GitHub from silently disabling the daily rebuild after 60 quiet days."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from sitecopy import ROOT

pytestmark = pytest.mark.deploy
SCRIPT = ROOT / "scripts" / "keep-schedule-alive.sh"
DAY = 86400
NOW = 1_800_000_000  # 2027-01-15 08:00 UTC; the last commit is 50 days before it
FAKE_GH = """#!/usr/bin/env bash
echo "$*" >> "$GH_LOG"
if [[ "$1 $2" == "issue list" ]]; then echo "${OPEN_ISSUES:-0}"; fi
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose last commit is 50 days before NOW, and a fake `gh` that records its calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH)
    (bin_dir / "gh").chmod(0o755)
    work = tmp_path / "repo"
    work.mkdir()
    stamp = f"@{NOW - 50 * DAY} +0000"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp, "GIT_AUTHOR_NAME": "Owner",
           "GIT_AUTHOR_EMAIL": "o@example.com", "GIT_COMMITTER_NAME": "Owner", "GIT_COMMITTER_EMAIL": "o@example.com"}
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run(["git", "-C", str(work), "commit", "-q", "--allow-empty", "-m", "old"], check=True, env=env)
    return work


def _run(repo: Path, **extra: str) -> tuple[subprocess.CompletedProcess, list[str], str]:
    log = repo.parent / "gh.log"
    env = {**os.environ, "PATH": f"{repo.parent / 'bin'}:{os.environ['PATH']}", "GH_LOG": str(log),
           "REPO": "owner/studio", "NOW": str(NOW), **extra}
    result = subprocess.run(["bash", str(SCRIPT)], cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    # One call per line; an issue body's own lines stay with its call.
    text = log.read_text() if log.exists() else ""
    return result, [c for c in text.split("\n") if c.startswith(("api ", "issue "))], text


def test_after_45_quiet_days_it_re_enables_and_opens_one_issue(repo):
    result, calls, text = _run(repo)
    assert result.returncode == 0, result.stderr
    assert "The last commit on this branch is 50 days old." in result.stdout
    assert ("::warning title=Daily rebuild::No commit for 50 days: GitHub may disable the daily rebuild on "
            "2027-01-25.") in result.stdout
    assert len(calls) == 3
    assert calls[0] == "api --method PUT repos/owner/studio/actions/workflows/publish.yml/enable"
    assert calls[1].startswith("issue list --repo owner/studio --state open")
    assert calls[2].startswith("issue create --repo owner/studio --title The daily rebuild stops on 2027-01-25 "
                               "unless something is pushed --body Nothing has been pushed to this repository for 50 days.")
    assert "press **Enable workflow**" in text


def test_an_open_issue_is_not_repeated(repo):
    result, calls, _ = _run(repo, OPEN_ISSUES="1")
    assert result.returncode == 0, result.stderr
    assert [c.split(" --")[0] for c in calls] == ["api", "issue list"]
    assert "An issue about it is already open." in result.stdout


def test_a_recent_commit_needs_nothing(repo):
    result, calls, _ = _run(repo, WARN_AFTER_DAYS="60")
    assert result.returncode == 0, result.stderr
    assert calls == [] and "::warning" not in result.stdout


def test_the_workflow_runs_it_daily_with_only_what_it_needs():
    data = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text())
    job = data["jobs"]["keep-alive"]
    assert job["if"] == "github.event_name == 'schedule'"
    assert job["permissions"] == {"contents": "read", "actions": "write", "issues": "write"}
    step = job["steps"][-1]
    assert step["run"] == "bash scripts/keep-schedule-alive.sh"
    assert set(step["env"]) == {"GH_TOKEN", "REPO"}
