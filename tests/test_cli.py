"""The CLI: the same operations, with exit codes a script can rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from backend_builder.cli import main

from .conftest import REPO, TASK_SPEC


def test_init_scaffold_check_from_the_command_line(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    spec = root / "task.json"
    spec.write_text(json.dumps(TASK_SPEC))
    assert main(["--root", str(root), "init"]) == 0
    assert main(["--root", str(root), "scaffold", "--spec", str(spec)]) == 0
    out = capsys.readouterr().out
    assert "backend-builder scaffold: 4 created, 2 updated." in out
    assert "Next: backend-builder migrate, backend-builder check, then backend-builder test." in out
    assert main(["--root", str(root), "check"]) == 0
    assert capsys.readouterr().out.strip() == "backend-builder check: all checks pass."
    assert main(["--root", str(root), "--json", "scaffold", "--spec", str(spec)]) == 0
    assert {f["status"] for f in json.loads(capsys.readouterr().out)["files"]} == {"identical"}


def test_dry_run_prints_diffs_and_writes_nothing(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--root", str(root), "init", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+++ b/backend/app/main.py" in out
    assert not (root / "backend").exists()


def test_errors_exit_2_with_the_fix_on_stderr(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = root / "bad.json"
    bad.write_text('{"name": "task", "fields": [{"name": "user_id"}]}')
    main(["--root", str(root), "init"])
    capsys.readouterr()
    assert main(["--root", str(root), "scaffold", "--spec", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "'user_id'" in err and "Fix:" in err
    (root / "broken.json").write_text("{oops")
    assert main(["--root", str(root), "scaffold", "--spec", str(root / "broken.json")]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_conflicts_exit_1(root: Path) -> None:
    spec = root / "task.json"
    spec.write_text(json.dumps(TASK_SPEC))
    main(["--root", str(root), "init"])
    main(["--root", str(root), "scaffold", "--spec", str(spec)])
    model = root / "backend/app/models/task.py"
    model.write_text("# mine\n")
    assert main(["--root", str(root), "generate-model", "--spec", str(spec)]) == 0  # nothing new: kept
    grown = root / "grown.json"
    grown.write_text(json.dumps({**TASK_SPEC, "fields": [*TASK_SPEC["fields"], {"name": "n", "type": "int"}]}))
    assert main(["--root", str(root), "generate-model", "--spec", str(grown)]) == 1
    assert model.read_text() == "# mine\n"


def test_save_and_read_spec(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    spec = root / "task.json"
    spec.write_text(json.dumps(TASK_SPEC))
    assert main(["--root", str(root), "save-spec", "--spec", str(spec)]) == 0
    assert main(["--root", str(root), "--json", "read-spec", "tasks"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{\n"):])["valid"] is True


def test_the_console_script_runs(root: Path) -> None:
    exe = Path(sys.executable).parent / "backend-builder"
    proc = subprocess.run([str(exe), "--root", str(root), "read-spec", str(REPO / "x.md")], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 2 and "error:" in proc.stderr


def _all_parsers(parser):  # type: ignore[no-untyped-def]
    import argparse

    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _all_parsers(sub)


def test_every_flag_has_help_and_the_help_shows_exit_codes_and_an_example() -> None:
    from backend_builder.cli import build_parser

    parser = build_parser()
    for sub in _all_parsers(parser):
        for action in sub._actions:
            if action.dest in ("help", "command", "skill_command"):
                continue
            assert action.help, f"{sub.prog} {action.option_strings or action.dest} has no help"
    text = parser.format_help()
    assert "exit codes:" in text and "example:" in text and "backend-builder scaffold --feature task" in text
    assert "MCP server backend-builder-mcp" in text
    assert "argparse" not in text and "operations" not in text  # what it does, not how it is built


def test_help_answers_fast_without_loading_the_engine() -> None:
    code = ("import sys; from backend_builder.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('ENGINE' if 'backend_builder.operations' in sys.modules else 'LIGHT', file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr.strip().endswith("LIGHT") and "exit codes:" in proc.stdout


def test_skill_install_copies_the_skill_and_is_idempotent(root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--root", str(root), "skill", "install"]) == 0
    out = capsys.readouterr().out
    target = root / ".claude/skills/backend-builder"
    assert "backend-builder skill install: 4 created" in out
    assert (target / "SKILL.md").read_text() == (REPO / "skills/backend-builder/SKILL.md").read_text()
    assert (target / "references/spec-format.md").is_file()
    (target / "SKILL.md").write_text("old\n")
    assert main(["--root", str(root), "--json", "skill", "install"]) == 0
    statuses = {Path(f["path"]).name: f["status"] for f in json.loads(capsys.readouterr().out)["files"]}
    assert statuses["SKILL.md"] == "updated" and statuses["spec-format.md"] == "identical"
    elsewhere = root / "agent-skills"
    assert main(["--root", str(root), "skill", "install", "--target", str(elsewhere), "--dry-run"]) == 0
    assert not elsewhere.exists()
