"""SQL DDL in code blocks (sqlglot): CREATE TABLE, CHECK, CREATE INDEX, CREATE TYPE ... AS ENUM."""

from __future__ import annotations

import logging
import re

import sqlglot
from sqlglot import exp

from backend_builder.spec.extract.bullets import name_type
from backend_builder.spec.extract.constraints import (
    as_in_list,
    bare_list,
    described_values,
    enum_values,
    parse_literal,
    state_named,
)
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import FUTURE, NO_DEFAULT, RawEntity, RawField, normal_name
from backend_builder.spec.extract.types import STORED_AS, classify, length_of

logging.getLogger("sqlglot").setLevel(logging.ERROR)  # it warns on every statement it cannot parse


SQL_WORDS = ("create|alter|insert|select|values|from|join|where|union|in|exists|on|using|with|as|returning|over|and|or|"
             "not|set|case|when|then|else|group|having|order|partition|filter|within|lateral|update|delete|begin|if|"
             "return|returns|declare|array|row|cast|coalesce|count|sum|any|all|table")


# `destinos (id SERIAL PK, nome TEXT NOT NULL, pais TEXT NOT NULL)`: a table's signature on one line.
SIGNATURE = re.compile(r"^(\s*)([A-Za-z_]\w*)\s*\((.+)\)\s*;?\s*$")


def _signature_table(line: str) -> str | None:
    """A one-line table signature as a CREATE TABLE statement (`PK`, `FK t.c` spelled out), or None when the line
    is not one: each part a column name and a SQL type (a call, `f(a, b)`, has no types)."""
    found = SIGNATURE.match(line)
    if not found or re.fullmatch(SQL_WORDS, found.group(2), re.IGNORECASE):
        return None
    parts = [p.strip() for p in _split_top(found.group(3))]
    if len(parts) < 2 or not all(re.match(r"[A-Za-z_]\w*\s+[A-Za-z]", p) and classify(p.split()[1]) for p in parts):
        return None
    body = ", ".join(re.sub(r"\bFK\s+(\w+)\.(\w+)", r"REFERENCES \1(\2)", re.sub(r"\bPK\b", "PRIMARY KEY", p))
                     for p in parts)
    return f"{found.group(1)}CREATE TABLE {found.group(2)} ({body});"


def _signatures(text: str) -> str | None:
    """A block of one-line table signatures (and blank lines) as DDL, line for line; None when it is no such block."""
    lines = text.splitlines()
    tables = [_signature_table(line) if line.strip() else "" for line in lines]
    if not any(tables) or any(t is None for t in tables):
        return None
    return "\n".join(t or "" for t in tables)


# `home_team TEXT NOT NULL`, `tags TEXT[]`: a column's definition written in a code span of the prose
SQL_TYPE_WORDS = (r"text|varchar|char|character(?:\s+varying)?|citext|integer|int|int[248]|bigint|smallint|tinyint|mediumint|"
                  r"serial|bigserial|smallserial|uuid|boolean|bool|timestamptz|timestamp|datetime|date|timetz|time|interval|"
                  r"numeric|decimal|real|double\s+precision|float[48]?|money|jsonb|json|bytea|blob|inet|longtext|mediumtext")
INLINE_COLUMN = re.compile(rf"([a-z_][a-z0-9_]*)\s+(?:{SQL_TYPE_WORDS})\b(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\[\])?"
                           r"(?:\s+[^`]*)?", re.IGNORECASE)


def _inline_tables(doc: Document) -> tuple[list[tuple[int, str, list[str]]], dict[str, dict[str, int]]]:
    """Tables whose columns the prose defines in code spans, two or more to a line: '`matches` MUST have:
    `home_team TEXT NOT NULL`, `kickoff_at TIMESTAMPTZ NOT NULL`' (or under a heading `` ### `matches` ``), with
    `CREATE INDEX ... ON matches(kickoff_at)` in a span of its own: each as a block of DDL, and each column's line."""
    columns: dict[str, tuple[int, list[str], list[str]]] = {}
    lines: dict[str, dict[str, int]] = {}
    blocks = []
    for item in [*doc.items, *doc.paragraphs]:
        spans = [(found.start(), found.group(1).strip()) for found in re.finditer(r"`([^`\n]+)`", item.text)]
        for position, span in spans:
            if re.match(r"create\s+(?:unique\s+)?index\b", span, re.IGNORECASE):
                blocks.append((item.line + item.text[:position].count("\n"), span.rstrip(";") + ";", item.headings))
        owner = next((span.split(".") for _, span in spans if re.fullmatch(r"[A-Za-z_]\w*\.[A-Za-z_]\w*", span)), None)
        listed = next((span for _, span in spans if re.fullmatch(r"\(\s*'[^']*'(?:\s*,\s*'[^']*')*\s*\)", span)), None)
        if owner and listed and re.search(r"\bcheck\b", item.text, re.IGNORECASE):
            # '`matches.status` SHOULD have a CHECK constraint limiting values to `('scheduled', 'live')`'
            checks = columns.setdefault(owner[0].lower(), (item.line, item.headings, []))[2]
            checks.append(f"CONSTRAINT {owner[1]}_listed CHECK ({owner[1]} IN {listed})")
        if (run := _named_run(item.text)) is not None:
            # `**registrations** — \`id\` PK, \`session_id\` INTEGER NOT NULL FK → sessions(id), ...`: the table's
            # name, then each column named in its span and defined after it, to the sentence's end
            table, defs, indexed = run
            columns.setdefault(table.lower(), (item.line, item.headings, []))[2].extend(defs)
            blocks += [(item.line, f"CREATE INDEX ix_{table}_{column} ON {table} ({column});", item.headings)
                       for column in indexed]  # (`Indexed on \`session_id\`, \`status\`.` after the run)
            lines.setdefault(normal_name(table), {}).update({d.split()[0]: item.line for d in defs if d.split()[0].islower()})
            continue
        defined = [(position, span) for position, span in spans if INLINE_COLUMN.fullmatch(span)]
        if len(defined) < 2:
            continue
        named = [span for position, span in spans if position < defined[0][0] and re.fullmatch(r"[A-Za-z_]\w*", span)]
        heading = re.fullmatch(r"[#\s\d.]*\**`?([a-z_][a-z0-9_]*)`?\**(?:\s+table)?", item.headings[-1].strip(),
                               re.IGNORECASE) if item.headings else None
        table = named[-1] if named else heading.group(1) if heading else None
        if table is None:
            continue
        defs = columns.setdefault(table.lower(), (item.line, item.headings, []))[2]
        for position, span in defined:
            defs.append(span)
            lines.setdefault(normal_name(table), {})[span.split()[0]] = item.line + item.text[:position].count("\n")
    for table_rows in doc.tables:
        # `| \`Event\` | \`event_id INT NN AUTO_INCREMENT\`; \`title VARCHAR(200) NN\` | PK \`event_id\`; UQ \`code\` |`: a
        # data dictionary's row per table, its columns in code spans in one cell (`NN` for NOT NULL)
        for line, cells in table_rows.rows:
            named = re.fullmatch(r"\s*\**`?([A-Za-z_]\w*)`?\**\s*", cells[0]) if cells else None
            defined = [re.sub(r"\bNN\b", "NOT NULL", span) for cell in cells[1:] for span in re.findall(r"`([^`\n]+)`", cell)
                       if INLINE_COLUMN.fullmatch(span)]
            if named is None or len(defined) < 2:
                continue
            keys = " ".join(cells[1:])
            defined += [f"UNIQUE ({column})" for column in re.findall(
                r"\b(?:UQ|UK|UNIQUE)\s+((?:`\w+`\s*,\s*)*`\w+`)", keys) for column in re.findall(r"`(\w+)`", column)]
            table = named.group(1)
            columns.setdefault(table.lower(), (line, table_rows.headings, []))[2].extend(defined)
            for span in defined:
                lines.setdefault(normal_name(table), {})[span.split()[0]] = line
    for table, (first, headings, defs) in columns.items():
        if table not in lines and normal_name(table) not in lines:
            continue  # (a CHECK on a table the prose does not define)
        blocks.insert(0, (first, f"CREATE TABLE {table} (\n" + ",\n".join(defs) + "\n);", headings))
    return blocks, lines


