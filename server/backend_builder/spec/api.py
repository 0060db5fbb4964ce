"""The API contract of a feature: the shape the user's spec and frontend expect, not ours.

Absent, a FeatureSpec gets the house contract (PRODUCT.md section 5): /api/{user_id}/<plural>,
a bare JSON array with X-Total-Count, limit/offset, order_by, 201 on create, 204 on delete and
FastAPI's error body. Every part below only changes the *shape*: whatever it says, each route is
authenticated, each row scoped to the token's user, SQL bounded, and unknown or invalid
parameters refused.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator
from pydantic import Field as PydField

QUERY_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{0,62}$")
KEY_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
PATH_SEGMENT = re.compile(r"^(\{user_id\}|[A-Za-z0-9][A-Za-z0-9_.\-]{0,62})$")
SORT_COLUMNS_ADDED = ("id", "created_at", "updated_at")
Scalar = bool | int | float | str | None


def _check(pattern: re.Pattern[str], value: str, what: str, example: str) -> str:
    if not pattern.match(value):
        raise ValueError(f"{what} {value!r} is not a valid name; use letters, digits and _ (e.g. {example!r}).")
    return value


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ListFilter(_Part):
    """A query parameter that filters the list on one field, possibly through a value map."""

    param: str = PydField(description="query parameter name as the client sends it, e.g. 'status'")
    field: str = PydField(description="the field it filters, e.g. 'completed'")
    values: dict[str, Scalar] | None = PydField(
        default=None,
        description="accepted values and what each means for the field, e.g. "
        '{"pending": false, "completed": true, "all": null} (null: no condition); '
        "absent: the value itself, typed as the field",
    )
    default: str | None = PydField(default=None, description="value assumed when absent (a key of values)")

    @field_validator("param")
    @classmethod
    def _param(cls, value: str) -> str:
        return _check(QUERY_NAME, value, "filter parameter", "status")

    @model_validator(mode="after")
    def _default_known(self) -> ListFilter:
        if self.values is not None and not self.values:
            raise ValueError(f"filter {self.param!r}: values is empty; list the accepted values or drop it.")
        if self.default is not None and self.values is not None and self.default not in self.values:
            raise ValueError(f"filter {self.param!r}: default {self.default!r} is not one of its values.")
        if self.values:
            for key in self.values:
                if not key or len(key) > 100 or not key.isprintable():
                    raise ValueError(f"filter {self.param!r}: value {key!r} must be printable text of 1-100 characters.")
        return self


class ListSort(_Part):
    """How the client asks for an order: `?sort=created&order=desc`, `?sort=-created_at`, `?order_by=title`."""

    param: str = PydField(default="order_by", description="query parameter naming the sort key")
    keys: dict[str, str] = PydField(
        default_factory=dict,
        description='accepted sort values -> column, e.g. {"created": "created_at", "title": "title"}; '
        "empty: every sortable column under its own name",
    )
    desc_prefix: bool = PydField(default=True, description='"-key" sorts descending')
    order_param: str | None = PydField(default=None, description="query parameter with asc/desc, e.g. 'order'")
    default: str = PydField(default="id", description='sort value used when absent, e.g. "-created_at"')
    default_order: Literal["asc", "desc"] = PydField(default="asc", description="when order_param is absent")

    @field_validator("param", "order_param")
    @classmethod
    def _param(cls, value: str | None) -> str | None:
        return value if value is None else _check(QUERY_NAME, value, "sort parameter", "sort")


class ListPaging(_Part):
    """The names, defaults and maxima of paging."""

    style: Literal["offset", "page", "none"] = PydField(
        default="offset", description="offset: limit + offset; page: page (from 1) + size; none: no paging"
    )
    limit_param: str = PydField(default="limit", description="page size parameter, e.g. 'limit' or 'page_size'")
    offset_param: str = PydField(default="offset", description="offset style only")
    page_param: str = PydField(default="page", description="page style only")
    default_limit: int = PydField(default=100, ge=1, le=10_000)
    max_limit: int = PydField(default=1000, ge=1, le=10_000, description="larger sizes are refused (422)")

    @field_validator("limit_param", "offset_param", "page_param")
    @classmethod
    def _param(cls, value: str) -> str:
        return _check(QUERY_NAME, value, "paging parameter", "limit")

    @model_validator(mode="after")
    def _bounds(self) -> ListPaging:
        if self.default_limit > self.max_limit:
            raise ValueError(f"paging: default_limit {self.default_limit} exceeds max_limit {self.max_limit}.")
        return self


class ValueCount(_Part):
    """A count in the list envelope: rows of the user whose field holds the value."""

    field: str
    value: Scalar


class ListShape(_Part):
    """A bare array, or an object that holds the items and, optionally, totals and counts."""

    shape: Literal["array", "object"] = "array"
    items_key: str = PydField(default="items", description="object only: where the items are, e.g. 'tasks'")
    total_key: str | None = PydField(default="total", description="object only: rows matching the filters")
    counts: dict[str, ValueCount] = PydField(
        default_factory=dict,
        description='object only: per-value counts over all of the user\'s rows, e.g. '
        '{"pending": {"field": "completed", "value": false}}',
    )
    echo_paging: bool = PydField(default=False, description="object only: repeat the paging parameters")

    @field_validator("items_key", "total_key")
    @classmethod
    def _key(cls, value: str | None) -> str | None:
        return value if value is None else _check(KEY_NAME, value, "list key", "items")

    @field_validator("counts")
    @classmethod
    def _count_keys(cls, value: dict[str, ValueCount]) -> dict[str, ValueCount]:
        for key in value:
            _check(KEY_NAME, key, "count key", "pending")
        return value


class ListSearch(_Part):
    """A free-text parameter on the list itself (`?search=milk`), over the spec's `search` fields."""

    param: str = PydField(default="search", description="query parameter name, e.g. 'search' or 'q'")

    @field_validator("param")
    @classmethod
    def _param(cls, value: str) -> str:
        return _check(QUERY_NAME, value, "search parameter", "search")


