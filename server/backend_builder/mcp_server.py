"""The MCP face: translate tool arguments to operations and results to summary + structured content.

Nothing here decides anything; `operations` does. Tool descriptions stay short because the
workflow lives in SKILL.md and in the `build_feature` prompt.

An agent pays for `tools/list` in every session and for start-up each time it connects, so:
the engine (`operations` and what it loads: libcst, tree-sitter, sqlglot, jinja) is imported on
the first tool call, not at start-up; the listing carries compact, portable schemas (no titles,
no `$ref`, no `type` arrays); the FeatureSpec's full schema is the resource
`backend-builder://spec-schema`, named in the descriptions of the tools that take a spec.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from mcp.types import Tool as MCPTool
from pydantic import Field, WithJsonSchema

from backend_builder import __version__
from backend_builder.errors import BuilderError
from backend_builder.mcp_stdio import serve_stdio

SPEC_SCHEMA_URI = "backend-builder://spec-schema"
SKILL_URI = "backend-builder://skill"

# Validation of `spec` is ours (in the engine), so that errors name the field and the fix. It is
# listed as an object (the same as a JSON string is accepted too); only scaffold_feature and
# save_spec describe `spec` and `feature`: the other steps take the same.
SpecArg = Annotated[
    dict[str, Any] | str | None,
    WithJsonSchema({"type": "object", "description": f"a FeatureSpec; its schema: {SPEC_SCHEMA_URI}"}),
]
Spec = Annotated[dict[str, Any] | str | None, WithJsonSchema({"type": "object"})]
Feature = Annotated[str | None, Field(description="spec file name or path, e.g. 'task'")]
# Self-explanatory names carry no description (SKILL.md explains them): every byte here is paid per session.
BackendDir = str
DryRun = bool
Overwrite = bool

# MCP's defaults are readOnly false, destructive true, idempotent false: say only what differs.
WRITES = ToolAnnotations(destructive_hint=False, idempotent_hint=True)
READS = ToolAnnotations(read_only_hint=True)


def _call(operation: str, *args: Any, **kwargs: Any) -> CallToolResult:
    from backend_builder import operations  # the engine loads on the first call, not at start-up
    from backend_builder.present import brief

    try:
        result = getattr(operations, operation)(*args, **kwargs)
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


# -- compact, portable schemas -----------------------------------------------------------------

def portable(schema: Any) -> Any:
    """A schema every client takes: no `title`, `type` arrays as `anyOf`, no `$ref` (inlined)."""
    defs = schema.get("$defs", {}) if isinstance(schema, dict) else {}

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return walk(defs[node["$ref"].split("/")[-1]])
        out = {}
        for key, value in node.items():
            if key in ("title", "$defs"):
                continue
            if key in ("properties", "patternProperties") and isinstance(value, dict):
                out[key] = {name: walk(sub) for name, sub in value.items()}  # names, not keywords
            else:
                out[key] = walk(value)
        if isinstance(out.get("type"), list):
            out["anyOf"] = [{"type": t} for t in out.pop("type")]
        return out

    return walk(schema)


OMITTED = ("step", "dry_run", "backend_dir", "frontend_dir", "summary", "next_steps")


def output_schema(model_schema: dict[str, Any]) -> dict[str, Any]:
    """A result model's JSON schema, compacted to its keys and their types. Left out (they stay in
    the structured content): an array's items and the descriptions (SKILL.md explains them); the
    keys that echo the call (`step`, `dry_run`, `backend_dir`, `frontend_dir`); and `summary` and
    `next_steps`, which are the result's text content."""
    full = portable(model_schema)

    def shape(node: dict[str, Any]) -> dict[str, Any]:
        if "anyOf" in node:
            return {"anyOf": [shape(branch) for branch in node["anyOf"]]}
        if "enum" in node:
            return {"enum": node["enum"]}
        return {"type": node["type"]} if "type" in node else {}

    keys = {k: shape(v) for k, v in full["properties"].items() if k not in OMITTED}
    return {"type": "object", "properties": keys}


