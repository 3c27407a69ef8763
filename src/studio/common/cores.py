"""How many processes or threads a build may keep busy: the cores this process may run on.

`os.cpu_count()` counts the machine's cores, which is wrong on a shared runner or in a container: a
GitHub runner pins the job to its own cores, and a container may be held to a CPU quota. Both are read here,
so the download and share-card workers number the cores the build can really use."""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")  # cgroup v2: "<quota> <period>" or "max <period>"


def available_cores(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """The cores this process may use: those it is pinned to, fewer if a CPU quota allows less; at least 1."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    quota = _quota(cpu_max)
    if quota is not None:
        cores = min(cores, quota)
    return max(1, cores)


def _quota(cpu_max: Path) -> int | None:
    # A quota of 1.5 cores keeps two workers busy for three quarters of the time: round up.
    try:
        quota, period = cpu_max.read_text(encoding="ascii").split()[:2]
        return max(1, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError, ZeroDivisionError):  # no cgroup v2, "max" (no quota), or unreadable
        return None
