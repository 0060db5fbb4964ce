"""The wheel carries what an install without a clone needs: the skill, the license, the listing."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.slow


def test_the_wheel_ships_the_skill_and_the_license(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(REPO)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("backend_builder-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    skill = REPO / "skills/backend-builder"
    for path in skill.rglob("*.md"):
        assert f"backend_builder/skill/{path.relative_to(skill).as_posix()}" in names, path
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "backend_builder/tool_listing.json" in names
    assert any(n.startswith("backend_builder/templates/") for n in names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "backend-builder = backend_builder.cli:main" in entry_points
    assert "backend-builder-mcp = backend_builder.mcp_server:main" in entry_points
