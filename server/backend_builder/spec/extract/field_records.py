"""Fields written as lists outside any fence: records, YAML-like (under `### Announcement` and `fields:`, `- name:
"title"` with `type: "string"`, `required: true`, `max_length: 500` on the lines below, one item a field); and a table
as parallel lists (`- Columns:` over `- Data types:`, then `Nullable fields:`, `Default values:` and the like)."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import bare_list, parse_literal
from backend_builder.spec.extract.document import Document, Item
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.tables import entity_name
from backend_builder.spec.extract.types import classify, length_of

NAME_LINE = re.compile(r"""\s*(?:name|field|column)\s*:\s*["'`]?([A-Za-z_][A-Za-z0-9_]*)["'`]?\s*$""", re.IGNORECASE)
PAIR = re.compile(r"""\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$""")
TRUE = {"true", "yes", "y", "1"}


def extract(doc: Document) -> list[RawEntity]:
    return _records(doc) + parallel_lists(doc)


def _records(doc: Document) -> list[RawEntity]:
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


# `- Columns: \`id\`, \`title\`` over `- Data types: \`uuid\`, \`text\``: one list of names, one of types, in step
COLUMNS_ITEM = re.compile(r"^\s*\**(?:columns|fields|colunas|columnas|campos|colonnes|spalten)\**\s*[:：]\s*(.+)$", re.IGNORECASE)
TYPES_ITEM = re.compile(r"^\s*\**(?:data\s+types|types|column\s+types|tipos(?:\s+de\s+dados)?|types\s+de\s+donn[ée]es)\**\s*[:：]\s*(.+)$",
                        re.IGNORECASE)


def parallel_lists(doc: Document) -> list[RawEntity]:
    """A table written as parallel lists under its heading: `Columns:` and `Data types:` in step, then `Nullable
    fields:`, `Default values:` (`currency_code = 'USD'`), `Unique constraints:` and `Suggested indexes:`."""
    sections: dict[tuple[str, ...], list[Item]] = {}
    for item in doc.items:
        if item.depth == 1 and item.headings:
            sections.setdefault(tuple(item.headings), []).append(item)
    out = []
    for headings, items in sections.items():
        names = next((re.findall(r"`([A-Za-z_]\w*)`", m.group(1)) for i in items if (m := COLUMNS_ITEM.match(i.text))), [])
        types = next((re.findall(r"`([^`]+)`", m.group(1)) for i in items if (m := TYPES_ITEM.match(i.text))), [])
        if len(names) < 2 or len(names) != len(types):
            continue
        name = entity_name(list(headings))
        if not name:
            continue
        line = next(i.line for i in items if COLUMNS_ITEM.match(i.text))
        entity = RawEntity(name=name, kind="table", file=doc.path, line=line, context=" / ".join([*headings, "parallel lists"]))
        said = {label: text for i in items if (m := re.match(r"^\s*\**([A-Za-z][\w ]{2,30}?)\**\s*[:：]\s*(.+)$", i.text))
                for label, text in [(m.group(1).strip().lower(), m.group(2))]}
        nullable_said = next((text for label, text in said.items() if label.startswith(("nullable", "optional"))), None)
        nullable = set(re.findall(r"`([A-Za-z_]\w*)`", nullable_said or ""))
        defaults = dict(re.findall(r"`([A-Za-z_]\w*)\s*=\s*([^`]+)`", next(
            (text for label, text in said.items() if label.startswith("default")), "")))
        unique_said = next((text for label, text in said.items() if label.startswith("unique")), "")
        unique = {n for n in re.findall(r"`([A-Za-z_]\w*)`", re.sub(r"\([^()]*\)", "", unique_said))}
        index_said = next((text for label, text in said.items() if "index" in label), "")
        indexed = {n for n in re.findall(r"`([A-Za-z_]\w*)`", re.sub(r"\([^()]*\)", "", index_said))}
        for column, type_text in zip(names, types):
            field = RawField(name=column, file=doc.path, line=line, type_text=type_text, type=classify(type_text),
                             max_length=length_of(type_text))
            field.primary_key = column == "id"
            if nullable_said is not None:
                field.nullable = column in nullable
                field.required = not field.nullable
            if column in defaults:
                value = defaults[column].strip()
                if not re.search(r"\(\)|now|uuid|random", value, re.IGNORECASE):
                    field.default = parse_literal(value.strip("'\""))
                    field.required = False
            field.unique = column in unique
            field.index = column in indexed
            entity.fields.append(field)
        out.append(entity)
    return out
