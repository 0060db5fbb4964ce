"""A table's columns written as code spans in running prose under its heading, each name followed by what it is:

    ### recipes
    `author_id` → users, `title` `varchar(240)`, `slug` (UNIQUE), `description` `text`,
    `status` `recipe_status` = `draft`, `published_at` `timestamptz?`. **Filter columns:** `prep_time_min`,
    `cook_time_min`, `servings` (`int`). **Derived columns:** `search_vector` `tsvector` ...

A type in a span of its own (`?` marks a nullable one), a reference after an arrow, a note in parentheses, a default
after `=`; a type in parentheses after a run of bare names types the whole run. Where some types say `?`, the
columns that do not are NOT NULL.
"""

from __future__ import annotations

import re

from backend_builder.spec.extract.bullets import TYPE_WORD, name_type
from backend_builder.spec.extract.constraints import apply_words, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.tables import entity_name
from backend_builder.spec.extract.types import classify, length_of

NAME = r"[a-z_][A-Za-z0-9_]*"
ITEM = re.compile(rf"`(?P<names>{NAME}`(?:\s*/\s*`{NAME}`)*)"
                  r"(?:\s+`(?P<type>[^`\n]+)`)?"
                  r"(?:\s*(?:→|->)\s*(?P<ref>[A-Za-z_]\w*))?"
                  r"(?:\s*\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\))?"
                  r"(?:\s*=\s*`(?P<default>[^`]+)`)?")
LABEL = re.compile(r"\*\*([^*]+?)(?::\*\*|\*\*\s*:)")
# columns the database fills itself: '**Derived columns:**', 'generated', 'computed'
DERIVED = re.compile(r"\b(derived|computed|generated|calculated|read[- ]only)\b", re.IGNORECASE)
GROUP_TYPE = re.compile(r"\s*`([^`]+)`\s*")


def _type_of(written: str) -> tuple[str | None, bool] | None:
    """The FeatureSpec type of a span (None for an enum type named like `recipe_status`) and whether `?` marks it
    nullable; None when the span is no type."""
    nullable = written.endswith("?")
    bare = written.rstrip("?").strip()
    if TYPE_WORD.fullmatch(bare) or re.fullmatch(r"(?:varchar|char|numeric|decimal)\s*\([\d\s,]+\)|\w+\[\]|timestamptz|tsvector", bare,
                                                 re.IGNORECASE):
        return ("list[str]" if re.fullmatch(r"(?:text|varchar|string)\[\]", bare, re.IGNORECASE) else
                "json" if bare.endswith("[]") else classify(bare)), nullable
    if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", bare):
        return None, nullable  # a type the spec declares: `recipe_status`, resolved with the document's enums
    return None


def _noted(note: str) -> tuple[str, str, list[str] | None] | None:
    """A type leading a note, CMS-style (`title` (text, required), `status` (select draft|published, default draft),
    `tags` (text hasMany)): (FeatureSpec type, the type as written, enum values), or None when no type leads it."""
    head, _, _ = note.partition(",")
    words = head.split(None, 1)
    kind = classify(words[0]) if words and re.fullmatch(r"[A-Za-z]\w*", words[0]) else None
    if kind is None:
        return None
    tail = words[1].strip() if len(words) > 1 else ""
    listed = tail.strip("`")
    if re.fullmatch(r"[\w-]+(?:\s*\|\s*[\w-]+)+", listed) or kind == "enum" and re.fullmatch(r"[\w-]+(?:\s*/\s*[\w-]+)+", listed):
        # (`select draft|published`, `enum full/part/shade`, `enum \`exact|month|year\``)
        return "enum", head.strip(), [v.strip() for v in re.split(r"\s*[|/]\s*", listed)]
    if re.match(r"[—–]\s|-\s", tail):
        return kind, words[0], None  # (`text — "6-8 ft" beats a fake-precise decimal`: the type, then a remark)
    if re.fullmatch(r"has\s*many|many|list|array|\[\]", tail, re.IGNORECASE):
        return ("list[str]" if kind in ("str", "text") else "json"), head.strip(), None
    return (kind, head.strip(), None) if not tail else None


