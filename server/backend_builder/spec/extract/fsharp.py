"""F# records in code blocks, as .NET specs in F# write their domain: `type BloodPressureReading = {` over one
`Name: type` member a line (`Comments: string option   // note`), closed by `}`.

`option` (or `voption`, `Nullable<...>`) makes a member one that may be absent; every other member is required, as F#
has no null. A record named for a request, a result or an error is no table; nor is a union (`| A of int`)."""

from __future__ import annotations

import re

from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.types import classify

LANGS = {"fsharp", "fs", "f#", "fsx"}
RECORD = re.compile(r"[ \t]*(?:and|type)\s+(?:private\s+|internal\s+)?([A-Z]\w*)\s*=\s*\{[ \t]*(?://.*)?")
MEMBER = re.compile(r"^\s*(?:mutable\s+)?([A-Za-z_]\w*)\s*:\s*([^/\n]+?)\s*(?://\s*(.*))?$")
TYPES = {"int": "int", "int32": "int", "int64": "int", "int16": "int", "uint": "int", "byte": "int", "string": "str",
         "bool": "bool", "boolean": "bool", "decimal": "decimal", "float": "float", "double": "float", "single": "float",
         "float32": "float", "datetime": "datetime", "datetimeoffset": "datetime", "dateonly": "date", "timeonly": "str",
         "guid": "uuid", "timespan": "int"}
NOT_A_TABLE = re.compile(r"(Request|Response|Input|Output|Params|Payload|Dto|DTO|View|ViewModel|State|Config|Error|"
                         r"Unvalidated|Result|Command|Event|Options|Settings)$")


def _kind(type_text: str) -> tuple[str | None, bool]:
    """The type a member's F# type says, and whether it may be absent."""
    bare = type_text.strip()
    optional = bool(re.search(r"\s+v?option$|^Nullable<", bare)) or bare.endswith("?")
    bare = re.sub(r"\s+v?option$|^Nullable<|>$|\?$", "", bare).strip()
    listed = re.fullmatch(r"(\w+)\s+(?:list|array|seq|Set)|(\w+)\s*\[\]|(?:list|array|seq|Set)<(\w+)>", bare)
    if listed:
        inner = next(g for g in listed.groups() if g)
        return ("list[str]" if inner.lower() == "string" else "json"), optional
    return TYPES.get(bare.lower()) or classify(bare), optional


def _records(lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """Each record's line, name and member lines, in one pass: `type X = {` up to the line that is `}`."""
    out, i = [], 0
    while i < len(lines):
        opened = RECORD.fullmatch(lines[i])
        if opened is None:
            i += 1
            continue
        end = next((k for k in range(i + 1, len(lines)) if lines[k].strip() == "}"), None)
        if end is None:
            break  # (no record closes below: none opened below does either)
        out.append((i, opened.group(1), lines[i + 1:end]))
        i = end + 1
    return out


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    for code in doc.code:
        if code.lang.lower() not in LANGS:
            continue
        for offset, name, body in _records(code.text.splitlines()):
            if NOT_A_TABLE.search(name):
                continue
            start = code.line + offset + 1
            entity = RawEntity(name=name, kind="orm", file=doc.path, line=start, context=" / ".join(code.headings) + " / fsharp")
            for offset, line in enumerate(body, 1):
                member = MEMBER.match(line)
                if member is None:
                    continue
                kind, optional = _kind(member.group(2))
                field = RawField(name=member.group(1), file=doc.path, line=start + offset, type_text=member.group(2).strip(),
                                 type=kind, description=(member.group(3) or "").strip())
                field.primary_key = member.group(1).lower() == "id"
                field.nullable, field.required = optional, not optional
                entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out
