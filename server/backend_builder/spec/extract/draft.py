"""From a folder of real specs to a draft FeatureSpec: find the files, pick the entity, merge, explain.

The schema file (specs/database/*, Spec Kit's data-model.md) decides the fields; feature and API
specs add validation rules and endpoints. Every choice that could go either way is written into
`diagnostics`, and what the agent must settle into `blocking`.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from backend_builder.spec.extract import (
    bullets,
    csharp,
    dbml,
    graphql_sdl,
    mermaid,
    migrations,
    openapi,
    prisma,
    python_blocks,
    sql,
    tables,
    typescript,
)
from backend_builder.spec.extract.constraints import (
    NOW_WORDS,
    apply_lengths,
    declared_enums,
    described_values,
    enum_headings,
    enum_values,
    labelled_lists,
    notes_list,
    parse_literal,
    state_diagrams,
    value_headings,
)
from backend_builder.spec.extract.document import Code, parse
from backend_builder.spec.extract.raw import NO_DEFAULT, RawEntity, RawField, normal_name, singular, snake
from backend_builder.spec.extract.sql import coded_values
from backend_builder.spec.model import (
    ADDED_COLUMNS,
    RESERVED_CLASS_NAMES,
    RESERVED_MODULE_NAMES,
    RESERVED_PLURALS,
    default_plural,
    pascal_case,
)

KIND_ORDER = {"sql": 0, "table": 1, "orm": 2, "python": 3, "csharp": 3, "typescript": 4, "bullets": 5, "openapi": 6}
AUTH_TABLES = {"user", "account", "session", "verification", "verification_token", "auth", "profile_auth", "jwks"}
# What makes a table the auth provider's: a finance `account` (name, type, balance) is not Better Auth's account.
AUTH_COLUMNS = {"provider", "provider_id", "provider_account_id", "account_id", "access_token", "refresh_token", "id_token",
                "token", "session_token", "expires_at", "expire", "access_token_expires_at", "refresh_token_expires_at",
                "password", "password_hash", "hashed_password", "scope", "identifier", "ip_address", "user_agent",
                "email_verified", "public_key", "private_key"}
CODE_MARKERS = [
    ("python", re.compile(r"^(from\s+[\w.]+\s+import\b|import\s+\w+|class\s+\w+\s*\(.*\)\s*:)", re.MULTILINE)),
    ("sql", re.compile(r"^\s*create\s+(table|type)\b", re.MULTILINE | re.IGNORECASE)),
    ("prisma", re.compile(r"^model\s+\w+\s*\{", re.MULTILINE)),
    ("csharp", re.compile(r"^\s*public\s+[\w<>?\[\]]+\s+\w+\s*\{\s*get;", re.MULTILINE)),
    ("ts", re.compile(r"^(export\s+)?(interface\s+\w+|type\s+\w+\s*=\s*\{|const\s+\w+\s*=\s*(pg|sqlite|mysql)Table\()",
                      re.MULTILINE)),
]
ADDED = {normal_name(n) for n in ADDED_COLUMNS} | {"userid", "createdat", "updatedat"}
OWNER_NAMES = {"user_id", "userid"}
# Audit columns a framework fills in (EF Core, Rails, Django): never required from the client.
AUDIT_NAMES = {"created", "created_by", "created_on", "created_date", "creation_date", "created_by_id", "last_modified",
               "last_modified_by", "last_modified_date", "last_modified_on", "modified", "modified_by", "modified_on",
               "modified_date", "updated_by", "updated_on", "updated_by_id", "deleted_by", "changed_by", "changed_on",
               "inserted_at", "inserted_by", "created_by_user_id", "updated_by_user_id", "modified_by_user_id",
               "deleted_by_user_id", "created_by_user", "updated_by_user"}
AUDIT_WORDS = re.compile(r"\b(set|filled|populated|stamped|managed)\s+(automatically|by\s+the\s+(system|framework|server|"
                         r"database|db|orm|interceptor|app))|\bauto(matically)?[- ](set|populated|generated|filled)\b|"
                         r"\baudit(ing)?\b|\bsystem[- ]managed\b|\bread[- ]only\b", re.IGNORECASE)
AUTO_WORDS = re.compile(r"\(auto\)|\bauto[- ]?generated\b|\bgenerated (automatically|from|by the)|\bderived from\b|"
                       r"\(calculated\)|\bcomputed\b|\bset automatically\b|\bautomatically (set|generated|assigned)\b",
                       re.IGNORECASE)
OWNER_LIKE = {"owner_id", "author_id", "created_by", "creator_id", "reader_id", "account_id"}
GENERIC_WORDS = {"management", "crud", "feature", "features", "spec", "app", "application", "tracking", "tracker",
                 "a", "an", "the", "of", "for", "and", "to", "in", "it", "with", "build", "create", "new", "initial",
                 "system", "manager", "api", "list", "lists", "page", "pages", "basic", "core", "simple"}
CURL = re.compile(r"\bcurl\b|\bhttpie\b|\bwget\b|^\s*http\s+(GET|POST|PUT|PATCH|DELETE)\b")
ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\b[\s`*|]+((?:https?://[^\s/`]+)?/[^\s`|)\"'<>,]*)")


@dataclass
class SpecFiles:
    schema: list[str] = field(default_factory=list)
    feature: list[str] = field(default_factory=list)
    api: list[str] = field(default_factory=list)
    layout: str = "spec-kit-plus"

    @property
    def all(self) -> list[str]:
        return [*self.schema, *self.feature, *self.api]


@dataclass
class Draft:
    spec: dict[str, Any] | None
    files: SpecFiles
    entity: RawEntity | None
    sources: list[tuple[str, str, int]]  # (part, file, line)
    diagnostics: list[str]
    blocking: list[str]
    user_id_type: str | None = None
    endpoints: list[tuple[str, str]] = field(default_factory=list)
    casing: str | None = None  # "camel" when the spec writes its keys in camelCase (or PascalCase)
    casing_source: tuple[str, int] | None = None


def words_of(feature: str) -> list[str]:
    base = PurePosixPath(feature).name
    base = re.sub(r"\.(md|json|ya?ml)$", "", base)
    base = re.sub(r"^\d+[-_]", "", base)
    parts = [singular(w) for w in re.split(r"[-_\s]+", snake(base)) if w]
    return [w for w in parts if w not in GENERIC_WORDS] or parts


# A file's name (without its folder and extension) that says it is the schema: schema.md, database.md,
# db-schema.md, recipe-data-model.md, models.md, entities.md, erd.md.
SCHEMA_NAME = re.compile(r"(^|[-_.\s])(schema|database|data[-_]base|db|tables|tablas|tabelas|data[-_\s]?model|datamodel|models|entities|erd|datenmodell|datenbank|"
                         r"modelo[-_\s]de[-_\s]dados|modelo[-_\s]de[-_\s]datos|banco[-_\s]de[-_\s]dados|base[-_\s]de[-_\s]datos|"
                         r"mod[eè]le[-_\s]de[-_\s]donn[eé]es|base[-_\s]de[-_\s]donn[eé]es)([-_.\s]|$)"
                         r"|数据库|數據庫|資料庫|数据模型|資料模型|データベース|データモデル|데이터베이스|데이터\s?모델|스키마"
                         r"|テーブル定義|テーブル設計|表定义|表定義|表结构|表結構|表设计|表設計|테이블\s?정의|테이블\s?설계"
                         r"|(^|[-_.\s])(co[-_\s]?so[-_\s]?du[-_\s]?lieu|csdl|veritaban[ıi]|basis[-_\s]data|base[-_\s]di[-_\s]dati|"
                         r"banca[-_\s]dati|baza[-_\s]danych|gegevensmodel)([-_.\s]|$)|cơ sở dữ liệu|база данных")
# A folder that holds the data model one file per table: docs/03-modelagem/orders.md, docs/modeling/.
MODEL_FOLDER = re.compile(r"^(\d+[-_.\s]*)?(modelagem|modelado|modelos?|modelling|modeling|mod[ée]lisation|data[-_\s]?models?|"
                          r"database|db|schemas?|entities|tables|tablas|tabelas)$")


def schema_named(path: str) -> bool:
    """The file says by its name, or its folder's, that it holds the schema."""
    parts = path.lower().split("/")
    stem = parts[-1].rsplit(".", 1)[0]
    return bool(SCHEMA_NAME.search(stem)) or any(MODEL_FOLDER.match(part) for part in parts[:-1])
# ... that says it is the API: api.md, api-contract.md, api-routes.md, rest-endpoints.md, openapi.yaml.
API_NAME = re.compile(r"(^|[-_.\s])(apis?|endpoints?|routes|contracts?|openapi|swagger|schnittstellen?)([-_.\s]|$)"
                      r"|接口|介面|エンドポイント|엔드포인트")


def locate(files: list[str], feature: str) -> SpecFiles:
    """Sort the spec files under specs/ into schema, feature and API roles, for both layouts."""
    words = words_of(feature)
    kit = {m.group(2): m.group(1) for p in files if (m := re.match(r"((?:[\w.-]+/)*?specs?/)(\d+[-_][^/]+)/", p))}
    kit_dirs = sorted(kit)  # specs/001-feature/ (or docs/specs/001-feature/)
    if kit_dirs:
        def overlap(d: str) -> int:
            return len(set(words_of(d)) & set(words)) + (snake(d).endswith(snake(feature)) * 5)
        chosen = max(kit_dirs, key=lambda d: (overlap(d), -kit_dirs.index(d)))
        inside = [p for p in files if p.startswith(f"{kit[chosen]}{chosen}/")]
        return SpecFiles(
            schema=[p for p in inside if p.endswith("data-model.md")],
            feature=[p for p in inside if p.endswith(("spec.md", "plan.md", "research.md", "quickstart.md"))],
            api=[p for p in inside if "/contracts/" in p],
            layout="spec-kit",
        )
    out = SpecFiles()
    for path in files:
        lowered = path.lower()
        stem = lowered.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if lowered.endswith((".py", ".ts", ".cs")) and not re.search(r"/(database|db|models?|schema|data-?model)[/.]", lowered):
            continue  # code under specs/ that is not a schema: examples, scripts
        if "/database/" in lowered or lowered.endswith((".sql", ".prisma", ".dbml")) or schema_named(path):
            out.schema.append(path)
        elif "/api/" in lowered or API_NAME.search(stem) or any(
                re.fullmatch(r"(\d+[-_.\s]*)?(apis?|contracts?|endpoints?)", part) for part in lowered.split("/")[:-1]):
            out.api.append(path)
        else:
            out.feature.append(path)
    matching = [p for p in out.feature if set(words_of(p)) & set(words)]
    out.feature = matching or out.feature
    return out


