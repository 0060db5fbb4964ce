"""Which action undoes which, from their names: uncomplete, mark_incomplete and reopen undo complete.

Used where a spec or a frontend has two routes over one bool field, so that each sets its value
(complete: true, reopen: false) instead of both toggling.
"""

from __future__ import annotations

import re

from backend_builder.spec.model import RESERVED_ACTIONS

NEGATING_PREFIXES = ("un", "in", "de", "dis")
OPPOSITES = {  # an action that undoes another though its name does not say so
    "reopen": ("complete", "close", "done", "finish", "resolve"), "restore": ("archive", "trash", "delete", "hide"),
    "show": ("hide",), "enable": ("disable",), "open": ("close",), "unmark": ("mark",), "undo": ("do", "done"),
}


def _stem(action: str) -> str:
    """The verb of an action name: mark_as_complete -> complete."""
    return re.sub(r"^(mark_as_|mark_|set_|set_as_|toggle_)", "", action)


def undoes(action: str, names: set[str]) -> str | None:
    """The action among `names` that this one undoes: uncomplete/incomplete/mark_undone -> complete."""
    stem = _stem(action)
    by_stem = {_stem(n): n for n in names if n != action}
    for other in OPPOSITES.get(stem, ()):
        if other in by_stem:
            return by_stem[other]
    for prefix in NEGATING_PREFIXES:
        rest = stem[len(prefix):].lstrip("_")
        if stem.startswith(prefix) and len(rest) >= 3 and rest in by_stem:
            return by_stem[rest]
    return None


# Route words that flip a state on or off: the one bool field of a row may be what they flip. A word that names a flag
# of its own (`favorite`, `pin`, `hide`) is matched to a bool field by name instead, and a sub-collection or another
# operation (`/tags`, `/members`, `/duplicate`, `/status`) flips nothing.
TOGGLE_VERB = re.compile(r"(un)?(toggle|complete|done|finish|check|mark|activate|deactivate|enable|disable|archive|publish|"
                         r"close|open|reopen|resolve)(_\w+)?")


def flips_a_state(action: str) -> bool:
    """The action's name says it turns a state on or off, whichever bool field holds it."""
    return bool(TOGGLE_VERB.fullmatch(action))



def action_name(segment: str) -> str:
    """The spec's name for the action a route segment serves: `/{id}/read` is `mark_read`, since `read` (like create
    or list) names a generated endpoint; the route keeps its segment through api.actions' path."""
    name = re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", segment).lower()).strip("_")
    return f"mark_{name}" if name in RESERVED_ACTIONS else name
