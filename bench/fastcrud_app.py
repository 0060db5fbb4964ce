"""The comparison app: fastcrud serving the generated backend's own Task model and schemas.

Run from the generated backend folder (so that `app` imports), e.g.
    FASTCRUD_DATABASE_URL=sqlite+aiosqlite:///bench.db uvicorn fastcrud_app:app   with bench/ on PYTHONPATH
(postgresql+psycopg://... for PostgreSQL: psycopg 3's async driver).
Auth and the owner check are the generated backend's own dependencies, so both apps do the
same token work. fastcrud has no per-user scoping of its own: its list is not filtered by
owner (the benchmark data has one user), and its create takes user_id from the body, which
the benchmark sends to both apps (the generated one ignores it and uses the token's user).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

from app.auth import require_owner
from app.models.task import Task
from app.schemas.task import TaskCreate, TaskRead, TaskUpdate
from fastapi import FastAPI
from fastcrud import crud_router
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine(os.environ["FASTCRUD_DATABASE_URL"])
sessions = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with sessions() as session:
        yield session


class TaskCreateWithOwner(TaskCreate):
    user_id: str


owner = [require_owner]
app = FastAPI(title="fastcrud comparison")
app.include_router(
    crud_router(
        session=get_session,
        model=Task,
        create_schema=TaskCreateWithOwner,
        update_schema=TaskUpdate,
        select_schema=TaskRead,
        path="/api/{user_id}/tasks",
        tags=["tasks"],
        create_deps=owner,
        read_deps=owner,
        read_multi_deps=owner,
        update_deps=owner,
        delete_deps=owner,
    )
)
