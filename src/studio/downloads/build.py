"""Generate every programme's downloads, reusing cached files and sharing misses between two processes.

With `background=True` the missing files are made in worker processes while the caller goes on (the build reads
and renders pages meanwhile); `Result.wait()` returns once every file is in the cache. The workers are started
once per process, by `start_workers()`: call it before loading anything big, since a forked worker starts with
a copy of all its parent holds. Each job is sent to them with everything it needs.
"""

from __future__ import annotations

import ctypes
import json
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import suppress
from dataclasses import astuple, dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path

from studio.caching import DOWNLOAD_KEYS, data_digest, entry_key, entry_path, prune, write_atomically
from studio.catalog import Catalog, Cell, program_cells
from studio.common import available_cores
from studio.downloads.formats import FORMATS, Format
from studio.downloads.job import Job, first_monday
from studio.format import ExerciseInfo, Program, named_exercises
from studio.presentation import download_path
from studio.site import Studio

NICENESS = 5  # the workers' priority below the build's
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
STARTUP_SECONDS = 60  # the longest a worker may take to start


@dataclass
class Result:
    files: dict[str, Path] = field(default_factory=dict)  # site path -> cached file
    generated: int = 0
    reused: int = 0
    pruned: int = 0
    _futures: list[Future] = field(default_factory=list, repr=False)
    _owns_workers: bool = field(default=False, repr=False)  # started them, so stops them once done

    def wait(self) -> None:
        """Block until every missing file is written; a worker's error is raised here (and what had not
        started is cancelled)."""
        try:
            for future in self._futures:
                future.result()
        finally:
            for future in self._futures:
                future.cancel()
            self._futures = []
            if self._owns_workers:
                stop_workers()

    def summary(self) -> str:
        return f"downloads: {self.generated} generated, {self.reused} reused from cache"


_BY_EXT = {fmt.ext: fmt for fmt in FORMATS}


def run_job(job: Job) -> int:
    for ext, target in job.targets.items():
        write_atomically(target, lambda path, ext=ext: _BY_EXT[ext].write(job, path))
    return len(job.targets)


def _keys(source: str, exercises: dict[str, str], studio: Studio, site_url: str, start: date,
          comparison: list[Cell]) -> dict[Format, str]:
    # The programme's YAML text, not its data re-serialised: the data is made from it by code the key
    # covers anyway, and serialising every programme's data cost a third of a warm build. The compare
    # column also reads the styles and the library's muscle groups, so the file that carries it keys on it.
    # Only the files that print the studio's details or the site's address key on them: a new booking link makes
    # every PDF and calendar again, not every spreadsheet too.
    branding = [studio.model_dump(mode="json"), site_url]
    return {fmt: entry_key(fmt.ext, fmt.libraries, source, exercises, branding if fmt.branded else None,
                           start.isoformat() if fmt.dated else None,
                           [astuple(cell) for cell in comparison] if fmt.compared else None)
            for fmt in FORMATS}


def _exercise_digest(info: ExerciseInfo) -> str:
    return data_digest(info.model_dump(mode="json"))


def _exercises(catalog: Catalog, program: Program) -> dict[str, ExerciseInfo]:
    return {name: catalog.exercise(name) for _, name, _ in named_exercises(program)}


def _program_keys(catalog: Catalog, program: Program, digests: dict[str, str], studio: Studio, site_url: str,
                  start: date) -> dict[str, str]:
    """{extension: cache key} of one programme's downloads."""
    if not digests:
        digests.update({info.slug: _exercise_digest(info) for info in catalog.library.exercises})
    source = f"{program.slug}\0{catalog.digests[program.slug]}"
    named = {name: digests[info.slug] for name, info in sorted(_exercises(catalog, program).items())}
    keys = _keys(source, named, studio, site_url, start, program_cells(catalog, program))
    return {fmt.ext: key for fmt, key in keys.items()}


