"""How a message names the next step, in the caller's own words.

The engine's errors and next steps point at other steps ("call init_project first"). An agent
reads those as tool calls; a person at a terminal needs the command line. The engine writes
`hints.call("init_project", backend_dir="api")` and the face in use decides the words: the MCP
server keeps the default (tool names), the CLI installs its own `Style` for the whole run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any


class Style:
    """Tool-call words, as an MCP client sees them."""

    def name(self, tool: str) -> str:
        return tool

    def call(self, tool: str, args: dict[str, Any]) -> str:
        shown = {k: v for k, v in args.items() if v is not None}
        return f"call {tool} {json.dumps(shown)}" if shown else f"call {tool}"

    def option(self, name: str, value: Any) -> str:
        return f"{name}={json.dumps(value)}"

    def argument(self, name: str) -> str:
        return f"`{name}`"


_DEFAULT = Style()
_style: ContextVar[Style | None] = ContextVar("backend_builder_hint_style", default=None)


def _current() -> Style:
    return _style.get() or _DEFAULT


@contextmanager
def using(style: Style) -> Iterator[None]:
    """Hints in `style`'s words while the block runs (the CLI wraps each command in this)."""
    token = _style.set(style)
    try:
        yield
    finally:
        _style.reset(token)


def name(tool: str) -> str:
    """A step's name: `scaffold_feature`, or `backend-builder scaffold` on the command line."""
    return _current().name(tool)


def call(tool: str, **args: Any) -> str:
    """How to run a step with these arguments: 'call init_project {...}' or 'run `backend-builder init ...`'."""
    return _current().call(tool, args)


def argument(name: str) -> str:
    """An argument named without a value: `spec`, or `--spec FILE.json`."""
    return _current().argument(name)


def option(name: str, value: Any = True) -> str:
    """An argument as the caller writes it: `overwrite=true`, or `--overwrite`."""
    return _current().option(name, value)
