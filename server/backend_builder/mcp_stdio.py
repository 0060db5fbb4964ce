"""The stdio transport, with an answer for every line.

The SDK's stdio reader drops a line it cannot validate (malformed JSON, or JSON nested deeper
than its parser's recursion limit) without a word, so the client waits forever. Here each line
is checked first: one that would be dropped gets a JSON-RPC error naming the problem, with the
request's id when the line has one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator
from io import TextIOWrapper
from typing import Any

import anyio
import mcp_types as types
from mcp.server.mcpserver import MCPServer
from mcp.server.stdio import stdio_server
from mcp.shared.message import SessionMessage

MAX_DEPTH = 64  # a FeatureSpec inside a tools/call is about ten levels deep
PARSE_ERROR, INVALID_REQUEST = -32700, -32600


def nesting_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest, without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def top_level_id(text: str) -> Any:
    """The `id` member of a JSON-RPC message however deep the rest nests, or None."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        char = text[i]
        if char == '"':
            end = i + 1
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            key = text[i:end + 1]
            rest = text[end + 1:].lstrip()
            if depth == 1 and key == '"id"' and rest.startswith(":"):
                try:
                    value, _ = json.JSONDecoder().raw_decode(rest[1:].lstrip())
                except (ValueError, RecursionError):
                    return None
                return value if isinstance(value, str | int) and not isinstance(value, bool) else None
            i = end + 1
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        i += 1
    return None


def problem_with(line: str) -> tuple[int, str] | None:
    """Why the SDK would drop this line (code, message), or None when it can take it."""
    if not line.strip():
        return None
    depth = nesting_depth(line)
    if depth > MAX_DEPTH:
        return INVALID_REQUEST, (
            f"The request is nested {depth} levels deep; at most {MAX_DEPTH} are accepted. "
            "A FeatureSpec is a few levels deep: send its name and a flat list of fields."
        )
    try:
        types.jsonrpc_message_adapter.validate_json(line, by_name=False)
    except ValueError as exc:
        first = str(exc).splitlines()
        detail = first[1].strip() if len(first) > 1 else str(exc)
        code = PARSE_ERROR if "Invalid JSON" in detail else INVALID_REQUEST
        return code, f"The message is not a valid JSON-RPC request: {detail[:300]}"
    return None


class _CheckedLines:
    """stdin as lines, minus those the SDK would drop; those are answered through `reply`."""

    def __init__(self) -> None:
        self._file = anyio.wrap_file(TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace"))
        self._writer: Any = None
        self.ready = anyio.Event()

    def answer_with(self, write_stream: Any) -> None:
        self._writer = write_stream
        self.ready.set()

    def __aiter__(self) -> AsyncIterator[str]:
        return self._lines()

    async def _lines(self) -> AsyncIterator[str]:
        async for line in self._file:
            problem = problem_with(line)
            if problem is None:
                yield line
                continue
            await self.ready.wait()
            code, message = problem
            error = types.JSONRPCError(
                jsonrpc="2.0", id=top_level_id(line), error=types.ErrorData(code=code, message=message)
            )
            await self._writer.send(SessionMessage(error))


async def serve_stdio(server: MCPServer) -> None:
    lines = _CheckedLines()
    async with stdio_server(stdin=lines) as (read_stream, write_stream):  # type: ignore[arg-type]
        lines.answer_with(write_stream)
        lowlevel = server._lowlevel_server  # as the SDK's own run_stdio_async does
        await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())
