"""Entities a spec shows only by example: a fenced object literal of mock data under the entity's heading
(`### 1.1 书签 (Bookmark)` over `{ id: 1, title: "GitHub", tags: ["dev"], isFavorite: true }`).

The values say the types and nothing else (no presence, lengths or defaults), so the draft reads such an entity
only when the spec defines none with types; see `draft.build`."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import bare_list
from backend_builder.spec.extract.document import Code, Document
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.stated_apart import example_value_type

LANGS = {"", "js", "javascript", "json", "jsonc", "json5", "ts", "typescript"}
OPENING = re.compile(r"\A\s*(?:(?:export\s+)?(?:const|let|var)\s+\w+(?:\s*:\s*\w+)?\s*=\s*)?\{")
MEMBER = re.compile(r"""^\s*["']?([A-Za-z_][\w]*)["']?\s*:\s*(.*?)\s*,?\s*(?://.*)?$""")
# (an API's `### Response` or `### Example` shows a message, not an entity)
GENERIC = re.compile(r"(?i)(response|request|example|sample|body|payload|error|output|input|result|data|json|"
                     r"success|failure|query|params|headers|config(uration)?|settings|state)s?")
STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`""")


def _name(code: Code) -> str | None:
    """The entity a block shows, from the heading over it: `1.1 书签 (Bookmark)` -> Bookmark."""
    headings = list(code.headings)
    while len(headings) > 1 and re.fullmatch(r"\**\s*(?:an?\s+)?(?:example|sample|exemplo|ejemplo|exemple|beispiel)"
                                             r"(?:\s+document)?s?\s*[:：]?\s*\**", headings[-1].strip(), re.IGNORECASE):
        headings.pop()  # ('Example:' under '## `menuItems`': a label over the collection's example document)
    if not headings:
        return None
    heading = headings[-1].strip()
    latin = re.search(r"[(`（]\s*([A-Za-z][A-Za-z0-9_]*)\s*[)`）]", heading)
    if latin:
        return latin.group(1)
    words = re.sub(r"^[\d.\s]+", "", heading).replace("`", "").strip()
    words = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", words)  # `3.3 discoveries（发现记录）`: the name, then its gloss
    words = re.sub(r"\s+(collection|table|model|schema|entity|documents?)$", "", words, flags=re.IGNORECASE)  # `5. Items Collection`
    name = words if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", words) else None
    return None if name and GENERIC.fullmatch(name) else name


def _value_type(value: str, following: list[str]) -> str | None:
    """The type a value shows; a list or object opened here reads the lines after it."""
    if value.startswith("["):  # `["dev", "oss"]`, or a list whose items start on the next line
        first = (value[1:].strip() or next((line.strip() for line in following if line.strip()), ""))
        return "list[str]" if first.startswith(("\"", "'", "`")) else "json"
    if value.startswith("{"):
        return "json"
    if re.fullmatch(r"(?:ISODate|new\s+Date|Date)(?:\(.*\))?", value):
        return "datetime"  # MongoDB shell's `ISODate("2026-06-15T20:00:00Z")`: a moment
    if re.fullmatch(r"ObjectId(?:\(.*\))?", value):
        return "str"  # a document's reference, kept as its id's text
    quoted = f'"{value[1:-1]}"' if len(value) >= 2 and value[0] == value[-1] and value[0] in "'`" else value
    if kind := example_value_type(quoted):  # (the types a JSON example's values have, as the API specs' examples are read)
        return kind
    if re.fullmatch(r"""["'`][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}["'`]""", value, re.IGNORECASE):
        return "uuid"
    if STRING.fullmatch(value):
        return "str"
    return None  # `null`, a call, a name: nothing said


def _object(code: Code, path: str, name: str) -> RawEntity | None:
    if code.lang not in LANGS or not OPENING.match(code.text):
        return None
    lines = code.text.splitlines()
    opened = next(i for i, line in enumerate(lines) if "{" in line)
    entity = RawEntity(name=name, kind="example", file=path, line=code.line + opened,
                       context=" / ".join(code.headings) + " / example")
    depth = 0
    for number, line in enumerate(lines[opened:], opened):
        bare = STRING.sub('""', line.split("//", 1)[0] if "://" not in line else line)
        if depth == 1 and (member := MEMBER.match(line)):
            value = member.group(2).strip().rstrip(",")
            kind = _value_type(value, lines[number + 1:])
            field = RawField(name=member.group(1), file=path, line=code.line + number, type_text="",
                             type=kind or "str", description=f"example value {value[:40]}")
            field.primary_key = member.group(1) == "id"
            said = re.search(r"//\s*(?:enum|枚举|枚舉|列挙|열거형)\s*[:：]\s*(.+)$", line, re.IGNORECASE)
            if said and kind in ("str", None) and (values := bare_list(said.group(1).strip())):
                field.type, field.enum_values = "enum", values  # `category: "昆虫", // 枚举：昆虫/植物/鸟类`: its values
            entity.fields.append(field)
        depth += bare.count("{") + bare.count("[") - bare.count("}") - bare.count("]")
        if depth <= 0 and number > opened or (depth <= 0 and number == opened and "}" in bare):
            break
    return entity if len(entity.fields) >= 2 else None


ROUTE = re.compile(r"\b(?:POST|PUT|PATCH)\s+`?(/[\w/{}:.-]*)")


def _routed(code: Code, lines: list[str]) -> str | None:
    """The resource a request body is sent to, where the heading names none (`#### Criar serviço` over
    `POST /api/services` and the body): the route's last named segment, `services`."""
    for line in reversed(lines[:max(code.line - 1, 0)]):
        if line.lstrip().startswith("#"):
            return None  # (only within the block's own section)
        route = ROUTE.search(line)
        if route:
            named = [part for part in route.group(1).split("/") if re.fullmatch(r"[A-Za-z][\w-]*", part)]
            return named[-1].replace("-", "_") if named else None
    return None


def extract(doc: Document) -> list[RawEntity]:
    """One entity per fenced object literal under a heading that names it, or sent to a route that does."""
    found = []
    lines = doc.text.splitlines()
    for code in doc.code:
        name = _name(code) or _routed(code, lines)
        if name and (entity := _object(code, doc.path, name)):
            found.append(entity)
    return found
