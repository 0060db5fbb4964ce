"""How many of a real frontend's calls work, unchanged, against the backend generated from its specs.

    .venv/bin/python bench/contracts.py                 # all entries; writes bench/contracts.json
    .venv/bin/python bench/contracts.py --entry C03     # one entry (no JSON unless --json PATH)

For each labelled entry of ../shared/contracts (see its README, "How a call is judged"):

1. copy the entry's specs/ and frontend/ into a scratch root (contract.json stays out), then
   read_spec(entity) -> init_project(user_id_type read_spec reports, else the label's) ->
   scaffold_feature(spec=draft), with no hand edits; a failing pipeline fails every call;
2. serve the generated backend with uvicorn (SQLite file in the scratch folder, HS256 secret)
   and mint a JWT whose `sub` is a user id of the contract's kind;
3. create three rows through the contract's first create call (falling back to the backend's
   own create, found in /openapi.json, when it fails), make every labelled `items_where`
   satisfiable on one row (the contract's update/action call, else the backend's own update);
4. send every call in the order creates, reads, updates/actions, deletes (each delete on a row
   of its own) and judge it with `judge()`, a plain function: status in expect.status, body
   shape, list_key, keys, item_keys (`a|b` = either), items_where, order, and for updates and
   actions whose answer the UI reads, the values sent;
5. probe the error body with an invalid create (reported, not scored).

Prints a line per call, a line per entry and the total. Requests go to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CONTRACTS = REPO.parent / "shared" / "contracts"
SECRET = "contracts-bench-secret-0123456789-abcdefghijklmnop"
ROLE_ORDER = {"create": 0, "list": 1, "get": 1, "update": 2, "action": 2, "delete": 3}
SERVER_KEYS = {"id", "user_id", "created_at", "updated_at", "userId", "createdAt", "updatedAt"}
USER_IDS = {"str": "kW3nT9xQ2bLp7RzYc4Vh", "uuid": "3f2b6c1e-8d4a-4b7e-9c5f-1a2b3c4d5e6f", "int": 1}
SEED_LABELS = "BACDEFGH"  # seeded titles differ, and not in creation order, so order checks mean something
REQUEST_TIMEOUT = 10.0
START_TIMEOUT = 40.0


# --------------------------------------------------------------------------- judging (no server)


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


EMPTY = _Marker("EMPTY")  # no body at all
NOT_JSON = _Marker("NOT_JSON")  # a body that does not parse


@dataclass
class Verdict:
    ok: bool
    reason: str
    also: list[str] = field(default_factory=list)


def parse_body(text: str | bytes | None) -> Any:
    if text is None:
        return EMPTY
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not text.strip():
        return EMPTY
    try:
        return json.loads(text)
    except ValueError:
        return NOT_JSON


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    if value is EMPTY:
        return "an empty body"
    if value is NOT_JSON:
        return "a non-JSON body"
    return type(value).__name__ if value is not None else "null"


def _short(value: Any, limit: int = 90) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def status_reason(status: int, body: Any) -> str:
    """Why a status the client does not accept came back, in a few words."""
    detail = body.get("detail") if isinstance(body, dict) else None
    if status == 404 and detail == "Not Found":
        return "404 (route missing)"
    if status == 405:
        return "405 (method not allowed on this path)"
    if status == 422 and isinstance(detail, list) and detail and isinstance(detail[0], dict):
        first = detail[0]
        loc = ".".join(str(p) for p in first.get("loc", []))
        more = f" (+{len(detail) - 1} more)" if len(detail) > 1 else ""
        value = (
            f" (got {_short(first['input'], 40)})"
            if "input" in first and first.get("input") is not None and first.get("type") != "missing"
            else ""
        )
        return f"422: {first.get('msg', '?')} {loc}{value}{more}"
    if status >= 500:
        return f"{status} (server error)"
    if status == 204 and body is EMPTY:
        return "204 with no body; the client parses JSON"
    if detail is not None:
        return f"{status}: {_short(detail, 80)}"
    if body is EMPTY:
        return f"{status} (empty body)"
    return f"{status}: {_short(body, 80)}"


def _alternatives(key: str) -> list[str]:
    return [k.strip() for k in key.split("|") if k.strip()]


def has_key(obj: dict[str, Any], key: str) -> bool:
    return any(k in obj for k in _alternatives(key))


def get_key(obj: dict[str, Any], key: str) -> Any:
    for k in _alternatives(key):
        if k in obj:
            return obj[k]
    return None


def same_value(received: Any, sent: Any) -> bool:
    """The answer carries the value sent (a date sent may come back as a datetime)."""
    if isinstance(sent, bool) or isinstance(received, bool):
        return type(sent) is type(received) and sent == received  # 1 is not True for a JSON client
    if received == sent:
        return True
    if isinstance(sent, str) and isinstance(received, str) and sent:
        return received.startswith(sent) or received.rstrip("Z") == sent.rstrip("Z")
    if isinstance(sent, int | float) and isinstance(received, int | float):
        return float(sent) == float(received)
    if isinstance(sent, list) and isinstance(received, list):
        return len(sent) == len(received) and all(
            same_value(r, s) for r, s in zip(received, sent, strict=True)
        )
    return False


def _equal(received: Any, wanted: Any) -> bool:
    """JSON equality: 1 is not true, "1" is not 1."""
    if isinstance(received, bool) or isinstance(wanted, bool):
        return type(received) is type(wanted) and received == wanted
    return received == wanted


def _is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and value in ("{id}", "{user_id}")


def _sortable(value: Any) -> Any:
    if isinstance(value, str):
        return (1, value)
    if isinstance(value, bool | int | float):
        return (0, float(value))
    return (2, json.dumps(value, default=str))


def judge(call: dict[str, Any], status: int, text: str | bytes | None, sent: Any = None) -> Verdict:
    """Judge one answer against a labelled call: the rules of the contracts README.

    `text` is the raw response body; `sent` the JSON body the client sent (placeholders already
    substituted), used for the echo rule of updates and actions whose answer the UI reads.
    The first problem is the reason; the others (what would fail next) are in `also`.
    """
    expect = call["expect"]
    role = call.get("role")
    body = parse_body(text)
    if status not in expect["status"]:
        return Verdict(False, status_reason(status, body))
    shape = expect.get("shape")
    if shape is None:
        return Verdict(True, f"{status}, body not read")
    if body is EMPTY or body is NOT_JSON:
        return Verdict(False, f"{status} with {_kind(body)}; the client parses JSON")
    if shape == "json":
        return Verdict(True, f"{status}, JSON {_kind(body)}")
    shapes = [shape] if isinstance(shape, str) else list(shape)
    kind = _kind(body)
    problems: list[str] = []
    list_key = expect.get("list_key")
    items: list[Any] | None = None
    if kind not in shapes:
        problems.append(
            f"expected {' or '.join(shapes)}"
            + (f" with {list_key!r}" if list_key and "object" in shapes else "")
            + f", got {kind}"
        )
        if kind == "array" and role == "list":
            items = body  # judge the items too: what would fail once the envelope is right
        elif kind == "object" and role == "list" and not list_key:
            items = next((v for v in body.values() if isinstance(v, list)), None)
        else:
            return Verdict(False, problems[0])
    elif kind == "array":
        items = body
    elif list_key:
        if list_key not in body:
            problems.append(
                f"object without list key {list_key!r} (has {', '.join(sorted(body)) or 'no keys'})"
            )
        elif not isinstance(body[list_key], list):
            problems.append(f"{list_key!r} is {_kind(body[list_key])}, not an array")
        else:
            items = body[list_key]
    elif role == "list":
        problems.append("list answer is an object and the label names no list key")

    if "object" in shapes and (kind == "object" or (kind == "array" and list_key)):
        holder = body if isinstance(body, dict) else {}
        missing = [k for k in expect.get("keys") or [] if not has_key(holder, k)]
        if missing:
            problems.append(f"missing keys: {', '.join(missing)}")

    if items is not None:
        item_keys = expect.get("item_keys") or []
        where = expect.get("items_where") or {}
        order = expect.get("order")
        objects = [item for item in items if isinstance(item, dict)]
        if not items and (item_keys or where or order):
            problems.append("empty list although rows were seeded")
        elif len(objects) < len(items):
            problems.append("list items are not all objects")
        missing = [k for k in item_keys if any(not has_key(item, k) for item in objects)]
        if missing:
            problems.append(f"items lack keys: {', '.join(missing)}")
        for key, wanted in where.items():
            if any(not has_key(item, key) for item in objects):
                problems.append(f"items lack {key!r}, so the filter {key}={wanted!r} cannot hold")
                continue
            wrong = [get_key(item, key) for item in objects if not _equal(get_key(item, key), wanted)]
            if wrong:
                problems.append(
                    f"filter not applied: {len(wrong)} of {len(objects)} items have {key}={wrong[0]!r}, "
                    f"expected only {wanted!r}"
                )
        if order and objects:
            key, desc = order["key"], bool(order.get("desc"))
            if any(not has_key(item, key) for item in objects):
                problems.append(f"items lack the order key {key!r}")
            else:
                values = [_sortable(get_key(item, key)) for item in objects]
                if values != sorted(values, reverse=desc):
                    problems.append(f"not ordered by {key} {'descending' if desc else 'ascending'}")

    if role in ("update", "action") and kind == "object" and isinstance(sent, dict):
        for key, value in sent.items():
            if key in SERVER_KEYS or _is_placeholder(value):
                continue
            if key not in body:
                problems.append(f"answer lacks the sent key {key!r}")
            elif not same_value(body[key], value):
                problems.append(f"answer has {key}={_short(body[key], 40)}, sent {_short(value, 40)}")
    if problems:
        return Verdict(False, problems[0], problems[1:])
    return Verdict(True, f"{status}, {kind}")


# --------------------------------------------------------------------------- replay (with a server)


def substitute(value: Any, user_id: Any, row_id: Any) -> Any:
    """Fill "{user_id}" and "{id}" placeholders; a whole-string placeholder takes the typed value."""
    if isinstance(value, str):
        if value == "{user_id}":
            return user_id
        if value == "{id}":
            return row_id
        return value.replace("{user_id}", str(user_id)).replace("{id}", str(row_id))
    if isinstance(value, dict):
        return {k: substitute(v, user_id, row_id) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, user_id, row_id) for v in value]
    return value


def fill_path(path: str, user_id: Any, row_id: Any) -> str:
    """A path with its parameters filled: {user_id} the user, any other ({id}, {task_id}) the row."""
    return re.sub(r"\{(\w+)\}", lambda m: str(user_id if m.group(1) == "user_id" else row_id), path)


def _row_object(body: Any) -> dict[str, Any] | None:
    """The row in a create/update answer: the object itself, or one nested a level down."""
    if isinstance(body, dict):
        if "id" in body:
            return body
        for value in body.values():
            if isinstance(value, dict) and "id" in value:
                return value
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class CallResult:
    name: str
    role: str
    method: str
    path: str
    ok: bool
    reason: str
    status: int | None = None
    sent_path: str | None = None
    also: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class EntryResult:
    entry: str
    repo: str
    calls: list[CallResult] = field(default_factory=list)
    pipeline: dict[str, Any] = field(default_factory=dict)
    setup: list[str] = field(default_factory=list)
    error_probe: dict[str, Any] | None = None
    seconds: float = 0.0

    @property
    def passed(self) -> int:
        return sum(c.ok for c in self.calls)

    @property
    def list_calls(self) -> list[CallResult]:
        return [c for c in self.calls if c.role == "list"]

    def as_dict(self) -> dict[str, Any]:
        return {
            "entry": self.entry,
            "repo": self.repo,
            "passed": self.passed,
            "total": len(self.calls),
            "list_passed": sum(c.ok for c in self.list_calls),
            "list_total": len(self.list_calls),
            "pipeline": self.pipeline,
            "setup": self.setup,
            "error_probe": self.error_probe,
            "seconds": round(self.seconds, 2),
            "calls": [c.as_dict() for c in self.calls],
        }


def _call_line(call: dict[str, Any]) -> str:
    query = "&".join(f"{k}={v}" for k, v in (call.get("query") or {}).items())
    return f"{call['method']} {call['path']}" + (f"?{query}" if query else "")


def build_backend(entry_dir: Path, root: Path, contract: dict[str, Any]) -> tuple[dict[str, Any], Path]:
    """read_spec -> init_project -> scaffold_feature on a copy of the entry, no hand edits."""
    from backend_builder import operations

    shutil.copytree(entry_dir, root, ignore=shutil.ignore_patterns("contract.json"))
    info: dict[str, Any] = {}
    entity = contract.get("entity") or "task"
    draft = operations.read_spec(str(root), entity)
    info["files_used"] = list(draft.files_used)
    info["valid"] = draft.valid
    info["blocking"] = list(draft.blocking)
    info["read_user_id_type"] = draft.user_id_type
    if draft.spec is None:
        raise RuntimeError(f"read_spec found no spec for {entity!r}: {draft.summary}")
    info["fields"] = [f["name"] for f in draft.spec.get("fields", [])]
    info["spec_api"] = draft.spec.get("api") is not None
    user_id_type = draft.user_id_type or contract.get("user_id_type") or "str"
    info["user_id_type"] = user_id_type
    operations.init_project(str(root), backend_dir="backend", user_id_type=user_id_type)
    result = operations.scaffold_feature(str(root), spec=draft.spec, backend_dir="backend")
    info["scaffold"] = result.summary
    info["plural"] = draft.spec.get("plural") or None
    return info, root / "backend"


class Server:
    def __init__(self, backend: Path, scratch: Path) -> None:
        self.backend = backend
        self.log_path = scratch / "uvicorn.log"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.db = scratch / "app.db"

    def start(self) -> None:
        import httpx

        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("JWT_", "BETTER_AUTH_", "JWKS", "AUTH_"))
            and k not in ("DATABASE_URL", "TEST_DATABASE_URL", "CORS_ORIGINS")
        }
        env.update(
            {"JWT_SECRET": SECRET, "DATABASE_URL": f"sqlite:///{self.db}", "PYTHONDONTWRITEBYTECODE": "1"}
        )
        self.log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            cwd=self.backend,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the backend exited with {self.proc.returncode}: {self.tail()}")
            try:
                if httpx.get(f"{self.base}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.15)
        raise RuntimeError(f"/health did not answer 200 within {START_TIMEOUT:.0f} s: {self.tail()}")

    def tail(self, lines: int = 2) -> str:
        try:
            text = self.log_path.read_text("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(line.strip() for line in text[-lines:])

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if getattr(self, "log", None) is not None:
            self.log.close()


class OpenAPI:
    """The backend's own routes, for the fallbacks (create rows, set filter values)."""

    def __init__(self, doc: dict[str, Any] | None, plural: str | None) -> None:
        self.doc = doc or {}
        self.plural = plural

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 10:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.doc.get("components", {}).get("schemas", {}).get(name, {})
            seen += 1
        return schema

    def _body_schema(self, op: dict[str, Any]) -> dict[str, Any] | None:
        content = op.get("requestBody", {}).get("content", {}).get("application/json")
        return self._resolve(content["schema"]) if content and "schema" in content else None

    def _ops(self, method: str) -> list[tuple[str, dict[str, Any]]]:
        return [(path, ops[method]) for path, ops in self.doc.get("paths", {}).items() if method in ops]

    def create_route(self) -> tuple[str, dict[str, Any]] | None:
        found = []
        for path, op in self._ops("post"):
            schema = self._body_schema(op)
            last = path.rstrip("/").rsplit("/", 1)[-1]
            if schema is None or last.startswith("{"):
                continue
            score = (0 if self.plural and last == self.plural else 1, path.count("/"))
            found.append((score, path, schema))
        return (found and min(found, key=lambda f: f[0])[1:]) or None  # type: ignore[return-value]

    def update_route(self) -> tuple[str, str, dict[str, Any]] | None:
        for method in ("put", "patch"):
            for path, op in self._ops(method):
                parts = path.rstrip("/").split("/")
                if (
                    len(parts) >= 2
                    and parts[-1].startswith("{")
                    and not parts[-2].startswith("{")
                    and (self.plural is None or parts[-2] == self.plural)
                ):
                    schema = self._body_schema(op)
                    if schema is not None:
                        return method.upper(), path, schema
        return None

    def sample(self, prop: dict[str, Any]) -> Any:
        prop = self._resolve(prop)
        for alt in prop.get("anyOf", []) + prop.get("oneOf", []):
            alt = self._resolve(alt)
            if alt.get("type") != "null":
                return self.sample(alt)
        if "enum" in prop:
            return prop["enum"][0]
        if "default" in prop:
            return prop["default"]
        kind = prop.get("type")
        if kind == "string":
            fmt = prop.get("format")
            if fmt == "date":
                return "2026-01-01"
            if fmt == "date-time":
                return "2026-01-01T00:00:00Z"
            if fmt == "uuid":
                return "00000000-0000-4000-8000-000000000001"
            return "seed".ljust(int(prop.get("minLength", 1)), "x")
        if kind in ("integer", "number"):
            return prop.get("minimum", 1)
        if kind == "boolean":
            return False
        if kind == "array":
            return []
        if kind == "object":
            return {}
        return "seed"

    def fill(self, schema: dict[str, Any], preferred: dict[str, Any]) -> dict[str, Any]:
        props = schema.get("properties", {})
        body = {
            k: v
            for k, v in preferred.items()
            if k in props and k not in SERVER_KEYS and v not in ("", None) and not _is_placeholder(v)
        }
        for key in schema.get("required", []):
            if key not in body and key in props:
                body[key] = self.sample(props[key])
        return body