class ListApi(_Part):
    filters: list[ListFilter] = PydField(default_factory=list, description="mapped filters, beyond the spec's filters")
    search: ListSearch | None = PydField(
        default=None, description="a text search parameter on the list, matching any of the spec's search fields")
    sort: ListSort = PydField(default_factory=ListSort)
    paging: ListPaging = PydField(default_factory=ListPaging)
    response: ListShape = PydField(default_factory=ListShape)


class ApiAction(_Part):
    """Where an action is served, and what it does without a body (with one, it sets the field)."""

    action: str = PydField(description="a name from the spec's actions, e.g. 'complete'")
    method: Literal["PATCH", "POST", "PUT"] = "PATCH"
    path: str | None = PydField(default=None, description="under the item, e.g. '/{id}/toggle'; default /{id}/<action>")
    sets: bool | None = PydField(
        default=None,
        description="without a body the route sets the field to this (complete: true, reopen: false); "
        "absent: it toggles. Needed when two actions change one field.",
    )

    @field_validator("path")
    @classmethod
    def _path(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = value.strip("/").split("/")
        if not value.startswith("/{id}/") or len(parts) != 2 or not PATH_SEGMENT.match(parts[1]) or "{" in parts[1]:
            raise ValueError(f"action path {value!r} must look like '/{{id}}/complete'.")
        return value


class ErrorBody(_Part):
    """How invalid input and other errors are answered."""

    style: Literal["fastapi", "detail_text", "custom"] = PydField(
        default="fastapi",
        description="fastapi: {detail: [...]} on 422; detail_text: detail is always one readable string; "
        "custom: the body below",
    )
    status: Literal[400, 422] = PydField(default=422, description="the status of invalid input")
    body: dict[str, str] | None = PydField(
        default=None,
        description='custom only: keys -> text with {message}, {field}, {status} or {error} in it, e.g. '
        '{"error": "{error}", "detail": "{message}", "field": "{field}"}',
    )

    @model_validator(mode="after")
    def _custom(self) -> ErrorBody:
        if self.style == "custom":
            if not self.body:
                raise ValueError('errors: style "custom" needs a body, e.g. {"detail": "{message}"}.')
            for key, template in self.body.items():
                _check(KEY_NAME, key, "error body key", "detail")
                for name in re.findall(r"\{(\w*)\}", template):
                    if name not in ("message", "field", "status", "error"):
                        raise ValueError(f"errors: unknown placeholder {{{name}}} in {key!r}.")
        elif self.body is not None:
            raise ValueError('errors: body applies to style "custom" only.')
        return self


ParamNames = list[str]
ApiActions = list[ApiAction]  # named here: inside ApiSpec, `list` is the field


class ApiSpec(_Part):
    """The contract the generated routes serve."""

    path: str | None = PydField(
        default=None,
        description='collection path: "/api/{user_id}/tasks" (default), "/api/tasks" (the user is the '
        'token\'s subject), "/api/v1/{user_id}/tasks"',
    )
    casing: Literal["snake", "camel"] = PydField(
        default="snake", description="JSON keys; camel answers dueDate and accepts due_date too"
    )
    create_status: Literal[200, 201] = 201
    delete_status: Literal[200, 204] = PydField(default=204, description="200 answers the deleted row as JSON")
    list: ListApi = PydField(default_factory=ListApi)
    actions: ApiActions = PydField(default_factory=lambda: [])  # noqa: PIE807 - `list` is the field above here
    errors: ErrorBody = PydField(default_factory=ErrorBody)

    @field_validator("path")
    @classmethod
    def _path(cls, value: str | None) -> str | None:
        if value is None:
            return value
        value = value.rstrip("/") if value != "/" else value
        parts = value.split("/")[1:]
        if not value.startswith("/") or not parts or not all(PATH_SEGMENT.match(p) for p in parts):
            raise ValueError(
                f"api path {value!r} must be an absolute path of plain segments, optionally with "
                "{user_id}, e.g. '/api/tasks' or '/api/{user_id}/tasks'."
            )
        if parts.count("{user_id}") > 1:
            raise ValueError(f"api path {value!r} holds {{user_id}} more than once.")
        return value

    def check_against(self, fields: dict[str, Any], actions: dict[str, str], filters: list[str],
                      search: list[str] | None = None) -> None:
        """Cross-checks with the feature (fields by name): fields exist, values fit, names do not collide."""
        sortable = {*fields, *SORT_COLUMNS_ADDED}
        for f in self.list.filters:
            if f.field not in fields or fields[f.field].type in ("json", "list[str]", "text"):
                raise ValueError(
                    f"api filter {f.param!r} filters {f.field!r}, which is not a field of this spec that "
                    "can be compared (text, json and list[str] cannot)."
                )
            for key, value in (f.values or {}).items():
                _check_value(fields[f.field], value, f"api filter {f.param!r} value {key!r}")
        for key, column in self.list.sort.keys.items():
            if column not in sortable:
                raise ValueError(f"api sort key {key!r} names {column!r}, which is not a column of this spec.")
            if not key or not QUERY_NAME.match(key.lstrip("-")):
                raise ValueError(f"api sort key {key!r} is not a plain name.")
        default = self.list.sort.default
        known_sorts = set(self.list.sort.keys) or sortable
        if default.removeprefix("-") not in known_sorts or (default.startswith("-") and not self.list.sort.desc_prefix):
            raise ValueError(f"api sort default {default!r} is not one of the accepted sort values.")
        for count in self.list.response.counts.values():
            if count.field not in fields:
                raise ValueError(f"api count over {count.field!r}: not a field of this spec.")
            _check_value(fields[count.field], count.value, f"api count over {count.field!r}")
        for action in self.actions:
            if action.action not in actions:
                raise ValueError(f"api action {action.action!r} is not one of the spec's actions {sorted(actions)}.")
        if self.list.search is not None and not search:
            raise ValueError(
                f"api list search {self.list.search.param!r} searches the spec's search fields, and it has none; "
                'add them, e.g. "search": ["title"].'
            )
        names = [f.param for f in self.list.filters] + list(filters) + self.query_params_of_sort_and_paging()
        names += [self.list.search.param] if self.list.search is not None else []
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"list parameters used twice: {', '.join(repeated)}; give each its own name.")
        if self.list.response.shape == "object":
            keys = [self.list.response.items_key, self.list.response.total_key, *self.list.response.counts]
            if self.list.response.echo_paging:
                keys += self.query_params_of_sort_and_paging()[-2:] if self.list.paging.style != "none" else []
            keys = [k for k in keys if k]
            if len(keys) != len(set(keys)):
                raise ValueError(f"list response keys used twice: {keys}.")

    def query_params_of_sort_and_paging(self) -> ParamNames:
        names = [self.list.sort.param]
        if self.list.sort.order_param:
            names.append(self.list.sort.order_param)
        paging = self.list.paging
        if paging.style == "offset":
            names += [paging.limit_param, paging.offset_param]
        elif paging.style == "page":
            names += [paging.page_param, paging.limit_param]
        return names


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def wire_name(api: ApiSpec | None, name: str) -> str:
    """A column's JSON key under the contract's casing: due_date, or dueDate."""
    return camel(name) if api is not None and api.casing == "camel" else name


