"""Register a feature in the user's own files by editing their syntax trees (libcst).

Only the statements we add change; the user's code, comments and formatting stay as they were,
and running an edit twice changes nothing.
"""

from __future__ import annotations

import builtins
import contextlib
import threading
import time
from collections import OrderedDict

import libcst as cst

from backend_builder.errors import BuilderError

# Parsing and printing a module with libcst takes milliseconds (app/main.py: about 2 ms each way),
# and the same texts come back: every fresh backend's main.py is the same, a dry run is followed by
# the real call, and what one edit writes is what the next edit of the file reads. Trees are
# immutable, so a parsed text is kept, and so is the code of each top-level statement (an edit adds
# statements and keeps the others as they are). An edit's result is parsed ahead, in a background
# thread once the process has been idle for a moment (an agent's next call is seconds away).
_PARSED: OrderedDict[str, cst.Module] = OrderedDict()
_CODE: dict[tuple[int, str, str], tuple[cst.CSTNode, str]] = {}
KEEP = 64  # parsed texts (a generated main.py's tree: about 70 KB)
IDLE_SECONDS = 0.3
_lock = threading.Lock()
_ahead: list[str] = []
_wake = threading.Event()
_last_edit = 0.0
_worker: threading.Thread | None = None


def _parse(source: str, path: str) -> cst.Module:
    with _lock:
        module = _PARSED.get(source)
        if module is not None:
            _PARSED.move_to_end(source)
            return module
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as exc:
        raise BuilderError(
            f"{path} does not parse (line {exc.raw_line}, column {exc.raw_column}): {exc.message}",
            fix=f"fix the syntax error in {path}, then call again; nothing was written.",
        ) from None
    with _lock:
        _PARSED[source] = module
        while len(_PARSED) > KEEP:
            _PARSED.popitem(last=False)
    return module


def _parse_ahead(text: str) -> None:
    """Parse and print `text` (an edit's result) in the background, once no edit has come for
    IDLE_SECONDS, so that the next edit of the file finds it ready."""
    global _last_edit, _worker
    with _lock:
        _last_edit = time.monotonic()
        if text in _PARSED or text in _ahead:
            return
        _ahead.append(text)
        del _ahead[:-KEEP]
        if _worker is None:
            _worker = threading.Thread(target=_work_ahead, daemon=True, name="backend-builder-parse-ahead")
            _worker.start()
        _wake.set()


def _work_ahead() -> None:
    while True:
        _wake.wait()
        with _lock:
            if not _ahead:
                _wake.clear()
                continue
            wait = _last_edit + IDLE_SECONDS - time.monotonic()
            text = _ahead.pop(0) if wait <= 0 else None
        if text is None:
            time.sleep(wait)
            continue
        with contextlib.suppress(Exception):  # only a cache: the edit itself reports any problem
            _code(_parse(text, "ahead"))


def _code(module: cst.Module) -> str:
    """module.code, from the remembered code of each unchanged top-level statement."""
    if not module.has_trailing_newline or not module.body:
        return module.code  # the module's own codegen handles these edge cases
    if len(_CODE) > 4096:
        _CODE.clear()
    parts = []
    for node in (*module.header, *module.body, *module.footer):
        key = (id(node), module.default_indent, module.default_newline)
        known = _CODE.get(key)
        if known is None or known[0] is not node:
            known = _CODE[key] = (node, module.code_for_node(node))
        parts.append(known[1])
    return "".join(parts)


def _edited(source: str, module: cst.Module) -> str:
    code = _code(module)
    if code != source:
        _parse_ahead(code)
    return code


def _module_name(node: cst.BaseExpression | None) -> str:
    if node is None:
        return ""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_module_name(node.value)}.{node.attr.value}"
    return ""


def _imported_local(module: cst.Module, source_module: str, name: str) -> str | None:
    """The local name under which `name` is imported from `source_module`, if it is."""
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if (
                isinstance(small, cst.ImportFrom)
                and _module_name(small.module) == source_module
                and not isinstance(small.names, cst.ImportStar)
            ):
                for alias in small.names:
                    if _module_name(alias.name) == name:
                        if alias.asname is not None:
                            return _module_name(alias.asname.name)  # type: ignore[arg-type]
                        return name
    return None


def _is_import(stmt: cst.BaseStatement) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and any(
        isinstance(s, (cst.Import, cst.ImportFrom)) for s in stmt.body
    )


def _import_module(stmt: cst.BaseStatement) -> str | None:
    if isinstance(stmt, cst.SimpleStatementLine) and isinstance(stmt.body[0], cst.ImportFrom):
        return _module_name(stmt.body[0].module)
    return None


