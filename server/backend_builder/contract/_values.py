"""The symbolic values the frontend reader computes for expressions (strings with holes, objects, types)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class _Undef:
    """`undefined` (or an argument the caller did not pass)."""

    def __repr__(self) -> str:
        return "UNDEF"


UNDEF = _Undef()


@dataclass(frozen=True)
class Unknown:
    why: str = ""


@dataclass(frozen=True)
class Lit:
    """A literal that is not a string: number, boolean, null."""

    value: Any


@dataclass(frozen=True)
class Base:
    """The origin of the backend (an env var and/or a literal origin); dropped from paths."""

    env: str | None = None
    origin: str | None = None


@dataclass(frozen=True)
class Hole:
    """A dynamic piece of a URL. `param` is set when it is a parameter of the function it was read in."""

    name: str
    param: str | None = None
    func: str | None = None  # key of the function the parameter belongs to
    wrapperish: bool = False  # a parameter named like a URL/path/endpoint


@dataclass(frozen=True)
class QHole:
    """A query string built from URLSearchParams / an object: key -> optional."""

    keys: tuple[tuple[str, bool], ...]
    open: bool = False


@dataclass(frozen=True)
class OptParts:
    """Parts of a string that may be absent (`cond ? `?${q}` : ''`)."""

    parts: tuple[Any, ...]


@dataclass(frozen=True)
class Str:
    parts: tuple[Any, ...]  # str | Base | Hole | QHole | OptParts

    def literal(self) -> str | None:
        if all(isinstance(p, str) for p in self.parts):
            return "".join(self.parts)
        return None


@dataclass
class Maybe:
    """A value that may be undefined."""

    value: Any


@dataclass
class Obj:
    """An object literal: props name -> thunk; spreads: thunks; open: keys we cannot know."""

    props: dict[str, Any] = field(default_factory=dict)
    cond: dict[str, bool] = field(default_factory=dict)  # props set only under a condition
    spreads: list[Any] = field(default_factory=list)
    open: bool = False


@dataclass
class Query:
    """A URLSearchParams: key -> optional."""

    keys: dict[str, bool] = field(default_factory=dict)
    open: bool = False


@dataclass(frozen=True)
class Param:
    """An unbound function parameter."""

    name: str
    func: str
    type_node: Any = None
    file: str = ""
    optional: bool = False


@dataclass(frozen=True)
class TypeRef:
    """A value known only by its declared type."""

    node: Any
    file: str
    optional: bool = False  # the value itself may be undefined


@dataclass(frozen=True)
class Fn:
    node: Any
    file: str


@dataclass(frozen=True)
class ClassRef:
    node: Any
    file: str


@dataclass(frozen=True)
class Instance:
    cls: ClassRef


@dataclass(frozen=True)
class Module:
    file: str


@dataclass(frozen=True)
class Axios:
    """axios itself (base None) or an instance made by axios.create({baseURL})."""

    base: Any = None  # Str | None


@dataclass(frozen=True)
class Json:
    """JSON.stringify(value)."""

    value: Any


@dataclass(frozen=True)
class Env:
    name: str


@dataclass(frozen=True)
class Thunk:
    node: Any
    frame: Any
    file: str
