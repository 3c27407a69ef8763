"""The workflow's own scripts, run here with a fake `gh`: content or code (scripts/ci-change-kind.sh), and
the issue for the owner when the weekly run of every test fails (scripts/report-weekly-failure.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitecopy import ROOT

pytestmark = pytest.mark.deploy
ZERO = "0" * 40
# Answers `gh api .../runs?head_sha=X` with how many runs passed on X ($PASSED_RUNS), and
# `gh issue list` with an open issue's number ($OPEN_ISSUE); records every call.
FAKE_GH = """#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$GH_LOG"
case "$1 $2" in
  "api "*) [ -z "${GH_FAILS:-}" ] || exit 1; echo "${PASSED_RUNS:-0}" ;;
  "issue list") echo "${OPEN_ISSUE:-}" ;;
esac
"""


class Checkout:
    """A clone of the project as the workflow sees it: the script and the classifier, at two commits."""

    def __init__(self, path: Path):
        self.path = path
        self.bin = path.parent / "bin"
        self.bin.mkdir()
        (self.bin / "gh").write_text(FAKE_GH)
        (self.bin / "gh").chmod(0o755)
        self.log = path.parent / "gh.log"
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_"))},
                    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "o@example.org",
                    "GIT_COMMITTER_NAME": "Owner", "GIT_COMMITTER_EMAIL": "o@example.org",
                    "PATH": f"{self.bin}:{os.environ['PATH']}", "GH_LOG": str(self.log), "PYTHON": sys.executable,
                    "REPO": "owner/studio"}
        for name in ("scripts/ci-change-kind.sh", "scripts/report-weekly-failure.sh", "src/studio/__init__.py",
                     "src/studio/project/__init__.py", "src/studio/project/changes.py",
                     "src/studio/project/ownersettings.py"):
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, path / name)
        (path / "programs").mkdir()
        (path / "programs" / "strength.yml").write_text("title: Strength\n")
        self.git("init", "-q", "-b", "main")
        self.base = self.commit()

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.path, env=self.env, check=True, capture_output=True,
                              text=True).stdout.strip()

    def commit(self, name: str | None = None, text: str = "changed\n") -> str:
        if name:
            (self.path / name).parent.mkdir(parents=True, exist_ok=True)
            (self.path / name).write_text(text)
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", "change")
        return self.git("rev-parse", "HEAD")

    def kind(self, **env: str) -> tuple[str, list[str], str]:
        """Runs the classification step; returns what it wrote to GITHUB_OUTPUT, its output and gh's calls."""
        output = self.path.parent / "github_output"
        output.write_text("")
        self.log.write_text("")
        result = subprocess.run(["bash", "scripts/ci-change-kind.sh"], cwd=self.path, capture_output=True, text=True,
                                env={**self.env, "GITHUB_OUTPUT": str(output), **env}, timeout=60)
        assert result.returncode == 0, result.stderr
        return output.read_text(), result.stdout.splitlines(), self.log.read_text()


@pytest.fixture
def checkout(tmp_path) -> Checkout:
    path = tmp_path / "checkout"
    path.mkdir()
    return Checkout(path)


def test_a_content_push_after_a_passing_commit_is_content(checkout):
    head = checkout.commit("programs/strength.yml")
    output, lines, calls = checkout.kind(EVENT="push", BEFORE=checkout.base, HEAD=head, PASSED_RUNS="1")
    assert output == "kind=content\n"
    assert lines == ["programs/strength.yml: content",
                     "Content only (programs/strength.yml): build and publish, no tests."]
    assert calls == (f"api repos/owner/studio/actions/workflows/publish.yml/runs?head_sha={checkout.base}"
                     "&status=success&per_page=20 --jq [.workflow_runs[] | select(.event != \"pull_request\")] "
                     "| length\n")