def _check_value(field: Any, value: Any, what: str) -> None:
    if value is None:
        return
    kind = field.type
    if kind == "enum" and value not in (field.enum_values or []):
        raise ValueError(f"{what}: {value!r} is not one of the enum's values {field.enum_values}.")
    ok = {
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, int | float) and not isinstance(value, bool),
    }.get(kind, isinstance(value, str))
    if not ok:
        raise ValueError(f"{what}: {value!r} does not fit a {kind} field.")


def check_actions(actions: dict[str, str], served: list[ApiAction]) -> None:
    """Of the actions over one field at most one toggles (the others set a value); no two share a route."""
    chosen = {a.action: a for a in served}
    by_field: dict[str, list[str]] = {}
    for name, field in actions.items():
        by_field.setdefault(field, []).append(name)
    for field, names in by_field.items():
        toggles = [n for n in names if chosen.get(n) is None or chosen[n].sets is None]
        if len(toggles) > 1:
            example = [{"action": n, "sets": i == 0} for i, n in enumerate(toggles)]
            raise ValueError(
                f"actions {', '.join(repr(n) for n in toggles)} {'both' if len(toggles) == 2 else 'all'} toggle "
                f"{field!r}; at most one may. Say "
                f"what the others set without a body, e.g. api.actions {json.dumps(example)}."
            )
    routes: dict[tuple[str, str], str] = {}
    for name in actions:
        a = chosen.get(name)
        key = (a.method if a else "PATCH", (a.path if a and a.path else f"/{{id}}/{name.replace('_', '-')}"))
        if key in routes:
            raise ValueError(f"actions {routes[key]!r} and {name!r} are both {key[0]} {key[1]}; give one "
                             "another path.")
        routes[key] = name
