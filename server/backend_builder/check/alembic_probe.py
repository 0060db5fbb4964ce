"""Run inside a generated backend's own Python: what Alembic would autogenerate, as JSON on stdout.

    python alembic_probe.py SCRATCH_DATABASE_URL

Brings a scratch database to head with the backend's migrations, compares it with the models,
and prints the operations and their rendered code. Imports nothing of backend-builder, so it
runs in any environment that has the backend's own dependencies.
"""

from __future__ import annotations

import json
import os
import sys


def describe(op: object) -> list[str]:
    from alembic.operations import ops

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
        return [f"add column {column.name} {column.type}{note}"]
    if isinstance(op, ops.DropColumnOp):
        return [f"drop column {op.column_name}"]
    if isinstance(op, ops.AlterColumnOp):
        return [f"alter column {op.column_name}"]
    if isinstance(op, ops.CreateIndexOp):
        return [f"create index {op.index_name}"]
    if isinstance(op, ops.DropIndexOp):
        return [f"drop index {op.index_name}"]
    if isinstance(op, ops.CreateUniqueConstraintOp):
        return [f"create unique constraint {op.constraint_name}"]
    return [type(op).__name__]


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
    imports: set[str] = set()
    options = {"render_as_batch": True, "imports": imports}
    upgrade = render_python_code(script.upgrade_ops, **options)
    downgrade = render_python_code(script.downgrade_ops, **options)
    summary = [line for op in script.upgrade_ops.ops for line in describe(op)]
    print(json.dumps({"head": head, "upgrade": upgrade, "downgrade": downgrade, "summary": summary,
                      "imports": sorted(imports), "empty": script.upgrade_ops.is_empty()}))


if __name__ == "__main__":
    main()
