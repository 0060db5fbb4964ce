"""Kotlin data classes in code blocks: `data class Reserva(val id: String, val personas: Int = 1, ...)`, as Android
(Room, Firestore) and Ktor specs write their models. A `?` type may be null; a parameter with a default is not asked of
the client; a type the spec declares as an `enum class` is a closed list; another class is a relation, left out."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField

LANGS = ("kotlin", "kt", "kts")
DATA_CLASS = re.compile(r"(?:@Entity\s*(?:\(([^)]*)\))?\s*)?\bdata\s+class\s+([A-Z]\w*)\s*\(")
PARAMETER = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s*)*(?:val|var)\s+([A-Za-z_]\w*)\s*:\s*([\w.<>, ?]+?)\s*"
                       r"(?:=\s*(.+?))?\s*$", re.DOTALL)
TYPES = {"string": "str", "char": "str", "int": "int", "long": "int", "short": "int", "byte": "int", "double": "float",
         "float": "float", "boolean": "bool", "bigdecimal": "decimal", "localdate": "date", "localdatetime": "datetime",
         "instant": "datetime", "zoneddatetime": "datetime", "offsetdatetime": "datetime", "date": "datetime",
         "timestamp": "datetime", "uuid": "uuid", "localtime": "str", "jsonobject": "json", "jsonelement": "json"}


def _parameters(text: str, start: int) -> tuple[list[tuple[str, int]], int]:
    """The constructor's parameters, each with its offset: split at the commas outside brackets, comments dropped."""
    depth, i, current, begun, out = 1, start, [], start, []
    while i < len(text) and depth:
        char = text[i]
        if text.startswith("//", i):  # a comment after a parameter runs to the end of its line
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        if char in "([<{":
            depth += 1
        elif char in ")]>}":
            depth -= 1
        if (char == "," and depth == 1) or depth == 0:
            out.append(("".join(current), begun))
            current, begun = [], i + 1
        else:
            current.append(char)
        i += 1
    return [(p, at) for p, at in out if p.strip()], i


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang not in LANGS and not (code.lang in ("", "text") and DATA_CLASS.search(code.text)):
            continue
        text = code.text
        for match in DATA_CLASS.finditer(text):
            table = re.search(r"tableName\s*=\s*\"(\w+)\"", match.group(1) or "")
            entity = RawEntity(name=match.group(2), kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"), table=table.group(1) if table else None,
                               context=" / ".join(code.headings) + " / kotlin")
            parameters, _end = _parameters(text, match.end())
            for parameter, at in parameters:
                found = PARAMETER.match(parameter)
                if not found:
                    continue
                name, type_text, initial = found.group(1), found.group(2).strip(), (found.group(3) or "").strip()
                line = code.line + text[:at].count("\n") + (len(parameter) - len(parameter.lstrip("\n")))
                nullable = type_text.endswith("?")
                base = type_text.rstrip("?").strip()
                field = RawField(name=name, file=doc.path, line=line, type_text=type_text)
                listed = re.fullmatch(r"(?:List|Set|MutableList|Array)<\s*(\w+)\s*>", base)
                if listed:
                    field.type = "list[str]" if listed.group(1) == "String" else "json"
                elif re.fullmatch(r"Map<.*>", base):
                    field.type = "json"
                elif base.lower() in TYPES:
                    field.type = TYPES[base.lower()]
                elif base.lower() in enums:
                    field.type, field.enum_values = "enum", enums[base.lower()]
                else:
                    entity.notes.append(f"{doc.path}:{line}: {name} ({type_text}) is another class, a relation or "
                                        "an embedded object, not a column; left out")
                    continue
                if initial and initial != "null":
                    value = initial.split(".")[-1] if field.type == "enum" else initial
                    field.default = parse_literal(value)
                field.nullable = nullable
                field.required = not nullable and not initial
                field.primary_key = name == "id" or "@PrimaryKey" in parameter
                entity.fields.append(field)
            if entity.fields:
                out.append(entity)
    return out
