"""The API contract a feature's router, schemas and tests serve, as the templates need it.

Every decision about the contract's shape lives here (the spec's `api` part, or the house
contract when it has none); the templates only place the strings this module computes.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from backend_builder.generate.fields import RESERVED_ATTRS, FieldView, py_literal
from backend_builder.generate.imports import Imports
from backend_builder.spec.api import ApiSpec, ListFilter
from backend_builder.spec.api import wire_name as api_wire_name
from backend_builder.spec.model import FeatureSpec

SORTABLE = ("str", "int", "float", "decimal", "bool", "date", "datetime", "uuid", "enum")
MAX_OFFSET = 2_147_483_647
MAX_PAGE = 100_000


def wire_name(spec: FeatureSpec, name: str) -> str:
    """A column's JSON key: the field's own json_key, else its name under the feature's casing."""
    field = next((f for f in spec.fields if f.name == name), None)
    return spec.json_key_of(field) if field is not None else api_wire_name(spec.api, name)


def sort_keys(spec: FeatureSpec) -> dict[str, str]:
    """The list's sort keys as the client sends them, each to the column it sorts by: the api part's, or every
    sortable column under its wire name. The router, its indexes and its tests all take them from here."""
    declared = dict(effective_api(spec).list.sort.keys)
    if declared:
        return declared
    sortable = [f.name for f in spec.fields if f.type in SORTABLE]
    return {wire_name(spec, n): n for n in ["id", *sortable, "created_at", "updated_at"]}


def effective_api(spec: FeatureSpec) -> ApiSpec:
    return spec.api if spec.api is not None else ApiSpec()


def collection_path(spec: FeatureSpec) -> str:
    api = effective_api(spec)
    return api.path or f"/api/{{user_id}}/{spec.route}"


def user_in_path(spec: FeatureSpec) -> bool:
    return "{user_id}" in collection_path(spec)


def python_name(param: str, taken: set[str]) -> str:
    """A Python parameter for a query name (`page-size` -> page_size), clear of locals and keywords."""
    name = re.sub(r"\W", "_", param)
    if not name.isidentifier() or keyword.iskeyword(name) or name[0].isdigit():
        name = f"p_{name}"
    while name in taken:
        name += "_param"
    taken.add(name)
    return name


@dataclass
class QueryParam:
    """One query parameter of the list handler."""

    name: str  # the Python parameter
    wire: str  # as the client sends it
    annotation: str
    default: str  # Python source
    bounds: list[tuple[str, str]] = field(default_factory=list)

    @property
    def query_args(self) -> str:
        args = ([("alias", py_literal(self.wire))] if self.name != self.wire else []) + self.bounds
        return ", ".join(f"{k}={v}" for k, v in args)


@dataclass
class FilterCode:
    param: QueryParam
    attr: str
    values_const: str | None = None  # name of the value map, for mapped filters
    values_literal: str = ""
    value_annotation: str = ""
    search_attrs: list[str] = field(default_factory=list)  # a text search over these columns

    @property
    def lookup(self) -> str:
        """The value the parameter maps to (None: no condition)."""
        found = f"{self.values_const}[{self.param.name}]"
        return found if self.param.default != "None" else f"{found} if {self.param.name} is not None else None"


@dataclass
class EnvelopeField:
    attr: str
    key: str
    annotation: str
    source: str  # Python expression the handler passes

    @property
    def aliased(self) -> bool:
        return self.attr != self.key

    @property
    def key_literal(self) -> str:
        return py_literal(self.key)


@dataclass
class ListContract:
    params: list[QueryParam]
    filters: list[FilterCode]
    sort_columns: list[tuple[str, str]]  # (literal of the accepted key, column source)
    sort_literal: str
    sort_param: str
    descending: str  # Python expression
    offset: str
    limit: str
    counts: list[tuple[str, str]]  # (condition source, envelope attr)
    envelope: list[EnvelopeField]
    known_params: list[str]
    response_model: str

    @property
    def is_envelope(self) -> bool:
        return bool(self.envelope)


