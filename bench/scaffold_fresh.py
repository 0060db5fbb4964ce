"""scaffold_feature for specs the server has never formatted (no formatting cache hit): the headline.

    .venv/bin/python bench/scaffold_fresh.py [--runs 20] [--repeat 1] [--in-process]

Over MCP (stdio, one warm `backend-builder-mcp`, the way an agent calls it): each run initialises
a fresh backend, then scaffolds a 5-field spec with a new feature name and a new mix of field
types (bench/run.py `unseen_spec`), so every generated file is new text. Prints each run's
milliseconds, the median and the load average; `--repeat N` does it N times (a new server each
time); `--in-process` also times the same calls without MCP, through `operations`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import load, server_command, unseen_spec


async def over_mcp(runs: int, tag: str) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        params = StdioServerParameters(command=server_command(), args=["--root", tmp], env=dict(os.environ))
        async with Client(params) as client:
            await client.call_tool("init_project", {"backend_dir": "warm"})  # engine imported, ruff server up
            await client.call_tool("scaffold_feature", {"spec": unseen_spec(0, "warm"), "backend_dir": "warm"})
            times = []
            for run in range(runs):
                await client.call_tool("init_project", {"backend_dir": f"b{run}"})
                started = time.perf_counter()
                result = await client.call_tool("scaffold_feature",
                                                {"spec": unseen_spec(run, tag), "backend_dir": f"b{run}"})
                times.append((time.perf_counter() - started) * 1000)
                assert not result.is_error, result.content
    return times


def in_process(runs: int, tag: str) -> list[float]:
    from backend_builder import operations

    warm = tempfile.mkdtemp()
    operations.init_project(warm)
    operations.scaffold_feature(warm, spec=unseen_spec(0, "warm"))
    times = []
    for run in range(runs):
        root = tempfile.mkdtemp()
        operations.init_project(root)
        started = time.perf_counter()
        operations.scaffold_feature(root, spec=unseen_spec(run, tag))
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label}: median {statistics.median(times):.1f} ms, min {min(times):.1f}, max {max(times):.1f} "
          f"(load {load()})")
    print("  runs (ms):", " ".join(f"{t:.0f}" for t in times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--in-process", action="store_true", help="also time the calls without MCP")
    args = parser.parse_args()
    for repeat in range(args.repeat):
        report("over MCP (stdio)", anyio.run(over_mcp, args.runs, f"m{repeat}_"))
        if args.in_process:
            report("in-process     ", in_process(args.runs, f"p{repeat}_"))


if __name__ == "__main__":
    main()
