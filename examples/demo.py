"""The demo: an MCP client drives backend-builder over stdio, as an agent would, then serves the result.

    make demo        (or: .venv/bin/python examples/demo.py)

It builds a fresh project in demo-workspace/ from examples/task.md, runs the generated tests
through the run_tests tool, starts the backend with uvicorn and sends real HTTP requests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import jwt
from mcp import Client, StdioServerParameters

HERE = Path(__file__).resolve().parent
WORKSPACE = HERE.parent / "demo-workspace"
SECRET = "demo-secret-that-is-long-enough-0123456789"


def say(step: str, detail: str = "") -> None:
    print(f"==> {step}" + (f"\n    {detail}" if detail else ""), flush=True)


async def call(client: Client, tool: str, args: dict[str, Any] | None = None) -> Any:
    result = await client.call_tool(tool, args or {})
    text = result.content[0].text if result.content else ""
    if result.is_error:
        raise SystemExit(f"{tool} failed:\n{text}")
    say(f"{tool}", text.splitlines()[0])
    return result.structured_content


async def drive_the_tools() -> None:
    server = shutil.which("backend-builder-mcp", path=str(Path(sys.executable).parent)) or "backend-builder-mcp"
    params = StdioServerParameters(command=server, args=["--root", str(WORKSPACE)], env=dict(os.environ))
    async with Client(params) as client:
        tools = (await client.list_tools()).tools
        say("connected over stdio", f"{len(tools)} tools: {', '.join(t.name for t in tools)}")
        await call(client, "init_project", {"user_id_type": "str", "title": "Todo API"})
        draft = await call(client, "read_spec", {"feature": "tasks"})
        fields = ", ".join(f"{f['name']}:{f.get('type', 'str')}" for f in draft["spec"]["fields"])
        say("draft spec", f"{draft['spec']['name']} ({fields}) from {', '.join(draft['files_used'])}")
        done = await call(client, "scaffold_feature", {"feature": "task"})
        for f in done["files"]:
            print(f"    {f['status']:<9} {f['path']}")
        again = await call(client, "scaffold_feature", {"feature": "task"})
        assert {f["status"] for f in again["files"]} == {"identical"}
        migration = await call(client, "generate_migration", {"message": "create tasks"})
        for line in migration["operations"]:
            print(f"    op: {line}")
        check = await call(client, "check_project")
        assert check["passed"], check
        tests = await call(client, "run_tests")
        if tests["failed"] or tests["errors"]:
            raise SystemExit(f"generated tests failed: {tests['failures']}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_and_request() -> None:
    port = free_port()
    backend = WORKSPACE / "backend"
    env = {**os.environ, "JWT_SECRET": SECRET, "DATABASE_URL": "sqlite:///./demo.db",
           "CORS_ORIGINS": "http://localhost:3000"}
    say("uvicorn app.main:app", f"http://127.0.0.1:{port} (cwd {backend.relative_to(HERE.parent)})")
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)], cwd=backend,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        token = jwt.encode({"sub": "user-123", "exp": int(time.time()) + 600}, SECRET, algorithm="HS256")
        auth = {"Authorization": f"Bearer {token}"}
        api = f"{base}/api/user-123/tasks"
        steps = [
            ("GET /health", lambda: httpx.get(f"{base}/health")),
            ("GET /api/user-123/tasks without a token", lambda: httpx.get(api)),
            ("POST /api/user-123/tasks", lambda: httpx.post(api, json={"title": "Ship the demo"}, headers=auth)),
            ("POST with an empty title", lambda: httpx.post(api, json={"title": ""}, headers=auth)),
            ("PATCH /api/user-123/tasks/1/complete", lambda: httpx.patch(f"{api}/1/complete", headers=auth)),
            ("GET /api/user-123/tasks", lambda: httpx.get(api, headers=auth)),
            ("GET /api/user-123/tasks/stats", lambda: httpx.get(f"{api}/stats", headers=auth)),
            ("GET /api/someone-else/tasks", lambda: httpx.get(f"{base}/api/someone-else/tasks", headers=auth)),
        ]
        for label, send in steps:
            response = send()
            body = response.text if len(response.text) < 160 else response.text[:157] + "..."
            total = response.headers.get("x-total-count")
            say(f"{label} -> {response.status_code}", body + (f"  [X-Total-Count: {total}]" if total else ""))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    if WORKSPACE.exists():
        shutil.rmtree(WORKSPACE)
    (WORKSPACE / "specs/features").mkdir(parents=True)
    shutil.copy(HERE / "task.md", WORKSPACE / "specs/features/task.md")
    say("workspace", f"{WORKSPACE} with specs/features/task.md")
    anyio.run(drive_the_tools)
    serve_and_request()
    say("done", f"the generated backend is in {WORKSPACE / 'backend'}")


if __name__ == "__main__":
    main()
