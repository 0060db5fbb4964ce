"""check_project passes on generated code and catches the faults users introduce by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from backend_builder import operations

from .conftest import TASK_SPEC

FEATURE = {**TASK_SPEC, "actions": {"complete": "completed"}, "stats": True, "search": ["title"]}


@pytest.fixture
def feature(project: Path) -> Path:
    operations.scaffold_feature(str(project), spec=FEATURE)
    return project


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def findings(root: Path) -> list[tuple[str, str, int]]:
    return [(f.check, f.file, f.line) for f in operations.check_project(str(root)).findings]


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_generated_code_passes(feature: Path) -> None:
    result = operations.check_project(str(feature))
    assert result.passed and result.findings == []


def test_a_route_without_auth_is_found(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, "def task_stats(session: SessionDep, owner_id: OwnerId)", "def task_stats(session: SessionDep, owner_id: str)")
    found = findings(feature)
    line = line_of(router, "def task_stats")
    assert ("auth", "backend/app/routers/tasks.py", line) in found
    assert ("path-owner", "backend/app/routers/tasks.py", line) in found


def test_a_query_without_the_owner_filter_is_found(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, "select(Task).where(Task.id == task_id, Task.user_id == owner_id)", "select(Task).where(Task.id == task_id)")
    assert ("owner-filter", "backend/app/routers/tasks.py", line_of(router, "select(Task).where(Task.id == task_id)")) in findings(feature)


def test_session_get_without_an_owner_check_is_found(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, """    row = session.exec(
        select(Task).where(Task.id == task_id, Task.user_id == owner_id)
    ).first()""", "    row = session.get(Task, task_id)")
    assert ("owner-filter", "backend/app/routers/tasks.py", line_of(router, "session.get(Task")) in findings(feature)


def test_a_bulk_update_without_the_owner_is_found(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, "mine = [Task.user_id == owner_id, col(Task.id).in_(ids)]", "mine = [col(Task.id).in_(ids)]")
    checks = {c for c, _, _ in findings(feature)}
    assert "owner-filter" in checks


def test_a_broken_owner_check_is_found(feature: Path) -> None:
    deps = feature / "backend/app/auth/dependencies.py"
    edit(deps, "    if user_id != current_user.id:", "    if False:")
    assert ("path-owner", "backend/app/auth/dependencies.py", line_of(deps, "def require_owner")) in findings(feature)


def test_updated_at_that_never_moves_is_found(feature: Path) -> None:
    model = feature / "backend/app/models/task.py"
    edit(model, '        sa_column_kwargs={"onupdate": utc_now},\n', "")
    assert ("timestamps", "backend/app/models/task.py", line_of(model, "updated_at:")) in findings(feature)


def test_missing_timestamps_are_found(feature: Path) -> None:
    model = feature / "backend/app/models/task.py"
    text = model.read_text()
    start = text.index("    created_at:")
    end = text.index("    updated_at:")
    model.write_text(text[:start] + text[end:])
    assert ("timestamps", "backend/app/models/task.py", line_of(model, "class Task")) in findings(feature)


def test_an_unregistered_router_is_found(feature: Path) -> None:
    edit(feature / "backend/app/main.py", "app.include_router(tasks_router)\n", "")
    assert [c for c, _, _ in findings(feature)] == ["registered"]


def test_a_missing_test_file_and_an_untested_endpoint_are_found(feature: Path) -> None:
    tests = feature / "backend/tests/test_tasks.py"
    text = tests.read_text()
    tests.write_text(text.replace('"stats"', '"statz"'))
    assert ("tests", "backend/tests/test_tasks.py", 1) in findings(feature)
    tests.unlink()
    assert ("tests", "backend/app/routers/tasks.py", 1) in findings(feature)


def test_blocking_calls_in_async_handlers_are_found(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, "def task_stats(", "async def task_stats(")
    lines = router.read_text().splitlines()
    start = line_of(router, "async def task_stats(")
    line = next(i for i in range(start, len(lines) + 1) if "row = session.exec(" in lines[i - 1])
    assert ("async-blocking", "backend/app/routers/tasks.py", line) in findings(feature)


def test_check_on_a_folder_without_a_backend(root: Path) -> None:
    result = operations.check_project(str(root))
    assert not result.passed and result.findings[0].check == "layout"


OWNED_QUERY = """    row = session.exec(
        select(Task).where(Task.id == task_id, Task.user_id == owner_id)
    ).first()"""


@pytest.mark.parametrize("rewrite", [
    "    mine = Task.user_id == owner_id\n    row = session.exec(select(Task).where(Task.id == task_id, mine)).first()",
    "    mine: Any = Task.user_id == owner_id\n    row = session.exec(select(Task).where(Task.id == task_id, mine)).first()",
    "    mine = Task.user_id == owner_id\n    stmt = select(Task)\n    stmt = stmt.where(Task.id == task_id)\n"
    "    stmt = stmt.where(mine)\n    row = session.exec(stmt).first()",
    "    owner = Task.user_id == owner_id\n    both = and_(Task.id == task_id, owner)\n"
    "    row = session.exec(select(Task).where(both)).first()",
    "    conditions = [Task.id == task_id]\n    conditions.append(Task.user_id == owner_id)\n"
    "    row = session.exec(select(Task).where(*conditions)).first()",
])
def test_an_owner_condition_held_in_local_variables_is_followed(feature: Path, rewrite: str) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, OWNED_QUERY, rewrite)
    assert "owner-filter" not in {c for c, _, _ in findings(feature)}


def test_a_local_variable_without_the_owner_is_still_found(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, OWNED_QUERY, "    stmt = select(Task)\n    mine = Task.id == task_id\n"
                              "    stmt = stmt.where(mine)\n    row = session.exec(stmt).first()")
    assert ("owner-filter", "backend/app/routers/tasks.py", line_of(router, "stmt = select(Task)")) in findings(feature)


def test_a_file_that_does_not_parse_is_a_finding_not_a_pass(feature: Path) -> None:
    router = feature / "backend/app/routers/tasks.py"
    edit(router, "def task_stats(", "def task_stats((")
    result = operations.check_project(str(feature))
    assert not result.passed
    syntax = [f for f in result.findings if f.check == "syntax"]
    assert syntax and syntax[0].file == "backend/app/routers/tasks.py"
    assert syntax[0].line == line_of(router, "def task_stats((")


def test_a_file_that_is_not_utf8_is_a_finding(feature: Path) -> None:
    (feature / "backend/app/models/task.py").write_bytes(b"# \xff\xfe broken\n")
    result = operations.check_project(str(feature))
    assert not result.passed and any(f.check == "unreadable" for f in result.findings)
