"""Mermaid entity-relationship diagrams: `erDiagram` with `JOBS { string id PK "comment" }` blocks."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import CONSTRAINT_WORDS, apply_words, bare_list, settle_unmarked
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.types import classify, length_of

BLOCK = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*\{\s*$")
# `type name [PK|FK|UK, ...] ["comment"]`
ATTRIBUTE = re.compile(r'^\s*([A-Za-z_][\w()\[\],<>]*)\s+([A-Za-z_]\w*)((?:\s+(?:PK|FK|UK)\s*,?)*)\s*(?:"([^"]*)")?\s*$')


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if "erDiagram" not in code.text.split("\n", 3)[0:3] and not re.match(r"\s*erDiagram\b", code.text):
            continue
        current: RawEntity | None = None
        for offset, line in enumerate(code.text.splitlines()):
            number = code.line + offset
            if (block := BLOCK.match(line)) is not None:
                name = block.group(1).replace("-", "_")
                current = RawEntity(name=name, table=name.lower(), kind="orm", file=doc.path, line=number,
                                    context=" / ".join(code.headings) + " / mermaid")
                out.append(current)
            elif line.strip() == "}":
                current = None
            elif current is not None and (m := ATTRIBUTE.match(line)):
                type_text, name, keys, comment = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
                # mermaid allows no parentheses in a type: `varchar_100`, `decimal_10_2` mean VARCHAR(100), DECIMAL(10,2)
                type_text = re.sub(r"^([A-Za-z]+)_(\d+)(?:_(\d+))?$",
                                   lambda t: f"{t.group(1)}({t.group(2)}{',' + t.group(3) if t.group(3) else ''})", type_text)
                field = RawField(name=name, file=doc.path, line=number, type_text=type_text, description=comment)
                field.type = classify(type_text)
                field.max_length = length_of(type_text)
                field.primary_key = "PK" in keys
                field.foreign_key = "FK" in keys
                field.unique = "UK" in keys
                listed = bare_list(comment.replace("·", "|").replace("・", "|"))
                if listed and any(CONSTRAINT_WORDS.fullmatch(v) or classify(v) for v in listed):
                    listed = None  # "unique, nullable", "nullable, text": constraints and types, not values
                if listed and field.type in ("str", "text", "enum", None):  # "PENDING·PROCESSING·SUCCESS·FAILED"
                    field.type, field.enum_values = "enum", listed
                apply_words(field, comment)
                current.fields.append(field)
    for entity in out:
        settle_unmarked(entity.fields)  # (`string CountryName "max 200"` beside `"NOT NULL, max 200"`: nullable)
    return [e for e in out if e.fields]
