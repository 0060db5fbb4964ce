"""Measure what an agent pays to use backend-builder, on this machine.

    make bench        (or: .venv/bin/python bench/run.py [--quick] [--git-server CMD])

1. start-up: from spawning `backend-builder-mcp` to its first tools/list answer, over stdio,
   side by side with the reference server `mcp-server-git` (PyPI) in the same run, alternating;
2. the size of tools/list, which an agent keeps in its context while connected (both servers);
3. scaffold_feature round trips over stdio to a running server, 5-field spec, warm: the headline is
   a spec the server has never formatted (each run a new feature name and a new shape of fields,
   into a fresh backend); then the same spec into fresh backends, and again on the same backend
   (all identical);
4. scaffold_feature latency for a 10-field spec, in-process and warm (median of many);
5. bytes an agent sends and receives to scaffold one feature, against the bytes of the files
   it would otherwise have typed.

mcp-server-git comes from `--git-server CMD`, else `mcp-server-git` next to this Python, else a
scratch venv this script creates once in ~/.cache/backend-builder-bench (pip install mcp-server-git).

Prints a table and writes bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
from backend_builder import operations
from backend_builder.mcp_server import create_server
from mcp import Client, StdioServerParameters

HERE = Path(__file__).resolve().parent
SPEC_10: dict[str, Any] = {
    "name": "invoice",
    "fields": [
        {"name": "number", "type": "str", "max_length": 32, "unique": True},
        {"name": "customer", "type": "str", "max_length": 200},
        {"name": "notes", "type": "text", "required": False},
        {"name": "amount", "type": "decimal", "ge": 0},
        {"name": "tax_rate", "type": "float", "required": False, "ge": 0, "le": 1},
        {"name": "paid", "type": "bool", "required": False, "default": False},
        {"name": "issued_on", "type": "date"},
        {"name": "status", "type": "enum", "enum_values": ["draft", "sent", "paid"], "required": False,
         "default": "draft"},
        {"name": "lines", "type": "json", "required": False, "default": []},
        {"name": "tags", "type": "list[str]", "required": False, "default": []},
    ],
    "actions": {"mark_paid": "paid"},
    "stats": True,
    "search": ["customer", "notes"],
    "filters": ["status", "paid"],
}


SPEC_5: dict[str, Any] = {
    "name": "task",
    "fields": [
        {"name": "title", "type": "str", "max_length": 200},
        {"name": "description", "type": "text", "required": False},
        {"name": "completed", "type": "bool", "required": False, "default": False},
        {"name": "priority", "type": "enum", "enum_values": ["low", "medium", "high"], "required": False,
         "default": "medium"},
        {"name": "due", "type": "date", "required": False},
    ],
}


# Field shapes the unseen specs are drawn from: each run takes five, in a new order and mix.
SHAPES: list[dict[str, Any]] = [
    {"type": "str", "max_length": 200},
    {"type": "text", "required": False},
    {"type": "bool", "required": False, "default": False},
    {"type": "enum", "enum_values": ["low", "medium", "high"], "required": False, "default": "medium"},
    {"type": "date", "required": False},
    {"type": "int", "ge": 0},
    {"type": "decimal", "ge": 0, "max_digits": 12, "decimal_places": 2},
    {"type": "datetime", "required": False},
    {"type": "float", "required": False},
    {"type": "str", "max_length": 40, "unique": True},
    {"type": "uuid", "required": False},
]
WORDS = ["title", "notes", "done", "level", "due", "count", "price", "seen_at", "score", "code", "ref"]


def unseen_spec(run: int, tag: str = "") -> dict[str, Any]:
    """A 5-field spec no earlier run has produced: a new feature name, field names and mix of types."""
    picks = [(run * 3 + k * (1 + run % 4)) % len(SHAPES) for k in range(5)]
    picks = list(dict.fromkeys(picks)) + [p for p in range(len(SHAPES)) if p not in picks]
    fields = []
    for k, pick in enumerate(picks[:5]):
        shape = dict(SHAPES[pick])
        if shape["type"] == "enum":
            shape["enum_values"] = [f"{value}_{run}" for value in shape["enum_values"]]
            shape["default"] = shape["enum_values"][1]
        fields.append({"name": f"{WORDS[pick]}_{tag}{run}_{k}", **shape})
    spec: dict[str, Any] = {"name": f"item_{tag}{run}", "fields": fields}
    if run % 2:
        spec["filters"] = [fields[0]["name"]] if fields[0]["type"] not in ("text", "json") else []
    return spec


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def server_command() -> str:
    return shutil.which("backend-builder-mcp", path=str(Path(sys.executable).parent)) or "backend-builder-mcp"


def git_server_command(given: str | None) -> list[str]:
    """How to start mcp-server-git: as given, next to this Python, or from a scratch venv made once."""
    if given:
        return given.split()
    local = shutil.which("mcp-server-git", path=str(Path(sys.executable).parent))
    if local:
        return [local]
    venv = Path.home() / ".cache/backend-builder-bench/mcp-server-git"
    exe = venv / "bin/mcp-server-git"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin/pip"), "install", "--quiet", "mcp-server-git"], check=True)
    return [str(exe)]


async def startup_seconds(command: list[str], root: str) -> tuple[float, int]:
    """Spawn to the first tools/list answer, and that answer's size."""
    params = StdioServerParameters(command=command[0], args=command[1:], env=dict(os.environ), cwd=root)
    start = time.perf_counter()
    async with Client(params) as client:
        tools = (await client.list_tools()).tools
        elapsed = time.perf_counter() - start
    return elapsed, wire([t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools])


