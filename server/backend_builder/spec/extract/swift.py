"""Swift models in code blocks, as iOS and macOS apps' specs write them: SwiftData's `@Model final class ClipboardItem`
and Codable structs, one stored property per `var`/`let` line (`var textContent: String?  // for search`).

A class marked `@Model` (or `@Entity`-style Core Data classes written as `NSManagedObject`) is a table; a struct is
one when it is `Codable`/`Identifiable` and not named for a request, a response or a view. A property with a body
(`var displayText: String { ... }`) is computed, and `@Transient` or `@Relationship` ones are no columns. `?` makes
a property optional; an initial value makes it one the client need not send."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, enum_values, parse_literal
from backend_builder.spec.extract.csharp import braced_body
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField

MODEL = re.compile(r"^[ \t]*(@Model\s+)?(?:(?:public|final|open|internal)\s+)*(class|struct)\s+([A-Z]\w*)\s*(?::\s*([^{]+))?\{",
                   re.MULTILINE)
PROPERTY = re.compile(r"^\s*((?:@\w+(?:\([^)]*\))?\s+)*)(?:(?:public|private|internal|fileprivate)(?:\(set\))?\s+)*"
                      r"(?:var|let)\s+(\w+)\s*:\s*([\w.]+(?:<[^>]*>)?|\[[\w.: ]+\])(\?|!)?\s*(?:=\s*(.+?))?\s*(?://\s*(.*))?$")
TYPES = {"string": "str", "substring": "str", "character": "str", "url": "str", "int": "int", "int64": "int",
         "int32": "int", "int16": "int", "uint": "int", "double": "float", "float": "float", "cgfloat": "float",
         "decimal": "decimal", "bool": "bool", "date": "datetime", "uuid": "uuid", "data": "text"}
NOT_A_TABLE = re.compile(r"(Request|Response|Input|Output|Params|Payload|DTO|Dto|View|ViewModel|State|Config|Error)$")


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang != "swift" and not re.search(r"^@Model\s*$", code.text, re.MULTILINE):
            continue
        for match in MODEL.finditer(code.text):
            marked, kind, name, conforms = match.group(1), match.group(2), match.group(3), match.group(4) or ""
            if not marked and (NOT_A_TABLE.search(name) or not (kind == "class" and "NSManagedObject" in conforms or re.search(
                    r"\b(Codable|Identifiable|Decodable|Encodable)\b", conforms))):
                continue  # (a view, an enum's helper or a request is no table)
            start = code.line + code.text[: match.start()].count("\n") + bool(marked) * match.group(0).count("\n")
            entity = RawEntity(name=name, kind="orm", file=doc.path, line=start, context=" / ".join(code.headings) + " / swift")
            body = braced_body(code.text, match.end())
            depth = 0
            for offset, line in enumerate(body.splitlines()):
                at_top, depth = depth == 0, depth + line.count("{") - line.count("}")
                found = PROPERTY.match(line) if at_top else None
                if not found or line.rstrip().endswith("{") or re.search(r"@(Transient|Relationship)\b", found.group(1)):
                    continue  # (a computed property, a relation to another model, or one kept only in memory)
                field = _field(found, enums, doc.path, start + 1 + offset)
                if field is not None:
                    entity.fields.append(field)
            if entity.fields:
                out.append(entity)
    return out


def _field(found: re.Match[str], enums: dict[str, list[str]], path: str, line: int) -> RawField | None:
    attributes, name, type_text, optional, initial, comment = found.groups()
    base = type_text.strip()
    listed = re.fullmatch(r"\[\s*([\w.]+)\s*\]", base)
    if listed:
        kind = "list[str]" if listed.group(1).lower() == "string" else "json"
    elif re.fullmatch(r"\[.*:.*\]|Dictionary<.*>", base):
        kind = "json"
    else:
        kind = TYPES.get(base.lower()) or ("enum" if base.lower() in enums else None)
    if kind is None:
        return None  # (another model, a relation; or a type the spec does not show)
    field = RawField(name=name, file=path, line=line, type=kind, type_text=base + (optional or ""), description=(comment or "").strip(),
                     enum_values=enums.get(base.lower()) if kind == "enum" else None)
    listed_values = enum_values(comment or "") if kind == "str" else None
    if listed_values and len(listed_values) >= 2:  # `var contentType: String  // "text", "image", "url"`: its values
        field.type, field.enum_values = "enum", listed_values
    value = (initial or "").strip()
    if value and value != "nil" and not re.fullmatch(r"UUID\(\)", value):  # (a fresh UUID: the generated id's way)
        field.default = "now" if re.fullmatch(r"(?:Date|\.now|Date\.now)(?:\(\))?", value) else parse_literal(value.lstrip("."))
    field.nullable = bool(optional)
    field.required = not optional and not value
    field.unique = bool(re.search(r"@Attribute\(\s*\.unique", attributes or ""))
    field.primary_key = name == "id"
    return field
