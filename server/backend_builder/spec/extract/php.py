"""PHP classes in code blocks, as Symfony and Laravel specs write their domain models: `class CustomerMaterial { private
string $customerId; private ?Money $price; private bool $isAvailable; }`, or promoted constructor properties. A `?` type
may be null; a property with a default is not asked of the client; a PHP `enum` backed by strings is a closed list;
another class is a value object or a relation, and a note says so."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField

CLASS = re.compile(r"^\s*(?:#\[[^\]]*\]\s*)*(?:final\s+|abstract\s+|readonly\s+)*class\s+([A-Z]\w*)\b[^{]*\{", re.MULTILINE)
PROPERTY = re.compile(r"^\s*(?:#\[[^\]]*\]\s*)*(?:public|protected|private)\s+(?:readonly\s+)?(?P<type>\??[\\\w|]+)\s+"
                      r"\$(?P<name>[A-Za-z_]\w*)\s*(?:=\s*(?P<default>[^;,]+?))?\s*[;,]", re.MULTILINE)
ENUM = re.compile(r"\benum\s+([A-Z]\w*)\s*:\s*string\s*\{([^}]*)\}")
TYPES = {"string": "str", "int": "int", "float": "float", "bool": "bool", "array": "json", "datetimeimmutable": "datetime",
         "datetime": "datetime", "datetimeinterface": "datetime", "carbon": "datetime", "carbonimmutable": "datetime",
         "uuid": "uuid", "uuidinterface": "uuid", "ulid": "str"}
# Value objects a domain model wraps its columns in, by the kind of value they hold.
VALUE_OBJECTS = {"money": "decimal", "price": "decimal", "amount": "decimal", "email": "str", "emailaddress": "str"}


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = {m.group(1).lower(): re.findall(r"case\s+\w+\s*=\s*['\"]([^'\"]+)['\"]", m.group(2))
             for code in doc.code for m in ENUM.finditer(code.text)}
    # (`final class Posnr { private string $value; }`: a value object that wraps one value)
    wrappers = {m.group(1).lower() for code in doc.code for m in CLASS.finditer(code.text)
                if len(PROPERTY.findall(_body(code.text, m.end()))) <= 1}
    for code in doc.code:
        if code.lang not in ("php", "") or (code.lang == "" and "<?php" not in code.text and "$" not in code.text):
            continue
        for match in CLASS.finditer(code.text):
            body = _body(code.text, match.end())
            entity = RawEntity(name=match.group(1), kind="orm", file=doc.path,
                               line=code.line + code.text[: match.start(1)].count("\n"), context=" / ".join(code.headings) + " / php")
            for prop in PROPERTY.finditer(body):
                line = code.line + code.text[: match.end() + prop.start()].count("\n")
                field = _field(prop, enums=enums, wrappers=wrappers, entity=entity, path=doc.path, line=line)
                if field is not None:
                    entity.fields.append(field)
            if len(entity.fields) >= 2:
                out.append(entity)
    return out


def _body(text: str, start: int) -> str:
    """The class's body, from after its `{` to the matching `}`."""
    depth = 1
    for i in range(start, len(text)):
        depth += (text[i] == "{") - (text[i] == "}")
        if depth == 0:
            return text[start:i]
    return text[start:]


def _field(prop: re.Match[str], *, enums: dict[str, list[str]], wrappers: set[str], entity: RawEntity, path: str,
           line: int) -> RawField | None:
    type_text, name = prop.group("type"), prop.group("name")
    nullable = type_text.startswith("?") or "null" in type_text.lower().split("|")
    base = next((t for t in type_text.lstrip("?").split("|") if t.lower() != "null"), "").rsplit("\\", 1)[-1]
    end = prop.string.find("\n", prop.end())
    comment = re.match(r"\s*//\s*(.*)", prop.string[prop.end(): end if end >= 0 else len(prop.string)])  # `// FK to customers`
    field = RawField(name=name, file=path, line=line, type_text=type_text, description=comment.group(1).strip() if comment else "")
    lowered = base.lower()
    if lowered in TYPES:
        field.type = TYPES[lowered]
    elif enums.get(lowered):
        field.type, field.enum_values = "enum", enums[lowered]
    elif lowered in VALUE_OBJECTS:
        field.type = VALUE_OBJECTS[lowered]  # `?Money $price` ("Amount + currency"): the amount
    elif lowered in wrappers and lowered == name.lower():
        field.type = "str"  # `Posnr $posnr`: a value object of the spec's, named like the property, wrapping one value
    else:
        entity.notes.append(f"{path}:{line}: {name} ({type_text}) is another class, a relation or an embedded object, not a "
                            "column; left out")
        return None
    field.nullable = nullable
    field.primary_key = name == "id"
    if prop.group("default") is not None and prop.group("default").strip().lower() != "null":
        field.default = parse_literal(prop.group("default").strip())
    field.required = not nullable and prop.group("default") is None and not field.primary_key
    return field
