"""A data model written as YAML (not OpenAPI): `entities: {Comment: {fields: {author: string, status: enum[active,
resolved], line: integer?}, indexes: [author]}}`, the form many generated specs take."""

from __future__ import annotations

import re
from typing import Any

import yaml

from backend_builder.spec.extract.openapi import _line
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import classify

ROOTS = ("entities", "models", "tables", "collections", "schemas", "types")
FIELD_KEYS = ("fields", "columns", "attributes", "properties")


def extract(path: str, text: str) -> list[RawEntity]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict) or "openapi" in data or "swagger" in data or "paths" in data:
        return []
    # (where the document writes `string?` for an optional type, a type without the `?` is required)
    marked = bool(re.search(r":\s*[\w<>\[\], ]+\?\s*(#.*)?$", text, re.MULTILINE))
    out = []
    for root in ROOTS:
        group = data.get(root)
        if not isinstance(group, dict):
            continue
        for name, body in group.items():
            if not isinstance(body, dict):
                continue
            fields = next((body[k] for k in FIELD_KEYS if isinstance(body.get(k), dict)), None)
            if fields is None:
                continue
            start = _line(text, str(name))
            entity = RawEntity(name=str(name), kind="openapi", file=path, line=start,
                               table=str(body["table"]) if isinstance(body.get("table"), str) else None,
                               context=f"yaml data model / {root}")
            indexed = {str(i) for i in body.get("indexes") or [] if isinstance(i, str)}
            required = {str(r) for r in body.get("required") or [] if isinstance(r, str)}
            for field_name, spec in fields.items():
                field = _field(str(field_name), spec, path=path, line=_line(text, str(field_name), start - 1),
                               marked=marked)
                if field is None:
                    continue
                field.index = field.index or field.name in indexed
                if field.name in required:
                    field.required, field.nullable = True, False
                entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out


def _field(name: str, spec: Any, *, path: str, line: int, marked: bool) -> RawField | None:
    options: dict[str, Any] = {}
    if isinstance(spec, dict):
        options = spec
        spec = spec.get("type", "")
    if not isinstance(spec, str):
        return None
    written = spec.strip()
    optional = written.endswith("?") or bool(options.get("optional")) or options.get("required") is False or bool(
        options.get("nullable"))
    bare = written.rstrip("?").strip()
    field = RawField(name=name, file=path, line=line, type_text=written)
    listed = re.fullmatch(r"enum\s*[\[(](.*)[\])]", bare, re.IGNORECASE)
    if listed:
        field.type = "enum"
        field.enum_values = [v.strip().strip("'\"") for v in listed.group(1).split(",") if v.strip()] or None
    elif re.fullmatch(r"(array|list)\s*<\s*string\s*>|string\[\]|\[\s*string\s*\]", bare, re.IGNORECASE):
        field.type = "list[str]"
    elif re.match(r"(array|list)\b|object\b|map\b", bare, re.IGNORECASE) or (options and "fields" in options):
        field.type = "json"
    elif re.match(r"(one|many)-to-(one|many)\b|ref(erence)?\s*<", bare, re.IGNORECASE):
        return None  # a relation, held by the other side or a join
    else:
        field.type = classify(bare)
    if isinstance(options.get("enum"), list):
        field.type, field.enum_values = "enum", [str(v) for v in options["enum"]]
    if "default" in options:
        field.default = options["default"] if options["default"] is not None else NO_DEFAULT
    for key, attr in (("max_length", "max_length"), ("maxLength", "max_length"), ("min_length", "min_length"),
                      ("minLength", "min_length")):
        if isinstance(options.get(key), int):
            setattr(field, attr, options[key])
    field.unique = bool(options.get("unique"))
    field.index = bool(options.get("index")) or field.unique
    field.primary_key = name == "id" or bool(options.get("primary_key") or options.get("primary"))
    field.nullable = optional
    said = optional or marked or "required" in options
    field.required = (not optional and field.default is NO_DEFAULT) if said else None
    field.description = str(options.get("description") or "")
    return field
