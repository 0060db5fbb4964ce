"""The API contract of a feature, read from its API spec and from the frontend's own calls.

    derive(root, spec, texts, files) -> Contract(spec, diagnostics, unsupported, sources)

The API spec (parameter tables and bullets, JSON examples, status lines, error examples) and the
frontend (its backend calls, read with tree-sitter by `backend_builder.contract`) both say what
the routes should look like. Where they disagree the frontend wins, because it is what runs, and
a diagnostic names both sides with file:line. What neither FeatureSpec nor its `api` part can
express goes into `unsupported` with file:line, never silently dropped. Only parts that differ
from the house contract are written, so a spec without an API section and without a frontend
gets no `api` at all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backend_builder.spec.action_words import action_name, flips_a_state, undoes
from backend_builder.spec.extract.document import parse
from backend_builder.spec.extract.raw import snake
from backend_builder.spec.model import ADDED_COLUMNS, FeatureSpec, default_plural

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
LIMIT_NAMES = {"limit", "page_size", "per_page", "size", "take", "max_results", "limit_per_page", "items_per_page"}
OFFSET_NAMES = {"offset", "skip", "start"}
PAGE_NAMES = {"page", "page_number", "page_no", "page_num"}
SORT_NAMES = {"sort", "sort_by", "order_by", "ordering", "sort_field", "sort_key", "orderby", "sortby"}
ORDER_NAMES = {"order", "direction", "dir", "sort_order", "sort_dir", "sort_direction", "order_dir"}
SEARCH_NAMES = {"search", "q", "query", "keyword", "keywords", "term", "search_query", "search_term", "text"}
LIST_KEYS = ("items", "data", "results", "records", "rows", "list", "entries", "content")
TOTAL_KEYS = ("total", "count", "total_count", "total_items", "totalcount", "totalitems")
NULL_WORDS = {"all", "any", "both", "everything", "none_filter"}
TRUE_WORDS = {"true", "1", "yes"}
FALSE_WORDS = {"false", "0", "no"}
DONE_WORDS = {"completed", "complete", "done", "finished", "closed", "resolved"}
OPEN_WORDS = {"pending", "incomplete", "active", "open", "todo", "uncompleted", "not_completed", "notcompleted",
              "undone", "remaining", "unfinished", "in_progress", "not_done", "outstanding"}
STATUS_PARAMS = {"status", "state", "filter", "status_filter", "completion", "show", "view", "tab", "completed_filter",
                 "filter_status", "completion_status", "task_status"}
SORT_ALIASES = {"created": "created_at", "date_created": "created_at", "creation": "created_at", "date": "created_at",
                "updated": "updated_at", "modified": "updated_at", "date_updated": "updated_at", "due": "due_date"}
SERVER_KEYS = set(ADDED_COLUMNS)
CONVERTER = re.compile(r"snake_?to_?camel|to_?camel_?case|camelize|camelcase_?keys|keys_?to_?camel|"
                       r"replace\(/_\(?\[a-z\]\)?/g", re.IGNORECASE)
JSON_BLOCK_LANGS = ("json", "", "jsonc", "javascript", "js", "ts", "typescript")
INT_NAMES = re.compile(r"(^|_)(count|order|position|rank|index|level|minutes|hours|days|seconds|number|num|qty|"
                       r"quantity|sort_order|points|score_int)$")


@dataclass
class Contract:
    spec: dict[str, Any]
    diagnostics: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    sources: list[tuple[str, str, int]] = field(default_factory=list)  # (part, file, line)


@dataclass
class Where:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class Param:
    """A query parameter as the spec documents it."""

    name: str
    where: Where
    values: list[str] = field(default_factory=list)
    default: str | None = None
    maximum: int | None = None


@dataclass
class SpecSide:
    collection: tuple[str, Where] | None = None
    params: dict[str, Param] = field(default_factory=dict)
    example_values: dict[str, list[tuple[str, Where]]] = field(default_factory=dict)
    list_example: tuple[Any, Where] | None = None
    create_status: tuple[int, Where] | None = None
    delete_status: tuple[int, Where] | None = None
    error_body: tuple[dict[str, Any], int, Where] | None = None
    item_wrapped: tuple[str, Where] | None = None
    actions: list[tuple[str, str, Where]] = field(default_factory=list)  # (method, last segment, where)
    # routes of the collection no FeatureSpec part generates: `POST /api/reservations/create-admin-reservation`
    unserved: list[tuple[str, str, Where]] = field(default_factory=list)  # (method, route, where)


# -- small helpers -----------------------------------------------------------------------------------


def _norm_param(name: str) -> str:
    return snake(name).replace("-", "_")


def _placeholders(path: str) -> str:
    """`:id`, `<id>`, `${id}` -> `{id}`; a trailing slash kept."""
    path = re.sub(r"\$\{([^}]*)\}", r"{\1}", path)
    path = re.sub(r"/:([A-Za-z_]\w*)", r"/{\1}", path)
    return re.sub(r"/<(?:\w+:)?(\w+)>", r"/{\1}", path)


def _split_collection(path: str, route: str) -> tuple[str, str] | None:
    """('/api/{user_id}/tasks', '/{id}/complete') for a path under the collection `route`."""
    clean = _placeholders(path.split("?")[0])
    segments = clean.split("/")
    for i in range(len(segments) - 1, 0, -1):
        if segments[i] == route or segments[i] == route.replace("-", "_"):
            head = "/".join(segments[: i + 1])
            tail = "/".join(segments[i + 1:])
            return head, ("/" + tail if tail else "")
    return None


def _user_path(collection: str) -> tuple[str | None, str | None]:
    """The collection path with its one placeholder named {user_id}; or a reason it cannot be served."""
    segments = collection.split("/")
    holes = [s for s in segments if s.startswith("{")]
    if len(holes) > 1:
        return None, f"the collection path {collection} holds {len(holes)} placeholders; only {{user_id}} can be served"
    out = "/".join("{user_id}" if s.startswith("{") else s for s in segments)
    return out, None


def _bool_fields(spec: dict[str, Any]) -> list[str]:
    return [f["name"] for f in spec["fields"] if f.get("type") == "bool"]


def _is_done_field(name: str) -> bool:
    return bool(re.search(r"complet|done|finish|resolved|closed", name))


def _what_each_sets(actions: dict[str, str], present: set[str], names: set[str]) -> dict[str, bool]:
    """Where two actions change one field, the one that undoes the other sets false, the other true."""
    out: dict[str, bool] = {}
    for action in sorted(present):
        undone = undoes(action, names)
        if undone and undone in actions and actions.get(action) == actions[undone]:
            out[undone], out[action] = True, False
    for column in set(actions.values()):  # others over the same field: one may toggle, the rest set true
        toggles = [a for a in actions if actions[a] == column and a not in out]
        if len(toggles) > 1:
            keep = next((a for a in toggles if a.startswith("toggle")), None)
            out.update({a: True for a in toggles if a != keep})
    return out


def _status_target(spec: dict[str, Any]) -> str | None:
    bools = _bool_fields(spec)
    done = [b for b in bools if _is_done_field(b)]
    if done:
        return done[0]
    return bools[0] if len(bools) == 1 else None


def _bool_word(word: str, target: str) -> tuple[bool, Any]:
    """(known, value) of a filter word for the bool field `target`: True/False, or None for no condition."""
    w = _norm_param(word)
    stem = target.removeprefix("is_").removeprefix("has_")
    root = re.sub(r"(ed|d)$", "", stem)
    if w in NULL_WORDS:
        return True, None
    if w in TRUE_WORDS or w in (target, stem) or (len(root) > 3 and w == root):
        return True, True
    if w in FALSE_WORDS or w in (f"not_{stem}", f"un{stem}", f"in{stem}", f"non_{stem}"):
        return True, False
    if _is_done_field(target):
        if w in DONE_WORDS:
            return True, True
        if w in OPEN_WORDS:
            return True, False
    return False, None


def _sort_column(value: str, sortable: set[str]) -> str | None:
    key = _norm_param(value.lstrip("-+"))
    if key in sortable:
        return key
    alias = SORT_ALIASES.get(key)
    if alias in sortable:
        return alias
    prefixed = [c for c in sortable if c.startswith(key + "_") and len(key) >= 3]
    return prefixed[0] if len(prefixed) == 1 else None


def _keys(items: list[str] | None) -> list[str]:
    return [k.rstrip("?") for k in items or []]


# -- the API spec ------------------------------------------------------------------------------------


def _route_in_spec(endpoint_lines: list[tuple[str, int, str, str]], route: str) -> str:
    """The collection segment the API spec uses: the plural itself, else a part of a two-word one
    (job-applications served at /applications, inventory-items at /inventory, daily-checkins at /checkins)."""
    words = route.split("-")
    candidates = [route] + ([words[-1], "-".join(words[1:]), words[0]] if len(words) > 1 else [])
    for candidate in dict.fromkeys(candidates):
        if any(_split_collection(re.sub(r"^https?://[^/]+", "", rt), candidate) for *_, rt in endpoint_lines):
            return candidate
    return route


BASE_LINE = re.compile(r"\bbase[ _-]?(url|path|uri|endpoint)\b|\bapi[ _-]?prefix\b|\b(are|is) prefixed with\b|"
                       r"^servers\s*:", re.IGNORECASE)  # servers: is OpenAPI's
API_PREFIX = re.compile(r"(/(api|apis|rest|v\d+(\.\d+)?))+")


def base_prefix(text: str) -> tuple[str, int] | None:
    """The path part of a declared base URL ('Base URL: https://x.com/api/v1', 'prefixed with `/api`') and its line:
    only an API prefix (/api, /v1, /rest/v1), not a deployment stage (/dev) nor a collection (/tickets)."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if not BASE_LINE.search(line):
            continue
        window = [line] + [ln for ln in lines[number + 1: number + 6] if ln.strip() and not ln.strip().startswith("```")][:2]
        for offset, candidate in enumerate(window):
            if offset and re.match(r"^\s*#", candidate):
                break
            found = re.search(r"(?:https?://[^/\s`'\"<>)]+|`|\s|^)(/[A-Za-z0-9_./-]*)", candidate.split("base", 1)[-1]
                              if offset == 0 else candidate)
            if found:
                path = found.group(1).rstrip("/.")
                prefix = API_PREFIX.match(path)
                if prefix and prefix.group(0) == path:
                    return path, number + 1 + offset
    return None