# `**sessions** — `: a paragraph that opens with a table's name in bold, then a dash or a colon, then its columns
NAMED_RUN = re.compile(r"\s*\*\*`?([A-Za-z_]\w*)`?\*\*\s*(?:—|–|-|:)\s*(?=`)")


def _named_run(text: str) -> tuple[str, list[str], list[str]] | None:
    r"""A table and its columns as DDL, from `**t** — \`a\` TEXT NOT NULL, \`b\` INTEGER FK → u(id), UNIQUE(a, b).`, or
    None when the paragraph is not such a run (two or more of its columns typed)."""
    head = NAMED_RUN.match(text)
    if head is None:
        return None
    body = " ".join(text[head.end():].split())
    body, *after = re.split(r"\.(?:\s|$)(?![^()]*\))", body, maxsplit=1)  # (the sentence after it says something else)
    indexed = re.match(r"\s*(?:indexed|indexes?)\s+on\s+((?:`\w+`(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)", after[0] if after else "",
                       re.IGNORECASE)
    defs: list[str] = []
    written: list[bool] = []  # (per definition: whether the spec wrote more than the name)
    for piece in re.split(r",\s*(?![^()]*\))", body):
        column = re.fullmatch(r"`([A-Za-z_]\w*)`\s*(.*)", piece.strip())
        if column is None:
            if re.fullmatch(r"(?i)(?:unique|primary\s+key|check)\s*\(.*\)", piece.strip()):
                defs.append(piece.strip())  # (`UNIQUE(user_id, session_id)`: a constraint of the table)
                written.append(False)
                continue
            return None
        name, rest = column.groups()
        note = re.search(r"\s*\(([^()]*)\)\s*$", rest) if not re.search(r"\b(?:in|check|references|→|->)\s*\([^()]*\)\s*$|"
                                                                      r"\w\([^()]*\)\s*$", rest, re.IGNORECASE) else None
        rest = rest[:note.start()] if note else rest
        rest = re.sub(r"\bFK\s*(?:→|->)\s*", "REFERENCES ", rest)
        rest = re.sub(r"(?i)\bCHECK\s+IN\s*(\([^()]*\))", rf"CHECK ({name} IN \1)", rest)
        rest = re.sub(r"\bPK\b", "PRIMARY KEY", rest)
        rest = re.sub(r"(?i)\bdefault\s+now\b(?!\()", "DEFAULT CURRENT_TIMESTAMP", rest)
        defs.append(f"{name} {rest.strip() or 'TEXT'}" + (f" COMMENT '{note.group(1).replace(chr(39), chr(39) * 2)}'"
                                                        if note else ""))
        written.append(bool(rest.strip()))
    typed = [d for d, said in zip(defs, written) if said and INLINE_COLUMN.fullmatch(d)]  # (a bare name is typed by no one)
    return (head.group(1), defs, re.findall(r"`(\w+)`", indexed.group(1)) if indexed else []) if len(typed) >= 2 else None


def _sql_blocks(doc: Document) -> list[tuple[int, str, list[str]]]:
    blocks = []
    for code in doc.code:
        signatures = _signatures(code.text) if code.lang in ("", "text", "txt", "plaintext") else None
        if signatures:
            blocks.append((code.line, signatures, code.headings))
        elif code.lang in ("sql", "postgresql", "postgres", "pgsql", "psql", "mysql", "sqlite", "tsql", "mssql") or (
            not code.lang and (re.search(r"\bcreate\s+table\b", code.text, re.IGNORECASE) or _bare_ddl(code.text))
        ):
            # `Tickets (` ... `)` without CREATE TABLE: a table all the same.
            # (not a query's `FROM (` or `IN (` opening a subquery)
            text = re.sub(rf"^(\s*)(?!(?:{SQL_WORDS})\b)([A-Za-z_][\w.\"`]*)\s*\(\s*$",
                          r"\1CREATE TABLE \2 (", code.text, flags=re.IGNORECASE | re.MULTILINE)
            blocks.append((code.line, _named_groups(text) or _bare_columns(text, code.headings), code.headings))
    return blocks


def _bare_ddl(text: str) -> bool:
    """An untagged block of tables without CREATE TABLE: `orders (` over column lines that speak DDL
    (`id BIGINT ... PRIMARY KEY`, `NOT NULL`, `REFERENCES`)."""
    return bool(re.search(r"^\s*[A-Za-z_]\w*\s*\(\s*\n\s+[A-Za-z_]\w*\s+[A-Za-z]", text, re.MULTILINE)
                and re.search(r"\bprimary\s+key\b", text, re.IGNORECASE)
                and re.search(r"\bnot\s+null\b|\breferences\b", text, re.IGNORECASE))


def _named_groups(text: str) -> str | None:
    """Tables written as a name over its indented column lines, with no CREATE TABLE (`makeup_punch_requests` then
    `  work_date  DATE NOT NULL`, a deeper line continuing a column): the same as DDL, line for line; None when the
    block is not that."""
    if re.search(r"\b(create|alter|select|insert|update|delete)\b", text, re.IGNORECASE):
        return None
    lines, bare = text.splitlines(), strip_comments(text).splitlines()
    out, groups = list(lines), 0
    i = 0
    while i < len(lines):
        name = re.fullmatch(r"(\s*)([A-Za-z_]\w*)\s*:?\s*", bare[i])
        indent = len(name.group(1)) if name else 0
        columns: list[list[int]] = []  # each column's lines (a CHECK on the next line continues it)
        j = i + 1
        while name and j < len(lines):
            depth = len(bare[j]) - len(bare[j].lstrip())
            if not bare[j].strip():
                if not lines[j].strip() or depth <= indent:
                    break
                j += 1  # (a comment line inside the table)
                continue
            if depth <= indent:
                break
            if COLUMN_LINE.match(bare[j]) and (not columns or depth <= len(bare[columns[0][0]]) - len(bare[columns[0][0]].lstrip())):
                columns.append([j])
            elif columns:
                columns[-1].append(j)
            else:
                break
            j += 1
        if name and len(columns) >= 2:
            out[i] = f"{name.group(1)}CREATE TABLE {name.group(2)} ("
            for k, column in enumerate(columns):
                last = column[-1]
                end = ");" if k == len(columns) - 1 else ","
                out[last] = bare[last].rstrip() + end + lines[last][len(bare[last].rstrip()):]
            groups += 1
            i = j
        else:
            i += 1
    return "\n".join(out) if groups else None


