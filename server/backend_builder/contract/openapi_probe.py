"""Run inside a generated backend's own Python: its real routes and schemas, as JSON in a file.

    python openapi_probe.py OUTPUT.json

Imports `app.main` (never starts it: no lifespan, no migration, no database connection), writes
`app.openapi()` and what the app answers on invalid input and on an HTTP error (its exception
handlers called directly) to OUTPUT.json. The caller sets DATABASE_URL to a scratch SQLite file
and a dummy JWT_SECRET. Imports nothing of backend-builder, so it runs in any environment that
has the backend's own dependencies.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import sys
from typing import Any


def _answer(app: Any, exc_type: type, exc: Exception) -> dict[str, Any] | None:
    """Status and JSON body of the app's own handler for `exc`, or None when it cannot tell."""
    from starlette.requests import Request

    handler = None
    for klass in exc_type.__mro__:
        handler = app.exception_handlers.get(klass)
        if handler is not None:
            break
    if handler is None:
        return None
    scope = {"type": "http", "method": "POST", "path": "/", "raw_path": b"/", "query_string": b"",
             "headers": [(b"content-type", b"application/json")], "app": app}
    try:
        response = handler(Request(scope), exc)
        if inspect.isawaitable(response):
            response = asyncio.run(_awaited(response))
        body = json.loads(bytes(response.body).decode("utf-8")) if getattr(response, "body", b"") else None
    except Exception as error:  # noqa: BLE001 - a handler that needs more than we give it: say so, do not fail
        return {"error": f"{type(error).__name__}: {error}"[:300]}
    return {"status": response.status_code, "body": body}


async def _awaited(value: Any) -> Any:
    return await value


SAMPLE_USER_IDS = {"string": "probe-user", "uuid": "00000000-0000-4000-8000-000000000001", "integer": "1"}


def _route_errors(app: Any, openapi: dict[str, Any]) -> dict[str, Any]:
    """What each list route really answers to invalid input, through the route (and its route class).

    A GET on every collection path with a parameter no route takes, signed with the dummy
    JWT_SECRET the caller set. Nothing reaches the database: the parameter is refused first.
    """
    try:
        import jwt
        from fastapi.testclient import TestClient
    except ImportError:
        return {}
    out: dict[str, Any] = {}
    client = TestClient(app, raise_server_exceptions=False)
    for path, operations in openapi.get("paths", {}).items():
        get = operations.get("get")
        if get is None or path.rstrip("/").endswith("}"):
            continue
        user_type = "string"
        for param in get.get("parameters", []):
            if param.get("in") == "path" and param.get("name") == "user_id":
                schema = param.get("schema", {})
                user_type = "uuid" if schema.get("format") == "uuid" else schema.get("type", "string")
        user = SAMPLE_USER_IDS.get(user_type, "probe-user")
        token = jwt.encode({"sub": user, "exp": 4102444800}, os.environ.get("JWT_SECRET", ""), algorithm="HS256")
        try:
            response = client.get(path.replace("{user_id}", user), params={"backend_builder_probe": "1"},
                                  headers={"Authorization": f"Bearer {token}"})
            body = response.json() if response.content else None
        except Exception:  # noqa: BLE001, S112 - a route that needs more than we give it: no answer for it
            continue
        if response.status_code in (400, 422):
            out[path] = {"status": response.status_code, "body": body}
    return out


def main() -> None:
    output = sys.argv[1]
    sys.path.insert(0, os.getcwd())  # the backend folder, where `app` lives
    from app.main import app  # the backend's own app
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    invalid = RequestValidationError(
        [{"type": "missing", "loc": ("body", "title"), "msg": "Field required", "input": None}]
    )
    openapi = app.openapi()
    result = {
        "openapi": openapi,
        "route_errors": _route_errors(app, openapi),
        "validation_error": _answer(app, RequestValidationError, invalid),
        "http_error": _answer(app, HTTPException, HTTPException(404, "Not found")),
    }
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(result, handle, default=str)


if __name__ == "__main__":
    main()
