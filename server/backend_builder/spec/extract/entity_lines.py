"""One entity per line, as terse specs write a schema: `- Recipe: id, ownerId -> User, title, content, description
optional, visibility (PRIVATE|PUBLIC, default PRIVATE), createdAt`. The name before the colon is the entity, each
comma-separated part one column: its name first, then what the line says of it (a reference, `optional`, `unique`,
a type word, a closed list and its default). A column without a type word is typed by its name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from backend_builder.spec.extract.bullets import name_type
from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, snake
from backend_builder.spec.extract.tables import entity_name
from backend_builder.spec.extract.types import classify

LINE = re.compile(r"^\s*\**`?([A-Za-z][A-Za-z0-9_]*)`?\**\s*[:：]\s*(.+)$", re.DOTALL)
# `- \`pedidos\` — numero (unique), project_id, estado (...), confirmado_at/confirmado_por, ...`: a code-quoted table, a
# dash, its columns (a name in words before a dash is a field's description, so the name must be quoted)
DASHED = re.compile(r"^\s*\**`([A-Za-z][A-Za-z0-9_]*)`\**\s+[—–]\s+(.+)$", re.DOTALL)
# `playlists        → id, user_id, mood_text, intention (expresar|superar), emotion_tags[]`: a table, an arrow, its
# columns (one line each, in a paragraph under "## Tablas")
ARROWED = re.compile(r"^\s*\**`?([A-Za-z][A-Za-z0-9_]*)`?\**\s*(?:→|->|⟶)\s*(.+)$")
# Labels of a list about columns, not an entity's name: `- Indexes: user_id, created_at, status`.
LABEL_WORDS = re.compile(r"(fields?|columns?|attributes?|properties|required|optional|indexe?s|indices|index|unique|keys?|"
                         r"constraints?|relations?|relationships?|validations?|campos?|colunas?|"
                         r"champs?|felder|spalten|inputs?|outputs?|params?|parameters?|sort(?:ing)?|filters?|"
                         r"primary|foreign|immutable|readonly|read_only|computed|derived|defaults?|nullable)", re.IGNORECASE)
PART = re.compile(r"^`?([A-Za-z_][A-Za-z0-9_]*)`?(.*)$", re.DOTALL)
REFERENCE = re.compile(r"(?:->|→|⟶)\s*`?([A-Za-z]\w*)|\b(?:fk|references?|ref)\b\s*(?:to\s+)?`?([A-Za-z]\w*)?", re.IGNORECASE)
OPTIONAL = re.compile(r"\b(optional|nullable|null|опционально|необязательн\w*|optionnel(?:le)?|opcional|facultativ[oa]|"
                      r"任意|可选|可選)\b|\?$", re.IGNORECASE)
REQUIRED = re.compile(r"\b(required|not\s+null|обязательн\w*|obligatoire|obligatori[oa]|obrigat[óo]ri[oa]|必須|必填)\b",
                      re.IGNORECASE)
TYPE_WORD = re.compile(r"\b(int|integer|bigint|string|str|text|varchar(?:\(\d+\))?|bool|boolean|float|double|decimal|"
                       r"numeric|date|datetime|timestamp|uuid|cuid|json|jsonb)\b", re.IGNORECASE)


def _parts(text: str) -> list[str]:
    """The comma-separated parts at the top level (`visibility (A|B, default A)` is one)."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(char, 0)  # (`CHECK{A,B}`: one part)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip().rstrip("."))
    return [p for p in parts if p]


# `- \`campanas\` (id UUID, artista_id FK→usuarios, titulo, ...) — a remark`: the table, its columns in parentheses
PARENTHESIZED = re.compile(r"^\s*\**`?([A-Za-z][A-Za-z0-9_]*)`?\**\s*\((.+)\)\s*(?:[—–]\s.*|-\s.*|:.*)?$", re.DOTALL)


