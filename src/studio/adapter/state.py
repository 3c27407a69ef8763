"""What every hook of the adapter shares in one process: whether MkDocs is serving, and this build's options.

MkDocs loads each file of hooks/ as its own module; they meet here. `events.on_startup` sets the serving state
once (serve keeps the process between builds), `events.on_config` the options of each build and which speed-ups
it runs (`studio.adapter.speedups.switch`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.site import BuildOptions

__all__ = ["STATE", "State"]


@dataclass
class State:
    serving: bool = False  # under `mkdocs serve`
    dirty: bool = False  # `--dirty`: the quick rebuilds, when the speed-ups run
    options: BuildOptions = field(default_factory=BuildOptions)
    speedups: frozenset[str] = frozenset()  # the speed-ups this build runs (compat.SPEEDUPS, less those off)

    def runs(self, speedup: str) -> bool:
        return speedup in self.speedups


STATE = State()
