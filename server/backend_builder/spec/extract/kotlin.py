"""Kotlin data classes in code blocks: `data class Reserva(val id: String, val personas: Int = 1, ...)`, as Android
(Room, Firestore) and Ktor specs write their models. A `?` type may be null; a parameter with a default is not asked of
the client; a type the spec declares as an `enum class` is a closed list; another class is a relation, left out."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, enum_values, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField, snake

LANGS = ("kotlin", "kt", "kts")
# (Room's options hold brackets of their own: `@Entity(tableName = "x", foreignKeys = [ForeignKey(...)], indices = [...])`)
ENTITY_OPTIONS = r"\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)"
DATA_CLASS = re.compile(rf"(?:@Entity\s*(?:{ENTITY_OPTIONS})?\s*)?\bdata\s+class\s+([A-Z]\w*)\s*\(|"
                        # a JPA entity written as a plain class: `@Entity @Table(name = "feeds") class Feed(`
                        rf"@Entity\b(?:\s*{ENTITY_OPTIONS})?\s*(?:@\w+(?:\s*\([^()]*\))?\s*)*(?:open\s+)?class\s+([A-Z]\w*)\s*\(")
# JPA's column options: `@Column(name = "site_url", nullable = false, length = 2048, columnDefinition = "TEXT")`
COLUMN_OPTIONS = re.compile(r"@Column\s*\(([^()]*)\)")
PARAMETER = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s*)*(?:val|var)\s+([A-Za-z_]\w*)\s*:\s*([\w.<>, ?]+?)\s*"
                       r"(?:=\s*(.+?))?\s*$", re.DOTALL)
# The JVM's types, as Kotlin and Java write them (Java's boxed `Integer`, `Character`, Jackson's `JsonNode`).
TYPES = {"string": "str", "char": "str", "character": "str", "int": "int", "integer": "int", "long": "int", "short": "int",
         "byte": "int", "biginteger": "int", "double": "float", "float": "float", "boolean": "bool", "bigdecimal": "decimal",
         "localdate": "date", "localdatetime": "datetime", "instant": "datetime", "zoneddatetime": "datetime",
         "offsetdatetime": "datetime", "date": "datetime", "timestamp": "datetime", "uuid": "uuid", "localtime": "str",
         "jsonobject": "json", "jsonelement": "json", "jsonnode": "json"}


def jvm_field(name: str, type_text: str, *, base: str, enums: dict[str, list[str]], path: str, line: int,
              entity: RawEntity) -> RawField | None:
    """A Kotlin or Java member as a field typed by its JVM type; None, with a note on the entity, for another class."""
    field = RawField(name=name, file=path, line=line, type_text=type_text)
    kind = jvm_kind(base, enums)
    if kind is None and re.fullmatch(r"[A-Z]\w*(?:Status|Type|Method|Source|Kind|Category|Role|Level|Mode|Priority|State|"
                                     r"Stage|Tier|Channel|Currency|Unit)", base) and not re.search(
            r"@(?:ManyToOne|OneToOne|OneToMany|ManyToMany|Embedded|Relation)\b", type_text):
        # `val source: TransactionSource`, defined nowhere in the spec: a kind of something, kept as its name (a string)
        entity.notes.append(f"{path}:{line}: {name} ({type_text}) names a type the spec does not define; read as a "
                            "string (declare the enum to close its values)")
        kind = ("str", None)
    if kind is None:
        entity.notes.append(f"{path}:{line}: {name} ({type_text}) is another class, a relation or an embedded "
                            "object, not a column; left out")
        return None
    field.type, field.enum_values = kind
    return field


def jvm_kind(base: str, enums: dict[str, list[str]], types: dict[str, str] | None = None) -> tuple[str, list[str] | None] | None:
    """The FeatureSpec type (and enum values) of a Kotlin or Java type (or, given its `types`, a Dart one); None for
    another class (a relation)."""
    types = TYPES if types is None else types
    listed = re.fullmatch(r"(?:List|Set|MutableList|Collection|Array|Iterable)<\s*(\w+)\s*>|(\w+)\[\]", base)
    if listed:
        return ("list[str]" if (listed.group(1) or listed.group(2)) in ("String", "string") else "json"), None
    if re.fullmatch(r"Map<.*>", base):
        return "json", None
    if base.lower() in types:
        return types[base.lower()], None
    if base.lower() in enums:
        return "enum", enums[base.lower()]
    return None


def parameters(text: str, start: int) -> tuple[list[tuple[str, int]], int]:
    """The constructor's parameters, each with its offset: split at the commas outside brackets, comments dropped."""
    depth, i, current, begun, out = 1, start, [], start, []
    while i < len(text) and depth:
        char = text[i]
        if text.startswith("//", i):  # a comment after a parameter runs to the end of its line
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        if char in "([<{":
            depth += 1
        elif char in ")]>}":
            depth -= 1
        if (char == "," and depth == 1) or depth == 0:
            out.append(("".join(current), begun))
            current, begun = [], i + 1
        else:
            current.append(char)
        i += 1
    return [(p, at) for p, at in out if p.strip()], i


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang not in LANGS and not (code.lang in ("", "text") and (DATA_CLASS.search(code.text) or REALM_CLASS.search(code.text))):
            continue
        text = code.text
        for match in DATA_CLASS.finditer(text):
            table = re.search(r"tableName\s*=\s*\"(\w+)\"", match.group(1) or match.group(3) or "") or re.search(
                r"@Table\s*\(\s*(?:name\s*=\s*)?\"(\w+)\"", match.group(0))
            entity = RawEntity(name=match.group(2) or match.group(4), kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"), table=table.group(1) if table else None,
                               context=" / ".join(code.headings) + " / kotlin")
            rows = text.splitlines()
            for parameter, at in parameters(text, match.end())[0]:
                found = PARAMETER.match(parameter)
                if not found:
                    continue
                name, type_text, initial = found.group(1), found.group(2).strip(), (found.group(3) or "").strip()
                line = code.line + text[:at].count("\n") + parameter[:len(parameter) - len(parameter.lstrip())].count("\n")
                nullable = type_text.endswith("?")
                base = type_text.rstrip("?").strip()
                field = jvm_field(name, type_text, base=base, enums=enums, path=doc.path, line=line, entity=entity)
                if field is None:
                    continue
                row = rows[line - code.line] if 0 <= line - code.line < len(rows) else ""
                comment = row.split("//", 1)[1].strip() if "//" in row and PARAMETER.match(row.split("//", 1)[0].strip(" ,")) else ""
                field.description = comment
                listed = enum_values(comment) if field.type in ("str", "text") and comment else None
                if listed and len(listed) >= 2:  # `val difficulty: String, // Difficulty enum: EASY, MEDIUM, HARD`
                    field.type, field.enum_values = "enum", listed
                if initial and initial != "null":
                    # (`EntitySyncStatus.SYNCED` of an enum type the spec does not declare: the constant, as stored)
                    value = initial.split(".")[-1] if field.type == "enum" or re.fullmatch(
                        rf"{re.escape(base)}\.[A-Z][A-Z0-9_]*", initial) else initial
                    field.default = parse_literal(value)
                field.nullable = nullable
                field.required = not nullable and not initial
                field.primary_key = name == "id" or "@PrimaryKey" in parameter or bool(re.search(r"@Id\b", parameter))
                if match.group(4):
                    field.name = snake(field.name)  # (Spring's naming strategy: `lastFetchedAt` is `last_fetched_at`)
                if options := COLUMN_OPTIONS.search(parameter):
                    _column_options(field, options.group(1), defaulted=bool(initial))
                entity.fields.append(field)
            _room_indices(entity, match.group(1) or match.group(3) or "", text[match.end():])
            if entity.fields:
                out.append(entity)
        out += _exposed_tables(code.text, code.line, doc.path, " / ".join(code.headings))
        out += _realm_classes(code.text, code.line, doc.path, " / ".join(code.headings), enums)
    return out