def read_spec_side(texts: dict[str, str], files: list[str], route: str, endpoint_lines: list[tuple[str, int, str, str]]
                   ) -> SpecSide:
    side = SpecSide()
    route = _route_in_spec(endpoint_lines, route)
    collections: dict[str, list[Where]] = {}
    sections: dict[tuple[str, str], tuple[str, int, int]] = {}  # (method, tail) -> (file, start, end)
    by_file: dict[str, list[tuple[int, str, str]]] = {}
    for path, line, method, rt in endpoint_lines:
        by_file.setdefault(path, []).append((line, method, rt))
    for path, entries in by_file.items():
        entries.sort()
        total = len(texts[path].splitlines()) + 1
        for i, (line, method, rt) in enumerate(entries):
            split = _split_collection(re.sub(r"^https?://[^/]+", "", rt), route)
            if split is None:
                continue
            head, tail = split
            collections.setdefault(head.rstrip("/"), []).append(Where(path, line))
            end = next((ln for ln, _m, _r in entries[i + 1:] if ln > line), total)
            key = (method, re.sub(r"\{[^}]*\}", "{}", tail.rstrip("/")))
            if key not in sections:
                sections[key] = (path, line, end)
            if method in ("PATCH", "POST", "PUT") and re.fullmatch(r"/\{[^}]*\}/[A-Za-z][\w-]*", tail.rstrip("/")):
                side.actions.append((method, tail.rstrip("/").rsplit("/", 1)[-1], Where(path, line)))
            elif not (key[1] == "" and method in ("GET", "POST") or key[1] == "/{}" and method in ("GET", "PUT", "PATCH", "DELETE")
                      or key[1] in ("/stats", "/statistics", "/search") and method == "GET"):
                side.unserved.append((method, rt, Where(path, line)))
    if collections:
        best = max(collections, key=lambda c: (len(collections[c]), -len(c)))
        where = collections[best][0]
        base = base_prefix(texts.get(where.file, ""))
        if base and not (best + "/").startswith(base[0] + "/"):
            # "Base URL: https://api.example.com/v1" with routes written as /{user_id}/tasks: served at /v1/...
            best, where = base[0] + best, Where(where.file, base[1])
        side.collection = (best, where)
    docs = {path: parse(path, texts[path]) for path in files if path.endswith(".md") and path in texts}
    if ("GET", "") in sections:
        path, start, end = sections[("GET", "")]
        if path in docs:
            _read_params(docs[path], start, end, side)
            example = _first_json(docs[path], start, end, after_word="response")
            if example is not None:
                side.list_example = example
    if ("POST", "") in sections:
        found = _status_in(texts, sections[("POST", "")])
        if found:
            side.create_status = found
        path, start, end = sections[("POST", "")]
        if path in docs:
            wrapped = _wrapped_object(docs[path], start, end)
            if wrapped:
                side.item_wrapped = wrapped
    if ("DELETE", "/{}") in sections:
        found = _status_in(texts, sections[("DELETE", "/{}")])
        if found:
            side.delete_status = found
    for path in files:
        for number, line in enumerate(texts.get(path, "").splitlines(), 1):
            for name, value in re.findall(r"[?&]([A-Za-z_][\w.-]*)=([\w.\-]+)", line):
                side.example_values.setdefault(_norm_param(name), []).append((value, Where(path, number)))
    side.error_body = _error_example(docs)
    return side


