"""Rules a spec states apart from the column's own line, applied to the chosen entity's fields: closed value lists
(an Enums section, a labelled list, a state machine, a CHECK elsewhere), single-column indexes, lists of defaults,
validation rules and required-field lists in the feature and API specs, lengths from the API contract's request
models, and types from its JSON examples.

Each rule must stay with its entity: the helpers at the top decide whether a line sits in another entity's section.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from typing import TYPE_CHECKING

from backend_builder.spec.extract.constraints import (
    CONDITIONAL,
    EXAMPLE,
    apply_lengths,
    apply_words,
    as_in_list,
    bare_list,
    declared_enums,
    described_values,
    enum_headings,
    enum_values,
    heading_lists,
    labelled_blocks,
    labelled_lists,
    notes_list,
    parse_literal,
    rails_enums,
    state_diagrams,
    state_named,
    value_headings,
    value_tables,
)
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, normal_name, singular, snake
from backend_builder.spec.extract.rust import rust_enums
from backend_builder.spec.model import default_plural

if TYPE_CHECKING:
    from collections.abc import Iterator

    from backend_builder.spec.extract.draft import SpecFiles


@functools.lru_cache(maxsize=16)
def _sections(text: str) -> tuple[str, ...]:
    """For each line (0-based), the headings above it joined, lower-cased; fenced code does not open headings. A
    table's name over a PDF's text table (`customers` over `Alan Tip Zorunlu Açıklama`) heads its rows too. (Kept for
    the few texts of one read: every column's rules ask for the same files' sections.)"""
    from backend_builder.spec.extract.document import word_header

    out, stack, fenced = [], [], False
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        heading = None if fenced else re.match(r"^(#{1,6})\s+(.*)", line)
        if heading:
            level = len(heading.group(1))
            stack = [(lv, h) for lv, h in stack if lv < level] + [(level, heading.group(2).strip())]
        elif not fenced and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", line) and number + 1 < len(lines) and word_header(lines[number + 1]):
            stack = [(lv, h) for lv, h in stack if lv < 7] + [(7, line.strip())]
        elif not fenced and (bold := re.fullmatch(r"\s*\*\*`?([A-Za-z_]\w*)`?\*\*\s*(?:[(（][^)）]*[)）])?\s*[:：]?\s*", line)) and (
                number + 1 < len(lines) and lines[number + 1].lstrip().startswith("|")):
            # ('**users**' over its column table, under '### 2.1 Auth e Usuários': the rows are the users table's)
            stack = [(lv, h) for lv, h in stack if lv < 7] + [(7, bold.group(1))]
        out.append(" / ".join(h for _, h in stack).lower())
    return tuple(out)


def _names_in(heading: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]*", heading.replace("`", ""))
    found = {normal_name(w) for w in words}
    found |= {normal_name("_".join(words[i:i + 2])) for i in range(len(words) - 1)}
    return found


def _foreign_section(section: str, others: set[str], mine: set[str]) -> bool:
    """The line sits under another entity's heading (a Comment's rules are not a BlogPost's)."""
    if not section or not others:
        return False
    last = section.rsplit(" / ", 1)[-1]
    words = _names_in(last)
    names = _flat(words | {normal_name(w) for w in words})  # ('### PetOwner' reads 'petowner', others hold 'pet_owner';
    return bool(names & _flat(others)) and not names & _flat(mine)  # '### `propiedades`' is the propiedad)


def _owned_by_another(section: str, others: set[str], mine: set[str]) -> bool:
    """The nearest heading above that names an entity names another one (`## Entidad Reservation` over `### Estados`)."""
    parts = section.split(" / ")
    for depth in range(len(parts), 0, -1):
        words = _names_in(parts[depth - 1])
        names = _flat(words | {normal_name(w) for w in words})
        if names & _flat(mine):
            return False
        if names & _flat(others):
            return True
    return False


def _flat(names: set[str]) -> set[str]:
    return {n.replace("_", "") for n in names}


def _about_another(section: str, before: str, others: set[str], own: set[str]) -> bool:
    """The rule belongs to another entity: under its heading, or its name just before the field's."""
    if _foreign_section(section, others, own):
        return True
    words = _names_in(before[-40:])
    if label := re.match(r"\s*(?:[-*+]\s+|\d+[.)]\s+)?[*`]*([A-Za-z_]\w*)[*`]*\s*[:：—–]", before):
        words |= _names_in(label.group(1))  # `- **attendance_sessions**: class_section_id, academic_year_id, ...`
    return bool(words & others) and not words & own


def _qualified_by_another(before: str, own: set[str]) -> bool:
    """The name is written qualified by a table (`type.name`) that is none of this entity's names, nor the last part of
    one (`device.name` of `sensors_device`, a table kept in a schema)."""
    qualifier = re.search(r"([A-Za-z_]\w*)\.$", before)
    if qualifier is None or not own:
        return False
    said = normal_name(qualifier.group(1))
    return not any(said in (name, singular(name)) or name.endswith((f"_{said}", f"_{singular(said)}"))
                   or singular(name).endswith(f"_{singular(said)}") for name in {normal_name(o) for o in own if o})


SAME_AS = re.compile(r"(?:^|[;|])\W*(?:idem|ídem|same\s+as|as\s+for|like|comme|pareil\s+que|igual\s+(?:que|a)|wie\s+bei|wie)\s+"
                     r"`?([A-Za-z_]\w*)`?\W*$", re.IGNORECASE)


def apply_same_values(fields_out: list[tuple[RawField, RawField]], diagnostics: list[str]) -> None:
    """`| team2_src_type | TEXT | idem team1. |`: the values another column lists, named whole or by the part of its
    name this one changes (team1 for team2 in `team2_src_type`)."""
    by_name = {snake(m.name): m for m, _raw in fields_out}
    for merged, _raw in fields_out:
        said = SAME_AS.search(merged.description or "")
        if not said or merged.enum_values or merged.type not in ("str", "text", "enum", None):
            continue
        other = snake(said.group(1))
        parts = snake(merged.name).split("_")
        names = [other, *("_".join(other if i == j else p for j, p in enumerate(parts)) for i in range(len(parts)))]
        source = next((by_name[n] for n in names if n in by_name and by_name[n] is not merged and by_name[n].enum_values), None)
        if source is not None:
            merged.type, merged.enum_values = "enum", list(source.enum_values)
            diagnostics.append(f"{merged.name}: enum values {', '.join(source.enum_values)}, the same as {source.name} "
                               f"('{said.group(0).strip(' ;|')}')")


def _piped_values(merged: RawField, files: SpecFiles, texts: dict[str, str]) -> tuple[list[str], str] | None:
    """`status` (a|b|c) anywhere in the specs, the list holding the column's default: (the values, where)."""
    pattern = re.compile(rf"`{re.escape(merged.name)}`\s*[(（]\s*([\w-]+(?:\s*\|\s*[\w-]+)+)\s*[)）]|"
                         # (`status: optional "open" | "done"`, a route's parameter of the column's name)
                         rf"^\s*(?:[-*+]\s+)?`?{re.escape(merged.name)}`?\s*[:：]\s*(?:optional\s+|required\s+)?"
                         r"((?:[\"'][\w-]+[\"']\s*\|\s*)+[\"'][\w-]+[\"'])\s*$|"
                         # (a rule `- Status: open|done`, the name as a word)
                         rf"^\s*(?:[-*+]\s+)?\**(?i:{re.escape(merged.name)})\**\s*[:：]\s*([\w-]+(?:\s*\|\s*[\w-]+)+)\s*\.?\s*$")
    for path in files.all:
        for number, line in enumerate(texts[path].splitlines(), 1):
            for found in pattern.finditer(line):
                values = [v.strip().strip("\"'") for v in (found.group(1) or found.group(2) or found.group(3)).split("|")]
                if merged.default in values and len(set(values)) == len(values):
                    return [v for v in values if v.lower() != "all"], f"{path}:{number}"
    # ('enum `status_servis` with values `Menunggu Antrian`, `Diperiksa`, `Dikerjakan`. Column `layanan_service.status`
    # MUST be of this enum with default `Menunggu Antrian`': a run of three or more code spans on a line that names
    # the column, the default among them)
    spans = re.compile(r"`[^`\n]{1,40}`(?:\s*,\s*(?:(?:and|or|dan|atau|y|e|et|und|o|ou)\s+)?`[^`\n]{1,40}`){2,}")
    named = re.compile(rf"`(?:\w+\.)?{re.escape(merged.name)}`")
    for path in files.all:
        for number, line in enumerate(texts[path].splitlines(), 1):
            if not named.search(line):
                continue
            for found in spans.finditer(line):
                if EXAMPLE.search(line[:found.start()]) or re.search(r"[例如]\s*[:：]?\s*$", line[:found.start()]):
                    continue  # ('(例: `pending`, `confirmed`, `cancelled`)': examples, not the list)
                values = re.findall(r"`([^`]+)`", found.group(0))
                if merged.default in values and len(set(values)) == len(values) and all(
                        re.fullmatch(r"[^\W_][\w-]*(?: [\w-]+){0,3}", v) for v in values):
                    return values, f"{path}:{number}"
    return None


def apply_listed_defaults(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                          diagnostics: list[str]) -> None:
    """A default a rule gave (after the enums were looked for), found in a list elsewhere that names the column: the
    list is its values."""
    for merged, _raw in fields_out:
        if merged.type in ("str", "text", "enum") and not merged.enum_values and isinstance(merged.default, str) and \
                merged.default not in NO_VALUE_DEFAULTS and (piped := _piped_values(merged, files, texts)):
            merged.type, merged.enum_values = "enum", piped[0]
            diagnostics.append(f"{merged.name}: enum values {', '.join(piped[0])} from {piped[1]} (they hold its default "
                               f"{merged.default!r})")


def _type_key(name: str) -> str:
    """A declared type's name as a column's would be written, without its `enum` word: `client_type_enum` -> clienttype,
    `PaymentMethod` -> paymentmethod."""
    return re.sub(r"(?<=.)_?enum$", "", name.lower()).replace("_", "")


# Defaults that name no value of a list: the database's own functions and an empty one.
NO_VALUE_DEFAULTS = {"", "now", "now()", "null"}


# 'status: Must be '0' or '1'': quoted values with 'or' between them, after 'must be' (a rule's closed list)
EITHER_QUOTED = r"\b(?:must|shall|can|may)\s+(?:only\s+)?be\s+(?:either\s+)?[`'\"][^`'\"]{1,30}[`'\"](?:\s*,\s*[`'\"][^`'\"]{1,30}[`'\"])*,?\s+or\s+[`'\"]"


