"""Models stated as scenario sentences (OpenSpec's Given/When/Then): under `### Requirement: Department Model`,
"**And** must have a `slug` field of type String with unique constraint", then "the `slug` field must have a database
index" and "`shortDescription` must not be null (required field)" in the requirement's other scenarios."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import apply_words
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import classify

# "must have a `name` field of type String with unique constraint", "shall include an optional `notes` column (Text)"
FIELD_SENTENCE = re.compile(r"\b(?:must|shall|should|will)\s+(?:have|include|contain)\s+(?:an?\s+)?(?P<lead>(?:[\w-]+\s+){0,2}?)"
                            r"`(?P<name>[A-Za-z_]\w*)`\s+(?:field|column|property|attribute)\b"
                            r"(?:\s+(?:of\s+type|typed(?:\s+as)?|as)\s+`?(?P<type>[A-Za-z][\w\[\]]*\??)`?|\s*\((?P<paren>[^()]+)\))?"
                            r"(?P<rest>.*)$", re.IGNORECASE)
# "it MUST include `id` (string), `name` (string), and `muscleGroup` (string)", "an optional `equipment` (string) field":
# a run of code spans, each with its type in parentheses
LIST_SENTENCE = re.compile(r"\b(?:must|shall|should|will)\s+(?:include|have|contain)\s+(?:an?\s+)?"
                           r"(?P<fields>(?:optional\s+)?`[A-Za-z_]\w*`\s*\([^()]+\)(?:\s*,?\s*(?:and\s+)?(?:an?\s+)?(?:optional\s+)?"
                           r"`[A-Za-z_]\w*`\s*\([^()]+\))*)", re.IGNORECASE)
# `### Requirement: Department Model`, `#### Scenario: Department model fields`: the model a requirement defines.
# (or its type, `### Requirement: Exercise Type Definition`)
MODEL_HEADING = re.compile(r"\b([A-Z][A-Za-z0-9]*)\s+(?:model|entity|table|schema|collection|(?i:type\s+definition|interface))\b")


def extract(doc: Document) -> list[RawEntity]:
    lines = doc.text.splitlines()
    if not any(FIELD_SENTENCE.search(line) or LIST_SENTENCE.search(line) for line in lines):
        return []
    out: dict[int, RawEntity] = {}
    for number, line in enumerate(lines, start=1):
        found = FIELD_SENTENCE.search(line)
        listed = LIST_SENTENCE.search(line) if not found else None
        if listed and (owner := _owner(doc, number)) is not None:
            entity = out.setdefault(owner[0], RawEntity(
                name=owner[1], kind="bullets", file=doc.path, line=number,
                context=" / ".join(text for _line, _level, text in _above(doc, number)) + " / scenario lines"))
            for optional, name, type_text in re.findall(r"(optional\s+)?`([A-Za-z_]\w*)`\s*\(([^()]+)\)", listed.group("fields"),
                                                        re.IGNORECASE):
                field = RawField(name=name, file=doc.path, line=number, type_text=type_text.strip(),
                                 type=classify(type_text.strip().rstrip("?")), description=line.strip(" *"))
                field.nullable, field.required = (True, False) if optional else (False, True)
                if not any(f.name == name for f in entity.fields):
                    entity.fields.append(field)
            continue
        if not found:
            continue
        owner = _owner(doc, number)
        if owner is None:
            continue
        heading_line, name = owner
        entity = out.setdefault(heading_line, RawEntity(
            name=name, kind="bullets", file=doc.path, line=number,
            context=" / ".join(text for _line, _level, text in _above(doc, number)) + " / scenario lines"))
        type_text = found.group("type") or found.group("paren") or ""
        field = RawField(name=found.group("name"), file=doc.path, line=number, type_text=type_text,
                         type=classify(type_text.rstrip("?")) if type_text else None, description=line.strip(" *"))
        said = f"{found.group('lead')} {found.group('rest')}"
        apply_words(field, said)
        if re.search(r"\bauto[- ]?increment|\bprimary\s+key\b", said, re.IGNORECASE):
            field.primary_key = True
        if type_text.endswith("?") or re.search(r"\boptional\b|\bnullable\b", said, re.IGNORECASE):
            field.nullable, field.required = True, False
        elif field.required is None and field.default is NO_DEFAULT and re.fullmatch(r"[A-Z]\w*", type_text):
            field.nullable, field.required = False, True  # Prisma's `String`, not `String?`: a value must be given
        if not any(f.name == field.name for f in entity.fields):
            entity.fields.append(field)
    for heading_line, entity in out.items():
        _later_sentences(entity, lines, heading_line)
    return [e for e in out.values() if len(e.fields) >= 2]


def _above(doc: Document, number: int) -> list[tuple[int, int, str]]:
    """The headings the line sits under, outermost first."""
    path: list[tuple[int, int, str]] = []
    for line, level, text in doc.headings:
        if line >= number:
            break
        path = [h for h in path if h[1] < level] + [(line, level, text)]
    return path


def _owner(doc: Document, number: int) -> tuple[int, str] | None:
    """(the line of the requirement's heading, the model it names): the nearest heading above that names a model."""
    for line, _level, text in reversed(_above(doc, number)):
        named = MODEL_HEADING.search(re.sub(r"^\s*(?:requirement|scenario)\s*:\s*", "", text, flags=re.IGNORECASE))
        if named:
            # (`#### Scenario: Department model fields` under `### Requirement: Department Model`: one model)
            outer = next((h for h in reversed(_above(doc, line)) if MODEL_HEADING.search(h[2])
                          and MODEL_HEADING.search(h[2]).group(1) == named.group(1)), None)
            return (outer[0] if outer else line), named.group(1)
    return None


def _later_sentences(entity: RawEntity, lines: list[str], start: int) -> None:
    """The requirement's other scenarios, up to the next requirement: "the `name` field must have a `@unique`
    constraint", "`slug` must have a database index", "`shortDescription` must not be null (required field)"."""
    end = next((i for i in range(start, len(lines)) if re.match(r"\s*#{1,3}\s", lines[i])), len(lines))
    by_name = {f.name: f for f in entity.fields}
    for line in lines[start:end]:
        if FIELD_SENTENCE.search(line):
            continue
        named = [n for n in re.findall(r"`([A-Za-z_]\w*)`", line) if n in by_name]
        if len(named) != 1:
            continue
        field, lowered = by_name[named[0]], line.lower()
        if re.search(r"@unique|\bunique\b", lowered):
            field.unique = True
        if re.search(r"\bindex(?:ed)?\b", lowered):
            field.index = True
        if re.search(r"\bmust\s+not\s+be\s+null\b|\brequired\s+field\b|\bis\s+required\b", lowered):
            field.nullable, field.required = False, True


# "The system SHALL persist each movie with a title, optional release date, optional synopsis, and creation and update
# timestamps.": a model in one sentence, its columns in words.
PROSE_MODEL = re.compile(r"\b(?:shall|must|should|will)\s+(?:persist|store|save|record|keep)\s+(?:each|every|an?)\s+"
                         r"([a-z][a-z]+(?:\s[a-z]+)?)\s+with\s+([^.;]+)", re.IGNORECASE)
AUDIT_WORDS = re.compile(r"\btimestamps?\b|\bcreation\b|\bidentifiers?\b|\bids?\b|\baudit\b", re.IGNORECASE)


def prose_models(doc: Document) -> list[RawEntity]:
    """Models stated only as requirement sentences, read when nothing defines a table with typed columns: each column's
    name is its words (`release date` -> release_date), 'optional' marks the optional ones (the others must be given),
    its type is what its name suggests; "titles MUST be indexed" and "MUST be unique" in the same paragraph count."""
    from backend_builder.spec.extract.bullets import name_type

    out = []
    text = re.sub(r"\s*\n\s*(?!\s*[-*#|])", " ", doc.text)  # (a paragraph's wrapped lines, one line)
    for number, line in enumerate(text.splitlines(), start=1):
        for found in PROSE_MODEL.finditer(line):
            parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:an?\s+|optional\s+)?[a-z]+\b)", found.group(2))
                     if p.strip()]
            fields = []
            for part in parts:
                optional = bool(re.match(r"(?:an?\s+)?optional\s+", part, re.IGNORECASE))
                words = re.sub(r"^(?:an?|the|optional|its|their)\s+|^(?:an?\s+)?optional\s+", "", part.strip(), flags=re.IGNORECASE)
                if AUDIT_WORDS.search(words) or not re.fullmatch(r"[a-z][a-z]*(?:\s[a-z]+){0,2}", words):
                    continue  # ('creation and update timestamps': the generated ones; a clause, no column)
                name = "_".join(words.split())
                field = RawField(name=name, file=doc.path, line=_line_of(doc.text, found.group(0), number),
                                 type=name_type(name), description=part)
                field.nullable, field.required = (True, False) if optional else (False, True)
                fields.append(field)
            if len(fields) < 2:
                continue
            entity = RawEntity(name=found.group(1).replace(" ", "_"), kind="bullets", file=doc.path,
                               line=fields[0].line, context=" / prose model")
            rest = line[found.end():]
            for field in fields:
                plural = rf"\b{re.escape(field.name.replace('_', ' '))}s?\b"
                said = re.search(rf"{plural}[^.]*?\b(?:must|shall)\s+be\s+(indexed|unique)\b", rest, re.IGNORECASE)
                if said and not re.search(r"\bnot\s+be\s+required\s+to\s+be\s+unique|\bnot\b[^.]*\bunique", said.group(0), re.IGNORECASE):
                    field.index = True
                    field.unique = said.group(1).lower() == "unique"
            entity.fields = fields
            out.append(entity)
    return out


def _line_of(text: str, phrase: str, fallback: int) -> int:
    """The line of the file where the sentence starts (the sentence was read with its wrapped lines joined)."""
    found = re.search(r"\s+".join(re.escape(word) for word in phrase.split()), text)
    return text[:found.start()].count("\n") + 1 if found else fallback
