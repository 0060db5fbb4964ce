"""One function per tool. The MCP server and the CLI call only these; they know no faces."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from backend_builder import hints
from backend_builder.check.checklist import Finding, check_backend
from backend_builder.check.runner import TestRun, run_pytest
from backend_builder.contract import scan_frontend
from backend_builder.contract.check import ContractCheck, check_calls, probe_backend
from backend_builder.edit.register import register_in_main, register_model
from backend_builder.errors import BuilderError
from backend_builder.generate.migration import autogenerate, plan_revision
from backend_builder.generate.steps import check_user_id_type, plan_project, plan_step, plan_steps
from backend_builder.results import Result
from backend_builder.spec import EXAMPLE_SPEC, FeatureSpec, parse_spec
from backend_builder.spec.reader import SpecDraft, SpecNotFound, read_feature_spec, save_spec_markdown
from backend_builder.workspace import FileResult, Plan, Workspace

Step = Literal["model", "schema", "router", "tests"]


class StepResult(Result):
    """What a generating step did (or would do, on dry_run), file by file."""

    step: str
    dry_run: bool
    feature: str | None = None
    files: list[FileResult]
    summary: str
    next_steps: list[str] = Field(default_factory=list)


class CheckResult(Result):
    backend_dir: str
    passed: bool
    findings: list[Finding]
    summary: str


# -- helpers -----------------------------------------------------------------------------------


def _summary(step: str, files: list[FileResult], dry_run: bool) -> str:
    counts: dict[str, int] = {}
    for f in files:
        counts[f.status] = counts.get(f.status, 0) + 1
    tally = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to do"
    prefix = "dry run, nothing written: would be " if dry_run else ""
    return f"{hints.name(step)}: {prefix}{tally}."


def _result(step: str, files: list[FileResult], dry_run: bool, feature: str | None,
            next_steps: list[str]) -> StepResult:
    conflicts = [f.path for f in files if f.status == "conflict"]
    steps = list(next_steps)
    if conflicts:
        steps.insert(0, f"Review the diff of {', '.join(conflicts)}; merge by hand, or run the step again "
                        f"with {hints.option('overwrite')} to replace them.")
    if dry_run:
        steps.insert(0, f"Run the step again without {hints.option('dry_run')} to write these files.")
    return StepResult(step=step, dry_run=dry_run, feature=feature, files=files,
                      summary=_summary(step, files, dry_run), next_steps=steps)


def _workspace(root: str, backend_dir: str) -> Workspace:
    return Workspace(root, backend_dir)


def _project_settings(ws: Workspace) -> dict[str, Any]:
    settings = ws.settings()
    if not settings.get("user_id_type") or ws.read(ws.backend_path("app/main.py")) is None:
        raise BuilderError(
            f"No backend in {ws.backend_dir!r} yet (no app/main.py or no manifest).",
            fix=f"{hints.call('init_project', backend_dir=ws.backend_dir)} first, or pass the backend_dir "
            "your backend lives in.",
        )
    return settings


def _check_project_helpers(ws: Workspace, spec: FeatureSpec) -> None:
    """An enum of codes needs the body and query types a project made before they existed lacks: say so up front."""
    if not any(f.coded for f in spec.fields):
        return
    types = ws.read(ws.backend_path("app/schemas/types.py"))
    if types is not None and "JsonCode" not in types:
        raise BuilderError(
            f"{spec.name}: an enum of whole-number codes needs JsonCode and TextCode in {ws.backend_dir}/app/schemas/types.py, "
            "which this project was created without.",
            fix=f"copy app/schemas/types.py from a project made now ({hints.call('init_project')} in an empty folder) over "
            f"{ws.backend_dir}/app/schemas/types.py, which only adds to it; or make the enum's values strings.",
        )


def resolve_spec(ws: Workspace, feature: str | None, spec: dict[str, Any] | str | FeatureSpec | None) -> FeatureSpec:
    """The FeatureSpec from `spec` (data), else `feature`: its spec file, or the spec it was last generated from."""
    if spec is not None and feature is not None:
        raise BuilderError("Pass either feature or spec, not both.", example='{"feature": "task"}')
    if spec is not None:
        return parse_spec(spec)
    if feature:
        try:
            draft = read_feature_spec(Workspace(ws.root, "."), feature)
        except SpecNotFound as missing:
            recorded = _generated_spec(ws, feature)
            if recorded is not None:
                return recorded
            raise BuilderError(
                missing.message,
                fix=f"{missing.fix} Or pass the FeatureSpec itself as {hints.argument('spec')}.",
                example=EXAMPLE_SPEC,
            ) from None
        if draft.blocking:
            raise BuilderError(
                f"The spec files for {feature!r} leave open questions:\n- " + "\n- ".join(draft.blocking),
                fix=f"{hints.call('read_spec', feature=feature)}, decide the open points, and pass the "
                "result as `spec`.",
            )
        return parse_spec(draft.spec)
    raise BuilderError(
        "Say which feature: pass `feature` (a spec file name such as 'task') or `spec` (a FeatureSpec).",
        example=EXAMPLE_SPEC,
    )


def _generated_spec(ws: Workspace, feature: str) -> FeatureSpec | None:
    """The spec a feature of this name (or plural) was last generated from, if it was."""
    recorded = ws.features()
    for name, data in recorded.items():
        if feature in (name, data.get("plural"), data.get("plural", "").replace("_", "-")):
            return parse_spec(data)
    return None


def _record(spec: FeatureSpec) -> dict[str, dict[str, Any]]:
    return {spec.name: spec.model_dump(mode="json", exclude_none=True)}


# -- tools -------------------------------------------------------------------------------------


def init_project(root: str, backend_dir: str = "backend", user_id_type: str = "str",
                 title: str | None = None, dry_run: bool = False, overwrite: bool = False,
                 auth: str = "external", deploy: bool = True) -> StepResult:
    ws = _workspace(root, backend_dir)
    user_id_type = check_user_id_type(user_id_type)
    with ws.locked():
        return _init_project(ws, user_id_type, title, dry_run, overwrite, auth, deploy)


def _init_project(ws: Workspace, user_id_type: str, title: str | None, dry_run: bool, overwrite: bool,
                  auth: str, deploy: bool = True) -> StepResult:
    if ws.settings().get("auth") == "builtin" and auth != "builtin":
        auth = "builtin"  # accounts, once added, stay: their files are the user's data model
    existing = ws.settings().get("user_id_type")
    if existing and existing != user_id_type:
        raise BuilderError(
            f"This backend was initialised with user_id_type={existing!r}; changing it would "
            "leave the existing models inconsistent.",
            fix=f"{hints.call('init_project', backend_dir=ws.backend_dir, user_id_type=existing)}, "
            "or start a new backend_dir.",
        )
    plan = plan_project(user_id_type, title or "Backend", auth, deploy)
    if auth == "builtin":
        _register_accounts(ws, plan)
    files = ws.apply(plan, dry_run=dry_run, overwrite=overwrite,
                     settings={"user_id_type": user_id_type, "auth": auth})
    return _result("init_project", files, dry_run, None, [
        (f"Read the feature's spec ({hints.name('read_spec')}) or write one ({hints.name('save_spec')}), "
         f"then {hints.call('scaffold_feature', feature='<name>')}."),
        f"Start it: cd {ws.backend_dir} && JWT_SECRET=... uvicorn app.main:app",
    ])


def _register_accounts(ws: Workspace, plan: Plan) -> None:
    """Include the accounts router and model in main.py and models/__init__.py, new or existing."""
    planned = {c.path: c.content for c in plan.changes}
    for path, edit in (
        ("app/main.py", lambda text: register_in_main(text, "accounts", ws.backend_path("app/main.py"))),
        ("app/models/__init__.py", lambda text: register_model(text, "account", "Account")),
    ):
        current = ws.read(ws.backend_path(path))
        if current is None:
            plan.add(path, edit(planned[path]), "once")
        else:
            plan.add(path, edit(current), "edit")


def read_spec(root: str, feature: str) -> SpecDraft:
    return read_feature_spec(Workspace(root, "."), feature)


def save_spec(root: str, spec: dict[str, Any] | FeatureSpec, path: str | None = None,
              dry_run: bool = False, overwrite: bool = False) -> StepResult:
    """Write a FeatureSpec in the canonical markdown form, so the feature can be regenerated."""
    feature = parse_spec(spec)
    target = path or f"specs/features/{feature.name}.md"
    plan = Plan()
    plan.add(target, save_spec_markdown(feature))
    ws = Workspace(root, ".")
    with ws.locked():
        files = ws.apply(plan, dry_run=dry_run, overwrite=overwrite)
    return _result("save_spec", files, dry_run, feature.name,
                   [f"Regenerate any time: {hints.call('scaffold_feature', feature=feature.name)}."])


def generate(step: Step, root: str, feature: str | None = None, spec: dict[str, Any] | None = None,
             backend_dir: str = "backend", dry_run: bool = False, overwrite: bool = False) -> StepResult:
    ws = _workspace(root, backend_dir)
    with ws.locked():
        settings = _project_settings(ws)
        feature_spec = resolve_spec(ws, feature, spec)
        _check_project_helpers(ws, feature_spec)
        plan = plan_step(step, feature_spec, settings["user_id_type"])
        files = ws.apply(plan, dry_run=dry_run, overwrite=overwrite, features=_record(feature_spec))
    following = {"model": "generate_schema", "schema": "generate_router", "router": "generate_tests",
                 "tests": "register_router"}[step]
    return _result(f"generate_{step}", files, dry_run, feature_spec.name,
                   [f"Next: {hints.call(following, feature=feature_spec.name)}."])


def _registration_plan(ws: Workspace, spec: FeatureSpec) -> Plan:
    main_path = "app/main.py"
    main = ws.read(ws.backend_path(main_path))
    models_init = ws.read(ws.backend_path("app/models/__init__.py"))
    if main is None or models_init is None:
        raise BuilderError(
            f"{ws.backend_path(main_path)} or app/models/__init__.py is missing.",
            fix=f"{hints.call('init_project', backend_dir=ws.backend_dir)} first.",
        )
    plan = Plan()
    plan.add(main_path, register_in_main(main, spec.table, ws.backend_path(main_path)), "edit")
    plan.add("app/models/__init__.py",
             register_model(models_init, spec.name, spec.class_name, ws.backend_path("app/models/__init__.py")),
             "edit")
    return plan


def register_router(root: str, feature: str | None = None, spec: dict[str, Any] | None = None,
                    backend_dir: str = "backend", dry_run: bool = False) -> StepResult:
    ws = _workspace(root, backend_dir)
    with ws.locked():
        _project_settings(ws)
        feature_spec = resolve_spec(ws, feature, spec)
        files = ws.apply(_registration_plan(ws, feature_spec), dry_run=dry_run)
    return _result("register_router", files, dry_run, feature_spec.name, _after_scaffold())


def _after_scaffold() -> list[str]:
    step = f"Next: {hints.name('generate_migration')}, {hints.name('check_project')}, then {hints.name('run_tests')}."
    return [step]


def scaffold_feature(root: str, feature: str | None = None, spec: dict[str, Any] | None = None,
                     backend_dir: str = "backend", dry_run: bool = False,
                     overwrite: bool = False) -> StepResult:
    """Model, schemas, router, tests and registration in one atomic apply."""
    ws = _workspace(root, backend_dir)
    with ws.locked():
        settings = _project_settings(ws)
        feature_spec = resolve_spec(ws, feature, spec)
        _check_project_helpers(ws, feature_spec)
        plan = plan_steps(["model", "schema", "router", "tests"], feature_spec, settings["user_id_type"])
        plan.extend(_registration_plan(ws, feature_spec))
        files = ws.apply(plan, dry_run=dry_run, overwrite=overwrite, features=_record(feature_spec))
    return _result("scaffold_feature", files, dry_run, feature_spec.name, _after_scaffold())


class MigrationResult(StepResult):
    operations: list[str] = Field(default_factory=list, description="what the revision does, one line each")


def generate_migration(root: str, backend_dir: str = "backend", message: str | None = None,
                       dry_run: bool = False) -> MigrationResult:
    """An Alembic revision for what changed since the last one (autogenerate on a scratch database)."""
    ws = _workspace(root, backend_dir)
    upgrade = f"cd {ws.backend_dir} && alembic upgrade head"
    with ws.locked():
        _project_settings(ws)
        found = autogenerate(ws.base, shown=ws.backend_dir)
        if found["empty"]:
            return MigrationResult(
                step="generate_migration", dry_run=dry_run, files=[], operations=[],
                summary=f"{hints.name('generate_migration')}: the migrations already match the models; nothing to do.",
                next_steps=[f"Apply them with: {upgrade} (the app also does this at start-up)"])
        text = message or ("initial schema" if found["head"] is None else "update schema")
        plan, _path = plan_revision(found, text)
        files = ws.apply(plan, dry_run=dry_run)
    result = _result("generate_migration", files, dry_run, None, [
        f"Review the revision, then apply it: {upgrade} (the app also does this at start-up)",
    ])
    return MigrationResult(**result.model_dump(), operations=found["summary"])


def check_project(root: str, backend_dir: str = "backend") -> CheckResult:
    ws = _workspace(root, backend_dir)
    with ws.locked():  # also finishes an apply that a killed run left half done
        findings = check_backend(ws)
    passed = not any(f.severity == "error" for f in findings)
    label = hints.name("check_project")
    summary = (
        f"{label}: all checks pass." if not findings
        else f"{label}: {len(findings)} finding(s); "
        + ("no errors." if passed else "fix the errors listed with file:line.")
    )
    return CheckResult(backend_dir=ws.backend_dir, passed=passed, findings=findings, summary=summary)


def run_tests(root: str, backend_dir: str = "backend", select: str | None = None,
              test_database_url: str | None = None, timeout_seconds: int = 600) -> TestRun:
    ws = _workspace(root, backend_dir)
    if ws.read(ws.backend_path("tests/conftest.py")) is None:
        raise BuilderError(
            f"No tests in {ws.backend_dir}/tests.",
            fix=f"{hints.call('init_project', backend_dir=ws.backend_dir)}, then "
            f"{hints.call('scaffold_feature', feature='<name>')}.",
        )
    return run_pytest(ws.base, select=select, test_database_url=test_database_url, timeout=timeout_seconds,
                      shown=ws.backend_dir)


def check_contract(root: str, backend_dir: str = "backend", frontend_dir: str | None = None) -> ContractCheck:
    """The frontend's API calls against the backend's real routes and schemas (read-only)."""
    ws = _workspace(root, backend_dir)
    shown_front = "." if frontend_dir is None else Workspace._relative(frontend_dir, what="frontend_dir")
    front_path = ws.resolve(shown_front)
    if not front_path.is_dir():
        raise BuilderError(f"The frontend_dir {shown_front!r} is not a folder under the root.",
                           fix="pass the folder that holds the frontend's code, relative to the root.",
                           example="frontend")
    with ws.locked():  # also finishes an apply that a killed run left half done
        _project_settings(ws)
        probe = probe_backend(ws.base, shown=ws.backend_dir)
        features = ws.features()
    scan = scan_frontend(str(front_path))
    if shown_front != ".":
        _prefix_files(scan, shown_front)
    if not scan.calls and not scan.unresolved:
        raise BuilderError(
            f"No backend call (fetch, axios or a wrapper around them) found in the frontend under "
            f"{shown_front!r} ({scan.files_scanned} TypeScript/JavaScript files read); nothing to check.",
            fix="pass frontend_dir, the folder of the frontend's code (e.g. 'frontend'), if it is elsewhere.",
            example='{"frontend_dir": "frontend"}',
        )
    calls, mismatches, warnings, routes = check_calls(scan, probe, features, ws.backend_dir)
    return ContractCheck(
        backend_dir=ws.backend_dir, frontend_dir=shown_front, passed=not mismatches, calls=calls,
        mismatches=mismatches, warnings=warnings, unresolved=scan.unresolved, routes=routes,
        summary=_contract_summary(calls, mismatches, warnings, scan.unresolved),
        next_steps=_contract_next(mismatches, warnings, ws.backend_dir, frontend_dir),
    )


def _prefix_files(scan: Any, folder: str) -> None:
    for item in [*scan.calls, *scan.unresolved]:
        item.file = f"{folder}/{item.file}"
        for site in getattr(item, "callers", []):
            site.file = f"{folder}/{site.file}"


def _contract_summary(calls: list[Any], mismatches: list[Any], warnings: list[Any], unresolved: list[Any]) -> str:
    label = hints.name("check_contract")
    counts: dict[str, int] = {}
    for call in calls:
        counts[call.status] = counts.get(call.status, 0) + 1
    tally = ", ".join(f"{counts[s]} {s}" for s in ("ok", "mismatch", "unmatched", "skipped") if counts.get(s))
    head = f"{label}: {len(calls)} frontend call(s): {tally or 'none'}"
    if unresolved:
        head += f"; {len(unresolved)} request(s) whose URL could not be read (listed in `unresolved`)"
    head += "." if not mismatches else f"; {len(mismatches)} mismatch(es), each with file:line and the fix:"
    lines = [head]
    shown = [*mismatches, *warnings][:25]
    for m in shown:
        tag = "" if m.severity == "error" else " (warning)"
        at = f" (at {', '.join(m.callers[:3])})" if m.callers else ""
        lines.append(f"  {m.file}:{m.line} {m.method} {m.path} [{m.check}{tag}] frontend: {m.frontend}{at}; "
                     f"backend: {m.backend}. Fix: {m.fix}")
    for u in unresolved[:5]:
        lines.append(f"  unresolved {u.file}:{u.line} {u.function}: {u.reason}")
    rest = len(mismatches) + len(warnings) - len(shown)
    if rest > 0:
        lines.append(f"  and {rest} more in the structured result")
    return "\n".join(lines)


def _contract_next(mismatches: list[Any], warnings: list[Any], backend_dir: str, frontend_dir: str | None) -> list[str]:
    again = hints.call("check_contract", backend_dir=backend_dir if backend_dir != "backend" else None,
                       frontend_dir=frontend_dir)
    if mismatches:
        return [(f"Fix each mismatch (the spec's `api` part and {hints.name('scaffold_feature')}, or the "
                 f"frontend), then {again} again.")]
    if warnings:
        return ["Every call reaches a route that fits it; review the warnings."]
    return []
