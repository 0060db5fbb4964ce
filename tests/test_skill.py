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


TOOL_VERBS = ("init_", "read_", "save_", "generate_", "register_", "scaffold_", "check_", "run_")


def _listed_tools() -> dict[str, set[str]]:
    import anyio
    from backend_builder.mcp_server import create_server
    from mcp import Client

    async def listing() -> dict[str, set[str]]:
        async with Client(create_server(str(REPO))) as client:
            return {t.name: set(t.input_schema.get("properties", {})) for t in (await client.list_tools()).tools}

    return anyio.run(listing)


def test_every_tool_and_argument_skill_md_names_exists() -> None:
    """Tool names in code spans or bold, `tool(arg=...)` calls, and `arg=`/`"arg":` mentions in
    the prose match tools/list (the FeatureSpec section describes the spec's keys, not arguments)."""
    tools = _listed_tools()
    every_argument = set().union(*tools.values())
    text = (SKILL / "SKILL.md").read_text()
    # The FeatureSpec section names the spec's keys (`"name":`, `actions`), not tool arguments.
    spec_part = text[text.index("## Writing a FeatureSpec"):text.index("## What the generated backend does")]
    prose = re.sub(r"```.*?```", "", text.replace(spec_part, ""), flags=re.DOTALL)
    spans = re.findall(r"`([^`]+)`", prose)
    named = {w for span in spans for w in re.findall(r"\b[a-z]+_[a-z_]+\b", span) if w.startswith(TOOL_VERBS)}
    named |= {w for w in re.findall(r"\*\*`?([a-z_]+)`?\*\*", prose) if w.startswith(TOOL_VERBS)}
    named -= {"generate_"}  # `generate_*`, the four single steps
    not_tools = {"check_calls", "read_spec_general"} & named
    assert not (named - not_tools - set(tools)), sorted(named - set(tools))
    for tool, args in re.findall(r"\b([a-z_]+)\(([^)]*)\)", prose):
        if tool in tools:
            for arg in re.findall(r"(\w+)=", args):
                assert arg in tools[tool], f"{tool} does not take {arg!r}"
    for span in spans:
        for arg in re.findall(r"^(\w+)=", span) + re.findall(r'"(\w+)":', span if "(" not in span else ""):
            assert arg in every_argument, f"no tool takes {arg!r} (SKILL.md: `{span}`)"
    for tool in ("read_spec", "init_project", "check_contract", "build_feature", "backend-builder://spec-schema"):
        assert tool in text, tool
    assert text.index("**`read_spec`**") < text.index("**`init_project`**")  # its answer carries user_id_type


def test_what_skill_md_says_about_overwrite_is_true() -> None:
    tools = _listed_tools()
    text = " ".join((SKILL / "SKILL.md").read_text().split())
    sentence = re.search(r"while `register_router` and `generate_migration` do not", text)
    assert sentence, "SKILL.md says which tools take overwrite"
    assert "overwrite" not in tools["register_router"] and "overwrite" not in tools["generate_migration"]
    for tool in ("generate_model", "generate_schema", "generate_router", "generate_tests", "init_project",
                 "save_spec", "scaffold_feature"):
        assert "overwrite" in tools[tool], tool
    assert "every writing tool takes overwrite" not in text.lower()
