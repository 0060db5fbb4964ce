"""TypeScript interfaces and object types in code blocks: `interface Post { title: string; tags?: string[] }`."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import (
    CJK_DEFAULT,
    apply_lengths,
    declared_enums,
    enum_values,
    notes_list,
    parse_literal,
    state_named,
)
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.tables import entity_name
from backend_builder.spec.extract.types import classify

LANGS = ("ts", "typescript", "tsx", "js", "javascript", "jsx")
START = re.compile(r"^\s*(?:export\s+)?(?:declare\s+)?(?:interface\s+([A-Z]\w*)(?:<[^>{]*>)?(?:\s+extends\s+([\w\s,.<>]+?))?"
                   r"|type\s+([A-Z]\w*)\s*=|(?=[A-Z]\w*\s*\{\s*$)([A-Z]\w*))\s*\{", re.MULTILINE)
# (the last: `Hotel {` alone on its line over `hotelId: string; // 必选`, a shape written without `interface`)
# (a generic's arguments may hold commas: `with?: Record<string, any>;`)
MEMBER = re.compile(r"^\s*(?:readonly\s+)?['\"]?([A-Za-z_]\w*)['\"]?(\?)?\s*:\s*((?:[^;,\n<{]|<[^\n>]*>|\{[^\n{}]*\})+?)\s*[;,]?\s*"
                    r"(?://\s*(.*))?$")  # (`ratings: { average: 0-5, totalReviews: number }`: an object, inline)
SCALARS = {"string": "str", "boolean": "bool", "bool": "bool", "date": "datetime", "bigint": "int", "any": "json",
           "unknown": "json", "object": "json", "timestamp": "datetime", "datetime": "datetime", "decimal": "decimal",
           "uuid": "uuid", "objectid": "str", "types.objectid": "str"}
# (Firestore's Timestamp, Prisma's Decimal: scalars, not references; Mongo's ObjectId: an id held as text)


def _body(text: str, start: int) -> tuple[str, int]:
    depth, i = 1, start
    while i < len(text) and depth:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return text[start: i - 1], i


def whole_number(name: str) -> bool:
    """A JavaScript `number` named for a count, an order or whole units (`totalAppointments`, `durationMs`,
    `durationMin`, `order`): an int. (Not `priceMin`, a lower bound.)"""
    return bool(re.search(r"(count|quantity|qty|year|age|position|order|minutes|seconds|days|cents|rank|level|"
                          r"number|index|version|ms|millis|milliseconds|threshold|stock|inventory|capacity|attempts|"
                          r"retries|duration|time)$", name, re.IGNORECASE) or re.search(r"(?:duration|time|elapsed|length|spent|break|focus|session)_?(?:min|mins|sec|secs|hrs)$",
                                                                   name, re.IGNORECASE) or re.match(
        r"(total|num|number|count|completed|cancell?ed|failed|missed|pending|active|max|min|current)[A-Z_]\w*s$", name) or re.match(
        r"(quantity|qty)(_|[A-Z])", name, re.IGNORECASE)  # (`quantity_available`, `qtyOnHand`: how many)
        # (`maxPlayers`, `currentPlayers`: how many; `hostId`, `room_id`: a row's key, a whole number)
        or re.search(r"[a-z0-9](?:Id|ID)$|._id$", name)
        # (`diaDoMes`, `day_of_month`, `dueDay`: a day of the month, a whole number)
        or re.search(r"(?:^|_)(?:dia|day)(?:_(?:do|of|del)_(?:mes|month))?$|[a-z](?:Dia|Day)(?:(?:Do|Of|Del)(?:Mes|Month))?$|"
                     r"^(?:dia|day)(?:Do|Of|Del)(?:Mes|Month)$", name)
        # (`ticketsSold`, `seats_available`, `spotsLeft`: how many of a thing, by what became of them)
        or re.search(r"[a-z]s(?:_?(?:sold|available|used|remaining|left|booked|reserved|issued|taken))$", name, re.IGNORECASE))


def _kind(name: str, type_text: str, enums: dict[str, list[str]]) -> tuple[str | None, list[str] | None, bool]:
    """(FeatureSpec type, enum values, is a relation to another model)."""
    text = re.sub(r"\s*\|\s*(null|undefined)\b", "", type_text).strip()
    if re.fullmatch(r"-?\d+(?:\s*\|\s*-?\d+)+", text) and all(abs(int(v)) < 2**31 for v in re.findall(r"-?\d+", text)):
        return "enum", re.findall(r"-?\d+", text), False  # `term: 7 | 8 | 9`: one of those whole numbers (codes)
    if re.fullmatch(r"(?:['\"][^'\"]+['\"]\s*\|\s*)+(?:\.{3}|…)", text):
        # `availability: "In Stock" | ...`: the list is given elsewhere, under the member's name; else it is open
        return ("enum", enums[name.lower()], False) if name.lower() in enums else ("str", None, False)
    literals = re.findall(r"^\s*['\"]([^'\"]+)['\"]\s*$", text) or (
        re.findall(r"['\"]([^'\"]+)['\"]", text) if re.fullmatch(r"(\s*\|?\s*['\"][^'\"]+['\"])+\s*", text) else [])
    if literals and re.fullmatch(r"[\w.-]{1,40}", literals[0]) or len(literals) >= 2:
        return "enum", literals, False  # (one literal, `type: 'keywordRule'`: a record type's tag, its one value)
    lowered = text.lower()
    if re.fullmatch(r"(string\[\]|array<string>|readonly string\[\])", lowered):
        return "list[str]", None, False
    if lowered.endswith("[]") or lowered.startswith("array<"):
        inner = lowered.removesuffix("[]").removeprefix("array<").rstrip(">")
        if inner in enums:  # `tags: Tag[]` with `type Tag = 'breakfast' | 'lunch'`: a list of the union's strings
            return "list[str]", None, False
        if re.fullmatch(r"\(\s*(?:['\"][^'\"]+['\"]\s*\|\s*)+['\"][^'\"]+['\"]\s*\)", inner):
            return "list[str]", None, False  # `categories: ('takeout' | 'dine-in')[]`: a list of those strings
        return ("json", None, False) if inner in SCALARS or inner == "number" or inner.startswith("{") else (None, None, True)
    if lowered in enums:
        return "enum", enums[lowered], False
    bare = [v.strip() for v in text.split("|")]
    if len(bare) >= 2 and (all(re.fullmatch(r"[A-Z][A-Z0-9_]*", v) for v in bare) or all(
            re.fullmatch(r"[a-z][a-z0-9_]*", v) for v in bare) and not {v for v in bare} & {*SCALARS, "number", "object",
                                                                                           "any", "unknown", "never", "null"}):
        # `status: WAITING | CALLED | NO_SHOW` in a list of members: the values, written without their quotes
        return "enum", bare, False
    if lowered == "number":
        return ("int" if whole_number(name) else "float"), None, False  # totalAppointments, durationMs: whole units
    if lowered in SCALARS:
        return SCALARS[lowered], None, False
    if lowered.startswith(("record<", "{", "map<")):
        return "json", None, False
    if re.fullmatch(r"\[\s*string\s*\]", lowered):
        return "list[str]", None, False  # a one-element tuple written for "a list of strings"
    if lowered.startswith("["):
        return "json", None, False  # `classes: [ { classId: ObjectId; level: number } ]`: a list of objects, written out
    if re.fullmatch(r"[A-Z]\w*", text):
        return None, None, True  # another interface: a relation, not a column
    return classify(text), None, False


def extract(doc: Document) -> list[RawEntity]:
    return interfaces(doc) + jsdoc(doc) + drizzle(doc) + zod(doc)


JSDOC_COMMENT = re.compile(r"/\*\*(.*?)\*/", re.DOTALL)
JSDOC_TYPEDEF = re.compile(r"@typedef\s*\{\s*(?:Object|object)\s*\}\s*([A-Za-z_]\w*)")
JSDOC_PROPERTY = re.compile(r"^\s*\*?\s*@(?:property|prop)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\s*(\[)?\s*([A-Za-z_$][\w$.]*)"
                            r"(?:\s*=\s*([^\]]*?))?\s*\]?\s*(?:[-–—:]\s*(.*?))?\s*$")


def jsdoc(doc: Document) -> list[RawEntity]:
    """JSDoc typedefs, the way a JavaScript (Mongoose, Express) data model writes its shapes:
    `@typedef {Object} Product` over `@property {string} name`, `@property {string} [slug]` (optional, in brackets),
    `@property {number} [stock=0]` (a default) and `@property {'active'|'archived'} status - default: 'active'`."""
    entities: list[RawEntity] = []
    enums = declared_enums(doc.text)
    # `Product Image Schema (embedded)`: a shape kept inside its parent's document, so a property of that type
    # (`@property {ProductImage[]} images`) is the parent's own JSON, not a link to another table
    embedded = {typedef.group(1).lower() for code in doc.code for comment in JSDOC_COMMENT.finditer(code.text)
                if (typedef := JSDOC_TYPEDEF.search(comment.group(1)))
                and re.search(r"\bembedded\b|\bsub-?documents?\b|\bnested\b", comment.group(1), re.IGNORECASE)}
    for code in doc.code:
        for comment in JSDOC_COMMENT.finditer(code.text):
            typedef = JSDOC_TYPEDEF.search(comment.group(1))
            if typedef is None:
                continue
            first = code.line + code.text[: comment.start()].count("\n")
            entity = RawEntity(name=typedef.group(1), kind="typescript", file=doc.path,
                               line=first + comment.group(0)[: typedef.start() + 3].count("\n"),
                               context=" / ".join(code.headings) + " / jsdoc")
            for number, row in enumerate(comment.group(0).splitlines()):
                prop = JSDOC_PROPERTY.match(row)
                if prop is None or "." in prop.group(3):
                    continue  # (`notificationPreferences.lowStockAlerts`: a member of an object-typed property)
                type_text, bracket, name, default, note = prop.groups()
                inner = type_text.strip().removesuffix("[]").removeprefix("Array<").removesuffix(">").lower()
                _member(entity, name=name, optional=bool(bracket), line=first + number, comment=note or None,
                        type_text="object" if inner in embedded else type_text, enums=enums, path=doc.path)
                field = next((f for f in entity.fields if f.name == name), None)
                if field is not None:
                    field.type_text = type_text.strip()
                if field is not None and default is not None and default.strip():
                    field.default, field.required = parse_literal(default.strip()), False
            if entity.fields:
                entities.append(entity)
    return entities + _prose_jsdoc(doc, enums)


# A JSDoc tag written as prose in the markdown itself, in emphasis: `*@property {string} nombre* Nombre (obligatorio).`
PROSE_TAG = re.compile(r"\s*[*_]*\s*@(typedef|property|prop)\s*\{([^{}]*)\}\s*(\[)?\s*([A-Za-z_$][\w$]*)"
                       r"(?:\s*=\s*([^\]*_]*?))?\s*\]?\s*[*_]*\s*(?:[-–—:]\s*)?(.*)$")


def _prose_jsdoc(doc: Document, enums: dict[str, list[str]]) -> list[RawEntity]:
    """`*@typedef {Object} FoodSchema*` over `*@property {string} nombreRestaurante* Nombre del restaurante
    (obligatorio).` lines in the document's text, not in a comment: the typedef's fields, each with its words."""
    entities: list[RawEntity] = []
    entity: RawEntity | None = None
    fenced = False
    for number, line in enumerate(doc.text.splitlines(), 1):
        if re.match(r"^\s*(```|~~~)", line):
            fenced, entity = not fenced, None
            continue
        tag = None if fenced or "@" not in line else PROSE_TAG.match(line)
        if tag and tag.group(1) == "typedef" and tag.group(2).strip().lower() == "object":
            entity = RawEntity(name=tag.group(4), kind="typescript", file=doc.path, line=number,
                               context=" / ".join(h for _line, _level, h in doc.headings if _line < number) + " / jsdoc")
            entities.append(entity)
        elif tag and tag.group(1) != "typedef" and entity is not None:
            _, type_text, bracket, name, default, note = tag.groups()
            words = note.strip() or None
            optional = bool(bracket) or bool(words and re.search(r"\b(opcional|optional|facultati\w*)\b", words, re.IGNORECASE))
            _member(entity, name=name, optional=optional, line=number, comment=words, type_text=type_text, enums=enums,
                    path=doc.path)
            field = next((f for f in entity.fields if f.name == name), None)
            if field is not None:
                field.type_text = type_text.strip()
                if default is not None and default.strip():
                    field.default, field.required = parse_literal(default.strip()), False
                elif not optional and words and re.search(r"\b(obligatori[oa]|required|requerido|obrigat[óo]ri[oa])\b",
                                                          words, re.IGNORECASE):
                    field.required, field.nullable = True, False
        elif line.strip() and not tag:
            entity = None  # (a line of anything else ends the typedef)
    return [e for e in entities if e.fields]


ZOD_OBJECT = re.compile(r"(?:export\s+)?const\s+(\w+)\s*=\s*z\s*\.\s*object\(\s*\{")
ZOD_MEMBER = re.compile(r"^\s*['\"]?([A-Za-z_]\w*)['\"]?\s*:\s*z\s*\.\s*(\w+)\((.*)$")
ZOD_TYPES = {"string": "str", "number": "float", "boolean": "bool", "date": "datetime", "bigint": "int",
             "array": "json", "object": "json", "record": "json", "enum": "enum", "nativeEnum": "enum", "uuid": "uuid"}


def zod(doc: Document) -> list[RawEntity]:
    """Zod schemas: `const createPatientSchema = z.object({ tags: z.array(z.string()).default([]), ... })`.
    Named after the entity (`createPatientSchema` -> Patient), so they add what the interface leaves out: defaults,
    optional members, lengths, `.int()`, closed lists."""
    out = []
    # Named schemas a member refers to: `const TagsSchema = z.array(z.string()).default([]);`
    named = {m.group(1): m.group(2) for code in doc.code
             for m in re.finditer(r"(?:export\s+)?const\s+(\w+)\s*=\s*z\s*\.\s*(\w+\(.*?)\s*;?\s*$", code.text, re.MULTILINE)
             if not m.group(2).startswith("object(")}
    # (and `export const ColumnIdSchema = z.enum([\n  'targets-identified',\n  ...\n]);` over several lines)
    named |= {m.group(1): "enum([" + " ".join(m.group(2).split()) + "])" for code in doc.code
              for m in re.finditer(r"(?:export\s+)?const\s+(\w+)\s*=\s*z\s*\.\s*enum\(\s*\[([^\]]*)\]\s*\)", code.text)}
    consts = {m.group(1): re.findall(r"['\"]([^'\"]+)['\"]", m.group(2)) for code in doc.code
              for m in re.finditer(r"(?:export\s+)?const\s+(\w+)\s*=\s*\[([^\]]*)\]", code.text)}
    for code in doc.code:
        for match in ZOD_OBJECT.finditer(code.text):
            body, _ = _body(code.text, match.end())
            name = re.sub(r"^(create|update|new|insert|base|input)|(create|update|input|form|schema|validator|dto)+$", "",
                          match.group(1), flags=re.IGNORECASE) or match.group(1)
            base_line = code.line + code.text[: match.end()].count("\n")
            entity = RawEntity(name=name[:1].upper() + name[1:], kind="typescript", file=doc.path,
                               line=code.line + code.text[: match.start()].count("\n"),
                               context=" / ".join(code.headings) + " / zod")
            rows = body.splitlines()
            depth = 0
            for number, line in enumerate(rows):
                at = depth  # (a member of a nested `z.object({...})` inside an array is the element's, not the entity's)
                depth += sum(line.count(c) for c in "({[") - sum(line.count(c) for c in ")}]")
                if at != 0:
                    continue
                ref = re.match(r"^(\s*['\"]?[A-Za-z_]\w*['\"]?\s*:\s*)([A-Za-z_]\w*)\b(.*)$", line)
                if ref and ref.group(2) in named:  # `likes: LikesSchema,` -> the named schema's own chain
                    line = f"{ref.group(1)}z.{named[ref.group(2)]}{ref.group(3)}"
                m = ZOD_MEMBER.match(line)
                if not m:
                    continue
                field_name, func, chain = m.groups()
                if depth > 0:  # `keyPeople: z.array(z.object({` ... `})).default([]),`: the chain goes on after the element
                    level = depth
                    for later in rows[number + 1:]:
                        for i, char in enumerate(later):
                            level += (char in "({[") - (char in ")}]")
                            if level == 0:
                                chain += " " + later[i + 1:]  # (what follows the element's closing brackets)
                                break
                        if level <= 0:
                            break
                if depth == 0:  # `bank_name: z.string()` over `.max(100, '...')`, `.optional()`: the chain goes on below
                    level = 0
                    for later in rows[number + 1:]:
                        if level == 0 and not later.strip().startswith("."):
                            break
                        if level == 0:
                            chain += " " + later.strip()
                        level += sum(later.count(c) for c in "({[") - sum(later.count(c) for c in ")}]")
                kind = ZOD_TYPES.get(func)
                if kind is None:
                    continue
                field = RawField(name=field_name, file=doc.path, line=base_line + number, type_text=f"z.{func}", type=kind)
                if func == "array" and re.match(r"\s*z\s*\.\s*string\(", chain):
                    field.type = "list[str]"
                if func == "enum":
                    listed = re.match(r"\s*\[([^\]]*)\]", chain)
                    by_name = re.match(r"\s*([A-Za-z_]\w*)\s*[,)]", chain)
                    if listed:  # `z.enum(['PUBLIC', 'PRIVATE'], { errorMap: ... 'Select visibility' })`: the array only
                        field.enum_values = re.findall(r"['\"]([^'\"]+)['\"]", listed.group(1)) or None
                    elif by_name:  # `z.enum(CATEGORY_SLUGS, ...)`: the `const CATEGORY_SLUGS = [...] as const` it names
                        field.enum_values = consts.get(by_name.group(1))
                    else:
                        field.enum_values = re.findall(r"['\"]([^'\"]+)['\"]", chain.split("]")[0]) or None
                if re.search(r"\.int\(\)", chain):
                    field.type = "int"
                if re.search(r"\.(uuid|cuid)\(\)", chain) and field.type == "str":
                    field.type = "uuid" if ".uuid(" in chain else "str"
                if re.search(r"\.datetime\(\)", chain) and field.type == "str":
                    field.type = "datetime"
                low = re.search(r"\.min\(\s*(\d+)", chain)
                high = re.search(r"\.max\(\s*(\d+)", chain)
                if field.type in ("str", "text"):
                    field.min_length = int(low.group(1)) if low else None
                    field.max_length = int(high.group(1)) if high else None
                default = re.search(r"\.default\((.*?)\)\s*(?:[.,]|$)", chain)
                if default:
                    from backend_builder.spec.extract.constraints import parse_literal
                    field.default = parse_literal(default.group(1))
                optional = re.search(r"\.(optional|nullish|nullable)\(\)", chain)
                field.nullable = bool(optional)
                field.required = not optional and field.default is NO_DEFAULT
                entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out


INSIDE = re.compile(r"\b(?:stored|kept|saved|persisted|lives?)\s+(?:as\s+an?\s+|inside\s+|within\s+|in\s+)?(?:embedded\s+)?"
                    r"(?:sub-?objects?|sub-?documents?|nested\s+objects?|embedded\s+(?:objects?|documents?))\b|"
                    r"\bembedded\s+in(?:side)?\s+(?:the\s+|each\s+|its\s+)?`?[A-Z]\w*", re.IGNORECASE)


def _said_inside(text: str, line: int) -> bool:
    """The prose between a code block and the heading above it says its type is kept inside another document
    ("Stored as a sub-object of `Recipe`"): a value shape, whatever id it carries."""
    above = text.splitlines()[max(0, line - 12): max(0, line - 1)]
    start = max((i for i, row in enumerate(above) if row.lstrip().startswith("#")), default=0)
    return bool(INSIDE.search("\n".join(above[start:])))


def _value_shapes(doc: Document) -> set[str]:
    """The object types of a document store's model that have no id of their own (`type CloudinaryAsset = { url;
    publicId }`, used as `thumbnail: CloudinaryAsset | null` in a Firestore, Mongo or IndexedDB model): kept inside the document
    that holds them, as its JSON, not rows another table links to."""
    documents = re.search(r"\b(firestore|firebase|mongo(?:db|ose)?|dynamodb|couchdb|pouchdb|indexeddb|dexie|localstorage|"
                          r"document\s+(?:store|database|db))\b", doc.text, re.IGNORECASE)
    shapes = set()
    for code in doc.code:
        for match in START.finditer(code.text):
            body, _end = _body(code.text, match.end())
            members = [m.group(1) for line in body.splitlines() if (m := MEMBER.match(line))]
            keyed = [line for line in body.splitlines() if line.strip() and not line.strip().startswith(("//", "/*", "*"))]
            if not members and keyed and all(re.match(r"\s*(?:readonly\s+)?\[\s*\w+\s*:\s*\w+\s*\]\s*:", line)
                                             for line in keyed):
                # `interface VariableMatrix { [environment: string]: Record<string, any> }`: a map, whatever stores it
                shapes.add((match.group(1) or match.group(3) or match.group(4)).lower())
            elif documents and members and not any(m.lower() in ("id", "_id", "uid", "key") for m in members):
                shapes.add((match.group(1) or match.group(3) or match.group(4)).lower())
            elif members and _said_inside(doc.text, code.line):
                shapes.add((match.group(1) or match.group(3) or match.group(4)).lower())  # "Stored as a sub-object of `Recipe`."
    return shapes


def interfaces(doc: Document) -> list[RawEntity]:
    entities: dict[str, RawEntity] = {}
    # (the document's words, and its types as the code they are where markdown escaped them: `type X \\= string`)
    source = doc.text if "\\=" not in doc.text else doc.text + "\n" + "\n".join(c.text for c in doc.code if c.lang in LANGS)
    enums = declared_enums(source)
    # `type WeaningStage = 1 | 2 | 3 | 4`: a union of numbers; and every type name the document defines
    numeric = {m.group(1): [int(n) for n in re.findall(r"-?\d+", m.group(2))] for m in re.finditer(
        r"\btype\s+([A-Z]\w*)\s*=\s*(-?\d+(?:\s*\|\s*-?\d+)+)\s*;?", source)}
    defined = set(re.findall(r"\b(?:interface|type|class|enum|struct|record|model)\s+([A-Z]\w*)", source))
    shapes = _value_shapes(doc)
    aliases = _scalar_aliases(source)
    documents: set[str] = set()  # names taken by a Mongoose document's interface (`IBloodBag` -> BloodBag)
    for code in doc.code:
        if code.lang not in LANGS and not (not code.lang and START.search(code.text)) or DRIZZLE_TABLE.search(code.text):
            continue
        # (`export type Job = ScrapedJob & { filteredAt: Date }`: the ScrapedJob's members and its own, as `extends` says)
        text = re.sub(r"^([ \t]*)(?:export\s+)?type\s+([A-Z]\w*)\s*=\s*((?:[A-Z]\w*\s*&\s*)+)\{",
                      _as_extends,
                      code.text, flags=re.MULTILINE)
        for match in START.finditer(text):
            if match.group(4) and code.lang not in LANGS:
                continue  # (a bare `Order {` in an unlabelled block is pseudo-code, read as such elsewhere)
            name = match.group(1) or match.group(3) or match.group(4)
            if re.fullmatch(r"I[A-Z][a-z]\w*", name) and re.search(r"\bextends\s+(mongoose\.)?Document\b", match.group(0)):
                name = name[1:]  # Mongoose's `interface IBloodBag extends Document`: the BloodBag's document
            elif re.fullmatch(r"[A-Z]\w+Document", name) and re.search(r"\bextends\s+(mongoose\.)?Document\b", match.group(0)):
                name = name.removesuffix("Document")  # (or `interface InterviewDocument extends mongoose.Document`)
            elif re.fullmatch(r"[A-Z]\w*?(?:Creation)?Attributes", name) and (
                    stem := re.sub(r"(?:Creation)?Attributes$", "", name)) and not re.search(
                    rf"\b(?:interface|class|type)\s+{stem}\b", doc.text) and (re.search(
                    rf"\b{stem}\b", code.headings[-1] if code.headings else "") or "sequelize" in doc.text.lower()):
                name = stem  # Sequelize's `interface PetAttributes` under '### 3.1 Pet Model': the Pet's columns
            body, _end = _body(text, match.end())
            line = code.line + text[: match.start()].count("\n") + (text[match.start():match.end()].startswith("\n"))
            entity = RawEntity(name=name, kind="typescript", file=doc.path, line=line,
                               context=" / ".join(code.headings) + " / typescript")
            for base in re.split(r"\s*,\s*", match.group(2) or ""):
                parent = entities.get(base.strip())
                if parent is not None:
                    entity.fields += [f for f in parent.fields]
                    entity.notes += parent.notes  # (what the base left out, said of this one too)
            offset = text[: match.end()].count("\n")
            depth, above = 0, None
            for number, member in enumerate(body.splitlines()):
                if depth == 0 and (m := MEMBER.match(member)):
                    field_name, optional, type_text, comment = m.groups()
                    comment = comment or above  # (`/** how many classes a week */` on the line above it)
                    shape = re.sub(r"\s*\|\s*(null|undefined)\b", "", type_text).strip().removesuffix("[]").lower()
                    if shape in shapes:  # (`CloudinaryAsset | null` -> `object | null`: still optional)
                        type_text = re.sub(r"^\s*\w+(\[\])?", "object", type_text)
                    alias = aliases.get(re.sub(r"\s*\|\s*(null|undefined)\b", "", type_text).strip())
                    if alias:  # `unidadeId: Id` with `type Id = string`: the type it stands for
                        type_text = re.sub(r"^\s*\w+", alias[0], type_text)
                    _member(entity, name=field_name, optional=bool(optional), type_text=type_text, comment=comment,
                            line=code.line + offset + number, enums=enums, path=doc.path, numeric=numeric, defined=defined)
                    if alias and alias[1] and entity.fields and entity.fields[-1].name == field_name:
                        entity.fields[-1].type = alias[1]  # (`type DataISO = string` said to hold 'YYYY-MM-DD': a date)
                depth += member.count("{") - member.count("}")
                jsdoc_line = re.fullmatch(r"\s*/\*\*\s*(.*?)\s*\*/\s*", member)
                above = jsdoc_line.group(1) if jsdoc_line else None
            if entity.fields:
                # (the Mongoose document's `interface IFocusSession` beside the domain's `interface FocusSession`:
                # two definitions of one entity, both kept to be merged)
                renamed = name != (match.group(1) or match.group(3) or match.group(4))
                twice = name in entities and (renamed or name in documents)
                entities[f"{name}@{line}" if twice else name] = entity
                if renamed:
                    documents.add(name)
        for union in UNION.finditer(text):  # `type Projeto = ProjetoSemMetodologia | ProjetoComMetodologia`
            members = [entities[m] for m in re.split(r"\s*\|\s*", union.group(2).strip()) if m in entities]
            if len(members) >= 2 and union.group(1) not in entities:
                line = code.line + text[: union.start()].count("\n")
                entities[union.group(1)] = _union(union.group(1), members, doc.path, line,
                                                  " / ".join(code.headings) + " / typescript")
    return list(entities.values())


# `/** Calendar date: 'YYYY-MM-DD' */ export type DayISO = string`: a name for a scalar, and what its comment says it holds
SCALAR_ALIAS = re.compile(r"(?:/\*\*((?:[^*]|\*(?!/))*)\*/[ \t]*\n)?^[ \t]*(?:export\s+)?type\s+([A-Z]\w*)\s*=\s*"
                          r"(string|number|boolean)\b[ \t;]*(?://([^\n]*))?$", re.MULTILINE)
DAY_FORMAT = re.compile(r"\b(?:yyyy|aaaa|jjjj)-mm-dd\b(?![ T]*(?:hh|HH))|calendar date|data de calend|fecha de calend", re.IGNORECASE)
MOMENT_FORMAT = re.compile(r"iso[\s-]?8601|date[- ]?time|timestamp|yyyy-mm-dd[ T]hh", re.IGNORECASE)


def _as_extends(match: re.Match[str]) -> str:
    """`type Job = ScrapedJob & {` written as `interface Job extends ScrapedJob {`, which the reader knows."""
    bases = ", ".join(re.findall(r"[A-Z]\w*", match.group(3)))
    return f"{match.group(1)}interface {match.group(2)} extends {bases} {{"


def _scalar_aliases(text: str) -> dict[str, tuple[str, str | None]]:
    """Each alias of a scalar by name: (the scalar, 'date' or 'datetime' where its comment says which, else None)."""
    out: dict[str, tuple[str, str | None]] = {}
    for match in SCALAR_ALIAS.finditer(text):
        said = f"{match.group(1) or ''} {match.group(4) or ''}"
        kind = None
        if match.group(3) == "string":
            kind = "date" if DAY_FORMAT.search(said) else "datetime" if MOMENT_FORMAT.search(said) else None
        out[match.group(2)] = (match.group(3), kind)
    return out


def _member(entity: RawEntity, *, name: str, optional: bool, type_text: str, comment: str | None, line: int,
            enums: dict[str, list[str]], path: str, numeric: dict[str, list[int]] | None = None,
            defined: set[str] | None = None) -> None:
    """One member of an interface (or a JSDoc typedef's property): a field of the entity, or a note that it is a
    reference to another type."""
    field_name = name
    kind, values, relation = _kind(field_name, type_text, enums)
    listed = re.search(r"\(\s*([A-Za-z_][\w-]*(?:\s*\|\s*[A-Za-z_][\w-]*)+)\s*\)", comment or "")
    if relation and listed and re.fullmatch(r"\s*[A-Z]\w*\s*(\|\s*(null|undefined)\s*)?", type_text):
        # `rankLevel?: RankLevel; // Optional (LION|TIGER|WOLF)`: a type declared elsewhere, its values in the comment
        kind, values, relation = "enum", [v.strip() for v in listed.group(1).split("|")], False
    base = re.sub(r"\s*\|\s*(null|undefined)\b", "", type_text).strip().removesuffix("[]")
    numbers = (numeric or {}).get(base)
    bounds: tuple[int, int] | None = None
    if relation and numbers:  # `minStage: WeaningStage` with `type WeaningStage = 1 | 2 | 3 | 4`: a whole number, bounded
        kind, values, relation, bounds = "int", None, False, (min(numbers), max(numbers))
    if relation and defined is not None and not type_text.strip().endswith("[]") and base not in defined and re.fullmatch(
            r"[A-Z]\w*(?:s|Info|Details|Settings|Preferences|Options|Metadata|Meta|Config|Address|Location|Coordinates|"
            r"Data|Payload|Snapshot|Summary)", base) and not re.search(r"(?<!Addre)(?:ss|us|is)$", base):
        # `nutrients?: Nutrients`, `settings: UserSettings`: a bag of values the spec never defines, kept whole as
        # JSON (`author: Author`, one thing of another kind, stays a reference)
        kind, values, relation = "json", None, False
        entity.notes.append(f"{path}:{line}: {field_name} ({type_text.strip()}) is of a type the spec does not define; "
                            "kept as json")
    if relation:
        entity.notes.append(f"{path}:{line}: {field_name} ({type_text.strip()}) "
                            "reads as a reference to another type, not a column; left out")
    else:
        field = RawField(name=field_name, file=path, line=line,
                         type_text=type_text.strip(), type=kind, enum_values=values,
                         description=(comment or "").strip())
        field.coded = kind == "enum" and bool(values) and all(re.fullmatch(r"-?\d+", v) for v in values or [])
        nullable = bool(optional) or bool(re.search(r"\|\s*(null|undefined)\b", type_text))
        field.nullable, field.required = nullable, not nullable
        field.primary_key = field_name == "id" or bool(re.search(r"\bprimary key\b|\bPK\b", comment or ""))
        if bounds:
            field.ge, field.le = bounds
        scale = re.fullmatch(r"\s*(-?\d+)\s*(?:\.\.|-|–|to)\s*(-?\d+)\s*", comment or "")
        if kind == "float" and scale:  # `energy: number; // 1..5`: a whole-number scale
            field.type, field.ge, field.le = "int", int(scale.group(1)), int(scale.group(2))
        if comment:
            apply_lengths(field, comment)
            # (or in Chinese, Korean or Japanese: `// 최대 플레이어 수 (기본 6)`, `// 默认 0`)
            stated = re.search(rf"(?:\bdefaults?|{CJK_DEFAULT})\s*(?:[:=：]|is|to|为|為|은|は)?"
                               r"\s*(`[^`]+`|'[^']*'|\"[^\"]*\"|-?\d+(?:\.\d+)?(?![\w.])|"
                               r"true\b|false\b|null\b|\[\])", comment, re.IGNORECASE)
            if stated:  # `is_active?: boolean // Default: true`: the value a new row gets
                field.default = parse_literal(stated.group(1).strip("`"))
                field.required = False
            # (`venue: string | null; // text, 会場`: the column's SQL type first, then what it holds)
            stored = re.match(r"\s*(text|varchar\s*\(\s*(\d+)\s*\)|char\s*\(\s*(\d+)\s*\))\s*(?:[,;:]\s*|$)", comment, re.IGNORECASE)
            said = comment[stored.end():] if stored else comment
            if kind == "str" and re.match(r"\s*(uuid|guid)\b", said, re.IGNORECASE):
                field.type = "uuid"  # `cliente_id: string // UUID, FK to Cliente`
            elif kind == "str" and (dated := ISO_COMMENT.match(said)):
                # `expirationDate: string; // ISO date, REQUIRED`: the string a date is sent as
                field.type = "date" if (dated.group(1) or dated.group(2) or "").lower() in ("date", "yyyy-mm-dd") else "datetime"
            elif kind == "str" and stored and not re.search(r"\bFK\b|→|->|\breferences\b|\bPK\b|\bprimary key\b", said,
                                                            re.IGNORECASE):
                if stored.group(1).lower() == "text":
                    field.type = "text"  # `name: string; // text, NOT NULL`: a TEXT column
                else:
                    field.max_length = int(stored.group(2) or stored.group(3))  # `// varchar(120)`: its length
            bare = notes_list(said) if kind == "str" and state_named(field_name) else None
            if bare and len(bare) >= 3 and all(re.fullmatch(r"[A-Za-z][\w-]*", v) for v in bare):
                field.type, field.enum_values = "enum", bare  # `status?: string; // Available, Pending, Adopted`
            if kind == "float" and re.search(r"\bin (milli)?seconds\b|\bin (minutes|hours|days|cents|paise|pence|kobo|centavos|ms)\b|"
                                             r"\bnumber of\b|\bcount of\b|\bwhole\b|\bhow many\b|\bquant[oa]s\b|"
                                             r"\bcu[aá]nt[oa]s\b|\bcombien\b|\bwie viele\b", comment, re.IGNORECASE):
                field.type = "int"  # `duration?: number; // in seconds`: a count of units
            elif kind == "float" and re.search(r"\b(decimal|monetary|money|currency)\b", comment, re.IGNORECASE):
                field.type = "decimal"  # `amount: number; // Positive decimal (max 2 decimal places)`
            if re.search(r"\bunique\b", comment, re.IGNORECASE) and not re.search(
                    r"unique\s*\(\s*[\w\"`]+\s*,|\bper\b|\bwithin\b|\bcomposite\b|\bwith\b", comment, re.IGNORECASE):
                field.unique = True  # `name: string; // text, NOT NULL, UNIQUE (case-insensitive)`
            if not nullable and re.search(r"^\W*(optional|nullable)\b|\((optional|nullable)\)", comment,
                                          re.IGNORECASE):
                field.nullable, field.required = True, False  # `description: string; // Optional note`
        entity.fields = [f for f in entity.fields if f.name != field_name] + [field]


# A string member's comment that says what it holds is a date (`// ISO date`, `// YYYY-MM-DD`) or a moment (`// ISO 8601`,
# `// ISO timestamp`, `// YYYY-MM-DDTHH:mm:ssZ`)
ISO_COMMENT = re.compile(r"\W*(?:an?\s+)?(?:iso[\s-]?(?:8601)?\s*(date(?:[\s-]?time)?|timestamp|string\b|(?=[,;.)]|$))|"
                         r"(yyyy-mm-dd(?:[t\s]hh\S*)?)\b)", re.IGNORECASE)
UNION = re.compile(r"^\s*(?:export\s+)?type\s+([A-Z]\w*)\s*=\s*((?:[A-Z]\w*\s*\|\s*)+[A-Z]\w*)\s*;?\s*$", re.MULTILINE)


def _union(name: str, members: list[RawEntity], path: str, line: int, context: str) -> RawEntity:
    """One of several interfaces (a discriminated union): every member's fields; a field some members lack, or type
    as `null`, is optional, and takes its type from the member that gives one."""
    entity = RawEntity(name=name, kind="typescript", file=path, line=line, context=context)
    names = list(dict.fromkeys(f.name for member in members for f in member.fields))
    for field_name in names:
        defined = [f for member in members for f in member.fields if f.name == field_name]
        typed = next((f for f in defined if f.type is not None), defined[0])
        merged = RawField(**{k: getattr(typed, k) for k in typed.__dataclass_fields__})
        if len(defined) < len(members) or any(f.type is None or f.nullable for f in defined):
            merged.nullable, merged.required = True, False
        entity.fields.append(merged)
    return entity


DRIZZLE_TABLE = re.compile(r"(?:export\s+)?const\s+(\w+)\s*=\s*(?:pg|sqlite|mysql)Table\(\s*['\"](\w+)['\"]\s*,\s*\{")
DRIZZLE_ENUM = re.compile(r"(?:export\s+)?const\s+(\w+)\s*=\s*(?:pg|mysql)Enum\(\s*['\"](\w+)['\"]\s*,\s*\[([^\]]*)\]")
DRIZZLE_COLUMN = re.compile(r"^\s*['\"]?(\w+)['\"]?\s*:\s*(\w+)\(([^)]*)\)(.*?),?\s*(?://.*)?$")
DRIZZLE_TYPES = {"serial": "int", "bigserial": "int", "smallserial": "int", "integer": "int", "int": "int", "smallint": "int",
                 "bigint": "int", "text": "text", "varchar": "str", "char": "str", "boolean": "bool", "timestamp": "datetime",
                 "date": "date", "uuid": "uuid", "numeric": "decimal", "decimal": "decimal", "real": "float",
                 "doublePrecision": "float", "double": "float", "json": "json", "jsonb": "json", "time": "str"}


def drizzle(doc: Document) -> list[RawEntity]:
    """Drizzle ORM tables: `export const posts = pgTable("posts", { title: varchar("title", { length: 200 }).notNull() })`."""
    out = []
    # pgEnum declarations anywhere in the file: an Enums section often comes before the tables' block
    enums = {m.group(1): re.findall(r"['\"]([^'\"]+)['\"]", re.sub(r"//[^\n]*", "", m.group(3)))
             for code in doc.code for m in DRIZZLE_ENUM.finditer(code.text)}
    for code in doc.code:
        text = code.text
        for match in DRIZZLE_TABLE.finditer(text):
            body, end = _body(text, match.end())
            base_line = code.line + text[: match.end()].count("\n")
            entity = RawEntity(name=match.group(1), table=match.group(2), kind="typescript", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"), context=" / ".join(code.headings) + " / drizzle")
            _drizzle_columns(entity, body, base_line, enums, doc.path)
            # the table's extra config, `(table) => [index("x_idx").on(table.merchantId)]`: one-column indexes
            extra = re.match(r"\s*,\s*\(?\s*(\w+)\s*\)?\s*=>\s*(?:\(\s*)?[\[{](.*?)\n\s*[\]}]\s*\)?\s*\)", text[end:], re.DOTALL)
            for unique, column in re.findall(r"(uniqueIndex|index)\(\s*(?:['\"][^'\"]*['\"])?\s*\)\s*\.on\(\s*\w+\.(\w+)\s*\)",
                                             extra.group(2) if extra else ""):
                for field in entity.fields:
                    if field.name == column:
                        field.index, field.unique = True, field.unique or unique == "uniqueIndex"
            if entity.fields:
                out.append(entity)
        known = [m for m in map(DRIZZLE_COLUMN.match, text.splitlines()) if m and m.group(2) in DRIZZLE_TYPES]
        if not DRIZZLE_TABLE.search(text) and not START.search(text) and len(known) >= 3:
            # `{ name: text().notNull(), ... }` under `### tournament`: a table's columns without the pgTable call
            name = entity_name(code.headings) or "unnamed"
            entity = RawEntity(name=name, table=name, kind="typescript", file=doc.path, line=code.line,
                               context=" / ".join(code.headings) + " / drizzle")
            _drizzle_columns(entity, text, code.line, enums, doc.path)
            if entity.fields:
                out.append(entity)
    return out


def _drizzle_columns(entity: RawEntity, body: str, base_line: int, enums: dict[str, list[str]], path: str) -> None:
    """The column builders of one table body: `title: varchar("title", { length: 200 }).notNull()`."""
    lines = body.splitlines()
    for number, line in enumerate(lines):
        following = number + 1
        while following < len(lines) and line.count("(") > line.count(")"):
            # `depositStatus: text('deposit_status', {` over `enum: [...]` and `}).default('pending')`: one column
            line, lines[following] = line.rstrip() + " " + lines[following].strip(), ""
            following += 1
        while following < len(lines) and re.match(r"\s*\.[\w$]", lines[following]):  # a chain over several lines
            line, lines[following] = line.rstrip() + lines[following].strip(), ""
            following += 1
        m = DRIZZLE_COLUMN.match(line)
        if not m:
            continue
        name, func, args, chain = m.groups()
        kind = DRIZZLE_TYPES.get(func)
        values = enums.get(func)
        if kind is None and values is None and not re.fullmatch(r"[a-z]\w*", func):
            continue  # not a column builder; an unknown builder (inet, bytea) stays, untyped: an open point
        if values is None and (listed := re.search(r"\benum\s*:\s*\[([^\]]*)\]", args)):
            values = re.findall(r"['\"]([^'\"]+)['\"]", listed.group(1)) or None  # `text('status', { enum: [...] })`
        field = RawField(name=name, file=path, line=base_line + number, type_text=f"{func}({args}){chain}",
                         type="enum" if values else kind, enum_values=values)
        mode = re.search(r"mode\s*:\s*['\"](\w+)['\"]", args)  # sqlite integer/text columns with a JS mode
        if mode and values is None:
            field.type = {"timestamp": "datetime", "timestamp_ms": "datetime", "boolean": "bool",
                          "json": "json", "date": "date"}.get(mode.group(1), field.type)
        length = re.search(r"length\s*:\s*(\d+)", args)
        if length and field.type == "str":
            field.max_length = int(length.group(1))
        if ".array()" in chain:
            field.type = "list[str]" if kind in ("text", "str") else "json"
        if field.type == "json" and re.search(r"\.\$type<\s*(?:string\s*\[\]|Array<\s*string\s*>)\s*>", chain):
            field.type = "list[str]"  # `jsonb("tags").$type<string[]>()`: a JSON column that holds strings
        field.primary_key = ".primaryKey()" in chain
        field.unique = ".unique()" in chain
        field.foreign_key = ".references(" in chain
        field.nullable = ".notNull()" not in chain and not field.primary_key
        default = re.search(r"\.default\((.*?)\)(?:\.|$)", chain)
        if re.search(r"\.defaultNow\(\)|\.\$defaultFn\(|\.\$onUpdate", chain):
            field.default = "now()" if field.type == "datetime" else "auto"
        elif ".defaultRandom()" in chain:
            field.default = "gen_random_uuid()"
        elif default:
            from backend_builder.spec.extract.constraints import parse_literal
            field.default = parse_literal(default.group(1).replace("sql`", "").rstrip("`"))
        field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
        comment = line.split("//", 1)[1] if "//" in line else ""
        quoted = len(re.findall(r"['\"`][\w-]+['\"`]", comment)) >= 2  # values, not a remark
        listed = enum_values(comment) if quoted and field.type in ("text", "str") else None
        if listed:  # `status: text().default('active'), // 'active', 'completed'`
            field.type, field.enum_values = "enum", listed
        entity.fields.append(field)
