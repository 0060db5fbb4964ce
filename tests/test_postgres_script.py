"""`make test` runs the suite through scripts/with-postgres.sh: it starts PostgreSQL when needed and stops
the server it started, and only that one."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.skipif(not glob.glob("/usr/lib/postgresql/*/bin/postgres"), reason="needs PostgreSQL")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def pg_dir() -> Iterator[Path]:
    """A folder the postgres system user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="backend-builder-pg-test-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder / "pg"
    shutil.rmtree(folder, ignore_errors=True)


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_the_server_it_starts_is_stopped_at_the_end_and_a_running_one_is_left(pg_dir: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PGTEST_PORT": str(port), "PGTEST_DIR": str(pg_dir)}
    env.pop("TEST_DATABASE_URL", None)
    probe = f'python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex((\'127.0.0.1\', {port})))"'
    inside = subprocess.run(["bash", str(REPO / "scripts/with-postgres.sh"), "sh", "-c",
                             f'echo "$TEST_DATABASE_URL"; {probe}'],
                            env=env, capture_output=True, text=True, timeout=180, check=False)
    assert inside.returncode == 0, inside.stderr
    assert f"127.0.0.1:{port}/postgres" in inside.stdout  # the command ran against it
    assert not _listening(port)  # and it is stopped again

    started = subprocess.run(["bash", str(REPO / "scripts/postgres.sh")], env=env, capture_output=True,
                             text=True, timeout=180, check=True)
    try:
        again = subprocess.run(["bash", str(REPO / "scripts/with-postgres.sh"), "true"], env=env,
                               capture_output=True, text=True, timeout=180, check=False)
        assert again.returncode == 0, again.stderr
        assert _listening(port)  # someone else's server stays up
    finally:
        subprocess.run(["bash", str(REPO / "scripts/postgres.sh"), "stop"], env=env, timeout=60, check=False)
    assert started.stdout.strip().endswith(f":{port}/postgres")


def test_a_failing_command_still_stops_the_server_and_keeps_its_exit_code(pg_dir: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PGTEST_PORT": str(port), "PGTEST_DIR": str(pg_dir)}
    env.pop("TEST_DATABASE_URL", None)
    failed = subprocess.run(["bash", str(REPO / "scripts/with-postgres.sh"), "sh", "-c", "exit 7"],
                            env=env, capture_output=True, text=True, timeout=180, check=False)
    assert failed.returncode == 7
    assert not _listening(port)
