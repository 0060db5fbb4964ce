"""A markdown file as blocks with their heading path and source line (markdown-it-py)."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt

from backend_builder.spec.extract.types import classify

_MD = MarkdownIt("commonmark").enable("table")
RUN_OF_SPACE = re.compile(r"\s{2,}")


def _plain_cell(cell: str) -> str:
    return RUN_OF_SPACE.sub(" ", cell.replace("\ufe0f", "").replace("\ufe0e", ""))


@dataclass
class Table:
    headings: list[str]
    line: int
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line, cells)

    def __post_init__(self) -> None:
        # a cell's run of spaces is one space, as markdown shows it: no later pattern over a cell meets thousands of them
        # (and a mark's emoji selector goes: `✔️` is the `✔` a Required column's yes is)
        self.header = [_plain_cell(cell) for cell in self.header]
        self.rows = [(line, [_plain_cell(cell) for cell in cells]) for line, cells in self.rows]


@dataclass
class Code:
    headings: list[str]
    line: int  # line of the first code line
    lang: str
    text: str


@dataclass
class Item:
    headings: list[str]
    line: int
    text: str
    depth: int


@dataclass
class Document:
    path: str
    text: str
    tables: list[Table] = field(default_factory=list)
    code: list[Code] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    paragraphs: list[Item] = field(default_factory=list)
    headings: list[tuple[int, int, str]] = field(default_factory=list)  # (line, level, text)
    unread: str = ""  # why the file could not be split into its parts (then it holds only its text)


# A list item written as a comment inside code: `# - name: string (required)`, `// - title: String`
COMMENTED_ITEM = re.compile(r"^\s*(?:#|//|--)\s*[-*]\s+([A-Za-z_]\w*:\s+\S.*)$")
# A list item written in a block of code under its table's name: `  - street_number (string)`
CODED_ITEM = re.compile(r"^\s*[-*]\s+([A-Za-z_]\w*\s*\([^()]+(?:\([^()]*\)[^()]*)*\).*)$")
# A line that names the table below it: "Tabela: `clientes`", "Entidade: **ITEM**"
TABLE_LABEL = re.compile(r"(?i)(table|tabela|tabla|tabelle|tableau|collection|table name|entity|entidade|entidad|entité|entität)"
                         r"\s*[:：]\s*(?:\*\*)?`?[A-Za-z_][\w.]*`?(?:\*\*)?")
# A comment in such a block naming the table whose columns follow: `# loans - Credit agreements`, `-- payments`
TABLE_COMMENT = re.compile(r"^\s*(?:#|//|--)\s*([A-Za-z_]\w*)(?:\s+[-–—]\s+.*)?\s*$")


def _shown(text: str) -> str:
    """The text with the marks of an HTML comment around a fenced block blanked, each mark on a line of its own, so the
    block reads as code (lines kept): a diagram's source kept beside the picture rendered from it (`![ERD](erd.png)`
    over `<!--` ```` ```mermaid ```` ... `-->`). One pass over the lines."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        tabled = re.match(r"\s*<!--\s*(\|.*)$", lines[i])
        if tabled and "-->" not in tabled.group(1):
            # (`<!-- | Thuộc Tính | Kiểu | ...` to `... | -->`: a table's markdown kept beside the figure a typesetter
            # draws from it, the ```` ```{=typst} ```` block just below: the table, as the document's reader sees it)
            end = next((k for k in range(i + 1, min(len(lines), i + 200)) if "-->" in lines[k]), None)
            after = next((line for line in lines[end + 1:end + 4] if line.strip()), "") if end is not None else ""
            if end is not None and lines[end].rstrip().endswith("-->") and all(
                    line.lstrip().startswith("|") for line in lines[i + 1:end + 1]) and re.match(r"[ \t]*(```|~~~)", after):
                lines[i] = tabled.group(1)
                lines[end] = lines[end].rstrip()[:-3].rstrip()
                i = end + 1
                continue
        if lines[i].strip() != "<!--":
            i += 1
            continue
        end = next((k for k in range(i + 1, len(lines)) if lines[k].lstrip().startswith("-->")), None)
        if end is None:
            break  # (no comment closes after this one: none of those below closes either)
        if lines[end].strip() == "-->" and any(re.match(r"[ \t]*(```|~~~)", line) for line in lines[i + 1:end]):
            lines[i] = lines[end] = ""
        i = end + 1
    return "\n".join(lines)