def _insert_import(module: cst.Module, line: str, source_module: str) -> cst.Module:
    """Insert `line` among the first-party imports, in the order isort would keep them."""
    body = list(module.body)
    last = max((i for i, stmt in enumerate(body) if _is_import(stmt)), default=-1)
    statement = cst.parse_statement(line + "\n")
    for i, stmt in enumerate(body[: last + 1]):
        other = _import_module(stmt)
        if other and other.startswith("app.") and other > source_module:
            body.insert(i, statement.with_changes(leading_lines=[]))
            if stmt.leading_lines:  # keep the blank line above the group where it was
                body[i] = body[i].with_changes(leading_lines=stmt.leading_lines)
                body[i + 1] = stmt.with_changes(leading_lines=[])
            return module.with_changes(body=body)
    if last == -1:  # after a module docstring, if any, and a blank line
        first = body[0] if body else None
        if (
            isinstance(first, cst.SimpleStatementLine)
            and first.body
            and isinstance(first.body[0], cst.Expr)
            and isinstance(first.body[0].value, cst.SimpleString | cst.ConcatenatedString)
        ):
            last = 0
            statement = statement.with_changes(leading_lines=[cst.EmptyLine()])
    body.insert(last + 1, statement)
    return module.with_changes(body=body)


def _fastapi_variable(module: cst.Module, path: str) -> str:
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                value = getattr(small, "value", None)
                if isinstance(value, cst.Call) and _module_name(value.func).endswith("FastAPI"):
                    targets = getattr(small, "targets", None)
                    if targets and isinstance(targets[0].target, cst.Name):
                        return targets[0].target.value
                    target = getattr(small, "target", None)
                    if isinstance(target, cst.Name):
                        return target.value
    raise BuilderError(
        f"{path} has no top-level `app = FastAPI(...)`, so there is nowhere to include the router.",
        fix=f"create the app in {path} as `app = FastAPI()`, or run init_project first.",
    )


def _include_calls(module: cst.Module, app_var: str) -> list[tuple[int, str]]:
    """(index, argument source) of every top-level `<app>.include_router(...)`."""
    found = []
    for i, stmt in enumerate(module.body):
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            call = getattr(small, "value", None)
            if (
                isinstance(small, cst.Expr)
                and isinstance(call, cst.Call)
                and _module_name(call.func) == f"{app_var}.include_router"
                and call.args
            ):
                found.append((i, module.code_for_node(call.args[0].value)))
    return found


def register_in_main(source: str, plural: str, path: str = "app/main.py") -> str:
    """Import the feature router and include it in the app, once."""
    module = _parse(source, path)
    app_var = _fastapi_variable(module, path)
    router_module = f"app.routers.{plural}"
    local = _imported_local(module, router_module, "router")
    if local is None:
        local = f"{plural}_router"
        module = _insert_import(module, f"from {router_module} import router as {local}", router_module)
    calls = _include_calls(module, app_var)
    if not any(arg == local for _, arg in calls):
        statement = cst.parse_statement(f"{app_var}.include_router({local})\n")
        body = list(module.body)
        if calls:
            body.insert(calls[-1][0] + 1, statement)
        else:
            after_block = bool(body) and isinstance(body[-1], (cst.FunctionDef, cst.ClassDef))
            blank = [cst.EmptyLine()] * (2 if after_block else 1)
            body.append(statement.with_changes(leading_lines=blank))
        module = module.with_changes(body=body)
    return _edited(source, module)


def register_model(source: str, name: str, class_name: str, path: str = "app/models/__init__.py") -> str:
    """Import the model in app/models/__init__.py so that SQLModel.metadata knows its table."""
    module = _parse(source, path)
    model_module = f"app.models.{name}"
    if _imported_local(module, model_module, class_name) is None:
        module = _insert_import(module, f"from {model_module} import {class_name}", model_module)
    body = list(module.body)
    for i, stmt in enumerate(body):
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        small = stmt.body[0]
        target = None
        if isinstance(small, cst.Assign) and len(small.targets) == 1:
            target = small.targets[0].target
        elif isinstance(small, cst.AnnAssign):
            target = small.target
        if not (isinstance(target, cst.Name) and target.value == "__all__"):
            continue
        value = small.value  # type: ignore[union-attr]
        if not isinstance(value, cst.List):
            break
        if isinstance(small, cst.AnnAssign) and hasattr(builtins, name):
            # `from app.models.list import List` binds the package's `list` to that module: an annotation
            # `__all__: list[str]` evaluated after it would fail on import, so the list goes unannotated
            small = cst.Assign(targets=[cst.AssignTarget(target=small.target)], value=value)
            stmt = stmt.with_changes(body=[small])
            body[i] = stmt
        present = {e.value.evaluated_value for e in value.elements if isinstance(e.value, cst.SimpleString)}
        if class_name not in present:
            element = cst.Element(cst.SimpleString(f'"{class_name}"'))
            body[i] = stmt.with_changes(
                body=[small.with_changes(value=value.with_changes(elements=[*value.elements, element]))]
            )
        break
    return _edited(source, module.with_changes(body=body))
