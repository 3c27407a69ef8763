"""Without a VENV setting, the hook makes one Python environment per lock file and shares it: from
requirements.lock for the build, with requirements-test.lock as well when there are checks to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deployment import DEPLOY, TEST_PROGRAM, Server, make_clone, remote_lines, run

pytestmark = pytest.mark.deploy

INSTALLING = "Installing the Python packages of this requirements.lock (once per lock file)..."
CHECKS = "python -c 'import pytest, xdist, playwright'"


def pip_cache() -> str:
    # The tests' HOME is empty, which would make pip download every package again: use this machine's
    # cache. The install still checks every file against the lock's hashes.
    return subprocess.run([sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if k != "PIP_NO_CACHE_DIR"}).stdout.strip()


@pytest.fixture
def server(server: Server, env) -> Server:
    # A copy of the published server that makes its own environments. Its checks need only the test tools.
    server.configure(VENV="", CHECK_COMMAND=CHECKS)
    cache = pip_cache()
    if cache and Path(cache).is_dir():
        env["PIP_CACHE_DIR"] = cache  # the pushes' environment, which the hook inherits
    return server


def test_one_environment_per_lock_installed_with_hashes(server, published):
    assert list((server.root / "venvs").iterdir()) == []
    published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength, Revised")
    published.commit("Rename the test programme")
    first = published.push()
    assert first.returncode == 0, first.stderr
    assert INSTALLING in remote_lines(first.stderr)
    (venv,) = (server.root / "venvs").iterdir()
    assert (venv / ".ready").is_file()
    assert (server.root / "releases" / server.live_release() / ".venv-key").read_text().strip() == venv.name

    # A code push with the same locks: the same environment, which has the test tools for the checks.
    (published.path / "tests" / "unit" / "test_more.py").write_text("def test_more():\n    pass\n")
    published.git("add", "-A")
    published.commit("A new test")
    assert server.lock_is_free()
    second = published.push()
    assert second.returncode == 0, second.stderr
    lines = remote_lines(second.stderr)
    assert INSTALLING not in lines
    assert lines[1] == "Code push (tests/unit/test_more.py): build and checks."
    assert lines[3].startswith(f"Checks ({CHECKS}): passed in")
    assert [p.name for p in (server.root / "venvs").iterdir()] == [venv.name]


def test_a_lock_that_cannot_install_refuses_even_the_first_push(tmp_path, env):
    # A new server, as setup-server.sh makes it without --venv: the refusal comes before any build, so
    # this is also the cheap test that a refused first push leaves no live site and no branch.
    run([str(DEPLOY / "setup-server.sh"), str(tmp_path / "srv"), "--check", ""], tmp_path, env)
    server = Server(tmp_path / "srv", env)
    clone = make_clone(tmp_path / "work", server, env)
    (clone.path / "requirements.lock").write_text("mkdocs==1.6.1 --hash=sha256:" + "0" * 64 + "\n")
    clone.commit("A lock with a wrong hash")
    result = clone.push()
    assert result.returncode != 0
    lines = remote_lines(result.stderr)
    assert "THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE" in "\n".join(lines)
    assert lines[-2:] == ["Installing the Python packages failed (see above).",
                          "The live site was not changed and this push was refused."]
    assert list((server.root / "venvs").iterdir()) == []  # no half-made environment is kept
    assert not server.live.exists()
    assert server.releases() == []
    assert "main" not in clone.git("ls-remote", "live").stdout