COLUMN_LINE = re.compile(r"^\s*[\"`]?[A-Za-z_]\w*[\"`]?\s+[A-Za-z]\w*(\s*\([^)]*\))?(\s|$|,)")


COLUMN_GROUP = re.compile(r"(?:[\w-]+\s+){0,3}(?:fields|columns|attributes|campos|colunas|columnas|champs|felder|spalten)|"
                          r"(?:table\s+)?(?:structure|schema|definition)", re.IGNORECASE)


def _bare_columns(text: str, headings: list[str]) -> str:
    """A block of bare column lines (`amount NUMERIC(10,2) NOT NULL`) under a `### payments` heading, with no
    CREATE TABLE: that table's body, wrapped so it parses as one."""
    if re.search(r"\b(create|alter|select|insert)\b", text, re.IGNORECASE) or not headings:
        return text
    lines = text.splitlines()
    bare = strip_comments(text).splitlines()  # the same lines with their comments blanked
    filled = [line for line in bare if line.strip()]
    # ('# Tournaments Table' over '### Table Structure' over '**Core Fields**', '**Swiss-Specific Fields**': groups of
    # one table's columns, which the heading above the groups names)
    titled = list(headings)
    while len(titled) > 1 and COLUMN_GROUP.fullmatch(re.sub(r"[^\w\s-]", "", titled[-1]).strip()):
        titled.pop()
    # (`## Table \`ncr\``: the name in code, not the word before it)
    name = re.search(r"`([A-Za-z_]\w*)`", titled[-1]) or re.search(
        r"\b(?![Tt]abl[ea]s?\b|[Tt]abela\b|[Tt]ableau\b|[Tt]abelle\b)[A-Za-z_]\w*", re.sub(r"[^\w\s`-]", " ", titled[-1]).replace("`", ""))
    if len(filled) < 2 or name is None or not all(COLUMN_LINE.match(line) for line in filled):
        return text
    last = max(i for i, line in enumerate(bare) if line.strip())
    body = []
    for i, (line, code) in enumerate(zip(lines, bare)):
        column = code.rstrip().rstrip(",") + ("," if code.strip() and i < last else "")
        body.append(column + ("  " + line[len(code.rstrip()):].strip() if line.strip() != code.strip() else ""))
    # one line added at the top: the first column keeps its line number by sharing it with CREATE TABLE
    return f"CREATE TABLE {name.group(name.lastindex or 0)} (" + body[0] + "\n" + "\n".join(body[1:]) + "\n)"


def strip_comments(text: str) -> str:
    """`-- ...` comments blanked (same length, so offsets and lines hold), but not inside quotes ('*--*')."""
    return re.sub(r"('(?:[^'\n]|'')*')|--[^\n]*", lambda m: m.group(1) or " " * len(m.group(0)), text)


def _line_of(text: str, start_line: int, pattern: str) -> int:
    for i, line in enumerate(text.splitlines()):
        if re.search(pattern, line, re.IGNORECASE):
            return start_line + i
    return start_line


def _type(kind: exp.DataType | None) -> tuple[str, str | None, int | None]:
    if kind is None:
        return "", None, None
    text = kind.sql(dialect="postgres")
    if kind.is_type(exp.DataType.Type.ARRAY) or text.endswith("[]"):
        return text, "list[str]", None
    length = None
    params = kind.expressions
    if params and kind.this in (exp.DataType.Type.VARCHAR, exp.DataType.Type.CHAR, exp.DataType.Type.NVARCHAR,
                                exp.DataType.Type.NCHAR):
        try:
            length = int(params[0].name)
        except (ValueError, AttributeError):
            length = None
    if kind.this == exp.DataType.Type.TINYINT and [p.name for p in params] == ["1"]:
        return "TINYINT(1)", "bool", None  # MySQL's BOOLEAN is TINYINT(1) (postgres would print it SMALLINT(1))
    return text, classify(text), length


