"""read_spec reads the contract: the API spec's parameters and examples, and the frontend's own calls (it wins)."""

from __future__ import annotations

from pathlib import Path

from backend_builder import operations
from backend_builder.spec import parse_spec

SCHEMA = """# Database

## chores

| Column | Type | Constraints |
|--------|------|-------------|
| id | SERIAL | PRIMARY KEY |
| user_id | VARCHAR(255) | NOT NULL |
| name | VARCHAR(120) | NOT NULL |
| done | BOOLEAN | NOT NULL |
| level | VARCHAR(10) | one of: `easy`, `hard` |
| created_at | TIMESTAMP | NOT NULL |
"""

API_SPEC = """# Chores API

### GET /api/chores

**Query Parameters:**

| Parameter | Type | Default | Options | Description |
|-----------|------|---------|---------|-------------|
| state | string | "any" | "any", "open", "finished" | which chores |
| sort | string | "created" | "created", "name", "newest" | order |
| page | integer | 1 | | page number |
| per_page | integer | 25 | 1-50 | page size |

**Response**: `200 OK`
```json
{"chores": [{"id": 1, "name": "Sweep", "done": false}], "total": 3, "open": 2, "finished": 1}
```

**Example Request:**
```
GET /api/chores?state=open&sort=name
```

### POST /api/chores

**Response**: `200 OK`

`400 Bad Request` - invalid input
```json
{"error": "Bad Request", "detail": "name is required", "field": "name"}
```

### DELETE /api/chores/{id}

**Response**: `204 No Content`

## Trying it

```bash
curl -X DELETE http://localhost:8000/api/chores/7
```

Or in prose: send GET http://localhost:8000/api/chores/42 to see one chore.
"""

