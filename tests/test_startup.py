"""Start-up of a generated backend: a failed migration stops it loudly; replicas migrate once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from backend_builder import operations

from .conftest import TASK_SPEC, run
from .own_database import own_postgres_database
from .test_served_backend import SECRET, start, stop

# A revision after the generated one that counts its runs and sleeps, so that processes
# starting together overlap inside the upgrade unless something serialises them.
COUNTING_REVISION = '''\
"""count upgrades"""

import sqlalchemy as sa
from alembic import op

revision = "c0ffee000001"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_runs", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO upgrade_runs DEFAULT VALUES")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(1)")
    else:
        import time

        time.sleep(1)


def downgrade() -> None:
    op.drop_table("upgrade_runs")
'''


def migrated_backend(project: Path) -> Path:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    first = operations.generate_migration(str(project))
    backend = project / "backend"
    head = Path(first.files[0].path).name.split("_")[0]
    (backend / "alembic/versions/c0ffee000001_count_upgrades.py").write_text(COUNTING_REVISION.format(down=head))
    return backend


def start_together(backend: Path, url: str, count: int = 3) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "DATABASE_URL": url, "JWT_SECRET": SECRET, "AUTO_MIGRATE": "true"}
    code = "from app.database import prepare_database; prepare_database(); print('started')"
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=backend, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(count)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_three_replicas_on_postgresql_migrate_once(project: Path) -> None:
    backend = migrated_backend(project)
    with own_postgres_database("bb_replicas") as url:
        results = start_together(backend, url)
        import psycopg

        with psycopg.connect(url) as conn:
            runs = conn.execute("SELECT count(*) FROM upgrade_runs").fetchone()
            versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr[-2000:] for r in results]
    assert all("started" in r.stdout for r in results)
    assert runs == (1,)
    assert versions == [("c0ffee000001",)]


def test_three_workers_on_one_sqlite_file_migrate_once(project: Path, tmp_path: Path) -> None:
    backend = migrated_backend(project)
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    results = start_together(backend, url)
    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr[-2000:] for r in results]
    import sqlite3

    with sqlite3.connect(tmp_path / "shared.db") as conn:
        assert conn.execute("SELECT count(*) FROM upgrade_runs").fetchone() == (1,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("c0ffee000001",)]


def test_a_failed_migration_stops_the_start_with_the_real_error(project: Path, tmp_path: Path) -> None:
    """Tables made before the first revision: upgrading says so, and uvicorn exits instead of serving 503s."""
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    backend = project / "backend"
    db = tmp_path / "early.db"
    env = {"JWT_SECRET": SECRET, "DATABASE_URL": f"sqlite:///{db}", "AUTO_MIGRATE": "true"}
    proc, base = start(backend, env)  # no revision yet: the tables are created directly
    assert proc.poll() is None
    stop(proc)
    operations.generate_migration(str(project))
    proc, _ = start(backend, env)
    try:
        code = proc.wait(timeout=30)
    finally:
        out = stop(proc)
    assert code != 0, out
    assert "table tasks already exists" in out
    assert "Application startup failed" in out


def test_an_unreachable_database_stops_the_start(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    operations.generate_migration(str(project))
    probe = textwrap.dedent("""\
        import asyncio
        from app.main import app, lifespan

        async def main():
            async with lifespan(app):
                print("served")

        asyncio.run(main())
    """)
    proc = run([sys.executable, "-c", probe], cwd=project / "backend",
               env={"DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none", "JWT_SECRET": SECRET,
                    "AUTO_MIGRATE": "true"}, timeout=60)
    assert proc.returncode != 0 and "served" not in proc.stdout
    assert "OperationalError" in proc.stderr and "start-up stopped" in proc.stderr


@pytest.mark.parametrize("auto_migrate", ["false"])
def test_without_auto_migrate_the_app_leaves_the_schema_alone(project: Path, tmp_path: Path, auto_migrate: str) -> None:
    """A deploy step owns the schema: start-up creates nothing, so its `alembic upgrade` cannot collide."""
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    operations.generate_migration(str(project))
    db = tmp_path / "untouched.db"
    code = "from app.database import prepare_database; prepare_database()"
    proc = run([sys.executable, "-c", code], cwd=project / "backend",
               env={"DATABASE_URL": f"sqlite:///{db}", "JWT_SECRET": SECRET, "AUTO_MIGRATE": auto_migrate})
    assert proc.returncode == 0, proc.stderr
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall() == []
