"""The generated tests pass on PostgreSQL too, for the whole spec matrix."""

from __future__ import annotations

from pathlib import Path

import pytest
from backend_builder import operations

from .conftest import backend_pytest, postgres_url, reset_postgres
from .test_generated_backend import CASES

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_tests_pass_on_postgresql(case: str, tmp_path: Path) -> None:
    url = postgres_url()
    reset_postgres(url)
    user_id_type, spec = CASES[case]
    operations.init_project(str(tmp_path), user_id_type=user_id_type)
    operations.scaffold_feature(str(tmp_path), spec=spec)
    proc = backend_pytest(tmp_path / "backend", env={"TEST_DATABASE_URL": url})
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout


def test_run_tests_tool_takes_a_database_url(tmp_path: Path) -> None:
    url = postgres_url()
    reset_postgres(url)
    operations.init_project(str(tmp_path))
    operations.scaffold_feature(str(tmp_path), spec=CASES["task-str"][1])
    result = operations.run_tests(str(tmp_path), test_database_url=url)
    assert result.failed == 0 and result.errors == 0 and result.passed > 30
