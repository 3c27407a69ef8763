"""Build and preview speed against a plain-Material floor, at a studio's size and at 1,000 programmes.

For each size (programmes + articles) the bench fills a copy of the site (tests/benchsites.py), then measures:
- cold builds (no download cache: every download, share card and resized picture is made) and warm builds
  (the cache from the previous build, as publishing carries .cache/ between runs): wall time and the
  build's own peak memory (ru_maxrss of that build's process and its workers, from wait4);
- the floor: a plain Material site with our theme, palette, features and Markdown extensions, search on,
  the home page as the only nav entry, and exactly as many pages as our built site, built in the same run;
- `mkdocs serve`, started as `make serve` starts it (the command is read from `make -n serve`; only the
  port changes): seconds until it answers its first page, then the seconds from saving a programme's YAML
  (its summary) and an article (its body) until the served page shows the change;
- the gzipped size of the catalogue and compare pages (at the gzip level of deploy/nginx/studio.conf).
Then warm builds at 250, 500 and 1,000 programmes, with articles scaled in proportion (the largest size's
ratio: 125, 250, 500), give the growth exponent: the log-log slope of warm time against pages.

Every figure is printed beside its target (PERFORMANCE.md) with ✓ or ✗. Runs: the median of 3 for sizes under
100 programmes, 1 run above (a 1,000-programme cold build takes many minutes); --runs sets both. Saves
through serve: the median of at least 9 of each file, with the fastest and slowest. Figures on a shared
machine are noisy: the load average is printed at the start and the end.

    python scripts/bench.py [--sizes 30+150,1000+500] [--growth 250,500,1000] [--runs N] [--skip-serve] [--quick]
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from benchfigures import Target, growth_exponent, judged, ratio_line  # noqa: E402
from benchsites import article_url, count_pages, make_floor, populate, samples  # noqa: E402
from sitecopy import copy_site  # noqa: E402

from studio.presentation import CATALOGUE_URL, COMPARE_URL  # noqa: E402

STUDIO, LARGE = "30+150", "1000+500"
TARGETS = {  # the targets in PERFORMANCE.md, by size
    STUDIO: {"warm": Target(1.5, "×"), "serve": Target(1.5, "×"), "save programme": Target(1, " s"),
             "save article": Target(2, " s")},
    LARGE: {"warm": Target(2, "×"), "cold": Target(4, "×"), "memory": Target(1024, " MB"),
            "catalogue": Target(100, " KB"), "compare": Target(100, " KB")},
}
GROWTH_TARGET = Target(1.1, "")
SAVES = 9  # saves of each file through serve, at least: one takes a second or two, and they vary by a fifth
QUICK = {"sizes": "12+6,24+8", "growth": "12,24", "runs": 1}  # tiny: for development, a few minutes
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
ENV.pop("STUDIO_CACHE_DIR", None)  # each copy keeps its own download cache, in .cache/ beside its mkdocs.yml


@dataclass(frozen=True)
class Size:
    programmes: int
    articles: int

    @classmethod
    def parse(cls, text: str) -> Size:
        programmes, _, articles = text.partition("+")
        return cls(int(programmes), int(articles or 0))

    @property
    def key(self) -> str:
        return f"{self.programmes}+{self.articles}"

    def __str__(self) -> str:
        return f"{self.programmes:,} programmes + {self.articles:,} articles"


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str


@dataclass
class Builds:
    runs: list[Run] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)


# --- running and timing ------------------------------------------------------------------------------

def run_measured(command: list[str], cwd: Path) -> tuple[int, Run]:
    """Run a command to its end: exit code, wall seconds, and its own peak memory.

    wait4 gives the rusage of this one child (with its own waited-for workers), where RUSAGE_CHILDREN
    would give the largest of every child the bench has run so far.
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
        log.seek(0)
        return process.returncode, Run(seconds, usage.ru_maxrss / 1024, log.read())


def build(root: Path, cold: bool = False) -> Run:
    shutil.rmtree(root / "site", ignore_errors=True)
    if cold:
        shutil.rmtree(root / ".cache", ignore_errors=True)
    code, run = run_measured([sys.executable, "-m", "mkdocs", "build", "--strict"], root)
    if code:
        raise SystemExit(f"the build in {root} failed:\n{run.output}")
    return run


