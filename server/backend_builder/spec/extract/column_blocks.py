"""A code block that lists a Django model's columns one a line, aligned, the way a design document sketches it:

```python
id              UUID PK
assignment      FK → TeacherCourseAssignment
title           CharField(200)
instructions    TextField nullable
max_attempts    PositiveIntegerField default=1
status          CharField CHOICES: [DRAFT, OPEN, CLOSED] default=DRAFT
```

Each line is a name, two spaces or more, then its type (a SQL word or a Django field class) and what the line says of
it: `PK`, `FK → Table`, `nullable`, `UNIQUE`, `NOT NULL`, `default=x`, `auto_now_add`, `CHOICES: [...]` (maybe
continued on the next, deeper lines) and a `# remark`. The heading over the block names the table. A column with
neither `nullable` nor a default is required, as a Django field is."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.tables import entity_name
from backend_builder.spec.extract.types import classify

LANGS = ("", "python", "py", "text", "txt", "plaintext", "django")
COLUMN = re.compile(r"^\s*([a-z_][A-Za-z0-9_]*)\s{2,}(\S.*?)\s*$")
REFERENCE = re.compile(r"^(?:FK|ForeignKey|OneToOne(?:Field)?|O2O)\b\s*(?:→|->|to\b)?", re.IGNORECASE)
TYPE = re.compile(r"^([A-Za-z][A-Za-z0-9_]*(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?)")


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang.lower() not in LANGS or re.search(r"^\s*(?:class|def|import|from)\s|=\s*models\.", code.text, re.MULTILINE):
            continue  # (real Python: the python_blocks reader's)
        rows: list[tuple[int, str, str]] = []
        lines = [(i, line) for i, line in enumerate(code.text.splitlines()) if line.strip()]
        for i, line in lines:
            column = COLUMN.match(line)
            if column and (REFERENCE.match(column.group(2)) or _typed(column.group(2))):
                rows.append((i, column.group(1), column.group(2)))
            elif rows and re.match(r"\s{4,}\S", line):
                index, name, rest = rows[-1]
                rows[-1] = (index, name, f"{rest} {line.strip()}")  # (`CHOICES:` continued on the next line)
        django = sum(bool(re.match(r"[A-Za-z]*Field\b", rest) or REFERENCE.match(rest)) for _i, _n, rest in rows)
        if len(rows) < 3 or len(rows) * 10 < len(lines) * 6 or django * 2 < len(rows) or not (name := entity_name(code.headings)):
            continue  # (most columns a Django field class: a sketch of a model, not any `name  Type` listing)
        key_type = next((_typed(rest) for _i, n, rest in rows if n == "id" and _typed(rest)), None)
        entity = RawEntity(name=name.strip("`"), kind="table", file=doc.path, line=code.line,
                           context=" / ".join(code.headings) + " / column lines")
        entity.fields = [_field(name, rest, doc.path, code.line + i, key_type) for i, name, rest in rows]
        out.append(entity)
    return out


def _typed(rest: str) -> str | None:
    found = TYPE.match(rest)
    return classify(found.group(1)) if found else None


def _field(name: str, rest: str, path: str, line: int, key_type: str | None) -> RawField:
    said, _hash, remark = rest.partition("  #")
    said = said if _hash else re.sub(r"\s#\s.*$", "", rest)
    reference = REFERENCE.match(said)
    type_text = reference.group(0) if reference else TYPE.match(said).group(1)  # type: ignore[union-attr]
    field = RawField(name=name, file=path, line=line, type_text=type_text, description=(remark or "").strip())
    field.type = (key_type or "int") if reference else classify(type_text)
    field.foreign_key = bool(reference)
    field.primary_key = bool(re.search(r"\bPK\b|primary[ _]key", said, re.IGNORECASE))
    size = re.search(r"\(\s*(\d+)\s*\)", type_text)
    if size and field.type == "str":
        field.max_length = int(size.group(1))
    field.unique = bool(re.search(r"\bUNIQUE\b|unique\s*=\s*True", said, re.IGNORECASE))
    choices = re.search(r"\bCHOICES\s*:?\s*\[([^\]]+)\]", said, re.IGNORECASE)
    if choices:
        field.type, field.enum_values = "enum", [v.strip(" '\"`") for v in choices.group(1).split(",") if v.strip(" '\"`")]
    default = re.search(r"\bdefault\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s,]+)", said, re.IGNORECASE)
    if default:
        field.default = parse_literal(default.group(1))
    elif re.search(r"\bauto_now(?:_add)?\b", said):
        field.default = "now()"  # (Django sets it on insert, or on every save)
    nullable = bool(re.search(r"\bnullable\b|\bnull\s*=\s*True\b|\bblank\s*=\s*True\b|\boptional\b", said, re.IGNORECASE))
    field.nullable = nullable
    field.required = not nullable and not default and not re.search(r"\bauto_now(?:_add)?\b", said) and not field.primary_key
    return field
