"""Schema migrations written in a framework's DSL: Rails (`create_table :customers do |t|`, schema.rb),
Laravel (`Schema::create('customers', function (Blueprint $table) {`), Knex (`createTable('customers', ...)`)
and Ecto (`create table(:customers) do`). Each is as authoritative as SQL DDL, and each framework says
what an unmarked column is: nullable in Rails, Knex and Ecto; NOT NULL in Laravel."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, normal_name
from backend_builder.spec.extract.types import classify

# The column types of the four DSLs, by the name the DSL gives them; anything else goes through `classify`.
TYPES = {"string": "str", "char": "str", "text": "text", "mediumtext": "text", "longtext": "text", "citext": "text",
         "integer": "int", "bigint": "int", "smallint": "int", "tinyint": "int", "increments": None, "int": "int",
         "biginteger": "int", "smallinteger": "int", "tinyinteger": "int", "unsignedbiginteger": "int",
         "unsignedinteger": "int", "unsignedsmallinteger": "int", "unsignedtinyinteger": "int", "mediuminteger": "int",
         "float": "float", "double": "float", "real": "float", "decimal": "decimal", "numeric": "decimal", "money": "decimal",
         "boolean": "bool", "bool": "bool", "date": "date", "datetime": "datetime", "timestamp": "datetime",
         "timestamptz": "datetime", "timestamp_tz": "datetime", "datetimetz": "datetime", "timestamptz_usec": "datetime",
         "naive_datetime": "datetime", "utc_datetime": "datetime", "naive_datetime_usec": "datetime",
         "utc_datetime_usec": "datetime", "time": "str", "json": "json", "jsonb": "json", "map": "json", "uuid": "uuid",
         "binary_id": "uuid", "ulid": "str", "enum": "enum", "enu": "enum", "inet": "str", "ipaddress": "str",
         "macaddress": "str", "year": "int", "binary": None, "blob": None, "bytea": None}
# Columns a DSL adds on its own: the generated backend has its id and timestamps.
SKIPPED_CALLS = {"timestamps", "timestampstz", "nullabletimestamps", "id", "increments", "bigincrements",
                 "remembertoken", "primary", "foreign", "dropcolumn", "engine", "charset", "collation", "comment"}


@dataclass
class _Column:
    name: str
    kind: str  # the DSL's type word
    options: str  # everything after the name: Rails keywords, Laravel/Knex chained calls, Ecto keywords
    line: int


def extract(doc: Document) -> list[RawEntity]:
    out: dict[str, RawEntity] = {}
    indexes: list[tuple[str, list[str], bool]] = []
    for code in doc.code:
        if code.lang in ("php", "elixir", "ex", "exs"):
            code = replace(code, text=_excerpts(code.text))
        text = code.text
        if code.lang in ("ruby", "rb") and (listed := _ruby_attributes(doc, code)):
            out.setdefault(listed.key, listed)
        if code.lang in ("elixir", "ex", "exs") and (struct := _elixir_struct(doc, code)):
            out.setdefault(struct.key, struct)
        if not re.search(r"create_table\b|Schema::create\b|\.createTable\b|create\s+table\(|^\s*schema\s+\"\w+\"\s+do\b|"
                         r"\buse\s+Ash\.Resource\b", text, re.MULTILINE):
            continue
        for entity in _rails(doc, code) + _laravel(doc, code) + _knex(doc, code) + _ecto(doc, code) + _ecto_schema(doc, code) + _ash_resource(doc, code):
            earlier = out.get(entity.key)
            if earlier is not None and len(earlier.fields) > len(entity.fields):
                continue  # a later excerpt, `create table(:tracks) do add :id ... end`, shows a part of the table
            out[entity.key] = entity
        indexes += _indexes(text)
    for table, columns, unique in indexes:
        entity = out.get(normal_name(table))
        if entity is None or len(columns) != 1:
            continue  # a composite index marks no single column
        for field in entity.fields:
            if field.name in (columns[0], columns[0] + "_id"):
                field.index = True
                field.unique = field.unique or unique
    return list(out.values())


# Elixir's typespec types: `String.t()`, `DateTime.t()`, `integer()`, `list(String.t())`
ELIXIR_TYPES = {"string.t": "str", "binary": "str", "atom": "str", "datetime.t": "datetime", "naivedatetime.t": "datetime",
                "date.t": "date", "integer": "int", "non_neg_integer": "int", "pos_integer": "int", "float": "float",
                "number": "float", "boolean": "bool", "map": "json", "decimal.t": "decimal"}


def _elixir_struct(doc: Document, code) -> RawEntity | None:
    """A plain struct and its typespec, `defmodule Viche.Message do @type t :: %__MODULE__{id: String.t(), body:
    String.t(), sent_at: DateTime.t()} defstruct [...]`: the struct's fields, typed by the spec (`| nil` may be empty).
    The typespec says nothing of what a client must send."""
    module = re.search(r"\bdefmodule\s+([\w.]+)\s+do\b", code.text)
    spec = re.search(r"@type\s+t\s*::\s*%(?:__MODULE__|[\w.]+)\{", code.text)
    if not module or not spec or "schema \"" in code.text:
        return None
    body = _braced(code.text, spec.end() - 1)
    entity = RawEntity(name=module.group(1).rsplit(".", 1)[-1], kind="orm", file=doc.path,
                       line=code.line + code.text[:spec.start()].count("\n"), context=" / ".join(code.headings) + " / elixir struct")
    start = code.line + code.text[:spec.end()].count("\n")
    for offset, row in enumerate(body.splitlines()):
        member = re.match(r"\s*(\w+):\s*(.+?)\s*,?\s*$", row)
        if not member:
            continue
        written = member.group(2).rstrip(",").strip()
        nullable = bool(re.search(r"\|\s*nil\b", written))
        bare = re.sub(r"\s*\|\s*nil\b", "", written).strip()
        listed = re.fullmatch(r"(?:list|\[)\s*\(?\s*([\w.]+)\s*(?:\(\))?\s*\)?\]?", bare)
        kind = ("list[str]" if listed.group(1).lower() in ("string.t", "binary") else "json") if listed and bare.startswith(
            ("list", "[")) else ELIXIR_TYPES.get(re.sub(r"\(\)$", "", bare).lower())
        if kind is None:
            continue  # another struct (`User.t()`): a relation, kept apart
        entity.fields.append(RawField(name=member.group(1), file=doc.path, line=start + offset, type_text=written, type=kind,
                                      nullable=True if nullable else None, required=False if nullable else None,
                                      primary_key=member.group(1) == "id"))
    return entity if len(entity.fields) >= 2 else None


def _excerpts(text: str) -> str:
    """A migration's body quoted without its frame, each table under a comment naming it (`// automation_rules` over
    `$table->string('name');`, `# stage_participations — ...` over `add :stage_id, references(:stages)`): the frame put
    back, line for line, so the readers of whole migrations read it."""
    lines = text.split("\n")
    if any(re.search(r"Schema::create\b|create(?:_if_not_exists)?\s+table\(", line) for line in lines):
        return text
    heads = [i for i, line in enumerate(lines) if re.fullmatch(r"\s*(?://|#)\s*([a-z][a-z0-9_]*)\b(?:\s*(?:[—–(:-].*)?)?", line)
             and i + 1 < len(lines) and re.match(r"\s*(?:\$table->\w+\(|add\s+:\w+)", lines[i + 1])]
    for n, i in enumerate(heads):
        table = re.match(r"\s*(?://|#)\s*([a-z][a-z0-9_]*)", lines[i]).group(1)
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        last = max(j for j in range(i + 1, end) if lines[j].strip() and not re.match(r"\s*(?://|#)", lines[j]))
        if lines[i + 1].lstrip().startswith("$"):
            lines[i] = f"Schema::create('{table}', function (Blueprint $table) {{"
            lines[last] += " });"
        else:
            lines[i] = f"create table(:{table}) do"
            blank = next((j for j in range(last + 1, end) if not lines[j].strip()), None)
            if blank is not None:
                lines[blank] = "end"  # (on the blank line after the table, so the lines below keep their numbers)
            else:
                lines[last] += "\nend"
    return "\n".join(lines)


def _braced(text: str, start: int) -> str:
    """The body after an opening `{` at `start`, up to its matching `}`."""
    depth = 1
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i]
    return text[start:]


def _until_end(text: str, start: int) -> str:
    """A Ruby or Elixir `do ... end` body: up to the first line that is `end`."""
    match = re.compile(r"^\s*end\b", re.MULTILINE).search(text, start)
    return text[start: match.start() if match else len(text)]


def _entity(doc: Document, code, name: str, offset: int) -> RawEntity:
    return RawEntity(name=name, table=name, kind="sql", file=doc.path, line=code.line + code.text[:offset].count("\n"),
                     context=" / ".join(code.headings) + " / migration")


def _rails(doc: Document, code) -> list[RawEntity]:
    out = []
    for match in re.finditer(r"create_table\s*\(?\s*[:\"'](\w+)[\"']?([^\n]*?)\bdo\s*\|(\w+)\|", code.text):
        body = _until_end(code.text, match.end())
        entity = _entity(doc, code, match.group(1), match.start())
        var = re.escape(match.group(3))
        first_line = entity.line + code.text[match.start():match.end()].count("\n")
        for offset, line in enumerate(body.splitlines()):
            column = re.match(rf"\s*{var}\.(\w+)\s*\(?\s*[:\"'](\w+)[\"']?\s*(?:,\s*(.*?))?\)?\s*(#.*)?$", line)
            if not column:
                continue
            kind, name, options = column.group(1).lower(), column.group(2), column.group(3) or ""
            if kind == "column":  # `t.column :name, :string, null: false`
                written = re.match(r"\s*:(\w+)\s*,?\s*(.*)", options)
                if not written:
                    continue
                kind, options = written.group(1).lower(), written.group(2)
            if kind == "index":
                entity.notes.append(f"index {name} {options}")
                _mark_index(entity, [name], "unique: true" in options)
                continue
            field = _rails_field(_Column(name, kind, options, first_line + offset), doc.path)
            if field is not None:
                entity.fields.append(field)
            if field is not None and kind in ("references", "belongs_to") and re.search(r"\bpolymorphic:\s*true", options):
                # `t.references :last_edited_by, polymorphic: true`: the row's id and its class's name, two columns
                entity.fields.append(RawField(name=f"{name}_type", file=doc.path, line=field.line, type="str",
                                              type_text="string", nullable=field.nullable, required=field.required))
        out.append(entity)
    return out


def _rails_field(column: _Column, path: str) -> RawField | None:
    kind, options = column.kind, column.options
    if kind in SKIPPED_CALLS:
        return None
    reference = kind in ("references", "belongs_to")
    name = column.name + "_id" if reference else column.name
    type_word = re.search(r"\btype:\s*:(\w+)", options)
    if reference:
        kind = type_word.group(1).lower() if type_word else "bigint"
    field = _typed(name, kind, path, column.line)
    if field is None:
        return None
    if re.search(r"\barray:\s*true", options):
        field.type = "list[str]" if field.type in ("str", "text") else "json"
    limit = re.search(r"\blimit:\s*(\d+)", options)
    if limit and field.type == "str":
        field.max_length = int(limit.group(1))
    field.nullable = not re.search(r"\bnull:\s*false", options)
    default = re.search(r"\bdefault:\s*(\[\]|\{\}|'[^']*'|\"[^\"]*\"|-?[\w.]+)", options)
    if default:
        field.default = _literal(default.group(1))
    elif re.search(r"\bdefault:\s*->", options):
        field.default = "now()" if re.search(r"now|current", options, re.IGNORECASE) else options
    field.unique = bool(re.search(r"\bunique:\s*true", options))
    # (Rails indexes a reference unless told not to)
    field.index = field.unique or bool(re.search(r"\bindex:\s*(true|\{)", options)) or (
        reference and not re.search(r"\bindex:\s*false", options))
    field.foreign_key = reference or "foreign_key:" in options
    field.required = not field.nullable and field.default is NO_DEFAULT
    return field


def _laravel(doc: Document, code) -> list[RawEntity]:
    out = []
    for match in re.finditer(r"Schema::create\(\s*['\"](\w+)['\"]\s*,\s*function\s*\(\s*(?:Blueprint\s+)?\$(\w+)\s*\)"
                             r"\s*(?::\s*\w+\s*)?\{", code.text):
        body = _braced(code.text, match.end())
        entity = _entity(doc, code, match.group(1), match.start())
        first_line = entity.line + code.text[match.start():match.end()].count("\n")
        for offset, line in enumerate(body.splitlines()):
            column = re.match(rf"\s*\${re.escape(match.group(2))}->(\w+)\(\s*(?:['\"](\w+)['\"])?\s*([^)]*)\)(.*?);", line)
            if not column:
                continue
            kind, name, arguments, chain = column.group(1).lower(), column.group(2), column.group(3), column.group(4)
            if kind in ("softdeletes", "softdeletestz"):
                kind, name, chain = "timestamp", name or "deleted_at", "->nullable()"
            if kind in ("index", "unique") and name is None:
                listed = re.findall(r"['\"](\w+)['\"]", arguments)
                _mark_index(entity, listed, kind == "unique")
                continue
            if name is None or kind in SKIPPED_CALLS:
                continue
            field = _laravel_field(_Column(name, kind, arguments + chain, first_line + offset), doc.path, arguments, chain)
            if field is not None:
                _commented_values(field, line[column.end():])
                entity.fields.append(field)
        out.append(entity)
    return out


def _laravel_field(column: _Column, path: str, arguments: str, chain: str) -> RawField | None:
    kind = column.kind
    if kind in ("foreignid", "foreignuuid", "foreignulid", "foreignidfor"):
        kind = {"foreignuuid": "uuid", "foreignulid": "ulid"}.get(kind, "bigint")
    field = _typed(column.name, kind, path, column.line)
    if field is None:
        return None
    return _chained(field, arguments, chain, arrow="->", nullable="->nullable(" in chain, default_call="default",
                    now="->useCurrent(" in chain, foreign=column.kind.startswith("foreign") or "->constrained(" in chain)


def _chained(field: RawField, arguments: str, chain: str, *, arrow: str, nullable: bool, default_call: str, now: bool,
             foreign: bool) -> RawField:
    """What Laravel's `->nullable()->default('a')->unique()` and Knex's `.notNullable().defaultTo('a').unique()`
    say of a column, the call's own arguments giving an enum's values or a string's length."""
    if field.type == "enum":
        field.enum_values = re.findall(r"['\"`]([^'\"`]+)['\"`]", arguments) or None
    length = re.match(r"\s*,\s*(\d+)", arguments)
    if length and field.type == "str":
        field.max_length = int(length.group(1))
    field.nullable = nullable
    default = re.search(rf"{re.escape(arrow)}{default_call}\(\s*(\[\]|'[^']*'|\"[^\"]*\"|-?[\w.]+)\s*\)", chain)
    if default and not default.group(1).endswith(".fn.now"):
        field.default = _literal(default.group(1))
    elif now:
        field.default = "now()"
    field.unique = f"{arrow}unique(" in chain
    field.index = field.unique or f"{arrow}index(" in chain
    field.foreign_key = foreign
    field.required = not field.nullable and field.default is NO_DEFAULT
    return field