def result_models() -> dict[str, Any]:
    """Each tool's result model (imports the engine: for tests and for regenerating OUTPUT_SCHEMAS)."""
    from backend_builder.check.runner import TestRun
    from backend_builder.contract.check import ContractCheck
    from backend_builder.operations import CheckResult, MigrationResult, StepResult
    from backend_builder.spec.reader import SpecDraft

    steps = ("init_project", "save_spec", "generate_model", "generate_schema", "generate_router", "generate_tests",
             "register_router", "scaffold_feature")
    return {**dict.fromkeys(steps, StepResult), "read_spec": SpecDraft, "generate_migration": MigrationResult,
            "check_project": CheckResult, "run_tests": TestRun, "check_contract": ContractCheck}


def compute_output_schemas() -> dict[str, dict[str, Any]]:
    return {tool: output_schema(model.model_json_schema()) for tool, model in result_models().items()}


LISTING_FILE = Path(__file__).with_name("tool_listing.json")


async def compute_listing() -> list[dict[str, Any]]:
    """The tools/list answer, computed: the tools' signatures (compacted) and their result models."""
    server = create_server(".")
    assert isinstance(server, BuilderServer)
    server.register_tools()
    outputs = compute_output_schemas()
    listing = []
    for tool in await MCPServer.list_tools(server):
        tool.input_schema = _compact_input(tool.input_schema)
        tool.output_schema = outputs[tool.name]
        listing.append(tool.model_dump(mode="json", by_alias=True, exclude_none=True))
    return listing


def write_tool_listing() -> None:
    """Regenerate tool_listing.json (tests/test_tool_schemas.py checks that it is current)."""
    LISTING_FILE.write_text(json.dumps(anyio.run(compute_listing), indent=1) + "\n")


def _compact_input(schema: dict[str, Any]) -> dict[str, Any]:
    """Portable input schema, without what a client infers: an optional argument whose default is
    null is listed as its type alone (leave it out to mean null), and a flag's default false is left
    out."""
    schema = portable(schema)
    for prop in schema.get("properties", {}).values():
        branches = prop.get("anyOf")
        if prop.get("default", ...) is None and branches and {"type": "null"} in branches:
            rest = [b for b in branches if b != {"type": "null"}]
            del prop["anyOf"]
            if len(rest) == 1:
                prop.update(rest[0])
            else:
                prop["anyOf"] = rest
        if prop.get("default", ...) in (None, False) and prop.get("type") in ("boolean", "object", "string"):
            del prop["default"]
    schema["additionalProperties"] = False  # and the server refuses them, naming those it takes
    return schema


class BuilderServer(MCPServer):
    """MCPServer that answers tools/list from tool_listing.json and registers its tools (pydantic
    models for 13 signatures, ~50 ms) only on the first call; it refuses arguments a tool does not
    take, naming those it does."""

    _tools: list[Any] | None = None
    _arguments: dict[str, set[str]] | None = None
    _register: Any = None

    def register_tools(self) -> None:
        if self._register is not None:
            register, self._register = self._register, None
            register()

    async def list_tools(self) -> list[Any]:
        if self._tools is None:  # tools are fixed once the server is built
            self._tools = [MCPTool.model_validate(tool) for tool in json.loads(LISTING_FILE.read_text())]
            self._arguments = {tool.name: set(tool.input_schema.get("properties", {})) for tool in self._tools}
        return self._tools

    def _tool_input_schema(self, name: str) -> dict[str, Any] | None:
        self.register_tools()
        return super()._tool_input_schema(name)

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        if self._arguments is None:
            await self.list_tools()
        known = self._arguments or {}
        unknown = sorted(set(arguments or {}) - known.get(name, set(arguments or {})))
        if unknown:
            valid = ", ".join(sorted(known[name])) or "none"
            raise ToolError(
                f"{name} does not take {', '.join(map(repr, unknown))}; nothing was done. "
                f"Its arguments are: {valid}."
            )
        self.register_tools()
        return await super().call_tool(name, arguments, context)


