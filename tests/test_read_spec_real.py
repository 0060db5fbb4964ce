"""read_spec on specs as people write them: every source style, both layouts, conflicts and open points."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.spec import parse_spec

from .conftest import REPO

SCHEMA_TABLE = """# Database

## users (managed by Better Auth)

| Column | Type | Constraints |
|--------|------|-------------|
| id | VARCHAR(255) | PRIMARY KEY |
| email | VARCHAR(255) | UNIQUE, NOT NULL |

## notes

| Column | Type | Constraints | Description |
|--------|------|-------------|-------------|
| id | SERIAL | PRIMARY KEY | |
| user_id | VARCHAR(255) | NOT NULL, FK | owner |
| heading | VARCHAR(120) | NOT NULL | Short heading |
| body | TEXT | | Free text |
| pinned | BOOLEAN | NOT NULL, DEFAULT false | |
| mood | VARCHAR(10) | DEFAULT 'calm' | one of: calm, busy, tired |
| created_at | TIMESTAMP | NOT NULL, DEFAULT NOW() | |
"""

FEATURE = """# Notes feature

- A note's heading must be 1-80 characters.
- The body is limited to 5000 characters.
"""

API = """# API

| Method | Path |
|--------|------|
| GET | /api/{user_id}/notes |
| POST | /api/{user_id}/notes |
| PATCH | /api/{user_id}/notes/{id}/pin |
| GET | /api/{user_id}/notes/stats |
| GET | /api/{user_id}/notes/search?q= |
"""

SQL = """# Schema

```sql
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE bookmarks (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id),
    url VARCHAR(2048) NOT NULL UNIQUE,
    label VARCHAR(60) CHECK (char_length(label) >= 1),
    visits INTEGER NOT NULL DEFAULT 0,
    level level DEFAULT 'low',
    kind VARCHAR(10) NOT NULL, -- article, video, podcast
    tags TEXT[],
    saved_on DATE,
    price NUMERIC(8, 2),
    extra JSONB,
    created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_bookmarks_kind ON bookmarks(kind);
CREATE INDEX idx_bookmarks_user_kind ON bookmarks(user_id, kind);
```
"""

SQLMODEL = """# Models

```python
from enum import Enum

class Stage(str, Enum):
    todo = "todo"
    done = "done"

class CardBase(SQLModel):
    title: str = Field(min_length=1, max_length=150)

class Card(CardBase, table=True):
    __tablename__ = "cards"
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    stage: Stage = Field(default=Stage.todo)
    estimate: Optional[float] = None
    owner: "User" = Relationship(back_populates="cards")
```
"""

BULLETS = """# Data

## Habits

- `name` (string, required): what to do, max 100 characters
- `cadence` (enum: daily, weekly): how often
- `streak` (integer, default 0): days in a row
- `archived` (boolean, optional)
"""

OPENAPI = """openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /api/readings:
    get: {responses: {'200': {description: ok}}}
    post: {responses: {'201': {description: ok}}}
components:
  schemas:
    Reading:
      type: object
      required: [book, status]
      properties:
        id: {type: string, format: uuid}
        book: {type: string, maxLength: 300}
        status: {type: string, enum: [want, reading, done]}
        rating: {type: integer}
        finished_on: {type: string, format: date}
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def fields(draft) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {f["name"]: f for f in draft.spec["fields"]}


def test_spec_kit_plus_layout_with_tables_rules_and_endpoints(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA_TABLE, "specs/features/notes.md": FEATURE,
                 "specs/api/rest-endpoints.md": API})
    draft = operations.read_spec(str(root), "notes")
    assert draft.valid and draft.layout == "spec-kit-plus" and draft.user_id_type == "str"
    got = fields(draft)
    assert list(got) == ["heading", "body", "pinned", "mood"]
    assert got["heading"] == {**got["heading"], "type": "str", "required": True, "max_length": 120, "min_length": 1}
    assert got["body"]["type"] == "text" and got["body"]["max_length"] == 5000 and not got["body"]["required"]
    assert got["pinned"]["default"] is False and not got["pinned"]["required"]
    assert got["mood"]["type"] == "enum" and got["mood"]["enum_values"] == ["calm", "busy", "tired"]
    assert got["mood"]["default"] == "calm"
    assert draft.spec["actions"] == {"pin": "pinned"} and draft.spec["stats"] is True
    assert draft.spec["search"] == ["heading", "body"]
    assert any("users" in d and "auth" in d for d in draft.diagnostics)
    assert any("max_length 120" in d and "80" in d and "schema wins" in d for d in draft.diagnostics)
    heading = next(s for s in draft.sources if s.part == "fields.heading")
    line = (root / heading.file).read_text().splitlines()[heading.line - 1]
    assert line.startswith("| heading |")
    assert parse_spec(draft.spec).name == "note"


