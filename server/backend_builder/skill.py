"""The agent skill (SKILL.md and references/) that ships inside the package, and its installation.

Light on purpose: the MCP server serves the skill as a resource without loading the engine.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from backend_builder.errors import BuilderError
from backend_builder.results import Result

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_TARGET = ".claude/skills/backend-builder"
NEXT = ("Your agent reads the skill from there from its next session on; connect the MCP server "
        "backend-builder-mcp too (README: Connect the MCP server).")


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


class SkillInstall(Result):
    """Where the skill was copied, file by file (created, updated or identical)."""

    target: str
    dry_run: bool
    files: list[dict[str, str]]
    summary: str
    next_steps: list[str] = Field(default_factory=list)


def install_skill(target: str | None = None, root: str = ".", dry_run: bool = False) -> SkillInstall:
    """Copy the skill to `target` (default: .claude/skills/backend-builder under root)."""
    folder = Path(target) if target else Path(root) / DEFAULT_TARGET
    if folder.exists() and not folder.is_dir():
        raise BuilderError(f"{folder} exists and is not a folder.", fix="pass --target with a folder path.")
    files = []
    for name in skill_files():
        source = (skill_dir() / name).read_bytes()
        dest = folder / name
        status = ("identical" if dest.read_bytes() == source else "updated") if dest.is_file() else "created"
        if status != "identical" and not dry_run:
            dest.parent.mkdir(parents=True, exist_ok=True)
            partial = dest.with_name(dest.name + ".partial")
            partial.write_bytes(source)
            partial.replace(dest)
        files.append({"path": (folder / name).as_posix(), "status": status})
    counts: dict[str, int] = {}
    for f in files:
        counts[f["status"]] = counts.get(f["status"], 0) + 1
    tally = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    prefix = "dry run, nothing written: would be " if dry_run else ""
    return SkillInstall(
        target=folder.as_posix(), dry_run=dry_run, files=files,
        summary=f"backend-builder skill install: {prefix}{tally} in {folder.as_posix()}.",
        next_steps=[NEXT],
    )
