"""DBML, dbdiagram.io's schema language: `Table stores { name varchar(100) [not null, unique] }`, with
`Enum Status { DRAFT PUBLISHED }` blocks and an `Indexes { ... }` block per table. A column is nullable
unless its settings say `not null` or `pk`."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import bare_list, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import classify, length_of

TABLE = re.compile(r"^\s*Table\s+\"?([\w.]+)\"?(?:\s+as\s+\w+)?\s*(?:\[[^\]]*\])?\s*\{", re.IGNORECASE | re.MULTILINE)
ENUM = re.compile(r"^\s*Enum\s+\"?([\w.]+)\"?\s*\{([^}]*)\}", re.IGNORECASE | re.MULTILINE)
COLUMN = re.compile(r"^\s*\"?([A-Za-z_]\w*)\"?\s+\"?([\w.]+(?:\s*\([^)]*\))?(?:\[\])?)\"?\s*(?:\[(.*)\])?\s*(?://.*)?$")
# (its settings as bare words, then what it is after a dash: `cvss_vector str nullable - needed for the detail view`)
WORDED_COLUMN = re.compile(r"^\s*\"?([A-Za-z_]\w*)\"?\s+([A-Za-z][\w.]*(?:\([^)]*\))?(?:\[\])?)"
                           r"((?:\s+(?:unique|nullable|not\s+null|null|pk|primary\s+key|increment))*)\s*(?:[-–—]\s*(.*))?$",
                           re.IGNORECASE)


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in ("dbml", "") and not TABLE.search(code.text) or code.lang == "prisma" and "@" in code.text:
            continue  # (a prisma fence's `table Event {` over `id Int @id`: Prisma's attributes, no DBML)
        if not TABLE.search(code.text):
            continue
        enums = {m.group(1).split(".")[-1].lower(): [v for v in re.findall(r"^\s*\"?([\w-]+)\"?", m.group(2), re.MULTILINE)]
                 for m in ENUM.finditer(code.text)}
        for match in TABLE.finditer(code.text):
            name = match.group(1).split(".")[-1]
            start = code.line + code.text[: match.start()].count("\n")
            entity = RawEntity(name=name, table=name, kind="sql", file=doc.path, line=start,
                               context=" / ".join(code.headings) + " / dbml")
            body, depth, index = [], 1, match.end()
            while index < len(code.text) and depth:
                char = code.text[index]
                depth += {"{": 1, "}": -1}.get(char, 0)
                body.append(char)
                index += 1
            lines = "".join(body[:-1]).splitlines()
            in_indexes = False
            worded_marks: list[tuple[RawField, str]] = []
            for offset, line in enumerate(lines):
                stripped = line.strip()
                if re.match(r"(indexes|note)\s*\{", stripped, re.IGNORECASE):
                    in_indexes = stripped.lower().startswith("indexes")
                    continue
                if stripped == "}":
                    in_indexes = False
                    continue
                if in_indexes:
                    single = re.fullmatch(r"\"?(\w+)\"?\s*(\[(.*)\])?", stripped)
                    for field in entity.fields if single else []:
                        if field.name == single.group(1):
                            field.index = True
                            field.unique = field.unique or "unique" in (single.group(3) or "").lower()
                    continue
                column = COLUMN.match(line)
                worded = None if column else WORDED_COLUMN.match(line)
                if column and column.group(1).lower() not in ("note", "indexes"):
                    entity.fields.append(_field(column, doc.path, start + offset, enums))
                elif worded and worded.group(1).lower() not in ("note", "indexes"):
                    field = _field(worded, doc.path, start + offset, enums)
                    field.description = re.sub(r"\s*\[[^\]]*\]\s*$", "", worded.group(4) or "")
                    entity.fields.append(field)
                    worded_marks.append((field, worded.group(3) or ""))
            if worded_marks and any(re.search(r"\bnullable\b", marks, re.IGNORECASE) for _f, marks in worded_marks):
                for field, marks in worded_marks:  # (`nullable` on some columns: the ones it leaves unmarked are not)
                    field.nullable = bool(re.search(r"\bnullable\b|\bnull\b", marks, re.IGNORECASE)) and not re.search(
                        r"\bnot\s+null\b", marks, re.IGNORECASE)
                    field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
            if entity.fields:
                out.append(entity)
    return out


def _field(column: re.Match[str], path: str, line: int, enums: dict[str, list[str]]) -> RawField:
    name, type_text, settings = column.group(1), column.group(2), column.group(3) or ""
    lowered = settings.lower()
    field = RawField(name=name, file=path, line=line, type_text=type_text, type=classify(type_text),
                     max_length=length_of(type_text))
    values = enums.get(type_text.split(".")[-1].lower())
    if values:
        field.type, field.enum_values = "enum", values
    field.primary_key = bool(re.search(r"\b(pk|primary key)\b", lowered))
    field.nullable = not (re.search(r"\bnot null\b", lowered) or field.primary_key)
    field.unique = bool(re.search(r"\bunique\b", lowered))
    field.foreign_key = "ref:" in lowered
    default = re.search(r"\bdefault:\s*(`[^`]*`|'[^']*'|\"[^\"]*\"|[\w.-]+)", settings, re.IGNORECASE)
    if default and default.group(1).lower() != "null":
        text = default.group(1)
        field.default = text.strip("`") + ("()" if text.startswith("`") and "(" not in text else "") if text.startswith(
            "`") else parse_literal(text.strip("'\""))
    note = re.search(r"\bnote:\s*(['\"])(.*?)\1", settings, re.IGNORECASE)
    field.description = note.group(2) if note else ""
    listed = bare_list(field.description) if "|" in field.description else None
    if listed and not field.enum_values and field.type in ("str", "text", None):
        field.type, field.enum_values = "enum", listed  # `status varchar(20) [note: 'pending | in_progress | done']`
        field.max_length = None
    field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
    return field
