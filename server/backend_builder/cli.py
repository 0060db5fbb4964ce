"""The command-line face: the same operations as the MCP tools, for people and scripts.

`--help` answers without loading the engine; a command loads it to run.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from backend_builder import __version__, hints
from backend_builder.errors import BuilderError
from backend_builder.present import brief
from backend_builder.spec import MAX_SPEC_CHARS, load_spec_json


def _load_spec(path: str | None) -> dict[str, Any] | None:
    if path is None:
        return None
    where = "standard input" if path == "-" else path
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_SPEC_CHARS + 1)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_SPEC_CHARS + 1)
    except OSError as exc:
        raise BuilderError(f"Cannot read the spec file {path!r}: {exc.strerror}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BuilderError(
            f"{where} is not UTF-8 text (byte {exc.start}); a FeatureSpec file is JSON in UTF-8.",
            fix="save the file as UTF-8 (most editors: 'Save with encoding'), or "
            "use --feature with a markdown spec file.",
        ) from None
    return load_spec_json(text, where)


# Each MCP tool's command, and each of its arguments' flag, for hints in the CLI's own words.
COMMANDS = {
    "init_project": "init", "read_spec": "read-spec", "save_spec": "save-spec",
    "generate_model": "generate-model", "generate_schema": "generate-schema",
    "generate_router": "generate-router", "generate_tests": "generate-tests",
    "register_router": "register", "scaffold_feature": "scaffold", "generate_migration": "migrate",
    "check_project": "check", "run_tests": "test", "check_contract": "check-contract",
}
FLAGS = {"message": "-m", "select": "-k", "test_database_url": "--database-url"}
DEFAULT_SKILL_TARGET = ".claude/skills/backend-builder"


class CommandLineStyle(hints.Style):
    """Hints as commands to type: run `backend-builder init --backend-dir api`."""

    def name(self, tool: str) -> str:
        return f"backend-builder {COMMANDS.get(tool, tool)}"

    def call(self, tool: str, args: dict[str, Any]) -> str:
        words = [self.name(tool)]
        for key, value in args.items():
            if value is None or value is False:
                continue
            if key == "feature" and tool == "read_spec":
                words.append(shlex.quote(str(value)))
            elif key == "spec":
                words.append("--spec FILE.json")
            else:
                words.append(self.option(key, value))
        return "run `" + " ".join(words) + "`"

    def option(self, name: str, value: Any = True) -> str:
        flag = FLAGS.get(name, "--" + name.replace("_", "-"))
        return flag if value is True else f"{flag} {shlex.quote(str(value))}"

    def argument(self, name: str) -> str:
        return "`--spec FILE.json`" if name == "spec" else f"`{self.option(name)}`"


def _print(result: BaseModel, as_json: bool) -> None:
    if as_json:
        print(result.model_dump_json(indent=2))
        return
    print(brief(result))


def _exit_code(result: BaseModel) -> int:
    data = result.model_dump()
    if any(f.get("status") == "conflict" for f in data.get("files", [])):
        return 1
    if data.get("passed") is False or data.get("failed") or data.get("errors"):
        return 1
    if data.get("exit_code") not in (None, 0):
        return 1
    return 0


DESCRIPTION = """\
Build FastAPI + SQLModel backends from feature specs: the skeleton (app, database, JWT auth,
tests), then per feature the model, schemas, a per-user CRUD router, its tests and the
registration; Alembic migrations; a quality check; the tests; the frontend's calls checked
against the backend. The same engine serves agents as the MCP server backend-builder-mcp."""

EPILOG = """\
example:
  backend-builder init                        # backend/ with auth, config, database, tests
  backend-builder read-spec task              # what the spec files say, and what is unclear
  backend-builder scaffold --feature task     # from specs/features/task.md
  backend-builder migrate && backend-builder check && backend-builder test
  backend-builder skill install               # the agent skill, into .claude/skills/

exit codes:
  0  done
  1  conflicts (your edits overlap regenerated lines), findings, or failing tests
  2  a usage, spec or input error; the message says how to fix it
  3  an internal error (a bug: run again with BACKEND_BUILDER_DEBUG=1 for the traceback)

