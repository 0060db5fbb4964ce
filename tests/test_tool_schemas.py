"""What an agent pays for the listing, and whether every client takes it.

The tool listing stays within 8 KB, its schemas are portable (the checks MCP Inspector 2.x's
`--strict` makes: no boolean schemas, no `type` arrays, no `$ref`, a type on every property and
union branch, only widely supported `format`s; plus no `title`), and the MCP Inspector CLI itself
lists the tools over stdio. Inspector 2.x needs Node >= 22.19; 0.15.0 is the newest that runs on
Node 20 (0.16 and later declare node >= 22.7.5) and has no `--strict`, so the checks are made here
on what it lists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from backend_builder.mcp_server import LISTING_FILE, compute_listing, create_server
from mcp import Client

INSPECTOR = "@modelcontextprotocol/inspector@0.15.0"
MAX_LISTING_BYTES = 8000
PORTABLE_FORMATS = {"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"}


def portability_problems(schema: Any, where: str = "") -> list[str]:
    """Constructs that some MCP clients refuse or mishandle, with where they are."""
    if isinstance(schema, bool):
        return [f"{where or '/'}: a boolean schema ({str(schema).lower()}); use an object schema"]
    if not isinstance(schema, dict):
        return [f"{where or '/'}: not a schema"]
    problems = []
    for key in ("$ref", "$defs", "definitions", "title"):
        if key in schema:
            problems.append(f"{where or '/'}: `{key}`")
    if isinstance(schema.get("type"), list):
        problems.append(f"{where or '/'}: a `type` array {schema['type']}; use anyOf")
    if "format" in schema and schema["format"] not in PORTABLE_FORMATS:
        problems.append(f"{where or '/'}: format {schema['format']!r}")
    for name, sub in schema.get("properties", {}).items():
        if isinstance(sub, dict) and not ({"type", "anyOf", "oneOf", "enum", "const"} & set(sub)):
            problems.append(f"{where}/properties/{name}: no type")
        problems += portability_problems(sub, f"{where}/properties/{name}")
    for keyword in ("anyOf", "oneOf", "allOf"):
        for i, branch in enumerate(schema.get(keyword, [])):
            if isinstance(branch, dict) and not ({"type", "enum", "const"} & set(branch)):
                problems.append(f"{where}/{keyword}/{i}: a branch without a type")
            problems += portability_problems(branch, f"{where}/{keyword}/{i}")
    if "items" in schema:
        problems += portability_problems(schema["items"], f"{where}/items")
    if isinstance(schema.get("additionalProperties"), dict):
        problems += portability_problems(schema["additionalProperties"], f"{where}/additionalProperties")
    return problems


def listing_problems(tools: list[dict[str, Any]]) -> list[str]:
    problems = []
    for tool in tools:
        for part in ("inputSchema", "outputSchema"):
            if part in tool:
                if tool[part].get("type") != "object":
                    problems.append(f"{tool['name']}.{part}: not an object schema")
                problems += [f"{tool['name']}.{part}{p}" for p in portability_problems(tool[part])]
    return problems


def test_the_checks_catch_what_they_name() -> None:
    bad = {"type": "object", "title": "X", "properties": {
        "a": {"type": ["string", "null"]}, "b": True, "c": {"$ref": "#/$defs/C"}, "d": {"description": "?"},
        "e": {"anyOf": [{"type": "string"}, {"description": "?"}]}, "f": {"type": "string", "format": "uri"}}}
    found = "\n".join(portability_problems(bad))
    for needle in ("`title`", "type` array", "boolean schema", "`$ref`", "properties/d: no type",
                   "branch without a type", "format 'uri'"):
        assert needle in found, needle


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_listing_is_small_portable_and_points_at_the_spec_schema(root: Path) -> None:
    async with Client(create_server(str(root))) as client:
        tools = [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in (await client.list_tools()).tools]
        schema = await client.read_resource("backend-builder://spec-schema")
    size = len(json.dumps(tools, separators=(",", ":"), ensure_ascii=False).encode())
    assert size <= MAX_LISTING_BYTES, f"tools/list is {size} bytes"
    assert listing_problems(tools) == []
    scaffold = next(t for t in tools if t["name"] == "scaffold_feature")
    assert "backend-builder://spec-schema" in scaffold["inputSchema"]["properties"]["spec"]["description"]
    assert "enum_values" in schema.contents[0].text  # the FeatureSpec's shape, one read away


@pytest.mark.anyio
async def test_the_listing_file_is_current() -> None:
    """tools/list is answered from tool_listing.json, computed from the tools' signatures and result
    models; regenerate it when they change:
    .venv/bin/python -c 'from backend_builder.mcp_server import write_tool_listing as w; w()'"""
    def parts(listing: list[dict[str, Any]]) -> list[dict[str, Any]]:  # what an SDK upgrade may not add to
        keys = ("name", "description", "inputSchema", "outputSchema", "annotations")
        return [{k: tool.get(k) for k in keys} for tool in listing]

    assert parts(json.loads(LISTING_FILE.read_text())) == parts(await compute_listing())


def _npx() -> str | None:
    found = shutil.which("npx")
    if found is None and os.environ.get("CI") == "true":
        pytest.fail("npx is missing on CI: install Node.js 20+ with npm")
    if found is None:
        pytest.skip("npx is not installed here (Node.js with npm); CI runs this check")
    return found


@pytest.mark.slow
def test_mcp_inspector_lists_the_tools_and_finds_them_portable(root: Path) -> None:
    npx = _npx()
    server = shutil.which("backend-builder-mcp", path=os.path.dirname(sys.executable))
    assert server, "backend-builder-mcp is not installed"
    proc = subprocess.run(
        [npx, "-y", INSPECTOR, "--cli", server, "--root", str(root), "--method", "tools/list"],
        capture_output=True, text=True, timeout=600, check=False, cwd=root,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    tools = json.loads(proc.stdout)["tools"]
    assert len(tools) == 13
    assert listing_problems(tools) == []
    assert len(json.dumps(tools, separators=(",", ":"), ensure_ascii=False).encode()) <= MAX_LISTING_BYTES