# Room's one-column indices: `indices = [Index(value = ["date"]), Index(value = ["email"], unique = true)]`
ROOM_INDEX = re.compile(r"\bIndex\s*\(\s*(?:value\s*=\s*)?(?:\[|arrayOf\()?\s*\"(\w+)\"\s*(?:\]|\))?\s*"
                        r"(?:,\s*unique\s*=\s*(true|false)\s*)?\)")


def _room_indices(entity: RawEntity, options: str, body: str) -> None:
    """Mark the columns a Room entity's one-column indices name (`@ColumnInfo(name = "slot_type")` names them too)."""
    for index in ROOM_INDEX.finditer(options):
        column = index.group(1)
        for field in entity.fields:
            named = re.search(rf"@ColumnInfo\s*\(\s*name\s*=\s*\"{re.escape(column)}\"[^)]*\)\s*(?:val|var)\s+{re.escape(field.name)}\b", body)
            if snake(field.name) == snake(column) or named:
                if index.group(2) == "true":
                    field.unique = True
                else:
                    field.index = True


REALM_CLASS = re.compile(r"\b(?:open\s+)?class\s+([A-Z]\w*)\s*(?:\(\s*\))?\s*:\s*RealmObject(?:\s*\(\s*\))?\s*\{")
MEMBER = re.compile(r"^\s*((?:@[\w.]+(?:\([^)]*\))?\s*)*)(?:var|val)\s+([A-Za-z_]\w*)\s*:\s*([\w.<>?, ]+?)\s*(?:=\s*(.+?))?\s*;?$")


