"""scaffold_feature in-process for specs the server has never formatted (no formatting cache hit).

    .venv/bin/python bench/scaffold_fresh.py [--runs 10]

Each run initialises a fresh backend and scaffolds a 5-field feature under a new name, so every
generated file is new text; prints each run's milliseconds and the median.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from backend_builder import operations

FIELDS = [{"name": f"f{i}", "type": t} for i, t in enumerate(["str", "int", "bool", "date", "text"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    warm = tempfile.mkdtemp()
    operations.init_project(warm)
    operations.scaffold_feature(warm, spec={"name": "warm_up", "fields": FIELDS})
    times = []
    for run in range(args.runs):
        root = tempfile.mkdtemp()
        operations.init_project(root)
        started = time.perf_counter()
        operations.scaffold_feature(root, spec={"name": f"fresh_{run}", "fields": FIELDS})
        times.append((time.perf_counter() - started) * 1000)
    print("runs (ms):", " ".join(f"{t:.0f}" for t in times))
    print(f"median {statistics.median(times):.1f} ms")


if __name__ == "__main__":
    main()
