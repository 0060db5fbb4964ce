"""Import bookkeeping for one generated module.

A generated class body may hold a field named like an imported name (`date: date`); a later
annotation would then see the field, not the type. Names that clash with the module's field
names are imported under a private alias instead, so any legal field name works.
"""

from __future__ import annotations


class Imports:
    def __init__(self, taken: set[str] | None = None, home: str = "") -> None:
        self.taken = set(taken or ())
        self.home = home  # the module being generated: its own names need no import
        self._from: dict[str, dict[str, str]] = {}

    def name(self, module: str, name: str) -> str:
        """Import `name` from `module`; return the local name to use in code."""
        if module == self.home:
            return name
        local = f"_{name}" if name in self.taken else name
        self._from.setdefault(module, {})[name] = local
        return local

    def locals(self) -> set[str]:
        """Every name the imports bind in the module."""
        return {local for names in self._from.values() for local in names.values()}

    def lines(self) -> list[str]:
        out = []
        for module in sorted(self._from):
            names = self._from[module]
            parts = [n if n == local else f"{n} as {local}" for n, local in sorted(names.items())]
            out.append(f"from {module} import {', '.join(parts)}")
        return out
