"""Mongoose schemas in code blocks: `const bagSchema = new Schema({ bagCode: { type: String, required: true, unique: true },
status: { type: String, enum: ['Available', 'Used'], default: 'Available' } }, { timestamps: true })`.

They say what a TypeScript interface leaves out (required, defaults, closed lists, indexes), so the model a schema
is registered as (`model('BloodBag', bagSchema)`) is read as an entity of its own, which the interface merges into.
"""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import apply_words, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.typescript import whole_number

# (`Schema({...})` called without `new` builds the same schema)
SCHEMA = re.compile(r"(?:const|let|var)\s+(\w+)\s*=\s*(?:new\s+)?(?:mongoose\s*\.\s*)?Schema\s*(?:<[^>(]*>)?\s*\(\s*\{")
MODEL = re.compile(r"\bmodel\s*(?:<[^>(]*>)?\s*\(\s*['\"](\w+)['\"]\s*,\s*(\w+)")
TYPES = {"string": "str", "number": "float", "boolean": "bool", "date": "datetime", "objectid": "str", "mixed": "json",
         "map": "json", "object": "json", "decimal128": "decimal", "bigint": "int", "uuid": "uuid", "array": "json"}
LANGS = ("", "ts", "typescript", "tsx", "js", "javascript", "jsx", "mjs", "json", "jsonc", "json5")
# A field's options object (`rating: { type: Number, min: 1 }`), not a field named `type` in a listing of pseudo-code
# (`type: String (required), // "flight", "hotel"`), which the line readers take
NESTED_OPTION = re.compile(r"\{\s*[\"']?type[\"']?\s*:\s*[\"']?(String|Number|Date|Boolean|ObjectId|Schema\.Types)\b")
# `type: String`, or as JSON writes it, `"type": "String"`: a schema's options object
TYPED_OPTION = re.compile(r"\b[\"']?type[\"']?\s*:\s*[\"']?(String|Number|Date|Boolean|ObjectId|Schema\.Types)\b")


def bracket_end(text: str, start: int, opening: str, closing: str) -> int:
    """The index just past the bracket that closes the one opened before `start` (quotes skipped)."""
    depth, i, quote = 1, start, ""
    while i < len(text) and depth:
        char = text[i]
        if quote:
            quote = "" if char == quote and text[i - 1] != "\\" else quote
        elif char in "'\"`":
            quote = char
        elif char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
        i += 1
    return i


def top_level_parts(body: str) -> list[tuple[int, str]]:
    """The parts of a literal's body between its top-level commas (none inside quotes or brackets), each with the
    offset it starts at."""
    out, depth, start, quote = [], 0, 0, ""
    for i, char in enumerate(body + ","):
        if quote:
            quote = "" if char == quote and body[i - 1] != "\\" else quote
        elif char in "'\"`":
            quote = char
        elif char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
        elif char == "," and depth == 0:
            out.append((start, body[start:i]))
            start = i + 1
    return out


def object_members(body: str) -> list[tuple[str, str, int]]:
    """The top-level `key: value` pairs of an object literal, with each one's line offset."""
    out = []
    for start, part in top_level_parts(body):
        found = re.match(r"\s*(?://[^\n]*\s*)*['\"]?([A-Za-z_$][\w$]*)['\"]?\s*:\s*(.*)$", part, re.DOTALL)
        if found:
            out.append((found.group(1), found.group(2).strip(), body[:start].count("\n") + part[: found.start(1)].count("\n")))
    return out


def _type(value: str, schemas: set[str]) -> str | None:
    bare = re.sub(r"^(mongoose\s*\.\s*)?(Schema\s*\.\s*)?(Types\s*\.\s*)?", "", value.strip().strip("\"'")).strip()
    if bare.startswith("[") or bare.lower().startswith("array"):
        inner = re.sub(r"[\"']", "", bare.strip("[] "))  # (`["String"]`, `[{ "type": "String", "index": true }]`)
        # (ObjectIds too: `[{ type: mongoose.Schema.Types.ObjectId, ref: 'Tag' }]` answers as a list of id strings)
        return "list[str]" if re.fullmatch(r"(\{\s*type\s*:\s*)?(?:mongoose\s*\.\s*)?(?:Schema\s*\.\s*)?(?:Types\s*\.\s*)?"
                                           r"(?:String|ObjectId)\s*(,[^{}]*)?\}?", inner) else "json"
    if bare.startswith("{") or bare in schemas:
        return "json"  # a nested object or an embedded sub-document
    return TYPES.get(bare.lower())