# Names the list handler uses itself; query parameters never take them.
LIST_LOCALS = {
    "session", "owner_id", "response", "conditions", "total", "column", "ordering", "rows", "descending", "tiebreak",
    "router", "save", "RowId", "SORT_COLUMNS", "SortKey", "LIST_PARAMS", "LIST_BODY", "counts", "totals", "page",
    "_known", "pattern",
}


def list_contract(spec: FeatureSpec, imp: Imports) -> ListContract:
    api = effective_api(spec)
    cls = spec.class_name
    views = {f.name: FieldView(f, spec) for f in spec.fields}
    taken = set(LIST_LOCALS) | imp.locals()
    params: list[QueryParam] = []
    filters: list[FilterCode] = []

    mapped = list(api.list.filters) + [ListFilter(param=wire_name(spec, name), field=name) for name in spec.filters]
    for item in mapped:
        view = views[item.field]
        if item.values is None:
            annotation = f"{view.query_type(imp)} | None"
            param = QueryParam(python_name(item.param, taken), item.param, annotation, "None",
                               bounds=view.query_args())
            filters.append(FilterCode(param, view.attr))
            continue
        literal = imp.name("typing", "Literal")
        keys = ", ".join(py_literal(k) for k in item.values)
        default = py_literal(item.default) if item.default is not None else "None"
        annotation = f"{literal}[{keys}]" + (" | None" if item.default is None else "")
        param = QueryParam(python_name(item.param, taken), item.param, annotation, default)
        const = f"{param.name.upper()}_VALUES"
        kinds = sorted({type(v).__name__ for v in item.values.values() if v is not None})
        value_type = " | ".join([*kinds, "None"])
        filters.append(FilterCode(param, view.attr, const, py_literal(item.values), value_type))
    if api.list.search is not None:
        searched = QueryParam(python_name(api.list.search.param, taken), api.list.search.param,
                              f"{imp.name('app.schemas.types', 'CleanStr')} | None", "None", [("max_length", "200")])
        filters.append(FilterCode(searched, "", search_attrs=[views[n].attr for n in spec.search]))
    params += [f.param for f in filters]

    sort = api.list.sort
    keys = sort_keys(spec)
    columns = [(py_literal(key), f"{cls}.{views[col].attr if col in views else col}") for key, col in keys.items()]
    accepted = [k for key in keys for k in ((key, f"-{key}") if sort.desc_prefix else (key,))]
    sort_param = QueryParam(python_name(sort.param, taken), sort.param, "SortKey", py_literal(sort.default))
    params.append(sort_param)
    prefix = f'{sort_param.name}.startswith("-")' if sort.desc_prefix else "False"
    if sort.order_param:
        order = QueryParam(python_name(sort.order_param, taken), sort.order_param,
                           f"{imp.name('typing', 'Literal')}['asc', 'desc'] | None", "None")
        params.append(order)
        descending = f'{prefix} or ({order.name} or {py_literal(sort.default_order)}) == "desc"'
    else:
        descending = prefix if sort.desc_prefix else str(sort.default_order == "desc")

    paging = api.list.paging
    limit_bounds = [("ge", "1"), ("le", str(paging.max_limit))]
    echo: list[tuple[str, QueryParam]] = []
    if paging.style == "offset":
        limit = QueryParam(python_name(paging.limit_param, taken), paging.limit_param, "int",
                           str(paging.default_limit), limit_bounds)
        offset = QueryParam(python_name(paging.offset_param, taken), paging.offset_param, "int", "0",
                            [("ge", "0"), ("le", str(MAX_OFFSET))])
        params += [limit, offset]
        offset_expr, limit_expr = offset.name, limit.name
        echo = [(paging.limit_param, limit), (paging.offset_param, offset)]
    elif paging.style == "page":
        page = QueryParam(python_name(paging.page_param, taken), paging.page_param, "int", "1",
                          [("ge", "1"), ("le", str(MAX_PAGE))])
        limit = QueryParam(python_name(paging.limit_param, taken), paging.limit_param, "int",
                           str(paging.default_limit), limit_bounds)
        params += [page, limit]
        offset_expr, limit_expr = f"({page.name} - 1) * {limit.name}", limit.name
        echo = [(paging.page_param, page), (paging.limit_param, limit)]
    else:
        offset_expr, limit_expr = "0", str(paging.max_limit)

    shape = api.list.response
    envelope: list[EnvelopeField] = []
    counts: list[tuple[str, str]] = []
    if shape.shape == "object":
        attrs: set[str] = set()

        def attr_for(key: str) -> str:
            name = key if key.isidentifier() and not keyword.iskeyword(key) and key not in RESERVED_ATTRS else f"{key}_"
            while name in attrs:
                name += "_"
            attrs.add(name)
            return name

        envelope.append(EnvelopeField(attr_for(shape.items_key), shape.items_key, f"list[{cls}Read]",
                                      f"[{cls}Read.model_validate(row) for row in rows]"))
        if shape.total_key:
            envelope.append(EnvelopeField(attr_for(shape.total_key), shape.total_key, "int", "totals.total"))
        for index, (key, count) in enumerate(shape.counts.items()):
            view = views[count.field]
            if count.value is None or isinstance(count.value, bool):
                condition = f"col({cls}.{view.attr}).is_({py_literal(count.value)})"
            else:
                condition = f"col({cls}.{view.attr}) == {py_literal(count.value)}"
            envelope.append(EnvelopeField(attr_for(key), key, "int", f"totals.counts[{index}]"))
            counts.append((condition, envelope[-1].attr))
        if shape.echo_paging:
            for key, param in echo:
                envelope.append(EnvelopeField(attr_for(key), key, "int", param.name))

    return ListContract(
        params=params, filters=filters, sort_columns=columns,
        sort_literal=", ".join(py_literal(k) for k in accepted), sort_param=sort_param.name,
        descending=descending, offset=offset_expr, limit=limit_expr, counts=counts, envelope=envelope,
        known_params=sorted(p.wire for p in params),
        response_model=f"{cls}List" if envelope else f"list[{cls}Read]",
    )


