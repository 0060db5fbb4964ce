"""check_contract: a generated backend against a small frontend, then each kind of hand edit that breaks it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from backend_builder import cli, operations
from backend_builder.contract import normalize_path
from backend_builder.errors import BuilderError
from backend_builder.mcp_server import create_server
from mcp import Client

from .conftest import REPO

CONTRACTS = REPO.parent / "shared" / "contracts"
SPEC: dict[str, Any] = {
    "name": "task",
    "fields": [
        {"name": "title", "type": "str", "max_length": 200},
        {"name": "description", "type": "text", "required": False},
        {"name": "completed", "type": "bool", "default": False},
        {"name": "priority", "type": "enum", "enum_values": ["low", "high"], "default": "low"},
    ],
    "actions": {"complete": "completed"},
    "filters": ["completed"],
}

# The house contract, as a typical Next.js client writes it.
API_TS = """\
const API = process.env.NEXT_PUBLIC_API_URL || 'http://localhost:8000'

export interface Task { id: number; title: string; description?: string | null; completed: boolean; created_at: string }
export interface TaskInput { title: string; description?: string; priority?: string }

export async function listTasks(userId: string, completed?: boolean): Promise<Task[]> {
  const query = completed === undefined ? '' : `?completed=${completed}`
  const res = await fetch(`${API}/api/${userId}/tasks${query}`) // LIST
  if (!res.ok) throw new Error('failed')
  return res.json()
}

export async function createTask(userId: string, input: TaskInput): Promise<Task> {
  const res = await fetch(`${API}/api/${userId}/tasks`, { method: 'POST', body: JSON.stringify(input) }) // CREATE
  if (!res.ok) {
    const err = await res.json()
    throw new Error(err.detail || 'failed')
  }
  return res.json()
}

export async function updateTask(userId: string, id: number, input: Partial<TaskInput>): Promise<Task> {
  const res = await fetch(`${API}/api/${userId}/tasks/${id}`, { method: 'PUT', body: JSON.stringify(input) })
  return res.json()
}

export async function toggleTask(userId: string, id: number): Promise<Task> {
  const res = await fetch(`${API}/api/${userId}/tasks/${id}/complete`, { method: 'PATCH' })
  return res.json()
}

export async function deleteTask(userId: string, id: number): Promise<void> {
  const res = await fetch(`${API}/api/${userId}/tasks/${id}`, { method: 'DELETE' }) // DELETE
  if (!res.ok) throw new Error('delete failed')
}

export async function login(email: string, password: string) {
  const res = await fetch(`${API}/api/auth/login`, { method: 'POST', body: JSON.stringify({ email, password }) })
  return res.json()
}
"""


def line_of(text: str, marker: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated backend for the whole module (each check costs an import of it), with the frontend."""
    root = tmp_path_factory.mktemp("contract") / "project"
    root.mkdir()
    operations.init_project(str(root))
    operations.scaffold_feature(str(root), spec=SPEC)
    (root / "frontend/lib").mkdir(parents=True)
    (root / "frontend/lib/api.ts").write_text(API_TS, encoding="utf-8")
    return root


def variant(root: Path, name: str, old: str, new: str, extra: str = "") -> tuple[str, str]:
    """A frontend folder holding API_TS with one edit; its folder and text."""
    assert old in API_TS
    text = API_TS.replace(old, new) + extra
    folder = root / "variants" / name / "lib"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "api.ts").write_text(text, encoding="utf-8")
    return f"variants/{name}", text


