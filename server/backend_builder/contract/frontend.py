"""Read the backend calls a frontend makes: fetch, axios (instances too) and the wrappers around them.

    scan_frontend(root) -> FrontendScan(calls=[FrontendCall, ...], unresolved=[UnresolvedCall, ...])

TypeScript/TSX/JavaScript is parsed with tree-sitter (loaded on first use). For every request it finds
the method, the path as the backend receives it (base URL env var or origin dropped, Next.js
rewrites applied, placeholders `{user_id}`), the query and body keys (a trailing `?` marks a key that
is sent only sometimes), what the code reads from the answer, which statuses it accepts, the
error key it shows, and where it is called from (each caller with the keys it really passes).
A request whose URL it cannot follow is listed in `unresolved` with the reason.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field

from backend_builder.contract._eval import (
    Evaluator,
    Frame,
    enclosing_function,
    function_name,
    params_of,
    strip,
)
from backend_builder.contract._project import (
    FUNCTION_TYPES,
    Project,
    nkey,
    string_value,
    text,
    walk,
)
from backend_builder.contract._values import (
    UNDEF,
    Axios,
    Base,
    Fn,
    Hole,
    Json,
    Maybe,
    Obj,
    OptParts,
    Param,
    QHole,
    Query,
    Str,
    Unknown,
)
from backend_builder.results import Result

HTTP_METHODS = {"get", "post", "put", "patch", "delete", "head", "options"}
QUERY_KEY = re.compile(r"(?:^|&)([^=&#]+)=")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "0.0.0.0", "[::1]")
ERROR_KEYS = ("detail", "message", "error", "msg", "errors")
NOT_KEYS = {"map", "filter", "length", "forEach", "find", "some", "every", "reduce", "then", "catch", "json",
            "slice", "sort", "concat", "includes", "toString", "push", "indexOf", "keys", "values"}
MAX_WRAPPER_DEPTH = 4


# -- results ----------------------------------------------------------------------------------------


class CallSite(Result):
    """Where a client function is called, and what that call passes."""

    file: str
    line: int
    function: str
    query_keys: list[str] = Field(default_factory=list, description="keys this call sends; `k?` only sometimes")
    body_keys: list[str] | None = Field(default=None, description="JSON body keys this call sends; null: no body")
    reads: list[str] = Field(default_factory=list, description="keys the caller reads on the answer")


class FrontendCall(Result):
    method: str
    path: str = Field(description="as the backend receives it: /api/{user_id}/tasks/{id}")
    kind: Literal["api", "auth", "health", "external"] = "api"
    query_keys: list[str] = Field(default_factory=list, description="`k?`: sent only sometimes")
    query_open: bool = Field(default=False, description="more query keys may be sent than listed")
    body_keys: list[str] | None = Field(default=None, description="JSON body keys; null: no body")
    body_open: bool = Field(default=False, description="the body spreads a value whose keys are unknown")
    response_type: str | None = Field(default=None, description="the answer's declared type")
    response_keys: list[str] = Field(default_factory=list, description="keys of the declared answer type")
    response_is_array: bool | None = None
    reads: list[str] = Field(default_factory=list, description="keys the code reads on the answer")
    parses_json: bool = False
    checks_ok: bool = False
    status_checks: list[int] = Field(default_factory=list, description="statuses the code compares against")
    expect_status: list[int] = Field(default_factory=list, description="success statuses the client accepts")
    error_key: str | None = Field(default=None, description="the key of the error body the client shows")
    returns_body: bool = Field(default=False, description="the function hands the parsed answer to its callers")
    base: str | None = Field(default=None, description="the env var or origin the URL starts from")
    rewritten: bool = Field(default=False, description="a Next.js rewrite in next.config was applied")
    file: str
    line: int
    function: str
    via: list[str] = Field(default_factory=list, description="wrappers the request goes through")
    callers: list[CallSite] = Field(default_factory=list)


class UnresolvedCall(Result):
    file: str
    line: int
    function: str
    reason: str
    code: str = ""


class FrontendScan(Result):
    calls: list[FrontendCall] = Field(default_factory=list)
    unresolved: list[UnresolvedCall] = Field(default_factory=list)
    files_scanned: int = 0
    skipped: list[str] = Field(default_factory=list, description="files not read (size or count bounds)")


# -- request sites ----------------------------------------------------------------------------------


@dataclass
class Site:
    node: Any  # the call_expression
    file: str
    lib: str  # "fetch" | "axios"
    url: Any = None  # node
    init: Any = None  # node: fetch init / axios config
    data: Any = None  # node: axios data argument
    method: str | None = None  # fixed by the axios verb
    instance: Axios | None = None


@dataclass
class Level:
    """One call on the way from a user of the client down to fetch: `call` (in `file`) calls `func`."""

    func: Any
    func_file: str
    call: Any
    call_file: str


@dataclass
class Rendered:
    path: str = ""
    query: dict[str, bool] = field(default_factory=dict)
    query_open: bool = False
    base: Base | None = None
    wrapper_hole: Hole | None = None
    problem: str | None = None


def _line(node: Any) -> int:
    return node.start_point[0] + 1


class Extractor:
    def __init__(self, project: Project) -> None:
        self.p = project
        self.ev = Evaluator(project)
        self.calls: list[FrontendCall] = []
        self.unresolved: list[UnresolvedCall] = []
        self.rewrites: dict[str, list[tuple[str, str, bool]]] = {}  # next.config dir -> [(src prefix, dst, wild)]
        self._callers_cache: dict[str, list[tuple[Any, str]]] = {}

    # -- driver ------------------------------------------------------------------------------------

    def run(self) -> None:
        self._read_rewrites()
        markers = (b"fetch", b"axios", b".get(", b".post(", b".put(", b".patch(", b".delete(", b".request(",
                   b".get<", b".post<", b".put<", b".patch<", b".delete<")
        for rel in self.p.files:
            raw = self.p.raw(rel)
            if raw is None or not any(m in raw for m in markers):
                continue
            sf = self.p.parse(rel)
            if sf is None:
                continue
            for site in self._sites(sf.root, rel):
                self._follow(site, [], set())

    def _sites(self, root: Any, file: str) -> list[Site]:
        sites: list[Site] = []
        for n in walk(root):
            if n.type != "call_expression":
                continue
            fn = n.child_by_field_name("function")
            args_node = n.child_by_field_name("arguments")
            if fn is None or args_node is None or args_node.type != "arguments":
                continue
            args = [a for a in args_node.named_children]
            if fn.type == "await_expression":  # `await api.get<T>(...)` parses as a call of an await
                fn = strip(fn)
            ftext = text(fn)
            if ftext in ("fetch", "window.fetch", "globalThis.fetch", "self.fetch"):
                if args:
                    sites.append(Site(n, file, "fetch", url=args[0], init=args[1] if len(args) > 1 else None))
                continue
            if fn.type == "member_expression":
                verb = text(fn.child_by_field_name("property"))
                if verb not in HTTP_METHODS and verb != "request":
                    continue
                target = self.ev.ev(fn.child_by_field_name("object"), file, None)
                if not isinstance(target, Axios) or not args:
                    continue
                if verb == "request":
                    sites.append(Site(n, file, "axios", init=args[0], instance=target))
                elif verb in ("post", "put", "patch"):
                    sites.append(Site(n, file, "axios", url=args[0], data=args[1] if len(args) > 1 else None,
                                      init=args[2] if len(args) > 2 else None, method=verb.upper(),
                                      instance=target))
                else:
                    sites.append(Site(n, file, "axios", url=args[0], init=args[1] if len(args) > 1 else None,
                                      method=verb.upper(), instance=target))
            elif fn.type == "identifier" and args and "axios" in self.p.raw(file).decode("utf-8", "replace"):
                target = self.ev.ev(fn, file, None)
                if isinstance(target, Axios):
                    if args[0].type == "object":
                        sites.append(Site(n, file, "axios", init=args[0], instance=target))
                    else:
                        sites.append(Site(n, file, "axios", url=args[0], init=args[1] if len(args) > 1 else None,
                                          instance=target))
        return sites

    # -- frames ------------------------------------------------------------------------------------

    @staticmethod
    def _frame(levels: list[Level], site_func: Any, site_file: str) -> Frame | None:
        """Frames for `levels` (innermost first): levels[0].call calls the function holding the site."""
        frame: Frame | None = None
        for i in range(len(levels) - 1, -1, -1):
            lv = levels[i]
            callee, callee_file = lv.func, lv.func_file
            args_node = lv.call.child_by_field_name("arguments")
            args = [a for a in args_node.named_children] if args_node is not None else []
            frame = Frame(nkey(callee, callee_file), args, lv.call_file, frame)
        return frame

    def _evaluate(self, site: Site, frame: Frame | None) -> dict[str, Any]:
        ev = self.ev
        init = ev.ev(site.init, site.file, frame) if site.init is not None else UNDEF
        method = site.method
        url: Any = ev.ev(site.url, site.file, frame) if site.url is not None else UNDEF
        if isinstance(url, Param):  # fetch(endpoint): a wrapper
            url = Str(ev.to_parts(url, site.url))
        body: Any = UNDEF
        query: Any = UNDEF
        if site.lib == "fetch":
            m = ev.member(init, "method") if isinstance(init, (Obj, Maybe)) else UNDEF
            method = self._method(m) or "GET"
            body = ev.member(init, "body") if isinstance(init, (Obj, Maybe)) else UNDEF
        else:
            if site.url is None and isinstance(init, Obj):
                url = ev.member(init, "url")
                method = self._method(ev.member(init, "method")) or "GET"
                body = ev.member(init, "data")
            elif site.method is None:
                method = self._method(ev.member(init, "method")) if isinstance(init, Obj) else None
                method = method or "GET"
            if site.data is not None:
                body = Json(ev.ev(site.data, site.file, frame))
            elif isinstance(body, Unknown) or body is UNDEF:
                body = body if body is UNDEF else Json(body)
            else:
                body = Json(body)
            if isinstance(init, (Obj, Maybe)):
                query = ev.member(init, "params")
            base = site.instance.base if site.instance is not None else None
            if base is not None and isinstance(url, Str):
                url = Str(base.parts + ("/",) + url.parts) if not self._absolute(url) else url
        return {"method": method, "url": url, "body": body, "query": query}

    @staticmethod
    def _absolute(url: Str) -> bool:
        return bool(url.parts) and isinstance(url.parts[0], Base)

    def _method(self, value: Any) -> str | None:
        value = self.ev.force(value)
        if isinstance(value, Maybe):
            value = value.value
        if isinstance(value, Str):
            lit = value.literal()
            if lit and lit.isalpha():
                return lit.upper()
        return None

    # -- following a request through wrappers ------------------------------------------------------

    def _follow(self, site: Site, levels: list[Level], seen: set[str]) -> None:
        site_func = enclosing_function(site.node)
        frame = self._frame(levels, site_func, site.file) if levels else None
        ev = self._evaluate(site, frame)
        url = ev["url"]
        outer_call = levels[-1].call if levels else site.node
        outer_file = levels[-1].call_file if levels else site.file
        outer_func = enclosing_function(outer_call)
        if not isinstance(url, Str):
            self._unresolved(outer_call, outer_file, f"the URL is not a string it can follow ({_describe(url)})")
            return
        rendered = self._render(url)
        if rendered.wrapper_hole is not None:
            hole = rendered.wrapper_hole
            owner = self._function_by_key(hole.func, site, levels)
            if owner is None or len(levels) >= MAX_WRAPPER_DEPTH:
                self._unresolved(outer_call, outer_file, f"the path comes from `{hole.param}`, which it cannot follow")
                return
            func, func_file = owner
            key = nkey(func, func_file)
            if key in seen:
                return
            callers = [c for c in self._callers(func, func_file) if not _inside(c[0], func)]
            if not callers:
                self._unresolved(outer_call, outer_file,
                                 f"request wrapper `{function_name(func)}` builds the URL from its parameter "
                                 f"`{hole.param}` and nobody here calls it")
                return
            for call, call_file in callers:
                self._follow(site, levels + [Level(func, func_file, call, call_file)], seen | {key})
            return
        if rendered.problem:
            self._unresolved(outer_call, outer_file, rendered.problem)
            return
        self._emit(site, levels, ev, rendered, outer_call, outer_file, outer_func)

    def _function_by_key(self, fkey: str | None, site: Site, levels: list[Level]) -> tuple[Any, str] | None:
        if fkey is None:
            return None
        candidates = [(enclosing_function(site.node), site.file)] + [
            (enclosing_function(lv.call), lv.call_file) for lv in levels]
        for func, file in candidates:
            n = func
            while n is not None:
                if n.type in FUNCTION_TYPES and nkey(n, file) == fkey:
                    return n, file
                n = n.parent
        return None

    def _callers(self, func: Any, file: str) -> list[tuple[Any, str]]:
        """Call expressions anywhere in the project whose callee is `func`."""
        key = nkey(func, file)
        if key in self._callers_cache:
            return self._callers_cache[key]
        name = function_name(func)
        found: list[tuple[Any, str]] = []
        if name and name not in ("<module>", "default"):
            needle = name.encode()
            for rel in self.p.files:
                raw = self.p.raw(rel)
                if raw is None or needle not in raw:
                    continue
                for n in self.p.calls_named(rel, name):
                    fn = strip(n.child_by_field_name("function"))
                    target = self.ev.ev(fn, rel, None)
                    if isinstance(target, Fn) and nkey(target.node, target.file) == key:
                        found.append((n, rel))
        self._callers_cache[key] = found
        return found

    # -- rendering a URL ---------------------------------------------------------------------------

    def _render(self, url: Str) -> Rendered:
        r = Rendered()
        path: list[str] = []
        state = {"in_query": False, "last": ""}

        def add(parts: tuple[Any, ...], optional: bool) -> None:
            for part in parts:
                if r.wrapper_hole is not None or r.problem:
                    return
                if isinstance(part, str):
                    if not part:
                        continue
                    if not state["in_query"] and "?" in part:
                        before, after = part.split("?", 1)
                        path.append(before)
                        state["in_query"] = True
                        part = after
                        state["last"] = "?"
                        if not part:
                            continue
                    if state["in_query"]:
                        for k in QUERY_KEY.findall(part):
                            r.query[k] = r.query.get(k, True) and optional if k in r.query else optional
                    else:
                        path.append(part)
                    state["last"] = part
                elif isinstance(part, Base):
                    if "".join(path).strip("/") == "" and r.base is None:
                        r.base = part
                elif isinstance(part, QHole):
                    for k, opt in part.keys:
                        r.query[k] = opt or optional
                    r.query_open = r.query_open or part.open
                    state["in_query"] = True
                elif isinstance(part, OptParts):
                    add(part.parts, True)
                elif isinstance(part, Hole):
                    so_far = "".join(path)
                    if state["in_query"]:
                        if not state["last"].endswith("="):
                            r.query_open = True
                        state["last"] = "{}"
                        continue
                    if part.param is not None and (part.wrapperish or not so_far.endswith("/")):
                        r.wrapper_hole = part
                        return
                    if not so_far.endswith("/"):
                        r.problem = (f"the path continues with a value it cannot follow (`{part.name}` after "
                                     f"'{so_far or '(start)'}')")
                        return
                    path.append("{" + part.name + "}")
                    state["last"] = "}"

        add(url.parts, False)
        joined = "".join(path)
        joined = re.sub(r"/{2,}", "/", joined)
        if r.base is None and re.match(r"^[a-z][a-z0-9+.-]*:", joined):
            r.problem = f"not an HTTP URL ({joined[:40]})"
        if not joined.startswith("/"):
            joined = "/" + joined
        r.path = joined.split("#")[0]
        return r

    # -- Next.js rewrites --------------------------------------------------------------------------

    def _read_rewrites(self) -> None:
        for rel in self.p.next_configs:
            raw = self.p.raw(rel)
            if raw is None or b"rewrites" not in raw:
                continue
            sf = self.p.parse(rel)
            if sf is None:
                continue
            rules: list[tuple[str, str, bool]] = []
            for n in walk(sf.root):
                if n.type not in ("object",):
                    continue
                keys = {text(c.child_by_field_name("key")): c.child_by_field_name("value")
                        for c in n.named_children if c.type == "pair"}
                if "source" not in keys or "destination" not in keys:
                    continue
                src = string_value(keys["source"])
                dst = self.ev.ev(keys["destination"], rel, None)
                if src is None or not isinstance(dst, Str):
                    continue
                dst_path = "".join(p for p in dst.parts if isinstance(p, str))
                if not dst.parts or not isinstance(dst.parts[0], Base):
                    continue  # a rewrite to another page of the app, not to the backend
                wild = src.endswith(":path*") and dst_path.endswith(":path*")
                if wild:
                    rules.append((src[: -len(":path*")], dst_path[: -len(":path*")], True))
                elif ":" not in src:
                    rules.append((src, dst_path, False))
            if rules:
                self.rewrites[posixpath.dirname(rel)] = rules

    def _rewrite(self, path: str, file: str) -> tuple[str, bool]:
        best = None
        for d, rules in self.rewrites.items():
            if (d in ("", ".") or file.startswith(d + "/")) and (best is None or len(d) > len(best[0])):
                best = (d, rules)
        if best is None:
            return path, False
        for src, dst, wild in best[1]:
            if wild and path.startswith(src):
                return re.sub(r"/{2,}", "/", dst + path[len(src):]), True
            if not wild and path == src:
                return dst, True
        return path, False

    # -- output ------------------------------------------------------------------------------------

    def _unresolved(self, node: Any, file: str, reason: str) -> None:
        func = enclosing_function(node)
        code = text(node).split("\n")[0][:120]
        entry = UnresolvedCall(file=file, line=_line(node), function=function_name(func) if func else "<module>",
                               reason=reason, code=code)
        if all((u.file, u.line, u.reason) != (entry.file, entry.line, entry.reason) for u in self.unresolved):
            self.unresolved.append(entry)

    def _emit(self, site: Site, levels: list[Level], ev: dict[str, Any], r: Rendered,
              outer_call: Any, outer_file: str, outer_func: Any) -> None:
        path = r.path
        rewritten = False
        if r.base is None:
            path, rewritten = self._rewrite(path, outer_file)
        query = dict(r.query)
        query_open = r.query_open
        q = self.ev.keys_of(ev["query"]) if ev["query"] is not UNDEF else None
        if q is not None:
            query.update(q[0])
            query_open = query_open or q[1]
        body = self.ev.keys_of(ev["body"])
        if ev["body"] is not UNDEF and not isinstance(self.ev.force(ev["body"]), (Json, Maybe)) and site.lib == "fetch":
            b = self.ev.force(ev["body"])
            if isinstance(b, (Query, Obj, Str)):
                body = self.ev.keys_of(b) if not isinstance(b, Str) else ({}, True)
            else:
                body = ({}, True)
        kind = self._kind(path, r.base)
        base = None
        if r.base is not None:
            base = r.base.env or r.base.origin
        resp = self._response(site, levels, outer_call, outer_file, outer_func)
        call = FrontendCall(
            method=ev["method"] or "GET", path=path, kind=kind,
            query_keys=_keys(query), query_open=query_open,
            body_keys=None if body is None else _keys(body[0]), body_open=bool(body and body[1]),
            base=base, rewritten=rewritten,
            file=outer_file, line=_line(outer_call),
            function=function_name(outer_func) if outer_func is not None else "<module>",
            via=[f"{function_name(lv.func)} ({lv.func_file}:{_line(lv.func)})" for lv in levels],
            **resp,
        )
        call.callers = self._call_sites(site, levels, outer_func, outer_file, call)
        self.calls.append(call)

    @staticmethod
    def _kind(path: str, base: Base | None) -> str:
        segments = [s for s in path.split("/") if s]
        if "auth" in segments or any(s in ("login", "logout", "signin", "signup", "register", "me", "token", "refresh") for s in segments[:3]):
            return "auth"
        if not segments or segments[-1] in ("health", "healthz", "ping", "ready"):
            return "health"
        if base is not None and base.env is None and base.origin:
            host = base.origin.split("//", 1)[-1].split(":")[0]
            if host not in LOCAL_HOSTS and not host.endswith(".local"):
                return "external"
        return "api"

    def _call_sites(self, site: Site, levels: list[Level], func: Any, file: str, call: FrontendCall) -> list[CallSite]:
        if func is None:
            return []
        name = function_name(func)
        if not name or name[0].isupper() or name in ("<module>", "default") or not params_of(func) and not call.reads \
                and not call.parses_json:
            pass
        out: list[CallSite] = []
        for c, cfile in self._callers(func, file):
            if _inside(c, func):
                continue
            lv = levels + [Level(func, file, c, cfile)]
            frame = self._frame(lv, enclosing_function(site.node), site.file)
            ev = self._evaluate(site, frame)
            url = ev["url"]
            query: dict[str, bool] = {}
            if isinstance(url, Str):
                query = dict(self._render(url).query)
            q = self.ev.keys_of(ev["query"]) if ev["query"] is not UNDEF else None
            if q is not None:
                if not q[0] and q[1]:  # nothing known at this call: what the client declares
                    query.update({k.rstrip("?"): k.endswith("?") for k in call.query_keys})
                query.update(q[0])
            body = self.ev.keys_of(ev["body"])
            if body is not None and not body[0] and body[1] and call.body_keys:
                body = ({k.rstrip("?"): k.endswith("?") for k in call.body_keys}, True)
            cfunc = enclosing_function(c)
            reads = self._caller_reads(c, cfunc) if call.returns_body else []
            out.append(CallSite(file=cfile, line=_line(c), function=function_name(cfunc) if cfunc else "<module>",
                                query_keys=_keys(query), body_keys=None if body is None else _keys(body[0]),
                                reads=reads))
        return out

    # -- the answer --------------------------------------------------------------------------------

    def _response(self, site: Site, levels: list[Level], outer_call: Any, outer_file: str,
                  outer_func: Any) -> dict[str, Any]:
        info = _RespInfo()
        axios = site.lib == "axios"
        # the request site itself (in the wrapper, or in the client function), then each wrapper call up
        sub = _RespInfo()
        self._analyze(site.node, site.file, enclosing_function(site.node), axios, sub, 0)
        info.merge(sub)
        parsed = sub.returns_parsed
        for lv in levels:
            sub = _RespInfo()
            lfunc = enclosing_function(lv.call)
            self._analyze(lv.call, lv.call_file, lfunc, axios, sub, 0)
            holder = _climb(lv.call)
            if parsed and lfunc is not None and holder.parent is not None and \
                    holder.parent.type == "variable_declarator":  # the wrapper hands back the parsed answer
                target = holder.parent.child_by_field_name("name")
                body = lfunc.child_by_field_name("body")
                if target is not None and target.type == "identifier" and body is not None:
                    self._reads_of(text(target), body, sub, lfunc, error=False)
                    if any(n.type == "return_statement" and n.named_children and
                           text(strip(n.named_children[0])) == text(target) for n in walk(body)):
                        sub.returns_parsed = True
            info.merge(sub)
            returned = holder.parent is not None and holder.parent.type == "return_statement" or (
                holder.parent is not None and holder.parent.type in ("arrow_function",))
            parsed = sub.returns_parsed or (parsed and returned)
        if axios:  # axios parses JSON itself and throws on non-2xx; an empty 204 only matters if data is read
            holder = _climb(levels[-1].call if levels else site.node)
            used = holder.parent is not None and (holder.parent.type in (
                "variable_declarator", "return_statement", "arrow_function", "assignment_expression")
                or holder.parent.type == "member_expression" and text(holder.parent.child_by_field_name("property"))
                == "then")
            info.parses_json = info.parses_json or used
            info.checks_ok = True
            if info.error_key is None:
                info.error_key = self._axios_error_key(site)
        rtype = None
        rkeys: list[str] = []
        is_array = None
        if outer_func is not None:
            rt = outer_func.child_by_field_name("return_type")
            if rt is not None:
                rtype = text(rt).lstrip(":").strip()
                item = self.ev.array_item_type(rt, outer_file)
                if item is not None:
                    is_array = True
                    k = self.ev.type_keys(item, outer_file)
                else:
                    k = self.ev.type_keys(rt, outer_file)
                    is_array = False if k is not None else None
                if k is not None:
                    rkeys = _keys(k[0])
                if rtype in ("Promise<void>", "void", "Promise<any>"):
                    is_array = None
        statuses = sorted(set(info.statuses))
        expect = [200, 201, 202] if info.parses_json and 204 not in statuses else [200, 201, 202, 204]
        return {
            "response_type": rtype, "response_keys": rkeys, "response_is_array": is_array,
            "reads": sorted(set(info.reads)), "parses_json": info.parses_json, "checks_ok": info.checks_ok,
            "status_checks": statuses, "expect_status": expect, "error_key": info.error_key,
            "returns_body": parsed,
        }

    def _analyze(self, call: Any, file: str, func: Any, axios: bool, info: _RespInfo, depth: int,
                 wrapper_returns: bool = False, var: str | None = None, scope: Any = None) -> None:
        """What the code around `call` (or the variable `var` in `scope`) does with the answer."""
        if depth > 3 or func is None and scope is None:
            return
        scope = scope if scope is not None else func
        names: list[str] = []
        json_vars: list[str] = []
        if var is None:
            holder = _climb(call)
            parent = holder.parent
            if parent is not None and parent.type == "variable_declarator":
                target = parent.child_by_field_name("name")
                if target is not None and target.type == "identifier":
                    names.append(text(target))
                elif target is not None and target.type == "object_pattern":
                    for prop in target.named_children:
                        key = text(prop.child_by_field_name("key")) if prop.type == "pair_pattern" else text(prop)
                        if axios and key == "data":
                            local = prop.child_by_field_name("value") if prop.type == "pair_pattern" else prop
                            json_vars.append(text(local))
                            info.parses_json = True
            elif parent is not None and (parent.type == "return_statement" or parent.type == "arrow_function"):
                info.returns = True
            elif parent is not None and parent.type == "member_expression" and \
                    text(parent.child_by_field_name("property")) == "then":
                cb_call = parent.parent
                args = cb_call.child_by_field_name("arguments") if cb_call is not None else None
                cbs = [a for a in args.named_children] if args is not None else []
                if cbs and cbs[0].type in ("arrow_function", "function_expression"):
                    ps = params_of(cbs[0])
                    if ps:
                        self._analyze(call, file, func, axios, info, depth + 1, var=ps[0][0], scope=cbs[0])
        else:
            names.append(var)
        body = scope.child_by_field_name("body") if scope.type != "program" else scope
        if body is None:
            return
        for name in names:
            for n in walk(body):
                if n.type == "member_expression":
                    obj = n.child_by_field_name("object")
                    if obj is None or obj.type != "identifier" or text(obj) != name:
                        continue
                    prop = text(n.child_by_field_name("property"))
                    if prop == "ok":
                        info.checks_ok = True
                    elif prop == "status":
                        p = n.parent
                        if p is not None and p.type == "binary_expression":
                            for side in (p.child_by_field_name("left"), p.child_by_field_name("right")):
                                if side is not None and side.type == "number" and text(side).isdigit():
                                    info.statuses.append(int(text(side)))
                    elif prop == "json" and not axios:
                        if not _in_error_branch(n, name, scope):
                            info.parses_json = True
                        self._json_target(n, name, scope, info, file, depth)
                    elif prop == "data" and axios:
                        info.parses_json = True
                        outer = n.parent
                        if outer is not None and outer.type == "member_expression":
                            key = text(outer.child_by_field_name("property"))
                            if key not in NOT_KEYS:
                                info.reads.append(key)
                        holder = _climb(n)
                        if holder.parent is not None and holder.parent.type == "return_statement":
                            info.returns_parsed = True
                        if holder.parent is not None and holder.parent.type == "variable_declarator":
                            t = holder.parent.child_by_field_name("name")
                            if t is not None and t.type == "identifier":
                                json_vars.append(text(t))
                elif n.type == "arguments" and any(a.type == "identifier" and text(a) == name
                                                   for a in n.named_children):
                    helper_call = n.parent
                    if helper_call is None or helper_call.type != "call_expression":
                        continue
                    fn = helper_call.child_by_field_name("function")
                    target = self.ev.ev(fn, file, None) if fn is not None else None
                    if not isinstance(target, Fn) or target.node.type not in FUNCTION_TYPES:
                        continue
                    index = next(i for i, a in enumerate(n.named_children) if a.type == "identifier" and text(a) == name)
                    ps = [p for p in params_of(target.node) if p[1] == index]
                    if not ps:
                        continue
                    sub = _RespInfo()
                    self._analyze(helper_call, target.file, target.node, axios, sub, depth + 1, var=ps[0][0],
                                  scope=target.node)
                    info.merge(sub)
                    if sub.returns_parsed and _climb(helper_call).parent is not None and \
                            _climb(helper_call).parent.type == "return_statement":
                        info.returns_parsed = True
                elif n.type == "return_statement" and n.named_children and \
                        strip(n.named_children[0]) is not None and strip(n.named_children[0]).type == "identifier" \
                        and text(strip(n.named_children[0])) == name:
                    info.returns = True
        for jv in json_vars:
            self._reads_of(jv, body, info, scope, error=False)
            for n in walk(body):
                if n.type == "return_statement" and n.named_children and text(strip(n.named_children[0])) == jv:
                    info.returns_parsed = True
        if var is None:
            holder = _climb(call)
            if holder.parent is not None and holder.parent.type in ("return_statement", "arrow_function") and \
                    axios:
                info.returns_parsed = False  # the axios response object itself, not its data

    def _json_target(self, member: Any, var: str, scope: Any, info: _RespInfo, file: str, depth: int) -> None:
        call = member.parent
        if call is None or call.type != "call_expression":
            return
        holder = _climb(call)
        # `.json().catch(() => ...)`
        while holder.parent is not None and holder.parent.type == "member_expression" and \
                text(holder.parent.child_by_field_name("property")) == "catch" and holder.parent.parent is not None:
            holder = _climb(holder.parent.parent)
        parent = holder.parent
        if parent is None:
            return
        error = _in_error_branch(holder, var, scope)
        if parent.type == "return_statement":
            if not error:
                info.returns_parsed = True
            return
        if parent.type in ("variable_declarator", "assignment_expression"):
            target = parent.child_by_field_name("name" if parent.type == "variable_declarator" else "left")
            body = scope.child_by_field_name("body") if scope.type != "program" else scope
            if target is not None and target.type == "identifier" and body is not None:
                self._reads_of(text(target), body, info, scope, error=error)
                if not error:
                    for n in walk(body):
                        if n.type == "return_statement" and n.named_children and \
                                text(strip(n.named_children[0])) == text(target):
                            info.returns_parsed = True
            elif target is not None and target.type == "object_pattern":
                keys = [text(p) if p.type != "pair_pattern" else text(p.child_by_field_name("key"))
                        for p in target.named_children]
                if error:
                    info.error_key = info.error_key or next((k for k in keys if k in ERROR_KEYS), None)
                else:
                    info.reads.extend(k for k in keys if k not in NOT_KEYS)

    def _reads_of(self, var: str, body: Any, info: _RespInfo, scope: Any, error: bool) -> None:
        for n in walk(body):
            if n.type == "member_expression":
                obj = n.child_by_field_name("object")
                if obj is None or obj.type != "identifier" or text(obj) != var:
                    continue
                key = text(n.child_by_field_name("property"))
                if key in NOT_KEYS:
                    continue
                if error or key in ERROR_KEYS and _in_error_branch(n, None, scope):
                    if info.error_key is None and key in ERROR_KEYS:
                        info.error_key = key
                else:
                    info.reads.append(key)

    def _axios_error_key(self, site: Site) -> str | None:
        sf = self.p.parse(site.file)
        if sf is None:
            return None
        for n in walk(sf.root):
            if n.type == "member_expression":
                key = text(n.child_by_field_name("property"))
                if key in ERROR_KEYS:
                    obj = text(n.child_by_field_name("object")).replace("?", "")
                    if obj.endswith("response.data") or obj == "data" and "response" in text(n.parent or n):
                        return key
            elif n.type == "binary_expression" and text(n.child_by_field_name("operator")) == "in":
                left = string_value(n.child_by_field_name("left"))
                if left in ERROR_KEYS:
                    return left
        return None

    def _caller_reads(self, call: Any, func: Any) -> list[str]:
        if func is None:
            return []
        holder = _climb(call)
        parent = holder.parent
        if parent is None or parent.type != "variable_declarator":
            return []
        target = parent.child_by_field_name("name")
        if target is None:
            return []
        if target.type == "object_pattern":
            return sorted({text(p) if p.type != "pair_pattern" else text(p.child_by_field_name("key"))
                           for p in target.named_children} - NOT_KEYS)
        if target.type != "identifier":
            return []
        name = text(target)
        body = func.child_by_field_name("body")
        reads: set[str] = set()
        for n in walk(body) if body is not None else []:
            if n.type == "member_expression":
                obj = n.child_by_field_name("object")
                if obj is not None and obj.type == "identifier" and text(obj) == name:
                    key = text(n.child_by_field_name("property"))
                    if key not in NOT_KEYS:
                        reads.add(key)
        return sorted(reads)


@dataclass
class _RespInfo:
    parses_json: bool = False
    checks_ok: bool = False
    statuses: list[int] = field(default_factory=list)
    reads: list[str] = field(default_factory=list)
    error_key: str | None = None
    returns: bool = False
    returns_parsed: bool = False

    def merge(self, other: _RespInfo) -> None:
        self.parses_json = self.parses_json or other.parses_json
        self.checks_ok = self.checks_ok or other.checks_ok
        self.statuses.extend(other.statuses)
        self.reads.extend(other.reads)
        self.error_key = self.error_key or other.error_key


def _climb(node: Any) -> Any:
    """Up through await, parentheses and type assertions."""
    while node.parent is not None and node.parent.type in ("await_expression", "parenthesized_expression",
                                                           "as_expression", "non_null_expression",
                                                           "satisfies_expression"):
        node = node.parent
    return node


def _inside(node: Any, func: Any) -> bool:
    n = node.parent
    while n is not None:
        if n.start_byte == func.start_byte and n.end_byte == func.end_byte and n.type == func.type:
            return True
        n = n.parent
    return False


def _negates_ok(cond: Any, var: str | None) -> bool | None:
    """True when `cond` is `!res.ok` (or res.status >= 400), False when it is `res.ok`, None otherwise."""
    cond = strip(cond)
    if cond is None:
        return None
    if cond.type == "unary_expression" and text(cond.child_by_field_name("operator")) == "!":
        inner = _negates_ok(cond.child_by_field_name("argument"), var)
        return None if inner is None else not inner
    if cond.type == "member_expression" and text(cond.child_by_field_name("property")) == "ok":
        obj = cond.child_by_field_name("object")
        if var is None or (obj is not None and text(obj) == var):
            return False
    if cond.type == "binary_expression":
        op = text(cond.child_by_field_name("operator"))
        if op in ("||", "&&"):
            for side in (cond.child_by_field_name("left"), cond.child_by_field_name("right")):
                r = _negates_ok(side, var)
                if r is not None:
                    return r
        left = text(cond.child_by_field_name("left"))
        if left.endswith(".status") and op in (">=", ">") and text(cond.child_by_field_name("right")) in ("400", "399"):
            return True
    return None


def _in_error_branch(node: Any, var: str | None, scope: Any) -> bool:
    n, child = node.parent, node
    while n is not None and n != scope:
        if n.type == "if_statement":
            cond = n.child_by_field_name("condition")
            neg = _negates_ok(cond, var)
            cons = n.child_by_field_name("consequence")
            if neg is True and cons is not None and child == cons:
                return True
            if neg is False and child is not None and child.type == "else_clause":
                return True
        if n.type == "catch_clause":
            return True
        child, n = n, n.parent
    return False


def _keys(keys: dict[str, bool]) -> list[str]:
    return [k + ("?" if opt else "") for k, opt in keys.items()]


def _describe(value: Any) -> str:
    if isinstance(value, Unknown):
        return value.why or "unknown"
    return type(value).__name__


# -- public API --------------------------------------------------------------------------------------


def scan_frontend(root: str, *, max_files: int = 400, max_bytes: int = 200_000) -> FrontendScan:
    """The backend calls of the frontend(s) under `root` (a project root; every read stays inside it)."""
    project = Project(root, max_files=max_files, max_bytes=max_bytes)
    extractor = Extractor(project)
    extractor.run()
    calls = sorted(extractor.calls, key=lambda c: (c.file, c.line, c.method, c.path))
    unresolved = sorted(extractor.unresolved, key=lambda u: (u.file, u.line))
    return FrontendScan(calls=calls, unresolved=unresolved,
                        files_scanned=len(project.parsed()), skipped=project.skipped)


def normalize_path(path: str) -> str:
    """A path with every placeholder written `{}`: for comparing paths whatever the placeholder names."""
    return re.sub(r"\{[^}]*\}", "{}", path)
