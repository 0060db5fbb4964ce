"""SKILL.md passes the Agent Skills validator and stays within its budget."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

SKILL = REPO / "skills/backend-builder"


def test_skill_validates() -> None:
    exe = shutil.which("agentskills", path=str(Path(sys.executable).parent)) or shutil.which("agentskills")
    assert exe, "install skills-ref (a dev dependency)"
    proc = subprocess.run([exe, "validate", str(SKILL)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_skill_is_short_and_names_every_tool() -> None:
    text = (SKILL / "SKILL.md").read_text()
    assert len(text.splitlines()) < 500
    front = text.split("---")[1]
    description = re.search(r"^description: (.*)$", front, re.MULTILINE).group(1)  # type: ignore[union-attr]
    assert not re.search(r"[<>]|claude|anthropic", description, re.IGNORECASE)
    for tool in ("init_project", "read_spec", "scaffold_feature", "check_project", "run_tests", "register_router",
                 "save_spec", "generate_model"):
        assert tool in text
    for link in re.findall(r"\]\((references/[^)]+)\)", text):
        assert (SKILL / link).is_file(), link
