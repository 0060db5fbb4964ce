"""On PostgreSQL a list and a create each run as one statement outside a transaction (no BEGIN,
no COMMIT round trips), no request pings a connection that was just used, and a connection that
died while idle is replaced before a request sees it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import example_backend, run
from .own_database import own_postgres_database

pytestmark = pytest.mark.postgres

# Runs inside the generated backend, on its own engine (DATABASE_URL): what each request ran.
PROBE = r'''
import json, os, sys, time
import jwt, psycopg
from fastapi.testclient import TestClient
from sqlalchemy import event
import app.database as database
from app.main import app

engine = database.engine
pings = []
do_ping = engine.dialect.do_ping
def counted_ping(dbapi_connection):
    pings.append(1)
    return do_ping(dbapi_connection)
engine.dialect.do_ping = counted_ping
ran = []
def note(conn, cursor, statement, *rest):
    ran.append({"sql": statement.split()[0], "autocommit": conn.connection.dbapi_connection.autocommit})
event.listen(engine, "before_cursor_execute", note)

auth = {"Authorization": "Bearer " + jwt.encode({"sub": "alice", "exp": int(time.time()) + 600},
                                                os.environ["JWT_SECRET"], algorithm="HS256")}
base = "/api/alice/tasks"
out = {}
with TestClient(app) as client:
    def request(name, method, url, **kwargs):
        ran.clear(); pings.clear()
        response = client.request(method, url, headers=auth, **kwargs)
        assert response.status_code < 300, (name, response.status_code, response.text)
        out[name] = {"statements": list(ran), "pings": len(pings)}
        return response
    created = request("create", "post", base, json={"title": "first"}).json()
    request("list", "get", base, params={"limit": 5})
    request("update", "patch", f"{base}/{created['id']}", json={"title": "changed"})
    request("read", "get", f"{base}/{created['id']}")
    # Every pooled connection dies while idle (a restart, a pooler's idle timeout).
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE datname = current_database() AND pid <> pg_backend_pid()")
    database.PING_AFTER_IDLE_SECONDS = 0.0  # as if they had been idle long enough
    request("after_idle", "get", base, params={"limit": 5})
print(json.dumps(out))
'''


def test_round_trips_on_postgresql(tmp_path: Path) -> None:
    backend = example_backend(tmp_path)
    with own_postgres_database("round_trips") as url:
        # One pooled connection: the update after the list and the create gets the same one back.
        env = {"DATABASE_URL": url, "JWT_SECRET": "round-trips-secret-0123456789-abcdefghij",
               "AUTO_MIGRATE": "true", "DATABASE_POOL_SIZE": "1"}
        proc = run([sys.executable, "-c", PROBE], cwd=backend, env=env)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    # One statement each, committed by itself: no BEGIN before it, no COMMIT after it.
    assert out["list"]["statements"] == [{"sql": "SELECT", "autocommit": True}]
    assert out["create"]["statements"] == [{"sql": "INSERT", "autocommit": True}]
    # An update reads then writes: that stays one transaction (the connection came back to the
    # pool in its usual mode).
    assert [s["sql"] for s in out["update"]["statements"]] == ["SELECT", "UPDATE"]
    assert not any(s["autocommit"] for s in out["update"]["statements"])
    # A connection used a moment ago is not pinged.
    assert [out[name]["pings"] for name in ("list", "update", "read")] == [0, 0, 0]
    # The dead idle connection was pinged, found gone and replaced: the request still succeeded.
    assert out["after_idle"]["pings"] >= 1
    assert out["after_idle"]["statements"] == [{"sql": "SELECT", "autocommit": True}]
