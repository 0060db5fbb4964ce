"""Each generating step turns a spec (and project settings) into a Plan; nothing here writes."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Literal

from backend_builder.errors import BuilderError
from backend_builder.generate.contract import (
    action_routes,
    collection_path,
    contract_summary,
    contract_test_literals,
    default_only_rows,
    effective_api,
    list_contract,
    sort_keys,
    user_in_path,
    wire_name,
)
from backend_builder.generate.fields import FieldView, kwargs, long_text, py_literal
from backend_builder.generate.imports import Imports
from backend_builder.generate.render import format_many, format_python, render, template_names, unformatted
from backend_builder.spec.model import FeatureSpec
from backend_builder.workspace.plan import Mode, Plan

UserIdType = Literal["str", "uuid", "int"]
USER_ID_TYPES: tuple[str, ...] = ("str", "uuid", "int")
SAMPLE_USERS: dict[str, tuple[Any, Any]] = {
    "str": ("user-alice", "user-bob"),
    "uuid": ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"),
    "int": (1, 2),
}
# Files the user is expected to tailor: written once, never overwritten.
# main.py and models/__init__.py are among them: register_router edits them in place.
ONCE = {
    ".env.example", "README.md", ".gitignore", "pyproject.toml", "app/main.py",
    "app/models/__init__.py",
}


def _output_path(template: str, group: str, spec: FeatureSpec | None) -> str:
    path = template.removeprefix(f"{group}/").removesuffix(".j2")
    if spec is not None:
        path = path.replace("{{name}}", spec.name).replace("{{plural}}", spec.table)
    return path


def _finish(path: str, content: str) -> str:
    if path.endswith(".py"):
        return format_python(content, path)
    return content


def check_user_id_type(value: str) -> UserIdType:
    if value not in USER_ID_TYPES:
        raise BuilderError(
            f"user_id_type {value!r} is not one of {', '.join(USER_ID_TYPES)}.",
            fix="use 'str' for Better Auth and most providers (string ids), 'uuid' or 'int' otherwise.",
            example='{"user_id_type": "str"}',
        )
    return value  # type: ignore[return-value]


# -- init_project ------------------------------------------------------------------------------


AUTH_MODES = ("external", "builtin")


def plan_project(user_id_type: str, title: str = "Backend", auth: str = "external", deploy: bool = True) -> Plan:
    """The backend skeleton: app, config, database, auth, test fixtures, pyproject (and accounts);
    with deploy, a Dockerfile, a compose file and Kubernetes manifests (the user's to tailor)."""
    user_id_type = check_user_id_type(user_id_type)
    if auth not in AUTH_MODES:
        raise BuilderError(
            f"auth {auth!r} is not one of {', '.join(AUTH_MODES)}.",
            fix="'external' verifies tokens your auth provider issues (Better Auth, Auth0, Clerk); "
            "'builtin' adds register and login endpoints that issue them.",
            example='{"auth": "builtin"}',
        )
    alice, bob = SAMPLE_USERS[user_id_type]
    package = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "backend"
    context = {
        "title": title,
        "title_literal": py_literal(title),
        "package": package,
        "package_literal": '"' + package + '"',
        "deploy": deploy,
        "user_id_type": user_id_type,
        "alice_literal": py_literal(alice),
        "bob_literal": py_literal(bob),
        "builtin": auth == "builtin",
        "id_type": {"str": "str", "uuid": "UUID", "int": "int"}[user_id_type],
    }
    plan = Plan()
    groups = ["project", "accounts"] if auth == "builtin" else ["project"]
    if deploy:
        groups.append("deploy")
    modes: dict[str, Mode] = {}
    rendered: dict[str, str] = {}
    for group in groups:
        for template in template_names(group):
            path = _output_path(template, group, None)
            modes[path] = "once" if path in ONCE or group == "deploy" else "generated"
            rendered[path] = render(template, context)
    for path, content in format_many(rendered).items():
        plan.add(path, content, modes[path])
    return plan


# -- features ------------------------------------------------------------------------------------


def _user_id_annotation(imp: Imports, user_id_type: str) -> str:
    if user_id_type == "uuid":
        return imp.name("uuid", "UUID")
    return user_id_type


def _views(spec: FeatureSpec) -> list[FieldView]:
    return [FieldView(f, spec) for f in spec.fields]


def _taken(spec: FeatureSpec) -> set[str]:
    return {v.attr for v in _views(spec)}


def model_source(spec: FeatureSpec, user_id_type: str) -> str:
    imp = Imports(_taken(spec), home=f"app.models.{spec.name}")
    views = _views(spec)
    field_lines = [v.model_line(imp) for v in views]
    enum_aliases = [
        f"{v.enum_alias} = {imp.name('typing', 'Literal')}[{v.enum_literal}]"
        for v in views
        if v.field.type == "enum"
    ]
    unique = [v.name for v in views if v.field.unique]
    table_args = ", ".join([
        *(
            f"{imp.name('sqlalchemy', 'UniqueConstraint')}('user_id', {py_literal(name)}, "
            f"name={py_literal(_constraint_name(spec, name))})"
            for name in unique
        ),
        *(
            f"{imp.name('sqlalchemy', 'Index')}({py_literal(_constraint_name(spec, '_'.join(columns[1:]), 'ix'))}, "
            f"{', '.join(py_literal(c) for c in columns)})"
            for columns in index_columns(spec)
        ),
    ])
    # user_id leads every composite index (see index_columns): no index of its own.
    user_id_args = ""
    if user_id_type == "str":
        user_id_args = "max_length=255"
    elif user_id_type == "int":
        user_id_args = f"sa_type={imp.name('sqlalchemy', 'BigInteger')}"
    context = {
        "spec": spec,
        "cls": spec.class_name,
        "table_literal": py_literal(spec.table),
        "table_args": table_args,
        "field_lines": field_lines,
        "enum_aliases": enum_aliases,
        "user_id_type": _user_id_annotation(imp, user_id_type),
        "user_id_args": user_id_args,
        "SQLModel": imp.name("sqlmodel", "SQLModel"),
        "Field": imp.name("sqlmodel", "Field"),
        "datetime": imp.name("datetime", "datetime"),
        "DateTime": imp.name("sqlalchemy", "DateTime"),
        "utc_now": imp.name("app.models.base", "utc_now"),
    }
    context["imports"] = imp.lines()
    path = f"app/models/{spec.name}.py"
    return _finish(path, render("feature/app/models/{{name}}.py.j2", context))


def _constraint_name(spec: FeatureSpec, field: str, kind: str = "uq") -> str:
    name = f"{kind}_{spec.table}_user_id_{field}"
    if len(name) <= 63:
        return name
    return f"{kind}_{spec.table[:30]}_{hashlib.sha256(field.encode()).hexdigest()[:12]}"


# Longest str column a B-tree index takes safely: PostgreSQL refuses an index entry over
# about 2,700 bytes, and a character takes up to 4 bytes in UTF-8.
INDEXABLE_LENGTH = 600


def _indexable(view: FieldView) -> bool:
    f = view.field
    if f.type in ("text", "json", "list[str]"):
        return False
    return f.type != "str" or (f.length or 0) <= INDEXABLE_LENGTH


def index_columns(spec: FeatureSpec) -> list[tuple[str, ...]]:
    """The composite indexes the generated queries use: the owner first, then a column, then id.

    Every query filters on user_id; the list orders by a sort key then id, and filters on the
    spec's (and the api part's) filter columns. One index per declared sort key and per filter
    column serves the first page (and any page sorted by that key) from the index, whatever
    the table's size. A unique field already has its (user_id, field) index; text, JSON and
    long strings are left out (a B-tree cannot hold them, or not safely).
    """
    views = {v.name: v for v in _views(spec)}
    api = effective_api(spec)
    sorted_by = list(sort_keys(spec).values())
    filters = [*(f.field for f in api.list.filters), *spec.filters]
    indexes: list[tuple[str, ...]] = [("user_id", "id")]
    seen = {"id"}
    for name in [*sorted_by, *filters]:
        if name in seen:
            continue
        seen.add(name)
        if name in ("created_at", "updated_at"):
            indexes.append(("user_id", name, "id"))
            continue
        view = views.get(name)
        if view is None or view.field.unique or not _indexable(view):
            continue
        indexes.append(("user_id", view.name, "id"))
    return indexes


def schema_source(spec: FeatureSpec, user_id_type: str) -> str:
    imp = Imports(_taken(spec))
    views = _views(spec)
    context = {
        "spec": spec,
        "cls": spec.class_name,
        "create_lines": [v.create_line(imp) for v in views],
        "update_lines": [v.update_line(imp) for v in views],
        "read_lines": [v.read_line(imp) for v in views],
        "action_bodies": [
            {"cls": action_body_class(spec, action), "field": field,
             "line": next(v for v in views if v.name == field).action_line(imp)}
            for action, field in spec.actions.items()
        ],
        "user_id_type": _user_id_annotation(imp, user_id_type),
        "SQLModel": imp.name("sqlmodel", "SQLModel"),
        "UtcDatetime": imp.name("app.schemas.types", "UtcDatetime"),
        "Field": imp.name("sqlmodel", "Field"),
        # the columns every row has, under the contract's casing
        "added": {name: _serialized_as(imp, spec, name) for name in ("id", "user_id", "created_at", "updated_at")},
        "envelope": list_contract(spec, Imports()).envelope,
    }
    context["imports"] = imp.lines()
    path = f"app/schemas/{spec.name}.py"
    return _finish(path, render("feature/app/schemas/{{name}}.py.j2", context))


def _serialized_as(imp: Imports, spec: FeatureSpec, name: str) -> str:
    """` = Field(serialization_alias="createdAt")` where the contract's casing renames a column, else ""."""
    wire = wire_name(spec, name)
    return "" if wire == name else f" = {imp.name('sqlmodel', 'Field')}(serialization_alias={py_literal(wire)})"


def action_body_class(spec: FeatureSpec, action: str) -> str:
    """The optional body of PATCH /{id}/<action>: {"<field>": bool} sets, no body toggles."""
    return spec.class_name + "".join(p.capitalize() for p in action.split("_")) + "Body"


def _id_param(spec: FeatureSpec) -> str:
    return "id" if spec.name == "user" else f"{spec.name}_id"


def router_source(spec: FeatureSpec, user_id_type: str) -> str:
    cls = spec.class_name
    views = {v.name: v for v in _views(spec)}
    api = effective_api(spec)
    imp = Imports()
    owner = "OwnerId" if user_in_path(spec) else "TokenUserId"
    for module, names in {
        "collections.abc": ["Sequence"],
        "typing": ["Annotated", "Literal"],
        "fastapi": ["APIRouter", "Body", "Depends", "HTTPException", "Path", "Query", "Request", "Response",
                    "status"],
        "pydantic": ["TypeAdapter"],
        "sqlalchemy": ["and_", "case", "or_", "update"],
        "sqlmodel": ["Session", "col", "func", "select"],
        "app.auth": [owner],
        "app.database": ["SessionDep", "autocommit", "escape_like", "list_page"],
        "app.errors": ["answer_405", "contract_route", "refuse_unknown_query"],
        "app.schemas.common": ["BulkIds", "BulkResult", "contract_error_responses", "error_responses", "json_response"],
        "app.schemas.types": ["CleanStr"],
        f"app.models.{spec.name}": [cls],
        f"app.schemas.{spec.name}": [f"{cls}Create", f"{cls}Read", f"{cls}Update", f"{cls}Stats", f"{cls}Page",
                                     f"{cls}List", *(action_body_class(spec, a) for a in spec.actions)],
    }.items():
        for name in names:
            imp.name(module, name)
    unique = [f.name for f in spec.fields if f.unique]
    if unique:
        imp.name("sqlalchemy.exc", "IntegrityError")
    listing = list_contract(spec, imp)
    bool_fields = [{"attr": v.attr, "key": py_literal(v.wire)} for v in views.values() if v.field.type == "bool"]
    id_param = _id_param(spec)
    errors = api.errors
    route_class, responses = "", "error_responses"
    if errors.style != "fastapi":
        args = [("style", py_literal(errors.style)), ("status", str(errors.status))]
        if errors.body:
            args.append(("body", py_literal(errors.body)))
        route_class = f"contract_route({kwargs(args)})"
        responses = f"contract_error_responses({kwargs(args)})"
    context = {
        "spec": spec,
        "name": spec.name,
        "plural": spec.table,
        "cls": cls,
        "owner": owner,
        "id_param": id_param,
        "prefix_literal": py_literal(collection_path(spec)),
        "route_class": route_class,
        "responses_setup": responses,
        "responses": "error_responses" if responses == "error_responses" else "contract_errors",
        "tag_literal": py_literal(spec.route),
        "route_title": spec.route.replace("-", " ").capitalize(),
        "not_found_literal": py_literal(f"{cls} not found"),
        "conflict_literal": py_literal(
            f"another {spec.name.replace('_', ' ')} of yours has the same {', '.join(unique)}"
        ),
        "unique_fields": unique,
        "update_errors": "404, 409" if unique else "404",
        "list": listing,
        "list_params_literal": py_literal(listing.known_params),
        "create_status": {200: "status.HTTP_200_OK", 201: "status.HTTP_201_CREATED"}[api.create_status],
        "delete_status": api.delete_status,
        "stats": spec.stats,
        "bool_fields": bool_fields,
        "search_fields": [views[name] for name in spec.search],
        "actions": action_routes(spec, id_param, action_body_class),
        "imports": imp.lines(),
    }
    path = f"app/routers/{spec.table}.py"
    return _finish(path, render("feature/app/routers/{{plural}}.py.j2", context))


def _list_search_param(spec: FeatureSpec) -> str | None:
    listing = effective_api(spec).list
    return listing.search.param if listing.search is not None else None


def tests_source(spec: FeatureSpec, user_id_type: str) -> str:
    views = _views(spec)
    unique = [v for v in views if v.field.unique]
    count = min([3, *(v.cardinality() for v in unique)])
    # Every body and key below is as the client sends and reads it: the contract's wire names.
    payloads = [{v.wire: v.sample(n) for v in views} for n in range(count)]
    # A list filter whose default hides rows and has no value that shows them all: every sample
    # holds what the default shows, so the tests' rows are listed.
    for pinned_field, value in default_only_rows(spec).items():
        for payload in payloads:
            payload[wire_name(spec, pinned_field)] = value
    change = next(
        ({v.wire: v.sample(1)} for v in views if v.sample(1) != v.sample(0)),
        {},
    )
    defaults: dict[str, Any] = {}
    for v in views:
        if v.field.required:
            continue
        d = v.field.default
        if d is None or (d not in ("now", "today", "uuid4")):
            defaults[v.wire] = d
    views_by_name = {v.name: v for v in views}
    invalid: list[tuple[str, Any]] = []
    for v in views:
        wrong = v.invalid()
        if wrong is not None:
            invalid.append((v.wire, wrong))
        invalid += [(v.wire, value) for value in v.out_of_bounds()]
        invalid += [(v.wire, value) for value in v.loose_values()]
    filter_invalid = [(views_by_name[name].wire, value) for name in spec.filters
                      for value in views_by_name[name].query_invalid()]
    filter_cases = [
        (views_by_name[name].wire, payloads[0][views_by_name[name].wire]) for name in spec.filters
        if count > 1 and payloads[0][views_by_name[name].wire] != payloads[1][views_by_name[name].wire]
    ]
    search = _search_samples(spec, count)
    first = views[0].wire
    raw_bodies = [b'{"oops": ', b"[1, 2]", b'"text"', b"null", b"\xff\xfe", b"\xff", b'{"x": "\xe9"}']
    raw_bodies += [json.dumps({first: value}).replace('"@"', token).encode() for value, token in
                   (("@", "NaN"), ("@", "Infinity"), ("@", '"\\ud800"'))]
    contract = contract_summary(spec)
    context = {
        "raw_bodies_literal": py_literal(raw_bodies),
        "spec": spec,
        "route": spec.route,
        "filter_cases_literal": py_literal(filter_cases),
        "filter_invalid_literal": py_literal(filter_invalid),
        "stats": spec.stats,
        "bool_fields_literal": py_literal([v.wire for v in views if v.field.type == "bool"]),
        "actions_literal": py_literal([
            (a.method, a.path.rsplit("/", 1)[-1], "bulk-" + a.route, views_by_name[a.field].wire, a.sets)
            for a in action_routes(spec, "id", action_body_class)
        ]),
        **search,
        "list_search_param": py_literal(search_param) if (search_param := _list_search_param(spec)) else "",
        "route_title": spec.route.replace("-", " ").capitalize(),
        "payloads_literal": py_literal(payloads),
        "change_literal": py_literal(change),
        "not_null_literal": py_literal([v.wire for v in views if not v.nullable and v.field.type != "json"]),
        "required_literal": py_literal([v.wire for v in views if v.field.required]),
        "unique_literal": py_literal([v.wire for v in unique]),
        "invalid_literal": py_literal(invalid),
        "kinds_literal": py_literal({v.wire: v.field.type for v in views}),
        "defaults_literal": py_literal(defaults),
        # Needs two rows and a page size: past a cap of 1, the total is an estimate.
        "capped_total_test": count >= 2 and effective_api(spec).list.paging.style != "none",
        **contract_test_literals(spec, contract),
    }
    path = f"tests/test_{spec.table}.py"
    return _finish(path, render("feature/tests/test_{{plural}}.py.j2", context))


def _search_samples(spec: FeatureSpec, count: int) -> dict[str, Any]:
    """Values for the search tests: LITERAL holds % and _, DECOY would match them as wildcards."""
    basic = ""
    if spec.search:
        first = next(f for f in spec.fields if f.name == spec.search[0])
        basic = py_literal(str(FieldView(first, spec).sample(0))[:200])
    none = {"search_field_literal": "", "search_literal": "", "search_literal_2": "", "search_decoy": "",
            "search_query": "", "search_case_query": "", "search_basic_literal": basic}
    fields = [f for f in spec.fields if f.name in spec.search and f.type in ("str", "text")]
    if not fields or count < 2:
        return none
    field = fields[0]
    high = field.length or 10_000
    low = field.min_length or 0
    if high >= 9:
        literals, decoy, case_query = ["Hit 50%_", "Hit 50%_2"], "hit 50ab", "HIT"
    elif high >= 5:
        literals, decoy, case_query = ["50%_", "50%_2"], "50ab", ""
    elif high == 4 and not field.unique:
        literals, decoy, case_query = ["50%_", "50%_"], "50ab", ""
    else:
        return none
    literal, second = (long_text(text, low, "z") for text in literals)
    decoy = long_text(decoy, low, "z")
    return {
        "search_field_literal": py_literal(FieldView(field, spec).wire),
        "search_literal": py_literal(literal),
        "search_literal_2": py_literal(second),
        "search_decoy": py_literal(decoy),
        "search_query": py_literal("50%_"),
        "search_case_query": py_literal(case_query) if case_query else "",
        "search_basic_literal": basic,
    }


STEPS = {
    "model": lambda spec, uid: (f"app/models/{spec.name}.py", model_source(spec, uid)),
    "schema": lambda spec, uid: (f"app/schemas/{spec.name}.py", schema_source(spec, uid)),
    "router": lambda spec, uid: (f"app/routers/{spec.table}.py", router_source(spec, uid)),
    "tests": lambda spec, uid: (f"tests/test_{spec.table}.py", tests_source(spec, uid)),
}


def project_files() -> set[str]:
    """Every file init_project may write (either auth mode): no feature may write over one."""
    return {_output_path(t, group, None) for group in ("project", "accounts", "deploy")
            for t in template_names(group)}


def plan_step(step: str, spec: FeatureSpec, user_id_type: str) -> Plan:
    return plan_steps([step], spec, user_id_type)


def plan_steps(steps: list[str], spec: FeatureSpec, user_id_type: str) -> Plan:
    """The files of several steps, formatted together (one ruff run for all of them)."""
    with unformatted():
        rendered = dict(STEPS[step](spec, user_id_type) for step in steps)
    for path in rendered:
        if path in project_files():
            raise BuilderError(
                f"The feature {spec.name!r} would write {path}, which is one of the project's own files.",
                fix="rename the feature (or its plural), e.g. " + repr(spec.name + "_item") + ".",
            )
    plan = Plan()
    for path, content in format_many(rendered).items():
        plan.add(path, content)
    return plan
