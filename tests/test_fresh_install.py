"""A generated backend installs from its own pyproject.toml into a fresh virtualenv and passes there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from backend_builder import operations

from .conftest import load_spec, run

pytestmark = pytest.mark.slow


def test_declared_dependencies_are_enough(root: Path) -> None:
    operations.init_project(str(root), auth="builtin", user_id_type="uuid")
    operations.scaffold_feature(str(root), spec=load_spec("every_type"))
    backend = root / "backend"
    venv = backend / ".venv"
    assert run([sys.executable, "-m", "venv", str(venv)], cwd=backend).returncode == 0
    install = run([str(venv / "bin/python"), "-m", "pip", "install", "--quiet", "-e", ".[dev]"], cwd=backend,
                  timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]
    result = operations.run_tests(str(root))  # run_tests picks the backend's own .venv
    assert result.command.startswith(str(venv))
    assert result.failed == 0 and result.errors == 0 and result.passed > 80, result.failures
    tests = run([str(venv / "bin/python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=backend)
    assert "warning" not in tests.stdout.splitlines()[-1], tests.stdout[-2000:]
