"""Convex schemas: `inventoryItems: defineTable({ sku: v.string(), price: v.optional(v.number()),
status: v.union(v.literal("available"), v.literal("sold")) }).index("by_sku", ["sku"])`.

A validator says the type and whether the field may be missing (`v.optional`); every other field must be there
when a document is inserted. `v.id("users")` is a reference, a string id; `v.number()` is JavaScript's number,
a whole one where the name says so (`quantitySold`, `lastSyncedAt` in epoch milliseconds, `bricklinkLotId`)."""

from __future__ import annotations

import re

from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.mongoose import bracket_end, object_members
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.typescript import whole_number

# `inventoryItems: defineTable({`, `export const items = defineTable({`, `"orders": defineTable({`
TABLE = re.compile(r"(?:^|[\s,{])(?:(?:export\s+)?(?:const|let)\s+)?['\"]?([A-Za-z_]\w*)['\"]?\s*[:=]\s*defineTable\s*\(\s*\{")
SCALARS = {"string": "str", "boolean": "bool", "int64": "int", "bigint": "int", "float64": "float", "id": "str",
           "any": "json", "object": "json", "record": "json", "array": "json"}
LANGS = ("", "ts", "typescript", "tsx", "js", "javascript", "jsx")


def _unwrap(value: str) -> tuple[str, bool]:
    """The validator inside `v.optional(...)`, and whether it was optional."""
    value = re.sub(r"//[^\n]*", "", value).strip().rstrip(",").strip()
    optional = re.match(r"v\s*\.\s*optional\s*\(", value)
    if optional:
        return value[optional.end(): bracket_end(value, optional.end(), "(", ")") - 1].strip(), True
    return value, False


def _field(name: str, value: str, *, path: str, line: int) -> RawField | None:
    validator, optional = _unwrap(value)
    call = re.match(r"v\s*\.\s*(\w+)\s*\(", validator)
    if call is None:
        return None  # (a validator kept in a constant, `statusValidator`: what it holds is said elsewhere)
    kind, args = call.group(1), validator[call.end(): bracket_end(validator, call.end(), "(", ")") - 1]
    field = RawField(name=name, file=path, line=line, type_text=re.sub(r"\s+", " ", validator)[:60])
    literals = re.findall(r"v\s*\.\s*literal\s*\(\s*['\"]([^'\"]+)['\"]\s*\)", args)
    if kind == "union" and literals and len(literals) == len(re.findall(r"v\s*\.\s*\w+\s*\(", args)):
        field.type, field.enum_values = "enum", literals  # `v.union(v.literal("new"), v.literal("used"))`
    elif kind == "array":
        field.type = "list[str]" if re.fullmatch(r"\s*v\s*\.\s*string\s*\(\s*\)\s*", args) else "json"
    elif kind == "number":
        # (epoch milliseconds, `lastSyncedAt`, and ids kept as numbers, `bricklinkLotId`, are whole numbers too)
        field.type = "int" if whole_number(name) or re.search(r"(At|Id|Timestamp|_at|_id)$", name) else "float"
    elif kind == "literal":
        field.type = "str"
    elif kind in SCALARS:
        field.type = SCALARS[kind]
        field.foreign_key = kind == "id"
    else:
        return None  # `v.bytes()`, `v.null()`: nothing FeatureSpec stores
    field.required, field.nullable = not optional, optional
    return field


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in LANGS or "defineTable" not in code.text:
            continue
        # (a line's `// "wedding", "conference", "other"` is its field's remark: blanked before the members are split
        # at their commas, so that the remark's commas split nothing, and kept by line)
        remarks = {i: m.group(0)[2:].strip() for i, line in enumerate(code.text.splitlines())
                   if (m := re.search(r"(?<![:\w\"'])//[^\n]*", line))}
        text = re.sub(r"(?<![:\w\"'])//[^\n]*", lambda m: " " * len(m.group(0)), code.text)
        for match in TABLE.finditer(text):
            end = bracket_end(text, match.end(), "{", "}")
            base_line = code.line + text[: match.end()].count("\n")
            entity = RawEntity(name=match.group(1), table=match.group(1), kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"),
                               context=" / ".join(code.headings) + " / convex")
            for key, value, offset in object_members(text[match.end(): end - 1]):
                if (field := _field(key, value, path=doc.path, line=base_line + offset)) is not None:
                    _remark(field, remarks.get(field.line - code.line, ""))
                    entity.fields.append(field)
            # `.index("by_businessAccount", ["businessAccountId"])`: an index of one field (not a search index)
            chained = re.match(r"\s*\)((?:\s*\.\s*(?:index|searchIndex|vectorIndex)\s*\([^()]*\))*)", text[end:])
            for column in re.findall(r"\.\s*index\s*\(\s*['\"][^'\"]*['\"]\s*,\s*\[\s*['\"](\w+)['\"]\s*\]\s*\)",
                                     chained.group(1) if chained else ""):
                for field in entity.fields:
                    field.index = field.index or field.name == column
            if entity.fields:
                out.append(entity)
    return out


def _remark(field: RawField, remark: str) -> None:
    """A string's remark: `// "wedding", "conference", "other"` lists its values, `// ISO date "2026-05-15"` says a day."""
    field.description = remark
    if field.type != "str" or not remark:
        return
    quoted = re.findall(r"[\"']([\w -]{1,40})[\"']", remark)
    if len(quoted) >= 2 and re.fullmatch(r"\s*(?:[\"'][\w -]{1,40}[\"']\s*(?:,|\||/|or)?\s*)+\.?\s*", remark):
        field.type, field.enum_values = "enum", quoted
    elif iso := re.match(r"\s*ISO(?:[- ]?8601)?\s+(date|date-?time|timestamp)\b", remark, re.IGNORECASE):
        field.type = "date" if iso.group(1).lower() == "date" else "datetime"
