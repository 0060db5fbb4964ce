"""The one error type the engine raises: what went wrong, how to fix it, an example."""

from __future__ import annotations


class BuilderError(Exception):
    """A problem the caller can fix. Faces turn it into a tool error or an exit code."""

    def __init__(self, message: str, *, fix: str = "", example: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix
        self.example = example

    def __str__(self) -> str:
        parts = [self.message]
        if self.fix:
            parts.append(f"Fix: {self.fix}")
        if self.example:
            parts.append(f"Example: {self.example}")
        return "\n".join(parts)
