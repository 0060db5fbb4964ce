"""A long-lived `ruff server` (ruff's language server, over stdio) that formats generated files.

Each `ruff check --fix` / `ruff format` process costs a start-up (and over a scratch folder, file
discovery and a cache); a language server started once answers a file's fixes and formatting in
well under a millisecond each. Per file: `source.fixAll.ruff` (the lint fixes of the selected
rules, as `ruff check --fix` applies them), then `textDocument/formatting`, both on a document
that exists only in the server's memory.

The server gets the same settings as the command line (`RUFF_SETTINGS` in render.py) as inline
configuration, with every configuration file ignored. Before it is trusted, it formats a canary
file that shows whether the settings took, and must give the known answer. Anything unexpected
(no ruff server, a version without inline configuration, an error, a timeout, a closed pipe)
returns None: the caller formats with ruff processes, as before, and the next call starts a new
server (at most MAX_FAILURES times in a process; never again after a wrong canary). A file that
does not parse also returns None, without blame: the processes then give the exact error.
Its stdout is a pipe read here, its stderr goes nowhere: nothing reaches the stdout of an MCP
server over stdio. It is shut down at exit; it also exits on its own when its stdin closes.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any, BinaryIO

TIMEOUT = 10.0  # seconds for one batch; far above the milliseconds it takes

# The command line's settings (render.RUFF_SETTINGS), as ruff.toml keys.
CONFIGURATION: dict[str, Any] = {
    "line-length": 88,
    "target-version": "py311",
    "lint": {
        "select": ["I", "F401"],
        "isort": {"known-first-party": ["app", "tests"], "known-third-party": ["alembic"]},
    },
}

# Imports in the wrong order and groups, one unused, a line past 88 columns, a first-party and a
# third-party module that only the settings classify: the output differs if any setting is lost.
CANARY = '''from app.models.base import utc_now
import os
from sqlmodel import Field
from alembic import op
from tests.conftest import client
import sys,json
def f(a,b):
    return {"a_key_that_is_long": a, "another_long_key": b, "and_a_third_one_too": utc_now(), "x": Field}
print(op,client,json, f'{1}')
'''
# What `ruff check --select=I,F401 --fix` then `ruff format` make of it with those settings
# (tests/test_ruff_server.py checks that the ruff processes still agree).
CANARY_FORMATTED = '''import json

from alembic import op
from sqlmodel import Field

from app.models.base import utc_now
from tests.conftest import client


def f(a, b):
    return {
        "a_key_that_is_long": a,
        "another_long_key": b,
        "and_a_third_one_too": utc_now(),
        "x": Field,
    }


print(op, client, json, f"{1}")
'''


class ServerError(Exception):
    """The server misbehaved (or, not fatal, a file does not parse): the caller formats the old way."""

    def __init__(self, message: str, fatal: bool = True) -> None:
        super().__init__(message)
        self.fatal = fatal


def _scratch_folder() -> Path:
    """An empty folder of this user's, the same for every process: the server runs there, and the
    documents it formats are named under it (they are never written). One shared folder, not one
    per process, because a process that is killed (an MCP client stopping its server with SIGTERM)
    never removes its own. Another user's folder, or anything not an empty private folder, is not
    used: then a fresh one, removed at exit when the process ends normally."""
    user = getattr(os, "getuid", lambda: os.getpid())()
    folder = Path(tempfile.gettempdir(), f"backend-builder-ruff-server-{user}")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
        if (folder.is_symlink() or not folder.is_dir() or any(folder.iterdir())
                or (hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o077))):
            raise OSError("not an empty private folder of ours")
        return folder
    except OSError:
        fresh = Path(tempfile.mkdtemp(prefix="backend-builder-ruff-server-"))
        atexit.register(lambda: fresh.rmdir() if fresh.is_dir() and not any(fresh.iterdir()) else None)
        return fresh


class RuffServer:
    def __init__(self, ruff: str) -> None:
        self._scratch = _scratch_folder()
        # The server's folder is empty, so no configuration file and no package is found there.
        self._process = subprocess.Popen(
            [ruff, "server"], cwd=self._scratch,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self._stdin: BinaryIO = self._process.stdin  # type: ignore[assignment]
        self._answers: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._next_id = 0
        self._documents = 0
        self._lock = threading.Lock()
        self.encoding = "utf-16"
        threading.Thread(target=self._read, args=(self._process.stdout,), daemon=True,
                         name="ruff-server-reader").start()

    # -- JSON-RPC over stdio ---------------------------------------------------------------------

    def _read(self, stdout: BinaryIO) -> None:
        try:
            while True:
                length = None
                while True:
                    line = stdout.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if length is None:
                    return
                message = json.loads(stdout.read(length))
                if "method" in message:
                    if "id" in message:  # a request to us (none is expected): answer it, empty
                        self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                    continue  # notifications: logs, diagnostics
                self._answers.put(message)
        except (OSError, ValueError):
            return
        finally:
            self._answers.put(None)

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message, ensure_ascii=False).encode()
        try:
            self._stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            self._stdin.flush()
        except (OSError, ValueError) as exc:
            raise ServerError(f"cannot write to ruff server: {exc}") from None

    def _notify(self, method: str, params: dict[str, Any]) -> None:  # a notification: no answer
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def _requests(self, calls: list[tuple[str, dict[str, Any]]]) -> list[Any]:
        """Send every request at once, then wait for all the answers (the server works on them in
        parallel); the results in the order of the calls."""
        ids = []
        for method, params in calls:
            self._next_id += 1
            ids.append(self._next_id)
            self._send({"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params})
        results: dict[int, Any] = {}
        while len(results) < len(ids):
            try:
                answer = self._answers.get(timeout=TIMEOUT)
            except queue.Empty:
                raise ServerError("ruff server did not answer in time") from None
            if answer is None:
                raise ServerError("ruff server stopped")
            if answer.get("id") not in ids:
                continue  # an answer to an earlier batch that was given up on
            if "error" in answer:
                raise ServerError(f"ruff server: {answer['error'].get('message')}")
            results[answer["id"]] = answer.get("result")
        return [results[i] for i in ids]

    # -- the protocol ----------------------------------------------------------------------------

    def initialize(self) -> None:
        settings = {"configuration": CONFIGURATION, "configurationPreference": "editorOnly",
                    "fixAll": True, "organizeImports": True, "showSyntaxErrors": False,
                    "lint": {"enable": False}, "format": {"preview": False}}
        (answer,) = self._requests([("initialize", {
            "processId": os.getpid(),
            "rootUri": None,
            "workspaceFolders": None,
            "capabilities": {"general": {"positionEncodings": ["utf-32", "utf-16"]}},
            "initializationOptions": {"settings": settings},
        })])
        capabilities = (answer or {}).get("capabilities", {})
        self.encoding = capabilities.get("positionEncoding", "utf-16")
        if self.encoding not in ("utf-32", "utf-16", "utf-8"):
            raise ServerError(f"unknown position encoding {self.encoding!r}")
        version = tuple(int(p) for p in _numbers((answer or {}).get("serverInfo", {}).get("version", "")))
        if version < (0, 9, 8):  # inline configuration came in 0.9.8; without it, settings are lost
            raise ServerError(f"ruff {version} is too old for inline configuration")
        self._notify("initialized", {})

    def format(self, files: dict[str, str]) -> dict[str, str]:
        """Each text fixed (`source.fixAll.ruff`) then formatted; raises ServerError on anything odd."""
        with self._lock:
            return self._format(files)

    def _format(self, files: dict[str, str]) -> dict[str, str]:
        for path, text in files.items():
            if "\r" in text:  # the server counts a lone \r as a line break, apply_edits does not
                raise ServerError(f"{path} holds a carriage return", fatal=False)
        uris: dict[str, str] = {}
        for path, text in files.items():
            self._documents += 1
            uri = Path(self._scratch, str(self._documents), path).as_uri()
            uris[path] = uri
            self._notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "python", "version": 1, "text": text}})
        try:
            start = {"line": 0, "character": 0}
            actions = self._requests([("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": {"start": start, "end": start},
                "context": {"diagnostics": [], "only": ["source.fixAll.ruff"]},
            }) for uri in uris.values()])
            fixed: dict[str, str] = {}
            for (path, text), uri, found in zip(files.items(), uris.values(), actions, strict=True):
                edits: list[dict[str, Any]] = []
                for action in found or []:
                    if action.get("kind") != "source.fixAll.ruff" or "edit" not in action:
                        raise ServerError(f"unexpected code action {action.get('kind')!r}")
                    edits += _edits_for(action["edit"], uri)
                fixed[path] = apply_edits(text, edits, self.encoding)
                if fixed[path] != text:
                    self._notify("textDocument/didChange", {
                        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": fixed[path]}]})
            formatting = self._requests([("textDocument/formatting", {
                "textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True},
            }) for uri in uris.values()])
            out: dict[str, str] = {}
            for path, edits in zip(files, formatting, strict=True):
                if not edits and not _parses(fixed[path]):
                    # a file that does not parse is left alone by the server, without an error
                    raise ServerError(f"{path} does not parse", fatal=False)
                out[path] = apply_edits(fixed[path], edits or [], self.encoding)
            return out
        finally:
            for uri in uris.values():
                self._notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    def close(self) -> None:
        """shutdown and exit, as the protocol asks; killed if it does not go within two seconds."""
        process = self._process
        if process.poll() is None:
            try:
                if not self._lock.acquire(timeout=2):
                    raise ServerError("busy")
                try:
                    self._send({"jsonrpc": "2.0", "id": 0, "method": "shutdown"})
                    self._send({"jsonrpc": "2.0", "method": "exit"})
                    self._stdin.close()
                finally:
                    self._lock.release()
                process.wait(timeout=2)
            except (ServerError, OSError, ValueError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
        try:
            self._stdin.close()
        except OSError:
            pass


def _numbers(version: str) -> list[str]:
    parts = version.split("+")[0].split(".")[:3]
    return [p for p in parts if p.isdigit()] or ["0"]


def _parses(text: str) -> bool:
    try:
        compile(text, "<generated>", "exec", flags=0x400, dont_inherit=True)  # ast.PyCF_ONLY_AST
    except (SyntaxError, ValueError):
        return False
    return True


def _edits_for(edit: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    edits: list[dict[str, Any]] = []
    for target, changes in (edit.get("changes") or {}).items():
        if target != uri:
            raise ServerError("an edit for another document")
        edits += changes
    for change in edit.get("documentChanges") or []:
        if change.get("textDocument", {}).get("uri") != uri:
            raise ServerError("an edit for another document")
        edits += change.get("edits", [])
    return edits


def _offset(text: str, line_starts: list[int], position: dict[str, int], encoding: str) -> int:
    line = position["line"]
    if line >= len(line_starts):
        return len(text)
    start = line_starts[line]
    character = position["character"]
    if encoding == "utf-32":
        return start + character
    end = line_starts[line + 1] if line + 1 < len(line_starts) else len(text)
    codec = "utf-16-le" if encoding == "utf-16" else "utf-8"
    width = 2 if encoding == "utf-16" else 1
    encoded = text[start:end].encode(codec, "surrogatepass")
    return start + len(encoded[: character * width].decode(codec, "surrogatepass"))


def apply_edits(text: str, edits: list[dict[str, Any]], encoding: str = "utf-32") -> str:
    """LSP TextEdits applied to `text` (they do not overlap; positions in the given encoding)."""
    if not edits:
        return text
    line_starts = [0]
    found = text.find("\n")
    while found != -1:
        line_starts.append(found + 1)
        found = text.find("\n", found + 1)
    spans = sorted(
        ((_offset(text, line_starts, e["range"]["start"], encoding),
          _offset(text, line_starts, e["range"]["end"], encoding), e["newText"]) for e in edits),
        key=lambda span: (span[0], span[1]),
    )
    pieces, at = [], 0
    for start, end, new in spans:
        if start < at:
            raise ServerError("overlapping edits")
        pieces += [text[at:start], new]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


# -- one server per process, started on first use ---------------------------------------------------

_server: RuffServer | None = None
_failures = 0
MAX_FAILURES = 3  # a server that dies is started again, up to this many times in a process
_start_lock = threading.Lock()


def enabled() -> bool:
    return os.environ.get("BACKEND_BUILDER_RUFF_SERVER", "1") != "0" and _failures < MAX_FAILURES


def format_files(files: dict[str, str], ruff: str) -> dict[str, str] | None:
    """`files` fixed and formatted by the shared ruff server, or None (then format the old way).

    On first use the server is started and formats the canary; it is used only if the answer is
    the known one."""
    global _server, _failures
    if not files or not enabled():
        return None
    server: RuffServer | None = None
    try:
        with _start_lock:
            if _server is None:
                started = RuffServer(ruff)
                try:
                    started.initialize()
                    canary = "canary/app/models/canary.py"
                    if started.format({canary: CANARY}) != {canary: CANARY_FORMATTED}:
                        _failures = MAX_FAILURES  # it would format differently: never again
                        raise ServerError("ruff server formats the canary differently from ruff format")
                except BaseException:
                    started.close()
                    raise
                _server = started
            server = _server
        return server.format(files)
    except ServerError as exc:
        if exc.fatal:
            _failures += 1
            _discard(server)
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        _failures += 1
        _discard(server)
        return None


def _discard(server: RuffServer | None) -> None:
    """Close a server that failed; the next use starts another (another thread may have already)."""
    global _server
    if server is None:
        return
    with _start_lock:
        if _server is server:
            _server = None
    server.close()


def stop() -> None:
    """Shut the server down (at exit, or after it misbehaved); the next use starts a new one."""
    global _server
    server, _server = _server, None
    if server is not None:
        server.close()


atexit.register(stop)


def reset() -> None:
    """Forget earlier failures (tests)."""
    global _failures
    _failures = 0
