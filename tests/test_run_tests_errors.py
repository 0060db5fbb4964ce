"""run_tests never answers with a silent success: no runner, nothing collected, or no report is an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.cli import main
from backend_builder.errors import BuilderError

from .conftest import TASK_SPEC


@pytest.fixture
def scaffolded(project: Path) -> Path:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    return project


def test_a_backend_python_without_pytest_is_an_error_that_says_how_to_fix_it(
    scaffolded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    venv = scaffolded / "backend/.venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    with pytest.raises(BuilderError) as caught:
        operations.run_tests(str(scaffolded))
    text = str(caught.value)
    assert "could not run" in text and "pytest" in text and "pip install" in text
    assert main(["--root", str(scaffolded), "test"]) == 2
    assert "No module named pytest" in capsys.readouterr().err


def test_a_selection_that_matches_nothing_is_an_error(scaffolded: Path) -> None:
    with pytest.raises(BuilderError, match="collected no tests matching -k 'no_such_test'"):
        operations.run_tests(str(scaffolded), select="no_such_test")


def test_a_test_file_that_does_not_import_is_an_error_with_the_cause(scaffolded: Path) -> None:
    (scaffolded / "backend/tests/test_tasks.py").write_text("import no_such_module_here\n")
    with pytest.raises(BuilderError) as caught:
        operations.run_tests(str(scaffolded))
    assert "no_such_module_here" in str(caught.value)


def test_run_tests_over_mcp_is_a_tool_error(scaffolded: Path) -> None:
    import anyio
    from backend_builder.mcp_server import create_server
    from mcp import Client

    async def call() -> tuple[bool, str]:
        async with Client(create_server(str(scaffolded))) as client:
            result = await client.call_tool("run_tests", {"select": "no_such_test"})
            return result.is_error, result.content[0].text

    is_error, text = anyio.run(call)
    assert is_error and "collected no tests" in text
