"""The long-lived ruff server formats exactly as the ruff processes do, and stands aside when it cannot."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import time
from pathlib import Path

import anyio
import pytest
from backend_builder import operations
from backend_builder.errors import BuilderError
from backend_builder.generate import render, ruff_server, steps
from backend_builder.spec import parse_spec
from mcp import Client, StdioServerParameters

from .conftest import TASK_SPEC, load_spec
from .random_specs import random_spec

API_SPEC = {
    "name": "todo",
    "fields": [
        {"name": "title", "type": "str", "max_length": 200},
        {"name": "completed", "type": "bool", "default": False},
        {"name": "priority", "type": "enum", "enum_values": ["low", "medium", "high"], "default": "medium"},
    ],
    "actions": {"complete": "completed"},
    "api": {
        "path": "/api/v1/{user_id}/todos", "casing": "camel", "create_status": 200,
        "list": {"paging": {"style": "page", "limit_param": "page_size", "default_limit": 20, "max_limit": 100},
                 "response": {"shape": "object", "items_key": "todos", "total_key": "total"}},
    },
}


def unformatted_feature(spec: dict, user_id_type: str = "str") -> dict[str, str]:
    feature = parse_spec(spec)
    with render.unformatted():
        return dict(steps.STEPS[step](feature, user_id_type) for step in ("model", "schema", "router", "tests"))


@pytest.fixture
def fresh_server():
    """A server of its own for the test, and the shared state as it was after."""
    ruff_server.stop()
    ruff_server.reset()
    yield
    ruff_server.stop()
    ruff_server.reset()


@pytest.mark.parametrize("spec", [
    TASK_SPEC, API_SPEC, load_spec("every_type"), load_spec("awkward_names"),
    *(dict(random_spec(seed), name=f"r{seed}_{random_spec(seed)['name']}") for seed in range(8)),
], ids=lambda spec: spec["name"])
def test_the_server_formats_a_feature_byte_for_byte_as_the_ruff_processes(spec: dict, fresh_server: None) -> None:
    files = unformatted_feature(spec, "uuid")
    served = ruff_server.format_files(files, render._ruff())
    assert served is not None, "the ruff server was not used"
    assert served == render._format_by_processes(files)


def test_threads_share_the_server(fresh_server: None) -> None:
    """Tool calls on different roots may run at once: each gets its own files back."""
    from concurrent.futures import ThreadPoolExecutor

    features = [unformatted_feature({**TASK_SPEC, "name": f"thread_{n}"}) for n in range(6)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        served = list(pool.map(lambda files: ruff_server.format_files(files, render._ruff()), features))
    assert served == [render._format_by_processes(files) for files in features]
    assert ruff_server.enabled()


def test_the_canary_answer_is_what_the_ruff_processes_give() -> None:
    canary = "canary/app/models/canary.py"
    assert render._format_by_processes({canary: ruff_server.CANARY}) == {canary: ruff_server.CANARY_FORMATTED}


def test_the_project_files_too(fresh_server: None) -> None:
    """init_project's files (the __init__.py files among them, where ruff treats F401 apart)."""
    for auth in ("external", "builtin"):
        with render.unformatted():
            plan = steps.plan_project("int", auth=auth)
        files = {change.path: change.content for change in plan.changes if change.path.endswith(".py")}
        assert any(path.endswith("__init__.py") for path in files)
        served = ruff_server.format_files(files, render._ruff())
        assert served == render._format_by_processes(files)


def test_a_file_that_does_not_parse_falls_back_to_the_exact_error(fresh_server: None) -> None:
    assert ruff_server.format_files({"a.py": "x = 1\n"}, render._ruff())
    server = ruff_server._server
    with pytest.raises(BuilderError, match="does not parse"):
        render.format_many({"app/broken.py": "def f(:\n", "app/fine.py": "x=1\n"})
    assert ruff_server._server is server  # not the server's fault: it stays
    assert ruff_server.format_files({"a.py": "x=2\n"}, render._ruff()) == {"a.py": "x = 2\n"}


def test_a_carriage_return_goes_to_the_processes(fresh_server: None) -> None:
    text = 'x = "a"\r\ny = 1\r\n'
    assert ruff_server.format_files({"a.py": text}, render._ruff()) is None
    assert ruff_server._server is not None and ruff_server.enabled()
    assert render.format_many({"a.py": text, "b.py": "z=1\n"})["a.py"] == render._format_python(text, "a.py")


