"""MongoDB collection validators: `{ $jsonSchema: { bsonType: "object", required: ["phone"], properties: {
phone: { bsonType: "string" }, email: { bsonType: ["string", "null"] }, status: { enum: ["pending", "ready"] } } } }`.

The database checks each document against it, so it says the types, which fields a document must have, which may be
null, and the closed lists. The collection is the one `createCollection("orders", ...)` names in the block, else the
heading over it (`## 7) orders`).
"""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.mongoose import bracket_end, object_members
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.tables import entity_name

SCHEMA = re.compile(r"[\"']?\$jsonSchema[\"']?\s*:\s*\{")
COLLECTION = re.compile(r"\b(?:createCollection|collMod|collection)\s*\(?\s*[:(]?\s*[\"']([A-Za-z_][\w-]*)[\"']")
BSON = {"string": "str", "int": "int", "long": "int", "double": "float", "number": "float", "decimal": "decimal",
        "bool": "bool", "boolean": "bool", "date": "datetime", "timestamp": "datetime", "objectid": "str",
        "object": "json", "array": "json", "uuid": "uuid", "binData": "json"}
# `## 7) orders (Google Sheets–compatible)`, `### Collection: \`menuItems\``: the collection the heading names
HEADED = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:(?:collection|coleção|colección|colecci[oó]n)\s*[:：]?\s*)?`?([A-Za-z_][\w-]*)`?",
                    re.IGNORECASE)

LABELS = {"notes", "note", "indexes", "indices", "index", "validator", "validators", "validation", "example", "examples",
          "schema", "fields", "shell", "create", "collection", "collections", "sample", "json", "validación", "validacion",
          "validação", "validacao", "validierung", "validazione", "esquema", "estructura", "estrutura"}


def _strings(value: str) -> list[str]:
    return re.findall(r"[\"']([^\"']*)[\"']", value)


def _kind(types: list[str], members: dict[str, str]) -> str | None:
    named = [BSON.get(t, BSON.get(t.lower())) for t in types if t != "null"]
    if "decimal" in named:
        return "decimal"  # (`["double", "int", "long", "decimal"]`: an amount of money, however it is stored)
    if "float" in named:
        return "float"
    if named and named[0] == "json" and "array" in [t.lower() for t in types]:
        items = members.get("items", "")
        return "list[str]" if re.search(r"bsonType[\"']?\s*:\s*[\"']string[\"']", items) else "json"
    return named[0] if named else None


def _field(name: str, value: str, *, required: set[str], path: str, line: int) -> RawField | None:
    if not value.startswith("{"):
        return None
    members = {k: v for k, v, _ in object_members(value[1:bracket_end(value, 1, "{", "}") - 1])}
    declared = members.get("bsonType", members.get("type", ""))
    types = _strings(declared) or ([declared.strip()] if declared.strip() else [])
    values = [v for v in re.findall(r"\"([^\"]*)\"|'([^']*)'", members.get("enum", "")) for v in v if v]
    enum_null = bool(re.search(r"\bnull\b", members.get("enum", "")))
    kind = "enum" if values else _kind(types, members)
    if kind is None:
        return None
    nullable = "null" in types or enum_null
    field = RawField(name=name, file=path, line=line, type_text=re.sub(r"\s+", " ", declared or "enum")[:60], type=kind)
    field.enum_values = values or None
    field.required = name in required and not nullable
    field.nullable = not field.required
    for key, attr in (("maxLength", "max_length"), ("minLength", "min_length"), ("minimum", "ge"), ("maximum", "le")):
        if key in members and isinstance(number := parse_literal(members[key].strip()), (int, float)):
            setattr(field, attr, int(number) if attr.endswith("length") else float(number))
    return field


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        text = code.text
        for match in SCHEMA.finditer(text):
            end = bracket_end(text, match.end(), "{", "}")
            members = {k: (v, offset) for k, v, offset in object_members(text[match.end(): end - 1])}
            properties, offset = members.get("properties", ("", 0))
            if not properties.startswith("{"):
                continue
            named = COLLECTION.search(text[: match.start()][-300:]) or COLLECTION.search(text)
            # (the section's, not a label over the block inside it: '**Notes**', 'Indexes', 'Validator')
            heading = next((found for h in reversed(code.headings[1:] or code.headings) if (found := HEADED.match(h))
                            and found.group(1).lower() not in LABELS), None)
            # (else the name the headings give, '### 3. 📅 **Appointments** (Citas)' over '#### Validación de Esquema:')
            name = named.group(1) if named else heading.group(1) if heading else entity_name(code.headings)
            if not name:
                continue
            required = set(_strings(members.get("required", ("", 0))[0].split("]")[0]))
            entity = RawEntity(name=name, table=name, kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"),
                               context=" / ".join(code.headings) + " / mongodb validator")
            base_line = code.line + text[: match.end()].count("\n") + offset
            body = properties[1:bracket_end(properties, 1, "{", "}") - 1]
            for key, value, field_offset in object_members(body):
                field = _field(key, value, required=required, path=doc.path, line=base_line + field_offset)
                if field is not None:
                    entity.fields.append(field)
            if entity.fields:
                out.append(entity)
    return out