def test_the_house_contract_matches(project: Path) -> None:
    result = operations.check_contract(str(project), frontend_dir="frontend")
    assert result.passed and result.mismatches == [], result.summary
    by = {(c.method, c.path): c for c in result.calls}
    listing = by["GET", "/api/{user_id}/tasks"]
    assert (listing.status, listing.route, listing.file, listing.line) == (
        "ok", "GET /api/{user_id}/tasks", "frontend/lib/api.ts", line_of(API_TS, "// LIST"))
    assert listing.query_keys == ["completed?"] and listing.response_is_array is True
    assert "title" in listing.response_keys
    create = by["POST", "/api/{user_id}/tasks"]
    assert create.body_keys == ["title", "description?", "priority?"] and create.status == "ok"
    assert by["PATCH", "/api/{user_id}/tasks/{id}/complete"].route == "PATCH /api/{user_id}/tasks/{task_id}/complete"
    assert by["DELETE", "/api/{user_id}/tasks/{id}"].status == "ok"
    login = by["POST", "/api/auth/login"]
    assert login.status == "skipped" and login.kind == "auth"
    # the client shows err.detail, a list on FastAPI's 422: a warning, not a failure
    (warning,) = [w for w in result.warnings if w.check == "error_body"]
    assert warning.line == line_of(API_TS, "// CREATE") and "detail_text" in warning.fix
    assert result.summary.startswith("check_contract: 6 frontend call(s): 5 ok, 1 skipped")


def test_a_route_changed_in_the_frontend(project: Path) -> None:
    folder, text = variant(project, "route", "`${API}/api/${userId}/tasks${query}`", "`${API}/api/tasks${query}`")
    result = operations.check_contract(str(project), frontend_dir=folder)
    assert not result.passed
    (m,) = result.mismatches
    assert (m.file, m.line, m.check, m.method, m.path) == (
        f"{folder}/lib/api.ts", line_of(text, "// LIST"), "route", "GET", "/api/tasks")
    assert "/api/{user_id}/tasks" in m.backend
    assert "set api.path to '/api/tasks'" in m.fix and 'scaffold_feature {"feature": "task"}' in m.fix
    assert [c.status for c in result.calls if c.path == "/api/tasks"] == ["unmatched"]


def test_a_route_that_undoes_an_action_is_fixed_by_a_second_action_that_sets(project: Path) -> None:
    reopen = ("\n\nexport async function reopenTask(userId: string, id: number): Promise<Task> {\n"
              "  const res = await fetch(`${API}/api/${userId}/tasks/${id}/reopen`, { method: 'POST' }) // REOPEN\n"
              "  return res.json()\n}\n")
    folder, text = variant(project, "reopen", "", "", extra=reopen)
    (m,) = operations.check_contract(str(project), frontend_dir=folder).mismatches
    assert (m.line, m.method) == (line_of(text, "// REOPEN"), "POST")
    # a new action over the same field, not the complete route moved to /reopen
    assert 'the action {"reopen": "completed"} to actions' in m.fix, m.fix
    assert '{"action": "complete", "sets": true}' in m.fix and '"action": "reopen", "sets": false' in m.fix
    assert '"method": "POST"' in m.fix


def test_a_free_text_search_on_the_list_is_fixed_by_api_list_search(project: Path, tmp_path: Path) -> None:
    folder, text = variant(project, "list-search", "`?completed=${completed}`", "`?q=${completed}`")
    (m,) = operations.check_contract(str(project), frontend_dir=folder).mismatches
    assert (m.line, m.check) == (line_of(text, "// LIST"), "query")
    assert 'set api.list.search to {"param": "q"} and "search": ["title", "description"]' in m.fix, m.fix
    # the fix, applied, serves the call
    root = tmp_path / "fixed"
    shutil.copytree(project, root)
    spec = {**SPEC, "search": ["title", "description"], "api": {"list": {"search": {"param": "q"}}}}
    operations.scaffold_feature(str(root), spec=spec, overwrite=True)
    assert operations.check_contract(str(root), frontend_dir=folder).mismatches == []


def test_a_query_parameter_renamed(project: Path) -> None:
    folder, text = variant(project, "query", "`?completed=${completed}`", "`?done=${completed}`")
    (m,) = operations.check_contract(str(project), frontend_dir=folder).mismatches
    assert (m.line, m.check) == (line_of(text, "// LIST"), "query")
    assert "'done'" in m.frontend and "completed" in m.backend and "api.list.filters" in m.fix


def test_the_list_expected_inside_an_object(project: Path) -> None:
    folder, text = variant(project, "shape", "Promise<Task[]>", "Promise<TaskPage>",
                           "export interface TaskPage { tasks: Task[]; total: number }\n")
    (m,) = operations.check_contract(str(project), frontend_dir=folder).mismatches
    assert (m.line, m.check) == (line_of(text, "// LIST"), "response")
    assert ".tasks" in m.frontend and "bare JSON array" in m.backend
    assert '"items_key": "tasks"' in m.fix and '"total_key": "total"' in m.fix