def apply_enums(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                 diagnostics: list[str], others: set[str], own: set[str]) -> None:
    """Closed lists stated apart from the column: a C#/TS/Python enum type, an Enums section, a CHECK elsewhere."""
    declared: dict[str, list[str]] = {}
    by_field: dict[str, list[str]] = {}  # an Enums section's `### priority` names the column itself
    mine: set[str] = set()  # the names of lists listed under the entity's own heading
    for path in files.all:
        for name, values in (declared_enums(texts[path]) | rust_enums(texts[path])).items():
            declared.setdefault(name, values)
        located: list[tuple[str, list[str], int]] = []
        headed = enum_headings(texts[path], located)
        sections = _sections(texts[path])
        for name, values, line in located:
            # `# 9. leads` / `## status values`: the leads' statuses, not the `tenants`' list of the same name above
            section = sections[line - 1] if 0 < line <= len(sections) else ""
            if _owned_by_another(section, others, own):
                continue
            if _names_in(section) & own and name not in mine:
                by_field[name] = values
                mine.add(name)
            by_field.setdefault(name, values)
        seen = {name for name, _values, _line in located}  # (one another entity owns is not this one's, at all)
        for name, values in [(n, v) for n, v in headed.items() if n not in seen]:
            by_field.setdefault(name, values)
        valued: list[tuple[str, list[str], int]] = []
        value_tables(texts[path], valued)
        labelled_blocks(texts[path], valued)  # ('Booking status:' over a block of `inquiry`, `confirmed`, ...)
        for name, values, line in valued:  # (`**Status values:** active, paused` under `### queues`: the queues')
            section = sections[line - 1] if 0 < line <= len(sections) else ""
            # (a table headed `| Status | Beschreibung |` is read as an entity `status` too: no other owner of it)
            if not _owned_by_another(section, others - {name, singular(name)}, own):
                by_field.setdefault(name, values)
    tables = {t for name in own for t in (name, default_plural(name))}
    rails = {name: pairs for path in files.schema for name, pairs in rails_enums(texts[path], {snake(n) for n in own}).items()}
    for merged, _raw in fields_out:
        pairs = rails.get(snake(merged.name), [])
        if merged.type in ("str", "text") and pairs and all(isinstance(code, str) for _name, code in pairs) and not (
                merged.enum_values):
            # `t.string :status` with `enum :status, { uploading: "uploading", failed: "failed" }`: the strings it keeps
            merged.type, merged.enum_values = "enum", [name for name, _code in pairs]
            diagnostics.append(f"{merged.name}: a Rails enum ({', '.join(merged.enum_values)})")
            continue
        if merged.type == "int" and snake(merged.name) in rails and not merged.enum_values:
            # `enum :status, { active: 0, paused: 1 }`: Rails stores the code and answers the name; the column's
            # notes may spell the names (`Enum: 0=active, 1=paused`), else the declaration does
            pairs = dict(rails[snake(merged.name)])
            noted = {int(code): name for code, name in re.findall(r"\b(\d+)\s*[=:]\s*([a-z][a-z0-9_]*)",
                                                                  merged.description or "")}
            if set(noted) == set(pairs.values()):
                pairs = {name: code for code, name in noted.items()}
            by_code = {code: name for name, code in pairs.items()}
            merged.type, merged.enum_values = "enum", [by_code[c] for c in sorted(by_code)]
            if isinstance(merged.default, int) and merged.default in by_code:
                merged.default = by_code[merged.default]
            diagnostics.append(f"{merged.name}: a Rails enum ({', '.join(merged.enum_values)}): the names go over the wire")
            continue
        typed = next((declared[n] for text in [merged.type_text, *merged.also_typed]
                      if (n := re.sub(r"\s*(?:\bor\s+null|\|\s*null|,?\s*nullable)\s*$", "", text.strip(), flags=re.IGNORECASE)
                          .strip("`*?! ").lower()) in declared), None)  # (`StrainType` or null)
        if typed and merged.enum_values and merged.enum_values != typed and merged.type in ("enum", "str", "text"):
            # `| assessment | AssessmentType? | 评估结果（会/不会/跳过）|`: the declared type's values, not the labels
            diagnostics.append(f"{merged.name}: enum values {', '.join(typed)}, as its type declares them "
                               f"(not {', '.join(merged.enum_values)})")
            merged.type, merged.enum_values = "enum", typed
            continue
        # (a type's name is written as one, `TicketStatus`; `tenant` among `owner, tenant` is a value, whatever list
        # elsewhere happens to be keyed by the same word)
        listed_type = next((v for v in merged.enum_values or [] if v.lower() in declared and v not in declared[v.lower()]
                            and re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*", v)), None)
        if listed_type:  # `TicketStatus`, default `open`: the notes name the enum and its default, not two values
            merged.enum_values = declared[listed_type.lower()]
            diagnostics.append(f"{merged.name}: enum values {', '.join(merged.enum_values)}, as {listed_type} declares them")
        if merged.enum_values:
            drawn = _state_machine(merged.name, files, texts, others, own, merged.type_text,
                                   listed=merged.enum_values) if merged.default is NO_DEFAULT else None
            if drawn and drawn[1] and set(drawn[0]) == set(merged.enum_values):
                merged.default = drawn[1]  # the listed values, drawn as a machine that starts from one of them
                diagnostics.append(f"{merged.name}: default {drawn[1]!r}, the state the drawing at {drawn[2]} starts from")
            elif drawn and drawn[1] and {v.lower() for v in drawn[0]} - {drawn[1].lower()} == {
                    v.lower() for v in merged.enum_values} and drawn[1].lower() not in {v.lower() for v in merged.enum_values}:
                # `CREATED → WAITING → PLAYING` over `enum RoomStatus { WAITING = 'waiting', ... }`: the drawing starts
                # before the row is stored; the first state it is stored in is the one a new row gets
                first = next(v for v in drawn[0] if v.lower() != drawn[1].lower())
                merged.default = next(v for v in merged.enum_values if v.lower() == first.lower())
                diagnostics.append(f"{merged.name}: default {merged.default!r}, the first stored state of the drawing at "
                                   f"{drawn[2]} (which starts from {drawn[1]!r}, no value of the column)")
            continue
        qualified = next((declared[f"{t}.{merged.name.lower()}"] for t in sorted(tables) if f"{t}.{merged.name.lower()}" in declared),
                         None)  # `### 活动状态 (activities.status)`: this table's column by name
        # (or a type named for the entity and the column, `PlantingPlanStatus` for the PlantingPlan's `status`)
        if not qualified and merged.type in ("enum", None) and not merged.enum_values:
            named = (re.sub(r"[\W_]", "", f"{singular(snake(o))}{snake(merged.name)}").lower() for o in sorted(own) if o)
            qualified = next((declared[key] for key in named if key in declared), None)
        if qualified and merged.type in (None, "enum", "str", "text"):
            merged.type, merged.enum_values = "enum", qualified
            diagnostics.append(f"{merged.name}: enum values {', '.join(qualified)}, listed for it apart from the table")
            continue
        base = re.sub(r"^(optional|nullable)\s*\[(.*)\]$", r"\2", merged.type_text.strip().strip("`*"), flags=re.IGNORECASE)
        base = re.sub(r"[?!]$|\s*\|\s*(none|null|undefined)$", "", base, flags=re.IGNORECASE).strip().lower()
        base = re.sub(r"\s+(enum|type)$|\(.*\)$", "", base).strip()  # contact_source ENUM
        base = re.sub(r"^[\"`]?[A-Za-z_]\w*[\"`]?\.(?=[\"`]?[A-Za-z_]\w*[\"`]?$)", "", base).strip("\"`")  # (`public.event_status`)
        values = (declared.get(base) or next((v for k, v in declared.items() if k.replace("_", "") == base.replace("_", "")),
                                             None)) if merged.type in (None, "enum", "str", "text") and base else None
        # (`state room_state` in the DDL, `## RoomState Enum` over its values: one type, spelled two ways)
        first = re.match(r"[A-Za-z_]\w*", base)
        if not values and first and merged.type in (None, "enum"):  # `product_status`, default `draft`
            values = declared.get(first.group(0))
        # (`Grade: \`Grade\` (enum)`: the enum, then its name; but an `enum` type cell and notes that begin 'stato
        # tecnico della cattura' name no enum `stato`: a sentence is no name)
        notes = merged.description or ""
        alone = re.match(r"\s*`?[A-Za-z_]\w*`?\s*(?:[,;(]|$)", notes)
        named = [name.lower() for said in (merged.type_text, notes, f"{merged.type_text} {notes}" if alone else "")
                 for groups in re.findall(
            r"\benum\s*(?:→|->|:)?\s+`?(?!enum\b)([A-Za-z_]\w*)|\bchoices\s*=\s*`?([A-Za-z_]\w*)",
            said, re.IGNORECASE) for name in groups if name]
        quoted_type = re.fullmatch(r"\s*`([A-Z][A-Za-z0-9_]*)`\s*\.?", merged.description or "")
        if quoted_type:  # `| status | varchar(50) | No | \`ReservationStatus\` |`: the enum its notes name
            named.append(quoted_type.group(1).lower())
        if merged.type == "enum":  # `| entity_type | enum | See BusinessEntityType |`: an enum declared by that name
            named += [w.lower() for w in re.findall(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b", merged.description or "")
                      if w.lower() in declared]
        elif merged.type in ("str", "text"):  # `| status | \`ProjectStatus\` | varchar(32) |`: the class's type, an enum
            named += [w.lower() for w in re.findall(r"`\??([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)`", merged.description or "")
                      if w.lower() in declared]
            # (`status TEXT` in the DDL, `| status | RecordingStatus |` in the entity's table: the enum it holds)
            named += [w.lower() for text in merged.also_typed if (w := text.strip("`*?! ")).lower() in declared]
        if not values and merged.type in (None, "enum", "str", "text") and named:
            # `status: enum BookingStatus, required`; Django's `choices=Status`
            base, values = next(((n, found) for n in named if (found := declared.get(n) or by_field.get(n))), (base, None))
        if not values and merged.type in ("str", "text", "enum"):
            values = by_field.get(merged.name.lower()) or by_field.get(snake(merged.name).replace("_", ""))
        if not values and merged.type is None:  # `relationshipCategory | RelationshipCategory` with its own section
            values = by_field.get(base) or by_field.get(base.replace("_", ""))
        if not values and merged.type is None and re.search(r"(status|state|type|kind|category|role|level|mode|priority|stage)$",
                                                            base):
            # `| status | ReservationStatus | ✓ | confirmed | confirmed / cancelled / no-show |`: a type defined
            # nowhere else, its values in the column's own notes
            values = notes_list(merged.description or "")
        if not values and merged.type in ("str", "text", "enum") and "_" in snake(merged.name):
            # a type named like the column itself: `paymentMethod TEXT` with `const PaymentMethod = {...}` / `enum PaymentMethod`
            flat = snake(merged.name).replace("_", "")
            values = next((v for k, v in declared.items() if _type_key(k) == flat), None)
        if not values and merged.type in ("str", "text", "enum"):
            # `priority VARCHAR(10) DEFAULT 'medium'` in the task table and `### TaskPriority` listing low, medium...:
            # the entity's own type for the column (which holds its default, if it has one)
            flat = snake(merged.name).replace("_", "")
            # (or `StatusAnimal`, the entity's name after the column's, as Portuguese and Spanish put it)
            values = next((v for k, v in declared.items() for name in own
                           if _type_key(k) in (name.replace("_", "") + flat, flat + name.replace("_", ""))
                           and (merged.default is NO_DEFAULT or str(merged.default) in v)), None)
        if not values and merged.type in ("str", "text", "enum"):
            values = _labelled_list(merged.name, files, texts, others, own) or described_values(
                merged.description or "", merged.name, merged.default if merged.default is not NO_DEFAULT else None,
                declared_enum=merged.type == "enum")
        if not values and merged.type in ("str", "text", "enum"):
            # `HAPPY`、`LONELY`、`CURIOUS` 等 ("and so on"): the one enum declared elsewhere that holds them all
            shown = set(re.findall(r"`([A-Za-z0-9_-]+)`", merged.description or ""))
            holding = {tuple(v): n for n, v in declared.items() if len(shown) >= 2 and shown <= set(v)}
            if len(holding) == 1:
                (found, base), = holding.items()
                values = list(found)
        undefined = [t for text in [merged.type_text, *merged.also_typed] for t in re.findall(
            r"`?\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\b`?", text) if t.lower() not in declared]
        if not values and merged.type in ("str", "text", "enum") and undefined:
            # `| type | AccountType (from another module) |` and the contract's "- `type` (required): `RECEIVABLE` ou
            # `PAYABLE`": a type the spec does not define, whose values a bullet about the field lists
            values, base = _bulleted_values(merged.name, files, texts, others, own), undefined[0]
        if not values and merged.type in ("str", "text", "enum") and re.fullmatch(r"\W*enum\W*", merged.type_text, re.IGNORECASE):
            # `| status | Enum | Turnierstatus |` and, under the entity's own "**Enums**:", "- `status`: `PLANNED`, ..."
            values, base = _bulleted_values(merged.name, files, texts, others, own), merged.name
        if not values and merged.type in ("str", "text", "enum"):
            # `estado (enum de state-machine.md)`: the values are in the file the column names
            values, base = _values_in_named_file(merged.description or "", files, texts) or (None, base)
        if not values and merged.type in ("str", "text", "enum") and re.search(r"\benum\b", merged.type_text, re.IGNORECASE):
            # `status (enum/string)` in the schema, its values nowhere there: a list headed for it in another file
            # (the UI's `### Status Labels` over `- pending → En attente`)
            values = _headed_values(merged.name, files, texts, others, own)
        if not values and merged.type in ("str", "text", "enum", None):
            # `### \`interval\`` over '- Typ: Enum' and '- Werte:' with a bullet per value: the column's own section
            values = _field_section_values(merged.name, files, texts) or values
        drawn = _state_machine(merged.name, files, texts, others, own, merged.type_text) if (merged.type in ("str", "text", "enum") or (
            merged.type is None and values)) and (
            not values or merged.default is NO_DEFAULT) else None
        if drawn and values and set(drawn[0]) != set(values):
            drawn = None  # (a drawing of other states than the listed ones says nothing of this column)
        if drawn and any(set(m.enum_values or []) == set(drawn[0]) for m, _ in fields_out if m is not merged):
            drawn = None  # (the states another column lists: `status`'s, drawn under "State Transitions", not `state`'s)
        if drawn:
            values, initial, where = drawn
            if initial and merged.default is NO_DEFAULT:
                merged.default = initial
                diagnostics.append(f"{merged.name}: default {initial!r}, the state the drawing at {where} starts from")
        if values and re.match(r"\s*`?\w+`?\s*\[\]|\s*(array|list)\s*[<\[(]", merged.type_text, re.IGNORECASE):
            # `Allergen[] NOT NULL`: a list of the enum's values, kept as a list of strings
            merged.type, merged.enum_values = "list[str]", None
            diagnostics.append(f"{merged.name}: a list of {first.group(0) if first else base} values ({', '.join(values)}): list[str]")
            continue
        if values:
            merged.type, merged.enum_values = "enum", values
            diagnostics.append(f"{merged.name}: enum {base} declared apart from the column: {', '.join(values)}")
            continue
        if merged.type not in ("str", "text", "enum"):
            continue
        if isinstance(merged.default, str) and merged.default and (piped := _piped_values(merged, files, texts)):
            # `status String(20) Default "unread"`, and the API's filter `status` (unread|reading|completed|on_hold):
            # a list that holds the column's default is its values
            merged.type, merged.enum_values = "enum", piped[0]
            diagnostics.append(f"{merged.name}: enum values {', '.join(piped[0])} from {piped[1]} (they hold its default "
                               f"{merged.default!r})")
            continue
        pattern = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(merged.name)}(?![A-Za-z0-9_])", re.IGNORECASE)
        rest = [p for p in texts if p not in (*files.schema, *files.feature, *files.api) and p.endswith(".md")
                and files.layout not in ("spec-kit", "agent-os")]  # an overview.md that states the rule the schema refers to
        for path in [*files.schema, *files.feature, *files.api, *rest]:
            sections = _sections(texts[path])
            lines = [as_in_list(line) for line in texts[path].splitlines()]  # (a dump's `kind = ANY (ARRAY[...])`)
            for number, line in enumerate(lines, 1):
                section = sections[number - 1]
                label = re.fullmatch(rf"[`*\s]*{pattern.pattern}[`*\s]*[:：]\s*[`*]*\s*", line, re.IGNORECASE)
                if label and not _about_another(section, "", others, own):
                    found = _labelled_check(merged, lines[number:number + 10])
                    if found:  # `category：` over `- CHECK制約想定（開発・会議・その他）`
                        merged.type, merged.enum_values = "enum", found
                        diagnostics.append(f"{merged.name}: enum values {', '.join(found)} from {path}:{number}")
                        break
                valid = re.match(rf"^\W*(?:(?:valid|allowed|possible|accepted|permitted)\s+)?{re.escape(merged.name)}(?:e?s)?\s+"
                                 r"(?:v[áa]lid[oa]s|permitid[oa]s|posibles|poss[íi]veis|valides|autoris[ée]e?s|g[üu]ltige|ammess[ie]|"
                                 r"consentit[ie]|valid|allowed)\s*[:：]\s*(.+)$", line, re.IGNORECASE) or re.match(
                    rf"^\W*(?:valid|allowed|possible|accepted|permitted)\s+{re.escape(merged.name)}(?:e?s)?\s*[:：]\s*(.+)$", line,
                    re.IGNORECASE)
                # ('赛事主体。状态机：`draft → cfg → reg → ended`', 'State machine: `open → closed`': the states of its status)
                machine = re.search(r"(?:状态机|狀態機|状態遷移|state\s+machine|m[áa]quina\s+de\s+estados)\s*[:：]\s*`([^`]+)`", line,
                                    re.IGNORECASE) if snake(merged.name) in STATE_COLUMNS or re.search(
                    r"状态机|狀態機|state\s+machine", merged.description or "", re.IGNORECASE) else None
                if machine and re.fullmatch(r"\s*[\w-]+(?:\s*(?:→|->|/|\|)\s*[\w-]+)+\s*", machine.group(1)):
                    valid = re.match(r"(.*)", " ".join(f"`{v}`" for v in re.split(r"\s*(?:→|->|/|\|)\s*", machine.group(1).strip())))
                quoted = list(dict.fromkeys(re.findall(r"`([\w-]{1,40})`", valid.group(1)))) if valid else []
                if len(quoted) >= 2 and not _about_another(section, "", others, own) and (
                        not isinstance(merged.default, str) or merged.default in quoted):
                    # 'Estados válidos: `DISPONIBLE`, `RESERVADO`, `BAJA`.', 'Valid statuses: `open`, `closed`'
                    merged.type, merged.enum_values = "enum", quoted
                    diagnostics.append(f"{merged.name}: enum values {', '.join(quoted)} from {path}:{number}")
                    break
                if not re.search(r"enum|allowed values|valid values|value lists?|\bconstraints?\b|\bcheck\s*\(|\bcheck constraint|"
                                 r"\bcheck\b\W*:|\bin\s*\(\s*['\"]|"  # '**CHECK**: `category IN ('a', 'b')`'
                                 r"\b(must|shall|can|may) be one of\b|\bis one of\b|\b(?:limited|restricted) to\s+[`'\"]|"
                                 r"\b(?:required|optional),\s*one of\s*:|"  # ('`severity`: Required, one of: low, high')
                                 r"\b(?:can|may|must) only be\s+[`'\"]|" + EITHER_QUOTED + "|"
                                 r"\|\s*(select|dropdown|drop-down|radio|radio buttons?|choice|picklist|segmented)\s*\|", section + " " + line,
                                 re.IGNORECASE):
                    continue
                # (the mention the rule follows: "with `status` alone, since `status` is limited to ...")
                match = next((m for m in pattern.finditer(line) if re.match(
                    r".{0,25}?(?:\bin\s*\(|one of|enum|(?:limited|restricted) to|only be)", line[m.end():], re.IGNORECASE)),
                    pattern.search(line))
                if not match or _about_another(section, line[:match.start()], others, own) or re.search(
                        r"\b(where|and|or|when|having)$", line[:match.start()].strip(" `*").lower()) and re.match(
                        r"[`*\s]*(not\s+)?in\s*\(", line[match.end():], re.IGNORECASE):
                    continue  # (`AND status IN ('PENDING', 'APPROVED')`: a query's condition, not the column's values)
                if line[max(0, match.start() - 1):match.start()] in ("'", '"') and line[match.end():match.end() + 1] in (
                        "'", '"'):
                    continue  # `type='category' and kind in (...)`: the word is another column's value, a string
                tail = line[match.end():]
                keyword = re.search(r"\bin\s*\(|one of|enum|values?\s*[:=]|(?:limited|restricted) to|only be|" + EITHER_QUOTED, tail,
                                    re.IGNORECASE)
                # (the keyword is this field's: 'Name (string), Type (enum), ...' is Type's enum, not Name's; nor is
                # `(license_plate) WHERE status IN (...)` a list of plates)
                other = re.search(r"\bcheck\s*\(\s*[`\"]?(\w+)", tail[:keyword.end()], re.IGNORECASE) if keyword else None
                # (`sender TEXT NOT NULL CHECK(sender IN (...))`: a column named `text` is not the type word, nor
                # another column's CHECK its list)
                found = enum_values(tail[keyword.start():]) if keyword and keyword.start() <= 25 and not re.search(
                    r"[,;│┃]|\b(where|when|if)\b", re.sub(r"^[`*\s]*[:=\-–—]?\s*(?:required|optional),\s*$", "", tail[:keyword.start()],
                                                           flags=re.IGNORECASE), re.IGNORECASE) and not (
                    other and other.group(1).lower() != merged.name.lower()) else None
                checked = re.search(rf"\bcheck\s*\(\s*[`\"]?{re.escape(merged.name)}[`\"]?\s+in\s*\([^)]*\)\s*\)", line,
                                    re.IGNORECASE)
                found = found or (enum_values(checked.group(0)) if checked else None)  # CHECK (status IN ('PAID'))
                if not found and re.match(r"^[`*\s]*\|", tail):  # a table row: one of its cells is the list
                    found = next((v for v in map(notes_list, tail.split("|")[1:]) if v), None)
                elif not found and re.match(r"^[`*\s]*[:=\-–—]", tail):
                    found = notes_list(re.sub(r"^[`*\s]*[:=\-–—]\s*", "", tail).strip())
                if found and isinstance(merged.default, str) and merged.default not in NO_VALUE_DEFAULTS and (
                        merged.default not in found):
                    continue  # (`status TEXT DEFAULT 'draft'` and another table's `CHECK (status IN ('going', ...))`)
                if found:
                    merged.type, merged.enum_values = "enum", found
                    diagnostics.append(f"{merged.name}: enum values {', '.join(found)} from {path}:{number}")
                    break
            if merged.enum_values:
                break


def apply_enum_defaults(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                        diagnostics: list[str]) -> None:
    """`priority: TicketPriority` where `enum TicketPriority { LOW  MEDIUM // Prioridad media (default) }`: the member
    the declaration calls the default is the column's, unless the column says its own."""
    marked: dict[str, tuple[str, str]] = {}
    for path in files.all:
        for match in re.finditer(r"\benum\s+(?:class\s+)?([A-Za-z_]\w*)[^{}\n]*\{([^{}]*)\}", texts[path]):
            for member, comment in re.findall(r"^[ \t]*([A-Za-z_]\w*)[ \t]*(?:=[^,/#\n]*)?,?[ \t]*(?://|#)[ \t]*([^\n]*)$",
                                              match.group(2), re.MULTILINE):
                if re.search(r"[(（]\s*(?:default|por defecto|padr[ãa]o|par d[ée]faut|默认|默認|デフォルト|기본값?)\s*[)）]|"
                             r"^(?:default|por defecto|padr[ãa]o)\b|\bdefault\s*$", comment.strip(), re.IGNORECASE):
                    marked.setdefault(match.group(1).lower(), (member, path))
    for merged, _raw in fields_out:
        named = merged.type_text.strip("`*?! ").lower()
        if merged.type == "enum" and merged.default is NO_DEFAULT and named in marked and marked[named][0] in (
                merged.enum_values or []):
            merged.default = marked[named][0]
            diagnostics.append(f"{merged.name}: default {merged.default}, the member {marked[named][1]} marks the "
                               f"default of {merged.type_text.strip('`*?! ')}")


DEFAULT_WORDS = re.compile(r"\bdefault\b|デフォルト|既定|默认|默認|기본값|por defecto|predeterminad|padr[ãa]o|par d[ée]faut|"
                           r"standardwert|standardmäßig", re.IGNORECASE)
# A heading or bold label over a list of defaults, `- isPrivate: false`.
DEFAULTS_LABEL = re.compile(r"^\s*(?:#{2,6}\s+|\*\*)\s*(default values|defaults|domy[śs]lne warto[śs]ci|valores por defecto|"
                            r"valores (?:padr[ãa]o|predeterminados)|valeurs par d[ée]faut|standardwerte|デフォルト値|初期値|"
                            r"默认值|默認值|기본값)\s*:?\s*(?:\*\*)?\s*:?\s*$", re.IGNORECASE)


def apply_default_lists(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         own: set[str], others: set[str]) -> None:
    """`#### Domyślne wartości:` over `- isPrivate: false`, `- status: 'active'` (code-quoted) in the entity's section: the
    defaults of its columns (a value the code computes, `new DateTimeImmutable()`, is not a literal)."""
    by_name = {normal_name(m.name): m for m, _raw in fields_out}
    for path in files.schema:
        lines = texts[path].splitlines()
        sections = _sections(texts[path])
        for number, line in enumerate(lines):
            if not DEFAULTS_LABEL.match(line) or _owned_by_another(sections[number - 1] if number else "", others, own):
                continue
            for following in lines[number + 1:number + 20]:
                item = re.match(r"^\s*[-*+]\s*`?([A-Za-z_]\w*)`?\s*[:=]\s*(.+?)\s*$", following)
                if not item:
                    break
                merged = by_name.get(normal_name(item.group(1)))
                value = item.group(2).strip()
                if merged is None or merged.default is not NO_DEFAULT or not re.fullmatch(
                        r"true|false|-?\d+(\.\d+)?|'[^']*'|\"[^\"]*\"|`[^`]*`", value, re.IGNORECASE):
                    continue
                merged.default, merged.required = parse_literal(value), False


# 'todo empleado nuevo se crea con `isActive = true`', 'new projects are created with `archived = false`'
CREATED_WITH = re.compile(r"(?:\bcreated|\bse\s+crean?|\b(?:é|e|são|sao)\s+criad[oa]s?|\bcr[ée]{2}s?|\bwird\s+mit|\bwerden\s+mit)"
                          r"\s+(?:(?:with|con|com|avec)\s+)?`([A-Za-z_]\w*)\s*(?:=|==|:)\s*([^`]+)`", re.IGNORECASE)


def apply_creation_defaults(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                            own: set[str], others: set[str]) -> None:
    """A sentence that says what a new row is created with (se crea con `isActive = true`): that column's default,
    so the client need not send it. Only in the entity's own sections, and only a literal value."""
    by_name = {normal_name(m.name): m for m, _raw in fields_out}
    for path in [*files.schema, *files.feature]:
        lines = texts[path].splitlines()
        sections = _sections(texts[path])
        for number, line in enumerate(lines):
            for found in CREATED_WITH.finditer(line):
                merged = by_name.get(normal_name(found.group(1)))
                value = found.group(2).strip()
                if merged is None or merged.default is not NO_DEFAULT or not re.fullmatch(
                        r"true|false|-?\d+(\.\d+)?|'[^']*'|\"[^\"]*\"", value, re.IGNORECASE) or _owned_by_another(
                        sections[number - 1] if number else "", others, own):
                    continue
                merged.default, merged.required = parse_literal(value), False


# 'initial state', '初期ステータス', '初始狀態', 'estado inicial': the words that name the value a new row starts in.
INITIAL_STATE = re.compile(r"\binitial(?:ly)?\s+(?:[a-z]+\s+)?(?:state|status|value|stage)\b|\b(?:state|status)\s+initial\b|"
                           r"^\s*(?:[-*+]\s+)?\**(?:initial|start)\**\s*[:：]|"  # '- **Initial**: `pending`' under 'Status Transitions'
                           r"\bcreated\s+(?:with|in)\s+(?:an?\s+|the\s+)?(?:status|state)\b|"  # 'is created with status "active"'
                           r"\bcreated\s+with\s+an?\s+[\"'`]?[\w-]+[\"'`]?\s+(?:status|state)\b|"
                           r"\bnew\s+[a-z]+(?:\s+[a-z]+)?\s+(?:start|begin)s?\s+(?:as|in|with)\b|"  # 'New posts start as draft'
                           r"\b(?:start|begin)s?\s+in\s+(?:the\s+)?[\"'`]?[\w-]+[\"'`]?\s+(?:status|state)\b|"
                           r"\b(?:start|begin)s?\s+(?:out\s+)?(?:as\s+|in\s+)?[\"'`][\w-]+[\"'`]|"  # 'events start `pending`'
                           r"\bdefaults?\s+to\s+[\"'`][\w -]+[\"'`]|"  # 'A book added by search defaults to `want_to_read`'
                           r"\b(?:persisted|stored|inserted|created)\s+as\s+[\"'`][\w-]+[\"'`]|"  # 'persisted as `Draft` upon generation'
                           # (not 'Queries default to `status <> 'deleted'`', a filter)
                           r"\b(?:estado|status)\s+inicial|\b(?:statut|état|etat)\s+initial|"
                           # ('Una orden inicia en estado PENDING', 'começa com status RASCUNHO', 'starts in state NEW')
                           r"\b(?:inicia|comienza|empieza|arranca|come[çc]a|nasce)\s+(?:en|em|con|com|como)\s+(?:el\s+|o\s+)?(?:estado|status)\b|"
                           r"\b(?:start|begin)s?\s+in\s+(?:the\s+)?(?:state|status)\b|"
                           r"\banfangs(?:zustand|status)|\binitial(?:er|e)?\s+(?:zustand|status)|"
                           r"初期(?:ステータス|状態|値)|初始(?:状态|狀態|状態|值)|초기\s*상태", re.IGNORECASE)


def apply_initial_states(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         diagnostics: list[str], own: set[str], others: set[str]) -> None:
    """'FR-008: new products start in the initial status 「下書き」(draft)', '`CREATED, // Initial state`': the one
    value of a closed list that a line calls the initial state is the column's default."""
    lists = [m for m, _raw in fields_out if m.type == "enum" and m.enum_values and m.default is NO_DEFAULT]
    for merged in lists:
        # (a value another list of this entity also holds says nothing of which column starts in it)
        mine = [v for v in merged.enum_values if v and not any(v in (m.enum_values or []) for m in lists if m is not merged)]
        for path in [*files.schema, *files.feature]:
            sections = _sections(texts[path])
            for number, line in enumerate(texts[path].splitlines()):
                if not INITIAL_STATE.search(line) or _foreign_section(sections[number], others, own):
                    continue
                named = {v for v in mine if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", line)} or {
                    v for v in mine if re.search(rf"[\"'`“]{re.escape(re.sub(r'[_-]', ' ', v))}[\"'`”]", line, re.IGNORECASE)}
                # (`IN_REVIEW` spelled as it shows: 'set the initial application status to "In Review"')
                if len(named) > 1:  # "`pending` → `active` (admin). Events start `pending`.": the sentence that says it
                    said = INITIAL_STATE.search(line)
                    sentence = next((part for part in re.split(r"(?<=[.;!?。])\s+", line) if said and said.group(0) in part), line)
                    named = {v for v in named if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", sentence)}
                if len(named) == 1:
                    merged.default, merged.required = named.pop(), False
                    diagnostics.append(f"{merged.name}: default {merged.default!r}, the initial state at {path}:{number + 1}")
                    break
            if merged.default is not NO_DEFAULT:
                break


def _rule_lines(name: str, files: SpecFiles, texts: dict[str, str], own: set[str],
                others: set[str]) -> Iterator[tuple[str, int, str]]:
    """The rows and bullets that state a rule of the column `name` (`| status | デフォルト ... |`, `- status: ...`), in the
    entity's own sections of the schema and feature files: (path, 1-based line, what the line says after the name)."""
    row = re.compile(rf"^\s*(?:\|\s*|[-*+]\s+)[`*]*{re.escape(name)}[`*]*\s*(?:\||[:：])(.*)$", re.IGNORECASE)
    for path in [*files.schema, *files.feature]:
        sections = _sections(texts[path])
        for number, line in enumerate(texts[path].splitlines()):
            found = row.match(line)
            if found and not _foreign_section(sections[number], others, own):
                yield path, number + 1, found.group(1)


def apply_rule_defaults(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                        diagnostics: list[str], own: set[str], others: set[str]) -> None:
    """A validation table's row or a bullet for a closed list (`| status | デフォルト `draft` |`, `- status: default
    'open'`): the one listed value the line calls the default is the column's, so the client need not send it."""
    for merged, _raw in fields_out:
        if merged.type != "enum" or not merged.enum_values or merged.default is not NO_DEFAULT:
            continue
        for path, number, rest in _rule_lines(merged.name, files, texts, own, others):
            said = DEFAULT_WORDS.search(rest)
            named = [v for v in merged.enum_values if said and re.match(rf"\W{{0,6}}{re.escape(v)}(?![\w-])", rest[said.end():])]
            if len(named) == 1:
                merged.default, merged.required = named[0], False
                diagnostics.append(f"{merged.name}: default {named[0]!r}, from the rule at {path}:{number}")
                break
        if merged.default is not NO_DEFAULT:
            continue
        # 'Tasks have a default status of 'pending'', 'the default priority is `medium`': one of the listed values
        # ('- Priority is optional (default: medium)': a bullet about the column that names its default)
        sentence = re.compile(rf"\bdefault\s+`?{re.escape(merged.name)}`?\s+(?:of|is|=|:)\s*[\"'`]?([\w-]+)[\"'`]?|"
                              rf"^\s*[-*+]\s+`?{re.escape(merged.name)}`?\s+(?:is|are|es|é|est|ist)\b[^.\n]{{0,30}}?\(\s*default\s*[:=]?"
                              rf"\s*[\"'`]?([\w-]+)[\"'`]?\s*\)", re.IGNORECASE)
        for path in [*files.schema, *files.feature]:
            sections = _sections(texts[path])
            said = next(((number, found.group(1) or found.group(2)) for number, line in enumerate(texts[path].splitlines())
                         for found in sentence.finditer(line)
                         if (found.group(1) or found.group(2)) in merged.enum_values
                         and not _foreign_section(sections[number], others, own)
                         # (not "Default `status = 'PENDING'` if created by OWNER": a default for some rows only)
                         and not re.match(r"[\s`'\"]*(?:if|when|unless|only\s+(?:if|when)|si|quando|cuando|wenn)\b",
                                          line[found.end():], re.IGNORECASE)), None)
            if said:
                merged.default, merged.required = said[1], False
                diagnostics.append(f"{merged.name}: default {said[1]!r}, as {path}:{said[0] + 1} says")
                break
        if merged.default is not NO_DEFAULT:
            continue
        # "Default values:" then `- expenses.billable default false; billing\_status default 'unbilled'`: the table's
        # column by its qualified name, and the others of the same line after it
        for path in files.schema:
            for number, line in enumerate(texts[path].replace("\\_", "_").splitlines(), 1):
                parts = re.split(r"\s*;\s*", line)
                table = None
                for part in parts:
                    qualified = re.match(r"\s*(?:[-*+]\s+)?`?([A-Za-z_]\w*)\.([A-Za-z_]\w*)`?\s+default\s+[\"'`]?([\w-]+)", part, re.IGNORECASE)
                    bare = re.match(r"\s*`?([A-Za-z_]\w*)`?\s+default\s+[\"'`]?([\w-]+)", part, re.IGNORECASE)
                    table, column, value = (qualified.groups() if qualified else (table, *bare.groups()) if bare and table
                                            else (None, None, None))
                    if table and normal_name(table) in own | {default_plural(n) for n in own} and column == merged.name \
                            and value in merged.enum_values:
                        merged.default, merged.required = value, False
                        diagnostics.append(f"{merged.name}: default {value!r}, as {path}:{number} says of {table}.{column}")
                        break
                if merged.default is not NO_DEFAULT:
                    break
            if merged.default is not NO_DEFAULT:
                break


def apply_field_sections(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         diagnostics: list[str], own: set[str] = frozenset()) -> None:
    """A section per field (`# 17. voteScore`, `### Task.status`, `#### total - Total Amount` in code) with labelled blocks,
    `Default:` over a fence holding `0` or `- **Default**: 'todo'`: the value a new row gets, so the client need not
    send it; `- **Type:** Number (Integer)` a whole number; `**Allowed Values:**` over a list of code spans, its values."""
    for path in files.schema:
        lines = texts[path].splitlines()
        headings = [(i, len(m.group(1)), m.group(3) or m.group(5)) for i, line in enumerate(lines)
                    if (m := re.match(r"^(#{1,6})\s+(?:\d+(?:\.\d+)*[.)]?\s+)?(?:`?(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)`?|"
                                      r"`(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)`\s*[-–—:]\s+[^`]*)\s*$", line))
                    and (not (m.group(2) or m.group(4)) or _flat({normal_name(m.group(2) or m.group(4))}) & _flat(own))]
        # (another table's `Tag.name`)
        for merged, _raw in fields_out:
            heading = next(((i, level) for i, level, name in headings if name == merged.name), None)
            if heading is None:
                continue
            start, level = heading
            end = next((i for i, line in enumerate(lines[start + 1:], start + 1)
                        if (m := re.match(r"^(#{1,6})\s", line)) and len(m.group(1)) <= level), len(lines))
            _section_type_and_values(merged, lines[start + 1:end], f"{path}:{start + 1}", diagnostics)
            if merged.default is not NO_DEFAULT:
                continue
            for i in range(start + 1, end):
                label = re.match(r"^\s*(?:[-*+]\s+)?\**(?:default(?:\s+value)?|デフォルト値?|默认值?|기본값|valor\s+(?:por\s+)?(?:defecto|padr[ãa]o))\**\s*[:：]\**\s*(.*)$",
                                 lines[i], re.IGNORECASE)
                if not label:
                    continue
                value = label.group(1).strip().strip("`")
                ticked = re.match(r"(?:[^`]{0,20}\s)?`([^`]+)`\s*(?:if\s+(?:not\s+(?:specified|set|given|provided)|missing|omitted|"
                                  r"absent)\b.*)?$", label.group(1).strip(), re.IGNORECASE)
                if ticked:  # ('`"Other"` if not specified', 'Empty array `[]`'; not '`0` if parsing fails')
                    value = ticked.group(1).strip()
                if not value:  # the value in the block below the label
                    value = next((row.strip().strip("`") for row in lines[i + 1:min(i + 6, end)]
                                  if row.strip() and not re.match(r"\s*(```|~~~)", row)), "")
                if re.fullmatch(r"true|false|-?\d+(\.\d+)?|'[^']*'|\"[^\"]*\"|\[\]|[a-z][a-z0-9_]*", value, re.IGNORECASE) \
                        and value.lower() not in ("null", "none", "undefined", "n/a", "no", "yes"):
                    merged.default, merged.required = parse_literal(value), False
                    diagnostics.append(f"{merged.name}: default {merged.default!r}, from {path}:{i + 1}")
                break


def _section_type_and_values(merged: RawField, lines: list[str], where: str, diagnostics: list[str]) -> None:
    """A field's own section says it is a whole number (`- **Type:** Number (Integer)`), or lists its values
    (`- **Allowed Values:** One of:` over `- Supermarket - Grocery stores` in code spans, ...)."""
    for i, line in enumerate(lines):
        label = re.match(r"^\s*[-*+]\s+\**([^*:]+?)\**\s*[:：]\**\s*(.*)$", line)
        if not label:
            continue
        said = label.group(1).strip().lower()
        if said == "type" and merged.type in ("float", "decimal") and re.search(r"\binteger\b|\bint\b|\bwhole\b", label.group(2),
                                                                              re.IGNORECASE):
            merged.type = "int"
            diagnostics.append(f"{merged.name}: a whole number, from its section at {where}")
        elif re.fullmatch(r"(?:allowed|valid|possible|accepted)\s+values|values|options|choices", said) and merged.type in ("str", "text"):
            indent = len(line) - len(line.lstrip())
            values = []
            for row in lines[i + 1:]:
                item = re.match(r"^(\s*)[-*+]\s+`([\w -]{1,40})`", row)
                if not item or len(item.group(1)) <= indent:
                    break
                values.append(item.group(2))
            if len(values) >= 2:
                merged.type, merged.enum_values = "enum", values
                diagnostics.append(f"{merged.name}: values {', '.join(values)}, from its section at {where}")


ONLY = re.compile(r"\b(only|solely|exclusively|solo|sólo|solamente|apenas|somente|uniquement|seulement|nur|ausschließlich|"
                  r"tylko|yalnızca|sadece|chỉ|hanya)\b|のみ|だけ|仅|僅|只|만", re.IGNORECASE)


# 'only for `online`', 'solo per `online`', 'only when': a condition on when the column is filled, not its values
ONLY_WHEN = re.compile(r"\b(only|solo|sólo|solamente|apenas|somente|seulement|uniquement|nur)\s+(for|per|para|pour|für|when|if|se|si|"
                       r"quando|cuando|wenn|bei|in|en|em|dans)\b", re.IGNORECASE)


def apply_only_lists(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                     diagnostics: list[str], own: set[str], others: set[str]) -> None:
    """A rule that allows only the values it quotes (`- `mime_type`: `image/jpeg`, `image/png` のみ`, 'only
    `a` or `b`'): a closed list, so the text column is an enum of them."""
    for merged, _raw in fields_out:
        if merged.type not in ("str", "text") or merged.enum_values:
            continue
        for path, number, rest in _rule_lines(merged.name, files, texts, own, others):
            values = list(dict.fromkeys(re.findall(r"`([\w.+/-]{1,60})`", rest)))
            only = ONLY.search(rest)
            spans = [m.start() for m in re.finditer(r"`[\w.+/-]{1,60}`", rest)]
            # (the word next to the values it allows: 'only `a` or `b`', '`a`, `b` のみ'; not '(solo LUCE, ...) `null` =
            # not charged ... in `fattura`', where the word is about something else)
            near = only is not None and spans and (0 <= spans[0] - only.end() <= 30 or 0 <= only.start() - rest.rfind("`", 0, only.start()) <= 12)
            if near and len(values) >= 2 and "null" not in values and not EXAMPLE.search(rest) and not ONLY_WHEN.search(rest):
                merged.type, merged.enum_values, merged.max_length = "enum", values, None
                diagnostics.append(f"{merged.name}: enum {', '.join(values)}, the only values the rule at {path}:{number} allows")
                break
            # `- Status: One of: 'inregistrata', 'se pregateste', 'livrata'` (the values quoted, maybe of several words)
            quoted = re.match(r"\W*(?:one\s+of|uno\s+de|um\s+de|l'un\s+de|eine[rs]?\s+von)\s*[:：]?\s*((?:['\"][^'\"\n]{1,40}['\"]\s*"
                              r"(?:,|\bor\b|\bo\b|\bou\b|\boder\b)?\s*){2,})\.?\s*$", rest, re.IGNORECASE)
            if quoted:
                merged.type, merged.max_length = "enum", None
                merged.enum_values = list(dict.fromkeys(re.findall(r"['\"]([^'\"\n]{1,40})['\"]", quoted.group(1))))
                diagnostics.append(f"{merged.name}: enum {', '.join(merged.enum_values)}, one of which the rule at "
                                   f"{path}:{number} requires")
                break


def _labelled_check(merged: RawField, following: list[str]) -> list[str] | None:
    """The rules under a `column：` label: a CHECK that lists its values (`CHECK制約想定（team / global）`), and a bullet
    for a value that says it is the default (`- global：...これをデフォルト値とする。`)."""
    body = []
    for line in following:
        if line.lstrip().startswith("#") or re.fullmatch(r"\s*[`*]*[\w.]+[`*]*\s*[:：]\s*[`*]*\s*", line):
            break
        body.append(line.strip())
    check = re.search(r"(?<![A-Za-z])check(?![A-Za-z])[^（(\n]{0,20}[（(]([^）)\n]+)[）)]", "\n".join(body), re.IGNORECASE)
    values = [v.strip(" `'\"") for v in re.split(r"[・/、,|]", check.group(1))] if check else []
    if len(values) < 2 or not all(re.fullmatch(r"[^\W_][\w-]{0,30}", v) for v in values):
        return None
    for line in body:
        said = re.match(r"[-*+]\s*`?([^`:：\s]+)`?\s*[:：]\s*(.*)", line)
        if said and said.group(1) in values and DEFAULT_WORDS.search(said.group(2)) and merged.default is NO_DEFAULT:
            merged.default, merged.required = said.group(1), False
    return values


STATE_WORDS = r"state|status|estado|statut|zustand|状态|狀態|状態|상태"


def _bulleted_values(name: str, files: SpecFiles, texts: dict[str, str], others: set[str], own: set[str]) -> list[str] | None:
    """A bullet about the field that lists its values as code spans and nothing else: "- `type` (obrigatório):
    `RECEIVABLE` ou `PAYABLE`." in the contract or the feature, not in another entity's section."""
    bullet = re.compile(rf"^\s*[-*+]\s+`?{re.escape(name)}`?\s*(?:[(（][^)）]*[)）])?\s*[:：]\s*(.+?)\s*$")
    for path in [*files.api, *files.feature, *files.schema]:
        sections = _sections(texts[path])
        for number, line in enumerate(texts[path].splitlines()):
            found = bullet.match(line)
            if not found or _foreign_section(sections[number], others, own) or len(re.findall(r"`[^`]+`", found.group(1))) < 2:
                continue
            values = bare_list(found.group(1))
            if values:
                return values
    return None


def _values_in_named_file(note: str, files: SpecFiles, texts: dict[str, str]) -> tuple[list[str], str] | None:
    """A column's note that sends the reader to another spec file for its closed list (`enum de state-machine.md`,
    "values: see statuses.md"): the first table there whose rows all start with a code-quoted value."""
    named = re.search(r"\b(?:enum|values?|valores|valeurs|werte|states?|estados?|see|ver|voir|siehe)\b[^()]{0,20}?`?([\w./-]+\.md)\b",
                      note, re.IGNORECASE)
    path = next((p for p in files.all if named and (p == named.group(1) or p.endswith("/" + named.group(1).rsplit("/", 1)[-1]))), None)
    if path is None:
        return None
    rows: list[str] = []
    for line in [*texts[path].splitlines(), ""]:
        if line.lstrip().startswith("|"):
            rows.append(line.strip().strip("|").split("|")[0].strip())
            continue
        values = [m.group(1) for cell in rows[2:] if (m := re.fullmatch(r"`([\w-]{1,40})`", cell))]
        if len(rows) >= 4 and len(values) == len(rows) - 2:
            return values, f"listed in {path}"
        rows = []
    return None


VALUE_LINE = re.compile(r"^\s*[-*+]\s+`?([A-Za-z][\w-]*)`?\s*(?:→|->|=>|[:=—–(]|\s-\s|$)")
LIST_WORDS = {"labels", "label", "values", "value", "options", "choices", "states", "statuses", "types", "list", "enum",
              "levels", "kinds", "categories"}


def _headed_values(name: str, files: SpecFiles, texts: dict[str, str], others: set[str], own: set[str]) -> list[str] | None:
    """A heading or bold label naming the column and little else (`### Status Labels (French)`, `**Priority values**`)
    over one bullet per value (`- pending → En attente`, `- low: Faible`, a code span): the values, left of their
    labels."""
    wanted = snake(name).split("_")
    for path in files.all:
        lines = texts[path].splitlines()
        sections = _sections(texts[path])
        for number, line in enumerate(lines):
            head = re.match(r"^\s*(?:#{2,6}\s+(.+?)|\*\*(.+?)\*\*\s*:?)\s*$", line)
            # (the heading itself names no other entity: `### Status` under `## menus`, its bullets read as one too)
            if not head or _foreign_section(sections[number], others - {snake(name), singular(snake(name))}, own):
                continue
            words = [w for w in snake(re.sub(r"\(.*?\)|[`*:]", " ", head.group(1) or head.group(2))).split("_") if w]
            if words[: len(wanted)] != wanted or not set(words[len(wanted):]) <= LIST_WORDS or len(words) > len(wanted) + 2:
                continue
            values: list[str] = []
            for following in lines[number + 1:]:
                if not following.strip() and not values:
                    continue
                found = VALUE_LINE.match(following)
                if not found:
                    break
                values.append(found.group(1))
            if len(values) >= 2:
                return list(dict.fromkeys(values))
    return None


# The label of a column's list of values, in the languages specs are written in ('Werte im MVP:', 'Valores:')
VALUES_LABEL = re.compile(r"^\s*[-*+]\s*\**(?:values|allowed\s+values|possible\s+values|werte|erlaubte\s+werte|valores|"
                          r"valores\s+posibles|valeurs|valori|waarden|options|choices)\b[^:：\n]{0,30}[:：]\**\s*(.*)$", re.IGNORECASE)


def _field_section_values(name: str, files: SpecFiles, texts: dict[str, str]) -> list[str] | None:
    """A heading that is the column's name alone (`### interval`, in code quotes or not) over its description, in which a 'Values:' label
    lists the values after it, on its line or one indented bullet each."""
    for path in files.all:
        lines = texts[path].splitlines()
        for number, line in enumerate(lines):
            head = re.match(r"^\s*#{2,6}\s+`?([A-Za-z_]\w*)`?\s*$", line)
            if not head or snake(head.group(1)) != snake(name):
                continue
            for at in range(number + 1, len(lines)):
                if lines[at].lstrip().startswith("#"):
                    break
                label = VALUES_LABEL.match(lines[at])
                if not label:
                    continue
                inline = bare_list(label.group(1)) if label.group(1).strip() else None
                if inline and len(inline) >= 2:
                    return inline
                values = []
                for following in lines[at + 1:]:
                    item = re.match(r"^\s{2,}[-*+]\s+`?([\w-]{1,40})`?\s*(?:$|[-–—:(])", following)
                    if not item:
                        break
                    values.append(item.group(1))
                if len(values) >= 2:
                    return list(dict.fromkeys(values))
                break
    return None


# A label over the table's columns ("**Fields Description**:"), not over one column's values.
FIELDS_LABEL = re.compile(r"\b(fields?|columns?|attributes?|properties|campos|colunas|champs|felder|spalten)\b", re.IGNORECASE)


def _labelled_list(name: str, files: SpecFiles, texts: dict[str, str], others: set[str], own: set[str]) -> list[str] | None:
    """`**Status**:` or `**상태 (status)**:` over code-quoted bullets, or `## Status` over one `### Value` heading per
    value, in this entity's section: the column's values. (With no schema file, the API reference is where the
    entity was read: '**Event types:** `llm_call` | `error`' on its page.)"""
    for path in files.schema or files.api:
        sections = _sections(texts[path])
        lines = texts[path].splitlines()
        for number, label, values in labelled_lists(texts[path]):
            named = {w.lower() for w in re.findall(r"[A-Za-z_]\w*", label)}
            named |= {w.lower() for w in re.findall(r"[A-Z][a-z0-9]+", label)} if len(named) == 1 else set()  # (OrderStatus)
            above = sections[number - 2] if lines[number - 1].lstrip().startswith("#") and number >= 2 else sections[number - 1]
            # (`状态枚举：` names no column in English: in the entity's own section it lists its one `status`)
            stateful = snake(name) in ("status", "state") and not named and re.search(STATE_WORDS, label)
            # (German compounds name the column and its values in one word: "Statuswerte:", "Typliste")
            compound = any(re.fullmatch(rf"{re.escape(name.lower())}(?:werte?|liste?|typen|values?)", w) for w in named)
            words = snake(label).split("_")  # ('**Event types:**' lists the values of `event_type`, named in the plural)
            plural = len(words) >= 2 and "_".join([*words[:-1], singular(words[-1])]) == snake(name)
            if (name.lower() in named and len(named) <= 3 or stateful or compound and len(named) <= 2 or plural) and not _owned_by_another(
                    above, others, own) and not FIELDS_LABEL.search(label):
                return values
        for number, title, values in value_headings(texts[path]):
            above = sections[number - 2] if number >= 2 else ""
            if snake(title) == snake(name) and not _foreign_section(above, others, own):
                return values
    for path in [*files.schema, *files.feature]:
        sections = _sections(texts[path])
        for number, title, values in heading_lists(texts[path]):
            # `### 5. Appointment Status` over `- Scheduled`, `- Completed`: the entity's column, named whole
            if snake(title) in {f"{n}_{snake(name)}" for n in own} | {f"{snake(name)}_{n}" for n in own}:
                return values
            # (`## 7. Status Values` over "The allowed application statuses are:" and `- Applied`, `- Waiting`)
            words = [w for w in snake(title).split("_") if not w.isdigit()]
            # (or `### Property Types` over `- Condo`, `- Land`: the kinds `propertyType` holds, named in the plural)
            plural = len(words) >= 2 and "_".join([*words[:-1], singular(words[-1])]) == snake(name) and words[-1] in LIST_WORDS
            if (words[:1] == [snake(name)] and len(words) == 2 and words[1] in LIST_WORDS or plural) and not _foreign_section(
                    sections[number - 1] if 0 < number <= len(sections) else "", others - {snake(name)}, own):
                return values
    return None


def _state_machine(name: str, files: SpecFiles, texts: dict[str, str], others: set[str],
                   own: set[str], typed: str = "", *, listed: list[str] | None = None) -> tuple[list[str], str | None, str] | None:
    """A drawing of the column's states (`**Estados de reserva:**` over `SOLICITADA → APROBADA`, a mermaid
    stateDiagram), in this entity's section, naming it, or naming the enum type the column is `typed` with
    (`## Estados: PromotionStatus` for `enum PromotionStatus`): the values, the initial state, and where. A feature
    spec's drawing counts for a column whose values are `listed` already, when it draws exactly those."""
    types = {normal_name(w) for w in re.findall(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b", typed)}
    # (and a document of its own for the states, `docs/state-model-v1.md`, beside the data dictionary)
    named_for_states = [p for p in files.feature if re.search(r"state|status|lifecycle", p.rsplit("/", 1)[-1], re.IGNORECASE)]
    for path in [*files.schema, *(files.feature if listed else named_for_states)]:
        sections = _sections(texts[path])
        for number, label, values, initial in state_diagrams(texts[path]):
            if path not in files.schema and path not in named_for_states and set(values) != set(listed or []):
                continue
            named = {normal_name(w) for w in re.findall(r"[^\W\d_]+", label)}
            # ('**State Transitions:**' in the entity's own section draws its `status`)
            stateful = re.search(r"(^|_)(status|state|estado|statut|zustand)$", name, re.IGNORECASE) and re.search(
                STATE_WORDS + "|lifecycle|transition", label, re.IGNORECASE)
            if (normal_name(name) in named or stateful) and (named & _flat(own) or named & types or not _owned_by_another(
                    sections[number - 1], others, own)) and not FIELDS_LABEL.search(label):
                return values, initial, f"{path}:{number}"
    return None


INDEX_HEADING = re.compile(r"\b(indexes|indices|indexing|index|GSIs?|LSIs?|índices?|indizes|indexe|indeks|indeksy|indeksler|indeksleme)\b|"
                           r"\bİndeks(ler|leme)?\b|индекс\w*|インデックス|索引|인덱스",
                           re.IGNORECASE)


NAMING_HEADING = re.compile(r"\bnaming\b|\bnomenclat|\bconvenci[oó]n(?:es)? de nombres|\bconven[çc][õo]es de nomes|"
                            r"\bconventions? de nommage|\bbenennung|命名|네이밍|명명", re.IGNORECASE)


# "All FKs get indexes on child columns", `| All FKs | UUID type, indexed |`: a convention for every reference
FK_INDEXED = re.compile(r"\b(?:all|every|each)\s+(?:fks?|foreign[- ]keys?)\b[^\n]{0,40}?\bindex(?:es|ed)?\b|"
                        # (or a list of indexes that holds them: '**Key indexes automatically created:**' over '- All foreign keys')
                        r"\bindex(?:es)?\b[^\n]{0,40}:\**\s*\n(?:[ \t]*[-*+][^\n]*\n){0,6}?[ \t]*[-*+]\s+(?:all|every|each)\s+"
                        r"(?:fks?|foreign[- ]keys?)\s*$|"
                        # (or '## Indexes' over 'Automatically created on:' and its '- Foreign keys')
                        r"^#{1,6}\s*index(?:es)?\s*\n(?:[ \t]*\n)*[^\n#|`-][^\n]{0,60}:\s*\n(?:[ \t]*[-*+][^\n]*\n){0,6}?"
                        r"[ \t]*[-*+]\s+(?:(?:all|every|each)\s+)?(?:fks?|foreign[- ]keys?)\s*$", re.IGNORECASE | re.MULTILINE)


STATE_COLUMNS = {"status", "state", "estado", "statut", "stato", "zustand", "situacao", "situacion", "etat"}
INDEXES_SENTENCE = re.compile(r"\b(?:[ÍIíi]ndices|[Ii]ndexes|[Ii]ndexe|[Ii]ndizes|[Ii]ndexed)\s+(?:en|em|on|sur|auf|su|por)\s+"
                              r"((?:`\w+`(?:\s*,\s*|\s+(?:y|e|and|et|und)\s+|\s*,\s*(?:y|e|and|et|und)\s+)?){2,})")


def apply_indexes(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                  own: set[str], others: set[str], diagnostics: list[str] | None = None) -> None:
    """Single-column indexes stated in prose: an Indexes list (`tasks.completed`, `INDEX ix ON tasks(done)`,
    "Index on `completed`", `idx_tasks_completed`), never a composite one; and the convention that indexes every
    foreign key."""
    by_name = {snake(m.name): m for m, _raw in fields_out}
    # (`functions/api/production/index.ts`, a module's file, beside `production.process`: no index of a table)
    texts = {p: re.sub(r"\bindex\.(?:[cm]?[jt]sx?|py|php|rb|go|html?|md|vue|svelte|dart)\b", "module", t) for p, t in texts.items()}
    for path in files.schema:
        # 'Índices en `dia`, `inicio`, `estado` y `categoriaId`.', 'Indexes on `status` and `due_date`.': a sentence in
        # the entity's own section naming the columns that each have an index
        sections = _sections(texts[path])
        for number, line in enumerate(texts[path].splitlines()):
            for said in INDEXES_SENTENCE.finditer(line):
                if _foreign_section(sections[number], others, own):
                    continue
                for name in re.findall(r"`(\w+)`", said.group(1)):
                    merged = by_name.get(snake(name))
                    if merged is not None and not merged.index:
                        merged.index = True
                        if diagnostics is not None:
                            diagnostics.append(f"{merged.name}: indexed, as {path}:{number + 1} says")
        # ('## Los índices' over 'Cada columna por la que se filtra tiene índice: los `status` y `type` ...,
        # `scheduled_at` para ordenar la agenda, ... y el compuesto `(entity_type, entity_id)`': a paragraph of prose
        # under an index heading, naming the columns that have one; a pair in parentheses is a composite)
        lines = texts[path].splitlines()
        for number, line in enumerate(lines):
            heading = re.match(r"#{2,6}\s+(.+)", line)
            if not heading or not INDEX_HEADING.search(heading.group(1)) or _foreign_section(sections[number], others, own):
                continue
            paragraph = []
            for following in lines[number + 1:]:
                if following.lstrip().startswith(("#", "|", "```", "~~~", "- ", "* ", "+ ")) or re.match(r"\s*\d+[.)]\s", following):
                    break
                if not following.strip() and paragraph:
                    break
                paragraph.append(following)
            prose = re.sub(r"\([^()]*\)", " ", " ".join(paragraph))
            if not re.search(r"\bindex|[íi]ndice|indizes|indeks|索引|インデックス|인덱스", prose, re.IGNORECASE):
                continue
            for name in re.findall(r"`(\w+)`", prose):
                merged = by_name.get(snake(name))
                if merged is not None and not merged.index:
                    merged.index = True
                    if diagnostics is not None:
                        diagnostics.append(f"{merged.name}: indexed, as {path}:{number + 1} says")
        for name, line in _key_object_indexes(lines, sections, others, own):
            merged = by_name.get(snake(name))
            if merged is not None and not merged.index:
                merged.index = True
                if diagnostics is not None:
                    diagnostics.append(f"{merged.name}: indexed, as {path}:{line} lists it")
    said = next(((path, texts[path][:m.start()].count("\n") + 1) for path in files.schema
                 if (m := FK_INDEXED.search(texts[path]))), None)
    for merged, _raw in fields_out if said else ():
        if merged.foreign_key and not merged.index:
            merged.index = True
            if diagnostics is not None:
                diagnostics.append(f"{merged.name}: indexed, a foreign key, as {said[0]}:{said[1]} says of all of them")
    owners = _flat(own) | {default_plural(t).replace("_", "") for t in own if t}
    # (`ON IncomeEvent(scheduledDate)`: the table as the class names it, matched case-blind)
    # (and the Spanish and Portuguese plurals: `### propiedades` is the propiedad's section)
    tables = "|".join(re.escape(t) for t in sorted(own | {default_plural(t) for t in own if t} | {f"{t}es" for t in own if t}
                                                   | owners, key=len, reverse=True) if t) or "(?!)"
    # (a contract's DDL; and with no schema file, the API reference the entity was read from)
    scanned = [*files.schema, *(p for p in files.api if p.lower().endswith(".sql") or not files.schema)]
    # (and the `@@index` lines of the entity's own Prisma model in a ticket or feature file: `@@index([driverId])`)
    modelled = [p for p in files.all if p not in scanned and any(
        _flat({normal_name(m)}) & _flat(own | {singular(t) for t in own}) for m in re.findall(r"^\s*model\s+(\w+)\s*\{", texts[p], re.MULTILINE))]
    for path in [*scanned, *modelled]:
        in_list = False
        # one statement per line: `CREATE UNIQUE INDEX ix\n    ON ideas (code)\n    WHERE ...;`
        text = re.sub(r"(create\s+(?:unique\s+)?index\b[^;]*?)\n\s*(on\b)", r"\1 \2", texts[path], flags=re.IGNORECASE)
        heading, listed, pure = "", False, False
        plus_composite = bool(re.search(r"`\w+\s*\+\s*\w+`", text))  # (`motorista_id+status_id`: a composite index)
        sections = _sections(text)
        all_lines = text.splitlines()
        title = (re.search(r"\A\s*#\s+(.+)", text) or re.search(r"^#\s+(.+)", text, re.MULTILINE))
        title = title.group(1).strip().lower() if title else None
        model = None  # the Prisma model whose body the line is in
        fence = None  # the language of the code block the line is in ("" for an unmarked one)
        for number, line in enumerate(text.splitlines()):
            stripped = line.strip()
            if stripped.startswith(("```", "~~~")):
                fence = None if fence is not None else stripped.strip("`~ ").lower()
                continue
            if fence == "" and re.match(r"[+\-*]\s", stripped) and not re.search(r"\bindex\b|\bon\s+\w+\s*\(", stripped,
                                                                                re.IGNORECASE):
                continue  # ("+ \" \" + join(steps)" in a block of pseudo-code: an expression, no list of indexes)
            header = [c.strip(" *`").lower() for c in stripped.strip("|").split("|")] if stripped.startswith("|") else []
            if in_list and any(re.fullmatch(r"types?|data\s*types?|tipos?|typ|型|类型|類型|데이터\s*타입|타입", c) for c in header) and any(
                    re.fullmatch(r"attributes?|fields?|columns?|campos?|colunas?|champs?|feld|spalte|字段|フィールド|필드", c)
                    for c in header) and not any("index" in c for c in header):
                in_list = False  # the attribute table after a GSI's bullets: the table's columns, not its indexes
                continue
            opened = re.match(r"model\s+(\w+)\s*\{", stripped)
            model = opened.group(1) if opened else None if stripped.startswith("}") else model
            if model and stripped.startswith("@@") and not _flat({normal_name(model)}) & _flat(own | {singular(t) for t in own}):
                continue  # `model News { ... @@index([categoryId]) }`: another model's index, in one code block
            if path in modelled and not (model and stripped.startswith("@@index")):
                continue
            owner = [part for i, part in enumerate(sections[number].split(" / ")) if not INDEX_HEADING.search(part)
                     and not (i == 0 and part == title)]  # (the document's title names the app, not a table)
            if owner and _foreign_section(owner[-1], others, own) and not stripped.startswith("#"):
                continue  # `## car_issues` then `### インデックス`: that table's indexes
            if not stripped.startswith("#") and (NAMING_HEADING.search(sections[number]) or re.search(
                    r"\b(?:idx|ix|ux|uix)_[{<\[]", stripped, re.IGNORECASE)):
                continue  # `| インデックス | idx_{テーブル名}_{カラム名} | idx_activities_lab_id |`: a naming rule's example
            # (`**Índices** (migration \`create-reviews\`):`: a label with a remark on where they are made)
            label = re.fullmatch(r"#{1,6}\s+(.*)|\*\*([^*]+)\*\*\s*(?:\([^()]*\))?\s*[:：]?|([A-Z][\w ]{0,30}|[^\x00-\x7f]{1,12})[:：]|"
                                 r"(Indexes|Indices|Index)", stripped)  # (`建议索引：`, suggested indexes, over its bullets)
            if label and label.group(3) and not label.group(3).isascii() and not INDEX_HEADING.search(stripped):
                continue  # ('追加推奨：', recommended additions, under `# インデックス`: the list it is in goes on)
            if label:
                in_list, listed = bool(INDEX_HEADING.search(stripped) or (  # (`# インデックス` over `## daily_reports`)
                    stripped.startswith("#") and INDEX_HEADING.search(sections[number])) or (
                    # ("For performance optimization:" under `## Indexes`: words that introduce its list)
                    label.group(3) and in_list and INDEX_HEADING.search(sections[number].rsplit(" / ", 1)[-1]))), False
                if re.search(r"\b(migration|file|document|page|content|doc)s?\s+index\b", stripped, re.IGNORECASE):
                    in_list = False  # "Migration index:" lists migration files (`Adds \`sections.hide_title\``), no index
                # (a list under "Indexes" alone: its UNIQUE entries are unique indexes; under "Constraints" they are not)
                pure = in_list and not re.search(r"constraint|\bunique|restric|contrainte|约束|約束|制約|제약", stripped,
                                                 re.IGNORECASE)
                if stripped.startswith("#"):
                    heading = stripped
                continue
            # (`- 过滤索引：publish_date、star`: the filter indexes, a kind of index named before the word)
            inline = re.match(r"^(?:[-*+]\s+)?\**(?:single[- ]column\s+|[^\x00-\x7f:：]{1,6}(?=索引|インデックス|인덱스))?(?:indexes|indices|"
                              r"índices|indizes|indeks|indeksler|İndeksler|索引|インデックス|인덱스)\**\s*[:：]\s*\**\s*(.+)$", stripped,
                              re.IGNORECASE) or re.search(
                # (after a paragraph's other rules: "Kısıtlar: ...; İndeksler: `Uid` (benzersiz), `Durum`.")
                r"(?:[.;]\s+)(?:indexes|indices|índices|indizes|indeks|indeksler|İndeksler)\s*[:：]\s*(`.+)$", stripped,
                re.IGNORECASE) or re.search(
                r"\*\*(?:indexes|indices|índices|indizes|index)\s*[:：]?\*\*\s*[:：]?\s*([^*]+?)\.?\s*(?=\*\*|$)", stripped, re.IGNORECASE)
            # (mid-paragraph: "... `reject_reason`. **Indexes:** clinic, owner, status. **Trigger:** ...")
            # (the list ends at a dash or a sentence's end: "`a_idx`, `b_idx` — all plain btree, one per FK column.")
            listed_in = re.split(r"\s+[—–]\s+|\s+-\s+(?=[a-z])|\.\s", inline.group(1))[0] if inline else ""
            if inline and listed_in.rstrip().endswith(",") and number + 1 < len(all_lines):
                listed_in += " " + re.split(r"\.\s|\.$|\*\*", all_lines[number + 1].strip())[0]  # (wrapped onto the next line)
            if inline and re.search(rf"(?<!\w)(?:{tables})(?!\w)", heading.replace("`", ""), re.IGNORECASE) or inline and INDEX_HEADING.search(
                    heading) and owner and re.search(rf"(?<![A-Za-z0-9_])(?:{tables})(?![A-Za-z0-9_])", owner[-1].replace("`", ""), re.IGNORECASE):
                # (or under an index heading, `### 索引建议`, of the table's own section, `## 实体 1：Comment（评论主实体）`)
                # `- Indexes: \`scan_id\`, \`severity\`` in the table's own section (a `(a, b)` is composite)
                # (Prisma's `[teamId]`, `[a, b]`; 'Índices: `lawyer_id`, `status` e `created_at`': the last after a word)
                for column in re.split(r",\s*(?![^()\[\]]*[)\]])|\s*[、，]\s*|\s+(?:and|e|y|et|und|i|ve|dan|и|및|와|과)\s+(?=`)", listed_in):
                    keyed = re.fullmatch(r"[\s`*]*(unique|index|unique\s+index|key)\s*\(\s*`?(\w+)`?\s*\)[\s`*.]*", column,
                                         re.IGNORECASE)  # `UNIQUE (code)`, `INDEX (status)` (not `INDEX (a, b)`)
                    if keyed and snake(keyed.group(2)) in by_name:
                        by_name[snake(keyed.group(2))].index = True
                        by_name[snake(keyed.group(2))].unique |= keyed.group(1).lower().startswith("unique")
                        continue
                    called = re.fullmatch(r"[\s`*]*(idx|ix|ux|uix|uk|uq)_\w+\s*\(\s*`?(\w+)`?\s*\)[\s`*.]*", column, re.IGNORECASE)
                    if called and snake(called.group(2)) in by_name:  # `idx_venues_category (category)`: that column's index
                        by_name[snake(called.group(2))].index = True
                        by_name[snake(called.group(2))].unique |= called.group(1).lower() in ("ux", "uix", "uk", "uq")
                        continue
                    marked = re.fullmatch(r"[\s`*]*(\w+)[\s`*]*\(\s*(unique|uniq|único|unico|unique index|benzersiz|eindeutig|unik)\s*\)[\s.]*", column,
                                          re.IGNORECASE)  # "**Index** : `reference` (unique), `slug` (unique)"
                    if marked and snake(marked.group(1)) in by_name:
                        by_name[snake(marked.group(1))].index = by_name[snake(marked.group(1))].unique = True
                        continue
                    column = re.sub(r"\s+(?:asc|desc)$", "", column.strip(" `*.,()[]"), flags=re.IGNORECASE).strip(" `")
                    if "," in column:
                        continue  # `[activityId, criterionId, teamId]`: composite
                    named = re.fullmatch(rf"(?:idx|ix|ux|uix)_(?:(?:{tables})_)?(\w+)", column, re.IGNORECASE) or re.fullmatch(
                        rf"(?:{tables})_(\w+?)_(?:idx|ix|index)", column, re.IGNORECASE)  # (`transactions_date_idx`)
                    if named and snake(column) not in by_name:  # `idx_reserva_estudiante`: the estudiante_id column
                        column = next((c for c in (named.group(1), f"{named.group(1)}_id") if snake(c) in by_name), column)
                    if snake(column) not in by_name and f"{snake(column)}_id" in by_name:
                        column = f"{column}_id"  # "Indexes: clinic, owner": the clinic_id, owner_id references
                    elif snake(column).endswith("_id") and snake(column) not in by_name and snake(column)[:-3] in by_name \
                            and by_name[snake(column)[:-3]].foreign_key:
                        column = snake(column)[:-3]  # "`owner_id`" of a Doctrine relation the table names `owner`
                    if snake(column) in by_name:
                        by_name[snake(column)].index = True
                continue
            if in_list and stripped and not re.match(r"^([-*+]\s|\||\d+[.)]\s)", stripped) and not re.search(
                    r"\b(idx|ix|ux|uix)_|\bon\s+\w+\s*\(", stripped, re.IGNORECASE):
                in_list = not listed  # a sentence that introduces the list keeps it open; one after it ends it
            listed = listed or (in_list and bool(re.match(r"^([-*+]\s|\||\d+[.)]\s)", stripped)))
            for column in re.findall(rf"\b(?:{tables})_(\w+?)_(?:idx|ix)\b", stripped, re.IGNORECASE):
                if snake(column) in by_name and not re.search(r"\(\s*[\w.`'\"]+\s*,\s*[\w.`'\"]+", stripped):  # "Agregamos `posts_author_id_idx` para ...": an index named for its column
                    by_name[snake(column)].index = True
            if not (in_list or re.search(r"\bindex(ed|es)?\b|\b(idx|ix|ux|uix)_|@@index", stripped, re.IGNORECASE) or (
                    re.search(r"\b(uk|uq)_\w+`?\s+(sobre|on|en|em)\b", stripped, re.IGNORECASE) and INDEX_HEADING.search(stripped))):
                continue  # (`Índice/constraint único: \`uk_empleados_clave\` sobre \`clave\``)
            if re.search(r"composite|compuest[oa]|compost[oa]|compos[ée]|zusammengesetzt|złożon|bileşik|full[- ]?text|"
                         r"\bgin\b(?=.*\b(?:tsvector|to_tsvector|search|trgm|trigram)\b)|"
                         r"\bprimary\b|foreign key|복합|複合|复合|联合|聯合", stripped, re.IGNORECASE) or (
                    re.search(r"\bunique\b(?!\s+index)", stripped, re.IGNORECASE) and not (
                        in_list and ((pure and re.search(rf"(?<!\w)`?(?:{tables})`?\s*\(|^(?:[-*+]\s+)?\**unique(?:\s+key)?\**\s*:",
                                                         stripped, re.IGNORECASE))
                                     or re.search(r"\b(idx|ix|ux|uix)_", stripped, re.IGNORECASE)))) or len(
                    re.findall(r"[A-Za-z_]\w*\s*:\s*-?1\b", stripped)) >= 2 or re.search(
                    r"\bon\s*\(\s*`?[\w.]+`?(?:\s*,\s*`?[\w.]+`?(?:\s+(?:asc|desc))?)+\s*\)", stripped, re.IGNORECASE):
                # (an index list's `idx_x: x (UNIQUE)` is an index too; `idx_contracts_status` ON (owner_id, status) is
                # composite, whatever its name says, as is Drizzle's `index('x').on(tasks.projectId, tasks.column)`)
                continue  # (`userId: 1, createdAt: -1`: a MongoDB index on two keys)
            if re.search(r"\bcheck\b|\bconstraint\b|约束|約束|制約|제약|restricci[oó]n|contrainte", stripped, re.IGNORECASE) and not (
                    INDEX_HEADING.search(stripped) or re.search(r"\bindexed\b|\b(idx|ix|ux|uix)_", stripped, re.IGNORECASE)):
                continue  # `PRODUCTS.PRICE` 均有非负约束, under "Constraints and indexes": a check, not an index
            statement = re.search(r"\bcreate\s+(?:unique\s+)?index\b.*?\bon\s+[\w.\"`]+\s*(?:using\s+\w+\s*)?\((.*)\)",
                                  stripped, re.IGNORECASE)
            folded = re.fullmatch(r"\s*(?:lower|upper|lcase|ucase)\s*\(\s*[`\"]?(\w+)[`\"]?\s*\)\s*(?:\)\s*where\b.*)?",
                                  statement.group(1), re.IGNORECASE) if statement else None
            if folded and snake(folded.group(1)) in by_name:
                # `ON members (LOWER(email))`: one column, compared without case
                by_name[snake(folded.group(1))].index = True
                continue
            if statement and not re.fullmatch(r"\s*[`\"]?\w+[`\"]?(?:\s+(?:asc|desc))?\s*(?:\)\s*where\b.*)?",
                                              statement.group(1), re.IGNORECASE):
                continue  # `ON rides (lower(start_location), lower(destination_location))`: composite, or an expression
            on = re.findall(rf"\bon\s+`?(?:\w+\.)?(?:{tables})`?\s*\(\s*`?(\w+)`?\s*(?:asc|desc)?\s*\)", stripped,
                            re.IGNORECASE)
            if not on and owner and normal_name(re.sub(r"[`*#]", "", owner[-1]).strip()) in own:
                # under `### Transaction` of an Indexes section, `ON wallet_transaction(idempotency_key)`: the table
                # the entity is stored in, named only here
                on = re.findall(r"\bon\s+`?[\w.]+`?\s*\(\s*`?(\w+)`?\s*(?:asc|desc)?\s*\)", stripped, re.IGNORECASE)
            found = on or [next(g for g in groups if g) for groups in re.findall(
                rf"\b(?:{tables})\s*\.\s*`?(\w+)`?(?!\s*,)"
                rf"|(?:\bindex(?:ed)?\s+on|(?<!\w)[íi]ndice\s+(?:em|en|sobre)|\bindex\s+sur|\bindeks\s+na)\s+"
                rf"(?:`?(?:{tables})`?\s*\.\s*)?`?(\w+)`?(?!\s*(?:,|and\b|&|\.))"
                rf"|\b(?:idx|ix|ux|uix)_(?:{tables})_(\w+)", stripped, re.IGNORECASE)]
            said_on = re.findall(r"\b(?:idx|ix|ux|uix|uk|uq)_\w+`?\s+(?:on|en|em|sur|auf|na|sobre)\s+`?(?:(?:"
                                 rf"{tables})\s*\.\s*)?(\w+)(?![\w.])`?"
                                 r"(?!\s*[,(]|\s+(?:y|e|and|et|und)\s)", stripped, re.IGNORECASE)
            # (`idx_tasks_completed` on `tasks.completed`: the column after the table's name)
            # (`idx_nombre` en `nombre_completo`: the column it is on)
            if not on and not said_on:  # (`idx_briefs_share_enabled` em `id` onde ...: the column is the one it names)
                found += re.findall(r"\b(?:idx|ix|ux|uix)_(\w+)", stripped, re.IGNORECASE)  # idx_transaction_date: the column whole
            found += re.findall(r"\{\s*['\"]?(\w+)['\"]?\s*:\s*-?1\s*\}", stripped)  # MongoDB's `{ nombre: 1 }`: one key
            found = list(said_on) if said_on and not on else found + said_on
            elsewhere = re.search(r"\bon\s+`?([\w.]+)`?\s*\(\s*[`\"]?\w+[`\"]?\s*(?:asc|desc)?\s*[,)]", stripped, re.IGNORECASE)
            if not on and elsewhere and snake(elsewhere.group(1)) not in by_name:
                continue  # an index on another table (not `on \`created_by\` (for audit queries)`, nor `on \`tags\` (JSONB)`)
            labelled = re.match(r"^(?:[-*+]\s+)?\**`?(?:[\w ]*\bindex|unique\s+key|unique(?=`?\**\s*:\s*`?\w+`?\s*$))`?\**\s*:\s*`?(\w+)`?\s*"
                                r"(?:$|\(|-|–|—|,(?!\s*`?\w+`?\s*\)))",
                                stripped, re.IGNORECASE)
            if labelled:  # `- **Due Date Index**: due_date (for sorting)`
                found.append(labelled.group(1))
            called = re.match(r"^(?:[-*+]\s+)?`?(\w+)\s*\(", stripped)
            if called and called.group(1).lower() not in {t.lower() for t in tables.split("|")} | {"index", "idx"} and (
                    _flat({normal_name(called.group(1))}) & _flat(others)):
                continue  # `- \`uf_cache(fecha)\``: another table's index
            if not on:  # `(expense_date)`, `@@index([topic])`, Room's `Index("date")`: one column in brackets
                # (not "+ text search (content)": a search over the column, no index of it)
                # (an identifier: `- status (用于状态筛选)` says what the index is for, in words)
                found += [m.group(1) for m in re.finditer(r"[(\[]\s*[`'\"]?([A-Za-z_][A-Za-z0-9_]*)[`'\"]?(?:\s+(?:asc|desc))?\s*[)\]]", stripped,
                                                          re.IGNORECASE)
                          if not re.search(r"\b(?:text|full[- ]?text|keyword)?\s*search(?:es|ed)?\s*$", stripped[:m.start()],
                                           re.IGNORECASE)]
            cells = [c.strip(" `") for c in stripped.strip("|").split("|")] if stripped.startswith("|") else []
            # (`| \`veiculos\` | \`placa\`, \`situacao_id\` |` where the document writes a composite index `a+b`: each
            # column in a span of its own, an index each; elsewhere two spans may be one index over both)
            cells = [part for c in cells for part in (
                [p.strip(" `") for p in c.split(",")] if plus_composite and re.fullmatch(r"\w+`(?:\s*,\s*`\w+`?)+", c)
                else [c])]
            if in_list and cells:
                flat = {c.lower().replace("_", "") for c in cells} | {  # (`| decks | (group_id) |`: the deck's)
                    normal_name(c).replace("_", "") for c in cells if re.fullmatch(r"\w+", c)}
                if any(re.fullmatch(r"\(?\s*`?\w+`?(?:\s+(?:asc|desc))?(?:\s*,\s*`?\w+`?(?:\s+(?:asc|desc))?)+\s*\)?", c,
                                    re.IGNORECASE) for c in cells) or (flat & _flat(others) and not flat & _flat(own)):
                    continue  # a composite index (not a rationale: "Kanban grouping, status filter"), or another table's
                found = list(found) + cells  # | tasks | completed | Status filtering |, | idx_x | completed | ... |
            elif in_list and not found and (per_table := re.match(
                    r"^(?:[-*+]|\d+[.)])\s+\**`?([A-Za-z_][\w ]*?)`?\**\s*[:：]\s*((?:`\w+`\s*(?:[,，、]\s*)?)+)\.?\s*$", stripped)):
                # `- Invoice: \`customerId\`, \`status\`, \`dueDate\``: one table's indexed columns, each its own index
                if _flat({normal_name(per_table.group(1))}) & _flat(own):
                    found = re.findall(r"`(\w+)`", per_table.group(2))
                else:
                    continue  # (`- Payment: ...`: another table's)
            elif in_list and not found and re.fullmatch(r"(?:`\w+`\s*[,，、]?\s*){2,}\.?", stripped):
                # a line of code spans alone under `## Indexes`: the indexed columns of every table (`due_date` the
                # installments' own)
                found = re.findall(r"`(\w+)`", stripped)
            elif in_list and not found:
                found = re.findall(r"^(?:[-*+]|\d+[.)])\s+`?(\w+)`?\s*(?:$|\(|（|:|：|-|—|–)", stripped) or re.findall(
                    r"^(?:[-*+]|\d+[.)])\s+`(\w+)`\s+(?:for|para|pour|für|per|zum|zur|dla|для|için|untuk)\s(?!.*`)", stripped)
                # (`- \`Category\` para filtros por categoria`: one column and what its index is for)
                found = found or re.findall(r"^(?:[-*+]|\d+[.)])\s+\*\*`?(\w+)`?\*\*\s*[:：]", stripped)
                # (`- **shiftRequestId**: 外部キーインデックス` under `### Shift テーブル` of an index section)
                over = re.match(r"^(?:[-*+]|\d+[.)])\s+`?[\w.-]+`?\s+(?:on|over)\s+`(\w+)`(.*)", stripped, re.IGNORECASE)
                if over and not re.search(r"`\w+`", re.split(r"\s[—–-]\s|:\s", over.group(2))[0]):
                    found = [over.group(1)]  # DynamoDB's "- `seller-id-index` on `seller_id` — list a seller's books"
            for column in found:
                column = re.sub(r"\s+(asc|desc)$", "", column.strip(), flags=re.IGNORECASE)  # `payment_date DESC`
                parts = snake(column).split("_")
                column = next(("_".join(parts[i:]) for i in range(1, len(parts)) if "".join(parts[:i]) in owners
                               and "_".join(parts[i:]) in by_name), column)  # `IX_BlogPost_Slug`: the slug's
                if snake(column) not in by_name and re.search(r"\b(idx|ix|ux|uix)_", stripped, re.IGNORECASE):
                    # `ix_chamado_solicitante`: the index on solicitante_id; `idx_notifications_scheduled` the one on
                    # the one column whose name it begins, scheduled_at
                    begun = [n for n in by_name if n.startswith(f"{snake(column)}_")] if not re.search(
                        r"\(\s*[`\"]?\w+[`\"]?\s*,", stripped) else []  # (not `idx_available (available_at, status)`)
                    column = f"{column}_id" if f"{snake(column)}_id" in by_name or len(begun) != 1 else begun[0]
                if snake(column) in by_name:
                    by_name[snake(column)].index = True
                    if labelled and re.search(r"unique(?:\s+key)?\**\s*:", labelled.group(0), re.IGNORECASE):
                        by_name[snake(column)].unique = True  # `- UNIQUE KEY: slug`
    # a CREATE INDEX on the entity's own table in any other spec file (a setup guide's DDL): explicit, whatever the file
    statement = re.compile(rf"\bcreate\s+(unique\s+)?index\s+(?:if\s+not\s+exists\s+)?[\w\"`]*\s*on\s+[\w\"`]*\.?[\"`]?"
                           rf"(?:{tables})[\"`]?\s*(?:using\s+\w+\s*)?\(\s*[\"`]?(\w+)[\"`]?\s*(?:asc|desc)?\s*\)", re.IGNORECASE)
    for path in (p for p in files.feature if p not in files.schema):
        for unique, column in statement.findall(texts[path]):
            if snake(column) in by_name:
                by_name[snake(column)].index = True
                by_name[snake(column)].unique |= bool(unique)
    for path in files.schema:
        for column, unique in _object_store_indexes(texts[path], tables):
            if snake(column) in by_name:
                by_name[snake(column)].index = True
                by_name[snake(column)].unique |= unique


# A browser database's store and its indexes: IndexedDB's `// Store: patients` (or `createObjectStore('patients')`)
# over `{ name: 'x', keyPath: 'x', unique: false }`, and Dexie's `patients: '++id, name, &email, [a+b]'`.
STORE_START = re.compile(r"(?://\s*(?:object\s+)?store\s*[:：]\s*|createObjectStore\(\s*)['\"`]?(\w+)", re.IGNORECASE)
STORE_INDEX = re.compile(r"keyPath\s*:\s*(['\"])(\w+)\1[^}\n]*?(?:unique\s*:\s*(true|false))?[^}\n]*\}|"
                         r"createIndex\(\s*['\"][^'\"]*['\"]\s*,\s*(['\"])(\w+)\4\s*(?:,\s*\{[^}]*?unique\s*:\s*(true|false))?")


def _key_object_indexes(lines: list[str], sections: tuple[str, ...], others: set[str], own: set[str]) -> list[tuple[str, int]]:
    """MongoDB's index keys written as an object under an Indexes heading: `{ "phone": 1, // Index for search ... }`,
    each key one index when every line says so (or the object holds one key); an object after a `// Compound` or
    `// Text` comment, or whose lines say nothing, is one index over them all."""
    out: list[tuple[str, int]] = []
    fenced, kind, members = False, "", []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced or not INDEX_HEADING.search(sections[number] if number < len(sections) else "") or _foreign_section(
                sections[number], others, own):
            continue
        if stripped.startswith("//") and not members:
            kind = stripped
        elif stripped.startswith("{"):
            members = []
        elif (key := re.match(r"""["']?([A-Za-z_]\w*)["']?\s*:\s*(?:-?1|["']\w+["'])\s*,?\s*(//.*)?$""", stripped)):
            members.append((key.group(1), number + 1, key.group(2) or ""))
        elif stripped.startswith("}") and members:
            each = len(members) == 1 or all(re.search(r"\bindex\b", note, re.IGNORECASE) for _n, _l, note in members)
            if each and not re.search(r"compound|composite|text|full", kind, re.IGNORECASE):
                # (`"cpf": 1, // Unique index`: a unique key, which the column's UNIQUE says, not an index of its own)
                out += [(name, at) for name, at, note in members if not re.search(r"\bunique\b", note, re.IGNORECASE)]
            members, kind = [], ""
    return out


def _object_store_indexes(text: str, tables: str) -> list[tuple[str, bool]]:
    """The single-key indexes a browser database declares on the entity's own store (a compound key path, an
    array, is no column's index; Dexie's first key is the primary key)."""
    found: list[tuple[str, bool]] = []
    starts = list(STORE_START.finditer(text))
    for i, start in enumerate(starts):
        if not re.fullmatch(tables, start.group(1), re.IGNORECASE):
            continue
        body = text[start.end(): starts[i + 1].start() if i + 1 < len(starts) else len(text)]
        for match in STORE_INDEX.finditer(body):
            column = match.group(2) or match.group(5)
            found.append((column, (match.group(3) or match.group(6) or "").lower() == "true"))
    for store, schema in re.findall(r"\b(\w+)\s*:\s*['\"]((?:\+\+|&|\*)?[\w.]+(?:\s*,\s*(?:&|\*)?[\w.\[\]+]+)+)['\"]", text):
        if re.fullmatch(tables, store, re.IGNORECASE) and re.search(r"\.stores\s*\(", text):
            for key in [k.strip() for k in schema.split(",")][1:]:  # (`++id`: the primary key)
                if re.fullmatch(r"[&*]?\w+", key):
                    found.append((key.lstrip("&*"), key.startswith("&")))
    return found


def apply_contract_lengths(fields_out: list[tuple[RawField, RawField]], contract: list[RawEntity], primary: RawEntity,
                            diagnostics: list[str]) -> None:
    """Lengths and closed lists the schema leaves open, from the API contract's request models of the same entity
    (`UpdateBookRequest.title: maxLength 300`, `CreateCharacterRequest.class: enum [...]`)."""
    own = {primary.key, normal_name(primary.name)}
    related = [e for e in contract if normal_name(re.sub(
        r"^(Create|Update|New|Patch|Put|Post|Edit)|(Create|Update|Patch|Input|Request|Response|Dto|DTO|Body|Payload|Form)+$",
        "", e.name)) in own]
    for merged, _raw in fields_out:
        key = normal_name(merged.name)
        typed = next(((f, e) for e in related for f in e.fields if normal_name(f.name) == key and f.type), None)
        if typed and not merged.type_text.strip() and not merged.enum_values and (
                merged.type is None or typed[0].type not in ("str", "text", merged.type)):
            # `| make, model | — | yes |` in the data model, `make: String!` in the contract's `type Car`: its type
            # (or a bare `- top_notes` guessed a str from its name, `topNotes: array of string` in the contract)
            merged.type, merged.enum_values = typed[0].type, typed[0].enum_values
            if merged.max_length is None:
                merged.max_length = typed[0].max_length
            diagnostics.append(f"{merged.name}: {typed[0].type} per the API contract's {typed[1].name} "
                               f"({typed[0].file}:{typed[0].line}); the data model gives no type")
        elif typed and typed[0].type in ("uuid", "date", "datetime") and merged.type == "str" and not merged.max_length and (
                merged.file.endswith((".md", ".markdown"))) and re.fullmatch(r"[`*]*(?:string|str)[`*]*", merged.type_text.strip(),
                                                                             re.IGNORECASE):
            # `category_id`: `string` in the data model, `format: uuid` in the contract's Transaction: the contract
            # says which string (a date or a moment, an id), where the notes only say it is one (a schema's
            # `String` is the schema's word, and stands)
            merged.type = typed[0].type
            diagnostics.append(f"{merged.name}: {typed[0].type} per the API contract's {typed[1].name} "
                               f"({typed[0].file}:{typed[0].line}); the data model says only 'string'")
        closed = next(((f, e) for e in related for f in e.fields if normal_name(f.name) == key and f.type == "enum"
                       and f.enum_values and len(f.enum_values) >= 2), None)
        if closed and merged.type in ("str", "text", "enum") and not merged.enum_values and not re.search(
                r"\bfree[- ]?(text|form)\b", merged.description or "", re.IGNORECASE):
            # `class: String(50)` in the schema, `enum: [barbarian, bard, ...]` in the contract's request: closed
            # (and Prisma's `rankLevel RankLevel?`, an enum declared elsewhere, with `// (LION|TIGER|...)` in the request)
            merged.type, merged.enum_values, merged.max_length = "enum", closed[0].enum_values, None
            diagnostics.append(f"{merged.name}: enum {', '.join(closed[0].enum_values)} from the API contract's "
                               f"{closed[1].name} ({closed[0].file}:{closed[0].line}); the schema leaves it open")
            continue
        if merged.type not in ("str", "text") or merged.max_length is not None:
            continue
        found = next(((f, e) for e in related for f in e.fields if normal_name(f.name) == key and f.max_length), None)
        if found:
            merged.max_length = found[0].max_length
            diagnostics.append(f"{merged.name}: max_length {merged.max_length} from the API contract's {found[1].name} "
                               f"({found[0].file}:{found[0].line})")


EXAMPLE_VALUE = re.compile(r"[\"']([A-Za-z][A-Za-z0-9_]*)[\"']\s*:\s*(\"[^\"]*\"|-?\d+(?:\.\d+)?|true|false)\s*[,}]?\s*$")


def example_value_type(value: str) -> str | None:
    if re.fullmatch(r"\"\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\"", value):  # (`2022-5-27T02:30Z`)
        return "datetime"
    if re.fullmatch(r"\"\d{4}-\d{2}-\d{2}\"", value):
        return "date"
    if value in ("true", "false"):
        return "bool"
    if re.fullmatch(r"-?\d+", value):
        return "int"
    if re.fullmatch(r"-?\d+\.\d+", value):
        return "float"
    return None


def apply_example_types(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         diagnostics: list[str]) -> None:
    """A column the schema lists by name alone takes the type its value has in the API's JSON examples
    (`"startTime": "2026-06-29T09:00:00"`, `"roomId": 1001`), when every example agrees."""
    untyped = {snake(m.name): m for m, _raw in fields_out if not (m.type_text or "").strip() and not m.enum_values
               and m.type in ("str", "text", None)}
    for key, (kind, where) in example_types(untyped, files, texts).items():
        untyped[key].type = kind
        diagnostics.append(f"{untyped[key].name}: {kind}, the type of its value in the example at {where} "
                           "(the schema names it without a type)")


def apply_example_labels(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         diagnostics: list[str]) -> None:
    """An "enum" of words in the reader's language (`宠物种类（狗/猫/其他）`) whose API example sends another value
    (`"species": "dog"`): the words describe the column, they are not its values; a string."""
    labelled = {snake(m.name): m for m, _raw in fields_out if m.type == "enum" and m.enum_values
                and not any(v.isascii() for v in m.enum_values) and m.default not in m.enum_values}
    # (not where the column's default is one of the words, `DEFAULT '대기중'`: the table stores them)
    for path in [*files.api, *files.feature] if labelled else []:
        for number, line in enumerate(texts[path].splitlines(), 1):
            example = EXAMPLE_VALUE.search(line.strip())
            merged = labelled.get(snake(example.group(1))) if example else None
            value = example.group(2).strip('"') if example and example.group(2).startswith('"') else None
            if merged is not None and value and value not in (merged.enum_values or []):
                diagnostics.append(f"{merged.name}: ({', '.join(merged.enum_values or [])}) describe it; the example at "
                                   f"{path}:{number} sends {value!r}: a string, not an enum")
                merged.type, merged.enum_values = "text" if merged.max_length is None and merged.type_text.lower().startswith(
                    "text") else "str", None
                labelled.pop(snake(example.group(1)))


def example_types(untyped: dict[str, RawField], files: SpecFiles, texts: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The type each named column's values have in the API/feature specs' JSON examples, and where, for those whose
    examples all agree on a type other than a plain string."""
    seen: dict[str, set[str]] = {}
    where: dict[str, str] = {}
    for path in [*files.api, *files.feature] if untyped else []:
        for number, line in enumerate(texts[path].splitlines(), 1):
            example = EXAMPLE_VALUE.search(line.strip())
            if example and snake(example.group(1)) in untyped:
                seen.setdefault(snake(example.group(1)), set()).add(example_value_type(example.group(2)) or "str")
                where.setdefault(snake(example.group(1)), f"{path}:{number}")
    return {key: (kind, where[key]) for key, kinds in seen.items() if len(kinds) == 1 and (kind := next(iter(kinds))) != "str"}


def apply_dictionary_notes(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                           own: set[str], diagnostics: list[str]) -> None:
    """A data dictionary's row for one column, `| jobs.retry_count | 재시도 횟수 | ... | 항상 0 |`: the default its
    notes state, where the schema states none; a rules table's `| posts.author_id | Obligatorio |`: its presence."""
    by_name = {snake(m.name): m for m, _raw in fields_out}
    tables = {t.lower() for name in own if name for t in (name, default_plural(name), singular(name))}
    for path in files.schema:
        for number, line in enumerate(texts[path].splitlines(), 1):
            row = re.match(r"^\s*\|\s*`?([A-Za-z_]\w*)\.([A-Za-z_]\w*)`?\s*\|(.*)$", line)
            if not row or normal_name(row.group(1)) not in tables and row.group(1).lower() not in tables:
                continue
            merged = by_name.get(snake(row.group(2)))
            if merged is None:
                continue
            probe = RawField(name=merged.name, file=path, line=number)
            said = " ; ".join(cell.strip() for cell in row.group(3).split("|") if cell.strip())
            apply_words(probe, said)
            if not merged.required and merged.default is NO_DEFAULT and re.match(
                    r"\W*(obligatori[oa]|required|mandatory|requerid[oa]|obrigat[óo]ri[oa]|必須|必填|필수|pflicht)\b", said,
                    re.IGNORECASE):  # `| posts.author_id | Obligatorio y debe referenciar un autor existente |`
                merged.required = True
                diagnostics.append(f"{merged.name}: required per the rule at {path}:{number}")
            elif merged.required is None and re.match(r"\W*(opcional|optional|facultati[fv][oae]?|任意|선택|isteğe bağlı)\b", said,
                                                      re.IGNORECASE):
                merged.required, merged.nullable = False, True  # `| posts.title | Opcional |`
            if merged.default is not NO_DEFAULT:
                continue
            if probe.default is not NO_DEFAULT and not isinstance(probe.default, str) or (
                    isinstance(probe.default, str) and merged.enum_values and probe.default in merged.enum_values):
                merged.default = probe.default
                diagnostics.append(f"{merged.name}: default {probe.default!r} from the data dictionary at {path}:{number}")


# 'JSON columns (`features`, `metadata`, `line_items`) are stored as JSON text'; '`settings` and `tags` are stored as JSON'
JSON_NAMED = re.compile(r"\bJSON\s+(?:text\s+)?(?:columns?|fields?)\s*[(:]\s*(?P<listed>(?:`\w+`[\s,/]*(?:and\s+)?)+)|"
                        r"(?P<said>(?:`\w+`[\s,/]*(?:and\s+)?)+)\s+(?:are|is)\s+(?:(?:stored|kept|serialized|saved)\s+as\s+)?"
                        r"(?:an?\s+)?JSON\b", re.IGNORECASE)


def apply_json_notes(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                     others: set[str], own: set[str], diagnostics: list[str]) -> None:
    """A column a schema types TEXT, which its prose says holds JSON: a JSON document, kept whole."""
    by_name = {snake(m.name): m for m, _raw in fields_out if m.type in ("str", "text") and not m.enum_values}
    for path in files.schema:
        sections = _sections(texts[path])
        fenced = False
        for number, line in enumerate(texts[path].splitlines(), 1):
            if re.match(r"^\s*(```|~~~)", line):
                fenced = not fenced
            if fenced or _foreign_section(sections[number - 1], others, own):
                continue
            for said in JSON_NAMED.finditer(line):
                for name in re.findall(r"`(\w+)`", said.group("listed") or said.group("said")):
                    merged = by_name.pop(snake(name), None)
                    if merged is not None:
                        merged.type = "json"
                        diagnostics.append(f"{merged.name}: json, as {path}:{number} says it holds JSON")


# "`tags` 示例：" / "`tags` example:" over a code block of one JSON array: the column's example value.
EXAMPLE_OF = re.compile(r"^\W*`(\w+)`\s*(?:示例|例|範例|예시|examples?|e\.g\.|ejemplo|exemplo|exemple|beispiel|esempio|contoh)\s*[:：]?\s*$",
                        re.IGNORECASE)


def apply_example_arrays(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         others: set[str], own: set[str], diagnostics: list[str]) -> None:
    """A JSON column whose example, shown apart from its table, is an array of strings (`["重要", "紧急"]`): a list
    of strings. An array of objects stays JSON."""
    by_name = {snake(m.name): m for m, _raw in fields_out if m.type == "json"}
    for path in files.schema or files.api:
        sections = _sections(texts[path])
        lines = texts[path].splitlines()
        for number, line in enumerate(lines, 1):
            said = EXAMPLE_OF.match(line)
            merged = by_name.get(snake(said.group(1))) if said else None
            if merged is None or _foreign_section(sections[number - 1], others, own):
                continue
            after = [text for text in lines[number:number + 12] if text.strip()]
            if not after or not re.match(r"\s*(```|~~~)", after[0]):
                continue
            body = []
            for text in after[1:]:
                if re.match(r"\s*(```|~~~)", text):
                    break
                body.append(text)
            try:
                value = json.loads("\n".join(body))
            except ValueError:
                continue
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                merged.type = "list[str]"
                if merged.default in ("[]", "'[]'"):
                    merged.default = []
                diagnostics.append(f"{merged.name}: a list of strings, as its example at {path}:{number} shows")


def apply_example_object_lists(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                               diagnostics: list[str]) -> None:
    """A column typed a bare `Array` (`| options | Array | Optional |`) whose example in the same documents holds
    objects (`"options": [ { "name": ...` ): a list of objects, kept whole as JSON, not a list of strings."""
    for merged, raw in fields_out:
        if merged.type != "list[str]" or not re.fullmatch(r"`?(?:array|list|arr)`?", (raw.type_text or "").strip(), re.IGNORECASE):
            continue
        for path in [*files.schema, *files.api]:
            shown = re.search(rf"[\"']{re.escape(raw.name)}[\"']\s*:\s*\[\s*\{{", texts[path])
            if shown:
                merged.type = "json"
                diagnostics.append(f"{merged.name}: a list of objects, as its example at {path}:"
                                   f"{texts[path][:shown.start()].count(chr(10)) + 1} shows; kept as json")
                break


# A clause that says the server fills the fields it names: "`submitterId` 和 `submitterName` 由后端根据当前登录用户自动填充",
# "`reporter_id` is set by the server", "Server sets `status=OPEN`, generates `key`".
SERVER_FILLS = re.compile(
    r"\b(?:set|filled(?:\s+in)?|populated|generated|assigned|derived|computed)\s+(?:automatically\s+)?(?:by|on)\s+the\s+"
    r"(?:server|backend|back-end|api)\b|\b(?:server|backend|back-end)\s+(?:sets|fills(?:\s+in)?|populates|assigns|generates)\b|"
    r"\bauto(?:matically)?[- ](?:filled|populated|assigned)\b|"
    r"由(?:后端|後端|服务端|服務端|服务器|伺服器|系统|系統)[^。；;\n]{0,24}(?:填充|填入|生成|设置|設定|赋值|賦值)|"
    r"サーバー[側がで]?[^。\n]{0,12}(?:自動)?(?:設定|生成|付与)|"
    r"\b(?:asignad|generad|establecid|preenchid|definid|gerad|rellenad)[oa]s?\s+(?:autom[áa]ticamente\s+)?(?:por|pelo)\s+(?:el\s+|o\s+)?"
    r"(?:servidor|backend)\b", re.IGNORECASE)


def apply_server_filled(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                        others: set[str], own: set[str], diagnostics: list[str]) -> None:
    """Fields a clause says the server fills (from the signed-in user, or generated): never asked of the client on
    create, whatever the table's Required mark says of the stored column."""
    by_name = {snake(m.name): m for m, _raw in fields_out}
    for path in files.all:
        sections = _sections(texts[path])
        for number, line in enumerate(texts[path].splitlines(), 1):
            if line.lstrip().startswith("|") or not SERVER_FILLS.search(line) or _foreign_section(sections[number - 1], others, own):
                continue
            for clause in re.split(r"(?<=[.;。；])\s*", line):
                said = SERVER_FILLS.search(clause)
                if not said or re.search(r"\b(?:not|never|no)\b|n't\b|不|非", clause[max(0, said.start() - 20): said.start()],
                                         re.IGNORECASE):
                    continue  # ('`title` is not generated by the server': the client's to send)
                for name in re.findall(r"`(\w+)", clause):
                    merged = by_name.get(snake(name))
                    if merged is not None and merged.required:
                        merged.required, merged.presumed = False, False
                        diagnostics.append(f"{merged.name}: filled by the server, as {path}:{number} says: not required on create")


def apply_presence_tables(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                          diagnostics: list[str], own: set[str], others: set[str]) -> None:
    """A table of field rules with a Required column and no type (`| date | auto | user or resolved |`) whose
    rows name the entity's fields: "auto", "no" or "optional" there means the client need not send the field,
    whatever a code model without defaults implies; "yes" marks one nothing else said anything of."""
    from backend_builder.spec.extract.document import parse
    from backend_builder.spec.extract.tables import NAME_HEADERS, REQUIRED_HEADERS, TYPE_HEADERS

    by_name = {snake(m.name): m for m, _raw in fields_out}
    for path in files.schema:
        for table in parse(path, texts[path]).tables:
            header = [h.strip("`* ").lower() for h in table.header]
            name_col = next((i for i, h in enumerate(header) if h.startswith(NAME_HEADERS)), None)
            required_col = next((i for i, h in enumerate(header) if h.startswith(REQUIRED_HEADERS)), None)
            if name_col is None or required_col is None or any(h.startswith(TYPE_HEADERS) for h in header) or (
                    table.headings and _foreign_section(" / ".join(table.headings), others, own)):
                continue
            rows = [(line, snake(cells[name_col].strip("`* ")), cells[required_col].strip("`* ").lower())
                    for line, cells in table.rows if len(cells) > max(name_col, required_col)]
            if sum(name in by_name for _line, name, _said in rows) * 2 < len(by_name):
                continue  # (another entity's rules, or a few columns of a larger table)
            for line, name, said in rows:
                merged = by_name.get(name)
                if merged is None:
                    continue
                if said in ("auto", "automatic", "generated", "no", "optional", "n") and merged.default is NO_DEFAULT and merged.required:
                    merged.required = False
                    diagnostics.append(f"{merged.name}: not required, as the rules at {path}:{line} say ({said!r})")
                elif said in ("yes", "required", "y") and merged.required is None:
                    merged.required = True


# A Required cell that says yes: `✓`, `○`, `yes`, `必須`, `sí`.
SAYS_REQUIRED = re.compile(r"[✓✔☑●○◯]|yes|y|true|required|必須|必需|必填|是|はい|예|필수|sí|si|sim|oui|ja|evet|ya|wajib|có|да|tak",
                           re.IGNORECASE)


def apply_request_presence(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                           diagnostics: list[str]) -> None:
    """A schema that says of no column whether it is required (a DynamoDB attribute table), and the API's request
    table (`| title | string | ✓ | 1-200 文字 |`) whose every row is one of the entity's fields: the ones it marks
    required are required."""
    from backend_builder.spec.extract.document import parse
    from backend_builder.spec.extract.tables import NAME_HEADERS, REQUIRED_HEADERS

    unmarked = {snake(m.name): m for m, _raw in fields_out if m.required is None and m.nullable is None and m.default is NO_DEFAULT}
    if len(unmarked) < 2 or len(unmarked) < len(fields_out):
        return
    for path in [*files.api, *files.feature]:
        for table in parse(path, texts[path]).tables:
            header = [h.strip("`* ").lower() for h in table.header]
            name_col = next((i for i, h in enumerate(header) if h.startswith(NAME_HEADERS)), None)
            required_col = next((i for i, h in enumerate(header) if h.startswith(REQUIRED_HEADERS)), None)
            if name_col is None or required_col is None:
                continue
            rows = [(line, snake(cells[name_col].strip("`* ")), cells[required_col].strip("`* "))
                    for line, cells in table.rows if len(cells) > max(name_col, required_col)]
            if len(rows) < 2 or not all(name in unmarked for _line, name, _said in rows):
                continue
            for line, name, said in rows:
                if SAYS_REQUIRED.fullmatch(said) and unmarked[name].required is None:
                    unmarked[name].required = True
                    diagnostics.append(f"{unmarked[name].name}: required, as the request table at {path}:{line} marks it")


# 'All fields are required except `published_date` and `isbn`.', 'All fields are optional except `title`.'
EXCEPT_RULE = re.compile(r"\b(?:all|every)\s+(?:(?:the|other)\s+)?(?:fields?|attributes?|properties|columns?|parameters?)\s+(?:are|is)\s+"
                         r"(required|mandatory|optional)\s*,?\s+(?:except|but|apart\s+from|other\s+than|save)\s+(?:for\s+)?"
                         r"((?:`[A-Za-z_]\w*`(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)?)+)", re.IGNORECASE)


def apply_except_rules(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                       diagnostics: list[str], others: set[str], own: set[str]) -> None:
    """A sentence that says every field is required but the ones it names (or optional but those): presence for the
    fields no definition says it of, or only presumes."""
    fields = {snake(m.name): (m, raw) for m, raw in fields_out}
    for path in [*files.api, *files.feature, *files.schema]:
        sections = _sections(texts[path])
        for number, line in enumerate(texts[path].splitlines(), 1):
            rule = EXCEPT_RULE.search(line)
            if not rule or _foreign_section(sections[number - 1], others, own):
                continue
            named = {snake(n) for n in re.findall(r"`([A-Za-z_]\w*)`", rule.group(2))}
            if not named or not named <= set(fields):
                continue  # (another entity's fields, or words that name none of these)
            others_required = rule.group(1).lower() != "optional"
            for key, (merged, raw) in fields.items():
                if merged.default is not NO_DEFAULT or not (raw.required is None or raw.presumed or merged.presumed):
                    continue
                required = (key not in named) == others_required
                merged.required, merged.nullable, merged.presumed = required, not required, False
                diagnostics.append(f"{merged.name}: {'required' if required else 'optional'}, from {path}:{number}")
            return


def apply_rules(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                 diagnostics: list[str], others: set[str] | None = None, own: set[str] | None = None) -> None:
    """Validation stated in prose ('title 1-200 characters') fills lengths the schema leaves open."""
    names = [merged.name for merged, _ in fields_out]
    others = others or set()
    for merged, raw in fields_out:
        textual = merged.type in ("str", "text", None)
        if not textual and not (raw.required is None and merged.required is None and merged.default is NO_DEFAULT) and not (
                merged.type == "enum" and merged.default is NO_DEFAULT):
            continue  # lengths are for text; presence and defaults for any field the schema left open
        # (or in words, as a rule's list writes it: '- Temperament notes (multi-line, max 1000 chars)')
        # ('Data de nascimento' for `data_nascimento`, 'Endereço' for `endereco`, 'E-mail' for `email`, 'telefone' for
        # `telefones`: the words a rule writes the name in, a preposition between them, accents, a hyphen, one of many)
        joint = r"(?:[\s_-]+(?:(?:de|da|do|das|dos|del|di|du|des|der|of|van|von)\s+)?)"
        spelled = joint.join(map(re.escape, snake(merged.name).split("_"))) if "_" in snake(merged.name) else (
            rf"{re.escape(merged.name[0])}-?{re.escape(merged.name[1:])}" + (
                "?" if len(merged.name) > 4 and merged.name.endswith("s") and not merged.name.endswith("ss") else ""))
        pattern = re.compile(rf"(?<![A-Za-z0-9_])(?:{re.escape(merged.name)}|{spelled})(?![A-Za-z0-9_])", re.IGNORECASE)
        for path in [*files.schema, *files.feature, *files.api]:
            sections = _sections(texts[path])
            lines = texts[path].splitlines()
            for number, line in enumerate(lines, 1):
                # (the code-quoted mention first: in "Body: `title` (…), `body` (≤50,000)" the word "Body" labels the cell)
                match = re.search(rf"(?<=`){re.escape(merged.name)}(?=`)", line) or pattern.search(_folded(line))
                if not match:
                    continue
                if _about_another(sections[number - 1], line[:match.start()], others, own or set()):
                    continue
                if _qualified_by_another(line[:match.start()], own or set()):
                    continue  # ('`type.name` e `provider.name` obrigatórios': the type's name, not the device's)
                if _in_query_list(lines, number, sections[number - 1]):
                    continue  # `- \`status\` (optional) - Filter by status`: a list's filter, not the column's presence
                if path.endswith((".yaml", ".yml", ".json")) and re.match(
                        r"\s*[\"']?(description|summary|title)[\"']?\s*:\s*(?![{\[\s]|$)", line) and match.start() <= len(
                        line) - len(line.lstrip()) + 1:
                    continue  # OpenAPI's `description: Page size. Defaults to 20; maximum 50.`: words about a parameter
                segment = line[match.end():]
                # ('convite por e-mail quando o aluno tem e-mail; **senha temporária** (12 caracteres)': another subject,
                # set in bold after the clause ends, has what follows)
                segment = re.split(r"[;.]\s+\*\*(?=\S)", segment)[0]
                # ('Program has: name, optional description', 'name, target sets, optional target weight': a later item's)
                segment = re.sub(r",\s*(?:an?\s+)?(?:optional|nullable)\s+[`*]*[A-Za-z].*$", "", segment, flags=re.IGNORECASE)
                headed = bool(re.fullmatch(r"\s*#{2,6}\s*[`*]*", line[:match.start()]) and re.fullmatch(r"[`*]*\s*", segment))
                if headed and own and normal_name(merged.name) in {normal_name(o) for o in own if o}:
                    continue  # `### Message` over the Message's struct: the entity's heading, not its `message` column's
                labelled = bool(re.fullmatch(r"\s*[`*]*", line[:match.start()]) and re.fullmatch(r"[`*]*\s*[:：]\s*[`*]*\s*", segment))
                if labelled:
                    # `content：` on a line of its own, then its rules as bullets ('- 2000文字以内'), up to the next label
                    body = []
                    for following in lines[number: number + 10]:
                        if following.lstrip().startswith("#") or re.fullmatch(r"\s*[`*]*[\w.]+[`*]*\s*[:：]\s*[`*]*\s*", following):
                            break
                        body.append(following.strip())
                    segment = " ; ".join(b for b in body if b)
                    headed = True
                elif headed:
                    # `### title` then its rules as bullets ('- Maximum 200 characters'), up to the next heading
                    body = []
                    for following in lines[number: number + 10]:
                        if following.lstrip().startswith("#"):
                            break
                        body.append(following.strip())
                    segment = " ; ".join(b for b in body if b)
                elif re.fullmatch(r"['\"`]?\s*:\s*\{\s*", segment):
                    # `notes: {` opens the field's own validation object: `required: false, maxLength: 1000` on the next lines
                    body = []
                    for following in lines[number: number + 12]:
                        body.append(following.split("}")[0])
                        if "}" in following or "{" in following:
                            break
                    segment += " ".join(body)
                for other in names if not headed else ():  # under its own heading every line is the field's
                    if other != merged.name:
                        cut = re.search(rf"(?<![A-Za-z0-9_]){re.escape(other)}(?![A-Za-z0-9_])", segment, re.IGNORECASE)
                        if cut:
                            segment = segment[: cut.start()]
                # ('`url` 须 http/https；可选 `tags` 数组——每个 ≤20 字': the next clause is about another name, in code)
                clause = None if headed else re.search(
                    rf"[;；,，、]\s*(?!(?:and\s+)?defaults?\s+(?:to|is)\b)[^`;；,，、]{{0,12}}`(?!{re.escape(merged.name)}`)[A-Za-z_]\w*`",
                    segment)  # (not ', defaults to `MXN`': the column's own default, in code)
                if clause:
                    segment = segment[: clause.start()]
                if re.match(r"[`*]*\s*,?\s*(?:and|or)\s+(?:an?\s+)?(?:optional|nullable)\b", segment, re.IGNORECASE):
                    segment = ""  # 'with amount, date, category, and optional description': the word is the next one's
                probe = RawField(name=merged.name, file=path, line=number)
                if textual:
                    apply_lengths(probe, segment[:400 if headed else 160])
                if merged.type == "str" and not re.search(r"\(\s*\d+\s*\)|\bchar", merged.type_text or "", re.IGNORECASE) and re.match(
                        r"\W{0,4}\(?\s*(?:multi-?line|long[- ]form|rich[- ]text)\b", segment, re.IGNORECASE):
                    merged.type = "text"  # '- Medical notes (multi-line, max 2000 chars)': a text of many lines
                    diagnostics.append(f"{merged.name}: text, as {path}:{number} says it holds many lines")
                if raw.required is None and merged.required is None or "untyped" in (raw.type_text or "untyped") or (
                        merged.presumed and merged.default is NO_DEFAULT):  # (presumed from the marks on other columns)
                    _apply_presence(merged, segment[:400 if headed else 160], path, number, diagnostics,
                                    untyped=not (raw.type_text or "").strip())
                elif merged.type == "enum" and merged.default is NO_DEFAULT and path.endswith((".md", ".markdown")) and re.search(
                        r"\bdefaults?\s+(?:to|is)\b", segment[:160], re.IGNORECASE):  # (not a DDL's `DEFAULT 'x'`)
                    # a column the schema marks required, whose rule gives it one of its values ("status defaults to
                    # PENDING"): the client need not send it
                    said = RawField(name=merged.name, file=path, line=number, required=True)
                    _apply_presence(said, segment[:160], path, number, [])
                    if said.default is not NO_DEFAULT and str(said.default) in (merged.enum_values or []):
                        merged.default, merged.required = said.default, False
                        diagnostics.append(f"{merged.name}: default {said.default!r}, from {path}:{number}")
                for attr in ("max_length", "min_length"):
                    found, have = getattr(probe, attr), getattr(merged, attr)
                    if found is None:
                        continue
                    if have is None:
                        setattr(merged, attr, found)
                        if path != raw.file:
                            diagnostics.append(f"{merged.name}: {attr} {found} from the rule at {path}:{number}")
                    elif have != found and attr == "max_length":
                        diagnostics.append(
                            f"{merged.name}: max_length {have} in {raw.file}:{raw.line} but {found} at {path}:{number}; "
                            f"kept {have} (the schema wins)"
                        )


# '`title`, `summary`, `markdown`은 비어 있으면 안 된다', '`name` y `email` son obligatorios': code-quoted names
# before a required (or not-empty) phrase, in the languages specs are written in.
REQUIRED_CODES = re.compile(r"^\W*((?:`[A-Za-z_]\w*`[\s,、，/&]*(?:and|or|y|e|et|und|dan|và|및|和|与|及|と)?[\s,、，]*){2,})\W*"
                            r"(?:\w+\s+)?(?P<phrase>are\s+(?:all\s+)?(?:required|mandatory)|must\s+(?:not|never)\s+be\s+(?:empty|blank)|"
                            r"cannot\s+be\s+(?:empty|blank)|must\s+be\s+non-?empty|비어\s*있으면\s*안|필수|必須|必需|必填|不能为空|不得为空|"
                            r"不可为空|不能為空|空(?:で|に)?(?:あって|して)?は(?:なら|いけ)|son\s+obligatori|são\s+obrigat|sont\s+obligatoires|"
                            r"sind\s+(?:erforderlich|pflicht)|wajib|no\s+pueden\s+estar\s+vac|não\s+podem\s+(?:estar|ficar)\s+vazi|"
                            r"zorunlu(?:dur)?\b|(?:są\s+)?wymagane|обязательн\w*|bắt\s+buộc|sono\s+obbligatori|verplicht)",
                            re.IGNORECASE)
# The same list after its label: '- Campos obligatorios: `titulo`, `asignatura`', 'Required fields: `title`, `body`'.
REQUIRED_LABEL = re.compile(r"^\W*(?P<phrase>required fields|mandatory fields|campos (?:obligatorios|requeridos|obrigatórios)|"
                            r"champs obligatoires|pflichtfelder|必填字段|必須項目|필수 (?:항목|필드)|kolom wajib|zorunlu alanlar|"
                            r"wymagane pola|обязательные поля)\W*[:：]\s*(?P<names>(?:`[A-Za-z_]\w*`[\s,、，/&]*(?:and|or|y|e|et|und|"
                            r"dan|và|及|と|ve|i|и)?[\s,、，]*){2,}|"
                            # ('**Required Fields**: judul, pengarang, isbn, stok': the names bare, commas between)
                            r"[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\W*$", re.IGNORECASE)
# A line that only opens a list of the required names: '- **Required Fields**:', 'Required parameters:'.
REQUIRED_LEAD = re.compile(r"^\W*(?:required|mandatory)\s+(?:fields|parameters|params|properties|attributes)\W*[:：]\W*$", re.IGNORECASE)
REQUIRED_LIST = re.compile(r"^\W*(?:the\s+)?([`*\w][\w `*,&/-]{2,120}?)\s+(?:are|is)\s+(?:all\s+)?(?:required|mandatory)\b",
                           re.IGNORECASE)


def apply_marked_bodies(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                        own: set[str], diagnostics: list[str]) -> None:
    """A route table's create row that lists its body with optional names marked: `| POST | /appointments | ... |
    clinic_id, animal_id, service, vet_id?, notes? |`: where the schema says nothing of presence, the names
    without `?` are the ones a client must send."""
    by_key = {snake(m.name): (m, raw) for m, raw in fields_out}
    plurals = {default_plural(t) for t in own if t} | {t for t in own if t}
    for path in files.api:
        for number, line in enumerate(texts[path].splitlines(), 1):
            cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
            route = next((c for c in cells if re.match(r"`?/", c)), "")
            if not any(c.strip("`* ").upper() == "POST" for c in cells) or not any(
                    re.search(rf"/{re.escape(p)}/?`?$", route.replace("_", "-"), re.IGNORECASE) or
                    re.search(rf"/{re.escape(p)}/?`?$", route, re.IGNORECASE) for p in plurals):
                continue
            for cell in cells:
                names = re.findall(r"([A-Za-z_]\w*)(\?)?(?:\([^)]*\))?", cell.replace("`", "")) if re.fullmatch(
                    r"`?[A-Za-z_]\w*\??(?:\([^)]*\))?`?(?:\s*,\s*`?[A-Za-z_]\w*\??(?:\([^)]*\))?`?)+", cell) else []
                if not any(mark for _n, mark in names) or sum(snake(n) in by_key for n, _m in names) < 2:
                    continue
                listed = {snake(n): not mark for n, mark in names}
                for key, (merged, raw) in by_key.items():  # (a column the body leaves out is not the client's to send)
                    if raw.required is None and raw.nullable is None and merged.required is None:
                        merged.required = listed.get(key, False)
                diagnostics.append(f"presence from the create route's body at {path}:{number} (`?` marks the optional)")


# A section that lists each entity's required fields: '### Required Fields by Entity', 'Campos obligatorios'
REQUIRED_HEADING = re.compile(r"\b(?:required|mandatory)\s+(?:fields|columns|attributes)\b|campos\s+obligatorios|"
                              r"campos\s+obrigat[óo]rios|champs\s+obligatoires|pflichtfelder", re.IGNORECASE)


def apply_required_lists(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                          diagnostics: list[str], others: set[str], own: set[str]) -> tuple[set[str], str | None]:
    """'Name, category, price, and stock are required.': a rule naming the fields a schema of bare names leaves open.
    Returns the names an explicit 'Required fields:' list gives (flattened), and where it is."""
    open_fields = {snake(m.name).replace("_", ""): m for m, raw in fields_out
                   if raw.required is None or not (raw.type_text or "").strip()}
    firsts: dict[str, list[RawField]] = {}
    for m, _raw in fields_out:
        firsts.setdefault(snake(m.name).split("_")[0], []).append(m)
    listed: list[str] = []  # where the spec lists its required fields
    labelled: set[str] = set()  # the names of an explicit 'Required fields:' list (a create body's, in the API spec)
    own_names = {snake(m.name).replace("_", "") for m, _raw in fields_out}
    for path in [*files.schema, *files.feature, *files.api]:
        sections = _sections(texts[path])
        in_api = path in files.api and path not in files.schema
        required_column = False  # under `| Collection | Required Fields |`: a row per table, its required fields
        owner_label: bool | None = None  # under '### Required Fields by Entity': whether the bold label is this entity's
        lines = texts[path].splitlines()
        for number, line in enumerate(lines, 1):
            if REQUIRED_HEADING.search(sections[number - 1].rsplit(" / ", 1)[-1]) and not line.lstrip().startswith("#"):
                # '**Properties (all types):**' over '- owner_profile_id, property_type, surface_area': its required fields
                bold = re.fullmatch(r"\s*\*\*([^*]+?)\*\*\s*:?\s*", line)  # ('**Rooms:**' and '**Rooms**:' alike)
                if bold:
                    word = re.split(r"[\s(]", bold.group(1).strip(), maxsplit=1)[0]
                    owner_label = snake(word) in own or singular(snake(word)) in own
                    continue
                item = re.fullmatch(r"\s*[-*+]\s+(.+)", line)
                if owner_label and item:
                    names = [snake(n.strip(" `")).replace("_", "") for n in item.group(1).split(",")]
                    hits = [open_fields[n] for n in names if n in open_fields]
                    if len(hits) >= 2:
                        labelled |= set(names)
                        listed.append(f"{path}:{number}")
                        for found in hits:
                            if not found.required and found.default is NO_DEFAULT:
                                found.required, found.nullable = True, False
                                diagnostics.append(f"{found.name}: required, from {path}:{number}")
                    continue
            cells = [c.strip(" `*") for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
            if len(cells) >= 2 and re.fullmatch(r"(?i)(?:required|mandatory)\s+(?:fields|columns|attributes)", cells[1]):
                required_column = True
                continue
            required_column = required_column and bool(cells)
            if required_column and cells[0] and (snake(cells[0]) in own or singular(snake(cells[0])) in own):
                labelled |= {snake(name.strip(" `")).replace("_", "") for name in re.split(r",\s*(?![^()]*\))", cells[1])}
                listed.append(f"{path}:{number}")
                for name in re.split(r",\s*(?![^()]*\))", cells[1]):
                    found = open_fields.get(snake(name.strip(" `")).replace("_", ""))
                    if found is not None and not found.required and found.default is NO_DEFAULT:
                        found.required, found.nullable = True, False
                        diagnostics.append(f"{found.name}: required, from {path}:{number}")
                continue
            if REQUIRED_LEAD.match(line) and not _foreign_section(sections[number - 1], others, own) and not re.search(
                    r"\b(?:update|edit|patch|put|modify|replace)\b", sections[number - 1].rsplit(" / ", 1)[-1], re.IGNORECASE):
                # '- **Required Fields**:' over nested bullets, one code-quoted name each, under a create route
                names = []
                for following in lines[number:]:
                    item = re.match(r"^\s*[-*+]\s+`([A-Za-z_]\w*)`", following)
                    if not item:
                        break
                    names.append(item.group(1))
                keys = {snake(n).replace("_", "") for n in names}
                if len(keys & own_names) >= 2:
                    labelled |= keys
                    listed.append(f"{path}:{number}")
                    for key in keys:
                        found = open_fields.get(key)
                        if found is not None and not found.required and found.default is NO_DEFAULT:
                            found.required, found.nullable = True, False
                            diagnostics.append(f"{found.name}: required, from {path}:{number}")
                    continue
            codes = (None if in_api else REQUIRED_CODES.match(line)) or REQUIRED_LABEL.match(line)
            if codes and not _foreign_section(sections[number - 1], others, own):
                bare_names = codes.re is REQUIRED_LABEL and "`" not in codes.group("names")
                if bare_names and len({snake(n).replace("_", "") for n in re.findall(r"[A-Za-z_]\w*", codes.group("names"))}
                                      & set(open_fields)) < 2:
                    continue  # (bare names, most of them another entity's: `nama, nim, username` of a sign-up)
                if codes.re is REQUIRED_LABEL:
                    keys = {snake(n).replace("_", "") for n in re.findall(r"`?([A-Za-z_]\w*)`?", codes.group("names"))}
                    if len(keys & own_names) >= 2:
                        labelled |= keys
                        listed.append(f"{path}:{number}")
                empty = not re.search(r"required|mandatory|필수|必須|必需|必填|obligat|obrigat|obbligat|erforderlich|pflicht|"
                                      r"wajib|zorunlu|wymagan|обязательн|bắt buộc", codes.group("phrase"), re.IGNORECASE)
                names = codes.group("names") if "names" in codes.re.groupindex else codes.group(1)
                for name in re.findall(r"([A-Za-z_]\w*)" if bare_names else r"`([A-Za-z_]\w*)`", names):
                    found = open_fields.get(snake(name).replace("_", ""))
                    if found is not None and not found.required and found.default is NO_DEFAULT:
                        found.required, found.nullable = True, False
                        diagnostics.append(f"{found.name}: required, from {path}:{number}")
                        listed += [] if empty else [f"{path}:{number}"]
                    if found is not None and empty and found.type in ("str", "text") and not found.min_length:
                        found.min_length = 1
                continue
            match = None if in_api else REQUIRED_LIST.match(line)
            if not match or _foreign_section(sections[number - 1], others, own):
                continue
            items = [re.sub(r"[`*]|^(and|or|the)\s+", "", part.strip(), flags=re.IGNORECASE).strip()
                     for part in re.split(r",|\band\b|&|/", match.group(1))]
            if len(items) < 2:
                continue
            for item in items:
                key = snake(item.replace(" ", "_")).replace("_", "")
                found = open_fields.get(key) or next(iter(firsts.get(key, [])[:1] if len(firsts.get(key, [])) == 1
                                                           else []), None)
                if found is not None and found in open_fields.values() and not found.required:
                    found.required, found.nullable = True, False
                    diagnostics.append(f"{found.name}: required, from {path}:{number}")
                    listed.append(f"{path}:{number}")
    if (len(listed) >= 2 and all(raw.required is None or raw.presumed for _m, raw in fields_out)) or labelled:
        # a schema that says nothing of presence (of these fields), and a rule that names the required fields:
        # the rest are optional ('Pflichtfelder: `trip_type`, `destination`' under the create route; a body's members
        # are sent, but the list says which must be)
        for merged, _raw in fields_out:
            if (merged.required is None or merged.presumed) and merged.default is NO_DEFAULT and (
                    snake(merged.name).replace("_", "") not in labelled):
                merged.required = False
                diagnostics.append(f"{merged.name}: optional, since {listed[0]} lists the required fields without it")
    return labelled, (listed[0] if labelled and listed else None)


# 'missing', in the languages contracts are written in: Vietnamese 'thiếu', Spanish 'falta', German 'fehlt'.
MISSING = re.compile(r"\b(missing|not provided|omitted|absent|thiếu|falta|faltan|faltando|ausente|manquant|fehlt|fehlend|eksik)\b"
                     r"|缺少|缺失|未指定|누락", re.IGNORECASE)


ROUTE_HEADING = re.compile(r"\b(?:POST|PUT|PATCH|GET|DELETE)\s+/[^\s`|]*")


def _acts_on_one_row(route: str) -> bool:
    """`PUT /api/jobs/:id`, `POST /api/jobs/{id}/assign-editor`: a route on a row that exists, whose request is no
    create's (`POST /workspaces/{workspace_id}/expenses`, a collection under its parent, creates)."""
    param = r"(?::\w+|\{\w+\}|<\w+>|\[\w+\])"
    last = route.rstrip("/").rsplit("/", 1)[-1]
    return route.startswith(("PUT", "PATCH")) or bool(re.search(rf"/{param}", route)) and (
        bool(re.fullmatch(param, last)) or "-" in last or not last.endswith("s"))


def apply_missing_errors(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         diagnostics: list[str]) -> None:
    """"| `amount_minor` is zero, negative, or missing | `422` |": a contract that rejects a create without the field
    makes it required, where the schema states no NULL of its own (an unmarked `bigint` among `not null` cells)."""
    by_name = {snake(m.name).replace("_", ""): (m, raw) for m, raw in fields_out}
    silent = all(m.required is None and raw.required is None and m.nullable is None for m, raw in fields_out)
    marked = None
    for path in files.api:
        route = ""
        for number, line in enumerate(texts[path].splitlines(), 1):
            heading = ROUTE_HEADING.search(line)
            route = heading.group(0) if heading else route
            said = MISSING.search(line)
            if not (said and re.search(r"\b(400|422)\b", line)) or _acts_on_one_row(route):
                continue  # (`reporter_id` missing under `POST /api/jobs/:id/assign-reporter`: that action's body, not the create's)
            named = re.findall(r"`([A-Za-z_]\w*)`", line[:said.start()]) or re.findall(r"`([A-Za-z_]\w*)`", line[said.end():]) or [
                w for w in re.findall(r"(?<![`\w])([A-Za-z_]\w*)(?![`\w])", line[said.end():]) if snake(w).replace("_", "") in by_name]
            # (`400`: Thiếu title hoặc content — "title or content missing", the names bare after the word)
            for name in named[:2]:
                found = by_name.get(snake(name).replace("_", ""))
                if found is None:
                    continue
                merged, raw = found
                if merged.required is not True and merged.default is NO_DEFAULT and not re.search(
                        r"null|optional", f"{raw.type_text} {raw.description}", re.IGNORECASE) and not re.search(
                        r"\brequired\s+(?:when|if|only|unless)\b", f"{raw.description} {merged.description}", re.IGNORECASE):
                    # (`city`: 'required when `location_type = 'physical'`', a condition, not a column every row fills)
                    merged.required, merged.nullable = True, False
                    diagnostics.append(f"{merged.name}: required, since {path}:{number} rejects a request without it")
                    marked = f"{path}:{number}"
    if silent and marked:  # the schema says nothing of presence, the contract names what a request must carry
        for merged, _raw in fields_out:
            if merged.required is None and merged.default is NO_DEFAULT:
                merged.required, merged.nullable = False, True
                diagnostics.append(f"{merged.name}: optional, since {marked} names the fields a request must carry without it")


QUERY_LABEL = re.compile(r"\b(query|path|url|search|filter|header)\s*(param(eter)?s?|string|options?)\b|\bfilters?\b|"
                         r"par[aâá]metros\s+de\s+(consulta|b[uú]squeda|query)|paramètres\s+de\s+requête|"
                         r"abfrageparameter|クエリ(パラメータ)?|查询参数|查詢參數|쿼리\s*파라미터", re.IGNORECASE)


# A query parameter and what it may be: 'status (optional) – one of: joining, in_progress, completed',
# '- status: Filter by status (pending, confirmed, completed, cancelled)'
QUERY_VALUES = re.compile(r"^\s*(?:[-*+]\s+)?`?(?P<name>[A-Za-z_]\w*)`?\s*(?:\((?:optional|required|opcional)\))?\s*[:–—-]\s*(?P<rest>.+)$",
                          re.IGNORECASE)


def apply_filter_values(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                        diagnostics: list[str], others: set[str], own: set[str]) -> None:
    """A list route's filter on a state column, its values listed ('status (optional) – one of: joining,
    in_progress, completed'): the values the column takes, where nothing else lists them."""
    open_states = {snake(m.name): m for m, _raw in fields_out if m.type in ("str", "enum", None) and not m.enum_values
                   and state_named(m.name) and not m.max_length}
    plurals = {default_plural(t) for t in own if t} | {t for t in own if t}
    for path in files.all if open_states else []:
        lines = texts[path].splitlines()
        sections = _sections(texts[path])
        for number, line in enumerate(lines, 1):
            said = QUERY_VALUES.match(line)
            merged = open_states.get(snake(said.group("name"))) if said else None
            if merged is None or merged.enum_values or not _in_query_list(lines, number, sections[number - 1]):
                continue
            # (the filter of the entity's own list route, `GET /api/tournaments` just above it, whatever section it is in)
            routed = any(re.search(rf"\bGET\s+`?\S*/(?:{'|'.join(re.escape(t) for t in plurals)})/?`?(?:\s|$|\?)", above,
                                   re.IGNORECASE) for above in lines[max(0, number - 12):number - 1])
            if not routed and _foreign_section(sections[number - 1], others, own):
                continue
            rest = said.group("rest")
            listed = re.search(r"\bone\s+of\s*:?\s*([a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)+)\s*\.?\s*$|\(\s*([a-z][\w-]*(?:\s*[,|/]\s*"
                               r"[a-z][\w-]*){2,})\s*\)\s*\.?\s*$", rest)
            if listed:
                merged.type = "enum"
                merged.enum_values = [v.strip() for v in re.split(r"[,|/]", listed.group(1) or listed.group(2))]
                diagnostics.append(f"{merged.name}: enum values {', '.join(merged.enum_values)}, as the filter at {path}:{number} "
                                   "lists them")


def _in_query_list(lines: list[str], number: int, section: str) -> bool:
    """The line (1-based `number`) is an item of a list of query parameters or filters: under such a heading, or
    under such a label (`**Query Parameters:**`) with no other label or heading in between."""
    if QUERY_LABEL.search(section.rsplit(" / ", 1)[-1]) or re.match(
            r"\s*(?:[-*+]\s*)?\**(?:query|querystring|filters?)\**\s*[:：]", lines[number - 1] if 0 < number <= len(lines) else "",
            re.IGNORECASE):  # (`Query: \`estado\` (\`pendiente|resuelta\`, default \`pendiente\`)`: a route's parameters)
        return True
    for above in reversed(lines[max(0, number - 15): number - 1]):
        stripped = above.strip()
        if stripped.startswith("#"):
            return False
        if re.fullmatch(r"\*\*[^*]{1,60}\*\*\s*:?|[^\s|`*-][^:|]{0,50}:", stripped):
            return bool(QUERY_LABEL.search(stripped))
    return False


def _folded(text: str) -> str:
    """The text without its accents, letter for letter (`Endereço` as `Endereco`): the positions stay the same."""
    return "".join(unicodedata.normalize("NFD", ch)[0] if ch.isalpha() and not ch.isascii() else ch for ch in text)


def _apply_presence(merged: RawField, segment: str, path: str, number: int, diagnostics: list[str],
                    untyped: bool = False) -> None:
    """'Description column MUST be nullable', 'defaults to FALSE': what the schema left unsaid (a bare name's
    'not required' is only the absence of a word, so a rule may still make it required)."""
    lowered = re.sub(r"\bis\s+not\s+null\b", " ", segment.lower())  # (`WHERE email IS NOT NULL`: an index's condition)
    if merged.name.lower() in ("required", "optional", "nullable", "mandatory", "not_null"):
        lowered = re.sub(rf"(?<![\w-]){merged.name.lower()}(?![\w-])", " ", lowered)  # (a field named `required`: its name says nothing)
    # (a presence presumed from the marks on the other columns yields to a rule that says it of this one)
    if merged.required is None or merged.presumed or (untyped and merged.required is False and not merged.nullable):
        if re.search(r"\bnullable\b|\boptional\b", lowered):
            merged.required, merged.nullable, merged.presumed = False, True, False  # (said now: the first rule decides)
            diagnostics.append(f"{merged.name}: optional, from {path}:{number}")
        elif not re.search(CONDITIONAL, lowered) and not re.search(r"\b(?:no|not|never)\s+(?:[a-z]+\s+){0,2}required\b", lowered) and re.search(
                r"\bnot null\b|\brequired\b|\bmandatory\b|\bmust be (present|provided|supplied|given|set)\b|"
                       r"\b(cannot|can't|must not) be (empty|blank|null|omitted|missing)\b|\bwajib\b|\bobligatori|"
                       r"\bobrigat(?!oriedade)|必須|\bnotempty\(\)|\bnotnull\(\)|@notblank\b|@notnull\b|@notempty\b|\bdeve(?:m)?\s+ser\s+informad|\bdebe(?:n)?\s+ser\s+informad|"
                       r"\bpelo\s+menos\s+uma?\b|\bal\s+menos\s+una?\b|\bat\s+least\s+one\b", lowered):
            merged.required, merged.presumed = True, False
            diagnostics.append(f"{merged.name}: required, from {path}:{number}")
    if merged.default is NO_DEFAULT:
        quoted = re.search(r"\bdefaults?\s+(?:to\s+|value\s+|is\s+)?(?:`([^`\n]{1,40})`|'([^'\n]{1,40})'|\"([^\"\n]{1,40})\")", segment,
                           re.IGNORECASE)
        if quoted and re.fullmatch(r"[^\W_][\w-]*(?: [^\W_][\w-]*){1,3}", spaced := next(g for g in quoted.groups() if g)):
            merged.default = spaced  # 'default `Menunggu Antrian`': a value of two words, quoted whole
            diagnostics.append(f"{merged.name}: default {merged.default!r}, from {path}:{number}")
            return
        match = re.search(r"\bdefaults?\s+(?:to\s+|value\s+|is\s+)?[`'\"]?(true|false|\d+|[a-z_]+)(?![\w/])[`'\"]?(?!\s*/)",
                          lowered)  # ('defaults to date/time' describes a default, it is none)
        if match and match.group(1) not in ("value", "the", "a", "an", "null", "none", "to", "is", "current", "this", "same", "its", "their",
                                            # ('Label and Priority defaults are handled by the backend')
                                            "are", "were", "was", "will", "be", "handled", "managed", "computed", "provided",
                                            "applied", "depend", "come", "set", "and", "or", "for", "of", "in", "on"):
            value = match.group(1)
            if value not in ("true", "false") and len(segment) == len(lowered):
                value = segment[match.start(1):match.end(1)]  # (`RESGATADO` stays the enum's value as written)
            if not merged.enum_values or value in merged.enum_values:  # ('defaults to inherit from podcast': no value)
                merged.default = parse_literal(value)
                diagnostics.append(f"{merged.name}: default {merged.default!r}, from {path}:{number}")


# `validates :name, presence: true, length: { maximum: 100 }` (its options may run on over lines ending in a comma)
RAILS_VALIDATES = re.compile(r"^[ \t]*validates(?:_(presence|uniqueness)_of)?[ \t]+((?::\w+[ \t]*,[ \t]*)*:\w+)"
                             r"((?:[ \t]*,[^\n]*?,[ \t]*\n)*[^\n]*)", re.MULTILINE)


def apply_rails_validations(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                            diagnostics: list[str], model: str) -> None:
    """A Rails model's `validates` lines: presence, length, inclusion and uniqueness of the columns they name (in the
    model's own class, or in a file that declares none)."""
    by_name = {snake(m.name): m for m, _raw in fields_out}
    for path in files.all:
        text = texts[path]
        for found in RAILS_VALIDATES.finditer(text):
            owner = re.findall(r"^\s*class\s+(\w+)\s*<", text[:found.start()], re.MULTILINE)
            if owner and normal_name(owner[-1]) != normal_name(model):
                continue
            options = found.group(1) or found.group(3)
            line = text[:found.start()].count("\n") + 1
            for name in re.findall(r":(\w+)", found.group(2)):
                merged = by_name.get(snake(name))
                if merged is None:
                    continue
                said = []
                if re.search(r"\bpresence(?::\s*true)?\b", options) and merged.default is NO_DEFAULT and not merged.required:
                    merged.required, merged.nullable = True, False
                    said.append("required")
                length = re.search(r"\blength:\s*\{([^}]*)\}", options)
                bounds = {k: int(v.replace("_", "")) for k, v in re.findall(r"\b(maximum|minimum|is)\s*:\s*(\d[\d_]*)",
                                                                             length.group(1))} if length else {}
                ranged = re.search(r"\bin:\s*(\d[\d_]*)\s*\.\.\s*(\d[\d_]*)", length.group(1)) if length else None
                if ranged:
                    bounds["minimum"], bounds["maximum"] = int(ranged.group(1).replace("_", "")), int(ranged.group(2).replace("_", ""))
                if merged.type in ("str", "text"):
                    if "is" in bounds:
                        merged.max_length = merged.min_length = bounds["is"]
                    if "maximum" in bounds:
                        merged.max_length = bounds["maximum"]
                    if "minimum" in bounds:
                        merged.min_length = bounds["minimum"]
                    said += [f"{k} {v}" for k, v in bounds.items()]
                listed = re.search(r"\binclusion:\s*\{\s*in:\s*(?:%w[\[(]([^\])]*)[\])]|\[([^\]]*)\])", options)
                if listed and merged.type in ("str", "text", "enum"):
                    values = listed.group(1).split() if listed.group(1) is not None else re.findall(r"['\"]([^'\"]+)['\"]",
                                                                                                    listed.group(2))
                    if len(values) >= 2:
                        merged.type, merged.enum_values = "enum", values
                        said.append(f"one of {', '.join(values)}")
                if re.search(r"\buniqueness:\s*true\b", options):
                    merged.unique = True
                    said.append("unique")
                if said:
                    diagnostics.append(f"{merged.name}: {'; '.join(said)}, as the model validates it ({path}:{line})")
