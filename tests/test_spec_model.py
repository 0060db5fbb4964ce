"""FeatureSpec validation: every spec that cannot be generated is refused with the field and the fix."""

from __future__ import annotations

from typing import Any

import pytest
from backend_builder import operations
from backend_builder.errors import BuilderError
from backend_builder.spec import parse_spec
from backend_builder.spec.model import default_plural

from .conftest import TASK_SPEC, snapshot


def spec_with(field: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": "task", "fields": [{"name": "title", "type": "str"}, field], **extra}


@pytest.mark.parametrize(
    ("spec", "names", "says"),
    [
        (spec_with({"name": "from", "type": "str"}), "'from'", "keyword"),
        (spec_with({"name": "id", "type": "int"}), "'id'", "added to every table"),
        (spec_with({"name": "user_id", "type": "str"}), "'user_id'", "added to every table"),
        (spec_with({"name": "created_at", "type": "datetime"}), "'created_at'", "added to every table"),
        (spec_with({"name": "Due Date", "type": "date"}), "'Due Date'", "snake_case"),
        (spec_with({"name": "title", "type": "text"}), "'title'", "appears twice"),
        (spec_with({"name": "size", "type": "bigint"}), "'size'", "unknown type 'bigint'"),
        (spec_with({"name": "status", "type": "enum"}), "'status'", "enum_values"),
        (spec_with({"name": "status", "type": "enum", "enum_values": []}), "'status'", "enum_values"),
        (spec_with({"name": "done", "type": "bool", "max_length": 5}), "'done'", "max_length applies to str and text"),
        (spec_with({"name": "n", "type": "int", "ge": 5, "le": 1}), "'n'", "greater than le"),
        (spec_with({"name": "n", "type": "int", "required": False, "default": "x"}), "'n'", "not a whole number"),
        (spec_with({"name": "s", "type": "str", "required": False, "max_length": 3, "default": "long"}), "'s'",
         "at most 3"),
        (spec_with({"name": "s", "type": "str", "default": "x", "required": True}), "'s'", "required=true"),
        (spec_with({"name": "d", "type": "date", "required": False, "default": "tomorrow"}), "'d'", "ISO date"),
        (spec_with({"name": "e", "type": "enum", "enum_values": ["a"], "required": False, "default": "b"}), "'e'",
         "one of"),
        # an enum of codes holds whole numbers only: no mix with words, no true for 1, no code past 32 bits
        (spec_with({"name": "e", "type": "enum", "enum_values": ["a", 1]}), "enum_values", "not a mix"),
        (spec_with({"name": "e", "type": "enum", "enum_values": [True, False]}), "enum_values", "whole numbers"),
        (spec_with({"name": "e", "type": "enum", "enum_values": [0, 1], "required": False, "default": True}), "'e'",
         "one of"),
        (spec_with({"name": "e", "type": "enum", "enum_values": [0, 2**40]}), "'e'", "32-bit"),
        (spec_with({"name": "t", "type": "str", "colour": "red"}), "colour", "unknown key"),
        ({"name": "../../etc/passwd", "fields": [{"name": "a"}]}, "'../../etc/passwd'", "looks like a path"),
        ({"name": "tasks/x", "fields": [{"name": "a"}]}, "'tasks/x'", "looks like a path"),
        ({"name": "Task", "fields": [{"name": "a"}]}, "'Task'", "snake_case"),
        ({"name": "field", "fields": [{"name": "a"}]}, "'field'", "already imports"),
        ({"name": "task", "fields": []}, "at least one field", "add one"),
        (spec_with({"name": "done", "type": "bool"}, actions={"complete": "missing"}), "'missing'",
         "not a bool field"),
        (spec_with({"name": "done", "type": "bool"}, actions={"create": "done"}), "'create'", "clashes"),
        (spec_with({"name": "limit", "type": "int"}, filters=["limit"]), "'limit'", "paging parameter"),
        (spec_with({"name": "body", "type": "json"}, search=["body"]), "'body'", "search field"),
        # a JSON key is data placed in generated code: a plain ASCII key or nothing
        (spec_with({"name": "name", "type": "str", "json_key": 'x"); import os; ("'}), "json_key", "not a plain key"),
        (spec_with({"name": "name", "type": "str", "json_key": "Gebucht von"}), "'Gebucht von'", "not a plain key"),
        (spec_with({"name": "name", "type": "str", "json_key": "descrição"}), "'descrição'", "ASCII"),
        (spec_with({"name": "name", "type": "str", "json_key": "title"}), "'title'", "also 'title'"),
        (spec_with({"name": "name", "type": "str", "json_key": "userId"}, api={"casing": "camel"}), "'userId'",
         "also 'user_id'"),
        (spec_with({"name": "cap", "type": "int", "json_key": "limit"}, filters=["cap"]), "'limit'", "paging parameter"),
    ],
)
def test_specs_that_cannot_be_generated_name_the_field_and_the_fix(spec: dict[str, Any], names: str, says: str) -> None:
    with pytest.raises(BuilderError) as caught:
        parse_spec(spec)
    text = str(caught.value)
    assert names in text
    assert says in text
    assert "Fix:" in text and "Example:" in text


def test_a_refused_spec_writes_nothing(project: Any) -> None:
    before = snapshot(project)
    with pytest.raises(BuilderError, match="'from'"):
        operations.scaffold_feature(str(project), spec=spec_with({"name": "from", "type": "str"}))
    assert snapshot(project) == before


def test_the_error_names_the_position_of_the_field() -> None:
    with pytest.raises(BuilderError) as caught:
        parse_spec(spec_with({"name": "class", "type": "str"}))
    assert "fields[1] (name 'class')" in str(caught.value)


def test_awkward_but_legal_names_are_accepted() -> None:
    spec = parse_spec({"name": "order", "fields": [
        {"name": "order", "type": "int"}, {"name": "type", "type": "str"}, {"name": "date", "type": "date"},
        {"name": "json", "type": "json"}, {"name": "group", "type": "str"}, {"name": "select", "type": "str"},
    ]})
    assert spec.class_name == "Order" and spec.table == "orders"


@pytest.mark.parametrize(
    ("singular", "plural"),
    [("task", "tasks"), ("category", "categories"), ("box", "boxes"), ("day", "days"),
     ("order_item", "order_items"), ("person", "people"), ("match", "matches"), ("quiz", "quizzes"),
     ("pop_quiz", "pop_quizzes"), ("waltz", "waltzes")],
)
def test_default_plural(singular: str, plural: str) -> None:
    assert default_plural(singular) == plural


def test_defaults_are_normalised_to_json_forms() -> None:
    spec = parse_spec(spec_with({"name": "price", "type": "decimal", "required": False, "default": 1.5}))
    assert spec.fields[1].default == "1.5"
    assert parse_spec(TASK_SPEC).fields[2].default is False


def test_int_bounds_stay_exact_up_to_the_64_bit_range() -> None:
    """An int's ge/le are kept as ints: 2**63 - 1 (a BIGINT's top) stays exact instead of rounding, as a float
    would, to 2**63, which is out of range; a bound past it is refused."""
    spec = parse_spec({"name": "event", "fields": [{"name": "at_ms", "type": "int", "ge": -(2**63), "le": 2**63 - 1}]})
    assert (spec.fields[0].ge, spec.fields[0].le) == (-(2**63), 2**63 - 1)
    assert isinstance(spec.fields[0].le, int)
    with pytest.raises(BuilderError, match="64-bit"):
        parse_spec({"name": "event", "fields": [{"name": "at_ms", "type": "int", "le": 2**63}]})


def test_an_enum_of_codes_keeps_its_numbers() -> None:
    """`status TINYINT CHECK (status IN (1, 2, 3))`: the values stay numbers, a default written '2' is the code 2."""
    spec = parse_spec(spec_with({"name": "status", "type": "enum", "enum_values": [1, 2, 3], "default": "2"}))
    field = spec.fields[1]
    assert field.enum_values == [1, 2, 3] and field.default == 2 and field.coded
    assert not parse_spec(spec_with({"name": "level", "type": "enum", "enum_values": ["1", "2"]})).fields[1].coded
    floated = parse_spec(spec_with({"name": "stage", "type": "enum", "enum_values": [0, 2], "default": 2.0})).fields[1]
    assert floated.default == 2 and isinstance(floated.default, int)  # (a JSON 2.0 is the code, not a float DEFAULT)
