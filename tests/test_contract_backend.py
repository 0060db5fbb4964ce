"""Generated backends serve the contract of the spec's `api` part, keep every promise of ours under it,
and their own tests assert that contract (not the house one)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from backend_builder import operations

from .conftest import backend_pytest, ruff, run

FIELDS = [
    {"name": "title", "type": "str", "max_length": 200, "min_length": 1},
    {"name": "description", "type": "text", "required": False},
    {"name": "completed", "type": "bool", "default": False},
    {"name": "priority", "type": "enum", "enum_values": ["low", "medium", "high"], "default": "medium"},
    {"name": "due_date", "type": "date", "required": False},
]
BASE = {"name": "task", "fields": FIELDS, "actions": {"complete": "completed"}, "stats": True, "search": ["title"]}
STATUS = {"param": "status", "field": "completed", "values": {"pending": False, "completed": True, "all": None},
          "default": "all"}

# Contracts of the kinds real frontends expect (no user id in the path, envelopes, mapped filters,
# page paging, camelCase, 200 on create and delete, other action routes, other error bodies).
CONTRACTS: dict[str, tuple[str, dict[str, Any]]] = {
    "envelope-counts-custom-errors": ("str", {
        "list": {"filters": [STATUS],
                 "sort": {"param": "sort", "keys": {"created": "created_at", "title": "title"},
                          "order_param": "order", "default": "created", "default_order": "desc"},
                 "response": {"shape": "object", "items_key": "tasks", "total_key": "total",
                              "counts": {"pending": {"field": "completed", "value": False},
                                         "completed": {"field": "completed", "value": True}}}},
        "errors": {"style": "custom", "status": 400,
                   "body": {"error": "{error}", "detail": "{message}", "field": "{field}"}},
    }),
    "token-user-page-paging": ("str", {
        "path": "/api/tasks",
        "list": {"filters": [STATUS],
                 "sort": {"param": "sort", "keys": {"created_at": "created_at", "title": "title", "id": "id"},
                          "default": "-created_at"},
                 "paging": {"style": "page", "limit_param": "limit", "default_limit": 20, "max_limit": 100}},
        "actions": [{"action": "complete", "method": "PUT", "path": "/{id}/toggle"},
                    {"action": "reopen", "method": "POST", "sets": False}],
        "errors": {"style": "detail_text"},
    }),
    # Defaults that hide rows: one filter with a value that shows them all, one without.
    "hiding-defaults": ("int", {
        "list": {"filters": [{"param": "status", "field": "completed",
                              "values": {"all": None, "active": False, "done": True}, "default": "active"},
                             {"param": "level", "field": "priority",
                              "values": {"usual": "medium", "urgent": "high"}, "default": "usual"}]},
    }),
    "camel-prefix-uuid-200s": ("uuid", {
        "path": "/api/v1/{user_id}/tasks", "casing": "camel", "create_status": 200, "delete_status": 200,
        "list": {"filters": [{"param": "status", "field": "completed",
                              "values": {"completed": True, "incomplete": False, "all": None}},
                             {"param": "priority", "field": "priority"}],
                 "paging": {"style": "offset", "limit_param": "pageSize", "offset_param": "skip",
                            "default_limit": 10, "max_limit": 50},
                 "response": {"shape": "object", "items_key": "data", "total_key": None, "echo_paging": True}},
    }),
    # The spec's own keys where they are not the names under the casing (an Oracle table's `TITLE`, `homepageURL`,
    # a snake_case `due_date` among camelCase keys), searched and filtered by those keys.
    "spec-keys-camel": ("int", {"casing": "camel"}),
}


# What a contract changes in the spec besides its api part.
SPEC_CHANGES: dict[str, dict[str, Any]] = {
    "token-user-page-paging": {"actions": {"complete": "completed", "reopen": "completed"}},
    "spec-keys-camel": {
        "fields": [
            {**FIELDS[0], "json_key": "TITLE"}, FIELDS[1], {**FIELDS[2], "json_key": "isDone"},
            {**FIELDS[3], "json_key": "PRIORITY_LEVEL"}, {**FIELDS[4], "json_key": "due_date"},
            {"name": "homepage_url", "type": "str", "required": False, "max_length": 200, "json_key": "homepageURL"},
        ],
        "search": ["homepage_url"], "filters": ["priority"],
    },
}
_BUILT: dict[str, Path] = {}


def build(name: str, factory: pytest.TempPathFactory) -> Path:
    """The backend of one contract, generated once per test session."""
    if name not in _BUILT:
        user_id_type, api = CONTRACTS[name]
        root = factory.mktemp(name)
        operations.init_project(str(root), user_id_type=user_id_type)
        operations.scaffold_feature(str(root), spec={**BASE, **SPEC_CHANGES.get(name, {}), "api": api})
        _BUILT[name] = root / "backend"
    return _BUILT[name]


@pytest.fixture(scope="module", params=sorted(CONTRACTS))
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def token_user(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build("token-user-page-paging", tmp_path_factory)


@pytest.fixture(scope="module")
def custom_errors(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build("envelope-counts-custom-errors", tmp_path_factory)


@pytest.fixture(scope="module")
def camel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build("camel-prefix-uuid-200s", tmp_path_factory)


def test_the_generated_tests_assert_the_chosen_contract_and_pass(generated: Path) -> None:
    proc = backend_pytest(generated, "-W", "error::DeprecationWarning")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def test_clean_and_checked(generated: Path) -> None:
    assert ruff("check", ".", cwd=generated).returncode == 0
    assert ruff("format", "--check", ".", cwd=generated).returncode == 0
    result = operations.check_project(str(generated.parent))
    assert result.passed, [f.message for f in result.findings]


def _client_script(generated: Path, body: str) -> dict[str, Any]:
    """Run requests against the generated app in its own folder; returns what the script prints as JSON."""
    script = (
        "import json\n"
        "from fastapi.testclient import TestClient\n"
        "from tests.conftest import ALICE, BOB, auth\n"
        "from app.main import app\n"
        "out = {}\n"
        "with TestClient(app) as client:\n"
        + "".join(f"    {line}\n" for line in body.strip().splitlines())
        + "print(json.dumps(out))\n"
    )
    database = generated / "probe.db"
    database.unlink(missing_ok=True)
    proc = run([sys.executable, "-c", script], cwd=generated,
               env={"PYTHONPATH": str(generated), "DATABASE_URL": f"sqlite:///{database}"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_without_a_user_in_the_path_the_user_is_the_tokens_subject(token_user: Path) -> None:
    out = _client_script(token_user, """
