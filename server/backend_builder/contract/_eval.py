"""A small abstract interpreter over the syntax tree: what string, object or type an expression stands for.

It follows names through scopes, parameters (bound to the arguments of a call when a frame says so),
module imports, object literals and spreads, URLSearchParams and objects filled in after their
declaration, and TypeScript types (interfaces, aliases, Partial/Pick/Omit, intersections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from backend_builder.contract._project import (
    FUNCTION_TYPES,
    Project,
    SourceFile,
    nkey,
    string_value,
    text,
    walk_scope,
)
from backend_builder.contract._values import (
    UNDEF,
    Axios,
    Base,
    ClassRef,
    Env,
    Fn,
    Hole,
    Instance,
    Json,
    Lit,
    Maybe,
    Module,
    Obj,
    OptParts,
    Param,
    QHole,
    Query,
    Str,
    Thunk,
    TypeRef,
    Unknown,
)

URLISH = re.compile(r"(url|uri|path|endpoint|route|resource|href)$", re.IGNORECASE)
ORIGIN = re.compile(r"^(https?:)?//[^/?#]*")
QUERY_KEY = re.compile(r"(?:^|&)([^=&#]+)=")
MAX_DEPTH = 60


@dataclass
class Frame:
    """A call being followed: the function, the argument nodes (in `args_file`), and the caller's frame."""

    func: str  # nkey of the function node
    args: list[Any]
    args_file: str
    caller: Frame | None


def snake(name: str) -> str:
    s = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return re.sub(r"[^A-Za-z0-9_]", "_", s).lower().strip("_") or "param"


def hole_name(node: Any) -> str:
    """The placeholder name for an expression in a URL: userId -> user_id, task.id -> task_id."""
    if node is None:
        return "param"
    t = node.type
    if t in ("parenthesized_expression", "as_expression", "non_null_expression", "await_expression",
             "satisfies_expression", "template_substitution"):
        inner = [c for c in node.named_children]
        return hole_name(inner[0]) if inner else "param"
    if t in ("identifier", "property_identifier", "shorthand_property_identifier"):
        return snake(text(node))
    if t == "member_expression":
        prop = snake(text(node.child_by_field_name("property")))
        obj = node.child_by_field_name("object")
        if prop == "id" and obj is not None:
            owner = obj.child_by_field_name("property") if obj.type == "member_expression" else obj
            if owner is not None and owner.type in ("identifier", "property_identifier"):
                o = snake(text(owner))
                if o not in ("params", "props", "data", "this", "args", "options", "item", "row", "p", "x", "t"):
                    return f"{o}_id"
        return prop
    if t == "call_expression":
        args = node.child_by_field_name("arguments")
        named = [a for a in args.named_children] if args is not None else []
        if named:
            return hole_name(named[0])
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type == "member_expression":
            return hole_name(fn.child_by_field_name("object"))
    if t == "ternary_expression":
        return hole_name(node.child_by_field_name("consequence"))
    if t == "binary_expression":
        return hole_name(node.child_by_field_name("left"))
    return "param"


def strip(node: Any) -> Any:
    while node is not None and node.type in ("parenthesized_expression", "as_expression", "non_null_expression",
                                             "satisfies_expression", "await_expression", "type_assertion"):
        named = node.named_children
        if not named:
            break
        node = named[0] if node.type != "type_assertion" else named[-1]
    return node


def enclosing_function(node: Any) -> Any:
    n = node.parent
    while n is not None:
        if n.type in FUNCTION_TYPES:
            return n
        n = n.parent
    return None


def function_name(func: Any) -> str:
    """The name people call a function by: its declaration, variable, object key or method; else its owner's."""
    n = func
    while n is not None:
        if n.type in FUNCTION_TYPES:
            name = n.child_by_field_name("name")
            if name is not None:
                return text(name)
            p = n.parent
            while p is not None and p.type in ("parenthesized_expression", "as_expression", "call_expression",
                                               "arguments") and p.type != "call_expression":
                p = p.parent
            if p is not None and p.type == "variable_declarator":
                return text(p.child_by_field_name("name"))
            if p is not None and p.type == "pair":
                return text(p.child_by_field_name("key"))
            if p is not None and p.type in ("assignment_expression",):
                return text(p.child_by_field_name("left")).split(".")[-1]
            if p is not None and p.type == "export_statement":
                return "default"
        n = n.parent
    return "<module>"


def params_of(func: Any) -> list[tuple[str, int, Any, Any, Any, bool, str | None]]:
    """(name, index, pattern, type, default, optional, destructured key) for each parameter name."""
    out: list[tuple[str, int, Any, Any, Any, bool, str | None]] = []
    single = func.child_by_field_name("parameter")
    if single is not None:
        return [(text(single), 0, single, None, None, False, None)]
    params = func.child_by_field_name("parameters")
    if params is None:
        return out
    index = 0
    for p in params.named_children:
        if p.type not in ("required_parameter", "optional_parameter", "identifier", "assignment_pattern",
                          "object_pattern", "rest_pattern"):
            continue
        pattern = p.child_by_field_name("pattern") if p.type.endswith("_parameter") else p
        type_node = p.child_by_field_name("type")
        default = p.child_by_field_name("value")
        optional = p.type == "optional_parameter" or default is not None
        if pattern is not None and pattern.type == "assignment_pattern":
            default = pattern.child_by_field_name("right")
            pattern = pattern.child_by_field_name("left")
            optional = True
        if pattern is None:
            index += 1
            continue
        if pattern.type == "identifier":
            out.append((text(pattern), index, pattern, type_node, default, optional, None))
        elif pattern.type == "object_pattern":
            for prop in pattern.named_children:
                if prop.type == "shorthand_property_identifier_pattern":
                    out.append((text(prop), index, prop, type_node, None, optional, text(prop)))
                elif prop.type == "object_assignment_pattern":
                    left = prop.child_by_field_name("left")
                    out.append((text(left), index, prop, type_node, prop.child_by_field_name("right"), True,
                                text(left)))
                elif prop.type == "pair_pattern":
                    key = text(prop.child_by_field_name("key"))
                    value = prop.child_by_field_name("value")
                    if value is not None and value.type == "identifier":
                        out.append((text(value), index, prop, type_node, None, optional, key))
        index += 1
    return out


def in_condition(node: Any, scope: Any) -> bool:
    """Is `node` run only under a condition (if, ternary, &&, loop, catch) inside `scope`?"""
    n, child = node.parent, node
    while n is not None and n != scope:
        t = n.type
        if t == "if_statement" and child != n.child_by_field_name("condition"):
            return True
        if t in ("ternary_expression", "for_statement", "for_in_statement", "while_statement", "catch_clause",
                 "switch_case", "else_clause"):
            return True
        if t == "binary_expression" and child == n.child_by_field_name("right"):
            op = n.child_by_field_name("operator")
            if op is not None and text(op) in ("&&", "||", "??"):
                return True
        if t in FUNCTION_TYPES:
            return False
        child, n = n, n.parent
    return False


def _norm(s: str) -> str:
    return s.replace("?.", ".").replace("!", "").strip()


def _unwrap_value(node: Any) -> Any:
    """`params.limit.toString()`, `String(params.limit)` -> `params.limit`."""
    node = strip(node)
    while node is not None and node.type == "call_expression":
        fn = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if fn is not None and fn.type == "member_expression" and \
                text(fn.child_by_field_name("property")) in ("toString", "trim", "toISOString", "join"):
            node = strip(fn.child_by_field_name("object"))
        elif fn is not None and text(fn) in ("String", "encodeURIComponent", "Number") and args is not None \
                and args.named_children:
            node = strip(args.named_children[0])
        else:
            break
    return node


def _guard_condition(node: Any, scope: Any) -> Any:
    n, child = node.parent, node
    while n is not None and n != scope:
        if n.type == "if_statement" and child != n.child_by_field_name("condition"):
            return n.child_by_field_name("condition")
        if n.type == "binary_expression" and child == n.child_by_field_name("right"):
            return n.child_by_field_name("left")
        if n.type == "ternary_expression" and child != n.child_by_field_name("condition"):
            return n.child_by_field_name("condition")
        child, n = n, n.parent
    return None


def _operands(cond: Any) -> list[Any]:
    """The tested expressions of a condition: `a && b.c !== undefined` -> a, b.c."""
    cond = strip(cond)
    if cond is None:
        return []
    if cond.type == "unary_expression":
        return _operands(cond.child_by_field_name("argument"))
    if cond.type == "binary_expression":
        op = text(cond.child_by_field_name("operator"))
        left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
        if op in ("&&", "||"):
            return _operands(left) + _operands(right)
        if op in ("!==", "!=") and text(right) in ("undefined", "null", "''", '""'):
            return _operands(left)
        return []
    if cond.type in ("identifier", "member_expression", "subscript_expression"):
        return [cond]
    return []


class Evaluator:
    def __init__(self, project: Project) -> None:
        self.p = project
        self._scope_cache: dict[str, dict[str, Any]] = {}
        self._depth = 0
        self._active: set[tuple[str, int]] = set()
        self._overrides: list[dict[str, Any]] = []

    # -- scopes ------------------------------------------------------------------------------------

    def local_decls(self, owner: Any, file: str) -> dict[str, Any]:
        key = nkey(owner, file)
        if key in self._scope_cache:
            return self._scope_cache[key]
        decls: dict[str, Any] = {}
        body = owner.child_by_field_name("body") if owner.type != "program" else owner
        if body is not None:
            for n in walk_scope(body):
                if n.type == "variable_declarator":
                    name = n.child_by_field_name("name")
                    if name is None:
                        continue
                    if name.type == "identifier":
                        decls.setdefault(text(name), n)
                    elif name.type in ("object_pattern", "array_pattern"):
                        for prop in name.named_children:
                            pname = None
                            if prop.type in ("shorthand_property_identifier_pattern", "identifier"):
                                pname = text(prop)
                            elif prop.type == "pair_pattern":
                                v = prop.child_by_field_name("value")
                                pname = text(v) if v is not None and v.type == "identifier" else None
                            if pname:
                                decls.setdefault(pname, n)
                elif n.type in ("function_declaration", "class_declaration"):
                    name = n.child_by_field_name("name")
                    if name is not None:
                        decls.setdefault(text(name), n)
        self._scope_cache[key] = decls
        return decls

    def lookup(self, name: str, at: Any, file: str, frame: Frame | None) -> Any:
        for layer in reversed(self._overrides):
            if name in layer:
                return layer[name]
        n = at.parent
        while n is not None:
            if n.type in FUNCTION_TYPES:
                for pname, index, pattern, type_node, default, optional, dkey in params_of(n):
                    if pname == name:
                        return self.param_value(n, file, pname, index, type_node, default, optional, dkey, frame)
                decl = self.local_decls(n, file).get(name)
                if decl is not None:
                    return self.eval_decl(decl, name, file, frame)
            elif n.type == "program":
                return self.module_value(name, file, frame)
            n = n.parent
        return Unknown(name)

    def param_value(self, func: Any, file: str, name: str, index: int, type_node: Any, default: Any,
                    optional: bool, dkey: str | None, frame: Frame | None) -> Any:
        fkey = nkey(func, file)
        f = frame
        while f is not None and f.func != fkey:
            f = f.caller
        if f is not None:
            if index < len(f.args):
                arg = f.args[index]
                if arg.type == "spread_element":
                    return Unknown("spread argument")
                value = self.ev(arg, f.args_file, f.caller)
                if dkey is not None:
                    value = self.member(value, dkey)
                if value is UNDEF and default is not None:
                    return self.ev(default, file, frame)
                return value
            if default is not None:
                return self.ev(default, file, frame)
            return UNDEF
        if dkey is not None:
            if type_node is not None:
                return self.member(TypeRef(type_node, file, optional), dkey)
            return Param(name, fkey, None, file, optional)
        return Param(name, fkey, type_node, file, optional)

    def module_value(self, name: str, file: str, frame: Frame | None) -> Any:
        sf = self.p.parse(file)
        if sf is None:
            return Unknown(name)
        if name in sf.decls:
            return self.eval_decl(sf.decls[name], name, file, None)
        if name in sf.imports:
            spec, imported = sf.imports[name]
            return self.import_value(spec, imported, file)
        if name == "undefined":
            return UNDEF
        return Unknown(name)

    def import_value(self, spec: str, imported: str, from_file: str) -> Any:
        if spec == "axios":
            return Axios(None) if imported in ("default", "*", "axios") else Unknown("axios." + imported)
        target = self.p.resolve_import(spec, from_file)
        if target is None:
            return Unknown(f"{imported} from {spec}")
        if imported == "*":
            return Module(target)
        return self.export_value(target, imported)

    def export_value(self, file: str, name: str, depth: int = 0) -> Any:
        sf = self.p.parse(file)
        if sf is None or depth > 5:
            return Unknown(name)
        if name == "default":
            if sf.default_export is None:
                return Unknown("default export")
            node = sf.default_export
            if node.type in ("function_declaration", "class_declaration", "function_expression", "arrow_function"):
                return Fn(node, file) if "class" not in node.type else ClassRef(node, file)
            return self.ev(node, file, None)
        local = sf.exports.get(name)
        if local is not None:
            if local in sf.imports:
                spec, imported = sf.imports[local]
                return self.import_value(spec, imported, file)
            return self.module_value(local, file, None)
        for star in sf.exports.get("*", []) or []:  # type: ignore[union-attr]
            target = self.p.resolve_import(star, file)
            if target:
                value = self.export_value(target, name, depth + 1)
                if not isinstance(value, Unknown):
                    return value
        if name in sf.decls:
            return self.module_value(name, file, None)
        return Unknown(name)

    def eval_decl(self, decl: Any, name: str, file: str, frame: Frame | None) -> Any:
        t = decl.type
        if t in ("function_declaration", "generator_function_declaration"):
            return Fn(decl, file)
        if t in ("class_declaration", "abstract_class_declaration"):
            return ClassRef(decl, file)
        if t != "variable_declarator":
            return Unknown(name)
        pattern = decl.child_by_field_name("name")
        init = decl.child_by_field_name("value")
        type_ann = decl.child_by_field_name("type")
        if pattern is not None and pattern.type == "array_pattern":
            # const [task, setTask] = useState<T>(initial): the state has the initial value's shape
            elements = [c for c in pattern.named_children]
            call = strip(init)
            if elements and text(elements[0]) == name and call is not None and call.type == "call_expression" \
                    and text(call.child_by_field_name("function")).split(".")[-1] == "useState":
                args = call.child_by_field_name("arguments")
                targs = call.child_by_field_name("type_arguments")
                if targs is not None and targs.named_children:
                    return TypeRef(targs.named_children[0], file)
                if args is not None and args.named_children:
                    return self.ev(args.named_children[0], file, frame)
            return Unknown(name)
        if pattern is not None and pattern.type != "identifier":
            if init is None:
                return Unknown(name)
            source = self.ev(init, file, frame)
            key = name
            for prop in pattern.named_children:
                if prop.type == "pair_pattern":
                    v = prop.child_by_field_name("value")
                    if v is not None and text(v) == name:
                        key = text(prop.child_by_field_name("key"))
            return self.member(source, key)
        if init is None:
            return TypeRef(type_ann, file) if type_ann is not None else Unknown(name)
        value = self.ev(init, file, frame)
        kind = decl.parent.child_by_field_name("kind") if decl.parent is not None else None
        owner = self._scope_owner(decl)
        if kind is not None and text(kind) in ("let", "var") and owner is not None:
            last = None
            for n in walk_scope(owner if owner.type == "program" else owner.child_by_field_name("body") or owner):
                if n.type == "assignment_expression":
                    left = n.child_by_field_name("left")
                    if left is not None and left.type == "identifier" and text(left) == name:
                        last = n
            if last is not None:
                self._overrides.append({name: value})
                try:
                    value = self.ev(last.child_by_field_name("right"), file, frame)
                finally:
                    self._overrides.pop()
        if isinstance(value, (Obj, Query)) and owner is not None:
            self._add_mutations(value, name, owner, file, frame)
        if isinstance(value, Unknown) and type_ann is not None:
            return TypeRef(type_ann, file)
        if isinstance(value, Obj) and not value.props and not value.spreads and type_ann is not None:
            keys = self.type_keys(type_ann, file)
            if keys is not None and keys[1]:
                value.open = value.open  # an index signature: the keys are the ones assigned
        return value

    @staticmethod
    def _scope_owner(node: Any) -> Any:
        n = node.parent
        while n is not None:
            if n.type in FUNCTION_TYPES or n.type == "program":
                return n
            n = n.parent
        return None

    def _add_mutations(self, value: Obj | Query, name: str, owner: Any, file: str, frame: Frame | None) -> None:
        body = owner if owner.type == "program" else owner.child_by_field_name("body")
        if body is None:
            return
        for n in walk_scope(body):
            if isinstance(value, Query) and n.type == "call_expression":
                fn = n.child_by_field_name("function")
                if fn is None or fn.type != "member_expression":
                    continue
                obj = fn.child_by_field_name("object")
                prop = text(fn.child_by_field_name("property"))
                if obj is None or obj.type != "identifier" or text(obj) != name or prop not in ("append", "set"):
                    continue
                args = [a for a in n.child_by_field_name("arguments").named_children]
                if not args:
                    continue
                key = string_value(args[0])
                if key is None:
                    value.open = True
                    continue
                v = self.ev(args[1], file, frame) if len(args) > 1 else Unknown("")
                if v is UNDEF:
                    continue
                optional = self._optional(v, args[1] if len(args) > 1 else None, n, owner)
                value.keys[key] = value.keys.get(key, True) and optional if key in value.keys else optional
            elif isinstance(value, Obj) and n.type == "assignment_expression":
                left = n.child_by_field_name("left")
                if left is None or left.type not in ("member_expression", "subscript_expression"):
                    continue
                obj = left.child_by_field_name("object")
                if obj is None or obj.type != "identifier" or text(obj) != name:
                    continue
                if left.type == "member_expression":
                    key = text(left.child_by_field_name("property"))
                else:
                    key = string_value(left.child_by_field_name("index"))
                    if key is None:
                        value.open = True
                        continue
                right = n.child_by_field_name("right")
                value.props[key] = Thunk(right, frame, file)
                v = self.ev(right, file, frame)
                if v is UNDEF:
                    value.props.pop(key)
                elif self._optional(v, right, n, owner):
                    value.cond[key] = True

    def _optional(self, v: Any, value_node: Any, at: Any, owner: Any) -> bool:
        """Is a key set at `at` with value `v` sent only sometimes?

        A key set under a condition is optional, unless the condition only tests the value itself
        (`if (params?.status) q.append('status', params.status)`): then the value decides.
        """
        if isinstance(v, Maybe):
            return True
        if not in_condition(at, owner):
            return False
        guard = _guard_condition(at, owner)
        if guard is not None and value_node is not None:
            tested = {_norm(text(x)) for x in _operands(guard)}
            if _norm(text(_unwrap_value(value_node))) in tested:
                return isinstance(v, (Param, TypeRef, Unknown)) and not self._bound(v)
        return True

    @staticmethod
    def _bound(v: Any) -> bool:
        return not isinstance(v, (Param,))

    # -- expressions -------------------------------------------------------------------------------

    def force(self, v: Any) -> Any:
        if isinstance(v, Thunk):
            return self.ev(v.node, v.file, v.frame)
        return v

    def ev(self, node: Any, file: str, frame: Frame | None) -> Any:
        if node is None:
            return UNDEF
        key = (nkey(node, file), id(frame))
        if key in self._active or self._depth > MAX_DEPTH:
            return Unknown("recursion")
        self._active.add(key)
        self._depth += 1
        try:
            return self._ev(node, file, frame)
        finally:
            self._depth -= 1
            self._active.discard(key)

    def _ev(self, node: Any, file: str, frame: Frame | None) -> Any:
        t = node.type
        if t == "string":
            return self.string_literal(string_value(node) or "")
        if t == "template_string":
            parts: list[Any] = []
            first = True
            for c in node.children:
                if c.type == "string_fragment" or c.type == "escape_sequence":
                    s = text(c)
                    if first:
                        lit = self.string_literal(s)
                        parts.extend(lit.parts)
                    else:
                        parts.append(s)
                    first = False
                elif c.type == "template_substitution":
                    inner = [x for x in c.named_children]
                    if inner:
                        parts.extend(self.to_parts(self.ev(inner[0], file, frame), inner[0]))
                    first = False
            return Str(tuple(parts))
        if t == "undefined":
            return UNDEF
        if t == "identifier":
            if text(node) == "undefined":
                return UNDEF
            return self.lookup(text(node), node, file, frame)
        if t in ("parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression",
                 "await_expression", "type_assertion"):
            inner = strip(node)
            return self.ev(inner, file, frame) if inner is not node else Unknown(t)
        if t in ("number",):
            return Lit(text(node))
        if t in ("true", "false"):
            return Lit(t == "true")
        if t == "null":
            return Lit(None)
        if t == "object":
            return self.object_literal(node, file, frame)
        if t in ("arrow_function", "function_expression", "function"):
            return Fn(node, file)
        if t == "member_expression":
            obj_node = node.child_by_field_name("object")
            prop = text(node.child_by_field_name("property"))
            obj_text = text(obj_node)
            if obj_text in ("process.env", "import.meta.env"):
                return Env(prop)
            if obj_node is not None and obj_node.type == "this":
                return self.this_member(node, prop, file, frame)
            return self.member(self.ev(obj_node, file, frame), prop)
        if t == "subscript_expression":
            index = string_value(node.child_by_field_name("index"))
            obj_node = node.child_by_field_name("object")
            if text(obj_node) in ("process.env", "import.meta.env") and index:
                return Env(index)
            if index is not None:
                return self.member(self.ev(obj_node, file, frame), index)
            return Unknown("subscript")
        if t == "binary_expression":
            return self.binary(node, file, frame)
        if t == "ternary_expression":
            return self.ternary(node, file, frame)
        if t == "call_expression":
            return self.call(node, file, frame)
        if t == "new_expression":
            ctor = node.child_by_field_name("constructor")
            args_node = node.child_by_field_name("arguments")
            args = [a for a in args_node.named_children] if args_node is not None else []
            if ctor is not None and text(ctor) == "URLSearchParams":
                q = Query()
                if args:
                    lit = string_value(args[0])
                    if lit is not None:
                        for k in QUERY_KEY.findall(lit.lstrip("?")):
                            q.keys[k] = False
                    else:
                        keys = self.keys_of(self.ev(args[0], file, frame))
                        if keys is not None:
                            q.keys.update(keys[0])
                            q.open = keys[1]
                return q
            target = self.ev(ctor, file, frame) if ctor is not None else Unknown("new")
            if isinstance(target, ClassRef):
                return Instance(target)
            return Unknown("new " + text(ctor))
        if t == "this":
            return Unknown("this")
        return Unknown(t)

    def this_member(self, node: Any, prop: str, file: str, frame: Frame | None) -> Any:
        """`this.x` inside a class: a method, a field's initial value, or what the constructor assigns."""
        n = node.parent
        while n is not None and n.type != "class_body":
            n = n.parent
        if n is None:
            return Unknown("this." + prop)
        ctor = None
        for m in n.named_children:
            name = m.child_by_field_name("name") or m.child_by_field_name("property")
            if m.type == "method_definition" and name is not None and text(name) == prop:
                return Fn(m, file)
            if m.type in ("public_field_definition", "field_definition") and name is not None and text(name) == prop:
                value = m.child_by_field_name("value")
                if value is not None:
                    return self.ev(value, file, None)
            if m.type == "method_definition" and name is not None and text(name) == "constructor":
                ctor = m
        if ctor is not None:
            body = ctor.child_by_field_name("body")
            for a in walk_scope(body) if body is not None else []:
                if a.type == "assignment_expression":
                    left = a.child_by_field_name("left")
                    if left is not None and left.type == "member_expression" and \
                            text(left.child_by_field_name("object")) == "this" and \
                            text(left.child_by_field_name("property")) == prop:
                        # evaluated as for `new C()`: the constructor's defaults apply
                        return self.ev(a.child_by_field_name("right"), file, Frame(nkey(ctor, file), [], file, None))
        return Unknown("this." + prop)

    def string_literal(self, s: str) -> Str:
        m = ORIGIN.match(s)
        if m and m.group(0) not in ("", "//"):
            return Str((Base(origin=m.group(0)), s[m.end():]))
        return Str((s,))

    def to_parts(self, value: Any, node: Any) -> tuple[Any, ...]:
        if isinstance(value, Str):
            return value.parts
        if isinstance(value, Env):
            return (Base(env=value.name),)
        if isinstance(value, Query):
            return (QHole(tuple(value.keys.items()), value.open),)
        if isinstance(value, Maybe):
            inner = self.to_parts(value.value, node)
            return (OptParts(inner),)
        if value is UNDEF:
            return ("undefined",)
        if isinstance(value, Lit):
            return (str(value.value),)
        if isinstance(value, Param):
            return (Hole(snake(value.name), value.name, value.func, bool(URLISH.search(value.name))),)
        return (Hole(hole_name(node)),)

    def object_literal(self, node: Any, file: str, frame: Frame | None) -> Obj:
        obj = Obj()
        for c in node.named_children:
            if c.type == "pair":
                k = c.child_by_field_name("key")
                if k is None:
                    continue
                if k.type == "computed_property_name":
                    obj.open = True
                    continue
                name = string_value(k) if k.type == "string" else text(k)
                obj.props[name] = Thunk(c.child_by_field_name("value"), frame, file)
                obj.cond.pop(name, None)
            elif c.type == "shorthand_property_identifier":
                obj.props[text(c)] = Thunk(c, frame, file)
            elif c.type == "spread_element":
                inner = [x for x in c.named_children]
                if inner:
                    # spreads before a prop are overridden by it; keep order by recording position
                    obj.spreads.append((len(obj.props), Thunk(inner[0], frame, file)))
            elif c.type == "method_definition":
                obj.props[text(c.child_by_field_name("name"))] = Fn(c, file)
        return obj

    def member(self, obj: Any, name: str) -> Any:
        obj = self.force(obj)
        if isinstance(obj, Maybe):
            inner = self.member(obj.value, name)
            return inner if isinstance(inner, Maybe) or inner is UNDEF else Maybe(inner)
        if obj is UNDEF:
            return UNDEF
        if isinstance(obj, Obj):
            if name in obj.props:
                v = self.force(obj.props[name])
                if obj.cond.get(name) and not isinstance(v, Maybe):
                    return Maybe(v)
                return v
            for _, spread in reversed(obj.spreads):
                v = self.member(spread, name)
                if not isinstance(v, Unknown) and v is not UNDEF:
                    return v
            if obj.open or any(isinstance(self.force(s), (Unknown, Param)) for _, s in obj.spreads):
                return Unknown(name)
            return UNDEF
        if isinstance(obj, Module):
            return self.export_value(obj.file, name)
        if isinstance(obj, Instance):
            body = obj.cls.node.child_by_field_name("body")
            if body is not None:
                for m in body.named_children:
                    if m.type == "method_definition" and text(m.child_by_field_name("name")) == name:
                        return Fn(m, obj.cls.file)
            return Unknown(name)
        if isinstance(obj, (Param, TypeRef)):
            type_node = obj.type_node if isinstance(obj, Param) else obj.node
            file = obj.file
            optional = obj.optional
            if type_node is None:
                return Unknown(name)
            prop = self.type_member(type_node, file, name)
            if prop is None:
                return Unknown(name)
            ptype, popt = prop
            value = TypeRef(ptype, file) if ptype is not None else Unknown(name)
            return Maybe(value) if (popt or optional) else value
        if isinstance(obj, Axios) and name in ("defaults",):
            return Unknown(name)
        return Unknown(name)

    def binary(self, node: Any, file: str, frame: Frame | None) -> Any:
        op = text(node.child_by_field_name("operator"))
        left_node, right_node = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op == "+":
            left, right = self.ev(left_node, file, frame), self.ev(right_node, file, frame)
            if isinstance(left, Lit) and isinstance(right, Lit):
                return Unknown("arithmetic")
            return Str(self.to_parts(left, left_node) + self.to_parts(right, right_node))
        if op in ("||", "??"):
            left = self.ev(left_node, file, frame)
            right = self.ev(right_node, file, frame)
            if isinstance(left, Env):
                if isinstance(right, Str) and right.parts and isinstance(right.parts[0], Base):
                    return Str((Base(env=left.name, origin=right.parts[0].origin),) + right.parts[1:])
                return Str((Base(env=left.name),))
            if left is UNDEF or (isinstance(left, Lit) and not left.value):
                return right
            if isinstance(left, Maybe):
                return right if right is not UNDEF else left
            if isinstance(left, (Unknown, Param, TypeRef)) and isinstance(right, (Str, Obj, Query)):
                if isinstance(right, Str) and right.literal() == "":
                    return left
                return left if isinstance(left, Param) and isinstance(right, Str) else right
            return left
        if op == "&&":
            right = self.ev(right_node, file, frame)
            truth = self.decide(left_node, file, frame)
            if truth is False:
                return UNDEF
            if truth is True:
                return right
            return Maybe(right)
        return Lit(None)

    def decide(self, node: Any, file: str, frame: Frame | None) -> bool | None:
        node = strip(node)
        if node is None:
            return None
        if node.type == "unary_expression" and text(node.child_by_field_name("operator")) == "!":
            inner = self.decide(node.child_by_field_name("argument"), file, frame)
            return None if inner is None else not inner
        if node.type == "binary_expression":
            return None
        v = self.ev(node, file, frame)
        if v is UNDEF:
            return False
        if isinstance(v, (Obj, Query, Fn)):
            return True
        if isinstance(v, Lit):
            return bool(v.value)
        if isinstance(v, Str):
            lit = v.literal()
            return None if lit is None else bool(lit)
        return None

    def ternary(self, node: Any, file: str, frame: Frame | None) -> Any:
        truth = self.decide(node.child_by_field_name("condition"), file, frame)
        cons, alt = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
        if truth is True:
            return self.ev(cons, file, frame)
        if truth is False:
            return self.ev(alt, file, frame)
        a, b = self.ev(cons, file, frame), self.ev(alt, file, frame)
        if a is UNDEF:
            return Maybe(b)
        if b is UNDEF:
            return Maybe(a)
        if isinstance(a, Str) and isinstance(b, Str):
            if b.literal() == "":
                return Maybe(a)
            if a.literal() == "":
                return Maybe(b)
        return a

    def call(self, node: Any, file: str, frame: Frame | None) -> Any:
        fn = node.child_by_field_name("function")
        args_node = node.child_by_field_name("arguments")
        args = [a for a in args_node.named_children] if args_node is not None else []
        if fn is None:
            return Unknown("call")
        fn = strip(fn)
        ftext = text(fn)
        if ftext == "JSON.stringify":
            return Json(self.ev(args[0], file, frame) if args else UNDEF)
        if ftext in ("String", "encodeURIComponent", "encodeURI", "Number"):
            if args:
                v = self.ev(args[0], file, frame)
                return v
            return Str(("",))
        if fn.type == "member_expression":
            prop = text(fn.child_by_field_name("property"))
            obj_node = fn.child_by_field_name("object")
            if prop in ("toString", "trim", "toLowerCase", "toUpperCase", "valueOf"):
                return self.ev(obj_node, file, frame)
            if prop == "replace" and args:
                base = self.ev(obj_node, file, frame)
                if isinstance(base, Str):
                    return base  # usually trims a trailing slash off a base URL
            if prop == "create":
                target = self.ev(obj_node, file, frame)
                if isinstance(target, Axios) and target.base is None:
                    base = None
                    if args:
                        config = self.ev(args[0], file, frame)
                        if isinstance(config, Obj) and "baseURL" in config.props:
                            b = self.force(config.props["baseURL"])
                            base = b if isinstance(b, Str) else Str(self.to_parts(b, None))
                    return Axios(base or Str(("",)))
        target = self.ev(fn, file, frame)
        if isinstance(target, Fn) and not params_of(target.node):
            ret = self.return_expression(target.node)
            if ret is not None:
                return self.ev(ret, target.file, Frame(nkey(target.node, target.file), [], file, frame))
        return Unknown("call " + ftext[:40])

    @staticmethod
    def return_expression(func: Any) -> Any:
        body = func.child_by_field_name("body")
        if body is None:
            return None
        if body.type != "statement_block":
            return body
        returns = [n for n in walk_scope(body) if n.type == "return_statement"]
        if len(returns) == 1 and returns[0].named_children:
            return returns[0].named_children[0]
        return None

    # -- keys of objects and types -----------------------------------------------------------------

    def keys_of(self, value: Any, depth: int = 0) -> tuple[dict[str, bool], bool] | None:
        """The JSON keys a value has: name -> optional, and whether more keys we cannot see may be there."""
        value = self.force(value)
        if depth > 8:
            return {}, True
        if value is UNDEF:
            return None
        if isinstance(value, Json):
            return self.keys_of(value.value, depth + 1)
        if isinstance(value, Maybe):
            inner = self.keys_of(value.value, depth + 1)
            return None if inner is None else ({k: True for k in inner[0]}, inner[1])
        if isinstance(value, Query):
            return dict(value.keys), value.open
        if isinstance(value, Obj):
            keys: dict[str, bool] = {}
            open_ = value.open
            names = list(value.props)
            spreads = list(value.spreads)
            for i, name in enumerate(names + [None]):  # type: ignore[operator]
                for pos, spread in spreads:
                    if pos == i:
                        inner = self.keys_of(spread, depth + 1)
                        if inner is None:
                            continue
                        for k, opt in inner[0].items():
                            keys[k] = opt
                        open_ = open_ or inner[1]
                if name is None:
                    break
                v = self.force(value.props[name])
                if v is UNDEF:
                    keys.pop(name, None)
                    continue
                if isinstance(v, Fn):
                    continue
                keys[name] = isinstance(v, Maybe) or bool(value.cond.get(name))
            return keys, open_
        if isinstance(value, Param):
            if value.type_node is None:
                return {}, True
            inner = self.type_keys(value.type_node, value.file)
            if inner is None:
                return {}, True
            return ({k: (o or value.optional) for k, o in inner[0].items()}, inner[1])
        if isinstance(value, TypeRef):
            inner = self.type_keys(value.node, value.file)
            if inner is None:
                return {}, True
            return ({k: (o or value.optional) for k, o in inner[0].items()}, inner[1])
        if isinstance(value, Str):
            return None
        return {}, True

    def find_type(self, name: str, at: Any, file: str) -> tuple[Any, str] | None:
        n = at
        while n is not None:  # local type declarations
            if n.type in FUNCTION_TYPES or n.type == "statement_block":
                for c in n.named_children:
                    if c.type in ("interface_declaration", "type_alias_declaration") and \
                            text(c.child_by_field_name("name")) == name:
                        return c, file
            n = n.parent
        sf = self.p.parse(file)
        if sf is None:
            return None
        found = self._module_type(sf, name, 0)
        if found:
            return found
        for other in self.p.parsed():  # global declarations (a types/ folder without imports)
            if other.rel != file and "type:" + name in other.decls:
                return other.decls["type:" + name], other.rel
        return None

    def _module_type(self, sf: SourceFile, name: str, depth: int) -> tuple[Any, str] | None:
        if depth > 5:
            return None
        if "type:" + name in sf.decls:
            return sf.decls["type:" + name], sf.rel
        local = sf.exports.get(name, name) if depth else name
        if local in sf.imports:
            spec, imported = sf.imports[local]
            target = self.p.resolve_import(spec, sf.rel)
            other = self.p.parse(target) if target else None
            if other is not None:
                return self._module_type(other, imported, depth + 1)
        if depth and name in sf.exports and sf.exports[name] != name:
            return self._module_type(sf, sf.exports[name], depth + 1)
        for star in sf.exports.get("*", []) or []:  # type: ignore[union-attr]
            target = self.p.resolve_import(star, sf.rel)
            other = self.p.parse(target) if target else None
            if other is not None:
                found = self._module_type(other, name, depth + 1)
                if found:
                    return found
        return None

    def type_member(self, type_node: Any, file: str, name: str) -> tuple[Any, bool] | None:
        props = self.type_props(type_node, file, 0)
        if props is None:
            return None
        return props[0].get(name)

    def type_keys(self, type_node: Any, file: str) -> tuple[dict[str, bool], bool] | None:
        props = self.type_props(type_node, file, 0)
        if props is None:
            return None
        return {k: opt for k, (_, opt) in props[0].items()}, props[1]

    def type_props(self, node: Any, file: str, depth: int) -> tuple[dict[str, tuple[Any, bool]], bool] | None:
        """Properties of an object type: name -> (type node, optional); and whether it is open."""
        if node is None or depth > 12:
            return None
        t = node.type
        if t in ("type_annotation", "parenthesized_type", "readonly_type"):
            named = node.named_children
            return self.type_props(named[-1], file, depth + 1) if named else None
        if t in ("object_type", "interface_body"):
            props: dict[str, tuple[Any, bool]] = {}
            open_ = False
            for c in node.named_children:
                if c.type == "property_signature":
                    pname = c.child_by_field_name("name")
                    key = string_value(pname) if pname is not None and pname.type == "string" else text(pname)
                    optional = any(x.type == "?" for x in c.children)
                    props[key] = (c.child_by_field_name("type"), optional)
                elif c.type == "index_signature":
                    open_ = True
            return props, open_
        if t == "interface_declaration":
            props, open_ = {}, False
            for c in node.named_children:
                if c.type == "extends_type_clause":
                    for parent in c.named_children:
                        inner = self.type_props(parent, file, depth + 1)
                        if inner is None:
                            open_ = True
                        else:
                            props.update(inner[0])
                            open_ = open_ or inner[1]
            body = node.child_by_field_name("body")
            inner = self.type_props(body, file, depth + 1) if body is not None else None
            if inner is not None:
                props.update(inner[0])
                open_ = open_ or inner[1]
            return props, open_
        if t == "type_alias_declaration":
            return self.type_props(node.child_by_field_name("value"), file, depth + 1)
        if t == "type_identifier":
            found = self.find_type(text(node), node, file)
            if found is None:
                return None
            return self.type_props(found[0], found[1], depth + 1)
        if t == "generic_type":
            name = text(node.child_by_field_name("name")).split(".")[-1]
            targs = node.child_by_field_name("type_arguments")
            args = [a for a in targs.named_children] if targs is not None else []
            if not args:
                return None
            if name in ("Partial", "Required", "Readonly", "NonNullable", "Promise", "DeepPartial"):
                inner = self.type_props(args[0], file, depth + 1)
                if inner is None:
                    return None
                if name in ("Partial", "DeepPartial"):
                    return {k: (tn, True) for k, (tn, _) in inner[0].items()}, inner[1]
                if name == "Required":
                    return {k: (tn, False) for k, (tn, _) in inner[0].items()}, inner[1]
                return inner
            if name in ("Omit", "Pick") and len(args) >= 2:
                inner = self.type_props(args[0], file, depth + 1)
                if inner is None:
                    return None
                names = self.literal_union(args[1], file)
                if name == "Omit":
                    return {k: v for k, v in inner[0].items() if k not in names}, inner[1]
                return {k: v for k, v in inner[0].items() if k in names}, False
            if name == "Record":
                return {}, True
            found = self.find_type(name, node, file)
            if found is not None:
                return self.type_props(found[0], found[1], depth + 1)
            return None
        if t == "intersection_type":
            props, open_ = {}, False
            for c in node.named_children:
                inner = self.type_props(c, file, depth + 1)
                if inner is None:
                    continue
                props.update(inner[0])
                open_ = open_ or inner[1]
            return props, open_
        if t == "union_type":
            members = [c for c in node.named_children
                       if text(c) not in ("null", "undefined") and c.type != "literal_type"
                       or (c.type == "literal_type" and text(c) not in ("null", "undefined"))]
            members = [c for c in members if text(c) not in ("null", "undefined")]
            if len(members) == 1:
                return self.type_props(members[0], file, depth + 1)
            props, open_ = {}, False
            results = [self.type_props(c, file, depth + 1) for c in members]
            results = [r for r in results if r is not None]
            if not results:
                return None
            common = set.intersection(*(set(r[0]) for r in results))
            for r in results:
                for k, (tn, opt) in r[0].items():
                    props[k] = (tn, opt or k not in common)
                open_ = open_ or r[1]
            return props, open_
        if t == "predefined_type" and text(node) in ("any", "unknown", "object"):
            return {}, True
        return None

    def literal_union(self, node: Any, file: str) -> set[str]:
        out: set[str] = set()
        if node is None:
            return out
        if node.type == "literal_type":
            s = string_value(node.named_children[0]) if node.named_children else None
            if s is not None:
                out.add(s)
        for c in node.named_children:
            if c.type in ("union_type", "literal_type"):
                out |= self.literal_union(c, file)
        return out

    def array_item_type(self, node: Any, file: str, depth: int = 0) -> Any:
        """For `T[]`/`Array<T>` (after Promise<>), the item type node; None if not an array."""
        if node is None or depth > 6:
            return None
        t = node.type
        if t in ("type_annotation", "parenthesized_type"):
            named = node.named_children
            return self.array_item_type(named[-1], file, depth + 1) if named else None
        if t == "array_type":
            return node.named_children[0] if node.named_children else None
        if t == "generic_type":
            name = text(node.child_by_field_name("name"))
            targs = node.child_by_field_name("type_arguments")
            args = [a for a in targs.named_children] if targs is not None else []
            if name == "Array" and args:
                return args[0]
            if name == "Promise" and args:
                return self.array_item_type(args[0], file, depth + 1)
        if t == "type_identifier":
            found = self.find_type(text(node), node, file)
            if found is not None and found[0].type == "type_alias_declaration":
                return self.array_item_type(found[0].child_by_field_name("value"), found[1], depth + 1)
        return None
