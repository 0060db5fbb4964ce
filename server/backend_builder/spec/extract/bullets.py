"""Fields written as list items or plain lines: `- title (string, required): ...`, `title: VARCHAR(200) NOT NULL`."""

from __future__ import annotations

import csv
import re
from dataclasses import replace

from backend_builder.spec.extract.constraints import (
    CODE_MAX,
    CONSTRAINT_WORDS,
    apply_lengths,
    apply_words,
    bare_list,
    enum_values,
    notes_list,
    open_ended,
    parse_literal,
    state_named,
)
from backend_builder.spec.extract.document import DASHED_COLUMN, Document, Item
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.tables import NAME_HEADERS, attributes_heading, entity_name
from backend_builder.spec.extract.types import ECTO_TYPES, POINTED_KEY, classify, length_of

LINE = re.compile(
    r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?[`*\"']*(?P<name>[A-Za-z_][A-Za-z0-9_]*)[`*\"']*\s*"
    r"(?:\((?P<paren>[^()]*(?:\([^()]*\)[^()]*)*)\))?(?:(?<=\))\s*[.;])?(?:(?<=\))\s*\[(?P<bracket>[^\[\]]*)\])?\s*"
    r"(?:(?P<sep>->|→|--|[:\-–—=|←…]|//|\.{3})\s*(?P<rest>.*))?$"  # (`species (VARCHAR, NOT NULL) [dog, cat, etc.]`: a note)
)
TYPE_WORD = re.compile(
    r"\b((?:char|text|integer|positiveinteger|smallinteger|biginteger|positivesmallinteger|positivebiginteger|float|decimal|"
    r"boolean|datetime|date|time|uuid|json|email|url|slug|image|file|duration)field|foreignkey|onetoonefield"  # Django
    r"|unsigned(?:big|small|tiny|medium)?integer|(?:big|small|tiny|medium)integer|foreign(?:id|uuid)"  # Laravel
    r"|n?varchar\s*\(\s*(?:\d+|max)\s*\)|character varying\s*\(\s*\d+\s*\)|nvarchar|varchar|"
    r"datetime2|datetimeoffset|smalldatetime|uniqueidentifier|bit(?=\s*(?:$|[,;)|]|not\s+null|null|default))|ntext|"  # (SQL Server's)
    r"char\s*\(\s*\d+\s*\)|string\s*\(\s*\d+\s*\)|(?:string|varchar|char)\s*\[\s*\d+\s*\]"
    r"|string\[\]|text\[\]|list\[\s*(?:str|string)\s*\]|array|string|str|text|boolean|bool|integer|int[248]|float[48]|bigserial|smallserial"
    r"|serial[48]|tinyint|mediumint|int|bigint|smallint|serial|uuid|guid"  # (PostgreSQL's int2, float8)
    r"|[ui](?:8|16|32|64|128|size)|u?int(?:128|256)|f32|f64|option\s*<[^<>]*(?:<[^<>]*>)?>|vec\s*<[^<>]*>"  # (Rust's: `Option<f32>`)
    r"|timestamptz|timestamp|localdatetime|zoneddatetime|offsetdatetime|instant|localdate|bigdecimal|long"
    r"|datetime|date|time|digits?|decimal|numeric|money|float|double|real|number|jsonb|json|enum|object|objectid"
    r"|n[úu]mero\s+entero|n[úu]mero\s+decimal|enter[oa]s?|columnas?\s+enter[oa]s|n[úu]mero\s+inteiro|inteir[oa]s?|booleano|cadena|"
    r"texto|n[úu]mero(?!\s+d[eoa]\b))(?!\w)|長文テキスト|テキスト|文字列|数値|日時|日付|真偽値|문자열|텍스트|정수|숫자|날짜",
    re.IGNORECASE,
)
NOT_FIELDS = {"primary", "foreign", "index", "unique", "constraint", "constraints", "note", "notes", "example", "get",
              "post", "put", "patch", "delete", "returns", "response", "request", "body", "error", "table",
              "relationship", "relationships", "one", "many", "each", "all", "the", "a", "an", "if", "when", "must"}


# Lists that name constraints, indexes or keys, not columns: `- `fk_tasks_user_id`: Foreign key ...`
KEY_SECTION = re.compile(r"\b(constraints?|indexes|indices|index(es)?|foreign keys?|primary keys?|keys|relationships?|"
                         r"relations|triggers?|checks?|cascades?)\W*$", re.IGNORECASE)
KEY_NAME = re.compile(r"^(pk|fk|ck|chk|uk|uq|unq|idx|ix|trg)_\w+", re.IGNORECASE)
# A section about indexes whose sub-sections say what each is for: '### インデックス戦略' over '#### 検索パフォーマンス最適化'
INDEX_SECTION = re.compile(r"\b(?:index(?:es|ing)?|indices|indizes|[ií]ndices)\b(?:\s+(?:strateg\w*|plan|design))?\W*$"
                           r"|インデックス|索引|인덱스", re.IGNORECASE)


def _about_keys(headings: list[str] | tuple[str, ...], name: str) -> bool:
    """True for an item under a Constraints/Indexes heading, or named like a constraint (fk_..., idx_...)."""
    last = re.sub(r"[*`:#]", " ", headings[-1]).strip() if headings else ""
    # ("Entités et relations", "Entities and relationships": the entities themselves, their links besides)
    named = re.compile(r"\bentit|\bmod[eè]l|\btabl|\bsch[eé]ma|テーブル|エンティティ|表", re.IGNORECASE)
    keys = KEY_SECTION.search(last) and not named.search(last)
    under_indexes = len(headings) >= 2 and INDEX_SECTION.search(re.sub(r"[*`:#]", " ", headings[-2]).strip()) and not (
        named.search(last) or re.search(r"`\w+`", last))
    return bool(keys) or bool(under_indexes) or bool(KEY_NAME.match(name))


# `- \`tenant_id\` UUID nullable`: a backticked name, then its type with no separator.
TICKED = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?`(?P<name>[A-Za-z_][A-Za-z0-9_]*)`\s+(?P<rest>[A-Za-z].*)$")


# `tenant_id               VARCHAR(50)  FK → tenants.id`: a column list aligned in a plain code block.
COLUMNAR = re.compile(r"^\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s{2,}(?P<rest>[A-Za-z].*)$")
# (one space where the name fills the column: `organization_id UUID FK → organizations.id`, an SQL type in capitals)
COLUMNAR_FULL = re.compile(r"^\s*(?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s(?P<rest>(?:UUID|TEXT|VARCHAR|CHAR|INTEGER|INT|"
                           r"BIGINT|SMALLINT|NUMERIC|DECIMAL|BOOLEAN|BOOL|DATE|TIMESTAMPTZ|TIMESTAMP|JSONB|JSON|SERIAL|"
                           r"BIGSERIAL|REAL|FLOAT)\b.*)$")


# `- \`status scan_status not null default 'queued'\``: a whole SQL column definition in one code span.
# (or `- \`FolderId bigint?\` – FK → \`Folders.Id\` (nullable)`: a name and its type in the span, a note after a dash)
WHOLE_TICKED = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?`(?P<name>[a-z_][a-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*(?=\s+[^`]+`\s*[-–—:]\s))"
                          r"\s+(?P<type>[A-Za-z_][\w]*(?:\s*\([\d,\s]+\))?(?:\[\])?)(?P<mark>\?)?(?P<rest>(?:\s+[^`]*)?)`"
                          r"(?:\s*[-–—:]\s+(?P<note>.*?))?\s*$")


# `- book_copy_id uuid NOT NULL REFERENCES book_copies(id)`: a DDL column as a bullet, in plain words.
SQL_BULLET = re.compile(r"^\s*(?:[-*+]\s+)?(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>(?:uuid|text|citext|varchar|char|character varying|"
                        r"int|int2|int4|int8|integer|bigint|smallint|serial|bigserial|boolean|bool|timestamptz|timestamp|"
                        r"date|time|timetz|numeric|decimal|real|float|double precision|jsonb|json|bytea)(?:\s*\([\d,\s]+\))?"
                        r"(?:\[\])?)(?P<rest>(?:\s+.*)?)$", re.IGNORECASE)


# `- nim String?`, `- id String PK uuid`: a Prisma field written as a bullet (a scalar type, `?` when optional).
PRISMA_BULLET = re.compile(r"^\s*(?:[-*+]\s+)?`?(?P<name>[a-z][A-Za-z0-9_]*)`?\s+`?(?P<type>String|Int|BigInt|Float|Decimal|Boolean|"
                           r"DateTime|Json|Bytes)(?P<mark>\?|\[\])?`?(?P<rest>(?:\s+[^:]*)?)$")


# `decision  ReviewDecision? (ACCEPTED | REJECTED) — null until finalized`: a Prisma-like line whose type is an enum,
# its values beside it in parentheses.
PRISMA_ENUM_BULLET = re.compile(r"^\s*(?:[-*+]\s+)?`?(?P<name>[a-z][A-Za-z0-9_]*)`?\s+`?(?P<type>[A-Z][A-Za-z0-9]*)(?P<mark>\?)?`?"
                                r"\s*\((?P<values>[^()|]+(?:\|[^()|]+)+)\)(?P<rest>.*)$")


# `` - `format: TournamentFormat` - sealed | draft | constructed ``: a TypeScript-minded member of a type the spec
# names, its values (or what it holds) after the dash
TYPED_MEMBER = re.compile(r"^\s*(?:[-*+]\s+)?`(?P<name>[a-z][A-Za-z0-9_]*)(?P<opt>\?)?\s*:\s*(?P<type>[A-Z][A-Za-z0-9]*)(?P<mark>\?)?`"
                          r"\s*[-—–:]\s*(?P<rest>.*)$")
BAG_TYPE = re.compile(r"[A-Z]\w*(Settings|Config|Configuration|Options|Preferences|Metadata|Meta|Params|Flags|Data)")


UNQUOTED_UNION = re.compile(r"^\s*(?:[-*+]\s+)?`?(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?`?\s*:\s*"
                            r"(?P<values>[A-Z][A-Z0-9_]*(?:\s*\|\s*[A-Z][A-Z0-9_]*)+)\s*$")


# A member of a JSON sketch of a document: `"groupId": groupId,`, `"members": [userId],`, `kind: "a" | "b",`
JSON_SKETCH = re.compile(r"\s*(?P<quote>[\"']?)(?P<name>[A-Za-z_]\w*)(?P=quote)\s*:\s*(?P<value>.+?)\s*,?\s*")


def _json_sketch(text: str, path: str, line: int) -> RawField | None:
    """A member of a JSON sketch whose value is another document's id by name (`userId`, `[userId]`: references, held
    as id strings), or a union of quoted values with a comma after it (an enum)."""
    member = JSON_SKETCH.fullmatch(text)
    if member is None:
        return None
    value = member.group("value")
    union = re.fullmatch(r"(['\"][\w -]{1,40}['\"])(?:\s*\|\s*['\"][\w -]{1,40}['\"])+", value)
    if union:
        return RawField(name=member.group("name"), file=path, line=line, type_text=value, type="enum",
                        enum_values=re.findall(r"['\"]([\w -]+)['\"]", value))
    reference = re.fullmatch(r"(\[)?\s*([a-z][A-Za-z0-9]*(?:Id|_id))\s*(\])?", value)
    if reference and bool(reference.group(1)) == bool(reference.group(3)):
        field = RawField(name=member.group("name"), file=path, line=line, type_text=value,
                         type="list[str]" if reference.group(1) else "str")
        field.foreign_key = not reference.group(1)
        return field
    return None


# A data dictionary's `status = [0 | 1 | 2]  // 0 待支付, 1 待接单, 2 制作中`: the values in brackets, maybe glossed
DICTIONARY_CHOICE = re.compile(r"\s*([A-Za-z_]\w*)\s*=\s*\[\s*([\w-]+(?:\s*\|\s*[\w-]+)+)\s*\]\s*(?://\s*(.*))?")


# A JSON draft's member whose value is its type in quotes: `"matchDate": "string(date-time, UTC)",  // API alias`,
# `"playerMatchIds": ["string"],`, `"status": "string",  // completed (MVP) | planned | in_progress (future)`
JSON_TYPED = re.compile(r'\s*"([A-Za-z_]\w*)"\s*:\s*(\[\s*)?"([^"]{1,60})"(\s*\])?\s*,?\s*(?://\s*(.*))?')