def extract(doc: Document) -> list[RawEntity]:
    entities: dict[str, RawEntity] = {}
    altered: list[tuple[int, str, list[str], str]] = []  # each block, for the tables only ALTER TABLE names
    enum_types: dict[str, list[str]] = {}
    indexes: list[tuple[str, str]] = []
    uniques: list[tuple[str, str]] = []
    inline, inline_lines = _inline_tables(doc) if doc.path.lower().endswith((".md", ".markdown")) else ([], {})
    for start, text, headings in [*inline, *_sql_blocks(doc)]:
        pseudo = not re.search(r"\bcreate\s+table\b", text, re.IGNORECASE) and len(
            re.findall(r"^[ \t]*[a-z_]\w*\((?=[ \t]*[a-z_])", text, re.MULTILINE)) >= 2
        if pseudo:  # an 'indicative' schema of `contributions(id, user_id, type, -- a|b` signatures, types where given
            text = re.sub(r"^([ \t]*)([a-z_]\w*)\((?=[ \t]*[a-z_])", r"\1create table \2 (", text, flags=re.MULTILINE)
        cleaned = as_in_list(strip_comments(text))  # (a dump's `CHECK ((kind = ANY (ARRAY[...])))`)
        for match in re.finditer(r"create\s+type\s+(?:if\s+not\s+exists\s+)?(?:[\w\"]+\.)?\"?(\w+)\"?\s+as\s+enum\s*\(([^)]*)\)",
                                 cleaned, re.IGNORECASE):
            enum_types[match.group(1).lower()] = [v.strip().strip("'\"") for v in match.group(2).split(",")]
        statements = _parse_any(cleaned)
        parsed_tables = {normal_name(st.this.this.name) for st in statements
                         if isinstance(st, exp.Create) and isinstance(st.this, exp.Schema)
                         and isinstance(st.this.this, exp.Table)}
        indicative: set[str] = set()
        for loose in _loose_tables(cleaned, doc.path, start, headings, commented=text, pseudo=pseudo):
            if loose.fields and (loose.key not in parsed_tables or loose.context.endswith(INDICATIVE)):
                entities[loose.key] = loose
                indicative |= {loose.key} if loose.context.endswith(INDICATIVE) else set()
        for statement in statements:
            if isinstance(statement, exp.Create) and (statement.kind or "").upper() == "INDEX":
                index = statement.this
                table = index.args.get("table") if isinstance(index, exp.Index) else None
                params = index.args.get("params") if isinstance(index, exp.Index) else None
                columns = (params.args.get("columns") or []) if params is not None else []
                only = columns[0].this if len(columns) == 1 and isinstance(columns[0], exp.Ordered) else (
                    columns[0] if len(columns) == 1 else None)
                if isinstance(only, (exp.Lower, exp.Upper)) and isinstance(only.this, exp.Column):
                    only = only.this  # `ON members (LOWER(email))`: email's own index, compared without case
                if isinstance(only, exp.Opclass) and isinstance(only.this, exp.Column):
                    only = only.this  # `USING gin (name gin_trgm_ops)`: the name's (trigram) index
                if table is not None and isinstance(only, exp.Column):  # not gin(to_tsvector(a || b)): an expression
                    pair = (normal_name(table.name), only.name)
                    indexes.append(pair)  # a unique index is an index too
                    if statement.args.get("unique"):
                        uniques.append(pair)
                continue
            if not isinstance(statement, exp.Create) or (statement.kind or "").upper() != "TABLE":
                continue
            schema = statement.this
            table = schema.this if isinstance(schema, exp.Schema) else schema
            try:
                name = table.name if isinstance(table, exp.Table) else str(table)
            except AttributeError:
                continue  # `CREATE TABLE games (...);` in a summary: a placeholder, the table is written out elsewhere
            if not name or not isinstance(schema, exp.Schema):
                continue
            entity = RawEntity(name=name, table=name, kind="sql", file=doc.path,
                               line=_line_of(text, start, rf"create\s+table\s+(if\s+not\s+exists\s+)?(?:[\w\"`]+\.)?[\"`]?{re.escape(name)}\b"),
                               context=" / ".join(headings))
            for column in schema.expressions if isinstance(schema, exp.Schema) else []:
                if isinstance(column, exp.ColumnDef) and column.name.lower() in (
                    "index", "key", "constraint", "primary", "foreign", "unique", "check", "fulltext"
                ):
                    continue  # MySQL's inline INDEX idx (col), read as a column by other dialects
                if isinstance(column, exp.ColumnDef):
                    entity.fields.append(_column(column, doc.path, *_table_span(text, start, name), enum_types))
                elif isinstance(column, exp.PrimaryKey) or (isinstance(column, exp.Constraint) and column.find(exp.PrimaryKey)):
                    # `PRIMARY KEY (payment_id)` after the columns, or `CONSTRAINT pk_x PRIMARY KEY (payment_id)`: the key
                    primary = column if isinstance(column, exp.PrimaryKey) else column.find(exp.PrimaryKey)
                    keyed = [c.name for c in primary.find_all(exp.Identifier)]
                    for f in entity.fields:
                        if len(keyed) == 1 and f.name == keyed[0]:
                            f.primary_key, f.nullable = True, False
                elif isinstance(column, (exp.Constraint, exp.UniqueColumnConstraint)) or column.key == "unique":
                    cols = [c.name for c in column.find_all(exp.Identifier)]
                    body = column.sql().lower()
                    if "unique" in body and "foreign" not in body:
                        targets = [c for c in cols if any(f.name == c for f in entity.fields)]
                        if len(targets) == 1:
                            uniques.append((normal_name(name), targets[0]))
                    if "check" in body:
                        _check(entity, column.sql())
            earlier = entities.get(normal_name(name))
            if earlier is not None and earlier.fields and not entity.fields:
                continue  # `CREATE TABLE staging.programs (LIKE public.programs INCLUDING ALL)`: a copy, not the table
            if earlier is not None and earlier.file == entity.file and earlier.context.rsplit(" / ", 1)[0] == entity.context.rsplit(
                    " / ", 1)[0] and not {f.name.lower() for f in earlier.fields} & {f.name.lower() for f in entity.fields}:
                # ('**Core Fields**' then '**Enhanced Fields**' under one table's '### Table Structure': its columns in
                # parts, none of them twice)
                entity.fields, entity.line, entity.context = [*earlier.fields, *entity.fields], earlier.line, earlier.context
            elif earlier is not None and earlier.file == entity.file:
                _keep_richer_types(entity, earlier)
            if normal_name(name) not in indicative:  # (a sketch of bare names: read column by column, as written)
                entities[normal_name(name)] = entity
        altered.append((start, text, headings, cleaned))
        for match in re.finditer(r"alter\s+table\s+(\w+)\s+add\s+constraint\s+\w+\s+(check\s*\((?:[^;]*)\))",
                                 cleaned, re.IGNORECASE):
            entity = entities.get(normal_name(match.group(1)))
            if entity is not None:
                _check(entity, match.group(2))
        for match in re.finditer(r"alter\s+table\s+(\w+)\s+add\s+(?:column\s+)?(\w+)\s+([^,;\n]+)", cleaned, re.IGNORECASE):
            entity = entities.get(normal_name(match.group(1)))
            if entity is not None and match.group(2).lower() != "constraint" and not any(
                f.name == match.group(2) for f in entity.fields
            ):
                entity.context += " / altered later"
        # MySQL: INDEX idx (col) inside CREATE TABLE
        for match in re.finditer(r"create\s+table\s+[\"`]?(\w+)[\"`]?(.*?)\n\)", cleaned, re.IGNORECASE | re.DOTALL):
            for index in re.finditer(r"^\s*(unique\s+)?(?:index|key)\s+[\"`]?\w+[\"`]?\s*\(\s*[\"`]?(\w+)[\"`]?\s*\)", match.group(2),
                                     re.IGNORECASE | re.MULTILINE):
                indexes.append((normal_name(match.group(1)), index.group(2)))  # (a unique key is an index too)
                if index.group(1):
                    uniques.append((normal_name(match.group(1)), index.group(2)))
    for start, text, headings, cleaned in altered:
        for entity in _added_columns(cleaned, text, start, headings, doc.path, entities, enum_types):
            entities[entity.key] = entity
    for table, column in indexes:
        for field in entities.get(table, RawEntity("", "sql", "", 0)).fields:
            if field.name == column:
                field.index = True
    for table, column in uniques:
        for field in entities.get(table, RawEntity("", "sql", "", 0)).fields:
            if field.name == column:
                field.unique = True
    for table, said in inline_lines.items():  # (a column defined in the prose: the line that defines it)
        for field in entities[table].fields if table in entities else []:
            field.line = said.get(field.name, field.line)
    return list(entities.values())


def _keep_richer_types(later: RawEntity, earlier: RawEntity) -> None:
    """The same table written again in the same document, for another database (PostgreSQL's `BOOLEAN`, then
    SQLite's `INTEGER ... DEFAULT 1`): the later definition stands, but a column it can only store as a number or as
    text keeps what the earlier one said it holds."""
    before = {f.name: f for f in earlier.fields}
    for field in later.fields:
        first = before.get(field.name)
        if first is None or not field.type or first.type not in STORED_AS.get(field.type, ()) or (
                first.type == "enum" and not first.enum_values):
            continue
        field.type, field.type_text = first.type, first.type_text
        if first.type == "enum":
            field.enum_values = first.enum_values
        if field.default is not NO_DEFAULT and first.default is not NO_DEFAULT:
            field.default = first.default  # (`DEFAULT 1` is the `DEFAULT TRUE` it stores)


ADDED_COLUMNS_ONLY = "added columns only"  # the context of a table known only by the columns a migration adds
# A heading over SQL that shows how something is done, not what the schema is: 'Safe Migration Patterns'.
ILLUSTRATION = re.compile(r"\b(?:patterns?|examples?|samples?|how[- ]to|recipes?|ejemplos?|exemplos?|beispiele?|exemples?)\b",
                          re.IGNORECASE)


