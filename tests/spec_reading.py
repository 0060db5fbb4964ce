"""Helpers of the read_spec tests: write a spec folder, read it, and check the draft is a valid FeatureSpec."""

from __future__ import annotations

from pathlib import Path

from backend_builder import operations
from backend_builder.spec import parse_spec


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


def read(root: Path, files: dict[str, str], feature: str):  # type: ignore[no-untyped-def]
    draft = operations.read_spec(str(write(root, files)), feature)
    assert draft.spec is not None, draft.blocking
    parse_spec(draft.spec)  # every draft below is a valid FeatureSpec
    return draft, {f["name"]: f for f in draft.spec["fields"]}
