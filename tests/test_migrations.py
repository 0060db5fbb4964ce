"""Alembic in the generated backend: revisions from generate_migration, up, down, up and check."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from backend_builder import operations
from backend_builder.errors import BuilderError

from .conftest import TASK_SPEC, postgres_url, reset_postgres, run

SECRET = "m" * 40


def alembic(backend: Path, url: str, *args: str) -> str:
    proc = run([sys.executable, "-m", "alembic", *args], cwd=backend, env={"DATABASE_URL": url, "JWT_SECRET": SECRET})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout + proc.stderr


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'migrated.db'}"
    url = postgres_url()
    reset_postgres(url)
    return url


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
        ["create table notes (7 columns)", "notes: create index ix_notes_user_id",
         "tasks: add column priority INTEGER"]
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
