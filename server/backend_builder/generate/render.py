"""Render templates, then format Python output with ruff so it is clean as generated."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2

from backend_builder.errors import BuilderError

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    """Inside the wheel the templates sit in the package; in a checkout, at the repo's top."""
    for candidate in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise BuilderError("The templates folder is missing from this installation; reinstall backend-builder.")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def template_names(group: str) -> list[str]:
    """Every template of a group (`project` or `feature`), as paths relative to templates/."""
    return list(_template_names(group))


@cache
def _template_names(group: str) -> tuple[str, ...]:  # the templates ship with the package: read once
    root = templates_dir()
    return tuple(sorted(
        p.relative_to(root).as_posix() for p in (root / group).rglob("*.j2") if p.is_file()
    ))


def render(template: str, context: dict[str, Any]) -> str:
    return environment().get_template(template).render(**context)


@lru_cache(maxsize=1)
def _ruff() -> str:
    try:
        from ruff.__main__ import find_ruff_bin

        return os.fsdecode(find_ruff_bin())
    except (ImportError, FileNotFoundError):  # pragma: no cover - ruff is a dependency
        raise BuilderError("ruff is not installed; reinstall backend-builder (it depends on ruff).") from None


RUFF_SETTINGS = [
    "--isolated",
    "--line-length=88",
    "--target-version=py311",
    "--config=lint.isort.known-first-party=['app', 'tests']",
    "--config=lint.isort.known-third-party=['alembic']",
]


_UNFORMATTED: ContextVar[bool] = ContextVar("backend_builder_unformatted", default=False)


@contextmanager
def unformatted() -> Iterator[None]:
    """Within the block, format_python leaves text as it is, so that a caller can format many
    files at once with format_many (two ruff processes in all, instead of two per file)."""
    token = _UNFORMATTED.set(True)
    try:
        yield
    finally:
        _UNFORMATTED.reset(token)


def format_python(source: str, filename: str) -> str:
    """Sort imports and format the way `ruff format` would in the generated backend."""
    if _UNFORMATTED.get():
        return source
    return format_many({filename: source})[filename]


_BATCHED: dict[tuple[str, str], str] = {}


def format_many(files: dict[str, str]) -> dict[str, str]:
    """Every Python file of `files` (path -> text) formatted as `ruff check --select=I,F401 --fix`
    then `ruff format` would; other files as they are.

    By a long-lived `ruff server` (ruff_server.py) when it runs; else in one `ruff check --fix` and
    one `ruff format` over a scratch folder; a text formatted once is remembered."""
    out = dict(files)
    todo = {path: text for path, text in files.items()
            if path.endswith(".py") and (text, path) not in _BATCHED}
    served: dict[str, str] = {}
    if todo:
        from backend_builder.generate import ruff_server

        served = ruff_server.format_files(todo, _ruff()) or {}
        if not served and len(todo) > 1:
            served = _format_by_processes(todo)
        for path, formatted in served.items():
            served[path] = _remember((todo[path], path), formatted)
    for path, text in files.items():
        if path.endswith(".py"):
            out[path] = served.get(path) or _BATCHED.get((text, path)) or _format_python(text, path)
    return out


def _format_by_processes(files: dict[str, str]) -> dict[str, str]:
    """`files` through one `ruff check --fix` and one `ruff format` over a scratch folder; {} if
    either fails (then each file again on its own, for the exact error)."""
    with tempfile.TemporaryDirectory(prefix="backend-builder-format-") as scratch:
        for index, (path, text) in enumerate(files.items()):
            target = Path(scratch, str(index), path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        ruff = _ruff()
        fixed = subprocess.run(
            [ruff, "check", *RUFF_SETTINGS, "--select=I,F401", "--fix", "--exit-zero", "--quiet", "."],
            cwd=scratch, capture_output=True, check=False,
        )
        formatted = fixed.returncode == 0 and subprocess.run(
            [ruff, "format", *RUFF_SETTINGS, "--quiet", "."],
            cwd=scratch, capture_output=True, check=False,
        ).returncode == 0
        if not formatted:
            return {}
        return {path: Path(scratch, str(index), path).read_text(encoding="utf-8").replace("\r\n", "\n")
                for index, path in enumerate(files)}


def _remember(key: tuple[str, str], formatted: str) -> str:
    if len(_BATCHED) > 512:
        _BATCHED.clear()
    _BATCHED[key] = formatted = formatted.replace("\r\n", "\n")
    return formatted


@lru_cache(maxsize=256)
def _format_python(source: str, filename: str) -> str:
    """The two ruff passes, as one pipeline (`ruff check --fix | ruff format`): both processes start
    at once, so a file costs about one ruff start-up instead of two. The same text formats the same
    way, so a dry run followed by the real run, or a regeneration, formats each file once."""
    ruff = _ruff()
    sort_imports = subprocess.Popen(
        [ruff, "check", *RUFF_SETTINGS, "--select=I,F401", "--fix", "--exit-zero", "--quiet",
         f"--stdin-filename={filename}", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=False,
    )
    formatter = subprocess.Popen(
        [ruff, "format", *RUFF_SETTINGS, f"--stdin-filename={filename}", "-"],
        stdin=sort_imports.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=False,
    )
    assert sort_imports.stdin is not None and sort_imports.stdout is not None and sort_imports.stderr is not None
    sort_imports.stdout.close()  # the formatter holds it now; it sees the end when ruff check exits
    try:
        sort_imports.stdin.write(source.encode())
        sort_imports.stdin.close()
    except BrokenPipeError:  # pragma: no cover - ruff check stopped reading: its exit code says why
        pass
    formatted, format_errors = formatter.communicate()
    sort_errors = sort_imports.stderr.read()
    sort_imports.stderr.close()
    if sort_imports.wait() != 0:
        raise BuilderError(f"Internal error: the generated {filename} does not parse:\n{_text(sort_errors)}")
    if formatter.returncode != 0:
        raise BuilderError(f"Internal error: the generated {filename} does not parse:\n{_text(format_errors)}")
    return _text(formatted)


def _text(data: bytes) -> str:
    """Bytes from ruff as `subprocess.run(..., text=True)` gave them (universal newlines)."""
    return data.decode().replace("\r\n", "\n").replace("\r", "\n")
