"""Build-time benchmark: the sample site, and copies with many programmes. Prints figures; stops if a warm build regenerates anything.

Cold builds start without the cache (every PDF, spreadsheet, CSV, JSON and calendar file, every share card
and every resized exercise picture is generated); warm builds keep it, as a publishing workflow that
carries .cache/ between runs does. The card columns are the time the build spent on share cards.

    python scripts/bench.py [--sizes 200,1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from sitecopy import copy_site  # noqa: E402
from studio import load_catalog  # noqa: E402
from studio.plan import expand  # noqa: E402


def expansion_seconds(root: Path, runs: int = 5) -> float:
    """What expanding every programme into its week-by-week plan costs, as a build does it once per programme."""
    catalog = load_catalog(root)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for program in catalog.programs:
            expand(program, catalog.exercise)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scale(root: Path, count: int) -> None:
    """Fill programs/ with `count` programmes, cycling through the samples under new slugs and titles.

    (" #7" after a title would be a YAML comment, leaving every copy with its sample's title and share card.)
    """
    samples = sorted((root / "programs").glob("*.yml"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    for n in range(len(samples), count):
        text = texts[n % len(texts)]
        text = re.sub(r"^title: (.*)$", lambda m: f'title: "{m.group(1).strip(chr(34))}, copy {n}"', text, count=1, flags=re.M)
        (root / "programs" / f"copy-{n:04d}.yml").write_text(text, encoding="utf-8")


def build_once(root: Path, cold: bool) -> tuple[float, int, int, str, str, float]:
    shutil.rmtree(root / "site", ignore_errors=True)
    if cold:
        shutil.rmtree(root / ".cache", ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("STUDIO_CACHE_DIR", None)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"],
                            cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(result.stdout + result.stderr)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    log = result.stdout + result.stderr
    downloads = re.search(r"downloads: (\d+) generated", log)
    cards = re.search(r"cards: (\d+) generated, \d+ reused from cache in ([\d.]+) s", log)
    return (elapsed, peak_kb, pages, downloads.group(1) if downloads else "?", cards.group(1) if cards else "?",
            float(cards.group(2)) if cards else float("nan"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200", help="programme counts besides the sample site")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'site':<22}{'programmes':>11}{'pages':>8}{'files':>7}{'cold s':>8}{'warm s':>8}{'warm ms/page':>13}"
          f"{'peak RSS':>10}{'cards':>7}{'cards cold s':>13}{'cards warm s':>13}")
    for size in [0, *[int(s) for s in args.sizes.split(",") if s]]:
        with tempfile.TemporaryDirectory() as folder:
            root = copy_site(Path(folder) / "site")
            if size:
                scale(root, size)
            programmes = len(list((root / "programs").glob("*.yml")))
            cold, warm, cards_cold, cards_warm = [], [], [], []
            for _ in range(args.runs):
                elapsed, peak_kb, pages, made, cards, card_s = build_once(root, cold=True)
                cold.append(elapsed)
                cards_cold.append(card_s)
                assert made == str(programmes * 5), made
                card_count = cards
                elapsed, peak_kb, pages, made, cards, card_s = build_once(root, cold=False)
                warm.append(elapsed)
                cards_warm.append(card_s)
                assert made == "0", made  # a warm build must reuse every download
                assert cards == "0", cards  # and every card
            cold_s, warm_s = statistics.median(cold), statistics.median(warm)
            name = "sample site" if not size else f"{size}-programme copy"
            print(f"{name:<22}{programmes:>11}{pages:>8}{programmes * 5:>7}{cold_s:>8.2f}{warm_s:>8.2f}"
                  f"{warm_s / pages * 1000:>13.1f}{peak_kb / 1024:>8.0f} MB{card_count:>7}"
                  f"{statistics.median(cards_cold):>13.2f}{statistics.median(cards_warm):>13.2f}")
            plans = expansion_seconds(root)
            print(f"{'':<22}plan expansion {plans * 1000:.1f} ms = {plans / warm_s:.1%} of the warm build")


if __name__ == "__main__":
    main()
