"""The GitHub Actions workflow, and the shell scripts: linted, and shaped as the publishing rules say."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sitecopy import ROOT
from textedit import Sample

pytestmark = pytest.mark.deploy

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
BIN = Path(sys.executable).parent
# An exact release tag (v4.2.2) or a full commit SHA: never a moving tag like v4 or a branch.
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")


def actionlint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "actionlint"), "-no-color", "-shellcheck", str(BIN / "shellcheck"), str(path)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text())
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as true
    return data


def test_actionlint_passes():
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_mistakes(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "publish.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(Sample(WORKFLOW.read_text()).replace("needs: build", "needs: biuld"))
    result = actionlint(broken)
    assert result.returncode == 1
    assert "biuld" in result.stdout


def test_triggers(workflow):
    on = workflow["on"]
    assert on["push"] == {"branches": ["main"]}
    assert "pull_request" in on and "workflow_dispatch" in on
    assert [entry["cron"] for entry in on["schedule"]] == ["0 5 * * *"]


def test_least_permissions(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert "permissions" not in jobs["build"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_every_action_is_pinned(workflow):
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert {use.split("@")[0] for use in uses} >= {
        "actions/checkout", "actions/cache", "actions/upload-pages-artifact", "actions/deploy-pages"}
    assert [use for use in uses if not PINNED.match(use)] == []


def test_build_tests_then_builds_with_caches(workflow):
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs == ["make test", "make build"]
    caches = [step["with"] for step in steps if step.get("uses", "").startswith("actions/cache@")]
    assert [cache["path"] for cache in caches] == ["~/.cache/pip", ".cache/downloads"]
    assert "hashFiles('requirements.lock')" in caches[0]["key"]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert upload["if"] == "github.event_name != 'pull_request'"


def test_pull_requests_never_deploy(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["if"] == "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_shell_scripts_pass_shellcheck():
    scripts = sorted(str(path) for folder in ("deploy", "scripts") for path in (ROOT / folder).glob("*.sh"))
    assert len(scripts) >= 6
    result = subprocess.run([str(BIN / "shellcheck"), "-x", *scripts], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout
