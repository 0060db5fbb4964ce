"""Files of a frontend: discovery (bounded), lazy parsing with tree-sitter, module scopes and imports."""

from __future__ import annotations

import json
import os
import posixpath
from dataclasses import dataclass, field
from typing import Any

from backend_builder.errors import BuilderError
from backend_builder.workspace import Workspace

SOURCE_EXTS = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs")
SKIP_DIRS = {
    "node_modules", ".next", ".git", "dist", "build", "out", "coverage", ".turbo", ".vercel", ".cache",
    "__pycache__", ".venv", "venv", "env", "__tests__", "__mocks__", "e2e", "cypress", "tests", "test",
    "storybook-static", ".storybook", ".expo", ".nuxt", ".svelte-kit", "public", "static", "vendor",
    "site-packages", ".backend-builder", ".idea", ".vscode", "android", "ios", "alembic",
}
FUNCTION_TYPES = {
    "function_declaration", "function_expression", "arrow_function", "method_definition",
    "generator_function_declaration", "generator_function", "function",
}

_LANGS: dict[str, Any] = {}


def _parser(tsx: bool) -> Any:
    """tree-sitter is imported on first use, so that importing this package costs nothing."""
    key = "tsx" if tsx else "ts"
    if key not in _LANGS:
        try:
            import tree_sitter
            import tree_sitter_typescript
        except ImportError as exc:  # pragma: no cover - a broken install
            raise BuilderError(
                "Reading the frontend needs the packages tree-sitter and tree-sitter-typescript.",
                fix="pip install 'tree-sitter>=0.23' 'tree-sitter-typescript>=0.23'",
            ) from exc
        lang = tree_sitter_typescript.language_tsx() if tsx else tree_sitter_typescript.language_typescript()
        _LANGS[key] = tree_sitter.Parser(tree_sitter.Language(lang))
    return _LANGS[key]


def text(node: Any) -> str:
    return node.text.decode("utf-8", "replace") if node is not None else ""


def nkey(node: Any, file: str) -> str:
    return f"{file}:{node.start_byte}:{node.end_byte}:{node.type}"


def walk(node: Any):
    """Every node below `node` (pre-order)."""
    stack = list(reversed(node.children))
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


def walk_scope(node: Any):
    """Nodes below `node`, not descending into nested functions or classes (their heads are yielded)."""
    stack = list(reversed(node.children))
    while stack:
        n = stack.pop()
        yield n
        if n.type in FUNCTION_TYPES or n.type in ("class_declaration", "class"):
            continue
        stack.extend(reversed(n.children))


def string_value(node: Any) -> str | None:
    """The text of a string literal node (quotes removed), else None."""
    if node is None:
        return None
    if node.type == "string":
        raw = text(node)
        return raw[1:-1] if len(raw) >= 2 else ""
    if node.type == "template_string" and not any(c.type == "template_substitution" for c in node.children):
        return text(node)[1:-1]
    return None


@dataclass
class SourceFile:
    rel: str
    src: bytes
    tree: Any
    decls: dict[str, Any] = field(default_factory=dict)  # module-level name -> declaring node
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (module spec, imported name)
    exports: dict[str, str] = field(default_factory=dict)  # exported name -> local name
    default_export: Any = None  # node (expression or declaration)

    @property
    def root(self) -> Any:
        return self.tree.root_node


def _index_module(sf: SourceFile) -> None:
    for stmt in sf.root.children:
        _index_statement(sf, stmt, exported=False)


def _index_statement(sf: SourceFile, stmt: Any, exported: bool) -> None:
    t = stmt.type
    if t == "export_statement":
        decl = stmt.child_by_field_name("declaration")
        value = stmt.child_by_field_name("value")
        is_default = any(c.type == "default" for c in stmt.children)
        if decl is not None:
            names = _index_statement(sf, decl, exported=True)
            if is_default:
                sf.default_export = decl
            return names
        if value is not None and is_default:
            sf.default_export = value
            return None
        for c in stmt.children:
            if c.type == "export_clause":
                source = stmt.child_by_field_name("source")
                for spec in c.named_children:
                    if spec.type != "export_specifier":
                        continue
                    name = text(spec.child_by_field_name("name"))
                    alias = spec.child_by_field_name("alias")
                    exported_as = text(alias) if alias is not None else name
                    if source is not None:  # export { a } from './x'
                        local = f"__reexport_{exported_as}"
                        sf.imports[local] = (string_value(source) or "", name)
                        sf.exports[exported_as] = local
                    else:
                        sf.exports[exported_as] = name
            elif c.type == "*" and stmt.child_by_field_name("source") is not None:
                sf.exports.setdefault("*", []).append(string_value(stmt.child_by_field_name("source")))  # type: ignore[union-attr]
        return None
    names: list[str] = []
    if t in ("lexical_declaration", "variable_declaration"):
        for d in stmt.named_children:
            if d.type == "variable_declarator":
                name = d.child_by_field_name("name")
                if name is not None and name.type == "identifier":
                    sf.decls[text(name)] = d
                    names.append(text(name))
                elif name is not None and name.type == "object_pattern":
                    for p in name.named_children:
                        pname = _pattern_name(p)
                        if pname:
                            sf.decls[pname] = d
                            names.append(pname)
    elif t in ("function_declaration", "generator_function_declaration", "class_declaration", "interface_declaration",
               "type_alias_declaration", "enum_declaration", "abstract_class_declaration"):
        name = stmt.child_by_field_name("name")
        if name is not None:
            key = text(name)
            if t in ("interface_declaration", "type_alias_declaration"):
                key = "type:" + key
            sf.decls[key] = stmt
            names.append(text(name))
    elif t == "import_statement":
        source = string_value(stmt.child_by_field_name("source")) or ""
        for c in stmt.children:
            if c.type != "import_clause":
                continue
            for part in c.named_children:
                if part.type == "identifier":
                    sf.imports[text(part)] = (source, "default")
                elif part.type == "namespace_import":
                    ident = [x for x in part.named_children if x.type == "identifier"]
                    if ident:
                        sf.imports[text(ident[0])] = (source, "*")
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type != "import_specifier":
                            continue
                        name = text(spec.child_by_field_name("name"))
                        alias = spec.child_by_field_name("alias")
                        sf.imports[text(alias) if alias is not None else name] = (source, name)
    if exported:
        for n in names:
            sf.exports[n] = n
    return names  # type: ignore[return-value]


def _pattern_name(p: Any) -> str | None:
    if p.type in ("shorthand_property_identifier_pattern", "identifier"):
        return text(p)
    if p.type == "pair_pattern":
        v = p.child_by_field_name("value")
        if v is not None and v.type == "identifier":
            return text(v)
        if v is not None and v.type == "assignment_pattern":
            left = v.child_by_field_name("left")
            return text(left) if left is not None else None
    if p.type == "object_assignment_pattern":
        left = p.child_by_field_name("left")
        return text(left) if left is not None else None
    return None


class Project:
    """The source files under a root, read through the Workspace (confined), parsed on demand."""

    def __init__(self, root: str, *, max_files: int = 400, max_bytes: int = 200_000, max_listed: int = 5000) -> None:
        self.ws = Workspace(root, ".")
        self.max_files = max_files
        self.max_bytes = max_bytes
        self.files: list[str] = []
        self.skipped: list[str] = []
        self.next_configs: list[str] = []
        self._parsed: dict[str, SourceFile | None] = {}
        self._raw: dict[str, bytes | None] = {}
        self._tsconfig: dict[str, Any] = {}
        self._exists_cache: dict[str, bool] = {}
        self._import_cache: dict[tuple[str, str], str | None] = {}
        self._calls_index: dict[str, dict[str, list[Any]]] = {}
        self._list(max_listed)

    # -- discovery ---------------------------------------------------------------------------------

    def _list(self, max_listed: int) -> None:
        root = str(self.ws.root)
        count = 0
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            rel_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
            for name in sorted(filenames):
                rel = name if rel_dir == "." else f"{rel_dir}/{name}"
                if name.startswith("next.config."):
                    self.next_configs.append(rel)
                    continue
                if not name.endswith(SOURCE_EXTS) or name.endswith(".d.ts") or ".min." in name:
                    continue
                stem = name.split(".")
                if any(part in ("test", "spec", "stories", "config") for part in stem[1:-1]):
                    continue
                count += 1
                if count > max_listed:
                    self.skipped.append(f"{rel}: more than {max_listed} source files; the rest was not read")
                    return
                self.files.append(rel)

    def raw(self, rel: str) -> bytes | None:
        if rel in self._raw:
            return self._raw[rel]
        data: bytes | None = None
        try:
            path = self.ws.resolve(rel)
            if path.is_file():
                if path.stat().st_size > self.max_bytes:
                    self.skipped.append(f"{rel}: larger than {self.max_bytes} bytes, not read")
                else:
                    data = path.read_bytes()
        except (BuilderError, OSError):
            data = None
        self._raw[rel] = data
        return data

    def parse(self, rel: str) -> SourceFile | None:
        if rel in self._parsed:
            return self._parsed[rel]
        parsed_count = sum(1 for v in self._parsed.values() if v is not None)
        if parsed_count >= self.max_files:
            self.skipped.append(f"{rel}: more than {self.max_files} files parsed; not read")
            self._parsed[rel] = None
            return None
        src = self.raw(rel)
        sf = None
        if src is not None:
            tree = _parser(not rel.endswith((".ts", ".mts", ".cts"))).parse(src)
            sf = SourceFile(rel, src, tree)
            _index_module(sf)
        self._parsed[rel] = sf
        return sf

    def calls_named(self, rel: str, name: str) -> list[Any]:
        """The call expressions of a file whose callee ends in `name` (`name(...)`, `x.name(...)`)."""
        if rel not in self._calls_index:
            index: dict[str, list[Any]] = {}
            sf = self.parse(rel)
            if sf is not None:
                for n in walk(sf.root):
                    if n.type != "call_expression":
                        continue
                    fn = n.child_by_field_name("function")
                    while fn is not None and fn.type in ("await_expression", "parenthesized_expression",
                                                         "non_null_expression"):
                        fn = fn.named_children[0] if fn.named_children else None
                    if fn is None:
                        continue
                    last = fn.child_by_field_name("property") if fn.type == "member_expression" else fn
                    if last is not None and last.type in ("identifier", "property_identifier"):
                        index.setdefault(text(last), []).append(n)
            self._calls_index[rel] = index
        return self._calls_index[rel].get(name, [])

    def parsed(self) -> list[SourceFile]:
        return [sf for sf in self._parsed.values() if sf is not None]

    # -- imports -----------------------------------------------------------------------------------

    def _exists(self, rel: str) -> bool:
        if rel in self._exists_cache:
            return self._exists_cache[rel]
        try:
            found = self.ws.resolve(rel).is_file()
        except BuilderError:
            found = False
        self._exists_cache[rel] = found
        return found

    def _with_ext(self, base: str) -> str | None:
        base = posixpath.normpath(base)
        if base.startswith(".."):
            return None
        if base.endswith(SOURCE_EXTS) and self._exists(base):
            return base
        for ext in (".ts", ".tsx", ".js", ".jsx", ".mjs", ".d.ts"):
            if self._exists(base + ext):
                return base + ext
        for ext in (".ts", ".tsx", ".js", ".jsx"):
            if self._exists(f"{base}/index{ext}"):
                return f"{base}/index{ext}"
        return None

    def _config_dir(self, rel_dir: str) -> tuple[str, dict[str, Any]]:
        """The nearest folder above `rel_dir` with a tsconfig/jsconfig or package.json, and its compilerOptions."""
        d = rel_dir
        while True:
            if d in self._tsconfig:
                return d, self._tsconfig[d]
            for name in ("tsconfig.json", "jsconfig.json", "package.json"):
                rel = name if d in ("", ".") else f"{d}/{name}"
                raw = self.raw(rel)
                if raw is None:
                    continue
                options: dict[str, Any] = {}
                if name != "package.json":
                    data = _loose_json(raw.decode("utf-8", "replace"))
                    options = (data or {}).get("compilerOptions") or {}
                self._tsconfig[d] = options
                return d, options
            if d in ("", "."):
                self._tsconfig["."] = {}
                return ".", {}
            d = posixpath.dirname(d) or "."

    def resolve_import(self, spec: str, from_file: str) -> str | None:
        key = (spec, posixpath.dirname(from_file))
        if key not in self._import_cache:
            self._import_cache[key] = self._resolve_import(spec, from_file)
        return self._import_cache[key]

    def _resolve_import(self, spec: str, from_file: str) -> str | None:
        if not spec:
            return None
        here = posixpath.dirname(from_file)
        if spec.startswith("."):
            return self._with_ext(posixpath.join(here, spec))
        app_dir, options = self._config_dir(here or ".")
        base_url = options.get("baseUrl")
        prefix = "" if app_dir in ("", ".") else app_dir + "/"
        paths = options.get("paths") or {}
        for pattern, targets in paths.items():
            if not isinstance(targets, list):
                continue
            if pattern.endswith("*") and spec.startswith(pattern[:-1]):
                rest = spec[len(pattern[:-1]):]
            elif pattern == spec:
                rest = ""
            else:
                continue
            for target in targets:
                t = str(target).replace("*", rest)
                root = posixpath.join(prefix, base_url or ".")
                found = self._with_ext(posixpath.join(root, t))
                if found:
                    return found
        for alias in ("@/", "~/", "@@/"):
            if spec.startswith(alias):
                rest = spec[len(alias):]
                for cand in (prefix + rest, prefix + "src/" + rest):
                    found = self._with_ext(cand)
                    if found:
                        return found
                d = here  # no config says where `@/` points: the nearest folder above that has the file
                while d and d != ".":
                    for cand in (f"{d}/{rest}", f"{d}/src/{rest}"):
                        found = self._with_ext(cand)
                        if found:
                            return found
                    d = posixpath.dirname(d)
        if base_url:
            found = self._with_ext(posixpath.join(prefix, base_url, spec))
            if found:
                return found
        return None


def _loose_json(raw: str) -> dict[str, Any] | None:
    """tsconfig.json allows comments and trailing commas; strip them outside strings."""
    out: list[str] = []
    i, n, in_str = 0, len(raw), False
    while i < n:
        c = raw[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(raw[i + 1])
                i += 2
                continue
            if c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif raw.startswith("//", i):
            j = raw.find("\n", i)
            i = n if j < 0 else j
            continue
        elif raw.startswith("/*", i):
            j = raw.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        else:
            out.append(c)
        i += 1
    cleaned = "".join(out)
    chars: list[str] = []
    for idx, c in enumerate(cleaned):  # trailing commas
        if c == ",":
            rest = cleaned[idx + 1:].lstrip()
            if rest[:1] in ("}", "]"):
                continue
        chars.append(c)
    try:
        data = json.loads("".join(chars))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