def _read_params(doc: Any, start: int, end: int, side: SpecSide) -> None:
    for table in doc.tables:
        if not start <= table.line < end:
            continue
        header = [re.sub(r"[*`_]", "", h).strip().lower() for h in table.header]
        if not header or not re.match(r"(query )?(param|parameter|name|field|key)", header[0]):
            continue
        if not any("param" in h for h in header) and not any("query" in " ".join(table.headings).lower() for _ in [0]):
            continue
        for line, cells in table.rows:
            name = re.sub(r"[`*]", "", cells[0]).strip()
            if not re.fullmatch(r"[A-Za-z_][\w.-]*", name) or _norm_param(name) in ("user_id", "id"):
                continue
            param = Param(_norm_param(name), Where(doc.path, line))
            for h, cell in zip(header[1:], cells[1:], strict=False):
                if h.startswith("default"):
                    value = _quoted(cell) or [cell.strip().strip("`\"'")]
                    param.default = value[0] if value and value[0] not in ("", "-", "—", "none") else None
                elif h.startswith(("option", "value", "allowed", "enum", "choice")):
                    param.values += _quoted(cell) or _bare_values(cell)
                    param.maximum = param.maximum or _maximum(cell)
                else:
                    param.values += _quoted(cell)
                    param.maximum = param.maximum or _maximum(cell)
            side.params.setdefault(param.name, param)
    lines = doc.text.splitlines()
    for is_paragraph, item in [*((False, i) for i in doc.items), *((True, p) for p in doc.paragraphs)]:
        if not start <= item.line < end:
            continue
        if getattr(item, "depth", 0) > 1:
            continue  # a nested bullet describes its parent's values
        intro = _intro(lines, item.line, item.headings)
        if re.search(r"path|header|body|response|request", intro) and "query" not in intro:
            continue
        for number, raw in enumerate(item.text.splitlines()):
            text = raw.strip()
            query_line = re.match(r"(?i)query(?: params| parameters)?\s*:\s*(.+)", text)
            if query_line:
                text = query_line.group(1)
            elif is_paragraph or ("query" not in intro and not re.search(r"[\"'`][^\"'`]+[\"'`]\s*\|", text)):
                continue
            match = re.match(r"^[`*]*([A-Za-z_][\w.-]*)[`*]*\s*(\(([^)]*)\))?\s*[:\-–—]?\s*(.*)$", text)
            if not match:
                continue
            name, paren, rest = match.group(1), match.group(3) or "", match.group(4) or ""
            if name.lower() in ("query", "params", "parameters", "response", "body", "request", "headers", "user_id",
                                "userid", "id", "example", "note", "authorization"):
                continue
            param = Param(_norm_param(name), Where(doc.path, item.line + number))
            whole = f"{paren} ; {rest}"
            default = re.search(r"default(?:s to)?\s*[:=]?\s*[`\"']?([\w.\-]+)", whole, re.IGNORECASE)
            if default:
                param.default = default.group(1)
            values = _quoted(re.sub(r"default\s*[:=]?\s*[`\"'][^`\"']*[`\"']", "", whole, flags=re.IGNORECASE))
            if not values:
                listed = re.search(r"\(([^()]*[,/|][^()]*)\)", rest) or (re.search(r"^([\w-]+(\s*[,/|]\s*[\w-]+)+)$", paren)
                                                                         and re.match(r"(.*)", paren))
                if listed:
                    values = _bare_values(listed.group(1))
            param.values = [v for v in values if v.lower() not in ("string", "integer", "int", "boolean", "optional",
                                                                    "required", "number")]
            param.maximum = _maximum(whole)
            side.params.setdefault(param.name, param)


def _intro(lines: list[str], line: int, headings: list[str]) -> str:
    """What introduces a list item: the nearest line above it that is not an item, else its heading."""
    for number in range(line - 2, max(-1, line - 40), -1):
        text = lines[number].strip()
        if not text or re.match(r"([-*+]|\d+[.)])\s", text) or lines[number].startswith((" ", "\t")):
            continue
        return text.lower()
    return (headings[-1] if headings else "").lower()


def _quoted(text: str) -> list[str]:
    return [a or b or c for a, b, c in re.findall(r"\"([^\"]{1,60})\"|'([^']{1,60})'|`([^`]{1,60})`", text)
            if re.fullmatch(r"[\w.\-]+", a or b or c)]


def _bare_values(text: str) -> list[str]:
    parts = [p.strip().strip("`\"'") for p in re.split(r"[,/|]| or ", text)]
    return [p for p in parts if re.fullmatch(r"-?[A-Za-z_][\w.\-]*|\d+", p) and len(p) < 40]


def _maximum(text: str) -> int | None:
    match = re.search(r"\bmax(?:imum)?\s*[:=]?\s*(\d+)", text, re.IGNORECASE) or re.search(r"\b1\s*[-–]\s*(\d+)\b", text)
    return int(match.group(1)) if match else None


def _first_json(doc: Any, start: int, end: int, after_word: str) -> tuple[Any, Where] | None:
    lines = doc.text.splitlines()
    for code in doc.code:
        if not start <= code.line < end or code.lang not in JSON_BLOCK_LANGS:
            continue
        before = " ".join(lines[max(0, code.line - 5): code.line - 1]).lower()
        if after_word not in before and not any(after_word in h.lower() for h in code.headings):
            continue
        value = _loads(code.text)
        if value is not None:
            return value, Where(doc.path, code.line)
    return None


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        cleaned = re.sub(r"//[^\n]*", "", text)
        cleaned = re.sub(r",\s*([}\]])", r"\1", cleaned)
        try:
            return json.loads(cleaned)
        except ValueError:
            return None


def _status_in(texts: dict[str, str], section: tuple[str, int, int]) -> tuple[int, Where] | None:
    path, start, end = section
    lines = texts[path].splitlines()
    for number in range(start, min(end, len(lines) + 1)):
        line = lines[number - 1]
        if re.search(r"(?i)response|status|returns?", line):
            match = re.search(r"\b(20[0-4])\b", line)
            if match:
                return int(match.group(1)), Where(path, number)
    return None


def _wrapped_object(doc: Any, start: int, end: int) -> tuple[str, Where] | None:
    """The spec answers a single object inside an envelope ({data: {...}}, {success, data})."""
    found = _first_json(doc, start, end, after_word="response")
    if found is None or not isinstance(found[0], dict):
        return None
    value, where = found
    inner = [k for k, v in value.items() if isinstance(v, dict) and "id" in v]
    if inner and "id" not in value:
        return inner[0], where
    return None


def _error_example(docs: dict[str, Any]) -> tuple[dict[str, Any], int, Where] | None:
    """The documented body of an invalid-input answer (400/422), the best-labelled example first."""
    found: list[tuple[int, dict[str, Any], int, Where]] = []
    for doc in docs.values():
        lines = doc.text.splitlines()
        for code in doc.code:
            if code.lang not in JSON_BLOCK_LANGS:
                continue
            value = _loads(code.text)
            if not isinstance(value, dict) or not value:
                continue
            if not any(k in value for k in ("detail", "message", "error", "msg", "errors")):
                continue
            before = " ".join([*lines[max(0, code.line - 4): code.line - 1], *code.headings[-1:]])
            status = re.search(r"\b(400|422)\b", before)
            if status is None and not re.search(r"(?i)error (response|format|model)|validation|bad request", before):
                continue
            score = 2 * (status is not None) + ("field" in value) + ("validation" in before.lower())
            found.append((score, value, int(status.group(1)) if status else 422, Where(doc.path, code.line)))
    if not found:
        return None
    score, value, status, where = max(found, key=lambda f: f[0])
    return value, status, where


# -- the frontend ------------------------------------------------------------------------------------


@dataclass
class Routed:
    call: Any  # FrontendCall
    tail: str  # '' (collection), '/{}' (item), '/{}/complete', '/stats', ...

    @property
    def where(self) -> Where:
        return Where(self.call.file, self.call.line)


@dataclass
class FrontSide:
    collection: str
    where: Where
    calls: list[Routed]
    elsewhere: list[Routed]
    trailing: Where | None = None
    literals: set[str] = field(default_factory=set)
    types: dict[str, tuple[str, Where]] = field(default_factory=dict)  # property -> (TS type text, where)
    converter: Where | None = None

    def of(self, method: str, tail: str) -> list[Routed]:
        return [r for r in self.calls if r.call.method == method and r.tail == tail]


def read_front_side(root: Path, route: str, class_name: str) -> FrontSide | None:
    from backend_builder.contract import scan_frontend

    scan = scan_frontend(str(root))
    heads: dict[str, list[Routed]] = {}
    for call in scan.calls:
        if call.kind != "api":
            continue
        split = _split_collection(call.path, route)
        if split is None:
            continue
        head, tail = split
        tail = re.sub(r"\{[^}]*\}", "{}", tail)
        heads.setdefault(head.rstrip("/") if head != "/" else head, []).append(Routed(call, tail))
    if not heads:
        return None
    best = max(heads, key=lambda h: (len(heads[h]), any(r.call.method == "POST" for r in heads[h]), -len(h)))
    calls = heads[best]
    first = min(calls, key=lambda r: (r.tail != "", r.call.file, r.call.line))
    side = FrontSide(best, first.where, calls, [r for h, rs in heads.items() if h != best for r in rs])
    slashed = [r for r in calls if r.tail == "" and r.call.path.split("?")[0].endswith("/")]
    if slashed:
        side.trailing = slashed[0].where
    _read_sources(root, side, class_name)
    return side