# A paragraph that is SQL DDL left outside any fence: `create table public.events (`, `CREATE INDEX ... ON ...;`
UNFENCED_SQL = re.compile(r"\s*(?:create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?[\w.\"`\[\]]+\s*\(\s*\n|"
                          r"create\s+(?:unique\s+)?index\s+[^\n]*\bon\s+[\w.\"`]+[^\n]*\(|"
                          r"create\s+type\s+[\w.\"]+\s+as\s+enum\s*\(|alter\s+table\s+[\w.\"`]+\s+add\b)", re.IGNORECASE)
UNFENCED_JSON = re.compile(r"\{\n(?:\s*\"[^\"\n]+\"\s*:[^\n]*\n){2,}\s*\}")
# The same under a name on the line above it, its members maybe nested: `💸 Expense`, then `{`, `"amount": Number,`,
# `"participants": [`, `{ "userId": userId }`, `],` ... `}`.
NAMED_JSON = re.compile(r"[^\w\n{}\[\]\"]{0,4}\s*([A-Za-z_]\w{0,40}(?: [A-Za-z_]\w{0,40}){0,2})\s*:?\n(\{\n(?:\s*(?:\"[^\"\n]+\"\s*:|[\[\]{}])[^\n]*\n){2,}\})")
# A line that is only a route, maybe after an emoji: `➕ POST /items/`, `DELETE /items/{id}`
ROUTE_LINE = re.compile(r"[^\w\s/`]{0,4}\s*`?(GET|POST|PUT|PATCH|DELETE)`?\s+`?(/[^\s`]*)`?")
# A route named in a sentence: 'the endpoint **POST** `/api/course` creates ...'
SAID_ROUTE = re.compile(r"(?<![\w/])[`*]{0,2}(GET|POST|PUT|PATCH|DELETE)[`*]{0,2}\s+[`*]{0,2}(/[\w{}:/.-]*)")
# A label over what a request sends or a response answers: '**Arguments**', '**Request Body:**', '**Response**'
PAYLOAD_LABEL = re.compile(r"\W*(?:request\s+|response\s+)?(?:arguments?|args|body|payload|parameters|params|fields|input|"
                           r"response|request)\W*", re.IGNORECASE)
FENCE_LINE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*")
# Languages whose `# ` opens a comment: in their blocks, such a line is no markdown heading
HASH_COMMENTED = {"", "text", "txt", "plaintext", "python", "py", "yaml", "yml", "sh", "bash", "shell", "zsh", "console",
                  "ruby", "rb", "toml", "ini", "conf", "r", "perl", "dockerfile", "makefile", "md", "markdown", "elixir", "ex"}


def _mended_fences(text: str) -> str:
    """The text with a fence its author left open closed where the block plainly ended, lines kept: a `## Group` heading
    over a new ```` ```json ```` while the block above is still open (markdown reads the heading and all below it as that
    block's code), or a JSON block running to the file's end over a plain name (`💸 Expense`) that starts the next one.
    The blank line before the heading or name becomes the closing fence."""
    lines = text.split("\n")
    opened: tuple[int, str, str] | None = None  # (line, fence, language)
    for number, line in enumerate(lines):
        fence = FENCE_LINE.fullmatch(line)
        if opened is None:
            if fence:
                opened = (number, fence.group(1), fence.group(2).lower())
            continue
        start, mark, lang = opened
        if fence and fence.group(1)[0] == mark[0] and len(fence.group(1)) >= len(mark) and not fence.group(2):
            opened = None  # (closed as it should be)
        elif fence and fence.group(1) == mark and fence.group(2) and lang not in HASH_COMMENTED:
            # (another block opens inside this one: this one ended at the last heading above the new opening)
            end = next((k for k in range(number - 1, start + 1, -1) if re.match(r"#{1,6}\s+\S", lines[k])
                        and not lines[k - 1].strip()), None)
            if end is not None:
                lines[end - 1] = mark
                opened = (number, fence.group(1), fence.group(2).lower())
    if opened is not None and opened[2] in ("json", "jsonc", "json5"):
        start, mark, _lang = opened
        depth = 0
        for number in range(start + 1, len(lines)):
            depth += lines[number].count("{") + lines[number].count("[") - lines[number].count("}") - lines[number].count("]")
            if depth == 0 and not lines[number].strip() and number + 1 < len(lines) and re.fullmatch(
                    r"#{1,6}\s+\S.*|[^\w\s{}\[\]\"]{0,4}\s*[A-Za-z_][\w ]{0,40}:?", lines[number + 1].strip()) \
                    and not re.fullmatch(r"true|false|null", lines[number + 1].strip()):
                lines[number] = mark
                break
    return "\n".join(lines)