def _knex(doc: Document, code) -> list[RawEntity]:
    out = []
    for match in re.finditer(r"\.createTable(?:IfNotExists)?\(\s*['\"`](\w+)['\"`]\s*,\s*(?:function\s*)?\(?\s*(\w+)\s*\)?"
                             r"\s*(?:=>)?\s*\{", code.text):
        body = _braced(code.text, match.end())
        entity = _entity(doc, code, match.group(1), match.start())
        first_line = entity.line + code.text[match.start():match.end()].count("\n")
        for offset, line in enumerate(body.splitlines()):
            column = re.match(rf"\s*{re.escape(match.group(2))}\.(\w+)\(\s*['\"`](\w+)['\"`]\s*([^)]*)\)(.*?);?\s*(//.*)?$",
                              line)
            if not column or column.group(1).lower() in SKIPPED_CALLS | {"primary", "index", "unique"}:
                if column and column.group(1).lower() in ("index", "unique"):
                    _mark_index(entity, [column.group(2)], column.group(1).lower() == "unique")
                continue
            kind, name, arguments, chain = column.group(1).lower(), column.group(2), column.group(3), column.group(4)
            field = _typed(name, kind, doc.path, first_line + offset)
            if field is None:
                continue
            now = bool(re.search(r"\.defaultTo\(\s*\w+\.fn\.now\(\)", chain))
            entity.fields.append(_chained(field, arguments, chain, arrow=".", nullable=".notNullable(" not in chain,
                                          default_call="defaultTo", now=now, foreign=".references(" in chain))
            _commented_values(entity.fields[-1], column.group(5) or "")
        out.append(entity)
    return out


