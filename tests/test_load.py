"""A generated backend under load, over real HTTP on loopback: it queues, then answers 503, never 500.

Concurrent creates beyond the connection pool used to deadlock the worker threads until the
pool timed out (500 for most of them). Every row answered 201 must then be in the database.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy

from .conftest import example_backend
from .own_database import own_postgres_database
from .test_served_backend import SECRET, start, stop, token

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_backend(tmp_path_factory.mktemp("load"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'load.db'}"
        return
    with own_postgres_database("bb_load") as url:
        yield url


def burst(base: str, user: str, count: int) -> tuple[Counter[int], set[int], list[httpx.Response]]:
    """`count` creates at once, each with a distinct title; the answers' statuses and created ids."""
    headers = {"Authorization": f"Bearer {token(user)}"}

    async def send() -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=count, max_keepalive_connections=0)
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
            return list(await asyncio.gather(*(
                client.post(f"/api/{user}/tasks", json={"title": f"task {i}"}, headers=headers)
                for i in range(count)
            )))

    answers = asyncio.run(send())
    created = {r.json()["id"] for r in answers if r.status_code == 201}
    return Counter(r.status_code for r in answers), created, answers


def listed_ids(base: str, user: str) -> tuple[set[int], int]:
    answer = httpx.get(f"{base}/api/{user}/tasks", params={"limit": 1000},
                       headers={"Authorization": f"Bearer {token(user)}"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return {row["id"] for row in answer.json()}, int(answer.headers["x-total-count"])


@pytest.mark.parametrize("count", [50, 100])
def test_concurrent_creates_all_land(backend: Path, database: str, count: int) -> None:
    proc, base = start(backend, {"JWT_SECRET": SECRET, "DATABASE_URL": database})
    try:
        statuses, created, _ = burst(base, f"load-{count}", count)
        listed, total = listed_ids(base, f"load-{count}")
    finally:
        log = stop(proc)
    assert "Traceback" not in log, log[-3000:]
    assert statuses == Counter({201: count}), statuses
    assert listed == created and total == count


def test_load_beyond_the_pool_degrades_to_503(backend: Path, database: str) -> None:
    """One connection and a 10 ms wait: most requests are turned away, politely, none fail."""
    env = {"JWT_SECRET": SECRET, "DATABASE_URL": database,
           "DATABASE_POOL_SIZE": "1", "DATABASE_POOL_TIMEOUT": "0.01"}
    proc, base = start(backend, env)
    try:
        statuses, created, answers = burst(base, "load-tight", 100)
        listed, total = listed_ids(base, "load-tight")
    finally:
        log = stop(proc)
    assert "Traceback" not in log, log[-3000:]
    assert set(statuses) <= {201, 503} and statuses[503] > 0, statuses
    assert all(r.headers.get("retry-after") == "1" for r in answers if r.status_code == 503)
    assert listed == created and total == len(created)


def test_a_locked_table_answers_503_with_retry_after(backend: Path, database: str) -> None:
    """Another transaction holds the write lock past the wait: 503 and Retry-After, then 201 once it is gone."""
    env = {"JWT_SECRET": SECRET, "DATABASE_URL": database, "DATABASE_POOL_TIMEOUT": "0.5",
           "PGOPTIONS": "-c lock_timeout=500"}  # libpq passes it to the server on connect
    proc, base = start(backend, env)
    headers = {"Authorization": f"Bearer {token('load-locked')}"}
    try:
        locker = sqlalchemy.create_engine(database.replace("postgresql://", "postgresql+psycopg://"))
        with locker.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN EXCLUSIVE")
            else:
                conn.exec_driver_sql("LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE")
            locked = httpx.post(f"{base}/api/load-locked/tasks", json={"title": "waits"}, headers=headers, timeout=30)
            conn.rollback()
        locker.dispose()
        free = httpx.post(f"{base}/api/load-locked/tasks", json={"title": "goes"}, headers=headers, timeout=30)
    finally:
        log = stop(proc)
    assert locked.status_code == 503 and locked.headers.get("retry-after") == "1", (locked.status_code, locked.text)
    assert free.status_code == 201
    assert "Traceback" not in log, log[-3000:]