def _paired(part: str) -> list[str]:
    """`confirmado_at/confirmado_por (a remark)`, `cerrado_por/cerrado_at`: two columns of one event, each with the
    remark."""
    pair = re.match(r"`?([A-Za-z_]\w*_[A-Za-z]\w*)`?\s*/\s*`?([A-Za-z_]\w*_[A-Za-z]\w*)`?(.*)$", part, re.DOTALL)
    if pair:
        return [pair.group(1) + pair.group(3), pair.group(2) + pair.group(3)]
    # (`amount`(CHECK>0)/`currency`: a column with its note, and the one kept beside it)
    noted = re.fullmatch(r"(`[A-Za-z_]\w*`\s*\([^()]*\))\s*/\s*(`[A-Za-z_]\w*`.*)", part, re.DOTALL)
    return [noted.group(1), noted.group(2)] if noted else [part]


def _enclosed(text: str) -> str | None:
    """The part of `(...) — remark` inside the first balanced parentheses, or None when they do not balance."""
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return text[1:i] if i else None
    return None


@dataclass
class _Line:
    """A pseudo item: one table's line, for the parse below."""
    text: str = ""
    line: int = 0
    headings: list[str] | tuple[str, ...] = ()
    depth: int = 0


def _indented_tables(doc: Document) -> list[_Line]:
    """A plain code block of tables, each a name on a line of its own over indented, comma-separated columns:
    `uptime_checks` then `  project_id, name, kind ('http'|'https'|'dns'),` / `  regions text[], is_enabled`."""
    out = []
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plaintext"):
            continue
        rows = code.text.splitlines()
        i = 0
        while i < len(rows):
            named = re.fullmatch(r"([a-z_][a-z0-9_]*)\s*:?\s*", rows[i])
            body = []
            j = i + 1
            while named and j < len(rows) and rows[j][:1].isspace() and rows[j].strip():
                body.append(rows[j].strip())
                j += 1
            if named and body and all(re.search(r",\s*$", b) for b in body[:-1]):
                # (the columns go on while each line ends with a comma)
                out.append(_Line(text=f"{named.group(1)}: {' '.join(body)}", line=code.line + 1 + i, headings=code.headings))
            i = j if named and body else i + 1
    return out


# `**Fields**: \`id\`, \`email\` unique, \`senhaHash\`, ...` as a paragraph under `### Usuario`: the heading's entity,
# each code span a column, what follows it what the line says of it
FIELD_WORDS = r"(?:fields?|columns?|attributes?|properties|campos|colunas|atributos|champs|colonnes|attributs|felder|spalten)"
LABELLED = re.compile(rf"^\**{FIELD_WORDS}\**\s*[:：]\s*\**\s*(`.+)$", re.IGNORECASE | re.DOTALL)
# (or its names plain, words and all: `- **Campos**: id, nome, slug, especificações técnicas, imagens (referências GCS),
# status (ativo/inativo), criado_em`: a name of one to three words, maybe a note in parentheses)
LABELLED_PLAIN = re.compile(rf"^\**{FIELD_WORDS}\**\s*[:：]\s*\**\s*([^`\n]+)$", re.IGNORECASE)
PLAIN_PART = re.compile(r"([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2})\s*(\([^()]*\))?")