def _ecto(doc: Document, code) -> list[RawEntity]:
    out = []
    for match in re.finditer(r"create(?:_if_not_exists)?\s+table\(\s*:(\w+)[^)]*\)\s*do\b", code.text):
        body = _until_end(code.text, match.end())
        entity = _entity(doc, code, match.group(1), match.start())
        for offset, line in enumerate(body.splitlines()):
            column = re.match(r"\s*add\s+:(\w+)\s*,\s*(?::(\w+)|(references)\(\s*:\w+[^)]*\)|\{:array,\s*:(\w+)\})\s*(.*)$",
                              line)
            if not column:
                continue
            name, kind, reference, array_of, options = column.groups()
            # (`references(:accounts, type: :uuid)`: the key of that table, typed as it says)
            keyed = re.search(r"references\(\s*:\w+[^)]*\btype:\s*:(\w+)", line) if reference else None
            field = _typed(name, (keyed.group(1) if keyed else "bigint") if reference else (array_of or kind), doc.path,
                           entity.line + offset)
            if field is None:
                continue
            if array_of:
                field.type = "list[str]" if field.type in ("str", "text") else "json"
            size = re.search(r"\bsize:\s*(\d+)", options)
            if size and field.type == "str":
                field.max_length = int(size.group(1))
            field.nullable = not re.search(r"\bnull:\s*false", options)
            default = re.search(r"\bdefault:\s*(\[\]|\"[^\"]*\"|-?[\w.]+)", options)
            if default:
                field.default = _literal(default.group(1))
            field.foreign_key = bool(reference)
            field.required = not field.nullable and field.default is NO_DEFAULT
            comment = re.search(r"(?<![\w\"'])#\s*(.+?)\s*$", options)  # (`add :status, :string  # pending, processing, done`)
            _commented_values(field, f"// {comment.group(1)}" if comment else "")
            entity.fields.append(field)
        out.append(entity)
    return out


