"""The Claude Code plugin and its marketplace listing have the documented shape.

What is checked is what Claude Code's plugin documentation (code.claude.com/docs: the plugin
manifest reference and "Create and distribute a plugin marketplace") states:
- `.claude-plugin/plugin.json` at the plugin root; `name` is required, kebab-case
  (lowercase letters, digits, hyphens); `version` is semantic; component paths are relative and
  start with `./`; `mcpServers` is a path or an object of servers, a stdio server has a `command`
  and optional `args`, and files of the plugin are named through `${CLAUDE_PLUGIN_ROOT}`; skills
  are folders holding a SKILL.md (`skills/` by default).
- `.claude-plugin/marketplace.json`: `name` (kebab-case), `owner` with a `name`, and `plugins`, each
  with a `name` and a `source` (a relative path starting with `./`, here the repository root).
"""

from __future__ import annotations

import json
import re
import tomllib

from backend_builder import __version__

from .conftest import REPO

KEBAB = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
SEMVER = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")
PLUGIN_KEYS = {"name", "version", "description", "author", "homepage", "repository", "license", "keywords",
               "commands", "agents", "skills", "hooks", "mcpServers", "outputStyles", "lspServers", "userConfig"}


def _load(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((REPO / ".claude-plugin" / name).read_text())


def test_plugin_manifest_has_the_documented_shape() -> None:
    plugin = _load("plugin.json")
    assert set(plugin) <= PLUGIN_KEYS, set(plugin) - PLUGIN_KEYS
    assert KEBAB.match(plugin["name"]) and plugin["name"] == "backend-builder"
    assert SEMVER.match(plugin["version"])
    assert isinstance(plugin["description"], str) and 20 < len(plugin["description"]) < 400
    assert isinstance(plugin["author"], dict) and plugin["author"]["name"]


def test_plugin_gives_the_skill_and_the_mcp_server() -> None:
    plugin = _load("plugin.json")
    skills = plugin.get("skills", "./skills/")
    for path in [skills] if isinstance(skills, str) else skills:
        assert path.startswith("./"), path
        folder = REPO / path
        assert (folder / "backend-builder/SKILL.md").is_file() or (folder / "SKILL.md").is_file()
    servers = plugin["mcpServers"]
    assert isinstance(servers, dict) and set(servers) == {"backend-builder"}
    server = servers["backend-builder"]
    assert isinstance(server["command"], str) and all(isinstance(a, str) for a in server.get("args", []))
    # It starts our console script from the plugin's own files (the same version as its skill).
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert server["args"][-1] in scripts and scripts[server["args"][-1]] == "backend_builder.mcp_server:main"
    assert "${CLAUDE_PLUGIN_ROOT}" in server["args"]
    assert not any(a.startswith("/") for a in server["args"])  # no path of this machine


def test_marketplace_lists_the_plugin() -> None:
    market = _load("marketplace.json")
    assert KEBAB.match(market["name"])
    assert market["owner"]["name"]
    (entry,) = market["plugins"]
    assert entry["name"] == _load("plugin.json")["name"]
    assert entry["source"].startswith("./")
    assert (REPO / entry["source"] / ".claude-plugin/plugin.json").is_file()


def test_versions_agree() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    skill = (REPO / "skills/backend-builder/SKILL.md").read_text()
    assert _load("plugin.json")["version"] == pyproject == __version__
    assert f'version: "{__version__}"' in skill
    assert _load("marketplace.json")["plugins"][0]["version"] == __version__
