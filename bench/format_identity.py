"""Generate a fixed set of backends, to check that a change to formatting leaves every file byte-identical.

    .venv/bin/python bench/format_identity.py --write DIR          # generate into DIR
    .venv/bin/python bench/format_identity.py --compare OLD NEW    # every file of both, byte for byte

Run `--write` with the old code (e.g. `git archive <commit> | tar -x -C /tmp/old`, then
`PYTHONPATH=/tmp/old/server .venv/bin/python bench/format_identity.py --write /tmp/a`) and with
the new, then `--compare`. The set: three backends (external auth with str ids, builtin auth with
uuid ids, external with int ids and no deploy files), each with the bench's specs, the test specs,
a spec with the full `api` contract, long names and descriptions that force line wrapping, and 25
random specs with awkward names and hostile text (tests/random_specs.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from backend_builder import operations
from backend_builder.errors import BuilderError
from random_specs import random_spec
from run import SPEC_5, SPEC_10

FULL_API: dict[str, Any] = {  # as tests/test_api_spec.py
    "path": "/api/v1/{user_id}/tasks",
    "casing": "camel",
    "create_status": 200,
    "delete_status": 200,
    "list": {
        "filters": [
            {"param": "status", "field": "completed",
             "values": {"pending": False, "completed": True, "all": None}, "default": "all"},
            {"param": "priority", "field": "priority"},
        ],
        "sort": {"param": "sort", "keys": {"created": "created_at", "title": "title"}, "order_param": "order",
                 "default": "created", "default_order": "desc"},
        "paging": {"style": "page", "limit_param": "page_size", "default_limit": 20, "max_limit": 100},
        "response": {"shape": "object", "items_key": "tasks", "total_key": "total", "echo_paging": True,
                     "counts": {"pending": {"field": "completed", "value": False},
                                "completed": {"field": "completed", "value": True}}},
    },
    "actions": [{"action": "complete", "method": "PUT", "path": "/{id}/toggle"}],
    "errors": {"style": "custom", "status": 400,
               "body": {"error": "{error}", "detail": "{message}", "field": "{field}"}},
}

LONG = "a_rather_long_field_name_that_goes_on_to_force_wrapping"


def specs() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [SPEC_5, SPEC_10]
    for path in sorted((HERE.parent / "tests/specs").glob("*.json")):
        out.append(json.loads(path.read_text()))
    out.append({"name": "todo", "fields": [
        {"name": "title", "type": "str", "max_length": 200},
        {"name": "completed", "type": "bool", "default": False},
        {"name": "priority", "type": "enum", "enum_values": ["low", "medium", "high"], "default": "medium"},
    ], "actions": {"complete": "completed"}, "api": {**FULL_API, "path": "/api/v1/{user_id}/todos"}})
    out.append({"name": "extraordinarily_long_feature_name_for_wrapping", "fields": [
        {"name": LONG, "type": "str", "max_length": 4000,
         "description": "A very long description that keeps going, " * 6},
        {"name": LONG + "_2", "type": "enum",
         "enum_values": ["first_very_long_enum_value", "second_very_long_enum_value", "third_value_here",
                         "fourth_value_that_is_long_too"], "default": "third_value_here"},
        {"name": LONG + "_3", "type": "decimal", "ge": 0, "le": 1000000, "max_digits": 18, "decimal_places": 4},
        {"name": "due", "type": "date", "required": False},
    ], "search": [LONG], "filters": [LONG + "_2"], "stats": True})
    for seed in range(25):
        spec = random_spec(seed)
        out.append({**spec, "name": f"r{seed}_{spec['name']}"})
    return out


BACKENDS = [
    ("ext_str", {"user_id_type": "str", "auth": "external"}),
    ("builtin_uuid", {"user_id_type": "uuid", "auth": "builtin"}),
    ("ext_int", {"user_id_type": "int", "auth": "external", "deploy": False}),
]


def write(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    refused = 0
    for backend, options in BACKENDS:
        operations.init_project(str(root), backend_dir=backend, **options)
        for spec in specs():
            try:
                operations.scaffold_feature(str(root), spec=spec, backend_dir=backend)
            except BuilderError as exc:
                refused += 1
                print(f"  {backend}: {spec['name']} refused: {str(exc).splitlines()[1][:100]}")
    files = [p for p in root.rglob("*") if p.is_file()]
    try:  # the code under test may predate it
        from backend_builder.generate import ruff_server
        how = "the ruff server" if ruff_server._server is not None and ruff_server.enabled() else "ruff processes"
    except ImportError:
        how = "ruff processes"
    print(f"{len(files)} files in {root} ({refused} specs refused) in {time.perf_counter() - started:.1f} s, "
          f"formatted by {how}")


def compare(old: Path, new: Path) -> int:
    def tree(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    a, b = tree(old), tree(new)
    differ = sorted(p for p in a.keys() & b.keys() if a[p] != b[p])
    only = sorted(a.keys() ^ b.keys())
    python = sum(p.endswith(".py") for p in a)
    print(f"{len(a)} files ({python} Python) in {old}, {len(b)} in {new}: "
          f"{len(differ)} differ, {len(only)} in one only")
    for path in [*differ, *only][:20]:
        print("  ", path)
    return 1 if differ or only else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="generate the backends into this folder")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.write:
        write(args.write)
    if args.compare:
        raise SystemExit(compare(*args.compare))


if __name__ == "__main__":
    main()
