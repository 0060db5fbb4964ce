"""Our own spec form: a markdown file a person can read and edit, that round-trips exactly.

    # Feature: task

    Description: Things to do.

    ## Fields

    | name | type | required | default | constraints | description |
    | --- | --- | --- | --- | --- | --- |
    | title | str | yes |  | max_length=200; min_length=1 | Short title |
    | status | enum | no | "todo" | values=["todo", "done"]; index |  |
    | due_date | date | no |  | json_key="DueDate" |  |

    ## Endpoints

    - plural: tasks
    - actions: complete=completed
    - stats: yes
    - search: title
    - filters: status

    ## API

    ```json
    {"path": "/api/tasks", "create_status": 200}
    ```

Cells that could be misread (a pipe, a backslash, a newline, surrounding spaces, a leading quote)
are written as JSON strings, with `|` as `\\u007c` so that no cell ever holds a raw pipe.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt

from backend_builder.spec.model import FeatureSpec

FIELD_COLUMNS = ["name", "type", "required", "default", "constraints", "description"]
NUMBER_KEYS = ("max_length", "min_length", "ge", "le", "max_digits", "decimal_places")
FLAG_KEYS = ("unique", "index")
OPTION_KEYS = ("plural", "actions", "stats", "search", "filters")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False).replace("|", "\\u007c")


def _text_cell(text: str | None) -> str:
    if not text:
        return ""
    plain = (
        text == text.strip()
        and not text.startswith('"')
        and not any(c in text for c in "|\\\n\r\t`")
        and text.isprintable()
    )
    return text if plain else _json(text)


def _read_text_cell(cell: str) -> str | None:
    if not cell:
        return None
    if cell.startswith('"'):
        value = json.loads(cell)
        if not isinstance(value, str):
            raise ValueError(f"expected a JSON string, got {cell!r}")
        return value
    return cell


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def to_markdown(spec: FeatureSpec) -> str:
    lines = [f"# Feature: {spec.name}", ""]
    if spec.description:
        lines += [f"Description: {_text_cell(spec.description)}", ""]
    lines += ["## Fields", "", "| " + " | ".join(FIELD_COLUMNS) + " |", "|" + " --- |" * len(FIELD_COLUMNS)]
    for f in spec.fields:
        constraints = []
        for key in NUMBER_KEYS:
            value = getattr(f, key)
            if value is not None:
                constraints.append(f"{key}={_number(value)}")
        if f.enum_values is not None:
            constraints.append(f"values={_json(f.enum_values)}")
        constraints += [key for key in FLAG_KEYS if getattr(f, key)]
        if f.json_key is not None:
            constraints.append(f"json_key={_json(f.json_key)}")
        cells = [
            f.name,
            f.type,
            "yes" if f.required else "no",
            "" if f.default is None else _json(f.default),
            "; ".join(constraints),
            _text_cell(f.description),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    options = [f"- plural: {spec.plural}"]
    if spec.actions:
        options.append("- actions: " + ", ".join(f"{a}={t}" for a, t in spec.actions.items()))
    if spec.stats:
        options.append("- stats: yes")
    if spec.search:
        options.append("- search: " + ", ".join(spec.search))
    if spec.filters:
        options.append("- filters: " + ", ".join(spec.filters))
    lines += ["", "## Endpoints", "", *options, ""]
    if spec.api is not None:
        contract = spec.api.model_dump(mode="json", exclude_defaults=True)
        lines += ["## API", "", "The contract the routes serve (see the FeatureSpec schema's `api`).", "",
                  "```json", json.dumps(contract, indent=2, ensure_ascii=False), "```", ""]
    return "\n".join(lines)


@dataclass
class Parsed:
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)  # part of the spec -> 1-based source line
    problems: list[str] = field(default_factory=list)


def _constraints(cell: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    decoder = json.JSONDecoder()
    i = 0
    while i < len(cell):
        if cell[i] in " ;":
            i += 1
            continue
        match = re.compile(r"[a-z_]+").match(cell, i)
        if not match:
            raise ValueError(f"cannot read constraints at {cell[i:]!r}")
        key, i = match.group(), match.end()
        if i < len(cell) and cell[i] == "=":
            value, i = decoder.raw_decode(cell, i + 1)
            out["enum_values" if key == "values" else key] = value
        elif key in FLAG_KEYS:
            out[key] = True
        else:
            raise ValueError(f"constraint {key!r} needs a value, e.g. {key}=200")
    return out


def is_canonical(text: str) -> bool:
    return bool(re.search(r"^# Feature: ", text, re.MULTILINE)) and "| name | type | required |" in text


def from_markdown(text: str) -> Parsed:
    """Parse the canonical form; `problems` says what could not be read, with its line."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    parsed = Parsed(data={"fields": []})
    section = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] + 1) if tok.map else 0
        if tok.type == "heading_open":
            title = tokens[i + 1].content.strip()
            if tok.tag == "h1" and title.startswith("Feature:"):
                parsed.data["name"] = title.removeprefix("Feature:").strip()
                parsed.lines["name"] = line
            section = title.lower() if tok.tag == "h2" else section
        elif tok.type == "paragraph_open" and tokens[i + 1].content.startswith("Description:"):
            raw = tokens[i + 1].content.removeprefix("Description:").strip()
            parsed.data["description"] = _read_text_cell(raw)
            parsed.lines["description"] = line
        elif tok.type == "tr_open" and section == "fields":
            cells, j = [], i + 1
            while tokens[j].type != "tr_close":
                if tokens[j].type == "inline":
                    cells.append(tokens[j].content.strip())
                j += 1
            if cells != FIELD_COLUMNS:
                _field_row(parsed, cells, line)
            i = j
        elif tok.type == "fence" and section == "api" and tok.info.strip() == "json":
            try:
                parsed.data["api"] = json.loads(tok.content)
                parsed.lines["api"] = line
            except ValueError as exc:
                parsed.problems.append(f"line {line}: the API block is not valid JSON ({exc}).")
        elif tok.type == "inline" and section == "endpoints" and ":" in tok.content:
            key, _, value = tok.content.partition(":")
            _option(parsed, key.strip(), value.strip(), line)
        i += 1
    return parsed


def _field_row(parsed: Parsed, cells: list[str], line: int) -> None:
    if len(cells) != len(FIELD_COLUMNS):
        parsed.problems.append(f"line {line}: a field row needs {len(FIELD_COLUMNS)} cells, has {len(cells)}")
        return
    name, type_, required, default, constraints, description = cells
    item: dict[str, Any] = {"name": name, "type": type_, "required": required.lower() in ("yes", "true")}
    try:
        if default:
            item["default"] = json.loads(default)
        item.update(_constraints(constraints))
        text = _read_text_cell(description)
        if text is not None:
            item["description"] = text
    except ValueError as exc:
        parsed.problems.append(f"line {line}: field {name!r}: {exc}")
        return
    parsed.lines[f"fields.{name}"] = line
    parsed.data["fields"].append(item)


def _option(parsed: Parsed, key: str, value: str, line: int) -> None:
    if key not in OPTION_KEYS:
        parsed.problems.append(f"line {line}: unknown endpoint option {key!r} (known: {', '.join(OPTION_KEYS)})")
        return
    parsed.lines[key] = line
    items = [v.strip() for v in value.split(",") if v.strip()]
    if key == "plural":
        parsed.data["plural"] = value
    elif key == "stats":
        parsed.data["stats"] = value.lower() in ("yes", "true")
    elif key == "actions":
        parsed.data["actions"] = dict(item.partition("=")[::2] for item in items)
    else:
        parsed.data[key] = items
