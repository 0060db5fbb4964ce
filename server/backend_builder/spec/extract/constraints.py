"""Read constraints written in words or SQL fragments: NOT NULL, DEFAULT x, UNIQUE, lengths, value lists."""

from __future__ import annotations

import json
import re
from typing import Any

from backend_builder.spec.extract.raw import NO_DEFAULT, RawField

NOW_WORDS = ("now()", "current_timestamp", "now", "datetime.utcnow", "datetime.now", "utc_now", "func.now()",
             "default_factory=datetime", "auto", "cuid()", "uuid()", "gen_random_uuid()", "uuid_generate_v4()")


def parse_literal(text: str) -> Any:
    """A default as written ('medium', false, 0, '{}', NOW()) -> a JSON value or a verbatim string."""
    raw = text.strip().rstrip(",;.").strip()
    if raw.count(")") > raw.count("("):
        raw = raw.rstrip(")").strip()
    raw = raw.strip("`").strip()
    raw = re.sub(r"::[\w\s\[\]]+$", "", raw).strip()  # 'x'::text
    lowered = raw.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("null", "none"):
        return None
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d+\.\d+", raw):
        return float(raw)
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"`":
        inner = raw[1:-1]
        if inner in ("{}", "[]"):
            return [] if inner in ("{}", "[]") and raw[0] == "'" else json.loads(inner)
        return inner
    if raw in ("[]", "{}"):
        return [] if raw == "[]" else {}
    return raw


def apply_words(field: RawField, text: str) -> None:
    """Constraints in prose or SQL-ish words, e.g. 'NOT NULL, DEFAULT false, UNIQUE, max 200 chars'."""
    lowered = text.lower()
    if re.search(r"\bprimary\s*key\b|\bpk\b|@id\b", lowered):
        field.primary_key = True
    if re.search(r"\bforeign\s*key\b|\bfk\b|\breferences\b|→|->\s*\w+\.\w+", lowered):
        field.foreign_key = True
    if re.search(r"\bnot\s+null\b|\bnon[- ]null\b|\brequired\b|\bmandatory\b|必須|obrigat|requerid", lowered):
        if not re.search(r"\bnot\s+required\b|\bno\s+required\b", lowered):
            field.required = True if field.required is None else field.required
            field.nullable = False
    if re.search(r"(?<!not )\bnull(able)?\b(?!\s*\))|\boptional\b|null\s*許容|null可|\bnullable\b|opcional", lowered) and not re.search(
        r"\bnot\s+null", lowered
    ):
        field.nullable = True
        field.required = False
    if re.search(r"\bunique\b|一意|único", lowered) and not re.search(r"unique\s*\(|per[- ]user|composite", lowered):
        field.unique = True
    if re.search(r"\bindex(ed)?\b", lowered) and not re.search(r"composite|\(\s*\w+\s*,", lowered):
        field.index = True
    match = re.search(r"\bdefault[:\s]+(?:value\s*)?(?:is\s*)?(\"[^\"]*\"|'[^']*'|`[^`]*`|[\w.()\-\[\]{}]+)", text, re.IGNORECASE)
    if match and field.default is NO_DEFAULT:
        field.default = parse_literal(match.group(1))
    apply_lengths(field, text)
    values = enum_values(text)
    if values and (field.type in (None, "enum", "str", "text")):
        field.enum_values = values
        field.type = "enum"


def apply_lengths(field: RawField, text: str) -> None:
    lowered = text.lower()
    between = re.search(r"(\d+)\s*(?:-|–|to|~|〜|～|\.\.)\s*(\d+)\s*(?:char|character|letter|文字|caracter|ký tự)", lowered)
    if between:
        field.min_length = field.min_length if field.min_length is not None else int(between.group(1))
        field.max_length = field.max_length if field.max_length is not None else int(between.group(2))
    most = re.search(
        r"(?:max(?:imum)?(?:\s*length)?(?:\s*of)?|at most|up to|no more than|limit(?:ed)?(?:\s*(?:of|to))?|≤|<=|最大|"
        r"máx(?:imo)?|tối đa)\s*:?\s*(\d+)"
        r"(?:\s*(?:char|character|letter|文字|caracter|ký tự))?",
        lowered,
    )
    if most and field.max_length is None and ("char" in lowered or "文字" in lowered or "length" in lowered
                                               or "caracter" in lowered or "ký tự" in lowered or "max" in lowered):
        field.max_length = int(most.group(1))
    least = re.search(
        r"(?:min(?:imum)?(?:\s*length)?|at least|≥|>=|最小)\s*:?\s*(\d+)\s*(?:char|character|letter|文字|caracter)", lowered
    )
    if least and field.min_length is None:
        field.min_length = int(least.group(1))
    if field.min_length is None and re.search(
        r"not\s+(be\s+)?empty|non[- ]empty|cannot be empty|must not be blank|空文字不可|空不可|length\s*>\s*0|not blank",
        lowered,
    ):
        field.min_length = 1


def bare_list(text: str) -> list[str] | None:
    """`a, b, c` or `a / b / c` and nothing else: a closed list (a trailing SQL comment, a table cell)."""
    cleaned = text.strip().strip(".;").replace("`", "").replace("'", "").replace('"', "")
    cleaned = re.sub(r",?\s+or\s+", ", ", cleaned)
    if re.fullmatch(r"[\w-]+(\s*[,/|]\s*[\w-]+)+", cleaned):
        values = [v.strip() for v in re.split(r"\s*[,/|]\s*", cleaned)]
        if len(values) >= 2 and len(set(values)) == len(values) and not all(v.isdigit() for v in values):
            return values
    return None


def enum_values(text: str) -> list[str] | None:
    """A closed list of values: IN ('a','b'), one of: a, b, c, 'a' | 'b', enum(a, b)."""
    text = text.replace("`'", "'").replace("'`", "'").replace('`"', '"').replace('"`', '"')
    patterns = [
        r"\bin\s*\(\s*('[^)]*')\s*\)",
        r"enum\s*\(\s*([^)]*)\)",
        r"enum\s*[:=]\s*([^;)\n]+)",
        r"one of[:\s]*\[?([^\].;\n]+)",
        r"(?:values?|options?|valores)\s*[:=]\s*\[?([^\].;\n]+)",
        r"((?:['\"`][\w\s-]+['\"`]\s*\|\s*)+['\"`][\w\s-]+['\"`])",
        r"((?:['\"][\w-]+['\"]\s*(?:,|\bor\b|/)\s*)+['\"][\w-]+['\"])",
        r"\(\s*((?:['\"`]?\w+['\"`]?\s*/\s*)+['\"`]?\w+['\"`]?)\s*\)",
    ]
    for pattern in patterns:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            parts = re.split(r"\s*[,|/]\s*|\s+or\s+", match.group(1))
            values = [p.strip().strip("'\"`* ").strip() for p in parts]
            values = [v for v in values if v and re.fullmatch(r"[\w\s-]{1,40}", v) and v.lower() not in ("etc", "...")]
            if "e.g" in text.lower()[: match.start() + 5] or "..." in match.group(0):
                return None
            if len(values) >= 2:
                return list(dict.fromkeys(values))
    return None
