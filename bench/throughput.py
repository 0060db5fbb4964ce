"""Throughput of the generated list and create endpoints against fastcrud, side by side.

    make bench-throughput      (or: .venv/bin/python bench/throughput.py [--seconds 10])

Both apps serve the same Task model (examples/task.md) from copies of the same seeded database
(SQLite, or PostgreSQL with --postgres URL), each under
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


SEED_SQL = (
    "INSERT INTO tasks (user_id, title, description, completed, priority, tags, created_at, updated_at)"
    " VALUES (%s, %s, NULL, %s, 'medium', '[]', %s, %s)"
)


class SqliteDatabases:
    """One SQLite file per app, each a copy of the seeded one."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def env(self, name: str) -> dict[str, str]:
        db = self.root / f"{name}.db"
        return {"DATABASE_URL": f"sqlite:///{db}", "FASTCRUD_DATABASE_URL": f"sqlite+aiosqlite:///{db}"}

    def seed(self, name: str) -> None:
        with sqlite3.connect(self.root / f"{name}.db") as conn:
            now = "2026-01-01 00:00:00.000000"
            conn.executemany(SEED_SQL.replace("%s", "?"), [(USER, f"task {i}", 0, now, now) for i in range(ROWS)])
        sqlite3.connect(self.root / f"{name}.db").execute("PRAGMA wal_checkpoint(TRUNCATE)").close()

    def copy(self, source: str, name: str) -> None:
        with sqlite3.connect(self.root / f"{source}.db") as src, sqlite3.connect(self.root / f"{name}.db") as dst:
            src.backup(dst)


class PostgresDatabases:
    """One PostgreSQL database per app (bench_tp_<name>), each created from the seeded one as a template."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql)

    def _url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + f"/bench_tp_{name}"

    def env(self, name: str) -> dict[str, str]:
        url = self._url(name)
        return {"DATABASE_URL": url, "FASTCRUD_DATABASE_URL": url.replace("postgresql://", "postgresql+psycopg://")}

    def create(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS bench_tp_{name} WITH (FORCE)")
        self._admin(f"CREATE DATABASE bench_tp_{name}")

    def seed(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self._url(name)) as conn, conn.cursor() as cur:
            cur.executemany(SEED_SQL, [(USER, f"task {i}", False, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")
                                       for i in range(ROWS)])
            cur.execute("ANALYZE tasks")

    def copy(self, source: str, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS bench_tp_{name} WITH (FORCE)")
        self._admin(f"CREATE DATABASE bench_tp_{name} TEMPLATE bench_tp_{source}")


def task_backend(root: Path) -> Path:
    """The backend of examples/task.md, generated into `root` (no deployment files)."""
    (root / "specs/features").mkdir(parents=True)
    shutil.copy(REPO / "examples/task.md", root / "specs/features/task.md")
    operations.init_project(str(root), deploy=False)
    operations.scaffold_feature(str(root), feature="task")
    return root / "backend"


# Extra uvicorn flags for both apps: `--stack h11` sets `--http h11 --loop asyncio`.
UVICORN_FLAGS: list[str] = []


def serve(module: str, backend: Path, env: dict[str, str], workers: int = 1) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = open(backend / f"{module.split(':')[0]}.log", "ab")  # a file: a full pipe would stall the server
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", module, "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log", "--log-level", "warning", "--timeout-graceful-shutdown", "5", "--workers", str(workers),
         *UVICORN_FLAGS],
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


def server_stack() -> str:
    """What uvicorn runs both apps on: its HTTP parser and event loop (it picks httptools and uvloop
    when they are installed, as the generated backend's dependencies install them)."""
    import importlib.metadata
    import importlib.util

    http = "httptools" if importlib.util.find_spec("httptools") and "h11" not in UVICORN_FLAGS else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") and "asyncio" not in UVICORN_FLAGS else "asyncio"
    return f"uvicorn {importlib.metadata.version('uvicorn')}, http {http}, loop {loop}"


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(app_pid: int) -> dict[str, float]:
    """CPU seconds so far of the app (the uvicorn process and its workers), of PostgreSQL's
    processes, of wrk, and of the whole machine (busy, from /proc/stat)."""
    out = {"app": 0.0, "postgres": 0.0, "wrk": 0.0}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text[text.rindex(")") + 2:].split()
        pid, ppid, used = int(stat.parent.name), int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS
        if app_pid in (pid, ppid):
            out["app"] += used
        elif name == "postgres":
            out["postgres"] += used
        elif name == "wrk":
            out["wrk"] += used
    cpu = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    out["machine"] = (sum(cpu) - cpu[3] - cpu[4]) / TICKS  # all but idle and iowait
    return out


def wrk(url: str, script: str, seconds: int, connections: int, app_pid: int = 0) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    proc = subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", handle.name, url],
                            stdout=subprocess.PIPE, text=True)
    before, started = cpu_seconds(app_pid), time.monotonic()
    time.sleep(seconds * 0.9)  # wrk's own CPU is counted while it runs
    after, elapsed = cpu_seconds(app_pid), time.monotonic() - started
    out = proc.communicate()[0]
    os.unlink(handle.name)
    cores = {f"cores_{k}": round((after[k] - before[k]) / elapsed, 2) for k in before}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    latency = re.search(r"Latency\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests_per_second": rps,
        "mean_latency_ms": round(float(latency.group(1)) * scale[latency.group(2)], 2) if latency else -1,
        "non_2xx": int(errors.group(1)) if errors else 0,
        **cores,
    }