def _added_columns(cleaned: str, text: str, start: int, headings: list[str], path: str, entities: dict[str, RawEntity],
                   enum_types: dict[str, list[str]]) -> list[RawEntity]:
    """A feature's migration that adds columns to a table this document does not create (`ALTER TABLE tarefas ADD
    COLUMN horario_inicio VARCHAR(5), ADD COLUMN duracao INTEGER`): those columns, as a partial definition of the
    table, so that their types and lengths join the full one read elsewhere."""
    out: dict[str, RawEntity] = {}
    if any(ILLUSTRATION.search(heading) for heading in headings[-2:]):
        # `### Safe Migration Patterns`, or `### Add New Column` under `## Migration Examples`: how a column would be
        # added, shown on a real table's name
        return []
    for statement in re.finditer(r"alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?[\"`]?(?:\w+\.)?(\w+)[\"`]?\s+drop\s+(?:column\s+)?"
                                 r"(?:if\s+exists\s+)?[\"`]?(\w+)", cleaned, re.IGNORECASE):
        dropped = entities.get(normal_name(statement.group(1))) if not FUTURE.search(" / ".join(headings)) else None
        if dropped is not None:  # (`ALTER TABLE quotes DROP COLUMN client_name`: the table no longer has it)
            dropped.fields = [f for f in dropped.fields if f.name.lower() != statement.group(2).lower()]
    for statement in re.finditer(r"alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?[\"`]?(?:\w+\.)?(\w+)[\"`]?\s+(add\b[^;]*)",
                                 cleaned, re.IGNORECASE):
        name = statement.group(1)
        # (a table this document creates, then alters: its columns grow; not by an ALTER under 'Future Schema Changes')
        created = entities.get(normal_name(name)) if not FUTURE.search(" / ".join(headings)) else None
        if created is None and normal_name(name) in entities:
            continue
        clauses, adding = [], False
        for clause in _split_top(statement.group(2)):
            if re.match(r"\s*(?:add|drop|alter|modify|rename|change|set|enable|disable|owner|validate)\b", clause, re.IGNORECASE):
                adding = bool(re.match(r"\s*add\b", clause, re.IGNORECASE))
            elif not adding:
                continue
            # (SQL Server's `ADD Stock INT NULL, IsPhysical BIT NOT NULL DEFAULT 0`: one ADD, its columns after it)
            clauses.append(re.sub(r"^\s*add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?", "", clause, flags=re.IGNORECASE))
        columns = [c.strip() for c in clauses if c.strip() and not re.match(
            r"(constraint|index|key|primary|foreign|unique|check)\b", c.strip(), re.IGNORECASE)]
        checks = [c.strip() for c in clauses if re.match(r"constraint\s+\w+\s+check\b|check\b", c.strip(), re.IGNORECASE)]
        parsed = _parse_any(f"CREATE TABLE {name} ({', '.join(columns)})") if columns else []
        schema = parsed[0].this if parsed and isinstance(parsed[0], exp.Create) else None
        if not isinstance(schema, exp.Schema):
            continue
        if created is not None:
            # `CREATE TABLE visits (...)` then `ALTER TABLE visits ADD COLUMN base_fee NUMERIC(12, 2)`: the table has it
            # too (a column of a type we do not know, a search index's `tsvector`, is the database's own)
            created.fields += [added for column in schema.expressions if isinstance(column, exp.ColumnDef) and not any(
                f.name == column.name for f in created.fields) and (added := _column(column, path, text, start, enum_types)).type]
            continue
        line = start + cleaned[: statement.start()].count("\n")
        entity = out.setdefault(normal_name(name), RawEntity(name=name, table=name, kind="sql", file=path, line=line,
                                                             context=" / ".join(headings) + " / " + ADDED_COLUMNS_ONLY))
        for column in schema.expressions:
            if isinstance(column, exp.ColumnDef) and not any(f.name == column.name for f in entity.fields):
                entity.fields.append(_column(column, path, text, start, enum_types))
        for check in checks:
            _check(entity, re.sub(r"^constraint\s+\w+\s+", "", check, flags=re.IGNORECASE))
    if not FUTURE.search(" / ".join(headings)):
        _altered_columns(cleaned, entities)
    for entity in out.values():  # (a CHECK added by a later statement of the same block)
        for match in re.finditer(rf"alter\s+table\s+[\"`]?{re.escape(entity.name)}[\"`]?\s+add\s+constraint\s+\w+\s+"
                                 r"(check\s*\((?:[^;]*)\))", cleaned, re.IGNORECASE):
            _check(entity, match.group(1))
    return [e for e in out.values() if e.fields]


def _altered_columns(cleaned: str, entities: dict[str, RawEntity]) -> None:
    """A migration that changes a column of a table the document creates: `ALTER TABLE reservation ALTER COLUMN
    confirmation_code SET NOT NULL`, `... pickup_time DROP NOT NULL`, `... pickup_time TYPE TIME USING ...`, and
    `ADD CONSTRAINT uk UNIQUE (confirmation_code)`: the column as the last statement leaves it."""
    for statement in re.finditer(r"alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?[\"`]?(?:\w+\.)?(\w+)[\"`]?\s+([^;]*)", cleaned,
                                 re.IGNORECASE):
        entity = entities.get(normal_name(statement.group(1)))
        if entity is None:
            continue
        by_name = {f.name.lower(): f for f in entity.fields}
        for clause in _split_top(statement.group(2)):
            # (the new type is read up to a USING, split apart in Python: no pattern rescans a long clause's spaces)
            changed = re.match(r"\s*alter\s+(?:column\s+)?[\"`]?(\w+)[\"`]?\s+(set\s+not\s+null\s*$|drop\s+not\s+null\s*$|"
                               r"(?:set\s+data\s+)?type\s+(\S.*))", clause.strip(), re.IGNORECASE | re.DOTALL)
            unique = re.match(r"\s*add\s+constraint\s+\w+\s+unique\s*\(\s*[\"`]?(\w+)[\"`]?\s*\)\s*$", clause, re.IGNORECASE)
            if changed and (field := by_name.get(changed.group(1).lower())) is not None:
                action = changed.group(2).lower()
                if action.startswith("set"):
                    field.nullable, field.required = False, field.default is NO_DEFAULT and not field.primary_key
                elif action.startswith("drop"):
                    field.nullable, field.required = True, False
                elif (kind := classify(new_type := re.split(r"(?<=\s)using\b", changed.group(3), maxsplit=1,
                                                             flags=re.IGNORECASE)[0].strip())) is not None:
                    field.type_text, field.type, field.max_length = new_type, kind, length_of(new_type)
            elif unique and (field := by_name.get(unique.group(1).lower())) is not None:
                field.unique = True