def _read_sources(root: Path, side: FrontSide, class_name: str) -> None:
    """String literals of the files around the calls, the entity's declared property types, key converters."""
    from backend_builder.contract._project import Project, string_value, text, walk

    project = Project(str(root))
    related: list[str] = []
    for routed in side.calls:
        for file in [routed.call.file, *(c.file for c in routed.call.callers)]:
            if file not in related:
                related.append(file)
    for rel in list(related):
        sf = project.parse(rel)
        if sf is None:
            continue
        for spec_name, _imported in sf.imports.values():
            target = project.resolve_import(spec_name, rel)
            if target and target not in related and len(related) < 60:
                related.append(target)
    for rel in related:
        sf = project.parse(rel)
        raw = project.raw(rel) or b""
        if sf is None:
            continue
        if side.converter is None and CONVERTER.search(raw.decode("utf-8", "replace")):
            line = next((i for i, ln in enumerate(raw.decode("utf-8", "replace").splitlines(), 1) if CONVERTER.search(ln)), 1)
            side.converter = Where(rel, line)
        for n in walk(sf.root):
            if n.type in ("string", "template_string"):
                value = string_value(n)
                if value and len(value) <= 40 and re.fullmatch(r"-?[a-z][A-Za-z0-9_.\-]*", value):
                    side.literals.add(value)
    entity_words = {class_name.lower(), snake(class_name)}
    candidates: list[tuple[int, str, Any]] = []
    for rel in project.files:
        raw = project.raw(rel)
        if raw is None or (b"interface" not in raw and b"type " not in raw):
            continue
        sf = project.parse(rel)
        if sf is None:
            continue
        for n in walk(sf.root):
            if n.type not in ("interface_declaration", "type_alias_declaration"):
                continue
            name = text(n.child_by_field_name("name"))
            words = {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)}
            rank = 0 if name.lower() in entity_words else 1 if words & entity_words else 2
            candidates.append((rank, rel, n))
    candidates.sort(key=lambda c: c[0])
    for rank, rel, decl in candidates:
        for n in walk(decl):
            if n.type != "property_signature":
                continue
            key = text(n.child_by_field_name("name")).strip("'\"")
            annotation = n.child_by_field_name("type")
            if not key or annotation is None or (key in side.types and rank >= 2):
                continue
            if key not in side.types:
                side.types[key] = (text(annotation).lstrip(":").strip(), Where(rel, n.start_point[0] + 1))


def _ts_field(name: str, ts: str) -> dict[str, Any]:
    """A FeatureSpec field for a key the frontend declares as `ts` (optional: the backend never required it)."""
    t = re.sub(r"\s*\|\s*(null|undefined)\b", "", ts).strip()
    t = re.sub(r"^(null|undefined)\s*\|\s*", "", t).strip()
    out: dict[str, Any] = {"name": name, "required": False}
    literals = re.findall(r"""^\s*['"]([^'"]+)['"]\s*$""", t) or None
    union = [p.strip() for p in t.split("|")]
    if len(union) > 1 and all(re.fullmatch(r"""['"][^'"]+['"]""", p) for p in union):
        out.update(type="enum", enum_values=[p[1:-1] for p in union])
    elif literals:
        out.update(type="enum", enum_values=literals)
    elif t in ("boolean", "bool"):
        out["type"] = "bool"
    elif t in ("number", "bigint"):
        out["type"] = "int" if INT_NAMES.search(name) or name.endswith("_id") else "float"
    elif t == "Date":
        out["type"] = "datetime"
    elif re.fullmatch(r"string\[\]|Array<string>|readonly string\[\]", t):
        out["type"] = "list[str]"
    elif t.endswith("[]") or t.startswith(("Array<", "Record<", "{")) or t in ("object", "any", "unknown"):
        out["type"] = "json"
    else:
        out["type"] = "str"
    return out


