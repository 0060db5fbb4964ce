"""Dart model classes in code blocks, as Flutter specs write them: a freezed factory (`const factory Task({required
String name, String? note, @Default(false) bool done}) = _Task;`) or a plain class of `final` members. A `?` type may
be null; `required` or a non-null member without a default is asked of the client; a type the spec declares as an
`enum` is a closed list; another class is a relation, left out."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.kotlin import jvm_kind, parameters
from backend_builder.spec.extract.raw import RawEntity, RawField

CLASS = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:abstract\s+|sealed\s+)?class\s+([A-Z]\w*)\b[^{\n]*\{", re.MULTILINE)
FACTORY = re.compile(r"\bconst\s+factory\s+([A-Z]\w*)\s*\(\s*\{")
# `required String name`, `@Default(false) bool done`, `@JsonKey(name: 'due') DateTime? dueDate`
PARAMETER = re.compile(r"^\s*((?:@\w+(?:\([^)]*\))?\s*)*)(required\s+)?([\w<>, ?]+?)\s+([a-z_]\w*)\s*(?:=\s*(.+?))?\s*$",
                       re.DOTALL)
MEMBER = re.compile(r"^\s*(?:late\s+)?(?:final\s+)([\w<>, ?]+?)\s+([a-z_]\w*)\s*(?:=\s*([^;]+?))?\s*;", re.MULTILINE)
TYPES = {"string": "str", "int": "int", "double": "float", "num": "float", "bool": "bool", "datetime": "datetime",
         "timestamp": "datetime", "uri": "str", "bigint": "int", "duration": "int"}


def _field(name: str, type_text: str, initial: str, *, required: bool | None, enums: dict[str, list[str]],
           entity: RawEntity, path: str, line: int) -> RawField | None:
    nullable = type_text.endswith("?")
    base = type_text.rstrip("?").strip()
    found = jvm_kind(base, enums, TYPES)
    if found is None:
        entity.notes.append(f"{path}:{line}: {name} ({type_text}) is another class, a relation or an embedded object, "
                            "not a column; left out")
        return None
    field = RawField(name=name, file=path, line=line, type_text=type_text, type=found[0], enum_values=found[1])
    if initial and initial != "null":
        field.default = parse_literal(initial.split(".")[-1] if field.type == "enum" else initial)
    field.nullable = nullable
    field.required = (required if required is not None else True) and not nullable and not initial
    field.primary_key = name == "id"
    return field


# drift's tables: `class Orders extends Table {` with `TextColumn get seatId => text().references(Seats, #id)();`
DRIFT_TABLE = re.compile(r"^\s*class\s+([A-Z]\w*)\s+extends\s+Table\s*\{", re.MULTILINE)
DRIFT_COLUMN = re.compile(r"\b(Text|Int|Int64|Bool|DateTime|Real|Blob)Column\s+get\s+([a-z_]\w*)\s*=>\s*(.+?\(\s*\))\s*;",
                          re.DOTALL)
DRIFT_TYPES = {"Text": "str", "Int": "int", "Int64": "int", "Bool": "bool", "DateTime": "datetime", "Real": "float"}


def _drift(text: str, code_line: int, headings: list[str], path: str, enums: dict[str, list[str]]) -> list[RawEntity]:
    """Each `extends Table` class: a table named in snake_case after the class (drift's own naming), one column per
    `get`; `.nullable()` may be empty, `.withDefault(...)` names the default, `textEnum<OrderStatus>()` is the enum's."""
    out = []
    for match in DRIFT_TABLE.finditer(text):
        end = text.find("\n}", match.end())
        body = text[match.end(): end if end >= 0 else len(text)]
        table = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", match.group(1)).lower()
        entity = RawEntity(name=singular_class(match.group(1)), table=table, kind="orm", file=path,
                           line=code_line + text[: match.start(1)].count("\n"), context=" / ".join(headings) + " / dart")
        keys = re.search(r"primaryKey\s*=>\s*\{([^}]*)\}", body)
        for column in DRIFT_COLUMN.finditer(body):
            kind, name, chain = column.group(1), column.group(2), column.group(3)
            line = code_line + text[: match.end() + column.start()].count("\n")
            if kind == "Blob":
                entity.notes.append(f"{path}:{line}: {name} is a blob column; left out")
                continue
            field = RawField(name=name, file=path, line=line, type_text=f"{kind}Column", type=DRIFT_TYPES[kind])
            listed = re.search(r"\b(?:textEnum|intEnum)\s*<\s*(\w+)\s*>", chain)
            if listed and listed.group(1).lower() in enums:
                field.type, field.enum_values = "enum", enums[listed.group(1).lower()]
            given = re.search(r"\.withDefault\(\s*(?:const\s+)?Constant\(\s*(.+?)\s*\)\s*\)", chain)
            if given:
                field.default = parse_literal(given.group(1).split(".")[-1] if field.type == "enum" else given.group(1))
            lengths = re.search(r"\.withLength\(([^)]*)\)", chain)
            if lengths:
                low, high = re.search(r"\bmin\s*:\s*(\d+)", lengths.group(1)), re.search(r"\bmax\s*:\s*(\d+)", lengths.group(1))
                field.min_length = int(low.group(1)) if low else None
                field.max_length = int(high.group(1)) if high else None
            field.nullable = ".nullable()" in chain
            field.unique = ".unique()" in chain
            field.foreign_key = ".references(" in chain
            field.primary_key = ".autoIncrement()" in chain or bool(keys and re.fullmatch(rf"\s*{name}\s*", keys.group(1)))
            field.required = not field.nullable and not given and not field.primary_key
            entity.fields.append(field)
        if len(entity.fields) >= 2:
            out.append(entity)
    return out


def singular_class(name: str) -> str:
    """drift names a table class in the plural (`Orders`, `BusinessDays`): the row is the singular."""
    return re.sub(r"ies$", "y", name) if name.endswith("ies") else re.sub(r"(?<!s)s$", "", name)


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang != "dart":
            continue
        text = code.text
        out += _drift(text, code.line, code.headings, doc.path, enums)
        factories = {m.group(1) for m in FACTORY.finditer(text)}
        for match in FACTORY.finditer(text):
            entity = RawEntity(name=match.group(1), kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"),
                               context=" / ".join(code.headings) + " / dart")
            for parameter, at in parameters(text, match.end())[0]:
                found = PARAMETER.match(parameter.strip("\n"))
                if not found:
                    continue
                given = re.search(r"@Default\(\s*(.+?)\s*\)\s*$", found.group(1).strip()) or re.search(
                    r"@Default\(\s*(.+)\)", found.group(1))
                line = code.line + text[:at].count("\n") + parameter[:len(parameter) - len(parameter.lstrip())].count("\n")
                field = _field(found.group(4), found.group(3).strip(), (given.group(1) if given else found.group(5) or "").strip(),
                               required=bool(found.group(2)), enums=enums, entity=entity, path=doc.path, line=line)
                if field is not None:
                    entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
        for match in CLASS.finditer(text):
            if match.group(1) in factories or DRIFT_TABLE.match(text, match.start()):
                continue  # (the freezed class: its factory lists the fields)
            body_end = text.find("\n}", match.end())
            body = text[match.end(): body_end if body_end >= 0 else len(text)]
            entity = RawEntity(name=match.group(1), kind="orm", file=doc.path,
                               line=code.line + text[: match.start(1)].count("\n"),
                               context=" / ".join(code.headings) + " / dart")
            for member in MEMBER.finditer(body):
                line = code.line + text[: match.end() + member.start()].count("\n") + (
                    len(member.group(0)) - len(member.group(0).lstrip("\n")))
                field = _field(member.group(2), member.group(1).strip(), (member.group(3) or "").strip(), required=None,
                               enums=enums, entity=entity, path=doc.path, line=line)
                if field is not None:
                    entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out
