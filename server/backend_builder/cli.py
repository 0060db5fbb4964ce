"""The command-line face: the same operations as the MCP tools, for people and scripts."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from typing import Any

from pydantic import BaseModel

from backend_builder import __version__, hints, operations
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backend-builder", description=__doc__,
        epilog="Exit codes: 0 done; 1 conflicts, findings or failing tests; 2 a usage, spec or input "
        "error (the message says how to fix it); 3 an internal error.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--root", default=".", help="project root (default: current folder)")
    parser.add_argument("--json", action="store_true", help="print the full structured result")
    sub = parser.add_subparsers(dest="command", required=True)

    def writer(name: str, help_text: str, feature: bool = True, overwrite: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        if feature:
            p.add_argument("--feature", help="spec file name or path, e.g. task")
            p.add_argument("--spec", help="FeatureSpec JSON file ('-' for stdin)")
        p.add_argument("--backend-dir", default="backend")
        p.add_argument("--dry-run", action="store_true", help="show diffs, write nothing")
        if overwrite:
            p.add_argument("--overwrite", action="store_true", help="replace files you edited")
        return p

    init = writer("init", "create the backend skeleton", feature=False)
    init.add_argument("--user-id-type", default="str", choices=["str", "uuid", "int"])
    init.add_argument("--title")
    init.add_argument("--auth", default="external", choices=["external", "builtin"],
                      help="builtin adds /api/auth/register and /api/auth/login")
    init.add_argument("--deploy", default=True, action=argparse.BooleanOptionalAction,
                      help="also write a Dockerfile, compose.yaml and Kubernetes manifests (default: yes)")
    read = sub.add_parser("read-spec", help="read a feature's spec files into a draft FeatureSpec")
    read.add_argument("feature")
    save = sub.add_parser("save-spec", help="write a FeatureSpec as canonical markdown")
    save.add_argument("--spec", required=True, help="FeatureSpec JSON file ('-' for stdin)")
    save.add_argument("--path")
    save.add_argument("--dry-run", action="store_true")
    save.add_argument("--overwrite", action="store_true")
    for step in ("model", "schema", "router", "tests"):
        writer(f"generate-{step}", f"write the feature's {step}")
    writer("register", "include the router in app/main.py", overwrite=False)
    writer("scaffold", "model, schemas, router, tests and registration at once")
    migrate = sub.add_parser("migrate", help="write an Alembic revision for what the models changed")
    migrate.add_argument("--backend-dir", default="backend")
    migrate.add_argument("-m", "--message")
    migrate.add_argument("--dry-run", action="store_true")
    check = sub.add_parser("check", help="run the quality checklist")
    check.add_argument("--backend-dir", default="backend")
    contract = sub.add_parser("check-contract", help="check the frontend's API calls against the backend's routes")
    contract.add_argument("--backend-dir", default="backend")
    contract.add_argument("--frontend-dir", help="folder of the frontend's code (default: the whole root)")
    test = sub.add_parser("test", help="run the backend's tests")
    test.add_argument("--backend-dir", default="backend")
    test.add_argument("-k", dest="select")
    test.add_argument("--database-url", help="TEST_DATABASE_URL for the run")
    return parser


def run(args: argparse.Namespace) -> BaseModel:
    root, cmd = args.root, args.command
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
