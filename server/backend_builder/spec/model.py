"""FeatureSpec: the single source of truth every generating step reads.

Validation here is strict and speaks to the caller: every rejection names the field and says
how to fix it, because the caller is usually an agent that will retry with the fix.
"""

from __future__ import annotations

import datetime as dt
import json
import keyword
import math
import re
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, field_validator, model_validator
from pydantic import Field as PydField

from backend_builder.spec.api import ApiSpec, check_actions, wire_name

FieldType = Literal[
    "str", "text", "int", "float", "decimal", "bool", "date", "datetime", "uuid", "enum",
    "json", "list[str]",
]
FIELD_TYPES: tuple[str, ...] = FieldType.__args__  # type: ignore[attr-defined]

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_IDENTIFIER = 63  # PostgreSQL truncates longer identifiers
ADDED_COLUMNS = ("id", "user_id", "created_at", "updated_at")
TEXT_TYPES = ("str", "text")
NUMBER_TYPES = ("int", "float", "decimal")
DEFAULT_STR_LENGTH = 255
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)

# Upper bounds that keep a spec a feature: PostgreSQL's VARCHAR limit, and sizes past which a
# generated file stops being code a person reads.
MAX_TEXT_LENGTH = 10_485_760
MAX_FIELDS = 200
MAX_ENUM_VALUES = 500
MAX_DESCRIPTION = 2_000
MAX_DEFAULT_CHARS = 10_000
# A JSON key a client may send as the spec writes it (`PRODUCT_NAME`, `homepageURL`): ASCII letters, digits and
# underscores, starting with a letter, as the contract's other keys and parameters are (it is a filter's parameter too).
JSON_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,62}")

# Feature names whose files would overwrite the project's own modules: app/models/<name>.py,
# app/schemas/<name>.py (name), app/routers/<plural>.py and tests/test_<plural>.py (plural).
# tests/test_project_files.py keeps these in step with the project templates.
RESERVED_MODULE_NAMES = frozenset({"base", "types", "common", "account"})
RESERVED_PLURALS = frozenset({"auth", "health", "accounts"})
# Names Windows cannot use for a file, whatever the extension.
DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)

RESERVED_ACTIONS = frozenset({"create", "read", "update", "delete", "list", "search", "stats", "get", "bulk"})

# Class names the generated modules import; a feature whose class name equals one would shadow it (a `Request`
# model beside fastapi's `Request` turned a listing's request into a body). tests/test_generated_backend.py keeps
# this list whole.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated", "Any", "APIRouter", "BigInteger", "Column", "Date", "DateTime", "Decimal",
        "Depends", "Field", "HTTPException", "IntegrityError", "JSON", "JSONB", "JsonValue",
        "Literal", "Numeric", "Path", "Query", "Response", "Select", "Session", "SQLModel",
        "String", "Text", "TestClient", "UniqueConstraint", "UUID", "Uuid", "Settings",
        "RowId", "Sequence", "OwnerId", "SessionDep", "CurrentUser", "AuthUser", "UserId",
        "CleanStr", "JsonData", "UtcDatetime", "JsonType", "Engine", "Iterator",
        "Body", "BulkIds", "BulkResult", "DecimalInput", "FiniteFloat", "Index", "IsoDate", "JsonInt", "Request",
        "StrictBool", "StrictFiniteFloat", "TypeAdapter", "Integer", "JsonCode", "TextCode",
    }
)


def _check_identifier(value: str, what: str, example: str) -> str:
    if not IDENTIFIER.match(value):
        raise ValueError(
            f"{what} {value!r} is not a snake_case identifier (lowercase letters, digits and "
            f"underscores, starting with a letter). Use e.g. {example!r}."
        )
    if len(value) > MAX_IDENTIFIER:
        raise ValueError(f"{what} {value!r} is longer than {MAX_IDENTIFIER} characters; shorten it.")
    if keyword.iskeyword(value):
        raise ValueError(
            f"{what} {value!r} is a Python keyword and cannot be an attribute name. "
            f"Rename it, e.g. {value + '_at' if value == 'from' else value + '_value'!r}."
        )
    return value