def _commented_values(field: RawField, rest: str) -> None:
    """`$table->string('status')->default('Diajukan');  // Diajukan, Menunggu Klarifikasi, Selesai`: a string column
    whose comment lists its values, the default among them, holds one of them (a comment listing other words, `// e.g.
    MUT-0001`, says nothing of the kind)."""
    comment = re.match(r"\s*//\s*(.+?)\s*$", rest)
    if field.type not in ("str", "text") or field.enum_values or not comment:
        return
    values = [v.strip().strip("'\"`") for v in re.split(r"\s*[,|/]\s*", comment.group(1).rstrip("."))]  # (quoted or not)
    if len(values) >= 2 and all(re.fullmatch(r"[\w-]+(?: [\w-]+){0,2}", v) for v in values) and (
            field.default in values or re.search(r"(status|state|type|kind|category|level|role|mode|priority|stage)$", field.name)
            and field.default is NO_DEFAULT):
        field.type, field.enum_values, field.max_length = "enum", values, None


def _ecto_schema(doc: Document, code) -> list[RawEntity]:
    """An Ecto schema, `schema "users" do field :email, :string ... end`, and what its changeset says: the fields
    `validate_required` names must be given (the others may be left out, as `cast` allows), `validate_inclusion` lists
    a closed set, `validate_length` bounds a text, `unique_constraint` makes one unique."""
    out = []
    for match in re.finditer(r"^\s*schema\s+\"(\w+)\"\s+do\b", code.text, re.MULTILINE):
        body = _until_end(code.text, match.end())
        entity = _entity(doc, code, match.group(1), match.start())
        entity.context = entity.context.removesuffix(" / migration") + " / ecto schema"
        for offset, line in enumerate(body.splitlines()):
            column = re.match(r"\s*(field|belongs_to)\s+:(\w+)\s*(?:,\s*(?::(\w+)|\{:array,\s*:(\w+)\}|([A-Z][\w.]*)))?\s*(.*)$", line)
            if not column:
                continue
            call, name, kind, array_of, _module, options = column.groups()
            if call == "belongs_to":
                field = RawField(name=f"{name}_id", file=doc.path, line=entity.line + 1 + offset, type="int", type_text="belongs_to",
                                 foreign_key=True)
            elif _module == "Ecto.Enum" and (listed := re.search(r"\bvalues:\s*\[([^\]]*)\]", options)):
                # `field :visibility, Ecto.Enum, values: [:private, :public], default: :private`: the atoms it keeps
                values = re.findall(r":(\w+)|\"([^\"]+)\"", listed.group(1))
                field = RawField(name=name, file=doc.path, line=entity.line + 1 + offset, type="enum", type_text="Ecto.Enum",
                                 enum_values=[a or b for a, b in values] or None)
                options = options.replace(listed.group(0), "")
            else:
                field = _typed(name, array_of or kind or "string", doc.path, entity.line + 1 + offset)
                if field is None:
                    continue
                if array_of:
                    field.type = "list[str]" if field.type in ("str", "text") else "json"
            default = re.search(r"\bdefault:\s*(\[\]|\"[^\"]*\"|:\w+|-?[\w.]+)", options)
            if default:
                field.default = default.group(1)[1:] if default.group(1).startswith(":") else _literal(default.group(1))
            field.nullable, field.required = True, False
            entity.fields.append(field)
        rest = code.text[match.end() + len(body):]
        changeset = re.search(r"def\s+changeset\b(.*?)(?=^\s*def\s|\Z)", rest, re.MULTILINE | re.DOTALL)
        said = (changeset.group(1) if changeset else "") + "\n" + _said_below(doc, code)
        attributes = {name: re.findall(r"\"([^\"]+)\"|:(\w+)|([\w-]+)", values) for name, values in re.findall(
            r"^\s*@(\w+)\s+(?:~w[(\[]([^)\]]*)[)\]])", doc.text, re.MULTILINE)}
        for name, attribute in re.findall(r"validate_inclusion\(\s*:(\w+)\s*,\s*@(\w+)\s*\)", said):
            said += f"\nvalidate_inclusion(:{name}, [{', '.join(':' + (a or b or c) for a, b, c in attributes.get(attribute, []))}])"
            # (`validate_inclusion(:type, @place_types)` with `@place_types ~w(state province)`: the module's list)
        by_name = {f.name: f for f in entity.fields}
        for listed in re.findall(r"validate_required\(\s*\[([^\]]*)\]", said):
            for name in re.findall(r":(\w+)", listed):
                if name in by_name and by_name[name].default is NO_DEFAULT:
                    by_name[name].nullable, by_name[name].required = False, True
        for name, values in re.findall(r"validate_inclusion\(\s*:(\w+)\s*,\s*\[([^\]]*)\]", said):
            listed = re.findall(r"\"([^\"]+)\"|:(\w+)", values)
            if name in by_name and listed:
                by_name[name].type, by_name[name].enum_values = "enum", [a or b for a, b in listed]
        for name, bounds in re.findall(r"validate_length\(\s*:(\w+)\s*,([^)]*)\)", said):
            if name in by_name:
                if (most := re.search(r"\bmax:\s*(\d+)", bounds)):
                    by_name[name].max_length = int(most.group(1))
                if (least := re.search(r"\bmin:\s*(\d+)", bounds)):
                    by_name[name].min_length = int(least.group(1))
        for name in re.findall(r"unique_constraint\(\s*:(\w+)", said):
            if name in by_name:
                by_name[name].unique = True
        if entity.fields:
            out.append(entity)
    return out


