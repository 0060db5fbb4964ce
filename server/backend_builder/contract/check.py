"""check_contract: the frontend's calls against the backend's real routes and schemas.

    check_contract(root, backend, frontend_dir) -> ContractCheck

The backend side is what the app really serves: `app.openapi()` read in the backend's own Python
(openapi_probe.py, in a subprocess, on a scratch database), plus what its handlers answer on
invalid input. The frontend side is `scan_frontend`. Each call of kind "api" is matched to a route
(method and path; placeholder names do not matter, a trailing slash is tolerated) and compared:
query keys, body keys, required body properties, the answer's shape and keys, the success status,
the error body. Each mismatch names the frontend's file:line, what each side does, and the fix.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from backend_builder import hints
from backend_builder.check.runner import python_for
from backend_builder.contract.frontend import CallSite, FrontendCall, FrontendScan, UnresolvedCall
from backend_builder.errors import BuilderError
from backend_builder.results import Result
from backend_builder.spec.action_words import undoes
from backend_builder.spec.extract.contract import SEARCH_NAMES as SEARCH_WORDS

PROBE = Path(__file__).resolve().parent / "openapi_probe.py"
METHODS = ("get", "post", "put", "patch", "delete")
SERVER_SET = {"id", "user_id", "created_at", "updated_at"}
DUMMY_SECRET = "check-contract-dummy-secret-" + "x" * 40
SORT_WORDS = {"sort", "sort_by", "sortBy", "order", "order_by", "orderBy", "ordering", "direction", "dir",
              "sort_order", "sortOrder", "sort_dir"}
ORDER_WORDS = {"order", "direction", "dir", "sort_order", "sortOrder", "sort_dir"}
PAGING_WORDS = {"page", "page_size", "pageSize", "per_page", "perPage", "limit", "offset", "skip", "size"}
LIST_KEYS = ("items", "data", "results", "records", "rows")


# -- results ------------------------------------------------------------------------------------


class Mismatch(Result):
    file: str
    line: int
    method: str
    path: str
    check: Literal["route", "method", "query", "body", "response", "status", "error_body"]
    severity: Literal["error", "warning"] = "error"
    frontend: str = Field(description="what the frontend does")
    backend: str = Field(description="what the backend does")
    fix: str
    callers: list[str] = Field(default_factory=list, description="file:line of the callers concerned")


class ContractCall(Result):
    method: str
    path: str
    kind: str
    file: str
    line: int
    function: str
    query_keys: list[str] = Field(default_factory=list, description="`k?`: sent only sometimes")
    body_keys: list[str] | None = Field(default=None, description="null: no body")
    response_keys: list[str] = Field(default_factory=list, description="keys it reads or its type declares")
    response_is_array: bool | None = None
    status: Literal["ok", "mismatch", "skipped", "unmatched"]
    route: str | None = Field(default=None, description="the backend route it reaches, e.g. 'GET /api/{user_id}/tasks'")
    note: str | None = None


class ContractCheck(Result):
    backend_dir: str
    frontend_dir: str
    passed: bool
    calls: list[ContractCall]
    mismatches: list[Mismatch]
    warnings: list[Mismatch] = Field(default_factory=list, description="likely problems that do not fail the check")
    unresolved: list[UnresolvedCall] = Field(default_factory=list, description="requests whose URL could not be read")
    routes: int = Field(default=0, description="routes the backend serves")
    summary: str
    next_steps: list[str] = Field(default_factory=list)


# -- the backend: probe and routes --------------------------------------------------------------


def probe_backend(backend: Path, *, shown: str, timeout: int = 60) -> dict[str, Any]:
    """The app's OpenAPI document and error answers, read by importing it in its own Python."""
    if not (backend / "app" / "main.py").is_file():
        raise BuilderError(
            f"{shown}/app/main.py is missing: no backend to check against.",
            fix=f"{hints.call('init_project', backend_dir=shown)}, then "
            f"{hints.call('scaffold_feature', feature='<name>')}; or pass the backend_dir your backend lives in.",
        )
    python = python_for(backend)
    with tempfile.TemporaryDirectory(prefix="backend-builder-contract-") as tmp:
        out = Path(tmp) / "openapi.json"
        env = _probe_env(Path(tmp))
        try:
            proc = subprocess.run([python, str(PROBE), str(out)], cwd=backend, capture_output=True, text=True,
                                  timeout=timeout, stdin=subprocess.DEVNULL, check=False, env=env)
        except subprocess.TimeoutExpired:
            raise BuilderError(
                f"Importing {shown}/app/main.py did not finish within {timeout} s.",
                fix="look for work done at import time (a network call, a database query) and move it into "
                "the app's lifespan.",
            ) from None
        if proc.returncode != 0 or not out.is_file():
            tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-10:])
            missing = re.search(r"No module named '([\w.]+)'", proc.stderr)
            if missing:
                fix = (f"install the backend's dependencies into the Python that runs it ({python}), module "
                       f"{missing.group(1)!r} is missing: cd {shlex.quote(shown)} && python -m venv .venv && "
                       ".venv/bin/pip install -e '.[dev]' (a .venv in the backend folder is used automatically).")
            else:
                fix = (f"fix the error above so that `cd {shown} && python -c 'import app.main'` works, then "
                       f"{hints.call('check_contract', backend_dir=shown)} again.")
            raise BuilderError(f"The backend in {shown} cannot be imported, so its routes cannot be read:\n{tail}",
                               fix=fix)
        return json.loads(out.read_text(encoding="utf-8"))


