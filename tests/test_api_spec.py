"""FeatureSpec's `api` part: what it can express, what it refuses, and its canonical form."""

from __future__ import annotations

import re
from typing import Any

import pytest
from backend_builder.errors import BuilderError
from backend_builder.spec import parse_spec
from backend_builder.spec.canonical import from_markdown, to_markdown

FIELDS = [
    {"name": "title", "type": "str", "max_length": 200},
    {"name": "completed", "type": "bool", "default": False},
    {"name": "priority", "type": "enum", "enum_values": ["low", "medium", "high"], "default": "medium"},
]
FULL_API: dict[str, Any] = {
    "path": "/api/v1/{user_id}/tasks",
    "casing": "camel",
    "create_status": 200,
    "delete_status": 200,
    "list": {
        "filters": [
            {"param": "status", "field": "completed",
             "values": {"pending": False, "completed": True, "all": None}, "default": "all"},
            {"param": "priority", "field": "priority"},
        ],
        "sort": {"param": "sort", "keys": {"created": "created_at", "title": "title"}, "order_param": "order",
                 "default": "created", "default_order": "desc"},
        "paging": {"style": "page", "limit_param": "page_size", "default_limit": 20, "max_limit": 100},
        "response": {"shape": "object", "items_key": "tasks", "total_key": "total", "echo_paging": True,
                     "counts": {"pending": {"field": "completed", "value": False},
                                "completed": {"field": "completed", "value": True}}},
    },
    "actions": [{"action": "complete", "method": "PUT", "path": "/{id}/toggle"},
                {"action": "reopen", "method": "POST", "sets": False}],
    "errors": {"style": "custom", "status": 400,
               "body": {"error": "{error}", "detail": "{message}", "field": "{field}"}},
}


def spec_with(api: dict[str, Any], actions: dict[str, str] | None = None) -> dict[str, Any]:
    return {"name": "task", "fields": FIELDS, "actions": actions or {"complete": "completed"}, "api": api}


def test_no_api_part_is_the_house_contract() -> None:
    assert parse_spec({"name": "task", "fields": FIELDS}).api is None


def test_everything_issue_nine_lists_can_be_expressed_and_round_trips() -> None:
    spec = parse_spec(spec_with(FULL_API, {"complete": "completed", "reopen": "completed"}))
    markdown = to_markdown(spec)
    parsed = from_markdown(markdown)
    assert parsed.problems == []
    again = parse_spec(parsed.data)
    assert again == spec and to_markdown(again) == markdown
    assert again.api is not None and again.api.list.filters[0].values == {"pending": False, "completed": True,
                                                                         "all": None}
    assert [a.sets for a in again.api.actions] == [None, False]


@pytest.mark.parametrize(("actions", "api_actions", "message"), [
    ({"complete": "completed", "uncomplete": "completed"}, None, "'complete', 'uncomplete' both toggle 'completed'"),
    ({"complete": "completed", "done": "completed", "reopen": "completed"}, [{"action": "reopen", "sets": False}],
     "'complete', 'done' both toggle"),
    ({"complete": "completed", "reopen": "completed"},
     [{"action": "complete", "sets": True}, {"action": "reopen", "sets": False, "path": "/{id}/complete"}],
     "both PATCH /{id}/complete"),
])
def test_actions_over_one_field_say_what_each_sets(
    actions: dict[str, str], api_actions: list[dict[str, Any]] | None, message: str
) -> None:
    spec = {"name": "task", "fields": FIELDS, "actions": actions}
    if api_actions is not None:
        spec["api"] = {"actions": api_actions}
    with pytest.raises(BuilderError, match=re.escape(message)):
        parse_spec(spec)
    fixed = parse_spec({**spec, "api": {"actions": [{"action": a, "sets": i == 0} for i, a in enumerate(actions)]}})
    assert fixed.api is not None and [a.sets for a in fixed.api.actions] == [i == 0 for i in range(len(actions))]


@pytest.mark.parametrize(("api", "message"), [
    ({"path": "api/tasks"}, "absolute path"),
    ({"path": "/api/{user_id}/{user_id}/tasks"}, "more than once"),
    ({"path": "/api/{owner}/tasks"}, "absolute path"),
    ({"list": {"filters": [{"param": "status", "field": "nope"}]}}, "not a field"),
    ({"list": {"filters": [{"param": "status", "field": "completed", "values": {"done": "yes"}}]}}, "does not fit"),
    ({"list": {"filters": [{"param": "p", "field": "priority", "values": {"x": "urgent"}}]}}, "enum's values"),
    ({"list": {"filters": [{"param": "limit", "field": "completed"}]}}, "used twice"),
    ({"list": {"sort": {"keys": {"made": "made_at"}}}}, "not a column"),
    ({"list": {"sort": {"default": "-title", "desc_prefix": False}}}, "sort default"),
    ({"list": {"paging": {"default_limit": 500, "max_limit": 100}}}, "exceeds max_limit"),
    ({"list": {"response": {"shape": "object", "items_key": "total"}}}, "used twice"),
    ({"actions": [{"action": "archive"}]}, "not one of the spec's actions"),
    ({"list": {"search": {"param": "q"}}}, "has none"),
    ({"list": {"search": {"param": "limit"}}}, "has none"),
    ({"actions": [{"action": "complete", "path": "/complete"}]}, "/{id}/complete"),
    ({"errors": {"style": "custom"}}, "needs a body"),
    ({"errors": {"style": "custom", "body": {"detail": "{oops}"}}}, "unknown placeholder"),
    ({"create_status": 202}, "create_status"),
    ({"whatever": 1}, "unknown key"),
])
def test_contracts_that_cannot_be_served_are_refused_with_the_reason(api: dict[str, Any], message: str) -> None:
    with pytest.raises(BuilderError, match=message):
        parse_spec(spec_with(api))


def test_a_list_search_parameter_round_trips_and_takes_its_own_name() -> None:
    spec = parse_spec({**spec_with({"list": {"search": {"param": "q"}}}), "search": ["title"]})
    assert spec.api is not None and spec.api.list.search is not None and spec.api.list.search.param == "q"
    parsed = from_markdown(to_markdown(spec))
    assert parsed.problems == [] and parse_spec(parsed.data) == spec
    with pytest.raises(BuilderError, match="used twice"):
        parse_spec({**spec_with({"list": {"search": {"param": "limit"}}}), "search": ["title"]})