def _mean(figures: list[dict[str, float]]) -> dict[str, float]:
    return {key: round(sum(f[key] for f in figures) / len(figures), 2) for key in figures[0]}


def alternated(kinds: list[str], backend: Path, base_env: dict[str, str], dbs: SqliteDatabases | PostgresDatabases,
               args: argparse.Namespace, token: str) -> tuple[dict[str, dict[str, object]], dict[str, list[float]]]:
    """Both apps up at once; each endpoint measured in rounds that alternate them A B, B A, ..."""
    procs: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
    envs = {}
    for kind in kinds:
        dbs.copy("seeded", kind)
        envs[kind] = {**base_env, **dbs.env(kind)}
        module = "app.main:app" if kind == "generated" else "fastcrud_app:app"
        procs[kind] = serve(module, backend, envs[kind], args.workers if kind == "generated" else 1)
    figures: dict[str, dict[str, list[dict[str, float]]]] = {k: {"list_20": [], "create": []} for k in kinds}
    per_round: dict[str, list[float]] = {"list_20": [], "create": []}
    try:
        for endpoint in ("list_20", "create"):
            for number in range(args.rounds):
                order = kinds if number % 2 == 0 else kinds[::-1]
                for kind in order:
                    proc, base = procs[kind]
                    url = f"{base}/api/{USER}/tasks"
                    if endpoint == "list_20":
                        figure = wrk(f"{url}?offset=0&limit=20", GET_LUA % token, args.seconds, args.connections,
                                     proc.pid)
                    else:
                        figure = wrk(url, POST_LUA % token, args.seconds, args.connections, proc.pid)
                    figures[kind][endpoint].append(figure)
                if len(kinds) == 2:
                    gen, fc = (figures[k][endpoint][-1]["requests_per_second"] for k in ("generated", "fastcrud"))
                    per_round[endpoint].append(round(gen / fc, 2))
    finally:
        for proc, _ in procs.values():
            stop(proc)
    results: dict[str, dict[str, object]] = {}
    for kind in kinds:
        counted = subprocess.run([sys.executable, "-c", COUNT_PROBE, kind, token, str(HERE)], cwd=backend,
                                 env={**os.environ, **envs[kind]}, capture_output=True, text=True, check=False)
        if counted.returncode != 0:
            raise SystemExit(f"counting statements of {kind} failed:\n{counted.stderr[-3000:]}")
        results[kind] = {"list_20": _mean(figures[kind]["list_20"]), "create": _mean(figures[kind]["create"]),
                         "statements": json.loads(counted.stdout.strip().splitlines()[-1])}
    return results, per_round


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--postgres", metavar="URL", nargs="?", const="postgresql://postgres@127.0.0.1:54329/postgres",
                        help="run on PostgreSQL (a server such as `bash scripts/postgres.sh` starts; databases "
                        "bench_tp_* are created in it) instead of SQLite")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers of the generated app")
    parser.add_argument("--only", choices=["generated", "fastcrud"], help="measure one app only")
    parser.add_argument("--output", type=Path, help="default: bench/throughput.json (SQLite) or "
                        "bench/throughput_postgres.json")
    parser.add_argument("--rounds", type=int, default=1,
                        help="serve both apps at once and alternate them (ABBA order) for this many rounds of "
                        "--seconds each per endpoint: on a shared machine both then see the same load; the "
                        "figures are the means of the rounds, and each round's ratio is kept")
    parser.add_argument("--stack", choices=["auto", "h11"], default="auto",
                        help="auto: uvicorn's choice (httptools and uvloop, which the generated backend installs); "
                        "h11: its pure-Python HTTP parser and asyncio's loop, for both apps")
    args = parser.parse_args()
    if args.stack == "h11":
        UVICORN_FLAGS[:] = ["--http", "h11", "--loop", "asyncio"]
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    token = jwt.encode({"sub": USER, "exp": int(time.time()) + 3600}, SECRET, algorithm="HS256")
    engine_name = "PostgreSQL" if args.postgres else "SQLite"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        backend = task_backend(root)
        dbs = PostgresDatabases(args.postgres) if args.postgres else SqliteDatabases(root)
        base_env = {"JWT_SECRET": SECRET, "PYTHONPATH": f"{backend}{os.pathsep}{HERE}"}
        # The generated app creates the table (and its indexes) at start-up; each app then gets
        # its own copy of the same seeded database.
        if isinstance(dbs, PostgresDatabases):
            dbs.create("seeded")
        proc, _ = serve("app.main:app", backend, {**base_env, **dbs.env("seeded")})
        stop(proc)
        dbs.seed("seeded")
        results: dict[str, dict[str, object]] = {}
        kinds = [k for k in ("generated", "fastcrud") if args.only in (None, k)]
        rounds: dict[str, list[float]] = {}
        if args.rounds > 1:
            results, rounds = alternated(kinds, backend, base_env, dbs, args, token)
            kinds = []
        for kind in kinds:
            module = "app.main:app" if kind == "generated" else "fastcrud_app:app"
            dbs.copy("seeded", kind)
            env = {**base_env, **dbs.env(kind)}
            workers = args.workers if kind == "generated" else 1
            proc, base = serve(module, backend, env, workers)
            try:
                url = f"{base}/api/{USER}/tasks"
                listing = wrk(f"{url}?offset=0&limit=20", GET_LUA % token, args.seconds, args.connections, proc.pid)
                creating = wrk(url, POST_LUA % token, args.seconds, args.connections, proc.pid)
            finally:
                stop(proc)
            counted = subprocess.run([sys.executable, "-c", COUNT_PROBE, kind, token, str(HERE)], cwd=backend,
                                     env={**os.environ, **env}, capture_output=True, text=True, check=False)
            if counted.returncode != 0:
                raise SystemExit(f"counting statements of {kind} failed:\n{counted.stderr[-3000:]}")
            results[kind] = {"list_20": listing, "create": creating,
                             "statements": json.loads(counted.stdout.strip().splitlines()[-1])}
        summary: dict[str, object] = {
            "settings": f"uvicorn {args.workers} worker(s) for the generated app, 1 for fastcrud, "
                        f"wrk -t1 -c{args.connections} -d{args.seconds}s, {engine_name}, {ROWS} rows",
            "server": server_stack(),
            **results,
        }
        if len(results) == 2:
            gen, fc = results["generated"], results["fastcrud"]
            summary["ratio_list"] = round(gen["list_20"]["requests_per_second"] / fc["list_20"]["requests_per_second"], 2)  # type: ignore[index]
            summary["ratio_create"] = round(gen["create"]["requests_per_second"] / fc["create"]["requests_per_second"], 2)  # type: ignore[index]
        if rounds:
            summary["settings"] += f", {args.rounds} alternated rounds per endpoint (means)"  # type: ignore[operator]
            summary["ratio_per_round"] = rounds
    output = args.output or HERE / ("throughput_postgres.json" if args.postgres else "throughput.json")
    output.write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