def _default(value: str) -> object:
    text = value.strip()
    if re.fullmatch(r"Date\s*\.\s*now(\s*\(\s*\))?", text):
        return "now"
    arrow = re.fullmatch(r"\(\s*\)\s*=>\s*\(?\s*(\{\s*\}|\[\s*\])\s*\)?", text)
    if arrow:
        return {} if arrow.group(1).startswith("{") else []
    if re.fullmatch(r"\{\s*\}|\[\s*\]", text):
        return {} if text.startswith("{") else []
    if re.fullmatch(r"[A-Za-z_$][\w$.]*(\(.*\))?", text, re.DOTALL) and text not in ("true", "false"):
        return NO_DEFAULT  # a constant or a function the code computes (`DEFAULT_TTL`, `generateCode()`)
    literal = parse_literal(text)
    return NO_DEFAULT if literal is None else literal


def _field(name: str, value: str, *, path: str, line: int, schemas: set[str]) -> RawField | None:
    listed = re.match(r"\[\s*\{", value)  # `tags: [{ type: String, index: true }]`: the options of each item
    options = (value.startswith("{") or listed) and re.search(r"\b[\"']?type[\"']?\s*:", value)
    type_value = value
    if options:
        opened = value.index("{") + 1
        body = value[opened:bracket_end(value, opened, "{", "}") - 1]
        members = {k: v for k, v, _ in object_members(body)}
        type_value = members.get("type", "").strip("\"'")
        type_value = f"[{type_value}]" if listed else type_value
        if "type" not in members and not listed:
            type_value, members = "{}", {}  # `seo: { title: { type: String }, keywords: [String] }`: a nested object
    else:
        members = {}
    kind = _type(type_value, schemas)
    if kind is None and re.fullmatch(r"true|false", value.strip()):
        # (`isDeleted: false`: a value in the type's place, which the prose calls a flag: a boolean of that default)
        return RawField(name=name, file=path, line=line, type_text=value.strip(), type="bool",
                        default=value.strip() == "true", required=False, nullable=False)
    if kind is None:
        return None
    field = RawField(name=name, file=path, line=line, type_text=re.sub(r"\s+", " ", type_value)[:60], type=kind)
    if "ObjectId" in type_value:
        field.foreign_key = "ref" in members
    _options(field, members, kind)
    return field


# What a sketch of a document writes after a member's type: `String (indexed, unique)`, `ObjectId (ref: Warehouse)`
SKETCH_NOTE = re.compile(r"\s*\(([^()]*)\)\s*$")


def _sketched(name: str, value: str, *, path: str, line: int) -> RawField | None:
    """A member of a document sketched as an object (not code a schema runs): its constructor's type, with the words in
    parentheses after it, or `Enum ['a', 'b']`, its values; a member typed by its constructor alone is optional as
    Mongoose makes it, presumed: a sketch says nothing of presence, so a request table or a rule may."""
    listed = re.fullmatch(r"(?i:enum)\s*\[([^\[\]]*)\]\s*", value)
    if listed and (values := re.findall(r"['\"]([^'\"]+)['\"]", listed.group(1))):
        return RawField(name=name, file=path, line=line, type_text=value.strip(), type="enum", enum_values=values)
    note = SKETCH_NOTE.search(value) if not value.lstrip().startswith(("{", "[")) else None
    field = _field(name, value[:note.start()] if note else value, path=path, line=line, schemas=set())
    if field is not None and not value.lstrip().startswith("{"):
        field.presumed = True  # (`title: String`: optional as Mongoose makes it, but no word of presence; others may say)
    if field is not None and note:
        field.description = note.group(1).strip()
        apply_words(field, note.group(1))
        field.foreign_key = field.foreign_key or bool(re.match(r"\s*ref\b", note.group(1), re.IGNORECASE))
    return field


