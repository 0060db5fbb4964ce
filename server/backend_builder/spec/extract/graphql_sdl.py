"""GraphQL schemas that define tables: Firebase Data Connect's `type Turno @table(name: "turnos") { ... }`
(also `@model`, `@entity`). Types without such a directive are API shapes, not tables, and are left out."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField, normal_name
from backend_builder.spec.extract.types import length_of

TABLE_TYPE = re.compile(r"^\s*type\s+([A-Z]\w*)\s+(@(?:table|model|entity)\b[^{]*)\{", re.MULTILINE)
FIELD = re.compile(r"^\s*([A-Za-z_]\w*)\s*:\s*(\[?\s*([A-Za-z_]\w*)\s*!?\s*\]?)(!?)\s*(.*)$")
SCALARS = {"ID": "str", "String": "str", "Int": "int", "Int64": "int", "Float": "float", "Boolean": "bool", "UUID": "uuid",
           "Date": "date", "Timestamp": "datetime", "DateTime": "datetime", "Any": "json", "JSON": "json",
           "Decimal": "decimal", "Vector": "json", "Time": "datetime",  # (gqlgen's Time is a moment)
           # the JVM's scalars, as Spring GraphQL and graphql-java-extended-scalars name them
           "Long": "int", "Short": "int", "BigInteger": "int", "BigDecimal": "decimal", "LocalDate": "date",
           "LocalDateTime": "datetime", "Instant": "datetime", "OffsetDateTime": "datetime",
           # AWS AppSync's
           "AWSDate": "date", "AWSDateTime": "datetime", "AWSTimestamp": "int", "AWSJSON": "json", "AWSEmail": "str",
           "AWSURL": "str", "AWSPhone": "str", "AWSIPAddress": "str", "AWSTime": "str"}
ENUM = re.compile(r"^\s*enum\s+([A-Z]\w*)\s*\{([^{}]*)\}", re.MULTILINE)


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in ("graphql", "gql") and not TABLE_TYPE.search(code.text):
            continue
        for match in TABLE_TYPE.finditer(code.text):
            table = re.search(r"\bname\s*:\s*\"(\w+)\"", match.group(2))
            start = code.line + code.text[: match.start()].count("\n")
            entity = RawEntity(name=match.group(1), table=table.group(1) if table else None, kind="orm",
                               file=doc.path, line=start, context=" / ".join(code.headings) + " / graphql")
            body = code.text[match.end():].split("}", 1)[0]
            comment = ""
            for offset, line in enumerate(body.splitlines()):
                if line.strip().startswith("#"):
                    comment = line.strip().lstrip("#").strip()
                    continue
                field = _field(line, doc.path, start + offset, comment)
                comment = ""
                if field is not None:
                    entity.fields.append(field)
            if entity.fields:
                out.append(entity)
    # (a contract's types; or a schema document of nothing but GraphQL types keyed `id: ID!`, `docs/schema.md`)
    if re.search(r"contract|api|graphql", doc.path, re.IGNORECASE) or not out and any(
            code.lang in ("graphql", "gql") and re.search(r"^\s*type\s+[A-Z]\w*\s*\{[^{}]*^\s*id\s*:\s*ID!", code.text, re.MULTILINE)
            for code in doc.code):
        out += _api_shapes(doc, {e.name for e in out})
    return out


API_TYPE = re.compile(r"^\s*(type|input|interface)\s+([A-Z]\w*)(?:\s+implements\s+[\w\s&,]+?)?\s*\{", re.MULTILINE)


def _api_shapes(doc: Document, tables: set[str]) -> list[RawEntity]:
    """A contract's GraphQL types (`type Car { make: String! }`, `input CreateCarInput { ... }`): the API's shapes,
    read as an OpenAPI contract's schemas are (they type and mark the columns a data model lists, they are no
    table of their own)."""
    out = []
    enums = {m.group(1): re.findall(r"[A-Za-z_]\w*", re.sub(r"#[^\n]*", "", m.group(2)))
             for code in doc.code if code.lang in ("graphql", "gql") for m in ENUM.finditer(code.text)}
    bodies = {m.group(2): code.text[m.end():].split("}", 1)[0] for code in doc.code if code.lang in ("graphql", "gql")
              for m in API_TYPE.finditer(code.text) if m.group(1) in ("type", "interface")}
    objects = set(bodies) - {"Query", "Mutation", "Subscription"}

    def keyed(other: str) -> bool:
        """A type with an id of its own is a row; `type Location { latitude: Float! }` is a value the row holds."""
        snake_name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", other).lower()
        return bool(re.search(rf"^\s*(?:id|{snake_name}_id|{other[:1].lower()}{other[1:]}Id)\s*:", bodies.get(other, ""),
                              re.MULTILINE))

    def points_back(other: str, name: str) -> bool:
        """`type Delivery { order_id: String! }` beside `type Order { delivery: Delivery }`: the Delivery row keeps
        the link, the Order's member is the row the API joins in, no column of its own."""
        snake_name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
        return other != name and bool(re.search(rf"^\s*(?:{snake_name}_id|{name[:1].lower()}{name[1:]}Id|\w+\s*:\s*{name}\b\s*!?\s*(?:$|#))",
                              bodies.get(other, ""), re.MULTILINE))
    for code in doc.code:
        if code.lang not in ("graphql", "gql"):
            continue
        for match in API_TYPE.finditer(code.text):
            name = match.group(2)
            if name in tables or name in ("Query", "Mutation", "Subscription"):
                continue
            start = code.line + code.text[: match.start()].count("\n")
            entity = RawEntity(name=name, kind="openapi", file=doc.path, line=start,
                               context=" / ".join(code.headings) + f" / graphql {match.group(1)}")
            body = code.text[match.end():].split("}", 1)[0].splitlines()
            members = [(offset, part) for offset, line in enumerate(body)
                       for part in _one_per_member(line)]  # (`firstName: String, lastName: String` on one line)
            described = _descriptions(body)
            for offset, line in members:
                field = _field(line, doc.path, start + offset, line.split(" #", 1)[1].strip() if " #" in line else
                               described.get(offset, ""), enums=enums)
                named = FIELD.match(line.split(" #", 1)[0])
                if field is None and named and named.group(3) in objects and named.group(2).strip().startswith("[") \
                        and not keyed(named.group(3)):
                    # `variants: [VariantType!]`: a list of values the schema defines (no id of their own: no rows of
                    # another table, as `directReports: [Employee!]!` are), kept whole
                    field = RawField(name=named.group(1), file=doc.path, line=start + offset, type="json",
                                     type_text=named.group(2).strip() + named.group(4),
                                     description=f"a list of {named.group(3)}")
                    field.required = field.type_text.endswith("!")
                elif field is None and named and re.search(r"(Type|Kind|Status|State|Category|Level|Role|Mode)$", named.group(3)):
                    # `type: CarType!`, an enum another file defines: its values are not here, a string holds them
                    field = RawField(name=named.group(1), file=doc.path, line=start + offset, type="str",
                                     type_text=named.group(2).strip() + named.group(4),
                                     description=f"enum {named.group(3)}, defined outside this contract")
                    field.required = field.type_text.endswith("!")
                elif field is None and named and named.group(3) in objects and not named.group(2).strip().startswith("[") \
                        and keyed(named.group(3)) and not points_back(named.group(3), name):
                    # `tutor: Tutor!`: one row of another type, which the table keeps as that row's id (`tutorId`)
                    member = named.group(1)
                    if re.search(rf"^\s*{re.escape(member)}_?{re.escape(named.group(3))}_?[Ii][Dd]\s*:", bodies.get(name, ""),
                                 re.MULTILINE | re.IGNORECASE):
                        continue  # (`from: User` beside `fromUserId: String!`: the key is written already)
                    # (named as the type names its other members: `order_id: String!` beside it, `driver_id`)
                    snaked = "_" in member or re.search(r"^\s*[a-z0-9]+_[a-z0-9_]+\s*:", bodies.get(name, ""), re.MULTILINE)
                    field = RawField(name=f"{member}_id" if snaked else f"{member}Id", file=doc.path,
                                     line=start + offset, type="str", type_text="ID" + named.group(4), foreign_key=True,
                                     description=f"the id of the {named.group(3)} this {name} refers to ({member})")
                    field.required = bool(named.group(4)) or named.group(2).strip().endswith("!")
                    field.nullable = not field.required
                if field is not None and not any(normal_name(f.name) == normal_name(field.name) for f in entity.fields):
                    entity.fields.append(field)  # (`suiteId: ID!` beside `suite: Suite!`: the key is written once)
            if entity.fields:
                out.append(entity)
    return out


