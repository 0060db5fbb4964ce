"""Fields written as a list of records, YAML-like but outside any fence: under `### Announcement` and `fields:`,
`- name: "title"` with `type: "string"`, `required: true`, `max_length: 500` on the lines below, one item a field."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import bare_list, parse_literal
from backend_builder.spec.extract.document import Document, Item
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.tables import entity_name
from backend_builder.spec.extract.types import classify

NAME_LINE = re.compile(r"""\s*(?:name|field|column)\s*:\s*["'`]?([A-Za-z_][A-Za-z0-9_]*)["'`]?\s*$""", re.IGNORECASE)
PAIR = re.compile(r"""\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$""")
TRUE = {"true", "yes", "y", "1"}


def extract(doc: Document) -> list[RawEntity]:
    groups: dict[tuple[str, ...], list[Item]] = {}
    for item in doc.items:
        lines = item.text.splitlines()
        if len(lines) >= 2 and NAME_LINE.fullmatch(lines[0]) and any(
                re.match(r"\s*type\s*:", line, re.IGNORECASE) for line in lines[1:]):
            groups.setdefault(tuple(item.headings), []).append(item)
    out = []
    for headings, items in groups.items():
        titled = [h for h in headings if not re.fullmatch(r"\W*(fields|columns|attributes|properties)\W*", h, re.IGNORECASE)]
        name = entity_name(titled) if titled else None
        if len(items) < 2 or not name:
            continue
        entity = RawEntity(name=name, kind="bullets", file=doc.path, line=items[0].line,
                           context=" / ".join([*headings, "field records"]))
        entity.fields = [_field(item, doc.path) for item in items]
        out.append(entity)
    return out


def _field(item: Item, path: str) -> RawField:
    lines = item.text.splitlines()
    name = NAME_LINE.fullmatch(lines[0]).group(1)  # type: ignore[union-attr]
    pairs = {}
    for line in lines[1:]:
        if (pair := PAIR.fullmatch(line)) and pair.group(2):
            pairs.setdefault(pair.group(1).lower().replace("-", "_"), pair.group(2).strip("\"'`"))
    type_text = pairs.get("type", "")
    field = RawField(name=name, file=path, line=item.line, type_text=type_text, type=classify(type_text),
                     description=pairs.get("description", ""))
    if "required" in pairs:
        field.required = pairs["required"].lower() in TRUE
        field.nullable = not field.required
    if "nullable" in pairs:
        field.nullable = pairs["nullable"].lower() in TRUE
        field.required = False if field.nullable else field.required
    field.unique = pairs.get("unique", "").lower() in TRUE
    field.index = pairs.get("index", pairs.get("indexed", "")).lower() in TRUE
    for key, attr in (("max_length", "max_length"), ("maxlength", "max_length"), ("min_length", "min_length"),
                      ("minlength", "min_length")):
        if re.fullmatch(r"\d{1,9}", pairs.get(key, "")):
            setattr(field, attr, int(pairs[key]))
    if "default" in pairs:
        field.default = parse_literal(pairs["default"])
    listed = pairs.get("enum") or pairs.get("values") or pairs.get("options")
    if listed and (values := bare_list(listed.strip("[]"))) and len(values) >= 2:
        field.type, field.enum_values = "enum", values
    return field