ASH_TYPES = {"atom": "str", "ci_string": "str", "uuid_v7": "uuid", "utc_datetime": "datetime", "datetime": "datetime",
             "naive_datetime": "datetime", "term": "json", "struct": "json", "keyword": "json", "duration_name": "str"}


def _ash_resource(doc: Document, code) -> list[RawEntity]:
    """An Ash resource (`use Ash.Resource`), its table in `postgres do table "x"` and its `attributes do` block:
    `attribute :provider, :atom, allow_nil?: false, constraints: [one_of: [:a, :b]]` (a call may go on over the next
    lines, or take a `do` block of `allow_nil? false`, `default ...`, `constraints ...`). A field that may not be nil
    and has no default must be given; the primary key and the timestamps are the generated backend's own."""
    out = []
    for module in re.finditer(r"^\s*defmodule\s+([\w.]+)\s+do\b", code.text, re.MULTILINE):
        rest = code.text[module.end():]
        following = re.search(r"^\s*defmodule\s", rest, re.MULTILINE)
        rest = rest[: following.start() if following else len(rest)]
        if not re.search(r"\buse\s+Ash\.Resource\b", rest):
            continue
        table = re.search(r"^\s*table\s+\"(\w+)\"", rest, re.MULTILINE)
        block = re.search(r"^\s*attributes\s+do\b", rest, re.MULTILINE)
        if block is None:
            continue
        name = module.group(1).rsplit(".", 1)[-1]
        entity = RawEntity(name=name, table=table.group(1) if table else None, kind="orm", file=doc.path,
                           line=code.line + code.text[: module.start(1)].count("\n"), context=" / ".join(code.headings) + " / ash")
        body_start = module.end() + block.end()
        calls: list[tuple[int, str]] = []  # each attribute's call, joined over its lines, and where it starts
        depth = 0
        for offset, line in enumerate(code.text[body_start:].splitlines()[1:], start=1):
            stripped = re.sub(r"#.*$", "", line).strip()
            if depth == 0 and stripped == "end":
                break
            if depth == 0 and re.match(r"(attribute|uuid_primary_key|integer_primary_key|uuid_v7_primary_key|"
                                       r"create_timestamp|update_timestamp|timestamps)\b", stripped):
                calls.append((offset, stripped))
                depth = 1 if re.search(r"\bdo$", stripped) else 0
            elif calls and (depth or re.match(r"[\w:\[\]]", stripped) and calls[-1][1].rstrip().endswith(",")):
                if depth and stripped == "end":
                    depth = 0
                    continue
                calls[-1] = (calls[-1][0], f"{calls[-1][1]} {stripped}" if not depth else f"{calls[-1][1]}, {stripped}")
        first = code.line + code.text[:body_start].count("\n")
        for offset, call in calls:
            found = re.match(r"attribute\s+:(\w+)\s*,\s*(?::(\w+)|\{:array,\s*:(\w+)\}|([A-Z][\w.]*))\s*,?\s*(.*)$", call)
            if not found:
                continue
            name, kind, array_of, _module, options = found.groups()
            options = re.sub(r"\s+do\s*,", ",", options)
            kind = array_of or kind or "string"
            field = _typed(name, ASH_TYPES.get(kind, kind), doc.path, first + offset)
            if field is None:
                continue
            if array_of:
                field.type = "list[str]" if field.type in ("str", "text") else "json"
            listed = re.search(r"\bone_of:\s*\[([^\]]*)\]", options)
            if listed and (values := [a or b for a, b in re.findall(r":(\w+)|\"([^\"]+)\"", listed.group(1))]):
                field.type, field.enum_values = "enum", values
            for key, attr in (("max_length", "max_length"), ("min_length", "min_length")):
                if (bound := re.search(rf"\b{key}:?\s+(\d+)|\b{key}:\s*(\d+)", options)):
                    setattr(field, attr, int(bound.group(1) or bound.group(2)))
            default = re.search(r"\bdefault:?\s+(%\{\}|\[\]|\"[^\"]*\"|:\w+|-?[\w.]+)", options)
            if default and not re.fullmatch(r"&?[A-Z][\w.]*(/\d)?|&\w+.*", default.group(1)):
                value = default.group(1)
                field.default = {} if value == "%{}" else value[1:] if value.startswith(":") else _literal(value)
            required = re.search(r"\ballow_nil\?:?\s+false\b|\ballow_nil\?:\s*false\b", options) is not None
            field.nullable = not required
            field.required = required and field.default is NO_DEFAULT
            entity.fields.append(field)
        for columns in re.findall(r"^\s*identity\s+:\w+\s*,\s*\[([^\]]*)\]", rest, re.MULTILINE):
            named = re.findall(r":(\w+)", columns)
            if len(named) == 1:
                for field in entity.fields:
                    field.unique = field.unique or field.name == named[0]
        if entity.fields:
            out.append(entity)
    return out


