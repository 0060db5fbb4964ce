"""Rust structs in code blocks, as axum/actix/sqlx, SeaORM and Diesel backends' specs write their models:
`pub title: String` under `#[serde(rename_all = "camelCase")]`, `#[validate(length(max = 200))]`,
`#[sea_orm(column_type = "Text")]`; and Diesel's `table! { posts (id) { title -> Varchar, ... } }`.

An `Option<T>` is nullable, any other field is required unless `#[serde(default)]` gives it a value; serde's names
are the keys the client sends, so they name the fields. A struct named for a request, a response or an insert
(`CreatePostRequest`, `NewPost`) is not a table; a field typed by another struct, or a `Vec` of them, is a relation."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, parse_literal
from backend_builder.spec.extract.csharp import braced_body
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.go import NOT_A_TABLE
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, snake
from backend_builder.spec.extract.types import ENUM_NAME

LANGS = ("rust", "rs")
STRUCT = re.compile(r"^[ \t]*(?:pub(?:\([\w\s]+\))?\s+)?struct\s+([A-Z]\w*)\s*(?:<[^>{]*>)?\s*\{", re.MULTILINE)
ENUM = re.compile(r"^[ \t]*(?:pub(?:\([\w\s]+\))?\s+)?enum\s+([A-Z]\w*)\s*\{", re.MULTILINE)
FIELD = re.compile(r"^(?:pub(?:\([\w\s]+\))?\s+)?(r#)?([a-z_]\w*)\s*:\s*(.+?)\s*,?\s*(?://+\s*(.*))?$")
DIESEL_TABLE = re.compile(r"\btable!\s*\{\s*(?:[\w:]+\.)?(\w+)\s*(?:\([^)]*\))?\s*\{", re.MULTILINE)
DIESEL_COLUMN = re.compile(r"^\s*(?:#\[[^\]]*\]\s*)*(\w+)\s*->\s*(.+?)\s*,?\s*$")
INSERT_OR_PATCH = re.compile(r"^(New|Create|Update|Patch|Edit|Insert|Upsert)[A-Z]")
TYPES = {"string": "str", "str": "str", "&str": "str", "bool": "bool", "f32": "float", "f64": "float",
         "datetime<utc>": "datetime", "datetime<local>": "datetime", "datetime<fixedoffset>": "datetime",
         "naivedatetime": "datetime", "offsetdatetime": "datetime", "primitivedatetime": "datetime",
         "systemtime": "datetime", "timestamp": "datetime", "datetimewithtimezone": "datetime", "naivedate": "date",
         "date": "date", "naivetime": "str", "time": "str", "uuid": "uuid", "decimal": "decimal",
         "bigdecimal": "decimal", "value": "json", "json": "json", "jsonvalue": "json", "vec<string>": "list[str]",
         "vec<&str>": "list[str]", "hashset<string>": "list[str]", "btreeset<string>": "list[str]",
         "objectid": "str", "thing": "str", "recordid": "str"}
DIESEL_TYPES = {"int2": "int", "int4": "int", "int8": "int", "integer": "int", "bigint": "int", "smallint": "int",
                "serial": "int", "bigserial": "int", "varchar": "str", "text": "text", "bpchar": "str", "citext": "str",
                "bool": "bool", "float4": "float", "float8": "float", "float": "float", "double": "float",
                "numeric": "decimal", "timestamp": "datetime", "timestamptz": "datetime", "date": "date",
                "time": "str", "uuid": "uuid", "json": "json", "jsonb": "json", "array<text>": "list[str]",
                "array<varchar>": "list[str]", "array<nullable<text>>": "list[str]"}
SERDE_CASES = {"lowercase": str.lower, "UPPERCASE": str.upper,
               "snake_case": snake, "SCREAMING_SNAKE_CASE": lambda name: snake(name).upper(),
               "kebab-case": lambda name: snake(name).replace("_", "-"),
               "camelCase": lambda name: name[:1].lower() + name[1:],
               "PascalCase": lambda name: name}
SNAKE_CASES = {"camelCase": lambda name: re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name),
               "PascalCase": lambda name: "".join(p[:1].upper() + p[1:] for p in name.split("_")),
               "kebab-case": lambda name: name.replace("_", "-"), "lowercase": lambda name: name.replace("_", ""),
               "UPPERCASE": lambda name: name.replace("_", "").upper(), "SCREAMING_SNAKE_CASE": str.upper,
               "snake_case": lambda name: name}


def _rename_all(attributes: str) -> str | None:
    # (serde's, or sqlx's for a column type: `#[sqlx(type_name = "varchar", rename_all = "lowercase")]`)
    found = re.search(r"#\[(?:serde|sqlx)\([^\]]*\brename_all\s*=\s*\"([^\"]+)\"", attributes)
    return found.group(1) if found else None


def _attributes_before(text: str, start: int) -> str:
    """The `#[...]` lines (and doc comments) just above a declaration."""
    lines = text[:start].splitlines()
    taken: list[str] = []
    while lines and (lines[-1].strip().startswith(("#[", "//")) or not lines[-1].strip() and not taken):
        taken.insert(0, lines.pop().strip())
    return "\n".join(taken)


def rust_enums(text: str) -> dict[str, list[str]]:
    """`pub enum Status { Active, Archived }` under `#[serde(rename_all = "snake_case")]`: the values on the wire,
    by the lower-cased enum name; a variant's own `#[serde(rename = "x")]` wins. Only enums serde renames: the others
    are `declared_enums`'s, as written. A variant that carries data (`Custom(String)`) is no closed value."""
    out: dict[str, list[str]] = {}
    for match in ENUM.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        case = SERDE_CASES.get(_rename_all(_attributes_before(text, line_start)) or "")
        body = re.sub(r"//[^\n]*", "", braced_body(text, match.end()))
        values: list[str] = []
        renamed: str | None = None
        serde_renames = case is not None
        for part in re.findall(r"#\[[^\]]*\]|[^,\n]+", body):
            part = part.strip()
            if part.startswith("#["):
                said = re.search(r"\brename\s*=\s*\"([^\"]+)\"", part)
                renamed = said.group(1) if said and "serde" in part else renamed
                serde_renames |= renamed is not None
                continue
            variant = re.fullmatch(r"([A-Z]\w*)\s*(?:=\s*-?\d+)?", part)
            if not variant:
                if part:
                    values = []
                    break
                continue
            values.append(renamed or (case(variant.group(1)) if case else variant.group(1)))
            renamed = None
        if len(values) >= 2 and serde_renames:
            out[match.group(1).lower()] = values
    return out


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums: dict[str, list[str]] | None = None
    for code in doc.code:
        if code.lang not in LANGS and not (code.lang in ("", "text") and re.search(r"#\[derive\(", code.text)):
            continue
        text = code.text
        if enums is None:
            enums = declared_enums(doc.text) | rust_enums(doc.text)
            embedded = _value_structs(doc)
        out += _diesel_tables(doc, code.line, text, code.headings)
        for match in STRUCT.finditer(text):
            name = match.group(1)
            line_start = text.rfind("\n", 0, match.start()) + 1
            attributes = _attributes_before(text, line_start)
            table = re.search(r"\btable_name\s*=\s*\"?([\w.]+)\"?", attributes)
            if table and name == "Model":  # SeaORM names every entity's struct Model: its table names it
                name = table.group(1)
            entity = RawEntity(name=name, kind="orm", file=doc.path, table=table.group(1) if table else None,
                               line=code.line + text[: match.start(1)].count("\n"),
                               context=" / ".join(code.headings) + " / rust")
            case = SNAKE_CASES.get(_rename_all(attributes) or "")
            body = braced_body(text, match.end())
            first = code.line + text[: match.end()].count("\n")
            pending = ""
            for number, line in enumerate(body.splitlines()):
                stripped = line.strip()
                if stripped.startswith("#["):
                    pending += stripped
                    continue
                found = FIELD.match(stripped)
                if not found:
                    if not stripped.startswith("//"):
                        pending = ""
                    continue
                field = _field(found, pending, enums, case=case, path=doc.path, line=first + number, entity=entity,
                               embedded=embedded)
                pending = ""
                if field is not None:
                    entity.fields.append(field)
            derives = " ".join(re.findall(r"#\[derive\(([^)]*)\)", attributes))
            stored = bool(table) or re.search(r"\b(FromRow|Queryable|DeriveEntityModel|Selectable|Identifiable)\b", derives)
            if entity.fields and (stored or not (NOT_A_TABLE.search(name) or INSERT_OR_PATCH.match(name)
                                                 or re.search(r"\b(Insertable|AsChangeset)\b", derives))):
                out.append(entity)
    return out


