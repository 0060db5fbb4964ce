"""Promises that hold under natural input (a default means optional, a feature is found by its name)
and hostile input (deep nesting, wrong encodings, huge sizes, colliding names, unknown arguments):
a clear error that says what to do, never a traceback, nothing lost."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from backend_builder import operations
from backend_builder.cli import main
from backend_builder.errors import BuilderError
from backend_builder.spec import parse_spec
from backend_builder.spec.model import DEVICE_NAMES, RESERVED_MODULE_NAMES, RESERVED_PLURALS

from .conftest import snapshot

PRIORITY = {"name": "priority", "type": "enum", "enum_values": ["low", "medium", "high"], "default": "medium"}


# -- a default means optional ---------------------------------------------------------------------


def test_a_default_without_required_makes_the_field_optional() -> None:
    spec = parse_spec({"name": "task", "fields": [{"name": "title", "type": "str"}, PRIORITY]})
    assert spec.fields[1].required is False and spec.fields[1].default == "medium"


def test_only_an_explicit_required_true_with_a_default_is_refused() -> None:
    with pytest.raises(BuilderError, match="required=true"):
        parse_spec({"name": "task", "fields": [{**PRIORITY, "required": True}]})


def test_a_spec_with_a_default_scaffolds_and_round_trips(project: Path) -> None:
    spec = {"name": "task", "fields": [{"name": "title", "type": "str"}, PRIORITY]}
    operations.save_spec(str(project), spec)
    assert operations.read_spec(str(project), "task").spec == parse_spec(spec).model_dump(exclude_none=True)
    assert operations.scaffold_feature(str(project), feature="task").files


def test_a_field_named_like_a_bad_sort_key_is_sorted_by_and_the_tests_agree(project: Path) -> None:
    """A spec field called `password` (a WiFi credential the owner keeps) is a sort key like any other column: the
    router accepts it, so the generated tests must not expect it refused (they took the default keys as id and
    created_at, the router every sortable column)."""
    spec = {"name": "hotspot", "fields": [{"name": "ssid", "type": "str", "max_length": 32},
                                          {"name": "password", "type": "str", "max_length": 63}]}
    operations.scaffold_feature(str(project), spec=spec)
    router = (project / "backend/app/routers/hotspots.py").read_text()
    generated = (project / "backend/tests/test_hotspots.py").read_text()
    assert '"password": Hotspot.password' in router
    bad_sorts = generated.split("BAD_SORTS", 1)[1].split("= [", 1)[1].split("\n]", 1)[0]
    assert "password" not in bad_sorts and "user_id" in bad_sorts
    result = operations.run_tests(str(project))
    assert result.failed == 0 and result.errors == 0, result.summary


# -- names that collide with the project's own files --------------------------------------------------


@pytest.mark.parametrize("spec", [
    {"name": "base"}, {"name": "types"}, {"name": "common"}, {"name": "account"},
    {"name": "healths", "plural": "health"}, {"name": "auth_item", "plural": "auth"},
    {"name": "con"}, {"name": "nul"}, {"name": "aux"}, {"name": "com1"}, {"name": "lpt9"},
    {"name": "item", "plural": "prn"},
])
def test_names_that_would_overwrite_project_files_are_refused(project: Path, spec: dict[str, Any]) -> None:
    before = snapshot(project)
    with pytest.raises(BuilderError, match="project's own files|Windows device name"):
        operations.scaffold_feature(str(project), spec={**spec, "fields": [{"name": "title", "type": "str"}]})
    assert snapshot(project) == before


def test_the_reserved_names_cover_every_project_file_a_feature_could_hit() -> None:
    """Keeps the spec's reserved lists in step with the project templates."""
    from backend_builder.generate.steps import project_files

    hit = set()
    for path in project_files():
        folder, _, file = path.rpartition("/")
        stem = file.removesuffix(".py")
        if folder in ("app/models", "app/schemas") and stem != "__init__":
            hit.add(("name", stem))
        elif folder == "app/routers" and stem != "__init__":
            hit.add(("plural", stem))
        elif folder == "tests" and stem.startswith("test_"):
            hit.add(("plural", stem.removeprefix("test_")))
    assert hit <= {("name", n) for n in RESERVED_MODULE_NAMES} | {("plural", n) for n in RESERVED_PLURALS}
    assert {"con", "prn", "aux", "nul", "com1", "lpt1"} <= DEVICE_NAMES


