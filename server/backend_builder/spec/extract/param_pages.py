"""An endpoint page in the widespread REST-docs template: `**POST Paciente**` over `* **URL**`, `* **Method:**` and
`* **Data Params**`, whose `**Required:**` and `**Optional:**` lists give each body field as `` `nombre=[string]` ``
(the brackets hold the type, no list). The request's fields are the resource's."""

from __future__ import annotations

import re

from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import RawEntity, RawField
from backend_builder.spec.extract.types import classify

DATA_PARAMS = re.compile(r"^(\s*)[*+-]\s+\*\*\s*(?:data|body|request\s+body|form)\s+param(?:eter)?s\s*:?\s*\*\*", re.IGNORECASE)
TOP_ITEM = re.compile(r"^(\s*)[*+-]\s+\*\*")
PARAM = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*)\s*=\s*\[\s*([A-Za-z][\w ]*?)\s*\]`")
SENDS = re.compile(r"\b(POST|PUT|PATCH)\b")
TYPES = {"alphanumeric": "str", "string": "str", "text": "text", "integer": "int", "int": "int", "number": "float",
         "float": "float", "decimal": "decimal", "boolean": "bool", "bool": "bool", "date": "date", "datetime": "datetime"}


def extract(doc: Document) -> list[RawEntity]:
    lines = doc.text.splitlines()
    start = next((i for i, line in enumerate(lines) if DATA_PARAMS.match(line)), None)
    title = next((h for _line, _level, h in doc.headings), "")
    method = re.search(r"\*\*\s*method:?\s*\*\*", doc.text, re.IGNORECASE)
    said = SENDS.search(title) or (method and SENDS.search(doc.text[method.end():method.end() + 80]))
    if start is None or not said:
        return []
    name = re.sub(r"[*`]|\b(?:POST|PUT|PATCH|GET|DELETE)\b", "", title).strip()
    route = re.search(r"^\s*`?(/[\w/{}:.-]+)`?\s*$", doc.text[:doc.text.find(lines[start])], re.MULTILINE)
    if not re.fullmatch(r"[A-Za-z_]\w*", name):
        named = [part for part in (route.group(1).split("/") if route else []) if re.fullmatch(r"[A-Za-z][\w-]*", part)]
        name = named[-1] if named else ""
    if not name:
        return []
    entity = RawEntity(name=name, kind="bullets", file=doc.path, line=start + 1, context=f"{title} / data params")
    indent = len(DATA_PARAMS.match(lines[start]).group(1))  # type: ignore[union-attr]
    required: bool | None = None
    for number in range(start + 1, len(lines)):
        line = lines[number]
        top = TOP_ITEM.match(line)
        if top and len(top.group(1)) <= indent:
            break  # the next item of the page: '* **Success Response:**'
        if re.search(r"\*\*\s*required\s*:?\s*\*\*", line, re.IGNORECASE):
            required = True
        elif re.search(r"\*\*\s*optional\s*:?\s*\*\*", line, re.IGNORECASE):
            required = False
        for found in PARAM.finditer(line):
            if any(f.name == found.group(1) for f in entity.fields):
                continue  # (listed under Required, then again under Optional: the first says it)
            type_text = found.group(2)
            entity.fields.append(RawField(name=found.group(1), file=doc.path, line=number + 1, type_text=type_text,
                                          type=TYPES.get(type_text.lower()) or classify(type_text) or "str",
                                          required=required, nullable=None if required is None else not required))
    return [entity] if len(entity.fields) >= 2 else []