def test_a_server_that_misbehaves_is_not_asked_again(tmp_path: Path, fresh_server: None) -> None:
    fake = tmp_path / "ruff"
    fake.write_text("#!/bin/sh\necho 'Content-Length: 7'\necho\necho 'garbage'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    for _ in range(ruff_server.MAX_FAILURES):  # started again after each failure, up to a limit
        assert ruff_server.enabled()
        assert ruff_server.format_files({"a.py": "x=1\n"}, str(fake)) is None
    assert not ruff_server.enabled()
    assert render.format_many({"a.py": "import os\nx=1\n", "b.py": "y=2\n"}) == {"a.py": "x = 1\n", "b.py": "y = 2\n"}


def test_a_server_whose_settings_did_not_take_is_never_used(monkeypatch: pytest.MonkeyPatch,
                                                            fresh_server: None) -> None:
    monkeypatch.setattr(ruff_server, "CONFIGURATION", {"line-length": 88})  # isort's sections lost
    assert ruff_server.format_files({"a.py": "x=1\n"}, render._ruff()) is None
    assert not ruff_server.enabled()


def test_a_ruff_without_a_server_is_not_used(tmp_path: Path, fresh_server: None) -> None:
    missing = tmp_path / "no-such-ruff"
    assert ruff_server.format_files({"a.py": "x=1\n"}, str(missing)) is None


def test_it_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, fresh_server: None) -> None:
    monkeypatch.setenv("BACKEND_BUILDER_RUFF_SERVER", "0")
    assert ruff_server.format_files({"a.py": "x=1\n"}, render._ruff()) is None
    assert render.format_many({"a.py": "x=1\n", "b.py": "y=2\n"}) == {"a.py": "x = 1\n", "b.py": "y = 2\n"}


def test_a_server_that_dies_is_started_again(fresh_server: None) -> None:
    assert ruff_server.format_files({"a.py": "x=1\n"}, render._ruff())
    first = ruff_server._server
    assert first is not None
    first._process.kill()
    first._process.wait()
    assert ruff_server.format_files({"a.py": "x=3\n"}, render._ruff()) is None
    assert ruff_server.format_files({"a.py": "x=4\n"}, render._ruff()) == {"a.py": "x = 4\n"}
    assert ruff_server._server is not first


def test_stop_ends_the_process(fresh_server: None) -> None:
    assert ruff_server.format_files({"a.py": "x=1\n"}, render._ruff())
    server = ruff_server._server
    assert server is not None
    process = server._process
    ruff_server.stop()
    assert process.poll() is not None
    assert not Path(server._scratch.name).exists()


def test_edits_in_every_position_encoding() -> None:
    text = "a = '🙂é'\nb = 1\n"
    for encoding, start, end in (("utf-32", 5, 7), ("utf-16", 5, 8), ("utf-8", 5, 11)):
        edit = {"range": {"start": {"line": 0, "character": start}, "end": {"line": 0, "character": end}},
                "newText": "x"}
        assert ruff_server.apply_edits(text, [edit], encoding) == "a = 'x'\nb = 1\n", encoding
    two = [{"range": {"start": {"line": 1, "character": 4}, "end": {"line": 1, "character": 5}}, "newText": "2"},
           {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}, "newText": "c"}]
    assert ruff_server.apply_edits(text, two) == "c = '🙂é'\nb = 2\n"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to find the server's children")
@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_mcp_server_keeps_one_ruff_server_and_it_goes_when_the_server_does(
        root: Path, anyio_backend: str) -> None:
    command = shutil.which("backend-builder-mcp", path=os.path.dirname(sys.executable)) or "backend-builder-mcp"
    params = StdioServerParameters(command=command, args=["--root", str(root)], env={**os.environ})
    operations.init_project(str(root))
    async with Client(params) as client:
        for name in ("task", "note"):  # two features: both formatted by the same ruff server
            result = await client.call_tool("scaffold_feature", {"spec": {**TASK_SPEC, "name": name}})
            assert not result.is_error, result.content
        servers = [pid for parent in _mcp_pids(root) for pid in _children(parent)
                   if b"server" in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")]
        assert len(servers) == 1, servers
    deadline = time.monotonic() + 5
    while Path(f"/proc/{servers[0]}").exists() and time.monotonic() < deadline:
        await anyio.sleep(0.05)
    assert not Path(f"/proc/{servers[0]}").exists() or "Z" in Path(f"/proc/{servers[0]}/stat").read_text()
    assert (root / "backend/app/routers/notes.py").is_file()


def _mcp_pids(root: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if any(b"backend-builder-mcp" in part for part in cmdline) and str(root).encode() in cmdline:
                found.append(int(entry.name))
    return found


def test_every_process_shares_one_empty_private_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A server killed with its MCP client leaves nothing behind: the folder is one per user, reused."""
    monkeypatch.setattr(ruff_server.tempfile, "gettempdir", lambda: str(tmp_path))
    first, second = ruff_server._scratch_folder(), ruff_server._scratch_folder()
    assert first == second and first.parent == tmp_path
    assert stat.S_IMODE(first.stat().st_mode) == 0o700 and not any(first.iterdir())
    (first / "ruff.toml").write_text("line-length = 20\n")  # a folder that is not empty is not used
    third = ruff_server._scratch_folder()
    assert third != first and not any(third.iterdir())
