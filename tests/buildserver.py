"""`mkdocs build` in a process forked from one that has already imported MkDocs, Material and the studio.

A test build run as `python -m mkdocs build` spends about 0.8 s of its 3 s starting Python and importing MkDocs,
Material, the studio's hooks and the download writers before it reads a file; the suite runs about a hundred of
them. Here each pytest process starts this script once; it imports all that and then waits. For each build it
forks: the child changes to the site's folder, takes the build's environment, sends its output to a file, runs
MkDocs' own command line (what `python -m mkdocs` runs) and exits with its code. The server itself never builds,
so every child starts as pristine as a new process, with nothing kept from an earlier build.

What a fork cannot give a build is a new interpreter: the hash seed is the server's, and settings that Python
reads only at start-up (PYTHON* variables) do not apply. A build whose environment changes those runs as a real
process (`sitecopy.run_build`), and so does a build asked to be `fresh` (the reproducibility test, which wants
each build its own hash seed).

    python tests/buildserver.py     # reads one JSON request per line, answers one JSON line each
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

# Imported once, before any fork: what `mkdocs build` of the studio's site imports anyway.
PRELOAD = (
    "mkdocs.__main__", "mkdocs.commands.build", "mkdocs.config.defaults", "mkdocs.structure.pages",
    "material.plugins.blog.plugin", "material.plugins.search.plugin", "material.plugins.tags.plugin",
    "material.extensions.emoji", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.details",
    "pymdownx.highlight", "pymdownx.emoji", "markdown.extensions.toc", "markdown.extensions.tables",
    "studio.adapter.events", "studio.adapter.speedups.switch", "studio.adapter.speedups.render_memo",
    "studio.adapter.speedups.quick_rebuilds", "studio.adapter.speedups.blog_excerpts",
    "studio.render", "studio.downloads.pdf", "studio.downloads.sheet", "studio.downloads.calendar",
)
PYTHON_SETTINGS = "PYTHON"  # variables Python reads at start-up: a build that changes one needs a real process


def _serve() -> None:
    import importlib

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # not installed here: the child imports what it needs, as a new process would
    print(json.dumps({"ready": os.getpid()}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)  # never returns
        print(json.dumps({"pid": pid}), flush=True)  # for the client to stop a build that hangs
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}), flush=True)


def _child(request: dict) -> None:
    code = 1
    try:
        os.setsid()  # its own group: a timeout kills the build and its download workers, not the server
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        out = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.close(out)
        sys.path.insert(0, request["cwd"])  # as `python -m` puts the current folder first
        sys.argv = ["mkdocs", *request["args"]]
        from mkdocs.__main__ import cli

        try:
            cli.main(args=request["args"], prog_name="mkdocs", standalone_mode=True)
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:  # noqa: BLE001 - the child must exit with a code whatever happened
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


class BuildServer:
    """This process's build server, started on first use and stopped when the process ends."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._env: dict[str, str] | None = None
        self._lock = threading.Lock()
        atexit.register(self.stop)  # a no-op when no server runs

    def usable(self, env: dict[str, str]) -> bool:
        """Whether a fork gives a build with `env` what a new process would (no start-up setting differs)."""
        if not hasattr(os, "fork"):
            return False
        base = self._env if self._env is not None else dict(os.environ)
        keys = {key for key in (*env, *base) if key.startswith(PYTHON_SETTINGS)}
        return all(env.get(key) == base.get(key) for key in keys)

    def build(self, root: Path, args: list[str], env: dict[str, str], timeout: float) -> tuple[int, str]:
        """`mkdocs <args>` in `root` with exactly `env`: its exit code and everything it printed."""
        output = root.parent / f".{root.name}-build-output.txt"
        with self._lock:
            process = self._start()
            request = {"cwd": str(root), "args": args, "env": env, "output": str(output)}
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            answer = self._answer(process, timeout)
        try:
            text = output.read_text(encoding="utf-8", errors="replace")
        finally:
            output.unlink(missing_ok=True)
        return answer["returncode"], text

    def _start(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            self._env = dict(os.environ)
            self._process = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             text=True, env=self._env)
            ready = json.loads(self._process.stdout.readline() or "{}")
            assert "ready" in ready, "the build server did not start"
        return self._process

    def _answer(self, process: subprocess.Popen, timeout: float) -> dict:
        child = json.loads(process.stdout.readline() or "{}").get("pid")
        assert child, "the build server stopped"
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not found:
            os.killpg(child, signal.SIGKILL)  # the build and its download workers; the server answers and waits on
            reader.join(30)
            raise subprocess.TimeoutExpired(["mkdocs build"], timeout)
        assert found[0], "the build server stopped"
        return json.loads(found[0])

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.stdin.close()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
        self._process = None


SERVER = BuildServer()

if __name__ == "__main__":
    _serve()