# -- deriving the api part ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, spec: dict[str, Any], spec_side: SpecSide, front: FrontSide | None) -> None:
        self.spec = spec
        self.s = spec_side
        self.f = front
        self.diagnostics: list[str] = []
        self.unsupported: list[str] = []
        self.sources: list[tuple[str, str, int]] = []
        self.api: dict[str, Any] = {}
        self.list: dict[str, Any] = {}
        self.route = (spec.get("plural") or default_plural(spec["name"])).replace("_", "-")

    # fields ----------------------------------------------------------------------------------------

    @property
    def names(self) -> dict[str, dict[str, Any]]:
        return {f["name"]: f for f in self.spec["fields"]}

    def field_keys(self) -> None:
        """Keys the frontend sends or reads that the spec lacks become optional fields."""
        if self.f is None:
            return
        seen: dict[str, Where] = {}
        envelope = set(self._envelope_keys())
        for r in self.f.calls:
            c = r.call
            keys: list[str] = []
            if c.method in ("POST", "PUT", "PATCH") and r.tail in ("", "/{}"):
                keys += _keys(c.body_keys)
                for caller in c.callers:
                    keys += _keys(caller.body_keys)
            if r.tail == "/{}" or (r.tail == "" and c.method == "POST") or c.response_is_array:
                keys += _keys(c.response_keys)
            for key in keys:
                if key not in envelope or r.tail != "":
                    seen.setdefault(key, Where(c.file, c.line))
        for key, where in seen.items():
            name = snake(key)
            if name in SERVER_KEYS or name in self.names or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                if name in SERVER_KEYS and any(key in _keys(r.call.body_keys) for r in self.f.calls
                                               if r.call.method in ("POST", "PUT", "PATCH")):
                    self.diagnostics.append(f"the frontend sends {key} in a body ({where}); the backend sets it "
                                            "itself, so it is not a field")
                continue
            ts, declared = self.f.types.get(key, ("", where))
            new = _ts_field(name, ts) if ts else {"name": name, "type": "str", "required": False}
            try:
                FeatureSpec.model_validate({"name": "probe", "fields": [new]})
            except Exception:  # noqa: BLE001 - a name FeatureSpec refuses (keyword, reserved)
                self.unsupported.append(f"{where}: the frontend uses the key {key!r}, which cannot be a field name")
                continue
            self.spec["fields"].append(new)
            self.sources.append((f"fields.{name}", declared.file, declared.line))
            typed = f"{new['type']}" + (f" {new['enum_values']}" if new.get("enum_values") else "")
            self.diagnostics.append(
                f"{name}: the frontend uses {key} ({where}) but the spec's table lacks it; added as an optional "
                f"{typed} field" + (f" (declared `{ts}` at {declared})" if ts else " (type not declared; assumed str)"))

    def optional_unsent(self) -> None:
        """A required field the create form never sends becomes optional (a bool gets the default false)."""
        if self.f is None:
            return
        creates = self.f.of("POST", "")
        if not creates or any(r.call.body_open or r.call.body_keys is None for r in creates):
            return
        sent = {snake(k) for r in creates for k in _keys(r.call.body_keys)}
        sent |= {snake(k) for r in creates for c in r.call.callers for k in _keys(c.body_keys)}
        where = creates[0].where
        for f in self.spec["fields"]:
            if f.get("required", True) and f["name"] not in sent and f.get("default") is None:
                f["required"] = False
                if f.get("type") == "bool":
                    f["default"] = False
                self.diagnostics.append(
                    f"{f['name']}: required in the spec, but the frontend's create ({where}) never sends it; made "
                    "optional" + (" with default false" if f.get("type") == "bool" else ""))

    # path ------------------------------------------------------------------------------------------

    def path(self) -> None:
        chosen: str | None = None
        spec_path = self.s.collection
        if self.f is not None:
            chosen, problem = _user_path(self.f.collection)
            if problem:
                self.unsupported.append(f"{self.f.where}: {problem}")
                chosen = None
            if spec_path and chosen and _user_path(spec_path[0])[0] != chosen:
                self.diagnostics.append(
                    f"path: the frontend calls {self.f.collection} ({self.f.where}) but the API spec says "
                    f"{spec_path[0]} ({spec_path[1]}); used the frontend's")
            if self.f.trailing:
                self.diagnostics.append(
                    f"{self.f.trailing}: the frontend calls the collection with a trailing slash "
                    f"({self.f.collection}/); the generated list and create routes answer both forms")
            for r in self.f.elsewhere:
                self.unsupported.append(f"{r.where}: the frontend calls {r.call.method} {r.call.path}, outside the "
                                        f"collection {self.f.collection}; not served")
            where = self.f.where
        elif spec_path:
            chosen, problem = _user_path(spec_path[0])
            if problem:
                self.unsupported.append(f"{spec_path[1]}: {problem}")
                chosen = None
            where = spec_path[1]
        if chosen and chosen != f"/api/{{user_id}}/{self.route}":
            self.api["path"] = chosen
            self.sources.append(("api.path", where.file, where.line))

    # actions and sub-routes ------------------------------------------------------------------------

    def actions(self) -> None:
        said = {}  # (the first line that lists each route)
        for method, route, where in self.s.unserved if self.f is None else ():
            said.setdefault((method, route), where)
        for (method, route), where in said.items():
            # (with a frontend, what it calls decides, and what it calls that cannot be served is said below)
            self.unsupported.append(f"{where}: the API spec lists {method} {route}, which FeatureSpec cannot express; "
                                    "not served (the generated create, read, update, delete and action routes are)")
        actions: dict[str, str] = self.spec.setdefault("actions", {})
        routes: list[tuple[str, str, Where, bool]] = []  # (method, segment, where, from frontend)
        if self.f is not None:
            for r in self.f.calls:
                if re.fullmatch(r"/\{\}/[A-Za-z][\w-]*", r.tail):
                    if r.call.method in ("PATCH", "POST", "PUT"):
                        routes.append((r.call.method, r.tail.rsplit("/", 1)[-1], r.where, True))
                    else:
                        self.unsupported.append(f"{r.where}: {r.call.method} {r.call.path} is not a route FeatureSpec "
                                                "can generate")
                elif r.tail in ("/stats", "/statistics") and r.call.method == "GET":
                    if not self.spec.get("stats"):
                        self.spec["stats"] = True
                        self.diagnostics.append(f"stats: the frontend calls {r.call.path} ({r.where}); added GET /stats")
                elif r.tail == "/search" and r.call.method == "GET":
                    texts = [f["name"] for f in self.spec["fields"] if f.get("type") in ("str", "text")]
                    if not self.spec.get("search") and texts:
                        self.spec["search"] = texts[:2]
                        self.diagnostics.append(f"search: the frontend calls {r.call.path} ({r.where}); added GET "
                                                f"/search over {', '.join(texts[:2])}")
                elif r.tail not in ("", "/{}"):
                    self.unsupported.append(f"{r.where}: the frontend calls {r.call.method} {r.call.path}, which "
                                            "FeatureSpec cannot express; not served")
                elif r.tail == "" and r.call.method not in ("GET", "POST"):
                    self.unsupported.append(f"{r.where}: {r.call.method} on the collection ({r.call.path}) is not "
                                            "served")
        front_segments = {seg for _m, seg, _w, fr in routes if fr}
        for method, seg, where in self.s.actions:
            if self.f is None or seg in front_segments:
                routes.append((method, seg, where, False))
            elif action_name(seg) in actions:
                self.diagnostics.append(f"{method} .../{{id}}/{seg} ({where}) is in the API spec but the frontend "
                                        "never calls it; kept")
        names = {action_name(seg) for _m, seg, _w, _f in routes} | set(actions)
        api_actions: list[dict[str, Any]] = []
        served: list[tuple[str, str, str, Where]] = []  # (action, method, segment, where)
        for method, seg, where, from_front in routes:
            action = action_name(seg)
            if action in {a for a, *_ in served}:
                continue
            if action not in actions:
                undone = undoes(action, names)
                target = (actions.get(undone) or self._action_target(undone)) if undone else None
                target = target or self._action_target(action)
                if target is None:
                    self.unsupported.append(f"{where}: {method} .../{{id}}/{seg}: no bool field it could toggle")
                    continue
                actions[action] = target
                self.diagnostics.append(f"actions: {'the frontend calls' if from_front else 'the API spec lists'} "
                                        f"{method} .../{{id}}/{seg} ({where}); added action {action} over {target}")
            served.append((action, method, seg, where))
        sets = _what_each_sets(actions, {a for a, *_ in served} | set(actions), names)
        for action, method, seg, where in served:
            entry: dict[str, Any] = {"action": action}
            if method != "PATCH":
                entry["method"] = method
            if seg != action:
                entry["path"] = f"/{{id}}/{seg}"
            if action in sets:
                entry["sets"] = sets.pop(action)
            if len(entry) > 1:
                api_actions.append(entry)
                self.sources.append((f"api.actions.{action}", where.file, where.line))
        api_actions += [{"action": action, "sets": value} for action, value in sets.items()]
        if any("sets" in a for a in api_actions):
            pairs = ", ".join(f"{a['action']} sets {str(a['sets']).lower()}" for a in api_actions if "sets" in a)
            self.diagnostics.append(f"actions: several routes change one field ({pairs}); each sets its value "
                                    "instead of toggling")
        if api_actions:
            self.api["actions"] = api_actions
        if not actions:
            self.spec.pop("actions", None)

    def _list_search(self, name: str, where: Where) -> None:
        """`?search=milk` on the list: a text search over the spec's search fields (its text fields if it has none)."""
        texts = [f["name"] for f in self.spec["fields"] if f.get("type") in ("str", "text")]
        if not self.spec.get("search"):
            if not texts:
                self.unsupported.append(f"{where}: the list takes a search parameter {name!r} but the spec has no "
                                        "text field to search; not served")
                return
            self.spec["search"] = texts[:3]
            self.diagnostics.append(f"search: the list takes {name!r} ({where}); it searches "
                                    f"{', '.join(texts[:3])}")
        self.list["search"] = {"param": name}
        self.sources.append(("api.list.search", where.file, where.line))

    def _action_target(self, action: str) -> str | None:
        bools = _bool_fields(self.spec)
        for b in bools:
            if b.startswith(action[:6]) or action.startswith(b[:6]) or b in (f"is_{action}d", f"{action}d"):
                return b
        if action in ("toggle", "toggle_complete", "toggle_completion", "toggle_status", "complete", "done",
                      "finish", "mark_complete", "mark_done", "completion", "status"):
            target = _status_target(self.spec)
            if target:
                return target
            by_state = next((f["name"] for f in self.spec["fields"] if (f.get("type") == "enum" and DONE_WORDS & {
                str(v).lower() for v in f.get("enum_values") or []}) or f["name"] in ("status", "state")), None)
            if by_state is not None:  # completion is `status = 'completed'` here: a route no bool toggle can serve
                self.diagnostics.append(f"{action}: completion is a value of {by_state} in this spec, not a bool "
                                        "column; the route is not generated (set the status with PUT/PATCH)")
                return None
            if action != "status" and "completed" not in self.names:
                self.spec["fields"].append({"name": "completed", "type": "bool", "required": False, "default": False})
                self.diagnostics.append("completed: added as a bool field (default false) for the frontend's "
                                        f"{action} route")
                return "completed"
        return bools[0] if len(bools) == 1 and flips_a_state(action) else None  # (not `/tags`, `/members`)

    # the list ----------------------------------------------------------------------------------------

    def _list_params(self) -> dict[str, Where]:
        """Query parameters of the list: the frontend's when it calls the list, else the spec's."""
        out: dict[str, Where] = {}
        if self.f is not None and self.f.of("GET", ""):
            for r in self.f.of("GET", ""):
                for key in _keys(r.call.query_keys):
                    out.setdefault(key, r.where)
                for caller in r.call.callers:
                    for key in _keys(caller.query_keys):
                        out.setdefault(key, Where(caller.file, caller.line))
            for key, where in out.items():
                p = _norm_param(key)
                doc = None if p in self.s.params else next(
                    (d for d in self.s.params.values() if self._same_role(d.name, {key: where})), None)
                if doc is not None:
                    self.diagnostics.append(
                        f"list: the frontend sends ?{key}= ({where}) where the API spec documents ?{doc.name}= "
                        f"({doc.where}); used the frontend's name")
            missing = [p.name for p in self.s.params.values()
                       if p.name not in {_norm_param(k) for k in out} and not self._same_role(p.name, out)]
            if missing:
                self.diagnostics.append(
                    f"list: the API spec documents {', '.join(missing)} ({self.s.params[missing[0]].where}) but the "
                    "frontend never sends them; not served (the frontend wins)")
            return out
        return {p.name: p.where for p in self.s.params.values()}

    def _same_role(self, name: str, front: dict[str, Where]) -> bool:
        roles = (LIMIT_NAMES, OFFSET_NAMES, PAGE_NAMES, SORT_NAMES, ORDER_NAMES)
        return any(name in group and any(_norm_param(k) in group for k in front) for group in roles) or (
            self._status_like(name) and any(self._status_like(_norm_param(k)) for k in front))

    def _status_like(self, p: str) -> bool:
        return p in STATUS_PARAMS and p not in self.names

    def _documented(self, p: str, group: set[str] | None = None) -> Param | None:
        if p in self.s.params:
            return self.s.params[p]
        for name, param in self.s.params.items():
            if (group and name in group) or (group is None and self._status_like(p) and self._status_like(name)):
                return param
        return None

    def _evidence(self, p: str, group: set[str] | None = None) -> list[str]:
        values: list[str] = []
        doc = self._documented(p, group)
        if doc is not None:
            values += doc.values + ([doc.default] if doc.default else [])
        for name in [p, *(group or ())]:
            values += [v for v, _w in self.s.example_values.get(name, [])]
        return values

    def list_params(self) -> None:
        params = self._list_params()
        filters: list[dict[str, Any]] = []
        sort: dict[str, Any] = {}
        paging: dict[str, Any] = {}
        sortable = {*self.names, "id", "created_at", "updated_at"}
        for name, where in params.items():
            p = _norm_param(name)
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.\-]{0,62}", name):
                self.unsupported.append(f"{where}: list parameter {name!r} is not a name the backend can take")
            elif p in PAGE_NAMES:
                paging.update(style="page", page_param=name)
            elif p in LIMIT_NAMES:
                paging["limit_param"] = name
                doc = self._documented(p, LIMIT_NAMES)
                if doc is not None:
                    if doc.default and doc.default.isdigit():
                        paging["default_limit"] = int(doc.default)
                    if doc.maximum:
                        paging["max_limit"] = doc.maximum
            elif p in OFFSET_NAMES:
                paging.setdefault("style", "offset")
                paging["offset_param"] = name
            elif p in SORT_NAMES:
                sort["param"] = name
            elif p in ORDER_NAMES:
                sort["order_param"] = name
            elif p in self.names and self.names[p].get("type") != "bool":
                self._field_filter(name, p, where, filters)
            elif p in self.names or self._status_like(p) or self._maps_to_bool(p):
                self._mapped_filter(name, p, where, filters)
            elif p in SEARCH_NAMES:
                self._list_search(name, where)
            else:
                self.unsupported.append(f"{where}: list parameter {name!r} matches no field of the spec; not served")
        if filters:
            self.list["filters"] = filters
        self._sort(sort, params, sortable)
        if paging:
            if "limit_param" not in paging and paging.get("style") == "page":
                paging["limit_param"] = "limit"
            paging = {k: v for k, v in paging.items() if v != {"style": "offset", "limit_param": "limit",
                                                               "offset_param": "offset", "page_param": "page",
                                                               "default_limit": 100, "max_limit": 1000}.get(k)}
            if "default_limit" in paging and "max_limit" not in paging and paging["default_limit"] > 1000:
                paging["max_limit"] = paging["default_limit"]
            if paging.get("max_limit") and paging.get("default_limit", 100) > paging["max_limit"]:
                paging["default_limit"] = paging["max_limit"]
            if paging:
                self.list["paging"] = paging
                where = next(iter(params.values()))
                self.sources.append(("api.list.paging", where.file, where.line))

    def _maps_to_bool(self, p: str) -> bool:
        target = _status_target(self.spec)
        if target and p in DONE_WORDS | {f"is_{w}" for w in DONE_WORDS} and _is_done_field(target):
            return True
        if re.fullmatch(r"(include|with|expand|embed|show|load|fetch)_\w+", p):
            return False  # `?include_items=false`: what the answer carries, not which rows
        values = self._evidence(p)
        if values and all(_norm_param(v) in TRUE_WORDS | FALSE_WORDS for v in values) and not (
                set(p.split("_")) & set(target.split("_")) if target else False):
            return False  # a yes/no parameter whose name says nothing of the bool field: not its filter
        return bool(target and values and all(_bool_word(v, target)[0] for v in values))

    def _field_filter(self, name: str, p: str, where: Where, filters: list[dict[str, Any]]) -> None:
        f = self.names[p]
        if f.get("type") in ("text", "json", "list[str]"):
            self.unsupported.append(f"{where}: the list filters on {name!r}, a {f.get('type')} field; only "
                                    "comparable fields can be filtered")
            return
        if name == p:
            if p not in self.spec.setdefault("filters", []):
                self.spec["filters"].append(p)
                self.sources.append((f"filters.{p}", where.file, where.line))
        else:
            filters.append({"param": name, "field": p})
            self.sources.append((f"api.list.filters.{name}", where.file, where.line))

    def _mapped_filter(self, name: str, p: str, where: Where, filters: list[dict[str, Any]]) -> None:
        target = p if p in self.names and self.names[p].get("type") == "bool" else _status_target(self.spec)
        if target is None:
            self.unsupported.append(f"{where}: list parameter {name!r} looks like a status filter but the spec has "
                                    "no bool field it could map onto")
            return
        evidence = self._evidence(p)
        if self.f is not None:
            evidence += sorted(v for v in self.f.literals if _bool_word(v, target)[0] and _norm_param(v) not in
                               TRUE_WORDS | FALSE_WORDS)
        if not evidence or all(_norm_param(v) in TRUE_WORDS | FALSE_WORDS for v in evidence):
            evidence += ["all", "pending", "completed"] if p != target and _is_done_field(target) else ["true", "false"]
        values: dict[str, Any] = {"all": None} if p != target else {}
        if p in DONE_WORDS or p.removeprefix("is_") in DONE_WORDS or p == target:
            evidence += ["true", "false"]
        for value in evidence:
            known, meaning = _bool_word(value, target)
            if known:
                values.setdefault(value, meaning)
            else:
                self.unsupported.append(f"{where}: {name}={value} has no meaning for the bool field {target}; "
                                        "not accepted")
        if p == target and set(values) <= {"true", "false"}:
            if p not in self.spec.setdefault("filters", []):
                self.spec["filters"].append(p)
            return
        entry: dict[str, Any] = {"param": name, "field": target, "values": values}
        doc = self._documented(p)
        if doc is not None and doc.default in values:
            entry["default"] = doc.default
        filters.append(entry)
        self.sources.append((f"api.list.filters.{name}", where.file, where.line))
        self.diagnostics.append(f"list: ?{name}= filters {target} ({', '.join(f'{k}->{v}' for k, v in values.items())})")

    def _sort(self, sort: dict[str, Any], params: dict[str, Where], sortable: set[str]) -> None:
        if not sort:
            return
        p = _norm_param(sort.get("param", "order_by"))
        evidence = self._evidence(p, SORT_NAMES) if "param" in sort else []
        if self.f is not None and "param" in sort:
            evidence += sorted(v for v in self.f.literals if _sort_column(v, sortable))
        keys: dict[str, str] = {}
        for value in evidence:
            column = _sort_column(value, sortable)
            bare = value.lstrip("-+")
            if column is None:
                if value.lower() not in ("asc", "desc"):
                    self.unsupported.append(f"{params.get(sort.get('param', ''), next(iter(params.values())))}: sort "
                                            f"value {value!r} names no column of the spec; not accepted")
                continue
            if value.startswith("-"):
                sort["desc_prefix"] = True
            keys.setdefault(bare, column)
        if any(k != v for k, v in keys.items()):
            keys.update({c: c for c in sorted(sortable) if c not in keys})
            sort["keys"] = keys
        doc = self._documented(p, SORT_NAMES)
        if doc is not None and doc.default and _sort_column(doc.default, sortable):
            default = doc.default
            sort["default"] = default if default.lstrip("-") in (keys or sortable) else (
                ("-" if default.startswith("-") else "") + (_sort_column(default, sortable) or "id"))
        order = self._documented(_norm_param(sort["order_param"]), ORDER_NAMES) if "order_param" in sort else None
        if order is not None and order.default in ("asc", "desc"):
            sort["default_order"] = order.default
        sort.pop("desc_prefix", None)  # true is the default
        if sort.get("param") == "order_by" and len(sort) == 1:
            return
        self.list["sort"] = sort
        where = params.get(sort.get("param", ""), next(iter(params.values())))
        self.sources.append(("api.list.sort", where.file, where.line))

    def _envelope_keys(self) -> list[str]:
        if self.f is None:
            return []
        keys: list[str] = []
        for r in self.f.of("GET", ""):
            if r.call.response_is_array:
                continue
            keys += _keys(r.call.response_keys) + _keys(r.call.reads)
            for caller in r.call.callers:
                keys += _keys(caller.reads)
        return list(dict.fromkeys(keys))

    def response(self) -> None:
        lists = self.f.of("GET", "") if self.f is not None else []
        if lists:
            keys = self._envelope_keys()
            where = lists[0].where
            items = self._items_key(keys)
            if items is None:
                if self.s.list_example and not isinstance(self.s.list_example[0], list):
                    self.diagnostics.append(
                        f"list: the API spec answers an object ({self.s.list_example[1]}) but the frontend reads the "
                        f"answer as a list ({where}); answers a bare array (the frontend wins)")
                return
            self._envelope(items, keys, where, from_front=True)
            return
        if self.s.list_example is None:
            return
        example, where = self.s.list_example
        if isinstance(example, list):
            return
        if isinstance(example, dict):
            items = next((k for k, v in example.items() if isinstance(v, list)), None)
            if items is None:
                self.unsupported.append(f"{where}: the documented list answer holds no array of items")
                return
            keys = list(example)
            self._envelope(items, keys, where, from_front=False, example=example)

    def _items_key(self, keys: list[str]) -> str | None:
        plural = self.spec.get("plural") or default_plural(self.spec["name"])
        names = {plural, snake(plural), self.route, *LIST_KEYS}
        return next((k for k in keys if k in names or snake(k) in names), None)

    def _envelope(self, items: str, keys: list[str], where: Where, from_front: bool,
                  example: dict[str, Any] | None = None) -> None:
        out: dict[str, Any] = {"shape": "object", "items_key": items}
        total = next((k for k in keys if snake(k) in TOTAL_KEYS), None)
        out["total_key"] = total
        counts: dict[str, Any] = {}
        paging_names = set(self.query_paging_names())
        target = _status_target(self.spec)
        for key in keys:
            if key in (items, total):
                continue
            if key in paging_names:
                out["echo_paging"] = True
                continue
            known, meaning = _bool_word(key, target) if target else (False, None)
            if known and meaning is not None and re.fullmatch(r"[A-Za-z_]\w*", key):
                counts[key] = {"field": target, "value": meaning}
            elif example is not None and isinstance(example.get(key), dict):
                inner = example[key]
                if total is None and "total" in inner:
                    self.unsupported.append(f"{where}: the documented list answer nests its total in {key!r} "
                                            f"({', '.join(inner)}); only a top-level total can be served")
                else:
                    self.unsupported.append(f"{where}: the documented list answer holds {key!r} "
                                            f"({', '.join(inner)}), which cannot be served")
            elif key not in ("length",):
                self.unsupported.append(f"{where}: the list answer's key {key!r} "
                                        f"{'is read by the frontend' if from_front else 'is documented'} but cannot "
                                        "be served")
        if counts:
            out["counts"] = counts
        self.list["response"] = out
        self.sources.append(("api.list.response", where.file, where.line))

    def query_paging_names(self) -> list[str]:
        paging = self.list.get("paging", {})
        style = paging.get("style", "offset")
        if style == "page":
            return [paging.get("page_param", "page"), paging.get("limit_param", "limit")]
        if style == "offset":
            return [paging.get("limit_param", "limit"), paging.get("offset_param", "offset")]
        return []

    # casing, statuses, errors -----------------------------------------------------------------------

    def casing(self) -> None:
        if self.f is None:
            return
        known = {*self.names, *SERVER_KEYS}
        camel: dict[str, Where] = {}
        snake_multi: dict[str, Where] = {}
        envelope = set(self._envelope_keys())
        for r in self.f.calls:
            c = r.call
            keys = _keys(c.body_keys) + [k for cl in c.callers for k in _keys(cl.body_keys)]
            keys += [k for k in _keys(c.response_keys) + _keys(c.reads) if k not in envelope or r.tail != ""]
            for key in keys:
                if snake(key) not in known or "_" not in snake(key):
                    continue
                (camel if key != snake(key) else snake_multi).setdefault(key, Where(c.file, c.line))
        if not camel:
            return
        first = next(iter(camel.items()))
        if self.f.converter is not None:
            self.diagnostics.append(f"casing: the frontend uses {first[0]} ({first[1]}) but converts the answer's "
                                    f"keys itself ({self.f.converter}); kept snake_case")
            return
        if snake_multi:
            other = next(iter(snake_multi.items()))
            self.diagnostics.append(f"casing: the frontend uses both {first[0]} ({first[1]}) and {other[0]} "
                                    f"({other[1]}); answers camelCase, which also accepts snake_case input")
        self.api["casing"] = "camel"
        self.sources.append(("api.casing", first[1].file, first[1].line))

    def statuses(self) -> None:
        if self.f is not None and self.f.of("POST", ""):
            r = self.f.of("POST", "")[0]
            checks = set(r.call.status_checks)
            if 200 in checks and 201 not in checks:
                self.api["create_status"] = 200
                self.sources.append(("api.create_status", r.where.file, r.where.line))
        elif self.s.create_status and self.s.create_status[0] == 200:
            self.api["create_status"] = 200
            self.sources.append(("api.create_status", self.s.create_status[1].file, self.s.create_status[1].line))
        deletes = self.f.of("DELETE", "/{}") if self.f is not None else []
        if deletes:
            needs = [r for r in deletes if r.call.expect_status and 204 not in r.call.expect_status]
            if needs:
                r = needs[0]
                self.api["delete_status"] = 200
                self.sources.append(("api.delete_status", r.where.file, r.where.line))
                if self.s.delete_status and self.s.delete_status[0] == 204:
                    self.diagnostics.append(
                        f"delete: the API spec answers 204 ({self.s.delete_status[1]}) but the frontend parses a JSON "
                        f"body from DELETE ({r.where}); answers 200 with the deleted row (the frontend wins)")
        elif self.s.delete_status and self.s.delete_status[0] == 200:
            self.api["delete_status"] = 200
            self.sources.append(("api.delete_status", self.s.delete_status[1].file, self.s.delete_status[1].line))

    def errors(self) -> None:
        front_key: tuple[str, Where] | None = None
        if self.f is not None:
            for r in self.f.calls:
                if r.call.error_key:
                    front_key = (r.call.error_key, r.where)
                    break
        documented = self.s.error_body
        body: dict[str, str] | None = None
        if documented is not None:
            value, status, where = documented
            body = {}
            for key, example in value.items():
                if isinstance(example, (dict, list)):
                    self.unsupported.append(f"{where}: the documented error body nests {key!r}; only flat bodies "
                                            "can be served")
                    body = None
                    break
                body[key] = self._placeholder(key, example)
                if body[key] is None:
                    self.unsupported.append(f"{where}: error body key {key!r} ({example!r}) has no value the backend "
                                            "can fill; left out")
                    del body[key]
            if body is not None and body and any("{message}" in v for v in body.values()):
                if front_key is None or front_key[0] in body:
                    entry: dict[str, Any] = {"style": "custom", "body": body}
                    if status == 400:
                        entry["status"] = 400
                    self.api["errors"] = entry
                    self.sources.append(("api.errors", where.file, where.line))
                    return
                self.diagnostics.append(f"errors: the API spec documents {sorted(body)} ({where}) but the frontend "
                                        f"shows {front_key[0]} ({front_key[1]}); the frontend wins")
        if front_key is None:
            return
        key, where = front_key
        if key == "detail":
            self.api["errors"] = {"style": "detail_text"}
        elif key in ("message", "error", "msg"):
            self.api["errors"] = {"style": "custom", "body": {key: "{message}", "detail": "{message}"}}
        else:
            return
        self.sources.append(("api.errors", where.file, where.line))

    @staticmethod
    def _placeholder(key: str, example: Any) -> str | None:
        k = snake(key)
        if k in ("detail", "message", "msg", "description", "error_message", "details"):
            return "{message}"
        if k in ("error", "title", "error_type", "type", "reason") and isinstance(example, str):
            return "{error}"
        if k in ("field", "loc", "param", "parameter"):
            return "{field}"
        if k in ("status", "status_code", "code") and isinstance(example, int):
            return "{status}"
        if k in ("code", "error_code") and isinstance(example, str):
            return "{error}"
        return None

    def wrapped(self) -> None:
        if self.s.item_wrapped is None:
            return
        key, where = self.s.item_wrapped
        if self.f is not None and self.f.of("POST", ""):
            self.diagnostics.append(f"the API spec wraps single answers in {key!r} ({where}); the frontend's calls "
                                    "are answered with the bare object (the frontend wins)")
        else:
            self.unsupported.append(f"{where}: the API spec wraps single answers in {{{key!r}: ...}}; answers are "
                                    "the bare object")

    # assembly --------------------------------------------------------------------------------------

    def assemble(self) -> dict[str, Any] | None:
        api = dict(self.api)
        if self.list:
            api["list"] = self.list
        if not api:
            return None
        base = {k: v for k, v in self.spec.items() if k != "api"}
        try:
            FeatureSpec.model_validate(base)
        except Exception:  # noqa: BLE001 - the draft has its own open points; check the api part alone
            base = None
        if self._valid(base, api):
            return api
        kept: dict[str, Any] = {}
        parts: list[tuple[str, Any]] = [(k, v) for k, v in api.items() if k not in ("list", "actions")]
        parts += [(f"actions[{i}]", a) for i, a in enumerate(api.get("actions", []))]
        for key, value in api.get("list", {}).items():
            if key == "filters":
                parts += [(f"list.filters[{i}]", v) for i, v in enumerate(value)]
            else:
                parts.append((f"list.{key}", value))
        for label, value in parts:
            trial = json.loads(json.dumps(kept))
            _put(trial, label, value)
            error = self._error(base, trial)
            if error is None:
                kept = trial
            else:
                where = next((f"{f}:{ln}: " for part, f, ln in self.sources
                              if part.startswith(f"api.{label.split('[')[0]}")), "")
                self.unsupported.append(f"{where}api {label} {value!r} was left out: {error}")
        return kept or None

    def _valid(self, base: dict[str, Any] | None, api: dict[str, Any]) -> bool:
        return self._error(base, api) is None

    @staticmethod
    def _error(base: dict[str, Any] | None, api: dict[str, Any]) -> str | None:
        from backend_builder.spec.api import ApiSpec

        try:
            if base is None:
                ApiSpec.model_validate(api)
            else:
                FeatureSpec.model_validate({**base, "api": api})
        except Exception as exc:  # noqa: BLE001 - pydantic's message is the reason
            errors = getattr(exc, "errors", None)
            if callable(errors):
                return "; ".join(str(e.get("msg", e)) for e in errors()[:2])
            return str(exc)
        return None


