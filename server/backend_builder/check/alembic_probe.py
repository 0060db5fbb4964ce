"""Run inside a generated backend's own Python: what Alembic would autogenerate, as JSON on stdout.

    python alembic_probe.py SCRATCH_DATABASE_URL

Brings a scratch database to head with the backend's migrations, compares it with the models,
and prints the operations and their rendered code. Imports nothing of backend-builder, so it
runs in any environment that has the backend's own dependencies (Alembic among them).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from alembic.autogenerate import renderers
from alembic.operations import ops


def describe(op: object) -> list[str]:
    if isinstance(op, ops.ModifyTableOps):
        return [f"{op.table_name}: {line}" for sub in op.ops for line in describe(sub)]
    if isinstance(op, ops.CreateTableOp):
        from sqlalchemy import Column

        columns = [c for c in op.columns if isinstance(c, Column)]
        return [f"create table {op.table_name} ({len(columns)} columns)"]
    if isinstance(op, ops.DropTableOp):
        return [f"drop table {op.table_name}"]
    if isinstance(op, ops.AddColumnOp):
        column = op.column
        note = ""
        if not column.nullable and column.server_default is None:
            note = " (NOT NULL without a server default: existing rows need a value)"
        elif not column.nullable:
            note = f" (existing rows get {server_default_text(column.server_default)})"
        return [f"add column {column.name} {column.type}{note}"]
    if isinstance(op, BackfillUuidOp):
        return [f"{op.table_name}: fill {op.column_name} of the existing rows with new UUIDs"]
    if isinstance(op, ops.DropColumnOp):
        return [f"drop column {op.column_name}"]
    if isinstance(op, ops.AlterColumnOp):
        note = ""
        filled = (op.table_name, op.column_name) in FILLED
        if op.modify_nullable is False and op.existing_nullable is not False and not filled:
            note = " (now NOT NULL: fill the rows where it is NULL before upgrading)"
        return [f"alter column {op.column_name}{note}"]
    if isinstance(op, ops.CreateIndexOp):
        return [f"create index {op.index_name}"]
    if isinstance(op, ops.DropIndexOp):
        return [f"drop index {op.index_name}"]
    if isinstance(op, ops.CreateUniqueConstraintOp):
        return [f"create unique constraint {op.constraint_name}"]
    return [type(op).__name__]


class BackfillUuidOp(ops.MigrateOperation):
    """Give each existing row its own uuid4: no SQL default does that on both databases."""

    def __init__(self, table_name: str, column_name: str) -> None:
        self.table_name = table_name
        self.column_name = column_name


@renderers.dispatch_for(BackfillUuidOp)
def _render_backfill(_: Any, op: BackfillUuidOp) -> str:
    table, column = repr(op.table_name), repr(op.column_name)
    return (
        f"rows = sa.table({table}, sa.column(\"id\"), sa.column({column}, sa.Uuid()))\n"
        "for (row_id,) in op.get_bind().execute(sa.select(rows.c.id)).all():\n"
        f"    op.execute(rows.update().where(rows.c.id == row_id).values({{{column}: uuid.uuid4()}}))"
    )


# Columns fill_new_uuid4_columns fills before making them NOT NULL.
FILLED: set[tuple[str, str]] = set()


def fill_new_uuid4_columns(upgrade_ops: ops.UpgradeOps) -> None:
    """A new NOT NULL column whose default is uuid4: add it nullable, fill the rows, then NOT NULL."""
    rewritten: list[ops.MigrateOperation] = []
    for op in upgrade_ops.ops:
        rewritten.append(op)
        if not isinstance(op, ops.ModifyTableOps):
            continue
        for sub in op.ops:
            column = getattr(sub, "column", None)
            default = getattr(column, "default", None)
            if not isinstance(sub, ops.AddColumnOp) or column is None or column.nullable:
                continue
            if column.server_default is not None or getattr(default, "arg", None) is None:
                continue
            if getattr(default.arg, "__name__", "") != "uuid4":
                continue
            sub.column = column._copy()
            sub.column.nullable = True
            rewritten.append(BackfillUuidOp(op.table_name, column.name))
            FILLED.add((op.table_name, column.name))
            alter = ops.AlterColumnOp(op.table_name, column.name, modify_nullable=False,
                                      existing_type=column.type, existing_nullable=True)
            rewritten.append(ops.ModifyTableOps(op.table_name, [alter]))
    upgrade_ops.ops = rewritten


def server_default_text(default: object) -> str:
    arg = getattr(default, "arg", default)
    return repr(arg) if isinstance(arg, str) else str(getattr(arg, "text", arg))


def render_item(type_: str, obj: object, _: object) -> str | bool:
    """A constant server default as exactly its Python literal (Alembic strips quotes at its ends)."""
    from sqlalchemy.schema import DefaultClause

    if type_ == "server_default" and isinstance(obj, DefaultClause) and isinstance(obj.arg, str):
        return repr(obj.arg)
    return False


def main() -> None:
    scratch = sys.argv[1]
    sys.path.insert(0, os.getcwd())  # the backend folder, where `app` lives
    os.environ["DATABASE_URL"] = scratch
    os.environ.setdefault("JWT_SECRET", "x" * 40)
    import app.models  # noqa: F401
    from alembic import command
    from alembic.autogenerate import produce_migrations, render_python_code
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    config = Config("alembic.ini")
    config.set_main_option("sqlalchemy.url", scratch)
    command.upgrade(config, "head")
    head = ScriptDirectory.from_config(config).get_current_head()
    engine = create_engine(scratch)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True, "target_metadata": SQLModel.metadata}
        )
        script = produce_migrations(context, SQLModel.metadata)
    fill_new_uuid4_columns(script.upgrade_ops)
    imports: set[str] = set()
    if any(isinstance(op, BackfillUuidOp) for op in script.upgrade_ops.ops):
        imports.add("import uuid")
    options = {"render_as_batch": True, "imports": imports, "render_item": render_item}
    upgrade = render_python_code(script.upgrade_ops, **options)
    downgrade = render_python_code(script.downgrade_ops, **options)
    summary = [line for op in script.upgrade_ops.ops for line in describe(op)]
    print(json.dumps({"head": head, "upgrade": upgrade, "downgrade": downgrade, "summary": summary,
                      "imports": sorted(imports), "empty": script.upgrade_ops.is_empty()}))


if __name__ == "__main__":
    main()
