"""The GitHub Actions workflow, and the shell scripts: linted, and shaped as the publishing rules say.

A content push runs three jobs: `changes` (content or code?), `build` and `deploy`; a code push adds the
three test jobs, and `deploy` waits for all of them."""

from __future__ import annotations

import itertools
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
DAILY, WEEKLY = "0 5 * * *", "30 4 * * 1"
# Each test job, what it installs, and the tests it runs: together every test, by marker, once.
TEST_JOBS = {
    "unit-and-build-tests": ("make libreoffice", "not browser and not deploy"),
    "browser-tests": ("make browser node-modules", "browser"),
    "deploy-tests": ("make nginx", "deploy"),
}
CONTENT_PATH = ("changes", "build", "deploy")
# What a content push must not wait for: installing system packages or npm's, or running tests.
SLOW = ("apt-get", "apt ", "npm", "pytest", "make test", "make browser", "make nginx", "make libreoffice",
        "make node-modules", "ensure-")


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
    broken.write_text(Sample(WORKFLOW.read_text()).replace("needs.build.result", "needs.biuld.result"))
    result = actionlint(broken)
    assert result.returncode == 1
    assert 'property "biuld" is not defined' in result.stdout


def test_triggers(workflow):
    on = workflow["on"]
    assert on["push"] == {"branches": ["main"]}
    assert "pull_request" in on and "workflow_dispatch" in on
    assert [entry["cron"] for entry in on["schedule"]] == [DAILY, WEEKLY]


