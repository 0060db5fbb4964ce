"""Shared helpers: a fresh project root per test, and running a generated backend's tools."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from backend_builder import operations

SPECS = Path(__file__).parent / "specs"
# The PostgreSQL that `make test` starts. Taken out of the environment so that generated
# backends' own test runs use SQLite unless a test hands them this URL on purpose.
POSTGRES_URL = os.environ.pop("TEST_DATABASE_URL", None)
REPO = Path(__file__).resolve().parent.parent
TASK_SPEC: dict[str, Any] = {
    "name": "task",
    "fields": [
        {"name": "title", "type": "str", "max_length": 200, "min_length": 1},
        {"name": "description", "type": "text", "required": False, "max_length": 1000},
        {"name": "completed", "type": "bool", "required": False, "default": False},
    ],
}


def load_spec(name: str) -> dict[str, Any]:
    return json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    return folder


@pytest.fixture
def project(root: Path) -> Path:
    """A root with an initialised backend (user ids are strings)."""
    operations.init_project(str(root))
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, check=False)


def ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "ruff", *args], cwd=cwd)


def backend_pytest(backend: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra], cwd=backend, env=env)


def postgres_url() -> str:
    """The PostgreSQL the suite runs against (`make test` starts one); CI must have it."""
    url = POSTGRES_URL
    if not url:
        if os.environ.get("CI"):
            pytest.fail("TEST_DATABASE_URL is not set: run the suite through `make test`, which starts PostgreSQL")
        pytest.skip("no TEST_DATABASE_URL: run `make test` to start PostgreSQL")
    return url


def reset_postgres(url: str) -> None:
    """Drop every table left by an earlier test, so each backend starts from an empty schema."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def example_backend(root: Path) -> Path:
    """A backend scaffolded from examples/task.md in `root`, as a user would: spec file, init, scaffold."""
    (root / "specs/features").mkdir(parents=True)
    (root / "specs/features/task.md").write_text((REPO / "examples/task.md").read_text())
    operations.init_project(str(root))
    operations.scaffold_feature(str(root), feature="task")
    return root / "backend"
