"""Alembic in the generated backend: revisions from generate_migration, up, down, up and check."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.errors import BuilderError
from sqlalchemy import create_engine, text

from .conftest import TASK_SPEC, run
from .own_database import own_postgres_database

SECRET = "m" * 40


def alembic(backend: Path, url: str, *args: str) -> str:
    proc = run([sys.executable, "-m", "alembic", *args], cwd=backend, env={"DATABASE_URL": url, "JWT_SECRET": SECRET})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout + proc.stderr


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrated.db'}"
        return
    with own_postgres_database("bb_migrations") as url:
        yield url


def test_revisions_follow_the_models_through_a_spec_change(project: Path, database: str) -> None:
    backend = project / "backend"
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    first = operations.generate_migration(str(project))
    assert [f.status for f in first.files] == ["created"]
    assert first.operations[0] == "create table tasks (7 columns)"
    assert "initial schema" in (project / first.files[0].path).read_text()
    again = operations.generate_migration(str(project))
    assert again.files == [] and "nothing to do" in again.summary
    alembic(backend, database, "upgrade", "head")
    assert "No new upgrade operations detected" in alembic(backend, database, "check")
    alembic(backend, database, "downgrade", "-1")
    alembic(backend, database, "upgrade", "head")

    grown = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "priority", "type": "int", "required": False}]}
    operations.scaffold_feature(str(project), spec=grown)
    operations.scaffold_feature(str(project), spec={**TASK_SPEC, "name": "note"})
    second = operations.generate_migration(str(project), message="priority and notes")
    assert sorted(second.operations) == sorted(
        ["create table notes (7 columns)", "tasks: add column priority INTEGER",
         "tasks: create index ix_tasks_user_id_priority_id",
         *(f"notes: create index ix_notes_user_id_{column}" for column in
           ("id", "title_id", "completed_id", "created_at_id", "updated_at_id"))]
    )
    alembic(backend, database, "upgrade", "head")
    assert "No new upgrade operations detected" in alembic(backend, database, "check")
    alembic(backend, database, "downgrade", "-1")
    alembic(backend, database, "upgrade", "head")
    assert len(list((backend / "alembic/versions").glob("*.py"))) == 2


def test_the_app_migrates_itself_at_start_up(project: Path, tmp_path: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    operations.generate_migration(str(project))
    backend = project / "backend"
    url = f"sqlite:///{tmp_path / 'boot.db'}"
    probe = "import asyncio\nfrom app.main import app, lifespan\n" \
            "async def main():\n    async with lifespan(app):\n        pass\nasyncio.run(main())\n"
    proc = run([sys.executable, "-c", probe], cwd=backend, env={"DATABASE_URL": url, "JWT_SECRET": SECRET})
    assert proc.returncode == 0, proc.stderr
    assert "No new upgrade operations detected" in alembic(backend, url, "check")


def test_a_backend_that_cannot_import_says_how_to_fix_it(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    model = project / "backend/app/models/task.py"
    model.write_text(model.read_text() + "\nimport not_a_module  # noqa\n")
    with pytest.raises(BuilderError, match="not_a_module") as caught:
        operations.generate_migration(str(project))
    assert "pip install" in str(caught.value)


# A new field of every type that takes a default, with text that must stay data.
DEFAULTED_FIELDS = [
    {"name": "label", "type": "str", "max_length": 60, "default": "it's \"quoted\" 'x'"},
    {"name": "body", "type": "text", "default": "line 1\n'); DROP TABLE tasks; --"},
    {"name": "count", "type": "int", "default": -7},
    {"name": "ratio", "type": "float", "default": 2.5},
    {"name": "price", "type": "decimal", "default": "12.50"},
    {"name": "flagged", "type": "bool", "default": True},
    {"name": "quiet", "type": "bool", "default": False},
    {"name": "day", "type": "date", "default": "2025-01-31"},
    {"name": "due_at", "type": "datetime", "default": "2025-01-31T09:30:00+02:00"},
    {"name": "seen_at", "type": "datetime", "default": "now"},
    {"name": "ref", "type": "uuid", "default": "12345678-1234-5678-1234-567812345678"},
    {"name": "level", "type": "enum", "enum_values": ["low", "it's high"], "default": "it's high"},
    {"name": "stage", "type": "enum", "enum_values": [0, 1, 2], "default": 2},
    {"name": "meta", "type": "json", "default": {"a": [1, "x'y"], "b": None}},
    {"name": "tags", "type": "list[str]", "default": ["a", "b'c"]},
    {"name": "token", "type": "uuid", "default": "uuid4"},
]
EXPECTED_DEFAULTS = {
    "label": "it's \"quoted\" 'x'", "body": "line 1\n'); DROP TABLE tasks; --", "count": -7, "ratio": 2.5,
    "price": "12.50", "flagged": True, "quiet": False, "day": "2025-01-31", "due_at": "2025-01-31T07:30:00Z",
    "ref": "12345678-1234-5678-1234-567812345678", "level": "it's high", "stage": 2, "meta": {"a": [1, "x'y"], "b": None},
    "tags": ["a", "b'c"],
}
READ_ROWS = """
import json, os
from sqlmodel import Session, create_engine, select
from app.models.task import Task
from app.schemas.task import TaskRead
engine = create_engine(os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://"))
with Session(engine) as session:
    rows = session.exec(select(Task).order_by(Task.id)).all()
    print(json.dumps([TaskRead.model_validate(r).model_dump(mode="json") for r in rows]))
"""


def test_a_new_field_with_a_default_fills_the_rows_already_there(project: Path, tmp_path: Path) -> None:
    """init, scaffold, migrate, upgrade, insert rows; add defaulted fields, migrate, upgrade: rows hold the defaults."""
    backend = project / "backend"
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    operations.generate_migration(str(project))
    sqlite = f"sqlite:///{tmp_path / 'rows.db'}"
    with own_postgres_database("bb_defaults") as postgresql:
        for url in (sqlite, postgresql):
            alembic(backend, url, "upgrade", "head")
            engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
            with engine.begin() as conn:
                for title in ("first", "second"):
                    conn.execute(text(
                        "INSERT INTO tasks (user_id, title, completed, created_at, updated_at) "
                        "VALUES ('u1', :title, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"title": title})
            engine.dispose()

        grown = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], *DEFAULTED_FIELDS]}
        operations.scaffold_feature(str(project), spec=grown)
        second = operations.generate_migration(str(project), message="defaulted fields")
        assert not [line for line in second.operations if "need a value" in line or "NULL" in line], second.operations
        assert "tasks: add column label VARCHAR(60) (existing rows get 'it\\'s \"quoted\" \\'x\\'')" in second.operations
        assert "tasks: add column seen_at DATETIME (existing rows get CURRENT_TIMESTAMP)" in second.operations
        assert "tasks: fill token of the existing rows with new UUIDs" in second.operations

        for url in (sqlite, postgresql):
            alembic(backend, url, "upgrade", "head")
            assert "No new upgrade operations detected" in alembic(backend, url, "check")
            proc = run([sys.executable, "-c", READ_ROWS], cwd=backend, env={"DATABASE_URL": url, "JWT_SECRET": SECRET})
            assert proc.returncode == 0, proc.stderr
            rows = json.loads(proc.stdout)
            assert [r["title"] for r in rows] == ["first", "second"]
            for row in rows:
                assert {k: row[k] for k in EXPECTED_DEFAULTS} == EXPECTED_DEFAULTS, url
                assert row["seen_at"] is not None
            assert len({row["token"] for row in rows}) == 2 and None not in {row["token"] for row in rows}
            alembic(backend, url, "downgrade", "-1")
            alembic(backend, url, "upgrade", "head")


def test_the_summary_flags_a_column_that_becomes_not_null(project: Path) -> None:
    """An optional field that gains a default turns NOT NULL; rows holding NULL would stop the upgrade."""
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    operations.generate_migration(str(project))
    fields = [{**f, "default": "none"} if f["name"] == "description" else f for f in TASK_SPEC["fields"]]
    operations.scaffold_feature(str(project), spec={**TASK_SPEC, "fields": fields})
    second = operations.generate_migration(str(project), message="description defaults")
    assert second.operations == [
        "tasks: alter column description (now NOT NULL: fill the rows where it is NULL before upgrading)"
    ]