@dataclass
class ActionRoute:
    name: str
    field: str
    attr: str
    method: str  # lowercase, for @router.<method>
    path: str  # under the collection, with the id parameter
    route: str  # the default /bulk-<route> name part
    body: str  # the optional body class
    sets: bool | None  # what a call without a body sets; None: it toggles

    @property
    def path_literal(self) -> str:
        return py_literal(self.path)

    @property
    def key(self) -> str:
        return self.field

    @property
    def bulk_value(self) -> bool:
        """The bulk route sets what the single route sets; a toggle's bulk route sets true."""
        return True if self.sets is None else self.sets


def action_routes(spec: FeatureSpec, id_param: str, body_class: Any) -> list[ActionRoute]:
    api = effective_api(spec)
    custom = {a.action: a for a in api.actions}
    out = []
    for action, field_name in spec.actions.items():
        route = action.replace("_", "-")
        chosen = custom.get(action)
        method = (chosen.method if chosen else "PATCH").lower()
        path = chosen.path if chosen and chosen.path else f"/{{id}}/{route}"
        out.append(ActionRoute(
            name=action, field=field_name, attr=FieldView(next(f for f in spec.fields if f.name == field_name),
                                                          spec).attr,
            method=method, path=path.replace("{id}", "{" + id_param + "}"), route=route,
            body=body_class(spec, action), sets=chosen.sets if chosen else None,
        ))
    return out