def _realm_classes(text: str, start: int, path: str, context: str, enums: dict[str, list[str]]) -> list[RawEntity]:
    """Realm's stored classes: `class Photo : RealmObject { @PrimaryKey var id: String = ...; var timestamp: Long = 0L;
    var type: Int = TYPE_BODY }`, the members in the body (a companion object's constants give their defaults)."""
    out = []
    for match in REALM_CLASS.finditer(text):
        body = text[match.end():].split("\n}", 1)[0]
        members, _, companion = body.partition("companion object")
        constants = {name: value for name, value in re.findall(r"\bconst\s+val\s+(\w+)\s*=\s*([^\n;]+)", companion)}
        line0 = start + text[: match.start()].count("\n")
        entity = RawEntity(name=match.group(1), kind="orm", file=path, line=line0, context=f"{context} / kotlin")
        for offset, row in enumerate(members.splitlines()):
            member = MEMBER.match(row.split("//", 1)[0])
            if not member:
                continue
            annotations, name, type_text, initial = member.group(1), member.group(2), member.group(3).strip(), (
                member.group(4) or "").strip()
            field = jvm_field(name, type_text, base=type_text.rstrip("?").strip(), enums=enums, path=path, line=line0 + offset,
                              entity=entity)
            if field is None:
                continue
            initial = constants.get(initial, initial).strip()
            if initial and initial != "null" and not re.search(r"[(]", initial):  # (`UUID.randomUUID()...`: the code's)
                field.default = parse_literal(re.sub(r"(?<=\d)[LlFfDd]$", "", initial))
            field.nullable = type_text.endswith("?")
            field.required = not field.nullable and not initial
            field.primary_key = "@PrimaryKey" in annotations
            field.index = "@Index" in annotations
            entity.fields.append(field)
        if len(entity.fields) >= 2:
            out.append(entity)
    return out