def parse(path: str, text: str) -> Document:
    """The file's headings, tables, blocks, list items and paragraphs. A form no rule foresaw must not end the whole
    read: the file is then kept as text only, and `unread` says why, for the answer to name the file."""
    try:
        return _parsed(path, text)
    except (RecursionError, MemoryError):
        raise
    except Exception as error:  # noqa: BLE001 - reported in the draft's diagnostics, with the file's path
        return Document(path, text, unread=f"{type(error).__name__}: {error}")


def _parsed(path: str, text: str) -> Document:
    doc = Document(path, text)
    shown = _shown(text) if "<!--" in text else text
    tokens = _MD.parse(_mended_fences(shown) if "```" in shown or "~~~" in shown else shown)
    stack: list[tuple[int, str]] = []
    label = ""  # a short bold or colon-ended paragraph names what follows, like a heading
    lead = ""  # a route's line kept over the label of what it sends (`POST /books/`, then '**Arguments**')
    depth = 0
    held: tuple[int, str, int] = (0, "", 0)  # the last list item's depth, text and line
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = tok.map[0] + 1 if tok.map else 0
        path_now = [h for _, h in stack] + ([lead] if lead else []) + ([label] if label else [])
        if tok.type == "heading_open":
            level = int(tok.tag[1])
            title = _routed_title(tokens[i + 1].content.strip(), tokens[i + 3:i + 5])
            stack = [(lv, h) for lv, h in stack if lv < level] + [(level, title)]
            doc.headings.append((line, level, title))
            label = lead = ""
            held = (0, "", 0)  # (a list above the heading names nothing under it: `- Hidden`, then `#### JobPost`)
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "list_item_open":
            j = i + 1
            while j < len(tokens) and tokens[j].type != "inline":
                j += 1
            if j < len(tokens):
                doc.items.append(Item(path_now, line, unescape(tokens[j].content), depth))
                held = (depth, unescape(tokens[j].content).strip(), line)
                if depth == 1 and tokens[i - 1].type == "ordered_list_open" and i + 6 < len(tokens) and [
                        t.type for t in tokens[i + 4:i + 7]] == ["list_item_close", "ordered_list_close", "bullet_list_open"] \
                        and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*(?: [A-Za-z][A-Za-z0-9_]*){0,2}", held[1]):
                    label = held[1]  # `1. Publisher` alone, then `- id: uuid (PK)`: the entity the bullets below define
                elif depth == 1 and TABLE_LABEL.fullmatch(held[1]):
                    label = held[1]  # (`1. Tabela: usuarios`, numbered, over its table: the table's name)
        elif tok.type == "paragraph_open" and depth == 0:
            content = tokens[i + 1].content.strip()
            doc.paragraphs.append(Item(path_now, line, content, 0))
            if UNFENCED_SQL.match(content):
                # DDL pasted with no fence (`create table public.events (` over its columns): read as the block it is
                doc.code.append(Code(path_now, line, "sql", content + "\n"))
            elif UNFENCED_JSON.fullmatch(content):
                # a JSON document left outside any fence, `{` and `}` on lines of their own: read as the block it is
                doc.code.append(Code(path_now, line, "json", content + "\n"))
            elif named_json := NAMED_JSON.fullmatch(content):
                doc.code.append(Code([*path_now, named_json.group(1)], line + 1, "json", named_json.group(2) + "\n"))
            named = re.fullmatch(r"([A-Za-z_][\w ]{0,40}?)\s*:?", content.split("\n", 1)[0].strip())
            aligned = aligned_table(content, line)
            if aligned:  # `Column   Data Type   Details` over one column per line, aligned with spaces
                doc.tables.append(Table(path_now, line, *aligned))
            elif named and "\n" in content and (aligned := aligned_table(content.split("\n", 1)[1], line + 1)):
                # `Accounts` on the line above its tab-separated `Column Name  Type  Key  Notes`: the table's name
                doc.tables.append(Table([*path_now, named.group(1)], line + 1, *aligned))
            following = tokens[i + 3].type if i + 3 < len(tokens) else ""
            # (and in bold, a line break after it: `**POST /v1/event/** <br />`)
            routed = ROUTE_LINE.fullmatch(re.sub(r"\s*<br\s*/?>\s*$", "", content.split("\n", 1)[0].strip()).strip("*_ "))
            if routed:  # a plain text page's `➕ POST /items/` over its description and bodies: a route's page, as a heading
                label, lead = f"{routed.group(1)} {routed.group(2)}", ""
            elif re.fullmatch(r"(?:document|documento)\s*[:：]", content, re.IGNORECASE):
                pass  # ('Document:' over a Firestore collection's document: the heading above names what it holds)
            elif len(content) < 100 and "\n" not in content and (content.startswith("**") or content.endswith((":", "：")) or (
                    TABLE_LABEL.fullmatch(content))):
                if ROUTE_LINE.fullmatch(label) and PAYLOAD_LABEL.fullmatch(content):
                    lead = label  # ('**Arguments**' under `POST /books/`: the body that route is sent)
                elif not (lead and PAYLOAD_LABEL.fullmatch(content)):
                    lead = ""
                label = content  # ("Tabela: `clientes`", "Entidade: **ITEM**" names the table below it)
            elif following == "bullet_list_open" and re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\s+(?:ENUM|Enum|enum)\s*:?", content):
                label = content  # `ShipmentStatus ENUM` over its values, one a bullet: a list of its own, no more columns
            elif following == "bullet_list_open" and re.fullmatch(r"`?[A-Za-z_][A-Za-z0-9_]*`?", content):
                label = content  # `loans` on its own line over `- book_copy_id uuid NOT NULL`: the table's name
            else:  # a plain line such as "Task Table (tasks)" names the list below it, like a heading
                named = [ln for ln in content.splitlines()
                         if re.fullmatch(r"[A-Za-z]\w*(?: \w+)? (?:Table|Model|Entity)(?: \(`?\w+`?\))?:?", ln.strip())]
                label = named[-1].strip() if named and len(content) < 200 else label
        elif tok.type == "fence" or tok.type == "code_block":
            lang = (tok.info or "").split()[0].lower() if (tok.info or "").split() else ""  # (a fence opened with a space after it names no language)
            if lang in ("md", "markdown"):  # a spec pasted inside a ```md fence: read it as the markdown it is
                inner = parse(path, "\n" * (line) + tok.content)
                for part in ("tables", "code", "items", "paragraphs", "headings"):
                    getattr(doc, part).extend(getattr(inner, part))
            else:
                doc.code.append(Code(path_now, line + 1, lang, tok.content))
                commented = [(offset, m.group(1)) for offset, text in enumerate(tok.content.splitlines())
                             if (m := COMMENTED_ITEM.match(text))]
                if len(commented) >= 2:  # `# - price: decimal(10,2) (required, > 0)` in a ```ruby block: a list, commented
                    # (under the heading's path: a label above, '**À AJOUTER :**', adds to the same model)
                    doc.items += [Item([h for _, h in stack], line + 1 + offset, text, 1) for offset, text in commented]
                rows = tok.content.splitlines()
                named = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*:?\s*", rows[0]) if rows else None
                listed, table = [], named.group(1) if named else None
                for offset, row in enumerate(rows):
                    if named is None and (titled := TABLE_COMMENT.match(row)):
                        # (`# loans - Credit agreements`, then the loans' columns; under a block's own `properties`,
                        # `# Address` is a topic of its columns)
                        table = titled.group(1)
                    elif (m := CODED_ITEM.match(row)) and table:
                        listed.append((offset, m.group(1), table))
                if len(listed) >= 3 and lang not in ("yaml", "yml", "json", "toml"):
                    # ```ruby over `properties` then `  - street_number (string)` lines: the table's columns as a list
                    doc.items += [Item([*path_now, f"`{owner}`"], line + 1 + offset, re.sub(r"\s+#\s.*$", "", item), 1)
                                  for offset, item, owner in listed]
                if lang in ("", "text", "txt", "plaintext"):
                    _aligned_in_block(doc, path_now, line + 1, tok.content)
        elif tok.type == "table_open":
            header: list[str] = []
            rows: list[tuple[int, list[str]]] = []
            j = i + 1
            current: list[str] = []
            row_line = line
            in_head = False
            while tokens[j].type != "table_close":
                t = tokens[j]
                if t.type == "thead_open":
                    in_head = True
                elif t.type == "thead_close":
                    in_head = False
                elif t.type == "tr_open":
                    current = []
                    row_line = t.map[0] + 1 if t.map else row_line
                elif t.type == "inline":  # (a cell's `<br />` breaks its line: after a comma, no more than that
                    # (`'petiscos',<br />'saladas'`); else it parts two items, as a comma does)
                    cell = re.sub(r"(?<=[,;/|])\s*<br\s*/?>\s*", " ", unescape(t.content.strip()), flags=re.IGNORECASE)
                    current.append(re.sub(r"\s*<br\s*/?>\s*", ", ", cell, flags=re.IGNORECASE))
                elif t.type == "tr_close":
                    if in_head:
                        header = current
                    else:
                        rows.append((row_line, current))
                j += 1
            # (`- card 테이블` over the table it holds, indented under it: the item names the table as a heading would)
            # (or just above it, when the table's indent falls short of the item's: `- movie 테이블`, then `  | ... |`)
            named = re.fullmatch(r"[*`]*[^\W\d][\w.-]*[*`]*(?:\s+(?:table|tabla|tabela|tabelle|collection|테이블|テーブル|表))?\s*:?",
                                 held[1], re.IGNORECASE)  # (a name, maybe called a table; not `Sort key: \`date\``)
            owner = [held[1]] if named and (depth and held[0] == depth or not depth and held[0] == 1 and 0 < line - held[2] <= 3) else []
            doc.tables.append(Table([*path_now, *owner], line, header, rows))
            i = j
        i += 1
    _ruled_tables(doc)
    _valued_types(doc)
    _word_tables(doc)
    _grid_tables(doc)
    _unfenced_types(doc)
    _pre_blocks(doc, text)
    return doc