created = client.post("/api/tasks", json={"title": "mine"}, headers=auth(ALICE))
out["created"] = created.status_code
out["alice"] = [r["title"] for r in client.get("/api/tasks", headers=auth(ALICE)).json()]
out["bob"] = client.get("/api/tasks", headers=auth(BOB)).json()
out["bob_reads"] = client.get(f"/api/tasks/{created.json()['id']}", headers=auth(BOB)).status_code
out["no_token"] = client.get("/api/tasks").status_code
out["slash"] = client.get("/api/tasks/", headers=auth(ALICE)).status_code
out["unknown"] = client.get("/api/tasks", params={"statuss": "x"}, headers=auth(ALICE)).json()
out["toggle"] = client.put(f"/api/tasks/{created.json()['id']}/toggle", headers=auth(ALICE)).json()["completed"]
out["reopen"] = [client.post(f"/api/tasks/{created.json()['id']}/reopen", headers=auth(ALICE)).json()["completed"]
                 for _ in range(2)]
client.put(f"/api/tasks/{created.json()['id']}/toggle", headers=auth(ALICE))
out["bulk"] = client.post("/api/tasks/bulk-reopen", json={"ids": [created.json()["id"]]}, headers=auth(ALICE)).json()
out["after_bulk"] = client.get(f"/api/tasks/{created.json()['id']}", headers=auth(ALICE)).json()["completed"]
""")
    assert out["created"] == 201 and out["alice"] == ["mine"] and out["bob"] == []
    assert out["bob_reads"] == 404 and out["no_token"] == 401 and out["slash"] == 200
    assert isinstance(out["unknown"]["detail"], str) and "statuss" in out["unknown"]["detail"]
    assert out["toggle"] is True
    assert out["reopen"] == [False, False]  # sets, never toggles back
    assert out["bulk"]["updated_count"] == 1 and out["after_bulk"] is False


def test_the_documented_error_body_and_status(custom_errors: Path) -> None:
    out = _client_script(custom_errors, """
bad = client.post(f"/api/{ALICE}/tasks", json={"title": ""}, headers=auth(ALICE))
out["bad"] = [bad.status_code, bad.json()]
out["missing"] = client.get(f"/api/{ALICE}/tasks/999", headers=auth(ALICE)).json()
out["forbidden"] = client.get(f"/api/{BOB}/tasks", headers=auth(ALICE)).status_code
""")
    status, body = out["bad"]
    assert status == 400 and body["error"] == "Bad Request" and body["field"] == "title"
    assert isinstance(body["detail"], str) and "title" in body["detail"]
    assert out["missing"] == {"error": "Not Found", "detail": "Task not found", "field": ""}
    assert out["forbidden"] == 403


def test_camel_case_keys_are_answered_and_both_casings_accepted(camel: Path) -> None:
    out = _client_script(camel, """