# -- sizes and shapes past any spec -------------------------------------------------------------------


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize(("content", "message"), [
    (('{"name": "task", "fields": [{"name": "t", "type": "json", "default": ' + _deep(5000) + "}]}").encode(),
     "nested too deeply"),
    (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    (json.dumps({"name": "task", "fields": [{"name": "t", "type": "str", "max_length": 10**12}]}).encode(),
     "max_length"),
    (json.dumps({"name": "task", "fields": [{"name": f"f{i}", "type": "str"} for i in range(500)]}).encode(),
     "fields"),
    (json.dumps({"name": "task", "fields": [{"name": "t", "type": "json", "default": "x" * 20_000}]}).encode(),
     "default is longer"),
    (b"{" * 3 + b" not json", "not valid JSON"),
])
def test_hostile_spec_files_get_exit_2_and_one_clear_paragraph(
    project: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = project / "spec.json"
    spec.write_bytes(content)
    before = snapshot(project)
    code = main(["--root", str(project), "scaffold", "--spec", str(spec)])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.startswith("error: ") and "Traceback" not in err
    assert len(err) < 2000
    assert snapshot(project) == before


def test_the_largest_allowed_strings_still_give_a_small_generated_test_file(project: Path) -> None:
    spec = {"name": "note", "fields": [
        {"name": "body", "type": "str", "max_length": 10_485_760, "min_length": 5_000_000},
        {"name": "summary", "type": "text", "max_length": 10_485_760},
    ], "search": ["body"]}
    operations.scaffold_feature(str(project), spec=spec)
    generated = project / "backend/tests/test_notes.py"
    assert generated.stat().st_size < 100_000
    assert "'x' * 10485761" in generated.read_text().replace('"', "'")


# -- messages that fit the caller ---------------------------------------------------------------------


def test_cli_hints_name_commands_and_the_backend_dir(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(root), "scaffold", "--feature", "task", "--backend-dir", "api"]) == 2
    err = capsys.readouterr().err
    assert "run `backend-builder init --backend-dir api`" in err and "init_project" not in err


def test_cli_refuses_unknown_flags(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--root", str(project), "register", "--feature", "task", "--overwrite"])
    assert exited.value.code == 2 and "--overwrite" in capsys.readouterr().err


def test_read_spec_does_not_suggest_an_argument_it_lacks(root: Path) -> None:
    with pytest.raises(BuilderError) as caught:
        operations.read_spec(str(root), "task")
    assert "`spec`" not in str(caught.value) and "save_spec" in str(caught.value)


def test_generating_by_name_without_a_spec_file_says_spec_is_an_option(project: Path) -> None:
    with pytest.raises(BuilderError, match="as `spec`"):
        operations.scaffold_feature(str(project), feature="task")


def test_cli_says_spec_file_where_mcp_says_spec(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(project), "scaffold", "--feature", "task"]) == 2
    assert "--spec FILE.json" in capsys.readouterr().err


# -- over stdio, as a real client sends it -----------------------------------------------------------


class RawStdio:
    """The installed server driven with raw JSON-RPC lines, so malformed input reaches it as sent."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "backend_builder.mcp_server", "--root", str(root)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}})
        assert self.receive()["id"] == 0
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def send(self, message: dict[str, Any] | str) -> None:
        line = message if isinstance(message, str) else json.dumps(message)
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def receive(self, timeout: float = 10) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        assert ready, f"no answer within {timeout} s"
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def stdio(project: Path) -> Any:
    server = RawStdio(project)
    yield server
    server.close()


@pytest.mark.parametrize("levels", [300, 5000])
def test_a_deeply_nested_request_gets_an_error_within_seconds(stdio: RawStdio, levels: int) -> None:
    spec = '{"name": "task", "fields": [{"name": "t", "type": "json", "default": ' + _deep(levels) + "}]}"
    started = time.monotonic()
    stdio.send('{"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "scaffold_feature", '
               '"arguments": {"spec": ' + spec + "}}}")
    answer = stdio.receive()
    assert time.monotonic() - started < 5
    assert answer["id"] == 7 and "nested" in answer["error"]["message"]
    stdio.send({"jsonrpc": "2.0", "id": 8, "method": "tools/list"})
    assert stdio.receive()["id"] == 8  # the server is still serving


def test_a_malformed_line_gets_a_parse_error(stdio: RawStdio) -> None:
    stdio.send('{"jsonrpc": "2.0", "id": 3, "method": ')
    answer = stdio.receive()
    assert answer["error"]["code"] == -32700


def test_unknown_arguments_are_refused_with_the_valid_ones(stdio: RawStdio, project: Path) -> None:
    stdio.send({"jsonrpc": "2.0", "id": 4, "method": "tools/call",
                "params": {"name": "register_router", "arguments": {"feature": "task", "overwrite": True}}})
    answer = stdio.receive()["result"]
    text = answer["content"][0]["text"]
    assert answer["isError"] and "'overwrite'" in text and "backend_dir, dry_run, feature, spec" in text
    stdio.send({"jsonrpc": "2.0", "id": 5, "method": "tools/list"})
    tools = stdio.receive()["result"]["tools"]
    assert all(tool["inputSchema"].get("additionalProperties") is False for tool in tools)


def test_a_spec_title_of_thousands_of_words_is_read_without_cost_cubed(tmp_path: Path) -> None:
    """A Spec Kit data model titled with 20,000 words (and a feature name of 2,000): matching runs of words against
    entity names stays bounded (runs of two to five words), so the draft comes back and names the table."""
    folder = tmp_path / "specs" / "001-x"
    folder.mkdir(parents=True)
    (folder / "data-model.md").write_text("# " + "Gadget Word " * 10_000 + "\n\n## Gadget\n\n| Field | Type |\n|---|---|\n"
                                          "| label | string |\n", encoding="utf-8")
    draft = operations.read_spec(str(tmp_path), "001-x")
    assert draft.spec is not None and draft.spec["name"] == "gadget"
    draft = operations.read_spec(str(tmp_path), "-".join(["gadget"] * 2_000))
    assert draft.spec is not None and [f["name"] for f in draft.spec["fields"]] == ["label"]


def test_spec_text_built_to_blow_up_the_readers_is_read_in_one_pass(root: Path) -> None:
    """A YAML example whose aliases nest nine deep (a billion strings if expanded), thousands of HTML comments that
    never close and F# records that never close: read_spec answers (no record drafted, a clear blocking line) instead
    of expanding or rescanning the text for each opening."""
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(9)]
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "data-model.md").write_text("# Data Model\n\n## Entries\n\n```yaml\n" + "\n".join(laughs) + "\nname: x\n```\n"
                                        + "<!--\n" * 20000 + "```fsharp\n" + "type Entry = {\n" * 20000 + "```\n")
    draft = operations.read_spec(str(root), "entry")
    assert draft.spec is None
    assert any("no entity with typed fields" in line for line in draft.blocking), draft.blocking


def test_a_table_of_thousands_of_columns_is_refused_before_its_rules_are_read(root: Path) -> None:
    """A data dictionary of 3,000 columns (with a column of legend marks), and a models README of 3,000 field bullets
    each over its nested values: more fields than a FeatureSpec holds, said at once with where, instead of checking
    every column against every rule the files state (a pass over the files per column, hours at this size)."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    rows = "".join(f"| col{i} | varchar2(10) | 否 | l,r,q | 说明 |\n" for i in range(3000))
    (docs / "schemaGadget.md").write_text("# Gadget Model\n\n## Gadget\n\n| 字段名 | 类型 | 为空 | 约束 | 描述 |\n"
                                          "|---|---|---|---|---|\n" + rows, encoding="utf-8")
    draft = operations.read_spec(str(root), "gadget")
    assert draft.spec is None and any("3000 columns" in line and "at most 200" in line for line in draft.blocking), draft.blocking
    bullets = "".join(f"- `Field{i}` (Kind{i}, required) - what it is\n  - `a{i}`, `b{i}`\n" for i in range(3000))
    (docs / "schemaGadget.md").write_text("# Models\n\n## Gadget Model\n\n### Fields\n\n#### Basic\n" + bullets
                                          + "\n#### Status\n\n" + "".join(f"* s{i}\n" for i in range(3000)), encoding="utf-8")
    draft = operations.read_spec(str(root), "gadget")
    assert draft.spec is None and any("columns; a FeatureSpec holds at most 200" in line for line in draft.blocking)


def test_runs_of_thousands_of_spaces_inside_a_type_are_read_in_one_pass(root: Path) -> None:
    """`varchar(` and 20,000 spaces and `10)` in a table's type cell and in a bullet, a notes cell of 3,000 labelled
    values that fails at its end and an `ALTER COLUMN ... TYPE` with such a run: each pattern that tries `\\s*` from
    every space of a run would cost its square (minutes here); a run longer than any layout needs is cut when the
    file is read, and a cell's spaces are one, so the draft comes back with the columns."""
    space = " " * 20_000
    notes = ", ".join(f"'V{i}': label{i}" for i in range(3000)) + " x"
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "database.md").write_text(
        "# Gadget\n\n## gadgets\n\n| Column | Type | Notes |\n|---|---|---|\n"
        f"| name | varchar({space}10) | required |\n| status | text | {notes} |\n\n"
        f"## Migration\n\n```sql\nALTER TABLE gadgets ALTER COLUMN name TYPE varchar{space}(20) USING name;\n```\n"
        f"\n## Gadget notes\n\n- `label`: varchar({space}10), required\n", encoding="utf-8")
    draft = operations.read_spec(str(root), "gadget")
    assert draft.spec is not None, draft.blocking
    fields = {f["name"]: f for f in draft.spec["fields"]}
    assert fields["name"]["type"] == "str" and fields["name"]["required"] is True and "status" in fields


