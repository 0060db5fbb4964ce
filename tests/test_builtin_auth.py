"""init_project(auth="builtin"): register and log in over HTTP, then use the token on a feature."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from backend_builder import operations

from .conftest import TASK_SPEC, backend_pytest
from .test_served_backend import SECRET, start, stop


@pytest.mark.parametrize("user_id_type", ["str", "uuid", "int"])
def test_register_login_and_use_the_token(root: Path, tmp_path: Path, user_id_type: str) -> None:
    operations.init_project(str(root), auth="builtin", user_id_type=user_id_type)
    operations.scaffold_feature(str(root), spec=TASK_SPEC)
    backend = root / "backend"
    assert operations.check_project(str(root)).findings == []
    assert backend_pytest(backend).returncode == 0
    proc, base = start(backend, {"JWT_SECRET": SECRET, "DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}"})
    try:
        account = httpx.post(f"{base}/api/auth/register", json={"email": "Ada@Example.com", "password": "long enough"})
        assert account.status_code == 201
        user_id = account.json()["id"]
        token = httpx.post(f"{base}/api/auth/login", data={"username": "ada@example.com", "password": "long enough"})
        assert token.status_code == 200
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        created = httpx.post(f"{base}/api/{user_id}/tasks", json={"title": "mine"}, headers=headers)
        assert created.status_code == 201 and str(created.json()["user_id"]) == str(user_id)
        assert httpx.post(f"{base}/api/auth/login", data={"username": "ada@example.com", "password": "nope"}
                          ).status_code == 401
        schemes = httpx.get(f"{base}/openapi.json").json()["components"]["securitySchemes"]
        assert schemes["OAuth2PasswordBearer"]["flows"]["password"]["tokenUrl"] == "/api/auth/login"
    finally:
        stop(proc)


def test_accounts_stay_when_init_runs_again(root: Path) -> None:
    operations.init_project(str(root), auth="builtin")
    again = operations.init_project(str(root))
    assert {f.status for f in again.files} <= {"identical", "skipped"}
    assert "accounts_router" in (root / "backend/app/main.py").read_text()


def test_an_unknown_auth_mode_is_refused(root: Path) -> None:
    with pytest.raises(Exception, match="'builtin'"):
        operations.init_project(str(root), auth="magic")
