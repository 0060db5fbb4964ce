"""The MCP face: translate tool arguments to operations and results to summary + structured content.

Nothing here decides anything; `operations` does. Tool descriptions stay short because the
workflow lives in SKILL.md and in the `build_feature` prompt.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field, WithJsonSchema

from backend_builder import __version__, operations
from backend_builder.check.runner import TestRun
from backend_builder.contract.check import ContractCheck
from backend_builder.errors import BuilderError
from backend_builder.mcp_stdio import serve_stdio
from backend_builder.operations import CheckResult, MigrationResult, StepResult
from backend_builder.present import brief
from backend_builder.spec.model import FeatureSpec
from backend_builder.spec.reader import SpecDraft


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """A self-contained schema (no $ref), so it can sit inside a tool's input schema."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(copy.deepcopy(defs[node["$ref"].split("/")[-1]]))
            return {k: walk(v) for k, v in node.items() if k != "title"}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)


SPEC_SCHEMA = _inline_refs(FeatureSpec.model_json_schema())
# Validation of `spec` is ours, so that errors name the field and the fix.
SpecArg = Annotated[
    dict[str, Any] | str | None,
    WithJsonSchema({"anyOf": [SPEC_SCHEMA, {"type": "string"}, {"type": "null"}],
                    "description": "a FeatureSpec (an object, or the same as a JSON string)"}),
]
SpecRefArg = Annotated[
    dict[str, Any] | str | None,
    WithJsonSchema({"type": ["object", "string", "null"], "description": "a FeatureSpec (schema: see scaffold_feature)"}),
]
Feature = Annotated[str | None, Field(description="spec file name or path, e.g. 'task' or 'specs/features/task.md'")]
BackendDir = Annotated[str, Field(description="backend folder, relative to the root")]
DryRun = Annotated[bool, Field(description="return unified diffs, write nothing")]
Overwrite = Annotated[bool, Field(description="replace files you edited since they were generated")]

WRITES = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True)
READS = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True)


def _call(fn: Any, *args: Any, **kwargs: Any) -> CallToolResult:
    try:
        result = fn(*args, **kwargs)
    except BuilderError as exc:
        raise ToolError(str(exc)) from None
    except (RecursionError, MemoryError) as exc:
        raise ToolError(f"The input is too large or too deeply nested to process ({type(exc).__name__}); "
                        "nothing was written.") from None
    return CallToolResult(
        content=[TextContent(type="text", text=brief(result))],
        structured_content=result.model_dump(mode="json"),
    )


def resolve_root(cli_root: str | None = None) -> str:
    return cli_root or os.environ.get("BACKEND_BUILDER_ROOT") or os.getcwd()


class BuilderServer(MCPServer):
    """MCPServer that refuses arguments a tool does not take, instead of ignoring them."""

    async def list_tools(self) -> list[Any]:
        tools = await super().list_tools()
        for tool in tools:
            tool.input_schema["additionalProperties"] = False
        return tools

    _arguments: dict[str, set[str]] | None = None

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        if self._arguments is None:  # tools are fixed once the server is built
            tools = await super().list_tools()
            self._arguments = {tool.name: set(tool.input_schema.get("properties", {})) for tool in tools}
        known = self._arguments
        unknown = sorted(set(arguments or {}) - known.get(name, set(arguments or {})))
        if unknown:
            valid = ", ".join(sorted(known[name])) or "none"
            raise ToolError(
                f"{name} does not take {', '.join(map(repr, unknown))}; nothing was done. "
                f"Its arguments are: {valid}."
            )
        return await super().call_tool(name, arguments, context)


