"""Entities drawn as a tree in a code block: the entity's name, then one `├── field : Type (comment)` line per field.

```
Logement
├── nom        : String (nom du logement)
├── statut     : Enum (brouillon, publié)
└── créé_le    : DateTime
```
"""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import apply_words, bare_list
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField, without_accents
from backend_builder.spec.extract.types import classify, length_of

ROOT = re.compile(r"^\s*([^\W\d][\w-]*)/?\s*(?:\(([^()]*)\))?\s*:?\s*$")  # `Logement`, `Logement (Property)`, `tasks/`
# A Firestore document under its collection, `└── {taskId}/`: the fields below it are the collection's.
DOCUMENT = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*\{\w+\}/?\s*(?:\([^()]*\))?\s*$")
BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<name>[^\W\d]\w*)\s*[:：]\s*"
                    r"(?P<type>[A-Za-z][\w.]*(?:\[\])?(?:\s*\(\d+(?:\s*,\s*\d+)?\))?)\s*"
                    r"(?:\((?P<note>.*)\)|\s(?P<rest>\S.*?))?\s*,?\s*$")  # (`Targa: string   [esistente] Identificativo`)
# `├── price (numeric(14,2), NOT NULL)  -- in BRL`: the type first inside the parentheses, the column's words after it
PAREN_BRANCH = re.compile(r"^[\s│┃|]*[├└┣┗+`|][─━\-—]+\s*(?P<name>[^\W\d]\w*)\s*\(\s*"
                          r"(?P<type>[A-Za-z][\w.]*(?:\[\])?(?:\s*\(\d+(?:\s*,\s*\d+)?\))?)\s*"
                          r"(?:[,;]\s*(?P<note>.*?))?\)\s*(?:(?:--|#|//)\s*(?P<rest>.*?))?\s*,?\s*$")


def extract(doc: Document) -> list[RawEntity]:
    out = []
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plain", "plaintext", "tree"):
            continue
        current: RawEntity | None = None
        for offset, line in enumerate(code.text.splitlines()):
            number = code.line + offset
            branch = BRANCH.match(line) or PAREN_BRANCH.match(line)
            if branch and current is not None:
                current.fields.append(_field(branch, entity=current, path=doc.path, number=number))
            elif current is not None and DOCUMENT.match(line):
                continue
            elif (root := ROOT.match(line)) and not branch:
                current = RawEntity(name=without_accents(root.group(1)), kind="orm", file=doc.path, line=number,
                                    context=" / ".join(code.headings) + " / tree")
                out.append(current)
            elif line.strip() and not re.fullmatch(r"[\s│┃|]*", line):
                current = None  # anything else ends the tree
    return [e for e in out if len(e.fields) >= 2]


def _field(branch: re.Match[str], *, entity: RawEntity, path: str, number: int) -> RawField:
    written, type_text = branch.group("name"), branch.group("type")
    note = " ".join(filter(None, (branch.group("note"), re.sub(r"^\s*\[[^\]]*\]\s*", "", branch.group("rest") or ""))))
    # ([esistente], [NUOVO] before the words; a paren branch's comment after its constraints)
    name = without_accents(written)
    if name != written:
        entity.notes.append(f"{path}:{number}: {written} is written with accents; drafted as {name}, which is also "
                            "its JSON key")
    field = RawField(name=name, file=path, line=number, type_text=type_text, description=note.strip(),
                     type=classify(type_text), max_length=length_of(type_text))
    if field.type == "enum" or type_text.lower() == "enum":
        values = bare_list(note)
        field.type, field.enum_values = ("enum", values) if values else ("str", None)
    elif field.type is None and "|" in note and (values := bare_list(note)):
        field.type, field.enum_values = "enum", values  # `Stato: StatoAuto   Disponibile | Noleggiata`: its values
    elif field.type in ("str", "text") and (checked := re.search(r"\bcheck\s*[:：]\s*([^,;()]+)", note, re.IGNORECASE)) and (
            values := bare_list(checked.group(1))):
        field.type, field.enum_values = "enum", values  # `status (text, NOT NULL, CHECK: available|sold)`
    apply_words(field, note)  # (optionnel, unique, default ...)
    return field