RUBY_ATTRIBUTE = re.compile(r"^\s*#?\s*([a-z_]\w*)\s+:(\w+)\b\s*(?:#\s*(.*))?$")


def _ruby_attributes(doc: Document, code) -> RawEntity | None:
    r"""A Ruby block listing a model's attributes as `title :string  # Заголовок` (annotate's comment form), under the
    model's heading (`### Модель: \`SponsorBanner\``), with `display_on: { public_pages: 0, dashboard: 1 }` for an
    integer enum: the columns (an `:attachment` is Active Storage's, no column)."""
    rows = [(i, m) for i, line in enumerate(code.text.splitlines()) if (m := RUBY_ATTRIBUTE.match(line))]
    typed = [(i, m) for i, m in rows if m.group(2).lower() in TYPES or m.group(2).lower() in ("attachment", "attachments")]
    if len(typed) < 3 or len(typed) < len(rows):
        return None
    from backend_builder.spec.extract.tables import entity_name  # (tables imports this module's neighbours)

    entity = RawEntity(name=entity_name(list(code.headings)) or "unnamed", kind="orm", file=doc.path, line=code.line + 1,
                       context=" / ".join(code.headings) + " / ruby attributes")
    enums = {name: re.findall(r"(\w+):\s*\d+", body) for name, body in re.findall(
        r"^\s*(?:enum\s+)?:?(\w+):?\s*[:=]?\s*(\{[^}]*\})", code.text, re.MULTILINE)}
    for i, m in typed:
        if m.group(2).lower().startswith("attachment"):
            continue
        field = _typed(m.group(1), m.group(2), doc.path, code.line + 1 + i)
        if field is None:
            continue
        field.description = (m.group(3) or "").strip()
        if len(enums.get(m.group(1), [])) >= 2:
            field.type, field.enum_values = "enum", enums[m.group(1)]
        field.nullable, field.required = None, None
        entity.fields.append(field)
    return entity if entity.fields else None