def _routed_title(title: str, after: list[Any]) -> str:
    r"""`## \`POST\` user create appointment` over a block that holds only `/api/appointments`: the route's page, titled
    `POST /api/appointments` as the other route headings are."""
    method = re.search(r"(?<![\w/])`?(GET|POST|PUT|PATCH|DELETE)`?(?![\w/])", title)
    if not method and after and after[0].type == "paragraph_open" and len(after) > 1 and "/" not in title and (
            lone := ROUTE_LINE.fullmatch(after[1].content.strip())):
        return f"{lone.group(1)} {lone.group(2)}"  # `### Creating an Invoice` over `POST /invoices` alone: its page
    if not method and after and after[0].type == "paragraph_open" and len(after) > 1 and "/" not in title and len(
            after[1].content) < 300 and len(said := set(SAID_ROUTE.findall(after[1].content))) == 1 and next(iter(said))[0] in (
            "POST", "PUT", "PATCH"):
        # '# Praca z kursami' over 'endpoint **POST** `/api/course` ...': the page of the one route that is sent a body
        # (an overview that mentions `GET /health` in passing is no route's page)
        return " ".join(next(iter(said)))
    if not method or "/" in title or not after:
        return title
    shown = after[0].content if after[0].type in ("fence", "code_block") else (
        after[1].content if after[0].type == "paragraph_open" and len(after) > 1 else "")
    path = re.fullmatch(r"\s*`?((?:https?://[^\s/`]+)?/[^\s`]*)`?\s*", shown)
    return f"{method.group(1)} {path.group(1)}" if path else title


