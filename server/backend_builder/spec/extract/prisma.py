"""Prisma models in code blocks: a line-oriented grammar (`name Type? @attribute(...)`)."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import bare_list, enum_values, parse_literal, state_named
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import ENUM_NAME

SCALARS = {"String": "str", "Int": "int", "BigInt": "int", "Float": "float", "Decimal": "decimal", "Boolean": "bool",
           "DateTime": "datetime", "Json": "json", "Bytes": None}


def _uncommented(line: str) -> str:
    """A line without its `// comment`, or the `# comment` of a schema written in Prisma's manner (`assigned  # 未提出`)."""
    return re.sub(r"(?:^|\s)#\s.*$", "", line.split("//")[0]).strip()


def _all_enums(doc: Document) -> dict[str, list[str]]:
    """Every `enum X { ... }` of the document's Prisma blocks: a model may sit in another block than its enums."""
    out: dict[str, list[str]] = {}
    for code in doc.code:
        for match in re.finditer(r"^\s*enum (\w+) \{([^}]*)\}", code.text, re.MULTILINE):
            # (one a line, as Prisma writes them; or several apart by spaces, as a document sketches them:
            # `enum GameResult { WHITE BLACK DRAW }`, `  CHECKMATE RESIGNATION TIMEOUT`)
            values = [word for v in match.group(2).splitlines() for word in (
                _uncommented(v).split() if re.fullmatch(r"\w+(?:[ \t]+\w+)+", _uncommented(v).strip()) else [_uncommented(v)])]
            out[match.group(1)] = [v for v in values if re.fullmatch(r"\w+", v)]
    return out