def _entities(path: str, text: str, diagnostics: list[str]) -> list[RawEntity]:
    if path.endswith((".yaml", ".yml", ".json")):
        return openapi.extract(path, text)
    suffix = path.rsplit(".", 1)[-1].lower()
    doc = parse(path, text) if suffix in ("md", "markdown", "txt") else parse(path, "")
    if suffix not in ("md", "markdown", "txt"):
        doc.text = text
    lang = {"sql": "sql", "prisma": "prisma", "dbml": "dbml", "py": "python", "ts": "ts", "cs": "csharp", "graphql": "graphql",
            "gql": "graphql"}.get(suffix) or code_language(text)
    if lang:  # a whole file of code with no fences: a .md that is a SQLModel module, a DDL script, a Prisma schema
        doc.code.append(Code([], 1, lang, text))
    found: list[RawEntity] = []
    for module in (sql, migrations, dbml, tables, prisma, graphql_sdl, python_blocks, csharp, typescript, mermaid, bullets):
        try:
            found += module.extract(doc)
        except Exception as error:  # noqa: BLE001 - one reader's blind spot must not lose what the others read
            diagnostics.append(f"{path}: the {module.__name__.rsplit('.', 1)[-1]} reader failed on this file "
                               f"({type(error).__name__}: {error}); what it would have read is missing, so check the "
                               "draft against the file, and please report the file")
    return found + openapi.json_schema_blocks(doc)


def code_language(text: str) -> str | None:
    """The language of a spec file that is code without markdown fences, or None."""
    if re.search(r"^\s*(```|~~~)", text, re.MULTILINE):
        return None
    hits = [(len(pattern.findall(text)), lang) for lang, pattern in CODE_MARKERS]
    count, lang = max(hits)
    return lang if count else None


def _is_auth(entity: RawEntity) -> bool:
    context = entity.context.lower()
    if entity.key in AUTH_TABLES and entity.key not in ("user", "auth", "jwks", "profile_auth") and entity.fields:
        # decided by the columns: provider ids, tokens, password hashes; one `expires_at` among a meeting session's
        # title, host and status does not make it the login session
        columns = {snake(f.name) for f in entity.fields} - set(ADDED_COLUMNS)
        marks = len(columns & AUTH_COLUMNS)
        return marks >= 2 or 2 * marks >= len(columns) or bool(
            re.search(r"better[- ]auth|auth\.js|next-?auth", context))
    return entity.key in AUTH_TABLES or (
        "better auth" in context and entity.key in ("user", "users")
    ) or bool(re.search(r"managed by better auth|better[- ]auth (managed|table)|auth\.js", context) and entity.key in AUTH_TABLES)


# The generated created_at/updated_at, as specs in other languages name them.
SAME_AS_ADDED = {name: "created_at" for name in (
    "creado_at", "creado_en", "creada_en", "creada_at", "criada_em", "fecha_creacion", "fecha_de_creacion", "criado_em", "criado_at", "data_criacao",
    "data_de_criacao", "dibuat_pada", "tarikh_dicipta", "cree_le", "date_creation", "erstellt_am")} | {
    name: "updated_at" for name in (
    "actualizado_at", "actualizado_en", "actualizada_en", "atualizada_em", "fecha_actualizacion", "fecha_de_actualizacion", "atualizado_em",
    "atualizado_at", "data_atualizacao", "data_de_atualizacao", "diperbarui_pada", "tarikh_dikemaskini",
    "modifie_le", "date_modification", "aktualisiert_am", "geaendert_am", "data_ultima_atualizacao",
    "ultima_atualizacao", "fecha_ultima_actualizacion", "ultima_actualizacion")}
VALUE_OBJECT = re.compile(r"[a-z](Input|Props|Params|Request|Response|Result|Dto|DTO|Payload|Data|State|Options|"
                          r"Config|Summary|Form|Args|Filter|Query|List|Collection|Page|Stats)$|[a-z]With[A-Z]\w*$")
# Types that hold a small object of their own: a geographic point, a map.
STRUCTURED = re.compile(r"GeoPoint|GeoJSON|LatLng|LatLon|Coordinates?|Point|Geometry|Geography|Map|Dictionary|Dict|Record|Object")
# A class named for the way it is shown or mapped (`ShipmentListItem`, `OrderEntity`): the entity is its stem.
# (Not `Record` or `Document`: a DietRecord or a WikiDocument is the thing itself.)
VIEW_SUFFIX = re.compile(r"([a-z0-9_]+?)_(list_item|row|entity|model|detail|details)")
# A word that says only that a row is kept: an `inventory_item` is what a feature called "inventory" keeps.
KEPT_SUFFIX = re.compile(r"([a-z0-9_]+?)_(items?|entry|entries|records?)")
UNNAMED = {"unnamed", "database", "db", "data", "schema", "model", "table"}
FUTURE = re.compile(r"phase iii|phase 3|\bfuture\b|not in phase|planned|later phase|out of scope|roadmap",
                    re.IGNORECASE)


def _business_date(raw: RawField, entity: RawEntity) -> bool:
    """`date_creation DATE NOT NULL` beside `cree_le TIMESTAMPTZ DEFAULT now()`: the day the group was founded, a
    field of its own; the timestamp the database sets is the created_at."""
    target = SAME_AS_ADDED[snake(raw.name)]
    stamps = [f for f in entity.fields if f is not raw and SAME_AS_ADDED.get(snake(f.name), snake(f.name)) == target]
    return raw.type == "date" and raw.default is NO_DEFAULT and any(f.type == "datetime" for f in stamps)