def _descriptions(body: list[str]) -> dict[int, str]:
    """The description string over each member (`\"\"\"Total value of the order (calculated from items).\"\"\"`), by
    the member's line in the body."""
    out, pending = {}, ""
    for offset, line in enumerate(body):
        said = re.fullmatch(r'\s*"""(.*?)"""\s*|\s*"((?:[^"\\]|\\.)*)"\s*', line)
        if said:
            pending = (said.group(1) if said.group(1) is not None else said.group(2)).strip()
        elif line.strip():
            if pending:
                out[offset] = pending
            pending = ""
    return out


def _one_per_member(line: str) -> list[str]:
    """`firstName: String, lastName: String`: the members a line holds (commas in arguments and lists stay)."""
    body, hash_, comment = line.partition(" #")
    parts = re.split(r",\s*(?![^()\[\]]*[)\]])(?=\s*[A-Za-z_]\w*\s*:)", body)
    return [*parts[:-1], parts[-1] + hash_ + comment] if parts else [line]


def _field(line: str, path: str, number: int, comment: str, *, enums: dict[str, list[str]] | None = None) -> RawField | None:
    """`servicio: String! @col(dataType: "varchar(20)") @default(value: "x")`; a relation to another
    table (`usuario: Usuario!`) is a foreign key the generated backend keeps as its owner or leaves out."""
    match = FIELD.match(line.split(" #", 1)[0])
    if not match:
        return None
    name, written, scalar, bang, directives = match.groups()
    listed = written.strip().startswith("[")
    kind = SCALARS.get(scalar)
    if kind is None and enums and scalar in enums and not written.strip().startswith("["):
        field = RawField(name=name, file=path, line=number, type_text=written.strip() + bang, description=comment,
                         type="enum", enum_values=enums[scalar])  # `gender: Gender` with `enum Gender { MALE FEMALE }`
        field.required = field.type_text.endswith("!")
        field.nullable = not field.required
        return field
    if kind is None and enums and scalar in enums:
        kind = "str"  # `genres: [Genre]`: a list of the enum's values, held as strings
    if kind is None:
        return None
    field = RawField(name=name, file=path, line=number, type_text=written.strip() + bang, description=comment,
                     type="list[str]" if listed and kind == "str" else ("json" if listed else kind))
    column = re.search(r"@col\([^)]*dataType\s*:\s*\"([^\"]+)\"", directives)
    if column:
        field.type_text = column.group(1)
        field.max_length = length_of(column.group(1))
    value = re.search(r"@default\(\s*value\s*:\s*(\"[^\"]*\"|[\w.-]+)\s*\)", directives)
    expression = re.search(r"@default\(\s*expr\s*:\s*\"([^\"]*)\"", directives)
    if value:
        field.default = parse_literal(value.group(1))
    elif expression:
        field.default = {"request.time": "now", "uuidV4()": "uuid4"}.get(expression.group(1), expression.group(1))
    required = bool(bang) or written.strip().endswith("!")
    field.nullable = not required
    field.required = required and not value and not expression
    field.unique = "@unique" in directives
    return field
