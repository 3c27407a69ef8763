"""How heavy the catalogue and the compare page are at a given number of programmes (PERFORMANCE.md).

Builds a scaled copy of the sample site in a temporary folder (a cold build: every download is made) and
prints each page's HTML size, raw and gzipped. At 1,000 programmes this takes several minutes.

    python scripts/list_page_sizes.py [--count 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from listsizes import page_sizes, scale_site  # noqa: E402
from sitecopy import BUILD_DATE, copy_site, dated  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000, help="programmes in the scaled copy")
    parser.add_argument("--keep", type=Path, help="build here and keep it, instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        root = copy_site(args.keep or Path(temporary) / "site")
        scale_site(root, args.count)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **dated(BUILD_DATE)}
        env.pop("STUDIO_CACHE_DIR", None)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env,
                                capture_output=True, text=True)
        if result.returncode:
            raise SystemExit(result.stdout + result.stderr)
        print(f"{args.count} programmes, built in {time.perf_counter() - start:.0f} s")
        for name, (raw, gz) in page_sizes(root / "site").items():
            print(f"{name:<10} {raw / 1024:9.1f} KB HTML {gz / 1024:8.1f} KB gzipped")


if __name__ == "__main__":
    main()