def _value_structs(doc: Document) -> set[str]:
    """The structs the document declares that have no `id` of their own: values a row carries whole (serde writes
    `customer: CustomerInfo` as a nested object), not rows another table keys."""
    out = set()
    for code in doc.code:
        for match in STRUCT.finditer(code.text):
            body = braced_body(code.text, match.end())
            if not re.search(r"^\s*(?:pub(?:\([^)]*\))?\s+)?id\s*:", body, re.MULTILINE):
                out.add(match.group(1))
    return out


def _field(found: re.Match[str], attributes: str, enums: dict[str, list[str]], *, case, path: str, line: int,
           entity: RawEntity, embedded: set[str] = frozenset()) -> RawField | None:
    rust_name, type_text, comment = found.group(2), found.group(3).strip().rstrip(","), (found.group(4) or "").strip()
    if re.search(r"#\[serde\([^\]]*\bskip(_serializing)?\b", attributes) and "skip_serializing_if" not in attributes:
        entity.notes.append(f"{path}:{line}: {rust_name} is kept out of JSON (#[serde(skip)]); left out of the API")
        return None
    if re.search(r"#\[sea_orm\([^\]]*\bignore\b", attributes):
        return None
    compact = re.sub(r"\s+", "", type_text)
    nullable = False
    while True:  # Option<Box<T>>, Option<Json<T>>: the T inside, nullable
        wrapped = re.fullmatch(r"(?:std::option::)?Option<(.+)>", compact)
        if wrapped:
            compact, nullable = wrapped.group(1), True
            continue
        boxed = re.fullmatch(r"(?:Box|Arc|Rc)<(.+)>", compact)
        if boxed:
            compact = boxed.group(1)
            continue
        break
    lowered = compact.lower()
    last = re.sub(r"^.*::", "", lowered)  # chrono::DateTime<Utc>, serde_json::Value, uuid::Uuid
    kind = TYPES.get(lowered) or TYPES.get(last) or TYPES.get(re.sub(r"(?<=<)[\w:]*::", "", last))
    if kind is None and re.fullmatch(r"[iu](8|16|32|64|128|size)", last):
        kind = "int"
    if kind is None and (re.match(r"(sqlx::types::)?json<", lowered) or re.match(r"(std::collections::)?(hash|btree)map<", last)):
        kind = "json"
    values = enums.get(last) if kind is None else None
    if values:
        kind = "enum"
    if kind is None:
        if re.match(r"(vec|hashset|btreeset)<", last) and re.search(r"<(i\d+|u\d+|f\d+|bool)>", last):
            kind = "json"
        elif re.sub(r"^(?:Vec|HashSet|BTreeSet)<(.+)>$", r"\1", compact).split("::")[-1] in embedded:
            kind = "json"  # `customer: CustomerInfo`, `items: Vec<OrderItem>`: values declared beside it, kept whole
        elif ENUM_NAME.search(compact):  # `status: TaskStatus`, declared in another file: the spec's enums say
            kind = "str"
        elif re.match(r"(vec|hashset|btreeset)<", last) or compact[:1].isupper():
            entity.notes.append(f"{path}:{line}: {rust_name} ({type_text}) is another struct or a list of them "
                                "(a relation, or a type the spec does not declare); left out")
            return None
        else:
            return None
    said = re.search(r"#\[serde\([^\]]*\brename\s*=\s*\"([^\"]+)\"", attributes) or re.search(
        r"#\[(?:sqlx|sea_orm|diesel)\([^\]]*\b(?:rename|column_name)\s*=\s*\"?(\w+)\"?", attributes)
    name = said.group(1) if said else (case(rust_name) if case else rust_name)
    field = RawField(name=name, file=path, line=line, type=kind, type_text=type_text, description=comment)
    if values:
        field.enum_values = values
    sea = " ".join(re.findall(r"#\[sea_orm\(([^\]]*)\)\]", attributes))
    column_type = re.search(r"\bcolumn_type\s*=\s*\"(\w+)(?:\(([^\"]*)\))?\"", sea)
    if column_type:
        sea_type = column_type.group(1).lower()
        if sea_type == "text" and kind == "str":
            field.type = "text"
        elif sea_type in ("json", "jsonbinary"):
            field.type = "json"
        elif sea_type == "decimal" and kind in ("float", "str"):
            field.type = "decimal"
        size = re.search(r"\d+", column_type.group(2) or "")
        if size and field.type == "str":
            field.max_length = int(size.group(0))
    validate = " ".join(re.findall(r"#\[validate\(([^\]]*)\)\]", attributes))
    length = re.search(r"\blength\s*\(([^)]*)\)", validate)
    bounds = re.search(r"\brange\s*\(([^)]*)\)", validate)
    if length and field.type in ("str", "text"):
        most, least = re.search(r"\bmax\s*=\s*(\d+)", length.group(1)), re.search(r"\bmin\s*=\s*(\d+)", length.group(1))
        field.max_length = int(most.group(1)) if most else field.max_length
        if least and int(least.group(1)) > 0:
            field.min_length = int(least.group(1))
    if bounds and field.type in ("int", "float", "decimal"):
        most, least = (re.search(rf"\b{b}\s*=\s*(-?[\d.]+)", bounds.group(1)) for b in ("max", "min"))
        field.le = float(most.group(1)) if most else None
        field.ge = float(least.group(1)) if least else None
    field.primary_key = bool(re.search(r"\bprimary_key\b", sea)) or rust_name == "id"
    field.unique = bool(re.search(r"\bunique\b", sea))
    field.index = bool(re.search(r"\bindexed\b", sea))
    default = re.search(r"\bdefault_value\s*=\s*(\"[^\"]*\"|[^,)\s]+)", sea)
    if default:
        value = default.group(1).strip('"')
        field.default = value if field.type in ("enum", "str", "text") else parse_literal(value)
    defaulted = bool(re.search(r"#\[(?:serde|sqlx)\([^\]]*\bdefault\b", attributes))
    field.nullable = nullable or bool(re.search(r"\bnullable\b", sea))
    field.required = not field.nullable and not defaulted and field.default is NO_DEFAULT and not field.primary_key
    return field


