"""The generated backend on big tables: one user's list, sorted pages, stats and search at 10k and 1M rows.

    bash scripts/postgres.sh            # a throwaway PostgreSQL on 127.0.0.1:54329
    .venv/bin/python bench/big_tables.py [--url postgresql://postgres@127.0.0.1:54329/postgres]
                                         [--sizes 10000 1000000] [--others 200000] [--repeat 30]

For each size, a database of its own (bench_big_<rows>) gets the generated tables (the app
creates them, with the models' indexes, at start-up), then rows seeded in SQL with
generate_series: <rows> for the measured user, plus --others rows spread over 100 other users.
After VACUUM ANALYZE, one uvicorn worker serves it and each request is timed from loopback
(httpx, one at a time, median of --repeat after 3 warm-ups). The page queries' EXPLAIN
(ANALYZE, BUFFERS) plans are written beside the figures. Results: bench/big_tables.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
import jwt
import psycopg
from backend_builder.generate.steps import index_columns
from backend_builder.spec.canonical import from_markdown
from backend_builder.spec.model import FeatureSpec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import serve, stop, task_backend

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SECRET = "big-tables-bench-secret-0123456789abcdefgh"
USER = "bench-user"

# The requests measured (path under /api/<user>/tasks) and the SQL the router sends for the page.
REQUESTS: dict[str, tuple[str, str | None]] = {
    "first page (default: id)": ("?limit=20", "ORDER BY id LIMIT 20"),
    "page sorted by title": ("?limit=20&order_by=title", "ORDER BY title, id LIMIT 20"),
    "page sorted by title, descending": ("?limit=20&order_by=-title",
                                         "ORDER BY title DESC, id DESC LIMIT 20"),
    "page sorted by priority": ("?limit=20&order_by=priority", "ORDER BY priority, id LIMIT 20"),
    "page sorted by due_date": ("?limit=20&order_by=due_date", "ORDER BY due_date, id LIMIT 20"),
    "page sorted by created_at, descending": ("?limit=20&order_by=-created_at",
                                              "ORDER BY created_at DESC, id DESC LIMIT 20"),
    "page 500 (offset 10,000)": ("?limit=20&offset=10000", "ORDER BY id LIMIT 20 OFFSET 10000"),
    "filtered: completed=true": ("?limit=20&completed=true", None),
    "stats": ("/stats", None),
    "search (title or description ILIKE)": ("/search?query=task%2042", None),
}


def seed_sql(rows: int, others: int) -> list[str]:
    columns = "(user_id, title, description, completed, priority, due_date, tags, created_at, updated_at)"
    values = """
        md5(g::text), (g %% 3 = 0), (ARRAY['low','medium','high'])[1 + g %% 3],
        DATE '2026-01-01' + (g %% 365), '[]', now() - g * interval '1 second', now() - g * interval '1 second'
    """
    return [
        f"INSERT INTO tasks {columns} SELECT '{USER}', 'task ' || g, {values} FROM generate_series(1, {rows}) g",
        (f"INSERT INTO tasks {columns} SELECT 'user-' || (g %% 100), 'task ' || g, {values}"
         f" FROM generate_series(1, {others}) g"),
    ]


def timed(client: httpx.Client, url: str, headers: dict[str, str], repeat: int) -> dict[str, object]:
    for _ in range(3):
        client.get(url, headers=headers).raise_for_status()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url, headers=headers).raise_for_status()
        times.append((time.perf_counter() - start) * 1000)
    result: dict[str, object] = {"median_ms": round(statistics.median(times), 2),
                                 "p90_ms": round(sorted(times)[int(0.9 * repeat)], 2)}
    if "X-Total-Count" in response.headers:  # what the list answered as its total
        result["total"] = int(response.headers["X-Total-Count"])
        result["total_exact"] = response.headers.get("X-Total-Count-Exact") == "true"
    return result


def explain(conn: psycopg.Connection, tail: str) -> str:
    rows = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM tasks WHERE user_id = %s {tail}",
                        (USER,)).fetchall()
    return "\n".join(r[0] for r in rows)


def measure(backend: Path, admin_url: str, rows: int, others: int, repeat: int) -> dict[str, object]:
    name = f"bench_big_{rows}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    env = {"JWT_SECRET": SECRET, "DATABASE_URL": url, "PYTHONPATH": str(backend)}
    proc, _ = serve("app.main:app", backend, env)  # creates the tables and their indexes
    stop(proc)
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in seed_sql(rows, others):
            conn.execute(statement.replace("%%", "%"))
        conn.execute("VACUUM ANALYZE tasks")
        seeded = round(time.perf_counter() - started, 1)
        plans = {label: explain(conn, tail) for label, (_, tail) in REQUESTS.items() if tail}
        plans["exact count (LIST_TOTAL_LIMIT=0)"] = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM tasks WHERE user_id = %s", (USER,)))
        plans["capped count (X-Total-Count, LIST_TOTAL_LIMIT=10000)"] = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM"
            " (SELECT id FROM tasks WHERE user_id = %s LIMIT 10001) AS capped", (USER,)))
        plans["estimate past the cap"] = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM tasks WHERE user_id = %s", (USER,)))
        indexes = [r[0] for r in conn.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'tasks' ORDER BY indexname")]
    token = jwt.encode({"sub": USER, "exp": int(time.time()) + 3600}, SECRET, algorithm="HS256")
    headers = {"Authorization": f"Bearer {token}"}
    proc, base = serve("app.main:app", backend, env)
    try:
        with httpx.Client(base_url=f"{base}/api/{USER}/tasks", timeout=60) as client:
            timings = {label: timed(client, path, headers, repeat) for label, (path, _) in REQUESTS.items()}
    finally:
        stop(proc)
    return {"rows_for_user": rows, "rows_for_others": others, "seed_seconds": seeded, "indexes": indexes,
            "timings": timings, "plans": plans}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default=os.environ.get("BENCH_DATABASE_URL",
                                                        "postgresql://postgres@127.0.0.1:54329/postgres"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--others", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    spec = from_markdown((REPO / "examples/task.md").read_text()).data
    with tempfile.TemporaryDirectory() as tmp:
        backend = task_backend(Path(tmp))
        results = [measure(backend, args.url, n, args.others, args.repeat) for n in args.sizes]
    small, big = results[0], results[-1]
    ratios = {label: round(big["timings"][label]["median_ms"] / small["timings"][label]["median_ms"], 2)  # type: ignore[index]
              for label in REQUESTS}
    summary = {
        "settings": f"PostgreSQL, one uvicorn worker, sequential httpx requests, median of {args.repeat}",
        "indexes_declared": [list(c) for c in index_columns(FeatureSpec.model_validate(spec))],
        "results": results,
        f"ratio_{big['rows_for_user']}_to_{small['rows_for_user']}": ratios,
    }
    (HERE / "big_tables.json").write_text(json.dumps(summary, indent=2) + "\n")
    for label in REQUESTS:
        print(f"{label:45} " + "  ".join(f"{r['timings'][label]['median_ms']:8.2f} ms" for r in results)  # type: ignore[index]
              + f"   x{ratios[label]}")


if __name__ == "__main__":
    main()
