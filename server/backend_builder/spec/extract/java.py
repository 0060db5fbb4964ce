"""Java entity classes in code blocks: JPA's `@Entity @Table(name = "students") public class Student { ... }` with
`@Column(nullable = false, length = 80) private String name;`, MyBatis-Plus's `@TableName("wallets")`, Spring Data's
`@Document(collection = "x")`, as Spring Boot specs write their models. Only an annotated class is a table: a plain
class is a value passed around. A relation (`@ManyToOne private Parent parent;`) is another table, left out; JPA leaves
an unannotated column nullable, so only `nullable = false`, `@NotNull` and their kin make one required."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, parse_literal
from backend_builder.spec.extract.csharp import braced_body
from backend_builder.spec.extract.document import Code, Document
from backend_builder.spec.extract.kotlin import jvm_field
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, normal_name, snake

LANGS = ("java",)
# one annotation, its arguments possibly holding one level of brackets: `@Table(name = "x", indexes = {@Index(...)})`
ANNOTATION = r"@[\w.]+(?:\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?"
CLASS = re.compile(rf"((?:^[ \t]*(?:{ANNOTATION}[ \t]*)+\n)+)[ \t]*(?:public\s+)?(?:abstract\s+)?class\s+([A-Z]\w*)"
                   r"(?:\s+extends\s+[\w.]+(?:<[^>{]*>)?)?(?:\s+implements\s+[\w<>, .]+)?\s*\{", re.MULTILINE)
TABLE_ANNOTATION = re.compile(r"@(Entity|Table|TableName|Document|Embeddable)\b")
FIELD = re.compile(r"^(?:private|protected|public)\s+(?!static\b|class\b|enum\b|interface\b|record\b)(?:final\s+)?"
                   r"([\w.]+(?:<[\w.<>, ?]*>)?(?:\[\])?)\s+([A-Za-z_]\w*)\s*(?:=\s*(.+?))?\s*;")
RELATION = re.compile(r"@(ManyToOne|OneToMany|ManyToMany|OneToOne|Transient|DBRef|DocumentReference)\b|"
                      r"@TableField\([^)]*exist\s*=\s*false")
SET_BY_FRAMEWORK = re.compile(r"@(CreationTimestamp|UpdateTimestamp|CreatedDate|LastModifiedDate|CreatedBy|LastModifiedBy|"
                              r"Version|GeneratedValue)\b")


def _argument(annotations: str, name: str, key: str) -> str | None:
    """`length` of `@Column(nullable = false, length = 80)`; the bare value of `@TableName("x")` for key ''."""
    found = re.search(rf"@{name}\s*\(([^)]*)\)", annotations)
    if not found:
        return None
    if not key:
        bare = re.match(r"\s*\"([^\"]+)\"", found.group(1))
        return bare.group(1) if bare else None
    value = re.search(rf"\b{key}\s*=\s*(\"[^\"]*\"|[\w.]+)", found.group(1))
    return value.group(1).strip('"') if value else None


KEY_TYPES = {"String": "str", "UUID": "uuid", "Long": "int", "long": "int", "Integer": "int", "int": "int"}


def _class_keys(doc: Document) -> dict[str, tuple[str, int | None]]:
    """Each class's key, `@Id @Column(length = 36) private String id;`, as (type, length), a subclass taking its base
    class's (`class User extends BaseEntity`)."""
    own: dict[str, tuple[str, int | None]] = {}
    bases: dict[str, str] = {}
    for code in doc.code:
        for found in re.finditer(r"class\s+([A-Z]\w*)(?:\s+extends\s+([A-Z]\w*))?[^{;]*\{", code.text):
            if found.group(2):
                bases[found.group(1)] = found.group(2)
            key = re.search(rf"@Id\b(?:\s*{ANNOTATION})*\s*(?:private|protected|public)\s+([\w.]+)\s+\w+\s*;",
                            braced_body(code.text, found.end()))
            if key and (kind := KEY_TYPES.get(key.group(1).split(".")[-1])):
                length = re.search(r"@Column\([^)]*\blength\s*=\s*(\d+)", key.group(0))
                own[found.group(1)] = (kind, int(length.group(1)) if length and kind == "str" else None)
    for name, base in bases.items():
        if name not in own and base in own:
            own[name] = own[base]
    return own


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    keys = _class_keys(doc) if "@JoinColumn" in doc.text else {}
    for code in doc.code:
        if code.lang not in LANGS and not (code.lang in ("", "text") and re.search(r"^\s*@Entity\b", code.text, re.MULTILINE)):
            continue
        text = code.text
        for match in CLASS.finditer(text):
            head = match.group(1)
            if not TABLE_ANNOTATION.search(head):
                continue
            table = (_argument(head, "Table", "name") or _argument(head, "TableName", "") or _argument(head, "TableName", "value")
                     or _argument(head, "Document", "collection") or _argument(head, "Document", ""))
            entity = RawEntity(name=match.group(2), kind="orm", file=doc.path, table=table,
                               line=code.line + text[: match.start(2)].count("\n"),
                               context=" / ".join(code.headings) + " / java")
            first = code.line + text[: match.end()].count("\n")
            pending: list[str] = []
            for number, line in enumerate(braced_body(text, match.end()).splitlines()):
                stripped = line.strip()
                while stripped.startswith("@"):  # `@Id @GeneratedValue private Long id;`: annotations, then the field
                    annotation = re.match(ANNOTATION, stripped)
                    if not annotation:
                        break
                    pending.append(annotation.group(0))
                    stripped = stripped[annotation.end():].strip()
                found = FIELD.match(stripped)
                if not found:
                    if stripped and not stripped.startswith(("//", "/*", "*")):
                        pending = []
                    continue
                annotations, pending = " ".join(pending), []
                field = _joined(found, annotations, keys, doc.path, first + number) or _field(
                    found, annotations, enums, doc.path, first + number, entity)
                if field is not None:
                    entity.fields.append(field)
            if entity.fields:
                _indexed(entity, head)
                out.append(entity)
        out += _plain_classes(text, code, doc.path, enums, {e.name for e in out})
        out += _records(text, code, doc.path, enums, {e.name for e in out})
    _validated(doc, out)
    return out


RECORD = re.compile(rf"((?:^[ \t]*(?:{ANNOTATION}[ \t]*)+\n)*)[ \t]*(?:public\s+)?record\s+([A-Z]\w*)\s*\(", re.MULTILINE)
# (a request or an answer passed around, not a row: `record CreateRoleRequest(...)`)
MESSAGE_RECORD = re.compile(r"\w*(?:Request|Response|Dto|DTO|Command|Query|Event|Form|Params|Result|View)")


def _records(text: str, code: Code, path: str, enums: dict[str, list[str]], seen: set[str]) -> list[RawEntity]:
    """`@Table("rolename") public record Role(@Id Integer id, String name, String description) {}`: a record's
    components are its fields, as Spring Data JDBC and plain-JDBC specs write their entities."""
    out = []
    for match in RECORD.finditer(text):
        head, name = match.group(1), match.group(2)
        if name in seen or MESSAGE_RECORD.fullmatch(name):
            continue
        depth, i = 1, match.end()
        while i < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        body = text[match.end():i - 1]
        parts, depth, current = [], 0, ""
        for ch in body:  # the components, split at the commas outside brackets (`Map<String, Integer> scores`)
            depth += {"(": 1, "<": 1, ")": -1, ">": -1}.get(ch, 0)
            if ch == "," and depth == 0:
                parts.append(current)
                current = ""
            else:
                current += ch
        parts.append(current)
        first = code.line + text[: match.end()].count("\n")
        entity = RawEntity(name=name, kind="orm", file=path, line=code.line + text[: match.start(2)].count("\n"),
                           context=" / ".join(code.headings) + " / java",
                           table=_argument(head, "Table", "name") or _argument(head, "Table", "value") or _argument(
                               head, "Table", "") if head else None)
        for part in parts:
            component = re.fullmatch(rf"\s*((?:{ANNOTATION}\s+)*)([\w.]+(?:<[\w.<>, ?]*>)?(?:\[\])?)\s+([A-Za-z_]\w*)\s*", part)
            found = LOOSE_FIELD.match(f"{component.group(2)} {component.group(3)};") if component else None
            if found is None:
                continue
            line = first + body[:body.find(part)].count("\n")
            field = _field(found, component.group(1).strip(), enums, path, line, entity)  # type: ignore[union-attr]
            if field is not None:
                field.primary_key = field.primary_key or found.group(2) == "id"
                entity.fields.append(field)
        if len(entity.fields) >= 2:
            out.append(entity)
            seen = seen | {name}
    return out


def _validated(doc: Document, entities: list[RawEntity]) -> None:
    """The same class written again for its validation (`### Reservation 驗證` over `@NotNull private LocalDate
    date;`): Bean Validation's NotNull, NotBlank and NotEmpty make those fields of the class read before required."""
    by_name = {e.name: e for e in entities}
    for code in doc.code:
        if code.lang not in LANGS:
            continue
        for match in PLAIN_CLASS.finditer(code.text):
            entity = by_name.get(match.group(3))
            if entity is None or entity.line == code.line + code.text[: match.start(3)].count("\n"):
                continue  # (the class as first read)
            fields = {f.name: f for f in entity.fields}
            pending = ""
            for row in braced_body(code.text, match.end()).splitlines():
                stripped = re.sub(r"//.*$", "", row).strip()
                if stripped.startswith("@"):
                    pending += " " + stripped
                    stripped = re.sub(rf"^(?:{ANNOTATION}\s*)+", "", stripped)
                found = LOOSE_FIELD.match(stripped) if stripped else None
                if found and found.group(2) in fields and re.search(r"@Not(?:Null|Blank|Empty)\b", pending):
                    fields[found.group(2)].required, fields[found.group(2)].nullable = True, False
                if found or stripped and not stripped.startswith("@"):
                    pending = ""


PLAIN_CLASS = re.compile(rf"((?:^[ \t]*(?:{ANNOTATION}[ \t]*)+\n)*)[ \t]*(?:public\s+)?(class\s+)?([A-Z]\w*)(?:\s+extends\s+[\w.]+)?"
                         r"(?:\s+implements\s+[\w<>, .]+)?\s*\{", re.MULTILINE)
# (a spec's sketch of a class without the keyword: `ClientDb {` over `@Id String id   // UUID`, no semicolons)
SKETCHED_FIELD = re.compile(rf"^((?:{ANNOTATION}\s+)*)([\w.]+(?:<[\w.<>, ?]*>)?(?:\[\])?)\s+([A-Za-z_]\w*)\s*;?$")
# a field of a plain class, which a spec may write without an access modifier: `String appointmentNo;   // 预约单号`
LOOSE_FIELD = re.compile(r"^(?:(?:private|protected|public)\s+)?(?!(?:static|return|throw|new|else|class|enum|interface|record|"
                         r"package|import)\b)(?:final\s+)?([\w.]+(?:<[\w.<>, ?]*>)?(?:\[\])?)\s+([A-Za-z_]\w*)\s*(?:=\s*(.+?))?\s*;")


def _plain_classes(text: str, code: Code, path: str, enums: dict[str, list[str]], seen: set[str]) -> list[RawEntity]:
    """`public class Appointment { String id; String appointmentNo; ... }` with no annotation: a domain class a spec
    draws, read when its body holds only fields (three or more) and no method."""
    out = []
    for match in PLAIN_CLASS.finditer(text):
        head, keyword, name = match.group(1), match.group(2), match.group(3)
        if name in seen:
            continue
        body = braced_body(text, match.end())
        lines = [(i, re.sub(r"//.*$", "", row).strip()) for i, row in enumerate(body.splitlines())]
        lines = [(i, row) for i, row in lines if row and not row.startswith(("/*", "*"))]
        sketched = [(i, SKETCHED_FIELD.match(row)) for i, row in lines] if not keyword else []
        found = [(i, LOOSE_FIELD.match(row)) for i, row in lines] if keyword else [
            (i, LOOSE_FIELD.match(f"{m.group(2)} {m.group(3)};")) for i, m in sketched if m]
        if len(found) < 3 or not all(m for _i, m in found) or len(found) < len(lines) or any(
                "(" in row for _i, row in lines if keyword or not row.startswith("@")):
            continue
        annotations = {i: m.group(1).strip() for i, m in sketched if m}
        first = code.line + text[: match.end()].count("\n")
        entity = RawEntity(name=name, kind="orm", file=path, line=code.line + text[: match.start(3)].count("\n"),
                           context=" / ".join(code.headings) + " / java",
                           table=_argument(head, "Table", "name") or _argument(head, "Document", "collection") or _argument(
                               head, "Document", "") if head else None)
        for i, m in found:
            field = _field(m, annotations.get(i, ""), enums, path, first + i, entity)
            if field is not None:
                row = body.splitlines()[i]
                field.description = row.split("//", 1)[1].strip() if "//" in row else ""
                field.primary_key = m.group(2) == "id"
                if field.type == "str" and re.fullmatch(r"[A-Z][A-Z0-9_]*(?:\s*[/|]\s*[A-Z][A-Z0-9_]*)+", field.description):
                    # `String status; // PENDING/COMPLETED/CANCELLED`: its codes
                    field.type, field.enum_values = "enum", re.split(r"\s*[/|]\s*", field.description)
                entity.fields.append(field)
        if entity.fields:
            out.append(entity)
    return out


def _joined(found: re.Match[str], annotations: str, keys: dict[str, tuple[str, int | None]], path: str,
            line: int) -> RawField | None:
    """`@ManyToOne @JoinColumn(name = "owner_id", nullable = false) private User owner;`: the row's `owner_id` column,
    typed as the key of the class it points to (when the spec shows that key)."""
    column = _argument(annotations, "JoinColumn", "name")
    target = keys.get(found.group(1).split(".")[-1])
    if not column or not target or not re.search(r"@(ManyToOne|OneToOne)\b", annotations) or "mappedBy" in annotations:
        return None
    said_required = _argument(annotations, "JoinColumn", "nullable") == "false" or bool(re.search(r"@NotNull\b", annotations))
    # (named as the class names its members, `ownerId`, where the column is that name's: its JSON key follows the others')
    name = f"{found.group(2)}Id" if snake(found.group(2)) + "_id" == column else column
    return RawField(name=name, file=path, line=line, type=target[0], type_text=found.group(1), max_length=target[1],
                    required=said_required, nullable=not said_required, foreign_key=True)


def _indexed(entity: RawEntity, head: str) -> None:
    """`@Table(indexes = {@Index(name = "idx_slug", columnList = "public_slug")})`: an index on one column marks it."""
    for listed in re.findall(r"@Index\s*\([^)]*\bcolumnList\s*=\s*\"([^\"]+)\"", head):
        columns = [c.strip().split()[0] for c in listed.split(",") if c.strip()]
        if len(columns) == 1:
            for field in entity.fields:
                if normal_name(field.name) == normal_name(columns[0]) or snake(field.name) == columns[0]:
                    field.index = True


def _field(found: re.Match[str], annotations: str, enums: dict[str, list[str]], path: str, line: int,
           entity: RawEntity) -> RawField | None:
    type_text, name, initial = found.group(1), found.group(2), (found.group(3) or "").strip()
    if RELATION.search(annotations):
        entity.notes.append(f"{path}:{line}: {name} ({type_text}) is a relation to another table or not stored; left out")
        return None
    base = type_text.split(".")[-1]
    field = jvm_field(name, f"{annotations} {type_text}".strip(), base=base, enums=enums, path=path, line=line,
                      entity=entity)
    if field is None:
        return None
    if re.search(r"@Lob\b|columnDefinition\s*=\s*\"(?:long|medium)?text", annotations, re.IGNORECASE) and field.type == "str":
        field.type = "text"
    length = _argument(annotations, "Column", "length")
    size_max = _argument(annotations, "Size", "max") or _argument(annotations, "Length", "max")
    size_min = _argument(annotations, "Size", "min") or _argument(annotations, "Length", "min")
    if field.type == "str" and (size_max or length) and (size_max or length or "").isdigit():
        field.max_length = int(size_max or length or 0)
    if size_min and size_min.isdigit() and int(size_min) > 0:
        field.min_length = int(size_min)
    if re.search(r"@NotBlank\b|@NotEmpty\b", annotations) and field.type in ("str", "text") and not field.min_length:
        field.min_length = 1
    field.primary_key = bool(re.search(r"@(Id|TableId|EmbeddedId)\b", annotations))
    field.unique = _argument(annotations, "Column", "unique") == "true"
    said_required = _argument(annotations, "Column", "nullable") == "false" or bool(
        re.search(r"@(NotNull|NotBlank|NotEmpty|NonNull)\b", annotations)) or _argument(annotations, "Basic", "optional") == "false"
    field.nullable = not said_required and not field.primary_key
    number = re.fullmatch(r"(?:BigDecimal|Double|Integer|Long|Float)\.valueOf\(\s*\"?(-?[\d.]+)\"?\s*\)|new\s+BigDecimal\(\s*\"?(-?[\d.]+)\"?\s*\)"
                          r"|BigDecimal\.(ZERO|ONE|TEN)", initial)
    if number:  # `BigDecimal.valueOf(1.000)`, `BigDecimal.ZERO`: a number
        said = number.group(1) or number.group(2) or {"ZERO": "0", "ONE": "1", "TEN": "10"}[number.group(3)]
        initial = said
    if initial and initial != "null":
        value = initial.split(".")[-1] if field.type == "enum" else initial.rstrip("LlDdFf") if re.fullmatch(
            r"-?\d+(\.\d+)?[LlDdFf]", initial) else initial
        field.default = "now()" if re.search(r"(LocalDateTime|Instant|LocalDate|OffsetDateTime)\.now\(\)", initial) else (
            value if field.type == "enum" else parse_literal(value))
    if SET_BY_FRAMEWORK.search(annotations) and field.default is NO_DEFAULT and field.type in ("date", "datetime"):
        field.default = "now()"
    field.required = said_required and field.default is NO_DEFAULT and not field.primary_key and not SET_BY_FRAMEWORK.search(
        annotations)
    return field