def _diesel_tables(doc: Document, first_line: int, text: str, headings: list[str]) -> list[RawEntity]:
    """Diesel's schema.rs: `table! { posts (id) { id -> Int4, title -> Varchar, body -> Nullable<Text>, } }`."""
    out = []
    for match in DIESEL_TABLE.finditer(text):
        entity = RawEntity(name=match.group(1), kind="sql", file=doc.path, table=match.group(1),
                           line=first_line + text[: match.start(1)].count("\n"),
                           context=" / ".join(headings) + " / diesel")
        first = first_line + text[: match.end()].count("\n")
        keys = re.search(r"\(([^)]*)\)\s*\{$", match.group(0))
        primary = {k.strip() for k in keys.group(1).split(",")} if keys else {"id"}
        for number, line in enumerate(braced_body(text, match.end()).splitlines()):
            found = DIESEL_COLUMN.match(line)
            if not found:
                continue
            type_text = re.sub(r"\s+", "", found.group(2))
            nullable = bool(re.fullmatch(r"(?:\w+::)*Nullable<(.+)>", type_text))
            inner = re.sub(r"^(?:\w+::)*Nullable<(.+)>$", r"\1", type_text)
            kind = DIESEL_TYPES.get(re.sub(r"^(?:\w+::)+", "", inner).lower())
            if kind is None:
                entity.notes.append(f"{doc.path}:{first + number}: {found.group(1)} ({found.group(2)}) has a type this "
                                    "reader does not know; left out")
                continue
            field = RawField(name=found.group(1), file=doc.path, line=first + number, type=kind, type_text=found.group(2))
            field.primary_key = found.group(1) in primary
            field.nullable = nullable
            field.required = not nullable and not field.primary_key
            entity.fields.append(field)
        if entity.fields:
            out.append(entity)
    return out