def generated(output: str) -> int:
    """What a studio build made anew (downloads and share cards), from its log lines."""
    found = re.findall(r"(?:downloads|cards): (\d+) generated", output)
    return sum(int(n) for n in found)


def studio_builds(root: Path, runs: int) -> tuple[Builds, Builds]:
    """`runs` cold builds, each followed by a warm one. Stops if a warm build makes anything anew."""
    cold, warm = Builds(), Builds()
    for _ in range(runs):
        cold.runs.append(build(root, cold=True))
        warm.runs.append(build(root))
        if made := generated(warm.runs[-1].output):
            raise SystemExit(f"a warm build made {made} downloads or cards anew; the cache is not working:\n"
                             f"{warm.runs[-1].output}")
    return cold, warm


def floor_builds(root: Path, pages: int, runs: int) -> Builds:
    floor = make_floor(root, ROOT / "mkdocs.yml", pages)
    builds = Builds([build(floor) for _ in range(runs)])
    if count_pages(floor / "site") != pages:
        raise SystemExit(f"the floor has {count_pages(floor / 'site')} pages, not {pages}")
    return builds


def gzipped_kb(path: Path) -> float:
    """A page's size as the published site sends it: gzip at the level of our nginx config."""
    config = (ROOT / "deploy/nginx/studio.conf").read_text(encoding="utf-8")
    level = int(re.search(r"gzip_comp_level\s+(\d+)", config).group(1))
    return len(gzip.compress(path.read_bytes(), compresslevel=level)) / 1024


# --- mkdocs serve --------------------------------------------------------------------------------------

def serve_command(port: int) -> list[str]:
    """The command `make serve` runs, read from the Makefile through make itself, on another port."""
    dry_run = subprocess.run(["make", "-s", "--no-print-directory", "-n", "-C", str(ROOT), "serve"],
                             capture_output=True, text=True, check=True).stdout
    line = next(line for line in dry_run.splitlines() if re.search(r"mkdocs\S* serve\b", line))
    command = shlex.split(line)
    command[0] = str((ROOT / command[0]).resolve()) if not Path(command[0]).is_absolute() else command[0]
    address = f"127.0.0.1:{port}"
    for i, word in enumerate(command):
        if word in ("--dev-addr", "-a"):
            command[i + 1] = address
            return command
        if word.startswith("--dev-addr="):
            command[i] = f"--dev-addr={address}"
            return command
    return [*command, "--dev-addr", address]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text, or None while nothing answers. The server holds a request until a rebuild ends."""
    try:
        with urllib.request.urlopen(url, timeout=3600) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return None


def wait_until(url: str, shown, process: subprocess.Popen, log: Path, timeout: float = 3600) -> float:
    """Poll a page until `shown(text)`; the seconds it took. Stops if the server dies."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        text = fetch(url)
        if text is not None and shown(text):
            return time.perf_counter() - start
        if process.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped:\n{log.read_text(encoding='utf-8')[-3000:]}")
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show the change within {timeout:.0f} s")


@contextmanager
def serving(root: Path):
    """`mkdocs serve` in its own process group: (process, base URL, log, seconds until it answered)."""
    base, log = f"http://127.0.0.1:{free_port()}/", root / "serve.log"
    command = serve_command(int(base.rsplit(":", 1)[1].strip("/")))
    with log.open("w", encoding="utf-8") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=root, env=ENV, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        wait_until(base, lambda text: True, process, log)
        yield process, base, log, time.perf_counter() - start
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    """Ctrl+C to the server's process group (it removes its temporary site), then kill if it hangs."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def peak_mb(pid: int) -> float:
    """A running process's peak resident memory so far (VmHWM), in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


@dataclass
class Edit:
    """A saved change to one source file and the served page that must show it."""
    path: Path
    url: str
    change: Callable[[str, str], str]  # (original text, token) -> edited text

    def __post_init__(self):
        self.original = self.path.read_text(encoding="utf-8")


def replaced(pattern: str, replacement: str):
    def change(text: str, token: str) -> str:
        edited, count = re.subn(pattern, replacement.format(token=token), text, count=1, flags=re.M)
        if not count:
            raise SystemExit(f"the bench's edit found no {pattern!r} to change")
        return edited
    return change


