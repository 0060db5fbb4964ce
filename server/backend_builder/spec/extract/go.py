"""Go structs in code blocks, as Go backends' specs write their models: a field `Title string` tagged (in backquotes)
`gorm:"size:200;not null" json:"title" binding:"required,max=200"`, with GORM's, sqlx's `db:"x"` or bun's tags.

A struct is a table when its tags name columns (gorm, db, bun, pg, sql) or a `TableName()` method names it; a struct
with only `json` tags is a table too unless its name says it is a request, a response or a filter. The JSON tag is the
key the client sends, so it names the field; `json:"-"` keeps a column (a password hash) out of the API, and out of
the draft. A pointer or a `sql.NullX` is nullable; a struct-typed field or a slice of structs is a relation."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import bare_list, declared_enums, parse_literal
from backend_builder.spec.extract.csharp import braced_body
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField

LANGS = ("go", "golang")
STRUCT = re.compile(r"^[ \t]*type\s+([A-Z]\w*)\s+struct\s*\{", re.MULTILINE)
FIELD = re.compile(r"^([A-Z]\w*)\s+(\*?(?:\[\])?\*?[\w.]+(?:\[[\w.]+\][\w.{}]+)?)\s*(`[^`]*`)?\s*(?://\s*(.*))?$")
EMBEDDED = re.compile(r"^\*?([\w.]+)\s*(`[^`]*`)?\s*(?://.*)?$")
TABLE_NAME = re.compile(r"func\s*\(\s*\w*\s*\*?(\w+)\s*\)\s*TableName\(\)\s*string\s*\{\s*return\s+\"([^\"]+)\"")
COLUMN_TAGS = ("gorm", "db", "bun", "pg", "sql", "sqlx", "xorm", "bson", "dynamodbav", "firestore")
TABLED = re.compile(rf"\b(?:{'|'.join(COLUMN_TAGS)}):\"|\bcreate\s+table\b", re.IGNORECASE)
NOT_A_TABLE = re.compile(r"(Request|Response|Req|Resp|Input|Output|Params|Param|Filter|Query|Payload|DTO|Dto|Form|"
                         r"Claims|Config|Options|Result|Args|Event|Message|View|Summary|Stats)$")
TYPES = {"string": "str", "int": "int", "int8": "int", "int16": "int", "int32": "int", "int64": "int", "uint": "int",
         "uint8": "int", "uint16": "int", "uint32": "int", "uint64": "int", "float32": "float", "float64": "float",
         "bool": "bool", "time.time": "datetime", "uuid.uuid": "uuid", "decimal.decimal": "decimal",
         "json.rawmessage": "json", "datatypes.json": "json", "datatypes.jsonmap": "json", "datatypes.date": "date",
         "pgtype.jsonb": "json", "pgtype.uuid": "uuid", "pgtype.timestamptz": "datetime", "pgtype.timestamp": "datetime",
         "pgtype.date": "date", "pgtype.text": "str", "pgtype.int4": "int", "pgtype.int8": "int", "pgtype.bool": "bool",
         "pgtype.numeric": "decimal", "sql.nullstring": "str", "sql.nullint64": "int", "sql.nullint32": "int",
         "sql.nullint16": "int", "sql.nullbool": "bool", "sql.nullfloat64": "float", "sql.nulltime": "datetime",
         "null.string": "str", "null.int": "int", "null.bool": "bool", "null.float": "float", "null.time": "datetime",
         "pq.stringarray": "list[str]", "[]string": "list[str]", "datatypes.jsontype": "json",
         "primitive.objectid": "str", "bson.objectid": "str"}
NULLABLE_TYPE = re.compile(r"^(sql\.Null|null\.|pgtype\.)")
# embedded bases that bring id/created_at/updated_at (and gorm.Model's deleted_at), which the generator adds itself
BASES = {"gorm.model", "model", "basemodel", "base", "timestamps", "bun.basemodel"}


def tags(text: str | None) -> dict[str, str]:
    """`gorm:"size:200;not null" json:"title"` -> {'gorm': 'size:200;not null', 'json': 'title'}."""
    return dict(re.findall(r"(\w+):\"([^\"]*)\"", text or ""))


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums: dict[str, list[str]] | None = None
    # (a document with no table anywhere, no column tag and no DDL: its structs are documents kept whole, JSON files
    # or a store's values, so a struct-typed member is held inside, not a relation)
    untabled = not TABLED.search(doc.text)
    for code in doc.code:
        if code.lang not in LANGS and not (code.lang in ("", "text") and STRUCT.search(code.text) and "`" in code.text):
            continue
        text = code.text
        if enums is None:
            enums = declared_enums(doc.text)  # (Go's `const (...)` blocks of a string type among them)
        table_names = dict(TABLE_NAME.findall(text))
        for match in STRUCT.finditer(text):
            name = match.group(1)
            body = braced_body(text, match.end())
            first = code.line + text[: match.end()].count("\n")
            entity = RawEntity(name=name, kind="orm", file=doc.path, table=table_names.get(name),
                               line=code.line + text[: match.start(1)].count("\n"),
                               context=" / ".join(code.headings) + " / go")
            column_tagged = False
            # (`ServiceID` beside `Service Service`: the key column, and the member that loads its row, a relation)
            keyed = {m[:-2] for m in re.findall(r"^\s*([A-Z]\w*?(?:ID|Id))\s", body, re.MULTILINE)}
            for number, line in enumerate(body.splitlines()):
                stripped = line.strip()
                found = FIELD.match(stripped)
                if not found:
                    embedded = EMBEDDED.match(stripped)
                    if embedded and embedded.group(1).lower() not in BASES and "." not in embedded.group(1) and stripped:
                        entity.notes.append(f"{doc.path}:{first + number}: embedded {embedded.group(1)} is read "
                                            "where it is declared, not here")
                    continue
                field_tags = tags(found.group(3))
                column_tagged |= any(key in field_tags for key in COLUMN_TAGS)
                field = _field(found, field_tags, enums, path=doc.path, line=first + number, entity=entity,
                               held=untabled and found.group(1) not in keyed)
                if field is not None:
                    entity.fields.append(field)
            if not column_tagged:
                # a struct of json tags alone (no column tag on any member) says nothing of NOT NULL: a client may
                # leave out what no binding requires (a Go string is never nil, but that is the server's zero value)
                for field in entity.fields:
                    if field.nullable is False and not field.required:
                        # (presumed: a rule list beside it, `- \`Title\`: REQUIRED`, says more)
                        field.nullable, field.required, field.presumed = None, False, True
            if entity.fields and (column_tagged or entity.table or not NOT_A_TABLE.search(name)):
                out.append(entity)
        out += _ent_schemas(code.text, code.line, doc.path, " / ".join(code.headings))
    return out


# entgo.io's schema: `func (Transaction) Fields() []ent.Field { return []ent.Field{ field.String("title").MaxLen(120), ... } }`
ENT_FIELDS = re.compile(r"func\s*\(\s*\w*\s*\*?([A-Z]\w*)\s*\)\s*Fields\s*\(\s*\)\s*\[\]ent\.Field\s*\{")
ENT_FIELD = re.compile(r"\bfield\.(\w+)\(\s*\"(\w+)\"(?:\s*,[^)]*)?\)((?:\s*\.\s*\w+\((?:[^()]|\([^()]*\))*\))*)")
ENT_TYPES = {"string": "str", "text": "text", "int": "int", "int8": "int", "int16": "int", "int32": "int", "int64": "int",
             "uint": "int", "uint8": "int", "uint16": "int", "uint32": "int", "uint64": "int", "float": "float",
             "float32": "float", "bool": "bool", "time": "datetime", "uuid": "uuid", "json": "json", "enum": "enum",
             "strings": "list[str]", "ints": "json", "floats": "json"}


def _ent_schemas(text: str, start: int, path: str, headings: str) -> list[RawEntity]:
    """ent's `Fields()`: each `field.Kind("name")` with its chained rules, `.Optional()` (not required), `.Nillable()`,
    `.Default(...)`, `.MaxLen(n)`, `.Unique()`, `.Values("a", "b")`; the id is ent's own."""
    out = []
    for match in ENT_FIELDS.finditer(text):
        body = braced_body(text, match.end())
        first = start + text[: match.end()].count("\n")
        entity = RawEntity(name=match.group(1), kind="orm", file=path, line=start + text[: match.start()].count("\n"),
                           context=f"{headings} / ent")
        for found in ENT_FIELD.finditer(body):
            kind, name, chain = found.group(1).lower(), found.group(2), found.group(3) or ""
            line = first + body[: found.start()].count("\n")
            field = RawField(name=name, file=path, line=line, type_text=f"field.{found.group(1)}", type=ENT_TYPES.get(kind))
            if kind == "enum":
                values = re.search(r"\.Values\(([^()]*)\)", chain)
                field.enum_values = re.findall(r'"([^"]*)"', values.group(1)) if values else None
                field.type = "enum" if field.enum_values else "str"
            length = re.search(r"\.MaxLen\(\s*(\d+)\s*\)", chain)
            field.max_length = int(length.group(1)) if length else None
            shortest = re.search(r"\.MinLen\(\s*(\d+)\s*\)|\.NotEmpty\(\)", chain)
            field.min_length = (int(shortest.group(1)) if shortest.group(1) else 1) if shortest else None
            default = re.search(r"\.Default\(((?:[^()]|\([^()]*\))*)\)", chain)
            if default:
                value = default.group(1).strip()
                field.default = "now()" if value in ("time.Now", "time.Now()") else parse_literal(value)
            field.unique = ".Unique()" in chain
            field.primary_key = name == "id"
            optional = ".Optional()" in chain or ".Nillable()" in chain
            field.nullable = ".Nillable()" in chain
            field.required = not optional and field.default is NO_DEFAULT and not field.primary_key
            entity.fields.append(field)
        if entity.fields:
            out.append(entity)
    return out


