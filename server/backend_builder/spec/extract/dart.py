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


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang != "dart":
            continue
        text = code.text
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
                line = code.line + text[:at].count("\n") + (len(parameter) - len(parameter.lstrip("\n")))
                field = _field(found.group(4), found.group(3).strip(), (given.group(1) if given else found.group(5) or "").strip(),
                               required=bool(found.group(2)), enums=enums, entity=entity, path=doc.path, line=line)
                if field is not None:
                    entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
        for match in CLASS.finditer(text):
            if match.group(1) in factories:
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