def edits(root: Path) -> tuple[Edit, Edit]:
    """The first sample programme's summary and the first sample article's body, just after its excerpt."""
    programs, posts = samples(root)
    programme = Edit(programs[0], f"programs/{programs[0].stem}/",
                     replaced(r"^summary: .*$", "summary: Saved {token}."))
    article = Edit(posts[0], article_url(posts[0].read_text(encoding="utf-8")),
                   replaced(r"^<!-- more -->$", "<!-- more -->\n\nSaved {token}."))
    for edit in (programme, article):
        if not (root / "site" / edit.url / "index.html").is_file():
            raise SystemExit(f"the bench expected {edit.path.name} at /{edit.url}, which the build did not make")
    return programme, article


def save_to_visible(root: Path, runs: int) -> dict:
    """Serve start-up, and the seconds from saving each file until its served page shows the change, for each
    of `runs` saves."""
    programme, article = edits(root)
    times: dict[str, list[float]] = {"save programme": [], "save article": []}
    with serving(root) as (process, base, log, started):
        for _ in range(runs):
            tokens = []
            for name, edit in (("save programme", programme), ("save article", article)):
                token = f"bench{uuid.uuid4().hex[:12]}"
                tokens.append(token)
                edit.path.write_text(edit.change(edit.original, token), encoding="utf-8")
                times[name].append(wait_until(base + edit.url, lambda text, t=token: t in text, process, log))
            for edit in (programme, article):
                edit.path.write_text(edit.original, encoding="utf-8")
            for edit, token in zip((programme, article), tokens):  # back as it was before the next edit
                wait_until(base + edit.url, lambda text, t=token: t not in text, process, log)
        memory = peak_mb(process.pid)
    return {"serve": started, "serve memory": memory, **times}


# --- one size, and the growth -----------------------------------------------------------------------

def measure_size(size: Size, runs: int, skip_serve: bool, folder: Path) -> tuple[Path, int, float]:
    """Print one size's figures; return the copy (kept for the growth builds), its pages and warm seconds."""
    targets = TARGETS.get(size.key, {})
    root = copy_site(folder / "studio")
    populate(root, size.programmes, size.articles)
    cold, warm = studio_builds(root, runs)
    pages = count_pages(root / "site")
    floor = floor_builds(folder / "floor", pages, runs)
    print(f"\n{size}: {pages:,} pages in our site and in the floor; "
          f"{'median of ' + str(runs) + ' runs' if runs > 1 else 'one run'}", flush=True)
    print(f"  floor {floor.seconds:.1f} s (plain Material, search on, short nav)")
    print("  " + ratio_line("warm", warm.seconds, floor.seconds, targets.get("warm")))
    print("  " + ratio_line("cold", cold.seconds, floor.seconds, targets.get("cold")))
    memory = max(cold.peak_mb, warm.peak_mb)
    print("  " + judged(f"peak memory {memory:.0f} MB (cold {cold.peak_mb:.0f}, warm {warm.peak_mb:.0f}, "
                        f"floor {floor.peak_mb:.0f})", memory, targets.get("memory")))
    for name, url in (("catalogue", CATALOGUE_URL), ("compare", COMPARE_URL)):
        kb = gzipped_kb(root / "site" / url / "index.html")
        print("  " + judged(f"{name} page /{url} {kb:.0f} KB gzipped", kb, targets.get(name)))
    if not skip_serve:
        served = save_to_visible(root, max(runs, SAVES))
        print("  " + ratio_line("serve answering after", served["serve"], floor.seconds, targets.get("serve"),
                                of="floor build"))
        for name, what in (("save programme", "programme YAML saved"), ("save article", "article saved")):
            times = served[name]
            median = statistics.median(times)
            print("  " + judged(f"{what} → visible in {median:.1f} s (median of {len(times)} saves, "
                                f"{min(times):.1f}–{max(times):.1f})", median, targets.get(name)))
        print(f"  serve peak memory {served['serve memory']:.0f} MB, after its start-up build and the edits' rebuilds")
    return root, pages, warm.seconds


