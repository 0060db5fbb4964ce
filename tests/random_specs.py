"""Random valid FeatureSpecs, for checking that any spec generates a working backend."""

from __future__ import annotations

import random
import string
from typing import Any

from backend_builder.spec.model import FIELD_TYPES

AWKWARD = ["order", "type", "date", "json", "group", "select", "user", "limit_value", "copy", "schema",
           "dict", "validate", "session", "total", "page", "query", "response", "datetime", "uuid", "decimal",
           "text", "field", "row", "id_", "metadata", "model_config", "utc_now", "sa", "col", "func"]
HOSTILE = ['"', "'''", '"""', "\\", "{{ x }}", "{% if %}", "\n", "\r\n", "\t", "ünï", "漢字", "🙂", "|", "`", "$(rm)",
           "'); DROP TABLE x; --", "\x1b[31m", "</script>"]


def _text(rng: random.Random, size: int = 3) -> str:
    return "".join(rng.choice(HOSTILE + list(string.ascii_letters + " ")) for _ in range(size))


def random_field(rng: random.Random, name: str) -> dict[str, Any]:
    t = rng.choice(FIELD_TYPES)
    field: dict[str, Any] = {"name": name, "type": t, "required": rng.random() < 0.5}
    if rng.random() < 0.5:
        field["description"] = _text(rng, rng.randint(1, 12))
    if t in ("str", "text"):
        if rng.random() < 0.6:
            field["max_length"] = rng.choice([1, 3, 8, 50, 255, 4000])
        if rng.random() < 0.3:
            field["min_length"] = rng.randint(0, field.get("max_length", 10))
    if t in ("int", "float", "decimal") and rng.random() < 0.6:
        lo = rng.choice([-(10**12), -5, 0, 1])
        field["ge"] = lo
        if rng.random() < 0.5:
            field["le"] = lo + rng.choice([0, 1, 10, 10**13])
    if t == "decimal" and rng.random() < 0.5:
        field["max_digits"] = rng.randint(15, 20)
        field["decimal_places"] = rng.randint(0, 4)
    if t == "enum":
        field["enum_values"] = list(dict.fromkeys(_text(rng, rng.randint(1, 6)) or "v" for _ in range(rng.randint(1, 4))))
    if not field["required"] and rng.random() < 0.5:
        default = {
            "str": "d", "text": _text(rng, 5), "int": field.get("ge", 0), "float": field.get("ge", 0.5),
            "decimal": str(field.get("ge", 1)), "bool": rng.random() < 0.5, "date": "2024-02-29",
            "datetime": rng.choice(["now", "2024-02-29T12:00:00+02:00"]), "uuid": "uuid4",
            "enum": (field.get("enum_values") or ["x"])[0], "json": {"k": [1, None, "\\"]}, "list[str]": ["a"],
        }[t]
        if t in ("str", "text") and field.get("min_length", 0) > len(default):
            default = default.ljust(field["min_length"], "d")
        if t in ("str", "text") and field.get("max_length") is not None:
            default = default[: field["max_length"]]
        if t in ("str", "text") and field.get("min_length", 0) > len(default):
            default = None
        if default is not None:
            field["default"] = default
    if t in ("str", "int", "date", "uuid", "enum", "float", "decimal", "datetime") and rng.random() < 0.2:
        field["unique"] = True
    if rng.random() < 0.2:
        field["index"] = True
    if rng.random() < 0.25:  # the spec's own key (`ORDER`, `IdV2`, `groupKey`): the client sends and reads it
        field["json_key"] = rng.choice([name.upper(), "".join(p.capitalize() for p in name.split("_")) + "V2",
                                        name + "Key"])
    return field


def random_spec(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    names = rng.sample(AWKWARD + [f"f{i}" for i in range(20)], rng.randint(1, 9))
    fields = [random_field(rng, name) for name in names]
    bools = [f["name"] for f in fields if f["type"] == "bool"]
    texts = [f["name"] for f in fields if f["type"] in ("str", "text", "enum")]
    filterable = [f["name"] for f in fields if f["type"] not in ("json", "list[str]", "text")
                  and f["name"] not in ("limit", "offset", "order_by")]
    spec: dict[str, Any] = {
        "name": rng.choice(["task", "order_item", "category", "row", "status", "person", "item_v2"]),
        "fields": fields,
        "stats": rng.random() < 0.5,
    }
    if bools and rng.random() < 0.7:
        spec["actions"] = {rng.choice(["complete", "archive", "mark_done", "pin"]): rng.choice(bools)}
    if texts and rng.random() < 0.6:
        spec["search"] = rng.sample(texts, rng.randint(1, len(texts)))
    if filterable and rng.random() < 0.6:
        spec["filters"] = rng.sample(filterable, rng.randint(1, len(filterable)))
    return spec
