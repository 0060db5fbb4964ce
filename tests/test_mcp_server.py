"""The MCP server through a real client: in-process for most tests, over stdio for one."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from backend_builder.mcp_server import create_server
from mcp import Client, StdioServerParameters

from .conftest import REPO, TASK_SPEC, snapshot

pytestmark = pytest.mark.anyio
TOOLS = {
    "init_project", "read_spec", "save_spec", "generate_model", "generate_schema", "generate_router",
    "generate_tests", "register_router", "scaffold_feature", "check_project", "run_tests", "generate_migration",
    "check_contract",
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(client: Client, tool: str, args: dict[str, Any] | None = None) -> Any:
    result = await client.call_tool(tool, args or {})
    assert not result.is_error, result.content[0].text if result.content else result
    return result


async def test_every_tool_is_listed_with_an_output_schema(root: Path) -> None:
    async with Client(create_server(str(root))) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert TOOLS <= set(tools)
    for tool in tools.values():
        assert tool.output_schema is not None, tool.name
        assert tool.description and len(tool.description) < 120, tool.name
    assert tools["check_project"].annotations.read_only_hint is True
    assert tools["scaffold_feature"].annotations.destructive_hint is False
    spec_arg = tools["scaffold_feature"].input_schema["properties"]["spec"]
    assert spec_arg["type"] == "object" and "backend-builder://spec-schema" in spec_arg["description"]
    assert "user_id_type" in tools["read_spec"].output_schema["properties"]


async def test_the_engine_loads_on_the_first_call_not_at_start_up() -> None:
    import subprocess

    code = ("import sys, anyio; from mcp import Client; from backend_builder.mcp_server import create_server\n"
            "async def main():\n"
            "    async with Client(create_server('.')) as c: await c.list_tools()\n"
            "anyio.run(main)\n"
            "print(sorted(m for m in ('backend_builder.operations', 'libcst', 'jinja2', 'sqlglot', 'tree_sitter')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


async def test_the_whole_workflow_in_process(root: Path) -> None:
    (root / "specs/features").mkdir(parents=True)
    (root / "specs/features/task.md").write_text((REPO / "examples/task.md").read_text())
    async with Client(create_server(str(root))) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        init = await call(client, "init_project", {"user_id_type": "str"})
        assert init.content[0].text.startswith("init_project: ")
        draft = await call(client, "read_spec", {"feature": "tasks"})
        assert draft.structured_content["valid"] is True
        spec = draft.structured_content["spec"]
        dry = await call(client, "scaffold_feature", {"spec": spec, "dry_run": True})
        assert all(f["diff"] for f in dry.structured_content["files"])
        assert "@@" not in dry.content[0].text  # diffs live in structured_content only
        done = await call(client, "scaffold_feature", {"feature": "task"})
        jsonschema.validate(done.structured_content, tools["scaffold_feature"].output_schema)
        assert {f["status"] for f in done.structured_content["files"]} == {"created", "updated"}
        assert len(done.content[0].text) < 1000  # a summary, not the files
        again = await call(client, "scaffold_feature", {"feature": "task"})
        assert {f["status"] for f in again.structured_content["files"]} == {"identical"}
        check = await call(client, "check_project")
        assert check.structured_content["passed"] is True
        tests = await call(client, "run_tests")
        assert tests.structured_content["failed"] == 0 and tests.structured_content["passed"] > 30
        jsonschema.validate(tests.structured_content, tools["run_tests"].output_schema)


async def test_a_spec_sent_as_a_json_string_works(project: Path) -> None:
    import json

    async with Client(create_server(str(project))) as client:
        result = await call(client, "scaffold_feature", {"spec": json.dumps(TASK_SPEC)})
        assert len(result.structured_content["files"]) == 6


async def test_single_steps_then_register(project: Path) -> None:
    async with Client(create_server(str(project))) as client:
        for step in ("model", "schema", "router", "tests"):
            result = await call(client, f"generate_{step}", {"spec": TASK_SPEC})
            assert result.structured_content["files"][0]["status"] == "created"
        before = (project / "backend/app/main.py").read_text()
        result = await call(client, "register_router", {"spec": TASK_SPEC})
        assert [f["status"] for f in result.structured_content["files"]] == ["updated", "updated"]
        assert "tasks_router" in (project / "backend/app/main.py").read_text()
        assert "tasks_router" not in before


async def test_errors_are_tool_errors_that_say_how_to_fix(project: Path) -> None:
    before = snapshot(project)
    async with Client(create_server(str(project))) as client:
        bad = await client.call_tool("scaffold_feature", {"spec": {"name": "task", "fields": [{"name": "from"}]}})
        assert bad.is_error
        text = bad.content[0].text
        assert "'from'" in text and "Fix:" in text and "Example:" in text
        outside = await client.call_tool("init_project", {"backend_dir": "../elsewhere"})
        assert outside.is_error and "root" in outside.content[0].text
        missing = await client.call_tool("read_spec", {"feature": "nothing-here"})
        assert missing.is_error and "No spec file found" in missing.content[0].text
        neither = await client.call_tool("generate_model", {})
        assert neither.is_error and "feature" in neither.content[0].text
        broken = await client.call_tool("scaffold_feature", {"spec": '{"name": "task", "fields": ['})
        assert broken.is_error and "not valid JSON" in broken.content[0].text and "line 1" in broken.content[0].text
        wrong = await client.call_tool("scaffold_feature", {"spec": ["not", "an", "object"]})
        assert wrong.is_error
    assert snapshot(project) == before


async def test_conflicts_come_back_with_their_diff(project: Path) -> None:
    async with Client(create_server(str(project))) as client:
        await call(client, "scaffold_feature", {"spec": TASK_SPEC})
        model = project / "backend/app/models/task.py"
        model.write_text(model.read_text().replace("    completed: bool", "    completed: bool  # mine"))
        grown = {**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "due", "type": "date", "required": False}]}
        result = await call(client, "generate_model", {"spec": grown})
        (file,) = result.structured_content["files"]
        assert file["status"] == "conflict" and "# mine" in file["diff"]
        assert "conflict" in result.content[0].text and "overwrite=true" in result.content[0].text


async def test_resources_and_prompt(root: Path) -> None:
    (root / "specs/features").mkdir(parents=True)
    (root / "specs/features/task.md").write_text((REPO / "examples/task.md").read_text())
    async with Client(create_server(str(root))) as client:
        schema = await client.read_resource("backend-builder://spec-schema")
        assert "enum_values" in schema.contents[0].text
        draft = await client.read_resource("backend-builder://specs/task")
        assert '"valid": true' in draft.contents[0].text
        prompts = (await client.list_prompts()).prompts
        assert [p.name for p in prompts] == ["build_feature"]
        prompt = await client.get_prompt("build_feature", {"feature": "task"})
        assert "scaffold_feature" in str(prompt.messages[0].content)
        skill = await client.read_resource("backend-builder://skill")
        assert skill.contents[0].text == (REPO / "skills/backend-builder/SKILL.md").read_text()
        reference = await client.read_resource("backend-builder://skill/references/spec-format.md")
        assert reference.contents[0].text == (REPO / "skills/backend-builder/references/spec-format.md").read_text()


async def test_over_stdio_with_the_installed_console_script(root: Path) -> None:
    command = shutil.which("backend-builder-mcp", path=os.path.dirname(sys.executable)) or shutil.which(
        "backend-builder-mcp"
    )
    assert command, "backend-builder-mcp is not installed"
    params = StdioServerParameters(command=command, args=["--root", str(root)], env={**os.environ})
    async with Client(params) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        assert TOOLS <= names
        await call(client, "init_project")
        result = await call(client, "scaffold_feature", {"spec": TASK_SPEC})
        assert len(result.structured_content["files"]) == 6
        check = await call(client, "check_project")
        assert check.structured_content["passed"]
        bad = await client.call_tool("scaffold_feature", {"spec": {"name": "../x", "fields": [{"name": "a"}]}})
        assert bad.is_error and "path" in bad.content[0].text
    assert (root / "backend/app/routers/tasks.py").is_file()


async def test_root_comes_from_the_environment(root: Path) -> None:
    command = shutil.which("backend-builder-mcp", path=os.path.dirname(sys.executable)) or "backend-builder-mcp"
    params = StdioServerParameters(command=command, args=[], env={**os.environ, "BACKEND_BUILDER_ROOT": str(root)})
    async with Client(params) as client:
        await call(client, "init_project")
    assert (root / "backend/app/main.py").is_file()