def side_by_side(git_command: list[str], runs: int) -> dict[str, Any]:
    """Both servers started alternately in the same run, so the machine's load hits both alike."""
    ours: list[float] = []
    theirs: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["git", "init", "-q", tmp], check=True)
        anyio.run(startup_seconds, [server_command(), "--root", tmp], tmp)  # page cache warm, both
        anyio.run(startup_seconds, [*git_command, "--repository", tmp], tmp)
        for _ in range(runs):
            seconds, our_bytes = anyio.run(startup_seconds, [server_command(), "--root", tmp], tmp)
            ours.append(seconds)
            seconds, their_bytes = anyio.run(startup_seconds, [*git_command, "--repository", tmp], tmp)
            theirs.append(seconds)
    return {
        "startup_to_tools_list_seconds_median": round(statistics.median(ours), 3),
        "mcp_server_git_startup_seconds_median": round(statistics.median(theirs), 3),
        "startup_ratio_to_mcp_server_git": round(statistics.median(ours) / statistics.median(theirs), 2),
        "startup_runs": runs,
        "tools_list_bytes": our_bytes,
        "mcp_server_git_tools_list_bytes": their_bytes,
    }


async def round_trips(runs: int) -> dict[str, Any]:
    """scaffold_feature over stdio to one running server (the way an agent calls it), 5 fields."""
    with tempfile.TemporaryDirectory() as tmp:
        params = StdioServerParameters(command=server_command(), args=["--root", tmp], env=dict(os.environ))
        async with Client(params) as client:
            async def timed(args: dict[str, Any]) -> float:
                start = time.perf_counter()
                result = await client.call_tool("scaffold_feature", args)
                elapsed = time.perf_counter() - start
                assert not result.is_error, result.content
                return elapsed

            for i in range(runs + 1):
                await client.call_tool("init_project", {"backend_dir": f"fresh{i}"})
            await timed({"spec": unseen_spec(0, "warm"), "backend_dir": "fresh0"})  # engine imported
            unseen = []
            for i in range(runs):  # a spec this server has not formatted before, into a fresh backend
                await client.call_tool("init_project", {"backend_dir": f"new{i}"})
                unseen.append(await timed({"spec": unseen_spec(i), "backend_dir": f"new{i}"}))
            second = []
            for i in range(runs):  # a second unseen feature into each backend, back to back: its main.py
                # is what the first one wrote, not parsed yet (the server had no idle moment)
                second.append(await timed({"spec": unseen_spec(i, "more"), "backend_dir": f"new{i}"}))
            paused = []
            for i in range(runs):  # a third, each after a pause as an agent's turn gives: parsed ahead
                await anyio.sleep(0.5)
                paused.append(await timed({"spec": unseen_spec(i, "third"), "backend_dir": f"new{i}"}))
            await timed({"spec": SPEC_5, "backend_dir": "fresh0"})
            fresh = [await timed({"spec": SPEC_5, "backend_dir": f"fresh{i}"}) for i in range(1, runs + 1)]
            again = [await timed({"spec": SPEC_5, "backend_dir": "fresh0"}) for _ in range(runs)]
    ms = lambda values: round(statistics.median(values) * 1000, 1)
    return {
        "scaffold_round_trip_5_fields_unseen_spec_ms_median": ms(unseen),
        "scaffold_round_trip_5_fields_unseen_spec_ms_p90": round(sorted(unseen)[int(runs * 0.9) - 1] * 1000, 1),
        "scaffold_round_trip_5_fields_unseen_spec_next_feature_back_to_back_ms_median": ms(second),
        "scaffold_round_trip_5_fields_unseen_spec_next_feature_after_pause_ms_median": ms(paused),
        "scaffold_round_trip_5_fields_ms_median": ms(fresh),
        "scaffold_round_trip_5_fields_identical_ms_median": ms(again),
        "round_trip_runs": runs,
    }


