"""The contracts harness judges answers by the rules of ../shared/contracts/README.md.

Only the judging function and its helpers, on hand-made responses: no server, no engine.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

_PATH = Path(__file__).resolve().parent.parent / "bench" / "contracts.py"
_SPEC = importlib.util.spec_from_file_location("bench_contracts", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = bench  # dataclasses look their module up
_SPEC.loader.exec_module(bench)
judge = bench.judge

ROW = {"id": 1, "title": "a", "completed": False, "created_at": "2026-01-01T00:00:01"}


def call(role: str = "list", **expect: Any) -> dict[str, Any]:
    base = {"status": [200, 201, 202], "shape": "array", "list_key": None, "keys": [], "item_keys": []}
    return {
        "name": "c",
        "role": role,
        "method": "GET",
        "path": "/api/{user_id}/tasks",
        "expect": {**base, **expect},
    }


def text(value: Any) -> str:
    return json.dumps(value)


def rows(*changes: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**ROW, "id": i + 1, **change} for i, change in enumerate(changes)]


def test_status_in_expect_passes_and_others_fail_with_the_reason() -> None:
    assert judge(call(), 200, text([ROW])).ok
    missing = judge(call(), 404, text({"detail": "Not Found"}))
    assert not missing.ok and missing.reason == "404 (route missing)"
    invalid = judge(
        call(),
        422,
        text(
            {
                "detail": [
                    {"type": "missing", "loc": ["body", "completed"], "msg": "Field required", "input": {}}
                ]
            }
        ),
    )
    assert not invalid.ok and invalid.reason == "422: Field required body.completed"
    assert judge(call(), 500, "Internal Server Error").reason == "500 (server error)"
    assert "405" in judge(call(), 405, text({"detail": "Method Not Allowed"})).reason


def test_delete_with_no_body_passes_only_when_204_is_accepted_and_the_body_is_not_read() -> None:
    accepts_204 = call("delete", status=[200, 201, 202, 204], shape=None)
    assert judge(accepts_204, 204, "").ok
    parses_json = call("delete", shape="json")
    empty = judge(parses_json, 204, "")
    assert not empty.ok and "204" in empty.reason
    assert not judge({**parses_json, "expect": {**parses_json["expect"], "status": [200, 204]}}, 204, "").ok
    assert judge(parses_json, 200, text({"ok": True})).ok
    assert not judge(parses_json, 200, "<html>").ok


def test_shape() -> None:
    assert judge(call(shape="array"), 200, text([ROW])).ok
    got_object = judge(call(shape="array"), 200, text({"items": [ROW]}))
    assert (
        not got_object.ok
        and got_object.reason.startswith("expected array")
        and "got object" in got_object.reason
    )
    create = call("create", shape="object", keys=["id"])
    assert judge(create, 201, text(ROW)).ok
    assert judge(create, 201, text([ROW])).reason == "expected object, got array"
    either = call(shape=["array", "object"], list_key="items")
    assert judge(either, 200, text([ROW])).ok
    assert judge(either, 200, text({"items": [ROW], "total": 1})).ok
    assert not judge(either, 200, text("a string")).ok


def test_list_key() -> None:
    envelope = call(shape="object", list_key="tasks", keys=["total"])
    assert judge(envelope, 200, text({"tasks": [ROW], "total": 1})).ok
    wrong_key = judge(envelope, 200, text({"items": [ROW], "total": 1}))
    assert not wrong_key.ok and "'tasks'" in wrong_key.reason
    not_a_list = judge(envelope, 200, text({"tasks": {"a": 1}, "total": 1}))
    assert not not_a_list.ok and "not an array" in not_a_list.reason
    no_total = judge(envelope, 200, text({"tasks": [ROW]}))
    assert not no_total.ok and no_total.reason == "missing keys: total"
    bare = judge(envelope, 200, text([ROW]))  # what else is wrong is reported too
    assert not bare.ok and "got array" in bare.reason and "missing keys: total" in bare.also


def test_item_keys_with_alternatives() -> None:
    keyed = call(item_keys=["id", "created_at|createdAt"])
    assert judge(keyed, 200, text([ROW])).ok
    camel = {k: v for k, v in ROW.items() if k != "created_at"} | {"createdAt": ROW["created_at"]}
    assert judge(keyed, 200, text([camel])).ok
    neither = judge(keyed, 200, text([ROW, {"id": 2}]))
    assert not neither.ok and neither.reason == "items lack keys: created_at|createdAt"
    assert not judge(call(item_keys=["id"]), 200, text([])).ok  # rows were seeded: empty is wrong
    assert judge(call(), 200, text([])).ok  # nothing read on the items: empty is fine
    assert not judge(call(item_keys=["id"]), 200, text([1, 2])).ok


def test_keys_on_an_object_answer_with_alternatives() -> None:
    created = call("create", shape="object", keys=["id", "title", "created_at|createdAt"])
    assert judge(created, 201, text({"id": 1, "title": "a", "createdAt": "x"})).ok
    missing = judge(created, 201, text({"id": 1}))
    assert not missing.ok and missing.reason == "missing keys: title, created_at|createdAt"


def test_items_where() -> None:
    pending = call(items_where={"completed": False})
    assert judge(pending, 200, text(rows({}, {}))).ok
    mixed = judge(pending, 200, text(rows({}, {"completed": True})))
    assert not mixed.ok and mixed.reason.startswith("filter not applied")
    lacking = judge(call(items_where={"priority": "high"}), 200, text(rows({})))
    assert not lacking.ok and "'priority'" in lacking.reason
    assert not judge(pending, 200, text([])).ok
    assert not judge(pending, 200, text(rows({"completed": 0}))).ok  # 0 is not false to a JSON client
    in_envelope = call(shape="object", list_key="data", items_where={"completed": True})
    assert judge(in_envelope, 200, text({"data": rows({"completed": True})})).ok


def test_order() -> None:
    newest_first = call(order={"key": "created_at", "desc": True})
    ordered = rows(
        {"created_at": "2026-01-03T00:00:00"},
        {"created_at": "2026-01-02T00:00:00"},
        {"created_at": "2026-01-01T00:00:00"},
    )
    assert judge(newest_first, 200, text(ordered)).ok
    oldest_first = judge(newest_first, 200, text(ordered[::-1]))
    assert not oldest_first.ok and oldest_first.reason == "not ordered by created_at descending"
    by_title = call(order={"key": "title", "desc": False})
    assert judge(
        by_title, 200, text(rows({"title": "A"}, {"title": "B"}, {"title": "B"}))
    ).ok  # ties are fine
    assert not judge(by_title, 200, text(rows({"title": "B"}, {"title": "A"}))).ok
    assert not judge(by_title, 200, text([{"id": 1}])).ok


def test_updates_and_actions_whose_answer_is_read_carry_the_values_sent() -> None:
    update = call("update", shape="object", keys=["id", "title", "completed"])
    sent = {"title": "new", "completed": True, "id": 1, "user_id": "u", "due_date": "2026-03-01"}
    answer = {**ROW, "title": "new", "completed": True, "due_date": "2026-03-01T00:00:00"}
    assert judge(update, 200, text(answer), sent).ok
    stale = judge(update, 200, text({**answer, "title": "old"}), sent)
    assert not stale.ok and stale.reason.startswith("answer has title=")
    lacking = judge(update, 200, text({k: v for k, v in answer.items() if k != "due_date"}), sent)
    assert not lacking.ok and lacking.reason == "answer lacks the sent key 'due_date'"
    bool_is_not_int = judge(update, 200, text({**answer, "completed": 1}), sent)
    assert not bool_is_not_int.ok
    action = call("action", shape="object", keys=["id"])
    assert not judge(action, 200, text({**ROW, "completed": False}), {"completed": True}).ok
    assert judge(action, 200, text(ROW), None).ok  # a body-less toggle sends nothing to echo
    not_read = call("update", shape="json")  # parsed but not read: no echo required
    assert judge(not_read, 200, text({"id": 1}), sent).ok
    creates_are_not_echo_checked = call("create", shape="object", keys=["id"])
    assert judge(creates_are_not_echo_checked, 201, text({"id": 1}), sent).ok


def test_placeholders_and_paths() -> None:
    body = {"id": "{id}", "user_id": "{user_id}", "note": "for {user_id}", "tags": ["{id}"]}
    assert bench.substitute(body, "u1", 7) == {"id": 7, "user_id": "u1", "note": "for u1", "tags": [7]}
    assert bench.fill_path("/api/{user_id}/tasks/{task_id}", "u1", 7) == "/api/u1/tasks/7"


CONTRACTS = Path(__file__).resolve().parent.parent.parent / "shared" / "contracts"


@pytest.mark.skipif(not CONTRACTS.is_dir(), reason="the labelled contracts are not here")
def test_the_real_frontends_calls_work_on_the_generated_backends() -> None:
    """Issue 9's target as a guard: at least 90% of the labelled calls, and every entry's list calls."""
    results = [bench.run_entry(entry) for entry in sorted(CONTRACTS.glob("C0*"))]
    passed = sum(r.passed for r in results)
    total = sum(len(r.calls) for r in results)
    failures = [f"{r.entry}: {c.name}: {c.reason}" for r in results for c in r.calls if not c.ok]
    assert passed >= 0.9 * total, failures
    assert all(c.ok for r in results for c in r.list_calls), failures
