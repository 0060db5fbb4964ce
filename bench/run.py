"""Measure what an agent pays to use backend-builder, on this machine.

    make bench        (or: .venv/bin/python bench/run.py [--quick])

1. start-up: from spawning `backend-builder-mcp` to its first tools/list answer, over stdio;
2. scaffold_feature latency for a 10-field spec, in-process and warm (median of many);
3. the size of tools/list, which an agent keeps in its context while connected;
4. bytes an agent sends and receives to scaffold one feature, against the bytes of the files
   it would otherwise have typed.

Prints a table and writes bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
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


def server_command() -> str:
    return shutil.which("backend-builder-mcp", path=str(Path(sys.executable).parent)) or "backend-builder-mcp"


async def startup_seconds(root: str) -> float:
    params = StdioServerParameters(command=server_command(), args=["--root", root], env=dict(os.environ))
    start = time.perf_counter()
    async with Client(params) as client:
        await client.list_tools()
        return time.perf_counter() - start


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
        tools = (await client.list_tools()).tools
        listing = wire([t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools])
        costs = {"tools_list_bytes": listing}
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
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 5 if args.quick else 30
    starts = 3 if args.quick else 10
    with tempfile.TemporaryDirectory() as tmp:
        startup = [anyio.run(startup_seconds, tmp) for _ in range(starts)]
    latency = scaffold_latency(runs)
    with tempfile.TemporaryDirectory() as tmp:
        costs = anyio.run(token_costs, Path(tmp))
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "startup_to_tools_list_seconds_median": round(statistics.median(startup), 3),
        "startup_runs": starts,
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
