"""Tables written as a name over indented lines of comma-separated columns, in a plain block (a design document's
shorthand for its ORM schema):

```
questions
  id, subject, kind questionKind, status questionStatus
  ownerId → users (nullable; set for private ones)
  topicIds text[]  (gin index), difficulty smallint (1–5), extension boolean
  checkStatus text ('passed'|'needs_review'), embedding vector(4096)   -- hnsw index
  index (subject, status)
```

Each column is a name, maybe a type (a SQL word, an enum the document declares as `questionKind: a | b | c`), a
reference (`→ users`), a default and remarks in parentheses. A document that marks some columns nullable leaves
the others NOT NULL."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import classify

PLAIN = ("", "text", "txt", "plaintext")
TABLE_LINE = re.compile(r"([a-z][a-z0-9_]*)\s*(?:--.*)?")
# `questionKind:     writing_task | mc | short`, continued on a line that starts with `|`
ENUM_LINE = re.compile(r"\s*([A-Za-z_]\w*)\s*:\s+([\w-]+(?:\s*\|\s*[\w-]+)+)\s*")
CONTINUED = re.compile(r"\s*\|\s*([\w-]+(?:\s*\|\s*[\w-]+)*)\s*")
# A line of keys and indexes, not columns: `index (subject, status)`, `pk (userId, questionId)`, `+ other_table: ...`
KEYS_LINE = re.compile(r"\s*(?:index|unique|pk|primary\s+key|gin|gist|hnsw|btree|check|\+)\b.*", re.IGNORECASE)
# A piece of another form of column line: a constraint word alone (`FK -> runners`, `NOT NULL`), an atom's type
# (`:binary_id`)
OTHER_FORM = re.compile(r"(?:PK|FK|UK|NOT\s+NULL|NULL|UNIQUE|DEFAULT|REFERENCES|PRIMARY\s+KEY)\b|\w+\s+:\w")
TRAILING_KEYS = re.compile(r"\s{2,}(?:pk|unique|index|primary\s+key)\b.*$", re.IGNORECASE)


def _enums(doc: Document) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for code in doc.code:
        name = None
        for line in code.text.splitlines():
            if declared := ENUM_LINE.fullmatch(line):
                name = declared.group(1)
                found[name] = [v.strip() for v in declared.group(2).split("|")]
            elif name and (more := CONTINUED.fullmatch(line)):
                found[name] += [v.strip() for v in more.group(1).split("|")]
            else:
                name = None
    return found


def _pieces(line: str) -> list[str]:
    """The comma-separated parts of a line (or parted by middle dots), a comma inside brackets or quotes kept in its
    part."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(line + ","):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif char in ",·" and depth == 0:  # (`id · name · breed`: a middle dot between them, as a comma)
            out.append(line[start:i].strip())
            start = i + 1
    return [p for p in out if p]


def _column(piece: str, enums: dict[str, list[str]], path: str, line: int) -> RawField | None:
    from backend_builder.spec.extract.bullets import (
        name_type,  # (bullets reads tables, which this module sits beside)
    )

    parsed = re.fullmatch(r"([A-Za-z_]\w*)\s*(.*)", piece, re.DOTALL)
    if parsed is None:
        return None
    name, rest = parsed.group(1), parsed.group(2).strip()
    if re.match(r"pk\b", rest, re.IGNORECASE):
        return None  # `userId pk → users.id`: the row's own key
    field = RawField(name=name, file=path, line=line, type_text="", description=rest)
    word = re.match(r"([A-Za-z]\w*)(\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(\[\])?", rest)
    noted = re.sub(r"\([^()]*\)", " ", rest)
    if re.match(r"(?:→|->)", rest):
        field.type, field.foreign_key = name_type(name), True  # `ownerId → users`: a reference, typed as ids are
    elif word and word.group(1) in enums:
        listed = enums[word.group(1)]
        field.type_text = word.group(0)
        field.type, field.enum_values = ("list[str]", None) if word.group(3) else ("enum", listed)
    elif word and (kind := classify(word.group(0))) is not None:
        field.type_text, field.type = word.group(0), kind
    elif word and word.group(1).lower() == "vector":
        field.type_text, field.type = word.group(0), "json"  # pgvector's `vector(4096)`: a list of numbers
    elif word:
        return None  # a word that is no type: prose, not a column
    else:
        field.type = name_type(name)
    quoted = re.search(r"\(\s*('[^']*'(?:\s*\|\s*(?:'[^']*'|null))+)\s*\)", rest)
    if quoted and field.type in ("str", "text"):  # `status ('draft'|'graded')`: its values
        field.type, field.enum_values = "enum", re.findall(r"'([^']*)'", quoted.group(1))
    if re.search(r"\|\s*null\b|\bnullable\b", rest, re.IGNORECASE):
        field.nullable, field.required = True, False
    default = re.search(r"\bdefault\s+('[^']*'|[\w.-]+)", noted, re.IGNORECASE)
    if default:
        field.default, field.required = parse_literal(default.group(1).strip("'")), False
    return field


def extract(doc: Document) -> list[RawEntity]:
    enums = _enums(doc)
    out: list[RawEntity] = []
    for code in doc.code:
        if code.lang not in PLAIN:
            continue
        lines = code.text.splitlines()
        i = 0
        while i < len(lines):
            named = TABLE_LINE.fullmatch(lines[i])
            j = i + 1
            entity = RawEntity(name=named.group(1), table=named.group(1), kind="bullets", file=doc.path, line=code.line + i,
                               context=" / ".join(code.headings) + " / column lists") if named else None
            foreign = False
            while entity is not None and j < len(lines) and lines[j][:1].isspace() and lines[j].strip():
                body = TRAILING_KEYS.sub("", re.sub(r"\s--.*$", "", lines[j])).strip()
                if body and not KEYS_LINE.fullmatch(body):
                    for piece in _pieces(body):
                        if OTHER_FORM.match(piece):
                            foreign = True  # `runner_id :binary_id, FK -> runners`: a column a line, another reader's
                        column = _column(piece, enums, doc.path, code.line + j)
                        if column is not None:
                            entity.fields.append(column)
                j += 1
            if entity is not None and len(entity.fields) >= 3 and not foreign:
                out.append(entity)
            i = j if entity is not None else i + 1
    marked = any(f.nullable for e in out for f in e.fields)
    for entity in out:  # (`ownerId → users (nullable)` said of some: the others are NOT NULL, as the ORM has them)
        for f in entity.fields:
            if f.required is None:
                f.required = marked and f.default is NO_DEFAULT
    return out