class Replay:
    def __init__(
        self, contract: dict[str, Any], server: Server, result: EntryResult, plural: str | None
    ) -> None:
        import httpx
        import jwt

        self.contract = contract
        self.result = result
        example = contract.get("user_id_example")
        kind = result.pipeline.get("user_id_type") or contract.get("user_id_type") or "str"
        self.user_id: Any = example if example else USER_IDS.get(kind, USER_IDS["str"])
        now = int(time.time())
        token = jwt.encode(
            {"sub": str(self.user_id), "iat": now, "exp": now + 3600}, SECRET, algorithm="HS256"
        )
        self.client = httpx.Client(
            base_url=server.base,
            timeout=REQUEST_TIMEOUT,
            follow_redirects=True,
            headers={"Authorization": f"Bearer {token}"},
        )
        try:
            doc = self.client.get("/openapi.json").json()
        except (httpx.HTTPError, ValueError):
            doc = None
        self.api = OpenAPI(doc, plural)
        self.calls = contract["calls"]
        self.create_call = next((c for c in self.calls if c["role"] == "create"), None)
        self.contract_create_works = self.create_call is not None
        self.seeds: list[Any] = []
        self.state: dict[Any, dict[str, Any]] = {}
        self.labels = iter(SEED_LABELS)

    def close(self) -> None:
        self.client.close()

    def send(self, method: str, path: str, query: dict[str, Any] | None, body: Any) -> tuple[int, bytes, str]:
        url = path if path.startswith("/") else "/" + path
        kwargs: dict[str, Any] = {"params": query or None}
        if body is not None:
            kwargs["json"] = body
        response = self.client.request(method, url, **kwargs)
        return response.status_code, response.content, url

    # -- rows

    def _seed_body(self, body: dict[str, Any]) -> dict[str, Any]:
        label = next(self.labels, "Z")
        body = dict(body)
        key = (
            "title"
            if isinstance(body.get("title"), str)
            else next(
                (k for k, v in body.items() if isinstance(v, str) and v and not _is_placeholder(v)), None
            )
        )
        if key:
            body[key] = f"{body[key]} {label}"
        return body

    def create_row(self) -> Any:
        """A new row through the contract's create, else the backend's own; returns its id or None."""
        template = (self.create_call or {}).get("body") or {}
        body = self._seed_body(template) if isinstance(template, dict) else template
        if self.contract_create_works and self.create_call is not None:
            call = self.create_call
            try:
                status, content, _ = self.send(
                    call["method"],
                    fill_path(call["path"], self.user_id, ""),
                    call.get("query"),
                    substitute(body, self.user_id, None),
                )
            except Exception as exc:  # noqa: BLE001 - any transport failure means: use the fallback
                status, content = 0, repr(exc).encode()
            row = _row_object(parse_body(content)) if 200 <= status < 300 else None
            if row is not None:
                self.state[row["id"]] = row
                return row["id"]
            self.contract_create_works = False
            why = (
                f"answered {status} without a row id"
                if 200 <= status < 300
                else status_reason(status, parse_body(content))
            )
            self.result.setup.append(
                f"contract create failed ({why}); rows come from the backend's own create"
            )
        route = self.api.create_route()
        if route is None:
            self.result.setup.append("the backend has no create route in /openapi.json")
            return None
        path, schema = route
        own_body = self.api.fill(schema, body if isinstance(body, dict) else {})
        status, content, _ = self.send("POST", fill_path(path, self.user_id, ""), None, own_body)
        row = _row_object(parse_body(content)) if 200 <= status < 300 else None
        if row is None:
            self.result.setup.append(
                f"own create POST {path} failed: {status_reason(status, parse_body(content))}"
            )
            return None
        self.state[row["id"]] = row
        return row["id"]

    def _matches(self, row_id: Any, where: dict[str, Any]) -> bool:
        row = self.state.get(row_id, {})
        return all(k in row and _equal(row[k], v) for k, v in where.items())

    def set_values(self, row_id: Any, values: dict[str, Any]) -> str | None:
        """Give a row these values; the contract's update or action first, else the backend's own update."""
        for call in self.calls:
            if call["role"] == "update" or (
                call["role"] == "action"
                and isinstance(call.get("body"), dict)
                and set(values) <= set(call["body"])
            ):
                outcome = self._try_set(call["method"], call["path"], values, row_id)
                if outcome:
                    return f"{call['role']} call {call['name']!r}"
        for call in self.calls:  # a body-less toggle sets one bool: toggle until it holds (at most twice)
            if (
                call["role"] == "action"
                and call.get("body") is None
                and len(values) == 1
                and isinstance(next(iter(values.values())), bool)
            ):
                for _ in range(2):
                    status, content, _ = self._send_row(call["method"], call["path"], None, row_id)
                    row = _row_object(parse_body(content)) if 200 <= status < 300 else None
                    if row is None:
                        break
                    self.state[row_id] = row
                    if self._matches(row_id, values):
                        return f"action call {call['name']!r}"
        route = self.api.update_route()
        if route is not None:
            method, path, schema = route
            unknown = [k for k in values if k not in schema.get("properties", {})]
            if unknown:
                return None
            if self._try_set(method, path, values, row_id):
                return f"the backend's own {method} {path}"
        return None

    def _send_row(self, method: str, path: str, body: Any, row_id: Any) -> tuple[int, bytes, str]:
        return self.send(
            method, fill_path(path, self.user_id, row_id), None, substitute(body, self.user_id, row_id)
        )

    def _try_set(self, method: str, path: str, values: dict[str, Any], row_id: Any) -> bool:
        try:
            status, content, _ = self._send_row(method, path, values, row_id)
        except Exception:  # noqa: BLE001
            return False
        if not 200 <= status < 300:
            return False
        row = _row_object(parse_body(content))
        if row is not None:
            self.state[row_id] = row
            return all(k not in row or _equal(row[k], v) for k, v in values.items())
        return True

    # -- the run

    def run(self) -> None:
        for _ in range(3):
            row = self.create_row()
            if row is not None:
                self.seeds.append(row)
            time.sleep(0.02)  # distinct created_at values
        self.result.setup.append(f"seeded {len(self.seeds)} rows: {self.seeds}")
        self.satisfy_filters()
        ordered = sorted(self.calls, key=lambda c: ROLE_ORDER.get(c["role"], 2))
        for call in ordered:
            self.result.calls.append(self.replay(call))
        self.probe_error()

    def satisfy_filters(self) -> None:
        wheres: list[dict[str, Any]] = []
        for call in self.calls:
            where = call["expect"].get("items_where")
            if where and where not in wheres:
                wheres.append(where)
        claimed: set[Any] = set()
        for where in wheres:
            free = [r for r in self.seeds if r not in claimed]
            ready = next((r for r in free if self._matches(r, where)), None)
            if ready is not None:
                claimed.add(ready)
                continue
            if not free:
                self.result.setup.append(f"no row left to satisfy {where}")
                continue
            row = free[-1] if len(free) > 1 else free[0]
            how = self.set_values(row, where)
            claimed.add(row)
            self.result.setup.append(
                f"row {row} set to {where} via {how}" if how else f"could not set row {row} to {where}"
            )

    def replay(self, call: dict[str, Any]) -> CallResult:
        result = CallResult(
            name=call["name"],
            role=call["role"],
            method=call["method"],
            path=_call_line(call),
            ok=False,
            reason="",
        )
        row_id: Any = None
        needs_row = "{id}" in call["path"] or "{id}" in json.dumps(call.get("body"))
        if needs_row:
            if call["role"] == "delete":
                row_id = self.create_row()
            elif self.seeds:
                row_id = self.seeds[0]
            if row_id is None:
                result.reason = "no row to address (seeding failed)"
                return result
        sent = substitute(call.get("body"), self.user_id, row_id)
        try:
            status, content, url = self.send(
                call["method"], fill_path(call["path"], self.user_id, row_id), call.get("query"), sent
            )
        except Exception as exc:  # noqa: BLE001
            result.reason = f"request error: {exc.__class__.__name__}: {exc}"
            return result
        verdict = judge(call, status, content, sent)
        result.ok, result.reason, result.status, result.sent_path = verdict.ok, verdict.reason, status, url
        result.also = verdict.also
        return result

    def probe_error(self) -> None:
        spec = self.contract.get("error_body")
        call = self.create_call
        if call is None:
            return
        body = dict(call.get("body") or {})
        key = "title" if "title" in body else next(iter(body), "title")
        body[key] = {"not": ["a", "valid", "value"]}
        try:
            status, content, _ = self.send(
                call["method"],
                fill_path(call["path"], self.user_id, ""),
                call.get("query"),
                substitute(body, self.user_id, None),
            )
        except Exception as exc:  # noqa: BLE001
            self.result.error_probe = {"error": repr(exc)}
            return
        parsed = parse_body(content)
        if (
            status in (404, 405)
            and isinstance(parsed, dict)
            and parsed.get("detail") in ("Not Found", "Method Not Allowed")
        ):
            self.result.error_probe = {
                "status": status,
                "ok": None,
                "expected": "-",
                "body": "the create route is missing, nothing to probe",
            }
            return
        probe: dict[str, Any] = {
            "status": status,
            "sent": f"{key} = an object",
            "body": _short(parsed if not isinstance(parsed, _Marker) else repr(parsed), 160),
        }
        if spec:
            value = parsed.get(spec["key"]) if isinstance(parsed, dict) else None
            types = {"str": str, "list": list, "object": dict, "dict": dict, "int": int}
            probe["expected"] = f"body.{spec['key']} is {spec['type']}"
            probe["ok"] = isinstance(value, types.get(spec["type"], str)) and status in (400, 409, 422)
        else:
            probe["expected"] = "the client does not read the error body"
            probe["ok"] = None
        self.result.error_probe = probe