def _labelled(doc: Document) -> list[RawEntity]:
    out = []
    # (or a bullet of its own, `- field: \`id\`, \`name\`, \`description?\``, under `### Category`)
    for paragraph in [*doc.paragraphs, *(i for i in doc.items if i.depth == 1)]:
        found = LABELLED.match(paragraph.text.strip())
        name = entity_name(list(paragraph.headings))
        if not name:
            continue
        if not found:
            plain = LABELLED_PLAIN.match(paragraph.text.strip())
            parts = [PLAIN_PART.fullmatch(p.strip()) for p in _parts(plain.group(1))] if plain else []
            # (the columns of a table, an id or a key among them, not a sentence that follows a label)
            if len(parts) >= 3 and all(parts) and any(re.fullmatch(r"(?i)id|\w+_id|id_\w+|\w+Id", p.group(1)) for p in parts):
                entity = RawEntity(name=name, kind="bullets", file=doc.path, line=paragraph.line,
                                   context=" / ".join(paragraph.headings) + " / entity line")
                entity.fields = [f for p in parts if not (f := _plain_field(p, doc.path, paragraph.line)).primary_key]
                _unmarked_required(entity.fields)
                out.append(entity)
            continue
        # (a part in words, 'all standardized screening fields', names no column; `description?` is an optional one)
        columns = [c for p in _parts(found.group(1).replace("\n", " "))
                   if (c := re.match(r"`([A-Za-z_]\w*)(\?)?`(.*)$", p.strip()))]
        if len(columns) < 2 or any(len(c.group(3).split()) > 6 for c in columns):
            continue
        entity = RawEntity(name=name, kind="bullets", file=doc.path, line=paragraph.line,
                           context=" / ".join(paragraph.headings) + " / entity line")
        entity.fields = [f for c in columns if not (f := _field(c.group(1), (c.group(3).strip() + " " + (c.group(2) or "")).strip(),
                                                                doc.path, paragraph.line)).primary_key]
        _unmarked_required(entity.fields)
        out.append(entity)
    return out


# `| Model | Key Fields | Relations |` over `| Appointment | \`id\` (PK), \`date\`, \`notes\`?, ... |`: a row per entity
NAME_HEADER = re.compile(r"(?i)\W*(model|entity|table|entidad|entidade|tabla|tabela|modelo|mod[eè]le|entit[ée]|tabelle)\W*")
FIELDS_HEADER = re.compile(rf"(?i)\W*(?:key\s+|main\s+|core\s+)?{FIELD_WORDS}\W*")


def _rows(doc: Document) -> list[RawEntity]:
    out = []
    for table in doc.tables:
        named = next((i for i, h in enumerate(table.header) if NAME_HEADER.fullmatch(h)), None)
        listed = next((i for i, h in enumerate(table.header) if FIELDS_HEADER.fullmatch(h)), None)
        if named is None or listed is None:
            continue
        for line, cells in table.rows:
            if max(named, listed) >= len(cells):
                continue
            name = re.fullmatch(r"\W*([A-Za-z][A-Za-z0-9_]*)\W*", cells[named])
            columns = [c for p in _parts(cells[listed]) if (c := re.match(r"`([A-Za-z_]\w*)`(.*)$", p.strip()))]
            if not name or len(columns) < 2:
                continue
            entity = RawEntity(name=name.group(1), kind="bullets", file=doc.path, line=line,
                               context=" / ".join(table.headings) + " / entity line")
            entity.fields = [f for c in columns if not (f := _field(c.group(1), c.group(2).strip(), doc.path, line)).primary_key]
            _unmarked_required(entity.fields)
            out.append(entity)
    return out


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = _labelled(doc) + _rows(doc)
    arrowed = [replace(p, text=line, line=p.line + i) for p in doc.paragraphs
               for i, line in enumerate(p.text.split("\n")) if ARROWED.match(line)]
    for item in [*doc.items, *arrowed, *_indented_tables(doc)]:
        # (its lines up to one that starts a note of its own: `  Idx: user_id, ...`, `  Constraints: ...`)
        kept = re.split(r"\n\s*(?=[A-Za-z][\w -]{1,24}:\s)", item.text)[0]
        flat = kept.replace("\n", " ")
        found = LINE.match(flat) or DASHED.match(flat) or ARROWED.match(flat)
        columns_text = found.group(2) if found else None
        if found is None and (paren := PARENTHESIZED.match(flat)):
            found, columns_text = paren, _enclosed(flat[flat.index("(", paren.start(2) - 1):])
        if not found or not columns_text or LABEL_WORDS.fullmatch(found.group(1)):
            continue
        # (`- **Task**: The main todo entity, with attributes: id (Integer), ...`: the columns follow the label)
        led = re.match(r"[^:：()]*?\b(?:attributes|fields|columns|properties|campos|atributos|colunas|colonnes|champs|"
                       r"attributs|felder|spalten|attribute)\s*[:：]\s*", columns_text, re.IGNORECASE)
        columns_text = columns_text[led.end():] if led else columns_text
        parts = [piece for p in _parts(columns_text) for piece in _paired(p)]
        columns = [PART.match(p) for p in parts]
        # (a note in parentheses is one remark however long: `status (enum: available, assigned, sold)`)
        if len(parts) < 3 or not all(c and len(re.sub(r"\([^()]*\)", " () ", c.group(2)).split()) <= 6 for c in columns):
            continue  # (a sentence after a label, not a list of columns)
        columns = [c for c in columns if not (c and re.fullmatch(  # (`PRIMARY KEY(a, b)`: the table's, no column)
            r"(?:PRIMARY|UNIQUE|FOREIGN|CHECK|INDEX|CONSTRAINT)", c.group(1)))]
        names = [c.group(1) for c in columns if c]
        if not any(n.lower() == "id" or re.search(r"(_id|[a-z]Id|_at|[a-z]At)$", n) for n in names):
            continue  # ('- Colours: red, green, blue' lists values; a table's columns have an id or a timestamp)
        entity = RawEntity(name=found.group(1), kind="bullets", file=doc.path, line=item.line,
                           context=" / ".join(item.headings) + " / entity line")
        fields = [_field(c.group(1), c.group(2).strip(), doc.path, item.line) for c in columns if c]
        _unmarked_required(fields)
        entity.fields = [f for f in fields if not f.primary_key]
        out.append(entity)
    return out


