"""SurrealDB's schema language in a document: `DEFINE TABLE order SCHEMAFULL;` then one `DEFINE FIELD name ON TABLE
order TYPE string ASSERT ... DEFAULT ...;` per field (`option<T>` for one that may be empty, `customer.name` for a member
of an object field)."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField

DEFINE_FIELD = re.compile(r"^[ \t]*DEFINE\s+FIELD\s+(?:IF\s+NOT\s+EXISTS\s+|OVERWRITE\s+)?([\w.\[\]*]+)\s+ON\s+(?:TABLE\s+)?"
                          r"`?(\w+)`?\b([^;\n]*)", re.IGNORECASE | re.MULTILINE)
TYPES = {"string": "str", "int": "int", "float": "float", "number": "float", "decimal": "decimal", "bool": "bool",
         "datetime": "datetime", "duration": "str", "object": "json", "uuid": "uuid", "array": "json", "set": "json",
         "geometry": "json", "bytes": None, "any": None}


def _type(text: str) -> tuple[str | None, bool]:
    """The FeatureSpec type of a SurrealQL type and whether it may be empty (`option<string>`)."""
    lowered = re.sub(r"\s+", "", text.lower())
    optional = False
    while wrapped := re.fullmatch(r"option<(.+)>", lowered):
        lowered, optional = wrapped.group(1), True
    if "|" in lowered and "none" in lowered.split("|"):  # (`string | none`)
        lowered, optional = "|".join(p for p in lowered.split("|") if p not in ("none", "null")), True
    listed = re.fullmatch(r"(?:array|set)<(\w+)(?:,\d+)?>", lowered)
    if listed:
        return ("list[str]" if listed.group(1) == "string" else "json"), optional
    if lowered.startswith("record"):
        return "str", optional  # (`record<user>`: another row's id, `user:abc`)
    return TYPES.get(lowered), optional


def extract(doc: Document) -> list[RawEntity]:
    out: dict[str, RawEntity] = {}
    for code in doc.code:
        if not re.search(r"\bDEFINE\s+FIELD\b", code.text, re.IGNORECASE):
            continue
        for match in DEFINE_FIELD.finditer(code.text):
            name, table, rest = match.group(1), match.group(2), match.group(3)
            if "." in name or "[" in name or "*" in name:
                continue  # (`customer.name`: a member of the object field `customer`, kept whole)
            typed = re.search(r"\bTYPE\s+((?:\w+\s*<[^;]*?>|\w+)(?:\s*\|\s*\w+(?:<[^|;]*?>)?)*)", rest, re.IGNORECASE)
            if typed is None:
                continue
            kind, optional = _type(typed.group(1))
            line = code.line + code.text[: match.start()].count("\n")
            entity = out.setdefault(table.lower(), RawEntity(name=table, kind="sql", file=doc.path, line=line, table=table,
                                                             context=" / ".join(code.headings) + " / surrealql"))
            field = RawField(name=name, file=doc.path, line=line, type=kind, type_text=typed.group(1).strip())
            field.primary_key = name == "id"
            field.nullable = optional
            inside = re.search(r"\$value\s+(?:INSIDE|IN|ANYINSIDE)\s*\[([^\]]*)\]", rest, re.IGNORECASE)
            values = re.findall(r"['\"]([^'\"]+)['\"]", inside.group(1)) if inside else []
            if values and kind == "str":
                field.type, field.enum_values = "enum", values
            default = re.search(r"\bDEFAULT\s+(?:ALWAYS\s+)?('[^']*'|\"[^\"]*\"|[\w.:()-]+)", rest, re.IGNORECASE)
            if default:
                value = default.group(1)
                field.default = "now" if value.lower() in ("time::now()", "time::now") else parse_literal(value)
            field.required = not optional and not default and not field.primary_key
            entity.fields.append(field)
        for match in DEFINE_INDEX.finditer(code.text):
            # `DEFINE INDEX idx_x ON screenshot FIELDS capture_id UNIQUE`: one field's index (a FULLTEXT or vector
            # one too); `FIELDS local_date, local_hour` is composite and indexes neither alone
            entity = out.get(match.group(1).lower())
            columns = [c.strip() for c in match.group(2).split(",") if c.strip()]
            if entity is None or len(columns) != 1:
                continue
            for field in entity.fields:
                if field.name == columns[0]:
                    field.index = True
                    field.unique = field.unique or bool(re.match(r"\s*UNIQUE\b", match.group(3) or "", re.IGNORECASE))
    return [e for e in out.values() if len(e.fields) >= 2]


DEFINE_INDEX = re.compile(r"^[ \t]*DEFINE\s+INDEX\s+(?:IF\s+NOT\s+EXISTS\s+|OVERWRITE\s+)?\w+\s+ON\s+(?:TABLE\s+)?`?(\w+)`?\s+"
                          r"(?:FIELDS|COLUMNS)\s+([\w.]+(?:\s*,\s*[\w.]+)*)([^;\n]*)", re.IGNORECASE | re.MULTILINE)