def _options(field: RawField, members: dict[str, str], kind: str) -> None:
    """What a field's options object says beside its type: required, enum, default, unique, index, lengths, bounds."""
    field.required = bool(re.match(r"\[?\s*true\b", members.get("required", "")))
    field.nullable = not field.required
    if "enum" in members:
        field.enum_values = re.findall(r"['\"]([^'\"]+)['\"]", members["enum"].split("]")[0]) or None
        field.type = "enum" if field.enum_values and kind == "str" else kind
    if "default" in members:
        field.default = _default(members["default"])
        if kind == "float" and type(field.default) is int and (whole_number(field.name) or re.search(
                r"(likes|views|vistas|visits|visitas|clicks|shares|downloads|votes|followers|stars)$", field.name, re.IGNORECASE)):
            field.type = "int"  # `likes: { type: Number, default: 0 }`: a counter, a whole number
        if field.default is not NO_DEFAULT:
            field.required = False
    field.unique = members.get("unique", "").startswith("true")
    field.index = members.get("index", "").startswith("true") or field.unique
    for key, attr in (("maxlength", "max_length"), ("minlength", "min_length"), ("min", "ge"), ("max", "le")):
        number = re.match(r"\[?\s*(-?\d+(?:\.\d+)?)", members.get(key, members.get(key.replace("length", "Length"), "")))
        if number:
            setattr(field, attr, int(float(number.group(1))) if attr.endswith("length") else float(number.group(1)))


# `export const CustomerModel = { firstName: { type: "string", required: true, maxLength: 50 }, ... }`: a plain object of
# field descriptors (a validation layer's model), its types written as strings
DESCRIBED = re.compile(r"(?:export\s+)?(?:const|let|var)\s+([A-Z]\w*?)(?:Model|Schema|Fields|Definition)?\s*(?::\s*[\w.<>]+\s*)?=\s*\{")
DESCRIPTOR_TYPES = {"string": "str", "text": "text", "email": "str", "phone": "str", "url": "str", "uri": "str",
                    "password": "str", "number": "float", "integer": "int", "int": "int", "float": "float",
                    "decimal": "decimal", "money": "decimal", "boolean": "bool", "bool": "bool", "date": "date",
                    "datetime": "datetime", "timestamp": "datetime", "time": "str", "uuid": "uuid", "json": "json",
                    "object": "json", "array": "json"}


def _described(name: str, value: str, *, path: str, line: int) -> RawField | None:
    if not value.startswith("{"):
        return None
    members = {k: v.strip() for k, v, _ in object_members(value[1:bracket_end(value, 1, "{", "}") - 1])}
    written = members.get("type", "").strip("\"'`").lower()
    kind = DESCRIPTOR_TYPES.get(written)
    if kind is None or re.match(r"true\b", members.get("auto", "")):
        return None  # (`createdAt: { type: "datetime", auto: true }`: the server's)
    if kind == "float" and whole_number(name):
        kind = "int"
    field = RawField(name=name, file=path, line=line, type_text=written, type=kind)
    _options(field, members, kind)
    return field