def create_server(root: str | None = None) -> BuilderServer:
    root_dir = resolve_root(root)
    server = BuilderServer(
        "backend-builder",
        version=__version__,
        instructions=(
            "Scaffolds FastAPI + SQLModel backend features from specs. Workflow: read_spec (its user_id_type "
            "goes to init_project), init_project, scaffold_feature (or generate_* then register_router), "
            "generate_migration, check_project, run_tests, check_contract. The prompt build_feature walks "
            f"through it; the resource {SPEC_SCHEMA_URI} is the FeatureSpec's JSON schema, {SKILL_URI} the "
            "full workflow (SKILL.md)."
        ),
    )

    def register_tools() -> None:  # on the first tools/call; tools/list reads tool_listing.json
        @server.tool(annotations=WRITES)
        def init_project(
            backend_dir: BackendDir = "backend",
            user_id_type: Annotated[str, WithJsonSchema({"type": "string", "enum": ["str", "uuid", "int"]})] = "str",
            title: str | None = None,
            dry_run: DryRun = False,
            overwrite: Overwrite = False,
            auth: Annotated[str, WithJsonSchema({"type": "string", "enum": ["external", "builtin"],
                                                 "description": "builtin adds register and login"})] = "external",
            deploy: Annotated[bool, Field(description="also Dockerfile, compose.yaml, Kubernetes manifests")] = True,
        ) -> CallToolResult:
            """Create the backend skeleton: app, config, database, JWT auth, tests."""
            return _call("init_project", root_dir, backend_dir, user_id_type, title, dry_run, overwrite, auth,
                         deploy)

        @server.tool(annotations=READS)
        def read_spec(
            feature: Annotated[str, Field(description="feature name, spec file or Spec Kit folder, e.g. 'task' or 'specs/002-notes'")],
        ) -> CallToolResult:
            """Read a feature's spec files into a draft FeatureSpec, with sources and open questions."""
            return _call("read_spec", root_dir, feature)

        @server.tool(annotations=WRITES)
        def save_spec(
            spec: SpecArg, path: str | None = None, dry_run: DryRun = False, overwrite: Overwrite = False
        ) -> CallToolResult:
            """Write a FeatureSpec as canonical markdown (default specs/features/<name>.md)."""
            return _call("save_spec", root_dir, spec, path, dry_run, overwrite)

        def _generator(step: str, doc: str) -> None:
            def tool(
                feature: str | None = None,
                spec: Spec = None,
                backend_dir: BackendDir = "backend",
                dry_run: DryRun = False,
                overwrite: Overwrite = False,
            ) -> CallToolResult:
                return _call("generate", step, root_dir, feature, spec, backend_dir, dry_run, overwrite)

            tool.__doc__ = doc
            server.add_tool(tool, name=f"generate_{step}", annotations=WRITES)

        _generator("model", "Write app/models/<name>.py (the SQLModel table).")
        _generator("schema", "Write app/schemas/<name>.py (Create, Update, Read).")
        _generator("router", "Write app/routers/<plural>.py (auth-scoped CRUD, custom endpoints).")
        _generator("tests", "Write tests/test_<plural>.py for every endpoint.")

        @server.tool(annotations=WRITES)
        def register_router(
            feature: str | None = None, spec: Spec = None, backend_dir: BackendDir = "backend", dry_run: DryRun = False
        ) -> CallToolResult:
            """Include the router in app/main.py and the model in app/models (syntax-tree edit)."""
            return _call("register_router", root_dir, feature, spec, backend_dir, dry_run)

        @server.tool(annotations=WRITES)
        def scaffold_feature(
            feature: Feature = None,
            spec: SpecArg = None,
            backend_dir: BackendDir = "backend",
            dry_run: DryRun = False,
            overwrite: Overwrite = False,
        ) -> CallToolResult:
            """Model, schemas, router, tests and registration in one atomic step."""
            return _call("scaffold_feature", root_dir, feature, spec, backend_dir, dry_run, overwrite)

        @server.tool(annotations=WRITES)
        def generate_migration(
            backend_dir: BackendDir = "backend",
            message: str | None = None,
            dry_run: DryRun = False,
        ) -> CallToolResult:
            """Write an Alembic revision for what the models changed."""
            return _call("generate_migration", root_dir, backend_dir, message, dry_run)

        @server.tool(annotations=READS)
        def check_project(backend_dir: BackendDir = "backend") -> CallToolResult:
            """The static quality checklist: auth, owner filters, timestamps, registration, tests."""
            return _call("check_project", root_dir, backend_dir)

        @server.tool(annotations=WRITES)
        def run_tests(
            backend_dir: BackendDir = "backend",
            select: Annotated[str | None, Field(description="pytest -k expression")] = None,
            test_database_url: Annotated[str | None, Field(description="a PostgreSQL URL to run on")] = None,
        ) -> CallToolResult:
            """Run the backend's pytest: counts and the first failures."""
            return _call("run_tests", root_dir, backend_dir, select, test_database_url)

        @server.tool(annotations=READS)
        def check_contract(
            backend_dir: BackendDir = "backend",
            frontend_dir: Annotated[str | None, Field(description="default: the whole root")] = None,
        ) -> CallToolResult:
            """Check the frontend's API calls against the backend's routes and schemas."""
            return _call("check_contract", root_dir, backend_dir, frontend_dir)

    server._register = register_tools

    @server.resource(SPEC_SCHEMA_URI, mime_type="application/json", description="JSON schema of FeatureSpec")
    def spec_schema() -> str:
        from backend_builder.spec.model import FeatureSpec

        return json.dumps(FeatureSpec.model_json_schema(), indent=1)

    @server.resource("backend-builder://specs/{feature}", mime_type="application/json",
                     description="the draft FeatureSpec read from a feature's spec files")
    def spec_resource(feature: str) -> str:
        from backend_builder import operations

        try:
            return operations.read_spec(root_dir, feature).model_dump_json(indent=1)
        except BuilderError as exc:
            return json.dumps({"error": str(exc)})

    @server.resource(SKILL_URI, mime_type="text/markdown",
                     description="SKILL.md: the workflow, how to write a spec, the quality checklist")
    def skill() -> str:
        from backend_builder.skill import read_skill_file

        return read_skill_file("SKILL.md")

    @server.resource(SKILL_URI + "/references/{name}", mime_type="text/markdown",
                     description="a reference SKILL.md links to, e.g. spec-format.md")
    def skill_reference(name: str) -> str:
        from backend_builder.skill import read_skill_file

        try:
            return read_skill_file(f"references/{name}")
        except BuilderError as exc:
            return str(exc)

    @server.prompt(description="The step-by-step workflow to build one feature with these tools.")
    def build_feature(feature: str) -> str:
        return WORKFLOW.format(feature=feature)

    return server


WORKFLOW = """Build the backend feature {feature!r} with the backend-builder tools:
1. read_spec feature={feature!r}. Resolve every item in `blocking`; check `diagnostics`.
   If no spec file exists, write a FeatureSpec (schema: resource backend-builder://spec-schema)
   and call save_spec.
2. init_project (once per backend), with the user_id_type read_spec answered ("str" for Better Auth).
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
    parser = argparse.ArgumentParser(
        prog="backend-builder-mcp",
        description="The backend-builder MCP server: tools that build FastAPI + SQLModel backends from feature "
        "specs, over stdio. An MCP client (Claude Code, Cursor, VS Code) starts it; it is not meant to be run "
        "by hand.",
        epilog="Example (Claude Code): claude mcp add --transport stdio backend-builder -- backend-builder-mcp "
        "--root .",
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--root", help="project root (default: $BACKEND_BUILDER_ROOT, else the current folder)")
    args = parser.parse_args(argv)
    root = resolve_root(args.root)
    if not Path(root).is_dir():
        print(f"backend-builder-mcp: root {root!r} is not a folder", file=sys.stderr)
        raise SystemExit(2)
    anyio.run(serve_stdio, create_server(root))


if __name__ == "__main__":
    main()