def create_server(root: str | None = None) -> MCPServer:
    root_dir = resolve_root(root)
    server = BuilderServer(
        "backend-builder",
        version=__version__,
        instructions=(
            "Scaffolds FastAPI + SQLModel backend features from specs. Workflow: init_project, "
            "read_spec, scaffold_feature (or generate_* then register_router), generate_migration, "
            "check_project, run_tests, check_contract. The prompt build_feature walks through it."
        ),
    )

    @server.tool(annotations=WRITES)
    def init_project(
        backend_dir: BackendDir = "backend",
        user_id_type: Annotated[str, Field(description="str (Better Auth), uuid or int")] = "str",
        title: str | None = None,
        dry_run: DryRun = False,
        overwrite: Overwrite = False,
        auth: Annotated[str, Field(description="external (verify your provider's tokens) or builtin "
                                               "(adds register and login)")] = "external",
    ) -> Annotated[CallToolResult, StepResult]:
        """Create the backend skeleton: app, config, database, JWT auth, test fixtures, pyproject."""
        return _call(operations.init_project, root_dir, backend_dir, user_id_type, title, dry_run, overwrite, auth)

    @server.tool(annotations=READS)
    def read_spec(
        feature: Annotated[str, Field(description="feature name or spec path, e.g. 'task'")],
    ) -> Annotated[CallToolResult, SpecDraft]:
        """Find a feature's spec files; return a draft FeatureSpec, its sources and open questions."""
        return _call(operations.read_spec, root_dir, feature)

    @server.tool(annotations=WRITES)
    def save_spec(
        spec: SpecRefArg, path: str | None = None, dry_run: DryRun = False, overwrite: Overwrite = False
    ) -> Annotated[CallToolResult, StepResult]:
        """Write a FeatureSpec as canonical markdown (default specs/features/<name>.md)."""
        return _call(operations.save_spec, root_dir, spec, path, dry_run, overwrite)

    def _generator(step: str, doc: str) -> None:
        def tool(
            feature: Feature = None,
            spec: SpecRefArg = None,
            backend_dir: BackendDir = "backend",
            dry_run: DryRun = False,
            overwrite: Overwrite = False,
        ) -> Annotated[CallToolResult, StepResult]:
            return _call(operations.generate, step, root_dir, feature, spec, backend_dir, dry_run, overwrite)

        tool.__doc__ = doc
        server.add_tool(tool, name=f"generate_{step}", annotations=WRITES)

    _generator("model", "Write app/models/<name>.py (the SQLModel table) from a spec.")
    _generator("schema", "Write app/schemas/<name>.py (Create, Update, Read bodies) from a spec.")
    _generator("router", "Write app/routers/<plural>.py (auth-scoped CRUD and custom endpoints).")
    _generator("tests", "Write tests/test_<plural>.py covering every endpoint of the feature.")

    @server.tool(annotations=WRITES)
    def register_router(
        feature: Feature = None, spec: SpecRefArg = None, backend_dir: BackendDir = "backend", dry_run: DryRun = False
    ) -> Annotated[CallToolResult, StepResult]:
        """Include the feature's router in app/main.py and its model in app/models (syntax-tree edit)."""
        return _call(operations.register_router, root_dir, feature, spec, backend_dir, dry_run)

    @server.tool(annotations=WRITES)
    def scaffold_feature(
        feature: Feature = None,
        spec: SpecArg = None,
        backend_dir: BackendDir = "backend",
        dry_run: DryRun = False,
        overwrite: Overwrite = False,
    ) -> Annotated[CallToolResult, StepResult]:
        """Model, schemas, router, tests and registration in one atomic step."""
        return _call(operations.scaffold_feature, root_dir, feature, spec, backend_dir, dry_run, overwrite)

    @server.tool(annotations=WRITES)
    def generate_migration(
        backend_dir: BackendDir = "backend",
        message: Annotated[str | None, Field(description="revision message")] = None,
        dry_run: DryRun = False,
    ) -> Annotated[CallToolResult, MigrationResult]:
        """An Alembic revision for what the models changed (autogenerate on a scratch database)."""
        return _call(operations.generate_migration, root_dir, backend_dir, message, dry_run)

    @server.tool(annotations=READS)
    def check_project(backend_dir: BackendDir = "backend") -> Annotated[CallToolResult, CheckResult]:
        """Static quality checklist: auth on routes, owner filters, timestamps, registration, tests."""
        return _call(operations.check_project, root_dir, backend_dir)

    @server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True))
    def run_tests(
        backend_dir: BackendDir = "backend",
        select: Annotated[str | None, Field(description="pytest -k expression")] = None,
        test_database_url: Annotated[str | None, Field(description="run on this database (PostgreSQL)")] = None,
    ) -> Annotated[CallToolResult, TestRun]:
        """Run the backend's pytest; answer with counts and the first failures."""
        return _call(operations.run_tests, root_dir, backend_dir, select, test_database_url)

    @server.tool(annotations=READS)
    def check_contract(
        backend_dir: BackendDir = "backend",
        frontend_dir: Annotated[str | None, Field(description="folder of the frontend's code; default: the "
                                                              "whole root")] = None,
    ) -> Annotated[CallToolResult, ContractCheck]:
        """Check the frontend's API calls against the backend's real routes and schemas; mismatches with file:line."""
        return _call(operations.check_contract, root_dir, backend_dir, frontend_dir)

    @server.resource("backend-builder://spec-schema", mime_type="application/json",
                     description="JSON schema of FeatureSpec")
    def spec_schema() -> str:
        return json.dumps(FeatureSpec.model_json_schema(), indent=1)

    @server.resource("backend-builder://specs/{feature}", mime_type="application/json",
                     description="the draft FeatureSpec read from a feature's spec files")
    def spec_resource(feature: str) -> str:
        try:
            return operations.read_spec(root_dir, feature).model_dump_json(indent=1)
        except BuilderError as exc:
            return json.dumps({"error": str(exc)})

    @server.prompt(description="The step-by-step workflow to build one feature with these tools.")
    def build_feature(feature: str) -> str:
        return WORKFLOW.format(feature=feature)

    return server


WORKFLOW = """Build the backend feature {feature!r} with the backend-builder tools:
1. init_project (once per backend; user_id_type "str" for Better Auth).
2. read_spec feature={feature!r}. Resolve every item in `blocking`; check `diagnostics`.
   If no spec file exists, write a FeatureSpec and call save_spec.
3. scaffold_feature with the spec (dry_run first if files exist). On `conflict`, read the diff:
   merge by hand or pass overwrite=true.
4. generate_migration: an Alembic revision for the new or changed tables.
5. check_project: fix every finding (file:line and the fix are given).
6. run_tests: all must pass.
7. check_contract (when the project has a frontend): every frontend call against the real routes.
   Fix each mismatch as its `fix` says (usually the spec's `api` part, then scaffold_feature again)
   and call it again until none is left. Report the routes to the user:
   /api/{{user_id}}/<plural> (or the spec's api.path) with Authorization: Bearer <JWT>.
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="backend-builder-mcp", description="backend-builder MCP server (stdio)")
    parser.add_argument("--root", help="project root (default: $BACKEND_BUILDER_ROOT, else the current folder)")
    args = parser.parse_args(argv)
    root = resolve_root(args.root)
    if not Path(root).is_dir():
        print(f"backend-builder-mcp: root {root!r} is not a folder", file=sys.stderr)
        raise SystemExit(2)
    anyio.run(serve_stdio, create_server(root))


if __name__ == "__main__":
    main()