def _folded(text: str) -> str:
    """Without accents: 'Condômino' -> 'Condomino', so a feature folder's ASCII name finds it."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _names(entity: RawEntity) -> set[str]:
    """The entity's names: its table and class, and a translation its heading gives in parentheses
    (`## Resident (Condômino)`), all without accents."""
    names = {entity.key, normal_name(entity.name)}
    heading = entity.context.split(" / ")[-1] if entity.context else ""
    names |= {normal_name(alias.strip()) for alias in re.findall(r"\(([^()]{2,40})\)", heading)
              if re.fullmatch(r"[^\W\d_][\w\s-]*", alias.strip())}
    names |= {viewed.group(1) for n in names if (viewed := VIEW_SUFFIX.fullmatch(normal_name(n)))}  # JugadorEntity: jugador
    names |= {kept.group(1) for n in names if (kept := KEPT_SUFFIX.fullmatch(normal_name(n)))}  # InventoryItem: inventory
    return {normal_name(_folded(n)) for n in names if n}


def _named(entity: RawEntity, words: list[str]) -> float:
    """How closely the words of a feature's name name the entity."""
    names = _names(entity)
    target = "_".join(words)
    if target in names or target in {"_".join(singular(w) for w in n.split("_")) for n in names}:
        return 10  # (every word singular: `animais_adocao` is the feature named animal_adocao)
    runs = {"_".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    if runs & names:
        return 9.5  # `user-keyword-rule` names KeywordRule more closely than KeywordEntry
    if any(w in names for w in words):
        return 9
    if any(w in n.split("_") for w in words for n in names):
        return 5
    if any(w in n for w in words if len(w) >= 4 for n in names):  # ('an' is in 'transaction', 'it' in 'recruiter')
        return 3
    return 0


def _title_words(files: SpecFiles, texts: dict[str, str]) -> list[str]:
    """The words of the spec's own title (`# Data Model: Dream Stream MVP`), for a folder whose name names nothing."""
    words: list[str] = []
    for path in [*files.schema, *files.feature][:2]:
        title = re.search(r"^#\s+(.+)$", texts[path], re.MULTILINE)
        if title:
            text = re.sub(r"^[^:：]*[:：]\s*", "", title.group(1)) if re.search(r"[:：]", title.group(1)) else title.group(1)
            for word in words_of(_folded(text)):
                if word not in TITLE_WORDS and len(word) >= 3:  # (and 'jugadores' without its Spanish 'es')
                    words += [word, word[:-1]] if word.endswith("e") and len(word) > 5 else [word]
    return list(dict.fromkeys(words))


TITLE_WORDS = {"mvp", "data", "model", "specification", "feature", "plan", "implementation", "phase", "backend", "frontend",
               "api", "web", "mobile", "platform", "service", "v1", "v2", "version", "project", "overview", "schema"}


def _score(entity: RawEntity, words: list[str]) -> float:
    key = entity.key
    score = _named(entity, words)
    if _is_auth(entity):
        score -= 20
    context = entity.context.lower()
    if entity.kind in ("typescript", "python", "csharp") and VALUE_OBJECT.search(entity.name):
        score -= 4  # BudgetData, CreateHabitInput, TaskResponse, GoalWithComputed: not a table
    if re.search(r"not stored|not persisted|in[- ]process|computed propert|derived propert|view model|read model|"
                 r"永続化しない|非永続|永続化されない|不持久化|不存储|不落库|no persistid|não persistid|nicht persistiert|"
                 r"non persist", context) or MIGRATION_TABLE.search(key) or CONVENTIONS.search(
            context.split(" / ")[-1] if entity.kind == "bullets" else ""):
        score -= 6  # (a "Konventionen" list, `**IDs:** TEXT`, says how every table stores a kind of value)
    if FUTURE.search(context) or "chat" in context or key in ("conversation", "message"):
        score -= 8
    if re.search(r"[(（]\s*enum(eration)?\s*[)）]|\benum(eration)?\s*[:：]|^enum\b|列挙型|枚举|열거형",
                 " / ".join(context.split(" / ")[-2:])) and entity.kind in ("bullets", "table"):
        score -= 8  # `### Verdict (enum)` over `- \`AUTOMATABLE\` — ...`: a type's values, not a table's columns
    if any(normal_name(f.name) in OWNER_NAMES | OWNER_LIKE for f in entity.fields):
        score += 2
    if key in ("profile", "user_profile", "account_profile") and _columns(entity) & PERSON_COLUMNS and score < 9:
        score -= 8  # a Supabase `profiles` row (full_name, avatar_url) extends the user, unless the feature names it
    if BOOKKEEPING.search(key):
        score -= 3  # an audit log, a history: it records what happens to the entity, it is not it
    score += min(len(entity.fields), 10) / 10
    return score


# The migration tool's own bookkeeping (goose, Flyway, Alembic, EF Core, Knex, Rails).
MIGRATION_TABLE = re.compile(r"^(goose_db_version|flyway_schema_history|alembic_version|_?_?ef_migrations_history|"
                             r"knex_migrations(_lock)?|schema_migrations|ar_internal_metadata|migrations|django_migrations)$")
CONVENTIONS = re.compile(r"\b(conventions?|konventionen|convenciones|conven[çc][õo]es|conventies|konwencje)\b|约定|規約|규칙")
PERSON_COLUMNS = {"full_name", "display_name", "avatar_url", "avatar", "username", "first_name", "last_name", "bio",
                  "nickname", "photo_url"}
# Tables that keep a record of changes to others rather than data of their own.
BOOKKEEPING = re.compile(r"(^|_)(audit|audits|audit_log|log|logs|history|histories|changelog|activity_log|event_log)$")


def _hollow(entity: RawEntity) -> bool:
    """A table with no field the client sends (`favorites`: the owner and a composite key): it links two others, so it
    yields to any entity with a field of its own, unless the feature is named for it alone."""
    return not any(not (f.primary_key or f.name.startswith("_") or normal_name(f.name) in OWNER_NAMES | ADDED
                        or snake(f.name) in ADDED_COLUMNS) for f in entity.fields)


def _columns(entity: RawEntity) -> set[str]:
    return {normal_name(f.name) for f in entity.fields}


def _same_columns(entity: RawEntity, chosen: RawEntity) -> bool:
    """A table under a heading that names nothing ('Column Specifications') with the chosen entity's columns."""
    if normal_name(entity.name) not in UNNAMED or entity.kind == "bullets":
        return False
    mine, theirs = {normal_name(f.name) for f in entity.fields}, {normal_name(f.name) for f in chosen.fields}
    return len(mine) >= 2 and len(mine & theirs) >= 0.8 * len(mine)


def _mentions(pool: list[RawEntity], prose: list[str]) -> dict[str, float]:
    """How much the feature and API specs talk about each entity (at most 2 points): the folder's name may not say.
    Each mention counts once, for the longest name it spells: "workspace join request" is not also "workspace"."""
    text = _folded("\n".join(prose))  # (a `Vehiculos` table is the "vehículo" of the prose)
    if not text:
        return {}
    owners: dict[str, set[str]] = {}
    taken = {normal_name(e.name) for e in pool} | {e.key for e in pool}
    for entity in pool:
        names = {entity.name, entity.table or entity.name}
        names |= {normal_name(name) for name in names}  # (the singular: `Vehiculos` is written "vehiculo" too)
        names |= {viewed.group(1) for name in names if (viewed := VIEW_SUFFIX.fullmatch(normal_name(name)))}  # JugadorEntity
        forms = {n for name in names for n in (name, snake(name).replace("_", " "), snake(name))} - {""}
        words = snake(entity.name).split("_")
        head = singular(words[-1]) if len(words) > 1 else ""
        if len(head) >= 4 and head not in taken and head not in GENERIC_WORDS:
            forms.add(head)  # a ClimbingSession is "a session" in the prose, once the feature is introduced
        forms |= {" ".join(words[i:]) for i in range(1, len(words) - 1)}  # a WorkspaceJoinRequest is "a join request"
        for form in forms:
            owners.setdefault(form.lower(), set()).add(entity.key)
    pattern = "|".join(re.escape(f) + "(?:e?s)?" for f in sorted(owners, key=len, reverse=True))
    counts: dict[str, int] = {}
    for match in re.finditer(rf"(?<![A-Za-z0-9_])(?:{pattern})(?![A-Za-z0-9_])", text, re.IGNORECASE):
        said = match.group(0).lower()
        keys = owners.get(said) or owners.get(said[:-1]) or owners.get(said[:-2]) or set()
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    top = max(counts.values() or [0])
    return {key: 2 * count / top for key, count in counts.items()} if top else {}


def _contract_named(pool: list[RawEntity], files: SpecFiles) -> dict[str, float]:
    """The entity an API file is named for (`contracts/knowledge.md`, `specs/api/orders.md`): a point for each."""
    stems = [set(words_of(PurePosixPath(p).stem)) - CONTRACT_WORDS for p in files.api]
    named: dict[str, float] = {}
    for entity in pool:
        words = [w for w in words_of(snake(entity.name)) if w not in ("item", "entry", "record")] or words_of(entity.name)
        if any(stem and (set(words) <= stem or stem <= set(words)) for stem in stems):
            named[entity.key] = 1.5
    return named


PERSISTED_AS = re.compile(r"@Table\(\s*name\s*=\s*\"(\w+)\"|__tablename__\s*=\s*[\"'](\w+)[\"']|@@map\(\s*\"(\w+)\"|"
                       r"create\s+table\s+(?:if\s+not\s+exists\s+)?[`\"]?(?:\w+\.)?(\w+)", re.IGNORECASE)


def _stored(pool: list[RawEntity], schema: list[str]) -> set[str]:
    """The entities a persistence mapping stores (`@Entity @Table(name = "analysis_reports")`), when the data model
    also holds classes it does not store: those are values passed around, not tables."""
    tables = {normal_name(next(g for g in m.groups() if g)) for text in schema for m in PERSISTED_AS.finditer(text)}
    tables |= {singular(t) for t in tables} | {"_".join(singular(w) for w in t.split("_")) for t in tables}
    if not tables:
        return set()
    stored = set()
    for entity in pool:
        names = {entity.key, normal_name(entity.name)} | ({normal_name(entity.table)} if entity.table else set())
        names |= {viewed.group(1) for n in list(names) if (viewed := VIEW_SUFFIX.fullmatch(n))}
        if names & tables:
            stored.add(entity.key)
    return stored if len(stored) < len({e.key for e in pool}) else set()


CONTRACT_WORDS = {"api", "apis", "contract", "contracts", "openapi", "rest", "http", "route", "routes", "endpoint",
                  "endpoints", "v1", "v2", "type", "types", "ui", "schema", "spec", "swagger", "graphql", "gql", "operation",
                  "mcp", "tool", "action", "service", "admin", "public"}


def _value(raw: RawField, attr: str) -> Any:
    value = getattr(raw, attr)
    if attr == "default":
        return None if value is NO_DEFAULT else value
    return value


def _describe(raw: RawField) -> str:
    return f"{raw.file}:{raw.line}"


def build(texts: dict[str, str], feature: str) -> Draft:
    texts = {path: text.replace("\r\n", "\n").replace("\r", "\n") for path, text in texts.items()}  # CRLF reads like LF
    files = locate(sorted(texts), feature)
    if not files.schema and files.layout != "spec-kit":
        # a document titled for the schema ('# Detalles Técnicos y Base de Datos') is the schema file
        titled = [p for p in files.feature if (title := re.search(r"^#\s+(.+)$", texts[p], re.MULTILINE))
                  and SCHEMA_NAME.search(title.group(1).lower())]
        files.schema, files.feature = titled, [p for p in files.feature if p not in titled]
    diagnostics: list[str] = []
    blocking: list[str] = []
    if files.layout == "spec-kit":
        diagnostics.append(f"Spec Kit layout: used the feature folder of {files.all[0].rsplit('/', 1)[0] if files.all else '?'}")
    schema_entities = [e for path in files.schema for e in _entities(path, texts[path], diagnostics)]
    other_entities = [e for path in files.feature + files.api for e in _entities(path, texts[path], diagnostics)]
    pool = [e for e in schema_entities if e.fields] or [e for e in other_entities if e.fields]
    if not files.schema:
        diagnostics.append("no schema file (specs/database/*.md or data-model.md): fields come from the feature/API specs")
    endpoints = _endpoints(files, texts)
    if not pool:
        blocking.append(
            "no entity with typed fields was found in " + (", ".join(files.all) or "specs/")
            + "; write the fields as a table (| name | type | ... |) or pass a FeatureSpec"
        )
        return Draft(None, files, None, [], diagnostics, blocking, endpoints=endpoints)
    words = words_of(feature)
    mentions = _mentions(pool, [texts[p] for p in files.feature + files.api])
    for key, bonus in _contract_named(pool, files).items():
        mentions[key] = mentions.get(key, 0) + bonus
    for key in _stored(pool, [texts[p] for p in files.schema]):
        mentions[key] = mentions.get(key, 0) + 1  # beside domain classes the database never sees
    if files.layout == "spec-kit" and not any(_named(e, words) for e in pool):
        titled = _title_words(files, texts)  # `001-mvp` names nothing; "Dream Stream MVP" does
        for entity in pool:
            named = _named(entity, titled) if titled else 0  # (a word of a name counts half: 'booking' is BookingOption's
            mentions[entity.key] = mentions.get(entity.key, 0) + (0.3 if named >= 9 else 0.15) * named  # modifier)
    ranked = sorted(pool, key=lambda e: (_hollow(e) and _named(e, words) < 10,
                                         -(_score(e, words) + mentions.get(e.key, 0)), KIND_ORDER[e.kind],
                                         files.all.index(e.file) if e.file in files.all else 0, e.line))
    chosen = ranked[0]
    group = [e for e in pool if e.key == chosen.key or normal_name(e.name) == normal_name(chosen.name)
             or _same_columns(e, chosen)]
    # a definition under a "(Future)" or "Phase III" heading yields to the current one
    # (a validation schema, zod's, adds to the definition it validates but is not it)
    group.sort(key=lambda e: (bool(FUTURE.search(e.context)), e.context.endswith("/ zod"), KIND_ORDER[e.kind],
                              -len(e.fields)))
    primary = group[0]
    fuller = [e for e in group[1:] if _columns(e) > _columns(primary) and not FUTURE.search(e.context)
              and not e.context.endswith("/ zod")]
    if fuller:  # a table of the columns a migration adds, and the full column list after it: the full one
        primary = max(fuller, key=lambda e: len(e.fields))
        group = [primary, *(e for e in group if e is not primary)]
    others = [e for e in ranked if e.key != chosen.key and not _is_auth(e) and e not in group]
    if others and _score(others[0], words) >= _score(chosen, words) - 1:
        diagnostics.append(
            f"picked entity {primary.name!r} ({primary.file}:{primary.line}) over {others[0].name!r} "
            f"({others[0].file}:{others[0].line}); pass the other one's name as feature if that was meant"
        )
    listed = {}
    for e in ranked:
        if e.key != chosen.key and not _is_auth(e) and e.kind != "bullets" and e.key not in listed and e not in group:
            listed[e.key] = f"{e.name} ({e.file}:{e.line})"
    if listed:
        diagnostics.append(
            f"read entity {primary.name!r} ({primary.file}:{primary.line}); the spec also defines "
            f"{', '.join(list(listed.values())[:8])}" + (" and more" if len(listed) > 8 else "")
            + ": pass one of those names as feature to read it instead"
        )
    skipped_auth = sorted({e.name for e in pool if _is_auth(e)})
    if skipped_auth:
        diagnostics.append(f"left out the auth provider's tables: {', '.join(skipped_auth)}")
    diagnostics.extend(primary.notes)
    sources: list[tuple[str, str, int]] = [("name", primary.file, primary.line)]
    fields_out = []
    user_id_type = None
    secondary = [e for e in group if e is not primary]
    _reference_types(primary, pool, diagnostics)
    for raw in primary.fields:
        key = normal_name(raw.name)
        snake_name = snake(raw.name)
        if key in OWNER_NAMES or snake_name in OWNER_NAMES:
            user_id_type = _user_id_type(raw)
            if not raw.type_text.strip() and (found := _example_types({"user_id": raw}, files, texts).get("user_id")):
                user_id_type = {"int": "int"}.get(found[0], user_id_type)  # `"userId": 1` where the schema lists a name
            continue
        if snake_name in ADDED_COLUMNS or key in ADDED or raw.primary_key or snake_name in ("created_at", "updated_at"):
            continue
        if raw.name.startswith("_"):  # `_id`, `_creationTime`, `__v`: the document store's own fields
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is a field the database itself keeps; left out")
            continue
        if snake_name in SAME_AS_ADDED and not _business_date(raw, primary):
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is the {SAME_AS_ADDED[snake_name]} the generated backend "
                               "keeps itself; left out")
            continue
        if re.search(r"rowversion|row version|concurrency token|\bxmin\b|\betag\b", f"{raw.type_text} {raw.description}",
                     re.IGNORECASE):
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is a concurrency token the database sets; left out "
                               "(the generated backend does not do optimistic locking)")
            continue
        if snake_name in OWNER_LIKE:
            diagnostics.append(
                f"{raw.name} may be the owner: the generated backend owns each row by user_id, the token's "
                f"user; drop {raw.name} from the spec if it means the same"
            )
        twins = [f for e in secondary for f in e.fields if normal_name(f.name) == key]
        merged = _merge(raw, twins, diagnostics)
        audit_family = sum(snake(f.name) in AUDIT_NAMES for f in primary.fields)
        if snake_name in AUDIT_NAMES and (audit_family >= 2 or AUDIT_WORDS.search(raw.description or "")) and (
                merged.required is not False):
            merged.required = False
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is an audit column the framework sets: not required on create")
        elif merged.required and merged.default is NO_DEFAULT and any(
                AUTO_WORDS.search(f.description or "") for f in [raw, *twins]):
            merged.required = False
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is set by the application (generated or derived): "
                               "not required on create")
        fields_out.append((merged, raw))
    known = {normal_name(r.name) for r in primary.fields}
    extra = sorted({f.name for e in secondary for f in e.fields
                    if normal_name(f.name) not in known
                    and snake(f.name) not in ADDED_COLUMNS and not f.primary_key and normal_name(f.name) not in OWNER_NAMES})
    if extra:
        diagnostics.append(
            f"{', '.join(extra)} appear in another definition of {primary.name} but not in the one used "
            f"({primary.kind} at {primary.file}:{primary.line}); left out"
        )
    declared = [e for e in pool if e.kind != "bullets" or (len(e.fields) >= 3 and normal_name(e.name) not in UNNAMED)]
    others_named = {normal_name(e.name) for e in declared if normal_name(e.name) != normal_name(primary.name)} | {
        normal_name(e.table) for e in declared if e.table and normal_name(e.table) != primary.key}
    own = {primary.key, normal_name(primary.name)} | set(words_of(primary.name)) | set(words_of(primary.table or ""))
    others_named -= own
    _apply_enums(fields_out, files, texts, diagnostics, others_named, own)
    _apply_indexes(fields_out, files, texts, own, others_named)
    _apply_default_lists(fields_out, files, texts, own, others_named)
    _apply_rules(fields_out, files, texts, diagnostics, others_named, own)
    _apply_contract_lengths(fields_out, other_entities, primary, diagnostics)
    _apply_example_types(fields_out, files, texts, diagnostics)
    _apply_required_lists(fields_out, files, texts, diagnostics, others_named, own)
    unmarked = [m for m, _raw in fields_out if m.required is None and m.nullable is None and m.default is NO_DEFAULT]
    if len(unmarked) >= 2 and len(unmarked) == len([m for m, _raw in fields_out if m.default is NO_DEFAULT]):
        # no column says whether it is required, nor any rule: as in SQL, where an unmarked column is nullable, each
        # is optional (a client that leaves one out is not refused); a rule or a NOT NULL would have said otherwise
        for merged in unmarked:
            merged.required = False
        diagnostics.append(f"no column of {primary.name} ({primary.file}:{primary.line}) says whether it is required, "
                           f"nor does any rule: all {len(unmarked)} are optional; mark the required ones in the spec "
                           "(NOT NULL, a Required column) to have them checked")
    spec_fields = []
    # objects the spec defines without an id of their own (`SubmitterInfo`): held inside the row, not a table it refers to
    embedded = {normal_name(e.name) for e in [*pool, *other_entities] if not any(
        f.primary_key or normal_name(f.name) in ("id", "_id") for f in e.fields)} - {normal_name(primary.name)}
    for merged, raw in fields_out:
        spec_field = _to_spec_field(merged, diagnostics, blocking, shapes=embedded)
        if spec_field is not None:
            spec_fields.append(spec_field)
            sources.append((f"fields.{spec_field['name']}", raw.file, raw.line))
    name = normal_name(primary.name if primary.kind in ("python", "orm", "openapi", "csharp") or (
        primary.kind == "typescript" and not primary.table) else (primary.table or primary.name))
    name = re.sub(r"[^a-z0-9_]", "", name) or "item"
    table = snake(primary.table) if primary.table else None
    if table is None and re.fullmatch(r"[A-Za-z][a-z0-9]*(_[a-z0-9]+)*", primary.name) and primary.kind in ("table", "bullets") and (
            default_plural(normal_name(primary.name)) != primary.name.lower()):
        table = primary.name.lower()  # `### wichtel_aktionen`, `## Buchungen`: a plural the default would not spell
    viewed = VIEW_SUFFIX.fullmatch(name)
    prose = _folded("\n".join(texts[p] for p in files.feature + files.api))
    if viewed and not table and (f"_{viewed.group(1)}_" in f"_{'_'.join(words)}_" or len(re.findall(
            rf"(?<![\w-]){re.escape(viewed.group(1).replace('_', ' '))}(?:e?s)?(?![\w-])", prose, re.IGNORECASE)) >= 3):
        stem = viewed.group(1)
        diagnostics.append(f"{primary.name} ({primary.file}:{primary.line}) is named for its {viewed.group(2).replace('_', ' ')} "
                           f"shape; drafted as {stem!r}, the entity the feature and its prose name")
        name = stem
    if name in RESERVED_MODULE_NAMES or default_plural(name) in RESERVED_PLURALS or pascal_case(name) in RESERVED_CLASS_NAMES:
        renamed = f"{name}_item"
        # the spec's own table keeps its routes (`/sessions`, which the frontend calls), unless it clashes too
        table = None if table is None or table in RESERVED_PLURALS or table == name else table
        diagnostics.append(
            f"the entity {primary.name!r} ({primary.file}:{primary.line}) is named like one of the generated project's own "
            f"modules or classes ({name}); drafted as {renamed!r} (table and routes {table or default_plural(renamed)!r}); "
            "rename it if another name fits better"
        )
        name = renamed
    spec: dict[str, Any] = {"name": name, "fields": spec_fields}
    if table and table != name and re.fullmatch(r"[a-z][a-z0-9_]*", table):
        spec["plural"] = table
    elif table == name:
        diagnostics.append(f"the spec names the table {table!r} (singular); generated as {default_plural(name)!r}")
    custom = _custom_endpoints(endpoints, spec_fields, diagnostics)
    spec.update(custom)
    lines = _endpoint_lines(files, texts)
    for part in custom:
        needle = {"stats": "/stats", "search": "search"}.get(part, "")
        hit = next(((f, n) for f, n, _m, route in lines if needle in route
                    or (part == "actions" and any(a.replace("_", "-") in route for a in custom["actions"]))), None)
        if hit:
            sources.append((part, *hit))
    draft = Draft(spec, files, primary, sources, diagnostics, blocking, user_id_type,
                  [(m, p) for m, p in endpoints])
    _casing(draft, primary)
    _payload_casing(draft, primary, files, texts)
    return draft


