"""Without --venv, the hook makes one Python environment per requirements.lock and shares it."""

from __future__ import annotations

import pytest

from deployment import DEPLOY, Server, make_clone, remote_lines, run

pytestmark = pytest.mark.deploy

INSTALLING = "Installing the Python packages of this requirements.lock (once per lock file)..."


@pytest.fixture
def server(tmp_path, env) -> Server:
    # Build only: this file is about the environments, and the unit tests run elsewhere.
    run([str(DEPLOY / "setup-server.sh"), str(tmp_path / "srv"), "--check", ""], tmp_path, env)
    return Server(tmp_path / "srv", env)


def test_one_environment_per_lock_installed_with_hashes(tmp_path, server, env):
    clone = make_clone(tmp_path / "work", server, env)
    first = clone.push()
    assert first.returncode == 0, first.stderr
    assert INSTALLING in remote_lines(first.stderr)
    (venv,) = (server.root / "venvs").iterdir()
    assert (venv / ".ready").is_file()
    assert (server.root / "releases" / server.live_release() / ".venv-key").read_text().strip() == venv.name

    clone.git("commit", "-q", "--allow-empty", "-m", "Same lock")
    second = clone.push()
    assert second.returncode == 0, second.stderr
    assert INSTALLING not in remote_lines(second.stderr)
    assert [p.name for p in (server.root / "venvs").iterdir()] == [venv.name]


def test_a_lock_that_cannot_install_is_refused(tmp_path, server, env):
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