def _column_options(field: RawField, options: str, *, defaulted: bool) -> None:
    """What `@Column(...)` says of the column: its name in the table, NOT NULL, its length, a TEXT definition."""
    named = re.search(r"\bname\s*=\s*\"(\w+)\"", options)
    if named:
        field.name = named.group(1)
    if re.search(r"\bnullable\s*=\s*false\b", options):
        field.nullable, field.required = False, not defaulted
    length = re.search(r"\blength\s*=\s*(\d+)", options)
    if length and field.type in ("str", "text"):
        field.type, field.max_length = "str", int(length.group(1))
    if re.search(r"columnDefinition\s*=\s*\"\s*text\b", options, re.IGNORECASE) and field.type == "str":
        field.type = "text"
    field.unique = field.unique or bool(re.search(r"\bunique\s*=\s*true\b", options))


EXPOSED_TABLE = re.compile(r"\bobject\s+(\w+)\s*:\s*(UUID|Int|Long|IntId|LongId|)Table\s*\(\s*\"(\w+)\"[^)]*\)\s*\{")
EXPOSED_COLUMN = re.compile(r"^\s*val\s+(\w+)\s*=\s*(\w+)\s*(?:<[^>]*>)?\s*\(\s*\"(\w+)\"\s*(?:,\s*([^)]*))?\)(.*)$")
EXPOSED_TYPES = {"varchar": "str", "char": "str", "text": "text", "mediumtext": "text", "largetext": "text", "integer": "int",
                 "long": "int", "short": "int", "byte": "int", "bool": "bool", "double": "float", "float": "float",
                 "decimal": "decimal", "date": "date", "datetime": "datetime", "timestamp": "datetime",
                 "timestampwithtimezone": "datetime", "uuid": "uuid", "json": "json", "jsonb": "json"}


def _exposed_tables(text: str, start: int, path: str, context: str) -> list[RawEntity]:
    """JetBrains Exposed's table objects: `object ProvidersTable : UUIDTable("providers") { val name = varchar("name",
    255); val website = text("website").nullable(); val orgId = reference("organisation_id", OrganisationsTable) }`:
    the column names are the strings; `.nullable()` may be null, `.default(x)` gives the default."""
    out = []
    for match in EXPOSED_TABLE.finditer(text):
        body = text[match.end():].split("\n}", 1)[0]
        line0 = start + text[: match.start()].count("\n")
        entity = RawEntity(name=match.group(3), table=match.group(3), kind="orm", file=path, line=line0,
                           context=f"{context} / kotlin exposed")
        key = {"UUID": "uuid", "Int": "int", "Long": "int", "IntId": "int", "LongId": "int"}.get(match.group(2))
        if key:
            entity.fields.append(RawField(name="id", file=path, line=line0, type_text=f"{match.group(2)}Table", type=key,
                                          primary_key=True))
        for offset, line in enumerate(body.splitlines(), 1):
            column = EXPOSED_COLUMN.match(line.split("//", 1)[0])
            if not column:
                continue
            function, name, args, chain = column.group(2), column.group(3), column.group(4) or "", column.group(5)
            kind = EXPOSED_TYPES.get(function.lower())
            field = RawField(name=name, file=path, line=line0 + offset, type_text=f"{function}({args})".strip(), type=kind,
                             description=line.split("//", 1)[1].strip() if "//" in line else "")
            if function in ("reference", "optReference"):
                field.foreign_key, field.type_text = True, f"reference to {args.strip()}"
                field.type = None  # (the referenced table's key: a uuid for a UUIDTable, said elsewhere)
            elif kind is None:
                continue
            if function == "varchar" and re.match(r"\s*\d+", args):
                field.max_length = int(re.match(r"\s*(\d+)", args).group(1))
            nullable = ".nullable()" in chain or function == "optReference"
            given = re.search(r"\.default\(\s*([^)]*)\)", chain)
            if given:
                field.default = parse_literal(given.group(1).strip())
            field.nullable = nullable
            field.required = not nullable and not given and ".clientDefault" not in chain and ".defaultExpression" not in chain
            field.unique = ".uniqueIndex()" in chain
            field.index = ".index()" in chain
            entity.fields.append(field)
        if len(entity.fields) >= 2:
            out.append(entity)
    return out