def _json_typed(field: RawField, text: str) -> None:
    """The whole quoted type of a JSON draft's member (its format in parentheses, a list in brackets), and the values
    its comment lists with `|` between them (each maybe with a remark: `completed (MVP)`)."""
    member = JSON_TYPED.fullmatch(text)
    if member is None or member.group(1) != field.name or field.type not in ("str", None):
        return
    quoted = member.group(3).strip()
    kind = classify(re.sub(r"\(\s*([^(),]+?)\s*,[^()]*\)", r"(\1)", quoted)) or classify(quoted)
    if member.group(2) and member.group(4):  # `["string"]`: a list of them
        field.type, field.type_text = ("list[str]" if kind in ("str", "text") else "json"), f"[{quoted}]"
        return
    if kind and kind != "str" and field.type == "str" and re.fullmatch(r"(?:string|str)\s*\(.*\)", quoted, re.IGNORECASE):
        field.type, field.type_text = kind, quoted  # (`string(date-time, UTC)`: the format, the remark aside)
    values = [re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", v).strip().strip("`'\"") for v in (member.group(5) or "").split("|")]
    if field.type == "str" and len(values) >= 2 and all(re.fullmatch(r"[\w-]{1,40}", v) for v in values):
        field.type, field.enum_values = "enum", values


def parse_line(text: str, path: str, line: int) -> RawField | None:
    """A field from one line, or None when the line does not define one."""
    field = _parse_line(text, path, line)
    if field is not None and text.lstrip().startswith('"'):
        _json_typed(field, text)
    if field is None and (choice := DICTIONARY_CHOICE.fullmatch(text)):
        values = [v.strip() for v in choice.group(2).split("|")]
        field = RawField(name=choice.group(1), file=path, line=line, type_text=f"[{choice.group(2)}]", type="enum",
                         enum_values=values, description=(choice.group(3) or "").strip())
        field.coded = all(re.fullmatch(r"-?\d+", v) for v in values)  # (codes the wire keeps as numbers)
        return field
    bracketed = re.fullmatch(r"\s*[A-Za-z]\w*(?:\(\d+(?:,\s*\d+)?\))?\s*\[([^\[\]]{1,40})\]\s*", field.description) if field else None
    if field and bracketed and field.default is NO_DEFAULT and field.type not in ("json", "list[str]") and re.fullmatch(
            r"-?\d+(?:\.\d+)?|true|false|now|'[^']*'|\"[^\"]*\"|[a-z][a-z0-9_]*", bracketed.group(1).strip(), re.IGNORECASE) and (
            re.fullmatch(r"(?i)true|false", bracketed.group(1).strip()) or not CONSTRAINT_WORDS.fullmatch(bracketed.group(1).strip())):
        # (not `INT [PK]`, `STR [unique]`: marks, no value)
        # `- garage: INT [0]`, `- is_published: BOOL [true]`: the type, then the value a new row gets
        field.default, field.required = parse_literal(bracketed.group(1).strip().strip("'\"")), False
    kinds = re.search(r"\(\s*(?:string|str|text|enum)\s*:\s*([^():]+)\)", text, re.IGNORECASE) if field and field.type in (
        "str", "text") and not field.enum_values else None
    values = [v.strip() for v in re.split(r",\s*|\s+or\s+", kinds.group(1).strip().rstrip(".")) if v.strip()] if kinds else []
    # ('like new' is a value; `(string: max 100, required)` says rules, `(string: first, last)` too few to be sure)
    if (len(values) >= 3 or len(values) == 2 and state_named(field.name)) and all(
            re.fullmatch(r"[^\W\d][\w-]*(?: [^\W\d][\w-]*){0,2}", v) and not CONSTRAINT_WORDS.fullmatch(v)
            and not re.match(r"(?:max|min|up to|at most|at least)\b", v, re.IGNORECASE) for v in values) and not re.search(
            r"\betc\b|e\.g\.|\bsuch as\b|\bfor example\b|\.\.\.|…", kinds.group(1), re.IGNORECASE):
        field.type, field.enum_values = "enum", values  # `- \`condition\` (string: new, like new, used, old)`: its values
    remark = re.search(r"\s(?:--|—)\s+(.+)$", text)
    listed = notes_list(remark.group(1).strip(), field.default) if field and remark and field.type in ("str", "text") and not (
        field.enum_values) else None
    if field and listed and len(listed) >= 2 and (field.default in listed or state_named(field.name)):
        # `- \`estado\` (VARCHAR(20), default "pendiente") -- pendiente, aceptado, completado`: the values it holds
        field.type, field.enum_values = "enum", listed
    commented = re.search(r"\s(?:#|//)\s+((?:[\w-]{1,40}\s*\|\s*)+[\w-]{1,40})\s*$", text)
    if field and commented and field.type in ("str", "text") and not field.enum_values and (
            commented.group(1).count("|") >= 2 or state_named(field.name)):
        # `race_type:string   # 5k | 10k | half_marathon`: a model sketch's comment, the values it may hold
        field.type, field.enum_values = "enum", [v.strip() for v in commented.group(1).split("|")]
    return field


def _parse_line(text: str, path: str, line: int) -> RawField | None:
    if (text.rstrip().endswith(",") or text.lstrip().startswith(('"', "'"))) and (sketched := _json_sketch(text, path, line)):
        return sketched
    atom = re.match(r"^\s*(?:[-*+]\s+)?`?([a-z_]\w*)`?\s+:([a-z_]+)\b`?\s*,?\s*(.*)$", text)
    if atom and atom.group(2) in ECTO_TYPES:
        # `runner_id    :binary_id, FK -> runners`, `title :string`: an Elixir or Ruby type, as an atom
        field = RawField(name=atom.group(1), file=path, line=line, type_text=f":{atom.group(2)}",
                         type=ECTO_TYPES[atom.group(2)], description=atom.group(3).strip())
        field.primary_key = bool(re.match(r"pk\b|primary\s+key", atom.group(3), re.IGNORECASE))
        field.foreign_key = bool(re.search(r"\bfk\b|->|→|references", atom.group(3), re.IGNORECASE))
        apply_words(field, atom.group(3))
        return field
    union = UNQUOTED_UNION.match(text)
    if union:  # `- status: WAITING | CALLED | NO_SHOW` among `- name: string` lines: the values, without their quotes
        return RawField(name=union.group("name"), file=path, line=line, type_text=union.group("values"), type="enum",
                        enum_values=[v.strip() for v in union.group("values").split("|")],
                        nullable=True if union.group("optional") else None, required=False if union.group("optional") else None)
    member = TYPED_MEMBER.match(text)
    if member and member.group("type") not in ("String", "Int", "Float", "Decimal", "Boolean", "DateTime", "Json", "Date"):
        optional = bool(member.group("opt") or member.group("mark"))
        values = [v.strip().strip("`'\"") for v in member.group("rest").split("|")]
        if len(values) >= 2 and all(re.fullmatch(r"[\w-]{1,40}", v) for v in values):
            return RawField(name=member.group("name"), file=path, line=line, type_text=member.group("type"), type="enum",
                            enum_values=values, nullable=optional or None, required=False if optional else None,
                            description=member.group("rest"))  # (unmarked: the list's own convention decides)
        if BAG_TYPE.fullmatch(member.group("type")):  # `settings: TournamentSettings`: a bag of values, kept whole
            return RawField(name=member.group("name"), file=path, line=line, type_text=member.group("type"), type="json",
                            nullable=optional or None, required=False if optional else None, description=member.group("rest"))
    enum = PRISMA_ENUM_BULLET.match(text)
    values = [v.strip().strip("`'\"") for v in enum.group("values").split("|")] if enum else []
    if enum and len(values) >= 2 and all(re.fullmatch(r"[\w-]{1,40}", v) for v in values):
        optional = enum.group("mark") == "?"
        return RawField(name=enum.group("name"), file=path, line=line, type_text=enum.group("type") + (enum.group("mark") or ""),
                        type="enum", enum_values=values, nullable=optional, required=not optional,
                        description=enum.group("rest").strip(" —–-"))
    prisma = PRISMA_BULLET.match(text)
    if prisma and prisma.group("type") != "Bytes":
        type_text = prisma.group("type") + (prisma.group("mark") or "")
        field = RawField(name=prisma.group("name"), file=path, line=line, type_text=type_text,
                         type=classify(type_text), description=prisma.group("rest").strip())
        if prisma.group("mark") == "[]":
            field.type = "list[str]" if prisma.group("type") == "String" else "json"
        optional = prisma.group("mark") == "?"
        field.nullable, field.required = optional, not optional
        field.primary_key = bool(re.search(r"\b(pk|@id)\b", prisma.group("rest"), re.IGNORECASE))
        return field
    sql_line = SQL_BULLET.match(text)
    if sql_line and (not sql_line.group("rest").strip() or re.match(
            r"\s*(not\s+null|null|default|references|primary|pk\b|unique|check|--|\(\s*(nullable|optional|not\s+null)\s*\))",
            sql_line.group("rest"), re.IGNORECASE)):
        # (`- pos TEXT (nullable) - \`noun | verb | adj\``: a note after a dash, as after SQL's `--`)
        body, _, comment = re.sub(r"\s+[-–—]\s+", " -- ", sql_line.group("rest"), count=1).partition("--")
        type_text = sql_line.group("type")
        field = RawField(name=sql_line.group("name"), file=path, line=line, type_text=type_text, type=classify(type_text),
                         max_length=length_of(type_text), description=comment.strip())
        _sql_presence(field, body)
        field.foreign_key = bool(re.search(r"\breferences\b", body, re.IGNORECASE))
        listed = bare_list(comment.strip()) if "|" in comment else None
        if listed and field.type in ("str", "text"):  # `state text NOT NULL -- requested|approved|returned`
            field.type, field.enum_values = "enum", listed
        return field
    member = TS_MEMBER.match(text) or TS_SPLIT.match(text)
    if member:
        return _member(member, path, line)
    whole = WHOLE_TICKED.match(text)
    if whole and (TYPE_WORD.fullmatch(whole.group("type")) if whole.group("note") is not None or whole.group("mark") else (
            TYPE_WORD.match(whole.group("type")) or re.search(
            r"\b(not\s+null|null|default|references|primary\s+key|unique)\b", whole.group("rest"), re.IGNORECASE))):
        # the type may be the spec's own (`issue_type`, an enum declared elsewhere): resolved by its name later
        type_text = whole.group("type")
        words = " ".join(part for part in (whole.group("rest").strip(), whole.group("note") or "") if part)
        field = RawField(name=whole.group("name"), file=path, line=line, type_text=type_text + (whole.group("mark") or ""),
                         description=words, type=classify(type_text), max_length=length_of(type_text))
        if whole.group("mark"):
            field.nullable, field.required = True, False  # `bigint?`: a column that may be null
        apply_words(field, words)
        return field
    ticked = TICKED.match(text) or COLUMNAR.match(text) or COLUMNAR_FULL.match(text)
    named_type = re.match(r"([a-z][a-z0-9]*_[a-z0-9_]+)(\s+(?:not\s+null|null|default|references|unique|check)\b.*)$",
                          ticked.group("rest"), re.IGNORECASE) if ticked and not TYPE_WORD.match(ticked.group("rest")) else None
    if named_type:
        # `- \`session\` session_type not null`: a column of a type the spec declares (`session_type`: LUNCH, SNACK),
        # resolved by that name with the document's enums
        field = RawField(name=ticked.group("name"), file=path, line=line, type_text=named_type.group(1),
                         description=named_type.group(2).strip())
        _sql_presence(field, named_type.group(2))
        return field
    if ticked and TYPE_WORD.match(ticked.group("rest")):
        text = f"- `{ticked.group('name')}`: {ticked.group('rest')}"
    worded = re.match(r"^(\s*(?:[-*+]\s+)?\W{0,2}\*\*)([A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*){1,3})(\*\*\s*\(\s*"
                      r"[A-Za-z][\w?\[\]<> ]*\))", text)
    if worded and classify(re.sub(r"[()?\s]", "", worded.group(3).split("(", 1)[1])) is not None:
        # `- **Rent Price** (number)`: a field named in words, its type in parentheses; its name in snake_case
        text = f"{worded.group(1).lstrip()}{worded.group(2).replace(' ', '_').lower()}{text[worded.end(2):]}"
    match = LINE.match(text)
    if match is None and (marked := re.match(r"(.*\))\s+((?:default|nullable|unique|required|optional|not\s+null)\b.*)$", text,
                                             re.IGNORECASE)):
        # `- status (enum: 'a', 'b') default: 'a'`: words of the column after its parentheses, with no dash between
        match = LINE.match(f"{marked.group(1)} - {marked.group(2)}")
    if not match or not (match.group("paren") or match.group("rest")):
        return None
    name = match.group("name")
    paren, rest = match.group("paren") or "", match.group("rest") or ""
    if match.group("bracket") and not rest:
        rest = match.group("bracket")
    if name.lower() in NOT_FIELDS:
        # 'body', 'notes', 'index' are columns too, when a type follows at once: `- body: text`
        head = (paren or rest).lstrip("`*'\" ")
        head = re.sub(r"^(nullable|optional|required|not\s+null)\s*,?\s*", "", head, flags=re.IGNORECASE)  # `notes (nullable text)`
        direct = TYPE_WORD.match(head)
        if name.lower() in {"primary", "foreign", "unique", "constraint", "constraints", "get", "post", "put", "patch",
                            "delete", "returns", "the", "a", "an", "if", "when", "must", "each", "all"} or not direct or (
                name.lower() == "index" and direct.group(0).lower() != "integer"):
            return None
    if match.group("sep") is None and not paren:
        return None
    search_in = paren + " ; " + rest
    sketched = re.fullmatch(r"\s*\[\s*[\"']?([A-Za-z]+)[\"']?\s*\]\s*,?\s*", rest) if not paren else None
    if sketched and classify(sketched.group(1)) is not None:
        # `"tags": ["string"]` in a body sketched with type names: a list of them
        kind = classify(sketched.group(1))
        return RawField(name=name, file=path, line=line, type_text=f"{sketched.group(1)}[]", description=rest,
                        type="list[str]" if kind in ("str", "text") else "json")
    generic = re.match(r"\s*`?(List|Set|Map|Array|Iterable)<\s*(\w+)", rest)
    if generic and not paren:  # Dart/Java `List<ExerciseSet>`: a list of strings, else nested objects kept as JSON
        field = RawField(name=name, file=path, line=line, type_text=generic.group(0).strip(" `"), description=rest)
        inner = generic.group(2).lower()
        field.type = "list[str]" if inner in ("string", "str") and generic.group(1) != "Map" else "json"
        apply_words(field, rest)
        return field
    worded = re.match(r"\s*(?:(required|optional|nullable)\s+)?(?:(string|text|uuid|id)\s+(array|list)|(object)(?:\s+record)?|"
                      r"(record|map|dictionary))\b", rest, re.IGNORECASE) if not paren else None
    if worded:  # `- \`documents\`: optional string array`, `- \`terms\`: required object record`
        field = RawField(name=name, file=path, line=line, type_text=worded.group(0).strip(),
                         type="list[str]" if worded.group(3) else "json", description=rest)
        apply_words(field, rest)
        return field
    quoted = r"(?:\"[\w -]+\"|'[\w -]+')"
    union = re.fullmatch(rf"\s*(?P<lead>null\s*\|\s*)?(?P<values>{quoted}(?:\s*\|\s*{quoted})+)(?P<tail>\s*\|\s*null)?\s*(?:\((?P<note>[^()]*)\))?\s*",
                         rest) if match.group("sep") and not paren else None
    if union:  # `period: null | "daily" | "weekly"`: a closed list of strings, and `null` when the field is unset
        field = RawField(name=name, file=path, line=line, type_text=union.group("values"), description=rest.strip(),
                         type="enum", enum_values=list(dict.fromkeys(re.findall(r"[\"']([\w -]+)[\"']", union.group("values")))))
        if union.group("lead") or union.group("tail"):
            field.nullable, field.required = True, False
        apply_words(field, union.group("note") or "")
        return field
    named_enum = re.match(r"\s*`?([A-Z]\w*)`?\s*\(([^()]+)\)", rest)
    listed = bare_list(named_enum.group(2)) if named_enum and not TYPE_WORD.match(named_enum.group(1)) and classify(
        named_enum.group(1)) is None else None  # (`Guid (FK, obrigatorio)`: a known type with its constraints)
    if listed and any(CONSTRAINT_WORDS.fullmatch(v) or RELATION_WORD.fullmatch(v) for v in listed):
        listed = None  # (`traitePar` → User (ManyToOne, nullable): a relation to User and its presence, no values)
    if listed and not paren:  # `status: SessionStatus (inProgress, completed, abandoned)`
        field = RawField(name=name, file=path, line=line, type_text=named_enum.group(1), description=rest,
                         type="enum", enum_values=listed)
        apply_words(field, rest[named_enum.end():])
        return field
    pseudo = re.fullmatch(r"\s*(?P<type>[A-Z][A-Za-z0-9]*(?:\[\])?)(?P<null>\s*\|\s*null)?\s*(?:\((?P<note>.*)\))?\s*,?",
                          rest) if match.group("sep") and not paren else None
    known = classify(pseudo.group("type")) is not None if pseudo else False
    compound = bool(pseudo and re.search(r"[a-z][A-Z]|\d[A-Z]", pseudo.group("type").removesuffix("[]")))
    if pseudo and (pseudo.group("type").endswith("[]") or known and compound or not known and (pseudo.group("note") or compound)):
        # pseudo-code `processedAt: ISO8601DateTime | null (when ...)`, `billingAddress: Address (copy from the
        # session)`, `items: CartItem[] (snapshot)`: the type is the token after the colon, not a word of the note
        type_text = pseudo.group("type")
        field = RawField(name=name, file=path, line=line, type_text=type_text, description=rest.strip(),
                         type=classify(type_text))
        if re.fullmatch(r"[A-Z]\w*\[\]", type_text) and classify(type_text[:-2]) is None and classify(type_text) != "list[str]":
            field.type = "json"  # `CartItem[]`: objects of another kind, kept whole (not `ObjectId[]`: their ids)
        apply_words(field, pseudo.group("note") or "")
        if pseudo.group("null"):
            field.nullable, field.required = True, False
        return field
    lead = re.match(r"\s*`?(\*?(?:\[\])?[A-Za-z][\w.]*)`?\s*(?:,|$)", paren)
    # (`EstimatedEffort` (float64, hours), `StartDate` (*time.Time, optional), `Tags` (StringArray, JSON): Go's types
    # first, a type the words below do not spell)
    type_match = lead if lead and not TYPE_WORD.fullmatch(lead.group(1)) and classify(lead.group(1)) else None
    type_match = type_match or TYPE_WORD.search(paren) or next((m for m in TYPE_WORD.finditer(rest[:80]) if not re.match(
        r"\s+(?:ranges?|slots?|zones?|windows?|periods?|frames?|spans?|limits?|intervals?)\b", rest[m.end():], re.IGNORECASE)),
        None) or re.match(
        r"\s*`?(time)\b(?!\s+\w)", paren or rest, re.IGNORECASE)  # `pickup (TIME)`: a time of day, when it leads
    # ('Inclusive start of the reserved time range.': a word of the prose, no type)
    named_type = re.match(r"\s*`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)`?\s*(?:,|$)", paren)
    called = re.match(r"\s*`?([A-Za-z_]\w*\s*\([^()]*\))", paren)
    if type_match is None and called and text.lstrip(" -*+").startswith("`"):
        # `geom` (geography(Point,4326), GIST index): a type with its parameters, one we may not know; kept, so
        # that the draft says so rather than losing the column without a word
        field = RawField(name=name, file=path, line=line, type_text=called.group(1), type=classify(called.group(1)),
                         description=rest)
        apply_words(field, paren[called.end():] + " ; " + rest)
        return field
    if type_match is None and named_type:
        # `status` (OrderStatus, default: DRAFT): a type the spec names, resolved later (an enum declared elsewhere)
        field = RawField(name=name, file=path, line=line, type_text=named_type.group(1), description=rest)
        apply_words(field, paren[named_type.end():] + " ; " + rest)
        return field
    snake_enum = re.match(r"\s*`?([a-z]\w*_enum)`?(?![\w`])", rest) if not paren else None
    if type_match is None and snake_enum:
        # `role: role_enum DEFAULT 'GUEST'  // GUEST | HOST | PRODUCER`: an enum type, its values in the comment
        body, _, comment = re.sub(r"\s--\s", " // ", rest[snake_enum.end():]).partition("//")
        values = bare_list(comment.strip()) if "|" in comment or "," in comment else None
        field = RawField(name=name, file=path, line=line, type_text=snake_enum.group(1), description=comment.strip(),
                         type="enum", enum_values=values)
        apply_words(field, body)
        return field
    if type_match is None:
        reference = re.match(r"\s*(?:ref|fk|references?|referencia|referência|référence)\s*(?:→|->|:|to\b|a\b)\s*`?(?-i:[A-Z])\w*"
                             r"(?:\.\w+`?)?(?![\w.`])",  # (`FK → \`User.id\``)
                             paren or rest, re.IGNORECASE)
        tabled = re.match(r"\s*references\s+`?([a-z][a-z0-9_]*)`?(?=\s*(?:,|$))", paren) if paren else None
        if tabled and reference is None:
            # `device_id` (references devices, required): Rails' `t.references`, a key of that table, typed as its
            # key is (an integer where nothing says)
            field = RawField(name=name, file=path, line=line, type_text="FK", description=paren, foreign_key=True)
            apply_words(field, paren[tabled.end():])
            return field
        if reference:  # `courtId` (ref → Court): another row's id, typed as that row's key is (or an opaque string)
            field = RawField(name=name, file=path, line=line, type_text=reference.group(0).strip(), description=rest,
                             type=classify(reference.group(0)), foreign_key=True)
            apply_words(field, (paren or rest)[reference.end():])
            return field
        if re.search(r"(_at|[a-z]At)$", name) and re.search(r"\bsoft[- ]?delet", search_in, re.IGNORECASE):
            # `deleted_at (soft deletes)`: the time a row was soft-deleted, empty until then
            return RawField(name=name, file=path, line=line, type_text=paren or rest, description=rest,
                            type="datetime", nullable=True, required=False)
        return None
    type_text = type_match.group(1) if type_match.re is not TYPE_WORD else type_match.group(0)
    of_rows = re.match(r"\s*`?([A-Z][A-Za-z0-9]*)`?\s+(?:array|list)\b", rest) if not paren else None
    if of_rows and classify(of_rows.group(1)) is None and re.search(r"\brelation|\breferences?\b|\bchild|\bnested\b",
                                                                    rest, re.IGNORECASE):
        return None  # `children: DashboardMenu array (relation to child items)`: other rows, no column
    enum_named = re.search(r"`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)`?\s+$", (paren if type_match.string == paren else "")[:type_match.start()])
    if enum_named and type_text.lower() == "enum":
        type_text = f"{enum_named.group(1)} enum"  # `status` (EnrollmentStatus enum, NOT NULL): the enum declared by that name
    # (`tags` (JSON array of strings, Default: []): with nothing after the parentheses, they say what it holds)
    field = RawField(name=name, file=path, line=line, type_text=type_text,
                     description=rest.strip() or (paren.strip() if type_match.string == paren else ""))
    field.type = classify(type_text)
    if re.match(rf"\s*`?{re.escape(type_text)}`?\s+(?:array|list)\b", rest, re.IGNORECASE) and field.type in ("str", "text"):
        field.type = "list[str]"  # `requiredPermissions: String array (permissions needed to view)`
    if field.type == "str" and re.search(r"\biso\s+(?:timestamp\s+)?string\b", search_in, re.IGNORECASE):
        field.type = classify(search_in)  # `due_date` (ISO string, nullable): a moment, as ISO text
    if field.type in ("str", "text") and paren and match.group("sep") == "--" and re.fullmatch(
            r"\s*[a-z][a-z0-9_]*(?:\s*[/|]\s*[a-z][a-z0-9_]*){2,}\s*", rest) and (values := bare_list(rest)):
        # `- source_type (text) -- manual | photo_confirmed | imported_sheet`: a SQL comment of the codes it holds
        field.type, field.enum_values = "enum", values
    if field.type in ("str", "text") and paren and (spanned := re.fullmatch(
            r"\s*(`[\w-]+`(?:\s*[,/|]\s*`[\w-]+`)+)\s*\.?\s*", rest)):
        # `status` (`VARCHAR(50)`): `draft`, `pending`, `paid`: the values, each in its span, and nothing else
        field.type, field.enum_values = "enum", re.findall(r"`([\w-]+)`", spanned.group(1))
    if not paren and (listed := re.match(r"\s*`?\[\s*([A-Za-z]\w*)\s*\]`?\s*[,;]?\s*(?://.*)?$", rest)):
        # `available_slots: [String],` in a Mongoose-style listing: a list of what the brackets hold
        field.type = "list[str]" if listed.group(1).lower() in ("string", "str") else "json"
    if not paren and re.fullmatch(r"\s*`?\[?\s*" + re.escape(type_text) + r"\s*\]?`?\s*[,;]?\s*", rest):
        field.description = ""  # (`name: String,`: the type alone, no words about the column)
    carried = re.match(r"\s*`?(?:string|str)`?\s*\(\s*(decimal|numeric|uuid|guid|iso[ -]?8601|rfc\s?3339|date-time)\b", rest,
                       re.IGNORECASE) if not paren else None
    if carried and type_text.lower() in ("string", "str"):
        # `amount: string (decimal > 0)`: a decimal the wire carries as a string (an ISO 8601 one, a date or a moment
        # as the rest says: `string (ISO8601) Date of birth (YYYY-MM-DD)`); `category_id`: `string` (UUID), a uuid
        field.type = classify(carried.group(1)) if carried.group(1).lower() in (
            "decimal", "numeric", "uuid", "guid") else classify(rest)
    if type_text.lower() == "object" and "json" not in search_in.lower():
        return None
    field.max_length = length_of(type_text)
    if field.type == "str" and not field.max_length and (sized := re.match(
            r"\s*`?(?:string|varchar|char)`?\s*,\s*(\d{1,5})\s*(?:,|$)", paren, re.IGNORECASE)):
        field.max_length = int(sized.group(1))  # `no_transaksi` (string, 30): Laravel's `string('no_transaksi', 30)`
    apply_words(field, search_in)
    if field.type == "text" and re.fullmatch(r"text", type_text) and field.max_length and field.max_length <= 255:
        field.type = "str"  # '`title`: text, required, max 120 chars': the word for a string, bounded as short ones are
    if field.type in ("str", None) and re.search(r"\benum\b", search_in, re.IGNORECASE):
        field.type = "enum"  # '`kind`: string enum (a, b)' (a line lost in round 38-39's edit, restored)
    if field.type == "enum" and not field.enum_values:
        field.enum_values = enum_values(search_in)
    if field.type == "date" and type_text.lower() == "date" and re.search(r"[a-z](Time|_time|At|_at)$", name):
        field.type = "datetime"  # `startTime: Date`, `checkInTime: date`: a time by its name, a moment
    return field



# `- \`excerpt?: string\` (trimmed, max 500)`: a TypeScript-style member in one code span, with its notes after it.
TS_MEMBER = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?`(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?\s*:\s*(?P<type>[^`]+?)\s*;?`"
                       r"\s*(?:\((?P<note>.*)\))?\s*(?P<rest>.*)$")


# `- \`startTime\`: \`Date\` - when it began`, `- \`name?\`: \`string\``: the name and a TypeScript type, each in its span
TS_SPLIT = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?`(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?`\s*[:：]\s*"
                      r"`(?P<type>string|number|boolean|bigint|Date|[A-Z]\w*\[\]|string\[\]|number\[\]|Array<[^`]+>|"
                      r"Record<[^`]+>|(?:['\"][\w -]+['\"]\s*\|\s*)+['\"][\w -]+['\"])(?:\s*\|\s*null)?`"
                      r"\s*(?:\((?P<note>[^()]*)\))?\s*(?P<rest>.*)$")


def _sql_presence(field: RawField, body: str) -> None:
    """What a SQL column definition's words after the type say: its rules, and NOT NULL (or a key) or NULL. A bare
    `name TYPE` says nothing of presence."""
    apply_words(field, body)
    if re.search(r"\b(null|not\s+null|primary|pk|default|nullable|optional)\b", body, re.IGNORECASE):
        field.nullable = not re.search(r"\bnot\s+null\b|\bprimary\b|\bpk\b", body, re.IGNORECASE)
        field.required = not field.nullable and field.default is NO_DEFAULT


def _member(member: re.Match[str], path: str, line: int) -> RawField | None:
    type_text, note = member.group("type").strip(), f"{member.group('note') or ''} {member.group('rest') or ''}".strip()
    field = RawField(name=member.group("name"), file=path, line=line, type_text=type_text, description=note)
    union = re.fullmatch(r"\s*(['\"][\w -]+['\"](?:\s*\|\s*['\"][\w -]+['\"])+)\s*", type_text)
    if union:  # `status: "draft" | "published"`
        field.type, field.enum_values = "enum", re.findall(r"['\"]([\w -]+)['\"]", union.group(1))
    elif re.fullmatch(r"(string|String)\[\]|Array<string>|(?:(?:mongoose\.)?(?:Schema\.)?Types\.)?ObjectId\[\]", type_text,
                      re.IGNORECASE):
        field.type = "list[str]"  # (and MongoDB's `ObjectId[]`: the ids of other documents)
    elif re.fullmatch(r"(?i)object|record<.*>|\{.*\}|\w+\[\]|Array<.*>", type_text):
        field.type = "json"  # an embedded object (`author: object`, a snapshot), or a list of them
    elif type_text == "Date":
        field.type = "datetime"  # a JavaScript Date: a moment
    elif collection := re.fullmatch(r"(?:Set|List|MutableSet|MutableList|Collection|Iterable|Seq|Vec)<\s*([A-Za-z_]\w*)\s*>\??",
                                    type_text):
        # Kotlin's `Set<McpPermission>`: strings, or the values of the enum it names (resolved with the spec's enums),
        # else the objects it names, kept whole
        inner = collection.group(1)
        field.type, field.type_text = ("list[str]", type_text) if inner.lower() in ("string", "str") else (None, f"{inner}[]")
    elif python_optional := re.fullmatch(r"(\w+)\s*\|\s*None|Optional\[\s*(\w+)\s*\]", type_text):
        # Python's `int | None`, `Optional[str]`: the type, and a field that may be missing
        field.type = classify(python_optional.group(1) or python_optional.group(2))
        if field.type is None:
            return None
        field.nullable, field.required = True, False
    else:
        field.type = classify(type_text)
        listed = enum_values(note) if field.type is None and re.fullmatch(r"[A-Z]\w*", type_text) and re.search(
            r"\benum\b", note, re.IGNORECASE) else None
        if listed and len(listed) >= 2:  # `classificacao: ClassificacaoOp` — enum: `1BOX`, `2SBTH`: its values beside it
            field.type, field.enum_values = "enum", listed
        if field.type is None:
            return None
    field.max_length = field.max_length or length_of(type_text)
    apply_words(field, note)
    factory = re.search(r"default_factory\s*=\s*(dict|list)\b", note)
    if factory:  # a dataclass's `field(default_factory=dict)`: an empty one when not given
        field.default, field.required = ({} if factory.group(1) == "dict" else []), False
    if member.group("optional") or type_text.endswith("?"):  # (Kotlin's and C#'s `LocalDateTime?` after the type)
        field.nullable, field.required = True, False
    elif member.re is TS_SPLIT and field.required is None and field.default is NO_DEFAULT:
        field.required = True  # (TypeScript's member without `?`: one the object always has)
    return field