Run `backend-builder COMMAND --help` for a command's options."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backend-builder", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--root", default=".", metavar="PATH",
                        help="the project's folder; paths are relative to it (default: the current folder)")
    parser.add_argument("--json", action="store_true", help="print the full structured result as JSON")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")

    def backend_dir(p: argparse.ArgumentParser) -> None:
        p.add_argument("--backend-dir", default="backend", metavar="DIR",
                       help="the backend's folder under the root (default: backend)")

    def dry_run(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dry-run", action="store_true", help="print the diffs of what would change; write nothing")

    def overwrite(p: argparse.ArgumentParser) -> None:
        p.add_argument("--overwrite", action="store_true",
                       help="replace files you edited since they were generated (default: keep or merge your edits)")

    def writer(name: str, help_text: str, feature: bool = True, can_overwrite: bool = True) -> argparse.ArgumentParser:
        p = command(name, help_text)
        if feature:
            p.add_argument("--feature", metavar="NAME", help="spec file name or path, e.g. task or specs/features/task.md")
            p.add_argument("--spec", metavar="FILE", help="a FeatureSpec as a JSON file ('-' for standard input)")
        backend_dir(p)
        dry_run(p)
        if can_overwrite:
            overwrite(p)
        return p

    init = writer("init", "create the backend skeleton: app, config, database, JWT auth, tests", feature=False)
    init.add_argument("--user-id-type", default="str", choices=["str", "uuid", "int"],
                      help="the type of your auth provider's user ids (default: str, as Better Auth's)")
    init.add_argument("--title", help="the API's title in its OpenAPI document (default: Backend)")
    init.add_argument("--auth", default="external", choices=["external", "builtin"],
                      help="external verifies your provider's tokens; builtin also adds /api/auth/register and "
                      "/api/auth/login (default: external)")
    init.add_argument("--deploy", default=True, action=argparse.BooleanOptionalAction,
                      help="also write a Dockerfile, compose.yaml and Kubernetes manifests (default: yes)")
    read = command("read-spec", "read a feature's spec files into a draft FeatureSpec, with open questions")
    read.add_argument("feature", help="the feature as you name it (task, tasks) or a spec file's path")
    save = command("save-spec", "write a FeatureSpec as canonical markdown (specs/features/NAME.md)")
    save.add_argument("--spec", required=True, metavar="FILE", help="a FeatureSpec as a JSON file ('-' for standard input)")
    save.add_argument("--path", help="where to write it, under the root (default: specs/features/NAME.md)")
    dry_run(save)
    overwrite(save)
    for step, what in (("model", "app/models/NAME.py, the table"), ("schema", "app/schemas/NAME.py"),
                       ("router", "app/routers/PLURAL.py"), ("tests", "tests/test_PLURAL.py")):
        writer(f"generate-{step}", f"write the feature's {step}: {what}")
    writer("register", "include the feature's router in app/main.py and its model in app/models", can_overwrite=False)
    writer("scaffold", "write model, schemas, router and tests, and register the router, all at once")
    migrate = command("migrate", "write an Alembic revision for what the models changed")
    backend_dir(migrate)
    migrate.add_argument("-m", "--message", help="the revision's message (default: initial schema, or update schema)")
    dry_run(migrate)
    check = command("check", "run the quality checklist; findings with file:line and the fix")
    backend_dir(check)
    contract = command("check-contract", "check the frontend's API calls against the backend's routes and schemas")
    backend_dir(contract)
    contract.add_argument("--frontend-dir", metavar="DIR", help="the frontend's folder (default: the whole root)")
    test = command("test", "run the backend's tests; counts and the first failures")
    backend_dir(test)
    test.add_argument("-k", dest="select", metavar="EXPRESSION", help="only the tests matching this pytest -k expression")
    test.add_argument("--database-url", metavar="URL", help="run on this database (PostgreSQL) instead of SQLite")
    skill = command("skill", "the agent skill (SKILL.md and its references)")
    skill_sub = skill.add_subparsers(dest="skill_command", required=True, metavar="ACTION")
    install = skill_sub.add_parser(
        "install", help="copy the skill where your agent reads it",
        description="Copy the skill (SKILL.md and references/) where your agent reads it. Running it again "
        "updates the files.")
    where = install.add_mutually_exclusive_group()
    where.add_argument("--target", metavar="DIR",
                       help="the folder to copy it to (default: .claude/skills/backend-builder under the root)")
    where.add_argument("--user", action="store_true",
                       help="install for every project: ~/.claude/skills/backend-builder")
    install.add_argument("--dry-run", action="store_true", help="list what would be copied; write nothing")
    return parser


def run(args: argparse.Namespace) -> BaseModel:
    root, cmd = args.root, args.command
    if cmd == "skill":
        from backend_builder.skill import install_skill

        target = str(Path.home() / DEFAULT_SKILL_TARGET) if args.user else args.target
        return install_skill(target, root, args.dry_run)
    from backend_builder import operations  # the engine: loaded only to run a command, not for --help

    if cmd == "init":
        return operations.init_project(root, args.backend_dir, args.user_id_type, args.title,
                                       args.dry_run, args.overwrite, args.auth, args.deploy)
    if cmd == "read-spec":
        return operations.read_spec(root, args.feature)
    if cmd == "save-spec":
        return operations.save_spec(root, _load_spec(args.spec) or {}, args.path, args.dry_run, args.overwrite)
    if cmd == "migrate":
        return operations.generate_migration(root, args.backend_dir, args.message, args.dry_run)
    if cmd == "check":
        return operations.check_project(root, args.backend_dir)
    if cmd == "check-contract":
        return operations.check_contract(root, args.backend_dir, args.frontend_dir)
    if cmd == "test":
        return operations.run_tests(root, args.backend_dir, args.select, args.database_url)
    spec = _load_spec(args.spec)
    if cmd.startswith("generate-"):
        return operations.generate(cmd.removeprefix("generate-"), root, args.feature, spec,  # type: ignore[arg-type]
                                   args.backend_dir, args.dry_run, args.overwrite)
    if cmd == "register":
        return operations.register_router(root, args.feature, spec, args.backend_dir, args.dry_run)
    return operations.scaffold_feature(root, args.feature, spec, args.backend_dir, args.dry_run, args.overwrite)


def main(argv: list[str] | None = None) -> int:
    with hints.using(CommandLineStyle()):
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result = run(args)
    except BuilderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (RecursionError, MemoryError) as exc:
        print(f"error: the input is too large or too deeply nested to process ({type(exc).__name__}); "
              "nothing was written.", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours: say so in one paragraph; BACKEND_BUILDER_DEBUG=1 shows the traceback
        if os.environ.get("BACKEND_BUILDER_DEBUG"):
            raise
        print(f"error: internal error ({type(exc).__name__}: {str(exc)[:300]}). Nothing was written. "
              "This is a bug in backend-builder; run again with BACKEND_BUILDER_DEBUG=1 for the traceback "
              "and report it.", file=sys.stderr)
        return 3
    try:
        _print(result, args.json)
        if getattr(args, "dry_run", False) and not args.json:
            for f in result.model_dump().get("files", []):
                if f.get("diff"):
                    print(f["diff"], end="")
        sys.stdout.flush()
    except BrokenPipeError:  # `backend-builder ... | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return _exit_code(result)


if __name__ == "__main__":
    raise SystemExit(main())
