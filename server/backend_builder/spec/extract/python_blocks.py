"""SQLModel, pydantic and dataclass classes in Python code blocks, read with `ast`."""

from __future__ import annotations

import ast
import re

from backend_builder.spec.extract.constraints import apply_lengths, bare_list, enum_values, parse_literal
from backend_builder.spec.extract.document import Document
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField
from backend_builder.spec.extract.types import classify

SKIP_BASES = {"Exception", "BaseSettings", "Enum", "str", "IntEnum", "StrEnum"}


def _python_blocks(doc: Document) -> list[tuple[int, str, list[str]]]:
    return [
        (code.line, code.text, code.headings)
        for code in doc.code
        if code.lang in ("python", "py", "python3") or (not code.lang and re.search(r"^class \w+\(", code.text, re.MULTILINE))
    ]


def _folded_dicts(text: str) -> str:
    """A sketch's nested object, `address: {` over `street: str` lines to its `}`: one member of type dict (kept
    whole, as JSON), its inner lines blank so the line numbers hold."""
    lines = text.splitlines()
    number = 0
    while number < len(lines):
        opened = re.fullmatch(r"(\s*)([A-Za-z_]\w*)\s*:\s*\{\s*(#.*)?", lines[number])
        end = next((k for k in range(number + 1, len(lines)) if re.fullmatch(rf"{opened.group(1)}\}}\s*,?\s*(#.*)?", lines[k])),
                   None) if opened else None
        if opened and end is not None:
            lines[number] = f"{opened.group(1)}{opened.group(2)}: dict  {opened.group(3) or ''}".rstrip()
            for k in range(number + 1, end + 1):
                lines[k] = ""
            number = end
        number += 1
    return "\n".join(lines)


def _parse(text: str) -> ast.Module | None:
    lines = text.splitlines()
    for _ in range(20):  # drop lines that do not parse (ellipses, prose inside code fences)
        try:
            return ast.parse("\n".join(lines))
        except SyntaxError as exc:
            if not exc.lineno or exc.lineno > len(lines):
                return None
            lines[exc.lineno - 1] = ""
    return None


def _comment(text: str, lineno: int) -> str:
    """The comment that ends a line of the block (`date: str  # ISO date YYYY-MM-DD`), outside its strings."""
    lines = text.splitlines()
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    found = re.search(r"#", re.sub(r"(['\"])(?:\\.|(?!\1).)*\1", lambda m: " " * len(m.group(0)), line))
    return line[found.end():].strip() if found else ""  # (from the line itself: `# 'month' или 'year'` keeps its quotes)


def _commented_values(field: RawField, text: str, stmt: ast.stmt) -> None:
    """`status = Column(String)` under `# Статус: 'pending', 'paid', 'failed'`, or with `# 'month' или 'year'` after
    it: the quoted values a comment beside or just above a string column lists are its closed list."""
    if field.type not in ("str", "text") or field.enum_values:
        return
    lines = text.splitlines()
    above = []
    for number in range(stmt.lineno - 2, -1, -1):
        if not lines[number].strip().startswith("#"):
            break
        above.insert(0, lines[number].strip().lstrip("#").strip())
    for comment in (_comment(text, stmt.end_lineno or stmt.lineno), " ".join(above)):
        quoted = re.findall(r"'[\w+-]+'|\"[\w+-]+\"", comment)  # (and blood types, `"AB+"`)
        listed = enum_values(comment) if len(quoted) >= 2 and not re.search(r"\b(?:if|when|если|si|wenn|se)\b|[=<>]", comment) else None
        if listed and len(listed) == len(quoted) and (field.default is NO_DEFAULT or field.default in listed):
            field.type, field.enum_values = "enum", listed
            return


def _literal(node: ast.AST) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        text = ast.unparse(node)
        return text


