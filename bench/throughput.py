"""Throughput of the generated list and create endpoints against fastcrud, side by side.

    make bench-throughput      (or: .venv/bin/python bench/throughput.py [--seconds 10])

Both apps serve the same Task model (examples/task.md) from the same SQLite file, each under
one uvicorn worker with the same settings; wrk drives them from loopback, one after the other,
in one run. Statements per request are counted separately, with a SQLAlchemy listener, so the
counting does not slow the throughput runs. Needs wrk (Debian package) and the `bench` extra.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import httpx
import jwt
from backend_builder import operations

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SECRET = "throughput-bench-secret-0123456789abcdefgh"
USER = "bench-user"
ROWS = 1000

POST_LUA = """
wrk.method = "POST"
wrk.body = '{"title": "benchmark task", "priority": "high", "user_id": "bench-user"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer %s"
"""
GET_LUA = """
wrk.headers["Authorization"] = "Bearer %s"
"""

COUNT_PROBE = textwrap.dedent("""
    import json, os, sys
    from sqlalchemy import event
    from fastapi.testclient import TestClient
    kind, token = sys.argv[1], sys.argv[2]
    if kind == "generated":
        from app.main import app
        from app.database import engine as sync_engine
    else:
        sys.path.insert(0, sys.argv[3])
        from fastcrud_app import app, engine
        sync_engine = engine.sync_engine
    count = {"n": 0}
    event.listen(sync_engine, "before_cursor_execute", lambda *a: count.__setitem__("n", count["n"] + 1))
    client = TestClient(app)
    headers = {"Authorization": "Bearer " + token}
    out = {}
    for name, method, url, body in (
        ("list", "GET", "/api/bench-user/tasks?offset=0&limit=20", None),
        ("create", "POST", "/api/bench-user/tasks", {"title": "counted", "user_id": "bench-user"}),
    ):
        count["n"] = 0
        response = client.request(method, url, headers=headers, json=body)
        assert response.status_code in (200, 201), response.text
        out[name] = count["n"]
    print(json.dumps(out))
""")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        now = "2026-01-01 00:00:00.000000"
        conn.executemany(
            "INSERT INTO tasks (user_id, title, description, completed, priority, tags, created_at, updated_at)"
            " VALUES (?, ?, NULL, 0, 'medium', '[]', ?, ?)",
            [(USER, f"task {i}", now, now) for i in range(ROWS)],
        )


def serve(module: str, backend: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = open(backend / f"{module.split(':')[0]}.log", "ab")  # a file: a full pipe would stall the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", module, "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log", "--log-level", "warning", "--timeout-graceful-shutdown", "5"],
        cwd=backend, env={**os.environ, **env}, stdout=log, stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(f"{base}/docs", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.05)
    raise SystemExit(f"{module} did not start; see {log.name}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wrk(url: str, script: str, seconds: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", handle.name, url],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(handle.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    latency = re.search(r"Latency\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests_per_second": rps,
        "mean_latency_ms": round(float(latency.group(1)) * scale[latency.group(2)], 2) if latency else -1,
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    token = jwt.encode({"sub": USER, "exp": int(time.time()) + 3600}, SECRET, algorithm="HS256")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "specs/features").mkdir(parents=True)
        shutil.copy(REPO / "examples/task.md", root / "specs/features/task.md")
        operations.init_project(str(root))
        operations.scaffold_feature(str(root), feature="task")
        backend = root / "backend"
        results: dict[str, dict[str, object]] = {}
        for kind, module in (("generated", "app.main:app"), ("fastcrud", "fastcrud_app:app")):
            db = root / f"{kind}.db"
            env = {"JWT_SECRET": SECRET, "DATABASE_URL": f"sqlite:///{db}", "DATABASE_FILE": str(db),
                   "PYTHONPATH": f"{backend}{os.pathsep}{HERE}"}
            # The generated app creates the table at start-up; both apps then read the same file.
            if kind == "fastcrud":
                shutil.copy(root / "generated.db", db)
            proc, base = serve(module, backend, env)
            try:
                if kind == "generated":
                    stop(proc)
                    seed(db)
                    shutil.copy(db, root / "seeded.db")
                    proc, base = serve(module, backend, env)
                else:
                    shutil.copy(root / "seeded.db", db)
                url = f"{base}/api/{USER}/tasks"
                listing = wrk(f"{url}?offset=0&limit=20", GET_LUA % token, args.seconds, args.connections)
                creating = wrk(url, POST_LUA % token, args.seconds, args.connections)
            finally:
                stop(proc)
            counted = subprocess.run([sys.executable, "-c", COUNT_PROBE, kind, token, str(HERE)], cwd=backend,
                                     env={**os.environ, **env}, capture_output=True, text=True, check=False)
            if counted.returncode != 0:
                raise SystemExit(f"counting statements of {kind} failed:\n{counted.stderr[-3000:]}")
            results[kind] = {"list_20": listing, "create": creating,
                             "statements": json.loads(counted.stdout.strip().splitlines()[-1])}
        gen, fc = results["generated"], results["fastcrud"]
        summary = {
            "settings": f"uvicorn 1 worker, wrk -t1 -c{args.connections} -d{args.seconds}s, SQLite, {ROWS} rows",
            **results,
            "ratio_list": round(gen["list_20"]["requests_per_second"] / fc["list_20"]["requests_per_second"], 2),  # type: ignore[index]
            "ratio_create": round(gen["create"]["requests_per_second"] / fc["create"]["requests_per_second"], 2),  # type: ignore[index]
        }
    (HERE / "throughput.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