def _said_below(doc: Document, code) -> str:
    """The lines a document writes under a schema's block, up to the next heading or block: an audit's bullets that
    quote the changeset (a bullet of `validate_required([:name, :code])`)."""
    lines = doc.text.splitlines()[code.line + code.text.count("\n") + 1:]
    out = []
    for line in lines[:40]:
        if re.match(r"\s*(#{1,3}\s|```|~~~)", line):
            break
        out.append(line)
    return "\n".join(out)


def _typed(name: str, kind: str, path: str, line: int) -> RawField | None:
    kind = kind.lower()
    if kind in TYPES:
        feature_type = TYPES[kind]
    else:
        feature_type = classify(kind)
    if feature_type is None:
        return None
    return RawField(name=name, file=path, line=line, type=feature_type, type_text=kind)


def _literal(text: str):
    text = text.strip()
    if text in ("[]", "{}"):
        return [] if text == "[]" else {}
    if text in ("nil", "null"):
        return None
    if text.startswith(":"):  # a Ruby symbol
        return text[1:]
    return parse_literal(text.strip("'\""))


def _mark_index(entity: RawEntity, columns: list[str], unique: bool) -> None:
    if len(columns) != 1:
        return
    for field in entity.fields:
        if field.name in (columns[0], columns[0] + "_id"):
            field.index = True
            field.unique = field.unique or unique


def _indexes(text: str) -> list[tuple[str, list[str], bool]]:
    """Indexes declared after the table: Rails `add_index :t, :col` / `add_index :t, [:a, :b]`, Ecto
    `create index(:t, [:col])` / `create unique_index(:t, [:col])`."""
    out = []
    for match in re.finditer(r"add_index\s*\(?\s*:(\w+)\s*,\s*(\[[^\]]*\]|:\w+|['\"]\w+['\"])([^\n]*)", text):
        columns = re.findall(r"[:'\"](\w+)", match.group(2))
        out.append((match.group(1), columns, "unique: true" in match.group(3)))
    for match in re.finditer(r"create\s+(unique_)?index\(\s*:(\w+)\s*,\s*(\[[^\]]*\]|:\w+)([^\n]*)", text):
        columns = re.findall(r":(\w+)", match.group(3))
        out.append((match.group(2), columns, bool(match.group(1)) or "unique: true" in match.group(4)))
    return out