def build_downloads(catalog: Catalog, studio: Studio, site_url: str, folder: Path, *,
                    today: date | None = None, workers: int | None = None, background: bool = False) -> Result:
    """Every programme's downloads as {site path: cached file}; only cache misses are generated, by one worker
    process per core the build may use unless `workers` says how many.

    The files are in the cache on return, or, with `background`, once `wait()` has returned."""
    workers = workers or available_cores()
    folder.mkdir(parents=True, exist_ok=True)
    start = first_monday(today or date.today())
    result, jobs = Result(), []
    digests: dict[str, str] = {}  # the library's exercises', worked out once a key has to be
    settings = json.dumps([studio.model_dump(mode="json"), site_url, start.isoformat()], sort_keys=True)
    for program in catalog.programs:
        make = partial(_program_keys, catalog, program, digests, studio, site_url, start)
        # The page key names the programme's and the library's texts, which the keys are made from with the
        # settings: a save under serve works out one programme's keys, not every programme's.
        page_key = catalog.page_key(program)
        missing = {}
        for ext, key in (make() if page_key is None else DOWNLOAD_KEYS.get((page_key, settings), make)).items():
            path = entry_path(folder, key, ext)
            result.files[download_path(program.slug, ext)] = path
            if path.is_file():
                result.reused += 1
            else:
                missing[ext] = path
        if missing:
            jobs.append(Job(program, _exercises(catalog, program), program_cells(catalog, program), studio, site_url,
                            start, missing))
    result.generated = sum(len(job.targets) for job in jobs)
    result.pruned = prune(folder, set(result.files.values()))
    if workers < 2 or (len(jobs) < 2 and not background):
        for job in jobs:
            run_job(job)
    elif jobs:
        result._owns_workers = workers not in _workers
        result._futures = _submit(start_workers(workers), _split(jobs, workers), workers)
    if not background:
        result.wait()
    return result


def _split(jobs: list[Job], workers: int) -> list[Job]:
    # One saved programme under `make serve`: its PDF in one process, its other files in the other.
    if workers < 2 or len(jobs) != 1 or "pdf" not in jobs[0].targets or len(jobs[0].targets) < 2:
        return jobs
    job = jobs[0]
    rest = {ext: path for ext, path in job.targets.items() if ext != "pdf"}
    return [replace(job, targets={"pdf": job.targets["pdf"]}), replace(job, targets=rest)]


_workers: dict[int, ProcessPoolExecutor] = {}  # by size: started once per process, kept between builds


def start_workers(workers: int | None = None, *, load_writers: bool = False) -> ProcessPoolExecutor:
    """The worker processes, started now if they are not running yet, until stop_workers(). At 1,000 programmes,
    workers forked once the site was loaded each began as big as the build (1.2 GB); forked first, they hold only
    what they make. `mkdocs serve` keeps them for its later builds, so each imports the writers' libraries once;
    with `load_writers`, at once (0.4 s that a preview's first saved programme would otherwise wait for).
    build_downloads() starts and stops its own when none are running. One per core the build may use by default."""
    workers = workers or available_cores()
    pool = _workers.get(workers)
    if pool is None or getattr(pool, "_broken", False):
        # fork starts workers without importing anything again; spawn where there is no fork.
        forking = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if forking else "spawn")
        ready = context.Barrier(workers + 1) if forking else None  # spawn starts workers one job at a time
        pool = _workers[workers] = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                                       initargs=(os.getpid(), ready), mp_context=context)
        pool.submit(int)  # a fork-context pool forks all its workers at the first job: now
        if ready is not None:
            ready.wait(timeout=STARTUP_SECONDS)  # and each has set itself up (a Ctrl+C before that printed a traceback)
        if load_writers:
            for _ in range(workers):
                pool.submit(_load_writers)
    return pool


def stop_workers() -> None:
    """End the workers once they have finished what they were given. A forked worker holds copies of every file
    its parent had open, so one kept past its use keeps pipes open that others wait to see closed."""
    while _workers:
        _workers.popitem()[1].shutdown(wait=True, cancel_futures=True)


def _start_worker(parent: int, ready) -> None:
    # A little behind the build in the queue for the cores: under serve, the page is what the owner waits for.
    os.nice(NICENESS)
    # Ctrl+C reaches the whole process group: a worker stops at once and quietly (the build says it was stopped).
    # The kernel's default ends it however busy or blocked it is; a Python handler runs only between bytecodes.
    # A build started with Ctrl+C ignored (in the background, from a git hook) goes on, and so do its workers.
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    # A worker must not outlive its build however that ends: Linux sends it SIGTERM when its parent ends.
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent ended before that was asked
        os._exit(1)
    if ready is not None:
        ready.wait(timeout=STARTUP_SECONDS)


def _load_writers() -> None:
    # Imported for the libraries they load, once per worker rather than with its first job.
    import studio.downloads.calendar  # noqa: F401
    import studio.downloads.data  # noqa: F401
    import studio.downloads.sheet  # noqa: F401
    from studio.downloads.pdf import register_fonts

    register_fonts()


def _submit(pool: ProcessPoolExecutor, jobs: list[Job], workers: int) -> list[Future]:
    # Biggest programmes first, so neither process is left with a long one at the end.
    jobs = sorted(jobs, key=lambda job: -job.program.weeks * job.program.sessions_per_week * len(job.targets))
    size = max(1, len(jobs) // (8 * workers))
    return [pool.submit(_run_jobs, jobs[i:i + size]) for i in range(0, len(jobs), size)]


def _run_jobs(jobs: list[Job]) -> int:
    return sum(run_job(job) for job in jobs)
