"""Render templates, then format Python output with ruff so it is clean as generated."""

from __future__ import annotations

import os
import subprocess
from functools import lru_cache
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
    root = templates_dir()
    return sorted(
        p.relative_to(root).as_posix() for p in (root / group).rglob("*.j2") if p.is_file()
    )


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


def format_python(source: str, filename: str) -> str:
    """Sort imports and format the way `ruff format` would in the generated backend."""
    ruff = _ruff()
    sorted_imports = subprocess.run(
        [ruff, "check", *RUFF_SETTINGS, "--select=I,F401", "--fix", "--exit-zero", "--quiet",
         f"--stdin-filename={filename}", "-"],
        input=source, capture_output=True, text=True, check=False,
    )
    if sorted_imports.returncode != 0:
        raise BuilderError(f"Internal error: the generated {filename} does not parse:\n{sorted_imports.stderr}")
    formatted = subprocess.run(
        [ruff, "format", *RUFF_SETTINGS, f"--stdin-filename={filename}", "-"],
        input=sorted_imports.stdout, capture_output=True, text=True, check=False,
    )
    if formatted.returncode != 0:
        raise BuilderError(f"Internal error: the generated {filename} does not parse:\n{formatted.stderr}")
    return formatted.stdout