def _paragraph(text: str, path: str, line: int) -> list[RawField]:
    body = text.strip()
    lead = LABEL.match(body) or re.match(r"[^`\n]{1,80}?[:：]\s*(?=`)", body)  # ('Unchanged fields (v2): `title` ...')
    if not (body.startswith("`") or lead and body[lead.end():].lstrip().startswith("`")):
        return []  # (a sentence that mentions columns, not a list of them)
    opening = ITEM.search(body)
    if opening is None or body[:opening.start()].strip() != (lead.group(0).strip() if lead and not body.startswith("`") else ""):
        return []  # ('`core.models.Tournament` SHALL define: `id` ...': a model's sentence, read as one elsewhere)
    fields: list[RawField] = []
    run: list[RawField] = []  # bare names since the last typed one: a type in parentheses after them types them all
    labels = [(m.start(), m.group(1)) for m in LABEL.finditer(body)]
    at = 0
    for item in ITEM.finditer(body):
        if re.sub(r"[,/;\s]|\band\b", "", body[at:item.start()]):
            run = []  # (a sentence's end, a label or words between: the run of bare names has ended)
        at = item.end()
        label = next((text for start, text in reversed(labels) if start < item.start()), "")
        if DERIVED.search(label):
            continue
        written, note = item.group("type"), item.group("note") or ""
        typed = _type_of(written) if written else None
        if written and typed is None:
            return []  # `a` `b`: two names, not a name and its type
        group = GROUP_TYPE.fullmatch(note) and _type_of(GROUP_TYPE.fullmatch(note).group(1))
        noted = _noted(note) if not written and not item.group("ref") else None
        made = []
        for name in re.findall(NAME, item.group("names")):
            field = RawField(name=name, file=path, line=line + body[:item.start()].count("\n"), type_text=(written or "").rstrip("?"),
                             description="" if group else note.strip())
            if typed:
                field.type, field.nullable = typed
                field.max_length = length_of(written)
            elif noted:
                field.type, field.type_text, field.enum_values = noted
                apply_words(field, note.partition(",")[2])
            elif item.group("ref"):
                field.type, field.type_text = "int", f"→ {item.group('ref')}"  # (a row's key: the schema's own, kept over
                # an API's `number`)
            elif not group and re.search(r"\bFK\b", note):
                field.type, field.type_text = None, "fk"  # `plant_type` (FK vocabulary): typed as the key it holds
            elif not group:
                field.type = name_type(name)
                quoted = re.findall(r"`([\w-]{1,40})`", note)
                if len(quoted) >= 2 and re.fullmatch(r"\s*`[\w-]+`(?:\s*(?:,|\bou\b|\bor\b|\bo\b|/|\|)\s*`[\w-]+`)+\s*", note):
                    field.type, field.enum_values = "enum", quoted  # `source` (`manual`, `mcp`, `transcript`): its values
                else:
                    apply_words(field, note)  # ('5 à 140 caractères')
            field.foreign_key = bool(item.group("ref"))
            field.unique = bool(re.search(r"\bunique\b", note, re.IGNORECASE))
            if re.search(r"\bon\s+delete\s+set\s+null\b|\bnullable\b|\boptional\b|\boptionnel(?:le)?\b|\bopcional\b|\bfacultati(?:f|ve|vo|va)\b",
                         note, re.IGNORECASE):
                field.nullable = True
            if item.group("default"):
                field.default = parse_literal(item.group("default"))
            made.append(field)
        if group:
            kind, nullable = group
            for field in run + made:
                field.type, field.type_text, field.presumed = kind, GROUP_TYPE.fullmatch(note).group(1).rstrip("?"), True
                field.nullable = nullable or None
                field.required = False  # (a type said of a run says nothing of each column's presence)
            run = []
        elif typed or item.group("ref"):
            run = []
        else:
            run += made
        fields += made
    if any(re.fullmatch(r"(?i)rich\s*text|textarea", f.type_text) for f in fields):
        for field in fields:  # a CMS's `text` beside its `richText`: the one-line kind, a string
            if field.type == "text" and field.type_text.lower() == "text":
                field.type = "str"
    marked = "?" in "".join(m.group("type") or "" for m in ITEM.finditer(body))  # (`timestamptz?`: the `?` convention)
    worded = any(f.required for f in fields)  # ('(text, required)' beside '(text, optional)')
    for field in fields:
        if field.nullable:
            field.required = False
        elif marked and not field.presumed and field.required is None:
            field.nullable, field.required = False, field.default is NO_DEFAULT
        elif worded and field.required is None:
            field.required = False  # (where some say required, one that says nothing is not: `slug` (text, unique))
    return fields


# A paragraph that opens with a collection's name in bold, then its columns: `**retex** : \`organisation\`, ...`
NAMED_LEAD = re.compile(r"\*\*`?([A-Za-z_]\w*)`?\*\*\s*[:：]\s*`")


def extract(doc: Document) -> list[RawEntity]:
    out = []
    # (several such paragraphs, one a collection, each column a bare name or a note: the names are the collections')
    leads = [m.group(1) for p in doc.paragraphs if (m := NAMED_LEAD.match(p.text.strip()))
             and not re.fullmatch(r"(?i)fields?|columns?|indexe?s|indices|constraints?|relations?|keys?|campos|champs|felder", m.group(1))]
    for paragraph in doc.paragraphs:
        fields = _paragraph(paragraph.text, doc.path, paragraph.line)
        spoken = sum(bool(f.type_text) or f.foreign_key for f in fields)
        lead = NAMED_LEAD.match(paragraph.text.strip())
        named = lead.group(1) if lead and lead.group(1) in leads and len(leads) >= 3 else None
        if len(fields) < 3 or (spoken < 2 and not named) or not paragraph.headings:
            continue
        entity = RawEntity(name=named or entity_name(paragraph.headings) or "unnamed", kind="bullets", file=doc.path,
                           line=paragraph.line, context=" / ".join([*paragraph.headings, *([named] if named else [])])
                           + " / column spans in prose")
        if named and any(f.nullable for f in fields) and not any(f.required for f in fields):
            for field in fields:  # ('`recommendation` (optionnel)' among bare names: the others are to be given)
                if field.nullable is None and field.required is None and field.default is NO_DEFAULT:
                    field.required = True
        entity.fields = fields
        out.append(entity)
    return out
