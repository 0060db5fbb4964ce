"""The quality checklist, checked statically over the backend's source (PRODUCT.md section 7).

It reads the code as a user may have changed it, so each rule looks at what the code does
(which dependencies a route resolves, which filters a query carries), not at whether it still
matches a template.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from backend_builder import hints
from backend_builder.errors import BuilderError
from backend_builder.results import Result
from backend_builder.workspace import Workspace

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
AUTH_ROOTS = {"get_current_user", "CurrentUser"}
OWNER_ROOTS = {"require_owner", "OwnerId"}
DB_METHODS = {"exec", "execute", "get", "commit", "add", "delete", "refresh", "flush", "scalars", "scalar", "query"}
QUERY_BUILDERS = {"select", "update", "delete"}
FILTER_METHODS = {"where", "filter", "filter_by"}


class Finding(Result):
    check: str
    severity: Literal["error", "warning"] = "error"
    file: str
    line: int
    message: str
    fix: str


@dataclass
class Module:
    path: str  # root-relative, for findings
    tree: ast.Module
    source: str
    problem: Finding | None = None  # why the file could not be read or parsed; nothing in it was checked


@dataclass
class Route:
    func: ast.FunctionDef | ast.AsyncFunctionDef
    method: str
    path: str
    line: int


@dataclass
class RouterFile:
    module: Module
    plural: str
    prefix: str
    router_dependencies: set[str]
    routes: list[Route] = field(default_factory=list)


def _load(ws: Workspace, rel: str) -> Module | None:
    """The parsed file, or None when it does not exist. A file that cannot be read or parsed comes
    back empty with a `problem`: it is reported, never passed as clean."""
    shown = ws.backend_path(rel)
    try:
        source = ws.read(shown)
    except BuilderError as exc:
        return Module(shown, ast.parse(""), "", Finding(
            check="unreadable", file=shown, line=1, message=f"{exc.message} None of its rules could be checked.",
            fix="save it as UTF-8 text."))
    if source is None:
        return None
    try:
        return Module(shown, ast.parse(source), source)
    except SyntaxError as exc:
        return Module(shown, ast.parse(""), source, Finding(
            check="syntax", file=shown, line=exc.lineno or 1,
            message=f"{shown} does not parse ({exc.msg}); it cannot be imported, and none of its rules were checked.",
            fix="fix the syntax error at this line."))
    except (ValueError, RecursionError) as exc:
        return Module(shown, ast.parse(""), source, Finding(
            check="syntax", file=shown, line=1,
            message=f"{shown} cannot be parsed ({type(exc).__name__}); none of its rules were checked.",
            fix="simplify or fix the file."))


def _names_in(node: ast.AST) -> set[str]:
    """Every bare name and attribute name mentioned under `node`."""
    out = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            out.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            out.add(sub.attr)
    return out


def _const_str(node: ast.AST | None) -> str:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def _backend_files(ws: Workspace, folder: str) -> list[str]:
    base = ws.resolve(ws.backend_path(folder))
    if not base.is_dir():
        return []
    return sorted(
        f"{folder}/{p.name}" for p in base.glob("*.py") if p.name != "__init__.py" and p.is_file()
    )


# -- dependency reachability --------------------------------------------------------------------


def _param_annotations(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    args = func.args
    params = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    nodes: list[ast.AST] = [p.annotation for p in params if p.annotation is not None]
    nodes += [d for d in [*args.defaults, *args.kw_defaults] if d is not None]
    return nodes


def _reaching(tree: ast.Module, roots: set[str]) -> set[str]:
    """Names (aliases and functions) whose resolution passes through one of `roots`."""
    reach = set(roots)
    changed = True
    while changed:
        changed = False
        for node in tree.body:
            name, mentions = None, set()
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name, mentions = node.targets[0].id, _names_in(node.value)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                name, mentions = node.target.id, _names_in(node.value)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = node.name
                for ann in _param_annotations(node):
                    mentions |= _names_in(ann)
            if name and name not in reach and mentions & reach:
                reach.add(name)
                changed = True
    return reach


def _route_of(decorator: ast.AST) -> tuple[str, str] | None:
    if (
        isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Attribute)
        and decorator.func.attr in HTTP_METHODS
        and isinstance(decorator.func.value, ast.Name)
    ):
        path = _const_str(decorator.args[0]) if decorator.args else ""
        for kw in decorator.keywords:
            if kw.arg == "path":
                path = _const_str(kw.value)
        return decorator.func.attr, path
    return None


def _router_file(module: Module, plural: str) -> RouterFile:
    prefix, deps = "", set()
    for node in module.tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _names_in(node.value.func) & {"APIRouter"}:
            for kw in node.value.keywords:
                if kw.arg == "prefix":
                    prefix = _const_str(kw.value)
                if kw.arg == "dependencies":
                    deps |= _names_in(kw.value)
    rf = RouterFile(module, plural, prefix, deps)
    for node in module.tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for dec in node.decorator_list:
                route = _route_of(dec)
                if route:
                    rf.routes.append(Route(node, route[0], prefix + route[1], dec.lineno))
    return rf


# -- the checks ------------------------------------------------------------------------------------


def _shared_dependencies(ws: Workspace) -> tuple[set[str], set[str], list[Finding]]:
    """Auth and owner dependencies defined outside the routers (app/auth, app/*.py)."""
    modules = [m for rel in [*_backend_files(ws, "app/auth"), *_backend_files(ws, "app")]
               if (m := _load(ws, rel)) is not None]
    auth, owner = set(AUTH_ROOTS), set(OWNER_ROOTS)
    for _ in range(3):  # aliases may chain across modules
        for module in modules:
            auth |= _reaching(module.tree, auth)
            owner |= _reaching(module.tree, owner)
    findings = []
    for module in modules:
        for node in module.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "require_owner" and not _compares_user(node):
                findings.append(Finding(
                    check="path-owner", file=module.path, line=node.lineno,
                    message="require_owner no longer compares the path user_id with the token's user.",
                    fix="restore `if user_id != current_user.id: raise HTTPException(403, ...)`.",
                ))
    return auth, owner, findings


def _check_auth(rf: RouterFile, shared_auth: set[str], shared_owner: set[str]) -> Iterator[Finding]:
    auth = _reaching(rf.module.tree, shared_auth | shared_owner)
    owner = _reaching(rf.module.tree, shared_owner)
    router_auth = bool(rf.router_dependencies & auth)
    seen = set()
    for route in rf.routes:
        if route.func.name in seen:
            continue
        seen.add(route.func.name)
        mentions = set().union(*(_names_in(a) for a in _param_annotations(route.func)))
        if not router_auth and not mentions & auth:
            yield Finding(
                check="auth", file=rf.module.path, line=route.func.lineno,
                message=f"{route.method.upper()} {route.path} ({route.func.name}) does not depend on get_current_user: anyone can call it.",
                fix="add a parameter `owner_id: OwnerId` (checks the token and the path user) or `current_user: CurrentUser`.",
            )
        if "{user_id}" in route.path and not mentions & owner and not _compares_user(route.func):
            yield Finding(
                check="path-owner", file=rf.module.path, line=route.func.lineno,
                message=f"{route.method.upper()} {route.path} ({route.func.name}) never compares the path user_id with the token's user.",
                fix="take `owner_id: OwnerId` instead of `user_id`, or answer 403 when user_id != current_user.id.",
            )


def _compares_user(func: ast.AST) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Compare):
            names = _names_in(node)
            if "user_id" in names and ({"current_user", "id"} & names) and len(names) > 1:
                return True
    return False


def _owned_models(ws: Workspace) -> dict[str, tuple[Module, ast.ClassDef]]:
    out = {}
    for rel in _backend_files(ws, "app/models"):
        module = _load(ws, rel)
        if module is None:
            continue
        for node in module.tree.body:
            if isinstance(node, ast.ClassDef) and any(
                kw.arg == "table" and isinstance(kw.value, ast.Constant) and kw.value.value for kw in node.keywords
            ):
                fields = {s.target.id for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
                if "user_id" in fields:
                    out[node.name] = (module, node)
    return out


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}


def _owner_filtered(expr: ast.AST, assigned: dict[str, list[ast.AST]]) -> bool:
    """Does a filter argument mention user_id, directly or through local variables (any depth)?"""
    seen: set[str] = set()
    pending = [expr]
    while pending:
        names = _names_in(pending.pop())
        if "user_id" in names:
            return True
        for name in names - seen:
            seen.add(name)
            pending.extend(assigned.get(name, []))
    return False


def _query_variables(call: ast.Call, assigned: dict[str, list[ast.AST]]) -> set[str]:
    """The names a `.where(...)` call's receiver stands for, following local variables."""
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else call.func
    seen: set[str] = set()
    pending: list[ast.AST] = [receiver]
    while pending:
        for name in _names_in(pending.pop()) - seen:
            seen.add(name)
            pending.extend(assigned.get(name, []))
    return seen


def _check_queries(module: Module, owned: set[str]) -> Iterator[Finding]:
    parents = _parents(module.tree)
    for func in ast.walk(module.tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        assigned: dict[str, list[ast.AST]] = {}
        for node in ast.walk(func):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        assigned.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign | ast.NamedExpr) and node.value is not None:
                if isinstance(node.target, ast.Name):
                    assigned.setdefault(node.target.id, []).append(node.value)
            elif (  # conditions.append(Task.user_id == owner_id), conditions.extend([...])
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend", "insert") and isinstance(node.func.value, ast.Name)
            ):
                assigned.setdefault(node.func.value.id, []).extend(node.args)
        later_filters = [
            node for node in ast.walk(func)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in FILTER_METHODS
        ]
        for node in ast.walk(func):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            model = None
            if callee in QUERY_BUILDERS | {"select_from"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Name) and first.id in owned:
                    model = first.id
            if callee == "get" and isinstance(node.func, ast.Attribute) and node.args:
                first = node.args[0]
                checked = any(isinstance(n, ast.Compare) and "user_id" in _names_in(n) for n in ast.walk(func))
                if isinstance(first, ast.Name) and first.id in owned and not checked:
                    yield Finding(
                        check="owner-filter", file=module.path, line=node.lineno,
                        message=f"session.get({model or first.id}, ...) in {func.name} loads a row without checking its owner.",
                        fix=f"select({first.id}).where({first.id}.id == ..., {first.id}.user_id == owner_id), or 404 when row.user_id != owner_id.",
                    )
                continue
            if model is None:
                continue
            # Walk up the method chain this builder sits in, collecting its filters.
            chain_filters = []
            cursor: ast.AST = node
            while cursor in parents:
                parent = parents[cursor]
                if isinstance(parent, ast.Attribute) and parent.value is cursor:
                    grand = parents.get(parent)
                    if isinstance(grand, ast.Call) and grand.func is parent:
                        if parent.attr in FILTER_METHODS:
                            chain_filters += [*grand.args, *(kw.value for kw in grand.keywords)]
                        cursor = grand
                        continue
                if isinstance(parent, ast.Call) and node in parent.args and isinstance(parent.func, ast.Name) and parent.func.id in QUERY_BUILDERS:
                    cursor = parent
                    continue
                break
            # A filter added later to a variable holding this query counts too (stmt = stmt.where(mine)).
            later = [arg for call in later_filters for arg in [*call.args, *(kw.value for kw in call.keywords)]
                     if _owner_filtered(arg, assigned) and model in _names_in(call) | _query_variables(call, assigned)]
            ok = any(_owner_filtered(arg, assigned) for arg in chain_filters) or bool(later)
            if not ok:
                yield Finding(
                    check="owner-filter", file=module.path, line=node.lineno,
                    message=f"a query on {model} in {func.name} is not filtered by user_id: it can read or change other users' rows.",
                    fix=f".where({model}.user_id == owner_id) on this query.",
                )


def _check_timestamps(ws: Workspace, owned: dict[str, tuple[Module, ast.ClassDef]], routers: list[RouterFile]) -> Iterator[Finding]:
    for name, (module, cls) in owned.items():
        fields = {s.target.id: s for s in cls.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
        for stamp in ("created_at", "updated_at"):
            if stamp not in fields:
                yield Finding(
                    check="timestamps", file=module.path, line=cls.lineno,
                    message=f"{name} has no {stamp} column.",
                    fix=f"add `{stamp}: datetime = Field(default_factory=utc_now, sa_type=DateTime(timezone=True))`.",
                )
        updated = fields.get("updated_at")
        if updated is None:
            continue
        moves = "onupdate" in ast.unparse(updated)
        if not moves:
            for rf in routers:
                for node in ast.walk(rf.module.tree):
                    if isinstance(node, ast.Attribute) and node.attr == "updated_at" and isinstance(node.ctx, ast.Store):
                        moves = True
        if not moves:
            yield Finding(
                check="timestamps", file=module.path, line=updated.lineno,
                message=f"{name}.updated_at never moves: nothing sets it on update.",
                fix='add sa_column_kwargs={"onupdate": utc_now} to its Field, or set row.updated_at = utc_now() when updating.',
            )


def _check_registered(ws: Workspace, routers: list[RouterFile]) -> Iterator[Finding]:
    main = _load(ws, "app/main.py")
    for rf in routers:
        module_name = f"app.routers.{rf.plural}"
        local_names = set()
        if main is not None:
            for node in main.tree.body:
                if isinstance(node, ast.ImportFrom) and node.module == module_name:
                    local_names |= {a.asname or a.name for a in node.names if a.name == "router"}
                if isinstance(node, ast.ImportFrom) and node.module == "app.routers":
                    local_names |= {f"{a.asname or a.name}.router" for a in node.names if a.name == rf.plural}
            included = {
                ast.unparse(node.args[0])
                for node in ast.walk(main.tree)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "include_router" and node.args
            }
            if local_names & included:
                continue
        yield Finding(
            check="registered", file=main.path if main else ws.backend_path("app/main.py"), line=1,
            message=f"{rf.module.path} is not included in app/main.py: its routes answer 404.",
            fix=f"{hints.call('register_router', feature=rf.plural)}, or add `from {module_name} import router as "
            f"{rf.plural}_router` and `app.include_router({rf.plural}_router)`.",
        )


def _check_tests(ws: Workspace, rf: RouterFile) -> Iterator[Finding]:
    rel = f"tests/test_{rf.plural}.py"
    module = _load(ws, rel)
    if module is None:
        yield Finding(
            check="tests", file=rf.module.path, line=1,
            message=f"{rf.module.path} has no test file ({ws.backend_path(rel)}).",
            fix=f"{hints.call('generate_tests', feature=rf.plural)}.",
        )
        return
    text = module.source
    for route in rf.routes:
        called = f".{route.method}(" in text or f'"{route.method}"' in text
        suffix = route.path.removeprefix(rf.prefix)
        literal = [p for p in suffix.split("/") if p and not p.startswith("{")]
        covered = called and all(
            any(form in text for form in (f'"{part}"', f"'{part}'", f"/{part}"))
            for part in literal
        )
        if not covered:
            yield Finding(
                check="tests", file=module.path, line=1,
                message=f"no test calls {route.method.upper()} {route.path} ({route.func.name}).",
                fix=f"regenerate the tests ({hints.call('generate_tests', feature=rf.plural)}), or add a test "
                "for this endpoint.",
            )


def _check_async(module: Module) -> Iterator[Finding]:
    for func in ast.walk(module.tree):
        if not isinstance(func, ast.AsyncFunctionDef):
            continue
        sync_session = {
            p.arg for p in [*func.args.args, *func.args.kwonlyargs]
            if p.annotation is not None and _names_in(p.annotation) & {"SessionDep", "Session"}
        }
        awaited = {id(n.value) for n in ast.walk(func) if isinstance(n, ast.Await)}
        for node in ast.walk(func):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in DB_METHODS
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id in sync_session or node.func.value.id in ("session", "db"))
                and id(node) not in awaited
            ):
                yield Finding(
                    check="async-blocking", file=module.path, line=node.lineno,
                    message=f"{func.name} is async but calls {node.func.value.id}.{node.func.attr}(...) synchronously: it blocks the event loop.",
                    fix=f"make {func.name} a plain `def` (FastAPI runs it in a thread pool), or use an AsyncSession and await it.",
                )


def _unreadable(ws: Workspace) -> Iterator[Finding]:
    """Every Python file of the app and its tests that could not be read or parsed."""
    for folder in ("app", "app/auth", "app/models", "app/schemas", "app/routers", "tests"):
        base = ws.resolve(ws.backend_path(folder))
        if not base.is_dir():
            continue
        for path in sorted(base.glob("*.py")):
            module = _load(ws, f"{folder}/{path.name}") if path.is_file() else None
            if module is not None and module.problem is not None:
                yield module.problem


def check_backend(ws: Workspace) -> list[Finding]:
    findings: list[Finding] = list(_unreadable(ws))
    if _load(ws, "app/main.py") is None:
        return [Finding(check="layout", file=ws.backend_path("app/main.py"), line=1,
                        message="no app/main.py: this is not a generated backend.",
                        fix=f"{hints.call('init_project', backend_dir=ws.backend_dir)}, or pass the right backend_dir.")]
    owned = _owned_models(ws)
    routers = []
    for rel in _backend_files(ws, "app/routers"):
        module = _load(ws, rel)
        if module is not None:
            routers.append(_router_file(module, rel.removeprefix("app/routers/").removesuffix(".py")))
    shared_auth, shared_owner, shared_findings = _shared_dependencies(ws)
    findings += shared_findings
    for rf in routers:
        # Feature routers serve owned rows; a public router (sign-up, login) touches none.
        touches_owned = bool(_names_in(rf.module.tree) & set(owned))
        if "{user_id}" in rf.prefix or touches_owned:
            findings += _check_auth(rf, shared_auth, shared_owner)
        findings += _check_queries(rf.module, set(owned))
        findings += _check_tests(ws, rf)
    findings += _check_timestamps(ws, owned, routers)
    findings += _check_registered(ws, [rf for rf in routers if rf.routes])
    for rel in ("app/main.py", *_backend_files(ws, "app/routers"), *_backend_files(ws, "app")):
        module = _load(ws, rel)
        if module is not None:
            findings += _check_async(module)
    unique = {(f.check, f.file, f.line, f.message): f for f in findings}
    return list(unique.values())
