"""A killed run leaves nothing half done, and two runs at once lose nothing (the workspace's journal and lock)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.errors import BuilderError
from backend_builder.workspace import Workspace, workspace

from .conftest import TASK_SPEC, snapshot

GROWN = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "priority", "type": "int", "default": 1}],
         "stats": True}
USER_LINE = "# the user's own note, kept across regenerations\n"

# Runs one scaffold in a child process and SIGKILLs it at the n-th call of `point`
# (os.replace: the journal, then each swap; os.chmod: each staged file, before the journal).
KILLER = """
import json, os, signal, sys
from backend_builder import operations
root, point, n, spec = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
real = getattr(os, point)
count = [0]
def deadly(*args, **kwargs):
    count[0] += 1
    if count[0] == n:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, point, deadly)
operations.scaffold_feature(root, spec=spec)
print("finished")
"""


def _prepare(root: Path) -> None:
    operations.init_project(str(root))
    operations.scaffold_feature(str(root), spec=TASK_SPEC)
    router = root / "backend/app/routers/tasks.py"
    router.write_text(USER_LINE + router.read_text())


def _tree(root: Path) -> dict[str, bytes]:
    return {path: data for path, data in snapshot(root).items() if "/.backend-builder/staging" not in f"/{path}"}


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The tree an uninterrupted run gives."""
    root = tmp_path_factory.mktemp("uninterrupted")
    _prepare(root)
    operations.scaffold_feature(str(root), spec=GROWN)
    return _tree(root)


@pytest.mark.parametrize(("point", "n"), [("os.chmod", 1), ("os.chmod", 6), ("os.replace", 1), ("os.replace", 2),
                                          ("os.replace", 5), ("os.replace", 8), ("os.replace", 10)])
def test_a_killed_apply_is_finished_or_undone_by_the_next_run(
    root: Path, point: str, n: int, expected: dict[str, bytes]
) -> None:
    _prepare(root)
    child = subprocess.run([sys.executable, "-c", KILLER, str(root), point.removeprefix("os."), str(n),
                            json.dumps(GROWN)], capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == -9, child.stderr  # it was killed mid-apply
    staging = root / "backend/.backend-builder/staging"
    assert staging.exists()  # it left its staging behind

    again = operations.scaffold_feature(str(root), spec=GROWN)
    assert not any(f.status == "conflict" for f in again.files), again.files
    assert _tree(root) == expected
    assert not staging.exists()
    assert not list(root.rglob("*.tmp"))
    assert (root / "backend/app/routers/tasks.py").read_text().startswith(USER_LINE)


def test_check_project_finishes_a_killed_apply(root: Path, expected: dict[str, bytes]) -> None:
    _prepare(root)
    subprocess.run([sys.executable, "-c", KILLER, str(root), "replace", "4", json.dumps(GROWN)],
                   capture_output=True, timeout=120, check=False)
    assert (root / "backend/.backend-builder/journal.json").is_file()
    operations.check_project(str(root))
    assert not (root / "backend/.backend-builder/journal.json").exists()
    assert _tree(root) == expected


RACER = """
import sys, time
from backend_builder import operations
root, name, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
spec = {"name": name, "fields": [{"name": "title", "type": "str"}]}
time.sleep(max(0.0, start - time.time()))
operations.scaffold_feature(root, spec=spec)
"""


def test_two_runs_at_the_same_instant_both_land(root: Path) -> None:
    operations.init_project(str(root))
    for trial in range(5):
        names = (f"alpha{trial}", f"beta{trial}")
        start = time.time() + 1.5
        racers = [subprocess.Popen([sys.executable, "-c", RACER, str(root), name, str(start)],
                                   stderr=subprocess.PIPE, text=True) for name in names]
        for racer in racers:
            assert racer.wait(timeout=120) == 0, racer.stderr.read() if racer.stderr else ""
        main = (root / "backend/app/main.py").read_text()
        models = (root / "backend/app/models/__init__.py").read_text()
        for name in names:
            assert f"app.routers.{name}s import router" in main, (trial, name)
            assert f"app.models.{name} import" in models, (trial, name)
    assert operations.check_project(str(root)).passed


def test_a_lock_held_too_long_is_a_clear_error(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workspace, "LOCK_TIMEOUT_SECONDS", 0.2)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with Workspace(str(project), "backend").locked():
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        held.wait(10)
        with pytest.raises(BuilderError, match="Another backend-builder run") as caught:
            operations.scaffold_feature(str(project), spec=TASK_SPEC)
        assert "try again" in str(caught.value)
    finally:
        release.set()
        holder.join()
    assert not (project / "backend/app/models/task.py").exists()
    operations.scaffold_feature(str(project), spec=TASK_SPEC)  # free again
