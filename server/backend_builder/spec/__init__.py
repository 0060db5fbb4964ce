"""FeatureSpec and the readers that turn spec files into one."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from backend_builder.errors import BuilderError
from backend_builder.spec.model import FeatureSpec, Field

__all__ = ["EXAMPLE_SPEC", "MAX_SPEC_CHARS", "FeatureSpec", "Field", "check_spec_size", "load_spec_json", "parse_spec"]

EXAMPLE_SPEC = (
    '{"name": "task", "fields": [{"name": "title", "type": "str", "max_length": 200}, '
    '{"name": "completed", "type": "bool", "required": false, "default": false}]}'
)


def _where(loc: tuple[Any, ...], data: Any) -> str:
    """'fields[2] (name 'from')' rather than a bare pydantic location."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{item}]"]
        else:
            parts.append(str(item))
        node = node[item] if isinstance(node, (dict, list)) and _has(node, item) else None
        if isinstance(item, int) and isinstance(node, dict) and isinstance(node.get("name"), str):
            parts[-1] += f" (name {node['name']!r})"
    return ".".join(parts) or "spec"


def _has(node: Any, key: Any) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(key, int) and 0 <= key < len(node)


# A FeatureSpec is a few levels deep and a few kilobytes long; far beyond that is not a spec.
MAX_SPEC_DEPTH = 32
MAX_SPEC_NODES = 50_000
MAX_SPEC_CHARS = 1_000_000


def check_spec_size(data: Any) -> None:
    """Refuse data nested or sized beyond any spec, before anything recursive touches it."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    nodes = 0
    chars = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if depth > MAX_SPEC_DEPTH:
            raise BuilderError(
                f"The spec is nested more than {MAX_SPEC_DEPTH} levels deep; a FeatureSpec is a few levels deep.",
                fix="send a FeatureSpec object: a name and a list of fields.",
                example=EXAMPLE_SPEC,
            )
        if nodes > MAX_SPEC_NODES:
            raise BuilderError(f"The spec holds more than {MAX_SPEC_NODES} values; it is not a feature spec.",
                               example=EXAMPLE_SPEC)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
            chars += sum(len(k) for k in node if isinstance(k, str))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, str):
            chars += len(node)
        if chars > MAX_SPEC_CHARS:
            raise BuilderError(f"The spec is larger than {MAX_SPEC_CHARS:,} characters; it is not a feature spec.",
                               example=EXAMPLE_SPEC)


def load_spec_json(text: str, source: str = "The spec") -> Any:
    """JSON text to data with clear errors for malformed, oversized or absurdly nested input."""
    if len(text) > MAX_SPEC_CHARS:
        raise BuilderError(f"{source} is larger than {MAX_SPEC_CHARS:,} characters; it is not a feature spec.",
                           example=EXAMPLE_SPEC)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BuilderError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).",
            fix="pass the FeatureSpec as a JSON object (or a string holding one).",
            example=EXAMPLE_SPEC,
        ) from None
    except RecursionError:
        raise BuilderError(
            f"{source} is nested too deeply to be a FeatureSpec (more than {MAX_SPEC_DEPTH} levels).",
            example=EXAMPLE_SPEC,
        ) from None
    check_spec_size(data)
    return data


def parse_spec(data: Any) -> FeatureSpec:
    """Validate a FeatureSpec from plain data; errors name the offending field and the fix."""
    if isinstance(data, FeatureSpec):
        return data
    if isinstance(data, str):
        data = load_spec_json(data, "The spec string")
    else:
        check_spec_size(data)
    if not isinstance(data, dict):
        raise BuilderError(
            f"A spec must be a JSON object, got {type(data).__name__}.", example=EXAMPLE_SPEC
        )
    try:
        return FeatureSpec.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False):
            where = _where(tuple(err["loc"]), data)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key; remove it (see the FeatureSpec schema for the allowed keys)"
            elif err["type"] == "literal_error" and err["loc"][-1] == "type":
                msg = f"unknown type {err.get('input')!r}; {msg}"
            lines.append(f"- {where}: {msg}")
        if len(lines) > 20:
            lines[20:] = [f"- and {len(lines) - 20} more"]
        raise BuilderError(
            "The spec cannot be generated:\n" + "\n".join(lines),
            fix="correct the fields named above and call again; nothing was written.",
            example=EXAMPLE_SPEC,
        ) from None