def growth_sizes(programmes: list[int], ratio: float, sample_articles: int) -> list[Size]:
    """Growth points with articles in the largest size's proportion (never fewer than the samples)."""
    return [Size(p, max(round(p * ratio), sample_articles)) for p in sorted(programmes, reverse=True)]


def rendered(output: str) -> int:
    """What a studio build rendered anew (Markdown of pages and excerpts, programme and exercise pages), from its
    log lines. A build of a site with other files renders every page again: its renders are keyed by the files
    links may point to."""
    found = re.findall(r"(?:page renders|excerpt renders|programme pages|exercise pages): (\d+) made", output)
    return sum(int(n) for n in found)


def settled_builds(root: Path, runs: int) -> Builds:
    """`runs` warm builds; a first build that still made or rendered something anew is not counted but repeated."""
    first = build(root)
    builds = Builds([] if generated(first.output) or rendered(first.output) else [first])
    while len(builds.runs) < runs:
        builds.runs.append(build(root))
    return builds


def measure_growth(points: list[Size], measured: dict[Size, tuple[Path, int, float]], runs: int,
                   folder: Path) -> None:
    """Warm builds from the largest point down, in one copy, whose download cache stays warm as it shrinks.

    The first build after `mkdocs serve` makes the downloads again (serve's site_url is the local address,
    and the downloads' cache keys include the site URL); see settled_builds."""
    largest = points[0]
    if largest in measured:
        root = measured[largest][0]
    else:
        root = copy_site(folder / "growth")
        populate(root, largest.programmes, largest.articles)
        build(root, cold=True)  # fills the cache; not a figure
    figures = []
    for size in points:
        if size in measured:
            pages, seconds = measured[size][1:]
        else:
            populate(root, size.programmes, size.articles)
            warm = settled_builds(root, runs)
            pages, seconds = count_pages(root / "site"), warm.seconds
        figures.append((pages, seconds))
        print(f"  {str(size):<34}{pages:>7,} pages{seconds:>8.1f} s{seconds / pages * 1000:>8.1f} ms/page",
              flush=True)
    exponent = growth_exponent(figures)
    print("  " + judged(f"growth exponent {exponent:.2f} (log-log slope of warm time against pages)",
                        exponent, GROWTH_TARGET))


def runs_for(size: Size, requested: int | None) -> int:
    return requested or (3 if size.programmes < 100 else 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", help=f"programmes+articles, comma-separated, never fewer than the samples "
                                        f"(default {STUDIO},{LARGE})")
    parser.add_argument("--growth", help="programme counts for the growth exponent (default 250,500,1000); "
                                         "articles in the proportion of the largest size; empty to skip")
    parser.add_argument("--runs", type=int, help="runs per figure, median (default 3 under 100 programmes, else 1)")
    parser.add_argument("--skip-serve", action="store_true", help="no mkdocs serve figures")
    parser.add_argument("--quick", action="store_true", help=f"tiny sizes for development: --sizes {QUICK['sizes']} "
                                                          f"--growth {QUICK['growth']} --runs {QUICK['runs']}")
    args = parser.parse_args()
    defaults = QUICK if args.quick else {"sizes": f"{STUDIO},{LARGE}", "growth": "250,500,1000", "runs": None}
    sizes = [Size.parse(s) for s in (args.sizes if args.sizes is not None else defaults["sizes"]).split(",") if s]
    growth = [int(p) for p in (args.growth if args.growth is not None else defaults["growth"]).split(",") if p]
    runs = args.runs or defaults["runs"]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start", flush=True)
    with tempfile.TemporaryDirectory(prefix="studio-bench-") as folder:
        measured = {}
        for i, size in enumerate(sizes):
            measured[size] = measure_size(size, runs_for(size, runs), args.skip_serve, Path(folder) / str(i))
        if len(growth) > 1:
            largest = max(sizes, key=lambda s: s.programmes) if sizes else Size.parse(LARGE)
            points = growth_sizes(growth, largest.articles / largest.programmes,
                                  len(samples(ROOT)[1]))
            print(f"\ngrowth, warm builds (articles scaled with programmes, as in {largest}):", flush=True)
            measure_growth(points, measured, runs_for(points[-1], runs), Path(folder) / "growth")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
