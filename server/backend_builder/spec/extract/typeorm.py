"""TypeORM entities in TypeScript blocks: `@Entity('dishes') export class Dish { @Column({ type: 'varchar', length:
255 }) name: string; }`.

A member is a column only when a column decorator says so. TypeORM makes every column NOT NULL unless `nullable: true`,
so a column with neither that nor a default is one a new row must be given. `@ManyToOne(() => Business)` with its
`@JoinColumn({ name: 'business_id' })` (or, without one, TypeORM's `businessId`) is the reference column; `@OneToMany`
and `@ManyToMany` are other rows, no column. The comment beside a member says what it holds, or lists its values.
"""

from __future__ import annotations

import re
from typing import Any

from backend_builder.spec.extract.constraints import declared_enums, enum_values, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.mongoose import bracket_end, object_members
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import classify
from backend_builder.spec.extract.typescript import whole_number

LANGS = ("ts", "typescript", "tsx", "js", "javascript", "")
# `@Entity()`, `@Entity('dishes')`, `@Entity({ name: 'dishes' })`, other class decorators, then the class
ENTITY = re.compile(r"@Entity\s*\(\s*(?:['\"]([\w.]+)['\"]|\{[^{}]*?\bname\s*:\s*['\"]([\w.]+)['\"][^{}]*\})?[^)]*\)\s*"
                    r"(?:@\w+\s*(?:\([^()]*\))?\s*)*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([A-Z]\w*)[^{]*\{")
DECORATOR = re.compile(r"@(\w+)\s*")
MEMBER = re.compile(r"\s*(?:(?:public|private|protected|readonly|declare)\s+)*([A-Za-z_]\w*)\s*([?!])?\s*:\s*([^;=\n]+?)"
                    r"\s*(?:=\s*([^;\n]+?))?\s*;?[ \t]*(?://[ \t]*([^\n]*))?(?:\n|$)")
COLUMNS = {"Column", "PrimaryColumn", "PrimaryGeneratedColumn", "CreateDateColumn", "UpdateDateColumn", "DeleteDateColumn",
           "VersionColumn", "ObjectIdColumn"}
REFERENCES = {"ManyToOne", "OneToOne"}
ROWS = {"OneToMany", "ManyToMany"}


def _blank_comments(text: str) -> str:
    """The text with each `//` comment's words blanked (same length), so a quote in a comment opens no string."""
    return re.sub(r"(?<![:'\"])//([^\n]*)", lambda m: "//" + " " * len(m.group(1)), text)


def _options(args: str) -> dict[str, str]:
    """The top-level `key: value` pairs of the decorator's options object (`{ type: 'varchar', length: 255 }`)."""
    brace = args.find("{")
    if brace < 0:
        return {}
    body = args[brace + 1: bracket_end(args, brace + 1, "{", "}") - 1]
    return {key: value for key, value, _line in object_members(body)}


def _column_type(decorator: str, args: str, options: dict[str, str], ts_type: str, name: str,
                 enums: dict[str, list[str]]) -> tuple[str | None, list[str] | None]:
    """(FeatureSpec type, enum values) of a column, from its decorator's type, else from the TypeScript type."""
    if decorator in ("CreateDateColumn", "UpdateDateColumn", "DeleteDateColumn"):
        return "datetime", None
    if decorator == "VersionColumn":
        return "int", None
    if decorator == "ObjectIdColumn":
        return "str", None
    written = re.match(r"\s*['\"]([\w\s-]+)['\"]", args)
    stated = (written.group(1) if written else options.get("type", "").strip("'\"")).strip().lower()
    if decorator == "PrimaryGeneratedColumn":
        return ("uuid" if stated == "uuid" else "int"), None
    bare = re.sub(r"\s*\|\s*(null|undefined)\b", "", ts_type).strip()
    listed = enums.get(options.get("enum", "").strip().lower()) or enums.get(bare.lower())
    if stated == "enum" or (not stated and listed):
        values = listed or enum_values(options.get("enum", "")) or None
        return ("enum", values) if values else ("str", None)
    if stated in ("simple-array",) or (options.get("array", "").strip() == "true" and "string" in bare):
        return "list[str]", None
    if stated in ("simple-json", "json", "jsonb"):
        return "json", None
    if stated:
        return classify(stated), None
    lowered = bare.lower()
    if lowered == "number":
        return ("int" if whole_number(name) else "float"), None
    return {"string": "str", "boolean": "bool", "date": "datetime", "string[]": "list[str]"}.get(lowered) or classify(bare), None


def _default(value: str, kind: str | None, enums: dict[str, list[str]]) -> Any:
    value = value.strip()
    if re.match(r"\(\s*\)\s*=>", value):  # `() => 'CURRENT_TIMESTAMP'`, `() => 'gen_random_uuid()'`: the database's
        said = value.split("=>", 1)[1].strip().strip("'\"`").lower()
        return "now" if kind == "datetime" and re.search(r"current_timestamp|now", said) else None
    member = re.fullmatch(r"([A-Z]\w*)\.(\w+)", value)
    if member:  # `OrderStatus.PENDING`: the enum's member, written as its value
        values = enums.get(member.group(1).lower()) or []
        return next((v for v in values if v.lower() == member.group(2).lower()), member.group(2))
    literal = parse_literal(value)
    if kind == "list[str]" and literal in ("", "[]"):
        return []
    return literal


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang not in LANGS or "@Entity" not in code.text:
            continue
        text = _blank_comments(code.text)
        for found in ENTITY.finditer(text):
            end = bracket_end(text, found.end(), "{", "}") - 1
            entity = RawEntity(name=found.group(3), kind="orm", file=doc.path, table=found.group(1) or found.group(2),
                               line=code.line + text[:found.start(3)].count("\n"),
                               context=" / ".join(code.headings) + " / typeorm")
            _members(entity, code.text, text, found.end(), end, code.line, enums)
            if entity.fields:
                out.append(entity)
    return out