def _check_file_name(value: str, what: str, reserved: frozenset[str]) -> None:
    """Refuse names whose generated files would replace the project's own, or that Windows cannot hold."""
    if value in reserved:
        raise ValueError(
            f"{what} {value!r} would overwrite one of the project's own files (its modules "
            f"{', '.join(sorted(reserved))} are taken); use a more specific name, e.g. {value + '_item'!r}."
        )
    if value in DEVICE_NAMES:
        raise ValueError(
            f"{what} {value!r} is a Windows device name and cannot be a file name there; "
            f"use another name, e.g. {value + '_entry'!r}."
        )


def default_plural(name: str) -> str:
    """English plural of a snake_case name; only the last word changes."""
    head, _, last = name.rpartition("_")
    prefix = f"{head}_" if head else ""
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if last in irregular:
        return prefix + irregular[last]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return prefix + last[:-1] + "ies"
    if re.search(r"(?:^|[^aeiou]|qu)[aeiou]z$", last) and len(last) <= 4:
        return prefix + last + "zes"  # quiz -> quizzes, fez -> fezzes (not waltz, nor topaz)
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return prefix + last + "es"
    return prefix + last + "s"


def pascal_case(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_") if part)


class Field(BaseModel):
    """One column of the feature's table and one key of its JSON."""

    model_config = ConfigDict(extra="forbid")

    name: str = PydField(description="snake_case identifier, e.g. 'title'")
    type: FieldType = PydField(default="str", description="column and JSON type")
    required: bool = PydField(
        default=True, description="must be sent on create; false makes the column optional"
    )
    default: Any = PydField(
        default=None,
        description="value used when left out on create (implies required=false); "
        "'now' for datetime, 'today' for date, 'uuid4' for uuid",
    )
    description: str | None = PydField(default=None, max_length=MAX_DESCRIPTION, description="shown in the API docs")
    max_length: int | None = PydField(default=None, ge=1, le=MAX_TEXT_LENGTH, description="str/text only")
    min_length: int | None = PydField(default=None, ge=0, le=MAX_TEXT_LENGTH, description="str/text only")
    ge: int | float | None = PydField(default=None, description="lower bound, numbers only")
    le: int | float | None = PydField(default=None, description="upper bound, numbers only")
    enum_values: list[StrictStr] | list[StrictInt] | None = PydField(
        default=None, max_length=MAX_ENUM_VALUES,
        description="enum only: the allowed values; whole numbers for a column that stores codes (1 = paid)",
    )
    max_digits: int | None = PydField(default=None, ge=1, le=38, description="decimal only (default 12)")
    decimal_places: int | None = PydField(default=None, ge=0, le=37, description="decimal only (default 2)")
    unique: bool = PydField(default=False, description="unique per owner: (user_id, field)")
    index: bool = PydField(default=False, description="add a database index")
    json_key: str | None = PydField(
        default=None,
        description="the JSON key when the spec's own key is not `name` under api.casing, e.g. 'PRODUCT_NAME' or "
        "'homepageURL'; input accepts `name` too. Absent: `name` (or its camelCase under api.casing camel)",
    )

    @field_validator("json_key")
    @classmethod
    def _json_key(cls, value: str | None) -> str | None:
        if value is not None and not JSON_KEY.fullmatch(value):
            raise ValueError(
                f"json_key {value!r} is not a plain key: use up to 63 ASCII letters, digits and underscores, "
                "starting with a letter (e.g. 'homepageURL'), or leave json_key out."
            )
        return value

    @field_validator("enum_values", mode="before")
    @classmethod
    def _enum_kinds(cls, value: Any) -> Any:
        if isinstance(value, list) and value:
            words = all(isinstance(v, str) for v in value)
            codes = all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            if not (words or codes):
                raise ValueError(
                    "enum_values must be all strings ([\"low\", \"high\"]) or all whole numbers "
                    "for a column that stores codes ([0, 1, 2]), not a mix."
                )
        return value

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        _check_identifier(value, "field name", "due_date")
        if value in ADDED_COLUMNS:
            raise ValueError(
                f"field name {value!r} is added to every table by the generator "
                f"({', '.join(ADDED_COLUMNS)}); remove it from the spec or rename it."
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Field:
        t, n = self.type, self.name
        if self.max_length is not None and t not in TEXT_TYPES:
            raise ValueError(f"field {n!r}: max_length applies to str and text, not {t}; remove it.")
        if self.min_length is not None and t not in TEXT_TYPES:
            raise ValueError(f"field {n!r}: min_length applies to str and text, not {t}; remove it.")
        if (
            self.max_length is not None
            and self.min_length is not None
            and self.min_length > self.max_length
        ):
            raise ValueError(f"field {n!r}: min_length {self.min_length} > max_length {self.max_length}.")
        if (self.ge is not None or self.le is not None) and t not in NUMBER_TYPES:
            raise ValueError(f"field {n!r}: ge/le apply to int, float and decimal, not {t}; remove them.")
        if self.ge is not None and self.le is not None and self.ge > self.le:
            raise ValueError(f"field {n!r}: ge {self.ge} is greater than le {self.le}.")
        if t == "int":
            for bound in (self.ge, self.le):
                if bound is not None and (bound != int(bound) or not INT64[0] <= bound <= INT64[1]):
                    raise ValueError(f"field {n!r}: int bounds must be whole 64-bit numbers, got {bound}.")
        if (self.max_digits is not None or self.decimal_places is not None) and t != "decimal":
            raise ValueError(f"field {n!r}: max_digits/decimal_places apply to decimal only; remove them.")
        if t == "decimal" and self.places >= self.digits:
            raise ValueError(f"field {n!r}: decimal_places must be smaller than max_digits.")
        if t == "decimal":
            largest = 10 ** (self.digits - self.places)
            if (self.ge is not None and self.ge >= largest) or (self.le is not None and self.le <= -largest):
                raise ValueError(
                    f"field {n!r}: no value with max_digits={self.digits} and decimal_places={self.places} "
                    "lies within ge/le; widen max_digits or change the bounds."
                )
        if t == "enum":
            values = self.enum_values or []
            if not values:
                raise ValueError(
                    f"field {n!r} is an enum without values; add enum_values, "
                    'e.g. ["low", "medium", "high"].'
                )
            if len(set(values)) != len(values) or any(v == "" for v in values):
                raise ValueError(f"field {n!r}: enum_values must be distinct, non-empty strings or whole numbers.")
            if self.coded:
                if any(not INT32[0] <= v <= INT32[1] for v in values):
                    raise ValueError(f"field {n!r}: enum codes must be 32-bit whole numbers.")
            elif any(len(v) > DEFAULT_STR_LENGTH for v in values):
                raise ValueError(f"field {n!r}: enum values longer than 255 characters.")
        elif self.enum_values is not None:
            raise ValueError(f"field {n!r}: enum_values need type 'enum', not {t!r}.")
        if self.unique and t in ("json", "list[str]", "text", "bool"):
            raise ValueError(f"field {n!r}: unique is not supported on {t} columns; use str.")
        if self.default is not None:
            if "required" not in self.model_fields_set:
                self.required = False  # a default means the field may be left out
            elif self.required:
                raise ValueError(
                    f"field {n!r} has a default but required=true; a default means the field may be "
                    "left out on create. Drop `required` (or set it false), or drop the default."
                )
            if len(json.dumps(self.default, default=str)) > MAX_DEFAULT_CHARS:
                raise ValueError(f"field {n!r}: the default is longer than {MAX_DEFAULT_CHARS} characters.")
            self.default = _normalise_default(self)
        return self

    @property
    def digits(self) -> int:
        return self.max_digits if self.max_digits is not None else 12

    @property
    def places(self) -> int:
        return self.decimal_places if self.decimal_places is not None else 2

    @property
    def coded(self) -> bool:
        """An enum whose values are whole numbers: the column stores the code (1 = paid), as an integer."""
        return self.type == "enum" and bool(self.enum_values) and all(isinstance(v, int) for v in self.enum_values or [])

    @property
    def length(self) -> int | None:
        """The VARCHAR length for str columns; text is unbounded in the database."""
        if self.type == "str":
            return self.max_length or DEFAULT_STR_LENGTH
        if self.type == "enum":
            return None if self.coded else max(len(str(v)) for v in self.enum_values or [""])
        return self.max_length


def _normalise_default(field: Field) -> Any:
    """Check a default against the field's type and bounds; return it in JSON form."""
    value, t, n = field.default, field.type, field.name

    def bad(expected: str) -> ValueError:
        return ValueError(f"field {n!r}: default {value!r} is not {expected}.")

    if t in TEXT_TYPES:
        if not isinstance(value, str):
            raise bad("a string")
        if field.max_length is not None and len(value) > field.max_length:
            raise bad(f"at most {field.max_length} characters long")
        if field.min_length is not None and len(value) < field.min_length:
            raise bad(f"at least {field.min_length} characters long")
        if t == "str" and len(value) > (field.length or 0):
            raise bad(f"at most {field.length} characters long")
        return value
    if t == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if t in NUMBER_TYPES:
        if t == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            raise bad("a whole number")
        if t == "float" and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise bad("a number")
        if t == "decimal":
            try:
                number = Decimal(str(value))
            except InvalidOperation:
                raise bad("a decimal number") from None
            if not number.is_finite() or isinstance(value, bool):
                raise bad("a finite decimal number")
            exponent = number.as_tuple().exponent
            places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
            whole = len(str(abs(int(number)))) if int(number) else 0
            if places > field.places or whole > field.digits - field.places:
                raise bad(f"within max_digits={field.digits} and decimal_places={field.places}")
            value = str(number)
            numeric = float(number)
        else:
            numeric = float(value)
        if not math.isfinite(numeric):
            raise bad("a finite number")
        if field.ge is not None and numeric < field.ge:
            raise bad(f">= {field.ge}")
        if field.le is not None and numeric > field.le:
            raise bad(f"<= {field.le}")
        return value
    if t == "date":
        if value == "today":
            return value
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise bad("'today' or an ISO date such as '2025-01-31'") from None
    if t == "datetime":
        if value == "now":
            return value
        try:
            moment = dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise bad("'now' or an ISO datetime such as '2025-01-31T09:00:00Z'") from None
        # Stored in UTC: a naive default is taken as UTC, an offset is converted.
        moment = moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
        return moment.isoformat().replace("+00:00", "Z")
    if t == "uuid":
        if value == "uuid4":
            return value
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise bad("'uuid4' or a UUID") from None
    if t == "enum":
        if field.coded and isinstance(value, str) and re.fullmatch(r"-?\d{1,10}", value.strip()):
            value = int(value)  # `DEFAULT '1'` of a coded column: the code itself
        elif field.coded and isinstance(value, float) and value.is_integer():
            value = int(value)  # (2.0 from a JSON client is the code 2, never a float in an INTEGER column's DEFAULT)
        if isinstance(value, bool) or value not in (field.enum_values or []):
            raise bad(f"one of {field.enum_values}")
        return value
    if t == "list[str]":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings")
        return value
    try:  # json: any finite JSON value
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        raise bad("a JSON value (finite numbers only)") from None
    return value


class FeatureSpec(BaseModel):
    """A feature: one owned table, its CRUD routes, and optional custom endpoints."""

    model_config = ConfigDict(extra="forbid")

    name: str = PydField(description='singular snake_case, e.g. "task" (class Task, table "tasks")')
    plural: str | None = PydField(default=None, description="defaults to the English plural of name")
    description: str | None = PydField(default=None, max_length=MAX_DESCRIPTION, description="one line for docs")
    fields: list[Field] = PydField(
        default_factory=list, max_length=MAX_FIELDS, description="id, user_id, created_at, updated_at are added"
    )
    actions: dict[str, str] = PydField(
        default_factory=dict,
        description='toggle actions: {"complete": "completed"} adds PATCH /{id}/complete and '
        "POST /bulk-complete over the bool field completed",
    )
    stats: bool = PydField(default=False, description="adds GET /stats")
    search: list[str] = PydField(default_factory=list, description="str/text fields searched by GET /search")
    filters: list[str] = PydField(default_factory=list, description="fields the list endpoint filters on")
    api: ApiSpec | None = PydField(
        default=None,
        description="the API contract the spec and frontend expect (paths, list shape, parameters, casing, "
        "status codes, action routes, error body); absent: the house contract",
    )

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if "/" in value or "\\" in value or ".." in value:
            raise ValueError(
                f"feature name {value!r} looks like a path; use a plain singular name such as 'task'."
            )
        _check_identifier(value, "feature name", "task")
        _check_file_name(value, "feature name", RESERVED_MODULE_NAMES)
        if pascal_case(value) in RESERVED_CLASS_NAMES:
            raise ValueError(
                f"feature name {value!r} gives the class {pascal_case(value)!r}, which the generated "
                f"code already imports; use a more specific name, e.g. {'app_' + value!r}."
            )
        return value

    @field_validator("plural")
    @classmethod
    def _plural(cls, value: str | None) -> str | None:
        if value is not None:
            _check_identifier(value, "plural", "tasks")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> FeatureSpec:
        if self.plural is None:
            self.plural = default_plural(self.name)
        try:
            _check_file_name(self.plural, "plural", RESERVED_PLURALS)
        except ValueError as exc:
            if "plural" not in self.model_fields_set:
                raise ValueError(f"{exc} (it is the default plural of {self.name!r})") from None
            raise
        if self.plural == self.name:
            raise ValueError(f"plural {self.plural!r} equals the name; give a distinct plural.")
        if not self.fields:
            raise ValueError(
                "a feature needs at least one field besides the added columns; "
                'add one, e.g. {"name": "title", "type": "str", "max_length": 200}.'
            )
        seen: set[str] = set()
        for field in self.fields:
            if field.name in seen:
                raise ValueError(f"field {field.name!r} appears twice; remove or rename one.")
            seen.add(field.name)
        self._check_json_keys()
        by_name = {f.name: f for f in self.fields}
        for action, target in self.actions.items():
            _check_identifier(action, "action name", "complete")
            if action in RESERVED_ACTIONS:
                raise ValueError(
                    f"action name {action!r} clashes with a generated endpoint; use a verb such as "
                    "'complete', 'archive' or 'pin'."
                )
            field = by_name.get(target)
            if field is None or field.type != "bool":
                raise ValueError(
                    f"action {action!r} toggles {target!r}, which is not a bool field of this spec; "
                    'add it, e.g. {"name": "' + target + '", "type": "bool", "required": false, "default": false}.'
                )
        for name in self.search:
            if name not in by_name or by_name[name].type not in (*TEXT_TYPES, "enum"):
                raise ValueError(f"search field {name!r} must be a str, text or enum field of this spec.")
        if self.api is not None:
            filter_params = [self.json_key_of(by_name[n]) if n in by_name else n for n in self.filters]
            self.api.check_against(by_name, self.actions, filter_params, self.search)
        check_actions(self.actions, self.api.actions if self.api is not None else [])
        for name in self.filters:
            param = self.json_key_of(by_name[name]) if name in by_name else name
            if self.api is None and param in ("limit", "offset", "order_by"):
                raise ValueError(
                    f"filter {name!r} would clash with the list's paging parameter {param!r}; "
                    "rename the field (e.g. 'max_items') or its json_key, or drop the filter."
                )
            if name not in by_name or by_name[name].type in ("json", "list[str]", "text"):
                raise ValueError(
                    f"filter {name!r} must name a field of this spec that is not text, json or list[str]."
                )
        return self

    def _check_json_keys(self) -> None:
        """Every key a client may send names one column: a field's JSON key and its name (input accepts both) are
        no other field's, nor an added column's."""
        owners: dict[str, str] = {key: column for column in ADDED_COLUMNS for key in (column, wire_name(self.api, column))}
        for field in self.fields:
            for key in dict.fromkeys([self.json_key_of(field), field.name]):
                other = owners.setdefault(key, field.name)
                if other != field.name:
                    raise ValueError(
                        f"field {field.name!r}: the JSON key {key!r} is also {other!r}'s; give json_key another value "
                        "or rename one of them."
                    )

    def json_key_of(self, field: Field) -> str:
        """The field's key in request and response bodies."""
        return field.json_key or wire_name(self.api, field.name)

    @property
    def class_name(self) -> str:
        return pascal_case(self.name)

    @property
    def table(self) -> str:
        assert self.plural is not None
        return self.plural

    @property
    def route(self) -> str:
        return self.table.replace("_", "-")