def contract_summary(spec: FeatureSpec) -> dict[str, Any]:
    """What the generated tests need to know of the contract, as plain data."""
    api = effective_api(spec)
    shape = api.list.response
    paging = api.list.paging
    return {
        "path": collection_path(spec),
        "user_in_path": user_in_path(spec),
        "create_status": api.create_status,
        "delete_status": api.delete_status,
        "list_shape": shape.shape,
        "items_key": shape.items_key if shape.shape == "object" else None,
        "total_key": shape.total_key if shape.shape == "object" else None,
        "counts": {k: [c.field, c.value] for k, c in shape.counts.items()} if shape.shape == "object" else {},
        "paging": paging.style,
        "limit_param": paging.limit_param,
        "offset_param": paging.offset_param if paging.style == "offset" else None,
        "page_param": paging.page_param if paging.style == "page" else None,
        "max_limit": paging.max_limit,
        "sort_param": api.list.sort.param,
        "order_param": api.list.sort.order_param,
        "desc_prefix": api.list.sort.desc_prefix,
        "sort_keys": dict(api.list.sort.keys) or None,
        "error_status": api.errors.status,
        "error_style": api.errors.style,
        "mapped_filters": [
            {"param": f.param, "field": f.field, "values": f.values} for f in api.list.filters if f.values
        ],
        "wire": {f.name: wire_name(spec, f.name) for f in spec.fields}
        | {n: wire_name(spec, n) for n in ("id", "user_id", "created_at", "updated_at")},
    }


def default_only_rows(spec: FeatureSpec) -> dict[str, Any]:
    """Fields a list always filters (a default with no value that shows every row) -> the value shown."""
    api = effective_api(spec)
    return {
        f.field: f.values[f.default]
        for f in api.list.filters
        if f.values and f.default is not None and f.values[f.default] is not None and None not in f.values.values()
    }


def contract_test_literals(spec: FeatureSpec, contract: dict[str, Any]) -> dict[str, str]:
    """The constants of the generated tests that describe the contract, as Python source."""
    api = effective_api(spec)
    sort = api.list.sort
    keys = sort_keys(spec)  # (the router's own: a spec field named `password` is a sort key like any other)
    by_column = {column: key for key, column in keys.items()}

    def ordered(column: str, descending: bool) -> dict[str, str] | None:
        key = by_column.get(column)
        if key is None:
            return None
        if sort.order_param:
            return {sort.param: key, sort.order_param: "desc" if descending else "asc"}
        if sort.desc_prefix:
            return {sort.param: f"-{key}" if descending else key}
        return {sort.param: key} if (sort.default_order == "desc") == descending else None

    paging = api.list.paging
    bad_paging: list[dict[str, Any]] = []
    if paging.style != "none":
        bad_paging = [{paging.limit_param: 0}, {paging.limit_param: paging.max_limit + 1},
                      {paging.limit_param: "many"}]
        bad_paging.append({paging.offset_param: -1} if paging.style == "offset" else {paging.page_param: 0})
    accepted = set(keys) | {f"-{k}" for k in keys}
    mapped = [
        (f.param, key, wire_name(spec, f.field), value)
        for f in api.list.filters for key, value in (f.values or {}).items()
    ]
    all_rows = {
        f.param: next(key for key, value in f.values.items() if value is None)
        for f in api.list.filters
        if f.values and f.default is not None and f.values[f.default] is not None and None in f.values.values()
    }
    counts = {key: (wire_name(spec, c.field), c.value) for key, c in api.list.response.counts.items()} \
        if api.list.response.shape == "object" else {}
    return {
        "path_literal": py_literal(contract["path"]),
        "user_in_path": contract["user_in_path"],
        "created_status": str(contract["create_status"]),
        "deleted_status": str(contract["delete_status"]),
        "items_key_literal": py_literal(contract["items_key"]),
        "total_key_literal": py_literal(contract["total_key"]),
        "invalid_status": str(contract["error_status"]),
        "added_keys": {k: py_literal(wire_name(spec, k)) for k in ("user_id", "created_at", "updated_at")},
        "paging_style": paging.style,
        "paging_literal": py_literal({"style": paging.style, "limit": paging.limit_param,
                                      "offset": paging.offset_param, "page": paging.page_param}),
        "bad_paging_literal": py_literal(bad_paging),
        "newest_first_literal": py_literal(ordered("created_at", True)),
        "by_id_literal": py_literal(ordered("id", False) or ordered("created_at", False) or {}),
        "bad_sorts_literal": py_literal(
            [{sort.param: bad} for bad in ("user_id", "password", "id; DROP TABLE x") if bad not in accepted]
        ),
        "mapped_filters_literal": py_literal(mapped),
        "all_rows_literal": py_literal(all_rows),
        "counts_literal": py_literal(counts),
    }
