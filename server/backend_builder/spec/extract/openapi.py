"""OpenAPI contracts (YAML or JSON): component schemas as entities, paths as endpoints."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, singular

TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "object": "json"}
FORMATS = {"date-time": "datetime", "date": "date", "uuid": "uuid", "decimal": "decimal", "int64": "int",
           "int32": "int", "float": "float", "double": "float"}


def load(text: str) -> dict[str, Any] | None:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        try:
            data = json.loads(text)
        except ValueError:
            trimmed = _without_stray_tabs(text)
            try:
                data = yaml.safe_load(trimmed) if trimmed != text else None
            except yaml.YAMLError:
                return None
    # (or a contract split in files, one holding only `components: schemas:` that the others `$ref`)
    split = isinstance(data, dict) and isinstance(data.get("components"), dict) and isinstance(data["components"].get("schemas"), dict)
    return data if isinstance(data, dict) and ("openapi" in data or "swagger" in data or "paths" in data or split) else None


def _without_stray_tabs(text: str) -> str:
    """The text without the tabs YAML refuses though they mean nothing: after a value (`type: string\t\t`), and on a
    line of nothing but blanks and tabs."""
    return re.sub(r"(?<=\S)[ \t]*\t[ \t]*$|^[ \t]*\t[ \t]*$", "", text, flags=re.MULTILINE)


def unreadable(text: str) -> str | None:
    """Why a contract that says it is OpenAPI cannot be read, with its line: `line 184: found character '\\t' ...`."""
    if not re.search(r"^\s*(openapi|swagger)\s*:", text, re.MULTILINE) or load(text) is not None:
        return None
    try:
        yaml.safe_load(_without_stray_tabs(text))  # (the error that remains once the harmless ones are gone)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return f"line {mark.line + 1}: {getattr(error, 'problem', None) or error}" if mark else str(error).splitlines()[0]
    return None


def _line(text: str, name: str, after: int = 0) -> int:
    lines = text.splitlines()
    for i in range(after, len(lines)):
        if re.match(rf"^\s*{re.escape(name)}\s*:", lines[i]):
            return i + 1
    return after + 1


def extract(path: str, text: str) -> list[RawEntity]:
    data = load(text)
    if data is None:
        return _schema_file(path, text)
    components = data.get("components")
    schemas = (components.get("schemas") if isinstance(components, dict) else None) or data.get("definitions")
    schemas = schemas if isinstance(schemas, dict) else {}  # (a malformed contract: nothing read from it, no crash)
    found = [e for name, schema in schemas.items() if (e := schema_entity(name, schema, path, text, schemas=schemas)) is not None]
    names = {e.name for e in found}
    return found + [e for e in _inline_creates(data, path, text) if e.name not in names]


def _inline_creates(data: dict[str, Any], path: str, text: str) -> list[RawEntity]:
    """`post: /expenses` whose request body is written in place (`required: [amount, date, categoryId]`, no $ref):
    the create request of the collection, named as a contract would name it (`CreateExpense`)."""
    out = []
    paths = data.get("paths")
    for route, operations in (paths if isinstance(paths, dict) else {}).items():
        post = operations.get("post") if isinstance(operations, dict) else None
        body = post.get("requestBody") if isinstance(post, dict) else None
        content = body.get("content") if isinstance(body, dict) else None
        media = content.get("application/json") if isinstance(content, dict) else None
        schema = media.get("schema") if isinstance(media, dict) else None  # (any part may be missing or malformed)
        segments = [s for s in str(route).strip("/").split("/") if s and not s.startswith("{")]
        if not isinstance(schema, dict) or "$ref" in schema or not segments or not re.fullmatch(r"[A-Za-z][\w-]*", segments[-1]):
            continue
        if not str(route).rstrip("/").endswith(segments[-1]):
            continue  # (`POST /expenses/{id}/archive`: an action on one, not its creation)
        noun = singular(segments[-1].replace("-", "_"))
        name = "Create" + "".join(w.capitalize() for w in noun.split("_"))
        entity = schema_entity(name, schema, path, text, after=max(0, _line(text, str(route)) - 1))
        if entity is not None and entity.fields:
            entity.context = f"openapi request body of POST {route}"
            for f in entity.fields:
                f.primary_key = False
            out.append(entity)
    return out


def _schema_file(path: str, text: str) -> list[RawEntity]:
    """A file that is one JSON Schema, `specs/schemas/provider.schema.json`: the object its file is named for."""
    if '"properties"' not in text and "properties:" not in text:
        return []
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("properties"), dict) or data.get("type", "object") != "object":
        return []
    stem = path.rsplit("/", 1)[-1].split(".")[0]
    entity = schema_entity(stem if re.fullmatch(r"[A-Za-z][\w-]*", stem) else str(data.get("title") or "item"), data, path, text)
    if entity is None:
        return []
    entity.context = "json schema file"
    return [entity]


def json_schema_blocks(doc: Any) -> list[RawEntity]:
    """JSON Schema objects in a markdown file's json/yaml code blocks: `{"$id": "post", "properties": {...}}`."""
    out = []
    for code in doc.code:
        if code.lang not in ("json", "jsonc", "yaml", "yml", "json5") or "properties" not in code.text:
            continue
        try:
            data = yaml.safe_load(re.sub(r"^\s*//[^\n]*", "", code.text, flags=re.MULTILINE))
        except yaml.YAMLError:
            continue
        if not isinstance(data, dict) or not isinstance(data.get("properties"), dict) or data.get("type", "object") != "object":
            continue
        heading = re.sub(r"[^A-Za-z0-9_ ]", " ", (code.headings or [""])[-1]).split()
        name = str(data.get("title") or data.get("$id") or (heading[0] if heading else "item"))
        entity = schema_entity(name, data, doc.path, doc.text, after=code.line - 1)
        if entity is not None:
            entity.context = " / ".join(code.headings) + " / json schema"
            out.append(entity)
    return out