def extract(doc: Document) -> list[RawEntity]:
    entities = []
    by_name: dict[str, RawEntity] = {}  # (a base class may sit in an earlier block: `### PojisteniBase`, then the table)
    # pydantic models with no id of their own (`class Hotspot(BaseModel): path: str; changes: int`), in any block: a
    # value another pydantic model nests (`hotspots: list[Hotspot]`), its JSON, not a row it links to
    shapes = {node.name for _start, text, _headings in _python_blocks(doc) for node in getattr(_parse(text), "body", [])
              if isinstance(node, ast.ClassDef) and any(ast.unparse(b).split(".")[-1] == "BaseModel" for b in node.bases)
              and not any(isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)
                          and st.target.id.lower() in ("id", "_id", "uid") for st in node.body)}
    for start, text, headings in _python_blocks(doc):
        text = _folded_dicts(text)
        tree = _parse(text)
        if tree is None:
            continue
        enums: dict[str, list[str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(ast.unparse(b).split(".")[-1] in SKIP_BASES for b in node.bases):
                values = [_literal(s.value) for s in node.body if isinstance(s, ast.Assign)]
                if values and all(isinstance(v, str) for v in values):
                    enums[node.name] = values  # type: ignore[assignment]
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or node.name in enums:
                continue
            bases = {ast.unparse(b) for b in node.bases}
            plain = any(b.split(".")[-1] == "BaseModel" for b in bases)
            is_table = any(kw.arg == "table" for kw in node.keywords)
            entity = RawEntity(name=node.name, kind="python", file=doc.path, line=start + node.lineno - 1,
                               context=" / ".join(headings) + (" / table" if is_table else "") + " / bases " + ",".join(bases))
            choices = {t.id: values for stmt in node.body if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.List | ast.Tuple)
                       for t in stmt.targets if isinstance(t, ast.Name) and (values := [
                           e.elts[0].value for e in stmt.value.elts if isinstance(e, ast.Tuple) and e.elts
                           and isinstance(e.elts[0], ast.Constant) and isinstance(e.elts[0].value, str)])}
            # (`STATUS_CHOICES = [('available', 'Available'), ...]` in a Django model: its `choices=`, by name)
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and any(getattr(t, "id", "") == "__tablename__" for t in stmt.targets):
                    value = _literal(stmt.value)
                    entity.table = value if isinstance(value, str) else None
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                    value = ast.unparse(stmt.value) if stmt.value is not None else ""
                    annotation = ast.unparse(stmt.annotation)
                    nested = re.fullmatch(r"(?:list|List|Optional)\[[\"']?([A-Z]\w*)[\"']?\]|[\"']?([A-Z]\w*)[\"']?(?:\s*\|\s*None)?",
                                          annotation)
                    if plain and nested and (nested.group(1) or nested.group(2)) in shapes:
                        field = _field(stmt, doc.path, start, enums)
                        field.type = "json"
                        entity.fields.append(field)
                        continue
                    if value.startswith(("Relationship(", "relationship(")) or re.search(
                        r"^(list|List|Optional)\[[\"']?[A-Z]\w*[\"']?\]$|^[\"'][A-Z]\w*[\"']$", annotation
                    ) and classify(annotation.split("[")[-1].strip("]\"'")) is None:
                        continue  # a relationship to another model, not a column
                    field = _field(stmt, doc.path, start, enums)
                    comment = _comment(text, stmt.end_lineno or stmt.lineno)
                    field.description = field.description or comment
                    said = re.match(r"(optional|required|obrigat[óo]rio|opcional)\b", comment, re.IGNORECASE)
                    if said and "Optional[" not in annotation and "None" not in annotation and stmt.value is None:
                        # (a sketch's `rg: str  # Optional, Brazilian RG` beside `cpf: str  # Required, ...`: the comment
                        # says what the bare annotation cannot)
                        field.required = said.group(1).lower() in ("required", "obrigatório", "obrigatorio")
                        field.nullable = not field.required
                    if field.type in ("str", "text") and not field.enum_values and re.search(r"\benum\s*:", comment, re.IGNORECASE):
                        _commented_values(field, text, stmt)  # (`gender: str  # Required, enum: ["M", "F", "O"]`)
                    listed = bare_list(comment) if comment and field.type in ("str", "text") and not field.enum_values else None
                    if listed and (field.default in listed or len(listed) >= 3 and all(
                            re.fullmatch(r"[a-z][a-z0-9_]*|[A-Z][A-Z0-9_]*", v) for v in listed)):
                        # `status: str = Field(default="pending")  # pending, in_progress, completed`: its values
                        field.type, field.enum_values = "enum", listed
                    entity.fields.append(field)
                elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                        and isinstance(stmt.value, ast.Call):
                    column = _assigned_column(stmt, doc.path, start, {**enums, **choices})
                    if column is not None:
                        _commented_values(column, text, stmt)
                        entity.fields.append(column)
            said = [f for f in entity.fields if re.match(r"(?:required|obrigat[óo]rio)\b", f.description or "", re.IGNORECASE)]
            if len(said) >= 2 and any(re.match(r"(?:optional|opcional)\b", f.description or "", re.IGNORECASE) for f in entity.fields):
                for f in entity.fields:  # (a sketch whose comments mark both ways: what they leave unmarked is not required)
                    if f.required and f not in said and f.default is NO_DEFAULT and not f.primary_key and not re.search(
                            r"Optional\[|None", f.type_text or ""):
                        f.required, f.nullable = False, True
            _class_rules(node, entity.fields)
            inherited = [f for b in node.bases if (base := by_name.get(ast.unparse(b))) for f in base.fields]
            own = {f.name for f in entity.fields}
            entity.fields = [f for f in inherited if f.name not in own] + entity.fields
            by_name[node.name] = entity
            if entity.fields:
                entities.append(entity)
        entities += _alembic(tree, doc.path, start, headings, enums)
    return entities


def _call_name(node: ast.AST) -> str:
    return ast.unparse(node.func).split(".")[-1] if isinstance(node, ast.Call) else ""


def _alembic(tree: ast.Module, path: str, start: int, headings: list[str], enums: dict[str, list[str]]) -> list[RawEntity]:
    """An Alembic migration's `op.create_table('ideas', sa.Column('notes', sa.Text(), nullable=True), ...)` and its
    `op.create_index(..., 'ideas', ['tags'])`: as authoritative as the DDL it emits."""
    enums = dict(enums)
    for node in ast.walk(tree):  # `stage_enum = ENUM('idea', 'draft', name='stage_enum')`, used as a column's type
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and (
                _call_name(node.value) in ("ENUM", "Enum")):
            values = [a.value for a in node.value.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if values:
                enums[node.targets[0].id] = values
    tables: dict[str, RawEntity] = {}
    for node in ast.walk(tree):
        if _call_name(node) != "create_table" or not node.args or not isinstance(node.args[0], ast.Constant):
            continue
        name = str(node.args[0].value)
        entity = RawEntity(name=name, table=name, kind="sql", file=path, line=start + node.lineno - 1,
                           context=" / ".join(headings) + " / alembic")
        for column in node.args[1:]:
            if _call_name(column) not in ("Column", "mapped_column") or not column.args or not (
                    isinstance(column.args[0], ast.Constant) and isinstance(column.args[0].value, str)):
                continue
            bare = ast.Call(func=column.func, args=column.args[1:], keywords=column.keywords)
            stmt = ast.Assign(targets=[ast.Name(id=column.args[0].value)], value=bare, lineno=column.lineno)
            field = _assigned_column(stmt, path, start, enums) if bare.args else None
            if field is not None:
                kind = ast.unparse(bare.args[0])
                if kind in enums and field.type in (None, "str"):
                    field.type, field.enum_values = "enum", enums[kind]
                entity.fields.append(field)
        if entity.fields:
            tables[name] = entity
    for node in ast.walk(tree):  # `op.create_index('idx_ideas_tags', 'ideas', ['tags'], postgresql_using='gin')`
        if _call_name(node) == "create_index" and len(node.args) >= 3 and isinstance(node.args[1], ast.Constant) and (
                isinstance(node.args[2], ast.List) and len(node.args[2].elts) == 1):
            entity = tables.get(str(node.args[1].value))
            column = _literal(node.args[2].elts[0])
            for field in entity.fields if entity else []:
                if field.name == column:
                    field.index = True
                    field.unique = field.unique or any(kw.arg == "unique" and _literal(kw.value) is True
                                                       for kw in node.keywords)
    return list(tables.values())


DJANGO = {"CharField": "str", "TextField": "text", "IntegerField": "int", "PositiveIntegerField": "int",
          "SmallIntegerField": "int", "BigIntegerField": "int", "PositiveSmallIntegerField": "int", "FloatField": "float",
          "DecimalField": "decimal", "BooleanField": "bool", "DateTimeField": "datetime", "DateField": "date",
          "UUIDField": "uuid", "JSONField": "json", "EmailField": "str", "URLField": "str", "SlugField": "str",
          "TimeField": "str", "GenericIPAddressField": "str"}  # (a time of day: no FeatureSpec type, its text `19:30:00`)


def _assigned_column(stmt: ast.Assign, path: str, start: int, enums: dict[str, list[str]]) -> RawField | None:
    """`title = Column(String(200), nullable=False)` (SQLAlchemy, Flask-SQLAlchemy) or `models.CharField(...)` (Django)."""
    call = stmt.value
    assert isinstance(call, ast.Call)
    func = ast.unparse(call.func).split(".")[-1]
    name = stmt.targets[0].id  # type: ignore[attr-defined]
    if name.startswith("_"):
        return None
    field = RawField(name=name, file=path, line=start + stmt.lineno - 1, type_text=ast.unparse(call))
    keywords = {kw.arg: kw.value for kw in call.keywords if kw.arg}
    if func in ("Column", "mapped_column"):
        if not call.args:
            return None
        kind = ast.unparse(call.args[0])
        if "ForeignKey" in kind and len(call.args) == 1:
            return None
        _sa_type(field, kind)
        if field.type is None:
            base = kind.split("(")[0].split(".")[-1]
            field.type = classify(base) or ("enum" if base == "Enum" else None)
            if base == "Enum":
                positional = call.args[0].args if isinstance(call.args[0], ast.Call) else []
                inner = [a.value for a in positional if isinstance(a, ast.Constant) and isinstance(a.value, str)] or next(
                    (enums[a] for a in re.findall(r"\w+", kind) if a in enums), None)
                field.enum_values = inner or None
        field.foreign_key = any("ForeignKey" in ast.unparse(a) for a in call.args)
        nullable = keywords.get("nullable")
        field.nullable = True if nullable is None else bool(_literal(nullable))
        field.primary_key = bool(_literal(keywords["primary_key"])) if "primary_key" in keywords else False
    elif func in DJANGO:
        field.type = DJANGO[func]
        field.nullable = bool(_literal(keywords["null"])) if "null" in keywords else False
        if "blank" in keywords and _literal(keywords["blank"]) is True:
            field.nullable = True
        if "choices" in keywords:
            values = re.findall(r"\(\s*['\"]([^'\"]+)['\"]\s*,", ast.unparse(keywords["choices"]))
            name_ref = ast.unparse(keywords["choices"]).split(".")[0]
            values = values or enums.get(name_ref) or []
            if values:
                field.type, field.enum_values = "enum", values
    elif func in ("ForeignKey", "OneToOneField"):
        target = ast.unparse(call.args[0]) if call.args else ast.unparse(keywords.get("to", ast.Constant("")))
        if re.search(r"(?i)\buser\b|auth_user_model|get_user_model|['\"]self['\"]", target):
            return None  # (the owner, kept by the generated backend itself; or a tree's parent)
        # `restaurant = models.ForeignKey(Restaurant, ...)`: Django REST's serializers send and answer the other row's
        # key under the field's own name, `"restaurant": 3`
        field.type, field.foreign_key = "int", True
        field.nullable = bool(_literal(keywords["null"])) if "null" in keywords else False
    else:
        return None
    for key in ("max_length", "unique", "index", "db_index"):
        if key in keywords:
            value = _literal(keywords[key])
            if key == "max_length" and isinstance(value, int):
                field.max_length = value
            elif key in ("unique", "index", "db_index") and isinstance(value, bool):
                setattr(field, "index" if key == "db_index" else key, value)
    for key in ("default", "server_default"):
        if key in keywords and field.default is NO_DEFAULT:
            value = _literal(keywords[key])
            if key == "server_default" and isinstance(value, str) and field.type in ("bool", "int", "float", "decimal"):
                value = parse_literal(value)  # (`server_default='false'`, `'0'`: SQL text for a literal of the column's type)
            field.default = value
            if key == "default" and isinstance(keywords[key], ast.Name) and keywords[key].id in ("dict", "list"):
                field.default = {} if keywords[key].id == "dict" else []  # Django's `default=dict`: a new empty one
    field.required = not field.nullable and field.default is NO_DEFAULT and not field.primary_key
    return field


def _class_rules(node: ast.ClassDef, fields: list[RawField]) -> None:
    """Rules a framework keeps in class-level dicts beside the columns (DataFlow's `__validation__ = {"title":
    {"max_length": 200, "one_of": [...]}}`, `__indexes__ = [{"fields": ["case_id"]}]`): a single-column index, a
    length, a closed list of values."""
    by_name = {f.name: f for f in fields}
    for stmt in node.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id.lower()
        if not re.fullmatch(r"__\w+__", name):
            continue
        value = _literal(stmt.value)
        if "valid" in name and isinstance(value, dict):
            for column, rules in value.items():
                field = by_name.get(column) if isinstance(column, str) else None
                if field is None or not isinstance(rules, dict):
                    continue
                for key, rule in rules.items():
                    if key in ("max_length", "min_length") and isinstance(rule, int) and not isinstance(rule, bool):
                        setattr(field, key, rule)
                    elif key in ("one_of", "choices", "enum", "in", "allowed", "values") and isinstance(rule, list | tuple) \
                            and rule and all(isinstance(v, str) for v in rule) and field.type in ("str", "text", "enum"):
                        field.type, field.enum_values = "enum", list(rule)
        elif "index" in name and isinstance(value, list | tuple):
            for index in value:
                spec = index if isinstance(index, dict) else {"fields": index}
                columns = spec.get("fields", spec.get("columns"))
                columns = [columns] if isinstance(columns, str) else columns
                if isinstance(columns, list | tuple) and len(columns) == 1 and columns[0] in by_name:
                    field = by_name[columns[0]]
                    field.index = True
                    field.unique = field.unique or spec.get("unique") is True


def _field(stmt: ast.AnnAssign, path: str, start: int, enums: dict[str, list[str]]) -> RawField:
    annotation = ast.unparse(stmt.annotation)
    annotation = re.sub(r"^Mapped\[(.*)\]$", r"\1", annotation)  # SQLAlchemy 2.0: Mapped[str | None]
    field = RawField(name=stmt.target.id, file=path, line=start + stmt.lineno - 1,  # type: ignore[union-attr]
                     type_text=annotation)
    optional = bool(re.search(r"Optional\[|\|\s*None|None\s*\|", annotation))
    inner = re.sub(r"^Optional\[(.*)\]$", r"\1", annotation)
    inner = re.sub(r"\s*\|\s*None$|^None\s*\|\s*", "", inner)
    if inner in enums:
        field.type, field.enum_values = "enum", enums[inner]
    elif inner.startswith("Literal["):
        field.type = "enum"
        field.enum_values = [str(v) for v in re.findall(r"['\"]([^'\"]*)['\"]", inner)]
    elif re.fullmatch(r"(List|list)\[(str|String)\]|\[\s*str\s*\]", inner):
        field.type = "list[str]"  # (and a sketch's `tags: [str]`)
    elif re.fullmatch(r"(?:List|list|Sequence|tuple|Tuple)\[\s*(?:float|int|Decimal|bool|dict|Dict\[.*\]|Any)\s*(?:,\s*\.\.\.)?\]", inner):
        field.type = "json"  # `embedding: Optional[List[float]]`: a list of numbers, kept whole
    else:
        field.type = classify(inner.split("[")[0] if "[" in inner and not inner.lower().startswith("list") else inner)
    field.nullable = optional
    field.required = not optional
    call = stmt.value
    if call is None:
        return field
    if isinstance(call, ast.Call) and ast.unparse(call.func).split(".")[-1] in ("Field", "Column", "mapped_column"):
        if call.args:
            first = call.args[0]
            if not (isinstance(first, ast.Constant) and first.value is Ellipsis):
                if isinstance(first, ast.Name | ast.Attribute | ast.Call) and call.func and ast.unparse(call.func).lower().endswith(
                        "column"):
                    _sa_type(field, ast.unparse(first))
                else:
                    field.default = _literal(first)
        for kw in call.keywords:
            value = _literal(kw.value)
            if kw.arg == "default" or (kw.arg == "server_default" and field.default is NO_DEFAULT):
                # (`server_default=func.now()`: the database's default; `text("'pending'")` the SQL it holds)
                sql = re.fullmatch(r"(?:sa\.|sqlalchemy\.)?text\((['\"])(.*)\1\)", value) if isinstance(value, str) else None
                truth = re.fullmatch(r"(?:\w+\.)*(true|false)\(\)", value) if isinstance(value, str) else None
                if truth:  # SQLAlchemy's `server_default=true()`: the database's TRUE
                    value = truth.group(1) == "true"
                field.default = parse_literal(sql.group(2)) if sql else parse_literal(value) if (
                    kw.arg == "server_default" and isinstance(value, str) and field.type in ("bool", "int", "float", "decimal")) else value
            elif kw.arg == "default_factory":  # list -> [], dict -> {}; datetime.utcnow stays a name
                factory = ast.unparse(kw.value)
                field.default = {"list": [], "dict": {}, "set": []}.get(factory, factory)
            elif kw.arg in ("max_length", "min_length") and isinstance(value, int):
                setattr(field, kw.arg, value)
            elif kw.arg in ("pattern", "regex") and isinstance(value, str) and field.type == "str" and (
                    alternatives := re.fullmatch(r"\^\((?:\?:)?([\w-]+(?:\|[\w-]+)+)\)\$", value)):
                # `difficulty: str = Field(..., pattern="^(easy|medium|hard)$")`: a closed list, as a pattern
                field.type, field.enum_values = "enum", alternatives.group(1).split("|")
            elif kw.arg == "nullable":
                field.nullable = bool(value)
                field.required = not value
            elif kw.arg in ("unique", "index", "primary_key") and isinstance(value, bool):
                setattr(field, kw.arg, value)
            elif kw.arg == "foreign_key":
                field.foreign_key = True
            elif kw.arg in ("sa_column", "sa_type"):
                _sa_type(field, ast.unparse(kw.value))
            elif kw.arg == "description" and isinstance(value, str):
                field.description = value
                apply_lengths(field, value)
                values = enum_values(value)
                if values and field.type == "str":
                    field.type, field.enum_values = "enum", values
    else:
        field.default = _literal(call)
    if field.default is not NO_DEFAULT or field.primary_key:
        field.required = False
    return field


def _sa_type(field: RawField, text: str) -> None:
    lowered = text.lower()
    for word, kind in (("jsonb", "json"), ("json", "json"), ("array", "list[str]"), ("text", "text"),
                       ("numeric", "decimal"), ("uuid", "uuid")):
        if word in lowered:
            if not (kind == "json" and field.type == "list[str]"):  # list[str] stored in a JSON column stays a list
                field.type = kind
            break
    match = re.search(r"String\((\d+)\)|VARCHAR\((\d+)\)", text, re.IGNORECASE)
    if match:
        field.max_length = int(match.group(1) or match.group(2))
    if "nullable=false" in lowered.replace(" ", ""):
        field.nullable, field.required = False, field.default is NO_DEFAULT
    if "primary_key=true" in lowered.replace(" ", ""):
        field.primary_key = True
    if "unique=true" in lowered.replace(" ", ""):
        field.unique = True
    if "index=true" in lowered.replace(" ", ""):
        field.index = True
