"""A plan is the full list of file changes a step wants, computed before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from backend_builder.results import Result

Status = Literal["created", "updated", "identical", "conflict", "skipped"]

# How a change treats a file that already exists:
#   generated: ours; overwrite it when the user has not edited it since we wrote it
#   edit:      the user's file that we edit in place (main.py); always applied
#   once:      written only when missing (.env.example, conftest the user may tailor)
Mode = Literal["generated", "edit", "once"]


@dataclass
class FileChange:
    path: str  # relative to the workspace root, with forward slashes
    content: str
    mode: Mode = "generated"


@dataclass
class Plan:
    changes: list[FileChange] = field(default_factory=list)

    def add(self, path: str, content: str, mode: Mode = "generated") -> None:
        self.changes = [c for c in self.changes if c.path != path]
        self.changes.append(FileChange(path, content, mode))

    def extend(self, other: Plan) -> None:
        for change in other.changes:
            self.add(change.path, change.content, change.mode)


class FileResult(Result):
    path: str
    status: Status
    reason: str | None = None
    diff: str | None = None
