"""Entities drawn as boxes in a text diagram, side by side or one under another:

```
┌──────────────────────────┐    ┌──────────────────────────┐
│        STUDENT           │    │   borrow_requests        │
├──────────────────────────┤    ├──────────────────────────┤
│ PK  id (BIGINT)          │    │ PK  id        INTEGER    │
│     name (VARCHAR(100)) NOT NULL │ FK  user_id   INTEGER │
└──────────────────────────┘    └──────────────────────────┘
```

Each box's columns on the page are fixed by its top border (`┌` ... `┐`); its first line is its name, the lines
after the rule its fields: `[PK|FK|UK] name (TYPE) constraints` or `[PK|FK] name TYPE`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from backend_builder.spec.extract.constraints import apply_words
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.types import classify, length_of

TOP = re.compile(r"[┌╭+]─[─┬]*[┐╮+]")
FIELD = re.compile(r"^(?:(PK|FK|UK|PK,\s*FK)\s+)?([A-Za-z_]\w*)\s*(?:\(\s*([A-Za-z][\w ]*(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?)\s*\)"
                   r"|\s+([A-Za-z][A-Za-z0-9_]*(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?))\s*(.*)$")


CONSTRAINT_WORD = re.compile(r"check|not|null|unique|default|references|primary|foreign|index|indexed|required|optional|"
                             r"nullable|auto_increment|autoincrement|uniq", re.IGNORECASE)


@dataclass
class _Box:
    start: int
    end: int
    line: int
    name: str | None = None
    fields: list[RawField] = field(default_factory=list)


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    for code in doc.code:
        if "┌" not in code.text and "╭" not in code.text:
            continue
        open_boxes: list[_Box] = []
        for offset, line in enumerate(code.text.splitlines()):
            number = code.line + offset
            for top in TOP.finditer(line):  # a new box's top border fixes its columns
                if not any(b.start == top.start() for b in open_boxes):
                    open_boxes.append(_Box(top.start(), top.end() - 1, number))
            for box in list(open_boxes):
                if box.line == number:
                    continue
                edge = line[box.start:box.start + 1]
                inside = line[box.start + 1:box.end] if len(line) > box.start + 1 else ""
                inside = re.split(r"[│┃]", inside)[0].strip()  # (a row whose right border drifted: `│ age CHECK 0-150│`)
                if edge in ("└", "╰") or (edge == "+" and box.fields):
                    open_boxes.remove(box)
                    if box.name and sum(f.type is not None for f in box.fields) >= 2:
                        out.append(_entity(box, doc, code.headings))
                    continue
                if edge not in ("│", "┃", "|", "├", "┣") or not inside or re.fullmatch(r"[─━┬┴┼\s]*", inside):
                    continue
                if box.name is None:
                    if re.fullmatch(r"[A-Za-z_][\w ]*(?:\([^)]*\))?", inside):
                        box.name = re.sub(r"\s*\(.*\)$", "", inside).strip().replace(" ", "_")
                    continue
                parsed = FIELD.match(inside)
                made = _field(parsed, doc.path, number) if parsed else None
                if made is not None and (made.type is not None or made.primary_key or made.foreign_key):
                    box.fields.append(made)  # (a component's box, `Display all`, `(P1)`, holds no typed field)
        for box in open_boxes:  # (a box whose bottom border the fence cut off)
            if box.name and sum(f.type is not None for f in box.fields) >= 2:
                out.append(_entity(box, doc, code.headings))
    return out


def _field(parsed: re.Match[str], path: str, line: int) -> RawField:
    keys, name = parsed.group(1) or "", parsed.group(2)
    type_text = (parsed.group(3) or parsed.group(4) or "").strip()
    rest = parsed.group(5) or ""
    if parsed.group(4) and CONSTRAINT_WORD.fullmatch(type_text):
        type_text, rest = "", f"{type_text} {rest}"  # (`age   CHECK 0-150`: a constraint where the type would be, no type)
    made = RawField(name=name, file=path, line=line, type_text=type_text, description=rest.strip(),
                    type=classify(type_text), max_length=length_of(type_text))
    made.primary_key, made.foreign_key, made.unique = "PK" in keys, "FK" in keys, "UK" in keys
    apply_words(made, rest.replace("[OPTIONAL]", "optional"))
    return made


def _entity(box: _Box, doc: Document, headings: list[str]) -> RawEntity:
    entity = RawEntity(name=box.name or "unnamed", kind="table", file=doc.path, line=box.line,
                       context=" / ".join(headings) + " / box diagram")
    entity.fields = box.fields
    marked = any(f.required for f in box.fields)
    for f in box.fields:  # a diagram that writes NOT NULL where it applies: the others may be null
        if marked and f.required is None and f.nullable is None:
            f.nullable, f.required = True, False
    return entity