# An ORM's name for a relation: `User (ManyToOne, nullable)`, `@OneToMany`, Django's `ForeignKey`
RELATION_WORD = re.compile(r"@?(?:many|one)[-_ ]?to[-_ ]?(?:many|one)|foreign[-_ ]?key|belongs[-_ ]?to|has[-_ ]?(?:many|one)",
                           re.IGNORECASE)
# The mark of a group of `- name: words` items (no type, no code quotes), which joins a typed list under the same
# heading and is no entity by itself.
SAID_ONLY = "\x00said only"
BARE = re.compile(r"^[`*\"']*(?P<name>[A-Za-z_][A-Za-z0-9_]*)[`*\"']*\s*(?:\((?P<listed>[^()]+)\)\s*)?"
                  r"(?:(?:[:：](?!//)|\s=\s)\s*(?P<values>.+)|(?P<mark>nullable|optional|required|not\s+null|unique)\b[^`:：]*|"
                  # (`canteen_id` FK -> `canteen(id)`; `status` default `OPEN`: a reference, a default, no type)
                  r"(?P<tail>(?:FK|foreign\s+key|references?)\b.*|default\s*[:=]?\s*\S.*))?$",
                  re.IGNORECASE)  # (`product_status`：`draft / active`, with a full-width colon; `category_id` nullable;
# not `http://localhost:4000` (a link, no column named http))
INLINE = re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")


def name_type(name: str) -> str:
    """The type a bare column name suggests, for specs that list names without types."""
    lowered = snake_name(name)
    if lowered.endswith(("_at", "_on", "_at_utc", "_on_utc", "_until", "_since")) or lowered in (
            "timestamp", "datetime", "valid_from", "effective_from", "available_from", "start_time", "end_time"):
        # (`CreatedAtUtc`, `valid_until`; a `start_time` of a meeting, a moment)
        return "datetime"
    if lowered.endswith("_date") or lowered == "date" or lowered.startswith(("fecha_", "datum_")) or re.match(
            r"data_(?:d[aeo]_)?(?:inicio|fim|final|criacao|envio|nascimento|vencimento|entrega|pagamento|cadastro|"
            r"atualizacao|cancelamento|conclusao|emissao|validade|termino|limite|publicacao|registro|expiracao|"
            r"agendamento|abertura|fechamento|saida|entrada|chegada|compra|venda|devolucao|retirada|inscricao|"
            r"admissao|evento|reuniao|aprovacao|assinatura)(?:_|$)", lowered):
        return "date"  # (Portuguese `data_inicio`, Spanish `fecha_fin`: a day; not `data_source`)
    if lowered.startswith(("is_", "has_", "can_")) or lowered in ("active", "enabled", "published", "completed") or lowered.endswith(
            ("_enabled", "_disabled", "_verified", "_visible", "_allowed")):
        return "bool"  # (`paymentsEnabled`, `email_verified`: whether it is)
    if re.search(r"(?:^|_)(?:tracking|phone|telephone|mobile|serial|reference|ref|account|invoice|order|policy|passport|license|"
                 r"licence|registration|vat|tax|document|id|card|plate|flight|booking|confirmation|routing|iban|part|model|"
                 r"batch|lot)_number$", lowered):
        return "str"  # (`trackingNumber`, `phone_number`: a code written with digits, kept as its text)
    if lowered.endswith(("_year", "_month", "_count", "_number", "_minutes", "_seconds", "_days", "_quantity", "_qty",
                         "_minutos", "_segundos", "_dias", "_minuten", "_sekunden", "_tage",  # (`duracionMinutos`)
                         "_score", "_rank", "_order", "_index", "_steps", "_reps", "_points", "_bytes", "_cents", "_ms",
                         "_centavos", "_centimos",  # (`importe_centavos`: cents, whole)
                         "_width", "_height", "_px", "_attempts", "_retries",
                         "_sayisi", "_adedi", "_dk", "_yil")) or (  # (Turkish: yorum_sayisi, yanit_dk, deneyim_yil)
            lowered.startswith(("max_", "min_", "num_", "number_of_", "cantidad_", "quantidade_", "numero_de_",
                                "nro_", "qtd_", "total_de_", "anzahl_", "nombre_de_", "jumlah_"))) or (
            lowered in ("year", "month", "count", "quantity", "position", "sort_order", "servings", "age", "stock", "capacity",
                        "mileage", "attempts", "retries", "version", "revision")) or lowered.endswith(("_version", "_revision")) and (
            not lowered.endswith(("app_version", "api_version", "os_version", "model_version", "prompt_version", "policy_version",
                                  "schema_version", "sdk_version"))) or (
            lowered.split("_")[0] in ("age", "idade", "edad")):  # (`idadeEstimada`, an estimated age in years)
        return "int"
    if lowered.endswith(("_price", "_amount", "_total", "_subtotal", "_fee", "_cost")) or lowered in ("price", "amount", "total", "subtotal", "tax", "balance", "fee", "cost") or (
            lowered.startswith(("amount_", "price_")) and not lowered.endswith(("_id", "_type", "_currency"))):  # (`amount_due`)
        return "decimal"
    if lowered.endswith(("_hours", "_kg", "_km", "_percent", "_percentage", "_ratio", "_lat", "_lng", "_lon", "_latitude",
                         "_longitude")) or lowered in ("hours", "weight", "lat", "lng", "lon", "latitude", "longitude"):
        return "float"  # `control_hours`: 7.5 hours, a measure with a fraction
    if lowered.endswith(("_ids", "_tags", "_urls", "_hashtags")) or lowered in ("tags", "ids", "labels", "keywords", "urls",
                                                                                "hashtags"):
        return "list[str]"  # `relatedDocumentIds`, `tags`, `mediaUrls`: a list of names, ids or links
    if lowered.endswith("_json"):
        return "json"  # `trade_rule_json`: a JSON document
    if lowered in FREE_TEXT_NAMES:
        return "text"  # a `description`, `notes` or `body`: free text of no set length
    return "str"


# Column names that hold free text, in the languages the specs are written in.
FREE_TEXT_NAMES = {"description", "notes", "body", "content", "comment", "comments", "bio", "details", "descripcion",
                   "descricao", "observacao", "observacoes", "observaciones", "notas", "contenido", "conteudo",
                   "beschreibung", "notizen", "remarks", "memo"}


def prose_type(name: str, words: str) -> str:
    """The type a column described only in words has: 'numeric value', 'date when', 'identifier of'."""
    guess = name_type(name)
    lowered = words.lower()
    if guess in ("date", "str") and re.search(r"^\W*(date and time|date/time|data\s*/\s*hora|data e hora|fecha\s*(?:/|y)\s*hora|"
                                              r"date et heure|datum und uhrzeit)\b", lowered) or (
            guess == "date" and re.search(r"日期时间|日期時間|日時", lowered)):
        return "datetime"  # `UploadedDate`: data/hora do envio
    if guess != "str":
        return guess
    if re.match(r"\W*(?:[a-z]+\s+){0,2}(?:code|symbol|abbreviation|label)s?\b", lowered):
        return "str"  # 'Currency code or symbol associated with the amount': a code, whatever it is about
    # ('Instante UTC', a moment; 'Día local de `inicio`', a day)
    for pattern, kind in ((r"\b(date and time|timestamp|datetime|date-time|instante?|instant)\b", "datetime"),
                          (r"\bdate\b|\(\s*yyyy-mm-dd\s*\)|^\W*(?:d[íi]a|jour|tag)\b", "date"),
                          # (money in the spec's words or its sign: 'Importo totale in €', 'precio en $')
                          (r"\b(importo|prezzo|precio|pre[çc]o|montant|betrag|preis)\b|\bin\s*[€£$]|[€£]\s*(?:\.|$)", "decimal"),
                          (r"\b(true|false|boolean|whether|flag)\b", "bool"),
                          ((r"\b(integer|count|number of|n[úu]mero de|cantidad|quantidade|nombre de(?!\s+(?:la|el|los|las|una?)\b)|anzahl|sayısı|adet|"
                            r"entier|entero|inteiro|ganzzahl|intero)(?!\w)"), "int"),  # ('nombre de la lista' is its name)
                          (r"\bjson\b", "json"),
                          (r"\b(numeric|amount|decimal|price|money|monetary)\b", "decimal"), (r"\buuid\b", "uuid"),
                          (r"\b(text|markdown|body|notes?)\b", "text")):
        if re.search(pattern, lowered):
            return kind
    return "str"


def snake_name(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


# "Wartości status:", "Valores de estado", "Default values": a heading over values, not over a table's columns.
# A heading over a list of the tables themselves (`## Main entities` over "- `profiles`: one row per user"), no table.
ENTITIES_HEADING = re.compile(r"[#*\s\d.)]*(?:(?:main|core|key|primary|other|all|the|data|domain|database|principais|"
                              r"principales|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:entities|tables|models|"
                              r"collections|entidades|tabelas|tablas|entités|tabellen|modelos)"
                              r"(?:\s+(?:overview|list|principais|principales))?\s*:?\s*[*:]*\s*", re.IGNORECASE)  # ('**Three core tables:**')
VALUES_HEADING = re.compile(r"\b(values?|valores?|valeurs?|werte|warto[śs]ci|valori|wartosci|giá trị|değerler|значения|"
                            r"allowed|choices|options|opciones|opções)\b|値|值|값", re.IGNORECASE)


# A heading over the kinds a column may hold ("### Property Types", "Sale Types", "Categories").
KINDS_HEADING = re.compile(r"\b(types|kinds|categories|statuses|states|levels|tipos|catégories|categorias|categorías)\s*$",
                           re.IGNORECASE)


def _state_values(doc: Document) -> set[int]:
    """The lines of bullets nested under a state column's bullet (a `status`: Estado de la entrada bullet over
    `active`: En espera and `cancelled`: Cancelada): each is one of its values with what it means, not a column."""
    out: set[int] = set()
    for index, item in enumerate(doc.items):
        head = re.match(r"\s*`?([A-Za-z_]\w*)`?\s*[:：(]", item.text)
        if not head or not state_named(head.group(1)):
            continue
        for child in doc.items[index + 1:]:
            if child.depth <= item.depth:
                break
            if re.match(r"\s*`[\w-]+`\s*[:：—–-]", child.text):
                out.add(child.line)
    return out


VALUES_LINE = re.compile(r"\s*(?:(?:values?|options?|one\s+of)\s*[:：]\s*)?(`[\w-]+`(?:\s*[,/|]\s*`[\w-]+`)+)\s*\.?\s*",
                         re.IGNORECASE)


def _nested_values(doc: Document) -> tuple[dict[int, list[str]], set[int]]:
    """A field's bullet over one nested bullet of its values ('Type (ProjectType, required)' over a nested
    '`product`, `service`, `internal`'): the closed list by the field's line, and the lines of those values."""
    out: dict[int, list[str]] = {}
    children: set[int] = set()
    for index, item in enumerate(doc.items[:-1]):
        child = doc.items[index + 1]
        if child.depth > item.depth and (listed := VALUES_LINE.fullmatch(child.text.split("\n")[0])) and re.match(
                r"\s*`?[A-Za-z_]\w*`?\s*[:：(]", item.text):
            out[item.line] = re.findall(r"`([\w-]+)`", listed.group(1))
            children.add(child.line)
    return out, children


def _bare_lists(doc: Document) -> list[RawEntity]:
    """`- `name`` items with no types (a list of column names, maybe with their values)."""
    groups: dict[tuple[str, ...], list[RawField]] = {}
    for item in doc.items:
        text = re.sub(r"\s*\n\s*", " ", item.text.strip())  # (an item wrapped onto a second line is one line)
        arrow = re.fullmatch(r"`?([A-Za-z_]\w*)`?\s*(?:->|→|=>)\s*`?[A-Z]\w*\.\w+`?\s*(\(.*\))?", text)
        if arrow and not _about_keys(item.headings, arrow.group(1)):  # `roomId -> Room.id (FK)`: a reference
            field = RawField(name=arrow.group(1), file=doc.path, line=item.line, type="str", type_text=text,
                             foreign_key=True)
            nullable = bool(re.search(r"\b(nullable|optional)\b", text, re.IGNORECASE))
            field.nullable, field.required = (True, False) if nullable else (None, None)
            groups.setdefault(tuple(_table_headings(item.headings)), []).append(_said_by_group(field, item.headings))
            continue
        described = re.fullmatch(r"((?:`[A-Za-z_]\w*`\s*[,/]\s*)*`[A-Za-z_]\w*`)\s*(\([^()]*(?:\([^()]*\))?[^()]*\))?\s*"
                                 r"(?:[—–…]|\s-\s|\s\.{3}\s)\s*(.+)", text) or re.fullmatch(  # (`title` … タイトル)
            r"((?:`[A-Za-z_]\w*`\s*,\s*)+`[A-Za-z_]\w*`)()\s*:\s*(.+)", text) or re.fullmatch(  # `a`, `b`: embedded, no type
            r"(`[A-Za-z_]\w*`)\s*(\((?:PK|FK|primary key|foreign key)[^()]*\))\s*", text, re.IGNORECASE) or re.fullmatch(
            # (`* title — название;`: a bare snake_case name, an en or em dash, what it holds)
            r"(?-i:([a-z][a-z0-9]*(?:_[a-z0-9]+)*))()\s+[—–]\s+(.+?)[;.]?", text)
        if described and not any(_about_keys(item.headings, n) for n in re.findall(r"`?(\w+)`?", described.group(1))):
            # `check_in_date`, `check_out_date` — date strings; `guest_id` (FK -> `guests.guest_id`) — the party
            note = (described.group(2) or "").strip("() ")
            words = described.group(3) if described.lastindex and described.lastindex >= 3 else ""
            for name in re.findall(r"`(\w+)`", described.group(1)) or [described.group(1)]:
                field = RawField(name=name, file=doc.path, line=item.line, type=prose_type(name, f"{note} {words or ''}"),
                                 type_text=note, description=(words or "").strip())
                apply_words(field, words or "")  # ('`from` — required, sender's agent ID': said so)
                if field.required is None and field.nullable is None:
                    field.required = False  # (as with bare names: nothing said, not required; rules elsewhere may)
                glossed = re.sub(r"\s*[（(][^()（）]*[)）]", "", words or "")  # `SYSTEM`（全ユーザー共通） / `USER`（個別）
                codes = bare_list(glossed) if glossed != (words or "") and glossed.count("`") >= 4 else None
                if codes and glossed.count("`") == 2 * len(codes):
                    field.type, field.enum_values = "enum", codes
                field.primary_key = bool(re.match(r"pk\b|primary key", note, re.IGNORECASE))
                field.foreign_key = bool(re.match(r"fk\b|foreign key", note, re.IGNORECASE))
                groups.setdefault(tuple(_table_headings(item.headings)), []).append(_said_by_group(field, item.headings))
            continue
        pieces = re.split(r",\s*(?![^()]*\))(?=`)", text)
        if re.match(r"`\w+`\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*[:：]", text):
            pieces = [text]  # `status` (`VARCHAR(50)`): `draft`, `pending`: one typed column and its values
        if len(pieces) >= 2 and all(re.match(r"`[A-Za-z_]\w*`(?![`\w])(?!\s*[:：=])", p) for p in pieces) and any(
                not re.fullmatch(r"`\w+`\s*", p) for p in pieces) and not any(_about_keys(item.headings, n) for n in
                                                                        re.findall(r"^`(\w+)`", text)):
            # `status` int: **1=Nuevo, 2=En curso**, `urgency` 1..5 (1=muy alta), `content` (longtext HTML): each code span
            # a column, and what follows it up to the next one what the line says of it
            for piece in pieces:
                found = re.match(r"`([A-Za-z_]\w*)`\s*(.*)$", piece, re.DOTALL)
                if found:
                    groups.setdefault(tuple(_table_headings(item.headings)), []).append(
                        _spanned(found.group(1), found.group(2).strip(" .;"), doc.path, item.line))
            continue
        # (or a group of them named for what they are for: `- Reliability fields (\`flows.md\`): \`startedAt\`, ...`)
        labelled = re.match(r"(?:[A-Za-z-]+\s+){0,2}?(?:fields|columns|attributes|properties|campos|atributos|colunas|columnas|champs|"
                            r"attributs|felder|spalten|kolom|trường)(?:\s*\([^()]*\))?\s*[:：]\s*", text, re.IGNORECASE)
        if labelled and re.fullmatch(r"[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)+\.?", text[labelled.end():].replace("`", "")):
            text = text[labelled.end():].rstrip(".")  # `- Fields: customer, staff, scheduled_start, status.`: the names
        if re.fullmatch(r"[A-Za-z_]\w*\??(\s*,\s*[A-Za-z_]\w*\??)+", text.replace("`", "")):  # `title, description`: names
            for name in re.split(r"\s*,\s*", text.replace("`", "")):  # (one per column, in code quotes or not)
                optional = name.endswith("?")  # (`make, model, year?, mileage?`: TypeScript's mark of one that may be left out)
                name = name.rstrip("?")
                if not _about_keys(item.headings, name):
                    field = RawField(name=name, file=doc.path, line=item.line, type=name_type(name), required=False)
                    field.nullable = True if optional else None
                    groups.setdefault(tuple(_table_headings(item.headings)), []).append(_said_by_group(field, item.headings))
            continue
        noted = re.fullmatch(r"[A-Za-z_]\w*(?:\s*\([^()]*\))?(?:\s*,\s*[A-Za-z_]\w*(?:\s*\([^()]*\))?)+", text.replace("`", ""))
        if noted and "(" in text:
            # `- id, tenantId (FK), userId (FK nullable), promoId (FK nullable)`: names, some with a note each
            for part in re.findall(r"([A-Za-z_]\w*)(?:\s*\(([^()]*)\))?", text.replace("`", "")):
                if not _about_keys(item.headings, part[0]):
                    column = column_note(part[0], part[1], "", doc.path, item.line)
                    if column.required is None and column.nullable is None:
                        column.required = False  # (nothing said: not required; a rule elsewhere may say it is)
                    column.primary_key = part[0].lower() == "id"
                    groups.setdefault(tuple(_table_headings(item.headings)), []).append(column)
            continue
        piped = re.fullmatch(r"`?([A-Za-z_]\w*)`?\s*[:：]\s*((?:[A-Za-z_][\w-]*\s*\|\s*)+[A-Za-z_][\w-]*)\s*,\s*"
                             r"((?:`?[A-Za-z_]\w*`?\s*,\s*)*`?[A-Za-z_]\w*`?)", text)
        if piped:
            # `- deliveryType: PICKUP | DELIVERY, deliveryAddress`: a closed list, then more columns on the same line
            group = groups.setdefault(tuple(_table_headings(item.headings)), [])
            group.append(RawField(name=piped.group(1), file=doc.path, line=item.line, type="enum", required=False,
                                  enum_values=[v.strip() for v in piped.group(2).split("|")]))
            group += [RawField(name=n, file=doc.path, line=item.line, type=name_type(n), required=False)
                      for n in re.findall(r"[A-Za-z_]\w*", piped.group(3))]
            continue
        match = BARE.match(text)
        if not match or parse_line(text, doc.path, item.line) is not None:
            continue
        if _about_keys(item.headings, match.group("name")):
            continue
        if match.group("listed") and match.group("name").lower() in ("unique", "index", "primary", "foreign", "key", "check",
                                                                       "constraint", "pk", "fk", "uq", "idx"):
            continue  # `- unique(\`session_id\`, \`stagiaire_id\`)`: a constraint over columns, not a column
        field = RawField(name=match.group("name"), file=doc.path, line=item.line, type_text="")
        if match.group("tail"):
            field.description, field.type = match.group("tail").strip(), name_type(field.name)
            field.foreign_key = bool(re.match(r"fk\b|foreign\s+key|references?\b", field.description, re.IGNORECASE))
            apply_words(field, field.description.replace("`", ""))
        if match.group("mark") and match.group("mark").lower() == "unique":  # `code` unique: one row per value
            field.unique = True
        elif match.group("mark"):  # `payment_source_id` nullable: a name and its presence, and nothing more said
            optional = match.group("mark").lower() in ("nullable", "optional")
            field.nullable, field.required = optional, not optional
            field.description = match.group(0)[match.start("mark"):].strip()
        values = match.group("values")
        listed_values = bare_list(match.group("listed") or "")
        if listed_values and not values:  # `category` (`DOGS`, `CATS`, `BIRDS`): a name and its closed list
            field.type, field.enum_values = "enum", listed_values
        elif match.group("listed") and re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*|[a-z]+(?:[A-Z][a-z0-9]*)+", field.name) \
                and (re.search(r"[^\W\d_]\s+[^\W\d_]", match.group("listed")) or not match.group("listed").isascii() and re.fullmatch(
                    r"\s*[^\W\d_]+\s*", match.group("listed"))):  # (or one word in another script: `(опционально)`)
            # `- avatar_url (square image URL for channel icon)`: a column and, in parentheses, what it holds
            field.description = match.group("listed").strip()
            field.type = prose_type(field.name, field.description)
            apply_words(field, field.description)
            if field.enum_values and field.type != "enum":
                field.enum_values = None
        elif match.group("listed") and re.match(r"\s*(?:FK|foreign\s+key|references?)\b", match.group("listed"), re.IGNORECASE):
            # `- account_id (FK → accounts, nullable)`: a reference, typed as the key of the table it points to
            field.description = match.group("listed").strip()
            field.type = name_type(field.name)
            apply_words(field, field.description)
        elif match.group("listed"):
            continue
        elif values:
            listed = bare_list(values)
            if listed and any(re.fullmatch(r"(?i)optional|opcional|facultati[fv][oae]?|optionnel(?:le)?|nullable|required|"
                                           r"obligatori[oa]|obrigat[óo]ri[oa]|requis|requerid[oa]", v) for v in listed):
                listed = None  # `group_id`: grupo, opcional. -- what it holds and a presence mark, no list of values
            if not listed and re.fullmatch(r"\s*[A-Z][A-Z0-9_]*(?:\s*(?:\([^()]*\))?\s*(?:→|->|\|)\s*[A-Z][A-Z0-9_]*)+"
                                           r"\s*(?:\([^()]*\))?\s*", values):
                # `status: WAITING_PAYMENT → PAID_MANUAL → COMPLETED | CANCELLED` (the states a row moves through, and
                # where it may end); `paymentMethod: QRIS_STATIC (Phase 1) | QRIS_DYNAMIC (Phase 3)`
                listed = list(dict.fromkeys(re.findall(r"[A-Z][A-Z0-9_]*", re.sub(r"\([^()]*\)", " ", values))))
            first = re.split(r"[;]\s|\.\s", values, maxsplit=1)
            if not listed and len(first) > 1 and first[0].count("`") >= 4:
                listed = bare_list(first[0]) or enum_values(first[0].replace("`", "'"))
                # (`aberto`, `fechado` ou `cancelado`; começa como `aberto`)
                if listed:
                    apply_words(field, first[1])
            if listed:
                field.type, field.enum_values = "enum", listed
            elif (item.text.lstrip().startswith("`") and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", field.name)) or (
                    item.text.lstrip().startswith("**") and re.fullmatch(r"[a-z][a-z0-9]*(?:[A-Z_][a-z0-9]*)*", field.name)):
                # `amount`: numeric value of the expense -- a name and what it holds, in words
                field.type, field.description = prose_type(field.name, values), values.strip()
                apply_words(field, values)
                if field.enum_values and field.type != "enum":
                    field.enum_values = None
            elif re.fullmatch(r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:_[a-z0-9]+)*", field.name) and len(values) <= 120 and not re.match(
                    r"\s*`?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b", values) and not re.search(r"\brelation", values, re.IGNORECASE):
                # (not `- children: DashboardMenu array (relation to child items)`: other rows, no column)
                # `- categoryId: required reference to Category` among `- quantity: required numeric value`: a column
                # and what it holds, in words; kept only where the same list types some of its columns
                field.type, field.description = prose_type(field.name, values), values.strip()
                apply_words(field, values)
                if field.enum_values and field.type != "enum":
                    field.enum_values = None
                if field.nullable is None and field.required is None:
                    field.required = False
                groups.setdefault((*_table_headings(item.headings), SAID_ONLY), []).append(field)
                continue
            else:
                continue
        elif not listed_values:
            field.type = name_type(field.name)
        if field.nullable is None and field.required is None:
            field.required = False  # nothing says it is required; rules elsewhere may
        groups.setdefault(tuple(_table_headings(item.headings)), []).append(_said_by_group(field, item.headings))
    out = []
    every = [f for fields in groups.values() for f in fields]
    # (the document's lists mark optional names, `- \`googleId\` nullable` under `users`, and none required: the names
    # that say nothing are the required ones, in every list of it)
    marked = any(f.nullable for f in every) and not any(f.required for f in every)
    for headings, fields in groups.items():
        if marked:
            for field in fields:  # `(opcional)` on some names: the ones that say nothing are the required ones
                if field.required is False and field.nullable is None and field.default is NO_DEFAULT:
                    field.required = None
        if fields:  # (fewer than three join a typed list under the same heading, or are dropped by the caller)
            said_only = headings[-1:] == (SAID_ONLY,)
            headings = headings[:-1] if said_only else headings
            entity = RawEntity(name=entity_name(list(headings)) or "unnamed", kind="bullets", file=doc.path,
                               line=fields[0].line, context=" / ".join(headings) + (" / untyped notes" if said_only else " / untyped names"))
            entity.fields = fields
            out.append(entity)
    return out


