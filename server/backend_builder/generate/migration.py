"""generate_migration: an Alembic revision for what the models changed, planned like any other file.

Alembic's autogenerate runs in the backend's own Python (it must import the models), against
a scratch SQLite database brought to head; the revision file it implies is then rendered from
our template and written through the workspace like every other generated file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from backend_builder import hints
from backend_builder.check.runner import python_for
from backend_builder.errors import BuilderError
from backend_builder.generate.fields import py_literal
from backend_builder.generate.render import format_python, render
from backend_builder.workspace import Plan

PROBE = Path(__file__).resolve().parent.parent / "check" / "alembic_probe.py"


def autogenerate(backend: Path, timeout: int = 180, *, shown: str = "backend") -> dict[str, Any]:
    """Ask the backend's Alembic what changed; raises BuilderError saying how to make it runnable.

    `shown` is the backend folder as the user knows it (relative to the root), for the messages.
    """
    if not (backend / "alembic.ini").is_file():
        raise BuilderError(
            f"{shown}/alembic.ini is missing, so there is no migration environment.",
            fix=f"{hints.call('init_project', backend_dir=shown)} again: it adds alembic.ini and alembic/ "
            "without touching your files.",
        )
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'scratch.db'}"
        try:
            proc = subprocess.run([python_for(backend), str(PROBE), url], cwd=backend, capture_output=True,
                                  text=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            raise BuilderError(f"Alembic did not finish within {timeout} s.") from None
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        missing = re.search(r"No module named '([\w.]+)'", proc.stderr)
        fix = (
            f"install the backend's dependencies where it runs (module {missing.group(1)!r} is missing): "
            f"cd {shlex.quote(shown)} && python -m venv .venv && .venv/bin/pip install -e '.[dev]'"
            if missing else "fix the error above (a model that does not import, or a broken revision), then call again."
        )
        raise BuilderError(f"Alembic could not compare the models with the migrations:\n{tail}", fix=fix)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _indent(code: str) -> str:
    lines = [line for line in code.splitlines() if not line.strip().startswith("# ###")]
    body = "\n".join(line if line.startswith("    ") or not line.strip() else "    " + line for line in lines)
    return body.rstrip() or "    pass"


def plan_revision(result: dict[str, Any], message: str) -> tuple[Plan, str]:
    """The revision file for an autogenerate result; its id is derived from its content."""
    head = result["head"]
    digest = hashlib.sha256(f"{head}\n{result['upgrade']}".encode()).hexdigest()[:12]
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40] or "change"
    context = {
        "message": message.replace('"""', "'''"),
        "revision": digest,
        "revision_literal": py_literal(digest),
        "down_revision": head,
        "down_revision_literal": py_literal(head),
        "create_date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "imports": [line for line in result.get("imports", []) if line.startswith(("import ", "from "))],
        "upgrade": _indent(result["upgrade"]),
        "downgrade": _indent(result["downgrade"]),
    }
    path = f"alembic/versions/{digest}_{slug}.py"
    text = render("migration/alembic/versions/{{revision}}_{{slug}}.py.j2", context)
    plan = Plan()
    plan.add(path, format_python(text, path), "once")
    return plan, path
