"""Schemathesis against a generated backend served by uvicorn: no failure of any check.

The spec holds every field type with bounds, a unique field, an action, stats, search and
filters. Each check schemathesis has (server errors, status codes and headers the OpenAPI does
not declare, schema-valid input refused, schema-invalid input accepted, methods answering other
than 405) must pass: what /openapi.json publishes is what the server enforces.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from backend_builder import operations

from .conftest import load_spec
from .test_served_backend import SECRET, free_port, token

pytestmark = pytest.mark.slow
USER = "user-alice"


def rich_spec() -> dict[str, Any]:
    spec = load_spec("every_type")
    spec["actions"] = {"complete": "done"}
    spec["stats"] = True
    spec["search"] = ["title", "notes", "type"]
    spec["filters"] = ["order", "type", "date", "datetime", "price", "ratio", "done", "ref", "sku", "big"]
    return spec


def contract_spec() -> dict[str, Any]:
    """The same feature under a contract unlike ours: no user in the path, camelCase, an envelope with
    counts, a mapped filter, a text search, page paging, 200 on create and delete, another action route, custom errors."""
    return {**rich_spec(), "api": {
        "path": "/api/v2/items", "casing": "camel", "create_status": 200, "delete_status": 200,
        "list": {
            "filters": [{"param": "state", "field": "done", "values": {"open": False, "closed": True, "any": None},
                         "default": "any"}],
            "sort": {"param": "sort", "keys": {"newest": "created_at", "title": "title"}, "order_param": "dir",
                     "default": "newest", "default_order": "desc"},
            "paging": {"style": "page", "page_param": "p", "limit_param": "size", "default_limit": 10,
                       "max_limit": 50},
            "response": {"shape": "object", "items_key": "items", "total_key": "count", "echo_paging": True,
                         "counts": {"open": {"field": "done", "value": False}}},
            "search": {"param": "q"},
        },
        "actions": [{"action": "complete", "method": "POST", "path": "/{id}/finish"}],
        "errors": {"style": "custom", "status": 400, "body": {"error": "{error}", "message": "{message}"}},
    }}


SPECS = {"house": rich_spec, "contract": contract_spec}


@pytest.fixture(scope="module", params=sorted(SPECS))
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp(f"schemathesis-{request.param}")
    operations.init_project(str(root))
    operations.scaffold_feature(str(root), spec=SPECS[request.param]())
    port, log = free_port(), root / "uvicorn.log"
    env = {**os.environ, "JWT_SECRET": SECRET, "DATABASE_URL": f"sqlite:///{root / 'app.db'}"}
    # The log goes to a file: thousands of requests would fill a pipe nobody reads and stall uvicorn.
    with log.open("w") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "warning"],
            cwd=root / "backend", env=env, stdout=sink, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base, root, request.param
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def schemathesis_cli() -> list[str]:
    exe = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("schemathesis is missing: the dev extra installs it")
        pytest.skip("schemathesis is not installed: pip install -e .[dev]")
    return [exe]


def test_schemathesis_finds_no_failure(served: Any) -> None:
    base, root, _ = served
    config = root / "schemathesis.toml"
    # Every path is the token's user's: other user ids only answer 403.
    config.write_text(f'[parameters]\n"path.user_id" = "{USER}"\n')
    cmd = [
        *schemathesis_cli(), "--config-file", str(config), "--no-color", "run", f"{base}/openapi.json",
        "--checks", "all", "-H", f"Authorization: Bearer {token(USER)}",
        "--max-examples", "100", "--seed", "20261201", "--generation-database", "none",
        "--request-timeout", "20",
    ]
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300, check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-6000:]
    assert " passed" in out and "failure" not in out.lower().split("summary")[-1], out[-3000:]


@pytest.mark.parametrize("served", ["house"], indirect=True)  # the paths checked are the house contract's
def test_openapi_declares_every_status_and_rule(served: Any) -> None:
    base, _, _kind = served
    spec = httpx.get(f"{base}/openapi.json").json()
    item = "/api/{user_id}/order-items/{order_item_id}"
    for path, operations_ in spec["paths"].items():
        for method, operation in operations_.items():
            codes = set(operation["responses"])
            if path.startswith("/api/"):
                assert {"401", "403", "422", "503"} <= codes, (method, path, codes)
            if path.startswith(item):
                assert "404" in codes, (method, path, codes)
    assert "409" in spec["paths"]["/api/{user_id}/order-items"]["post"]["responses"]
    assert "409" in spec["paths"][item]["patch"]["responses"]
    assert "503" in spec["paths"]["/health"]["get"]["responses"]
    # The action's body is optional: {"done": bool} sets, no body toggles.
    action = spec["paths"][item + "/complete"]["patch"]
    assert not action["requestBody"].get("required", False)
    schemas = spec["components"]["schemas"]
    price = schemas["OrderItemCreate"]["properties"]["price"]["anyOf"]
    assert {"type": "string", "pattern": r"^\d{1,8}(?:\.\d{1,2})?$"} in price
    assert {"type": "number", "minimum": 0.0, "maximum": 99999999.99} in price
    params = {p["name"]: p["schema"] for p in spec["paths"]["/api/{user_id}/order-items"]["get"]["parameters"]}
    assert params["date"]["anyOf"][0]["pattern"].startswith("^")
    assert params["order"]["anyOf"][0] == {"type": "integer", "minimum": 0, "maximum": 1000}
    search = spec["paths"]["/api/{user_id}/order-items/search"]["get"]["parameters"]
    query = next(p["schema"] for p in search if p["name"] == "query")
    assert query["pattern"] == "^[^\\x00]*$"