def run_entry(entry_dir: Path, keep: bool = False) -> EntryResult:
    started = time.monotonic()
    contract = json.loads((entry_dir / "contract.json").read_text("utf-8"))
    result = EntryResult(entry=entry_dir.name, repo=contract.get("repo", ""))
    scratch = Path(tempfile.mkdtemp(prefix=f"contracts-{entry_dir.name[:3]}-"))
    server: Server | None = None
    replay: Replay | None = None
    failure: str | None = None
    try:
        try:
            result.pipeline, backend = build_backend(entry_dir, scratch / "root", contract)
        except Exception as exc:  # noqa: BLE001 - the pipeline failing is a result, not a crash
            failure = (
                f"pipeline failed: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            )
            result.pipeline["error"] = traceback.format_exc(limit=3)
        if failure is None:
            server = Server(backend, scratch)
            try:
                server.start()
            except Exception as exc:  # noqa: BLE001
                failure = f"backend did not start: {exc}"
        if failure is None:
            assert server is not None
            try:
                replay = Replay(contract, server, result, result.pipeline.get("plural"))
                replay.run()
            except Exception as exc:  # noqa: BLE001
                failure = f"replay crashed: {exc.__class__.__name__}: {exc}"
                result.pipeline["replay_error"] = traceback.format_exc(limit=5)
        if failure is not None:
            done = {c.name for c in result.calls}
            for call in sorted(contract["calls"], key=lambda c: ROLE_ORDER.get(c["role"], 2)):
                if call["name"] not in done:
                    result.calls.append(
                        CallResult(
                            call["name"], call["role"], call["method"], _call_line(call), False, failure
                        )
                    )
            result.setup.append(failure)
    finally:
        if replay is not None:
            replay.close()
        if server is not None:
            server.stop()
        if keep:
            result.setup.append(f"kept scratch folder {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    result.seconds = time.monotonic() - started
    return result


def _git(*args: str, cwd: Path = REPO) -> str:
    try:
        return subprocess.run(
            ["git", *args], check=False, cwd=cwd, capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--contracts", type=Path, default=DEFAULT_CONTRACTS, help="the labelled entries' folder"
    )
    parser.add_argument(
        "--entry", action="append", help="run only this entry (C03, or a folder name); repeatable"
    )
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write the results (default bench/contracts.json for a full run, nothing for --entry)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folders (generated backends)")
    engine_from = parser.add_mutually_exclusive_group()
    engine_from.add_argument(
        "--engine-rev",
        metavar="REV",
        help="measure the engine as committed at REV (e.g. HEAD): server/ and templates/ are exported "
        "with git archive, so others' uncommitted edits do not count",
    )
    engine_from.add_argument(
        "--engine",
        type=Path,
        help="use the backend_builder under this folder's server/ instead of the installed one",
    )
    parser.add_argument("--quiet", action="store_true", help="only the entry lines and the total")
    args = parser.parse_args(argv)
    engine_note = "the installed backend_builder (working tree, uncommitted edits included)"
    engine_commit = _git("log", "-1", "--format=%h", "--", "server", "templates").strip()
    dirty: list[str] | None = [
        line[3:]
        for line in _git("status", "--porcelain", "--", "server", "templates").splitlines()
        if line.strip()
    ]
    export: tempfile.TemporaryDirectory[str] | None = None
    if args.engine_rev:
        export = tempfile.TemporaryDirectory(prefix="contracts-engine-")
        archive = subprocess.run(
            ["git", "archive", args.engine_rev, "server", "templates"],
            cwd=REPO,
            capture_output=True,
            check=True,
        )
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(export.name, filter="data")
        args.engine = Path(export.name)
        engine_note = f"git archive {args.engine_rev} (committed engine only)"
        engine_commit = _git("log", "-1", "--format=%h", args.engine_rev, "--", "server", "templates").strip()
        dirty = None
    elif args.engine:
        engine_note, engine_commit, dirty = str(args.engine), "", None
    if args.engine:
        sys.path.insert(0, str(args.engine.resolve() / "server"))
        import backend_builder

        print(f"engine: {engine_note}: {Path(backend_builder.__file__).parent}")

    entries = sorted(p for p in args.contracts.iterdir() if (p / "contract.json").is_file())
    if args.entry:
        wanted = [e.lower() for e in args.entry]
        entries = [
            p
            for p in entries
            if any(
                p.name.lower() == w or p.name.lower().startswith(w + "-") or p.name.lower() == w
                for w in wanted
            )
        ]
        if not entries:
            parser.error(f"no entry matches {args.entry}")
    started = time.monotonic()
    results: list[EntryResult] = []
    for entry_dir in entries:
        result = run_entry(entry_dir, keep=args.keep)
        results.append(result)
        code = result.entry[:3]
        if not args.quiet:
            for note in result.setup:
                print(f"{code}  . {note}")
            if result.pipeline.get("blocking"):
                print(f"{code}  . read_spec left blocking items: {result.pipeline['blocking']}")
            for c in result.calls:
                also = f"  (also: {'; '.join(c.also)})" if c.also else ""
                print(
                    f"{code}  {'PASS' if c.ok else 'FAIL'}  {c.name:<40.40} {c.path:<60.60}  {c.reason}{also}"
                )
            if result.error_probe:
                p = result.error_probe
                print(
                    f"{code}  . error probe (not scored): {p.get('status')} {p.get('body', p.get('error'))}"
                    f" -> {p.get('expected')}: {p.get('ok')}"
                )
        lists = result.list_calls
        print(
            f"{code}  {result.repo}: {result.passed}/{len(result.calls)} calls, "
            f"list calls {sum(c.ok for c in lists)}/{len(lists)} ({result.seconds:.1f} s)"
        )
        sys.stdout.flush()

    total = sum(len(r.calls) for r in results)
    passed = sum(r.passed for r in results)
    list_total = sum(len(r.list_calls) for r in results)
    list_passed = sum(sum(c.ok for c in r.list_calls) for r in results)
    entries_lists_ok = sum(bool(r.list_calls) and all(c.ok for c in r.list_calls) for r in results)
    entries_any_list = sum(any(c.ok for c in r.list_calls) for r in results)
    percent = 100.0 * passed / total if total else 0.0
    print(
        f"TOTAL  {passed}/{total} calls ({percent:.0f}%); list calls {list_passed}/{list_total}; "
        f"entries whose every list call passes: {entries_lists_ok}/{len(results)} "
        f"(at least one: {entries_any_list}/{len(results)}); {time.monotonic() - started:.0f} s"
    )

    out = args.json or (None if args.entry else HERE / "contracts.json")
    if out is not None:
        report = {
            "measured": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "engine": engine_note,
            "engine_commit": engine_commit,
            "engine_uncommitted_files": dirty,
            "command": " ".join(
                ["python", "bench/contracts.py", *(argv if argv is not None else sys.argv[1:])]
            ),
            "passed": passed,
            "total": total,
            "percent": round(percent, 1),
            "list_passed": list_passed,
            "list_total": list_total,
            "entries_every_list_call_passes": entries_lists_ok,
            "entries": len(results),
            "results": [r.as_dict() for r in results],
        }
        out.write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    if export is not None:
        export.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
