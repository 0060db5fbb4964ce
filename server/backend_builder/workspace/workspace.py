"""The workspace: every read and write of the engine goes through here.

It is confined to its root (no `..`, absolute path or symlink leads outside), keeps a manifest of
what it generated so that user edits show up as conflicts, and applies a plan atomically.
"""

from __future__ import annotations

import difflib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

import filelock
import merge3

from backend_builder.errors import BuilderError
from backend_builder.workspace.plan import FileResult, Plan

STATE_DIR = ".backend-builder"
MANIFEST = f"{STATE_DIR}/manifest.json"
BASE_DIR = f"{STATE_DIR}/base"  # the last generated version of each file: the base of three-way merges
# An apply stages every new file here, then writes the journal, then swaps the files in. A run
# killed after the journal exists is finished by the next one; one killed before leaves only
# staging, which the next one removes.
STAGING_DIR = f"{STATE_DIR}/staging"
JOURNAL = f"{STATE_DIR}/journal.json"
LOCK_TIMEOUT_SECONDS = 60.0


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
        try:
            if not path.is_file():
                return None
        except OSError as error:  # a name longer than the file system allows names no file that exists
            if error.errno == errno.ENAMETOOLONG:
                return None
            raise
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

    def features(self) -> dict[str, dict[str, Any]]:
        """The FeatureSpec each feature was last generated from, by feature name."""
        recorded = self.manifest().get("features", {})
        return dict(recorded) if isinstance(recorded, dict) else {}

    # -- one run at a time, and recovery from a killed one ----------------------------------------

    @contextmanager
    def locked(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the root's lock: plan + apply of two runs (threads or processes) never interleave.

        The lock file lives in the system's temporary folder, keyed by the root's real path, so
        nothing is added to the user's tree.
        """
        folder = Path(tempfile.gettempdir()) / "backend-builder-locks"
        if not folder.is_dir():
            folder.mkdir(exist_ok=True)
            try:  # shared by every user of the machine, like /tmp itself (mkdir's mode obeys the umask)
                folder.chmod(0o1777)
            except OSError:
                pass
        path = folder / f"{hashlib.sha256(str(self.root).encode()).hexdigest()[:32]}.lock"
        lock = filelock.FileLock(str(path), mode=0o666, is_singleton=False)
        timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
        try:
            lock.acquire(timeout=timeout)
        except filelock.Timeout:
            raise BuilderError(
                f"Another backend-builder run has been changing {self.root} for over {timeout:.0f} s.",
                fix=f"wait for it to finish, then try again. If no other run is active, delete {path}.",
            ) from None
        try:
            self.recover()
            yield
        finally:
            lock.release()

    def recover(self) -> list[str]:
        """Finish an apply that was killed after its journal was written; drop leftover staging.

        Returns the backend-relative paths it completed. Files the user changed since the killed
        run started are left as they are.
        """
        journal_path = self.resolve(self.backend_path(JOURNAL))
        completed: list[str] = []
        if journal_path.is_file():
            try:
                journal = json.loads(journal_path.read_text(encoding="utf-8"))
                entries = journal["files"]
                staging = self.resolve(self.backend_path(f"{STAGING_DIR}/{journal['staging']}"))
            except (ValueError, KeyError, TypeError, BuilderError):
                entries, staging = [], None
            for entry in entries:
                target = self.resolve(self.backend_path(entry["path"]))
                staged = staging / entry["staged"] if staging else None
                if staged is None or not staged.is_file():
                    continue  # swapped in before the kill
                current = target.read_bytes() if target.is_file() else None
                current_sha = None if current is None else hashlib.sha256(current).hexdigest()
                if current_sha not in (entry.get("previous"), entry.get("sha")):
                    continue  # changed by the user since: theirs wins
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, target)
                completed.append(entry["path"])
            journal_path.unlink(missing_ok=True)
        staging_root = self.resolve(self.backend_path(STAGING_DIR))
        if staging_root.is_dir():
            shutil.rmtree(staging_root, ignore_errors=True)
        return completed

    # -- plan -> results -> apply -------------------------------------------------------------------

    def apply(
        self,
        plan: Plan,
        *,
        dry_run: bool = False,
        overwrite: bool = False,
        settings: dict[str, Any] | None = None,
        features: dict[str, dict[str, Any]] | None = None,
    ) -> list[FileResult]:
        """Decide each file's status, then write the plan all at once (or not at all on dry_run).

        `features` records the FeatureSpec each generated feature came from, so that later steps
        can name the feature alone.
        """
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
            if dry_run and rel in writes:
                result.diff = unified_diff(shown, current, writes[rel])
            results.append(result)
            if change.mode == "generated" and result.status != "conflict":
                recorded[rel] = sha256(change.content)
                if self.read(self.backend_path(f"{BASE_DIR}/{rel}")) != change.content:
                    writes[f"{BASE_DIR}/{rel}"] = change.content
        if dry_run:
            return results
        if settings:
            manifest["settings"].update(settings)
        if features:
            recorded_features = manifest.get("features")
            manifest["features"] = {**(recorded_features if isinstance(recorded_features, dict) else {}),
                                    **features}
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
        """Write every file or none: stage, journal, swap; undo the swaps on an error.

        A kill (SIGKILL, power cut of the process) before the journal exists leaves only
        staging; after it, `recover` finishes the swaps. Either way the next run starts from a
        whole tree.
        """
        targets = {rel: self.resolve(self.backend_path(rel)) for rel in writes}
        batch = uuid.uuid4().hex
        staging = self.resolve(self.backend_path(f"{STAGING_DIR}/{batch}"))
        previous: dict[Path, bytes | None] = {}
        swapped: list[Path] = []
        created_dirs: list[Path] = []
        journal = self.resolve(self.backend_path(JOURNAL))
        try:
            created_dirs += _make_folders(staging)
            entries = []
            for index, (rel, target) in enumerate(targets.items()):
                staged = staging / str(index)
                with open(staged, "w", encoding="utf-8", newline="") as handle:
                    handle.write(writes[rel])
                os.chmod(staged, 0o644)
                previous[target] = target.read_bytes() if target.is_file() else None
                old = previous[target]
                entries.append({
                    "path": rel, "staged": str(index), "sha": sha256(writes[rel]),
                    "previous": None if old is None else hashlib.sha256(old).hexdigest(),
                })
            pending = staging / "journal.json"
            pending.write_text(json.dumps({"staging": batch, "files": entries}), encoding="utf-8")
            os.replace(pending, journal)
            for index, (rel, target) in enumerate(targets.items()):
                created_dirs += _make_folders(target.parent)
                self.resolve(self.backend_path(rel))  # re-check after creating folders
                os.replace(staging / str(index), target)
                swapped.append(target)
            journal.unlink()
        except BaseException:
            for target in reversed(swapped):
                old = previous[target]
                if old is None:
                    target.unlink(missing_ok=True)
                else:
                    target.write_bytes(old)
            journal.unlink(missing_ok=True)
            shutil.rmtree(staging, ignore_errors=True)
            for folder in sorted(created_dirs, key=lambda f: len(f.parts), reverse=True):
                try:
                    folder.rmdir()  # only when empty: what this run created and nothing else uses
                except OSError:
                    pass
            raise
        shutil.rmtree(staging, ignore_errors=True)
        try:
            staging.parent.rmdir()
        except OSError:
            pass


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; return those created, outermost first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir()
    return list(reversed(missing))
