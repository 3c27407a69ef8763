"""Build errors in the browser while previewing with `mkdocs serve`.

MkDocs 1.6's preview server (mkdocs.livereload.LiveReloadServer) only reloads the browser after a build
that succeeds; after a failed one it logs "the server will appear stuck" and the browser keeps the old
page. `show_build_errors` wraps the server's builder: a failed build is reported as finished, so the
server reloads the browser, and every page request is answered with an error page listing the messages
the build logged, until a build succeeds and the real site is back. The error page is a file in the
server's own temporary site folder, so the server serves it like any page, with its reload script.
Nothing here imports MkDocs; it relies on the server's `builder`, `root`, `mount_path` and WSGI app.
"""

from __future__ import annotations

import logging
import os

from studio.adapter.errorpage import render_error_page

__all__ = ["ERROR_FILE", "show_build_errors"]

ERROR_FILE = ".studio-build-error.html"  # MkDocs' clean build keeps dotfiles; never in a published site
log = logging.getLogger("mkdocs.hooks.studio")


class _Collector(logging.Handler):
    """Keeps the text of the errors MkDocs logs during one build: what the terminal shows."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _is_page(path: str) -> bool:
    last = path.rsplit("/", 1)[-1]
    return not path.startswith("/livereload/") and (last == "" or last.endswith(".html") or "." not in last)


def show_build_errors(server, site_name: str) -> None:
    state = {"failed": False}
    build, app = server.builder, server.get_app()

    def builder(*args, **kwargs):
        collector = _Collector()
        mkdocs_log = logging.getLogger("mkdocs")
        mkdocs_log.addHandler(collector)
        try:
            build(*args, **kwargs)
        except Exception as error:  # what MkDocs' own loop catches
            if not collector.messages:  # not a BuildError: MkDocs logged nothing, so say what happened
                log.exception("studio: the build failed")
            messages = collector.messages or [f"{type(error).__name__}: {error}"]
            page = render_error_page(messages, site_name)
            with open(os.path.join(server.root, ERROR_FILE), "w", encoding="utf-8") as file:
                file.write(page)
            state["failed"] = True
            log.error("studio: the build failed; the browser shows these messages until they are fixed")
        else:
            state["failed"] = False
        finally:
            mkdocs_log.removeHandler(collector)

    def serve(environ, start_response):
        if state["failed"] and _is_page(environ.get("PATH_INFO", "")):
            environ = {**environ, "PATH_INFO": server.mount_path + ERROR_FILE}
        return app(environ, start_response)

    server.builder = builder
    server.set_app(serve)
