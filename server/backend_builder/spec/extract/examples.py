"""Entities a spec shows only by example: a fenced object literal of mock data under the entity's heading
(`### 1.1 书签 (Bookmark)` over `{ id: 1, title: "GitHub", tags: ["dev"], isFavorite: true }`).

The values say the types and nothing else (no presence, lengths or defaults), so the draft reads such an entity
only when the spec defines none with types; see `draft.build`."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import replace
from typing import Any

import yaml

from backend_builder.spec.extract.bullets import name_type
from backend_builder.spec.extract.constraints import bare_list
from backend_builder.spec.extract.document import Code, Document
from backend_builder.spec.extract.mongoose import top_level_parts
from backend_builder.spec.extract.raw import RawEntity, RawField, normal_name, singular
from backend_builder.spec.extract.stated_apart import example_value_type
from backend_builder.spec.extract.tables import RESPONSE_WORD, payload_heading, route_heading, route_resource
from backend_builder.spec.extract.types import classify

LANGS = {"", "js", "javascript", "json", "jsonc", "json5", "ts", "typescript"}
OPENING = re.compile(r"\A\s*(?:(?:export\s+)?(?:const|let|var)\s+\w+(?:\s*:\s*\w+)?\s*=\s*)?\{")
MEMBER = re.compile(r"""^\s*["']?([A-Za-z_][\w]*)["']?\s*:\s*(.*?)\s*,?\s*(?://.*)?$""")
# (an API's `### Response` or `### Example` shows a message, not an entity)
GENERIC = re.compile(r"(?i)(response|request|example|sample|body|payload|error|output|input|result|data|json|"
                     r"success|failure|query|params|headers|config(uration)?|settings|state|eingabe|ausgabe|r[üu]ckgabe|anfrage|"
                     r"antwort|entrada|sa[íi]da|salida|requisi[çc][ãa]o|resposta|respuesta|solicitud)s?")
STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`""")


def _name(code: Code) -> str | None:
    """The entity a block shows, from the heading over it: `1.1 书签 (Bookmark)` -> Bookmark."""
    headings = list(code.headings)
    while len(headings) > 1 and re.fullmatch(r"\**\s*(?:an?\s+)?(?:example|sample|exemplo|ejemplo|exemple|beispiel)"
                                             r"(?:\s+document)?s?\s*[:：]?\s*\**", headings[-1].strip(), re.IGNORECASE):
        headings.pop()  # ('Example:' under '## `menuItems`': a label over the collection's example document)
    while len(headings) > 1 and headings[-1].rstrip().endswith((":", "：")) and len(headings[-1].split()) >= 5:
        headings.pop()  # ('An entry is one real-world event. Every entry answers two questions:': the section's prose)
    while len(headings) > 1 and re.fullmatch(r"\W*(?:(?:field|column)s?(?:\s+(?:definitions?|descriptions?|list))?|字段(?:定义|說明|说明|定義)?|"
                                             r"欄位(?:定義|說明)?|フィールド(?:定義)?|필드(?:\s*정의)?|campos|champs|felder)\W*",
                                             headings[-1], re.IGNORECASE):
        headings.pop()  # ('### 字段定义' under '## 3. Classrooms 表': the fields of the collection the heading above names)
    while len(headings) > 1 and re.fullmatch(r"\W*(?:request\s+body|request|body|payload|input)\W*", headings[-1], re.IGNORECASE):
        headings.pop()  # ('**Request Body:**' under '### Create': a label over the block, naming nothing)
    while len(headings) > 1 and re.fullmatch(r"\W*(?:create|show|update|edit|delete|remove|list|search|get|new|add|read|"
                                             r"crear|criar|cr[ée]er|erstellen|anlegen)\W*", headings[-1], re.IGNORECASE):
        headings.pop()  # ('# Offers' over '### Create': the action on the offers; the heading above names them)
    if not headings:
        return None
    heading = headings[-1].strip()
    lead = re.match(r"[\d.\s]*`?([A-Z][A-Za-z0-9_]*)`?\s*(?:[(（:：—–]|-\s|(?:表|テーブル|集合|コレクション|테이블|컬렉션)(?:\s|$))", heading)
    if lead and not GENERIC.fullmatch(lead.group(1)):
        return lead.group(1)  # `3.4 Booking (reserva o cita): sustituye a \`Reservation\``: the name it leads with
    latin = re.search(r"[(`（]\s*([A-Za-z][A-Za-z0-9_]*)\s*[)`）]", heading)
    if latin:
        return latin.group(1)
    words = re.sub(r"^[\d.\s]+", "", heading).replace("`", "").strip()
    words = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", words)  # `3.3 discoveries（发现记录）`: the name, then its gloss
    words = re.sub(r"\s+(collection|table|model|schema|entity|documents?|object)$", "", words, flags=re.IGNORECASE)  # `5. Items Collection`
    name = words if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", words) else None
    return None if name and GENERIC.fullmatch(name) else name


def _value_type(value: str, following: list[str]) -> str | None:
    """The type a value shows; a list or object opened here reads the lines after it."""
    if value.startswith("["):  # `["dev", "oss"]`, or a list whose items start on the next line
        first = (value[1:].strip() or next((line.strip() for line in following if line.strip()), ""))
        return "list[str]" if first.startswith(("\"", "'", "`")) else "json"
    if value.startswith("{"):
        # (`"category": {"id": 1}` in a request: the row it refers to, sent by its key alone)
        inner = value[1:].strip() or " ".join(line.strip() for line in following[:3])
        ref = re.match(r"""["']?id["']?\s*:\s*([^,}\s]+)\s*,?\s*\}""", inner)
        if ref:
            return _value_type(ref.group(1), []) or "json"
        return "json"
    if re.fullmatch(r"(?:ISODate|new\s+Date|Date)(?:\(.*\))?", value):
        return "datetime"  # MongoDB shell's `ISODate("2026-06-15T20:00:00Z")`: a moment
    if re.fullmatch(r"ObjectId(?:\(.*\))?", value):
        return "str"  # a document's reference, kept as its id's text
    quoted = f'"{value[1:-1]}"' if len(value) >= 2 and value[0] == value[-1] and value[0] in "'`" else value
    if kind := example_value_type(quoted):  # (the types a JSON example's values have, as the API specs' examples are read)
        return kind
    if re.fullmatch(r"""["'`][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}["'`]""", value, re.IGNORECASE) or re.fullmatch(
            r"""["'`](?:uuid|guid)["'`]""", value, re.IGNORECASE):
        return "uuid"  # (or the word itself in place of one: `"service_id": "uuid"`)
    if STRING.fullmatch(value):
        return "str"
    return None  # `null`, a call, a name: nothing said


def _pieces(line: str) -> list[str]:
    """A line's text split at its top-level commas (none inside quotes or brackets), each piece stripped."""
    return [p.strip() for _start, p in top_level_parts(line) if p.strip()]


def _field(name: str, value: str, line: str, *, path: str, line_number: int, following: list[str]) -> RawField:
    """A member of an example object: its value's type (none for a shorthand member, `businessId,`), and an enum for
    a union of literals (`status: 'pending' | 'confirmed'`) or the values a comment lists."""
    kind = _value_type(value, following) if value else name_type(name)  # (shorthand: `dueDate,` typed by its name)
    if kind == "str" and re.fullmatch(r"""["'](-?\d+\.\d+)["']""", value) and name_type(name) in ("decimal", "float"):
        kind = name_type(name)  # (`"total_price": "4300.0"`: a decimal a JSON API sends as text, as Rails does)
    if kind is None and value == "null" and name_type(name) != "str":
        kind = name_type(name)  # (`"paid_at": null`: nothing shown, the name still says a moment)
    sketched = re.fullmatch(r"""["'](number|integer|int|float|double|string|boolean|bool)["']|(string|int|integer|number|float|"""
                            r"""double|boolean|bool|date|datetime|uuid)""", value.strip().rstrip(","), re.IGNORECASE)
    # (a jsonc sketch's bare `"sku": string,` as much as a quoted `"sku": "string"`)
    kind = classify(sketched.group(1) or sketched.group(2)) if sketched else kind
    noted = re.fullmatch(r"""["'](string|str|double|float|int|integer|long|number|decimal|boolean|bool)\s*\(([^()"']*)\)["']""", value.strip().rstrip(","),
                         re.IGNORECASE)
    if noted and not sketched:  # `"date": "string (required, ISO date format)"`: a sketch's type and its notes
        kind = classify(noted.group(1)) or kind
        if kind == "str" and re.search(r"\bdate[- ]?time\b|\btimestamp\b", noted.group(2), re.IGNORECASE):
            kind = "datetime"
        elif kind == "str" and re.search(r"\b(?:ISO(?:\s*8601)?\s+)?date\s+format\b|\bYYYY-MM-DD\b", noted.group(2), re.IGNORECASE):
            kind = "date"
    placeholder = PLACEHOLDER.fullmatch(value.strip().rstrip(","))
    if placeholder:  # `"dates": <datetime[]?>`: a template's type in angle brackets, a list of them, `?` if it may be left out
        listed = placeholder.group(2) is not None
        kind = ("list[str]" if classify(placeholder.group(1)) in ("str", "text") else "json") if listed else classify(placeholder.group(1))
    field = RawField(name=name, file=path, line=line_number, type_text=(sketched.group(1) or sketched.group(2)) if sketched else
                     placeholder.group(1) + ("[]" if placeholder.group(2) else "") if placeholder else "",
                     type=kind or "str",
                     description=f"example value {value[:40]}" if value else "")  # (`"stock": "number"`: a type, sketched)
    field.primary_key = name == "id"
    union = re.findall(r"""(['"`])([^'"`]*)\1""", value) if re.fullmatch(
        r"""(?:(['"`])[^'"`]*\1\s*\|\s*)+(['"`])[^'"`]*\2""", value) else []
    said = re.search(r"//\s*(?:enum|枚举|枚舉|列挙|열거형)\s*[:：]\s*(.+)$", line, re.IGNORECASE)
    listed = re.search(r"//\s*(?:[^|:：/\n]{1,20}[:：]\s*)?((?:[^|/\n]{1,30}?\s*\|\s*)+[^|/\n(（]{1,30}?)\s*(?:[(（][^)）]*[)）])?\s*$",
                       line)
    choices = [v.strip().strip("'\"`") for v in listed.group(1).split("|")] if listed else []
    shown = value.strip().strip("'\"`")
    commas = re.search(r"//\s*((?:[`'\"]?[\w-]{1,30}[`'\"]?\s*,\s*)+(?:or\s+|and\s+|o\s+|ou\s+)?[`'\"]?[\w-]{1,30}[`'\"]?)\s*\.?\s*$", line)
    if not choices and commas:  # `"type": "PRICE",  // PRICE, VOLATILITY, or ROI`: the values, the one shown among them
        listed_values = [re.sub(r"^(?:or|and|o|ou)\s+", "", v.strip()).strip("'\"`") for v in commas.group(1).split(",")]
        choices = listed_values if shown in listed_values else []
    if len(union) >= 2:
        field.type, field.enum_values = "enum", [v for _q, v in union]
    elif len(choices) >= 2 and kind in ("str", None) and all(choices) and (shown in choices or value in ("null", "", '""', "''")):
        # `"country": "海外",  // 国内 | 海外`, `"subType": null,  // 交通费用时：出租车 | 飞机`: the values it may hold
        field.type, field.enum_values = "enum", choices
    elif said and kind in ("str", None) and (values := bare_list(said.group(1).strip())):
        field.type, field.enum_values = "enum", values  # `category: "昆虫", // 枚举：昆虫/植物/鸟类`: its values
    elif kind == "str" and re.fullmatch(r"""["'][A-Z][A-Z0-9_]*(?:\s*[,.|/]\s*[A-Z][A-Z0-9_]*)+["']""", value.strip()):
        # a sketch's `"fuel": "PETROL, DIESEL, OTHER"`, `"color": "RED,GREEN,YELLOW"`: the constants it may hold, in its
        # place (a period between two of them a slip of the comma)
        field.type, field.enum_values = "enum", re.findall(r"[A-Z][A-Z0-9_]*", value)
    return field


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
        pieces = _pieces(line.split("//", 1)[0] if "://" not in line else line) if depth == 1 else []
        if len(pieces) > 1 or pieces and re.fullmatch(r"[A-Za-z_]\w*", pieces[0]):
            # `businessId, customerId,` (shorthand members), `notes: '', internalNotes: '',`: a member each
            for piece in pieces:
                member = re.fullmatch(r"""["']?([A-Za-z_]\w*)["']?\s*(?::\s*(.*))?""", piece, re.DOTALL)
                if member:
                    entity.fields.append(_field(member.group(1), (member.group(2) or "").strip(), line, path=path,
                                                line_number=code.line + number, following=lines[number + 1:]))
        elif depth == 1 and (member := MEMBER.match(line)):
            entity.fields.append(_field(member.group(1), member.group(2).strip().rstrip(","), line, path=path,
                                        line_number=code.line + number, following=lines[number + 1:]))
        depth += bare.count("{") + bare.count("[") - bare.count("}") - bare.count("]")
        if depth <= 0 and number > opened or (depth <= 0 and number == opened and "}" in bare):
            break
    _commented_presence(entity, code)  # (what its comments mark comes first; the sketch says the rest)
    _sketched_presence(entity)
    _placeholder_presence(entity)
    return entity if len(entity.fields) >= 2 else None


REQUIRED_REMARK = re.compile(r"(?://|#)\s*\(?\s*(?:required|obligatori[oa]|obrigat[óo]ri[oa]|requis|必填|必須|필수)\s*\)?\s*$",
                             re.IGNORECASE)
OPTIONAL_REMARK = re.compile(r"(?://|#)\s*\(?\s*(?:optional|opcional|facultatif|optionnel|可选|任意|선택)\b", re.IGNORECASE)


def _commented_presence(entity: RawEntity, code: Code) -> None:
    """A body whose members a comment marks `// optional`, some of them: the others are the ones a client must send
    (`"name": "BTC Alert",` beside `"description": "...",  // optional`). Every member marked says nothing."""
    lines = code.text.splitlines()
    marked = {id(f): bool(0 <= f.line - code.line < len(lines) and OPTIONAL_REMARK.search(lines[f.line - code.line]))
              for f in entity.fields}
    # (or the other way: `"first_name": "Road", //required` beside members that say nothing, or say `//email or
    # mobile_phone required`, one of two: the marked ones are the ones a client must send)
    demanded = {id(f): bool(0 <= f.line - code.line < len(lines) and REQUIRED_REMARK.search(lines[f.line - code.line]))
                for f in entity.fields}
    if any(demanded.values()) and not all(demanded.values()):
        # (marked both ways: what it leaves unmarked it did not require)
        marked = {key: not said for key, said in demanded.items()}
    if not any(marked.values()) or all(marked.values()):
        return
    for field in entity.fields:
        if field.required is None and not field.primary_key:
            field.required, field.nullable = not marked[id(field)], marked[id(field)]


# A template's placeholder for a value: `<string>`, `<string?>` (may be left out), `<datetime[]?>` (a list of them)
PLACEHOLDER = re.compile(r"<\s*([A-Za-z]\w*)\s*(\[\s*\])?\s*(\?)?\s*>")


def _placeholder_presence(entity: RawEntity) -> None:
    """A template of placeholders some marked `?` (`<string?>`): those may be left out, the others must be sent."""
    marks = [PLACEHOLDER.fullmatch(f.description.removeprefix("example value ").strip().rstrip(",")) for f in entity.fields]
    if not all(marks) or not any(m.group(3) for m in marks if m):
        return
    for field, mark in zip(entity.fields, marks):
        if mark and field.required is None and not field.primary_key:
            field.required, field.nullable = not mark.group(3), bool(mark.group(3))


SKETCH_VALUE = re.compile(r"example value [\[\"']*(?:string|number|integer|int|long|double|float|decimal|boolean|bool|date|datetime|uuid|"
                          r"object|array)\b"
                          r"(?P<rest>[^\]]*)", re.IGNORECASE)


def _sketched_presence(entity: RawEntity) -> None:
    """An object whose values are type words, one of them `"string (optional)"`: a sketch of a body, whose other
    members (`"content": "string"`, `"tags": ["string"]`) are the ones a client must send."""
    said = [SKETCH_VALUE.match(f.description) for f in entity.fields]
    if all(said) and len(said) >= 3 and not any(m.group("rest").strip(" \"',") for m in said if m):
        for field in entity.fields:  # `{"name": "string", "stock": "number"}`: a body's shape, every member sent
            if not field.primary_key and field.required is None:
                field.required, field.nullable = True, False
        return
    if not all(said) or not any(re.search(r"\boptional\b", m.group("rest"), re.IGNORECASE) for m in said if m):
        return
    for field, match in zip(entity.fields, said):
        optional = bool(match and re.search(r"\boptional\b", match.group("rest"), re.IGNORECASE))
        field.required, field.nullable = not optional, optional


CURL_DATA = re.compile(r"""(?:-d|--data(?:-raw|-binary)?|--json)\s+(['"])(\{.*?\})\1""", re.DOTALL)


def _curl_body(code: Code) -> tuple[Code, str, bool] | None:
    """A `curl` call that creates or changes a row: the JSON it sends with `-d`, as a block of its own, the resource
    its URL names, and whether it changes a row (`-X PUT`/`PATCH`); a `-X GET`, or a call with no body, sends none."""
    if code.lang not in ("", "sh", "shell", "bash", "console", "curl", "zsh") or not re.match(r"\s*\$?\s*curl\b", code.text):
        return None
    data = CURL_DATA.search(code.text)
    method = re.search(r"(?:-X|--request)\s+['\"]?([A-Z]+)", code.text)
    if data is None or method is not None and method.group(1) not in ("POST", "PUT", "PATCH"):
        return None
    url = re.search(r"curl\s+(?:-\S+\s+)*['\"]?(?:https?://[^/\s'\"]+)?(/[^\s'\"?]*)", code.text)
    named = [p for p in (url.group(1).split("/") if url else []) if re.fullmatch(r"[A-Za-z][\w-]*", p)
             and not re.fullmatch(r"api|v\d+", p, re.IGNORECASE)]
    if not named:
        return None
    try:
        body = json.dumps(json.loads(data.group(2)), indent=2)
    except ValueError:
        return None
    return (Code(code.headings, code.line, "json", body + "\n"), named[-1].replace("-", "_"),
            method is not None and method.group(1) in ("PUT", "PATCH"))


def _updating(code: Code, lines: list[str]) -> bool:
    """The nearest method named above a body, within its section, is a PUT or a PATCH: an update's body."""
    for line in reversed(lines[max(code.line - 16, 0):max(code.line - 1, 0)]):
        said = re.findall(r"\b(POST|PUT|PATCH|GET|DELETE)\b", line)
        if said:
            return said[-1] in ("PUT", "PATCH")
        if line.lstrip().startswith("#") and not re.search(r"request|body|payload|input", line, re.IGNORECASE):
            return False
    return False


def _sent_presence(entity: RawEntity) -> None:
    """A body shown as what a client sends to a route (`POST /items/`, then `Request Body:` and its example), no member
    said to be optional or required: the client sends every member, so each is one it must send."""
    if all(f.required is None and f.nullable is None for f in entity.fields):
        for field in entity.fields:
            if not field.primary_key:
                field.required, field.nullable, field.presumed = True, False, True


def _yaml_type(value: Any) -> str | None:
    """The type a YAML value shows: `2026-07-14` is a date, `-50.00` a float, `[coffee]` a list of strings."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, datetime.datetime):
        return "datetime"
    if isinstance(value, datetime.date):
        return "date"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, list):
        return "list[str]" if value and all(isinstance(v, str) for v in value) else "json"
    if isinstance(value, dict):
        return "json"
    if isinstance(value, str):
        return example_value_type(json.dumps(value)) or "str"
    return None


def _yaml_object(code: Code, path: str, name: str) -> RawEntity | None:
    """A YAML example of one record (`- id: 01K9...` over `kind: expense`, `date: 2026-07-14`, ...): a mapping, or a
    list whose first item is one, of three or more keys."""
    if code.lang not in ("yaml", "yml"):
        return None
    try:
        if any(isinstance(token, yaml.AliasToken) for token in yaml.scan(code.text)):
            return None  # (a record shows values, not references; aliases of aliases grow without bound)
        data = yaml.safe_load(code.text)
    except yaml.YAMLError:
        return None
    record = data[0] if isinstance(data, list) and data else data
    if not isinstance(record, dict) or len(record) < 3 or not all(isinstance(k, str) for k in record) or all(
            isinstance(v, dict) for v in record.values()):
        return None  # (a mapping of mappings is a definition or a config, not a record)
    lines = code.text.splitlines()
    entity = RawEntity(name=name, kind="example", file=path, line=code.line + 1,
                       context=" / ".join(code.headings) + " / example")
    for key, value in record.items():
        at = next((i for i, line in enumerate(lines) if re.match(rf"\s*(?:-\s+)?{re.escape(key)}\s*:", line)), 0)
        shown = re.sub(rf"^\s*(?:-\s+)?{re.escape(key)}\s*:\s*", "", lines[at]) if lines else ""
        field = RawField(name=key, file=path, line=code.line + at, type_text="", type=_yaml_type(value) or "str",
                         description=f"example value {shown[:40]}")
        field.primary_key = key == "id"
        entity.fields.append(field)
    return entity


# (`**POST** \`/api/targets\``, `[POST] /api/plants`, `### POST article/` without the first slash)
ROUTE = re.compile(r"\b(?:POST|PUT|PATCH)\]?\**\s+`?(?:\.{2,3}|…)?(/[\w/{}:.-]*|[A-Za-z_][\w.-]*/[\w/{}:.-]*)|"  # (`POST .../pet`)
                   r"\b(?i:post|put|patch)\s+(?:(?i:json|data|a\s+body)\s+)?(?i:to)\s+`?(/[\w/{}:.-]*)")  # ('Post JSON to `/reservations`')


def _route_page(code: Code) -> str | None:
    """A block on a route's page under its request's label: `# POST /api/course` (a title the sentence under it
    routes) over '## Parametry zapytania': the resource the route is sent (not a response's label)."""
    headings = [h for h in code.headings if not (h.rstrip().endswith((":", "：")) and len(h.split()) >= 5)]
    routed = route_heading(headings)
    if routed and re.match(r"[\W\d]*(?:POST|PUT|PATCH)\b", routed[1].group(0), re.IGNORECASE) and headings[routed[0] + 1:] and all(
            payload_heading(below) and not RESPONSE_WORD.search(below) for below in headings[routed[0] + 1:]):
        return route_resource(routed[1].group(1))
    return None


def _routed(code: Code, lines: list[str]) -> str | None:
    """The resource a request body is sent to, where the heading names none (`#### Criar serviço` over
    `POST /api/services` and the body): the route's last named segment, `services`."""
    sent, path, url = False, None, None  # (or the method and the route each on a line of its own: `- **Method**: \`POST\``)
    labelled = False
    for line in reversed(lines[:max(code.line - 1, 0)]):
        if line.lstrip().startswith("#"):
            if REQUEST_HEADING.fullmatch(line.strip()) or re.fullmatch(
                    r"#+\s*[\w ]{1,40}?\s+(?:request\s+body|request|body|payload)\s*:?\s*", line.strip(), re.IGNORECASE):
                labelled = True
                continue  # ('### Request' under '## Create reservation' and its 'Post JSON to `/reservations`'; and
                # '## Home Service Request Body', one of a route's bodies, under the route's '- **Endpoint:**')
            if (route := ROUTE.search(line)) and (labelled or re.fullmatch(
                    r"#+\s*[\W\d]*(?:HTTP\s+)?(?:POST|PUT|PATCH)\s+`?(?:\.{2,3}|…)?/[\w/{}:.-]*`?\s*", line.strip(), re.IGNORECASE)):
                # ('### POST /tutores', then '### Exemplo de requisição'; or the route's own heading over
                # '**Request Body:**' and the block)
                path = route.group(1) or route.group(2)
            break  # (only within the block's own section)
        if RESPONSE_LABEL.match(line) and not (sent or url):
            return None  # (the block under `- **Response**:` is what comes back, not what is sent)
        route = ROUTE.search(line)
        if route:
            path = route.group(1) or route.group(2)
            break
        if (said := METHOD_LINE.match(line)) is not None:
            if sent:
                break  # (an earlier request's method: its lines are not this block's)
            if said.group(1).upper() not in ("POST", "PUT", "PATCH"):
                return None  # (the nearest method is a DELETE's or a GET's: what its block shows is no body sent)
            sent = True
        url = url or ((m := URL_LINE.match(line)) and m.group(1)) or None
        if sent and url:
            break
    path = path or (url if sent else None)
    if path:
        named = [part for part in path.split("/") if re.fullmatch(r"[A-Za-z][\w-]*", part)]
        return named[-1].replace("-", "_") if named else None
    return None


# A heading that says what the block below it is, a request's body, not what it is about: '### Request',
# '### Exemplo de requisição', '#### Request body example'.
REQUEST_HEADING = re.compile(
    r"#+\s*(?:(?:example|sample|exemplo|ejemplo|exemple|beispiel)\s+(?:(?:de|of|d[eu]|del)\s+(?:a\s+|la\s+|uma?\s+)?)?)?"
    r"(?:request(?:\s+body)?|body|payload|input|requisi[çc][ãa]o|petici[óo]n|solicitud|requ[êe]te|anfrage|eingaben?|corpo|cuerpo)"
    r"(?:\s+(?:example|sample|de\s+exemplo|de\s+ejemplo))?\s*:?\s*", re.IGNORECASE)
RESPONSE_LABEL = re.compile(r"\s*(?:[-*+]\s+)?\**\s*(?:(?:example|sample|successful)\s+)?(?:response|respuesta|resposta|r[ée]ponse|antwort|r[üu]ckgabe|ausgabe|"
                            r"accepts?\s*:|produces\s*:)", re.IGNORECASE)  # ('- accept: json' over what comes back)
METHOD_LINE = re.compile(r"\s*(?:[-*+]\s+)?\**\s*(?:method|http method|m[ée]todo|méthode|methode|request type|type|"
                         r"tipo de (?:request|requisi[çc][ãa]o|solicitud|petici[óo]n))\s*\**\s*:?\s*\**\s*`?(GET|POST|PUT|PATCH|DELETE)\b",
                         re.IGNORECASE)
# (or the address alone on its line: `- localhost:3000/reservas`, `- http://localhost:3000/reservas`)
URL_LINE = re.compile(r"\s*(?:[-*+]\s+)?(?:\**\s*(?:url|endpoint|path|route|rota|ruta)\s*\**\s*:?\s*\**\s*`?|`?(?:https?://)?"
                      r"(?:localhost|[\w-]+(?:\.[\w-]+)+)(?::\d+)?(?=/))(/[\w/{}:.-]*)`?\s*$", re.IGNORECASE)


# The request line of a raw HTTP request that sends a body: `POST /api/activities/ HTTP/1.1`.
HTTP_REQUEST = re.compile(r"\A\s*(?:POST|PUT|PATCH)\s+(?:https?://[^/\s]+)?(/[^\s?]*)\S*\s+HTTP/\d")
# Or its method and address alone on the block's first line, the body below it: `POST: localhost:3000/listing/create`.
REQUEST_LINE = re.compile(r"\A\s*(?:POST|PUT|PATCH)\s*:?\s+(?:(?:https?://)?[\w.-]+(?::\d+)?)?(/[^\s?]*)\S*[ \t]*\n")
# The verbs of a route's last words, `/listing/create`, `/listing/update/status`: the resource is before them.
ROUTE_VERBS = re.compile(r"create|update|new|add|edit|save|delete|remove|duplicate|insert|register|modify|change|set",
                         re.IGNORECASE)


def extract(doc: Document) -> list[RawEntity]:
    """One entity per fenced object literal under a heading that names it, or sent to a route that does."""
    found = []
    sent_bodies: list[RawEntity] = []  # the bodies named by the route they are sent to
    lines = doc.text.splitlines()
    for code in doc.code:
        curled = _curl_body(code)
        if curled is not None:
            code, resource, updating = curled  # `curl https://api.example.com/v1/products -d '{ "name": ... }' -X POST`
            if entity := _object(code, doc.path, resource):
                if not updating:
                    _sent_presence(entity)
                sent_bodies.append(entity)
                found.append(entity)
            continue
        sent = HTTP_REQUEST.match(code.text) or (REQUEST_LINE.match(code.text) if code.lang in ("", "text", "http") else None)
        if sent and (body := re.search(r"^[ \t]*\{", code.text, re.MULTILINE)):
            # ```http `POST /api/activities/ HTTP/1.1`, its headers, then the body: the body, sent to the activities
            parts = sent.group(1).split("/")
            verb = next((i for i, part in enumerate(parts) if ROUTE_VERBS.fullmatch(part)), len(parts))
            named = [part for part in parts[:verb] if re.fullmatch(r"[A-Za-z][\w-]*", part)]
            code = Code(code.headings, code.line + code.text[:body.start()].count("\n"), "json", code.text[body.start():])
            code = _inner_row(code)
            if named and (entity := _object(code, doc.path, named[-1].replace("-", "_"))):
                if re.match(r"\s*POST\b", sent.group(0)):
                    _sent_presence(entity)  # (a create's body: each member one the client sends, unless marked)
                found.append(entity)
            continue
        titled = _name(code)
        name = titled or _routed(code, lines) or _route_page(code)
        if name and (entity := _object(code, doc.path, name) or _yaml_object(code, doc.path, name)):
            entity = _unwrapped(entity, code, doc.path) or entity
            first = next((e for e in sent_bodies if e.name == entity.name), None) if not titled else None
            known = {f.name for f in first.fields} if first is not None else set()
            shown = {f.name for f in entity.fields}
            if first is not None and len(known & shown) * 2 >= min(len(known), len(shown)) and known - shown and shown - known:
                # '## Home Service Request Body' and '## Physical Request Body' for one route: one body in two shapes,
                # each with a member of its own, that member optional (not a response's envelope, which shares none of
                # the body's members; nor an update's body, a part of the create's, which says nothing of presence)
                for field in first.fields:
                    if field.name not in shown:  # (the first shape's own members: optional too)
                        field.required, field.nullable = False, True
                first.fields += [replace(f, required=False, nullable=True) for f in entity.fields if f.name not in known]
                continue
            updating = not titled and _updating(code, lines)
            if updating and first is not None:
                # (`PUT /events/{id}` under `POST /events`: the update's body, every member `optional`, is a part of
                # the create's; it says nothing of what a create must send, and adds only what the create lacks)
                first.fields += [replace(f, required=False, nullable=True) for f in entity.fields if f.name not in known]
                continue
            if not titled and not updating:
                _sent_presence(entity)  # (a PUT's or a PATCH's body may carry a part: it says nothing of a create's)
                sent_bodies.append(entity)
            found.append(entity)
    return found


def _json_object(text: str) -> dict[str, Any] | None:
    """The JSON object a block holds, or None when it holds none (not JSON, or a list)."""
    try:
        body = json.loads(text)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _inner_row(code: Code) -> Code:
    """A request's body that holds the row in one object under a key of its own, beside no more than an id
    (`{"id": 3004, "property": {"title": ..., "rooms": 5, ...}}`): that object, its lines kept."""
    body = _json_object(code.text)
    if body is None:
        return code
    objects = [k for k, v in body.items() if isinstance(v, dict) and len(v) >= 3]
    others = [k for k in body if k not in objects]
    if len(objects) != 1 or len(others) > 1 or any(not re.fullmatch(r"(?i)id|\w+_?id", k) for k in others):
        return code
    lines = code.text.split("\n")
    start = next((i for i, line in enumerate(lines) if re.match(rf'\s*(?:\{{\s*)?"{re.escape(objects[0])}"\s*:\s*\{{\s*$', line)), None)
    if start is None:
        return code
    depth, end = 0, None
    for i in range(start, len(lines)):
        depth += lines[i].count("{") - lines[i].count("}") - (1 if i == start and re.match(r"\s*\{", lines[i]) else 0)
        if depth <= 0 and i > start:
            end = i
            break
    if end is None:
        return code
    text = "\n".join(["{", *lines[start + 1:end], "}"]) + "\n"
    return Code(code.headings, code.line + start, code.lang, text)


def _unwrapped(entity: RawEntity, code: Code, path: str) -> RawEntity | None:
    """A body that wraps the row in its name, Rails' way (`{"reservation": {"guest_count": 2, ...}, "guest": {...}}`
    sent to `/reservations`): the row inside, named so."""
    wanted = {singular(normal_name(entity.name)), normal_name(entity.name)}
    body = _json_object(code.text)
    if body is None:
        return None
    key = next((k for k, v in body.items() if isinstance(v, dict) and len(v) >= 2 and normal_name(k) in wanted), None)
    if key is None:
        return None
    inner = RawEntity(name=key, kind="example", file=path, line=entity.line, context=entity.context)
    for name, value in body[key].items():
        if re.fullmatch(r"[A-Za-z_]\w*", name):
            shown = json.dumps(value, ensure_ascii=False)
            inner.fields.append(_field(name, shown, f"{name}: {shown}", path=path, line_number=entity.line, following=[]))
    return inner if len(inner.fields) >= 2 else None
