"""JavaScript classes a design draws with a constructor: `class Order { constructor(id, customerId, status) {
this.customerId = customerId; this.status = status; // Draft, Reserved  this.taxAmount = 0; } }`.

What the constructor takes is what a new row is made with (required, unless its comment says optional); what it sets to
a literal is a default (`0`, `false`, `[]`); a list of another class (`this.orderRows = []; // OrderRow[]`) is other rows,
no column. The comment beside a member says what it holds, or lists its values.
"""

from __future__ import annotations

import re

from backend_builder.spec.extract.bullets import prose_type
from backend_builder.spec.extract.constraints import option_list, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.mongoose import bracket_end
from backend_builder.spec.extract.raw import RawEntity, RawField

LANGS = ("js", "javascript", "jsx", "ts", "typescript", "mjs")
CLASS = re.compile(r"^\s*(?:export\s+)?(?:default\s+)?class\s+([A-Z]\w*)(?:\s+extends\s+[\w.]+)?\s*\{", re.MULTILINE)
CONSTRUCTOR = re.compile(r"\bconstructor\s*\(([^)]*)\)\s*\{")
MEMBER = re.compile(r"^\s*this\.([A-Za-z_]\w*)\s*=\s*(.+?)\s*;?\s*(?://\s*(.*))?$")


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in LANGS:
            continue
        for found in CLASS.finditer(code.text):
            body = code.text[found.end(): bracket_end(code.text, found.end(), "{", "}") - 1]
            made = CONSTRUCTOR.search(body)
            if made is None:
                continue
            params = {re.sub(r"\s*=.*$", "", p).strip() for p in made.group(1).split(",") if p.strip()}
            start = found.end() + made.end()
            inner = code.text[start: bracket_end(code.text, start, "{", "}") - 1]
            first = code.line + code.text[:start].count("\n")
            entity = RawEntity(name=found.group(1), kind="typescript", file=doc.path,
                               line=code.line + code.text[:found.start(1)].count("\n"),
                               context=" / ".join(code.headings) + " / js class")
            for offset, line in enumerate(inner.splitlines()):
                member = MEMBER.match(line)
                if member is None:
                    continue
                name, value, comment = member.group(1), member.group(2).strip(), (member.group(3) or "").strip()
                if name == "id":
                    continue
                if value in ("[]", "new Array()") and re.fullmatch(r"[A-Z]\w*\[\]", comment.split()[0] if comment else ""):
                    continue  # `this.orderRows = []; // OrderRow[]`: the rows of another class
                field = RawField(name=name, file=doc.path, line=first + offset, type_text="", description=comment,
                                 type=prose_type(name, comment))
                if value in params or value == name:
                    optional = re.search(r"\boptional\b|\bnullable\b|\bmay be (?:empty|null)\b", comment, re.IGNORECASE)
                    field.required, field.nullable = (False, True) if optional else (True, False)
                elif value == "null":
                    field.required, field.nullable = False, True
                else:
                    literal = parse_literal(value)
                    if isinstance(literal, bool):
                        field.type = "bool"
                    elif isinstance(literal, (int, float)) and field.type not in ("int", "float", "decimal"):
                        field.type = "int" if isinstance(literal, int) else "float"
                    elif isinstance(literal, list):
                        field.type = "list[str]"
                    elif value.startswith("new Date"):
                        field.type, literal = "datetime", "now()"
                    field.default, field.required = literal, False
                listed = option_list(comment) if comment and field.type in ("str", "text") else None
                if listed and len(listed) >= 2:
                    field.type, field.enum_values = "enum", listed
                entity.fields.append(field)
            if len(entity.fields) >= 3:
                out.append(entity)
    return out
