"""register_router edits the user's main.py through its syntax tree, keeping everything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.edit.register import register_in_main, register_model
from backend_builder.errors import BuilderError

from .conftest import TASK_SPEC

USER_MAIN = '''"""My app."""
import logging  # logging first, on purpose

from fastapi import FastAPI
from app.routers.notes import router as notes_router

log = logging.getLogger(__name__)

application = FastAPI(title="Mine")   # odd spacing kept
application.include_router(notes_router)


@application.get("/ping")
def ping() -> dict:
    # a comment inside
    return {"ok": True}
'''


def test_register_keeps_the_users_code_and_comments() -> None:
    edited = register_in_main(USER_MAIN, "tasks")
    assert edited.replace(
        "from app.routers.tasks import router as tasks_router\n", ""
    ).replace("application.include_router(tasks_router)\n", "") == USER_MAIN
    lines = edited.splitlines()
    assert lines.index("from app.routers.tasks import router as tasks_router") == 5
    assert lines.index("application.include_router(tasks_router)") == lines.index(
        "application.include_router(notes_router)"
    ) + 1


def test_register_is_idempotent() -> None:
    once = register_in_main(USER_MAIN, "tasks")
    assert register_in_main(once, "tasks") == once


def test_an_existing_import_under_another_name_is_reused() -> None:
    source = "from fastapi import FastAPI\nfrom app.routers.tasks import router as t\napp = FastAPI()\n"
    edited = register_in_main(source, "tasks")
    assert edited == source + "\napp.include_router(t)\n"


def test_main_without_an_app_is_a_clear_error() -> None:
    with pytest.raises(BuilderError, match="no top-level `app = FastAPI"):
        register_in_main("x = 1\n", "tasks")


def test_main_with_a_syntax_error_is_a_clear_error() -> None:
    with pytest.raises(BuilderError, match="does not parse"):
        register_in_main("app = FastAPI(\n", "tasks")


def test_models_init_gets_the_import_and_all() -> None:
    source = '"""Models."""\n\n__all__: list[str] = ["Note"]  # keep\n'
    edited = register_model(source, "task", "Task")
    assert edited == '"""Models."""\n\nfrom app.models.task import Task\n\n__all__: list[str] = ["Note", "Task"]  # keep\n'
    assert register_model(edited, "task", "Task") == edited


def test_a_model_module_named_like_a_builtin_leaves_all_unannotated() -> None:
    """`from app.models.list import List` rebinds the package's `list` to the module, so `__all__: list[str]`
    evaluated after it fails on import (an entity called List): the list goes unannotated, and imports."""
    source = '"""Models."""\n\n__all__: list[str] = ["Note"]\n'
    edited = register_model(source, "list", "List")
    assert '__all__ = ["Note", "List"]' in edited and "from app.models.list import List" in edited
    namespace: dict[str, object] = {}
    exec(edited.replace("from app.models.list import List", "import types as list"), namespace)  # noqa: S102
    assert namespace["__all__"] == ["Note", "List"]
    assert register_model(edited, "list", "List") == edited


def test_register_router_tool_edits_main_in_a_project(project: Path) -> None:
    operations.scaffold_feature(str(project), spec=TASK_SPEC)
    main = project / "backend/app/main.py"
    text = main.read_text().replace("app = FastAPI(", "# my comment\napp = FastAPI(")
    main.write_text(text)
    result = operations.register_router(str(project), spec=TASK_SPEC)
    assert [f.status for f in result.files] == ["identical", "identical"]
    assert main.read_text() == text
    assert text.count("app.include_router(tasks_router)") == 1


EDGE_SOURCES = [
    USER_MAIN,
    USER_MAIN.replace("\n", "\r\n"),  # CRLF kept
    "# a header comment\n\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n# a footer comment\n",
    "from fastapi import FastAPI\napp = FastAPI()\n\n\nclass A:\n\tx = 1\n",  # tabs
    "from fastapi import FastAPI\napp = FastAPI()",  # no trailing newline
    '"""Only a docstring."""\n',
]


@pytest.mark.parametrize("source", EDGE_SOURCES)
def test_the_remembered_trees_and_code_give_what_libcst_gives(source: str) -> None:
    """register keeps parsed texts and the code of unchanged statements: the output is the same as a
    fresh parse and print, the first time and the next."""
    import libcst as cst
    from backend_builder.edit import register

    register._PARSED.clear()
    register._CODE.clear()
    if "FastAPI" in source:
        first = register_in_main(source, "tasks")
        assert register_in_main(source, "tasks") == first
        assert register_in_main(first, "notes") == register_in_main(first, "notes")
    models = register_model(source, "task", "Task")
    assert register_model(source, "task", "Task") == models
    for text in (source, models):
        module = cst.parse_module(text)
        assert register._code(module) == module.code == text
        changed = module.with_changes(body=[*module.body, cst.parse_statement("x = 1\n")])
        assert register._code(changed) == changed.code


def test_an_edits_result_is_parsed_ahead_once_the_process_is_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from backend_builder.edit import register

    monkeypatch.setattr(register, "IDLE_SECONDS", 0.05)
    edited = register_in_main(USER_MAIN, "parsed_ahead")
    deadline = time.monotonic() + 5
    while edited not in register._PARSED and time.monotonic() < deadline:
        time.sleep(0.01)
    assert edited in register._PARSED
    assert register._PARSED[edited].code == edited
    assert register_in_main(edited, "parsed_ahead") == edited
