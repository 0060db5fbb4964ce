"""A generated backend served by a real uvicorn process, answering real HTTP requests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest

from .conftest import example_backend, postgres_url, reset_postgres

SECRET = "served-backend-secret-0123456789-abcdefghij"
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def token(sub: str, key: str = SECRET, **extra: object) -> str:
    return jwt.encode({"sub": sub, "exp": int(time.time()) + 600, **extra}, key, algorithm="HS256")


def start(backend: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=backend, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return proc, base
        try:
            httpx.get(f"{base}/health", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("uvicorn did not start: " + (proc.stdout.read() if proc.stdout else ""))


def stop(proc: subprocess.Popen[str]) -> str:
    proc.terminate()
    try:
        out, _ = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out or ""


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_backend(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, backend: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'app.db'}"
    else:
        url = postgres_url()
        reset_postgres(url)
    proc, base = start(backend, {"JWT_SECRET": SECRET, "DATABASE_URL": url,
                                 "CORS_ORIGINS": "http://localhost:3000, https://app.example.com"})
    assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
    yield base
    stop(proc)


def test_crud_over_http(server: str) -> None:
    alice = {"Authorization": f"Bearer {token('alice-1')}"}
    created = httpx.post(f"{server}/api/alice-1/tasks", json={"title": "Buy milk"}, headers=alice)
    assert created.status_code == 201
    row = created.json()
    assert row["title"] == "Buy milk" and row["completed"] is False and row["priority"] == "medium"
    listed = httpx.get(f"{server}/api/alice-1/tasks", headers=alice)
    assert listed.status_code == 200 and listed.headers["x-total-count"] == "1"
    toggled = httpx.patch(f"{server}/api/alice-1/tasks/{row['id']}/complete", headers=alice)
    assert toggled.json()["completed"] is True
    stats = httpx.get(f"{server}/api/alice-1/tasks/stats", headers=alice).json()
    assert stats == {"total": 1, "counts": {"completed": 1}, "rates": {"completed": 1.0}}
    found = httpx.get(f"{server}/api/alice-1/tasks/search", params={"query": "MILK"}, headers=alice).json()
    assert [i["id"] for i in found["items"]] == [row["id"]]
    assert httpx.delete(f"{server}/api/alice-1/tasks/{row['id']}", headers=alice).status_code == 204


def test_auth_and_isolation_over_http(server: str) -> None:
    alice = {"Authorization": f"Bearer {token('alice-2')}"}
    bob = {"Authorization": f"Bearer {token('bob-2')}"}
    row = httpx.post(f"{server}/api/bob-2/tasks", json={"title": "secret"}, headers=bob).json()
    assert httpx.get(f"{server}/api/alice-2/tasks/{row['id']}", headers=alice).status_code == 404
    assert httpx.get(f"{server}/api/bob-2/tasks", headers=alice).status_code == 403
    assert httpx.get(f"{server}/api/bob-2/tasks").status_code == 401
    forged = {"Authorization": f"Bearer {token('bob-2', key='x' * 40)}"}
    assert httpx.get(f"{server}/api/bob-2/tasks", headers=forged).status_code == 401
    bad = httpx.post(f"{server}/api/alice-2/tasks", content=b"{oops", headers={**alice, "Content-Type": "application/json"})
    assert bad.status_code == 422


def test_cors_for_configured_origins_only(server: str) -> None:
    preflight = httpx.options(f"{server}/api/a/tasks", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert preflight.headers["access-control-allow-credentials"] == "true"
    alice = {"Authorization": f"Bearer {token('alice-3')}", "Origin": "https://app.example.com"}
    listed = httpx.get(f"{server}/api/alice-3/tasks", headers=alice)
    assert listed.headers["access-control-allow-origin"] == "https://app.example.com"
    assert "x-total-count" in listed.headers["access-control-expose-headers"].lower()
    other = httpx.get(f"{server}/health", headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in other.headers


def test_health(server: str) -> None:
    response = httpx.get(f"{server}/health")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_no_key_no_start(backend: Path) -> None:
    env = {"JWT_SECRET": "", "BETTER_AUTH_SECRET": "", "DATABASE_URL": "sqlite://"}
    proc, _ = start(backend, env)
    out = stop(proc) if proc.poll() is None else (proc.stdout.read() if proc.stdout else "")
    assert proc.returncode not in (None, 0)
    assert "No token key configured: set JWT_SECRET" in out


def test_a_database_that_does_not_answer_is_503_not_500(backend: Path) -> None:
    """Started without migrating (a deploy step does that), against a database that is down."""
    port = free_port()  # nothing listens there
    proc, base = start(backend, {"JWT_SECRET": SECRET, "AUTO_MIGRATE": "false",
                                 "DATABASE_URL": f"postgresql://u:p@127.0.0.1:{port}/db?connect_timeout=2"})
    try:
        assert httpx.get(f"{base}/health", timeout=10).status_code == 503
        headers = {"Authorization": f"Bearer {token('alice-4')}"}
        assert httpx.get(f"{base}/api/alice-4/tasks", headers=headers, timeout=10).status_code == 503
    finally:
        stop(proc)


HOSTILE_BODIES = [
    {"title": "nul \u0000 byte"},
    {"title": "x" * 201},
    {"title": ""},
    {"title": None},
    {"title": 12},
    {"title": "ok", "priority": "urgent"},
    {"title": "ok", "due_date": "2025-02-30"},
    {"title": "ok", "due_date": "99999-01-01"},
    {"title": "ok", "tags": ["a", "\u0000"]},
    {"title": "ok", "tags": "not a list"},
    {"title": "ok", "completed": "maybe"},
    {"title": "ok", "id": 2**70, "user_id": None},
    b'{"title": "\\ud800 lone surrogate"}',
    b'{"title": "ok", "tags": ["\\udfff"]}',
    b'{"title": "ok" "missing comma"}',
    b'{"title": NaN}',
    b"\xff\xfe not utf-8",
    ["not", "an", "object"],
    "just a string",
    None,
]


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_hostile_bodies_never_answer_500(server: str, body: object) -> None:
    alice = {"Authorization": f"Bearer {token('alice-5')}"}
    created = httpx.post(f"{server}/api/alice-5/tasks", json={"title": "target"}, headers=alice).json()
    for method, path in (("post", ""), ("put", f"/{created['id']}"), ("patch", f"/{created['id']}")):
        kwargs = {"content": body, "headers": {**alice, "Content-Type": "application/json"}} if isinstance(
            body, bytes) else {"json": body, "headers": alice}
        response = httpx.request(method, f"{server}/api/alice-5/tasks{path}", **kwargs)
        assert response.status_code < 500, (method, body, response.text)


@pytest.mark.parametrize(
    "path",
    ["/api/alice-6/tasks?limit=99999999999999999999", "/api/alice-6/tasks?offset=99999999999999999999",
     "/api/alice-6/tasks/99999999999999999999", "/api/alice-6/tasks/-1", "/api/alice-6/tasks?order_by=%00",
     "/api/alice-6/tasks?priority=%00", "/api/alice-6/tasks/search?query=%00",
     "/api/alice-6/tasks/search?query=%25%5F%5C", "/api/alice-6/tasks/search?query=a&page=99999999999",
     "/api/alice-6/tasks?completed=maybe", "/api/%00/tasks", "/api/" + "x" * 300 + "/tasks"],
)
def test_hostile_queries_never_answer_500(server: str, path: str) -> None:
    alice = {"Authorization": f"Bearer {token('alice-6')}"}
    assert httpx.get(f"{server}{path}", headers=alice).status_code < 500


@pytest.mark.parametrize("sub", ["\u0000", "x" * 300, "", "alice\u0000"])
def test_hostile_token_subjects_never_answer_500(server: str, sub: str) -> None:
    headers = {"Authorization": f"Bearer {token(sub)}"}
    assert httpx.get(f"{server}/api/alice/tasks", headers=headers).status_code in (401, 403)
