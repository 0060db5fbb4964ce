"""The agent skill (SKILL.md and references/) that ships inside the package, and its installation.

Light on purpose: the MCP server serves the skill as a resource without loading the engine.
"""

from __future__ import annotations

from pathlib import Path

from backend_builder.errors import BuilderError

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_TARGET = ".claude/skills/backend-builder"


def skill_dir() -> Path:
    """Inside the wheel the skill sits in the package; in a checkout, at skills/backend-builder."""
    for candidate in (PACKAGE_DIR / "skill", PACKAGE_DIR.parent.parent / "skills" / "backend-builder"):
        if (candidate / "SKILL.md").is_file():
            return candidate
    raise BuilderError("The skill (SKILL.md) is missing from this installation; reinstall backend-builder.")


def skill_files() -> list[str]:
    """SKILL.md and every reference, as paths relative to the skill folder."""
    base = skill_dir()
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*.md") if p.is_file())


def read_skill_file(name: str = "SKILL.md") -> str:
    if name not in skill_files():
        raise BuilderError(f"The skill has no file {name!r}.", fix="one of: " + ", ".join(skill_files()))
    return (skill_dir() / name).read_text(encoding="utf-8")


def install_skill(target: str | None = None, root: str = ".", dry_run: bool = False) -> tuple[Path, list[tuple[str, str]]]:
    """Copy the skill to `target` (default .claude/skills/backend-builder under root).

    Returns the folder and, for each file, its status: created, updated or identical.
    """
    folder = Path(root) / (target or DEFAULT_TARGET)
    if folder.exists() and not folder.is_dir():
        raise BuilderError(f"{folder} exists and is not a folder.", fix="pass --target with a folder path.")
    statuses = []
    for name in skill_files():
        source = (skill_dir() / name).read_bytes()
        dest = folder / name
        if dest.is_file():
            status = "identical" if dest.read_bytes() == source else "updated"
        else:
            status = "created"
        if status != "identical" and not dry_run:
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name(dest.name + ".tmp")
            tmp.write_bytes(source)
            tmp.replace(dest)
        statuses.append((name, status))
    return folder, statuses