CLIENT = """const BASE = process.env.NEXT_PUBLIC_API_URL || 'http://localhost:8000'

export type ChoreState = 'any' | 'open' | 'finished'

export interface Chore {
  id: number
  name: string
  done: boolean
  dueOn?: string
  createdAt: string
}

export async function listChores(state: ChoreState): Promise<Chore[]> {
  const res = await fetch(`${BASE}/api/v2/chores?state=${state}`)
  if (!res.ok) {
    const err = await res.json()
    throw new Error(err.detail)
  }
  return res.json()
}

export async function addChore(name: string, dueOn: string): Promise<Chore> {
  const res = await fetch(`${BASE}/api/v2/chores`, {
    method: 'POST',
    body: JSON.stringify({ name, dueOn, userId: 'me' }),
  })
  return res.json()
}

export async function toggleChore(id: number): Promise<Chore> {
  const res = await fetch(`${BASE}/api/v2/chores/${id}/toggle`, { method: 'PUT' })
  return res.json()
}

export async function removeChore(id: number) {
  const res = await fetch(`${BASE}/api/v2/chores/${id}`, { method: 'DELETE' })
  return res.json()
}

export async function attachments(id: number) {
  const res = await fetch(`${BASE}/api/v2/chores/${id}/files/all`)
  return res.json()
}
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_no_api_section_and_no_frontend_gives_no_api(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid and "api" not in draft.spec and draft.unsupported == []


def test_house_paths_in_the_api_spec_give_no_api(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA,
                 "specs/api/rest.md": "# API\n\nGET /api/{user_id}/chores\nPOST /api/{user_id}/chores\n"})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid and "api" not in draft.spec


def test_api_spec_alone_gives_parameters_values_envelope_statuses_and_error_body(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA, "specs/api/rest.md": API_SPEC})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid, draft.blocking
    api = draft.spec["api"]
    assert api["path"] == "/api/chores"
    state = next(f for f in api["list"]["filters"] if f["param"] == "state")
    assert state["field"] == "done" and state["default"] == "any"
    assert state["values"]["open"] is False and state["values"]["finished"] is True and state["values"]["any"] is None
    sort = api["list"]["sort"]
    assert sort["param"] == "sort" and sort["keys"]["name"] == "name" and sort["default"] == "created"
    assert any("newest" in u and u.startswith("specs/api/rest.md:") for u in draft.unsupported)
    paging = api["list"]["paging"]
    assert (paging["style"], paging["limit_param"], paging["default_limit"], paging["max_limit"]) == (
        "page", "per_page", 25, 50)
    response = api["list"]["response"]
    assert response["shape"] == "object" and response["items_key"] == "chores" and response["total_key"] == "total"
    assert response["counts"]["open"] == {"field": "done", "value": False}
    assert api["create_status"] == 200 and api["delete_status"] == 204
    assert api["errors"]["style"] == "custom" and api["errors"]["status"] == 400
    assert api["errors"]["body"] == {"error": "{error}", "detail": "{message}", "field": "{field}"}
    parse_spec(draft.spec)


def test_curl_lines_and_example_urls_are_not_endpoints(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA, "specs/api/rest.md": API_SPEC})
    draft = operations.read_spec(str(root), "chore")
    assert not any("7" in e or "42" in e or "?" in e or "localhost" in e for e in draft.endpoints), draft.endpoints
    assert "GET /api/chores" in draft.endpoints and "DELETE /api/chores/{id}" in draft.endpoints


def test_the_frontend_wins_and_the_diagnostic_names_both_sides(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA, "specs/api/rest.md": API_SPEC, "frontend/lib/api.ts": CLIENT})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid, draft.blocking
    api = draft.spec["api"]
    assert api["path"] == "/api/v2/chores"
    said = next(d for d in draft.diagnostics if d.startswith("path:"))
    assert "frontend/lib/api.ts:" in said and "specs/api/rest.md:" in said
    # the frontend reads a bare array and parses JSON from DELETE
    assert api["list"].get("response", {"shape": "array"})["shape"] == "array"
    assert api["delete_status"] == 200
    assert any("delete:" in d and "frontend/lib/api.ts:" in d and "specs/api/rest.md:" in d for d in draft.diagnostics)


def test_frontend_fields_casing_actions_and_error_key(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA, "frontend/lib/api.ts": CLIENT})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid, draft.blocking
    spec, api = draft.spec, draft.spec["api"]
    fields = {f["name"]: f for f in spec["fields"]}
    # dueOn: a key the spec lacks, typed from the TypeScript interface; userId is the backend's own
    assert fields["due_on"]["type"] == "str" and fields["due_on"]["required"] is False
    assert "user_id" not in fields and "id" not in fields
    assert any("due_on" in d and "frontend/lib/api.ts:" in d for d in draft.diagnostics)
    # done is required in the schema but the create form never sends it
    assert fields["done"]["required"] is False and fields["done"]["default"] is False
    assert api["casing"] == "camel"
    assert spec["actions"]["toggle"] == "done"
    assert {"action": "toggle", "method": "PUT"} in [{k: v for k, v in a.items() if v is not None and k != "path"}
                                                     for a in api["actions"]]
    assert api["errors"]["style"] == "detail_text"
    state = next(f for f in api["list"]["filters"] if f["param"] == "state")
    assert state["values"]["open"] is False and state["values"]["finished"] is True  # from the literal union type


def test_what_cannot_be_expressed_is_listed_with_file_and_line(root: Path) -> None:
    nested = API_SPEC.replace('{"error": "Bad Request", "detail": "name is required", "field": "name"}',
                              '{"error": {"code": "BAD", "message": "name is required"}}')
    write(root, {"specs/database/schema.md": SCHEMA, "specs/api/rest.md": nested, "frontend/lib/api.ts": CLIENT})
    draft = operations.read_spec(str(root), "chore")
    assert any(u.startswith("frontend/lib/api.ts:") and "/files/all" in u for u in draft.unsupported), draft.unsupported
    assert any(u.startswith("specs/api/rest.md:") and "nests" in u for u in draft.unsupported)


def test_a_client_that_converts_keys_keeps_snake_case(root: Path) -> None:
    converting = CLIENT.replace(
        "export async function listChores",
        "function snakeToCamel(o: any): any { return o }\n\nexport async function listChores")
    write(root, {"specs/database/schema.md": SCHEMA, "frontend/lib/api.ts": converting})
    draft = operations.read_spec(str(root), "chore")
    assert draft.spec["api"].get("casing", "snake") == "snake"
    assert any(d.startswith("casing:") and "converts" in d for d in draft.diagnostics)


def test_enum_filter_and_sort_with_a_descending_prefix(root: Path) -> None:
    client = """const BASE = process.env.NEXT_PUBLIC_API_URL