def test_a_body_key_the_model_lacks(project: Path) -> None:
    folder, text = variant(project, "body", "priority?: string }", "priority?: string; due_date?: string }")
    result = operations.check_contract(str(project), frontend_dir=folder)
    found = {(m.method, m.check, m.line) for m in result.mismatches}
    assert ("POST", "body", line_of(text, "// CREATE")) in found and len(found) == 2  # create and update
    m = next(m for m in result.mismatches if m.method == "POST")
    assert "'due_date'" in m.frontend and "value is lost" in m.backend and "add field due_date" in m.fix


def test_keys_no_casing_gives_are_fixed_by_json_key(project: Path, tmp_path: Path) -> None:
    """A frontend that sends `TITLE` and reads `TITLE`: neither casing answers it, a json_key does."""
    folder, text = variant(project, "json-key", "export interface TaskInput { title: string;",
                           "export interface TaskInput { TITLE: string;")
    text = text.replace("export interface Task { id: number; title: string;", "export interface Task { id: number; TITLE: string;")
    (project / folder / "lib/api.ts").write_text(text, encoding="utf-8")
    result = operations.check_contract(str(project), frontend_dir=folder)
    sent = next(m for m in result.mismatches if m.method == "POST" and m.check == "body")
    assert "give the field 'title' json_key 'TITLE'" in sent.fix, sent.fix
    read = next(m for m in result.mismatches if m.check == "response")
    assert "title: 'TITLE'" in read.fix and "json_key" in read.fix, read.fix
    # the fix, applied, serves every call
    root = tmp_path / "fixed"
    shutil.copytree(project, root)
    fields = [{**f, "json_key": "TITLE"} if f["name"] == "title" else f for f in SPEC["fields"]]
    operations.scaffold_feature(str(root), spec={**SPEC, "fields": fields}, overwrite=True)
    assert operations.check_contract(str(root), frontend_dir=folder).mismatches == []


def test_delete_parsed_as_json(project: Path) -> None:
    folder, text = variant(project, "delete", "if (!res.ok) throw new Error('delete failed')", "return res.json()")
    (m,) = operations.check_contract(str(project), frontend_dir=folder).mismatches
    assert (m.method, m.check, m.line) == ("DELETE", "status", line_of(text, "// DELETE"))
    assert "204" in m.backend and "api.delete_status to 200" in m.fix


def test_a_client_function_no_screen_calls_gives_warnings(project: Path) -> None:
    folder, text = variant(project, "unused", "if (!res.ok) throw new Error('delete failed')", "return res.json()")
    (project / folder / "components").mkdir()
    (project / folder / "components/List.tsx").write_text(
        "import { listTasks, createTask } from '../lib/api'\n"
        "export function List({ userId }: { userId: string }) {\n"
        "  const load = async () => { const rows = await listTasks(userId); await createTask(userId, { title: 'x' }) }\n"
        "  return null\n}\n", encoding="utf-8")
    result = operations.check_contract(str(project), frontend_dir=folder)
    assert result.passed and result.mismatches == []
    (w,) = [w for w in result.warnings if w.check == "status"]
    assert w.line == line_of(text, "// DELETE") and "no screen calls" in w.frontend


def test_backend_edited_by_hand(project: Path, tmp_path: Path) -> None:
    """A renamed route prefix and a renamed query parameter in the router: the calls that break are named."""
    root = tmp_path / "edited"
    shutil.copytree(project, root, ignore=shutil.ignore_patterns("variants", "__pycache__"))
    router = root / "backend/app/routers/tasks.py"
    code = router.read_text()
    assert '"/api/{user_id}/tasks"' in code and "completed: Annotated" in code
    code = code.replace("completed: Annotated", "done: Annotated", 1).replace("if completed is not None", "if done is not None")
    code = code.replace("== completed)", "== done)")
    router.write_text(code.replace('"/api/{user_id}/tasks"', '"/api/{user_id}/todos"'))
    result = operations.check_contract(str(root))
    assert {c.status for c in result.calls if c.kind == "api"} == {"unmatched"}
    routes = [m for m in result.mismatches if m.check == "route"]
    assert len(routes) == 5 and "/api/{user_id}/todos" in routes[0].backend
    # the list is also checked against the route it reaches once the path is fixed
    assert [m.check for m in result.mismatches if m.check != "route"] == ["query"]
    assert "edited by hand" in routes[0].fix and '"overwrite": true' in routes[0].fix

    router.write_text(code)  # the prefix back; the parameter stays renamed
    (m,) = operations.check_contract(str(root)).mismatches
    assert (m.check, m.line) == ("query", line_of(API_TS, "// LIST")) and "'completed'" in m.frontend


