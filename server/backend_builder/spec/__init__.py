"""FeatureSpec and the readers that turn spec files into one."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from backend_builder.errors import BuilderError
from backend_builder.spec.model import FeatureSpec, Field

__all__ = ["EXAMPLE_SPEC", "FeatureSpec", "Field", "parse_spec"]

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


def parse_spec(data: Any) -> FeatureSpec:
    """Validate a FeatureSpec from plain data; errors name the offending field and the fix."""
    if isinstance(data, FeatureSpec):
        return data
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise BuilderError(
                f"The spec is a string but not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).",
                fix="pass the FeatureSpec as a JSON object (or a string holding one).",
                example=EXAMPLE_SPEC,
            ) from None
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
        raise BuilderError(
            "The spec cannot be generated:\n" + "\n".join(lines),
            fix="correct the fields named above and call again; nothing was written.",
            example=EXAMPLE_SPEC,
        ) from None
