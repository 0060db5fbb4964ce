"""The base of every tool result: its JSON schema carries no titles, which agents pay for but never use."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


def _drop_titles(schema: dict[str, Any]) -> None:
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        if isinstance(prop, dict):
            prop.pop("title", None)


class Result(BaseModel):
    model_config = ConfigDict(json_schema_extra=_drop_titles)
