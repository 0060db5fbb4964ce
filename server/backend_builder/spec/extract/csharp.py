"""C# (and Java/Kotlin-style) entity classes in code blocks: `public string Title { get; set; }` with attributes."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import declared_enums, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField

LANGS = ("csharp", "cs", "c#", "dotnet")
CLASS = re.compile(r"^\s*(?:\[[^\]]*\]\s*)*(?:public\s+|internal\s+)?(?:sealed\s+|abstract\s+|partial\s+)*(?:class|record)\s+"
                   r"([A-Z]\w*)(?:\s*\([^)]*\))?(?:\s*:\s*([\w<>, .]+?))?\s*\{", re.MULTILINE)
PROPERTY = re.compile(r"^\s*public\s+(?:required\s+|virtual\s+|override\s+)*([\w<>\[\]?.,\s]+?)\s+([A-Z]\w*)\s*\{\s*get;"
                      r"[^}]*\}\s*(?:=\s*([^;]+);)?")
ATTRIBUTE = re.compile(r"^\s*\[([^\]]+)\]\s*$")
TYPES = {"string": "str", "int": "int", "long": "int", "short": "int", "byte": "int", "int32": "int", "int64": "int",
         "decimal": "decimal", "double": "float", "float": "float", "single": "float", "bool": "bool", "boolean": "bool",
         "datetime": "datetime", "datetimeoffset": "datetime", "dateonly": "date", "guid": "uuid", "timeonly": "str",
         "jsondocument": "json", "jsonelement": "json"}
NO_VALUE = re.compile(r"^(string\.empty|null!?|default!?|new\(\)|\"\"|new\s+\w+.*)$", re.IGNORECASE)


def _body(text: str, start: int) -> str:
    depth, i = 1, start
    while i < len(text) and depth:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return text[start: i - 1]


def extract(doc: Document) -> list[RawEntity]:
    out: list[RawEntity] = []
    enums = declared_enums(doc.text)
    for code in doc.code:
        if code.lang not in LANGS and not (not code.lang and re.search(r"\{\s*get;\s*(set|init);", code.text)):
            continue
        text = code.text
        for match in CLASS.finditer(text):
            body = _body(text, match.end())
            first = code.line + text[: match.end()].count("\n")
            entity = RawEntity(name=match.group(1), kind="csharp", file=doc.path,
                               line=code.line + text[: match.start()].count("\n"),
                               context=" / ".join(code.headings) + " / bases " + (match.group(2) or ""))
            attributes: list[str] = []
            for number, line in enumerate(body.splitlines()):
                if attr := ATTRIBUTE.match(line):
                    attributes.append(attr.group(1))
                    continue
                prop = PROPERTY.match(line)
                if not prop:
                    if line.strip() and not line.strip().startswith("//"):
                        attributes = []
                    continue
                type_text, name, initial = prop.group(1).strip(), prop.group(2), (prop.group(3) or "").strip()
                nullable = type_text.endswith("?")
                base = type_text.rstrip("?").split(".")[-1]
                lowered = base.lower()
                field = RawField(name=name, file=doc.path, line=first + number, type_text=type_text)
                if re.fullmatch(r"(list|ilist|icollection|ienumerable|hashset)<string>|string\[\]", lowered):
                    field.type = "list[str]"
                elif lowered in TYPES:
                    field.type = TYPES[lowered]
                elif lowered in enums:
                    field.type, field.enum_values = "enum", enums[lowered]
                elif re.search(r"[<\[]", base) or base[:1].isupper():
                    entity.notes.append(f"{doc.path}:{first + number}: {name} ({type_text}) reads as a reference to "
                                        "another entity, not a column; left out")
                    attributes = []
                    continue  # a navigation property (another entity, a collection of them)
                field.nullable = nullable
                field.primary_key = name == "Id" or any(a.strip() == "Key" for a in attributes)
                for attr in attributes:
                    if m := re.match(r"(MaxLength|StringLength)\(\s*(\d+)", attr):
                        field.max_length = int(m.group(2))
                    if m := re.search(r"MinimumLength\s*=\s*(\d+)|MinLength\(\s*(\d+)", attr):
                        field.min_length = int(m.group(1) or m.group(2))
                    if re.match(r"Required\b", attr):
                        field.nullable = False
                if initial and not NO_VALUE.match(initial):
                    value = initial.split(".")[-1] if field.type == "enum" else initial.rstrip("mMfFdD") if re.fullmatch(
                        r"-?\d+(\.\d+)?[mMfFdD]", initial) else initial
                    field.default = "now()" if re.search(r"DateTime(Offset)?\.(Utc)?Now", initial) else (
                        value if field.type == "enum" else parse_literal(value))
                field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
                entity.fields.append(field)
                attributes = []
            if entity.fields:
                out.append(entity)
    return out