def _plain_field(part: re.Match[str], path: str, line: int) -> RawField:
    """`started_at (timestamptz)`, `checksum_version (smallint, default 1)`, `imagens (referências GCS)`: a column named
    in words or as an identifier; its note's first word, where it is a type, types it."""
    name, note = part.group(1), (part.group(2) or "").strip("()")
    field = _field(snake(name) if " " in name else name, f"({note})" if note else "", path, line)
    head = re.split(r"[,;]", note)[0].strip()
    kind = classify(head.split()[0]) if head and field.type != "enum" and not re.match(r"(?i)enum\b", head) else None
    if kind and kind != "enum":
        field.type, field.type_text = kind, head.split()[0]
        if isinstance(field.default, str) and kind in ("int", "float", "decimal", "bool"):
            field.default = parse_literal(field.default)
    elif re.match(r"(?i)enum\b", head) and field.type != "enum":
        # `status (enum success|failed)`, `interval (enum: minute|day)`; `interval (enum)`: its values said elsewhere
        values = [v for v in re.split(r"\s*[|/]\s*", re.sub(r"(?i)^enum\s*[:：]?\s*", "", head)) if v]
        field.type, field.type_text = "enum", "enum"
        field.enum_values = values if len(values) >= 2 and all(re.fullmatch(r"[\w-]+", v) for v in values) else None
    return field


def _unmarked_required(fields: list[RawField]) -> None:
    """`description optional`, `notes`?: where some columns are marked optional, the others, which say nothing, are
    required."""
    if any(f.nullable for f in fields):
        for field in fields:
            if field.required is None and not field.nullable and field.default is NO_DEFAULT:
                field.required = True


