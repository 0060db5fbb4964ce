"""Mermaid entity-relationship diagrams, `erDiagram` with `JOBS { string id PK "comment" }` blocks, and class diagrams,
`classDiagram` with `class Edition { +UUID id; +String lieu? }` blocks."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import (
    CONSTRAINT_WORDS,
    apply_words,
    bare_list,
    parse_literal,
    settle_unmarked,
)
from backend_builder.spec.extract.document import Code, Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, snake
from backend_builder.spec.extract.tables import legend_marks
from backend_builder.spec.extract.types import classify, length_of

# (or an entity with an alias, `CUSTOMER["Customer"] {`: the name; `支出[expenses] {`, a name no identifier: the alias)
BLOCK = re.compile(r"^\s*(?:([A-Za-z_][\w-]*)(?:\s*\[[^\]]*\])?|[^\s\[{]+\s*\[\s*\"?([A-Za-z_][\w-]*)\"?\s*\])\s*\{\s*$")
# `type name [PK|FK|UK, ...] ["comment"]`
ATTRIBUTE = re.compile(r'^\s*([A-Za-z_][\w()\[\],<>]*)\s+([A-Za-z_]\w*)((?:\s+(?:PK|FK|UK|NOT\s+NULL|NULL|nullable)\s*,?)*)'
                       r'(?:\s*->\s*[\w.]+)?\s*(?:\(([^()]*)\))?\s*(?:"([^"]*)")?\s*(?:--.*)?$')
# (an annotation in parentheses, as some write the diagram outside mermaid: `varchar title (<=50, unique)`,
# `bigint play_id FK -> PLAY.id (CASCADE)`, `image avatar (default: actors/default.png)`)


# `auth0Id String "non-null"`, `likes [ObjectId]`: the name first and the type after it, as the diagram's author wrote
REVERSED = re.compile(r"^(\s*)([A-Za-z_]\w*)\s+(\[?[A-Za-z_][\w()\[\],<>]*\]?)(?=\s|$)")


TYPE_WORDS = {"text", "string", "str", "int", "integer", "bigint", "boolean", "bool", "float", "double", "decimal", "uuid",
              "json", "jsonb", "timestamp", "timestamptz", "datetime", "varchar", "number"}


def _in_order(match: re.Match[str]) -> str:
    """The attribute as mermaid orders it, type then name, when only the second word is a type."""
    first, second = match.group(2), match.group(3)
    sized = re.sub(r"^([A-Za-z]+)_(\d+)(?:_(\d+))?$", r"\1(\2)", first)  # (`varchar_10 currency`: a type first, in order)
    if classify(sized) is not None or classify(second.strip("[]")) is None or not (
            second[:1].isupper() or second.startswith("[") or second.lower() in TYPE_WORDS):
        return match.group(0)  # (`currency` after a type is a name, whatever else it may be)
    return f"{match.group(1)}{second.strip('[]') + '[]' if second.startswith('[') else second} {first}"


def _one_per_line(lines: list[str]) -> list[tuple[int, str]]:
    """`USER { int id PK` and `bool is_superhost }`: a block's braces on the lines of its first and last attributes,
    set on lines of their own, each piece with the number of the line it was written on."""
    out: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        opened = re.match(r"^(\s*[^\s{}]+(?:\s*\[[^\]]*\])?\s*\{)\s*([^\s{}].*?)\s*$", line)
        if opened and "}" not in opened.group(2).rstrip("}").rstrip():
            out.append((number, opened.group(1)))
            line = "  " + opened.group(2)
        closed = re.match(r"^(\s*[^{}]*?\S)\s*\}\s*$", line)
        if closed:
            out += [(number, closed.group(1)), (number, "}")]
            continue
        out.append((number, line))
    return out


def _written_name_first(lines: list[str]) -> bool:
    """A block whose author writes the name before the type (`topic string`, `maxRounds int`) on most lines: there,
    `year int` is the year, though YEAR is a type too."""
    body = []
    for line in lines:
        if line.strip() == "}":
            break
        body.append(line)
    turned = sum(REVERSED.sub(_in_order, line, count=1) != line for line in body)
    return turned >= 2 and turned * 2 >= len([line for line in body if line.strip()])


def _name_first(line: str) -> str:
    """`year int` in a block written name first: the type word last is the type."""
    match = REVERSED.match(line)
    if match and match.group(3).lower() in TYPE_WORDS and match.group(2).lower() not in TYPE_WORDS:
        return f"{match.group(1)}{match.group(3)} {match.group(2)}{line[match.end():]}"
    return line


def _unfenced(doc: Document) -> list[Code]:
    """An `erDiagram` written straight into the file, outside any fence: up to the next heading."""
    lines = doc.text.splitlines()
    fenced, found = False, []
    for number, line in enumerate(lines):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        elif not fenced and re.fullmatch(r"\s*erDiagram\s*", line):
            end = next((i for i in range(number + 1, len(lines)) if re.match(r"^#{1,6}\s|^\s*(```|~~~)", lines[i])),
                       len(lines))
            found.append(Code(headings=[], line=number + 1, lang="mermaid", text="\n".join(lines[number:end])))
    return found


def extract(doc: Document) -> list[RawEntity]:
    out = []
    null_marked: list[RawField] = []
    legend = legend_marks(doc.text)  # (short marks a legend explains: `**R** : Required (NOT NULL)`)
    legend_marked: list[RawField] = []
    for code in [*doc.code, *_unfenced(doc)]:
        # (after the diagram's front matter, `---\nconfig:\n  layout: elk\n---`, and its `%%` comments)
        opening = re.sub(r"\A\s*---\n.*?\n---[ \t]*\n|^\s*%%[^\n]*\n", "", code.text, flags=re.DOTALL | re.MULTILINE)
        if "erDiagram" not in code.text.split("\n", 3)[0:3] and not re.match(r"\s*erDiagram\b", opening):
            continue
        current: RawEntity | None = None
        name_first = False
        code_lines = _one_per_line(code.text.splitlines())
        for at, (offset, line) in enumerate(code_lines):
            number = code.line + offset
            if (block := BLOCK.match(line)) is not None:
                name = (block.group(1) or block.group(2)).replace("-", "_")
                # (`BoardState` is the board_state table, as the TypeScript interface of that name is; `TURNO_RESERVA`
                # and `task_tags` are as written)
                table = snake(name) if re.search(r"[a-z][A-Z]", name) else name.lower()
                current = RawEntity(name=name, table=table, kind="orm", file=doc.path, line=number,
                                    context=" / ".join(code.headings) + " / mermaid")
                out.append(current)
                name_first = _written_name_first([text for _offset, text in code_lines[at + 1:]])
            elif line.strip() == "}":
                current = None
            elif current is not None and (m := ATTRIBUTE.match(
                    in_order if (in_order := REVERSED.sub(_in_order, line, count=1)) != line or not name_first else _name_first(line))):
                type_text, name, keys = m.group(1), m.group(2), m.group(3) or ""
                noted, comment = m.group(4) or "", m.group(5) or ""
                # mermaid allows no parentheses in a type: `varchar_100`, `decimal_10_2` mean VARCHAR(100), DECIMAL(10,2)
                type_text = re.sub(r"^([A-Za-z]+)_(\d+)(?:_(\d+))?$",
                                   lambda t: f"{t.group(1)}({t.group(2)}{',' + t.group(3) if t.group(3) else ''})", type_text)
                field = RawField(name=name, file=doc.path, line=number, type_text=type_text, description=comment)
                field.type = classify(type_text)
                field.max_length = length_of(type_text)
                field.primary_key = "PK" in keys
                field.foreign_key = "FK" in keys
                field.unique = "UK" in keys
                marks = {legend.get(p.strip().lower()) for p in comment.split(",")} if legend else set()
                if "required" in marks or "nullable" in marks:
                    # `bigint joined_on "R"` where the legend says `**R** : Required (NOT NULL)`
                    field.nullable, field.required = "required" not in marks, "required" in marks
                    legend_marked.append(field)
                elif re.search(r"\bNOT\s+NULL\b", keys):
                    field.nullable, field.required = False, True
                elif re.search(r"\bNULL\b|\bnullable\b", keys):  # `timestamptz locked_until NULL`: may be left empty
                    field.nullable, field.required = True, False
                    null_marked.append(field)
                listed = bare_list(comment.replace("·", "|").replace("・", "|"))
                parts = [p.strip() for p in comment.split(",")]
                if not listed and len(parts) > 1 and sum(bool(re.search(r"[/|·・]", p)) for p in parts) == 1 and all(
                        CONSTRAINT_WORDS.fullmatch(p) for p in parts if not re.search(r"[/|·・]", p)):
                    # "not null, ON_SALE/RESERVED/SOLD": its presence, then its values
                    listed = bare_list(next(p for p in parts if re.search(r"[/|·・]", p)).replace("·", "|").replace("・", "|"))
                if listed and (any(CONSTRAINT_WORDS.fullmatch(v) for v in listed) or 2 * sum(
                        classify(v) is not None for v in listed) >= len(listed)):
                    listed = None  # "unique, nullable", "nullable, text": constraints and types, not values
                    # (but "online | phone | walk_in" is values, one of which is also a type's name)
                if listed and re.search(r"(?i)(name|title|label|description|note|notes|text|url|address)$", name) and not all(
                        v.isascii() for v in listed):
                    listed = None  # `sourceName "出典の組織・部署名"`: what a name holds, in words, not its values
                if listed and field.type in ("str", "text", "enum", None):  # "PENDING·PROCESSING·SUCCESS·FAILED"
                    field.type, field.enum_values = "enum", listed
                apply_words(field, comment)
                if noted:  # `(<=50, unique)`, `(indexed)`, `(default: plays/default.png)`
                    apply_words(field, noted)
                    at_most = re.search(r"<=\s*(\d+)", noted)
                    if at_most and field.type in ("str", "text", None) and field.max_length is None:
                        field.max_length = int(at_most.group(1))
                    given = re.search(r"\bdefault\s*:\s*([^,()]+)", noted, re.IGNORECASE)
                    if given and field.default is NO_DEFAULT:
                        field.default = parse_literal(given.group(1).strip())
                if field.nullable and field not in null_marked and re.match(r"\s*nullable\b", comment, re.IGNORECASE):
                    null_marked.append(field)  # (`int user_id FK "nullable (admin sees all)"`: marked so in its comment)
                current.fields.append(field)
    _keyed_by_values(out, "\n".join(c.text for c in [*doc.code, *_unfenced(doc)] if "erDiagram" in c.text))
    out += _class_diagrams(doc)
    # (one column marked, `password_hash "nullable (OAuth-only)"`, in a diagram of many tables: a remark on that
    # column, no convention; `revoked_at` elsewhere is no more required for it)
    only_null = (len(null_marked) >= 2 or len(null_marked) == 1 and sum(len(e.fields) for e in out) <= 12) and not any(
        f.required for e in out for f in e.fields)
    if any(f.required for f in legend_marked):
        for f in (f for e in out for f in e.fields):  # ('Empty : Optional (NULL allowed)': what the legend leaves unmarked)
            if f.required is None and f.nullable is None and not f.primary_key:
                f.nullable, f.required = True, False
    for entity in out:
        if only_null:
            # a diagram that marks its nullable columns `NULL` and nothing else: the others are NOT NULL
            for f in entity.fields:
                if f.required is None and f.nullable is None and f.default is NO_DEFAULT and not f.primary_key:
                    f.nullable, f.required, f.presumed = False, True, True
        settle_unmarked(entity.fields)  # (`string CountryName "max 200"` beside `"NOT NULL, max 200"`: nullable)
    return [e for e in out if e.fields]


# `ACTION_CARD }o--|| ACTION_CATEGORY : "category"`: a relation line, and the label that names the column
RELATION = re.compile(r'^\s*([A-Za-z_][\w-]*)\s+[|}o]{2}--[|{o]{2}\s+([A-Za-z_][\w-]*)\s*:\s*"?([A-Za-z_]\w*)', re.MULTILINE)


def _keyed_by_values(entities: list[RawEntity], text: str) -> None:
    """`string category FK` over `ACTION_CATEGORY { string key PK "emergency / water / ..." }`: a lookup table whose key
    lists its values, so the column referring to it holds one of them (a closed list)."""
    by_name = {e.name: e for e in entities}
    for source, target, label in RELATION.findall(text):
        owner, lookup = by_name.get(source), by_name.get(target)
        key = next((f for f in lookup.fields if f.primary_key), None) if lookup else None
        if owner is None or key is None or not key.enum_values or len(key.enum_values) < 2:
            continue
        for f in owner.fields:
            if f.name == label and f.type in ("str", "text", None) and not f.enum_values:
                f.type, f.enum_values = "enum", list(key.enum_values)


# `class Edition {`, `class Order~T~ {`, `class Edition["Édition"] {`
CLASS_BLOCK = re.compile(r"^\s*class\s+`?([A-Za-z_]\w*)`?(?:~[^~]*~)?(?:\s*\[[^\]]*\])?\s*\{\s*$")
# `Edition : +String nom`: a member written on a line of its own, outside the class's braces
CLASS_MEMBER_LINE = re.compile(r"^\s*([A-Za-z_]\w*)\s*:\s*(.+)$")
# a member, its visibility first: `+UUID id`, `-String lieu?`, `+dates: Date[]`, `+List~String~ tags`
MEMBER_TYPE_FIRST = re.compile(r"^[+\-#~]?\s*([A-Za-z_][\w.]*(?:~[\w, ]+~)?(?:\[\])?\??)\s+([A-Za-z_]\w*)(\?)?\s*[$*]?\s*$")
MEMBER_NAME_FIRST = re.compile(r"^[+\-#~]?\s*([A-Za-z_]\w*)(\?)?\s*:\s*([A-Za-z_][\w.]*(?:~[\w, ]+~)?(?:\[\])?\??)\s*[$*]?\s*$")


def _class_diagrams(doc: Document) -> list[RawEntity]:
    """The classes of a mermaid `classDiagram`, each with its attributes (methods, `+save()`, are no columns). A `?`
    marks an attribute that may be empty; where the diagram marks some so, the others are required."""
    out: list[RawEntity] = []
    for code in doc.code:
        opening = re.sub(r"\A\s*---\n.*?\n---[ \t]*\n|^\s*%%[^\n]*\n", "", code.text, flags=re.DOTALL | re.MULTILINE)
        if not re.match(r"\s*classDiagram(?:-v2)?\b", opening):
            continue
        by_name: dict[str, RawEntity] = {}
        current: RawEntity | None = None
        for offset, line in enumerate(code.text.splitlines()):
            number = code.line + offset
            if (block := CLASS_BLOCK.match(line)) is not None:
                current = by_name.setdefault(block.group(1), RawEntity(
                    name=block.group(1), table=None, kind="orm", file=doc.path, line=number,
                    context=" / ".join(code.headings) + " / mermaid class"))
                continue
            if line.strip() == "}":
                current = None
                continue
            member, owner = line.strip(), current
            if current is None:
                outside = CLASS_MEMBER_LINE.match(line)
                if not outside or re.search(r"--|\.\.|<\||\|>|\*--|o--", line):
                    continue  # (`Edition "1" -- "*" Liste : contient`: a relation, its label no member)
                owner = by_name.setdefault(outside.group(1), RawEntity(
                    name=outside.group(1), table=None, kind="orm", file=doc.path, line=number,
                    context=" / ".join(code.headings) + " / mermaid class"))
                member = outside.group(2).strip()
            if not member or "(" in member or member.startswith(("<<", "%%")):
                continue  # (a method, `+calculer() Decimal`; an annotation, `<<enumeration>>`)
            if (m := MEMBER_TYPE_FIRST.match(member)) is not None:
                type_text, name, optional = m.group(1), m.group(2), bool(m.group(3)) or m.group(1).endswith("?")
            elif (m := MEMBER_NAME_FIRST.match(member)) is not None:
                type_text, name, optional = m.group(3), m.group(1), bool(m.group(2)) or m.group(3).endswith("?")
            else:
                continue
            type_text = re.sub(r"~([^~]*)~", r"<\1>", type_text.rstrip("?"))  # (mermaid writes generics `List~String~`)
            field = RawField(name=name, file=doc.path, line=number, type_text=type_text)
            field.type = classify(type_text)
            if optional:
                field.required, field.nullable = False, True
            owner.fields.append(field)
        classes = [e for e in by_name.values() if e.fields]
        if any(f.required is False for e in classes for f in e.fields):
            for f in (f for e in classes for f in e.fields if f.required is None):
                f.required, f.nullable, f.presumed = True, False, True  # (the diagram marks the ones that may be empty)
        out += classes
    return out