def _spanned(name: str, said: str, path: str, line: int) -> RawField:
    """One column of a run of code spans and what the run says of it: a type word, coded values (`1=Nuevo, 2=...`), or
    words (`(longtext HTML)`, `(apertura)`); required only if it says so."""
    words = said.replace("*", "").strip()
    note = re.sub(r"^\((.*)\)$", r"\1", words, flags=re.DOTALL)
    # (or the note opens with the type: `mature_height` (text — "6-8 ft" beats a decimal), `sun` (enum full/part/shade))
    typed = TYPE_WORD.match(words) or (TYPE_WORD.match(note) if re.match(r"\(\s*[a-z]+\b(?![-'])", words) else None)
    field = RawField(name=name, file=path, line=line, type_text=typed.group(0) if typed else "",
                     type=classify(typed.group(0)) if typed else (prose_type(name, note) if note else name_type(name)),
                     description=note)
    if len(re.findall(r"(?<![\w.])\d+\s*=\s*[^\W\d]", words)) >= 2 or re.match(r"\d+\s*\.\.\s*\d+\b", words):
        field.type = "int"  # `type` (1=Incidencia, 2=Solicitud): coded (the codes bound it); `urgency` 1..5: a range
    coded = re.match(r"\s*enum\s+`?([\w-]+(?:\s*[/|]\s*[\w-]+)+)`?", note, re.IGNORECASE)
    if coded and (values := bare_list(coded.group(1).replace("|", "/"))):
        field.type, field.enum_values = "enum", values  # `planted_precision` (enum `exact|month|year`, for ...)
    elif typed and field.type == "enum":
        field.type = "str"  # (`evergreen_deciduous` (enum, nullable): an enum whose values it does not give)
    if re.search(r"\bFK\b", note) and not typed:
        field.type_text = "fk"  # `plant_type` (FK vocabulary): a key of another table, typed as that table's key
    listed = bare_list(note) if not typed and not open_ended(note) else None
    if listed and len(listed) >= 3 and not any(re.fullmatch(r"(?i)nullable|optional|required|unique|indexed|pk|fk", v)
                                                for v in listed):
        field.type = "enum"  # `format` (feed, carousel, reel, story, text): its values, though one is a type's word
        field.enum_values = listed
    apply_words(field, note)
    if field.type != "enum":
        field.enum_values = None
    if field.type == "enum" and not field.enum_values:
        field.type = "str"
    if field.required is None and field.nullable is None:
        field.required = False  # (nothing said: not required; a rule elsewhere may say it is)
    return field


def _inline(doc: Document) -> list[RawEntity]:
    """`columns: id (int, PK), title (varchar), description (text), ...` on one line."""
    out = []
    for item in [*doc.items, *doc.paragraphs]:
        for number, line in enumerate(item.text.splitlines()):
            matches = [m for m in INLINE.finditer(line) if TYPE_WORD.search(m.group(2))]
            if len(matches) < 3:
                continue
            # (`- **Task**: The main todo entity, with attributes: ...`: the bold name, not the kind the words give it)
            owner = re.match(r"\W*\*\*`?([A-Za-z_]\w*)`?\*\*\s*[:：]", line) or re.search(
                r"\b([A-Za-z_]\w*)\s+(?:table|model|entity)\b", line, re.IGNORECASE) or re.match(
                r"\W*([A-Za-z_]\w*)`?\**\s*[:：]", line)  # `- Zapis: id, number (digit), name (string), ...`
            name = owner.group(1) if owner else (entity_name(item.headings) or "unnamed")
            entity = RawEntity(name=name, kind="bullets", file=doc.path, line=item.line + number,
                               context=" / ".join(item.headings) + " / inline")
            for match in matches:
                field = parse_line(f"{match.group(1)} ({match.group(2)})", doc.path, item.line + number)
                if field is not None and field.type == "enum" and not field.enum_values:
                    # (`status (enum success|failed|partial)`: the values after the word)
                    field.enum_values = bare_list(re.sub(r"^\s*enum\s*:?\s+", "", match.group(2), flags=re.IGNORECASE))
                if field is not None:
                    entity.fields.append(field)
            optional = [f for f in entity.fields if re.match(r"\s*option\s*<", f.description or "", re.IGNORECASE)]
            if optional:  # Rust's `Option<u32>` beside a bare `u32`: the bare ones must be there
                for field in entity.fields:
                    if field.required is None or field.required is False and field.nullable is None:
                        field.required = field not in optional and field.default is NO_DEFAULT
                        field.nullable = field in optional
            if len(entity.fields) >= 3:
                out.append(entity)
    return out


# `weight_kg REAL`, `rpe REAL NULL`, `performed_at`, Sync-Felder. Index (session_id).: a table's columns as
# one run of code spans in a paragraph under its heading, each a name with maybe a type and NULL/PK/UNIQUE.
TICKED_ITEM = re.compile(r"`(?P<body>[A-Za-z_][^`]*)`\s*(?:\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\))?\s*\.?")
INDEX_SENTENCE = re.compile(r"\b(?:index|indexes|indices|indizes|[ií]ndices?|索引|インデックス)\b\s*[:：]?\s*"
                            r"((?:\([^()]+\)\s*,?\s*)+)", re.IGNORECASE)


def _ticked_runs(doc: Document) -> list[RawEntity]:
    """A paragraph that lists a table's columns as code spans: `id TEXT PK`, `name`, `weight_kg REAL`, `rpe REAL NULL`."""
    out = []
    for paragraph in doc.paragraphs:
        head = paragraph.text.split("\n")[0]
        pieces = re.split(r",\s*(?![^()]*\))(?=(?:[^`]*`[^`]*`)*[^`]*$)", head)
        fields: list[RawField] = []
        typed = 0
        for piece in pieces:
            item = TICKED_ITEM.fullmatch(piece.strip())
            if item is None:
                break  # `Sync-Felder. Index (...)`: the run of columns has ended
            words = item.group("body").split()
            names = words[0].split("/")  # `created_at/updated_at/deleted_at`
            if not all(re.fullmatch(r"[A-Za-z_]\w*", n) for n in names):
                break
            rest = " ".join(words[1:])
            type_words = re.sub(r"\b(?:not\s+null|null|pk|primary\s+key|unique|fk)\b", " ", rest, flags=re.IGNORECASE).strip()
            if type_words and not TYPE_WORD.match(type_words):
                break
            typed += bool(type_words)
            for name in names:
                field = RawField(name=name, file=doc.path, line=paragraph.line, type_text=type_words,
                                 type=classify(type_words) if type_words else name_type(name),
                                 max_length=length_of(type_words) if type_words else None)
                field.primary_key = bool(re.search(r"\b(pk|primary\s+key)\b", rest, re.IGNORECASE))
                field.unique = bool(re.search(r"\bunique\b", rest, re.IGNORECASE))
                if re.search(r"(?<!not )\bnull\b", rest, re.IGNORECASE):
                    field.nullable, field.required = True, False
                elif re.search(r"\bnot\s+null\b", rest, re.IGNORECASE):
                    field.nullable = False
                listed = bare_list(item.group("note") or "") if "`" in (item.group("note") or "") else None
                if listed and len(listed) >= 2 and field.type in ("str", "text"):  # `mechanic` (`compound`/`isolation`)
                    field.type, field.enum_values = "enum", listed
                else:
                    field.description = (item.group("note") or "").strip()
                fields.append(field)
        if len(fields) < 3 or not typed:
            continue
        said = [f for f in fields if f.nullable is not None]
        if any(f.nullable for f in said) and not any(f.nullable is False for f in said):
            for f in fields:  # some say NULL: the ones that do not are NOT NULL, as in the DDL they stand for
                if f.nullable is None and not f.primary_key:
                    f.nullable, f.required = False, True
        else:
            for f in fields:
                if f.nullable is not None:
                    f.required = f.nullable is False
        indexed = INDEX_SENTENCE.search(paragraph.text)
        for group in re.findall(r"\(([^()]+)\)", indexed.group(1)) if indexed else []:
            columns = [c.strip(" `") for c in group.split(",")]
            for f in fields:
                if len(columns) == 1 and f.name == columns[0]:
                    f.index = True
        entity = RawEntity(name=entity_name(paragraph.headings) or "unnamed", kind="bullets", file=doc.path,
                           line=paragraph.line, context=" / ".join(paragraph.headings) + " / column spans")
        entity.fields = fields
        out.append(entity)
    return out


# `الأقساط: \`id\`, \`installment_code\` unique nullable, \`payment_status\` (paid/partial/unpaid), ..., timestamps`: a
# paragraph under the table's heading that says what the table is, then its columns, each a code span and its marks
LABELLED_RUN = re.compile(r"^(?P<label>[^`:：\n]{1,60})[:：]\s*(?P<run>`[A-Za-z_]\w*`.*)$")
RUN_EXTRAS = re.compile(r"(?i)timestamps?(?:\s*\(\))?|soft\s*deletes?|unique\s+(?:composite\s+)?\([^()]*\)|"
                        r"(?:composite\s+)?(?:index|unique)\s*\([^()]*\)")


def _labelled_runs(doc: Document) -> list[RawEntity]:
    """A table's columns written as a labelled run of code spans in a paragraph, with no types: typed by their names
    and the marks beside them (`unique`, `nullable`, `default 0`, `boolean`, a list of values)."""
    out = []
    for paragraph in doc.paragraphs:
        head = paragraph.text.split("\n")[0].strip()
        match = LABELLED_RUN.match(head)
        name = entity_name(paragraph.headings) if match else None
        if not match or not name or any(KINDS_HEADING.search(h) or VALUES_HEADING.search(h) for h in paragraph.headings[-2:]):
            continue  # ('## MVP Task Types' over "Deferred: `summarize`, `caption`, `classify`": kinds, not columns)
        fields: list[RawField] = []
        for piece in re.split(r"[,、，]\s*(?![^()]*\))", match.group("run").rstrip(" .。")):  # (`id`、`userId`: CJK commas)
            column = re.fullmatch(r"`([A-Za-z_]\w*)`\s*(.*)", piece.strip())
            if column is None:
                if RUN_EXTRAS.fullmatch(piece.strip()):
                    continue  # `timestamps`: the created_at and updated_at the generated backend has anyway
                fields = []
                break  # prose, not a list of columns
            said = column.group(2).strip()
            if said and not re.fullmatch(r"(?i)(?:\([^()]*\)|unique|nullable|optional|required|not\s+null|indexed|pk|fk|"
                                         r"default\s+\S++|[a-z]++(?:\(\d+\))?|\s)+", said):  # (possessive: one pass)
                fields = []
                break  # `id`, `title` and the words of a sentence: not a run of columns
            fields.append(_spanned(column.group(1), said, doc.path, paragraph.line))
        if len(fields) < 3:
            continue
        entity = RawEntity(name=name, kind="bullets", file=doc.path, line=paragraph.line,
                           context=" / ".join(paragraph.headings) + " / labelled column spans")
        entity.fields = fields
        out.append(entity)
    return out


# `title, description, start_at, status (planned|done), group_id, timestamps.`: a paragraph under a table's own heading
# (`## events`) that is nothing but its column names, one of them perhaps with its values in parentheses
NAME_RUN_PIECE = re.compile(r"(?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)\s*(?:\((?P<said>[^()]*)\))?")


