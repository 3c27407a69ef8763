"""Build-time benchmark: the sample site, and copies with many programmes. Prints figures; asserts nothing.

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


def scale(root: Path, count: int) -> None:
    """Fill programs/ with `count` programmes, cycling through the samples under new slugs."""
    samples = sorted((root / "programs").glob("*.yml"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    for n in range(len(samples), count):
        text = texts[n % len(texts)]
        text = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1).strip(chr(34))} #{n}", text, count=1, flags=re.M)
        (root / "programs" / f"copy-{n:04d}.yml").write_text(text, encoding="utf-8")


def build_once(root: Path) -> tuple[float, int, int]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict"],
                            cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(result.stdout + result.stderr)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    return elapsed, peak_kb, pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200", help="programme counts besides the sample site")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'site':<22}{'programmes':>11}{'pages':>8}{'median s':>10}{'ms/page':>9}{'peak RSS':>10}")
    for size in [0, *[int(s) for s in args.sizes.split(",") if s]]:
        with tempfile.TemporaryDirectory() as folder:
            root = copy_site(Path(folder) / "site")
            if size:
                scale(root, size)
            programmes = len(list((root / "programs").glob("*.yml")))
            times = []
            for _ in range(args.runs):
                shutil.rmtree(root / "site", ignore_errors=True)
                elapsed, peak_kb, pages = build_once(root)
                times.append(elapsed)
            median = statistics.median(times)
            name = "sample site" if not size else f"{size}-programme copy"
            print(f"{name:<22}{programmes:>11}{pages:>8}{median:>10.2f}{median / pages * 1000:>9.1f}"
                  f"{peak_kb / 1024:>8.0f} MB")


if __name__ == "__main__":
    main()
