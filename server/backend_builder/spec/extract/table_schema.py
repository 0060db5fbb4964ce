"""Frictionless Table Schema (`schema.json` of an open-data standard): `{"fields": [{"name": "id_lieu", "type": "string",
"constraints": {"required": true, "enum": [...], "maxLength": 80}}], "primaryKey": "id_lieu"}`.

Each field is a column of the one table the schema describes; its constraints say what must be given, the closed list,
lengths and bounds. A primary key the schema names is a natural key the data carries (an INSEE-based code), kept as a
unique column, not the generated id.
"""

from __future__ import annotations

import json
import re
from typing import Any

from backend_builder.spec.extract.raw import RawEntity, RawField

TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "date": "date", "datetime": "datetime",
         "time": "str", "year": "int", "yearmonth": "str", "object": "json", "array": "json", "geopoint": "str",
         "geojson": "json", "duration": "str", "any": "str"}


def extract(path: str, text: str) -> list[RawEntity]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("fields"), list) or not data["fields"] or not all(
            isinstance(f, dict) and isinstance(f.get("name"), str) for f in data["fields"]):
        return []
    if not ("frictionless" in str(data.get("$schema", "")) or "primaryKey" in data or all(
            str(f.get("type", "string")) in TYPES for f in data["fields"])):
        return []
    keys = data.get("primaryKey")
    keys = {keys} if isinstance(keys, str) else set(keys) if isinstance(keys, list) else set()
    name = str(data.get("name") or data.get("title") or path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    entity = RawEntity(name=re.sub(r"^schema[-_]", "", name), kind="openapi", file=path, line=1,
                       context=f"{data.get('title', name)} / table schema")
    for number, item in enumerate(data["fields"], 1):
        entity.fields.append(_field(item, path, _line_of(text, item["name"], number), keys))
    return [entity]


def _line_of(text: str, name: str, fallback: int) -> int:
    found = re.search(rf"\"name\"\s*:\s*\"{re.escape(name)}\"", text)
    return text[: found.start()].count("\n") + 1 if found else fallback


def _field(item: dict[str, Any], path: str, line: int, keys: set[str]) -> RawField:
    constraints = item.get("constraints") if isinstance(item.get("constraints"), dict) else {}
    kind = TYPES.get(str(item.get("type", "string")), "str")
    if kind == "str" and item.get("format") in ("date", "datetime", "uuid"):
        kind = {"date": "date", "datetime": "datetime", "uuid": "uuid"}[item["format"]]
    # (with a `pattern`, the pattern says the form; the prose's "sur 3 chiffres" is about a part of it)
    said = "" if constraints.get("pattern") else str(item.get("description", ""))[:300]
    field = RawField(name=item["name"], file=path, line=line, type_text=str(item.get("type", "string")), type=kind,
                     description=said)
    values = constraints.get("enum")
    if isinstance(values, list) and len(values) >= 2 and all(isinstance(v, str) for v in values):
        field.type, field.enum_values = "enum", list(dict.fromkeys(values))
    required = bool(constraints.get("required")) or item["name"] in keys
    field.required, field.nullable = required, not required
    field.unique = bool(constraints.get("unique")) or item["name"] in keys and len(keys) == 1
    if isinstance(constraints.get("maxLength"), int) and field.type in ("str", "text"):
        field.max_length = constraints["maxLength"]
    if isinstance(constraints.get("minLength"), int) and constraints["minLength"] > 0 and field.type in ("str", "text"):
        field.min_length = constraints["minLength"]
    for bound, attr in (("minimum", "ge"), ("maximum", "le")):
        value = constraints.get(bound)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and field.type in ("int", "float"):
            setattr(field, attr, value)
    return field
