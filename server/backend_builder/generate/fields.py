"""How each FeatureSpec field turns into Python source: annotations, Field(...) arguments, samples.

All decisions live here so that templates only place strings. Every value taken from a spec
(descriptions, defaults, enum values) reaches the source through `repr`, never as raw text.
"""

from __future__ import annotations

import datetime as dt
import json
import keyword
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from pydantic import BaseModel

from backend_builder.generate.imports import Imports
from backend_builder.spec.model import INT32, INT64, RESERVED_CLASS_NAMES, FeatureSpec, Field

# Attribute names a SQLModel class already uses: a field with such a name is stored under
# `<name>_` in Python while its column and JSON key keep the spec's name.
_SQLMODEL_ATTRS = {"metadata", "registry", "sqlmodel_update", "model_config"}
RESERVED_ATTRS = frozenset(n for n in dir(BaseModel) if not n.startswith("_")) | _SQLMODEL_ATTRS


def attr_name(name: str) -> str:
    return f"{name}_" if name in RESERVED_ATTRS or keyword.iskeyword(name) else name


def py_literal(value: Any) -> str:
    """Python source for a JSON-like value; repr of str/int/float/bool/None/list/dict is a literal."""
    return repr(value)


class LongText(str):
    """A long sample string whose source form stays short: `'ab' + 'x' * 100000`, not 100 kB of x."""

    def __repr__(self) -> str:
        pad = self[-1:]
        body = self.rstrip(pad)
        if len(self) - len(body) < 100:
            return str.__repr__(self)
        tail = f"{pad!r} * {len(self) - len(body)}"
        return f"{str.__repr__(body)} + {tail}" if body else tail


def long_text(text: str, width: int, pad: str = "x") -> str:
    """`text` padded to `width` characters, written compactly in generated source."""
    return LongText(text.ljust(width, pad))


def kwargs(pairs: list[tuple[str, str | None]]) -> str:
    return ", ".join(f"{k}={v}" for k, v in pairs if v is not None)


