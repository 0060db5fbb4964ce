"""The models declare the indexes the generated queries use: the owner first, then a sort key or
a filter column, then id; SQLite's planner uses them for the list's page (no sort step)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from backend_builder import operations
from backend_builder.generate.steps import index_columns
from backend_builder.spec.canonical import from_markdown
from backend_builder.spec.model import FeatureSpec

from .conftest import REPO, load_spec, run

TASK = from_markdown((REPO / "examples/task.md").read_text()).data
CONTRACT_API: dict[str, Any] = {
    "list": {"filters": [{"param": "status", "field": "completed",
                          "values": {"pending": False, "completed": True, "all": None}, "default": "all"}],
             "sort": {"param": "sort", "keys": {"created": "created_at", "title": "title"},
                      "order_param": "order", "default": "created", "default_order": "desc"}},
}


def test_house_contract_one_index_per_sort_key_and_filter() -> None:
    spec = FeatureSpec.model_validate(TASK)
    assert index_columns(spec) == [
        ("user_id", "id"),
        ("user_id", "title", "id"),
        ("user_id", "completed", "id"),
        ("user_id", "priority", "id"),
        ("user_id", "due_date", "id"),
        ("user_id", "created_at", "id"),
        ("user_id", "updated_at", "id"),
    ]  # description (text) and tags (JSON) are neither sortable nor indexable


def test_the_api_parts_sort_keys_and_filters_are_indexed() -> None:
    spec = FeatureSpec.model_validate({**TASK, "filters": [], "api": CONTRACT_API})
    assert index_columns(spec) == [
        ("user_id", "id"), ("user_id", "created_at", "id"), ("user_id", "title", "id"),
        ("user_id", "completed", "id"),
    ]


def test_unique_text_and_long_strings_get_no_extra_index() -> None:
    spec = FeatureSpec.model_validate({"name": "page", "filters": ["headline", "slug"], "fields": [
        {"name": "slug", "type": "str", "max_length": 100, "unique": True},
        {"name": "headline", "type": "str", "max_length": 5000},
        {"name": "body", "type": "text", "required": False},
    ]})
    assert index_columns(spec) == [("user_id", "id"), ("user_id", "created_at", "id"), ("user_id", "updated_at", "id")]


PROBE = """
import json, sys
from sqlalchemy import inspect, text
from sqlmodel import SQLModel, create_engine
import app.models
engine = create_engine("sqlite://")
SQLModel.metadata.create_all(engine)
out = {}
for table in sys.argv[1:]:
    out[table] = sorted(tuple(i["column_names"]) for i in inspect(engine).get_indexes(table))
with engine.connect() as c:
    out["plan"] = [list(r) for r in c.execute(text(
        "EXPLAIN QUERY PLAN SELECT * FROM tasks WHERE user_id = 'a' ORDER BY title, id LIMIT 20"))]
print(json.dumps(out))
"""


@pytest.mark.parametrize("user_id_type", ["str", "int"])
def test_the_models_create_the_indexes_and_the_page_query_uses_one(tmp_path: Path, user_id_type: str) -> None:
    operations.init_project(str(tmp_path), user_id_type=user_id_type)
    operations.scaffold_feature(str(tmp_path), spec=TASK)
    operations.scaffold_feature(str(tmp_path), spec=load_spec("awkward_names"))
    awkward = FeatureSpec.model_validate(load_spec("awkward_names"))
    backend = tmp_path / "backend"
    proc = run([sys.executable, "-c", PROBE, "tasks", awkward.table], cwd=backend)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    # and completed's own index, which examples/task.md asks for
    assert [tuple(c) for c in found["tasks"]] == sorted([("completed",), *index_columns(FeatureSpec.model_validate(TASK))])
    assert len(found[awkward.table]) >= len(index_columns(awkward))
    plan = " ".join(str(row[-1]) for row in found["plan"])
    assert "USING INDEX ix_tasks_user_id_title_id" in plan and "TEMP B-TREE" not in plan