def test_least_permissions(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert {name: job.get("permissions") for name, job in jobs.items()} == {
        "changes": {"contents": "read", "actions": "read"},
        "build": None, "unit-and-build-tests": None, "browser-tests": None, "deploy-tests": None,
        "deploy": {"pages": "write", "id-token": "write"},
        "weekly-failure": {"contents": "read", "issues": "write"},
        "keep-alive": {"contents": "read", "actions": "write", "issues": "write"},
    }


def test_every_action_is_pinned(workflow):
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert {use.split("@")[0] for use in uses} >= {
        "actions/checkout", "actions/cache", "actions/setup-python", "actions/upload-pages-artifact",
        "actions/deploy-pages"}
    assert [use for use in uses if not PINNED.match(use)] == []


def runs(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_build_restores_its_environment_and_cache_then_builds(workflow):
    build = workflow["jobs"]["build"]
    assert "if" not in build and "needs" not in build  # every event, alongside the classification
    assert build["container"] == "python:3.11-bookworm"
    assert runs(build) == ["make build"]
    caches = [step["with"] for step in build["steps"] if step.get("uses", "").startswith("actions/cache@")]
    assert [cache["path"] for cache in caches] == [".venv", ".cache/downloads"]
    # The site's own environment: no test tools, no browser driver.
    assert caches[0]["key"].startswith("venv-site-") and "hashFiles('requirements.lock', 'pyproject.toml')" in caches[0]["key"]
    assert "'programs/**', 'data/**', 'docs/**'" in caches[1]["key"] and caches[1]["restore-keys"] == "downloads-"
    upload = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert upload["if"] == "github.event_name != 'pull_request'"


def test_the_content_path_installs_nothing_and_runs_no_test(workflow):
    jobs = workflow["jobs"]
    for name in CONTENT_PATH:
        text = "\n".join(runs(jobs[name]))
        assert [word for word in SLOW if word in text] == [], name
    # What the classification runs, as well.
    script = (ROOT / "scripts" / "ci-change-kind.sh").read_text()
    assert [word for word in SLOW if word in script] == []
    # Every other job that a push runs is a test job, and runs only for code.
    others = {name for name, job in jobs.items()
              if name not in CONTENT_PATH and "schedule" not in job.get("if", "")}
    assert others == set(TEST_JOBS)


def test_the_changes_job_classifies_with_pyyaml_alone(workflow):
    job = workflow["jobs"]["changes"]
    assert job["outputs"] == {"kind": "${{ steps.kind.outputs.kind }}"}
    checkout = job["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@") and checkout["with"]["fetch-depth"] == 0
    install, classify = job["steps"][2:]
    # The install's own awk command takes PyYAML's lines from the lock: its version and every hash.
    command = install["run"].splitlines()[0].removesuffix(' >"$RUNNER_TEMP/pyyaml.txt"')
    lines = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    lock = (ROOT / "requirements.lock").read_text()
    version = re.search(r"^pyyaml==(\S+) ", lock, re.M).group(1)
    assert lines.startswith(f"pyyaml=={version} \\\n") and lines.count("--hash=sha256:") >= 10
    assert lines.strip() in lock and not lines.rstrip().endswith("\\")
    assert "--require-hashes" in install["run"]
    assert classify["id"] == "kind" and classify["run"] == "bash scripts/ci-change-kind.sh"
    assert classify["env"]["BEFORE"] == "${{ github.event.before }}"
    assert classify["env"]["PR_BASE"] == "${{ github.event.pull_request.base.sha }}"
    assert classify["env"]["WEEKLY"] == f"${{{{ github.event.schedule == '{WEEKLY}' }}}}"


def test_test_jobs_run_only_for_code_each_with_its_own_tests(workflow):
    for name, (install, marker) in TEST_JOBS.items():
        job = workflow["jobs"][name]
        assert job["needs"] == "changes"
        assert job["if"] == "needs.changes.outputs.kind == 'code'"
        assert job["container"] == "python:3.11-bookworm"
        assert runs(job) == [install, f'make .venv/.installed-test && .venv/bin/python -m pytest -n auto -m "{marker}"']
        venv = next(step["with"] for step in job["steps"] if step.get("with", {}).get("path") == ".venv")
        assert "hashFiles('requirements.lock', 'requirements-test.lock', 'pyproject.toml')" in venv["key"]
    # Each make target they use is the Makefile's.
    targets = ".venv/.installed-test libreoffice browser node-modules nginx".split()
    dry_run = subprocess.run(["make", "-n", *targets], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert dry_run.returncode == 0, dry_run.stderr
    # The markers split the suite: whatever is neither browser nor deploy runs in the first job.
    assert [marker for _, marker in TEST_JOBS.values()] == ["not browser and not deploy", "browser", "deploy"]


def github_if(expression: str, needs: dict, github: dict) -> bool:
    """Evaluates a job's `if:` as GitHub would, for the operators this workflow uses."""
    text = expression.strip().removeprefix("${{").removesuffix("}}")
    text = re.sub(r"needs\.([\w-]+)\.outputs\.(\w+)", r"needs['\1']['outputs']['\2']", text)
    text = re.sub(r"needs\.([\w-]+)\.result", r"needs['\1']['result']", text)
    text = text.replace("github.event.schedule", "github['schedule']")
    text = re.sub(r"github\.(\w+)", r"github['\1']", text)
    text = text.replace("&&", " and ").replace("||", " or ").replace("cancelled()", "cancelled")
    text = re.sub(r"!(?!=)", " not ", text)
    assert re.fullmatch(r"[\w\s()'\[\]=!/*.-]+", text), text  # nothing else slipped through
    return eval(text, {"__builtins__": {}}, {"needs": needs, "github": github, "cancelled": False})


def outcome(kind="content", changes="success", build="success", tests=("skipped",) * 3):
    needs = {"changes": {"result": changes, "outputs": {"kind": kind}}, "build": {"result": build, "outputs": {}}}
    needs.update({name: {"result": result, "outputs": {}} for name, result in zip(TEST_JOBS, tests)})
    return needs


MAIN_PUSH = {"event_name": "push", "ref": "refs/heads/main", "schedule": ""}


def test_deploy_waits_for_every_test_job_and_a_failed_one_blocks_it(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == ["changes", "build", *TEST_JOBS]
    for name in TEST_JOBS:
        assert (f"(needs.{name}.result == 'success' || (needs.{name}.result == 'skipped' "
                f"&& needs.changes.outputs.kind == 'content'))") in deploy["if"]
    runs_deploy = lambda needs, github=MAIN_PUSH: github_if(deploy["if"], needs, github)  # noqa: E731
    assert runs_deploy(outcome("content"))  # content: the test jobs were skipped
    assert runs_deploy(outcome("code", tests=("success",) * 3))
    assert not runs_deploy(outcome("code", tests=("success", "failure", "success")))
    assert not runs_deploy(outcome("code", tests=("success", "skipped", "success")))
    assert not runs_deploy(outcome("content", build="failure"))
    assert not runs_deploy(outcome("code", changes="failure"))  # and so the test jobs were skipped
    # Every combination: published only after a build that passed, with each test job passed, or
    # skipped for content.
    results = ("success", "failure", "skipped", "cancelled")
    for kind, changes, build, *tests in itertools.product(("content", "code"), results, results, results, results,
                                                          results):
        expected = changes == build == "success" and all(
            t == "success" or (t == "skipped" and kind == "content") for t in tests)
        assert runs_deploy(outcome(kind, changes, build, tests)) == expected, (kind, changes, build, tests)


def test_pull_requests_never_deploy(workflow):
    deploy = workflow["jobs"]["deploy"]
    everything_passed = outcome("code", tests=("success",) * 3)
    assert not github_if(deploy["if"], everything_passed, {**MAIN_PUSH, "event_name": "pull_request"})
    assert not github_if(deploy["if"], everything_passed, {**MAIN_PUSH, "ref": "refs/heads/draft"})
    for event in ("push", "schedule", "workflow_dispatch"):
        assert github_if(deploy["if"], everything_passed, {**MAIN_PUSH, "event_name": event})
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_a_failed_weekly_run_tells_the_owner(workflow):
    job = workflow["jobs"]["weekly-failure"]
    assert job["needs"] == ["changes", "build", *TEST_JOBS]
    weekly = {**MAIN_PUSH, "event_name": "schedule", "schedule": WEEKLY}
    tell = lambda needs, github=weekly: github_if(job["if"], needs, github)  # noqa: E731
    assert tell(outcome("code", tests=("success", "failure", "success")))
    assert tell(outcome("code", build="failure", tests=("success",) * 3))
    assert not tell(outcome("code", tests=("success",) * 3))
    assert not tell(outcome("code", tests=("skipped",) * 3))
    # Not the daily run, and not a push: their failures are seen where they happen.
    assert not tell(outcome("code", tests=("failure",) * 3), {**weekly, "schedule": DAILY})
    assert not tell(outcome("code", tests=("failure",) * 3), MAIN_PUSH)
    (step,) = [step for step in job["steps"] if "run" in step]
    assert step["run"] == "bash scripts/report-weekly-failure.sh"
    assert set(step["env"]) == {"GH_TOKEN", "REPO", "RUN_URL", "FAILED"}
    assert all(f"needs.{name}.result == 'failure' && '{name}'" in step["env"]["FAILED"] for name in TEST_JOBS)


def test_shell_scripts_pass_shellcheck():
    scripts = sorted(str(path) for folder in ("deploy", "scripts") for path in (ROOT / folder).glob("*.sh"))
    assert len(scripts) >= 6
    result = subprocess.run([str(BIN / "shellcheck"), "-x", *scripts], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout
