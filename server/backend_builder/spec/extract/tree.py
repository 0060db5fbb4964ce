"""Entities drawn as a tree in a code block: the entity's name, then one `├── field : Type (comment)` line per field.

```
Logement
├── nom        : String (nom du logement)
├── statut     : Enum (brouillon, publié)
└── créé_le    : DateTime
```
"""

from __future__ import annotations

import re

from backend_builder.spec.extract.bullets import column_note
from backend_builder.spec.extract.constraints import apply_words, bare_list, enum_values, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, without_accents
from backend_builder.spec.extract.types import classify, length_of

ROOT = re.compile(r"^\s*([^\W\d][\w-]*)/?\s*(?:\(([^()]*)\))?\s*:?\s*$")  # `Logement`, `Logement (Property)`, `tasks/`
# A Firestore document under its collection, `└── {taskId}/`: the fields below it are the collection's.
DOCUMENT = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*\{\w+\}/?\s*(?:\([^()]*\))?\s*$")
BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<name>[^\W\d]\w*)\s*[:：]\s*"
                    r"(?P<type>[A-Za-z][\w.]*(?:\[\w*\]|<[\w, ]+>)?(?:\s*\(\d+(?:\s*,\s*\d+)?\))?)\s*"
                    r"(?:\((?P<note>.*)\)|\s(?P<rest>\S.*?))?\s*,?\s*$")  # (`imageUrls: array[string]`)  # (`Targa: string   [esistente] Identificativo`)
# `├── price (numeric(14,2), NOT NULL)  -- in BRL`: the type first inside the parentheses, the column's words after it
PAREN_BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<name>[^\W\d]\w*)\s*\(\s*"
                          r"(?P<type>[A-Za-z][\w.]*(?:\[\])?(?:\s*\(\d+(?:\s*,\s*\d+)?\))?)\s*"
                          r"(?:[,;]\s*(?P<note>.*?))?\)\s*(?:(?:--|#|//)\s*(?P<rest>.*?))?\s*,?\s*$")

# `Table: dbo.Order` over `├─ OrderCode   NVARCHAR(20) NOT NULL UNIQUE (customer-facing)`: SQL Server's columns as a tree
TABLE_ROOT = re.compile(r"^\s*(?:table|tabla|tabela|tabelle)\s*[:：]\s*`?(?:\w+\.)?(\w+)`?\s*$", re.IGNORECASE)
SQL_BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<name>[^\W\d]\w*)\s*(?:\((?P<key>(?:PK|FK|UK|PK\s*,\s*FK))\))?\s+"
                        r"(?P<type>(?-i:[A-Z][A-Z0-9_]*)(?:\s*\(\s*(?:\d+|MAX)(?:\s*,\s*\d+)?\s*\))?)(?P<rest>(?:\s.*)?)$")


# `├── id, code (unique)`, `├── vehicle_id → vehicle (nullable)`, `├── paymentsEnabled`: columns named without types
UNTYPED_BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<text>[^\W\d].*?)\s*$")
UNTYPED_PIECE = re.compile(r"(?P<name>[^\W\d]\w*)\s*(?:(?:→|->)\s*(?P<target>[\w.]+))?\s*(?:\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\))?\s*"
                           r"(?:[—–]\s.*)?")
NOT_COLUMNS = {"unique", "check", "index", "primary", "foreign", "constraint", "key", "pk", "fk", "idx"}

# `├── provider   provider_t enum — 'openai' | 'gemini'`: a column of a Postgres enum type, its values after a dash
ENUM_BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<name>[^\W\d]\w*)\s+(?P<type>[a-z_]\w*)\s+enum\b(?P<rest>.*)$")
# `│                          TIMEOUT, NETWORK,`: a remark that goes on below its column's line
CONTINUED = re.compile(r"^[\s│┃|]*[│┃|][\s│┃|]*(?P<text>[^\s│┃|├└┣┗].*)$")


def _enum_field(branch: re.Match[str], *, path: str, number: int) -> RawField:
    rest = branch.group("rest") or ""
    values = re.findall(r"'([^']+)'", rest.split("default")[0]) if re.search(r"'[^']+'\s*\|", rest) else []
    field = RawField(name=branch.group("name"), file=path, line=number, type_text=f"{branch.group('type')} enum",
                     type="enum" if values else "str", enum_values=values or None,
                     description=re.sub(r"^\s*[—–-]+\s*", "", rest).strip())
    apply_words(field, field.description)
    if field.enum_values and values:
        field.type, field.enum_values = "enum", values
    return field


def _sql_field(branch: re.Match[str], *, path: str, number: int) -> RawField | None:
    """One column of a tree in SQL's words: its type, NULL / NOT NULL, DEFAULT, UNIQUE, a key, a closing remark."""
    type_text, rest = branch.group("type"), branch.group("rest") or ""
    kind = classify(type_text)
    if kind is None:
        return None
    dashed = re.search(r"\s[—–]\s+(.*)$", rest)  # `TEXT | NULL — one of: A, B`: the remark after a dash
    rest, said_after = (rest[:dashed.start()], dashed.group(1).strip()) if dashed else (rest, "")
    remark = re.search(r"(?<=\s)\(([^()]*[^\W\d_][^()]*)\)\s*$", rest)  # (not `GETDATE()`, `IDENTITY(1,1)`)
    said = rest[:remark.start()] if remark else rest
    field = RawField(name=branch.group("name"), file=path, line=number, type_text=type_text, type=kind,
                     max_length=length_of(type_text) if kind == "str" else None,
                     description=" ".join(filter(None, (remark.group(1).strip() if remark else "", said_after))))
    field.primary_key = bool(branch.group("key") and "PK" in branch.group("key")) or bool(
        re.search(r"\bprimary\s+key\b|\bidentity\b", said, re.IGNORECASE))
    field.foreign_key = bool(branch.group("key") and "FK" in branch.group("key")) or "→" in said or bool(
        re.search(r"\breferences\b", said, re.IGNORECASE))
    field.unique = bool(re.search(r"\bunique\b", said, re.IGNORECASE))
    field.nullable = not re.search(r"\bnot\s+null\b", said, re.IGNORECASE)
    default = re.search(r"\bdefault\s+('[^']*'|\S+)", said, re.IGNORECASE)
    if default:
        field.default = parse_literal(default.group(1))
    field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
    return field


# A branch that names another entity and how many of it there are: `├── ProductImage (1:N)`, `└── Tag (N:M via tags)`
RELATION_BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*[A-Z][A-Za-z0-9]*\s*\(\s*(?:[01NnMm*]|one|many)\s*(?::|-|\.\.|to)\s*"
                             r"(?:[01NnMm*]|one|many)\b[^()]*\)", re.MULTILINE)


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plain", "plaintext", "tree"):
            continue
        if len(RELATION_BRANCH.findall(code.text)) >= 2:
            continue  # `Product (Aggregate Root)` over `├── ProductImage (1:N)`: a drawing of relations, no columns
        current: RawEntity | None = None
        marked_null: dict[int, bool] = {}  # (per field: its line wrote `| NULL`)
        # (a folder's tree, `├── src/`, `└── package.json`, names files, not columns)
        # (but for a Firestore document's `├── {adId}/`)
        files = bool(re.search(r"[├└┣┗][─━\-—]+\s*(?!\{\w+\}/)[^\s(]*(?:/\s*$|\.\w{1,5}\b)", code.text, re.MULTILINE))
        untyped: dict[int, list[RawField]] = {}  # (per entity: the columns it names without types)
        columns: dict[int, int] = {}  # (per entity: where its first field's branch starts on its line)
        for offset, line in enumerate(code.text.splitlines()):
            number = code.line + offset
            branch = BRANCH.match(line) or PAREN_BRANCH.match(line)
            columned = SQL_BRANCH.match(line) if not branch else None
            enumed = ENUM_BRANCH.match(line) if not branch and not columned else None
            at = re.search(r"[├└┣┗+`|][─━\-—]", line)
            if branch and current is not None and current.fields and at and id(current) in columns and at.start() > columns[
                    id(current)] and current.fields[-1].type == "json":
                continue  # (`│   │   └── city: string` under `├── location: map`: a member of the map, kept whole)
            if branch and current is not None:
                current.fields.append(_field(branch, entity=current, path=doc.path, number=number))
                columns.setdefault(id(current), at.start() if at else 0)
            elif columned and current is not None and (field := _sql_field(columned, path=doc.path, number=number)):
                current.fields.append(field)
                marked_null[id(field)] = bool(re.search(r"\b[A-Za-z]\w*(?:\([^()]*\))?\s*\|\s*NULL\b", line))
            elif enumed and current is not None:
                current.fields.append(_enum_field(enumed, path=doc.path, number=number))
            elif current is not None and current.fields and (continued := CONTINUED.match(line)):
                last = current.fields[-1]  # (the remark of the line above, wrapped: more of a list of values)
                last.description = f"{last.description} {continued.group('text').strip()}".strip()
                if last.type in ("str", "text", "enum") and (values := enum_values(last.description)) and len(values) > len(
                        last.enum_values or []):
                    last.type, last.enum_values = "enum", values
            elif current is not None and DOCUMENT.match(line):
                continue
            elif current is not None and not current.fields and re.match(r"\s*[A-Z][a-z]+\s*[:：]\s*\S", line):
                continue  # `Purpose: Customer order ...` between `Table: dbo.Order` and its columns
            elif current is not None and not files and (bare := UNTYPED_BRANCH.match(line)):
                untyped.setdefault(id(current), []).extend(_untyped(bare.group("text"), path=doc.path, number=number))
            elif table := TABLE_ROOT.match(line):
                current = RawEntity(name=table.group(1), table=table.group(1), kind="sql", file=doc.path, line=number,
                                    context=" / ".join(code.headings) + " / tree")
                out.append(current)
            elif (root := ROOT.match(line)) and not branch:
                current = RawEntity(name=without_accents(root.group(1)), kind="orm", file=doc.path, line=number,
                                    context=" / ".join(code.headings) + " / tree")
                out.append(current)
            elif line.strip() and not re.fullmatch(r"[\s│┃|]*", line):
                current = None  # anything else ends the tree
        for entity in out:
            named = untyped.get(id(entity), [])
            if len(named) >= 3 and any(re.fullmatch(r"id|\w+(?:_id|Id|_at|At)", f.name) for f in named):
                # (a tree of columns named without types, `booking` over `├── id, code (unique)`: typed by name, later)
                known = {f.name for f in entity.fields}
                entity.fields = sorted(entity.fields + [f for f in named if f.name not in known], key=lambda f: f.line)
            said = [f for f in entity.fields if id(f) in marked_null]
            if any(marked_null[id(f)] for f in said):
                for field in said:  # (`TEXT | NULL` beside a bare `TEXT`: the bare one may not be empty)
                    field.nullable = marked_null[id(field)]
                    field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
    return [e for e in out if len(e.fields) >= 2]


def _untyped(text: str, *, path: str, number: int) -> list[RawField]:
    """The columns a branch names without types, one or more apart by commas: `id, code (unique)`, `vehicle_id →
    vehicle (nullable)`, `status: booking_status (pending/confirmed)` (its type a name of its own, its values after)."""
    out = []
    for piece in re.split(r",\s*(?![^()]*\))", text):
        typed = re.fullmatch(r"([^\W\d]\w*)\s*:\s*[a-z_]\w*\s*\(([^()]*)\)\s*", piece.strip())
        if typed:  # `status: booking_status (pending/confirmed/...)`
            piece = f"{typed.group(1)} ({typed.group(2)})"
        found = UNTYPED_PIECE.fullmatch(piece.strip())
        if not found or found.group("name").lower() in NOT_COLUMNS:
            continue
        field = column_note(found.group("name"), found.group("note") or "", "", path, number)
        if found.group("target"):
            field.foreign_key = True
        if field.required is None and field.nullable is None:
            field.required = False  # (nothing said: not required, as with bare names; a rule elsewhere may say it is)
        field.primary_key = field.name.lower() == "id"
        out.append(field)
    return out


def _field(branch: re.Match[str], *, entity: RawEntity, path: str, number: int) -> RawField:
    written, type_text = branch.group("name"), branch.group("type")
    note = " ".join(filter(None, (branch.group("note"), re.sub(r"^\s*\[[^\]]*\]\s*", "", branch.group("rest") or ""))))
    # ([esistente], [NUOVO] before the words; a paren branch's comment after its constraints)
    name = without_accents(written)
    if name != written:
        entity.notes.append(f"{path}:{number}: {written} is written with accents; drafted as {name}, which is also "
                            "its JSON key")
    field = RawField(name=name, file=path, line=number, type_text=type_text, description=note.strip(),
                     type=classify(type_text), max_length=length_of(type_text))
    if field.type == "enum" or type_text.lower() == "enum":
        values = bare_list(note)
        field.type, field.enum_values = ("enum", values) if values else ("str", None)
    elif field.type in ("str", "text") and re.fullmatch(r"\s*[\w-]+(?:\s*[/|]\s*[\w-]+)+\s*", note) and (values := bare_list(note)):
        field.type, field.enum_values = "enum", values  # `status: string (active/pending/expired/sold)`: its values
    elif field.type is None and "|" in note and (values := bare_list(note)):
        field.type, field.enum_values = "enum", values  # `Stato: StatoAuto   Disponibile | Noleggiata`: its values
    elif field.type in ("str", "text") and (checked := re.search(r"\bcheck\s*[:：]\s*([^,;()]+)", note, re.IGNORECASE)) and (
            values := bare_list(checked.group(1))):
        field.type, field.enum_values = "enum", values  # `status (text, NOT NULL, CHECK: available|sold)`
    apply_words(field, note)  # (optionnel, unique, default ...)
    return field