def test_a_content_push_after_a_commit_that_did_not_pass_runs_every_test(checkout):
    # The commit before may have been a code change whose tests failed: this push would publish it.
    head = checkout.commit("programs/strength.yml")
    output, lines, _ = checkout.kind(EVENT="push", BEFORE=checkout.base, HEAD=head, PASSED_RUNS="0")
    assert output == "kind=code\n"
    assert lines == [f"Code (the commit before this push, {checkout.base[:7]}, has not passed a run of this "
                     "workflow): every test runs."]
    output, lines, _ = checkout.kind(EVENT="push", BEFORE=checkout.base, HEAD=head, GH_FAILS="1")
    assert output == "kind=code\n"
    assert lines[0] == f"::warning::Could not ask GitHub whether {checkout.base[:7]} passed; running every test."


def test_a_code_push_a_new_branch_and_a_pull_request(checkout):
    head = checkout.commit("src/studio/model.py")
    output, lines, _ = checkout.kind(EVENT="push", BEFORE=checkout.base, HEAD=head, PASSED_RUNS="1")
    assert output == "kind=code\n"
    assert lines[-1] == "Code (src/studio/model.py): every test runs."
    output, lines, calls = checkout.kind(EVENT="push", BEFORE=ZERO, HEAD=head)
    assert (output, lines[-1], calls) == ("kind=code\n", "Code (a new branch, nothing to compare with): every test runs.", "")
    output, lines, calls = checkout.kind(EVENT="pull_request", PR_BASE=checkout.base, HEAD=head)
    assert (output, lines[-1], calls) == ("kind=code\n", "Code (src/studio/model.py): every test runs.", "")


def test_schedules_and_runs_by_hand(checkout):
    head = checkout.base
    output, lines, _ = checkout.kind(EVENT="schedule", WEEKLY="false", HEAD=head, PASSED_RUNS="1")
    assert (output, lines) == ("kind=content\n", [
        f"Content only (the daily rebuild of {head[:7]}, which has passed): build and publish, no tests."])
    output, lines, _ = checkout.kind(EVENT="schedule", WEEKLY="false", HEAD=head, PASSED_RUNS="0")
    assert (output, lines) == ("kind=code\n", [
        f"Code (the daily rebuild of {head[:7]}, which has not passed a run yet): every test runs."])
    output, lines, calls = checkout.kind(EVENT="schedule", WEEKLY="true", HEAD=head, PASSED_RUNS="1")
    assert (output, lines, calls) == ("kind=code\n", ["Code (the weekly run of every test): every test runs."], "")
    output, lines, calls = checkout.kind(EVENT="workflow_dispatch", HEAD=head)
    assert (output, lines, calls) == ("kind=code\n", ["Code (run by hand): every test runs."], "")


def report(checkout: Checkout, **env: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    checkout.log.write_text("")
    result = subprocess.run(["bash", "scripts/report-weekly-failure.sh"], cwd=checkout.path, capture_output=True,
                            text=True, timeout=60,
                            env={**checkout.env, "RUN_URL": "https://github.com/owner/studio/actions/runs/7",
                                 "TODAY": "2027-01-18", **env})
    assert result.returncode == 0, result.stderr
    return result, checkout.log.read_text().split("\n")


def test_a_failed_weekly_run_opens_one_issue_then_comments_on_it(checkout):
    result, calls = report(checkout, FAILED=" browser-tests  deploy-tests ")
    assert result.stdout == "Opened an issue for the owner.\n"
    assert calls[0].startswith("issue list --repo owner/studio --state open --search")
    assert calls[1] == ("issue create --repo owner/studio --title The weekly check of the site's code failed "
                        "--body Every Monday GitHub runs all of the site's tests, including those that a "
                        "content-only push skips. On")
    assert calls[2] == ("2027-01-18 some failed (browser-tests, deploy-tests). The run, with each failure's "
                        "message: https://github.com/owner/studio/actions/runs/7")

    result, calls = report(checkout, FAILED="build", OPEN_ISSUE="12")
    assert result.stdout == "Commented on issue #12.\n"
    assert calls[1] == ("issue comment 12 --repo owner/studio --body It failed again on 2027-01-18 (build): "
                        "https://github.com/owner/studio/actions/runs/7")