type Order = 'created' | '-created' | 'name'
export async function listChores(userId: string, level: string, sort: Order) {
  const res = await fetch(`${BASE}/api/${userId}/chores?level=${level}&sort=${sort}&limit=10&offset=0`)
  return res.json()
}
export async function addChore(userId: string, name: string, done: boolean) {
  const res = await fetch(`${BASE}/api/${userId}/chores`, { method: 'POST', body: JSON.stringify({ name, done }) })
  return res.json()
}
"""
    write(root, {"specs/database/schema.md": SCHEMA, "frontend/lib/api.ts": client})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid, draft.blocking
    assert "level" in draft.spec["filters"] and "path" not in draft.spec["api"]
    sort = draft.spec["api"]["list"]["sort"]
    assert sort["param"] == "sort" and sort["keys"]["created"] == "created_at" and sort["keys"]["name"] == "name"


def client_with(functions: str) -> str:
    """CLIENT with more client functions, placed before toggleChore."""
    return CLIENT.replace("export async function toggleChore", functions + "export async function toggleChore")


def test_paired_action_routes_set_their_values_instead_of_toggling(root: Path) -> None:
    paired = client_with(
        "export async function finishChore(id: number): Promise<Chore> {\n"
        "  const res = await fetch(`${BASE}/api/v2/chores/${id}/complete`, { method: 'PATCH' })\n"
        "  return res.json()\n}\n\n"
        "export async function reopenChore(id: number): Promise<Chore> {\n"
        "  const res = await fetch(`${BASE}/api/v2/chores/${id}/mark-incomplete`, { method: 'POST' })\n"
        "  return res.json()\n}\n\n")
    write(root, {"specs/database/schema.md": SCHEMA, "frontend/lib/api.ts": paired})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid, draft.blocking
    spec = draft.spec
    assert spec["actions"] == {"toggle": "done", "complete": "done", "mark_incomplete": "done"}
    served = {a["action"]: a for a in spec["api"]["actions"]}
    assert served["complete"]["sets"] is True and served["mark_incomplete"]["sets"] is False
    assert served["mark_incomplete"]["method"] == "POST" and served["mark_incomplete"].get("path") in (
        None, "/{id}/mark-incomplete")
    assert served["toggle"].get("sets") is None  # the one toggle keeps toggling
    assert any("mark_incomplete sets false" in d for d in draft.diagnostics), draft.diagnostics
    parse_spec(spec)


def test_a_search_parameter_on_the_list_is_a_list_text_search(root: Path) -> None:
    searching = client_with(
        "export async function findChores(q: string): Promise<Chore[]> {\n"
        "  const res = await fetch(`${BASE}/api/v2/chores?search=${encodeURIComponent(q)}`)\n"
        "  return res.json()\n}\n\n")
    write(root, {"specs/database/schema.md": SCHEMA, "frontend/lib/api.ts": searching})
    draft = operations.read_spec(str(root), "chore")
    assert draft.valid, draft.blocking
    assert draft.spec["api"]["list"]["search"] == {"param": "search"}
    assert draft.spec["search"], draft.spec
    assert not any("search" in u for u in draft.unsupported), draft.unsupported
    parse_spec(draft.spec)


def test_a_yes_no_parameter_that_names_no_bool_field_filters_nothing(root: Path) -> None:
    """`include_items` (optional): boolean, default false shapes the answer (its items embedded or not), and
    `?archived=true` names no field: neither becomes a filter on the one bool field, `is_public`, which would
    hide every public list from the default listing."""
    schema = ("# Schema\n\n## lists\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
              "| user_id | UUID | NOT NULL |\n| name | TEXT | NOT NULL |\n| is_public | BOOLEAN | DEFAULT FALSE |\n")
    api = ("# API\n\nBase URL: `/api`\n\n### GET /api/lists\n\nQuery parameters:\n"
           "- `include_items` (optional): boolean, default false\n- `archived` (optional): boolean, default false\n\n"
           "### POST /api/lists\n\n### GET /api/lists/{id}\n")
    write(root, {"specs/database/schema.md": schema, "specs/api/rest.md": api})
    draft = operations.read_spec(str(root), "lists")
    assert draft.valid, draft.blocking
    filters = (draft.spec.get("api") or {}).get("list", {}).get("filters", [])
    assert not [f for f in filters if f["field"] == "is_public"], filters