def _payload_casing(draft: Draft, primary: RawEntity, files: SpecFiles, texts: dict[str, str]) -> None:
    """JSON examples in the API/feature specs whose keys are cased unlike the schema's columns: said, not followed."""
    multi = {snake(f.name): f.name for f in primary.fields if "_" in snake(f.name)}
    if not multi:
        return
    schema_camel = draft.casing == "camel"
    for path in [*files.api, *files.feature]:
        for number, line in enumerate(texts[path].splitlines(), 1):
            for key in re.findall(r"[\"']([A-Za-z][A-Za-z0-9_]*)[\"']\s*:", line):
                if snake(key) not in multi or key == multi[snake(key)]:
                    continue
                camel_key = key != snake(key)
                if camel_key == schema_camel:
                    continue
                draft.diagnostics.append(
                    f"casing: {path}:{number} writes {key!r} where the schema has {multi[snake(key)]!r} "
                    f"({primary.file}); the schema's casing is kept ({'camelCase' if schema_camel else 'snake_case'}) "
                    "-- set api.casing if the client really sends the other"
                )
                return


def _casing(draft: Draft, primary: RawEntity) -> None:
    """camelCase keys in the spec (authorName) stay the JSON keys: api.casing camel, the Python name snake_case."""
    camel = [f for f in primary.fields if re.fullmatch(r"[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+", f.name)
             and f.name != f.name.lower() and not f.name.isupper()]
    snake_multi = [f for f in primary.fields if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", f.name)]
    if not camel:
        return
    where = f"{camel[0].file}:{camel[0].line}"
    if snake_multi:
        other = snake_multi[0]
        draft.diagnostics.append(
            f"casing: the spec mixes camelCase ({camel[0].name}, {where}) and snake_case ({other.name}, "
            f"{other.file}:{other.line}) keys; "
            + ("answers camelCase (the majority), which also accepts snake_case input" if len(camel) > len(snake_multi)
               else "kept snake_case (the majority); rename the camelCase keys or set api.casing")
        )
        if len(camel) <= len(snake_multi):
            return
    else:
        draft.diagnostics.append(
            f"casing: the spec writes its keys in {'PascalCase' if camel[0].name[0].isupper() else 'camelCase'} "
            f"({camel[0].name}, {where}): api.casing is camel, so the JSON keys stay as written "
            f"(e.g. {camel[0].name[0].lower() + camel[0].name[1:]}) while the Python names are snake_case"
        )
    draft.casing = "camel"
    draft.casing_source = (camel[0].file, camel[0].line)


REFERENCE = re.compile(r"^\s*(?:fk|foreign\s+key|ref|reference|referencia|referência|référence)?\s*(?:to|a|à|para|vers)?\s*"
                       r"(?:→|->|=>)?\s*`?([A-Z]\w*)`?(?:\.(\w+))?", re.IGNORECASE)


def _reference_types(primary: RawEntity, pool: list[RawEntity], diagnostics: list[str]) -> None:
    """`fk → User.id`, 'referencia a Paciente': a column typed only as a reference takes the type of the id it
    points to, when the spec types that id (`id: uuid`)."""
    ids = {}
    for entity in pool:
        id_field = next((f for f in entity.fields if f.primary_key or snake(f.name) == "id"), None)
        if id_field is not None and id_field.type in ("uuid", "int"):
            ids.setdefault(normal_name(entity.name), id_field.type)
    for raw in primary.fields:
        text = raw.type_text.strip() or raw.description.strip()  # (`user_id`: fk → User.id, read as a described name)
        if not re.match(r"\s*(fk\b|foreign\s+key|ref(erence|erencia|erência|érence)?\b|→|->)", text, re.IGNORECASE):
            continue
        target = REFERENCE.match(text)
        kind = ids.get(normal_name(target.group(1))) if target else None
        if kind and raw.type in (None, "str"):
            raw.type = kind
            diagnostics.append(f"{raw.name} ({raw.file}:{raw.line}) refers to {target.group(1)}, whose id is {kind}: typed {kind}")


def _user_id_type(raw: RawField) -> str | None:
    text = (raw.type_text + " " + (raw.type or "")).lower()
    if "uuid" in text:
        return "uuid"
    if raw.type == "int" or re.search(r"\bint|serial", text):
        return "int"
    return "str"


def _merge(raw: RawField, twins: list[RawField], diagnostics: list[str]) -> RawField:
    merged = RawField(**{k: getattr(raw, k) for k in raw.__dataclass_fields__})
    for twin in twins:
        for attr in ("type", "max_length", "min_length", "enum_values", "default", "required", "ge", "le"):
            mine, theirs = _value(merged, attr), _value(twin, attr)
            if theirs is None or (attr == "required" and twin.required is None):
                continue
            if mine is None:
                if attr == "type" or (attr == "default" and merged.default is NO_DEFAULT) or attr != "default":
                    setattr(merged, attr, getattr(twin, attr))
            elif mine != theirs and attr in ("max_length", "type", "enum_values"):
                if attr == "type" and {mine, theirs} <= {"str", "text"}:
                    continue
                if attr == "type" and theirs in STORED_AS.get(mine, ()) and (theirs != "enum" or twin.enum_values) and not (
                        mine == "int" and theirs in ("date", "datetime") and DURATION_NAME.search(snake(raw.name))):
                    # (`writing_duration_ms BIGINT` "calculated as MAX(timestamp) - MIN(timestamp)" is a length of time)
                    # a storage type (SQLite TEXT, an INTEGER of epoch seconds, JSON) and what the other source says it
                    # holds: a date, a timestamp, a closed list, a list of strings
                    merged.type = theirs
                    if theirs == "enum":
                        merged.enum_values = twin.enum_values
                    diagnostics.append(f"{raw.name}: {mine} at {_describe(raw)} holds a {theirs} per {_describe(twin)}; "
                                       f"read as {theirs}")
                    continue
                diagnostics.append(
                    f"{raw.name}: {attr} is {mine!r} at {_describe(raw)} but {theirs!r} at {_describe(twin)}; "
                    f"kept {mine!r} ({raw.file} is the {'schema' if 'data' in raw.file or 'database' in raw.file else 'first'} source)"
                )
        merged.unique = merged.unique or twin.unique
        merged.index = merged.index or twin.index
        if not merged.description and twin.description:
            merged.description = twin.description
    return merged


# A column named for a length of time or a count, never a point in time: writing_duration_ms, elapsed_seconds.
DURATION_NAME = re.compile(r"(^|_)(duration|elapsed|ms|millis|milliseconds|seconds|secs|minutes|mins|hours|days|count|total)"
                           r"(_|$)")
# A column named like a point in time: deleted_at, expiresAt, last_seen_at.
TIMESTAMP_NAME = re.compile(r"(_at|[a-z]At)$")

# What a storage type may hold, as another source of the same spec says: the more specific reading wins.
STORED_AS = {
    "text": ("date", "datetime", "enum", "json", "list[str]", "uuid"),
    "str": ("date", "datetime", "enum", "json", "list[str]", "uuid"),
    "int": ("datetime", "date", "bool"),
    "json": ("list[str]",),
}


def _sections(text: str) -> list[str]:
    """For each line (0-based), the headings above it joined, lower-cased; fenced code does not open headings."""
    out, stack, fenced = [], [], False
    for line in text.splitlines():
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        heading = None if fenced else re.match(r"^(#{1,6})\s+(.*)", line)
        if heading:
            level = len(heading.group(1))
            stack = [(lv, h) for lv, h in stack if lv < level] + [(level, heading.group(2).strip())]
        out.append(" / ".join(h for _, h in stack).lower())
    return out


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
    return bool(words & others) and not words & own


def _apply_enums(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                 diagnostics: list[str], others: set[str], own: set[str]) -> None:
    """Closed lists stated apart from the column: a C#/TS/Python enum type, an Enums section, a CHECK elsewhere."""
    declared: dict[str, list[str]] = {}
    by_field: dict[str, list[str]] = {}  # an Enums section's `### priority` names the column itself
    for path in files.all:
        for name, values in declared_enums(texts[path]).items():
            declared.setdefault(name, values)
        for name, values in enum_headings(texts[path]).items():
            by_field.setdefault(name, values)
    tables = {t for name in own for t in (name, default_plural(name))}
    for merged, _raw in fields_out:
        if merged.enum_values:
            continue
        qualified = next((declared[f"{t}.{merged.name.lower()}"] for t in sorted(tables) if f"{t}.{merged.name.lower()}" in declared),
                         None)  # `### 活动状态 (activities.status)`: this table's column by name
        if qualified and merged.type in (None, "enum", "str", "text"):
            merged.type, merged.enum_values = "enum", qualified
            diagnostics.append(f"{merged.name}: enum values {', '.join(qualified)}, listed for it apart from the table")
            continue
        base = re.sub(r"^(optional|nullable)\s*\[(.*)\]$", r"\2", merged.type_text.strip().strip("`*"), flags=re.IGNORECASE)
        base = re.sub(r"[?!]$|\s*\|\s*(none|null|undefined)$", "", base, flags=re.IGNORECASE).strip().lower()
        base = re.sub(r"\s+(enum|type)$|\(.*\)$", "", base).strip()  # contact_source ENUM
        values = declared.get(base) if merged.type in (None, "enum", "str", "text") else None
        first = re.match(r"[A-Za-z_]\w*", base)
        if not values and first and merged.type in (None, "enum"):  # `product_status`, default `draft`
            values = declared.get(first.group(0))
        named = [name.lower() for groups in re.findall(
            r"\benum\s+`?(?!enum\b)([A-Za-z_]\w*)|\bchoices\s*=\s*`?([A-Za-z_]\w*)",
            f"{merged.type_text} {merged.description}", re.IGNORECASE) for name in groups if name]
        quoted_type = re.fullmatch(r"\s*`([A-Z][A-Za-z0-9_]*)`\s*\.?", merged.description or "")
        if quoted_type:  # `| status | varchar(50) | No | \`ReservationStatus\` |`: the enum its notes name
            named.append(quoted_type.group(1).lower())
        if merged.type == "enum":  # `| entity_type | enum | See BusinessEntityType |`: an enum declared by that name
            named += [w.lower() for w in re.findall(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b", merged.description or "")
                      if w.lower() in declared]
        if not values and merged.type in (None, "enum", "str", "text") and named:
            # `status: enum BookingStatus, required`; Django's `choices=Status`
            values = next((found for n in named if (found := declared.get(n) or by_field.get(n))), None)
        if not values and merged.type in ("str", "text", "enum"):
            values = by_field.get(merged.name.lower()) or by_field.get(snake(merged.name).replace("_", ""))
        if not values and merged.type is None:  # `relationshipCategory | RelationshipCategory` with its own section
            values = by_field.get(base) or by_field.get(base.replace("_", ""))
        if not values and merged.type in ("str", "text", "enum") and "_" in snake(merged.name):
            # a type named like the column itself: `paymentMethod TEXT` with `const PaymentMethod = {...}` / `enum PaymentMethod`
            flat = snake(merged.name).replace("_", "")
            values = next((v for k, v in declared.items() if k.replace("_", "") == flat), None)
        if not values and merged.type in ("str", "text", "enum"):
            values = _labelled_list(merged.name, files, texts, others, own) or described_values(
                merged.description or "", merged.name, merged.default if merged.default is not NO_DEFAULT else None)
        drawn = _state_machine(merged.name, files, texts, others, own) if merged.type in ("str", "text", "enum") and (
            not values or merged.default is NO_DEFAULT) else None
        if drawn and values and set(drawn[0]) != set(values):
            drawn = None  # (a drawing of other states than the listed ones says nothing of this column)
        if drawn:
            values, initial, where = drawn
            if initial and merged.default is NO_DEFAULT:
                merged.default = initial
                diagnostics.append(f"{merged.name}: default {initial!r}, the state the drawing at {where} starts from")
        if values:
            merged.type, merged.enum_values = "enum", values
            diagnostics.append(f"{merged.name}: enum {base} declared apart from the column: {', '.join(values)}")
            continue
        if merged.type not in ("str", "text", "enum"):
            continue
        pattern = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(merged.name)}(?![A-Za-z0-9_])", re.IGNORECASE)
        rest = [p for p in texts if p not in (*files.schema, *files.feature, *files.api) and p.endswith(".md")
                and files.layout != "spec-kit"]  # an overview.md that states the rule the schema refers to
        for path in [*files.schema, *files.feature, *files.api, *rest]:
            sections = _sections(texts[path])
            lines = texts[path].splitlines()
            for number, line in enumerate(lines, 1):
                section = sections[number - 1]
                label = re.fullmatch(rf"[`*\s]*{pattern.pattern}[`*\s]*[:：]\s*[`*]*\s*", line, re.IGNORECASE)
                if label and not _about_another(section, "", others, own):
                    found = _labelled_check(merged, lines[number:number + 10])
                    if found:  # `category：` over `- CHECK制約想定（開発・会議・その他）`
                        merged.type, merged.enum_values = "enum", found
                        diagnostics.append(f"{merged.name}: enum values {', '.join(found)} from {path}:{number}")
                        break
                if not re.search(r"enum|allowed values|valid values|value lists?|\bconstraints?\b|\bcheck\s*\(|\bcheck constraint|"
                                 r"\bcheck\b\W*:|\bin\s*\(\s*['\"]|"  # '**CHECK**: `category IN ('a', 'b')`'
                                 r"\b(must|shall|can|may) be one of\b|\bis one of\b|"
                                 r"\|\s*(select|dropdown|drop-down|radio|radio buttons?|choice|picklist|segmented)\s*\|", section + " " + line,
                                 re.IGNORECASE):
                    continue
                match = pattern.search(line)
                if not match or _about_another(section, line[:match.start()], others, own) or re.search(
                        r"\b(where|and|or|when|having)$", line[:match.start()].strip().lower()) and re.match(
                        r"\s*(not\s+)?in\s*\(", line[match.end():], re.IGNORECASE):
                    continue  # (`AND status IN ('PENDING', 'APPROVED')`: a query's condition, not the column's values)
                tail = line[match.end():]
                keyword = re.search(r"\bin\s*\(|one of|enum|values?\s*[:=]", tail, re.IGNORECASE)
                # (the keyword is this field's: 'Name (string), Type (enum), ...' is Type's enum, not Name's)
                found = enum_values(tail[keyword.start():]) if keyword and keyword.start() <= 25 and not re.search(
                    r"[,;]", tail[:keyword.start()]) else None
                if not found and re.match(r"^[`*\s]*\|", tail):  # a table row: one of its cells is the list
                    found = next((v for v in map(notes_list, tail.split("|")[1:]) if v), None)
                elif not found and re.match(r"^[`*\s]*[:=\-–—]", tail):
                    found = notes_list(re.sub(r"^[`*\s]*[:=\-–—]\s*", "", tail).strip())
                if found:
                    merged.type, merged.enum_values = "enum", found
                    diagnostics.append(f"{merged.name}: enum values {', '.join(found)} from {path}:{number}")
                    break
            if merged.enum_values:
                break


DEFAULT_WORDS = re.compile(r"\bdefault\b|デフォルト|既定|默认|默認|기본값|por defecto|predeterminad|padr[ãa]o|par d[ée]faut|"
                           r"standardwert|standardmäßig", re.IGNORECASE)
# A heading or bold label over a list of defaults, `- isPrivate: false`.
DEFAULTS_LABEL = re.compile(r"^\s*(?:#{2,6}\s+|\*\*)\s*(default values|defaults|domy[śs]lne warto[śs]ci|valores por defecto|"
                            r"valores (?:padr[ãa]o|predeterminados)|valeurs par d[ée]faut|standardwerte|デフォルト値|初期値|"
                            r"默认值|默認值|기본값)\s*:?\s*(?:\*\*)?\s*:?\s*$", re.IGNORECASE)


def _apply_default_lists(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
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


def _labelled_list(name: str, files: SpecFiles, texts: dict[str, str], others: set[str], own: set[str]) -> list[str] | None:
    """`**Status**:` or `**상태 (status)**:` over code-quoted bullets, or `## Status` over one `### Value` heading per
    value, in this entity's section: the column's values."""
    for path in files.schema:
        sections = _sections(texts[path])
        lines = texts[path].splitlines()
        for number, label, values in labelled_lists(texts[path]):
            named = {w.lower() for w in re.findall(r"[A-Za-z_]\w*", label)}
            above = sections[number - 2] if lines[number - 1].lstrip().startswith("#") and number >= 2 else sections[number - 1]
            # (`状态枚举：` names no column in English: in the entity's own section it lists its one `status`)
            stateful = snake(name) in ("status", "state") and not named and re.search(STATE_WORDS, label)
            if (name.lower() in named and len(named) <= 3 or stateful) and not _owned_by_another(above, others, own):
                return values
        for number, title, values in value_headings(texts[path]):
            above = sections[number - 2] if number >= 2 else ""
            if snake(title) == snake(name) and not _foreign_section(above, others, own):
                return values
    return None


def _state_machine(name: str, files: SpecFiles, texts: dict[str, str], others: set[str],
                   own: set[str]) -> tuple[list[str], str | None, str] | None:
    """A drawing of the column's states (`**Estados de reserva:**` over `SOLICITADA → APROBADA`, a mermaid
    stateDiagram), in this entity's section or naming it: the values, the initial state, and where."""
    for path in files.schema:
        sections = _sections(texts[path])
        for number, label, values, initial in state_diagrams(texts[path]):
            named = {normal_name(w) for w in re.findall(r"[^\W\d_]+", label)}
            # ('**State Transitions:**' in the entity's own section draws its `status`)
            stateful = re.search(r"(^|_)(status|state|estado|statut|zustand)$", name, re.IGNORECASE) and re.search(
                STATE_WORDS + "|lifecycle|transition", label, re.IGNORECASE)
            if (normal_name(name) in named or stateful) and (named & _flat(own) or not _owned_by_another(
                    sections[number - 1], others, own)):
                return values, initial, f"{path}:{number}"
    return None


INDEX_HEADING = re.compile(r"\b(indexes|indices|indexing|index|índices?|indizes|indexe|indeks|indeksy|indeksler|indeksleme)\b|"
                           r"\bİndeks(ler|leme)?\b|индекс\w*|インデックス|索引|인덱스",
                           re.IGNORECASE)


def _apply_indexes(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                   own: set[str], others: set[str]) -> None:
    """Single-column indexes stated in prose: an Indexes list (`tasks.completed`, `INDEX ix ON tasks(done)`,
    "Index on `completed`", `idx_tasks_completed`), never a composite one."""
    by_name = {snake(m.name): m for m, _raw in fields_out}
    tables = "|".join(re.escape(t) for t in sorted(own | {default_plural(t) for t in own if t}, key=len, reverse=True)
                      if t) or "(?!)"
    for path in files.schema:
        in_list = False
        # one statement per line: `CREATE UNIQUE INDEX ix\n    ON ideas (code)\n    WHERE ...;`
        text = re.sub(r"(create\s+(?:unique\s+)?index\b[^;]*?)\n\s*(on\b)", r"\1 \2", texts[path], flags=re.IGNORECASE)
        heading, listed = "", False
        sections = _sections(text)
        for number, line in enumerate(text.splitlines()):
            stripped = line.strip()
            owner = [part for part in sections[number].split(" / ") if not INDEX_HEADING.search(part)]
            if owner and _foreign_section(owner[-1], others, own) and not stripped.startswith("#"):
                continue  # `## car_issues` then `### インデックス`: that table's indexes
            label = re.fullmatch(r"#{1,6}\s+(.*)|\*\*([^*]+)\*\*\s*:?|([A-Z][\w ]{0,30}):|(Indexes|Indices|Index)", stripped)
            if label:
                in_list, listed = bool(INDEX_HEADING.search(stripped) or (  # (`# インデックス` over `## daily_reports`)
                    stripped.startswith("#") and INDEX_HEADING.search(sections[number]))), False
                if stripped.startswith("#"):
                    heading = stripped
                continue
            inline = re.match(r"^(?:[-*+]\s+)?\**(?:single[- ]column\s+)?(?:indexes|indices|índices|indizes|indeks|索引|インデックス|"
                              r"인덱스)\**\s*[:：]\s*\**\s*(.+)$", stripped, re.IGNORECASE)
            if inline and re.search(rf"(?<!\w)(?:{tables})(?!\w)", heading.replace("`", ""), re.IGNORECASE):
                # `- Indexes: \`scan_id\`, \`severity\`` in the table's own section (a `(a, b)` is composite)
                for column in re.split(r",\s*(?![^()]*\))", inline.group(1)):
                    column = column.strip(" `*.,()")
                    named = re.fullmatch(rf"(?:idx|ix)_(?:(?:{tables})_)?(\w+)", column, re.IGNORECASE)
                    if named and snake(column) not in by_name:  # `idx_reserva_estudiante`: the estudiante_id column
                        column = next((c for c in (named.group(1), f"{named.group(1)}_id") if snake(c) in by_name), column)
                    if snake(column) in by_name:
                        by_name[snake(column)].index = True
                continue
            if in_list and stripped and not re.match(r"^([-*+]\s|\||\d+[.)]\s)", stripped) and not re.search(
                    r"\b(idx|ix)_|\bon\s+\w+\s*\(", stripped, re.IGNORECASE):
                in_list = not listed  # a sentence that introduces the list keeps it open; one after it ends it
            listed = listed or (in_list and bool(re.match(r"^([-*+]\s|\||\d+[.)]\s)", stripped)))
            if not (in_list or re.search(r"\bindex(ed|es)?\b|\b(idx|ix)_|@@index", stripped, re.IGNORECASE)):
                continue
            if re.search(r"composite|\bunique\b(?!\s+index)|full[- ]?text|\bgin\b|\bprimary\b|foreign key", stripped,
                         re.IGNORECASE) or len(re.findall(r"\w+\s*:\s*-?1\b", stripped)) >= 2:
                continue  # (`userId: 1, createdAt: -1`: a MongoDB index on two keys)
            if re.search(r"\bcheck\b|\bconstraint\b|约束|約束|制約|제약|restricci[oó]n|contrainte", stripped, re.IGNORECASE) and not (
                    INDEX_HEADING.search(stripped) or re.search(r"\bindexed\b|\b(idx|ix)_", stripped, re.IGNORECASE)):
                continue  # `PRODUCTS.PRICE` 均有非负约束, under "Constraints and indexes": a check, not an index
            on = re.findall(rf"\bon\s+`?(?:\w+\.)?(?:{tables})`?\s*\(\s*`?(\w+)`?\s*(?:asc|desc)?\s*\)", stripped,
                            re.IGNORECASE)
            found = on or [next(g for g in groups if g) for groups in re.findall(
                rf"\b(?:{tables})\s*\.\s*`?(\w+)`?(?!\s*,)"
                rf"|\bindex(?:ed)?\s+on\s+(?:`?(?:{tables})`?\s*\.\s*)?`?(\w+)`?(?!\s*(?:,|and\b|&|\.))"
                rf"|\b(?:idx|ix)_(?:{tables})_(\w+)", stripped, re.IGNORECASE)]
            found += re.findall(r"\b(?:idx|ix)_(\w+)", stripped, re.IGNORECASE)  # idx_transaction_date: the column whole
            if not on and re.search(r"\bon\s+`?[\w.]+`?\s*\(\s*[`\"]?\w+[`\"]?\s*(?:asc|desc)?\s*[,)]", stripped, re.IGNORECASE):
                continue  # an index on another table (not `on \`created_by\` (for audit queries)`)
            labelled = re.match(r"^(?:[-*+]\s+)?\**[\w ]*\bindex\**\s*:\s*`?(\w+)`?\s*(?:$|\(|-|–|—|,(?!\s*`?\w+`?\s*\)))",
                                stripped, re.IGNORECASE)
            if labelled:  # `- **Due Date Index**: due_date (for sorting)`
                found.append(labelled.group(1))
            if not on:  # `(expense_date)`, `@@index([topic])`, Room's `Index("date")`: one column in brackets
                found += re.findall(r"[(\[]\s*[`'\"]?(\w+)[`'\"]?\s*[)\]]", stripped)
            cells = [c.strip(" `") for c in stripped.strip("|").split("|")] if stripped.startswith("|") else []
            if in_list and cells:
                flat = {c.lower().replace("_", "") for c in cells}
                if any("," in c for c in cells) or (flat & _flat(others) and not flat & _flat(own)):
                    continue  # a composite index, or a row about another table
                found = list(found) + cells  # | tasks | completed | Status filtering |, | idx_x | completed | ... |
            elif in_list and not found:
                found = re.findall(r"^(?:[-*+]|\d+[.)])\s+`?(\w+)`?\s*(?:$|\(|:|-)", stripped)
            for column in found:
                if snake(column) not in by_name and re.search(r"\b(idx|ix)_", stripped, re.IGNORECASE):
                    column = f"{column}_id"  # `ix_chamado_solicitante`: the index on solicitante_id
                if snake(column) in by_name:
                    by_name[snake(column)].index = True


def _apply_contract_lengths(fields_out: list[tuple[RawField, RawField]], contract: list[RawEntity], primary: RawEntity,
                            diagnostics: list[str]) -> None:
    """Lengths the schema leaves open, from the API contract's request models of the same entity
    (`UpdateBookRequest.title: maxLength 300`)."""
    own = {primary.key, normal_name(primary.name)}
    related = [e for e in contract if normal_name(re.sub(
        r"^(Create|Update|New|Patch|Put|Post|Edit)|(Create|Update|Patch|Input|Request|Response|Dto|DTO|Body|Payload|Form)+$",
        "", e.name)) in own]
    for merged, _raw in fields_out:
        if merged.type not in ("str", "text") or merged.max_length is not None:
            continue
        key = normal_name(merged.name)
        found = next(((f, e) for e in related for f in e.fields if normal_name(f.name) == key and f.max_length), None)
        if found:
            merged.max_length = found[0].max_length
            diagnostics.append(f"{merged.name}: max_length {merged.max_length} from the API contract's {found[1].name} "
                               f"({found[0].file}:{found[0].line})")


EXAMPLE_VALUE = re.compile(r"[\"']([A-Za-z][A-Za-z0-9_]*)[\"']\s*:\s*(\"[^\"]*\"|-?\d+(?:\.\d+)?|true|false)\s*[,}]?\s*$")


def _example_type(value: str) -> str | None:
    if re.fullmatch(r"\"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\"", value):
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


def _apply_example_types(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                         diagnostics: list[str]) -> None:
    """A column the schema lists by name alone takes the type its value has in the API's JSON examples
    (`"startTime": "2026-06-29T09:00:00"`, `"roomId": 1001`), when every example agrees."""
    untyped = {snake(m.name): m for m, _raw in fields_out if not (m.type_text or "").strip() and not m.enum_values
               and m.type in ("str", "text", None)}
    for key, (kind, where) in _example_types(untyped, files, texts).items():
        untyped[key].type = kind
        diagnostics.append(f"{untyped[key].name}: {kind}, the type of its value in the example at {where} "
                           "(the schema names it without a type)")


def _example_types(untyped: dict[str, RawField], files: SpecFiles, texts: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The type each named column's values have in the API/feature specs' JSON examples, and where, for those whose
    examples all agree on a type other than a plain string."""
    seen: dict[str, set[str]] = {}
    where: dict[str, str] = {}
    for path in [*files.api, *files.feature] if untyped else []:
        for number, line in enumerate(texts[path].splitlines(), 1):
            example = EXAMPLE_VALUE.search(line.strip())
            if example and snake(example.group(1)) in untyped:
                seen.setdefault(snake(example.group(1)), set()).add(_example_type(example.group(2)) or "str")
                where.setdefault(snake(example.group(1)), f"{path}:{number}")
    return {key: (kind, where[key]) for key, kinds in seen.items() if len(kinds) == 1 and (kind := next(iter(kinds))) != "str"}


def _apply_rules(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                 diagnostics: list[str], others: set[str] | None = None, own: set[str] | None = None) -> None:
    """Validation stated in prose ('title 1-200 characters') fills lengths the schema leaves open."""
    names = [merged.name for merged, _ in fields_out]
    others = others or set()
    for merged, raw in fields_out:
        textual = merged.type in ("str", "text", None)
        if not textual and not (raw.required is None and merged.required is None and merged.default is NO_DEFAULT):
            continue  # lengths are for text; presence and defaults for any field the schema left open
        pattern = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(merged.name)}(?![A-Za-z0-9_])", re.IGNORECASE)
        for path in [*files.schema, *files.feature, *files.api]:
            sections = _sections(texts[path])
            lines = texts[path].splitlines()
            for number, line in enumerate(lines, 1):
                match = pattern.search(line)
                if not match:
                    continue
                if _about_another(sections[number - 1], line[:match.start()], others, own or set()):
                    continue
                segment = line[match.end():]
                headed = bool(re.fullmatch(r"\s*#{2,6}\s*[`*]*", line[:match.start()]) and re.fullmatch(r"[`*]*\s*", segment))
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
                probe = RawField(name=merged.name, file=path, line=number)
                if textual:
                    apply_lengths(probe, segment[:400 if headed else 160])
                if raw.required is None and merged.required is None or "untyped" in (raw.type_text or "untyped"):
                    _apply_presence(merged, segment[:400 if headed else 160], path, number, diagnostics,
                                    untyped=not (raw.type_text or "").strip())
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
                            r"dan|và|及|と|ve|i|и)?[\s,、，]*){2,})\W*$", re.IGNORECASE)
REQUIRED_LIST = re.compile(r"^\W*(?:the\s+)?([`*\w][\w `*,&/-]{2,120}?)\s+(?:are|is)\s+(?:all\s+)?(?:required|mandatory)\b",
                           re.IGNORECASE)


def _apply_required_lists(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                          diagnostics: list[str], others: set[str], own: set[str]) -> None:
    """'Name, category, price, and stock are required.': a rule naming the fields a schema of bare names leaves open."""
    open_fields = {snake(m.name).replace("_", ""): m for m, raw in fields_out
                   if raw.required is None or not (raw.type_text or "").strip()}
    firsts: dict[str, list[RawField]] = {}
    for m, _raw in fields_out:
        firsts.setdefault(snake(m.name).split("_")[0], []).append(m)
    listed: list[str] = []  # where the spec lists its required fields
    for path in [*files.schema, *files.feature]:
        sections = _sections(texts[path])
        for number, line in enumerate(texts[path].splitlines(), 1):
            codes = REQUIRED_CODES.match(line) or REQUIRED_LABEL.match(line)
            if codes and not _foreign_section(sections[number - 1], others, own):
                empty = not re.search(r"required|mandatory|필수|必須|必需|必填|obligat|obrigat|obbligat|erforderlich|pflicht|"
                                      r"wajib|zorunlu|wymagan|обязательн|bắt buộc", codes.group("phrase"), re.IGNORECASE)
                names = codes.group("names") if "names" in codes.re.groupindex else codes.group(1)
                for name in re.findall(r"`([A-Za-z_]\w*)`", names):
                    found = open_fields.get(snake(name).replace("_", ""))
                    if found is not None and not found.required and found.default is NO_DEFAULT:
                        found.required, found.nullable = True, False
                        diagnostics.append(f"{found.name}: required, from {path}:{number}")
                        listed += [] if empty else [f"{path}:{number}"]
                    if found is not None and empty and found.type in ("str", "text") and not found.min_length:
                        found.min_length = 1
                continue
            match = REQUIRED_LIST.match(line)
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
    if len(listed) >= 2 and all(raw.required is None for _m, raw in fields_out):
        # a schema that says nothing of presence, and a rule that names the required fields: the rest are optional
        for merged, _raw in fields_out:
            if merged.required is None and merged.default is NO_DEFAULT:
                merged.required = False
                diagnostics.append(f"{merged.name}: optional, since {listed[0]} lists the required fields without it")


def _apply_presence(merged: RawField, segment: str, path: str, number: int, diagnostics: list[str],
                    untyped: bool = False) -> None:
    """'Description column MUST be nullable', 'defaults to FALSE': what the schema left unsaid (a bare name's
    'not required' is only the absence of a word, so a rule may still make it required)."""
    lowered = segment.lower()
    if merged.required is None or (untyped and merged.required is False and not merged.nullable):
        if re.search(r"\bnullable\b|\boptional\b", lowered):
            merged.required, merged.nullable = False, True
            diagnostics.append(f"{merged.name}: optional, from {path}:{number}")
        elif re.search(r"\bnot null\b|\brequired\b|\bmandatory\b|\bmust be (present|provided|supplied|given|set)\b|"
                       r"\b(cannot|can't|must not) be (empty|blank|null|omitted|missing)\b|\bwajib\b|\bobligatori|"
                       r"\bobrigat|必須|\bnotempty\(\)|\bnotnull\(\)", lowered):
            merged.required = True
            diagnostics.append(f"{merged.name}: required, from {path}:{number}")
    if merged.default is NO_DEFAULT:
        match = re.search(r"\bdefaults?\s+(?:to\s+|value\s+|is\s+)?[`'\"]?(true|false|\d+|[a-z_]+)(?![\w/])[`'\"]?(?!\s*/)",
                          lowered)  # ('defaults to date/time' describes a default, it is none)
        if match and match.group(1) not in ("value", "the", "a", "an", "null", "none", "to", "is", "current", "this", "same", "its", "their"):
            merged.default = parse_literal(match.group(1))
            diagnostics.append(f"{merged.name}: default {merged.default!r}, from {path}:{number}")


def _to_spec_field(raw: RawField, diagnostics: list[str], blocking: list[str],
                   shapes: frozenset[str] | set[str] = frozenset()) -> dict[str, Any] | None:
    name = snake(raw.name)
    if re.fullmatch(r"[a-z][a-z0-9_]*\?", name):  # a Ruby predicate, `adoptable?`: the column is `adoptable`
        name = name[:-1]
        diagnostics.append(f"{raw.name} is read as the column {name} ({_describe(raw)})")
        raw.name = name
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        blocking.append(f"field {raw.name!r} ({_describe(raw)}) has no usable identifier; rename it")
        return None
    if keyword.iskeyword(name):  # `class` (a character's), `from` (a date range's): FeatureSpec refuses keywords
        renamed = f"{name}_at" if name == "from" and raw.type in ("date", "datetime") else f"{name}_value"
        diagnostics.append(f"{raw.name} ({_describe(raw)}) is a Python keyword, which a FeatureSpec field may not be "
                           f"named; drafted as {renamed} (the JSON key changes too); rename it if another name fits")
        name = renamed
    elif name != raw.name:
        diagnostics.append(f"{raw.name} is named {name} (snake_case; the JSON key changes too)")
    kind = raw.type
    if kind in ("str", "text") and raw.enum_values:
        kind = "enum"
    bare_type = raw.type_text.strip().strip("`*").lower()
    if kind == "float" and bare_type in ("number", "number?") and bullets.name_type(name) == "int":
        kind = "int"  # a JavaScript `number` named as a count: `duration_seconds`, `completed_set_count`
        diagnostics.append(f"{name}: 'number' read as an integer, as its name counts something ({_describe(raw)})")
    shape = f"{raw.type_text} {raw.description}"
    if kind == "text" and (re.fullmatch(r"time", raw.type_text.strip(), re.IGNORECASE) or re.search(
            r"\bHH:MM(:SS)?\b", shape) and not re.search(r"YYYY", shape)):
        kind = "str"  # a time of day, `HH:MM`: a short string (FeatureSpec has no time type)
    if kind in ("str", "text") and re.search(r"\bYYYY-MM-DD\b(?!\s*[T ]\s*HH)|\bISO[- ]?8601 date\b(?![- ]?time)", shape):
        kind = "date"  # a string holding a calendar date
    elif kind in ("str", "text") and re.search(r"YYYY-MM-DD\s*[T ]\s*HH|ISO[- ]?8601 (date[- ]?time|timestamp)",
                                               shape, re.IGNORECASE):
        kind = "datetime"
    elif kind == "datetime" and re.search(r"\bISO[- ]?8601\b", raw.type_text, re.IGNORECASE) and re.search(
            r"\bYYYY-MM-DD\b(?!\s*[T ]\s*HH)", shape):
        kind = "date"  # `string (ISO8601)` described as "Date of transaction (YYYY-MM-DD)"
    elif kind in ("str", "text") and re.search(r"\bISO[- ]?8601\b", shape, re.IGNORECASE) and not re.search(
            r"\bISO[- ]?8601 (duration|interval|period)\b|\bPT\d", shape, re.IGNORECASE):  # `PT30M` stays text
        # 'TEXT | Publication date (ISO 8601 format)': a date when the name or the words say date and nothing says time
        dated = re.search(r"(_date|Date|^date)$", raw.name) or (
            re.search(r"\bdate\b", shape, re.IGNORECASE) and not re.search(r"time|timestamp|\b_at\b", shape, re.IGNORECASE))
        kind = "date" if dated and not TIMESTAMP_NAME.search(raw.name) else "datetime"
    if kind in ("json", "str", "text") and re.search(
            r"\b(array|list) of (?:[\w-]+\s+){0,2}(strings?|tags?|labels?|names?|keywords?|urls?|emails?)\b"
            r"|string\[\]|\bjson\s+array\b", shape, re.IGNORECASE):
        kind = "list[str]"  # `text | JSON Array | List of tags`: a list kept as JSON text
    elif kind in ("str", "text") and re.search(r"\bjson\s+(object|map|dict(ionary)?)\b|\bjson\s*(string|문자열|文字列|字符串|字串|"
                                               r"text|texto|cha[îi]ne|blob|document|payload)\b|\bjson[- ]encoded\b|\bserialized\s+json\b",
                                               shape, re.IGNORECASE):  # 'LLM이 추출한 원본 JSON 문자열': JSON kept as text
        kind = "json"
    if kind in ("str", "text", "int", "float") and not raw.enum_values and TIMESTAMP_NAME.search(raw.name) and (
            kind in ("str", "text") or re.search(r"\b(timestamp|epoch|unix|date|time)\b", shape, re.IGNORECASE)):
        kind = "datetime"  # `deleted_at TEXT`, `expires_at integer (Timestamp)`: a point in time, stored as text or a number
        diagnostics.append(f"{name}: {raw.type_text or raw.type} at {_describe(raw)} holds a point in time; read as datetime")
    if kind == "int" and re.search(r"\bepoch[- ]days?\b|\bdays since (1970|the epoch)", shape, re.IGNORECASE):
        kind = "date"  # a Long holding the epoch day: a calendar date
    if kind == "float" and re.search(r"^\s*integer\b|\bwhole number\b|\bmust be an integer\b", raw.description or "",
                                     re.IGNORECASE):
        kind = "int"  # `number | Integer > 0`: JSON's number, holding an integer
    if kind == "json" and re.search(r"\b(array|list)\s+of\s+(\w+\s+)?(ids|strings|names|tags|emails|urls|keys|codes|labels)\b",
                                    f"{raw.type_text} {raw.description}", re.IGNORECASE):
        kind = "list[str]"  # `members` | String (JSON) | Array of user IDs
    if kind == "int" and raw.description and re.search(r"\b1 if\b|\b0 or 1\b", raw.description):
        kind = "bool"
    elif kind == "int" and raw.description:
        coded_values(raw)  # '是否删除：0否，1是' is a bool; '0未知，1男，2女' bounds the codes
        kind = "bool" if raw.type == "bool" else kind
    if kind == "enum" and raw.enum_values and raw.default is NO_DEFAULT:
        start = re.search(r"\b(?:new \w+ (?:are|is|start as|starts as|begin as)|initially|starts? (?:as|in)|defaults? to)\s+"
                          r"[`'\"]?([\w-]+)", raw.description or "", re.IGNORECASE)
        if start and start.group(1) in raw.enum_values:
            raw.default = start.group(1)
    if kind == "enum" and not raw.enum_values:
        kind = "str"
        diagnostics.append(f"{name}: called an enum at {_describe(raw)} without listing values; kept as str")
    if kind is None and re.match(r"\s*`?(M2M|ManyToMany(Field)?|many[- ]to[- ]many)\b", raw.type_text, re.IGNORECASE):
        diagnostics.append(f"{name} ({_describe(raw)}) is a many-to-many relation, not a column; left out")
        return None
    shape = re.fullmatch(r"`?([A-Z][A-Za-z0-9]*)`?\s*(\[\])?", raw.type_text.strip())
    if kind is None and not raw.enum_values and shape and (normal_name(shape.group(1)) in shapes or STRUCTURED.fullmatch(
            shape.group(1))):
        kind = "json"  # `submitterInfo | SubmitterInfo` (defined beside it), `coordinates | GeoPoint`: an object held whole
        diagnostics.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} is an object "
                           + ("the spec defines" if normal_name(shape.group(1)) in shapes else "with fields of its own")
                           + "; stored as json")
    if kind is None:
        if raw.enum_values:
            kind = "enum"
        else:
            blocking.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} is not one we know; decide its type")
            return None
    out: dict[str, Any] = {"name": name, "type": kind}
    if kind == "enum" and isinstance(raw.default, str) and raw.enum_values and raw.default not in raw.enum_values:
        # `default=CREATED` for the value `created` (Django's Status.CREATED): the value as listed
        same = [v for v in raw.enum_values if v.lower() == raw.default.split(".")[-1].lower()]
        raw.default = same[0] if len(same) == 1 else raw.default
    default = None if raw.default is NO_DEFAULT else _default(raw.default, kind, name, diagnostics)
    required = raw.required
    if required is None:
        required = not raw.nullable if raw.nullable is not None else True
        if raw.nullable is None and default is None:
            diagnostics.append(f"{name}: the spec does not say whether it is required; assumed required")
    if default is not None:
        required = False
    out["required"] = bool(required)
    if default is not None:
        out["default"] = default
    if kind in ("str", "text"):
        if raw.max_length:
            out["max_length"] = raw.max_length
        if raw.min_length:
            out["min_length"] = min(raw.min_length, raw.max_length or raw.min_length)
    if kind == "enum":
        out["enum_values"] = raw.enum_values
    if kind in ("int", "float", "decimal"):
        for attr in ("ge", "le"):
            if getattr(raw, attr) is not None:
                out[attr] = getattr(raw, attr)
    if raw.unique and kind not in ("json", "list[str]", "text", "bool"):
        out["unique"] = True
    if raw.index:
        out["index"] = True
    if raw.description and len(raw.description) < 300:
        out["description"] = raw.description
    return out


def _default(value: Any, kind: str, name: str, diagnostics: list[str]) -> Any:
    if value is None:  # `default=None`, DEFAULT NULL: no value until one is set, which an optional field is
        return None
    text = str(value).strip().lower()
    if kind == "datetime" and any(text.startswith(w) for w in NOW_WORDS):
        return "now"
    if kind == "date" and re.match(r"(current_date|curdate\(\)|today|date\('now'\)|now\(\)::date)", text):
        return "today"
    if kind == "uuid" and any(w in text for w in ("uuid", "gen_random")):
        return "uuid4"
    checks = {
        "bool": lambda v: isinstance(v, bool),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "decimal": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "str": lambda v: isinstance(v, str),
        "text": lambda v: isinstance(v, str),
        "enum": lambda v: isinstance(v, str),
        "list[str]": lambda v: isinstance(v, list),
        "json": lambda v: isinstance(v, dict | list),
    }
    if kind == "list[str]" and value == {}:
        return []  # TEXT[] DEFAULT '{}': PostgreSQL's empty array
    check = checks.get(kind)
    if check is not None and check(value):
        return value
    if kind == "bool" and text in ("0", "1"):
        return text == "1"
    diagnostics.append(f"{name}: default {value!r} does not fit type {kind}; left out (the database may still set it)")
    return None


def _endpoint_lines(files: SpecFiles, texts: dict[str, str]) -> list[tuple[str, int, str, str]]:
    out = []
    # one document that holds both the tables and the routes (DATABASE_API_DOCS.md): its routes are the API
    for path in [*files.api, *files.feature] or files.schema:
        if path.endswith((".yaml", ".yml", ".json")):
            out += [(path, line, method, route) for method, route, line in openapi.endpoints(texts[path])]
            continue
        for number, line in enumerate(texts[path].splitlines(), 1):
            if CURL.search(line):
                continue
            for match in ENDPOINT.finditer(line):
                route = match.group(2).rstrip(".:;")
                if not is_example_route(route):
                    out.append((path, number, match.group(1), route))
    return out


def is_example_route(route: str) -> bool:
    """An example request, not an endpoint: a host, query values, or a concrete id where a placeholder goes."""
    if re.search(r"[?&][^=&]+=[^&]", route):
        return True
    path = re.sub(r"^https?://[^/]+", "", route)
    for segment in path.split("?")[0].strip("/").split("/"):
        if not segment or segment.startswith(("{", ":", "<")):
            continue
        if re.fullmatch(r"v\d+(\.\d+)*", segment):
            continue
        if re.search(r"\d", segment) or re.search(r"example|uuid|sample", segment, re.IGNORECASE):
            return True
    return False


def _endpoints(files: SpecFiles, texts: dict[str, str]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], None] = {}
    for _path, _line, method, route in _endpoint_lines(files, texts):
        seen.setdefault((method, route), None)
    return list(seen)


def _custom_endpoints(endpoints: list[tuple[str, str]], fields: list[dict[str, Any]],
                      diagnostics: list[str]) -> dict[str, Any]:
    bools = [f["name"] for f in fields if f["type"] == "bool"]
    texts = [f["name"] for f in fields if f["type"] in ("str", "text")]
    out: dict[str, Any] = {}
    actions: dict[str, str] = {}
    for method, route in endpoints:
        path = route.split("?")[0].rstrip("/")
        last = path.rsplit("/", 1)[-1]
        before = path.rsplit("/", 2)[-2] if path.count("/") >= 2 else ""
        placeholder = re.fullmatch(r"[{:<][^/]+[}>]?", before) and "user" not in before.lower()
        if method in ("PATCH", "POST", "PUT") and placeholder and re.fullmatch(r"[a-z][a-z_-]*", last):
            action = snake(last)
            target = next((b for b in bools if b.startswith(action[:6]) or action.startswith(b[:6])
                           or b in (f"is_{action}d", f"{action}d", f"is_{action}")), None)
            if target is None and len(bools) == 1:
                target = bools[0]
                diagnostics.append(f"{method} {route}: toggles {target} (the only bool field); check it is meant")
            if target and action not in ("update", "delete", "create"):
                actions[action] = target
        if method == "GET" and last == "stats":
            out["stats"] = True
        if method == "GET" and (last == "search" or re.search(r"[?&](search|q|query)=", route)):
            chosen = [t for t in texts if t in ("title", "name", "description", "content", "notes")] or texts[:2]
            if chosen:
                out["search"] = chosen
    if actions:
        out["actions"] = actions
    return out
