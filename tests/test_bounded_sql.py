"""The SQL a request issues does not grow with the rows in the table or the ids in a bulk request."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import example_backend, run

# Runs inside the generated backend: seeds N rows per user, then counts the statements of each request.
PROBE = r'''
import json, os, sys, time
os.environ["JWT_SECRET"] = "probe-secret-0123456789-0123456789-abcd"
import jwt
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlmodel import Session, SQLModel
from app.database import get_session, make_engine
from app.main import app
from app.models.task import Task

rows = int(sys.argv[1])
engine = make_engine("sqlite:///" + sys.argv[2])
SQLModel.metadata.create_all(engine)
with Session(engine) as s:
    for owner in ("alice", "bob"):
        s.add_all(Task(user_id=owner, title=f"task {i} 50%_x", completed=i % 2 == 0) for i in range(rows))
    s.commit()
    bob_ids = [t.id for t in s.query(Task).filter(Task.user_id == "bob").limit(rows)]
    alice_ids = [t.id for t in s.query(Task).filter(Task.user_id == "alice").limit(rows)]

def session_override():
    with Session(engine) as s:
        yield s

app.dependency_overrides[get_session] = session_override
count = {"n": 0}
event.listen(engine, "before_cursor_execute", lambda *a: count.__setitem__("n", count["n"] + 1))
client = TestClient(app)
auth = {"Authorization": "Bearer " + jwt.encode({"sub": "alice", "exp": int(time.time()) + 600},
                                                os.environ["JWT_SECRET"], algorithm="HS256")}
base = "/api/alice/tasks"
requests = {
    "list": ("get", base, {"params": {"limit": 5}}),
    "list_filtered_sorted": ("get", base, {"params": {"completed": "true", "order_by": "-title", "limit": 2}}),
    "list_last_page": ("get", base, {"params": {"offset": rows - 3}}),
    "list_past_the_end": ("get", base, {"params": {"offset": rows + 5}}),
    "read": ("get", f"{base}/{alice_ids[0]}", {}),
    "update": ("patch", f"{base}/{alice_ids[0]}", {"json": {"title": "changed"}}),
    "toggle": ("patch", f"{base}/{alice_ids[0]}/complete", {}),
    "stats": ("get", f"{base}/stats", {}),
    "search": ("get", f"{base}/search", {"params": {"query": "50%_", "page_size": 100}}),
    "bulk": ("post", f"{base}/bulk-complete", {"json": {"ids": alice_ids[: rows // 2] + bob_ids[: rows // 2]}}),
    "create": ("post", base, {"json": {"title": "new"}}),
    "delete": ("delete", f"{base}/{alice_ids[-1]}", {}),
}
out = {}
for name, (method, url, kwargs) in requests.items():
    count["n"] = 0
    response = client.request(method, url, headers=auth, **kwargs)
    assert response.status_code < 300, (name, response.status_code, response.text)
    out[name] = count["n"]
print(json.dumps(out))
'''


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_backend(tmp_path_factory.mktemp("bounded"))


def statements(backend: Path, rows: int, tmp_path: Path) -> dict[str, int]:
    proc = run([sys.executable, "-c", PROBE, str(rows), str(tmp_path / f"probe{rows}.db")], cwd=backend)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_statements_per_request_do_not_grow_with_the_data(backend: Path, tmp_path: Path) -> None:
    small = statements(backend, 10, tmp_path)
    large = statements(backend, 1000, tmp_path)
    assert small == large
    assert large["list"] == 1  # the page, its capped count a scalar subquery of it
    assert large["list_filtered_sorted"] == 1
    assert large["list_last_page"] == 1
    assert large["list_past_the_end"] == 2  # no row to carry the count: counted on its own
    assert large["stats"] == 1  # one aggregate query
    assert large["search"] == 2  # page plus count
    assert large["bulk"] <= 2  # one SELECT for the failed ids, one UPDATE, over 1,000 ids
    assert large["read"] == 1
    assert large["update"] <= 3 and large["toggle"] <= 3 and large["create"] <= 2 and large["delete"] <= 2