def test_a_backend_that_cannot_import(project: Path, tmp_path: Path) -> None:
    root = tmp_path / "broken"
    shutil.copytree(project, root, ignore=shutil.ignore_patterns("variants", "__pycache__"))
    with (root / "backend/app/main.py").open("a") as handle:
        handle.write("\nraise RuntimeError('boom at import')\n")
    with pytest.raises(BuilderError) as error:
        operations.check_contract(str(root))
    assert "cannot be imported" in error.value.message and "boom at import" in error.value.message
    with pytest.raises(BuilderError, match="not a folder"):
        operations.check_contract(str(project), frontend_dir="nowhere")


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_over_mcp_in_process(project: Path, anyio_backend: str) -> None:
    folder, _ = variant(project, "mcp", "`?completed=${completed}`", "`?done=${completed}`")
    async with Client(create_server(str(project))) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["check_contract"].annotations.read_only_hint is True
        ok = await client.call_tool("check_contract", {"frontend_dir": "frontend"})
        assert not ok.is_error and ok.structured_content["passed"] is True
        bad = await client.call_tool("check_contract", {"frontend_dir": folder})
        assert bad.structured_content["passed"] is False
        text = bad.content[0].text
        assert f"{folder}/lib/api.ts:" in text and "Fix:" in text and "call check_contract" in text
        missing = await client.call_tool("check_contract", {"backend_dir": "nope"})
        assert missing.is_error and "init_project" in missing.content[0].text


def test_the_cli(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--root", str(project), "check-contract", "--frontend-dir", "frontend"]) == 0
    assert "5 ok" in capsys.readouterr().out
    folder, _ = variant(project, "cli", "`${API}/api/${userId}/tasks${query}`", "`${API}/api/tasks${query}`")
    assert cli.main(["--root", str(project), "check-contract", "--frontend-dir", folder]) == 1
    out = capsys.readouterr().out
    assert "[route]" in out and "backend-builder scaffold --feature task" in out
    assert "backend-builder check-contract" in out
    assert cli.main(["--root", str(project), "--json", "check-contract", "--frontend-dir", folder]) == 1
    assert json.loads(capsys.readouterr().out)["mismatches"][0]["check"] == "route"
    assert cli.main(["--root", str(project), "check-contract", "--frontend-dir", "../elsewhere"]) == 2


@pytest.mark.skipif(not CONTRACTS.is_dir(), reason="the labelled contracts are not here")
@pytest.mark.parametrize("entry", sorted(p.name for p in CONTRACTS.glob("C0*")) if CONTRACTS.is_dir() else [])
def test_real_frontends_every_labelled_call_is_listed(entry: str, tmp_path: Path) -> None:
    root = tmp_path / entry
    shutil.copytree(CONTRACTS / entry, root)
    label = json.loads((root / "contract.json").read_text())
    draft = operations.read_spec(str(root), label["entity"])
    operations.init_project(str(root), user_id_type=label.get("user_id_type", "str"))
    operations.scaffold_feature(str(root), spec=draft.spec)
    result = operations.check_contract(str(root))
    listed = {(c.method, normalize_path(c.path.rstrip("/"))) for c in result.calls if c.kind == "api"}
    for call in label["calls"]:
        assert (call["method"], normalize_path(call["path"].rstrip("/"))) in listed, call["name"]
    # the generated backend serves the contract read_spec found: nothing left to fix
    assert result.mismatches == [], [(m.file, m.line, m.check, m.frontend, m.backend) for m in result.mismatches]
