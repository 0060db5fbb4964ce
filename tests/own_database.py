"""A PostgreSQL database of a test's own, inside the suite's server, dropped afterwards.

The server from scripts/postgres.sh is shared by parallel runs; a database per test keeps
them from resetting each other's schema.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import make_url

from .conftest import postgres_url


@contextmanager
def own_postgres_database(prefix: str) -> Iterator[str]:
    import psycopg

    url = postgres_url()
    name = f"{prefix}_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