def _members(entity: RawEntity, original: str, text: str, start: int, end: int, first_line: int,
             enums: dict[str, list[str]]) -> None:
    """The columns of the class body text[start:end]: each member and the decorators above it."""
    at, decorators, pending = start, [], ""
    joined: dict[str, str] = {}  # a relation's property -> the column its @JoinColumn names
    while at < end:
        skipped = re.match(r"\s*", text[at:end])
        at += skipped.end()
        if at >= end:
            break
        if text.startswith("//", at) or text.startswith("/*", at):
            close = text.find("\n", at) if text.startswith("//", at) else text.find("*/", at) + 2
            close = end if close < 2 else close
            if decorators:  # `@Column({ type: 'simple-array' }) // ['dairy', 'nuts']`: a note on the column below
                pending = original[at + 2:close].strip(" */")
            at = close
            continue
        decorated = DECORATOR.match(text, at)
        if decorated:
            after = decorated.end()
            args = ""
            if after < end and text[after] == "(":
                close = bracket_end(text, after + 1, "(", ")")
                args, after = text[after + 1: close - 1], close
            decorators.append((decorated.group(1), args))
            at = after
            continue
        member = MEMBER.match(text, at)
        if member is None:  # a method, a constructor: skip the line
            newline = text.find("\n", at)
            at, decorators, pending = (end if newline < 0 else newline + 1), [], ""
            continue
        line = first_line + text[:member.start(1)].count("\n")
        comment = (original[member.start(5):member.end(5)].strip() if member.group(5) is not None else "") or pending
        name, mark, ts_type, initial = member.group(1), member.group(2), member.group(3).strip(), member.group(4)
        named = {d for d, _ in decorators}
        for d, args in decorators:
            if d == "JoinColumn" and (join := re.search(r"\bname\s*:\s*['\"](\w+)['\"]", args)):
                joined[name] = join.group(1)
        if named & ROWS:
            entity.notes.append(f"{entity.file}:{line}: {name} ({ts_type}) holds other rows; no column")
        elif named & REFERENCES:
            args = next(a for d, a in decorators if d in REFERENCES)
            options = _options(args[args.find(",") + 1:] if "," in args else "")
            column = joined.get(name) or f"{name}Id"  # (TypeORM's name; `business_id` among snake_case columns, below)
            if not any(f.name == column for f in entity.fields):
                field = RawField(name=column, file=entity.file, line=line, type="str", foreign_key=True,
                                 description=f"references {ts_type.strip()}")
                nullable = options.get("nullable", "").strip()
                if nullable in ("true", "false"):
                    field.nullable, field.required = nullable == "true", nullable == "false"
                field.index = "Index" in named
                entity.fields.append(field)
        elif column := next(((d, a) for d, a in decorators if d in COLUMNS), None):
            decorator, args = column
            options = _options(args)
            kind, values = _column_type(decorator, args, options, ts_type, name, enums)
            if kind in ("str", None) and not values and (listed := enum_values(comment)) and len(listed) >= 2:
                kind, values = "enum", listed  # `@Column({ type: 'varchar', default: 'draft' }) // 'draft', 'published'`
            field = RawField(name=name, file=entity.file, line=line, type=kind, enum_values=values,
                             type_text=(options.get("type") or re.match(r"\s*([^,{]*)", args).group(1)).strip("'\" ") or ts_type,
                             description=comment)
            field.primary_key = decorator in ("PrimaryColumn", "PrimaryGeneratedColumn", "ObjectIdColumn")
            if length := re.fullmatch(r"\d+", options.get("length", "").strip("'\" ")):
                field.max_length = int(length.group(0))
            field.unique = options.get("unique", "").strip() == "true"
            field.index = "Index" in named
            default = options.get("default")
            if default is not None and (value := _default(default, kind, enums)) is not None:
                field.default = value
            elif initial is not None and decorator == "Column" and (value := _default(initial, kind, enums)) is not None:
                field.default = value  # (`isActive: boolean = true`: the value a new row starts with)
            nullable = options.get("nullable", "").strip() == "true" or mark == "?" or decorator == "DeleteDateColumn"
            field.nullable = nullable
            # (TypeORM's columns are NOT NULL unless said otherwise: one with no default must be given)
            field.required = decorator == "Column" and not nullable and field.default is NO_DEFAULT
            entity.fields.append(field)
        decorators, pending = [], ""
        at = member.end()
    for f in [f for f in entity.fields if f.foreign_key and f.description.startswith("references ")]:
        if not re.search(r"[a-z]Id$", f.name) or not any("_" in g.name for g in entity.fields):
            continue
        f.name = re.sub(r"Id$", "_id", f.name)  # (`business` among snake_case columns: its column is `business_id`)
    for f in [f for f in entity.fields if f.foreign_key and f.description.startswith("references ")]:
        stated = next((g for g in entity.fields if g is not f and g.name == f.name), None)
        if stated is not None:  # `@Column({ type: 'uuid' }) category_id` beside its relation: the column as stated
            stated.index = stated.index or f.index
            stated.foreign_key = True
            entity.fields.remove(f)
