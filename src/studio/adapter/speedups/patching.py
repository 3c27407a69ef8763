"""Swapping a host's attribute for ours and back: each speed-up's patches, installed only while it runs.

Every attribute swapped here is an entry of studio.adapter.compat.PRIVATES. `uninstall` puts back what was
there, so a build with the speed-ups off (or with an unchecked version, compat.py) runs the host's own code,
even in a process (`mkdocs serve`) whose earlier builds ran ours.
"""

from __future__ import annotations

__all__ = ["Patches"]


class Patches:
    def __init__(self, *swaps: tuple[object, str, object]) -> None:
        self.swaps = swaps
        self.originals: dict[int, object] = {}

    def install(self) -> None:
        for i, (owner, name, ours) in enumerate(self.swaps):
            if i not in self.originals:
                self.originals[i] = getattr(owner, name)
            setattr(owner, name, ours)

    def uninstall(self) -> None:
        for i, (owner, name, _) in enumerate(self.swaps):
            if i in self.originals:
                setattr(owner, name, self.originals.pop(i))

    @property
    def installed(self) -> bool:
        return bool(self.originals)