def extract(doc: Document) -> list[RawEntity]:
    entities = []
    declared = _all_enums(doc)
    models = set(re.findall(r"^\s*model\s+(\w+)\s*\{", doc.text, re.MULTILINE)) | {
        name for code in doc.code if code.lang == "prisma" for name in re.findall(r"^\s*(?:table\s+)?([A-Z]\w*)\s*\{\s*$", code.text,
                                                                                 re.MULTILINE)}
    for code in doc.code:
        if code.lang != "prisma" and not re.search(r"^model \w+ \{", code.text, re.MULTILINE):
            continue
        lines = code.text.splitlines()
        enums: dict[str, list[str]] = dict(declared)
        current: RawEntity | None = None
        enum_name = None
        for offset, line in enumerate(lines):
            number = code.line + offset
            stripped = _uncommented(line)
            if match := re.match(r"^enum (\w+) \{", stripped):
                enum_name, enums[match.group(1)] = match.group(1), []
            elif match := re.match(r"^model (\w+) \{", stripped) or (code.lang == "prisma" and re.match(
                    r"^(?:table\s+)?([A-Z]\w*)\s*\{$", stripped)):  # (`Homework {` in a prisma fence: a model without
                # the keyword; or `table Event {`, a model called a table)
                current = RawEntity(name=match.group(1), kind="orm", file=doc.path, line=number,
                                    context=" / ".join(code.headings))
                entities.append(current)
            elif stripped == "}":
                current, enum_name = None, None
            elif enum_name and re.fullmatch(r"\w+", stripped):
                enums[enum_name].append(stripped)
            elif current is not None and (match := re.match(r"^(\w+)(?:\s*:)?\s+(\w+)(\[\])?(\?)?\s*(.*)$", stripped)):
                # (`title: String @db.VarChar(200)` in a typescript fence: Prisma's model with a colon after each name)
                name, kind, array, optional, attrs = match.groups()
                if name.startswith("@@"):
                    continue
                if map_match := re.search(r"@@map\(\"(\w+)\"\)", attrs):
                    current.table = map_match.group(1)
                field = RawField(name=name, file=doc.path, line=number, type_text=kind + (array or "") + (optional or ""))
                field.type = "list[str]" if array and kind == "String" else SCALARS.get(kind, "enum" if kind in enums else None)
                listed_enum = array and kind not in SCALARS and kind not in models and bool(re.search(
                    rf"^\s*enum\s+{re.escape(kind)}\s*\{{", doc.text, re.MULTILINE))  # `enabledLanguages Language[]` (a declared enum's)
                if array and kind != "String" and not listed_enum:
                    continue  # a relation list
                if listed_enum:
                    field.type = "list[str]"  # (a list of an enum's values, kept as their names)
                if field.type == "enum":
                    field.enum_values = enums.get(kind)
                if field.type is None and kind not in SCALARS and re.search(r"@default\(\s*[A-Za-z_]\w*\s*\)", attrs):
                    field.type = "enum"  # `status BookingStatus @default(CONFIRMED)`: an enum declared elsewhere
                if field.type is None and kind not in SCALARS and kind not in models and not array and "@relation" not in attrs \
                        and ENUM_NAME.search(kind):  # `decision ReviewDecision?`, no model of that name: an enum declared elsewhere
                    field.type = "enum"
                if field.type is None and kind not in SCALARS:
                    continue  # a relation to another model
                field.nullable = bool(optional)
                if default := re.search(r"@default\(([^()]*(?:\([^)]*\))?)\)", attrs):
                    field.default = parse_literal(default.group(1).strip('"'))
                    if field.type == "list[str]" and re.fullmatch(r"\[\s*(?:\"?\w+\"?\s*,\s*)*(?:\"?\w+\"?)?\s*\]", default.group(1).strip()):
                        field.default = re.findall(r"\w+", default.group(1))  # `@default([KA])`: that one value
                elif "@updatedAt" in attrs:
                    field.default = "now()"  # Prisma sets it on every write
                if varchar := re.search(r"@db\.(?:VarChar|Char)\((\d+)\)", attrs):
                    field.max_length = int(varchar.group(1))
                if "@db.Uuid" in attrs or "uuid()" in attrs:
                    field.type = "uuid" if field.type == "str" else field.type
                if "@db.Text" in attrs:
                    field.type = "text"
                if re.search(r"@db\.Date\b", attrs) and field.type == "datetime":
                    field.type = "date"  # `date DateTime @db.Date`: the database keeps the day only
                field.primary_key = "@id" in attrs
                field.unique = "@unique" in attrs
                field.foreign_key = "@relation" in attrs
                field.required = not optional and field.default is NO_DEFAULT and not field.primary_key and not array
                # (a scalar list, `images String[]`, may be left out on create: Prisma writes it empty)
                comment = line.split("//", 1)[1] if "//" in line else ""
                quoted = len(re.findall(r"['\"`][\w-]+['\"`]", comment)) >= 2  # not "URL to the image (S3/R2)"
                listed = enum_values(comment) if quoted and field.type in ("str", "text") else None
                piped = re.fullmatch(r"\s*([A-Za-z][\w-]*(?:\s*\|\s*[A-Za-z][\w-]*)+)\s*\.?\s*", comment)
                if piped and field.type in ("str", "text"):  # `tipo String @default("CARGA") // CARGA | DESCARGA`: the
                    listed = [v.strip() for v in piped.group(1).split("|")]  # comment is the closed list, nothing more
                if not listed and field.type in ("str", "text") and (values := bare_list(comment)) and (
                        state_named(field.name) or field.default in values):
                    listed = values  # `status String // pre-reserved, reserved, done`: a state's values, listed
                if listed:  # `template String @default("classic") // "classic" | "modern" | "minimal"`
                    field.type, field.enum_values = "enum", listed
                field.description = comment.strip()  # (`features Json? // Array of feature strings`: what it holds)
                current.fields.append(field)
            elif current is not None and (match := re.search(r"@@map\(\"(\w+)\"\)", stripped)):
                current.table = match.group(1)
        for entity in entities:
            for field in entity.fields:
                if field.type == "enum" and not field.enum_values:
                    field.enum_values = enums.get(field.type_text.rstrip("?"))
    return entities