def _probe_env(tmp: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.update({
        "DATABASE_URL": f"sqlite:///{tmp / 'scratch.db'}",
        "JWT_SECRET": DUMMY_SECRET,
        "AUTO_MIGRATE": "false",
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    env.pop("JWT_JWKS_URL", None)
    return env


@dataclass
class Route:
    method: str
    path: str
    segments: list[str]
    param_types: dict[int, str | None]
    query: dict[str, bool]  # name -> required
    body: dict[str, Any] | None  # resolved schema
    body_required: bool
    status: int | None
    response: dict[str, Any] | None  # resolved schema of the success answer; None: no body
    tags: list[str] = field(default_factory=list)
    feature: str | None = None

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


class Schemas:
    """OpenAPI schemas with `$ref`s resolved and `X | None` unwrapped."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.defs = doc.get("components", {}).get("schemas", {})

    def resolve(self, schema: Any, depth: int = 0) -> dict[str, Any]:
        if not isinstance(schema, dict) or depth > 12:
            return {}
        if "$ref" in schema:
            return self.resolve(self.defs.get(schema["$ref"].rsplit("/", 1)[-1], {}), depth + 1)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [self.resolve(s, depth + 1) for s in schema[key] if s != {"type": "null"}]
                options = [o for o in options if o.get("type") != "null"]
                if len(options) == 1:
                    return {**{k: v for k, v in schema.items() if k != key}, **options[0]}
                return {key: options}
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                r = self.resolve(part, depth + 1)
                merged["properties"].update(r.get("properties", {}))
                merged["required"] += r.get("required", [])
            return merged
        return schema

    def kind(self, schema: dict[str, Any]) -> str:
        """'array', 'object', 'any' (unknown or either) or 'scalar'."""
        for key in ("anyOf", "oneOf"):
            if key in schema:
                kinds = {self.kind(s) for s in schema[key]}
                return kinds.pop() if len(kinds) == 1 else "any"
        t = schema.get("type")
        if t == "array" or "items" in schema:
            return "array"
        if t == "object" or "properties" in schema:
            return "object"
        return "scalar" if t else "any"

    def props(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        """Property names of an object schema (a union's: all of them); None when any key may come."""
        for key in ("anyOf", "oneOf"):
            if key in schema:
                out: dict[str, Any] = {}
                for s in schema[key]:
                    p = self.props(s)
                    if p is None:
                        return None
                    out.update(p)
                return out
        if "properties" not in schema:
            return None
        if schema.get("additionalProperties") not in (None, False):
            return None
        return {k: self.resolve(v) for k, v in schema["properties"].items()}

    def item(self, schema: dict[str, Any]) -> dict[str, Any]:
        return self.resolve(schema.get("items", {}))


def routes_of(doc: dict[str, Any], features: dict[str, dict[str, Any]]) -> tuple[list[Route], Schemas]:
    schemas = Schemas(doc)
    plurals = {(data.get("plural") or name + "s"): name for name, data in features.items()}
    routes: list[Route] = []
    for path, item in doc.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = shared + op.get("parameters", [])
            segments = _segments(path)
            types: dict[int, str | None] = {}
            for i, seg in enumerate(segments):
                if seg.startswith("{"):
                    spec = next((p for p in params if p.get("in") == "path" and "{" + p.get("name", "") + "}" == seg),
                                None)
                    types[i] = schemas.resolve(spec.get("schema", {})).get("type") if spec else None
            query = {p["name"]: bool(p.get("required")) for p in params if p.get("in") == "query" and "name" in p}
            body = None
            body_required = False
            rb = op.get("requestBody")
            if isinstance(rb, dict):
                raw = rb.get("content", {}).get("application/json", {}).get("schema")
                if raw is not None:
                    nullable = _nullable(raw, schemas)
                    body = schemas.resolve(raw)
                    body_required = bool(rb.get("required")) and not nullable
            status, response = _success(op.get("responses", {}), schemas)
            tags = list(op.get("tags", []))
            feature = next((plurals[t] for t in tags if t in plurals), None)
            if feature is None:
                feature = next((plurals[s] for s in reversed(segments) if s in plurals), None)
            routes.append(Route(method.upper(), path, segments, types, query, body, body_required, status, response,
                                tags, feature))
    return routes, schemas


def _nullable(raw: dict[str, Any], schemas: Schemas) -> bool:
    for key in ("anyOf", "oneOf"):
        if key in raw and any(s == {"type": "null"} or s.get("type") == "null" for s in raw[key] if isinstance(s, dict)):
            return True
    return False


def _success(responses: dict[str, Any], schemas: Schemas) -> tuple[int | None, dict[str, Any] | None]:
    codes = sorted(int(c) for c in responses if str(c).isdigit() and 200 <= int(c) < 300)
    if not codes:
        return None, None
    code = codes[0]
    content = responses[str(code)].get("content") or {}
    if code == 204 or not content:
        return code, None
    raw = (content.get("application/json") or next(iter(content.values()), {})).get("schema")
    return code, schemas.resolve(raw) if raw is not None else {}


def _segments(path: str) -> list[str]:
    return [s for s in path.split("?")[0].split("/") if s]


def _is_param(seg: str) -> bool:
    return seg.startswith("{") and seg.endswith("}")


# -- matching a call to a route -----------------------------------------------------------------


def _match(front: list[str], route: Route) -> int | None:
    """How well a frontend path fits a route: literal segments in common; None when it does not fit."""
    if len(front) != len(route.segments):
        return None
    score = 0
    for i, (f, r) in enumerate(zip(front, route.segments, strict=True)):
        if _is_param(r):
            if _is_param(f):
                continue
            kind = route.param_types.get(i)
            if kind == "integer" and not f.isdigit():
                return None
            continue
        if _is_param(f) or f != r:
            return None
        score += 1
    return score


def find_route(call_path: str, method: str, routes: list[Route]) -> tuple[Route | None, list[Route]]:
    """The route serving `method call_path`, and the routes on that path under other methods."""
    front = _segments(call_path)
    best: tuple[int, Route] | None = None
    others: list[tuple[int, Route]] = []
    for route in routes:
        score = _match(front, route)
        if score is None:
            continue
        if route.method == method:
            if best is None or score > best[0]:
                best = (score, route)
        else:
            others.append((score, route))
    if best is not None:
        return best[1], []
    if not others:
        return None, []
    top = max(s for s, _ in others)
    return None, [r for s, r in others if s == top]


# -- helpers for keys ---------------------------------------------------------------------------


def _key(k: str) -> str:
    return k.rstrip("?")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _other_casing(key: str, names: Any) -> str | None:
    for alt in (_snake(key), _camel(key)):
        if alt != key and alt in names:
            return alt
    folded = key.replace("_", "").lower()  # `homepageURL` beside `homepageUrl`, `PRODUCT_NAME` beside `productName`
    return next((name for name in names if name != key and name.replace("_", "").lower() == folded), None)


def _where(site: CallSite | FrontendCall) -> str:
    return f"{site.file}:{site.line}"


@dataclass
class Sender:
    """One place that makes the request, with the keys it really sends."""

    where: str
    query: dict[str, bool]  # key -> always sent
    body: dict[str, bool] | None


def _senders(call: FrontendCall) -> list[Sender]:
    def keys(items: list[str]) -> dict[str, bool]:
        return {_key(k): not k.endswith("?") for k in items}

    declared_body = None if call.body_keys is None else keys(call.body_keys)
    out = []
    for site in call.callers:
        body = keys(site.body_keys) if site.body_keys is not None else declared_body
        out.append(Sender(_where(site), keys(site.query_keys), body))
    return out or [Sender(_where(call), keys(call.query_keys), declared_body)]


def _merged(dicts: list[dict[str, bool]]) -> list[str]:
    """Keys of several senders: `k?` unless every sender always sends it."""
    names: dict[str, bool] = {}
    for d in dicts:
        for k, always in d.items():
            names[k] = names.get(k, True) and always
    for k in names:
        if any(k not in d for d in dicts):
            names[k] = False
    return [k if always else k + "?" for k, always in names.items()]


# -- the check ----------------------------------------------------------------------------------


class Checker:
    def __init__(self, probe: dict[str, Any], features: dict[str, dict[str, Any]], backend_dir: str) -> None:
        self.features = features
        self.backend_dir = backend_dir
        self.routes, self.schemas = routes_of(probe.get("openapi", {}), features)
        self.validation = probe.get("validation_error") or {}
        self.route_errors: dict[str, Any] = probe.get("route_errors") or {}
        self.http_error = probe.get("http_error") or {}
        self.mismatches: list[Mismatch] = []
        self.warnings: list[Mismatch] = []
        self._error_keys: dict[str, Mismatch] = {}
        self._paths: dict[str | None, str] = {}  # feature -> the collection path most unmatched calls use
        self._client_files: set[str] = set()  # files whose functions the rest of the frontend calls
        self._unused = False  # the call being checked is never made: its findings are warnings

    def unused(self, call: FrontendCall) -> bool:
        """A client function nobody calls, in a client module whose other functions are called."""
        return not call.callers and call.file in self._client_files and call.function not in ("<module>", "")

    def prepare(self, calls: list[FrontendCall]) -> None:
        """The one api.path per feature that fits most of the calls no route serves (a spec has only one)."""
        self._client_files = {c.file for c in calls if c.callers}
        votes: dict[str | None, dict[str, int]] = {}
        for call in calls:
            if call.kind != "api" or self.unused(call) or find_route(call.path, call.method, self.routes)[0] is not None:
                continue
            for route, prefix in self._prefix_candidates(call):
                if route.feature is None:
                    continue
                plural = self._plural(route.feature)
                weight = 2 if _segments(prefix)[-1:] in ([plural], [plural.replace("_", "-")]) else 1
                tally = votes.setdefault(route.feature, {})
                tally[prefix] = tally.get(prefix, 0) + weight
                break
        for feature, tally in votes.items():
            self._paths[feature] = max(tally, key=lambda p: (tally[p], -len(p)))

    # -- fixes in the user's words ------------------------------------------------------------

    def _feature_for(self, path: str, route: Route | None = None) -> str | None:
        if route is not None and route.feature:
            return route.feature
        segs = _segments(path)
        for name, data in self.features.items():
            plural = data.get("plural") or name + "s"
            if plural in segs or plural.replace("_", "-") in segs:
                return name
        return next(iter(self.features)) if len(self.features) == 1 else None

    def _then(self, feature: str | None) -> str:
        if feature is None:
            return f"then {hints.name('scaffold_feature')} again"
        return f"then {hints.call('scaffold_feature', feature=feature)}"

    def _spec(self, feature: str | None) -> str:
        return f"the spec of {feature!r}" if feature else "the feature's spec"

    def _router_file(self, feature: str | None) -> str:
        if feature and feature in self.features:
            plural = self.features[feature].get("plural") or feature + "s"
            return f"{self.backend_dir}/app/routers/{plural}.py"
        return f"{self.backend_dir}/app/routers/"

    # -- per call -----------------------------------------------------------------------------

    def check(self, call: FrontendCall) -> ContractCall:
        senders = _senders(call)
        reads = set(call.reads)
        if call.returns_body:
            for site in call.callers:
                reads.update(site.reads)
        # the declared return type is the wire's only when the function hands back the parsed answer as is
        # (not, say, `snakeToCamel(data)` or a new object built from it)
        declared = {_key(k): not k.endswith("?") for k in call.response_keys} if call.returns_body else {}
        shown_keys = set(reads)
        for k, required in declared.items():
            if k not in reads:
                shown_keys.add(k if required else k + "?")
        response_keys = sorted(shown_keys)
        body_dicts = [s.body for s in senders if s.body is not None]
        entry = ContractCall(
            method=call.method, path=call.path, kind=call.kind, file=call.file, line=call.line,
            function=call.function, query_keys=_merged([s.query for s in senders]),
            body_keys=_merged(body_dicts) if body_dicts else None,
            response_keys=response_keys, response_is_array=call.response_is_array, status="ok",
        )
        if call.kind != "api":
            entry.status = "skipped"
            entry.note = {"auth": "an auth call: served by your auth provider (or init_project auth='builtin')",
                          "health": "a health check: not part of a feature's contract",
                          "external": "a call to another service, not this backend"}.get(call.kind, call.kind)
            return entry
        before = len(self.mismatches)
        self._unused = self.unused(call)
        if self._unused:
            entry.note = "no screen calls this client function: its findings are warnings"
        route, others = find_route(call.path, call.method, self.routes)
        if route is None:
            entry.status = "unmatched"
            route = self._unmatched(call, others)
            if route is None:
                return entry
            # the route it reaches once the path is fixed: its other mismatches now, not one fix at a time
            entry.note = "; ".join(filter(None, [entry.note,
                                                 f"reaches {route.label} once the path is fixed; checked against it"]))
        else:
            entry.route = route.label
        collection = route.method in ("GET", "POST") and not route.path.rstrip("/").endswith("}")
        if call.path.rstrip("/") != call.path and call.path != "/" and not (collection and route.feature):
            self._add(call, "route", "warning",
                      f"calls {call.path} with a trailing slash",
                      f"serves {route.path}; the slash costs a 307 redirect first (behind an HTTPS proxy it may "
                      "point at http://)",
                      f"drop the trailing slash in the frontend ({call.file}:{call.line}).")
        feature = self._feature_for(call.path, route)
        self._check_query(call, route, senders, feature)
        self._check_body(call, route, senders, feature)
        self._check_answer(call, route, reads, declared, feature)
        self._check_error_key(call, feature, route)
        if len(self.mismatches) > before and entry.status == "ok":
            entry.status = "mismatch"
        return entry

    def _add(self, call: FrontendCall, check: str, severity: str, frontend: str, backend: str, fix: str,
             callers: list[str] | None = None) -> Mismatch:
        if self._unused and severity == "error":
            severity, frontend = "warning", f"(in {call.function}, which no screen calls) {frontend}"
        m = Mismatch(file=call.file, line=call.line, method=call.method, path=call.path, check=check,  # type: ignore[arg-type]
                     severity=severity, frontend=frontend, backend=backend, fix=fix,  # type: ignore[arg-type]
                     callers=[c for c in (callers or []) if c != f"{call.file}:{call.line}"])
        (self.mismatches if severity == "error" else self.warnings).append(m)
        return m

    # -- no route -----------------------------------------------------------------------------

    def _unmatched(self, call: FrontendCall, others: list[Route]) -> Route | None:
        """Report a call no route serves; the route it would reach under the right api.path, if any."""
        front = f"calls {call.method} {call.path}"
        if others:
            feature = self._feature_for(call.path, others[0])
            methods = ", ".join(sorted({r.method for r in others}))
            fix = self._action_fix(call, feature) or (
                f"call it with {' or '.join(sorted({r.method for r in others}))} in the frontend, or add a "
                f"{call.method} route to {self._router_file(feature)} by hand.")
            self._add(call, "method", "error", front, f"serves {others[0].path} with {methods} only (405)", fix)
            return None
        moved = self._prefix_fix(call)
        if moved is not None:
            route, prefix, feature = moved
            if prefix == self._spec_path(feature):
                self._add(call, "route", "error", front, f"serves it at {route.path} (404 at the frontend's path)",
                          self._stale(feature, f"the path {prefix!r}"))
                return route
            self._add(call, "route", "error", front,
                      f"serves it at {route.path} (404 at the frontend's path)",
                      f"set api.path to {prefix!r} in {self._spec(feature)}, {self._then(feature)}; or change "
                      f"the frontend to call {route.path}.")
            return route
        feature = self._feature_for(call.path)
        fix = self._action_fix(call, feature)
        chosen = self._paths.get(feature)
        if fix is None and chosen and not _under(call.path, chosen):
            fix = (f"most of the frontend calls this feature under {chosen!r} (the spec's api.path holds one "
                   f"collection path): change this call in the frontend, or add the route to "
                   f"{self._router_file(feature)} by hand.")
        if fix is None:
            known = sorted({r.label for r in self.routes if feature and r.feature == feature})[:8]
            listing = f" The backend serves: {'; '.join(known)}." if known else ""
            if feature is None:
                fix = ("no backend feature serves this path: if it is a resource of its own, write its spec and "
                       f"{hints.call('scaffold_feature', feature='<name>')}; else change the frontend.")
            else:
                fix = (f"add this route to {self._router_file(feature)} by hand, or change the frontend to use "
                       f"one the backend serves.{listing}")
        self._add(call, "route", "error", front, "has no route for it (404)", fix)
        return None

    def _prefix_candidates(self, call: FrontendCall) -> list[tuple[Route, str]]:
        """Routes the call would reach if only the collection path (api.path) differed, best first."""
        front = _segments(call.path)
        found: list[tuple[tuple[int, int], Route, str]] = []
        for route in self.routes:
            if route.method != call.method or route.feature is None:
                continue
            collection = _segments(self._collection(route.feature) or "")
            if collection and route.segments[:len(collection)] == collection:
                idx: int | None = len(collection) - 1
            else:
                plural = self._plural(route.feature)
                names = {plural, plural.replace("_", "-")}
                idx = max((i for i, s in enumerate(route.segments) if s in names), default=None)
            if idx is None:
                continue
            rest = route.segments[idx + 1:]
            if len(front) <= len(rest):
                continue
            tail = front[len(front) - len(rest):] if rest else []
            probe = Route(route.method, route.path, rest, {i - idx - 1: t for i, t in route.param_types.items()
                                                          if i > idx}, {}, None, False, None, None)
            score = _match(tail, probe)
            if score is None:
                continue
            head = front[: len(front) - len(rest)]
            if sum(_is_param(s) for s in head) > 1 or _is_param(head[-1]):
                continue
            found.append(((len(rest), score), route, _prefix_of("/" + "/".join(head))))
        found.sort(key=lambda f: f[0], reverse=True)
        return [(route, prefix) for _, route, prefix in found]

    def _prefix_fix(self, call: FrontendCall) -> tuple[Route, str, str | None] | None:
        """The route the call reaches once api.path is the collection path most of the frontend uses."""
        for route, prefix in self._prefix_candidates(call):
            if self._paths.get(route.feature) == prefix:
                return route, prefix, route.feature
        return None

    def _action_fix(self, call: FrontendCall, feature: str | None) -> str | None:
        """`/{id}/toggle`, or POST `/{id}/complete`: an action, fixed by the spec's actions and api.actions."""
        if feature is None or call.method not in ("PATCH", "POST", "PUT"):
            return None
        data = self.features.get(feature, {})
        actions = data.get("actions") or {}
        front = _segments(call.path)
        if len(front) < 2 or not _is_param(front[-2]) or _is_param(front[-1]):
            return None
        word = front[-1]
        collection = _prefix_of("/" + "/".join(front[:-2]))
        plural = self._plural(feature)
        if front[-3:-2] not in ([plural], [plural.replace("_", "-")]) and self._paths.get(feature) != collection:
            return None  # not under this feature's collection
        served = self._collection(feature)
        path_note = f" and api.path to {collection!r}" if served and served != collection else ""
        if not actions:
            bools = [f.get("name") for f in data.get("fields", []) if f.get("type") == "bool"]
            if not bools or not re.fullmatch(r"[a-z][a-z0-9_]*", word.replace("-", "_")):
                return None
            entry: dict[str, Any] = {word.replace("-", "_"): bools[0]}
            default_route = call.method == "PATCH" and "-" not in word
            api = "" if default_route else (
                f" and {json.dumps({'action': word.replace('-', '_'), 'method': call.method, 'path': '/{id}/' + word})}"
                " to api.actions")
            return (f"add the action {json.dumps(entry)} to actions{api}{path_note} in {self._spec(feature)}, "
                    f"{self._then(feature)}.")
        name = word.replace("-", "_")
        undone = undoes(name, set(actions)) if name not in actions else None
        if undone is not None:  # reopen next to complete: a second action over the same field, setting false
            served = {a.get("action"): a for a in (data.get("api") or {}).get("actions", [])}
            entries = [{**served.get(undone, {"action": undone}), "sets": True},
                       {"action": name, "sets": False, **({"method": call.method} if call.method != "PATCH" else {}),
                        **({"path": "/{id}/" + word} if word != name else {})}]
            return (f"add the action {json.dumps({name: actions[undone]})} to actions and {json.dumps(entries)} to "
                    f"api.actions{path_note} in {self._spec(feature)}, {self._then(feature)}.")
        action = word if word in actions else (next(iter(actions)) if len(actions) == 1 else None)
        if action is None:
            return None
        entry = {"action": action, "method": call.method, "path": "/{id}/" + word}
        return (f"add {json.dumps(entry)} to api.actions{path_note} in {self._spec(feature)}, "
                f"{self._then(feature)}.")

    def _collection(self, feature: str) -> str | None:
        """The collection path the backend serves the feature at: its list route."""
        plural = self._plural(feature)
        lists = [r for r in self.routes if r.feature == feature and r.method == "GET" and r.segments
                 and not _is_param(r.segments[-1])]
        named = [r for r in lists if r.segments[-1] == plural]
        found = named or sorted(lists, key=lambda r: len(r.segments))[:1]
        return found[0].path if found else None

    def _api(self, feature: str | None) -> dict[str, Any]:
        """The `api` part of the spec the feature was generated from ({} for the house contract)."""
        return (self.features.get(feature or "", {}).get("api") or {}) if feature else {}

    def _fields(self, feature: str | None) -> set[str]:
        return {f.get("name") for f in self.features.get(feature or "", {}).get("fields", [])}

    def _declared_query(self, feature: str | None) -> set[str]:
        """Query parameters the feature's spec says its list takes."""
        data = self.features.get(feature or "", {})
        listing = self._api(feature).get("list") or {}
        names = set(data.get("filters", []))
        names |= {f.get("param") for f in listing.get("filters", [])}
        sort = listing.get("sort") or {}
        names |= {sort.get("param"), sort.get("order_param")}
        paging = listing.get("paging") or {}
        style = paging.get("style", "offset")
        if style == "offset":
            names |= {paging.get("limit_param"), paging.get("offset_param")}
        elif style == "page":
            names |= {paging.get("limit_param"), paging.get("page_param")}
        return {n for n in names if n}

    def _stale(self, feature: str | None, what: str) -> str:
        """The spec already says so: the router is older than the spec, or was edited by hand."""
        return (f"{self._spec(feature)} already asks for {what}, but the router does not serve it (edited by "
                f"hand, or not regenerated since): regenerate it, "
                f"{hints.call('scaffold_feature', feature=feature, overwrite=True)}.")

    def _spec_path(self, feature: str | None) -> str | None:
        """The collection path the feature's spec asks for (its api.path, else the house path)."""
        if feature is None or feature not in self.features:
            return None
        api = self.features[feature].get("api") or {}
        return api.get("path") or f"/api/{{user_id}}/{self._plural(feature)}"

    # -- query --------------------------------------------------------------------------------

    def _check_query(self, call: FrontendCall, route: Route, senders: list[Sender], feature: str | None) -> None:
        accepted = route.query
        unknown: dict[str, list[str]] = {}
        for s in senders:
            for k in s.query:
                if k not in accepted:
                    unknown.setdefault(k, []).append(s.where)
        for key, where in unknown.items():
            self._add(call, "query", "error", f"sends the query parameter {key!r}",
                      f"{route.label} has no parameter {key!r} (it is ignored: the request does not do what "
                      f"the UI asks); it takes {', '.join(sorted(accepted)) or 'none'}",
                      self._query_fix(key, route, feature, set(unknown)), where)
        for name, required in accepted.items():
            if not required:
                continue
            missing = [s.where for s in senders if not s.query.get(name)]
            if missing:
                sometimes = all(name in s.query for s in senders)
                self._add(call, "query", "error",
                          f"{'sends' if sometimes else 'never sends'} the query parameter {name!r}"
                          f"{' only sometimes' if sometimes else ''}",
                          f"{route.label} requires it (422 without it)",
                          f"send {name!r} on every call in the frontend.", missing)

    def _query_fix(self, key: str, route: Route, feature: str | None, sent: set[str]) -> str:
        data = self.features.get(feature or "", {})
        fields = {f.get("name") for f in data.get("fields", [])}
        alt = _other_casing(key, route.query)
        then = self._then(feature)
        spec = self._spec(feature)
        if alt:
            return f"send {alt!r} instead of {key!r} in the frontend."
        if key in self._declared_query(feature):
            return self._stale(feature, f"the list parameter {key!r}")
        if route.method == "GET" and route.segments and route.segments[-1] == (data.get("plural") or ""):
            by = sorted(sent & SORT_WORDS - ORDER_WORDS)
            if key in ORDER_WORDS and by:
                return (f"set api.list.sort to {{\"param\": {json.dumps(by[0])}, \"order_param\": {json.dumps(key)}, "
                        f"\"keys\": {{...}}}} in {spec}, {then}.")
            if key in SORT_WORDS:
                return (f"describe the frontend's sorting in api.list.sort of {spec} (e.g. "
                        f'{{"param": {json.dumps(key)}, ...}}), {then}; or send order_by.')
            if key in PAGING_WORDS:
                return f"describe the frontend's paging in api.list.paging of {spec} ({key!r}), {then}."
            if key in fields:
                return f"add {key!r} to filters in {spec}, {then}."
            if re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower().replace("-", "_") in SEARCH_WORDS:
                texts = [f.get("name") for f in data.get("fields", []) if f.get("type") in ("str", "text")]
                searched = data.get("search") or texts[:2]
                add = "" if data.get("search") else f" and \"search\": {json.dumps(searched)}"
                return (f"set api.list.search to {{\"param\": {json.dumps(key)}}}{add} in {spec}, {then}: the list "
                        "then matches the text in those fields.")
            return (f"add {{\"param\": {json.dumps(key)}, \"field\": \"<field>\", \"values\": {{...}}}} to "
                    f"api.list.filters in {spec}, {then}; or stop sending {key!r}.")
        return f"stop sending {key!r} in the frontend, or add the parameter to {route.label} by hand."

    # -- body ---------------------------------------------------------------------------------

    def _check_body(self, call: FrontendCall, route: Route, senders: list[Sender], feature: str | None) -> None:
        sending = [s for s in senders if s.body is not None]
        if route.body is None:
            sent = sorted({k for s in sending for k in s.body or {}} - SERVER_SET)
            if sent:
                self._add(call, "body", "error", f"sends a JSON body with {', '.join(sent)}",
                          f"{route.label} reads no body: the values are ignored",
                          f"stop sending the body in the frontend, or make {route.label} read it by hand.",
                          [s.where for s in sending])
            return
        if not sending:
            if route.body_required:
                self._add(call, "body", "error", "sends no JSON body",
                          f"{route.label} requires one (422 without it)",
                          "send the body in the frontend.")
            return
        props = self.schemas.props(route.body)
        if props is None:
            return
        forbid = route.body.get("additionalProperties") is False
        unknown: dict[str, list[str]] = {}
        for s in sending:
            for k in s.body or {}:
                if k not in props and k not in SERVER_SET:
                    unknown.setdefault(k, []).append(s.where)
        for key, where in unknown.items():
            effect = "refuses the request (422)" if forbid else "ignores it silently: the value is lost"
            alt = _other_casing(key, props)
            if alt is not None and alt == _snake(key) and _camel(alt) == key:
                fix = (f"set api.casing to 'camel' in {self._spec(feature)}, {self._then(feature)}; or send "
                       f"{alt!r} in the frontend.")
            elif alt is not None and alt == _camel(key):
                fix = f"send {alt!r} instead of {key!r} in the frontend."
            elif alt is not None:  # `PRODUCT_NAME`, `homepageURL`: a key no casing gives
                fix = (f"give the field {_snake(alt)!r} json_key {key!r} in {self._spec(feature)}, "
                       f"{self._then(feature)}; or send {alt!r} in the frontend.")
            elif key in self._fields(feature):
                fix = self._stale(feature, f"the field {key!r}")
            else:
                fix = (f"add field {key} to {self._spec(feature)}, {self._then(feature)} and "
                       f"{hints.name('generate_migration')}; or stop sending it.")
            self._add(call, "body", "error", f"sends the body key {key!r}",
                      f"{route.label} has no such property; it {effect}", fix, where)
        required = [r for r in route.body.get("required", []) if r in props]
        if any(s.body is not None and len(s.body) == 0 for s in sending) and call.body_open:
            return
        for name in required:
            never = [s.where for s in sending if name not in (s.body or {})]
            sometimes = [s.where for s in sending if (s.body or {}).get(name) is False]
            if never and not call.body_open:
                self._add(call, "body", "error", f"never sends {name!r} in the body",
                          f"{route.label} requires {name!r} (422 without it)",
                          f"send {name!r} in the frontend, or make it optional in {self._spec(feature)} "
                          f"(required: false), {self._then(feature)}.", never)
            elif sometimes:
                self._add(call, "body", "warning", f"sends {name!r} only sometimes",
                          f"{route.label} requires {name!r} (422 when it is left out)",
                          f"always send {name!r}, or make it optional in {self._spec(feature)}, "
                          f"{self._then(feature)}.", sometimes)

    # -- answer -------------------------------------------------------------------------------

    def _check_answer(self, call: FrontendCall, route: Route, reads: set[str], declared: dict[str, bool],
                      feature: str | None) -> None:
        uses_body = call.parses_json or bool(reads)
        if route.status is not None and route.status not in call.expect_status:
            if route.status == 204 and call.parses_json:
                if call.method == "DELETE" and self._api(feature).get("delete_status") == 200:
                    fix = self._stale(feature, "delete_status 200")
                elif call.method == "DELETE":
                    fix = (f"set api.delete_status to 200 in {self._spec(feature)} (it then answers the deleted "
                           f"row), {self._then(feature)}; or do not parse the answer of this call.")
                else:
                    fix = "do not parse the answer of this call in the frontend."
                self._add(call, "status", "error", "parses the answer as JSON",
                          f"{route.label} answers 204 with no body (parsing it throws)", fix)
            else:
                self._add(call, "status", "error", f"accepts {', '.join(map(str, call.expect_status))}",
                          f"{route.label} answers {route.status}",
                          f"accept {route.status} in the frontend.")
            return
        is_array = call.response_is_array if call.returns_body else None
        if route.response is None or not uses_body and is_array is None and not declared:
            return
        schema = route.response
        kind = self.schemas.kind(schema)
        if kind in ("any", "scalar"):
            return
        wants_object = is_array is False or bool(reads)
        wants_array = is_array is True and not reads
        if kind == "array" and wants_object:
            shown = sorted(reads) or sorted(declared)
            self._add(call, "response", "error",
                      f"reads the answer as an object ({', '.join('.' + k for k in shown[:6])})"
                      + (f", type {call.response_type}" if call.response_type else ""),
                      f"{route.label} answers a bare JSON array"
                      + (" (the total is in the X-Total-Count header)" if route.method == "GET" else ""),
                      self._envelope_fix(route, set(shown), feature))
            return
        if kind == "object" and wants_array:
            props = self.schemas.props(schema) or {}
            arrays = [k for k, v in props.items() if self.schemas.kind(v) == "array"]
            where = arrays[0] if len(arrays) == 1 else "items"
            list_route = route.method == "GET" and route.segments[-1:] == [self._plural(feature)]
            fix = (f"set api.list.response.shape to 'array' in {self._spec(feature)}, {self._then(feature)}; or "
                   f"read `.{where}` of the answer in the frontend." if list_route
                   else f"read `.{where}` of the answer in the frontend.")
            self._add(call, "response", "error",
                      "reads the answer as a JSON array" + (f" ({call.response_type})" if call.response_type else ""),
                      f"{route.label} answers an object with keys {', '.join(sorted(props))}", fix)
            return
        if kind == "object":
            props = self.schemas.props(schema)
            if props is None:
                return
            wanted = sorted(reads | {k for k, required in declared.items() if required})
            missing = [k for k in wanted if k not in props]
            if missing:
                self._missing_keys(call, route, missing, props, reads, feature, item=False)
        elif kind == "array":
            props = self.schemas.props(self.schemas.item(schema))
            if props is None:
                return
            missing = [k for k, required in declared.items() if required and k not in props]
            if missing:
                self._missing_keys(call, route, missing, props, reads, feature, item=True)

    def _plural(self, feature: str | None) -> str:
        data = self.features.get(feature or "", {})
        return data.get("plural") or (feature + "s" if feature else "")

    def _missing_keys(self, call: FrontendCall, route: Route, missing: list[str], props: dict[str, Any],
                      reads: set[str], feature: str | None, *, item: bool) -> None:
        where = "each item of the answer" if item else "the answer"
        camel = [k for k in missing if _other_casing(k, props) == _snake(k)]
        keyed = {k: alt for k in missing if (alt := _other_casing(k, props))}
        if camel and len(camel) == len(missing) and all(_camel(_snake(k)) == k for k in camel):
            fix = f"set api.casing to 'camel' in {self._spec(feature)}, {self._then(feature)}."
        elif len(keyed) == len(missing):  # `PRODUCT_NAME`, `homepageURL`: keys no casing gives
            fix = ("give each field the key the frontend reads as its json_key ("
                   + ", ".join(f"{_snake(alt)}: {k!r}" for k, alt in keyed.items()) + f") in {self._spec(feature)}, "
                   f"{self._then(feature)}.")
        elif not item and any(self.schemas.kind(v) == "array" for v in props.values()):
            arrays = [k for k, v in props.items() if self.schemas.kind(v) == "array"]
            fix = (f"the backend holds the list under {arrays[0]!r}: set api.list.response (items_key, total_key, "
                   f"counts) in {self._spec(feature)} to the keys the frontend reads, {self._then(feature)}.")
        elif all(k in self._fields(feature) for k in missing):
            fix = self._stale(feature, f"the field{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
        else:
            fields = [k for k in missing if _other_casing(k, props) is None]
            fix = (f"add field{'s' if len(fields) > 1 else ''} {', '.join(fields)} to {self._spec(feature)}, "
                   f"{self._then(feature)} and {hints.name('generate_migration')}; or stop reading "
                   f"{'them' if len(fields) > 1 else 'it'} in the frontend." if fields
                   else f"read the keys as the backend names them ({', '.join(sorted(props))}).")
        source = "reads" if set(missing) & reads else "its type declares"
        self._add(call, "response", "error", f"{source} {', '.join(missing)} on {where}",
                  f"{route.label} answers {'items with ' if item else ''}keys {', '.join(sorted(props))}", fix)

    def _envelope_fix(self, route: Route, keys: set[str], feature: str | None) -> str:
        list_route = route.method == "GET" and route.segments[-1:] == [self._plural(feature)]
        if not list_route:
            return "read the answer as an array in the frontend."
        if (self._api(feature).get("list") or {}).get("response", {}).get("shape") == "object":
            return self._stale(feature, "the list inside an object (api.list.response)")
        plural = self._plural(feature)
        items = next((k for k in (plural, *LIST_KEYS) if k in keys), None)
        shape: dict[str, Any] = {"shape": "object", "items_key": items or "items"}
        rest = sorted(keys - {items})
        total = next((k for k in rest if k in ("total", "count", "total_count", "totalCount")), None)
        shape["total_key"] = total
        counts = [k for k in rest if k != total]
        extra = (f" and describe {', '.join(counts)} in api.list.response.counts" if counts else "")
        return (f"set api.list.response to {json.dumps(shape)}{extra} in {self._spec(feature)}, "
                f"{self._then(feature)}.")

    # -- error body ---------------------------------------------------------------------------

    def _check_error_key(self, call: FrontendCall, feature: str | None, route: Route | None = None) -> None:
        key = call.error_key
        if not key:
            return
        if key in self._error_keys:
            self._error_keys[key].callers.append(f"{call.file}:{call.line}")
            return
        # The answer of the feature's own routes (their route class may shape errors), else the app's.
        validation = self.validation
        if route is not None:
            owners = [p for p in self.route_errors if _under(route.path, p)]
            if owners:
                validation = self.route_errors[max(owners, key=len)]
        invalid = validation.get("body") if isinstance(validation.get("body"), dict) else None
        other = self.http_error.get("body") if isinstance(self.http_error.get("body"), dict) else None
        if invalid is None and other is None:
            return
        problem = None
        if invalid is not None and not isinstance(invalid.get(key), str):
            value = invalid.get(key)
            shown = "absent" if key not in invalid else f"a {type(value).__name__}" if value is not None else "null"
            problem = (f"answers invalid input ({validation.get('status')}) with {key!r} {shown} "
                       f"(keys: {', '.join(sorted(invalid))})")
        elif other is not None and not isinstance(other.get(key), str):
            problem = f"answers errors such as 404 without a text {key!r} (keys: {', '.join(sorted(other))})"
        if problem is None:
            return
        style = (self._api(feature).get("errors") or {}).get("style")
        if key == "detail" and style == "detail_text" or key != "detail" and style == "custom":
            fix = self._stale(feature, f"the error style {style!r}")
        elif key == "detail":
            fix = (f"set api.errors.style to 'detail_text' in {self._spec(feature)} (detail is then always one "
                   f"readable string), {self._then(feature)}.")
        else:
            fix = (f"set api.errors to {{\"style\": \"custom\", \"body\": {{{json.dumps(key)}: \"{{message}}\"}}}} "
                   f"in {self._spec(feature)}, {self._then(feature)}.")
        self._error_keys[key] = self._add(call, "error_body", "warning",
                                          f"shows the error body's {key!r} as a message", problem, fix)


def _under(path: str, prefix: str) -> bool:
    """`path` starts with the collection path `prefix` (placeholder names aside)."""
    a, b = _segments(path), _segments(prefix)
    return len(a) >= len(b) and all(x == y or _is_param(x) and _is_param(y) for x, y in zip(a, b, strict=False))


def _prefix_of(collection: str) -> str:
    segs = _segments(collection)
    return "/" + "/".join("{user_id}" if _is_param(s) else s for s in segs)


def check_calls(scan: FrontendScan, probe: dict[str, Any], features: dict[str, dict[str, Any]],
                backend_dir: str) -> tuple[list[ContractCall], list[Mismatch], list[Mismatch], int]:
    checker = Checker(probe, features, backend_dir)
    checker.prepare(scan.calls)
    calls = [checker.check(call) for call in scan.calls]
    return calls, checker.mismatches, checker.warnings, len(checker.routes)