def _split_top(body: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in body:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


INDICATIVE = " / indicative columns"  # (the context of a table sketched with bare names)


def _loose_tables(text: str, path: str, start: int, headings: list[str], *, commented: str = "",
                  pseudo: bool = False) -> list[RawEntity]:
    """CREATE TABLE statements sqlglot could not read, column by column (a dialect it does not know). `text` has its
    comments blanked; `commented`, the same text with them, gives each column its comment."""
    out = []
    for match in re.finditer(r"create\s+table\s+(?:if\s+not\s+exists\s+)?[\"`\[]?([\w.]+)[\"`\]]?\s*\(", text, re.IGNORECASE):
        depth, i = 1, match.end()
        while i < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        name = match.group(1).split(".")[-1]
        entity = RawEntity(name=name, table=name, kind="sql", file=path,
                           line=start + text[: match.start()].count("\n"), context=" / ".join(headings))
        items = _split_top(text[match.end(): i - 1])
        # (a column a bare name, two or more times: the schema is 'indicative', typed where it says and by name elsewhere)
        loose = pseudo or sum(bool(re.fullmatch(r"\s*[a-z_]\w*\s*", item)) for item in items) >= 2
        entity.context += INDICATIVE if loose else ""
        for item in items:
            words = item.split()
            if loose and re.fullmatch(r"[a-z_]\w*", words[0] if words else "") and (len(words) == 1 or words[1].upper() == "NULL"):
                # (`device_id`, `product_id NULL`: a name, typed as it suggests; NULL marks the ones that may be empty)
                field = RawField(name=words[0], file=path, line=entity.line + text[match.end():].count("\n", 0, text[
                    match.end():].find(item)) if item in text[match.end():] else entity.line, type_text="", type=name_type(words[0]))
                field.nullable = len(words) > 1
                end = commented.find("\n", i) if commented and commented.find("\n", i) != -1 else len(commented)
                said = re.search(rf"\b{re.escape(words[0])}\b(?:\s+NULL)?\s*[,;)]*[ \t]*--([^\n]*)$", commented[match.start(): end],
                                 re.MULTILINE) if commented else None
                listed = bare_list(said.group(1).strip()) if said else None
                if listed and len(listed) >= 2 and field.type == "str":  # (`type,  -- price|receipt|shelf`: the last
                    field.type, field.enum_values = "enum", listed  # name before the comment is the one it lists)
                entity.fields.append(field)
                continue
            if len(words) < 2 or words[0].upper() in ("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "INDEX",
                                                      "KEY", "FULLTEXT", "EXCLUDE"):
                if "check" in item.lower():
                    _check(entity, item)
                keyed = re.search(r"\bprimary\s+key\s*\(\s*[\"`\[]?([^,()\"`\]]+?)[\"`\]]?\s*\)", item, re.IGNORECASE)
                for field in entity.fields if keyed else []:  # `PRIMARY KEY (\`inf-Barcode\`)` after the columns
                    if field.name == keyed.group(1).strip():
                        field.primary_key, field.nullable, field.required = True, False, False
                continue
            column = words[0].strip('"`[]')
            type_match = re.match(r"([\w ]+?(?:\([^)]*\))?)(?:\s+(?:not|null|default|primary|references|unique|check|"
                                  r"constraint|generated|collate|identity)\b|$)", " ".join(words[1:]), re.IGNORECASE)
            type_text = type_match.group(1).strip() if type_match else words[1]
            field = RawField(name=column, file=path, line=entity.line + item.count("\n"), type_text=type_text)
            field.type = classify(type_text)
            length = re.search(r"\(\s*(\d+)\s*\)", type_text)
            if length and field.type == "str":
                field.max_length = int(length.group(1))
            lowered = item.lower()
            field.nullable = "not null" not in lowered and "primary key" not in lowered
            field.primary_key = "primary key" in lowered
            field.unique = bool(re.search(r"\bunique\b", lowered))
            field.foreign_key = "references" in lowered
            default = re.search(r"\bdefault\s+('[^']*'|\S+)", item, re.IGNORECASE)
            if default:
                field.default = parse_literal(default.group(1))
            if loose:  # (a sketch that writes NULL after the columns that may be empty: the others may not)
                field.nullable = bool(re.search(r"(?<!not )\bnull\b", lowered)) and not field.primary_key
            field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
            if commented:  # (blanking kept every offset: the statement's span is the same in both)
                _apply_comment(field, commented[match.start(): i])
            entity.fields.append(field)
            if "check" in lowered:
                _check(RawEntity("", "sql", "", 0, fields=[field]), item)
        out.append(entity)
    return out


def _parse_any(sql_text: str) -> list[exp.Expression]:
    """Parse with PostgreSQL's dialect, then MySQL's and T-SQL's for what it could not read."""
    best: list[exp.Expression] = []
    best_columns = -1
    for dialect in ("postgres", "mysql", "tsql"):
        try:
            statements = [s for s in sqlglot.parse(sql_text, read=dialect, error_level=sqlglot.ErrorLevel.IGNORE) if s]
        except (sqlglot.errors.ParseError, sqlglot.errors.TokenError, ValueError, RecursionError):
            continue
        columns = sum(len(list(s.find_all(exp.ColumnDef))) for s in statements)
        if columns > best_columns:
            best, best_columns = statements, columns
        if columns and dialect == "postgres" and not re.search(r"\benum\s*\(|\bnvarchar|uniqueidentifier|\bbit\b",
                                                                 sql_text, re.IGNORECASE):
            break
    return best


def _check(entity: RawEntity, check_sql: str) -> None:
    named = [f for f in entity.fields if re.search(rf"\b{re.escape(f.name)}\b", check_sql)]
    if len(named) > 1 and re.search(r"\b(or|when|case)\b", check_sql, re.IGNORECASE):
        return  # `wallet IS NULL OR payment_method IN (...)`: a rule across columns, no column's own list
    for field in named:
        values = enum_values(check_sql)
        if values and re.search(rf"\b{re.escape(field.name)}\b\s+in\s*\(", check_sql, re.IGNORECASE):
            field.type, field.enum_values = "enum", values
        numbers = re.search(rf"\b{re.escape(field.name)}\b\s+in\s*\(\s*(-?\d+(?:\s*,\s*-?\d+)*)\s*\)", check_sql,
                            re.IGNORECASE)
        if numbers and field.type in ("int", "float", "decimal", None):
            listed = [int(n) for n in re.split(r"\s*,\s*", numbers.group(1))]
            if sorted(listed) == [0, 1] and field.type in ("int", None) and not _named_codes(field.description):
                # SQLite's boolean: `activo INTEGER NOT NULL DEFAULT 1 CHECK (activo IN (0, 1))`
                field.type = "bool"
                if field.default in (0, 1):
                    field.default = bool(field.default)
            elif field.type in ("int", None) and len(set(listed)) == len(listed) >= 2:
                coded_enum(field, listed)  # `Priority TINYINT CHECK (Priority IN (1, 2, 3, 4))`: the codes it stores
            else:
                field.ge, field.le = min(listed), max(listed)
        bound = re.findall(rf"\b{re.escape(field.name)}\b\s*(>=|>|<=|<)\s*(-?\d+(?:\.\d+)?)\b", check_sql)
        for op, number in bound if field.type in ("int", "float", "decimal") else []:
            value = float(number) if "." in number else int(number)
            if op == ">=" or (op == ">" and field.type != "int"):
                field.ge = value if op == ">=" else field.ge
            if op == ">" and field.type == "int":
                field.ge = value + 1
            if op == "<=":
                field.le = value
            if op == "<" and field.type == "int":
                field.le = value - 1
        between_n = re.search(rf"\b{re.escape(field.name)}\b\s+between\s+(-?\d+)\s+and\s+(-?\d+)", check_sql, re.IGNORECASE)
        if between_n and field.type in ("int", "float", "decimal"):
            field.ge, field.le = int(between_n.group(1)), int(between_n.group(2))
        length = re.search(rf"length\(\s*(?:trim\()?\s*{re.escape(field.name)}\s*\)?\s*\)\s*(<=|<|>=|>|between)\s*(\d+)",
                           check_sql, re.IGNORECASE)
        if length:
            op, number = length.group(1), int(length.group(2))
            if op in ("<=", "<"):
                field.max_length = number - (op == "<")
            elif op in (">=", ">"):
                field.min_length = number + (op == ">")
        between = re.search(rf"length\(\s*{re.escape(field.name)}\s*\)\s*between\s*(\d+)\s*and\s*(\d+)", check_sql,
                            re.IGNORECASE)
        if between:
            field.min_length, field.max_length = int(between.group(1)), int(between.group(2))


def _table_span(text: str, start: int, name: str) -> tuple[str, int]:
    """The text of `name`'s CREATE TABLE statement and its first line, so a column's comment is its own table's."""
    match = re.search(rf"create\s+table\s+(?:if\s+not\s+exists\s+)?[\"`\[]?(?:\w+\.)?{re.escape(name)}[\"`\]]?\s*\(",
                      text, re.IGNORECASE)
    if not match:
        return text, start
    depth, i = 1, match.end()
    cleaned = strip_comments(text)
    while i < len(text) and depth:
        depth += {"(": 1, ")": -1}.get(cleaned[i], 0)
        i += 1
    line_start = text.rfind("\n", 0, match.start()) + 1
    return text[line_start:i], start + text[:line_start].count("\n")


def _column(column: exp.ColumnDef, path: str, text: str, start: int, enum_types: dict[str, list[str]]) -> RawField:
    type_text, kind, length = _type(column.args.get("kind"))
    field = RawField(name=column.name, file=path, line=_line_of(text, start, rf"^\s*[\"`]?{re.escape(column.name)}\b"),
                     type_text=type_text, type=kind, max_length=length)
    if kind == "text" and re.search(rf"^\s*[\"`]?{re.escape(column.name)}[\"`]?\s+string\b", text, re.IGNORECASE | re.MULTILINE):
        field.type = "str"  # CockroachDB's (and Spark's) `STRING`: the generic string, as `String` is in a language
    bare_type = type_text.lower().rsplit(".", 1)[-1].strip('"')  # (`public.ride_status`: the type in its schema)
    if kind is None and bare_type in enum_types:
        field.type, field.enum_values = "enum", enum_types[bare_type]
    inline_enum = re.search(rf"^\s*[\"`]?{re.escape(column.name)}[\"`]?\s+enum\s*\(([^)]*)\)", text, re.IGNORECASE | re.MULTILINE)
    if inline_enum:
        field.type = "enum"
        field.enum_values = [v.strip().strip("'\"") for v in inline_enum.group(1).split(",") if v.strip()]
    field.nullable = True
    for constraint in column.constraints:
        c = constraint.kind
        if isinstance(c, exp.NotNullColumnConstraint):
            field.nullable = bool(c.args.get("allow_null"))
        elif isinstance(c, exp.PrimaryKeyColumnConstraint):
            field.primary_key, field.nullable = True, False
        elif isinstance(c, exp.DefaultColumnConstraint):
            field.default = parse_literal(c.this.sql(dialect="postgres"))
        elif isinstance(c, exp.UniqueColumnConstraint):
            field.unique = True
        elif isinstance(c, exp.CheckColumnConstraint):
            entity = RawEntity("", "sql", "", 0, fields=[field])
            _check(entity, c.sql())
        elif isinstance(c, exp.Reference) or c.key == "reference":
            field.foreign_key = True
        elif isinstance(c, exp.CommentColumnConstraint):  # MySQL's COMMENT '性别：0未知，1男，2女'
            field.description = c.this.name if isinstance(c.this, exp.Literal) else c.this.sql()
        elif isinstance(c, exp.ComputedColumnConstraint) and isinstance(c.this, exp.Case) and kind in ("str", "text"):
            # `GENERATED ALWAYS AS (CASE WHEN score <= 30 THEN 'cold' ... ELSE 'hot' END)`: one of those strings, always
            results = [i.args.get("true") for i in c.this.args.get("ifs") or []] + [c.this.args.get("default")]
            if all(isinstance(r, exp.Literal) and r.is_string for r in results) and len(results) >= 2:
                field.type, field.enum_values = "enum", list(dict.fromkeys(r.name for r in results))
    if field.type in ("int", "bool") and field.description:
        coded_values(field)
    if field.type in ("str", "text") and field.description and not field.enum_values and (
            listed := described_values(field.description, field.name, field.default)):
        field.type, field.enum_values = "enum", listed  # COMMENT '类型(singles/doubles/fixed-doubles)'
    _apply_comment(field, text)
    if field.type == "text" and re.search(r"_json$", column.name, re.IGNORECASE) and field.default in ([], {}, "[]", "{}"):
        # `content_json TEXT NOT NULL DEFAULT '[]'`: SQLite keeps a JSON document as text, named so
        field.type, field.default = "json", [] if field.default in ([], "[]") else {}
    field.required = not field.nullable and field.default is NO_DEFAULT
    return field


def _apply_comment(field: RawField, text: str) -> None:
    """The `-- comment` on the column's line describes it, and may list its values or codes."""
    comment = re.search(rf"^\s*[\"`]?{re.escape(field.name)}\b[^\n]*--([^\n]*)", text, re.IGNORECASE | re.MULTILINE)
    below = re.search(rf"^([ \t]*)[\"`]?{re.escape(field.name)}[\"`]?\s+[^\n]*\n([ \t]+)--([^\n]*)", text,
                      re.IGNORECASE | re.MULTILINE)
    if not comment and below and len(below.group(2).expandtabs()) > len(below.group(1).expandtabs()):
        comment = re.search(r"--([^\n]*)", below.group(0))  # a comment indented under the column continues it
    # `card_type VARCHAR(32) ...,` then `-- Values:` / `-- 'concept' | 'trace'` lines, then a blank line: a block of
    # comments under the column, apart from the next one's, is the column's (values over several lines)
    run = re.search(rf"^[ \t]*[\"`]?{re.escape(field.name)}[\"`]?\s+[^\n]*\n((?:[ \t]*--[^\n]*\n)+)(?=[ \t]*(?:\n|\)))", text,
                    re.IGNORECASE | re.MULTILINE)
    if not comment and run:
        said = [line.strip()[2:].strip() for line in run.group(1).splitlines()]
        values = enum_values(" ".join(said))
        field.description = said[0]  # (the first line says what it is; later ones speak of steps, examples, rules)
        if values and len(values) >= 2 and field.type in ("str", "text", None) and not field.enum_values and (
                field.default is NO_DEFAULT or field.default in values):
            field.type, field.enum_values = "enum", values
        return
    if not comment:
        # `-- Coluna discriminadora: 'FIXED_INCOME', 'VARIABLE_INCOME'` on the line above `category TEXT NOT NULL`:
        # quoted values there close the column's list (other words above a column may speak of several; a comment
        # indented deeper than the column is the one above's, continued)
        above = re.search(rf"^([ \t]*)--([^\n]*)\n([ \t]*)[\"`]?{re.escape(field.name)}[\"`]?\s+\w", text, re.IGNORECASE | re.MULTILINE)
        if above and len(above.group(1).expandtabs()) > len(above.group(3).expandtabs()):
            return
        above = re.search(rf"^\s*--([^\n]*)\n\s*[\"`]?{re.escape(field.name)}[\"`]?\s+\w", text, re.IGNORECASE | re.MULTILINE)
        values = enum_values(above.group(1)) if above else None
        if values and len(values) >= 2 and field.type in ("str", "text", None) and not field.enum_values:
            field.description = above.group(1).strip()
            field.type, field.enum_values = "enum", values
        return
    field.description = comment.group(1).strip()
    if field.type == "bool" and re.match(r"\s*(?:tiny|small|medium|big)?int", field.type_text, re.IGNORECASE) and _named_codes(
            field.description):
        field.default = int(field.default) if isinstance(field.default, bool) else field.default
        coded_enum(field, [0, 1])  # `CHECK (gender IN (0, 1)) -- 0 = male, 1 = female`: two codes
    if field.type in ("int", "bool"):
        coded_values(field)
    quoted = enum_values(field.description)
    coded = re.fullmatch(r"\s*(['\"]?)([A-Za-z_][\w-]*)\1\s*[=:：]\s*[^/,;、=]+?((?:\s*[/,;、]\s*\1[A-Za-z_][\w-]*\1\s*[=:：]\s*[^/,;、=]+?)+)\s*",
                         field.description)
    if coded and not quoted:  # `-- regular=常规 / other=其他`, `-- 'M' = Masculino, 'F' = Feminino`: each code with its label
        quoted = [coded.group(2), *re.findall(r"[/,;、]\s*['\"]?([A-Za-z_][\w-]*)['\"]?\s*[=:：]", coded.group(3))]
    values = quoted or bare_list(field.description)
    if values and not quoted and len(values) == 2 and not state_named(field.name) and field.default not in values:
        values = None  # (`sku VARCHAR(100) -- Auto-generated or manual`: how it is made, not two values it holds)
    # (or the comment is the list alone, three or more codes: `stage TEXT NOT NULL, -- elementary / middle / high`)
    alone = re.fullmatch(r"\s*[a-z][a-z0-9_]*(?:\s*[/|]\s*[a-z][a-z0-9_]*){2,}\s*", field.description) or (
        # (`status text default 'processing' not null, -- processing, ready, failed`: the list holds the default)
        re.fullmatch(r"\s*[a-z][a-z0-9_]*(?:\s*,\s*[a-z][a-z0-9_]*){2,}\s*", field.description)
        and isinstance(field.default, str) and field.default in re.split(r"\s*,\s*", field.description.strip()))
    if values and (field.type in ("str", None) or (field.type == "text" and (quoted or alone))):
        # `gender TEXT, -- 'men', 'women', 'unisex'`: quoted values close the list even on TEXT
        field.type, field.enum_values = "enum", values


def _opposites(off: str, on: str) -> bool:
    """The labels of 0 and 1 are a no and a yes: 'inactive'/'active', 'non'/'oui', 'off'/'on'."""
    return bool(on) and (off in {f"in{on}", f"un{on}", f"des{on}", f"dis{on}", f"non{on}", f"not{on}", f"nicht{on}"} or (
        on, off) in {("yes", "no"), ("true", "false"), ("sim", "não"), ("sí", "no"), ("si", "no"), ("oui", "non"), ("ja", "nein"),
                     ("evet", "hayır"), ("да", "нет"), ("có", "không"), ("enabled", "disabled"), ("on", "off"), ("ya", "tidak")})


def _named_codes(text: str | None) -> bool:
    """'0 = male, 1 = female': each code names a state of its own, no yes and no."""
    labels = {int(m.group(1)): m.group(2).lower() for m in re.finditer(r"(?<![\w.])([01])\s*[:：=\-]\s*([^\W\d_]+)", text or "")}
    off, on = labels.get(0, ""), labels.get(1, "")
    return bool(off and on) and not _opposites(off, on)


def coded_enum(field: RawField, codes: list[int]) -> None:
    """An integer column that holds one of a few codes: an enum of those numbers, which the wire keeps as numbers."""
    field.type, field.enum_values, field.coded, field.ge, field.le = "enum", [str(c) for c in codes], True, None, None
    if isinstance(field.default, int) and not isinstance(field.default, bool):
        field.default = str(field.default)


def coded_values(field: RawField) -> None:
    """An integer column whose comment documents its codes: '0否，1是' (a yes/no) is a bool; '0未知，1男，2女' or
    '1 = active, 2 = closed' is an enum of its codes (the wire keeps the numbers the client sends)."""
    text = field.description
    # a code is a number tied to its label: `1 = active`, `2: closed`, or a CJK word right after it (`0未知`);
    # '1 per user, 2 per team' names no codes
    codes = [int(m.group(1)) for m in re.finditer(
        r"(?<![\w.])(-?\d+)(?:\s*[:：=\-]\s*[^\W\d_]|(?=\s?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))", text)]  # (`0 下架/1 上架`)
    if len(codes) < 2 or len(set(codes)) != len(codes):
        return
    if field.type == "bool":  # MySQL's `tinyint(1)`, a flag unless its comment codes more ('0-未发布, 1-报名中, 2-...')
        if not (max(codes) > 1 or min(codes) < 0) or not re.match(r"\s*tinyint", field.type_text, re.IGNORECASE):
            return
        field.type = "int"
        field.default = int(field.default) if isinstance(field.default, bool) else field.default
    labels = {int(m.group(1)): m.group(2).lower() for m in re.finditer(r"(?<![\w.])(-?\d+)\s*[:：=\-]\s*([^\W\d_]+)", text)}
    off, on = labels.get(0, ""), labels.get(1, "")
    negated = _opposites(off, on)
    if sorted(codes) == [0, 1] and (negated or re.search(r"是否|0\s*[:：=]?\s*否|1\s*[:：=]?\s*是|\b(yes|no|true|false)\b", text,
                                                         re.IGNORECASE)):
        field.type = "bool"
        if field.default in (0, 1):
            field.default = bool(field.default)
        return
    ranged = re.search(r"\d[^\d]{0,16}?(?:…|\.\.\.|[~～])\s*-?\d", text)  # '0=周日…6=周六': the ends of a range
    if ranged or (sorted(codes) == [0, 1] and re.match(r"(is|has|can)_|(is|has|can)[A-Z]", field.name)):
        # (`is_historical INTEGER -- 0=自家生産馬, 1=史実馬`: a flag by its name, which the draft reads as one)
        if sorted(codes) == list(range(min(codes), max(codes) + 1)) or ranged:
            field.ge, field.le = min(codes), max(codes)
        return
    coded_enum(field, codes)