def _valued_types(doc: Document) -> None:
    """`| Key | Value | Description |` over `|description|Text|...|`, `|clinic_id|Number|...|`: a request body's table whose
    Value column holds each key's type, read as a Type column (a headers table's `application/json` holds none)."""
    for table in doc.tables:
        if len(table.header) < 2 or len(table.rows) < 2 or not re.fullmatch(
                r"(?:value|values|valor|valeur|wert|valore)", table.header[1].strip("`* ").lower()) or not re.fullmatch(
                r"(?:key|keys|name|field|param(?:eter)?|clave|chave|cl[ée]|schl[üu]ssel|campo)", table.header[0].strip("`* ").lower()):
            continue
        typed = sum(bool(len(cells) > 1 and classify(cells[1].strip("`* "))) for _line, cells in table.rows)
        if typed * 3 >= len(table.rows) * 2:
            table.header = [table.header[0], "Type", *table.header[2:]]


def _pre_blocks(doc: Document, text: str) -> None:
    """An HTML `<pre>{"sku": "B0007", ...}</pre>` (as rspec_api_documentation writes a request's body): a JSON code
    block, under the headings above it."""
    if "<pre" not in text:
        return
    for block in re.finditer(r"<pre(?:\s[^>]*)?>\s*([\[{].*?)</pre>", text, re.DOTALL):
        line = text[: block.start()].count("\n") + 1
        stack: list[tuple[int, str]] = []
        for at, level, title in doc.headings:
            if at < line:
                stack = [(lv, h) for lv, h in stack if lv < level] + [(level, title)]
        body = html.unescape(block.group(1)).strip()
        if "\n" not in body:
            try:  # (a body on one line: laid out a member a line, as the example reader reads objects)
                body = json.dumps(json.loads(body), indent=2, ensure_ascii=False)
            except ValueError:
                pass
        doc.code.append(Code([h for _lv, h in stack], line, "json", body))