def test_a_labelled_run_of_columns_followed_by_one_long_word_is_read_in_one_pass(root: Path) -> None:
    """`Columns: \\`id\\`, \\`title\\` abcdef...` (a word of forty letters that no run of columns has, then a digit): the
    words after a column could be split every possible way before the run fails, doubling with each letter; the
    draft comes back at once and reads the table from its typed list."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "data-model.md").write_text(
        "# Data Model\n\n## notes\n\nColumns: `id`, `title` " + "abcdefghij" * 4 + " 1, `body`.\n\n"
        "- `title`: string, required\n- `body`: text\n", encoding="utf-8")
    draft = operations.read_spec(str(root), "note")
    assert draft.spec is not None and {f["name"] for f in draft.spec["fields"]} >= {"title", "body"}, draft.blocking


def test_a_box_drawing_keeps_its_columns_however_far_apart_its_boxes_are(root: Path) -> None:
    """Runs of more than 64 spaces are cut when a spec file is read, but not on a line of a box drawing: the right box
    below a wide left one that has ended keeps its columns, so its fields are read."""
    width = 68
    left = ["┌" + "─" * width + "┐", "│ users" + " " * (width - 6) + "│", "├" + "─" * width + "┤",
            "│ PK  id (BIGINT)" + " " * (width - 16) + "│", "└" + "─" * width + "┘"]
    right = ["┌──────────────────────────┐", "│ gadgets                  │", "├──────────────────────────┤",
             "│ PK  id (BIGINT)          │", "│     name (VARCHAR(100))  │", "│     size (INTEGER)       │",
             "└──────────────────────────┘"]
    lines = [(left[i] if i < len(left) else " " * (width + 2)) + "    " + row for i, row in enumerate(right)]
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "database.md").write_text("# Database Schema\n\n```\n" + "\n".join(lines) + "\n```\n", encoding="utf-8")
    draft = operations.read_spec(str(root), "gadget")
    assert draft.spec is not None and [f["name"] for f in draft.spec["fields"]] == ["name", "size"], draft.blocking


def test_a_linked_service_folder_outside_the_root_is_not_read_as_the_api_reference(tmp_path: Path) -> None:
    """A README that documents an API is read from the root or a service's folder; a folder that is a link to a place
    outside the root is not followed, so nothing there becomes the spec."""
    outside = tmp_path / "outside" / "svc"
    outside.mkdir(parents=True)
    (outside / "README.md").write_text("# Secret\n\n## Endpoints\n\n### Create Pet\n\n**POST** `/pets`\n\n| Field | Type |\n"
                                       "|---|---|\n| name | string |\n| owner_ssn | string |\n", encoding="utf-8")
    root = tmp_path / "project"
    (root / "services").mkdir(parents=True)
    (root / "services" / "svc").symlink_to(outside, target_is_directory=True)
    (root / "README.md").write_text("# Project\n\nNothing here yet.\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        operations.read_spec(str(root), "Pet")
    assert "No spec file found" in str(caught.value)
    (root / "services" / "real").mkdir()
    (root / "services" / "real" / "README.md").write_text((outside / "README.md").read_text(encoding="utf-8"), encoding="utf-8")
    draft = operations.read_spec(str(root), "Pet")
    assert draft.spec is not None and {f["name"] for f in draft.spec["fields"]} == {"name", "owner_ssn"}, draft.diagnostics
