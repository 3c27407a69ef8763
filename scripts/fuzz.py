"""`make fuzz`: the pipeline fuzzer (tests/fuzz) with new random inputs, batch after batch, for a set time.

Prints how many inputs were tried and how they ended; stops at the first failure, which Hypothesis
shrinks to a small example and prints with the line to reproduce it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=float(os.environ.get("FUZZ_MINUTES") or 10))
    args = parser.parse_args()
    os.environ["STUDIO_FUZZ_PROFILE"] = "long"
    os.chdir(ROOT)
    import pytest

    deadline = time.monotonic() + args.minutes * 60
    batches = 0
    code = 0
    while time.monotonic() < deadline:
        batches += 1
        code = pytest.main(["tests/fuzz", "-q", "-x", "-p", "no:cacheprovider", "--no-header"])
        if code != 0:
            break
    counts = sys.modules["pipeline"].COUNTS if "pipeline" in sys.modules else {"inputs": 0, "accepted": 0, "refused": 0}
    verdict = "nothing found" if code == 0 else "a failure found (above)"
    print(f"\nmake fuzz: {counts['inputs']:,} inputs tried in {batches} batches over {args.minutes:g} min: "
          f"{counts['accepted']:,} accepted with every output made, {counts['refused']:,} refused with file:line "
          f"messages; {verdict}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