def scaffold_latency(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed"
        seed.mkdir()
        operations.init_project(str(seed))
        warm = Path(tmp) / "warm"
        shutil.copytree(seed, warm)
        operations.scaffold_feature(str(warm), spec=SPEC_10)  # warm caches (templates, ruff binary)
        times = []
        for i in range(runs):
            target = Path(tmp) / f"run{i}"
            shutil.copytree(seed, target)
            start = time.perf_counter()
            result = operations.scaffold_feature(str(target), spec=SPEC_10)
            times.append(time.perf_counter() - start)
            assert {f.status for f in result.files} == {"created", "updated"}
        return times


def wire(obj: Any) -> int:
    return len(json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode())


async def token_costs(root: Path) -> dict[str, int]:
    operations.init_project(str(root))
    async with Client(create_server(str(root))) as client:
        costs: dict[str, int] = {}
        sent = received = 0
        for name, args in (("scaffold_feature", {"spec": SPEC_10}), ("check_project", {}), ("run_tests", {})):
            result = await client.call_tool(name, args)
            request = wire({"name": name, "arguments": args})
            response = wire(result.model_dump(mode="json", by_alias=True, exclude_none=True))
            text = wire(result.content[0].text)
            if name == "scaffold_feature":
                costs["scaffold_request_bytes"] = request
                costs["scaffold_response_bytes"] = response
                costs["scaffold_summary_text_bytes"] = text
            sent += request
            received += response
        costs["workflow_sent_bytes"] = sent
        costs["workflow_received_bytes"] = received
    backend = root / "backend"
    generated = ["app/models/invoice.py", "app/schemas/invoice.py", "app/routers/invoices.py", "tests/test_invoices.py"]
    costs["generated_feature_bytes"] = sum((backend / p).stat().st_size for p in generated)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure what an agent pays to use backend-builder.")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--git-server", help="command that starts mcp-server-git (default: found or installed)")
    args = parser.parse_args()
    runs = 5 if args.quick else 30
    starts = 3 if args.quick else 20
    load_before = load()
    trips = anyio.run(round_trips, 5 if args.quick else 20)
    load_after_trips = load()
    startup = side_by_side(git_server_command(args.git_server), starts)
    latency = scaffold_latency(runs)
    with tempfile.TemporaryDirectory() as tmp:
        costs = anyio.run(token_costs, Path(tmp))
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        **trips,
        "load_average_before_and_after_round_trips": f"{load_before} / {load_after_trips}",
        **startup,
        "scaffold_feature_10_fields_seconds_median": round(statistics.median(latency), 4),
        "scaffold_feature_10_fields_seconds_p90": round(sorted(latency)[int(len(latency) * 0.9) - 1], 4),
        "scaffold_runs": runs,
        **costs,
        "scaffold_bytes_ratio": round(costs["generated_feature_bytes"]
                                      / (costs["scaffold_request_bytes"] + costs["scaffold_response_bytes"]), 1),
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
