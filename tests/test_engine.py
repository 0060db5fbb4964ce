"""The engine's promises: dry runs, idempotence, conflicts, atomic writes, confinement."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.errors import BuilderError
from backend_builder.workspace import Plan, Workspace
from backend_builder.workspace.workspace import unified_diff

from .conftest import TASK_SPEC, snapshot


def test_dry_run_writes_nothing_and_returns_unified_diffs(project: Path) -> None:
    before = snapshot(project)
    result = operations.scaffold_feature(str(project), spec=TASK_SPEC, dry_run=True)
    assert snapshot(project) == before
    assert result.dry_run
    by_path = {f.path: f for f in result.files}
    model = by_path["backend/app/models/task.py"]
    assert model.status == "created"
    assert model.diff is not None and model.diff.startswith("--- /dev/null\n+++ b/backend/app/models/task.py\n@@")
    main = by_path["backend/app/main.py"]
    assert main.status == "updated"
    assert main.diff is not None and "+from app.routers.tasks import router as tasks_router" in main.diff


def test_dry_run_of_init_writes_nothing(root: Path) -> None:
    result = operations.init_project(str(root), dry_run=True)
    assert snapshot(root) == {}
    assert all(f.status == "created" and f.diff is not None for f in result.files)
    main = next(f for f in result.files if f.path == "backend/app/main.py")
    assert main.diff and "+app = FastAPI(" in main.diff


def test_a_second_identical_run_writes_nothing_and_says_identical(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    before = snapshot(project)
    mtimes = {p: p.stat().st_mtime_ns for p in project.rglob("*") if p.is_file()}
    again = operations.scaffold_feature(str(project), spec=TASK_SPEC)
    assert {f.status for f in again.files} == {"identical"}
    assert snapshot(project) == before
    assert {p: p.stat().st_mtime_ns for p in project.rglob("*") if p.is_file()} == mtimes
    init_again = operations.init_project(str(project))
    assert {f.status for f in init_again.files} <= {"identical", "skipped"}
    assert snapshot(project) == before


GROWN = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "priority", "type": "int", "required": False}]}


def test_an_edit_apart_from_the_changes_is_merged_three_way(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    model = project / "backend/app/models/task.py"
    model.write_text(model.read_text() + "\n\n# my own note\n")
    result = operations.generate("model", str(project), spec=GROWN)
    (only,) = result.files
    assert only.status == "updated" and "merged three-way" in (only.reason or "")
    text = model.read_text()
    assert "# my own note" in text and "priority: int | None" in text
    # and again: the merged file is the user's, the next spec change merges on top of it
    again = operations.generate("model", str(project), spec={**GROWN, "fields": [*GROWN["fields"],
                                {"name": "done_on", "type": "date", "required": False}]})
    assert again.files[0].status == "updated"
    assert "# my own note" in model.read_text() and "done_on" in model.read_text()


def test_an_overlapping_edit_is_a_conflict_with_its_diff_and_left_untouched(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    model = project / "backend/app/models/task.py"
    edited = model.read_text().replace("    completed: bool", "    completed: bool  # mine\n    archived: bool = False")
    model.write_text(edited)
    result = operations.generate("model", str(project), spec=GROWN)
    (only,) = result.files
    assert only.status == "conflict"
    assert only.diff is not None and "-    archived: bool = False" in only.diff and "+    priority: int | None" in only.diff
    assert model.read_text() == edited
    assert "overwrite=true" in result.next_steps[0]
    forced = operations.generate("model", str(project), spec=GROWN, overwrite=True)
    assert forced.files[0].status == "updated"
    assert "priority" in model.read_text() and "# mine" not in model.read_text()


def test_an_unedited_generated_file_is_updated_when_the_spec_changes(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    grown = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "priority", "type": "int", "required": False}]}
    result = operations.generate("schema", str(project), spec=grown)
    assert [f.status for f in result.files] == ["updated"]


def test_a_file_the_tool_did_not_write_is_a_conflict(project: Path) -> None:
    mine = project / "backend/app/models/task.py"
    mine.write_text("# hand-written model\n")
    result = operations.generate("model", str(project), spec=TASK_SPEC)
    assert result.files[0].status == "conflict"
    assert mine.read_text() == "# hand-written model\n"


def test_a_failure_halfway_leaves_the_tree_as_it_was(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    grown = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "priority", "type": "int", "required": False}]}
    before = snapshot(project)
    real_replace = os.replace
    calls = {"n": 0}

    def failing_replace(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        operations.scaffold_feature(str(project), spec=grown)
    monkeypatch.undo()
    assert calls["n"] == 3
    assert snapshot(project) == before  # including no temporary files left behind


def test_a_failure_halfway_through_a_first_write_removes_new_folders(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    calls = {"n": 0}

    def failing_replace(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("boom")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        operations.init_project(str(root))
    assert list(root.iterdir()) == []


@pytest.mark.parametrize("backend_dir", ["../outside", "/tmp/elsewhere", "a/../../b", "..", "C:\\x"])
def test_backend_dir_outside_the_root_is_refused(root: Path, backend_dir: str) -> None:
    with pytest.raises(BuilderError, match="inside the (project )?root|climbs out|absolute"):
        operations.init_project(str(root), backend_dir=backend_dir)
    assert not (root.parent / "outside").exists()


def test_symlinks_leading_outside_are_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "backend").symlink_to(outside, target_is_directory=True)
    with pytest.raises(BuilderError, match="outside the project root"):
        operations.init_project(str(root))
    assert list(outside.iterdir()) == []


def test_a_symlinked_file_inside_the_backend_is_not_followed_out(project: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.py"
    secret.write_text("SECRET = 1\n")
    (project / "backend/app/models/task.py").symlink_to(secret)
    with pytest.raises(BuilderError, match="outside the project root"):
        operations.scaffold_feature(str(project), spec=TASK_SPEC)
    assert secret.read_text() == "SECRET = 1\n"


def test_spec_paths_outside_the_root_are_refused(project: Path, tmp_path: Path) -> None:
    (tmp_path / "evil.json").write_text('{"name": "task", "fields": [{"name": "a"}]}')
    for feature in ("../evil.json", str(tmp_path / "evil.json")):
        with pytest.raises(BuilderError, match="root"):
            operations.read_spec(str(project), feature)


def test_plan_paths_cannot_escape(root: Path) -> None:
    ws = Workspace(root, "backend")
    plan = Plan()
    plan.add("../escape.py", "x = 1\n")
    with pytest.raises(BuilderError, match="climbs out"):
        ws.apply(plan)
    assert not (root / "escape.py").exists()


def test_a_corrupt_manifest_is_reported_with_what_to_do(project: Path) -> None:
    (project / "backend/.backend-builder/manifest.json").write_text("{not json")
    with pytest.raises(BuilderError, match="not a valid manifest") as caught:
        operations.scaffold_feature(str(project), spec=TASK_SPEC)
    assert "overwrite=true" in str(caught.value)


def test_generating_before_init_says_to_init(root: Path) -> None:
    with pytest.raises(BuilderError, match="init_project"):
        operations.scaffold_feature(str(root), spec=TASK_SPEC)


def test_user_id_type_is_fixed_once_chosen(project: Path) -> None:
    with pytest.raises(BuilderError, match="user_id_type='str'"):
        operations.init_project(str(project), user_id_type="uuid")
    with pytest.raises(BuilderError, match="one of str, uuid, int"):
        operations.init_project(str(project), backend_dir="other", user_id_type="email")


def test_a_spec_that_grew_regenerates_every_file_and_still_passes(project: Path) -> None:
    from .conftest import backend_pytest

    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    router = project / "backend/app/routers/tasks.py"
    router.write_text(router.read_text().replace('"""The caller\'s row', '"""(edited by me) The caller\'s row'))
    grown = {**GROWN, "filters": ["priority"], "stats": True}
    result = operations.scaffold_feature(str(project), spec=grown)
    statuses = {f.path.rsplit("/", 1)[-1]: f.status for f in result.files}
    assert statuses == {"task.py": "updated", "tasks.py": "updated", "test_tasks.py": "updated",
                        "main.py": "identical", "__init__.py": "identical"}
    assert "(edited by me)" in router.read_text() and "/stats" in router.read_text()
    proc = backend_pytest(project / "backend")
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_a_dry_run_after_a_merge_shows_exactly_what_the_real_run_writes(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    model = project / "backend/app/models/task.py"
    model.write_text(model.read_text() + "\n\n# my own note\n")
    before = model.read_text()
    (planned,) = operations.generate("model", str(project), spec=GROWN, dry_run=True).files
    assert model.read_text() == before
    assert planned.diff is not None and "-# my own note" not in planned.diff
    operations.generate("model", str(project), spec=GROWN)
    after = model.read_text()
    assert "# my own note" in after
    assert planned.diff == unified_diff("backend/app/models/task.py", before, after)


def test_a_feature_generated_from_an_inline_spec_is_found_by_its_name(project: Path) -> None:
    for step in ("model", "schema", "router", "tests"):
        operations.generate(step, str(project), spec=TASK_SPEC)
    result = operations.register_router(str(project), feature="task")
    assert {f.path: f.status for f in result.files}["backend/app/main.py"] == "updated"
    assert operations.register_router(str(project), feature="tasks").files[0].status == "identical"
    assert operations.generate("tests", str(project), feature="task").files[0].status == "identical"
    assert operations.check_project(str(project)).passed


def test_a_spec_file_wins_over_the_generated_record(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    operations.save_spec(str(project), GROWN)
    result = operations.generate("model", str(project), feature="task")
    assert result.files[0].status == "updated"
    assert "priority" in (project / "backend/app/models/task.py").read_text()


def test_an_enum_of_codes_in_a_project_made_before_them_is_refused_with_the_fix(project: Path) -> None:
    """A project whose app/schemas/types.py predates JsonCode: scaffolding an enum of codes says what to copy, and
    writes nothing; an enum of strings still scaffolds."""
    types = project / "backend/app/schemas/types.py"
    types.write_text(types.read_text(encoding="utf-8").replace("JsonCode", "OldName"), encoding="utf-8")
    coded = {"name": "ticket", "fields": [{"name": "status", "type": "enum", "enum_values": [1, 2, 3]}]}
    with pytest.raises(BuilderError) as caught:
        operations.scaffold_feature(str(project), spec=coded)
    assert "JsonCode" in caught.value.message and "types.py" in caught.value.fix
    assert not (project / "backend/app/models/ticket.py").exists()
    words = {"name": "note", "fields": [{"name": "status", "type": "enum", "enum_values": ["a", "b"]}]}
    assert operations.scaffold_feature(str(project), spec=words).files
