"""The workspace: every read and write of the engine goes through here.

It is confined to its root (no `..`, absolute path or symlink leads outside), keeps a manifest of
what it generated so that user edits show up as conflicts, and applies a plan atomically.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

import merge3

from backend_builder.errors import BuilderError
from backend_builder.workspace.plan import FileResult, Plan

STATE_DIR = ".backend-builder"
MANIFEST = f"{STATE_DIR}/manifest.json"
BASE_DIR = f"{STATE_DIR}/base"  # the last generated version of each file: the base of three-way merges


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def merge_three_way(base: str, mine: str, generated: str) -> str | None:
    """Your edits and the new generated version on top of the last generated one, or None on a conflict."""
    merger = merge3.Merge3(base.splitlines(keepends=True), mine.splitlines(keepends=True),
                           generated.splitlines(keepends=True))
    if any(region[0] == "conflict" for region in merger.merge_regions()):
        return None
    return "".join(merger.merge_lines())


def unified_diff(path: str, old: str | None, new: str) -> str:
    lines = difflib.unified_diff(
        (old or "").splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile="/dev/null" if old is None else f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class Workspace:
    """A root folder and, inside it, the backend folder the generated files live in."""

    def __init__(self, root: str | os.PathLike[str], backend_dir: str = "backend") -> None:
        root_path = Path(root)
        if not root_path.is_dir():
            raise BuilderError(
                f"The root {str(root)!r} is not a folder.",
                fix="start the server with --root pointing at your project folder, "
                "or set BACKEND_BUILDER_ROOT.",
            )
        self.root = root_path.resolve()
        self.backend_dir = self._relative(backend_dir, what="backend_dir")
        self.base = self.resolve(self.backend_dir)

    # -- confinement ---------------------------------------------------------------------------

    @staticmethod
    def _relative(path: str, what: str = "path") -> str:
        """Normalise a user-given relative path; refuse absolute paths and `..`."""
        if not isinstance(path, str) or not path.strip() or "\x00" in path:
            raise BuilderError(f"The {what} {path!r} is empty or invalid.", example="backend")
        pure = PurePosixPath(path.replace("\\", "/"))
        if pure.is_absolute() or (len(path) > 1 and path[1] == ":"):
            raise BuilderError(
                f"The {what} {path!r} is absolute; only paths inside the project root are allowed.",
                fix="pass a path relative to the root.",
                example="backend",
            )
        if ".." in pure.parts:
            raise BuilderError(
                f"The {what} {path!r} climbs out with '..'; only paths inside the root are allowed.",
                fix="pass a path relative to the root, without '..'.",
                example="backend",
            )
        parts = [p for p in pure.parts if p not in ("", ".")]
        return "/".join(parts) or "."

    def resolve(self, rel: str) -> Path:
        """The absolute path of `rel` (root-relative); refused if it, or a symlink on the way, leaves the root."""
        rel = self._relative(rel)
        target = (self.root / rel).resolve()
        if target != self.root and self.root not in target.parents:
            raise BuilderError(
                f"The path {rel!r} leads outside the project root (through a symlink).",
                fix="remove the symlink or choose another path; nothing outside the root is read or written.",
            )
        return target

    def backend_path(self, rel: str) -> str:
        """Root-relative path of a file in the backend folder."""
        rel = self._relative(rel)
        return rel if self.backend_dir == "." else f"{self.backend_dir}/{rel}"

    def read(self, rel: str) -> str | None:
        """Text of a root-relative file, or None if it does not exist."""
        path = self.resolve(rel)
        if not path.is_file():
            return None
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise BuilderError(f"{rel} is not UTF-8 text.") from None

    # -- manifest -----------------------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        raw = self.read(self.backend_path(MANIFEST))
        if raw is None:
            return {"version": 1, "settings": {}, "files": {}}
        try:
            data = json.loads(raw)
            assert isinstance(data, dict) and isinstance(data.get("files"), dict)
        except (ValueError, AssertionError):
            raise BuilderError(
                f"{self.backend_path(MANIFEST)} is not a valid manifest.",
                fix="restore it from version control, or delete it: every generated file "
                "will then count as edited by you (conflict) until you pass overwrite=true.",
            ) from None
        data.setdefault("settings", {})
        return data

    def settings(self) -> dict[str, Any]:
        return dict(self.manifest().get("settings", {}))

    # -- plan -> results -> apply -------------------------------------------------------------------

    def apply(
        self,
        plan: Plan,
        *,
        dry_run: bool = False,
        overwrite: bool = False,
        settings: dict[str, Any] | None = None,
    ) -> list[FileResult]:
        """Decide each file's status, then write the plan all at once (or not at all on dry_run)."""
        manifest = self.manifest()
        recorded: dict[str, str] = manifest["files"]
        results: list[FileResult] = []
        writes: dict[str, str] = {}  # backend-relative path -> content
        for change in plan.changes:
            rel = self._relative(change.path)
            shown = self.backend_path(rel)
            current = self.read(shown)
            result = FileResult(path=shown, status="created")
            if current is None:
                writes[rel] = change.content
            elif current == change.content:
                result.status = "identical"
            elif change.mode == "once":
                result.status, result.reason = "skipped", "exists; it is yours to edit"
            elif change.mode == "edit" or recorded.get(rel) == sha256(current):
                result.status = "updated"
                writes[rel] = change.content
            elif overwrite:
                result.status, result.reason = "updated", "overwritten at your request (overwrite=true)"
                writes[rel] = change.content
            elif (merged := self._merge(rel, current, change.content)) == current:
                result.status = "skipped"
                result.reason = "edited by you; the generated version has not changed since, so it stays as it is"
            elif merged is not None:
                result.status = "updated"
                result.reason = "your edits were kept: merged three-way with the new generated version"
                result.diff = unified_diff(shown, current, merged)
                writes[rel] = merged
            else:
                result.status = "conflict"
                result.reason = (
                    "edited since it was generated, and the edits overlap the regenerated lines (or the "
                    "file was not generated by this tool); left untouched. Merge the diff by hand, or call "
                    "again with overwrite=true to replace it."
                )
                result.diff = unified_diff(shown, current, change.content)
            if dry_run and result.status in ("created", "updated"):
                result.diff = unified_diff(shown, current, change.content)
            results.append(result)
            if change.mode == "generated" and result.status != "conflict":
                recorded[rel] = sha256(change.content)
                if self.read(self.backend_path(f"{BASE_DIR}/{rel}")) != change.content:
                    writes[f"{BASE_DIR}/{rel}"] = change.content
        if dry_run:
            return results
        if settings:
            manifest["settings"].update(settings)
        manifest["files"] = dict(sorted(recorded.items()))
        text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
        if text != self.read(self.backend_path(MANIFEST)):
            writes[MANIFEST] = text
        if writes:
            self._write_atomically(writes)
        return results

    def _merge(self, rel: str, current: str, generated: str) -> str | None:
        base = self.read(self.backend_path(f"{BASE_DIR}/{rel}"))
        return None if base is None else merge_three_way(base, current, generated)

    def _write_atomically(self, writes: dict[str, str]) -> None:
        """Write every file or none: stage temporaries, swap them in, undo the swaps on failure."""
        targets = {rel: self.resolve(self.backend_path(rel)) for rel in writes}
        created_dirs: list[Path] = []
        staged: dict[str, Path] = {}
        previous: dict[Path, bytes | None] = {}
        swapped: list[Path] = []
        try:
            for rel, target in targets.items():
                missing = []
                parent = target.parent
                while not parent.exists():
                    missing.append(parent)
                    parent = parent.parent
                for folder in reversed(missing):
                    folder.mkdir()
                    created_dirs.append(folder)
                self.resolve(self.backend_path(rel))  # re-check after creating folders
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                    handle.write(writes[rel])
                staged[rel] = Path(tmp)
                previous[target] = target.read_bytes() if target.is_file() else None
            for rel, target in targets.items():
                mode = 0o644
                os.chmod(staged[rel], mode)
                os.replace(staged[rel], target)
                swapped.append(target)
        except BaseException:
            for target in reversed(swapped):
                old = previous[target]
                if old is None:
                    target.unlink(missing_ok=True)
                else:
                    target.write_bytes(old)
            for tmp in staged.values():
                tmp.unlink(missing_ok=True)
            for folder in reversed(created_dirs):
                try:
                    folder.rmdir()
                except OSError:
                    pass
            raise