def _column(field_tags: dict[str, str]) -> str | None:
    gorm = re.search(r"(?:^|;)\s*column:(\w+)", field_tags.get("gorm", ""))
    if gorm:
        return gorm.group(1)
    for key in ("db", "bun", "pg", "sql", "xorm", "bson"):
        value = field_tags.get(key, "").split(",")[0].strip()
        if value and value != "-" and re.fullmatch(r"\w+", value):
            return value
    return None


def _field(found: re.Match[str], field_tags: dict[str, str], enums: dict[str, list[str]], *, path: str, line: int,
           entity: RawEntity, held: bool = False) -> RawField | None:
    """One member; `held`: a struct-typed member is part of the document (json), not a relation."""
    go_name, type_text, comment = found.group(1), found.group(2), (found.group(4) or "").strip()
    json_name = field_tags.get("json", "").split(",")[0].strip()
    if json_name == "-":
        entity.notes.append(f"{path}:{line}: {go_name} is kept out of JSON (json:\"-\"); left out of the API")
        return None
    gorm = field_tags.get("gorm", "")
    if gorm.strip() == "-" or re.search(r"(?:^|;)\s*(foreignKey|many2many|references|embedded)\b", gorm):
        entity.notes.append(f"{path}:{line}: {go_name} ({type_text}) is a relation or not stored; left out")
        return None
    pointer = "*" in type_text
    base = type_text.replace("*", "")
    lowered = base.lower()
    kind = TYPES.get(lowered)
    values = enums.get(lowered.split(".")[-1]) if kind is None else None
    validate = ",".join(field_tags.get(key, "") for key in ("binding", "validate"))
    one_of = re.search(r"\boneof=([^,]+)", validate)
    if one_of and kind in (None, "str"):
        values = one_of.group(1).split()
    named_type = kind is None and re.fullmatch(r"[A-Z]\w*", base) is not None  # (`Mode GameMode // "daily" | "solo"`)
    if (kind == "str" or named_type) and not values and "|" in comment and (listed := bare_list(comment)) and all(
            re.fullmatch(r"[A-Za-z][\w-]*", v) for v in listed):
        values = listed  # `Status string // PENDING | CONFIRMED | CANCELLED`: the values the comment lists
    if values:
        kind = "enum"
    if kind is None and re.search(r"(?:^|;)\s*type:\s*jsonb?\b", gorm, re.IGNORECASE):
        kind = "json"  # `SplitData []byte gorm:"type:jsonb"`: a document in a column, not a relation
    if kind is None:
        if lowered.startswith(("[]", "map[")) or base[:1].isupper() or "." in base:
            if lowered.startswith("map[") or held and "." not in base:
                kind = "json"  # (`Nodes []Node`, `Viewport Viewport` of a diagram kept as one JSON file)
            else:
                entity.notes.append(f"{path}:{line}: {go_name} ({type_text}) is another struct or a list of them "
                                    "(a relation); left out")
                return None
        else:
            return None
    name = json_name or _column(field_tags) or go_name
    field = RawField(name=name, file=path, line=line, type=kind, type_text=type_text, description=comment)
    if values:
        field.enum_values = values
    size = re.search(r"(?:^|;)\s*(?:size:(\d+)|type:\s*(?:var)?char\s*\(\s*(\d+)\s*\))", gorm, re.IGNORECASE)
    if re.search(r"(?:^|;)\s*type:\s*text\b", gorm, re.IGNORECASE) and kind == "str":
        field.type = "text"
    elif re.search(r"(?:^|;)\s*type:\s*(jsonb?)\b", gorm, re.IGNORECASE):
        field.type = "json"
    elif re.search(r"(?:^|;)\s*type:\s*(numeric|decimal)\b", gorm, re.IGNORECASE) and kind in ("float", "str"):
        field.type = "decimal"
    elif re.search(r"(?:^|;)\s*type:\s*date\b", gorm, re.IGNORECASE) and kind == "datetime":
        field.type = "date"
    if size and field.type == "str":
        field.max_length = int(size.group(1) or size.group(2))
    most = re.search(r"\b(?:max|lte)=(\d+)\b", validate)
    least = re.search(r"\b(?:min|gte)=(\d+)\b", validate)
    if field.type in ("str", "text"):
        if most and not field.max_length:
            field.max_length = int(most.group(1))
        if least and int(least.group(1)) > 0:
            field.min_length = int(least.group(1))
    elif field.type in ("int", "float", "decimal"):
        field.le = float(most.group(1)) if most else None
        field.ge = float(least.group(1)) if least else None
    field.primary_key = bool(re.search(r"(?:^|;)\s*primary_?key\b", gorm, re.IGNORECASE)) or go_name == "ID"
    field.unique = bool(re.search(r"(?:^|;)\s*unique(Index)?\s*(?:;|$)", gorm, re.IGNORECASE))
    field.index = bool(re.search(r"(?:^|;)\s*index\s*(?:;|$)", gorm, re.IGNORECASE))
    default = re.search(r"(?:^|;)\s*default:('[^']*'|[^;]+)", gorm)
    if default:
        value = default.group(1).strip()
        field.default = ("now()" if re.fullmatch(r"(now\(\)|current_timestamp(\(\))?)", value, re.IGNORECASE) else
                         value.strip("'") if field.type in ("enum", "str", "text") else parse_literal(value))
    said_required = bool(re.search(r"(?:^|;)\s*not\s+null\b", gorm, re.IGNORECASE) or re.search(
        r"(?:^|,)\s*required\b", validate) or field_tags.get("db", "").endswith(",notnull") or ",notnull" in field_tags.get(
        "bun", ""))
    field.nullable = (pointer or bool(NULLABLE_TYPE.match(base)) or "omitempty" in field_tags.get("json", "")) and not said_required
    if re.search(r"(?:^|;)\s*autoCreateTime|autoUpdateTime", gorm) and field.default is NO_DEFAULT:
        field.default = "now()"
    if said_required or field.nullable or field.primary_key or gorm:  # (GORM leaves a column nullable unless `not null`)
        field.required = said_required and field.default is NO_DEFAULT and not field.primary_key
    return field