TYPE_OPENING = re.compile(r"^\s*(?:export\s+)?(?:type\s+[A-Z]\w*\s*\\?=|interface\s+[A-Z]\w*\s*\{)")


def _unfenced_types(doc: Document) -> None:
    """TypeScript types written as prose, outside any fence (a document exported from an editor: `type Observation \\= {`,
    a blank line between its members; `type ISOInstant \\= string;`; a union over `| 'weighIn'` lines): read as the
    code they are, their markdown escapes undone, in one block so that each type may name the others."""
    if "type " not in doc.text and "interface " not in doc.text:
        return
    lines = doc.text.splitlines()
    fenced = False
    number = 0
    pieces: list[str] = []
    first = 0
    while number < len(lines):
        line = lines[number]
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        if fenced or not TYPE_OPENING.match(line):
            number += 1
            continue
        body = [line]
        end = number
        bare = re.sub(r"\s*//.*$", "", line).rstrip()  # (`type ObservationId \\= string;  // uuid v7`)
        if bare.endswith("{"):
            end += 1
            while end < len(lines) and end - number < 200 and not re.match(r"^\s*\}\s*;?\s*$", lines[end]):
                body += [lines[end]] if lines[end].strip() else []
                end += 1
            body += [lines[end]] if end < len(lines) else []
        elif not bare.endswith(";"):  # a union, one member a line: `| 'weighIn'`, up to its `;`
            end += 1
            while end < len(lines) and end - number < 60 and (not lines[end].strip() or lines[end].lstrip().startswith("|")):
                body += [lines[end]] if lines[end].strip() else []
                if re.sub(r"\s*//.*$", "", lines[end]).rstrip().endswith(";"):
                    break
                end += 1
            else:
                end -= 1  # (the line that ended the union is the next declaration's)
        if len(pieces) == 0:
            first = number + 1
        pieces.append("\n".join(body))
        number = end + 1
    if any("{" in piece for piece in pieces):
        text = re.sub(r"\\([=_*\[\]|<>#`~-])", r"\1", "\n\n".join(pieces)) + "\n"
        headings = [title for _line, _level, title in _heading_path(doc, first)]
        doc.code.append(Code(headings, first, "ts", text))


def _heading_path(doc: Document, line: int) -> list[tuple[int, int, str]]:
    """The headings over a line: the last of each level above it."""
    path: list[tuple[int, int, str]] = []
    for at, level, title in doc.headings:
        if at > line:
            break
        path = [h for h in path if h[1] < level] + [(at, level, title)]
    return path


GRID_RULE = re.compile(r"\s*\+[-=+]{3,}\+\s*")