def _referred(spec: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """A property that refers to a schema of the same file (`$ref: "#/components/schemas/Psychotype"`, or the one
    part of an `allOf`): that schema, under what the property adds. Other files' schemas are not followed."""
    for _ in range(5):  # (a schema that refers to itself stops here)
        ref = spec.get("$ref") or (spec["allOf"][0].get("$ref") if isinstance(spec.get("allOf"), list) and len(
            spec["allOf"]) == 1 and isinstance(spec["allOf"][0], dict) else None)
        target = schemas.get(ref.rsplit("/", 1)[-1]) if isinstance(ref, str) and ref.startswith("#/") else None
        if not isinstance(target, dict) or isinstance(target.get("properties"), dict) and "id" in target["properties"]:
            return spec  # (`customer: $ref Customer`, a row of its own with an id: a relation, not a value held here)
        spec = {**target, **{k: v for k, v in spec.items() if k not in ("$ref", "allOf")}}
    return spec


def schema_entity(name: str, schema: Any, path: str, text: str, after: int = 0, *,
                  schemas: dict[str, Any] | None = None) -> RawEntity | None:
    if not isinstance(schema, dict):
        return None
    if "allOf" in schema:
        # (the schema's own properties, and what each part of allOf adds: `if`/`then` rules add none)
        merged: dict[str, Any] = {"properties": dict(schema.get("properties") or {}), "required": list(schema.get("required") or [])}
        for part in schema["allOf"]:
            if isinstance(part, dict):
                merged["properties"].update(part.get("properties") or {})
                merged["required"] += part.get("required") or []
        schema = merged
    props = schema.get("properties")
    if not isinstance(props, dict):
        return None
    start = _line(text, name, after) if after == 0 else after + 1
    based = re.fullmatch(r"Base([A-Z]\w*)|([A-Z]\w*?)Base", name)
    if based and (based.group(1) or based.group(2)) not in (schemas or {}):
        name = based.group(1) or based.group(2)  # `BaseStudent`: the Student's properties, shared by create and update
    entity = RawEntity(name=name, kind="openapi", file=path, line=start, context="openapi schema")
    required = set(schema.get("required") or [])
    for prop, spec in props.items():
        if not isinstance(spec, dict):
            continue
        spec = _referred(spec, schemas or {})
        if spec.get("type") is None and isinstance(spec.get("properties"), dict):
            spec = {**spec, "type": "object"}  # (a referred schema of properties: an object)
        field = RawField(name=prop, file=path, line=_line(text, prop, start - 1), type_text=str(spec.get("type")))
        kind = spec.get("type")
        if isinstance(kind, list):
            field.nullable = "null" in kind
            kind = next((k for k in kind if k != "null"), None)
        field.type = FORMATS.get(spec.get("format", "")) or TYPES.get(str(kind))
        if kind == "array":
            items = spec.get("items") or {}
            field.type = "list[str]" if items.get("type") == "string" else "json"
        if "enum" in spec:
            field.type, field.enum_values = "enum", [str(v) for v in spec["enum"] if v is not None]
        field.max_length = spec.get("maxLength")
        field.min_length = spec.get("minLength")
        if "default" in spec:
            field.default = spec["default"]
        if spec.get("nullable"):
            field.nullable = True
        field.required = prop in required and field.default is NO_DEFAULT
        field.description = str(spec.get("description") or "")
        field.primary_key = prop == "id"
        entity.fields.append(field)
    return entity


def endpoints(text: str) -> list[tuple[str, str, int]]:
    data = load(text)
    if data is None:
        return []
    out = []
    paths = data.get("paths")
    for route, item in (paths if isinstance(paths, dict) else {}).items():
        if isinstance(item, dict):
            for method in item:
                if isinstance(method, str) and method.lower() in ("get", "post", "put", "patch", "delete"):
                    out.append((method.upper(), str(route), _line(text, str(route))))
    return out