one = client.post(f"/api/v1/{ALICE}/tasks", json={"title": "a", "dueDate": "2025-01-02"}, headers=auth(ALICE))
two = client.post(f"/api/v1/{ALICE}/tasks", json={"title": "b", "due_date": "2025-01-03"}, headers=auth(ALICE))
out["statuses"] = [one.status_code, two.status_code, one.text]
out["keys"] = sorted(one.json())
out["dates"] = [one.json()["dueDate"], two.json()["dueDate"]]
out["page"] = client.get(f"/api/v1/{ALICE}/tasks", params={"pageSize": 1, "skip": 1}, headers=auth(ALICE)).json()
out["too_big"] = client.get(f"/api/v1/{ALICE}/tasks", params={"pageSize": 51}, headers=auth(ALICE)).status_code
out["deleted"] = client.delete(f"/api/v1/{ALICE}/tasks/{one.json()['id']}", headers=auth(ALICE)).json()["title"]
""")
    assert out["statuses"][:2] == [200, 200], out["statuses"]
    assert out["keys"] == ["completed", "createdAt", "description", "dueDate", "id", "priority", "title",
                           "updatedAt", "userId"]
    assert out["dates"] == ["2025-01-02", "2025-01-03"]
    assert out["page"]["pageSize"] == 1 and out["page"]["skip"] == 1 and len(out["page"]["data"]) == 1
    assert out["too_big"] == 422 and out["deleted"] == "a"


def test_the_specs_own_keys_are_answered_filtered_and_searched(tmp_path_factory: pytest.TempPathFactory) -> None:
    keyed = build("spec-keys-camel", tmp_path_factory)
    out = _client_script(keyed, """
base = f"/api/{ALICE}/tasks"
one = client.post(base, json={"TITLE": "a", "homepageURL": "https://a.example", "due_date": "2025-01-02",
                              "PRIORITY_LEVEL": "high"}, headers=auth(ALICE))
two = client.post(base, json={"title": "b", "homepage_url": "https://b.example"}, headers=auth(ALICE))
out["statuses"] = [one.status_code, two.status_code, one.text]
out["keys"] = sorted(one.json())
out["second"] = [two.json()["TITLE"], two.json()["homepageURL"], two.json()["PRIORITY_LEVEL"]]
out["high"] = [r["TITLE"] for r in client.get(base, params={"PRIORITY_LEVEL": "high"}, headers=auth(ALICE)).json()]
out["found"] = client.get(f"{base}/search", params={"query": "b.example"}, headers=auth(ALICE)).json()
out["done"] = client.patch(f"{base}/{one.json()['id']}/complete", json={"isDone": True}, headers=auth(ALICE)).json()
out["edited"] = client.patch(f"{base}/{one.json()['id']}", json={"TITLE": "c"}, headers=auth(ALICE)).json()["TITLE"]
out["schema"] = sorted(client.get("/openapi.json").json()["components"]["schemas"]["TaskRead"]["properties"])
""")
    assert out["statuses"][:2] == [201, 201], out["statuses"]
    assert out["keys"] == ["PRIORITY_LEVEL", "TITLE", "createdAt", "description", "due_date", "homepageURL", "id",
                           "isDone", "updatedAt", "userId"]
    assert out["second"] == ["b", "https://b.example", "medium"]
    assert out["high"] == ["a"]
    assert [r["TITLE"] for r in out["found"]["items"]] == ["b"]
    assert out["done"]["isDone"] is True and out["edited"] == "c"
    assert out["schema"] == out["keys"]


def test_the_envelope_counts_come_with_the_page_in_one_query(custom_errors: Path) -> None:
    out = _client_script(custom_errors, """
from sqlalchemy import event
from app.database import engine
for title, done in (("a", False), ("b", True), ("c", False)):
    client.post(f"/api/{ALICE}/tasks", json={"title": title, "completed": done}, headers=auth(ALICE))
client.post(f"/api/{BOB}/tasks", json={"title": "x"}, headers=auth(BOB))
statements = []
event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
body = client.get(f"/api/{ALICE}/tasks", params={"status": "pending", "sort": "title", "order": "asc"},
                  headers=auth(ALICE)).json()
out["body"] = body
out["selects"] = sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))
""")
    body = out["body"]
    assert [t["title"] for t in body["tasks"]] == ["a", "c"]
    assert (body["total"], body["pending"], body["completed"]) == (2, 2, 1)
    assert out["selects"] == 1  # the page, its total and counts scalar subqueries of it