def _grid_cells(row: str) -> list[str]:
    """The cells of a grid table's row, `| id | ID! | --> a remark`: a remark after the last bar is one more cell."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _grid_tables(doc: Document) -> None:
    """Tables a text block draws with `+---+` rules (ASCII art), a title row over them naming the table:
    `| WarrantyClaim (gloss) |`, a rule, `| Field Name | Type |`, a rule, then a row per field up to the closing rule."""
    for code in doc.code:
        if code.lang not in ("", "text", "txt", "plaintext", "ascii") or "+--" not in code.text:
            continue
        lines = code.text.splitlines()
        for number, row in enumerate(lines[:-3]):
            title = _grid_cells(row) if row.strip().startswith("|") and number and GRID_RULE.fullmatch(lines[number - 1]) else []
            if len(title) != 1 or not title[0] or not GRID_RULE.fullmatch(lines[number + 1]):
                continue
            header = _grid_cells(lines[number + 2]) if lines[number + 2].strip().startswith("|") else []
            if len(header) < 2 or not GRID_RULE.fullmatch(lines[number + 3]):
                continue
            rows = []
            for offset, body in enumerate(lines[number + 4:], number + 4):
                if not body.strip().startswith("|"):
                    break
                rows.append((code.line + offset, _grid_cells(body)))
            width = max(len(header), *(len(cells) for _, cells in rows)) if rows else len(header)
            if rows:  # (a remark after the box's last bar: its notes)
                doc.tables.append(Table([*code.headings, title[0]], code.line + number, [*header, *["notes"] * (width - len(header))],
                                        rows))


# A rule of dashed groups under a plain-text table's header, one group a column: `-------- ------ ---- ----------`.
GROUP_RULE = re.compile(r"\s*-{2,}(?:[ \t]+-{2,}){2,}\s*")
# A plain-text document's section title over a table: `4.8  reservas`, `reservas`.
PLAIN_TITLE = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?`?([A-Za-z_]\w*)`?\s*")


def _ruled_tables(doc: Document) -> None:
    """Tables a plain-text document draws outside any block (a data dictionary kept as `.txt`): a `Campo  Tipo  Req
    Descripción` header over a rule of dashed groups, one column per line up to a blank line, under a section title
    (`4.8  reservas`) that names the table. Markdown reads such lines as a heading and a paragraph; these are tables."""
    lines = doc.text.splitlines()
    fenced = False
    for number, row in enumerate(lines):
        if re.match(r"\s*(```|~~~)", row):
            fenced = not fenced
        if fenced or number + 1 >= len(lines) or not ALIGNED_HEADER.fullmatch(row.strip()) or not GROUP_RULE.fullmatch(
                lines[number + 1]):
            continue
        body = [row]
        for following in lines[number + 2:]:
            if not following.strip():
                break
            body.append(following)
        found = aligned_table("\n".join(body), number + 1)
        title = next((m.group(1) for above in reversed(lines[max(0, number - 12):number])
                      if (m := PLAIN_TITLE.fullmatch(above)) and above.strip()), None)
        if found:
            header, rows = found
            doc.tables.append(Table([title] if title else [], number + 1, header, rows))


# A table whose cells a PDF's text left one space apart: `Alan Tip Zorunlu Açıklama` (field, type, required, notes)
# over `status varchar(30) Evet new, active,` and its continuation line `passive, risk, vip`.
WORD_NAMES = ("field", "column", "name", "alan", "campo", "columna", "coluna", "champ", "feld", "spalte", "attribute",
              "property", "kolom", "atributo")
WORD_TYPES = ("type", "tip", "tipo", "typ", "tipe", "datatype")
WORD_TYPE = re.compile(r"(?:uuid|varchar|nvarchar|char|text|citext|string|int|integer|int[248]|bigint|smallint|tinyint|serial|"
                       r"bigserial|numeric|decimal|number|float|double|real|money|bool|boolean|timestamptz|timestamp|datetime|date|"
                       r"time|interval|jsonb|json|bytea|blob|inet|enum)(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\[\])?", re.IGNORECASE)
NUMBERED_TITLE = re.compile(r"\d+(?:\.\d+)*\.?\s+\S.*")


# A column of a plain text design, one a line: `-numero -- SMALLINT -- UNIQUE, NOT NULL` (name, type, constraints).
DASHED_COLUMN = re.compile(r"^\s*-\s*(?P<name>[^\W\d][\w. ]{0,40}?)\s+--\s+(?P<type>[A-Za-z]+(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?)"
                           r"(?:\s+--\s+(?P<rest>.*?))?\s*$", re.MULTILINE)


def word_header(line: str) -> list[str] | None:
    words = line.split()
    return words if 3 <= len(words) <= 8 and words[0].lower() in WORD_NAMES and words[1].lower() in WORD_TYPES else None


def _word_tables(doc: Document) -> None:
    """Tables a PDF's text left as words one space apart, outside any block: a `Alan Tip Zorunlu Açıklama` header
    under the table's name (`customers`), one column per line (`code varchar(80) Hayır Müşteri kodu`), a long note
    wrapped onto the next line, page markers (`<!-- PAGE 59 -->`) and blank lines between."""
    lines = doc.text.splitlines()
    fenced = False
    number = 0
    while number < len(lines):
        row = lines[number]
        if re.match(r"\s*(```|~~~)", row):
            fenced = not fenced
        header = None if fenced or "|" in row else word_header(row)
        number += 1
        if header is None:
            continue
        start = number  # (the header's line)
        above = lines[number - 2].strip() if number >= 2 else ""
        name = above if re.fullmatch(r"[A-Za-z_]\w*", above) else next(
            (m.group(1) for t in reversed(lines[max(0, number - 5):number - 1])
             if (m := re.fullmatch(r"(?:table|tabla|tabela|tabelle|collection|entity)\s*[:：]\s*`?([A-Za-z_]\w*)`?",
                                   t.strip(), re.IGNORECASE))), None)  # (`Table: books`, then `Fields:`, over the header)
        # (a third column of notes takes all the words after the type, `PK, default gen_random_uuid() Unique id`; a
        # third column of one word each, `Zorunlu` (required): `Evet`, takes one)
        wordy = re.match(r"(?:constraints?|notes?|details?|descriptions?|rules?|remarks?|comments?)\b", header[2], re.IGNORECASE)
        # (no name: the section title and the line that introduces the columns, `0. Global Field Standard` over
        # 'ortak alanlar:' (the common fields), say what they are)
        titles = [] if name else [t.strip() for t in lines[max(0, number - 4):number - 1]
                                  if NUMBERED_TITLE.fullmatch(t.strip()) or t.strip().endswith((":", "："))]
        rows: list[tuple[int, list[str]]] = []
        while number < len(lines):
            text = lines[number].strip()
            following = next((ln for ln in lines[number + 1:number + 6] if ln.strip() and not ln.strip().startswith("<!--")), "")
            cells = text.split()
            if not text or text.startswith("<!--"):
                number += 1
                continue
            if word_header(text) or re.fullmatch(r"[A-Za-z_]\w*", text) and word_header(following) or text.startswith(
                    ("#", "|", "```")) or NUMBERED_TITLE.fullmatch(text):
                break
            if len(cells) >= 2 and re.fullmatch(r"[A-Za-z_]\w*", cells[0]) and WORD_TYPE.fullmatch(cells[1]):
                cut = 2 if wordy else len(header) - 1
                row = cells[:cut] + [" ".join(cells[cut:])]
                rows.append((number + 1, row + [""] * (len(header) - len(row))))
            elif rows and len(text) <= 60:
                rows[-1][1][-1] = (rows[-1][1][-1] + " " + text).strip()  # a note wrapped onto the next line
            else:
                break
            number += 1
        if len(rows) >= 2:
            doc.tables.append(Table([name] if name else titles, start, header, rows))


def unescape(text: str) -> str:
    """Markdown's backslash escapes (`family\\_id`, `1\\.`) as the reader sees them, outside code spans."""
    if "\\" not in text:
        return text
    parts = re.split(r"(`+[^`]*`+)", text)
    return "".join(p if p.startswith("`") else re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", p) for p in parts)


ALIGNED_HEADER = re.compile(r"(column|field|name|columna|campo|coluna|champ|spalte|カラム|字段)(?: name)?(\s{2,}|\t+)"
                            r"(data\s*type|type|tipo|型|类型|typ)((\s{2,}|\t+)\S.*)?", re.IGNORECASE)


def _aligned_in_block(doc: Document, headings: list[str], line: int, text: str) -> None:
    """A plain code block drawing a table: `Table: vehicles`, a rule, `Field  Type  Nullable  Notes`, a rule, one column
    per line. Read as the table it draws (its rules left out), named by the `Table:` line above it."""
    rows = text.splitlines()
    start = next((i for i, row in enumerate(rows) if ALIGNED_HEADER.fullmatch(row.strip())), None)
    if start is None:
        return
    named = next((m.group(1) for row in reversed(rows[:start])
                  if (m := re.fullmatch(r"\s*(?:table|tabla|tabela|tabelle)\s*[:：]\s*`?([A-Za-z_]\w*)`?\s*", row, re.IGNORECASE))), None)
    body = [row for row in rows[start:] if not re.fullmatch(r"\s*[─━—=\-+|]{3,}\s*", row)]
    kept = [i for i, row in enumerate(rows[start:], start) if not re.fullmatch(r"\s*[─━—=\-+|]{3,}\s*", row)]
    aligned = aligned_table("\n".join(body), 0)
    if aligned:
        header, found = aligned
        # (each row's line, back in the file: the rules between rows were left out)
        placed = [(line + kept[number], cells) for number, cells in found if number < len(kept)]
        doc.tables.append(Table([*headings, named] if named else list(headings), line + start, header, placed))


def aligned_table(text: str, line: int) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
    """A plain-text table: a `Column  Data Type  Details` header and one column per line, cells apart by two or more
    spaces or tabs. Returns (header, rows) like a markdown table's, or None."""
    lines = text.splitlines()
    if not lines or not ALIGNED_HEADER.fullmatch(lines[0].strip()):
        return None
    split = re.compile(r"\s{2,}|\t+")
    header = split.split(lines[0].strip())
    rows = []
    for offset, row in enumerate(lines[1:], 1):
        cells = split.split(row.strip())
        if len(cells) < len(header) and re.fullmatch(r"[A-Za-z_]\w*\s\S+", cells[0]):
            cells = cells[0].split(" ", 1) + cells[1:]  # `short_description text`: a long name leaves one space
        if len(cells) < 2 or not re.fullmatch(r"[A-Za-z_]\w*", cells[0]):
            continue
        rows.append((line + offset, cells[: len(header)] + [""] * (len(header) - len(cells))))
    return (header, rows) if rows else None
