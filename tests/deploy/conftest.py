"""Fixtures for the deploy tests; the helpers are in tests/deployment.py, importable by every test.

A first publish builds the whole site and runs the unit suite on the "server": the slowest push there is. It
happens once per test run, shared by the pytest-xdist workers (`first_publish`); tests that need a published
site get a copy of that server and of the owner's clone (`server`, `published`), whose pushes are content
pushes, build only, with a warm cache. Tests that need a server nothing was ever pushed to use `fresh_server`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import deployment
import sitecopy
from deployment import Clone, FirstPublish, Server, copy_clone, copy_server, git_env, setup_server


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return git_env(home)


@pytest.fixture(scope="session")
def first_publish() -> FirstPublish:
    """The project's first push to a new server, with the default checks (the unit suite). Read only:
    tests change copies of it."""
    return deployment.first_publish(sitecopy.SHARED.base)


@pytest.fixture
def fresh_server(tmp_path: Path, env) -> Server:
    return setup_server(tmp_path / "srv", env)


@pytest.fixture
def server(tmp_path: Path, env, first_publish: FirstPublish) -> Server:
    """A copy of the server after its first publish."""
    return copy_server(first_publish.server, tmp_path / "srv", env)


@pytest.fixture
def published(tmp_path: Path, server: Server, env, first_publish: FirstPublish) -> Clone:
    """The owner's clone after its first push, pushing to `server`."""
    return copy_clone(first_publish.clone, tmp_path / "work", server, env)