def test_sql_ddl(root: Path) -> None:
    write(root, {"specs/database/schema.md": SQL})
    draft = operations.read_spec(str(root), "bookmark")
    got = fields(draft)
    assert draft.user_id_type == "uuid"
    assert {n: f["type"] for n, f in got.items()} == {
        "url": "str", "label": "str", "visits": "int", "level": "enum", "kind": "enum", "tags": "list[str]",
        "saved_on": "date", "price": "decimal", "extra": "json"}
    assert got["url"]["unique"] and got["url"]["max_length"] == 2048 and got["url"]["required"]
    assert got["label"]["min_length"] == 1 and not got["label"]["required"]
    assert got["level"]["enum_values"] == ["low", "high"] and got["level"]["default"] == "low"
    assert got["kind"]["enum_values"] == ["article", "video", "podcast"] and got["kind"]["index"]
    assert got["visits"]["default"] == 0 and not got["visits"]["required"]


def test_sqlmodel_classes(root: Path) -> None:
    write(root, {"specs/database/schema.md": SQLMODEL})
    draft = operations.read_spec(str(root), "card")
    got = fields(draft)
    assert list(got) == ["title", "stage", "estimate"]  # inherited first; the relationship is not a column
    assert got["title"]["max_length"] == 150 and got["title"]["min_length"] == 1
    assert got["stage"]["type"] == "enum" and got["stage"]["enum_values"] == ["todo", "done"]
    assert got["estimate"] == {**got["estimate"], "type": "float", "required": False}
    assert draft.user_id_type == "int" and draft.spec["plural"] == "cards"


def test_bullet_lists(root: Path) -> None:
    write(root, {"specs/database/schema.md": BULLETS})
    got = fields(operations.read_spec(str(root), "habit"))
    assert got["name"]["required"] and got["name"]["max_length"] == 100
    assert got["cadence"]["enum_values"] == ["daily", "weekly"]
    assert got["streak"]["default"] == 0 and got["archived"]["type"] == "bool" and not got["archived"]["required"]


def test_spec_kit_layout_with_openapi_contract(root: Path) -> None:
    write(root, {"specs/002-reading-log/spec.md": "# Reading log\n\nTrack books.\n",
                 "specs/002-reading-log/contracts/openapi.yaml": OPENAPI,
                 "specs/001-other/data-model.md": BULLETS})
    draft = operations.read_spec(str(root), "reading-log")
    assert draft.layout == "spec-kit"
    assert all(f.startswith("specs/002-reading-log/") for f in draft.files_used)
    got = fields(draft)
    assert got["book"]["max_length"] == 300 and got["book"]["required"]
    assert got["status"]["enum_values"] == ["want", "reading", "done"]
    assert got["finished_on"]["type"] == "date" and not got["rating"]["required"]
    assert "GET /api/readings" in draft.endpoints


def test_what_cannot_be_read_is_a_blocking_point_not_a_guess(root: Path) -> None:
    write(root, {"specs/database/schema.md": "# Schema\n\n| Column | Type |\n|---|---|\n| id | SERIAL |\n"
                 "| title | VARCHAR(50) |\n| shape | GEOMETRY |\n"})
    draft = operations.read_spec(str(root), "thing")
    assert not draft.valid or draft.blocking
    assert any("shape" in b and "GEOMETRY" in b for b in draft.blocking)
    assert [f["name"] for f in draft.spec["fields"]] == ["title"]
    operations.init_project(str(root))
    with pytest.raises(Exception, match="open questions"):
        operations.scaffold_feature(str(root), feature="thing")


def test_a_real_spec_scaffolds_a_backend_whose_tests_pass(root: Path) -> None:
    write(root, {"specs/database/schema.md": SCHEMA_TABLE, "specs/features/notes.md": FEATURE,
                 "specs/api/rest-endpoints.md": API})
    operations.init_project(str(root))
    result = operations.scaffold_feature(str(root), feature="notes")
    assert "backend/app/routers/notes.py" in [f.path for f in result.files]
    run = operations.run_tests(str(root))
    assert run.failed == 0 and run.errors == 0 and run.passed > 30


CORPUS = REPO.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir() and not os.environ.get("CI"), reason="the shared spec corpus is not here")
def test_the_corpus_scores_stay_above_target(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import spec_corpus

    out = tmp_path / "scores.json"
    sys.argv = ["spec_corpus.py", str(CORPUS), "--json", str(out)]
    spec_corpus.main()
    scores = json.loads(out.read_text())
    assert scores["f1"] >= 0.95
    assert scores["agreement"]["type"] >= 0.95
    assert scores["agreement"]["wire"] >= 0.95  # the spec's own JSON keys stay on the wire (camelCase too)
    assert all(e["error"] is None for e in scores["entries"])
    assert all(spec_corpus.same_entity(e["entity"][0], e["entity"][1], e) for e in scores["entries"])  # the one asked for