def _name_runs(doc: Document) -> list[RawEntity]:
    """A table's columns named in a bare run, no types and no spans: typed by their names (`start_at` a moment,
    `max_participants` a count) and by the values beside one; none is required, as nothing says so."""
    out = []
    # (or a plain block of them under the entity's heading, a few to a line, a comment after some:
    # `## PriceObservation (append-only)` over ```text `price (NUMERIC 12,2), currency` / `source, status  # ...`)
    blocks = [(p.headings, p.line, p.text.strip(), r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*") for p in doc.paragraphs if "\n" not in p.text.strip()]
    blocks += [(c.headings, c.line, ", ".join(t for row in c.text.splitlines() if (t := re.sub(r"\s+#\s.*$", "", row).strip(" ,"))),
                r"[A-Za-z][A-Za-z0-9_]*(?:\s*\([^()]*\))?") for c in doc.code if c.lang in ("", "text", "txt", "plaintext")]
    for headings, line, head, titled in blocks:
        heading = headings[-1].strip() if headings else ""
        if not re.fullmatch(titled, heading) or not (name := entity_name(headings)):
            continue  # (only under a heading that is a table's name: `## events`, `## event_attendees`)
        paragraph = Item(headings, line, head, 0)
        fields: list[RawField] = []
        for piece in re.split(r",\s*(?![^()]*\))", head.rstrip(" .")):
            if RUN_EXTRAS.fullmatch(piece.strip()):
                continue  # `timestamps`: the created_at and updated_at the generated backend has anyway
            column = NAME_RUN_PIECE.fullmatch(piece.strip())
            if column is None:
                fields = []
                break  # (a sentence, not a run of names)
            fields.append(_spanned(column.group("name"), (column.group("said") or "").replace("\\|", "|"), doc.path,
                                   paragraph.line))
        if len(fields) >= 4 and any("_" in f.name for f in fields):
            entity = RawEntity(name=name, kind="bullets", file=doc.path, line=paragraph.line,
                               context=" / ".join(paragraph.headings) + " / untyped names")
            entity.fields = fields
            out.append(entity)
    return out


# "`core.models.Tournament` SHALL define: `id` (AutoField PK), `name` (CharField max_length=200), ...": a model
# that a requirement defines in one sentence, each field in its span with its type in parentheses
DEFINES = re.compile(r"`(?:[\w.]+\.)?(?P<entity>[A-Z]\w*)`\s+(?:SHALL|MUST|shall|must)\s+(?:define|have|include|contain|declare)s?"
                     r"\s*:?\s*(?P<body>`.+)$")


def _defined_runs(doc: Document) -> list[RawEntity]:
    """A requirement that defines a model's fields in one sentence, OpenSpec-style: each `name` (Type, options); Django's
    types leave a field NOT NULL unless it says null=True, and a form requires it unless it has a default or is blank."""
    out = []
    for paragraph in [*doc.paragraphs, *doc.items]:
        head = paragraph.text.split("\n")[0]
        match = DEFINES.search(head)
        if not match:
            continue
        body = re.split(r"\)\.\s+(?=\S)", match.group("body"), maxsplit=1)[0] + ")"  # (the sentence ends the list)
        fields = []
        for piece in re.split(r",\s*(?![^()]*\))(?=`)", body):
            item = re.fullmatch(r"\s*`([A-Za-z_]\w*)`\s*(\(.*\))\s*\.?\s*", piece)
            field = parse_line(f"- `{item.group(1)}` {item.group(2)}", doc.path, paragraph.line) if item else None
            if field is None:
                continue
            field.primary_key = field.primary_key or bool(re.search(r"\b(?:AutoField|BigAutoField|primary_key=True)\b|\bPK\b",
                                                                    piece))
            fields.append(field)
        if len(fields) < 3:
            continue
        if sum(bool(re.match(r"\w+Field\b|ForeignKey\b", f.type_text)) for f in fields) >= 2:
            for f in fields:  # Django's: NOT NULL unless null=True; required unless it has a default or may be blank
                if f.required is None and f.nullable is None and not f.primary_key:
                    loose = re.search(r"\bnull\s*=\s*True\b|\bblank\s*=\s*True\b", f.description or "")
                    f.nullable, f.required = bool(loose), not loose and f.default is NO_DEFAULT
        table = re.search(r"`db_table`\s+(?:SHALL|MUST|shall|must)\s+be\s+`'?(\w+)'?`", paragraph.text)
        entity = RawEntity(name=match.group("entity"), table=table.group(1) if table else None, kind="bullets",
                           file=doc.path, line=paragraph.line, context=" / ".join(paragraph.headings) + " / defined in a sentence")
        entity.fields = fields
        out.append(entity)
    return out


FIELD_LIST = re.compile(r"^\s*\**(fields|columns|attributes|properties|props|campos|colunas|champs|felder|medan)\**\s*:\**\s*(.+)$",
                        re.IGNORECASE | re.DOTALL)
NAMED_ITEM = re.compile(r"`(?P<name>[A-Za-z_]\w*)`(?:\s*\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\))?")
# `id: integer`, `firstName?: string`, `status: enum {A,B}` in one code span each, comma-separated
TYPED_ITEM = re.compile(r"`(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?\s*:\s*(?P<type>[^`]+?)\s*`(?:\s*\((?P<note>[^()]*)\))?")


def _field_lists(doc: Document) -> list[RawEntity]:
    """`1. **Course**` with a nested `- Fields: `Title`, `Status` (Draft, Published), `FileId` (Guid)`: names, no types;
    or `- Entity: Pet` with `- Fields: `id: integer`, `photoUrls: string[]``: typed members."""
    out = []
    for index, item in enumerate(doc.items):
        match = FIELD_LIST.match(item.text.split("\n")[0])
        members = list(TYPED_ITEM.finditer(match.group(2))) if match else []
        names = list(NAMED_ITEM.finditer(match.group(2))) if match else []
        if len(names) < 2 and len(members) < 2:
            continue
        parent = next((p for p in reversed(doc.items[:index]) if p.depth < item.depth), None)
        label = parent.text.split("\n")[0].strip("*_ ") if parent else ""
        owner = entity_name([label]) if re.match(r"\W*(?:entity|entidad|entidade|entit[ée]|entität|model|table|tabla|tabela)"
                                                 r"\W*[:：]", label, re.IGNORECASE) else None
        owner = owner or re.sub(r"[*`]|\(.*\)|:.*$", "", label).strip()  # (`- Entity: Pet`: the Pet)
        name = owner if re.fullmatch(r"[A-Za-z_][\w ]{0,40}", owner) else entity_name(item.headings) or "unnamed"
        entity = RawEntity(name=name.replace(" ", "_"), kind="bullets", file=doc.path, line=item.line,
                           context=" / ".join(item.headings) + " / field list")
        if len(members) >= 2:
            entity.fields = [f for m in members if (f := _listed_member(m, doc.path, item.line)) is not None]
            out.append(entity)
            continue
        for found in names:
            # (`host_id` (FK → `host_profiles.id`, unique), `price` (`numeric(10,2)` with `CHECK price >= 0`): a note each)
            note = found.group("note") or ""
            field = column_note(found.group("name"), note, "", doc.path, item.line)
            if note and field.type != "enum" and (kind := classify(note)) is not None:
                field.type = kind  # (`\`listing_status_t\` enum`: the whole note is its type)
            if POINTED_KEY.match(note.replace("`", "")):
                field.type, field.foreign_key = None, True  # typed as the key of the table it names, with the others
            entity.fields.append(field)
        if any(f.nullable for f in entity.fields):
            _settle_required(entity.fields)  # (`available_to` (date, nullable): the others are NOT NULL)
        for field in entity.fields:
            if field.required is None and field.nullable is None:
                field.required = False  # nothing says it is required; rules elsewhere may
        out.append(entity)
    return out


def _listed_member(member: re.Match[str], path: str, line: int) -> RawField | None:
    """One `name: type` of a field list: an `enum {A,B}` lists its values, `Category | null` (another entity) is an
    embedded object that may be missing, `integer >= 1` is an integer with its bound."""
    type_text, note = member.group("type").strip(), member.group("note") or ""
    missing = bool(re.search(r"\|\s*(?:null|undefined)\s*$", type_text))
    bare = re.sub(r"\s*\|\s*(?:null|undefined)\s*$", "", type_text)
    field = RawField(name=member.group("name"), file=path, line=line, type_text=type_text, description=note)
    listed = re.fullmatch(r"(?i)enum\s*[{(\[]\s*([^{}()\[\]]+?)\s*[})\]]", bare)
    if listed:
        field.type, field.enum_values = "enum", [v.strip(" '\"") for v in listed.group(1).split(",") if v.strip(" '\"")]
    elif re.fullmatch(r"[A-Z]\w*", bare) and classify(bare) is None:
        field.type = "json"  # another entity of the model, embedded
    else:
        typed = TS_MEMBER.match(f"`{member.group('name')}: {bare}`")
        parsed = _member(typed, path, line) if typed else None
        if parsed is None:
            return None
        field = parsed
        field.description = f"{note} {bare}".strip()
        apply_words(field, bare)  # (`quantity: integer >= 1`)
    if member.group("optional") or missing:
        field.nullable, field.required = True, False
    return field


# `Tasks table: id, title, status (todo/in-progress/done)`; `[x] Add priority column to tasks (low, medium, high)`
TABLE_LINE = re.compile(r"^\s*(?:\[[ xX]\]\s*)?(?:the\s+)?`?(?P<table>[A-Za-z_]\w*)`?\s+(?:table|collection)\s*[:：]\s*"
                        r"(?P<columns>.+)$", re.IGNORECASE)
TABLE_PAREN = re.compile(r"\b(?P<table>[A-Za-z_]\w*)\s+(?:table|collection)\s*\((?P<columns>[^()]+)\)", re.IGNORECASE)
# "**THEN** a `site_auth_tokens` table SHALL exist with columns: `id` (uuid PK), `userId` (FK to users), ...": a
# scenario's sentence that names the table and lists its columns
TABLE_WITH = re.compile(r"\b(?P<table>[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]{3,})\s+(?:table|collection)\b[^:：]{0,60}?\b(?:with|having|has)\s+"
                        r"(?:the\s+)?(?:following\s+)?(?:columns|fields)\s*[:：]\s*(?P<columns>.+)$", re.IGNORECASE)
# (in another language's order, "la table `transition_plans` existe avec les colonnes : `id` (uuid PK), ...", "la tabla
# `pedidos` tiene las columnas: ...", "a tabela `x` existe com as colunas: ...")
TABLE_WITH_ROMANCE = re.compile(r"\b(?:table|tabla|tabela|tabelle)\s+(?P<table>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)\s+[^:：]{0,60}?"
                                r"\b(?:avec|con|com|mit|tiene|contient|cont[ée]m)\s+(?:les\s+|las\s+|los\s+|as\s+|os\s+|den\s+)?"
                                r"(?:colonnes|champs|columnas|campos|colunas|spalten|feldern)\s*[:：]\s*(?P<columns>.+)$",
                                re.IGNORECASE)
ADD_COLUMN = re.compile(r"^\s*(?:\[[ xX]\]\s*)?add\s+(?:an?\s+)?`?(?P<name>[A-Za-z_]\w*)`?\s+(?:[a-z ]{0,30}?\s)?"
                        r"(?:column|field)\s+to\s+(?:the\s+)?`?(?P<table>[A-Za-z_]\w*)`?(?:\s+table)?\s*"
                        r"(?:\((?P<note>[^()]*)\))?\s*(?:[—–-]+\s*|[,;:]\s*)?(?P<rest>.*)$", re.IGNORECASE)
NOTE_TYPE = re.compile(r"\b(string|text|varchar|integer|int|number|float|decimal|numeric|boolean|bool|datetime|timestamp|"
                       r"date|uuid|json)\b", re.IGNORECASE)


def column_note(name: str, note: str, rest: str, path: str, line: int) -> RawField:
    """One column of a line that lists them: its name, and what its note says (values, a type word, nullable)."""
    field = RawField(name=name, file=path, line=line, type_text=note, description=f"{note} {rest}".strip())
    listed = bare_list(note) if note else None
    word = NOTE_TYPE.search(note)
    if listed and len(listed) >= 2 and not NOTE_TYPE.search(" ".join(listed)):
        field.type, field.enum_values = "enum", listed
    else:
        field.type = (classify(word.group(1)) if word else None) or name_type(name)
        if field.type == "str" and re.search(r"\biso\s+(?:timestamp\s+)?string\b", note, re.IGNORECASE):
            field.type = classify(note)  # `due_date column (ISO string, nullable)`: a moment, as ISO text
        if field.type == "str" and re.match(r"\s*(?:≤|<=|up to|max\.?)?\s*\d+\s+(?:strings|names|tags|labels|words|items)\b", note,
                                            re.IGNORECASE):
            field.type = "list[str]"  # `genres (≤10 strings, each 1–40)`: a list of strings
        sized = re.fullmatch(r"\s*(\d+)\s*[–-]\s*(\d{1,3}(?:,\d{3})*|\d+)\s*", note.split(",")[0] if "," in note and not re.search(
            r"\d,\d{3}", note) else note)
        if field.type in ("str", "text") and sized and field.max_length is None:
            # `title (1–200)`, `synopsis (1–5,000)`: its length in characters, least and most
            field.min_length = int(sized.group(1)) or None
            field.max_length = int(sized.group(2).replace(",", ""))
    apply_words(field, f"{note} ; {rest}")
    if re.search(r"\bsoft[- ]?delet", note, re.IGNORECASE):  # `deleted_at (soft delete)`: empty until deleted
        field.nullable, field.required = True, False
    if field.type != "enum":
        field.enum_values = None
    return field


def _settle_required(fields: list[RawField]) -> None:
    """Some columns of one line say `(nullable)`: the silent ones are NOT NULL. None says: all optional
    (rules elsewhere may say more)."""
    marked = any(f.nullable for f in fields)
    for f in fields:
        if f.nullable is None and f.required is None:
            f.required = marked and f.default is NO_DEFAULT
            if marked:
                f.nullable = not f.required


def _listed_cell(cells: list[str]) -> str:
    """The cell of a table-of-tables row (the cells after the table's name) that lists the columns: the first, or a
    later list of names when the first only says what the table is for."""
    def listed(cell: str) -> str:
        return re.sub(r"\s*[、，]\s*", ", ", cell.strip())
    def names(cell: str) -> int:
        return len(re.findall(r"`?[A-Za-z_]\w*`?\s*(?:\([^()]*\))?\s*(?:,|$)", listed(cell)))
    chosen = listed(cells[0]) if names(cells[0]) >= 3 else next((listed(c) for c in cells[1:] if names(c) >= 3),
                                                                   listed(cells[0]))
    # (and a cell of its references, | `contratos` | id_contrato, status | proposta_id → propostas (RESTRICT) |)
    refs = [f"{name} (FK → {target})" for cell in cells for name, target in re.findall(
        r"`?([A-Za-z_]\w*(?:_id|Id))`?\s*(?:→|->)\s*`?([A-Za-z_]\w*)`?", cell) if name not in chosen]
    return ", ".join([chosen, *refs]) if refs else chosen


def _table_lines(doc: Document) -> list[RawEntity]:
    """A table stated in one line, `Tasks table: id, title, status (todo/in-progress/done)`, and the columns
    later lines add to it (`Add due_date column to tasks (ISO string, nullable)`): names, maybe a note each."""
    found: dict[str, RawEntity] = {}
    lines = [(item.headings, item.line, item.text.split("\n")[0]) for item in doc.items] + [
        (p.headings, p.line, p.text.split("\n")[0]) for p in doc.paragraphs]
    # | `student_plans` | id, student_id, start_date, price (nullable) |: a table of tables, one per row
    # (| `orders` | 订单主表 | `id`、`user_id`、`total`、... |: a purpose between, the columns last, listed with 、)
    lines += [(table.headings, number, f"{cells[0].strip()} table: {_listed_cell(cells[1:])}")
              for table in doc.tables for number, cells in table.rows
              if len(cells) >= 2 and re.fullmatch(r"`?[A-Za-z_]\w*`?", cells[0].strip()) and not (
                  len(table.header) >= 2 and re.search(r"(?i)required|mandatory", table.header[1])) and not (
                  # (`| Campo | Tipo | Regla |` over `| action_type | enum | PASS, FAIL_PASS, ASSIST |`: a column
                  # and its values, in a table of columns)
                  table.header and re.sub(r"[*`_]", "", table.header[0]).strip().lower() in NAME_HEADERS
                  and len(table.header) >= 3 and classify(cells[1].strip(" `*"))) and not re.search(
                  r"(?i)^\W*(?:m[oó]dul|package|pacote|paquete|librar|bibliot|depend|import|symbol|s[ií]mbol|query|queries|"
                  r"mutation|subscription|operation|endpoint|route|function|method|command)",
                  table.header[0] if table.header else "")]
    # (| sqlite3 | `connect`, `Row`, `ProgrammingError` | Tudo |: a module and the names imported from it, no table;
    # | `products` | `search`, `tagSlug`, `take` | `ProductList` | under | Query | Args |: a query and its arguments)
    for headings, number, text in sorted(lines, key=lambda t: t[1]):
        text = text.replace("`", "")
        # ("- [x] 2.2 Write initial migration for recipes table (id, title, description, servings, created_at)")
        table = TABLE_LINE.match(text) or TABLE_PAREN.search(text) or TABLE_WITH.search(text) or TABLE_WITH_ROMANCE.search(text)
        if table:
            columns_text = re.split(r"\s+[—–]\s+", table.group("columns"))[0].replace("\\|", "|")
            # ('..., createdAt (datetime). The table SHALL support ... via a parentRecipeId (UUID, nullable, FK → Recipe).':
            # the list ends with its sentence; a later one may add a column, named and typed the same way)
            pieces = re.split(r"(?<=[)\w])\.\s+(?=[A-Z])", columns_text, maxsplit=1)
            columns_text, later = pieces[0].rstrip(". "), pieces[1] if len(pieces) > 1 else ""
            parts = [part.strip() for part in re.split(r"(?<!\d),\s*(?![^()]*\))|,\s*(?![^()]*\))(?!\d{3}\b)", columns_text)
                     if part.strip()]  # ('runtime_minutes nullable integer 1–1,000': a number's comma is no separator)
            parts += [f"{m.group(1)} ({m.group(2)})" for m in re.finditer(
                r"\b([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s*\(([^()]*)\)", later)]
            columns = [re.fullmatch(r"([A-Za-z_]\w*)\s*(?:\(([^()]*)\))?\.?", part) for part in parts]
            if len(columns) >= 3 and not all(columns) and table.group("table")[:1].isupper():
                # (| Movie | id, title (1–200), release_date nullable, role USER/ADMIN, timestamps |: a name, then words
                # or a note on it; `timestamps` the created and updated times the backend keeps anyway)
                worded = [re.fullmatch(r"([A-Za-z_]\w*)\s*(?:\(([^()]*)\))?((?:\s+[^\s(),][^()]*?)?)\.?", part) for part in parts]
                if all(worded) and sum(bool(m.group(3).strip()) for m in worded if m) <= len(worded) // 2:
                    columns = [m for m in worded if m and m.group(1).lower() not in ("timestamps", "timestamp")]
                    parts = [f"{m.group(1)} ({', '.join(x for x in ((m.group(2) or '').strip(), m.group(3).strip()) if x)})"
                             for m in columns]
                    columns = [re.fullmatch(r"([A-Za-z_]\w*)\s*(?:\(([^()]*)\))?\.?", part) for part in parts]
            if len(columns) >= 3 and all(columns) and not all(re.fullmatch(r"[A-Z][A-Z0-9_]+", m.group(1)) for m in columns if m):
                # (`| UserStatus | PENDING_VERIFICATION, ACTIVE, LOCKED |` under `| Enum | Values |`: an enum's constants)
                entity = RawEntity(name=table.group("table"), table=table.group("table"), kind="bullets", file=doc.path,
                                   line=number, context=" / ".join(headings) + " / table line")
                entity.fields = [column_note(m.group(1), m.group(2) or "", "", doc.path, number) for m in columns if m]
                _settle_required(entity.fields)
                found[table.group("table").lower()] = entity
            continue
        added = ADD_COLUMN.match(text)
        owner = found.get(added.group("table").lower()) if added else None
        if added and owner is not None and all(f.name != added.group("name") for f in owner.fields):
            column = column_note(added.group("name"), added.group("note") or "", added.group("rest") or "", doc.path, number)
            _settle_required([column])
            owner.fields.append(column)
    return list(found.values())


PROPERTY = re.compile(r"^\s*\**(type|data type|constraints?|purpose|notes?|description|default|format|validation|tipo|requerido|"
                      r"required|obrigat[óo]rio|obligatorio|[úu]nico|unique|max|min|por defecto|defecto|padr[ãa]o|defaults?to|model|collection)\**\s*:\s*(.*)$",
                      re.IGNORECASE)
PROPERTY_KEYS = {"tipo": "type", "requerido": "required", "obrigatório": "required", "obrigatorio": "required",
                 "obligatorio": "required", "único": "unique", "unico": "unique", "por defecto": "default",
                 "defecto": "default", "padrão": "default", "padrao": "default", "defaultsto": "default",
                 "defaultto": "default"}
YES = re.compile(r"\s*(s[íi]|sim|yes|true|oui|ja)\s*\.?", re.IGNORECASE)
NO = re.compile(r"\s*(no|não|nao|false|non|nein)\s*\.?", re.IGNORECASE)


def _property_key(word: str) -> str:
    return PROPERTY_KEYS.get(word.lower(), word.lower())


def _property_bullets(doc: Document) -> tuple[list[RawEntity], set[int]]:
    """`- **title** (Task Title)` with sub-bullets `- Type: String (VARCHAR)`, `- Constraints: NOT NULL, 1-200
    characters`: one field per bold name, described by its children. Also the children's lines, which are no fields."""
    groups: dict[tuple[str, ...], RawEntity] = {}
    children: set[int] = set()
    items = doc.items
    for index, item in enumerate(items):
        head = re.match(r"^\s*\*\*`?([A-Za-z_]\w*)`?:?\*\*\s*(?:\([^)]*\))?\s*:?\s*$", item.text.split("\n")[0])
        if not head:
            continue
        props: dict[str, str] = {}
        lines = []
        for child in items[index + 1:]:
            if child.depth <= item.depth:
                break
            prop = PROPERTY.match(child.text.split("\n")[0])
            if child.depth == item.depth + 1 and prop:
                props[_property_key(prop.group(1))] = prop.group(2)
                lines.append(child.line)
        if not props:  # (`- **name**` over indented paragraphs: `*Tipo:* string`, `*Requerido:* sí`, `*Max:* 150 carácteres`)
            for text in doc.text.splitlines()[item.line:]:
                if re.match(r"\s*(?:[-*+]\s|\d+[.)]\s|#|---|\*\*\*|___)", text) and not re.match(r"\s*\*[^*\s]", text):
                    break
                if prop := PROPERTY.match(re.sub(r"(?<=\w)[*_]+(?=\s*:)|(?<=:)[*_]+|^\s*[*_]+", "", text)):
                    props[_property_key(prop.group(1))] = prop.group(2).strip("*_ ")
        if props.get("collection"):
            children.update(lines)
            continue  # (`*Collection:* tag`, `*Via:* datasets`: Waterline's many-to-many, another table's rows)
        if props.get("model") and not props.get("type"):
            props["type"] = "string"  # (`*Model:* status`: Waterline's reference, the id of that row)
        kind = classify(props.get("type", "") or props.get("data type", ""))
        if not props.get("type") and not props.get("data type") or kind is None:
            continue
        children.update(lines)
        field = _described_field(head.group(1), props, kind, doc.path, item.line)
        key = tuple(_table_headings(item.headings))
        entity = groups.setdefault(key, RawEntity(name=entity_name(list(key)) or "unnamed", kind="bullets",
                                                  file=doc.path, line=item.line, context=" / ".join(item.headings)))
        entity.fields.append(field)
    for entity in groups.values():
        if any(f.required for f in entity.fields):  # (`*Requerido:* sí` on some: the others may be left out)
            for f in entity.fields:
                if f.required is None and f.nullable is None:
                    f.required = False
    return [e for e in groups.values() if len(e.fields) >= 2], children


def _described_field(name: str, props: dict[str, str], kind: str, path: str, line: int) -> RawField:
    """A field from its properties by name (`type`, `constraints`, `required`, `default`, `max`...)."""
    type_text = props.get("type") or props.get("data type", "")
    field = RawField(name=name, file=path, line=line, type_text=type_text, type=kind,
                     description=" ; ".join(f"{k}: {v}" for k, v in props.items() if k not in ("type", "data type")))
    field.max_length = length_of(type_text)
    apply_words(field, f"{type_text} ; {props.get('constraints', props.get('constraint', ''))}")
    if YES.fullmatch(props.get("required", "")):
        field.required, field.nullable = True, False
    elif NO.fullmatch(props.get("required", "")):
        field.required = False
    field.unique = field.unique or bool(YES.fullmatch(props.get("unique", "")))
    for bound, attr in (("max", "max_length"), ("min", "min_length")):
        if (number := re.match(r"\s*(\d+)\b", props.get(bound, ""))) and kind in ("str", "text"):
            setattr(field, attr, int(number.group(1)))
    field.foreign_key = field.foreign_key or bool(props.get("model"))
    if "default" in props and props["default"].strip():
        field.default = parse_literal(props["default"].strip().strip("`"))
    return field


# A column's property in a block of them, in other words: `型: uuid`, `制約: NOT NULL`, `説明: ...`.
BLOCK_PROPERTY = re.compile(r"^\s+(type|data\s*type|型|タイプ|类型|類型|数据类型|データ型|tipo|typ|tipe|kiểu|타입|"
                            r"constraints?|制約|约束|約束|restricciones|restrições|contraintes|einschränkungen|제약|"
                            r"description|説明|说明|說明|descripción|descrição|beschreibung|설명|default|デフォルト|默认值?)\s*[:：]\s*(.*)$",
                            re.IGNORECASE)
BLOCK_KEYS = {"型": "type", "タイプ": "type", "类型": "type", "類型": "type", "数据类型": "type", "データ型": "type", "tipo": "type",
              "typ": "type", "tipe": "type", "kiểu": "type", "타입": "type", "制約": "constraints", "约束": "constraints",
              "約束": "constraints", "restricciones": "constraints", "restrições": "constraints", "contraintes": "constraints",
              "einschränkungen": "constraints", "제약": "constraints", "constraint": "constraints", "デフォルト": "default",
              "默认": "default", "默认值": "default"}


def _property_blocks(doc: Document) -> list[RawEntity]:
    """A plain block of columns, each a name on a line of its own over its indented properties (`id` over
    `  型: uuid`, `  制約: PRIMARY KEY`, `  説明: ...`): the table its heading names."""
    found = []
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plaintext"):
            continue
        rows = code.text.splitlines()
        entity = RawEntity(name=entity_name(_table_headings(list(code.headings))) or "unnamed", kind="bullets", file=doc.path,
                           line=code.line, context=" / ".join(code.headings))
        for number, row in enumerate(rows):
            head = re.fullmatch(r"([A-Za-z_]\w*)\s*", row)
            if not head:
                continue
            props: dict[str, str] = {}
            for following in rows[number + 1:]:
                prop = BLOCK_PROPERTY.match(following)
                if not prop:
                    break
                word = re.sub(r"\s+", " ", prop.group(1).lower())
                props[BLOCK_KEYS.get(word, "type" if word == "data type" else word)] = prop.group(2).strip()
            kind = classify(props.get("type", ""))
            if kind is not None:
                entity.fields.append(_described_field(head.group(1), props, kind, doc.path, code.line + number))
        if len(entity.fields) >= 2:
            found.append(entity)
    return found


# What a model's heading says it inherits: '`tanks.Tank` — erbt `CoverImageMixin`', 'Order (extends `Timestamped`)'.
INHERITS = re.compile(r"\s*(?:[—–-]|\(|,)?\s*(?:erbt(?:\s+von)?|inherits(?:\s+from)?|extends|hereda(?:\s+de)?|herda(?:\s+de)?|"
                      r"h[ée]rite\s+de|eredita\s+da)\s+`?([A-Za-z_][\w.]*)`?.*$", re.IGNORECASE)


def _described_lines(doc: Document) -> list[RawEntity]:
    """A plain block under a model's heading, one column a line: its name first, then, two spaces on, what it is
    (`volume_liters        Decimal(7,1) · Pflicht`, `owner                FK core.User`, `notes`). Typed by the words
    and the name; a heading that says the model inherits another ('— erbt CoverImageMixin') adds that one's."""
    found: dict[str, RawEntity] = {}
    inherits: dict[str, str] = {}
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plaintext") or not code.headings:
            continue
        rows = [(offset, row) for offset, row in enumerate(code.text.splitlines()) if row.strip() and not row.lstrip().startswith("#")]
        # (`availability_slot_id unique FK -> availability_slots.id`: one space, then a mark, in a block aligned by two)
        named = [(offset, m) for offset, row in rows if (m := re.fullmatch(
            r"([a-z_][a-z0-9_]*)(?:(?:\s{2,}|\s+(?=(?i:unique|nullable|not\s+null|fk|pk|indexed)\b|→|->))(\S.*?))?\s*", row))]
        if len(named) < 3 or len(named) < 0.9 * len(rows) or not any(m.group(2) for _offset, m in named):
            continue
        heading = code.headings[-1]
        parent = INHERITS.search(heading)
        title = heading[: parent.start()] if parent else heading
        name = re.sub(r"^.*\.", "", (re.search(r"`([A-Za-z_][\w.]*)`", title) or re.search(r"([A-Za-z_][\w.]*)", title) or [None, ""])[1])
        if not name:
            continue
        entity = RawEntity(name=name, kind="bullets", file=doc.path, line=code.line, context=" / ".join(code.headings))
        for offset, match in named:
            said = match.group(2) or ""
            first = re.split(r"\s+[·•|—–]\s+|\s*[;,]\s*", said)[0].strip()
            field = RawField(name=match.group(1), file=doc.path, line=code.line + offset, type_text="", description=said)
            piped = re.fullmatch(r"[a-z][a-z0-9_]*(?:\s*\|\s*[a-z][a-z0-9_]*)+", said.strip())
            if piped:  # `category   water_change | maintenance | other`: its values
                field.type, field.enum_values = "enum", [v.strip() for v in said.split("|")]
            elif re.match(r"FK\b|→|->", said):  # `owner   FK core.User · CASCADE`: typed as the key it points to
                field.foreign_key, field.type = True, name_type(field.name)
            else:  # `Decimal(7,1) · Pflicht`, `CharField(200)`, or words: the type they name, else the name's
                field.type = classify(first) if re.fullmatch(r"[A-Za-z]+(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?", first) else None
                if field.type is None and re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+", first):
                    field.type_text = first  # `water_type   WaterType`: a type declared elsewhere, decided with the others
                else:
                    field.type = field.type or prose_type(field.name, said)
                    field.max_length = length_of(first) if field.type == "str" else None
            apply_words(field, said)
            if re.search(r"\b(?:pflicht(?:feld)?|required|obligatori[oa]|obligatoire|obrigat[óo]ri[oa]|obbligatori[oa])\b", said,
                         re.IGNORECASE):
                field.required, field.nullable = True, False
            if field.required is None and field.nullable is None:
                field.required = False  # (nothing said: not required, as with bare names; a rule elsewhere may say)
            field.primary_key = field.name == "id"
            entity.fields.append(field)
        if any(f.nullable for f in entity.fields) and not any(f.required for f in entity.fields):
            for f in entity.fields:  # (`notes   nullable` beside `purpose`: the block marks the columns that may be empty)
                if f.nullable is None and f.default is NO_DEFAULT and not f.primary_key:
                    f.nullable, f.required = False, True
        found[name.lower()] = entity
        if parent:
            inherits[name.lower()] = re.sub(r"^.*\.", "", parent.group(1)).lower()
    for child, parent_name in inherits.items():
        if parent_name in found:  # (the mixin's columns, after the model's own)
            known = {f.name for f in found[child].fields}
            found[child].fields += [f for f in found[parent_name].fields if f.name not in known]
    return list(found.values())


def _dashed_columns(doc: Document) -> list[RawEntity]:
    """A plain text design: `STANZA:` over one column a line, `-numero -- SMALLINT -- UNIQUE, NOT NULL` (its name,
    maybe of words, `d inizio`; its type; its constraints), up to the next table's name."""
    found: list[RawEntity] = []
    current: RawEntity | None = None
    for number, line in enumerate(doc.text.splitlines(), 1):
        named = re.fullmatch(r"\s*([^\W\d][\w ]{0,40}?)\s*:\s*", line)
        column = DASHED_COLUMN.match(line)
        if named:
            current = RawEntity(name=named.group(1).strip(), kind="bullets", file=doc.path, line=number,
                                context=f"{named.group(1).strip()} / dashed")
            found.append(current)
        elif column and current is not None:
            written = column.group("name").strip()
            name = re.sub(r"\W+", "_", written).strip("_")
            field = RawField(name=name, file=doc.path, line=number, type_text=column.group("type"),
                             type=classify(column.group("type")), max_length=length_of(column.group("type")),
                             description=column.group("rest") or "")
            apply_words(field, f"{column.group('type')} ; {column.group('rest') or ''}")
            field.primary_key = bool(re.search(r"\bprimary\s+key\b", column.group("rest") or "", re.IGNORECASE))
            if name != written:
                current.notes.append(f"{doc.path}:{number}: {written!r} is not a name a column can have; drafted as {name}")
            current.fields.append(field)
        elif line.strip() and not line.lstrip().startswith("-"):
            current = None
    return [e for e in found if len(e.fields) >= 2]


# A table's header over what each column means: `| Campo | Significato |`, `| Field | Description |`.
MEANING_HEADER = re.compile(r"(?:meaning|description|descripci[oó]n|descri[çc][ãa]o|significado|significato|signification|"
                            r"bedeutung|beschreibung|descrizione|説明|说明|說明|含义|意味|설명|keterangan|deskripsi)", re.IGNORECASE)


def _meaning_tables(doc: Document) -> list[RawEntity]:
    """A record's fields as a table of names and what they mean, no types (`| Campo | Significato |` under '## Record
    bolletta', data kept as JSON): the names, typed by what they are said to hold; a cell may name two
    (`` `periodo_inizio` / `periodo_fine` ``)."""
    found = []
    for table in doc.tables:
        header = [re.sub(r"[*`_]", "", h).strip().lower() for h in table.header]
        if len(header) != 2 or header[0] not in NAME_HEADERS or not MEANING_HEADER.fullmatch(header[1]) or len(table.rows) < 4:
            continue
        cells = [(line, row) for line, row in table.rows if len(row) == 2]
        named = [(line, re.findall(r"`([A-Za-z_]\w*)`", row[0]), row[1]) for line, row in cells
                 if re.fullmatch(r"\s*`[A-Za-z_]\w*`(?:\s*[/,]\s*`[A-Za-z_]\w*`)*\s*", row[0])]
        if len(named) < max(4, 0.8 * len(cells)):
            continue
        headings = [h for h in table.headings if not h.rstrip().endswith((":", "："))]  # (not 'Campi comuni...:', a lead-in)
        title = re.sub(r"(?i)^\s*(?:record|registro|enregistrement|datensatz|eintrag)\s+(?:d[eiu]\s+|of\s+)?|\s+(?:record|registro)\s*$",
                       "", headings[-1]) if headings else ""
        name = entity_name(_table_headings([*headings[:-1], title])) if title else None
        if not name:
            continue
        entity = RawEntity(name=name, kind="bullets", file=doc.path, line=table.line,
                           context=" / ".join(table.headings) + " / untyped names")
        for line, names, meaning in named:
            for field_name in names:
                field = RawField(name=field_name, file=doc.path, line=line, type_text="", description=meaning.strip(),
                                 type=prose_type(field_name, meaning))
                listed = re.fullmatch(r"\s*((?:`[\w-]+`\s*[/,|]\s*)+`[\w-]+`)\s*\.?\s*", meaning)
                if listed:  # `rilevata` / `stimata` / `mista`: the values, and nothing else
                    field.type, field.enum_values = "enum", re.findall(r"`([\w-]+)`", listed.group(1))
                if re.search(r"\((?:opzionale|optional|opcional|facultatif|optionnel|optional)\b", meaning, re.IGNORECASE):
                    field.required, field.nullable = False, True
                if field.required is None and field.nullable is None:
                    field.required = False  # (nothing said: not required; a rule elsewhere may say it is)
                entity.fields.append(field)
        found.append(entity)
    return found


def _named_bullets(doc: Document) -> Document:
    """`- Booking` with its columns as sub-bullets (`  - roomId -> Room.id (FK)`): the bullet names the entity
    the way a heading does."""
    items, out, stack = doc.items, [], []
    related: int | None = None  # the depth of a `- Relations:` label whose items name other entities, not columns
    for index, item in enumerate(items):
        while stack and stack[-1][0] >= item.depth:
            stack.pop()
        nested = index + 1 < len(items) and items[index + 1].depth > item.depth
        text = item.text.strip()
        if related is not None and item.depth > related:
            continue
        related = None
        if nested and RELATIONS_LABEL.fullmatch(text):
            related = item.depth  # (`- Связи:` over `` - `passenger` — `PassengerProfile` ``)
            continue
        if nested and (re.fullmatch(r"[*_`]*[A-Z][A-Za-z0-9_]*(\s+[A-Z][A-Za-z0-9_]*){0,2}[*_`]*\s*:?", text)
                       or re.fullmatch(r"`[A-Za-z_]\w*`\s*:?|\*\*`?[a-z_][a-z0-9_]*`?\*\*\s*:?", text)):
            # `- Booking`, `` - `reservations` ``, `- **household_members**`
            stack.append((item.depth, text.strip("*_`: ")))
            continue
        aliased = re.fullmatch(r"[*_`]*([A-Z][A-Za-z0-9_]*)\s*(?:/|&)\s*[A-Z][A-Za-z0-9_]*[*_`]*\s*:?", text)
        if nested and aliased:  # `4. **Job / Content**:` over its columns: the entity by its first name
            stack.append((item.depth, aliased.group(1)))
            continue
        in_table = re.fullmatch(r"[*_]*[^()*_]{1,60}[*_]*\s*\((?:[\w\s]{0,30}?\s)?(?:table|tabla|tabela|tabelle|collection)\s*[:：]\s*"
                                r"`?([A-Za-z_]\w*)`?\s*\)\s*:?", text, re.IGNORECASE)
        if nested and in_table:  # `- **Journal Entry Schema** (Supabase table: journal_entries):` over its columns
            stack.append((item.depth, in_table.group(1)))
            continue
        tabled = re.fullmatch(r"\**`([A-Za-z_]\w*)`\**\s+(?:table|collection)(?:\s*\([^()]*\))?\s*:?", text, re.IGNORECASE)
        if nested and tabled:  # `` - `clients` table (existing): `` over its columns
            stack.append((item.depth, tabled.group(1)))
            continue
        if nested and (re.fullmatch(r"[\w\s*]{0,30}\b(columns?|fields?|attributes?|properties)\s*:?\**\s*:?", text, re.IGNORECASE)
                       or FIELDS_LEAD.fullmatch(text)):
            continue  # `- Important columns:` introduces the columns of the entity named above it
        out.append(replace(item, headings=[*item.headings, *(name for _depth, name in stack)]) if stack else item)
    return replace(doc, items=out) if len(out) != len(items) else doc


TABLE_OPENER = re.compile(r"^\s*(?:table|tabel|tabla|tabela|tabelle|bảng|tablo)\s+`?([A-Za-z_]\w*)`?\s*:?\s*$", re.IGNORECASE)


def _comma_tables(doc: Document) -> list[RawEntity]:
    """Plain lines under `table siswa`: `nis, varchar (10) maksimal 10 minimal 3`, `id_siswa, int primary key`, or CSV
    rows (`id_berita,"INT (PK, AI)","Primary Key, ..."`): a column's name, its type, its notes; a blank line ends the
    table, a line that is none of these (a header, a slip) does not."""
    out: list[RawEntity] = []
    entity: RawEntity | None = None
    for number, line in enumerate(doc.text.splitlines(), 1):
        opener = TABLE_OPENER.match(line)
        if opener:
            entity = RawEntity(name=opener.group(1), kind="bullets", file=doc.path, line=number,
                               context=f"table {opener.group(1)}")
            out.append(entity)
            continue
        if entity is None:
            continue
        if not line.strip():
            entity = entity if not entity.fields else None
            continue
        cells = [c.strip() for c in next(csv.reader([line], skipinitialspace=True), [])]
        if not cells or "|" in line:
            continue
        named = re.fullmatch(r"`?([A-Za-z_]\w*)`?(?:\s+([A-Za-z].*))?", cells[0])
        rest = (named.group(2) or "") if named else ""
        if named and not rest and len(cells) > 1:
            rest, notes = cells[1], ", ".join(cells[2:])
        else:
            notes = ", ".join(cells[1:])  # (`isi TEXT,Isi atau konten`: the comma slipped after the type)
        kind = classify(rest.split()[0]) if named and rest.split() else None
        if kind is None:
            continue  # the `Name, Type` header, or a sentence
        words = f"{rest} ; {notes}" if notes else rest
        field = RawField(name=named.group(1), file=doc.path, line=number, type_text=rest, type=kind, description=notes)
        sized = re.match(r"\s*\w+\s*\(?\s*(\d+)\s*\)?", rest)
        field.max_length = length_of(rest) or (int(sized.group(1)) if sized and kind == "str" else None)
        apply_words(field, words)
        if kind == "enum" and not field.enum_values:
            field.enum_values = enum_values(notes) or None
        entity.fields.append(field)
    return [e for e in out if len(e.fields) >= 2]


def extract(doc: Document) -> list[RawEntity]:
    leads = doc.items  # (before the lines that only lead in to a list are dropped)
    doc = _named_bullets(doc)
    if valued := _state_values(doc):  # `status`: Estado, over `active`: En espera, `cancelled`: ...: values, no columns
        doc = replace(doc, items=[item for item in doc.items if item.line not in valued])
    nested, values = _nested_values(doc)  # (`- \`Type\` (ProjectType)` over `  - \`product\`, \`service\``: its values)
    if values:
        doc = replace(doc, items=[item for item in doc.items if item.line not in values])
    described, children = _property_bullets(doc)
    if children:  # their `- Type: ...` lines are properties of a field, not fields
        doc = replace(doc, items=[item for item in doc.items if item.line not in children])
    heads = {f.line for entity in described for f in entity.fields}  # (`- **label** (Parcel Label)` over its `- Type:`)
    typed, bare = _typed(doc, leads, nested), _bare_lists(replace(doc, items=[item for item in doc.items if item.line not in heads]))
    for entity in list(bare):  # one heading's list, part typed in words and part not: one entity
        twin = next((t for t in typed if t.name == entity.name and t.context.split(" / untyped")[0] ==
                     entity.context.split(" / untyped")[0]), None)
        if twin is not None and len(twin.fields) < 2:  # a lone typed line among bare names: a column like them
            twin.fields = [f for f in twin.fields if re.fullmatch(r"[a-z][A-Za-z0-9_]*", f.name)]
            for f in twin.fields:
                f.required = False if f.required is None and f.nullable is None else f.required
        if twin is not None:
            known = {f.name for f in twin.fields}
            joining = [f for f in entity.fields if f.name not in known and (
                len(entity.fields) >= 3 or re.search(r"_|[a-z][A-Z]", f.name) or f.description)]
            # (`leave_type_id`, or `name`: what it holds, in words; not `- unique`)
            key = next((f.type for f in twin.fields if f.primary_key and f.type in ("int", "uuid")), None)
            silent = all(t.required is None and t.nullable is None for t in twin.fields)
            for f in joining:  # `ProjectId`: projeto associado -- a reference, typed like the keys this model writes
                if key and not f.type_text and f.type == "str" and re.search(r"(_id|[a-z]Id)$", f.name):
                    f.type = key
                if silent and f.required is False and f.nullable is None:
                    f.required = None  # (a list that says of none whether it is required says nothing of these either)
            twin.fields = sorted(twin.fields + joining, key=lambda f: f.line)
            bare.remove(entity)
    bare = [entity for entity in bare if len(entity.fields) >= 3  # two bare names alone are no entity
            and not entity.context.endswith(" / untyped notes")  # (nor words under names, with no typed list beside them)
            and not VALUES_HEADING.search(entity.context.split(" / untyped")[0].rsplit(" / ", 1)[-1])
            and not all(re.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*", f.name) and not f.type_text for f in entity.fields)
            and not (KINDS_HEADING.search(entity.context.split(" / untyped")[0].rsplit(" / ", 1)[-1]) and all(
                re.fullmatch(r"[A-Z][a-z]+", f.name) and not f.type_text for f in entity.fields))]
    # (`* AVAILABLE`, `* RENTED` under "Estados": a column's values, not a table's columns; nor `- Condo`, `- Land`
    # under "### Property Types")
    typed = [entity for entity in typed if len(entity.fields) >= 2]  # (`metadata`: ... JSON, among bare names, joined)
    typed, bare = ([e for e in group if not ENTITIES_HEADING.fullmatch(e.context.split(" / untyped")[0].rsplit(" / ", 1)[-1])]
                   for group in (typed, bare))
    _presence_by_lead_in(doc, typed + bare)
    for entity in typed + bare:
        # some say "optional": the ones described without a word about it are the required ones
        said_optional = any(f.nullable for f in entity.fields if re.search(
            r"\boptional\b|\bnullable\b", f"{f.type_text} {f.description}", re.IGNORECASE))
        # (`required` said on two or more: the spec marks both ways, and what it leaves unmarked it did not require)
        said_required = sum(bool(f.required) for f in entity.fields if re.search(
            r"\brequired\b|\bnot\s+null\b", f"{f.type_text} {f.description}", re.IGNORECASE)) >= 2
        # (`name (VARCHAR, NOT NULL)` beside `description (TEXT, NULLABLE)`: marked both ways, so `category_id (UUID,
        # FK → Categories.category_id)` is neither, and SQL's column without NOT NULL may be left empty)
        if said_optional and not said_required:
            for f in entity.fields:
                if f.required is False and f.nullable is None and f.default is NO_DEFAULT:
                    f.required = None
        elif (sum(1 for f in entity.fields if f.required) >= 2 or said_required and said_optional) and entity.kind == "bullets":
            # `Name` (string, required) next to `Breed` (string): the ones that do not say so are optional (so too
            # where some say required and some optional: `timezone` (string) said neither)
            for f in entity.fields:
                if f.required is None and f.nullable is None and f.default is NO_DEFAULT and not f.primary_key:
                    f.required, f.nullable = False, True
    found = typed + bare + _inline(doc) + _field_lists(doc) + described + _table_lines(doc) + _ticked_runs(doc) + _labelled_runs(doc) + _name_runs(doc) + \
        _comma_tables(doc) + _column_code(doc) + _name_lines(doc) + _defined_runs(doc) + _property_blocks(doc) + \
        _described_lines(doc) + _named_paragraphs(doc) + (_dashed_columns(doc) if doc.path.lower().endswith(".txt") else []) + _meaning_tables(doc)
    for entity in found:  # (`- RF01: Autenticación (login/registro)`: a requirement's code, no column)
        entity.fields = [f for f in entity.fields if not REQUIREMENT_CODE.fullmatch(f.name)]
        for f in entity.fields:  # ('`starts_at`: Required event start date/time': a moment, not a day)
            if f.type == "date" and re.search(r"\bdate\s*(?:/|and|&)\s*time\b", f"{f.type_text} {f.description}", re.IGNORECASE):
                f.type = "datetime"
    _code_under(found, doc)
    # (`**State Transitions**:` over `pending → confirmed → ready`: a state machine's moves, whose "names" are states)
    # (and `**Parameters:**` over `- \`id\` (integer, required) - Target ID`: a route's parameters, no table's columns;
    # so too the items of a `- **Query Parameters:**` item, one level down)
    found = [e for e in found if not PARAMETERS_LABEL.fullmatch(e.context.rsplit(" / ", 1)[-1].strip())
             and e.name.strip("`*") not in HTTP_VERBS]  # (`PUT /reviews/{id}` names a request, no table; a `Post` may)
    parameters = _parameter_lines(doc)
    for entity in found if parameters else ():
        entity.fields = [f for f in entity.fields if f.line not in parameters or f.file != doc.path]
    _composed_presence(found, doc)
    for entity in found:
        # (`## HTTP GET /api/v1/vehicles/{tag_number}` over `- tag_number : string`, `- accept: json`: the route's path
        # parameter and what it sends and answers, no columns)
        route = next((m for h in entity.context.split(" / ") if (m := ROUTE_PAGE.fullmatch(h.replace("*", "").strip()))), None)
        if route:
            params = {snake_name(p) for p in re.findall(r"[{:<]\s*([A-Za-z_]\w*)", route.group(1))}
            entity.fields = [f for f in entity.fields if not HTTP_WORDS.fullmatch(f.name) and snake_name(f.name) not in params]
    found = [e for e in found if not (TRANSITIONS.search(e.context.rsplit(" / ", 1)[-1]) and all(
        re.search(r"→|->|⇒|=>", f"{f.type_text} {f.description}") or f.type in ("str", None) and not f.type_text.strip()
        for f in e.fields))]
    return _topic_groups(_entity_topics([e for e in found if e.fields], doc))


HTTP_VERBS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
# A data dictionary's composition line: `order = id + user_id + status + (remark) + created_at`, the optional in brackets
COMPOSED = re.compile(r"\s*([A-Za-z_]\w*)\s*=\s*(\(?\s*[A-Za-z_]\w*\s*\)?(?:\s*\+\s*\(?\s*[A-Za-z_]\w*\s*\)?)+)\s*")


def _composed_presence(found: list[RawEntity], doc: Document) -> None:
    """A block that composes a table of its columns (`order = id + ... + (remark)`, the structured-analysis notation):
    a column in brackets may be left out, the others are part of every row."""
    for code in doc.code:
        lines = code.text.splitlines()
        for offset, text in enumerate(lines):
            composed = COMPOSED.fullmatch(text)
            if not composed or "(" not in composed.group(2):
                continue
            parts = [p.strip() for p in composed.group(2).split("+")]
            optional = {p.strip("() ") for p in parts if p.startswith("(")}
            listed = {p.strip("() ") for p in parts}
            end = code.line + len(lines)
            for entity in found:
                if entity.name != composed.group(1):
                    continue
                for field in entity.fields:
                    if field.name in listed and code.line <= field.line < end and field.default is NO_DEFAULT:
                        field.required = field.name not in optional
                        field.nullable = not field.required
# A route's page heading, `## HTTP GET /api/v1/vehicles/{tag_number}`, and the words of its protocol, no columns
ROUTE_PAGE = re.compile(r"[\W\d]*(?:HTTP\s+)?(?:GET|POST|PUT|PATCH|DELETE)\s+`?(\S*/\S*?)`?\W*", re.IGNORECASE)
HTTP_WORDS = re.compile(r"(?i)accepts?|consumes?|produces?|content[-_]?type|authori[sz]ation|headers?|method|url|endpoint|"
                        r"status[-_]?code|response[-_]?type")


def _named_paragraphs(doc: Document) -> list[RawEntity]:
    """A plain text's table: `games:` on a line, then one column a line (`owner_id`, `updated_at (optional)`,
    `role (host, player, admin)`), all in one paragraph. Where some say optional, the others are NOT NULL."""
    out = []
    for paragraph in doc.paragraphs:
        lines = [line.strip() for line in paragraph.text.splitlines()]
        named = re.fullmatch(r"`?([a-z][a-z0-9_]*)`?\s*[:：]", lines[0]) if lines else None
        columns = [re.fullmatch(r"`?([a-z][a-z0-9_]*)`?(?:\s*\(([^()]*)\))?", line) for line in lines[1:]]
        if not named or len(columns) < 3 or not all(columns):
            continue
        entity = RawEntity(name=named.group(1), table=named.group(1), kind="bullets", file=doc.path, line=paragraph.line,
                           context=" / ".join([*paragraph.headings, named.group(1)]) + " / name lines")
        entity.fields = [column_note(m.group(1), m.group(2) or "", "", doc.path, paragraph.line + number)
                         for number, m in enumerate(columns, 1) if m]
        _settle_required(entity.fields)
        out.append(entity)
    return out


def _parameter_lines(doc: Document) -> set[int]:
    """The lines of the items listed under an item that is a parameters label (`- **Query Parameters:**`)."""
    out: set[int] = set()
    labels: dict[int, bool] = {}  # depth -> whether the latest item at that depth is such a label
    for item in doc.items:
        labels = {d: v for d, v in labels.items() if d < item.depth}
        if labels.get(item.depth - 1):
            out.add(item.line)
        labels[item.depth] = bool(PARAMETERS_LABEL.fullmatch(item.text.split("\n")[0].strip().strip("*").strip()))
    return out


# A label over a route's parameters: `**Parameters:**`, `Path parameters`, `Query Params`, `Parâmetros`
PARAMETERS_LABEL = re.compile(r"\W*(?:(?:path|query|url|route|request|header)\s+)?(?:parameters|params|par[aá]metros|paramètres|"
                              r"parametri|parameter|パラメータ|参数|매개변수|파라미터)\W*", re.IGNORECASE)
# A label over a state machine's moves, not a table's columns
TRANSITIONS = re.compile(r"\btransitions?\b|state\s+machine|lifecycle|life\s+cycle|\bflow\b|transi[cç](?:ão|iones|ões|ion)|"
                         r"übergänge|状态流转|状态机|状態遷移|상태\s*전이", re.IGNORECASE)


def _code_under(found: list[RawEntity], doc: Document) -> None:
    """A field's bullet over a nested one that gives its ORM's code (`- *SQLModel*: Field(max_length=255)`): the
    length the code sets is the field's."""
    at = {item.line: index for index, item in enumerate(doc.items)}
    for field in (f for entity in found for f in entity.fields if f.max_length is None and f.line in at):
        index = at[field.line]
        for child in doc.items[index + 1:]:
            if child.depth <= doc.items[index].depth:
                break
            if CODE_MAX.search(child.text):
                apply_lengths(field, child.text)
                break


def _entity_topics(found: list[RawEntity], doc: Document) -> list[RawEntity]:
    """Lists under topic headings inside one entity's section (`## Entities` / `### Payment` / `#### Financials`,
    `#### Status and lifecycle`): the entities there are one heading level, so what sits below one is a part of it."""
    out: list[RawEntity] = []
    parts: dict[tuple[str, ...], RawEntity] = {}
    for entity in found:
        stack: list[tuple[int, str]] = []  # (the headings over its line: a heading may hold ' / ' itself)
        for line, level, text in doc.headings:
            if line > entity.line:
                break
            stack = [(lv, t) for lv, t in stack if lv < level] + [(level, text)]
        heads = [text for _, text in stack]
        # (not a sub-entity's own heading: '#### `OrderLine`', '#### OrderLine entity')
        topic = len(heads) >= 3 and not re.search(r"`|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b|\b(?i:entit|table|model|collection)",
                                                   re.sub(r"[(（][^()（）]*[)）]", "", heads[-1]))
        # (or '### Project Model' / '#### Fields' / '##### Basic Information', '##### Classification': topics of its fields)
        owner = entity_name(heads[:-1]) if entity.kind == "bullets" and topic and (
            ENTITIES_HEADING.fullmatch(heads[-3]) or attributes_heading(heads[-2])) else None
        if owner is None:
            out.append(entity)
            continue
        first = parts.get(tuple(heads[:-1]))
        if first is None:
            entity.name = owner
            parts[tuple(heads[:-1])] = entity
            out.append(entity)
        else:
            known = {f.name for f in first.fields}
            first.fields += [f for f in entity.fields if f.name not in known]
    return out


def _topic_groups(found: list[RawEntity]) -> list[RawEntity]:
    """One table's columns in lists under topic headings (`### Таблица orders` over `#### Основные поля:`, `#### Система
    оплаты:`): lists that the same table heading names, each under a sub-heading of its own, are one entity."""
    out: list[RawEntity] = []
    for entity in found:
        heads = entity.context.split(" / ")
        first = next((e for e in out if e.kind == entity.kind == "bullets" and e.name == entity.name and e.file == entity.file
                      and len(heads) >= 2 and e.context.split(" / ")[:-1] == heads[:-1] and e.context.split(" / ")[-1] != heads[-1]
                      and not e.context.endswith(" / untyped names") and not entity.context.endswith(" / untyped names")
                      and entity_name(heads[:-1]) == e.name
                      and not {f.name for f in e.fields} & {f.name for f in entity.fields}), None)
        if first is None:
            out.append(entity)
        else:
            first.fields += entity.fields
    return out


# The line that opens a list and says what its items are: 'Required fields:', 'Optional profile fields:'.
LEAD_IN = re.compile(r"^\W*(?:(?P<required>required|mandatory|obligatori[oa]s?|obrigat[óo]ri[oa]s?|obligatoires?|pflicht)|"
                     r"(?P<optional>optional|opcionais|opcionales|facultati(?:fs|ves|vos|vas)))\b[\w\s/-]{0,40}?"
                     r"\b(?:fields?|columns?|attributes?|properties|campos|champs|felder)\W*[:：]\W*$", re.IGNORECASE)


def _presence_by_lead_in(doc: Document, entities: list[RawEntity]) -> None:
    """A list under 'Required fields:' or 'Optional profile fields:': its items' presence, where the item does not
    say its own ('highlight_order (integer, nullable)' under 'Admin-managed fields:' keeps its word)."""
    lines = doc.text.splitlines()
    above: list[int] = []  # for each line (1-based, at index - 1), the line above its run of list items (0: none)
    for number, line in enumerate(lines, 1):
        listed = re.match(r"\s*(?:[-*+]|\d+[.)])\s", line) or line.startswith("  ") and line.strip()
        above.append((above[-1] if above else 0) if listed else number)
    for entity in entities:
        for f in entity.fields:
            number = f.line - 1  # (up over the list's other items, to the line that leads in to them)
            if 0 < number <= len(lines):
                number = above[number - 1]
            lead = LEAD_IN.match(lines[number - 1]) if 0 < number <= len(lines) else None
            if lead is None and 0 < number <= len(lines) and lines[number - 1].startswith("#"):
                lead = LEAD_IN.match(lines[number - 1].rstrip() + ":")  # (`### Required Fields` over the list)
            said = f"{f.type_text} {f.description}"
            if lead is None or re.search(r"\b(nullable|optional|required|not null)\b", said, re.IGNORECASE):
                continue
            if lead.group("required") and f.default is NO_DEFAULT:
                f.required, f.nullable = True, False
            elif lead.group("optional"):
                f.required, f.nullable = False, True


# The codes specs give their requirements and rules: RF01, RN-02, FR-001, NFR3, US-12, AC2, UC01, BR-7, REQ-4.
REQUIREMENT_CODE = re.compile(r"(?:RF|RN|RNF|FR|NFR|BR|UC|US|AC|REQ|SC|CU|HU)[-_]?\d{1,4}")


def _column_code(doc: Document) -> list[RawEntity]:
    """A code block (fenced as sql or not) whose every line is a column in words, `nombre (TEXT) - Nombre completo`,
    `email (TEXT, nullable)`, `estado (ENUM) - activo, moroso, baja`: the table its heading names. Where some say
    nullable, the others are not."""
    out = []
    for code in doc.code:
        lines = [(i, line) for i, line in enumerate(code.text.splitlines()) if line.strip()]
        if len(lines) < 3 or not all(re.match(r"\s*[A-Za-z_]\w*\s*\(\s*[A-Za-z]", line) for _i, line in lines):
            continue
        fields = [parse_line(f"- {line.strip()}", doc.path, code.line + 1 + i) for i, line in lines]
        if not all(fields) or not (name := entity_name(code.headings)):
            continue
        for field in fields:
            if field.type == "enum" and not field.enum_values and (values := bare_list(field.description or "")):
                field.enum_values = values
        marked = any(f.nullable for f in fields)
        for field in fields:
            if marked and field.required is None and field.nullable is None and field.default is NO_DEFAULT:
                field.required, field.nullable = True, False
        entity = RawEntity(name=name, kind="bullets", file=doc.path, line=code.line,
                           context=" / ".join(code.headings) + " / column lines")
        entity.fields = [f for f in fields if f]
        out.append(entity)
    return out


def _name_lines(doc: Document) -> list[RawEntity]:
    """A plain block under the entity's heading whose lines are only its columns' names, some on one line, some with a
    note (`companiaId, granjaId`, `codigo (unique por granja)`, `estadoOperativo: ACTIVO | CERRADO | CANCELADO`): the
    names, each typed as its name suggests."""
    out = []
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plaintext") or not (name := entity_name(code.headings)):
            continue
        lines = [(i, line.strip()) for i, line in enumerate(code.text.splitlines()) if line.strip()]
        item = r"[A-Za-z_]\w*(?:\s*\([^()]*\))?"
        shape = re.compile(rf"{item}(?:\s*,\s*{item})*(?:\s*[:：]\s*[A-Za-z_]\w*(?:\s*\|\s*[A-Za-z_]\w*)+)?"
                           rf"(?:\s*\+\s*[^,]*)?")
        if len(lines) < 3 or not all(shape.fullmatch(line) for _i, line in lines):
            continue
        fields: list[RawField] = []
        for i, line in lines:
            valued = re.search(r"[:：]\s*([A-Za-z_]\w*(?:\s*\|\s*[A-Za-z_]\w*)+)\s*$", line)
            names = re.sub(r"\s*[:：](?![^()]*\)).*$|\s*\+(?![^()]*\)).*$", "", line)  # (`estadoRegistro + auditoria ABM`: the column, then a note)
            for found in re.finditer(r"([A-Za-z_]\w*)(?:\s*\(([^()]*)\))?", names):
                field = RawField(name=found.group(1), file=doc.path, line=code.line + 1 + i, type_text="",
                                 type=name_type(found.group(1)), description=found.group(2) or "")
                if valued:
                    field.type, field.enum_values = "enum", [v.strip() for v in valued.group(1).split("|")]
                if found.group(2):
                    apply_words(field, found.group(2))
                    if field.unique and re.search(r"\b(?:por|per|within|dentro|em|pro)\b", found.group(2), re.IGNORECASE):
                        field.unique = False  # ('unique por granja': unique within each farm, a composite key)
                fields.append(field)
        # (column names, some compound or several to a line; not `active`, `inactive` under "Status values")
        if len(fields) >= 3 and not VALUES_HEADING.search(code.headings[-1] if code.headings else "") and any(
                re.search(r"_|[a-z][A-Z]", f.name) for f in fields) and not all(
                re.fullmatch(r"[A-Z][A-Z0-9_]*", f.name) for f in fields):
            entity = RawEntity(name=name, kind="bullets", file=doc.path, line=code.line,
                               context=" / ".join(code.headings) + " / untyped names")
            entity.fields = fields
            out.append(entity)
    return out


def _typed(doc: Document, leads: list[Item] | None = None, nested: dict[int, list[str]] | None = None) -> list[RawEntity]:
    groups: dict[tuple[str, ...], RawEntity] = {}
    names: dict[tuple[str, ...], set[str]] = {}  # (each group's field names, to keep the first of each)
    candidates = [(item.headings, item.line, item.text) for item in doc.items]
    scripted: set[int] = set()  # lines of a JavaScript/TypeScript object, where `Date` is a date and time
    typed_members: set[int] = set()  # lines of a TypeScript object type, `{ title: string; note?: string }`
    sketch_lines: dict[int, bool] = {}  # lines of a `Timer {` sketch in a language's fence: whether it marks nulls
    listed_lines: set[int] = set()  # lines of a plain or YAML block of `name: type` lines, three or more of them typed
    of_objects: set[int] = set()  # lines that open a list of objects
    sketched_lists: set[int] = set()  # such lines in a sketch of types: the list is a field of its own
    objects: dict[int, str] = {}  # lines that open an object held whole, by the field's name
    for code in doc.code:
        # (a `java` block that lists an entity's fields as bullets under `@Entity @Table(name = "reservations")`:
        # notes in a code fence, not code)
        # (or a `sql` block of `- booking_date: DATE NOT NULL` lines under `### Table: bookings`: the columns as bullets)
        listed = len(re.findall(r"^\s*[-*]\s+\w+\s*(?:\(|:\s*[A-Za-z])", code.text, re.MULTILINE)) >= 2 and not re.search(
            r"[;{}]\s*$", code.text, re.MULTILINE)
        # (`### IncomeEvent` over a block that is one bare object, `{ name: string  amount: Decimal }`: pseudo-code
        # notes of the entity the heading names; its nested objects' members are not its columns)
        # (or an unlabelled block of one object typed as TypeScript writes it, `lotAuthFile?: string,  // ...`)
        ts_sketch = not code.lang and re.fullmatch(r"\s*\{.*\}\s*", code.text, re.DOTALL) and len(re.findall(
            r"^\s*[A-Za-z_]\w*\??\s*:\s*(?:string|number|boolean|Date|[A-Z]\w*(?:\[\])?|\"[^\"]*\"(?:\s*\|\s*\"[^\"]*\")+)\s*,?\s*(?://.*)?$",
            code.text, re.MULTILINE)) >= 3
        bare_object = (code.lang in ("ts", "typescript", "js", "javascript", "json", "json5", "jsonc") or ts_sketch) and re.fullmatch(
            r"\s*\{.*\}\s*", code.text, re.DOTALL) and not re.search(r"\b(interface|class|const|let|function|type)\s+\w",
                                                                 code.text)
        # (`leads: { name: text NOT NULL ... }` in a typescript fence: one object of pseudo-code, named by its key)
        keyed_object = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*[:=]\s*\{.*\}\s*;?\s*", code.text, re.DOTALL) if code.lang in (
            "ts", "typescript", "js", "javascript", "") and not re.search(
            r"\b(interface|class|const|let|var|function|type|import|export)\s+\w", code.text) else None
        bare_object = bare_object or bool(keyed_object)
        above = "\n".join(doc.text.splitlines()[max(0, code.line - 12):code.line])
        if code.lang in ("json", "json5", "jsonc") and (any(ROUTE_PAGE.fullmatch(h.replace("*", "").strip()) for h in code.headings)
                                                        or re.search(r"\*\*\s*(?:method|path|endpoint|url)\s*\*\*\s*:|"
                                                                     r"\*\*\s*(?:method|path|endpoint|url)\s*:\s*\*\*", above, re.IGNORECASE)):
            continue  # (a JSON object on a route's page, `## HTTP POST /api/v1/vehicles` or '- **Method**: POST' over
            # '- **Path**: /api/products': what it sends or answers, examples.py's)
        keyed = re.findall(r'^\s*"[A-Za-z_]\w*"\s*:', code.text, re.MULTILINE)
        if code.lang in ("", "text", "txt") and re.fullmatch(r"\s*\{.*\}\s*", code.text, re.DOTALL) and len(keyed) >= 2:
            continue  # an example document in an unlabelled fence (`"category": "ObjectId (ref: Categories)"`): examples.py's
        # (a `kotlin` or `swift` fence over `Timer {` and `name: String` lines: pseudo-code, no class of the language)
        sketched = code.lang in ("kotlin", "kt", "swift", "java", "csharp", "cs", "go", "rust") and re.search(
            r"^\s*[A-Z]\w*\s*\{\s*$", code.text, re.MULTILINE) and not re.search(
            r"\b(?:class|struct|fun|func|val|var|object|interface|public|private|type|impl|enum)\b", code.text)
        # (a typescript fence of bare members, `propertyName: string` a line, no braces: a body's type, sketched)
        members_only = code.lang in ("ts", "typescript") and "{" not in code.text and len(re.findall(
            r"^[ \t]*[A-Za-z_]\w*\??\s*:\s*[A-Za-z][\w.]*(?:\[\])?\s*[,;]?\s*$", code.text, re.MULTILINE)) >= 3
        if code.lang in ("", "text", "txt", "plaintext", "yaml", "yml") or listed or bare_object or sketched or members_only:
            depth = 0
            model = keyed_object.group(1) if keyed_object else None
            # (`Subject` on a line of its own, its `title: string, not null` lines indented below it)
            block_lines = _opened_lists(code.text.splitlines())
            if code.lang in ("", "text", "txt", "plaintext", "yaml", "yml") and sum(
                    bool(re.match(r"\s*[A-Za-z_]\w*\s*:\s*[A-Za-z]", t) and parse_line(t, doc.path, 0)) for t in block_lines) >= 3:
                listed_lines.update(code.line + offset for offset in range(len(block_lines)))
            for offset, text in enumerate(block_lines):
                named = re.fullmatch(r"([A-Z][A-Za-z0-9_]*)(?:\s*\([^()]*\))?\s*:?\s*" + (r"\{?\s*" if sketched else ""),
                                     text) or (
                    # (`queue_entry` alone on its line, its columns indented under it: a table of a plain schema block)
                    re.fullmatch(r"([a-z][a-z0-9_]*)\s*:?\s*", text) if offset + 1 < len(block_lines) and re.match(
                        r"[ \t]+[a-z_]\w*\s+\S", block_lines[offset + 1]) else None)
                if named and not bare_object and not listed:
                    model = named.group(1)
                    continue
                if model and text.strip() and not text[:1].isspace():
                    model = None  # (an unindented line that is no model's name ends the model)
                if depth == 1 or (not bare_object and depth < 1):
                    candidates.append(([*code.headings, model] if model else code.headings, code.line + offset, text))
                    if sketched:
                        sketch_lines[code.line + offset] = "?" in code.text
                    if bare_object and code.lang in ("ts", "typescript", "js", "javascript"):
                        scripted.add(code.line + offset)
                    if bare_object and (code.lang in ("ts", "typescript") or ts_sketch) or members_only:
                        typed_members.add(code.line + offset)
                    following = next((t.strip() for t in block_lines[offset + 1:] if t.strip()), "")
                    if re.search(r"\[\s*(?://.*|#.*)?$", text) and following.startswith("{"):
                        of_objects.add(code.line + offset)  # `exercises: [` over `{ name: string ... }`: a list of objects
                        if re.search(r"[\"']?\s*:\s*(?:String|Number|Boolean|Date|ObjectId|string|number|boolean)\b", code.text):
                            sketched_lists.add(code.line + offset)  # (in a sketch of types, not an example's values)
                    if bare_object and (opened := re.fullmatch(r"\s*([A-Za-z_]\w*)(\?)?\s*:\s*\{\s*(?://.*)?", text)) and not re.match(
                            r"[\"']?type[\"']?\s*:", following):  # (not `firstName: {` over `type: String`: its options)
                        objects[code.line + offset] = opened.group(1)  # `helpful: {` over `count: Number ...`: an object
                # (`programs/{programId}` over `{ ... exercises: [ { name: string } ] }`: the nested objects' members
                # are no columns of the document's own; a brace within a line, `{programId}`, opens nothing)
                code_only = re.sub(r"//.*$|\{\w*\}", "", text)
                depth += code_only.count("{") + code_only.count("[") * (depth >= 1) - code_only.count("}") - code_only.count("]") * (depth >= 1)
    depths = {item.line: item.depth for item in doc.items}
    field_depth: dict[tuple[str, ...], int] = {}
    for item in leads or []:  # `- **Fields**:` over the fields: they, one level down, are the columns (not a `- **Source**:
        # ...` line above it, a note on the entity)
        if FIELDS_LEAD.fullmatch(item.text.split("\n")[0].strip()):
            field_depth.setdefault(tuple(_table_headings(item.headings)), item.depth + 1)
    for written, line, text in candidates:
        headings = _table_headings(written)
        if (listed := FIELD_LIST.match(text.split("\n")[0])) and len(TYPED_ITEM.findall(listed.group(2))) >= 2:
            continue  # `- Fields: `id: integer`, `name: string``: the field list's own members (_field_lists)
        for part in _grouped(text.splitlines()[0]) if text.strip() else []:
            field = parse_line(part, doc.path, line)
            if field is None and line in typed_members and (marked := re.match(r"\s*([A-Za-z_]\w*)\?\s*:\s*(\S.*)$", part)):
                field = parse_line(f"{marked.group(1)}: {marked.group(2)}", doc.path, line)  # `note?: string`: may be absent
                if field is not None:
                    field.required, field.nullable = False, True
            member = re.match(r"\s*([A-Za-z_]\w*)\s*:\s*([A-Z]\w*)(\?)?\s*(?://\s*(.*))?$", part) if line in sketch_lines else None
            if member and field is None and len(values := re.findall(r"\b[A-Z][A-Z0-9_]+\b", member.group(4) or "")) >= 2:
                # `state: TimerState  // IDLE, RUNNING, PAUSED`: a type the sketch does not define, its values beside it
                field = RawField(name=member.group(1), file=doc.path, line=line, type_text=member.group(2), type="enum",
                                 enum_values=values, description=member.group(4) or "")
            if member and field is not None and sketch_lines[line]:
                # (Kotlin's marks: `DateTime?` may be null, a type without one may not)
                field.nullable, field.required = (True, False) if member.group(3) else (False, None)
            if field is None and nested and line in nested and (head := re.match(
                    r"\s*(?:[-*+]\s+)?`?([A-Za-z_]\w*)`?\s*(?:\(([^()]*)\)|[:：])", part)):
                # `- \`Methodology\` (Methodology, required)` over its values: a type named for the field, an enum
                field = RawField(name=head.group(1), file=doc.path, line=line, type_text=head.group(2) or "", type="enum",
                                 description=part[head.end():].strip(" -—–"))
                apply_words(field, head.group(2) or "")
            if field is None and line in objects:
                field = RawField(name=objects[line], file=doc.path, line=line, type_text="object", type="json")
                if re.match(r"\s*[A-Za-z_]\w*\?", part):  # (`selectedShipping?: {`: an object that may be absent)
                    field.required, field.nullable = False, True
            if field is None and line in sketched_lists and (listed_objects := re.match(r"\s*[\"']?([A-Za-z_]\w*)[\"']?\s*:\s*\[", part)):
                # (`"participants": [` over `{ "userId": userId, "share": Number }`: a list of objects, kept whole)
                field = RawField(name=listed_objects.group(1), file=doc.path, line=line, type_text="object[]", type="json")
            if field is None and line in listed_lines and (unknown := re.fullmatch(
                    r"\s*([A-Za-z_]\w*)\s*:\s*([A-Za-z_][\w.]*(?:<[\w.]+>|\[\])?)\s*(?:(?:#|//)\s*(.*))?", part)):
                # `type: form_input_type  # ...` among `label: string` lines: a type the block does not define, left
                # for the user to decide (the draft says so), not dropped
                field = RawField(name=unknown.group(1), file=doc.path, line=line, type_text=unknown.group(2), type=None,
                                 description=unknown.group(3) or "")
            if field is None or _about_keys(headings, field.name):
                continue
            if nested and line in nested and field.type in (None, "str", "enum") and not field.enum_values:
                field.type, field.enum_values = "enum", nested[line]  # (its values in the bullet nested under it)
            if line in of_objects:
                field.type = "json"
            if line in typed_members and field.required is None and field.nullable is None and re.match(
                    r"\s*[A-Za-z_]\w*\s*:\s*[A-Za-z\"'][\w<>\[\]|' \"-]*[,;]?\s*(?://.*)?$", part):
                field.required, field.nullable = field.default is NO_DEFAULT, False  # (no `?`: always there)
            if line in scripted and field.type_text == "Date":
                field.type = "datetime"  # (`birth_date: Date,` in a MongoDB document: JavaScript's Date, a timestamp)
            depth = depths.get(line, 0)
            if depth > field_depth.setdefault(tuple(headings), depth) or line in depths and depth < field_depth[tuple(headings)]:
                continue  # `- **title**: str` with `  - **Description**: ...` under it: a note on the field, not one
            key = tuple(headings)
            entity = groups.get(key)
            if entity is None:
                entity = RawEntity(name=entity_name(headings) or "unnamed", kind="bullets", file=doc.path, line=line,
                                   context=" / ".join(headings))
                groups[key] = entity
                names[key] = set()
            if field.name not in names[key]:
                names[key].add(field.name)
                entity.fields.append(_said_by_group(field, written))
    # (one typed line alone is no entity, unless it joins a heading's bare names: extract; nor are lists of objects
    # alone, `"categoryStats": [` in a response's example whose other values are data)
    out = [entity for entity in groups.values() if any(f.type_text != "object[]" for f in entity.fields)]
    # (`phone: String?` in one list of the document, `id: Long` in every other: Kotlin's marks, the unmarked non-null)
    question_marked = sum(bool(re.fullmatch(r"[A-Z]\w*\?", f.type_text.strip())) for e in out for f in e.fields) >= 1 and all(
        re.fullmatch(r"[A-Z]\w*(?:<[\w, ]+>)?\??", f.type_text.strip()) for e in out for f in e.fields if f.type_text.strip())
    for entity in out:
        for f in entity.fields:  # `note: str | None (a remark)`, `active: bool = True`: Python's annotations, read as said
            python_like = re.match(r"\s*[A-Za-z_][\w.]*(?:\[[\w, .]+\])?\s*(?:(?P<none>\|\s*None\b)|=\s*(?P<value>True|False|-?\d+(?:\.\d+)?|\"[^\"]*\"|'[^']*')(?![\w.]))",
                                   f.description)
            if python_like and python_like.group("none") and f.nullable is None and f.required is None:
                f.nullable, f.required = True, False
            elif python_like and python_like.group("value") and f.default is NO_DEFAULT:
                f.default, f.required = parse_literal(python_like.group("value")), False
        if any(re.search(r"\|\s*None$|^Optional\[", f.type_text) or re.match(r"\s*[\w.]+(?:\[[\w, .]+\])?\s*\|\s*None\b", f.description)
               for f in entity.fields) or question_marked:
            # Python members, one of them `int | None`: the ones typed without None must be given (no default)
            for f in entity.fields:
                if f.required is None and f.nullable is None and f.default is NO_DEFAULT and re.fullmatch(
                        r"[A-Za-z_][\w.]*(?:\[[\w, .]+\])?", f.type_text):
                    f.nullable, f.required = False, True
        # SQL-typed bullets where some say NOT NULL: the ones that say nothing are nullable, as in the DDL they describe
        says_nullable = any(re.search(r"\bnullable\b|\bnull\b(?!\s*=)", f.description, re.IGNORECASE)
                            and not re.search(r"\bnot\s+null\b", f.description, re.IGNORECASE) for f in entity.fields)
        if not says_nullable and any(re.search(r"\bnot\s+null\b", f.description + " " + f.type_text, re.IGNORECASE)
                                     or f.nullable is False for f in entity.fields):
            for f in entity.fields:
                if f.required is None and f.nullable is None and (SQL_TYPE.search(f.type_text) or re.fullmatch(
                        r"(string|integer|text|boolean|datetime|date|decimal|float|json|bigint|references?)\b.*",
                        f.type_text.strip(), re.IGNORECASE)):
                    f.nullable, f.required = True, False  # (Rails' `title: string, not null` beside `year: string`)
    return out


RELATIONS_LABEL = re.compile(r"\**(?:relations?|relationships?|associations?|relaciones|relações|relacoes|relazioni|beziehungen|"
                             r"связи|отношения|ilişkiler|関連|リレーション|关系|關係|关联|관계|연관\s*관계)\**\s*[:：]?\s*\**", re.IGNORECASE)
FIELDS_LEAD = re.compile(r"\**(?:fields|columns|attributes|properties|campos|colunas|columnas|champs|colonnes|attributs|felder|"
                         r"spalten|atributos|propiedades|propriedades|поля|атрибуты|フィールド|カラム|項目|字段|列|属性|필드|컬럼|속성)\**\s*[:：]?\s*\**", re.IGNORECASE)


def _opened_lists(lines: list[str]) -> list[str]:
    """`status: enum (` then one `'pending' = awaiting ...` line per value, then `)`: one line, `status: enum ('pending' |
    ...)`, the value lines left blank (so every other line keeps its number)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not re.search(r":\s*`?enum`?\s*\(\s*$", line, re.IGNORECASE):
            continue
        values, end = [], None
        for j in range(i + 1, min(len(lines), i + 30)):
            if re.fullmatch(r"\s*\)\s*,?\s*", lines[j]):
                end = j
                break
            value = re.match(r"\s*['\"`]([\w -]{1,40})['\"`]", lines[j])
            if not value:
                break
            values.append(value.group(1))
        if end is not None and len(values) >= 2:
            out[i] = re.sub(r"\(\s*$", "(" + " | ".join(f"'{v}'" for v in values) + ")", line)
            for j in range(i + 1, end + 1):
                out[j] = ""
    return out


GROUP_PIECE = re.compile(r"\s*`?([a-z_][A-Za-z0-9_]*)`?\s*(\([^()]*\))?\s*")  # (`startsAt`, `endsAt` (datetime))


# One column of a line that lists several: `price (number, >0)`, `year?`, `compatibility?: string[]`, `currency 'GBP'`.
MIXED_PIECE = re.compile(r"[A-Za-z_]\w*\??(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\)|\s*:\s*[^,]+|\s+'[^']*'|\s+\"[^\"]*\")?")


def _piece(piece: str) -> str:
    """A piece of such a line as a line of its own: TypeScript's `?` said as 'optional', a quoted value as a default."""
    found = re.fullmatch(r"([A-Za-z_]\w*)(\?)?\s*(.*)", piece)
    name, optional, rest = found.group(1), bool(found.group(2)), found.group(3).strip()
    if re.fullmatch(r"'[^']*'|\"[^\"]*\"", rest):  # `currency 'GBP'`: a text that starts as that value
        rest = f"(string, default {rest})"
    if optional:
        rest = f"{rest} (optional)" if rest.startswith(":") else f"({rest[1:-1]}, optional)" if rest.startswith("(") else "(optional)"
    return f"{name} {rest}".strip() if not rest.startswith(":") else f"{name}{rest}"


def _grouped(text: str) -> list[str]:
    """`vorname, nachname, email (text)`: several columns given one type, one line each (`- vorname (text)`, ...);
    `datum (date), notiz (text)` and `` `a`, `b`: datetime `` likewise. Any other line as it is."""
    body = re.sub(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)", "", text)
    bare = re.sub(r"\*\*(`[A-Za-z_]\w*`)\*\*", r"\1", body)  # (`**\`waktu_mulai\`** / **\`waktu_selesai\`**: TIMESTAMPTZ`)
    shared = re.fullmatch(r"\s*((?:`[A-Za-z_]\w*`\s*(?:,|、|and|&)\s*)+`[A-Za-z_]\w*`)\s*[:：]\s*(.+)", body) or re.fullmatch(
        r"\s*((?:`[A-Za-z_]\w*`\s*(?:,|、|and|&|/)\s*)+`[A-Za-z_]\w*`)\s*[:：]\s*(.+)", bare)
    if shared:  # `submitted_at`, `decided_at`: datetime (nullable)
        names = re.findall(r"`(\w+)`", shared.group(1))
        clauses = re.split(r"(?<=;)\s*", shared.group(2))

        def about(clause: str, name: str) -> bool:  # 'nombre y equipo no nulos' is about two of the three
            named = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", clause)]
            return not named or len(named) == len(names) or name in named

        return [f"`{name}`: {' '.join(c for c in clauses if about(c, name)).rstrip(';')}" for name in names]
    marked = re.fullmatch(r"\s*((?:`[A-Za-z_]\w*(?:\[\])?`\s*(?:,|&|and)\s*)+`[A-Za-z_]\w*(?:\[\])?`)\s*,?\s*(required|optional|nullable)\s*\.?",
                          body, re.IGNORECASE)
    if marked:  # `tableNumber`, `items[]`, `total`, `token` required: each one so (`items[]` a list, kept whole)
        words = {"str": "string", "int": "integer", "bool": "boolean"}  # (each typed by its name, as bare names are)
        return [f"- `{name}` ({'json' if many else words.get(name_type(name), name_type(name))}, {marked.group(2).lower()})"
                for name, many in re.findall(r"`(\w+)(\[\])?`", marked.group(1))]
    typed = re.fullmatch(r"\s*((?:`[A-Za-z_]\w*`\s*(?:,|&|and)\s*)+`[A-Za-z_]\w*`)\s*(\([^()]*(?:\([^()]*\)[^()]*)*\))\s*([:：].*)?",
                         body)
    if typed:  # `issue_date` & `due_date` (`VARCHAR(50)` NOT NULL): Tanggal terbit: two columns, one type
        return [f"- `{name}` {typed.group(2)}{typed.group(3) or ''}" for name in re.findall(r"`(\w+)`", typed.group(1))]
    spans = re.match(r"\s*((?:`[A-Za-z_]\w*\s*:\s*[^`]+`\s*,\s*(?:and\s+|e\s+|y\s+|et\s+)?)+`[A-Za-z_]\w*\s*:\s*[^`]+`)(.*)",
                     body)
    if spans:  # `custo_box: float`, `pct_ganho_box: float` — indicators of...: a member each, the note shared
        return [f"- {span} {spans.group(2).strip()}".rstrip() for span in re.findall(r"`[^`]+`", spans.group(1))]
    pieces = re.split(r",\s*(?![^()]*\))", body)
    matches = [GROUP_PIECE.fullmatch(piece) for piece in pieces]
    if len(pieces) < 2 or not all(matches) or not any(m.group(2) for m in matches if m):
        mixed = [p.strip() for p in re.split(r",\s*(?![^()\[\]{}]*[)\]}])", body)]
        if len(mixed) >= 2 and not re.search(r"//|\s#\s|\s--\s", body) and all(MIXED_PIECE.fullmatch(p) for p in mixed) and sum(
                bool(re.search(r"[(:'\"?]", p)) for p in mixed) >= 2:
            # `price (number, >0), currency 'GBP'`, `partCategory? (if kind='part'), compatibility?: string[]`: one
            # column a piece, each written its own way (not a member's comment: `state: TimerState // IDLE, RUNNING`)
            return [f"- {_piece(p)}" for p in mixed]
        return [text]
    out, note = [], ""
    for m in reversed([m for m in matches if m]):
        note = m.group(2) or note  # a name without its own note shares the next one's: `a, b (text)`
        out.append(f"- {m.group(1)} {note}".rstrip())
    return out[::-1]


# A heading over a group of a request's fields that says whether they must be sent: '#### Required Fields:',
# '**Optional fields**', 'Campos obligatorios'
GROUP_PRESENCE = re.compile(r"\W*(?:(?P<required>required|mandatory|obligatori[oa]s|obrigat[óo]ri[oa]s|obligatoires|pflicht)|"
                            r"(?P<optional>optional|opcionales|opcionais|facultatifs|optionnels|optionale))\s+"
                            r"(?:fields|parameters|params|attributes|properties|campos|champs|felder)\W*|"
                            r"\W*(?:campos|champs)\s+(?:(?P<required2>obligatorios|obrigat[óo]rios|requeridos|obligatoires)|"
                            r"(?P<optional2>opcionales|opcionais|facultatifs|optionnels))\W*", re.IGNORECASE)


def _said_by_group(field: RawField, headings: list[str]) -> RawField:
    """A field listed under '#### Required Fields:' is required, under '#### Optional Fields:' optional, unless its own
    line says otherwise."""
    said = GROUP_PRESENCE.fullmatch(headings[-1].strip()) if headings else None
    if said and (said.group("required") or said.group("required2")) and not field.nullable:
        field.required, field.nullable = True, False
    elif said and (said.group("optional") or said.group("optional2")) and not (field.required and field.nullable is False):
        field.required, field.nullable = False, True
    return field


def _table_headings(headings: list[str]) -> list[str]:
    """A table heading (`contacts` in backticks) then **Basis:** and **Finanzdaten:** groups of its columns: one table."""
    if len(headings) >= 2 and headings[-1].startswith("**") and re.fullmatch(r"`?[a-z_][a-z0-9_]*`?", headings[-2].strip()):
        return headings[:-1]
    if len(headings) >= 2 and re.fullmatch(r"\W*(?:foreign\s+keys?|claves?\s+for[áa]neas?|chaves?\s+estrangeiras?|"
                                           r"cl[ée]s?\s+[ée]trang[èe]res?|fremdschl[üu]ssel)\W*", headings[-1], re.IGNORECASE):
        return _table_headings(headings[:-1])  # '### Claves Foráneas' under the entity's fields: more of its columns
    if len(headings) >= 2 and re.fullmatch(r"\**\s*[\w -]{0,30}?\b(fields|columns|attributes|properties|timestamps|campos|"
                                           r"colunas|champs|felder)\s*:?\s*\**\s*:?", headings[-1].strip(), re.IGNORECASE):
        return headings[:-1]  # `#### EventTemplate` then **Fields:**, "Scheduling fields:", "Timestamps:": one entity's
    return headings


SQL_TYPE = re.compile(r"^(VARCHAR|CHAR|TEXT|INTEGER|INT|BIGINT|SMALLINT|SERIAL|BIGSERIAL|BOOLEAN|TIMESTAMP|TIMESTAMPTZ|DATE|UUID|"
                      r"NUMERIC|DECIMAL|JSONB?|REAL|FLOAT|DOUBLE)\b|^(varchar|timestamptz|timestamp|serial|bigserial|jsonb|numeric)\b")
