"""Helpers for the deploy tests: a real deploy root made by deploy/setup-server.sh, owner's clones that
push to it, and nginx serving a release. The fixtures that use them are in tests/deploy/conftest.py."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from samples import PROGRAM
import sitecopy
from sitecopy import IGNORED, ROOT, copy_site
from textedit import Sample

DEPLOY = ROOT / "deploy"
# What a pushed commit needs beside the test site (copy_site): the code, and the unit tests the default check runs.
PROJECT = ("src", "tests", "pyproject.toml", "requirements.lock", "requirements-test.lock", "Makefile")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# The tests' own programme: its line 31 is `reps: 8-12` in the second day of the first phase.
TEST_PROGRAM = "programs/test-strength.yml"

def remote_lines(stderr: str) -> list[str]:
    """The hook's messages: git relays its stderr as "remote: <line>", padded with spaces."""
    return [line.removeprefix("remote: ").rstrip() for line in stderr.splitlines() if line.startswith("remote: ")]


def git_env(home: Path) -> dict[str, str]:
    # No user or system git config may change what the tests see. The server's checks run pytest too: with a
    # temporary folder of their own, they never clear the outer run's old folders while its workers use them.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    temporary = home / "tmp"
    temporary.mkdir(parents=True, exist_ok=True)
    return {
        **env, "HOME": str(home), "TMPDIR": str(temporary),
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Studio Owner", "GIT_AUTHOR_EMAIL": "owner@example.org",
        "GIT_COMMITTER_NAME": "Studio Owner", "GIT_COMMITTER_EMAIL": "owner@example.org",
    }


def run(args, cwd: Path, env: dict[str, str], check: bool = True, timeout: int = 300):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


class Server:
    """The deploy root: a bare repository with the publish hook, releases, and the live link."""

    def __init__(self, root: Path, env: dict[str, str]):
        self.root = root
        self.env = env

    @property
    def repo(self) -> Path:
        return self.root / "repo.git"

    @property
    def live(self) -> Path:
        return self.root / "live"

    def live_release(self) -> str:
        return os.readlink(self.live).removeprefix("releases/").removesuffix("/site")

    def releases(self) -> list[str]:
        return sorted(p.name for p in (self.root / "releases").iterdir())

    def info(self, release: str) -> dict[str, str]:
        text = (self.root / "releases" / release / ".publish-info").read_text()
        return dict(line.split("=", 1) for line in text.splitlines())

    def branch(self) -> str:
        return run(["git", "rev-parse", "refs/heads/main"], self.repo, self.env).stdout.strip()

    def rollback(self, *args: str, script: Path | None = None):
        return run([str(script or self.root / "bin" / "rollback"), *args], self.root, self.env, check=False)

    def configure(self, **settings: str) -> None:
        """Change settings in deploy.conf, as the owner would by hand: each must be there already."""
        conf = self.root / "deploy.conf"
        lines = conf.read_text().splitlines()
        for name, value in settings.items():
            found = [i for i, line in enumerate(lines) if line.startswith(f"{name}=")]
            assert len(found) == 1, f"deploy.conf must set {name} once"
            lines[found[0]] = f"{name}={shlex.quote(value)}"
        conf.write_text("\n".join(lines) + "\n")

    def log(self, release: str) -> str:
        return (self.root / "logs" / f"{release}.log").read_text()

    def lock_is_free(self, wait: float = 10) -> bool:
        # The hook's lock holder lets go once git has moved the branch, a moment after the push returns.
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            probe = run(["flock", "-n", str(self.root / "deploy.lock"), "true"], self.root, self.env, check=False)
            if probe.returncode == 0:
                return True
            time.sleep(0.1)
        return False


