"""Our own markdown spec form round-trips exactly, whatever text the spec holds."""

from __future__ import annotations

from pathlib import Path

from backend_builder import operations
from backend_builder.spec import parse_spec
from backend_builder.spec.canonical import from_markdown, to_markdown

from .conftest import REPO, TASK_SPEC, load_spec

HOSTILE_TEXTS = [
    "pipe | inside", "back\\slash", 'starts "quoted"', "  padded  ", "new\nline", "tab\there",
    "`code` and **bold** <b>html</b>", "{{ jinja }} {% raw %}", "'''", '"""', "ünïcødé 漢字 🙂", "| leading pipe",
    "trailing backslash \\", "\\|", "emoji | \\u007c literal",
]


def test_every_type_and_hostile_text_round_trips() -> None:
    spec = parse_spec(load_spec("every_type"))
    assert parse_spec(from_markdown(to_markdown(spec)).data) == spec


def test_json_keys_round_trip() -> None:
    spec = parse_spec({"name": "product", "fields": [
        {"name": "product_name", "type": "str", "json_key": "PRODUCT_NAME"},
        {"name": "homepage_url", "type": "str", "required": False, "json_key": "homepageURL", "max_length": 200},
    ], "api": {"casing": "camel"}})
    text = to_markdown(spec)
    assert '| product_name | str | yes |  | json_key="PRODUCT_NAME" |  |' in text
    assert parse_spec(from_markdown(text).data) == spec


def test_hostile_descriptions_and_defaults_round_trip() -> None:
    fields = [
        {"name": f"f{i}", "type": "str", "required": False, "default": text, "description": text, "max_length": 200}
        for i, text in enumerate(HOSTILE_TEXTS)
    ]
    fields.append({"name": "kind", "type": "enum", "enum_values": HOSTILE_TEXTS, "required": False,
                   "default": HOSTILE_TEXTS[0]})
    spec = parse_spec({"name": "thing", "description": "a | b\nc", "fields": fields,
                       "search": ["f0"], "filters": ["kind"], "stats": True})
    parsed = from_markdown(to_markdown(spec))
    assert parsed.problems == []
    assert parse_spec(parsed.data) == spec


def test_the_example_spec_is_canonical_and_reads_back(tmp_path: Path) -> None:
    text = (REPO / "examples/task.md").read_text(encoding="utf-8")
    spec = parse_spec(from_markdown(text).data)
    assert to_markdown(spec) == text


def test_save_spec_then_read_spec_gives_the_same_spec(root: Path) -> None:
    spec = parse_spec({**TASK_SPEC, "actions": {"complete": "completed"}, "stats": True})
    saved = operations.save_spec(str(root), spec.model_dump())
    assert [f.path for f in saved.files] == ["specs/features/task.md"]
    draft = operations.read_spec(str(root), "task")
    assert draft.valid and draft.blocking == []
    assert parse_spec(draft.spec) == spec
    assert {s.part for s in draft.sources} >= {"name", "fields.title", "fields.completed", "actions"}
    title = next(s for s in draft.sources if s.part == "fields.title")
    lines = (root / "specs/features/task.md").read_text().splitlines()
    assert lines[title.line - 1].startswith("| title |")


def test_read_spec_finds_the_file_by_the_names_users_say(root: Path) -> None:
    operations.save_spec(str(root), TASK_SPEC)
    for name in ("task", "tasks", "task-crud", "specs/features/task.md"):
        draft = operations.read_spec(str(root), name)
        assert draft.files_used == ["specs/features/task.md"], name


def test_read_spec_says_what_it_cannot_read(root: Path) -> None:
    folder = root / "specs/features"
    folder.mkdir(parents=True)
    (folder / "note.md").write_text("# Notes\n\nSome prose about notes.\n")
    draft = operations.read_spec(str(root), "note")
    assert not draft.valid and draft.spec is None
    assert "no entity with typed fields" in draft.blocking[0] and "specs/features/note.md" in draft.blocking[0]
    (folder / "bad.json").write_text('{"name": ')
    draft = operations.read_spec(str(root), "bad")
    assert "not valid JSON" in draft.blocking[0] and "line 1, column 10" in draft.blocking[0]