def _field(name: str, said: str, path: str, line: int) -> RawField:
    marked = re.match(r"\?`?", said)  # `description?`: a name marked optional, the mark inside its code span
    said = said[marked.end():] if marked else said
    rest = re.sub(r"\([^()]*\)", " ", said)
    for pattern in (REFERENCE, OPTIONAL, REQUIRED, TYPE_WORD, re.compile(r"\b(unique|default\s*[:=]?\s*\S+)", re.IGNORECASE)):
        rest = pattern.sub(" ", rest)
    # (what the line says beyond what is read from it: `ownerId -> User` says nothing more)
    field = RawField(name=name, file=path, line=line, type=name_type(name), type_text="",
                     description=said if re.search(r"[^\W\d_]", rest) or re.search(r"\w\.md\b", said) else "")
    # (`estado (enum de state-machine.md)`: a pointer to the file that lists the values is kept)
    field.primary_key = name.lower() == "id"
    listed = re.search(r"\(([^()]*)\)", said)
    # (`visibility (PRIVATE|PUBLIC, default PRIVATE)`, `status (Pending/Partial/Paid/Overdue)`)
    values = [v.strip(" `'\"") for v in re.split(r"\s*[|/]\s*", listed.group(1).split(",")[0])] if listed else []
    if (braced := re.search(r"(?:\bcheck|∈)\s*\{([^{}]*)\}", said, re.IGNORECASE)) is not None:
        values = [v.strip(" `'\"") for v in braced.group(1).split(",")]  # `payment_method` CHECK{UPI,CASH}, ∈{A,B}
    if (colon_enum := re.search(r"\(\s*enum\s*[:：]\s*([^()]*)\)", said, re.IGNORECASE)) is not None:
        values = [v.strip(" `'\"") for v in re.split(r"\s*[,|/]\s*", colon_enum.group(1))]  # `status (enum: a, b, c)`
    if (typed_enum := re.search(r"\benum\s*\(([^()]*)\)", said, re.IGNORECASE)) is not None:
        values = [v.strip(" `'\"") for v in re.split(r"\s*[,|]\s*", typed_enum.group(1))]  # `estado ENUM(a,b,c)`
    if listed and len(values) < 2:  # `status` (draft, active, archived): its values, between commas
        plain = [v.strip(" `'\"") for v in listed.group(1).split(",")]
        plain = [v for v in plain if not re.match(r"(?i:default|nullable|null|not null|optional|required|unique|index|"
                                                  r"indexed|fk|pk|references?|e\.g\.|eg\b|ex\b)", v)]
        if len(plain) >= 3 or len(plain) == 2 and re.search(
                r"(^|_)(status|state|type|kind|role|level|priority|category|mode|channel|method|visibility|tier)$", snake(name)):
            values = plain
    if any(re.fullmatch(r"(?i:yyyy|yy|mm|dd|hh|ss)", v) for v in values):
        values = []  # (`date (YYYY/MM/DD)`: a format, no closed list)
    if len(values) >= 2 and all(re.fullmatch(r"[\w-]+", v) for v in values):
        field.type, field.enum_values = "enum", values
    default = re.search(r"\bdefault\s*[:=]?\s*`?([^,)`\s]+)`?", said, re.IGNORECASE)
    if default:
        value = default.group(1).strip("'\"")
        field.default = value if field.type in ("enum", "str", "text") else parse_literal(value)
    typed = TYPE_WORD.search(re.sub(r"\([^()]*\)", " ", said)) or re.search(
        rf"\(\s*{TYPE_WORD.pattern}\s*\)", said, re.IGNORECASE) if field.type != "enum" else None  # (`tracks (JSONB)`)
    if typed and not REFERENCE.search(said):
        kind = "str" if typed.group(1).lower() == "cuid" else classify(typed.group(1))
        if re.match(r"\s*\[\]", said[typed.end():]) and kind in ("str", "text"):
            kind = "list[str]"  # `regions text[]`: an array of texts
        field.type, field.type_text = kind or field.type, typed.group(1)
    reference = REFERENCE.search(said)
    if reference:
        field.foreign_key = True
        field.type = "str" if field.type not in ("int", "uuid") else field.type
    named_type = re.search(r"\(\s*`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)`?(?:\s+enum)?\s*\)|\benum\s+`?([A-Z][A-Za-z0-9]+)", said)
    if named_type and field.type != "enum" and not typed:  # `status` (AppointmentStatus enum): the type it names
        field.type_text = named_type.group(1) or named_type.group(2)
    if re.search(r"\bunique\b|(?-i:\bUK\b)", said, re.IGNORECASE):  # (`nombre UK`: a unique key)
        field.unique = True
    if OPTIONAL.search(said) or marked:
        field.nullable, field.required = True, False
    elif REQUIRED.search(said):
        field.required = True
    if default:
        field.required = False
    return field
