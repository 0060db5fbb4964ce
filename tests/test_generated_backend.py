"""Generated backends, for a matrix of specs: clean, declared, importable, and green on their own tests."""

from __future__ import annotations

import ast
import json
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path
from typing import Any

import pytest
from backend_builder import operations
from backend_builder.spec.canonical import from_markdown

from .conftest import REPO, TASK_SPEC, backend_pytest, load_spec, ruff, run
from .random_specs import random_spec

CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "task-str": ("str", from_markdown((REPO / "examples/task.md").read_text()).data),
    "every-type-uuid": ("uuid", load_spec("every_type")),
    "awkward-names-int": ("int", load_spec("awkward_names")),
    "json-only-str": ("str", load_spec("json_only")),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    user_id_type, spec = CASES[request.param]
    root = tmp_path_factory.mktemp(request.param)
    operations.init_project(str(root), user_id_type=user_id_type)
    operations.scaffold_feature(str(root), spec=spec)
    if request.param == "task-str":  # a second feature in the same backend
        operations.scaffold_feature(str(root), spec={**TASK_SPEC, "name": "note"})
    return root / "backend"


def test_generated_tests_pass(generated: Path) -> None:
    proc = backend_pytest(generated, "-W", "error::DeprecationWarning")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "skipped" not in proc.stdout


def test_ruff_check_and_format_are_clean_with_the_backends_own_config(generated: Path) -> None:
    check = ruff("check", ".", cwd=generated)
    assert check.returncode == 0, check.stdout
    fmt = ruff("format", "--check", ".", cwd=generated)
    assert fmt.returncode == 0, fmt.stdout


def test_imports_without_deprecation_warnings(generated: Path) -> None:
    proc = run([sys.executable, "-W", "error::DeprecationWarning", "-W", "error::UserWarning", "-c",
                "import app.main, app.models"], cwd=generated, env={"JWT_SECRET": "x" * 40})
    assert proc.returncode == 0, proc.stderr


def _declared(backend: Path) -> set[str]:
    project = tomllib.loads((backend / "pyproject.toml").read_text())["project"]
    specs = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    names = set()
    for spec in specs:
        name = spec.split(";")[0]
        for sep in "[<>=!~ ":
            name = name.split(sep)[0]
        names.add(name.lower().replace("_", "-"))
    return names


def test_every_import_is_a_declared_dependency(generated: Path) -> None:
    declared = _declared(generated)
    dists = packages_distributions()
    stdlib = sys.stdlib_module_names
    missing = set()
    for path in generated.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            modules = []
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            for module in modules:
                top = module.split(".")[0]
                if top in stdlib or top in ("app", "tests"):
                    continue
                found = {d.lower().replace("_", "-") for d in dists.get(top, [top])}
                if not found & declared:
                    missing.add((path.name, top, tuple(found)))
    assert not missing
    # TestClient needs httpx, the URL scheme postgresql+psycopg needs psycopg: not imported, still declared.
    assert {"httpx", "psycopg"} <= {d.split("[")[0] for d in declared}


def test_check_project_passes(generated: Path) -> None:
    result = operations.check_project(str(generated.parent))
    assert result.findings == []


def test_run_tests_reports_counts(generated: Path) -> None:
    result = operations.run_tests(str(generated.parent))
    assert result.failed == 0 and result.errors == 0 and result.passed > 20
    assert result.summary.startswith(f"run_tests: {result.passed} passed")


def test_run_tests_reports_the_first_failures_briefly(tmp_path: Path) -> None:
    operations.init_project(str(tmp_path))
    operations.scaffold_feature(str(tmp_path), spec=TASK_SPEC)
    router = tmp_path / "backend/app/routers/tasks.py"
    router.write_text(router.read_text().replace("status.HTTP_404_NOT_FOUND", "status.HTTP_410_GONE"))
    result = operations.run_tests(str(tmp_path))
    assert result.failed >= 3 and result.exit_code == 1
    assert 1 <= len(result.failures) <= 5
    assert "404" in result.failures[0].message and len(result.failures[0].message) <= 1200
    assert "First failure" in result.summary


def test_generated_files_hold_hostile_text_as_data(tmp_path: Path) -> None:
    operations.init_project(str(tmp_path))
    operations.scaffold_feature(str(tmp_path), spec=load_spec("every_type"))
    model = (tmp_path / "backend/app/models/order_item.py").read_text()
    tree = ast.parse(model)
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    spec = load_spec("every_type")
    assert spec["fields"][0]["description"] in strings
    assert spec["fields"][1]["default"] in strings
    calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert not any("system" in c or "eval" in c or "exec" in c for c in calls)
    assert json.loads(json.dumps(spec))  # the fixture itself is plain data


def test_the_backend_starts_with_uvicorn_and_answers(generated: Path, tmp_path: Path) -> None:
    import httpx

    from .test_served_backend import SECRET, start, stop, token

    manifest = json.loads((generated / ".backend-builder/manifest.json").read_text())
    user = {"str": "user-1", "uuid": "11111111-1111-4111-8111-111111111111", "int": "7"}[
        manifest["settings"]["user_id_type"]
    ]
    proc, base = start(generated, {"JWT_SECRET": SECRET, "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}"})
    try:
        assert httpx.get(f"{base}/health").status_code == 200
        paths = httpx.get(f"{base}/openapi.json").json()["paths"]
        collection = min(p for p in paths if p.startswith("/api/{user_id}/"))
        url = base + collection.replace("{user_id}", user)
        listed = httpx.get(url, headers={"Authorization": f"Bearer {token(user)}"})
        assert listed.status_code == 200 and listed.json() == [] and listed.headers["x-total-count"] == "0"
        assert httpx.get(url).status_code == 401
    finally:
        stop(proc)


@pytest.mark.parametrize("seed", [101, 202, 303, 404, 505, 606])
def test_random_specs_generate_working_backends(seed: int, tmp_path: Path) -> None:
    spec = random_spec(seed)
    operations.init_project(str(tmp_path), user_id_type=["str", "uuid", "int"][seed % 3])
    operations.scaffold_feature(str(tmp_path), spec=spec)
    backend = tmp_path / "backend"
    proc = backend_pytest(backend, "-x")
    assert proc.returncode == 0, (spec, proc.stdout[-3000:])
    assert ruff("check", ".", cwd=backend).returncode == 0
    assert ruff("format", "--check", ".", cwd=backend).returncode == 0
    assert operations.check_project(str(tmp_path)).findings == []


def test_every_name_a_feature_module_imports_is_reserved_for_class_names(generated: Path) -> None:
    """A feature whose class is named like a name its own modules import (`Request`, fastapi's, beside the model
    `Request`) would shadow it: FeatureSpec refuses such names, so the list of them must hold every imported one."""
    from backend_builder.spec.model import RESERVED_CLASS_NAMES

    imported: dict[str, str] = {}
    for path in generated.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        if not any(m.startswith(("app.models.", "app.schemas.")) and m not in ("app.schemas.common", "app.schemas.types")
                   for m in modules):
            continue  # (a module that imports no feature class cannot be shadowed by one)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (not (node.module or "").startswith(("app.models", "app.schemas."))
                                                     or node.module in ("app.schemas.common", "app.schemas.types")):
                for alias in node.names:
                    imported.setdefault(alias.asname or alias.name, str(path.relative_to(generated)))
    unguarded = {n: where for n, where in imported.items() if n[:1].isupper() and not n.isupper()
                 and n not in RESERVED_CLASS_NAMES}
    assert not unguarded, " ".join(sorted(unguarded))