def _descriptor_models(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in LANGS:
            continue
        text = re.sub(r"(^|[^:\"'\w])//[^\n]*", r"\1", code.text)
        for match in DESCRIBED.finditer(text):
            end = bracket_end(text, match.end(), "{", "}")
            members = object_members(text[match.end(): end - 1])
            described = [m for m in members if re.match(r"\{\s*type\s*:\s*['\"][a-z]+['\"]", m[1])]
            if len(described) < 2 or len(described) < 0.8 * len(members):
                continue  # (a constant of settings or of routes, not a model's fields)
            base_line = code.line + text[: match.end()].count("\n")
            entity = RawEntity(name=match.group(1), kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"),
                               context=" / ".join(code.headings) + " / field descriptors")
            for key, value, offset in members:
                if (field := _described(key, value, path=doc.path, line=base_line + offset)) is not None:
                    entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out


def extract(doc: Document) -> list[RawEntity]:
    out = _descriptor_models(doc)
    for code in doc.code:
        if code.lang not in LANGS or ("Schema" not in code.text and not TYPED_OPTION.search(code.text) and len(
                re.findall(r"^\s*\w+\s*:\s*(?:String|Number|Date|Boolean|ObjectId)\s*,?\s*(?://|$)", code.text, re.MULTILINE)) < 3):
            continue
        text = re.sub(r"(^|[^:\"'\w])//[^\n]*", r"\1", code.text)  # (`"required": true // Dalam bytes`: JSON with comments)
        models = {variable: name for name, variable in MODEL.findall(doc.text)}
        found = list(SCHEMA.finditer(text))
        schemas = {m.group(1) for m in found}
        for match in found:
            end = bracket_end(text, match.end(), "{", "}")
            body = text[match.end(): end - 1]
            variable = match.group(1)
            name = models.get(variable) or re.sub(r"Schema$", "", variable)
            if not models.get(variable) and (re.search(r"\b_id\s*:\s*false\b", text[end:end + 80])):
                continue  # `{ _id: false }`: a sub-document held inside another, not a collection
            base_line = code.line + text[: match.end()].count("\n")
            # (`## pull_requests` over `const PRSchema = new Schema(...)`: the collection the heading names)
            collection = re.fullmatch(r"\W*`?([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+s)`?\s*", code.headings[-1]) if code.headings else None
            entity = RawEntity(name=name[:1].upper() + name[1:], kind="orm", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"),
                               table=collection.group(1) if collection and len(found) == 1 else None,
                               context=" / ".join(code.headings) + " / mongoose")
            for key, value, offset in object_members(body):
                field = _field(key, value, path=doc.path, line=base_line + offset, schemas=schemas)
                if field is not None:
                    entity.fields.append(field)
            for index in re.finditer(rf"\b{re.escape(variable)}\s*\.\s*index\s*\(\s*\{{\s*['\"]?(\w+)['\"]?\s*:\s*"
                                     rf"(?:-?1|['\"](?:2dsphere|2d|hashed)['\"])\s*\}}", text):  # (a geo or hashed one too)
                for field in entity.fields:  # `bagSchema.index({ expiryDate: 1 })`: one column, an index
                    field.index = field.index or field.name == index.group(1)
            if len(entity.fields) >= 2:
                out.append(entity)
        bare = re.fullmatch(r"\s*\{(.*)\}\s*;?\s*", text, re.DOTALL) if not found else None
        heading = next((m for h in reversed(code.headings) if (m := re.fullmatch(
            r"(?:\d+(?:\.\d+)*[.)]?\s+|[A-Z]{2,6}-?\d+\s*[:.\-–—]\s*)?`?([A-Z][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9]*)*?)`?"
            r"(?:\s+Data)?\s+(?i:model|schema|collection|document)(?:\s*[(（]\s*`?(\w+)`?\s*[)）])?\s*", h.strip()))
                        and m.group(1).lower() not in ("data", "database", "db", "mongodb", "mongo", "document")), None)
        # ('## Data Schema' names nothing; '# REQ-006: Recipe Data Model' above it names the Recipe)
        # (a heading that ends there: '# MongoDB Schema Collection Design', the document's title, names none)
        members = object_members(bare.group(1)) if bare and heading else []
        typed_words = sum(bool(re.fullmatch(r"(?:String|Number|Date|Boolean|ObjectId|Mixed|Decimal128|Buffer|Map|"
                                            r"(?:mongoose\s*\.\s*)?Schema\s*\.\s*Types\s*\.\s*\w+)", SKETCH_NOTE.sub("", value).strip()))
                          for _key, value, _offset in members)
        if bare and heading and (NESTED_OPTION.search(text) or typed_words >= max(3, 0.6 * len(members))):
            # (or the object's members typed by the constructor's name alone: `title: String, // Event title`)
            # `# Patient Model` over a fence holding the schema's object alone, `{ firstName: { type: String, ... } }`
            # (or `## 2. Documents Collection (`documents`)` over the same object in JSON)
            entity = RawEntity(name=heading.group(1).replace(" ", ""), kind="orm", file=doc.path, line=code.line,
                               table=heading.group(2),
                               context=" / ".join(code.headings) + " / mongoose")
            for key, value, offset in members:
                if key == "_id":
                    continue  # (the ObjectId every document has)
                field = _sketched(key, value, path=doc.path, line=code.line + offset)
                if field is not None:
                    entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out
