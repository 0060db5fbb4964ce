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


def braced_body(text: str, start: int) -> str:
    """The text inside the braces opened just before `start`, up to the one that closes them."""
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
            body = braced_body(text, match.end())
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
                elif re.fullmatch(r"i?(?:readonly)?dictionary<.*>|jsonobject|jsonnode|expandoobject", lowered):
                    field.type = "json"  # `Dictionary<string, object> Metadata`: a bag of values, kept whole
                elif lowered == "timezoneinfo":
                    field.type = "str"  # `TimeZoneInfo TimeZone`: stored as its id ('Europe/Amsterdam')
                elif re.fullmatch(r"[A-Z]\w*", base) and re.search(rf"\brecord\s+(?:struct\s+)?{re.escape(base)}\s*\(", doc.text):
                    field.type = "json"  # `Location? PhysicalLocation` with `public record Location(...)`: a value object
                elif re.fullmatch(r"[A-Z]\w*(?:Status|State|Type|Kind|Category|Level|Role|Mode|Priority|Stage)", base) and (
                        listed := re.search(r"//\s*((?:[A-Za-z]\w*\s*[,|/]\s*)+[A-Za-z]\w*)\s*$", line)):
                    # `ReservationStatus Status { get; set; }   // Pending, Confirmed, Cancelled`: an enum the document
                    # does not declare, its values in the comment
                    field.type, field.enum_values = "enum", re.split(r"\s*[,|/]\s*", listed.group(1).strip())
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
                if initial in ("TimeZoneInfo.Utc", "TimeZoneInfo.Local") and field.type == "str":
                    field.default = "UTC" if initial.endswith("Utc") else NO_DEFAULT
                if initial and re.fullmatch(r"new\s*(?:[\w<>, ]+)?\(\s*\)|\[\s*\]", initial) and field.type in ("json", "list[str]"):
                    # `Dictionary<string, object> Metadata { get; init; } = new();`: empty unless given
                    field.default = [] if field.type == "list[str]" or initial.startswith("[") else {}
                field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
                entity.fields.append(field)
                attributes = []
            if entity.fields:
                _constructor(entity, body)
                out.append(entity)
    code = "\n".join(c.text for c in doc.code if c.lang in LANGS or re.search(r"EntityTypeBuilder<|\b\w*[bB]uilder\.Entity<", c.text))
    for entity in out:
        fluent(entity, code)
    return out


def _constructor(entity: RawEntity, body: str) -> None:
    """`public Photo(Guid albumId, string fileName, int displayOrder = 0, string caption = null)`: what creating one
    takes. A parameter given `= null` is optional, another default is the column's default."""
    ctor = re.search(rf"\bpublic\s+{entity.name}\s*\(([^)]*)\)", body)
    if not ctor:
        return
    by_name = {f.name.lower(): f for f in entity.fields}
    for param in re.split(r",(?![^<>]*>)", ctor.group(1)):
        match = re.fullmatch(r"\s*([\w<>\[\]?.]+)\s+(\w+)\s*(?:=\s*(.+?))?\s*", param)
        field = by_name.get(match.group(2).lower()) if match else None
        if field is None or field.primary_key or not match:
            continue
        value = (match.group(3) or "").strip()
        if value in ("null", "default"):
            field.required, field.nullable = False, True
        elif value:
            field.default = parse_literal(value.rstrip("mMfFdD") if re.fullmatch(r"-?\d+(\.\d+)?[mMfFdD]", value) else value)
            field.required = False


def fluent(entity: RawEntity, code: str) -> None:
    """EF Core's configuration of the entity: `builder.Property(x => x.FileName).IsRequired().HasMaxLength(255);`,
    `builder.HasIndex(x => x.AlbumId)`, in an `IEntityTypeConfiguration<Photo>` or `modelBuilder.Entity<Photo>(...)`."""
    # (the model builder under any name: `modelBuilder.Entity<X>`, ABP's `builder.Entity<X>(b => ...)`)
    start = re.search(rf"(?:EntityTypeBuilder|IEntityTypeConfiguration|\b\w*[bB]uilder\.Entity)\s*<\s*{entity.name}\s*>", code)
    if not start:
        return
    rest = code[start.end():]
    following = re.search(r"(?:EntityTypeBuilder|IEntityTypeConfiguration|\b\w*[bB]uilder\.Entity)\s*<\s*(?!" + entity.name
                          + r"\s*>)\w+\s*>", rest)
    rest = rest[: following.start()] if following else rest
    by_name = {f.name: f for f in entity.fields}
    for call in re.finditer(r"\.Property\(\s*\w+\s*=>\s*\w+\.(\w+)\s*\)([^;]*);", rest):
        field = by_name.get(call.group(1))
        if field is None:
            continue
        chain = call.group(2)
        if length := re.search(r"\.HasMaxLength\(\s*(\d+)\s*\)", chain):
            field.max_length = int(length.group(1))
        if re.search(r"\.IsRequired\(\s*(true)?\s*\)", chain):
            field.nullable = False
            field.required = field.default is NO_DEFAULT
        if value := re.search(r"\.HasDefaultValue\(\s*([^()]+?)\s*\)", chain):
            field.default, field.required = parse_literal(value.group(1)), False
    for index in re.finditer(r"\.HasIndex\(\s*\w+\s*=>\s*\w+\.(\w+)\s*\)([^;]*);", rest):
        field = by_name.get(index.group(1))
        if field is not None:
            field.index = True
            field.unique = field.unique or ".IsUnique(" in index.group(2)