class Clone:
    """The owner's working copy, with the server as the remote `live`."""

    def __init__(self, path: Path, env: dict[str, str]):
        self.path = path
        self.env = env

    def git(self, *args: str, check: bool = True):
        return run(["git", *args], self.path, self.env, check=check)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.path / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def commit(self, message: str) -> str:
        self.git("commit", "-qam", message)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").stdout.strip()

    def push(self, *args: str):
        return self.git("push", "live", *(args or ("main",)), check=False)

    def push_async(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(["git", "push", "live", *(args or ("main",))], cwd=self.path, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def setup_server(root: Path, env: dict[str, str], *options: str) -> Server:
    # The worktree's own environment stands in for the per-lock ones, so no test installs from PyPI.
    run([str(DEPLOY / "setup-server.sh"), str(root), "--venv", sys.prefix, *options], root.parent, env)
    return Server(root, env)


@dataclass
class FirstPublish:
    """A server after the first push of the project, made once per test run (see tests/deploy/conftest.py)."""

    server: Server
    clone: Clone
    result: subprocess.CompletedProcess


def first_publish(base: Path) -> FirstPublish:
    """The project's first push to a new server, with the default checks, made once per test run."""
    folder, output = sitecopy.once_per_run(base, "first-publish", _publish_first)
    env = git_env(folder / "home")
    result = subprocess.CompletedProcess(["git", "push", "live", "main"], 0, "", output)
    return FirstPublish(Server(folder / "srv", env), Clone(folder / "work", env), result)


def _publish_first(folder: Path) -> str:
    (folder / "home").mkdir(parents=True)
    env = git_env(folder / "home")
    server = setup_server(folder / "srv", env)
    # The server's download cache starts as the shared test build's (hard links, as copy_site's): the push
    # still builds and checks everything, but makes only the files that build did not.
    sitecopy.seed_cache(sitecopy.SHARED.build().root / sitecopy.CACHE, server.root / "cache" / "downloads")
    clone = make_clone(folder / "work", server, env)
    result = clone.push()
    assert result.returncode == 0, result.stderr
    assert server.lock_is_free()
    return result.stderr


def copy_server(source: Server, root: Path, env: dict[str, str]) -> Server:
    """A copy of a deploy root, releases, cache and all, in a fraction of the time a first publish takes.
    Setting it up again points its hook at the copy's own bin/ (deploy.conf is kept)."""
    run(["cp", "-a", str(source.root), str(root)], root.parent, env)
    return setup_server(root, env)


def copy_clone(source: Clone, path: Path, server: Server, env: dict[str, str]) -> Clone:
    """A copy of an owner's clone, pushing to `server`; its record of the server's branch comes along."""
    run(["cp", "-a", str(source.path), str(path)], path.parent, env)
    clone = Clone(path, env)
    clone.git("remote", "set-url", "live", str(server.repo))
    return clone


def make_clone(path: Path, server: Server, env: dict[str, str]) -> Clone:
    """A fresh repository holding the project, with the test site's content, and the tests' programme, not yet
    pushed."""
    copy_site(path, warm=False)  # no cache: a pushed commit has none
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, path / name, ignore=IGNORED)
        else:
            shutil.copy2(source, path / name)
    # The project's own guide, not the test site's frozen copy: the unit suite the server runs loads every YAML
    # example in it (tests/unit/test_guide_examples.py), and the guide documents the code being pushed.
    shutil.rmtree(path / "docs" / "guide", ignore_errors=True)
    shutil.copytree(ROOT / "docs" / "guide", path / "docs" / "guide")
    (path / TEST_PROGRAM).write_text(PROGRAM, encoding="utf-8")
    clone = Clone(path, env)
    clone.git("init", "-q", "-b", "main")
    clone.git("add", "-A")
    clone.git("commit", "-qm", "First version")
    clone.git("remote", "add", "live", str(server.repo))
    return clone


def second_clone(path: Path, server: Server, env: dict[str, str]) -> Clone:
    run(["git", "clone", "-q", "-o", "live", str(server.repo), str(path)], path.parent, env)
    return Clone(path, env)


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under folder (through the live link), by path: its bytes' SHA-256."""
    digest = {}
    for dirpath, _dirs, files in os.walk(folder, followlinks=True):
        for name in files:
            path = Path(dirpath, name)
            digest[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nginx_config(prefix: Path, live: Path, port: int) -> Path:
    """A complete nginx.conf around deploy/nginx/studio.conf, with its own prefix, port and live path."""
    prefix.mkdir(parents=True, exist_ok=True)
    site = Sample((DEPLOY / "nginx" / "studio.conf").read_text())
    assert site.count("root /srv/studio/live;") == 1 and site.count("listen 80;") == 1
    site = site.replace("root /srv/studio/live;", f"root {live};")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("listen [::]:80;", "")
    (prefix / "studio.conf").write_text(site)
    temp_paths = "\n".join(f"  {kind}_temp_path {prefix}/{kind};" for kind in
                           ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    # As root the workers would drop to nobody, who cannot enter pytest's private temp folders.
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(
        f"{user}daemon off;\nmaster_process off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
        "events { worker_connections 64; }\n"
        "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
        f"  access_log off;\n{temp_paths}\n  include {prefix}/studio.conf;\n}}\n"
    )
    return conf


@contextmanager
def nginx_serving(prefix: Path, live: Path):
    """nginx in the foreground on a free loopback port; yields its base URL."""
    port = free_port()
    conf = nginx_config(prefix, live, port)
    process = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(conf)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = (prefix / "error.log").read_text() if (prefix / "error.log").exists() else ""
                    raise AssertionError(f"nginx did not start:\n{log}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
