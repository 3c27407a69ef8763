"""Fixtures for the deploy tests; the helpers are in tests/deployment.py, importable by every test."""

from __future__ import annotations

from pathlib import Path

import pytest

from deployment import Clone, Server, git_env, make_clone, setup_server


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return git_env(home)


@pytest.fixture
def server(tmp_path: Path, env) -> Server:
    return setup_server(tmp_path / "srv", env)


@pytest.fixture
def clone(tmp_path: Path, server: Server, env) -> Clone:
    return make_clone(tmp_path / "work", server, env)


@pytest.fixture
def published(clone: Clone, server: Server) -> Clone:
    """The clone after its first push has gone live."""
    result = clone.push()
    assert result.returncode == 0, result.stderr
    return clone