@dataclass
class FieldView:
    """One field as the templates of one module see it (imports are per module)."""

    field: Field
    spec: FeatureSpec

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def attr(self) -> str:
        return attr_name(self.field.name)

    @property
    def aliased(self) -> bool:
        return self.attr != self.name

    @property
    def nullable(self) -> bool:
        """Optional with no default: the column may hold NULL."""
        return not self.field.required and self.field.default is None

    def int_bounds(self) -> tuple[int, int]:
        f = self.field
        lo = int(f.ge) if f.ge is not None else None
        hi = int(f.le) if f.le is not None else None
        wide = (lo is not None and lo < INT32[0]) or (hi is not None and hi > INT32[1])
        box = INT64 if wide else INT32
        return (lo if lo is not None else box[0], hi if hi is not None else box[1])

    def is_bigint(self) -> bool:
        lo, hi = self.int_bounds()
        return lo < INT32[0] or hi > INT32[1]

    # -- types --------------------------------------------------------------------------------

    def base_type(self, imp: Imports, *, validated: bool, strict: bool = False) -> str:
        """The Python type; `validated` picks the input types that refuse NUL bytes etc.

        `strict` (JSON bodies): an int must be a JSON integer, a bool true or false, a float a
        JSON number; "5", 0 or false for them is refused. Query values are text: never strict.
        """
        t = self.field.type
        if strict and t == "int":
            lo, hi = self.int_bounds()
            return f"{imp.name('typing', 'Annotated')}[int, {imp.name('app.schemas.types', 'JsonInt')}(ge={lo}, le={hi})]"
        if strict and t in ("float", "bool"):
            return imp.name("app.schemas.types", "StrictFiniteFloat" if t == "float" else "StrictBool")
        if t in ("str", "text"):
            return imp.name("app.schemas.types", "CleanStr") if validated else "str"
        if t == "float" and validated:
            return imp.name("pydantic", "FiniteFloat")
        if t in ("int", "float", "bool"):
            return t
        if t == "decimal":
            if validated:
                return self._decimal_input(imp)
            return imp.name("decimal", "Decimal")
        if t == "date":
            if validated:
                return imp.name("app.schemas.types", "IsoDate")
            return imp.name("datetime", "date")
        if t == "datetime":
            if validated:
                return imp.name("app.schemas.types", "UtcDatetime")
            return imp.name("datetime", "datetime")
        if t == "uuid":
            return imp.name("uuid", "UUID")
        if t == "enum":
            alias = imp.name(f"app.models.{self.spec.name}", self.enum_alias)
            if self.field.coded and validated:  # a body takes a JSON integer, a query the digits of one
                marker = imp.name("app.schemas.types", "JsonCode" if strict else "TextCode")
                return f"{imp.name('typing', 'Annotated')}[{alias}, {marker}]"
            return alias
        if t == "json":
            if validated:
                return imp.name("app.schemas.types", "JsonData")
            return imp.name("pydantic", "JsonValue")
        if t == "list[str]":
            if validated:
                return f"list[{imp.name('app.schemas.types', 'CleanStr')}]"
            return "list[str]"
        raise AssertionError(t)

    def query_type(self, imp: Imports) -> str:
        """The type of a list filter on this field: query values are text, decimals too."""
        if self.field.type == "decimal":
            return self._decimal_input(imp, text_only=True)
        return self.base_type(imp, validated=True)

    def _decimal_input(self, imp: Imports, text_only: bool = False) -> str:
        """Decimal input: the digits, places and bounds are checked and published by DecimalInput."""
        f, dec = self.field, imp.name("decimal", "Decimal")
        args = [("digits", str(f.digits)), ("places", str(f.places))]
        if text_only:
            args.append(("text_only", "True"))
        for key, bound in (("ge", f.ge), ("le", f.le)):
            if bound is not None:
                args.append((key, f"{dec}({py_literal(_num(bound))})"))
        checker = imp.name("app.schemas.types", "DecimalInput")
        return f"{imp.name('typing', 'Annotated')}[{dec}, {checker}({kwargs(args)})]"

    @property
    def enum_alias(self) -> str:
        return enum_aliases(self.spec)[self.name]

    @property
    def enum_literal(self) -> str:
        return ", ".join(py_literal(v) for v in self.field.enum_values or [])

    # -- defaults -----------------------------------------------------------------------------

    def default_args(self, imp: Imports) -> list[tuple[str, str | None]]:
        """default= or default_factory= for a field that may be left out on create."""
        f = self.field
        if f.required:
            return []
        if f.default is None:
            return [("default", "None")]
        value, t = f.default, f.type
        if t == "decimal":
            return [("default", f"{imp.name('decimal', 'Decimal')}({py_literal(str(value))})")]
        if t == "date":
            if value == "today":
                return [("default_factory", f"{imp.name('datetime', 'date')}.today")]
            return [("default", f"{imp.name('datetime', 'date')}.fromisoformat({py_literal(value)})")]
        if t == "datetime":
            if value == "now":
                return [("default_factory", imp.name("app.models.base", "utc_now"))]
            dt_name = imp.name("datetime", "datetime")
            return [("default", f"{dt_name}.fromisoformat({py_literal(value)})")]
        if t == "uuid":
            if value == "uuid4":
                return [("default_factory", imp.name("uuid", "uuid4"))]
            return [("default", f"{imp.name('uuid', 'UUID')}({py_literal(value)})")]
        if isinstance(value, (list, dict)):
            return [("default_factory", f"lambda: {py_literal(value)}")]
        return [("default", py_literal(value))]

    # -- per module ---------------------------------------------------------------------------

    def model_line(self, imp: Imports) -> str:
        f = self.field
        annotation = self.base_type(imp, validated=False)
        if self.nullable:
            annotation += " | None"
        args = self.default_args(imp)
        t = f.type
        if t == "str":
            args.append(("max_length", str(f.length)))
        elif t == "enum" and f.coded:
            args.append(("sa_type", imp.name("sqlalchemy", "Integer")))
        elif t == "enum":
            args.append(("sa_type", f"{imp.name('sqlalchemy', 'String')}({f.length})"))
        elif t == "text":
            args.append(("sa_type", imp.name("sqlalchemy", "Text")))
        elif t == "int" and self.is_bigint():
            args.append(("sa_type", imp.name("sqlalchemy", "BigInteger")))
        elif t == "decimal":
            args += [("max_digits", str(f.digits)), ("decimal_places", str(f.places))]
        elif t == "datetime":
            args.append(("sa_type", f"{imp.name('sqlalchemy', 'DateTime')}(timezone=True)"))
        elif t in ("json", "list[str]"):
            args.append(("sa_type", imp.name("app.models.base", "JsonType")))
        if f.index:
            args.append(("index", "True"))
        column = {}
        if self.aliased:
            column["name"] = py_literal(self.name)
        server_default = self.server_default(imp)
        if server_default is not None:
            column["server_default"] = server_default
        if column:
            pairs = ", ".join(f"{py_literal(k)}: {v}" for k, v in column.items())
            args.append(("sa_column_kwargs", f"{{{pairs}}}"))
        if f.description:
            args.append(("description", py_literal(f.description)))
        return self._line(imp, annotation, args)

    def server_default(self, imp: Imports) -> str | None:
        """The column's DEFAULT, so that a migration adding the column fills the rows already there.

        A constant is a plain string (SQLAlchemy quotes it as a SQL literal: data, never SQL),
        written in a form both PostgreSQL and SQLite read as the column's type. 'now' is
        CURRENT_TIMESTAMP, 'today' CURRENT_DATE; 'uuid4' has no portable SQL form and gets none.
        """
        f = self.field
        value, t = f.default, f.type
        if f.required or value is None:
            return None
        if t == "bool":
            text = "1" if value else "0"  # PostgreSQL's boolean input and SQLite's 0/1 alike
        elif t in ("int", "decimal"):
            text = str(value)
        elif t == "float":
            text = repr(float(value))
        elif t == "datetime":
            if value == "now":
                return f"{imp.name('sqlalchemy', 'text')}('CURRENT_TIMESTAMP')"
            moment = dt.datetime.fromisoformat(str(value))  # 3.11 reads the Z
            text = moment.astimezone(dt.UTC).isoformat(sep=" ")
        elif t == "date" and value == "today":
            return f"{imp.name('sqlalchemy', 'text')}('CURRENT_DATE')"
        elif t == "uuid":
            if value == "uuid4":
                return None
            text = uuid.UUID(str(value)).hex  # SQLAlchemy's Uuid on SQLite is 32 hex digits
        elif t in ("json", "list[str]"):
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        else:  # str, text, enum, date
            text = str(value)
        if "\x00" in text or "\\u0000" in text:
            return None  # PostgreSQL stores no NUL in text or JSON: the default stays Python-side
        return py_literal(text)

    def _line(self, imp: Imports, annotation: str, args: list[tuple[str, str | None]]) -> str:
        if not any(v is not None for _, v in args):
            return f"{self.attr}: {annotation}"
        return f"{self.attr}: {annotation} = {imp.name('sqlmodel', 'Field')}({kwargs(args)})"

    def _constraints(self, *, body: bool = True) -> list[tuple[str, str | None]]:
        """Bounds as Field/Query arguments; a body's int carries its bounds in JsonInt instead."""
        f = self.field
        out: list[tuple[str, str | None]] = []
        if f.type in ("str", "text"):
            out.append(("min_length", str(f.min_length) if f.min_length else None))
            out.append(("max_length", str(f.length) if f.length else None))
        elif f.type == "int" and not body:
            lo, hi = self.int_bounds()
            out += [("ge", str(lo)), ("le", str(hi))]
        elif f.type == "float":
            out.append(("ge", _num(f.ge)))
            out.append(("le", _num(f.le)))
        return out

    def query_args(self) -> list[tuple[str, str | None]]:
        """A filter on this field takes the same bounds as the field itself."""
        return self._constraints(body=False)

    @property
    def wire(self) -> str:
        """The JSON key: the field's json_key, else the spec's name, or its camelCase form when the contract asks."""
        return self.spec.json_key_of(self.field)

    def _alias_args(self, direction: str, imp: Imports | None = None) -> list[tuple[str, str | None]]:
        """Aliases where the JSON key differs from the attribute; input accepts the spec's name too."""
        if direction == "serialization":
            return [] if self.wire == self.attr else [("serialization_alias", py_literal(self.wire))]
        names = list(dict.fromkeys([self.wire, self.name]))
        if names == [self.attr]:
            return []
        if len(names) == 1 or imp is None:
            return [("validation_alias", py_literal(names[0]))]
        choices = ", ".join(py_literal(n) for n in names)
        return [("validation_alias", f"{imp.name('pydantic', 'AliasChoices')}({choices})")]

    def create_line(self, imp: Imports) -> str:
        f = self.field
        annotation = self.base_type(imp, validated=True, strict=True)
        if self.nullable:
            annotation += " | None"
        args = self.default_args(imp) + self._constraints() + self._alias_args("validation", imp)
        if f.description:
            args.append(("description", py_literal(f.description)))
        return self._line(imp, annotation, args)

    def update_line(self, imp: Imports) -> str:
        """Every field may be left out; only nullable columns accept an explicit null."""
        annotation = self.base_type(imp, validated=True, strict=True)
        if self.nullable:
            annotation += " | None"
        args = [("default", "None"), *self._constraints(), *self._alias_args("validation", imp)]
        return f"{self.attr}: {annotation} = {imp.name('sqlmodel', 'Field')}({kwargs(args)})"

    def action_line(self, imp: Imports) -> str:
        """The bool of an action's optional body: left out (or no body at all) means toggle."""
        args = [("default", "None"), *self._alias_args("validation", imp)]
        return f"{self.attr}: {imp.name('app.schemas.types', 'StrictBool')} = {imp.name('sqlmodel', 'Field')}({kwargs(args)})"

    def read_line(self, imp: Imports) -> str:
        annotation = self.base_type(imp, validated=self.field.type == "datetime")
        if self.nullable:
            annotation += " | None"
        return self._line(imp, annotation, self._alias_args("serialization"))

    # -- test samples -------------------------------------------------------------------------

    def sample(self, n: int) -> Any:
        """The n-th valid JSON value for this field; distinct for distinct n where the type allows."""
        f, t = self.field, self.field.type
        if t in ("str", "text"):
            text = f"{self.name.replace('_', ' ')} {n}"
            low, high = f.min_length or 1, f.length or 10_000
            if len(text) > high:
                text = (str(n) + "abcdefghijklmnopqrstuvwxyz" * 10)[:high]
            return long_text(text, low)
        if t == "int":
            lo, hi = self.int_bounds()
            first = max(lo, min(hi, 1))
            return first + n if first + n <= hi else max(lo, first - n)
        if t in ("float", "decimal"):
            lo, hi = self.number_range()
            if lo <= 1.25 <= hi - 2:
                value = 1.25 + n
            else:
                value = lo + (hi - lo) * (n + 1) / 4
            if t == "float":
                return value
            quantum = Decimal(1).scaleb(-f.places)
            number = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_EVEN)
            return str(min(max(number, Decimal(repr(lo))), Decimal(repr(hi))).quantize(quantum))
        if t == "bool":
            return n % 2 == 0
        if t == "date":
            return f"2025-01-{10 + n:02d}"
        if t == "datetime":
            return f"2025-01-31T09:{n:02d}:00Z"
        if t == "uuid":
            return f"00000000-0000-4000-8000-{n + 1:012d}"
        if t == "enum":
            values = f.enum_values or []
            return values[n % len(values)]
        if t == "json":
            return {"note": f"value {n}", "items": [n, True, None]}
        return ["alpha", f"tag {n}"]

    def cardinality(self) -> int:
        """How many distinct samples exist (capped); bounds how many rows a unique field allows."""
        seen: set[str] = set()
        for n in range(3):
            value = repr(self.sample(n))
            if value in seen:
                return n
            seen.add(value)
        return 3

    def number_range(self) -> tuple[float, float]:
        """The finite range a float or decimal sample may take: the bounds, and max_digits."""
        f = self.field
        if f.type == "decimal":
            limit = float(10 ** (f.digits - f.places)) - 10.0 ** -f.places
        else:
            limit = 1e12
        lo = max(f.ge, -limit) if f.ge is not None else (-limit if f.le is not None and f.le < 0 else 0.0)
        hi = min(f.le, limit) if f.le is not None else limit
        if f.le is not None and f.ge is None:
            lo = min(lo, hi)
        return lo, hi

    def invalid(self) -> Any:
        """A JSON value of the wrong type for this field, or None when every JSON value is valid."""
        return {
            "str": ["not", "a", "string"],
            "text": {"not": "text"},
            "int": "not a number",
            "float": "not a number",
            "decimal": "not a number",
            "bool": "not a bool",
            "date": "not a date",
            "datetime": "not a datetime",
            "uuid": "not-a-uuid",
            "enum": "\u0000 not one of the values",
            "list[str]": {"not": "a list"},
        }.get(self.field.type)

    def out_of_bounds(self) -> list[Any]:
        """Values that break a declared bound: each must answer 422."""
        f, t = self.field, self.field.type
        out: list[Any] = []
        if t in ("str", "text"):
            if f.length:
                out.append(long_text("", f.length + 1))
            if f.min_length:
                out.append(long_text("", f.min_length - 1))
            out.append("nul \u0000 byte")
        elif t == "json":
            out.append({"note": "nul \u0000 byte"})
        elif t == "list[str]":
            out.append(["nul \u0000 byte"])
        elif f.coded:
            out.append(max(f.enum_values or [0]) + 1)  # a whole number that is not one of the codes
        elif t in ("int", "float", "decimal"):
            lo, hi = self.int_bounds() if t == "int" else (f.ge, f.le)
            if lo is not None:
                out.append(lo - 1)
            if hi is not None:
                out.append(hi + 1)
            if t == "decimal":
                out.append("1" + "0" * f.digits)
                out.append("0." + "1" * (f.places + 1))
        return out


    def loose_values(self) -> list[Any]:
        """Values a lax parser would coerce (numbers as text, timestamps, 0 for false) or that
        overflow once converted to UTC: a body must answer 422 for each."""
        if self.field.coded:
            return [str((self.field.enum_values or [0])[0]), True, 1.5]
        return {
            "int": ["5", True, 1.5],
            "float": ["1.5", True],
            "bool": ["true", 1, "yes"],
            "decimal": [True, "1e3", "NaN", " 1"],
            "date": [0, 20250131, "2025-01-31T00:00:00", "31/01/2025"],
            "datetime": [1700000000, "1700000000", "2025-01-31", "0001-01-01T00:00:00+14:00",
                         "9999-12-31T23:59:59-14:00"],
        }.get(self.field.type, [])

    def query_invalid(self) -> list[str]:
        """Query values a filter on this field refuses with 422 (dates are ISO text, not numbers)."""
        f, t = self.field, self.field.type
        out = {
            "str": ["nul \u0000"],
            "int": ["1.5", "abc"],
            "float": ["nan", "abc"],
            "decimal": ["abc", "1e3", "0." + "1" * (f.places + 1)],
            "bool": ["maybe"],
            "date": ["0", "1700000000", "2025-01-31T00:00:00"],
            "datetime": ["0", "1700000000.5", "0001-01-01T00:00:00+14:00"],
            "uuid": ["not-a-uuid"],
            "enum": ["\u0000 not one of the values"],
        }.get(t, [])
        if t == "int":
            out.append(str(self.int_bounds()[1] + 1))
        if f.coded:
            out = ["abc", "1.5", str(max(f.enum_values or [0]) + 1)]
        return out


def enum_aliases(spec: FeatureSpec) -> dict[str, str]:
    """Type alias names for the enum fields (TaskPriority), clear of the feature's other classes."""
    cls = spec.class_name
    taken = set(RESERVED_CLASS_NAMES) | {cls} | {cls + s for s in ("Create", "Update", "Read", "Stats", "Page")}
    taken |= {cls + "".join(p.capitalize() for p in action.split("_")) + "Body" for action in spec.actions}
    aliases = {}
    for field in spec.fields:
        if field.type != "enum":
            continue
        alias = cls + "".join(p.capitalize() for p in field.name.split("_"))
        while alias in taken:
            alias += "Value"
        taken.add(alias)
        aliases[field.name] = alias
    return aliases


def _num(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if value == int(value) else repr(value)