def _put(target: dict[str, Any], label: str, value: Any) -> None:
    match = re.fullmatch(r"(list\.)?(\w+)(\[\d+\])?", label)
    assert match
    holder = target.setdefault("list", {}) if match.group(1) else target
    if match.group(3):
        holder.setdefault(match.group(2), []).append(value)
    else:
        holder[match.group(2)] = value


def derive(root: Path | str | None, spec: dict[str, Any] | None, texts: dict[str, str], files: list[str],
           endpoint_lines: list[tuple[str, int, str, str]]) -> Contract:
    """The spec with its `api` part (and the fields, actions and filters the contract needs), explained."""
    if spec is None or not spec.get("fields"):
        return Contract(spec or {})
    spec = json.loads(json.dumps(spec))
    plural = spec.get("plural") or default_plural(spec["name"])
    route = plural.replace("_", "-")
    spec_side = read_spec_side(texts, files, route, endpoint_lines)
    front = None
    if root is not None:
        class_name = "".join(p.capitalize() for p in spec["name"].split("_"))
        front = read_front_side(Path(root), route, class_name)
    b = _Builder(spec, spec_side, front)
    b.path()
    b.field_keys()
    b.optional_unsent()
    b.actions()
    b.list_params()
    b.response()
    b.casing()
    b.statuses()
    b.errors()
    b.wrapped()
    api = b.assemble()
    if api:
        spec["api"] = api
    if not spec.get("filters"):
        spec.pop("filters", None)
    return Contract(spec, b.diagnostics, list(dict.fromkeys(b.unsupported)), b.sources)
