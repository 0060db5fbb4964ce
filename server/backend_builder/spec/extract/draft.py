"""From a folder of real specs to a draft FeatureSpec: find the files, pick the entity, merge, explain.

The schema file (specs/database/*, Spec Kit's data-model.md) decides the fields; feature and API
specs add validation rules and endpoints. Every choice that could go either way is written into
`diagnostics`, and what the agent must settle into `blocking`.
"""

from __future__ import annotations

import json
import keyword
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from backend_builder.spec.action_words import action_name, flips_a_state
from backend_builder.spec.api import camel
from backend_builder.spec.extract import (
    boxes,
    bullets,
    column_blocks,
    column_lists,
    column_spans,
    convex,
    csharp,
    dart,
    dbml,
    entity_lines,
    examples,
    field_records,
    fsharp,
    go,
    graphql_sdl,
    java,
    js_classes,
    kotlin,
    mermaid,
    migrations,
    mongo_validator,
    mongoose,
    openapi,
    param_pages,
    php,
    prisma,
    python_blocks,
    rust,
    scenarios,
    sql,
    surreal,
    swift,
    table_schema,
    tables,
    tree,
    typeorm,
    typescript,
    yaml_model,
)
from backend_builder.spec.extract.constraints import (
    CONSTRAINT_WORDS,
    DIGIT_COUNT,
    NOW_WORDS,
    apply_lengths,
    apply_words,
    described_values,
    enum_values,
)
from backend_builder.spec.extract.document import Code, Document, parse
from backend_builder.spec.extract.raw import (
    FUTURE,
    NO_DEFAULT,
    RawEntity,
    RawField,
    normal_name,
    singular,
    snake,
    without_accents,
)
from backend_builder.spec.extract.sql import coded_values
from backend_builder.spec.extract.stated_apart import (
    apply_contract_lengths,
    apply_creation_defaults,
    apply_default_lists,
    apply_dictionary_notes,
    apply_enum_defaults,
    apply_enums,
    apply_example_arrays,
    apply_example_labels,
    apply_example_object_lists,
    apply_example_types,
    apply_except_rules,
    apply_field_sections,
    apply_filter_values,
    apply_indexes,
    apply_initial_states,
    apply_json_notes,
    apply_listed_defaults,
    apply_marked_bodies,
    apply_missing_errors,
    apply_only_lists,
    apply_presence_tables,
    apply_rails_validations,
    apply_request_presence,
    apply_required_lists,
    apply_rule_defaults,
    apply_rules,
    apply_same_values,
    apply_server_filled,
    example_types,
    example_value_type,
)
from backend_builder.spec.extract.types import ENUM_NAME, POINTED_KEY, STORED_AS, classify
from backend_builder.spec.model import (
    ADDED_COLUMNS,
    INT64,
    JSON_KEY,
    MAX_FIELDS,
    RESERVED_CLASS_NAMES,
    RESERVED_MODULE_NAMES,
    RESERVED_PLURALS,
    default_plural,
    pascal_case,
)

# A heading that calls its table a DDD value object, or a value derived and never stored.
DDD_VALUE_OBJECT = re.compile(r"\bvalue[- ]objects?\b|\bobjeto[s]? de valor\b|\bobjets? valeurs?\b|\bwertobjekt|値オブジェクト|值对象|"
                              r"값\s*객체|\bnever stored\b|\bnot (?:persisted|stored)\b", re.IGNORECASE)
# A heading over the copy of the data a client keeps on its device: 'Local — SQLite schema', 'Offline cache (IndexedDB)'.
CLIENT_STORE = re.compile(r"(?:^|/)\s*[\d.]*\s*(?:local|mobile|offline|on[- ]device|device|client(?:[- ]side)?|browser)\b[^/]{0,40}"
                          r"(?:schema|store|storage|database|db|cache|sqlite|indexeddb|tables?)\b|\b(?:indexeddb|realm|"
                          r"asyncstorage|localstorage)\b", re.IGNORECASE)
KIND_ORDER = {"sql": 0, "table": 1, "orm": 2, "python": 3, "csharp": 3, "typescript": 4, "bullets": 5, "openapi": 6,
              "example": 7}
AUTH_TABLES = {"user", "account", "session", "verification", "verification_token", "auth", "profile_auth", "jwks",
               # (login tokens, each decided by its columns: `AuthToken` of token, tokenType, expiresAt, isRevoked)
               "auth_token", "access_token", "refresh_token", "api_token", "personal_access_token", "password_reset_token",
               "email_verification_token", "token"}
# What makes a table the auth provider's: a finance `account` (name, type, balance) is not Better Auth's account.
AUTH_COLUMNS = {"provider", "provider_id", "provider_account_id", "account_id", "access_token", "refresh_token", "id_token",
                "token", "session_token", "expires_at", "expire", "access_token_expires_at", "refresh_token_expires_at",
                "password", "password_hash", "hashed_password", "scope", "identifier", "ip_address", "user_agent",
                "email_verified", "public_key", "private_key"}
PASSWORD_COLUMNS = {"password", "password_hash", "hashed_password", "password_digest", "encrypted_password", "pass_hash"}
# (and as other languages name it: `hash_senha`, `contraseña_hash`, `mot_de_passe`, `passwort_hash`)
PASSWORD_WORD = re.compile(r"(?:^|_)(?:password|passwd|senha|contrasena|contrasenia|mot_de_passe|motdepasse|passwort|kennwort|"
                           r"wachtwoord|parola|sifre|haslo|mat_khau)(?:_|$)")


def _has_password(entity: RawEntity) -> bool:
    return any(snake(f.name) in PASSWORD_COLUMNS or PASSWORD_WORD.search(without_accents(snake(f.name)))
               for f in entity.fields)


CODE_MARKERS = [
    ("python", re.compile(r"^(from\s+[\w.]+\s+import\b|import\s+\w+|class\s+\w+\s*\(.*\)\s*:)", re.MULTILINE)),
    ("sql", re.compile(r"^\s*create\s+(table|type)\b", re.MULTILINE | re.IGNORECASE)),
    ("prisma", re.compile(r"^model\s+\w+\s*\{", re.MULTILINE)),
    ("csharp", re.compile(r"^\s*public\s+[\w<>?\[\]]+\s+\w+\s*\{\s*get;", re.MULTILINE)),
    ("java", re.compile(r"^\s*@(Entity|TableName)\b", re.MULTILINE)),
    ("go", re.compile(r"^type\s+[A-Z]\w*\s+struct\s*\{", re.MULTILINE)),
    ("ts", re.compile(r"^(export\s+)?(interface\s+\w+|type\s+\w+\s*=\s*\{|const\s+\w+\s*=\s*(pg|sqlite|mysql)Table\()",
                      re.MULTILINE)),
    # GraphQL's SDL as a document's whole text: `type LeaveRequest {` over `status: LeaveStatus!` (each type counts)
    ("graphql", re.compile(r"^type\s+[A-Z]\w*(?:\s+implements\s+[\w&\s]+)?\s*\{\s*\n\s+\w+\s*(?:\([^)]*\))?\s*:\s*\[?\w+!?",
                           re.MULTILINE)),
    # DBML as a document's whole text: `Table cve_records {` over `cve_id str unique - ...`
    ("dbml", re.compile(r"^Table\s+\"?[\w.]+\"?\s*(?:\[[^\]]*\])?\s*\{\s*$", re.MULTILINE)),
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
AUTO_WORDS = re.compile(r"\(auto\)|\((?:sum|count|total|average|number) of\b|\(\s*[a-z]\w*\s*(?:[+*/]|\s-\s)\s*[a-z]\w*\s*\)|\bauto[- ]?generated\b|\bgenerated (automatically|from|by the)|\bderived from\b|"
                       r"\(calculated\)|\bcomputed\b|\bset automatically\b|\bautomatically (set|generated|assigned|calculated)\b|"
                       r"\bcalculated automatically\b|\b(?:auto-?)?set (?:on|at|upon) (?:creation|create|insert)\b",
                       re.IGNORECASE)
OWNER_LIKE = {"owner_id", "author_id", "created_by", "creator_id", "reader_id", "account_id"}
GENERIC_WORDS = {"management", "crud", "feature", "features", "spec", "app", "application", "tracking", "tracker",
                 "a", "an", "the", "of", "for", "and", "to", "in", "it", "with", "build", "create", "new", "initial",
                 "system", "manager", "api", "list", "lists", "page", "pages", "basic", "core", "simple"}
CURL = re.compile(r"\bcurl\b|\bhttpie\b|\bwget\b|^\s*http\s+(GET|POST|PUT|PATCH|DELETE)\b")
ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\b[\s`*|]+((?:https?://[^\s/`]+)?/[^\s`|)\"'<>,\u2500-\u257f\u2190-\u21ff]*)")
# (not a sequence diagram's box drawing and arrows: `│──POST /register────→│`)
# (a scenario's words between the method and its route: "un GET est effectue sur `/api/transition-plans/[id]`", "a
# DELETE request is sent to `/api/items/{id}`"; the route in backticks)
ENDPOINT_APART = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\b(?:\s+(?!(?:GET|POST|PUT|PATCH|DELETE)\b)[^\s`/.;:,()]+){1,5}\s+"
                            r"`((?:https?://[^\s/`]+)?/[^\s`|)\"'<>,]*)`")


def endpoint_matches(line: str) -> list[re.Match[str]]:
    """The `METHOD /route` pairs of a line, or when it has none, a method and a backticked route a few words apart."""
    return list(ENDPOINT.finditer(line)) or list(ENDPOINT_APART.finditer(line))


# The layouts that keep one folder per feature, whose files the feature's name chooses.
FOLDER_LAYOUTS = ("spec-kit", "agent-os", "openspec", "kiro")


@dataclass
class SpecFiles:
    schema: list[str] = field(default_factory=list)
    feature: list[str] = field(default_factory=list)
    api: list[str] = field(default_factory=list)
    layout: str = "spec-kit-plus"  # or one of FOLDER_LAYOUTS

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
    casing_from_contract: bool = False  # the table's keys, not the DDL's, are the wire's


def words_of(feature: str) -> list[str]:
    base = PurePosixPath(feature).name
    base = re.sub(r"\.(md|json|ya?ml)$", "", base)
    base = re.sub(r"^\d+[-_]", "", base)
    parts = [singular(w) for w in re.split(r"[-_\s]+", snake(base)) if w]
    # ('customer-success-fte', 'user-experience': a discipline named for the people it serves, not their table)
    parts = [w for i, w in enumerate(parts) if not (w in PEOPLE_WORDS and parts[i + 1: i + 2] and parts[i + 1] in AREA_WORDS)] or parts
    return [w for w in parts if w not in GENERIC_WORDS] or parts


PEOPLE_WORDS = {"customer", "client", "user", "member", "employee", "patient", "guest", "student"}
AREA_WORDS = {"success", "support", "experience", "satisfaction", "engagement", "journey", "retention"}


# A file's name (without its folder and extension) that says it is the schema: schema.md, database.md,
# db-schema.md, recipe-data-model.md, models.md, entities.md, erd.md.
SCHEMA_NAME = re.compile(r"(^|[-_.\s])(schemas?|databases?|data[-_]base|db|storage|db[-_]?diagram|dbml|er[-_]?diagram|tables|tablas|tabelas|data[-_\s]?model|datamodel|domain[-_\s]?model|models|entities|entidades|entit[eé]s|entit[äa]ten|modelos|mod[eè]les|modelle|erd|datenmodell|datenbank|dd|mcd|mld|mpd|"
                         r"modelo[-_\s](?:de[-_\s])?dados|modelo[-_\s](?:de[-_\s])?datos|banco[-_\s]de[-_\s]dados|base[-_\s]de[-_\s]datos|"
                         r"mod[eè]le[-_\s]de[-_\s]donn[eé]es|base[-_\s]de[-_\s]donn[eé]es|data[-_\s]?dictionary|diccionario[-_\s]de[-_\s]datos|dicion[aá]rio[-_\s]de[-_\s]dados|dictionnaire[-_\s]de[-_\s]donn[eé]es)([-_.\s:：]|$)"
                         r"|数据库|數據庫|資料庫|数据模型|資料模型|データベース|データモデル|데이터베이스|데이터\s?모델|스키마"
                         r"|テーブル定義|テーブル設計|表定义|表定義|表结构|表結構|表设计|表設計|테이블\s?정의|테이블\s?설계"
                         r"|(^|[-_.\s])db[-_\s]?(設計|设计|설계|定義|定义|스키마|スキーマ)"
                         r"|(^|[-_.\s])(co[-_\s]?so[-_\s]?du[-_\s]?lieu|csdl|veritaban[ıi]|basis[-_\s]data|base[-_\s]di[-_\s]dati|"
                         r"struktur[-_\s]?(?:table|tabel|database|db)|table[-_\s]?structure|estrutura[-_\s]de[-_\s]tabelas?|"
                         r"estructura[-_\s]de[-_\s]tablas?|"
                         r"banca[-_\s]dati|baza[-_\s]danych|gegevensmodel|model[-_\s]danych|modell?o[-_\s](d[ie]i?[-_\s])?dati|veri[-_\s]modeli|"
                         r"model[-_\s]data|model[-_\s]de[-_\s]date|datov[yý][-_\s]model|tietomalli)([-_.\s]|$)|cơ sở dữ liệu|"
                         r"mô hình dữ liệu|база данных|модель данных")
# A folder that holds the data model one file per table: docs/03-modelagem/orders.md, docs/modeling/.
MODEL_FOLDER = re.compile(r"^(\d+[-_.\s]*)?(modelagem|modelado|modelos?|models?|modelling|modeling|mod[ée]lisation|data[-_\s]?models?|"
                          r"databases?|db|schemas?|entities|tables|tablas|tabelas|domain|dominio|domínio|domaine)$")


def schema_named(path: str) -> bool:
    """The file says by its name, or its folder's, that it holds the schema."""
    parts = path.lower().split("/")
    # (`schemaPrisma.md`, `dataModel.md`: the words of a camelCase name apart)
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", path.rsplit("/", 1)[-1].rsplit(".", 1)[0]).lower()
    return bool(SCHEMA_NAME.search(stem)) or any(MODEL_FOLDER.match(part) for part in parts[:-1])
# ... that says it is the API: api.md, api-contract.md, api-routes.md, rest-endpoints.md, openapi.yaml.
API_NAME = re.compile(r"(^|[-_.\s])(apis?|endpoints?|routes|contracts?|openapi|swagger|schnittstellen?)([-_.\s]|$)"
                      r"|接口|介面|エンドポイント|엔드포인트")


def locate(files: list[str], feature: str) -> SpecFiles:
    """Sort the spec files under specs/ into schema, feature and API roles, for both layouts."""
    words = words_of(feature)
    # (not Kiro's `.kiro/specs/01-lista-espera/`, numbered too: its design.md is read below)
    kit = {m.group(2): m.group(1) for p in files if (m := re.match(r"((?:[\w.-]+/)*?specs?/)(\d+[-_][^/]+)/", p))
           and not m.group(1).endswith(".kiro/specs/")}
    # (Spec Kit planned on the main branch writes `specs/main/data-model.md`: a feature folder without a number)
    kit |= {m.group(2): m.group(1) for p in files if (m := re.match(r"((?:[\w.-]+/)*?specs?/)([^/]+)/(data-model|plan)\.md$", p))
            and m.group(2).lower() not in ("database", "db", "api", "features", "schema", "models")}
    kit_dirs = sorted(kit)  # specs/001-feature/ (or docs/specs/001-feature/)
    if kit_dirs:
        def overlap(d: str) -> int:
            return len(set(words_of(d)) & set(words)) + (snake(d).endswith(snake(feature)) * 5)
        chosen = max(kit_dirs, key=lambda d: (overlap(d), -kit_dirs.index(d)))
        inside = [p for p in files if p.startswith(f"{kit[chosen]}{chosen}/")]
        if not any(p.endswith("data-model.md") for p in inside) and any(
                "/database/" in p.lower() or "/db/" in p.lower() for p in inside):
            # `specs/1-todo-app-specs/database/schema.md` with features/ and api/ beside it: the hackathon layout
            # one folder down, not a Spec Kit feature
            return _by_role(inside, words)
        # Agent OS dates its feature folders and keeps the tables and routes in sub-specs/:
        # `.agent-os/specs/2025-01-15-rsvp/sub-specs/database-schema.md` and `api-spec.md` beside `spec.md`
        agent_os = re.search(r"(^|/)\.?agent-os/specs/$", kit[chosen]) is not None
        own = (f"{kit[chosen]}{chosen}", f"{kit[chosen]}{chosen}/sub-specs") if agent_os else (f"{kit[chosen]}{chosen}",)
        found = SpecFiles(
            schema=[p for p in inside if p.endswith("data-model.md") or (
                agent_os and p.rsplit("/", 1)[0] in own and schema_named(p.rsplit("/", 1)[-1]))],
            feature=[p for p in inside if p.endswith(("spec.md", "plan.md", "research.md", "quickstart.md", "/requirements.md"))
                     and not (agent_os and API_NAME.search(p.rsplit("/", 1)[-1].rsplit(".", 1)[0]))],
            # (an `api.md` beside spec.md, the feature's endpoints where there is no contracts/ folder)
            api=[p for p in inside if "/contracts/" in p or (
                p.rsplit("/", 1)[0] in own and p.endswith((".md", ".yaml", ".yml", ".json"))
                and API_NAME.search(p.rsplit("/", 1)[-1].rsplit(".", 1)[0]))],
            layout="agent-os" if agent_os else "spec-kit",
        )
        # a feature folder without its own data model or contract, beside the project's shared ones
        # (`specs/data-model.md`, `specs/api-contract.md`): those are the feature's too
        shared = [p for p in files if not any(p.startswith(f"{kit[d]}{d}/") for d in kit_dirs)
                  and p.endswith((".md", ".markdown", ".yaml", ".yml", ".sql", ".prisma", ".dbml"))]
        if not found.schema:
            found.schema = [p for p in shared if schema_named(p) or p.endswith((".sql", ".prisma", ".dbml"))]
        else:  # (the project's schema outside specs/, which the reader takes only where a spec names its path)
            found.schema += [p for p in shared if not re.match(r"(?:[\w.-]+/)*?specs?/", p) and p.endswith((".sql", ".prisma", ".dbml"))]
        if not found.api:
            found.api = [p for p in shared if p not in found.schema and (API_NAME.search(p.rsplit("/", 1)[-1].rsplit(".", 1)[0])
                                                                         or "/api/" in p.lower())]
        return found
    # Kiro: one folder per feature in .kiro/specs/<feature>/, design.md holding its data model and API,
    # requirements.md what it must do (EARS), tasks.md the plan
    kiro = {m.group(2): m.group(1) for p in files if (m := re.match(r"((?:[\w.-]+/)*?\.kiro/specs/)([^/]+)/", p))}
    if kiro:
        chosen = max(kiro, key=lambda d: (len(set(words_of(d)) & set(words)), d == min(kiro)))
        inside = [p for p in files if p.startswith(f"{kiro[chosen]}{chosen}/")]
        # (the project's steering notes, `.kiro/steering/database-schema.md`: the tables every feature's design uses)
        steering = [p for p in files if re.match(r"(?:[\w.-]+/)*?\.kiro/steering/[^/]+$", p) and schema_named(p.rsplit("/", 1)[-1])]
        return SpecFiles(
            schema=[p for p in inside if p.endswith("design.md") or schema_named(p.rsplit("/", 1)[-1])] + steering,
            feature=[p for p in inside if p.endswith("requirements.md")],
            api=[p for p in inside if API_NAME.search(p.rsplit("/", 1)[-1].rsplit(".", 1)[0])],
            layout="kiro",
        )
    # OpenSpec: a change proposes a feature in openspec/changes/<change>/ (archived as changes/archive/<date>-<change>/):
    # design.md holds its data model, proposal.md, tasks.md and specs/<capability>/spec.md what it must do
    changes = {m.group(2): m.group(1) for p in files if (m := re.match(r"((?:[\w.-]+/)*?openspec/changes/(?:archive/)?)"
                                                                      r"([^/]+)/.", p)) and m.group(2) != "archive"}
    named = [c for c in changes if set(words_of(c)) & set(words)]
    if named:
        chosen = max(named, key=lambda c: (len(set(words_of(c)) & set(words)), "/archive/" not in changes[c], c))
        inside = [p for p in files if p.startswith(f"{changes[chosen]}{chosen}/")]
        return SpecFiles(
            schema=[p for p in inside if p.endswith("design.md") or schema_named(p.rsplit("/", 1)[-1])],
            feature=[p for p in inside if p.endswith((".md", ".markdown")) and not p.endswith("design.md")
                     and not schema_named(p.rsplit("/", 1)[-1])],
            api=[p for p in inside if "/contracts/" in p or API_NAME.search(p.rsplit("/", 1)[-1].rsplit(".", 1)[0])],
            layout="openspec",
        )
    return _by_role(files, words)


def _by_role(files: list[str], words: list[str]) -> SpecFiles:
    """The hackathon layout (specs/database, specs/features, specs/api) and flat folders: each file by its name."""
    out = SpecFiles()
    for path in files:
        lowered = path.lower()
        stem = lowered.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if lowered.endswith((".py", ".ts", ".cs")) and not re.search(r"/(database|db|models?|schema|data-?model)[/.]", lowered) \
                and not re.fullmatch(r"(?:types?|tipos?|typen|models?|modelos?|entit(?:y|ies)|entidades?|domain|dominio)(?:\.d)?\.ts",
                                     lowered.rsplit("/", 1)[-1]):
            continue  # code under specs/ that is not a schema: examples, scripts (not the `tipos.ts` a model points to)
        contracted = any(re.fullmatch(r"(\d+[-_.\s]*)?(apis?|contracts?|endpoints?|openapi|swagger)", part)
                         for part in lowered.split("/")[:-1])
        if contracted and lowered.endswith((".yml", ".yaml", ".json")):
            out.api.append(path)  # (`contracts/.../reservation-schemas.yml`: the contract's schemas, not the tables)
        elif "/database/" in lowered or lowered.endswith((".sql", ".prisma", ".dbml")) or schema_named(path) or (
                lowered in ("readme.md", "readme.markdown") and any("/" in p for p in files)):
            # (the project's README read beside a docs folder is read for its `## Database Schema`: the schema)
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
        contract = openapi.extract(path, text)
        if not contract and (why := openapi.unreadable(text)):  # (parsed again only where nothing was read)
            diagnostics.append(f"{path}: could not read this OpenAPI file as YAML ({why}); its schemas are left out -- "
                               "fix the file (an editor's YAML check points at the line)")
        return contract + (yaml_model.extract(path, text) if path.endswith((".yaml", ".yml")) else
                                              table_schema.extract(path, text) if path.endswith(".json") else [])
    suffix = path.rsplit(".", 1)[-1].lower()
    doc = parse(path, text) if suffix in ("md", "markdown", "txt") else parse(path, "")
    if suffix not in ("md", "markdown", "txt"):
        doc.text = text
    if doc.unread:
        diagnostics.append(f"{path}:1: could not split this file into its headings, tables and blocks ({doc.unread}); "
                           "only what reads from its plain text was read, so check the draft against the file, and "
                           "please report the file")
    lang = {"sql": "sql", "prisma": "prisma", "dbml": "dbml", "py": "python", "ts": "ts", "cs": "csharp", "java": "java", "go": "go", "rs": "rust", "graphql": "graphql",
            "gql": "graphql", "dart": "dart"}.get(suffix) or code_language(text)
    if lang:  # a whole file of code with no fences: a .md that is a SQLModel module, a DDL script, a Prisma schema
        doc.code.append(Code([], 1, lang, text))
    found: list[RawEntity] = []
    for module in (sql, surreal, migrations, dbml, tables, prisma, graphql_sdl, python_blocks, column_blocks, csharp, fsharp, java, go, rust, kotlin, swift, dart, php,
                   typescript, typeorm, js_classes, mongoose, mongo_validator, convex, mermaid, tree, boxes, bullets, column_spans, column_lists,
                   entity_lines, scenarios, field_records, param_pages):
        try:
            found += module.extract(doc)
        except Exception as error:  # noqa: BLE001 - one reader's blind spot must not lose what the others read
            diagnostics.append(f"{path}: the {module.__name__.rsplit('.', 1)[-1]} reader failed on this file "
                               f"({type(error).__name__}: {error}); what it would have read is missing, so check the "
                               "draft against the file, and please report the file")
    if re.search(r"\bmongoose\b|\bmongo\s*db\b", text, re.IGNORECASE):
        for entity in found:  # (`dateTime (Date, required)` in a MongoDB design: JavaScript's Date, a moment)
            for f in entity.fields:
                if f.type == "date" and f.type_text.strip("`* ") == "Date":
                    f.type = "datetime"
    _named_by_sibling(found, doc)
    _tables_said_below_headings(found, text)
    _classes_mapped_to_tables(found, text)
    return found + openapi.json_schema_blocks(doc)


# "(`Book` → `Kitaplar`, `Paper` → `Bildiriler`)": the code's class for each table the document names in its own tongue.
CLASS_TO_TABLE = re.compile(r"`([A-Z][A-Za-z0-9]*)`\s*(?:→|->|=>|⇒)\s*`([A-Za-z_][\w]*)`")


def _classes_mapped_to_tables(found: list[RawEntity], text: str) -> None:
    """A table headed by its name in the spec's language (`## Kitaplar`) whose document maps a class to it (`Book` →
    `Kitaplar`): the entity is the class, by which the user and the routes (`/api/books`) name it, kept in that table.
    (A state's `Uploaded` → `Queued` names no table, so it renames nothing.)"""
    pairs = dict(CLASS_TO_TABLE.findall(text))
    if len(pairs) > 12:
        return
    names = {normal_name(e.name) for e in found}
    for class_name, table in pairs.items():
        if normal_name(class_name) in names or normal_name(class_name) == normal_name(table):
            continue
        for entity in found:
            if entity.name == table and entity.table in (None, table):
                entity.name, entity.table = class_name, table
                entity.notes.append(f"{entity.file}:{entity.line}: {MAPPED_CLASS} {class_name} to the table {table}")


MAPPED_CLASS = "the document maps the class"


# 'Tabla: `matches`' on a line of its own under `### Partidos`: the table the section's columns make.
# A field's note that it alone is required: 'the only mandatory field', 'o único campo obrigatório'.
ONLY_REQUIRED = re.compile(r"\bthe\s+only\s+(?:mandatory|required)\s+field\b|\bonly\s+(?:mandatory|required)\s+field\b|"
                           r"[úu]nico\s+campo\s+(?:obrigat[óo]rio|obligatorio)|seul\s+champ\s+obligatoire", re.IGNORECASE)
# ('Tabla: `matches`', '**Database Table**: `df_c_collection` (already exists in ...)')
TABLE_LINE = re.compile(r"^\s*[-*]?\s*\**(?:(?:database|db|sql)\s+)?(?:table|tabla|tabela|tableau|tabelle|tabella|tablo|tabel|表名?|"
                        r"テーブル名?|테이블(?:\s*이름)?)(?:\s+name)?\**\s*[:：]\s*\**`([A-Za-z_][\w.]*)`\**\s*(?:\.|\([^()]*\)\s*\.?)?\s*$",
                        re.IGNORECASE)


# A document store's collection, or the path of its documents: 'Path: `users/{uid}/trips/{tripId}`', 'Collection: `trips`'.
COLLECTION_LINE = re.compile(r"^\s*\**(?:(?:firestore|document|collection)\s+)?(?:path|collection|colecci[oó]n|cole[cç][aã]o|"
                             r"chemin|pfad|percorso)\**\s*[:：]\s*\**`(/?[A-Za-z_][\w-]*(?:/[\w{}:$-]+)*)`\**\s*\.?\s*$",
                             re.IGNORECASE)


def _tables_said_below_headings(found: list[RawEntity], text: str) -> None:
    """An entity named by its heading in the spec's language (`### Partidos`) whose section says its table on a line
    before the columns ('Tabla: `matches`'): that is its table, by which a user names it."""
    lines = text.splitlines()
    for entity in found:
        if entity.table or entity.kind not in ("bullets", "table"):
            continue
        for line in reversed(lines[max(0, entity.line - 12): max(entity.line - 1, 0)]):
            if re.match(r"\s*#{1,6}\s", line) and not re.fullmatch(
                    r"\s*#{1,6}\s+(?:schema|table\s+schema|fields|columns|structure|estrutura|campos|esquema)\s*:?\s*", line, re.IGNORECASE):
                break  # (not past the entity's heading; but past its '#### Schema' over the columns)
            if said := TABLE_LINE.match(line):
                entity.table = said.group(1).rsplit(".", 1)[-1]
                break
            if (said := COLLECTION_LINE.match(line)) and (named := [part for part in said.group(1).strip("/").split("/")
                                                                    if re.fullmatch(r"[A-Za-z_][\w-]*", part)]):
                entity.table = named[-1].replace("-", "_")  # 'Path: `users/{uid}/trips/{tripId}`': the trips collection
                break


GENERIC_SECTION = re.compile(r"(fields|columns|attributes|properties|campos|colunas|atributos|champs|attributs|felder|"
                             r"spalten|unnamed)", re.IGNORECASE)
ENTITY_HEADING = re.compile(r"(?:entity|entidad|entidade|entité|entität|model|modelo|modèle)\s*[:：]\s*`?([A-Za-z_]\w*)`?\s*"
                            r"(?:\([^)]*\))?\s*$", re.IGNORECASE)


# Words that say which of an entity's fields a section lists, not whose: '### Key Fields' under '## Client'.
FIELD_GROUP = re.compile(r"(?:(?:key|core|main|basic|base|common|shared|standard|additional|extra|optional|required|mandatory|"
                         r"primary|secondary|other|custom|general|essential|own|extended|computed|derived|system|audit|"
                         r"metadata|identity|tracking|business|domain|stored|persisted|principal(?:es)?|principais|clave|"
                         r"chave|b[áa]sic[oa]s|adicionai?s|adicionales|obligatoires|principaux|suppl[ée]mentaires)[\s-]+)+"
                         r"(fields|columns|attributes|properties|campos|colonnes|champs|felder)|"
                         # (and the Romance order, the noun first: 'Campos requeridos en el body', 'Champs facultatifs')
                         r"(?:campos|colunas|atributos|champs|colonnes|attributs|campi)\s+(?:requeridos|obligatorios|opcionales|"
                         r"obrigat[óo]rios|opcionais|obligatoires|facultatifs|optionnels|adicionales|adicionais|"
                         r"obbligatori|opzionali)(?:\s+(?:en|del|do|no|dans|du|nel)\s+(?:el\s+|le\s+|o\s+)?(?:body|cuerpo|corpo|corps))?"
                         r"|(?:required|optional)\s+(?:body\s+)?(?:fields|parameters)\s+(?:in|of)\s+the\s+body", re.IGNORECASE)
# A group of fields the request must send, or may leave out
REQUIRED_GROUP = re.compile(r"\b(?:required|mandatory|requeridos|obligatori[oa]s|obrigat[óo]ri[oa]s|obligatoires|obbligatori)\b",
                            re.IGNORECASE)
OPTIONAL_GROUP = re.compile(r"\b(?:optional|opcionales|opcionais|facultatifs|optionnels|opzionali)\b", re.IGNORECASE)


def _named_by_sibling(found: list[RawEntity], doc: Document) -> None:
    """`## Entity: Empleado` then `## Fields` (its own heading, a sibling): the fields' entity is Empleado."""
    parts: dict[tuple[str, str], RawEntity] = {}
    for entity in list(found):
        heads = entity.context.split(" / ")
        # `## Entity: Client` over `### Shared Base Fields` and `### Particulier-Specific Fields`: one table in parts;
        # `## Client` over `### Key Fields`: the section lists the Client's fields, it names no entity `Key`
        grouped = len(heads) >= 2 and FIELD_GROUP.fullmatch(heads[-1].strip(" *:`#")) and tables.entity_name(heads[-2:-1])
        # (`### Domain shape (libs/shared/src/schemas/task.ts)` under `## Entity: Task` is the Task's shape, too)
        section = re.sub(r"[（(][^)）]*[)）]", "", heads[-1]) if len(heads) >= 2 else ""
        if len(heads) >= 2 and (grouped or re.search(r"\b(fields|columns|attributes|properties|campos|colonnes|champs|felder|shape)\s*$",
                                                     section, re.IGNORECASE)) and (owner := ENTITY_HEADING.search(heads[-2]) or re.match(
                                             # (`### ShoppingList Entity` over `#### Fields (Inherited from BaseEntity)`)
                                             r"\W*`?([A-Z][A-Za-z0-9]*)`?\s+(?i:entity|model|aggregate|table)\s*$", heads[-2]) or grouped):
            key = (entity.file, " / ".join(heads[:-1]))
            said = REQUIRED_GROUP.search(heads[-1]) and True or (False if OPTIONAL_GROUP.search(heads[-1]) else None)
            for f in entity.fields if grouped and said is not None else ():
                if f.required is None:  # ('#### Campos opcionales:' over the ones a request may leave out)
                    f.required, f.nullable = said, not said
            if key in parts and parts[key] is not entity:
                parts[key].fields += [f for f in entity.fields if f.name not in {g.name for g in parts[key].fields}]
                found.remove(entity)
                continue
            entity.name, parts[key] = owner if isinstance(owner, str) else owner.group(1), entity
            continue
        if not GENERIC_SECTION.fullmatch(normal_name(entity.name)):
            continue
        before = [text for line, _level, text in doc.headings if line < entity.line]
        if len(before) >= 2 and GENERIC_SECTION.search(before[-1]) and (named := ENTITY_HEADING.search(before[-2])):
            entity.name = named.group(1)
    for (file, parent), whole in parts.items():
        # `### Behavioral Stats (derived)` and `### AI Summary` beside the Client's `### Key Fields`: more of its
        # columns in a table of their own, when that table has no key of its own and no other line names it
        for entity in [e for e in found if e.file == file and e.kind == whole.kind and e is not whole]:
            heads = entity.context.split(" / ")
            title = re.sub(r"[（(][^)）]*[)）]|[*`#]", "", heads[-1]).strip()
            if " / ".join(heads[:-1]) != parent or not title or any(
                    normal_name(f.name) in ("id", f"{normal_name(entity.name)}_id") for f in entity.fields) \
                    or len(re.findall(rf"(?<!\w){re.escape(title)}(?!\w)", doc.text, re.IGNORECASE)) > 1:
                continue
            added = [f for f in entity.fields if f.name not in {g.name for g in whole.fields}]
            if re.search(r"\b(derived|computed|calculated|cached|system[- ]managed|read[- ]only)\b", heads[-1], re.IGNORECASE):
                for f in added:  # the system fills them in: a client never has to send them
                    f.required, f.nullable = False, True
            whole.fields += added
            found.remove(entity)
            whole.notes.append(f"{file}:{entity.line}: the columns under '{heads[-1]}' ({', '.join(f.name for f in added)}) are "
                               f"more of {whole.name}'s, as that section sits under its heading and keys no table of its own")


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
    "data_de_criacao", "dibuat_pada", "tarikh_dicipta", "cree_le", "date_creation", "erstellt_am",
    "create_time", "created_time", "creation_time", "gmt_create", "date_created", "created_date", "creation_date",
    "created", "create_date", "create_at", "inserted_at", "add_time", "add_date", "created_at_utc", "created_on_utc",
    "data_hora_criacao", "fecha_hora_creacion",
    "created_utc")} | {  # (`created DATETIME DEFAULT CURRENT_TIMESTAMP`: the row's creation time, typed as one)
    name: "updated_at" for name in ("updated", "modified", "last_modified", "last_modified_at",
    "actualizado_at", "actualizado_en", "actualizada_en", "atualizada_em", "fecha_actualizacion", "fecha_de_actualizacion", "atualizado_em",
    "atualizado_at", "data_atualizacao", "data_de_atualizacao", "diperbarui_pada", "tarikh_dikemaskini",
    "modifie_le", "date_modification", "aktualisiert_am", "geaendert_am", "data_ultima_atualizacao",
    "ultima_atualizacao", "fecha_ultima_actualizacion", "ultima_actualizacion",
    "update_time", "updated_time", "modify_time", "modified_time", "last_update_time", "modified_at", "gmt_modified", "date_modified", "date_updated",
    "modified_date", "updated_date", "last_updated", "update_date", "update_at", "modify_date", "modificado_en", "modificada_en",
    "modificado_em", "modificada_em", "fecha_modificacion", "fecha_de_modificacion", "data_modificacao", "data_de_modificacao",
    "updated_at_utc", "updated_on_utc", "modified_at_utc", "modified_on_utc", "updated_utc", "data_hora_atualizacao",
    "fecha_hora_actualizacion")}  # (EF Core's `CreatedAtUtc`)
# (not `Created` / `LastModified`: the audit columns a framework sets, kept and never asked of the client)
# (and a Vue/React hook's result, `UseScoreEntryReturn`: what a composable hands its component)
VALUE_OBJECT = re.compile(r"[a-z](Input|Props|Params|Request|Response|Result|Dto|DTO|Payload|Data|State|Options|"
                          r"Config|Summary|Form|Args|Filter|Filters|Criteria|Query|List|Collection|Page|Stats|Return|Returns|ReturnType)$|"
                          r"[a-z]With[A-Z]\w*$|^Use[A-Z][a-z]\w*$")
# Types that hold a small object of their own: a geographic point, a map.
STRUCTURED = re.compile(r"GeoPoint|GeoJSON|LatLng|LatLon|Coordinates?|Point|Geometry|Geography|Map|Dictionary|Dict|Record|Object|"
                        r"(?:[A-Z][a-z0-9]+)+(?:Location|Position|Coordinates|GeoPoint|LatLng)")  # (`CityLocation`, `GpsPosition`)
# A class named for the way it is shown or mapped (`ShipmentListItem`, `OrderEntity`): the entity is its stem.
# (Not `Record` or `Document`: a DietRecord or a WikiDocument is the thing itself.)
VIEW_SUFFIX = re.compile(r"([a-z0-9_]+?)_(list_item|row|entity|model|schema|detail|details|dto|db|jpa)")
# A word that says only that a row is kept: an `inventory_item` is what a feature called "inventory" keeps.
KEPT_SUFFIX = re.compile(r"([a-z0-9_]+?)_(items?|entry|entries|records?)")
UNNAMED = {"unnamed", "database", "db", "data", "schema", "model", "table"}
# ('roadmap' as a section of its own, `## Roadmap`, not in a roadmap app's `RoadmapItem` or its title)


# A schema document's rule that every column it does not mark nullable is NOT NULL.
NOT_NULL_RULE = re.compile(
    r"\b(?:all|every|other|remaining|unless)\b[^.\n|]{0,60}\b(?:columns?|fields?|attributes?)\b[^.\n|]{0,40}"
    r"\bnot\s+null\b|(?:그\s*밖의|나머지|모든)\s*(?:컬럼|칼럼|필드)[^.\n|]{0,20}`?NOT\s+NULL|"
    r"(?:其余|其他|其它|所有)[^。\n|]{0,12}(?:字段|列)[^。\n|]{0,12}`?NOT\s+NULL|(?:その他|他の|すべての|全ての)\s*(?:カラム|列|項目)"
    r"[^。\n|]{0,16}`?NOT\s+NULL", re.IGNORECASE)


def _business_date(raw: RawField, entity: RawEntity) -> bool:
    """`date_creation DATE NOT NULL` beside `cree_le TIMESTAMPTZ DEFAULT now()`: the day the group was founded, a
    field of its own; the timestamp the database sets is the created_at."""
    target = SAME_AS_ADDED[snake(raw.name)]
    stamps = [f for f in entity.fields if f is not raw and SAME_AS_ADDED.get(snake(f.name), snake(f.name)) == target]
    return raw.type == "date" and raw.default is NO_DEFAULT and any(f.type == "datetime" for f in stamps)


# An interface named with the `I` prefix of C# and Mongoose code: `IBloodBag` declares the BloodBag.
INTERFACE_NAME = re.compile(r"I[A-Z][a-z]\w*")


# What a reader appends to an entity's heading path to say how it read it: not a heading.
SYNTHETIC_CONTEXT = re.compile(r"altered later|added columns only|bases .*|column spans|dbml|drizzle|field list|graphql|inline|json schema|"
                               r"mermaid|migration|table line|table|tree|typescript|untyped names|untyped|zod")


# Words in parentheses after a heading that say something about it rather than name it: `Category (new)`.
NOT_ALIASES = {"mvp", "new", "nova", "nuevo", "neu", "nouveau", "existing", "existente", "legacy", "optional", "future",
               "deprecated", "draft", "phase", "v1", "v2", "planned", "example", "extended", "updated", "modified", "revised",
               "changed", "extension", "ampliado", "ampliada", "estendido", "erweitert", "étendu"}


def _names(entity: RawEntity) -> set[str]:
    """The entity's names: its table and class, and a translation its heading gives in parentheses
    (`## Resident (Condômino)`), all without accents."""
    names = {entity.key, normal_name(entity.name)}
    heads = re.split(r" / (?![^()（）]*[)）])", entity.context)  # (not the " / " inside a heading's parentheses)
    heading = next((part for part in reversed(heads) if not SYNTHETIC_CONTEXT.fullmatch(part)
                    and not re.fullmatch(r"\*\*[^*()（）]+\*\*\s*[:：]?", part)), "")  # (not `**屬性**:` under it)
    names |= {normal_name(alias.strip()) for said in re.findall(r"[(（]([^()（）]{2,40})[)）]", heading)
              for alias in re.split(r"\s+/\s+", said)  # ('### 1.3 Duello (Duel / Room)': called both)
              if re.fullmatch(r"[^\W\d_][\w\s-]*", alias.strip()) and not alias.strip().isupper()
              and normal_name(alias.strip()) not in NOT_ALIASES}  # (`**Seed Categories** (MVP)` names no MVP entity)
    # ('Data Model: Projetos / Projeto' is a title over a heading: the context joins headings with " / " too)
    paired = re.search(r"(?i:entity|entidad|entidade|entit[ée]|table|tabla|tabela)\s*[:：]\s*`?([A-Z]\w*)`?\s*/\s*"
                       r"`?([A-Z][A-Za-z0-9]*)`?\s*(?=[(（]|$| / )", entity.context)  # (the context joins headings with " / ")
    if paired and paired.group(2).lower() not in tables.GENERIC:  # `## Entity: Job / Task`: the table's name and the one
        # the feature and its API use
        names |= {normal_name(paired.group(1)), normal_name(paired.group(2))}
    glossed = re.match(r"\s*(?:\d+(?:\.\d+)*[.)]?\s*)?([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,12})\s*[(（]\s*`?([A-Za-z_]\w*)`?\s*[)）]",
                       heading)
    if glossed and normal_name(glossed.group(2)) in names:
        names.add(glossed.group(1))  # `### 预约(kfyy_yuyue)`: the table, and what the spec calls it in its own words
    named_by_heading = re.fullmatch(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?`([A-Za-z_]\w*)`\s*", heading)
    if named_by_heading and entity.kind == "sql":  # `### \`actions\`` over `CREATE TABLE civic_actions`: called both
        names.add(normal_name(named_by_heading.group(1)))
    names |= {viewed.group(1) for n in names if (viewed := VIEW_SUFFIX.fullmatch(normal_name(n)))}  # JugadorEntity: jugador
    names |= {kept.group(1) for n in names if (kept := KEPT_SUFFIX.fullmatch(normal_name(n)))}  # InventoryItem: inventory
    if INTERFACE_NAME.fullmatch(entity.name):
        names.add(normal_name(entity.name[1:]))  # TypeScript's and C#'s `IBloodBag`: the BloodBag
    if entity.context.endswith("graphql type") and (typed := re.fullmatch(r"([a-z0-9_]+?)_(type|object|gql)", normal_name(entity.name))):
        names.add(typed.group(1))  # a code-first GraphQL schema's `ProductType` (NestJS, Graphene): the Product
    return {normal_name(without_accents(n)) for n in names if n}


# Short first words of a table's name that say something of it, no schema's prefix: `my_books`, `old_prices`.
NAME_WORDS = {"my", "to", "old", "new", "raw", "the", "all", "web", "api", "net", "sub", "pre", "re", "co", "our", "top",
              "day", "job", "tag", "map", "key", "log", "pet", "car", "bus", "air", "sea", "gym", "art", "bid", "fan", "pay"}


def _named(entity: RawEntity, words: list[str]) -> float:
    """How closely the words of a feature's name name the entity."""
    names = _names(entity)
    target = "_".join(words)
    stemmed = tuple(_stem(w) for w in words)
    flat = target.replace("_", "")
    if target in names or target in {"_".join(singular(w) for w in n.split("_")) for n in names} | {
            singular(n) for n in names} or any(  # (`fill_ups` is the FillUp, though 'ups' alone is too short to be plural)
            tuple(_stem(w) for w in n.split("_")) == stemmed for n in names) or "_" in target and flat in {
            singular(n).replace("_", "") for n in names} | {n.replace("_", "") for n in names}:
        # (and Mongoose's `servicerecords` collection, its model's name run together, is the ServiceRecord)
        return 10  # (every word singular: `animais_adocao` is the feature named animal_adocao; `solicitudes_prestamo`
        # is solicitud_prestamo, one stem a word)
    # (runs of two to five words: an entity's name is no longer, and a long title must not cost its length cubed)
    runs = {"_".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, min(i + 5, len(words)) + 1)}
    stem_runs = {tuple(stemmed[i:j]) for i in range(len(words)) for j in range(i + 2, min(i + 5, len(words)) + 1)}
    if runs & names or stem_runs & {tuple(_stem(w) for w in n.split("_")) for n in names if "_" in n} or any(
            "_" in n and sorted(_stem(w) for w in n.split("_")) == sorted(stemmed) for n in names) or len(words) >= 2 and any(
            tuple(_stem(w) for w in n.split("_"))[-len(words):] == stemmed for n in names):
        # (and the project's prefix before every table's name: `cadenza_service_jobs` is the ServiceJob)
        return 9.5  # `user-keyword-rule` names KeywordRule more closely than KeywordEntry ('recetas familiares', a
        # Receta Familiar, word by word; `reserva-turnos` its TurnoReserva, the same words in the other order)
    if any(len(parts := n.split("_")) >= 2 and len(parts[0]) <= 3 and parts[0] not in NAME_WORDS and tuple(
            _stem(w) for w in parts[1:]) == stemmed for n in names):
        return 9.5  # `WS_SERVICES`, `t_design_project`, `tb_order`: the schema's prefix, then the name of the service
    stems = {_stem(n) for n in names}
    if any(w in names or _stem(w) in stems for w in words):
        return 9
    if any(_cognate(w, n) for w in words for n in names):
        return 8  # `gestao-contratos` names the `contracts` (Portuguese and English words of one root)
    if any(w in n.split("_") or _stem(w) in {_stem(part) for part in n.split("_")} or any(
            _cognate(w, part) for part in n.split("_")) for w in words for n in names
            if not (n.split("_")[-1] in SETTINGS_HEADS and n.split("_")[-1] not in words)):
        # (not `pharmacy_config` for `pharmacy-management`: the app's settings, named for the app)
        # (`rapportini` is a word of riga_rapportino, as Italian plurals go; `auditoria` names the audit of
        # data_audit_log, one root in two languages)
        return 5
    if any(w in n for w in words if len(w) >= 4 for n in names
           if not (n.split("_")[-1] in SETTINGS_HEADS and n.split("_")[-1] not in words)):
        # ('an' is in 'transaction', 'it' in 'recruiter')
        return 3
    return 0


# The last word of a table named for the app it configures or counts up: `pharmacy_config`, `tournament_stats`.
SETTINGS_HEADS = {"config", "configs", "configuration", "configurations", "setting", "settings", "preference", "preferences",
                  "stat", "stats", "statistic", "statistics"}


def _cognate(word: str, name: str) -> bool:
    """Two words of one root across languages: `contrato` and `contract`, `categoria` and `category`, `producto` and
    `product` share their first five letters or more, most of the shorter word."""
    a, b = singular(without_accents(word.lower())), singular(without_accents(name.lower()))
    if a == b or min(len(a), len(b)) < 5 or "_" in a + b:
        return False
    shared = len(os.path.commonprefix([a, b]))
    if {a[shared:], b[shared:]} & {"ing"} and {a[shared:], b[shared:]} & {"er", "or", "ee", "ist"}:
        return False  # `court-reporting` is the activity, no Reporter (the one who does it)
    if {a[shared:], b[shared:]} & {"al", "ical", "ic", "ous", "ive", "ary"} and a[shared:] and b[shared:]:
        return False  # `imss-medical-app` says what kind of app, no MedicineRequest ('medic-al', 'medic-ine')
    return shared >= 5 and shared >= 0.7 * min(len(a), len(b))


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _titles(files: SpecFiles, texts: dict[str, str]) -> list[str]:
    """The spec's own titles (`# Data Model: Dream Stream MVP`), less a 'Data Model:' label before them."""
    out = []
    for path in [*files.schema, *files.feature][:2]:
        title = re.search(r"^#\s+(.+)$", texts[path], re.MULTILINE)
        if title:
            out.append(re.sub(r"^[^:：]*[:：]\s*", "", title.group(1)) if re.search(r"[:：]", title.group(1)) else title.group(1))
    for path in files.feature[:1]:  # the first P1 story, the feature's core: `### User Story 1 - Browse Products (Priority: P1)`
        story = re.search(r"^#{2,4}\s+[^\n]*?\d+\s*[-–—:]\s*([^\n(]+?)\s*\((?:Priority|优先级|優先度|Prioridade|Prioridad)\s*[:：]\s*P1\)",
                          texts[path], re.MULTILINE | re.IGNORECASE)
        if story:
            out.append(story.group(1))
    return out


def _title_words(files: SpecFiles, texts: dict[str, str]) -> list[str]:
    """The words of the spec's own title (`# Data Model: Dream Stream MVP`), for a folder whose name names nothing."""
    return list(dict.fromkeys(w for text in _titles(files, texts) for w in _words_of_title(text)))


def _words_of_title(text: str) -> list[str]:
    """The words of one title, in order: 'Dar de alta recetas familiares' -> dar, alta, receta, familiar."""
    words: list[str] = []
    # ('View Roadmap by Department and Team': what it is grouped or filtered by is no entity of the title's)
    text = re.split(r"\s+(?:by|per|grouped\s+by|filtered\s+by)\s+", text or "", maxsplit=1, flags=re.IGNORECASE)[0]
    # ('Explorar catálogo e concluir compra como visitante ou cliente', 'Book a Class as a Member': who acts, no entity)
    text = re.split(r"\s+(?:as\s+(?:an?\s+)?|como\s+|en\s+tant\s+que\s+)(?=[^\W\d])", text, maxsplit=1, flags=re.IGNORECASE)[0]
    tokens = re.sub(r"[^\w\s-]", " ", without_accents(text)).split()  # ("(Phase 1)", "A / B")
    # ('Customer Success Digital FTE': a discipline named for the people it serves, not their table)
    tokens = [t for i, t in enumerate(tokens) if not (singular(t.lower()) in PEOPLE_WORDS and tokens[i + 1: i + 2] and
                                                      tokens[i + 1].lower() in AREA_WORDS)]
    for token in tokens:
        if re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+", token):
            # 'ModishCarts E-commerce Platform': a name written as one word is the product's, or an entity's
            # whole (`BlogPost`); a word of it (`Carts`) names no CartItem
            words.append("_".join(singular(w) for w in snake(token).split("_")))
            continue
        for word in words_of(token):
            if word not in TITLE_WORDS and len(word) >= 3:  # (and 'jugadores' without its Spanish 'es')
                words += [word, word[:-1]] if word.endswith("e") and len(word) > 5 else [word]
                if re.fullmatch(r"[a-z]+[^aeiou]ing", word) and len(word) > 5 and not re.search(r"(.)\1ing$", word):
                    words.append(word[:-3] + "e")  # ('Voting Leaderboard': what is voted is a Vote; 'Scheduling', a Schedule)
    return words


# '- 預約 (Reservation): id, room_id, ...' in a spec's Key Entities: the entity's name in the spec's own language
CJK_GLOSS = re.compile(r"^[-*\s]*\**([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12})\**\s*[(（]\s*`?([A-Z][A-Za-z0-9]*)`?\s*[)）]",
                       re.MULTILINE)


def _cjk_title_head(pool: list[RawEntity], files: SpecFiles, texts: dict[str, str], title: str) -> str | None:
    """The entity a CJK title ends on: in 'imrbs 會議室預約系統' (meeting-room reservation system) the 會議室 (Room)
    says which reservations; the 預約 (Reservation), named last, is what the feature keeps. The names come from the
    spec's own glosses ('- 預約 (Reservation): ...')."""
    glossed = {normal_name(english): cjk for path in files.feature for cjk, english in CJK_GLOSS.findall(texts[path])}
    placed = sorted((title.rfind(cjk), entity.key) for entity in pool for name in _names(entity)
                    if (cjk := glossed.get(name)) and cjk in title)
    return placed[-1][1] if len({key for _, key in placed}) >= 2 else None


def _title_modifiers(pool: list[RawEntity], titles: list[list[str]], raw_titles: Sequence[str] = ()) -> set[str]:
    """The entities a title names only as the modifier of another one, the word before it: in 'Photo Album
    Organization' the Photo says which albums; the Album is what the feature is about (unless a PhotoAlbum exists).
    One plain word may stand between them: in 'Daily Topic Audio Digest' the Topic says which digest. And, in the
    titles as written (`raw_titles`), what follows 'to' once an entity was named: 'Send a Message to Channels'."""
    keys = {e.key for e in pool}
    single = {key for key in keys if "_" not in key}
    out = set()
    for words in titles:
        for i, first in enumerate(words):
            a = singular(first)
            for gap, second in enumerate(words[i + 1:i + 3]):
                b = singular(second)
                if gap and (words[i + 1] in TITLE_CONNECTORS or singular(words[i + 1]) in single):
                    break  # ('Topic and Digest' names two; 'Photo Album Organization' is Photo's pair with Album)
                if a in single and b in single and a != b and f"{a}_{b}" not in keys:
                    out.add(a)
    for title in raw_titles:
        # ('Send a Message to Multiple Channels': where the message goes, not what the feature keeps, once the title
        # has named its object before)
        tokens = [singular(t) for t in re.findall(r"[a-z]+", title.lower())]
        for i, word in enumerate(tokens):
            if word in ("to", "into", "onto", "across") and any(t in single for t in tokens[:i]):
                rest = [t for t in tokens[i + 1:i + 4] if t not in ("multiple", "many", "several", "all", "each", "the", "a", "an",
                                                                    "other", "different", "your", "their")]
                if rest and rest[0] in single:
                    out.add(rest[0])
    return out


# Words that join or relate a title's entities instead of one modifying the other: 'Topics and Digests', 'Album with Photos'
TITLE_CONNECTORS = {"and", "with", "for", "from", "into", "the", "per", "via", "und", "mit", "para", "con", "com", "avec",
                    "pour", "les", "des", "del", "los", "las", "der", "die", "das"}


TITLE_WORDS = {"mvp", "data", "model", "specification", "feature", "plan", "implementation", "phase", "backend", "frontend",
               "api", "web", "mobile", "platform", "service", "v1", "v2", "version", "project", "overview", "schema"}


def _score(entity: RawEntity, words: list[str]) -> float:
    key = entity.key
    score = _named(entity, words)
    if _is_auth(entity):
        score -= 20
    elif score < 9 and _has_password(entity):
        score -= 3  # a Driver or Member that logs in with a password is the app's user, which the backend's own
        # auth replaces: the feature that names no table is about what those users do (their Trips)
    context = entity.context.lower()
    if entity.kind in ("typescript", "python", "csharp") and VALUE_OBJECT.search(entity.name) or (
            re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z0-9](Response|Dto|DTO|Payload)|(Create|Update|Patch)[A-Z]\w*Request",
                         entity.name)):  # (a LeaveRequest is a table of requests)
        score -= 4  # BudgetData, CreateHabitInput, TaskResponse, GoalWithComputed: not a table (nor, whatever its
        # form, a `QueryResultResponse` table of an API's answer)
    if entity.context.endswith("graphql input"):
        score -= 4  # `input ProductsQueryInput { filter, pagination }`: what a query is asked with, no row
    if re.search(r"not stored|not persisted|in[- ]process|session[- ]local|\bephemeral\b|computed propert|derived propert|view model|read model|"
                 r"\b(?:derived|computed|virtual)\s+(?:data\s+)?(?:entit|structure|type|model|view|shape)|[(（]\s*(?:derived|computed)\b|materiali[sz]ed\s+view|"
                 r"永続化しない|非永続|永続化されない|不持久化|不存储|不落库|no persistid|não persistid|nicht persistiert|"
                 r"non persist", context) or MIGRATION_TABLE.search(key) or CONVENTIONS.search(
            context.split(" / ")[-1] if entity.kind == "bullets" else ""):
        score -= 6  # (a "Konventionen" list, `**IDs:** TEXT`, says how every table stores a kind of value)
    if re.search(r"\bnon-persist|\bnon-?persisted\b|\btransient\b", context):
        score -= 10  # '## Import report (non-persistent response model)' over `### ImportItem`: an answer's shape, never
        # a table, however closely the feature's name (`dicom-import`) names it
    heads = [h for h in context.split(" / ") if h not in ("typescript", "jsdoc", "zod")]
    if re.search(r"\bshapes?\b", " / ".join(heads[-2:])) and entity.kind in ("typescript", "python", "csharp", "openapi"):
        score -= 6  # '## Inbox Item Shape' over an interface: the form an API answers in, not a table
    if FUTURE.search(context) or "chat" in context:
        score -= 8
    if re.search(r"[(（]\s*enum(eration)?\s*[)）]|\benum(eration)?\s*[:：]|^enum\b|列挙型|枚举|열거형",
                 " / ".join(context.split(" / ")[-2:])) and entity.kind in ("bullets", "table"):
        score -= 8  # `### Verdict (enum)` over `- \`AUTOMATABLE\` — ...`: a type's values, not a table's columns
    if _per_user(entity):
        # one row per user (`userId | FK → User, unique`): a profile that extends the user, not what it keeps; a
        # feature that names a word of it (`manual-wallet` for UserWallet) is about what moves through it (Transaction)
        score -= 5 if 0 < score < 9 else 0 if score >= 9.5 else 3  # (unless the feature names it whole: `pet-sitter-...`)
    elif any(normal_name(f.name) in OWNER_NAMES | OWNER_LIKE for f in entity.fields):
        score += 2
    if key in ("profile", "user_profile", "account_profile") and _columns(entity) & PERSON_COLUMNS and score < 9:
        score -= 8  # a Supabase `profiles` row (full_name, avatar_url) extends the user, unless the feature names it
    elif score < 9 and "email" in _columns(entity) and any(PROVIDER_USER_ID.fullmatch(c) for c in _columns(entity)):
        score -= 5  # `clerk_user_id`, `email`, `role`: the signed-in person's own row, mirrored from the auth provider
    columns = {normal_name(f.name) for f in entity.fields}
    if BOOKKEEPING.search(key) or "action" in columns and ({"entity_type", "entity_id"} <= columns or {
            "table_name", "record_id"} <= columns) and score < 5:  # (EntityType, EntityId, Action, OldValue: a log of
        # others' changes; unless the feature is named for it, `seguranca-auditoria`)
        score -= 3  # an audit log, a history, a cache: it records what happens to the entity, or keeps a copy; it is not it
    if ACCESS_CONTROL.fullmatch(key) and score < 9:
        score -= 6  # roles and permissions (Spatie's, Django's groups) say who may act; a feature keeps something else
    score += min(len(entity.fields), 10) / 10
    return score


# Words that call an entity the one the feature is about.
CENTRAL = re.compile(r"\b(?:central|main|core|primary|principal|key)\s+(?:domain\s+)?(?:entity|model|table|aggregate|resource)\b|"
                     r"\b(?:entity|model|table|aggregate)\s*\(\s*(?:main|core|primary|central)\s*\)|"  # '## 7. Job Target Entity (Main)'
                     r"\baggregate\s+root\b|\b(?:entidad|entidade|entit[ée]|tabla|tabela)\s+(?:central|principal|núcleo)\b|"
                     r"ra[íi]z\s+del?\s+agregado|\bHaupt(?:entität|tabelle)\b|核心实体|核心實體|主要实体|中心エンティティ|主エンティティ|핵심\s*엔티티|"
                     r"聚合根|集約ルート|애그리(?:거|게)트\s*루트",  # (an aggregate root, in Chinese, Japanese and Korean)
                     re.IGNORECASE)


def _said_central(entity: RawEntity, texts: dict[str, str]) -> bool:
    """The prose between the entity's heading and its definition calls it the central one ('Central entity for this
    module', 'Entidad principal del dominio')."""
    lines = texts.get(entity.file, "").splitlines()[:max(entity.line - 1, 0)]
    above = []
    squashed = re.sub(r"[\W_]", "", entity.name).lower()
    for line in reversed(lines[-24:]):  # (a code block's imports and comments may come between)
        above.append(line)
        if re.match(r"\s*#{1,6}\s", line) and (squashed in re.sub(r"[\W_]", "", line).lower() or not any(
                re.match(r"\s*#{1,6}\s", earlier) and squashed in re.sub(r"[\W_]", "", earlier).lower() for earlier in lines[-24:])):
            break  # (past '### 业务含义' and '### 关键字段', the entity's parts, to the heading that names it)
    else:
        return False
    return bool(CENTRAL.search("\n".join(above[:-1])) or CENTRAL.search(above[-1]))


# A heading that says its entity is already there (the feature only uses or extends it).
EXISTING = re.compile(r"\b(existing|existente|existentes|existant|existante|existants|existantes|bestehend\w*|vorhanden\w*|esistente|"
                      r"istniej\w+|mevcut|already\s+exists?|unchanged|sin\s+cambios|sem\s+altera\w+)\b|既存|기존|现有|現有|"
                      # ('## `patients` (alteração)', 'Entity 2 — `proposal` (extension)': a table there already, changed)
                      r"[(（]\s*(?:altera[çc][ãa]o|alteraci[óo]n|alteration|altered|extension|extended|modification|modifi[ée]e?|"
                      r"modificad[ao]|erweiterung|ge[äa]ndert)\s*[)）]",
                      re.IGNORECASE)
# A heading over the tables a feature changes: 'Schema Changes Required', 'New tables', 'Migration'.
CHANGED = re.compile(r"\b(schema\s+changes?|changes?\s+required|new\s+(?:tables?|entit(?:y|ies)|models?)|migrations?|"
                     r"modified|alterations?|cambios|altera[çc][õo]es|änderungen|nuev[ao]s\s+(?:tablas|entidades)|"
                     r"nov[ao]s\s+(?:tabelas|entidades)|nouvelles\s+(?:tables|entités)|neue\s+(?:tabellen|entitäten)|"
                     r"tabela\s+nova|nova\s+tabela|tabla\s+nueva|nueva\s+tabla|new\s+table|nouvelle\s+table|neue\s+tabelle)\b|"
                     r"変更|新規|变更|新增|新表|변경|신규", re.IGNORECASE)
# A data model that says the feature adds no table: its entity is one it changes.
NO_NEW_TABLES = re.compile(r"\bno\s+new\s+(?:tables?|entit(?:y|ies)|models?|collections?)\b|\bno\s+(?:tables?|entities)\s+(?:are\s+)?"
                           r"(?:added|created)\b|\bkeine\s+neuen\s+tabellen\b|\bsin\s+(?:nuevas\s+tablas|tablas\s+nuevas)\b|"
                           r"\bsem\s+(?:novas\s+tabelas|tabelas\s+novas)\b|\baucune\s+nouvelle\s+table\b|新規テーブルなし|无新表|无需新表",
                           re.IGNORECASE)
# A heading that says this feature leaves the entity as it is: no change to its schema at all.
# '### 1. Medicine (EXISTING - Enhanced)': a table there already, that this feature changes: none the less its own.
ENHANCED = re.compile(r"\b(enhanced|extended|expanded|augmented|updated|modified)\b", re.IGNORECASE)
UNTOUCHED = re.compile(r"\b(unchanged|no\s+(?:schema\s+)?changes?|no\s+migration|sin\s+cambios|sem\s+altera\w+|"
                       r"unver[äa]ndert|inchang[ée]e?s?)\b|変更なし|无变更|無變更|변경\s*없음", re.IGNORECASE)
# The migration tool's own bookkeeping (goose, Flyway, Alembic, EF Core, Knex, Rails).
MIGRATION_TABLE = re.compile(r"^(goose_db_version|flyway_schema_history|alembic_version|_?_?ef_migrations_history|"
                             r"knex_migrations(_lock)?|schema_migrations|ar_internal_metadata|migrations|django_migrations)$")
CONVENTIONS = re.compile(r"\b(conventions?|konventionen|convenciones|conven[çc][õo]es|conventies|konwencje)\b|约定|規約|규칙")
# The id an external auth provider gives the signed-in person: Clerk's, Auth0's, Firebase's, Cognito's, Supabase's.
PROVIDER_USER_ID = re.compile(r"(clerk|auth0|firebase|cognito|supabase|kinde|stytch|workos|okta|external_auth|auth)_"
                              r"(user_)?(id|uid|sub|subject)|firebase_uid|cognito_sub")
PERSON_COLUMNS = {"full_name", "display_name", "avatar_url", "avatar", "username", "first_name", "last_name", "bio",
                  "nickname", "photo_url"}
# The tables of an access-control system: roles, permissions and the links between them and the users.
ACCESS_CONTROL = re.compile(r"(user_)?(role|permission)|(role|permission)_(user|role|permission)|"
                            r"model_has_(role|permission)|role_has_permission|auth_group(_permission)?|"
                            r"user_[a-z0-9_]+_(permission|role|access_grant)")  # (`user_financial_permissions`: who may see)
# Tables that keep a record of changes to others, or a copy of them, rather than data of their own.
BOOKKEEPING = re.compile(r"(^|_)(audit|audits|audit_log|log|logs|history|histories|changelog|activity_log|event_log|"
                         r"cache|caches)(_(?:trail|trails|entry|entries|record|records|item|items))?$|(^|_)audit_trail")


def _per_user(entity: RawEntity) -> bool:
    """The entity has one row per user: its user id is unique or its key, or it has no id but the user's."""
    owner = [f for f in entity.fields if normal_name(f.name) in OWNER_NAMES]
    if not owner:
        return False
    keyed = any(f.primary_key or normal_name(f.name) in ("id", "_id") for f in entity.fields)
    # (a list of names often leaves the id out, so there a missing id says nothing)
    return any(f.unique or f.primary_key for f in owner) or (not keyed and entity.kind != "bullets")


def _referenced_table(name: str, keyed_tables: frozenset[str] | set[str] | dict[str, str | None]) -> str | None:
    """The table a reference column's name points to, among the keyed ones: `lawyer_id` or `lawyerId` a lawyer's (or
    the `lawyers`'), `home_team_id` a team's by its last word."""
    target = re.sub(r"_?id$", "", snake(name))
    last = target.rsplit("_", 1)[-1]
    return next((k for k in dict.fromkeys((normal_name(target), normal_name(default_plural(target)), normal_name(last),
                                          normal_name(default_plural(last)))) if k in keyed_tables), None)


def _natural_key(raw: RawField, entity: RawEntity) -> bool:
    """The only key column holds a value the client gives (`market_code VARCHAR(20)`, a wristband's `tag_id TEXT`),
    not one the database or the server makes (an integer, a uuid, the table's own `<name>_id`)."""
    if sum(f.primary_key for f in entity.fields) != 1 or raw.type not in ("str", "text"):
        return False
    name = snake(raw.name)
    names = {entity.key, normal_name(entity.name), snake(entity.table or entity.name)}
    # (`id_pedido`, `cod_pedido`, Vietnamese `maPhieu` of a PhieuMuon: the row's own id, named the other way round)
    own = {f"{n}_id" for n in names} | {f"{p}_{n}" for n in names | {n.split("_")[0] for n in names}
                                         for p in ("id", "ma", "cod", "codigo")} | {"id", "uuid", "pk", "key", "guid", "cuid", "ulid"}
    made = re.search(r"uuid|guid|cuid|nanoid|ulid|auto|generat|gen_random|serial|identity|sequence|random|自增|自動|自动|採番",
                     f"{raw.type_text} {raw.description} {raw.default if raw.default is not NO_DEFAULT else ''}",
                     re.IGNORECASE)
    return name not in own and not made


def _referenced(pool: list[RawEntity]) -> dict[str, float]:
    """The entity most of the others refer to (`MemberId | FK → Member` in the fees, the payments, the attendance
    records...), when it has columns of its own: what the domain is about (half a point for each referrer past two)."""
    keys = {e.key for e in pool if not _is_auth(e)}
    referrers: dict[str, set[str]] = {}
    for entity in pool:
        if _score(entity, []) <= -4:
            continue  # (`MovieWithShowtimes` under 'Derived Data Structures' joins two tables; it refers to none)
        for f in entity.fields:
            name = normal_name(f.name)
            target = name[:-3] if name.endswith("_id") else None
            pointed = re.search(r"(?:→|->|\bfk\b|references?)\s*`?([A-Z]\w*)", f"{f.type_text} {f.description}")
            for key in {target, normal_name(pointed.group(1)) if pointed else None} & keys - {entity.key}:
                referrers.setdefault(key, set()).add(entity.key)
    rich = {e.key for e in pool if not _thin(e) and len(e.fields) >= 5}
    return {key: min(2.0, 0.5 * (len(others) - 2)) for key, others in referrers.items() if len(others) >= 3 and key in rich}


def _parts_of(entity: RawEntity, keys: set[str]) -> set[str]:
    """The entities among `keys` this one is a part of: a column points to them, by name (`workout_exercise_id`) or
    by its note (`session_id | FK → workout_sessions.id`), and the row goes with them (`ON DELETE CASCADE`) or
    has its place among their others (`position`, `sort_order`). A plain reference, a session's plan, is no part."""
    ordered = any(re.fullmatch(r"(?:sort_|display_)?(?:order|position|index)(?:_index)?|set_number|seq(?:uence)?",
                               snake(f.name)) for f in entity.fields)
    found = set()
    for f in entity.fields:
        said = f"{f.type_text} {f.description}"
        if not (ordered or re.search(r"cascade", said, re.IGNORECASE)):
            continue
        if re.search(r"(_id|[a-z]Id)$", f.name):
            found.add(_referenced_table(f.name, keys))
        if pointed := re.search(r"(?:→|->|\bfk\b|references?)\s*[`\"]?([A-Za-z_]\w*)", said, re.IGNORECASE):
            found.add(normal_name(pointed.group(1)))
    return found & keys - {entity.key}


def _roots(keys: set[str], pool: list[RawEntity]) -> set[str]:
    """Of the entities `keys` names, the whole the others are parts of, a part of none of them (`workout_sessions`
    over `workout_exercises` over `workout_sets`); nothing where that is not one entity."""
    parts = {key: set().union(*(_parts_of(e, keys) for e in pool if e.key == key)) for key in keys}
    roots = {key for key in keys if not parts[key] and any(key in wholes for wholes in parts.values())}
    return roots if len(roots) == 1 else set()


def _thin(entity: RawEntity) -> bool:
    """A table of a name and nothing more (a Board: `name`; a Column: `name`, `position`, its board): it holds others."""
    own = [f for f in entity.fields if not (f.primary_key or f.foreign_key or normal_name(f.name) in OWNER_NAMES | ADDED
                                            or snake(f.name) in ADDED_COLUMNS or re.search(r"(_id|[a-z]Id)$", f.name)
                                            or snake(f.name) in ("position", "order", "sort_order", "rank"))]
    return len(own) <= 1


KEY_ENTITIES = re.compile(r"^(#{2,6})\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:key|core|main)\s+entit(?:y|ies)\b|^(#{2,6})\s*(?:\d+(?:\.\d+)*"
                          r"[.)]?\s*)?(?:entidades?\s+(?:clave|principa(?:l|is|les))|entit[ée]s?\s+(?:cl[ée]s?|principales)|"
                          r"schl[üu]sselentit[äa]ten|主要实体|关键实体|主要エンティティ|主要な?エンティティ|핵심\s*엔티티|주요\s*엔티티)",
                          re.IGNORECASE | re.MULTILINE)


def _key_entities(pool: list[RawEntity], feature_texts: list[str]) -> set[str]:
    """The entities a feature spec's 'Key Entities' section lists (`- **GameRoom**: ...`, `- **Pedido (Order)**`), where
    the data model also defines others: Spec Kit's template asks the feature for the data it involves, so a table the
    section leaves out (a join table, the user's profile) is not what the feature keeps."""
    listed: set[str] = set()
    for text in feature_texts:
        for heading in KEY_ENTITIES.finditer(text):
            level = len(heading.group(1) or heading.group(2))
            end = re.compile(rf"^#{{1,{level}}}\s", re.MULTILINE).search(text, heading.end())
            section = text[heading.end(): end.start() if end else len(text)]
            for head in re.findall(r"^\s*[-*+]\s+(?:\*\*|__)([^*_\n]{1,80})(?:\*\*|__)", section, re.MULTILINE):
                listed |= {normal_name(part) for part in re.split(r"\s*[(（)）/]\s*", head) if part.strip()}
    keys = {e.key for e in pool if e.key in listed or normal_name(e.name) in listed}
    named = [e for e in pool if e.key in keys]
    # (and a listed entity's table under another name: TemperatureReading's columns in `CREATE TABLE readings`)
    keys |= {e.key for e in pool if e.kind != "bullets" and any(
        len(_columns(e) & _columns(n) - ADDED) >= max(2, 0.6 * len(_columns(e) - ADDED)) for n in named if n.key != e.key)}
    others = {e.key for e in pool if not _is_auth(e) and e.kind not in ("bullets", "example")} - keys
    return keys if keys and others else set()


ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|with|for|each|when)\b", re.IGNORECASE)
ROMANCE_WORDS = re.compile(r"\b(?:de|la|el|los|las|des|du|le|les|da|do|das|dos|di|il|che|et|y|e|com|con|avec|para|pour)\b",
                           re.IGNORECASE)


def _compound_head(pool: list[RawEntity], feature: str, prose: list[str]) -> set[str]:
    """The entity the head noun of the feature's name names, where two words of it name two entities: English puts
    the head last (`photo-albums` keeps Albums of photos), Spanish, French, Portuguese and Italian put it first
    (`reserva-salas` keeps Reservas of rooms). The prose's own function words say which language it is. Either way
    the first word is written singular; `categories-budgets` is a list of two, no compound."""
    words = words_of(feature)
    written = re.split(r"[-_\s]+", snake(re.sub(r"^\d+[-_]", "", PurePosixPath(feature).name)))
    hits: dict[int, set[str]] = {}
    for entity in pool:
        if _is_auth(entity) or _named(entity, words) != 9:
            continue
        said = [i for i, word in enumerate(words) if _named(entity, [word]) >= 9]
        if len(said) == 1:
            hits.setdefault(said[0], set()).add(entity.key)
    if len(hits) < 2 or words[min(hits)] not in written:
        return set()
    text = "\n".join(prose)
    english = len(ENGLISH_WORDS.findall(text)) > len(ROMANCE_WORDS.findall(text))
    return hits[max(hits) if english else min(hits)]


def _containers(pool: list[RawEntity], words: list[str]) -> list[tuple[str, str]]:
    """(the thin container a word of the feature's name names whole, the first entity down its references that is
    more than a name), when the way down is one entity at each step."""
    out = []
    for named in {e.key: e for e in pool if _named(e, words) == 9 and _thin(e) and not _is_auth(e)}.values():
        current, seen = named, {named.key}
        while _thin(current):
            holders = {e.key: e for e in pool if e.key not in seen and not _is_auth(e) and e.name != "unnamed" and any(
                normal_name(f.name) == f"{current.key}_id" for f in e.fields) and any(f.primary_key for f in e.fields)}
            # (a stored row, with its own key: a `TaskReorderPayload { columnId }` holds nothing)
            if len(holders) != 1:
                break
            current = next(iter(holders.values()))
            seen.add(current.key)
        if current is not named and not _thin(current):
            out.append((named.key, current.key))
    return out


def _singletons(pool: list[RawEntity], words: list[str], prose: list[str]) -> list[tuple[str, str]]:
    """(the entity the feature's name names that the spec keeps one of, the one entity it says that one holds many
    of): "a single podcast per instance" that "contains multiple episodes"."""
    text = "\n".join(prose)
    by_key = {e.key: e for e in pool if not _is_auth(e)}
    out = []
    for key, entity in by_key.items():
        if _named(entity, words) < 9:
            continue
        others = [k for k in by_key if k != key and len(by_key[k].fields) >= 3]
        said = r"\s+".join(re.escape(w) for w in key.split("_"))
        then = "|".join(re.escape(w) for k in others for w in k.split("_")) or "(?!)"
        # (not "a single podcast episode": the single one of another entity)
        if not re.search(rf"\b(?:the|a|one)\s+single\s+{said}\b(?!\s+(?:{then})\b)|\bsingle\s+{said}\s+per\s+"
                         rf"(?:instance|app|application|installation|deployment|site|server)\b", text, re.IGNORECASE):
            continue
        gap = r"[\s_]+"
        held = [k for k in others if re.search(
            rf"\b(?:contains?|holds?|has|have|with)\s+(?:multiple|many|several|one\s+or\s+more|a\s+list\s+of)\s+"
            rf"{gap.join(re.escape(w) for w in default_plural(k).split('_'))}\b", text, re.IGNORECASE)]
        if len(held) == 1:
            out.append((key, held[0]))
    return out


def _held_values(pool: list[RawEntity]) -> set[str]:
    """The objects without an id of their own that another entity, one with an id, holds as the type of a member
    (`suitability: z.array(SuitabilitySchema)` in `PalSchema`): parts of that row, never the entity a feature is about."""
    whole = [e for e in pool if any(f.primary_key or normal_name(f.name) in ("id", "_id") for f in e.fields)]
    held = set()
    for part in pool:
        if part in whole or any(f.primary_key or normal_name(f.name) in ("id", "_id") for f in part.fields):
            continue
        named = re.compile(rf"\b{re.escape(part.name)}(?:Schema)?\b(?![.(])")
        # (by its type, `Suitability[]`, or by a member named for it, `drops: z.array(DropSchema)`)
        if any(named.search(f.type_text) and not re.search(r"\bfk\b|→|->|references|foreign", f.type_text, re.IGNORECASE)
               or singular(normal_name(f.name)) == singular(part.key) and re.search(
                r"array|object|\[\]|json|list|embed|struct|map", f.type_text, re.IGNORECASE) for e in whole
               if e.key != part.key for f in e.fields):
            held.add(part.key)
    return held


def _hollow(entity: RawEntity) -> bool:
    """A table with no field the client sends (`favorites`: the owner and a composite key): it links two others, so it
    yields to any entity with a field of its own, unless the feature is named for it alone."""
    return not any(not (f.primary_key or f.name.startswith("_") or normal_name(f.name) in OWNER_NAMES | ADDED
                        or snake(f.name) in ADDED_COLUMNS) for f in entity.fields)


PAGING_FIELDS = {"page", "size", "page_size", "per_page", "total", "total_elements", "total_pages", "total_count",
                 "has_next", "has_previous", "has_more", "next_cursor", "cursor", "offset", "limit", "content", "items",
                 "results", "page_number", "number_of_elements"}


def _envelope(entity: RawEntity) -> bool:
    """`PlayerPage { content, page, size, totalElements, hasNext }`: a page of rows the API answers, not a row."""
    paging = sum(snake(f.name) in PAGING_FIELDS for f in entity.fields)
    # (or `| Messaje | String |` and `| Booking | Object |`: a message and the row, wrapped, which a response answers)
    held = [f for f in entity.fields if f.type == "json" or f.type_text.strip("`* ").lower() in ("object", "obj", "objeto", "objet")]
    wrapped = bool(held) and len(entity.fields) <= 4 and all(
        f in held or snake(f.name) in MESSAGE_FIELDS for f in entity.fields) and any(snake(f.name) in MESSAGE_FIELDS for f in entity.fields)
    return paging >= 3 and 2 * paging >= len(entity.fields) or wrapped


# The words a response wraps a row with: its message and status
MESSAGE_FIELDS = {"message", "messaje", "msg", "mensaje", "mensagem", "success", "ok", "error", "errors", "status_code"}


def _columns(entity: RawEntity) -> set[str]:
    return {normal_name(f.name) for f in entity.fields}


def _stores(entity: RawEntity, chosen: RawEntity) -> bool:
    """`CREATE TABLE rates` of the columns of the chosen `struct ExchangeRate`: the table the application's model is
    stored in, which says the columns' storage types, NOT NULLs and indexes; or `class Audit(SQLModel, table=True)`
    with `__tablename__ = "audit"`, the columns of the chosen `### Audit Record` described in a table."""
    # (or `CREATE TABLE message_attachments` beside the `Attachment`'s rules as bullets: its table, named with the
    # aggregate's name before its own)
    prefixed = entity.kind == "sql" and chosen.kind == "bullets" and not chosen.table and re.fullmatch(
        rf"[a-z0-9]+_(?:{re.escape(chosen.key)}|{re.escape(default_plural(chosen.key))})", normal_name(entity.table or entity.name)
        ) is not None
    if not (entity.kind == "sql" and chosen.kind in ("orm", "python", "csharp", "typescript")) and not (
            entity.kind in ("python", "orm", "csharp") and entity.table and not chosen.table
            and chosen.kind in ("table", "bullets")) and not prefixed:
        return False
    mine = {normal_name(f.name) for f in entity.fields} - ADDED - OWNER_NAMES
    theirs = {normal_name(f.name) for f in chosen.fields} - ADDED - OWNER_NAMES
    if prefixed:  # (the rules name some of the table's columns, all of them its)
        return len(mine & theirs) >= 3 and mine >= theirs
    return len(mine & theirs) >= 4 and len(mine & theirs) >= 0.8 * max(len(mine), len(theirs))


def _heading_alias(entity: RawEntity, name: str, wanted: str) -> str | None:
    """The other name a heading gives the entity, `Subasta (Auction)`, when it is the one asked for (`wanted`): one word
    each side, one of them the entity's name."""
    for heading in entity.context.split(" / "):
        both = re.fullmatch(r"[\W\d]*([^\W\d_][\w-]*)\s*[(（]\s*`?([^\W\d_][\w-]*)`?\s*[)）][\s\W]*", heading.strip())
        if both and name in (normal_name(without_accents(both.group(1))), normal_name(without_accents(both.group(2)))):
            other = next(w for w in both.groups() if normal_name(without_accents(w)) != name) if len(
                {normal_name(without_accents(w)) for w in both.groups()}) == 2 else None
            if other and normal_name(without_accents(other)) in (wanted, default_plural(wanted)):
                return other
    return None


def _schema_of(entity: RawEntity, chosen: RawEntity) -> bool:
    """`interface EventSchema` beside an ER drawing's `EVENTS`: the code that defines the chosen table, named for it
    with a word that says so (Schema, Row, Record, Table), with most of its columns."""
    named = re.fullmatch(r"([a-z0-9_]+?)_(schema|row|record|table|entity|model)", normal_name(entity.name))
    if not named or entity.kind not in ("typescript", "python", "csharp", "orm") or entity.key == chosen.key:
        return False
    mine, theirs = _columns(entity) - ADDED, _columns(chosen) - ADDED
    return singular(named.group(1)) in {chosen.key, singular(normal_name(chosen.name))} and len(mine & theirs) >= 0.8 * len(theirs)


def _projections(pool: list[RawEntity]) -> list[tuple[RawEntity, RawEntity]]:
    """An application's type of three or more columns, all of them one stored table's, which has more: a view of that
    table (a list row, a joined read), paired with the table."""
    found = []
    for view in pool:
        mine = _columns(view) - ADDED - OWNER_NAMES - {"id"}
        if view.kind not in ("typescript", "python", "csharp") or len(mine) < 3:
            continue
        tables = [t for t in pool if t.kind in ("sql", "table", "orm") and t.key != view.key
                  and mine < _columns(t) - ADDED - OWNER_NAMES - {"id"}]
        if len(tables) == 1:
            found.append((view, tables[0]))
    return found


def _same_columns(entity: RawEntity, chosen: RawEntity) -> bool:
    """A table under a heading that names nothing ('Column Specifications') with the chosen entity's columns; or,
    whatever its heading, a table of five or more of them ('Dicionário de Dados do Formulário'): the same entity told
    twice, the second time with its rules."""
    mine, theirs = {normal_name(f.name) for f in entity.fields}, {normal_name(f.name) for f in chosen.fields}
    if entity.kind == "bullets":
        # (`#### 字段说明` under the CREATE TABLE: a note on each of its columns, the same columns, in the same file)
        return entity.file == chosen.file and entity.line > chosen.line and chosen.kind != "bullets" and not any(
            f.type_text.strip() for f in entity.fields) and len(mine & theirs) >= 5 and len(
            mine & theirs) >= 0.9 * len(mine) and len(mine & theirs) >= 0.8 * len(theirs)
    if _stores(entity, chosen):
        return True
    if normal_name(entity.name) not in UNNAMED:
        if all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", e.table or e.name) for e in (entity, chosen)) and (
                normal_name(entity.table or entity.name) != normal_name(chosen.table or chosen.name)):
            return False  # `## incomes` and `## expenses`: two tables of the same shape, each named as tables are
        mine, theirs = mine - ADDED - OWNER_NAMES, theirs - ADDED - OWNER_NAMES  # (id, user_id, created_at say nothing)
        return entity.kind == "table" and len(mine & theirs) >= 5 and len(mine & theirs) >= 0.8 * len(mine) and len(
            mine & theirs) >= 0.6 * len(theirs)
    return len(mine) >= 2 and len(mine & theirs) >= 0.8 * len(mine)


# The words an OpenAPI document is made of, not what it says: `content:` is its media types, no PageContent.
OPENAPI_KEYWORDS = re.compile(
    r"""^(\s*-?\s*)["']?(?:content|schema|schemas|responses|requestBody|parameters|properties|items|components|"""
    r"""securitySchemes|examples?|required|type|format|nullable|enum|default|allOf|oneOf|anyOf)["']?\s*:""",
    re.MULTILINE)


def _prose(files: SpecFiles, texts: dict[str, str]) -> list[str]:
    """The feature and API specs as words about the feature: an OpenAPI file without its own keywords."""
    return [OPENAPI_KEYWORDS.sub(r"\1:", texts[p]) if p.endswith((".yaml", ".yml", ".json")) else texts[p]
            for p in files.feature + files.api]


def _mentions(pool: list[RawEntity], prose: list[str]) -> dict[str, float]:
    """How much the feature and API specs talk about each entity (at most 2 points): the folder's name may not say.
    Each mention counts once, for the longest name it spells: "workspace join request" is not also "workspace"."""
    text = without_accents("\n".join(prose))  # (a `Vehiculos` table is the "vehículo" of the prose)
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
    for alias, key in _translations(text, pool, owners):
        owners.setdefault(alias, {key})  # (a name another entity already has stays that entity's)
    pattern = "|".join(re.escape(f) + "(?:e?s)?" for f in sorted(owners, key=len, reverse=True))
    counts: dict[str, int] = {}
    for match in re.finditer(rf"(?<![A-Za-z0-9_])(?:{pattern})(?![A-Za-z0-9_])", text, re.IGNORECASE):
        said = match.group(0).lower()
        keys = owners.get(said) or owners.get(said[:-1]) or owners.get(said[:-2]) or set()
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    top = max(counts.values() or [0])
    return {key: 2 * count / top for key, count in counts.items()} if top else {}


DEFINED_AS = re.compile(r"^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+|#{2,6}[ \t]+(?:\d+(?:\.\d+)*[.)]?[ \t]+)?)(?:\*\*|__)?"
                        r"`?([^\W\d_][\w' -]{1,40}?)`?[ \t]*[(（]`?([^\W\d_][\w' -]{1,40}?)`?[)）]", re.MULTILINE)


def _translations(text: str, pool: list[RawEntity], owners: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The prose's own words for an entity, where it defines one beside its name: `**Pedido (Order)**`,
    `### Order (Pedido)`. The feature's prose then says "pedido" ninety times and means the Order."""
    keys = {e.key for e in pool}
    out = []
    for match in DEFINED_AS.finditer(text):
        one, other = (" ".join(side.split()) for side in match.groups())
        for name, alias in ((other, one), (one, other)):
            key = normal_name(name)
            if key in keys and normal_name(alias) not in keys and alias.lower() not in owners \
                    and normal_name(alias) not in NOT_ALIASES | GENERIC_WORDS and len(alias) >= 3:
                out.append((alias.lower(), key))
                break
    return out


def _stem(word: str) -> str:
    """A word without its ending vowels and plural `s`: Italian `rapportini` and `rapportino`, Spanish `sesiones`
    and `sesion` share one stem. Short words keep theirs whole: `note` is not `nota`."""
    word = without_accents(word.lower())
    stem = re.sub(r"(?:[aeiou]+s?|s)$", "", word)
    return stem if len(stem) >= 5 else word


def _served(pool: list[RawEntity], endpoints: list[tuple[str, str]]) -> dict[str, float]:
    """The entities the API's collections are named for, word for word (a point each): the segment before an id
    (`/caja/sesiones/{id}/arqueo-ciego` is about sesiones), or the last of a path with none (`GET /api/rapportini`).
    A word of a name is not enough: `/sessions` serves no SessionMessage."""
    collections: set[tuple[str, ...]] = set()
    for _method, route in endpoints:
        segments = [s for s in route.split("?")[0].strip("/").split("/") if s]
        if any(s.lower() in ("admin", "internal", "backoffice", "back-office") for s in segments):
            continue  # (the back office's settings, `/api/admin/booking-options`, are not what the feature keeps)
        params = [i for i, s in enumerate(segments) if s.startswith((":", "{", "<"))]
        named = [segments[i - 1] for i in params if i > 0 and not segments[i - 1].startswith((":", "{", "<"))]
        if not params and segments:
            named.append(segments[-1])
        # (`/api/support/{ticket_id}/status`: the id's own name says whose row it is)
        named += [key for i in params if re.search(r"[a-z]_?id$", param := snake(segments[i].strip(":{}<>"))) and (
            key := re.sub(r"_?id$", "", param))]
        collections |= {tuple(_stem(w) for w in words_of(snake(segment))) for segment in named}
    served = {}
    for entity in pool:
        names = {entity.name, entity.table or entity.name}
        if {tuple(_stem(w) for w in words_of(snake(name))) for name in names} & collections:
            served[entity.key] = 1.0
    return served


SCHEMA_AFFIXES = re.compile(r"^(Create|Update|New|Patch|Put|Post|Edit|Respuesta|Response|Request|Solicitud)(?=[A-Z])|"
                            r"(Item|Items|Response|Request|Dto|DTO|Input|Output|Payload|Body|Detail|Details|Summary|"
                            r"Resource|Respuesta|Resposta|Read|Public|Out|In|Create|Update|Patch)$")  # (`BookingCreate`)


def _contract_schemas(pool: list[RawEntity], files: SpecFiles, texts: dict[str, str]) -> dict[str, float]:
    """The one entity the API contract's models are named for (`JugadorItem`, `OrderResponse`): a point.
    Where the routes and file names are in another language than the tables (`/players`), the models often are not."""
    models: set[tuple[str, ...]] = set()
    for path in files.api:
        data = openapi.load(texts[path]) if path.endswith((".yaml", ".yml", ".json")) else None
        names = list(((data.get("components") or {}).get("schemas") or data.get("definitions") or {}) if data else []) \
            or re.findall(r"^\s*(?:export\s+)?(?:interface|type|class|record)\s+([A-Z]\w*)", texts[path], re.MULTILINE)
        for name in names:
            bare = SCHEMA_AFFIXES.sub("", str(name)) or str(name)
            models.add(tuple(_stem(w) for w in words_of(snake(bare))))
    named = {e.key for e in pool if {tuple(_stem(w) for w in words_of(snake(n))) for n in (e.name, e.table or e.name)}
             & models}
    return {key: 1.0 for key in named} if len(named) == 1 else {}  # (models of several tables single none out)


LABELLED_HEADING = re.compile(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?([A-Z][A-Za-z0-9]*)\s*[(（]\s*`?(\w+)`?\s*[)）]\s*")


def _unshare_labels(pool: list[RawEntity], texts: dict[str, str]) -> None:
    """'### Pedido (pedidos)' and '### Demanda (pedidos)': a label two headings share (a Django app, a module)
    names neither entity; each is the one its heading names before it. (The other heading counts even where its
    entity was too thin to read: `### Categoria (cardapio)` of one column beside `### Item (cardapio)`.)"""
    headed: dict[tuple[str, str], set[str]] = {}
    for path in {entity.file for entity in pool}:
        for line in texts.get(path, "").splitlines():
            heading = re.match(r"#{1,6}\s+(.*)$", line)
            labelled = LABELLED_HEADING.fullmatch(heading.group(1)) if heading else None
            if labelled:
                headed.setdefault((path, normal_name(labelled.group(2))), set()).add(labelled.group(1))
    for entity in pool:
        heading = entity.context.split(" / ")[-1] if entity.context else ""
        labelled = LABELLED_HEADING.fullmatch(heading)
        if labelled and normal_name(labelled.group(2)) == entity.key and len(headed.get((entity.file, entity.key), ())) > 1:
            entity.name, entity.table = labelled.group(1), None


INHERITS = re.compile(r"\b(?i:inherits?\s+(?:from\s+)?|extends\s+|subclass(?:es)?\s+(?:of\s+)?|derives?\s+from\s+)(?:the\s+)?"
                      r"`?([A-Z][A-Za-z0-9]*(?:Model|Base|Entity|Mixin)|Base[A-Z]\w*)`?")


def _section(text: str, line: int) -> tuple[int, int]:
    """The lines (0-based, end exclusive) of the section that holds `line` (1-based): from the heading above it to
    the next heading of the same or a higher level."""
    lines = text.splitlines()
    start = next((i for i in range(min(line, len(lines)) - 1, -1, -1) if re.match(r"#{1,6}\s", lines[i])), 0)
    level = len(re.match(r"#*", lines[start]).group(0)) or 7
    end = next((i for i in range(start + 1, len(lines)) if (m := re.match(r"(#{1,6})\s", lines[i]))
                and len(m.group(1)) <= level), len(lines))
    return start, end


def _inherited(primary: RawEntity, texts: dict[str, str], known: list[RawEntity]) -> tuple[list[RawField], str]:
    """Columns a model takes from the base its section names in prose ("Inherits from `SoftDeleteModel`"): the
    base's own definition, an entity read elsewhere or the typed bullets under its heading."""
    text = texts.get(primary.file, "")
    start, end = _section(text, primary.line)
    lines = text.splitlines()
    said = next((m for m in INHERITS.finditer("\n".join(lines[start:end]))), None)
    if said is None:
        return [], ""
    base = said.group(1)
    entity = next((e for e in known if e.name == base and e is not primary), None)
    if entity is not None:
        return list(entity.fields), f"{base} ({entity.file}:{entity.line})"
    for path, body in texts.items():
        heading = next((i for i, row in enumerate(body.splitlines()) if re.match(rf"#{{1,6}}\s.*\b{re.escape(base)}\b", row)), None)
        if heading is None:
            continue
        first, last = _section(body, heading + 1)
        rows = body.splitlines()
        fields = [f for i in range(first + 1, last) if (f := bullets.parse_line(rows[i], path, i + 1)) is not None]
        return fields, f"{base} ({path}:{heading + 1})"
    return [], ""


# "Every table includes: `id` (UUID PK), `metadata` (JSON), ..., `school_id` (FK → schools)": columns shared by all
EVERY_TABLE = re.compile(r"\b(?:every|all|each)\s+(?:other\s+)?(?:tables?|entit(?:y|ies)|models?|records?|collections?)\s+"
                         r"(?:also\s+)?(?:includes?|has|have|contains?|gets?|carr(?:y|ies)|shares?)\b[^:\n]{0,40}:\s*(.+)$",
                         re.IGNORECASE | re.MULTILINE)


# `## 3. Base Fields (All Entities)` over a table: the columns every entity carries, written once
SHARED_TABLE = re.compile(r"\b(?:base|common|shared|standard|global)\s+(?:fields?|columns?|attributes|properties)\b|"
                          r"\bortak\s+alanlar|\bcampos\s+(?:comunes|comuns)\b|\bchamps\s+communs\b", re.IGNORECASE)
EVERY_ENTITY = re.compile(r"\b(?:every|all|each)\s+(?:[\w-]+\s+)?(?:entit(?:y|ies)|tables?|models?|records?|collections?)\b|"
                          # (Turkish, Spanish, Portuguese, French: 'Tüm ana iş tablolarında', 'todas las tablas')
                          r"\b(?:tüm|bütün)\s+(?:\w+\s+){0,3}tablo|\btod[ao]s\s+(?:l[ao]s\s+|[ao]s\s+)?(?:tablas|tabelas|entidades)|"
                          r"\btoutes\s+les\s+tables\b", re.IGNORECASE)


def _common_columns(files: SpecFiles, texts: dict[str, str], pool: Sequence[RawEntity] = ()) -> tuple[list[RawField], str]:
    """The columns the schema says every table has, each with what its parentheses say of it (a type, a key), in a
    sentence or in a table of their own."""
    for entity in pool:
        heading = entity.context.split(" / ")[-1]
        shared = SHARED_TABLE.search(entity.context) and EVERY_ENTITY.search(entity.context)
        # ('## Protocol columns (every backed-up table)': any heading of columns that says every table carries them)
        said = re.search(r"\b(?:fields|columns|attributes)\b", heading, re.IGNORECASE) and EVERY_ENTITY.search(heading)
        if entity.file in files.schema and (shared or said):
            return list(entity.fields), f"{entity.file}:{entity.line}"
    for path in files.schema:
        for said in EVERY_TABLE.finditer(texts[path]):
            named = re.findall(r"`([A-Za-z_]\w*)`\s*(?:\(([^()]*)\))?", said.group(1))
            if len(named) < 3:
                continue
            line = texts[path][:said.start()].count("\n") + 1
            fields = []
            for name, note in named:
                keyed = bool(re.search(r"\b(fk|foreign key|references?)\b|→|->", note, re.IGNORECASE))
                kind = None if keyed else classify(note)  # (`FK → schools` says what it refers to, not a type)
                field = RawField(name=name, file=path, line=line, type=kind or bullets.name_type(name),
                                 type_text=note if kind else "", description=note)
                field.primary_key = bool(re.search(r"\b(pk|primary key)\b", note, re.IGNORECASE))
                field.foreign_key = keyed
                fields.append(field)
            return fields, f"{path}:{line}"
    return [], ""


def _every_word_singular(key: str) -> str:
    """`pecas_insumos` (each word plural, as Portuguese writes it) -> `peca_insumo`."""
    return "_".join(singular(w) for w in key.split("_"))


def _extends_another(entity: RawEntity, pool: list[RawEntity]) -> bool:
    """One row per row of another entity (`sesion_caja_id UUID NOT NULL UNIQUE`): a 1:1 part of that one, which is
    what the feature keeps."""
    def stems(name: str) -> tuple[str, ...]:
        return tuple(_stem(w) for w in words_of(snake(name)))

    others = {stems(name) for e in pool if e.key != entity.key for name in (e.name, e.table or e.name)}
    return any((f.unique or f.primary_key) and snake(f.name).endswith("_id") and stems(snake(f.name)[:-3]) in others
               for f in entity.fields)


def _contract_named(pool: list[RawEntity], files: SpecFiles) -> dict[str, float]:
    """The entity an API file is named for (`contracts/knowledge.md`, `specs/api/orders.md`): a point for each."""
    stems = [{_stem(w) for w in set(words_of(PurePosixPath(p).stem)) - CONTRACT_WORDS} for p in files.api]
    named: dict[str, float] = {}
    for entity in pool:
        words = [w for w in words_of(snake(entity.name)) if w not in ("item", "entry", "record")] or words_of(entity.name)
        words = [_stem(w) for w in words]  # (`rapportini-api.md` is about a RigaRapportino)
        if any(stem and (set(words) <= stem or stem <= set(words)) for stem in stems):
            named[entity.key] = 1.5
    return named


def _contract_verbs(pool: list[RawEntity], files: SpecFiles, texts: dict[str, str]) -> dict[str, float]:
    """The entity a contract's operations write (`createDish(...)`, `updateDish(...)`, `CreateDishInput`): a point and
    a half for each kind of write, where the contract is a list of functions rather than routes."""
    verbs: dict[str, set[str]] = {}
    for path in files.api:
        for verb, name in re.findall(r"\b(create|update|delete|add|remove|edit)([A-Z][A-Za-z0-9]*?)(?:Input|Request|Dto|Body|"
                                     r"Payload)?\s*[(<]", texts.get(path, "")[:200_000]):
            verbs.setdefault(normal_name(name), set()).add(verb)
        for verb, name in re.findall(r"\b(Create|Update|New)([A-Z][A-Za-z0-9]*?)(?:Input|Request|Dto|Body|Payload)\b",
                                     texts.get(path, "")[:200_000]):
            verbs.setdefault(normal_name(name), set()).add(verb.lower())
    return {e.key: 1.5 * min(3, len(found)) for e in pool if (found := verbs.get(e.key) or verbs.get(singular(e.key)))}


PERSISTED_AS = re.compile(r"@Table\(\s*name\s*=\s*\"(\w+)\"|__tablename__\s*=\s*[\"'](\w+)[\"']|@@map\(\s*\"(\w+)\"|"
                       r"create\s+table\s+(?:if\s+not\s+exists\s+)?[`\"]?(?:\w+\.)?(\w+)|"
                       # Ecto's `schema "segments" do`, Rails' `create_table :orders`, Django's `db_table = "x"`
                       r"(?-i:^\s*schema\s+\"(\w+)\"\s+do\b)|\bcreate_table\s+[:\"'](\w+)|\bdb_table\s*=\s*[\"'](\w+)",
                       re.IGNORECASE | re.MULTILINE)


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


# A section of columns many tables share ('### 監査カラム', '## Common Columns', 'Audit fields') and the line that names
# the tables they are part of ('**適用テーブル**: `users`, `products`', 'Applies to: `orders`, `items`').
SHARED_SECTION = re.compile(r"\b(?:common|shared|audit|base|standard)\s+(?:columns?|fields?|attributes?)\b|共通カラム|監査カラム|"
                            r"共通項目|公共字段|审计字段|通用字段|공통\s*컬럼|감사\s*컬럼|colunas\s+comuns|columnas\s+comunes|"
                            r"champs\s+communs|gemeinsame\s+spalten", re.IGNORECASE)
APPLIES_TO = re.compile(r"^\W*(?:applies\s+to|applied\s+to|used\s+(?:by|in)|tables?|適用テーブル|適用対象|対象テーブル|适用表|"
                        r"应用于|적용\s*테이블|aplica(?:-se)?\s+a|se\s+aplica\s+a)\W*[:：]\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def _shared_columns(pool: list[RawEntity], texts: dict[str, str]) -> list[RawEntity]:
    """A table of columns under a heading that calls them common (`### 監査カラム`) with a line naming the tables they
    belong to (`**適用テーブル**: users, products`): those tables' columns too, which their own DDL only points
    to (`-- 監査カラム（共通設計参照）`); the shared table is no entity of its own."""
    out = list(pool)
    for shared in pool:
        heads = shared.context.split(" / ")
        if shared.kind != "table" or not SHARED_SECTION.search(heads[-1] if heads else "") or shared.file not in texts:
            continue
        lines = texts[shared.file].splitlines()[shared.line:]
        section = "\n".join(lines[: next((i for i, line in enumerate(lines) if re.match(r"#{1,6}\s", line)), len(lines))])
        named = {normal_name(n) for found in APPLIES_TO.findall(section) for n in re.findall(r"`([A-Za-z_]\w*)`", found)}
        owners = [e for e in pool if e is not shared and normal_name(e.table or e.name) in named | {
            normal_name(default_plural(n)) for n in named}]
        if not owners:
            continue
        out.remove(shared)
        for owner in owners:
            have = {normal_name(f.name) for f in owner.fields}
            added = [replace(f) for f in shared.fields if normal_name(f.name) not in have]
            owner.fields = owner.fields + added
            if added:
                owner.notes.append(f"{shared.file}:{shared.line}: the shared columns under '{heads[-1]}' "
                                   f"({', '.join(f.name for f in added)}) are {owner.name}'s too, as the document applies them to it")
    return out


def _describe(raw: RawField) -> str:
    return f"{raw.file}:{raw.line}"


def _ticks_unescaped(text: str) -> str:
    """A document whose code spans were escaped on the way in (`\\`appointment_no\\``, as some editors and exports
    write them): its spans, as the author meant them."""
    escaped = text.count("\\`")
    return text.replace("\\`", "`") if escaped >= 4 and 2 * escaped >= text.count("`") else text


def _rule(rule: Any, diagnostics: list[str], failed: Any = None) -> Any:
    """`rule` (a constraint stated apart from the columns: enums, defaults, lengths, presence) guarded as each reader
    is: a blind spot in one rule becomes a diagnostic, and the draft keeps what the others read."""
    def run(*args: Any) -> Any:
        try:
            return rule(*args)
        except (RecursionError, MemoryError):
            raise
        except Exception as error:  # noqa: BLE001 - said in the diagnostics; the other rules still apply
            diagnostics.append(f"the rule {rule.__name__.lstrip('_')} failed on this spec ({type(error).__name__}: {error}); "
                               "what it would have said is missing, so check the draft against the spec, and please report it")
            return failed
    return run


def build(texts: dict[str, str], feature: str) -> Draft:
    texts = {path: _ticks_unescaped(text.replace("\r\n", "\n").replace("\r", "\n")) for path, text in texts.items()}  # CRLF reads like LF
    files = locate(sorted(texts), feature)
    if not files.schema and files.layout not in ("spec-kit", "agent-os"):
        # a document titled for the schema ('# Detalles Técnicos y Base de Datos') is the schema file
        titled = [p for p in files.feature if (title := re.search(r"^#\s+(.+)$", texts[p], re.MULTILINE))
                  and SCHEMA_NAME.search(title.group(1).lower())] or [
            # (else one whose sections are tables: `#### **Books Table**` over `interface Book {...}`, twice or more)
            p for p in sorted(texts) if p not in files.api and len(re.findall(
                r"^#{2,6}\s+\**`?[A-Za-z_]\w*`?\s+(?:table|collection)\**\s*$", texts[p], re.IGNORECASE | re.MULTILINE)) >= 2]
        files.schema, files.feature = titled, [p for p in files.feature if p not in titled]
    diagnostics: list[str] = []
    blocking: list[str] = []
    if files.layout in FOLDER_LAYOUTS:
        # the project's data model the feature's files point to by path ("designed in `docs/data-model.md`")
        folder = files.all[0].rsplit("/", 1)[0] if files.all else "?"
        said = "\n".join(texts[p] for p in files.all)
        files.schema += [p for p in sorted(texts) if p not in files.all and p.endswith(".md") and schema_named(p)
                         and re.search(rf"(?<![\w/.-]){re.escape(p)}(?![\w.])", said)]
        if not files.schema and not re.search(r"\bcreate\s+table\b", said, re.IGNORECASE):
            # (a change that defines no table, in a project whose tables a document elsewhere writes out: the reader
            # loaded that document for it, `project-features/schemes.md`)
            elsewhere = [p for p in sorted(texts) if p not in files.all and p.endswith(".md")
                         and len(re.findall(r"\bcreate\s+table\b", texts[p], re.IGNORECASE)) >= 2]
            files.schema += elsewhere
            if elsewhere:
                diagnostics.append(f"the feature's files define no table; read the tables of {', '.join(elsewhere)}, "
                                   "which writes them out: pass the feature's own data model if it has one")
        named = {"openspec": "OpenSpec", "kiro": "Kiro", "agent-os": "Agent OS"}.get(files.layout, "Spec Kit")
        diagnostics.append(f"{named} layout: used the feature folder of {folder}")
    schema_entities = [e for path in files.schema for e in _entities(path, texts[path], diagnostics)]
    other_entities = [e for path in files.feature + files.api for e in _entities(path, texts[path], diagnostics)]
    pool = [e for e in schema_entities if e.fields] or [e for e in other_entities if e.fields]
    if (files.layout in FOLDER_LAYOUTS or not pool) and not any(_named(e, words_of(feature)) >= 9 for e in pool):
        # a change that adds to a table another change made (`crud-contratos`, whose design only lists the new
        # columns; `models-base`'s design maps `contratos`): the table the feature names, from the file that defines it
        defined = {p: [e for e in _entities(p, texts[p], []) if e.fields] for p in sorted(texts)
                   if p not in files.all and p.endswith((".md", ".markdown"))}
        named = [e for entities in defined.values() for e in entities if _named(e, words_of(feature)) >= 9]
        if named:  # (with the other tables of the files that define it, which its columns and notes refer to)
            beside = [e for p in dict.fromkeys(e.file for e in named) for e in defined[p]]
            pool += beside
            schema_entities += beside
            files.schema += list(dict.fromkeys(e.file for e in named if e.file not in files.schema))
            diagnostics.append(f"the feature's files define no table it names; read {named[0].name} from "
                               f"{named[0].file}:{named[0].line}, outside the feature's folder")
    pool = _shared_columns(pool, texts)
    _typed_by_example(pool, texts)
    if pool and not any(_named(e, words_of(feature)) >= 9 for e in pool):
        # (a document of collections shown as example documents, `{ openid: "wx_abc", category: "昆虫" }`, beside one
        # typed list: the collection the feature names, by its example)
        # (or the body an API reference posts to the feature's route, where its other typed lists are events and errors)
        shown = [e for path in files.schema or files.feature or files.api if path.endswith((".md", ".markdown", ".txt"))
                 for e in examples.extract(parse(path, texts[path])) if _named(e, words_of(feature)) >= 9
                 and (files.schema or files.feature or len(e.fields) >= 3)]  # (not a partial update's two members)
        if shown:
            pool += shown
            diagnostics.append(f"read {shown[0].name} from the example document at {shown[0].file}:{shown[0].line}: each "
                               "field's type is its example value's; a body sent to a route is read as all sent, so required, unless "
                               "the spec marks some optional")
    if not pool:  # no entity with types anywhere: the mock data the spec shows (`{ id: 1, title: "GitHub" }`) says them
        for paths in (files.schema, files.feature + files.api):
            pool = [e for path in paths if path.endswith((".md", ".markdown", ".txt")) for e in examples.extract(parse(path, texts[path]))]
            if pool:
                diagnostics.append("no entity is defined with types; read the example objects the spec shows ("
                                   + ", ".join(f"{e.name} at {e.file}:{e.line}" for e in pool[:6])
                                   + "): each field's type is its example value's; a body sent to a route is read as all sent, so "
                                   "required, unless the spec marks some optional")
                break
    if not pool:  # nor any example: a requirement that says it in a sentence ("SHALL persist each movie with a title, ...")
        pool = [e for path in files.all if path.endswith((".md", ".markdown", ".txt"))
                for e in scenarios.prose_models(parse(path, texts[path]))]
        if pool:
            diagnostics.append("no entity is defined with types; read the sentences that list a model's columns ("
                               + ", ".join(f"{e.name} at {e.file}:{e.line}" for e in pool[:6])
                               + "): each column's type is what its name suggests; check them")
    words = words_of(feature)
    if pool and schema_entities and not any(_named(e, words) >= 9 and any(f.type_text.strip() for f in e.fields) for e in pool):
        # the schema file holds conventions (`database-conventions.md`), or notes on a few columns without a type
        # (`- \`position\`: 表示順序`), and the feature's own file its table (`features/coffees.md`): the table the
        # feature names joins the ones the schema file defines
        # (an unnamed table, `## データモデル`, in the file named for the feature, `features/task.md`, is the feature's)
        own_file = [e for e in other_entities if normal_name(e.name) in UNNAMED and e.file in files.feature and singular(
            normal_name(e.file.rsplit("/", 1)[-1].rsplit(".", 1)[0])) == singular(normal_name(feature))]
        for entity in own_file:
            entity.name, entity.table = feature, entity.table if entity.table and normal_name(entity.table) not in UNNAMED else None
        # (or the typed body an API reference's page posts to the feature's route, `7.5 POST /api/proposals` over
        # 'Request schema:', where the schema document describes the entity only in words)
        pool += [e for e in other_entities if len(e.fields) >= 2 and _named(e, words) >= 9 and (
                     e.kind not in ("openapi", "bullets") or _request_body(e) and re.match(
                         r"[\W\d]*POST\b", e.context.split(" / ")[tables.route_heading(e.context.split(" / "))[0]], re.IGNORECASE))
                 and any(f.type_text.strip() for f in e.fields)]
    envelopes = [e for e in pool if _envelope(e)]
    if envelopes and len(envelopes) < len(pool):
        pool = [e for e in pool if e not in envelopes]
        diagnostics.append("left out response envelopes (paging wrappers, not stored rows): "
                           + ", ".join(f"{e.name} ({e.file}:{e.line})" for e in envelopes))
    _unshare_labels(pool, texts)
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
    spelled = [singular(w) for w in re.split(r"[-_\s]+", snake(re.sub(r"^\d+[-_]", "", PurePosixPath(feature).name))) if w]
    if spelled != words and len(spelled) >= 2 and any(_named(e, spelled) >= 10 for e in pool):
        words = spelled  # `loan_application` beside `loans`: a table named by every word asked, 'application' too
    mentions = _mentions(pool, _prose(files, texts))
    for key, bonus in _contract_named(pool, files).items():
        mentions[key] = mentions.get(key, 0) + bonus
    for key, bonus in _contract_verbs(pool, files, texts).items():
        mentions[key] = mentions.get(key, 0) + bonus
    for key, bonus in _served(pool, endpoints).items():
        mentions[key] = mentions.get(key, 0) + bonus
    for key, bonus in _contract_schemas(pool, files, texts).items():
        mentions[key] = mentions.get(key, 0) + bonus
    for key, bonus in (_referenced(pool) if not any(_named(e, words) >= 9 for e in pool) else {}).items():
        mentions[key] = mentions.get(key, 0) + bonus  # (where the feature's name names none of them)
    wholly_named = any(_named(e, words) >= 10 for e in pool)
    for key in {e.key for e in pool if _said_central(e, texts)}:
        # "Central entity for this module", "entidad principal", "aggregate root"; over an entity the feature's name
        # names by one of its words only (`restaurant-pickup-platform`: the Order is "the central entity")
        mentions[key] = mentions.get(key, 0) + (6 if wholly_named else 11)
    # (an entity also defined under 'Schema Changes Required' is what the feature changes, wherever else it is listed)
    # (a migration's `ALTER TABLE generations ADD COLUMN` changes a table that is there: no new one)
    existing = {e.key for e in pool if EXISTING.search(" / ".join(e.context.split(" / ")[-2:]))
                and not ENHANCED.search(" / ".join(e.context.split(" / ")[-2:]))} - {
        e.key for e in pool if not EXISTING.search(" / ".join(e.context.split(" / ")[-2:])) and CHANGED.search(e.context)
        and not e.context.endswith(sql.ADDED_COLUMNS_ONLY)}
    persisted = _stored(pool, [texts[p] for p in files.schema])
    if existing and any(e.key not in existing and normal_name(e.name) not in UNNAMED and len(e.fields) >= 3 and not (
            _is_auth(e) or ACCESS_CONTROL.fullmatch(e.key) or _hollow(e)) and (not persisted or e.key in persisted)
            for e in pool):  # (a new role table adds no entity; nor do new shapes the database never stores, beside
        # the `schema "segments"` they are kept in)
        contrast = False
        for key in existing:  # `### Category (Existente)` beside `### Budget (Nova Entidade)`: the feature adds the Budget
            # ('Entities (unchanged schema — no migration needed)': this feature does not touch them at all)
            untouched = all(UNTOUCHED.search(" / ".join(e.context.split(" / ")[-2:])) for e in pool if e.key == key)
            mentions[key] = mentions.get(key, 0) - (4 if untouched else 1.5)
            contrast = contrast or untouched
        for key in {e.key for e in pool if e.key not in existing and CHANGED.search(e.context)}:
            # and the one under 'Schema Changes Required' is what it changes, the more so beside 'unchanged' ones
            mentions[key] = mentions.get(key, 0) + (3 if contrast else 1.5)
    if any(NO_NEW_TABLES.search(texts[path]) for path in files.schema):
        for key in {e.key for e in pool if CHANGED.search(e.context) and not EXISTING.search(e.context)}:
            # '## No New Tables' under '### 1. `SyncCacheItem` — Add `pendingInbox` field': the feature keeps its
            # state in the table it changes, not in the response shapes it draws (`interface InboxItem`)
            mentions[key] = mentions.get(key, 0) + 4
    for key in {e.key for e in pool if _extends_another(e, pool)}:  # (once per entity, however many definitions)
        mentions[key] = mentions.get(key, 0) - 1.5
    # (every definition of it: Album's '**Derived (computed, never stored):**' list is a part of its table's section)
    valued = {e.key for e in pool if DDD_VALUE_OBJECT.search(e.context.split(" / ")[-1])} - {
        e.key for e in pool if not DDD_VALUE_OBJECT.search(e.context.split(" / ")[-1])}
    if valued and any(e.key not in valued and len(e.fields) >= 3 for e in pool):
        for key in valued:  # `## Value object: RentalPeriod` beside `## Aggregate: Car`: a part of the entity, not one
            mentions[key] = mentions.get(key, 0) - 4
    named_by_word = {e.key: _named(e, words) for e in pool if not _is_auth(e)}
    if max(named_by_word.values(), default=0) == 5 and list(named_by_word.values()).count(5) >= 2:
        hits = [{w for w in words if _named(e, [w]) == 5} for e in {e.key: e for e in pool}.values()
                if named_by_word.get(e.key) == 5]
        shared = any(sum(w in other for other in hits) >= 2 for found in hits for w in found)
        by_pool = {e.key: e for e in pool}
        roots = _roots({key for key, named in named_by_word.items() if named == 5}, pool)
        for key, named in named_by_word.items():  # `parking-management` over ParkingSpot and ParkingGate: the domain's
            # word, shared by several tables, chooses none of them; what the specs talk of does (not `ai-wiki-portal`'s
            # 'wiki' of WikiDocument and 'ai' of AiAssistanceRequest, where no word names two tables)
            own_words = {w for w in words if _named(by_pool[key], [w]) == 5} if key in by_pool else set()
            if named == 5 and shared and all(sum(w in other for other in hits) >= 2 for w in own_words) and key not in roots:
                # (`pokemon-catalog`: 'catalog' names CatalogQuery and FilteredCatalog alike, but 'pokemon' only
                # PokemonSummary, which the shared word does not make any less the feature's)
                mentions[key] = mentions.get(key, 0) - 5
    by_key = {e.key: e for e in pool if not _is_auth(e)}
    held = {key for key, entity in by_key.items() if len(entity.fields) >= 4 and any(re.fullmatch(
        r"(?:customer|holder|client|owner|user|member|person)_?id", normal_name(f.name)) for f in entity.fields)}
    for key, entity in by_key.items():
        names = {normal_name(f.name) for f in entity.fields}
        owners = names & (OWNER_NAMES | OWNER_LIKE)
        if owners and all(name[:-3] in held for name in owners):
            # a DebitCard's `account_id` where the Account is a row of the domain that someone holds (its
            # `customer_id`), not the signed-in user's login: a part of that account, not what a user owns (`_score`'s
            # weight)
            mentions[key] = mentions.get(key, 0) - 2
    owned = {key for key, e in by_key.items() if any(normal_name(f.name) in OWNER_NAMES | OWNER_LIKE for f in e.fields)}
    for key, entity in by_key.items():
        parents = {normal_name(f.name)[:-3] for f in entity.fields if normal_name(f.name).endswith("_id")} & set(by_key)
        richer = {p for p in parents - owned - {key} if len(by_key[p].fields) > len(entity.fields)}
        if key in owned and richer and not _per_user(entity) and not any(normal_name(f.name) in OWNER_NAMES for f in entity.fields):
            # a Comment's `author_id` under a Task no user owns, of more columns: who wrote a part of the task, not
            # what a user keeps (the owner's weight, `_score`'s, is for the rows a user owns)
            mentions[key] = mentions.get(key, 0) - 2
    for key in _key_entities(pool, [texts[p] for p in files.feature]):
        mentions[key] = mentions.get(key, 0) + 1.5
    for key in _compound_head(pool, feature, _prose(files, texts) + [texts[p] for p in files.schema]):
        mentions[key] = mentions.get(key, 0) + 1.5
    whole = {e.key for e in pool if e.key in ("_".join(words), "_".join(singular(w) for w in words))}
    for entity in pool:  # `receipt` names the Receipt itself; its ReceiptItem only as what a "receipt" feature keeps
        if (kept := KEPT_SUFFIX.fullmatch(entity.key)) and kept.group(1) in whole:
            mentions[entity.key] = mentions.get(entity.key, 0) - 3
    for single, held in _singletons(pool, words, _prose(files, texts) + [texts[p] for p in files.schema]):
        # `podcast-rss-webapp`: "the system serves a single podcast per instance", which "contains multiple
        # episodes": the one Podcast is the app's settings, the Episodes are what the feature keeps
        mentions[single] = mentions.get(single, 0) - 9
        mentions[held] = mentions.get(held, 0) + 9
        diagnostics.append(f"the spec keeps a single {single!r}, which holds many {held!r}: read {held!r} (pass "
                           f"{single!r} as feature to read the single one)")
    for container, held in _containers(pool, words):
        # `001-kanban-board`: the app's name names its Board, a name and nothing more, which holds columns, which
        # hold the cards the feature keeps: the name counts for what the container holds
        mentions[container] = mentions.get(container, 0) - 9
        mentions[held] = mentions.get(held, 0) + 9
        diagnostics.append(f"the feature's name names {container!r}, which holds only a name and what references it; "
                           f"read {held!r}, what it holds (pass {container!r} as feature to read the container)")
    for key in _stored(pool, [texts[p] for p in files.schema]):
        mentions[key] = mentions.get(key, 0) + 1  # beside domain classes the database never sees
    if files.layout in FOLDER_LAYOUTS and not any(_named(e, words) >= 8 for e in pool):
        titled = _title_words(files, texts)  # `001-mvp` names nothing; "Dream Stream MVP" does
        # (a word of a name counts half: 'booking' is BookingOption's modifier; an entity defined twice, as a table
        # and as SQL, counts once)
        closest: dict[str, float] = {}
        title = " ".join(_titles(files, texts))
        for entity in pool:
            # (each title on its own too, its words in order: 'recetas familiares' names the receta_familiar whole)
            closest[entity.key] = max(closest.get(entity.key, 0), _named(entity, titled) if titled else 0,
                                      *(_named(entity, w) for t in _titles(files, texts) if (w := _words_of_title(t))))
            if any(CJK.search(name) and len(name) >= 2 and name in title for name in _names(entity)):
                closest[entity.key] = 10  # `### 4. WorkoutRecord（健身紀錄）` under '# 資料模型文件 - 健身紀錄追蹤功能'
        if head := _cjk_title_head(pool, files, texts, title):
            closest[head] = 10
        for modifier in _title_modifiers(pool, [_words_of_title(t) for t in _titles(files, texts)], _titles(files, texts)):
            closest[modifier] = min(closest.get(modifier, 0), 8.5)

        by_feature = {e.key: _named(e, words) for e in pool}
        for key, named in closest.items():
            if named <= by_feature.get(key, 0):
                continue  # (the title says no more than the folder's own name: `manual-wallet` and '# Manual Wallet')
            mentions[key] = mentions.get(key, 0) + (0.3 if named >= 9 else 0.15) * named
    for view, table in _projections(pool):
        # `interface AcreedorItem` of five of the `creditor_debts` columns: what a screen reads of the table, which
        # the feature's name (`acreedores-modulo`) names through it; the table is the entity
        lead = _score(view, words) + mentions.get(view.key, 0) - _score(table, words) - mentions.get(table.key, 0)
        if lead >= 0:
            mentions[table.key] = mentions.get(table.key, 0) + lead + 0.5
            diagnostics.append(f"{view.name} ({view.file}:{view.line}) holds only columns of {table.name} "
                               f"({table.file}:{table.line}): read the table, not the view of it")
    # the entity the feature names whole (`solicitud_prestamo`) comes before one it names a word of (`prestamos`),
    # however much the prose talks of that one; unless it is the auth provider's
    pool_keys = {e.key for e in pool}
    held = _held_values(pool)
    ranked = sorted(pool, key=lambda e: (e.context.endswith(sql.ADDED_COLUMNS_ONLY),  # (a part, never the whole)
                                         e.key in held and _named(e, words) < 10,
                                         _hollow(e) and _named(e, words) < 10,
                                         not (_named(e, words) >= 10 and not _is_auth(e)),
                                         # (a `ProductDetail` beside the `Product` it details: the Product)
                                         bool((view := VIEW_SUFFIX.fullmatch(e.key)) and view.group(1) in pool_keys),
                                         -(_score(e, words) + mentions.get(e.key, 0)), KIND_ORDER[e.kind],
                                         files.all.index(e.file) if e.file in files.all else 0, e.line))
    chosen = ranked[0]
    group = [e for e in pool if e.key == chosen.key or normal_name(e.name) == normal_name(chosen.name)
             or _same_columns(e, chosen) or (_every_word_singular(e.key) == _every_word_singular(chosen.key)
                                              and _columns(e) == _columns(chosen)) or _schema_of(e, chosen)]
    # a definition under a "(Future)" or "Phase III" heading yields to the current one
    # (a validation schema, zod's, adds to the definition it validates but is not it)
    # (a table of the same columns under another name, 'Dicionário de Dados', adds its rules to the named one)
    # (and the device's copy, '## 3.2 Local — SQLite schema' beside '## 3.1 Cloud — Prisma schema', to the server's)
    on_device = {id(e) for e in group if CLIENT_STORE.search(e.context)}
    on_device = on_device if len(on_device) < len(group) else set()
    group.sort(key=lambda e: (e.context.endswith(sql.ADDED_COLUMNS_ONLY), bool(FUTURE.search(e.context)),
                              id(e) in on_device, e.context.endswith("/ zod"),
                              e.key != chosen.key and normal_name(e.name) != normal_name(chosen.name) and not _stores(e, chosen),
                              KIND_ORDER[e.kind], _update_body(e),
                              -len(e.fields)))
    # (the same model as a Prisma or SQL block in a design file beside the schema: `status ShiftStatus
    # @default(SCHEDULED)` where the schema's list says `Enum (SCHEDULED, CANCELED)`; its defaults and nullability)
    group += [e for e in other_entities if e.kind in ("orm", "sql") and e.file in files.feature and e not in group
              and (e.key == chosen.key or normal_name(e.name) == normal_name(chosen.name))
              and len({normal_name(f.name) for f in e.fields} & {normal_name(f.name) for f in chosen.fields})
              * 4 >= 3 * len(chosen.fields)]
    primary = group[0]
    if not any(f.type_text.strip() for f in primary.fields) and (typed := next((
            e for e in group[1:] if all(f.type_text.strip() for f in e.fields)
            and len(_columns(e) & _columns(primary)) >= 0.8 * len(_columns(primary))), None)):
        # ("it creates the market_data table with columns: id, group_name, ...": names alone, where a table of the
        # same columns gives their types)
        primary = typed
        group = [primary, *(e for e in group if e is not primary)]
    keys = {normal_name(f.name) for f in primary.fields if f.primary_key} | {"id"}
    if primary.file in files.schema and primary.context.endswith("/ mermaid"):
        # an ER drawing of the key columns in the schema file, and a feature document's line with every column of
        # the same table (`campanas (id UUID, artista_id FK, titulo, descripcion, ...)`): the fuller one joins
        # (or its table in a requirements document's data dictionary, `### 3.6 用户游戏库表 user_games`)
        group += [e for e in other_entities if e.key == chosen.key and e not in group and (
            e.context.endswith("/ entity line") or e.kind in ("table", "sql")) and _columns(e) - keys > _columns(primary) - keys]
    # (a CREATE TABLE lists every column: an application's model with a member more, `sync_status?` kept in the
    # browser, is not a fuller table)
    # (or a change's snippet of a column or two, `interface Claim { aliado_origen: string }` under 'Data Model
    # Changes', beside the table that lists them all: the table)
    fuller = [e for e in group[1:] if (_columns(e) - keys > _columns(primary) - keys or len(_columns(primary) - keys) <= 2
                                       and len(_columns(e) - keys) >= 3 * max(1, len(_columns(primary) - keys)) + 3)
              and not FUTURE.search(e.context) and id(e) not in on_device  # (the device's copy adds its sync columns)
              # (an update's body with a member more, `delete_poster_ids`, is no fuller row than the create's)
              and not (_update_body(e) and _request_body(primary) and not _update_body(primary))
              # (a '**Fields:**' list of words under the Prisma model, `comments`: Related comments, names its relations
              # too: no fuller row than the typed model)
              and not (sum(bool(f.type_text.strip()) for f in e.fields) * 2 < len(e.fields) and all(
                  f.type_text.strip() for f in primary.fields) and primary.kind in ("orm", "sql", "python", "csharp", "typescript")
                  and not primary.context.endswith("/ mermaid"))  # (an ER drawing shows a few columns of many)
              and not (primary.kind == "sql" and e.kind in ("typescript", "python", "csharp", "openapi"))
              # (a zod schema validates the definition; but over an ER drawing of a few columns it is the definition)
              and (not e.context.endswith("/ zod") or primary.context.endswith("/ mermaid"))
              and (e.key == chosen.key or normal_name(e.name) == normal_name(
                  chosen.name) or normal_name(e.name) in UNNAMED or _schema_of(e, chosen))]
    if fuller:  # a table of the columns a migration adds, and the full column list after it: the full one
        primary = max(fuller, key=lambda e: len(e.fields))
        group = [primary, *(e for e in group if e is not primary)]
    section = primary.context.rsplit(" / ", 1)[0]
    parts = [e for e in group if e is not primary and e.file == primary.file and e.context.rsplit(" / ", 1)[0] == section
             and len(e.fields) >= 2 and not (_columns(e) - keys) & (_columns(primary) - keys) and not FUTURE.search(e.context)]
    if parts and " / " in section:
        # one entity's section in two parts, 'Unchanged fields: `title` (text, required), ...' and a '### New fields'
        # table: none of the columns twice, so the entity is both
        whole = sorted([primary, *parts], key=lambda e: e.line)
        primary = replace(primary, fields=[f for e in whole for f in e.fields])
        group = [primary, *(e for e in group if e is not primary and e not in parts)]
        diagnostics.append(f"{primary.name}: its columns from {', '.join(f'{e.file}:{e.line}' for e in whole)}, "
                           "parts of one section")
    if not files.schema and primary.file in files.feature:
        # no file is named for the schema: the one that defines the entity is it (its index lists, its enums)
        files.schema, files.feature = [primary.file], [p for p in files.feature if p != primary.file]
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
    inherited, where = _inherited(primary, texts, schema_entities + other_entities)
    own = {normal_name(f.name) for f in primary.fields}
    if taken := [f for f in inherited if normal_name(f.name) not in own]:
        # `### 4. Appointment` "Inherits from `SoftDeleteModel`" (`is_active`, Boolean, defaults to True)
        primary.fields = primary.fields + taken
        diagnostics.append(f"{', '.join(f.name for f in taken)}: from {where}, the base {primary.name} inherits")
    own = {normal_name(f.name) for f in primary.fields}
    if primary.kind == "sql" and not primary.context.endswith(sql.ADDED_COLUMNS_ONLY) and (added := [
            f for e in group if e.context.endswith(sql.ADDED_COLUMNS_ONLY) and e.file in files.schema and e.file != primary.file
            and not FUTURE.search(e.context) for f in e.fields if normal_name(f.name) not in own and f.type]):
        # `schema.sql` creates `visits`, `schema-slice2.sql` beside it adds `base_fee`: the table has both
        primary = replace(primary, fields=primary.fields + list({normal_name(f.name): f for f in added}.values()))
        diagnostics.append(f"{', '.join(dict.fromkeys(f.name for f in added))}: added to {primary.name} by "
                           f"{', '.join(dict.fromkeys(f'{f.file}:{f.line}' for f in added))}")
    common_columns = common, where = _common_columns(files, texts, [e for e in schema_entities if e is not primary])
    own = {normal_name(f.name) for f in primary.fields}
    if shared := [f for f in common if normal_name(f.name) not in own and not f.primary_key
                  and snake(f.name) not in ("created_at", "updated_at")]:
        primary = replace(primary, fields=primary.fields + shared)
        diagnostics.append(f"{', '.join(f.name for f in shared)}: columns {where} gives every table")
    if len(primary.fields) > MAX_FIELDS + len(ADDED_COLUMNS) + 1:
        # (each column is then checked against every rule the spec states apart, each rule a pass over the files: a
        # table of thousands of columns would keep the reader busy for hours for a spec the model refuses anyway)
        blocking.append(f"{primary.name} ({primary.file}:{primary.line}) has {len(primary.fields)} columns; a FeatureSpec "
                        f"holds at most {MAX_FIELDS} fields: split the table, or pass a FeatureSpec with the fields the "
                        "API needs")
        return Draft(None, files, None, [], diagnostics, blocking, endpoints=endpoints)
    sources: list[tuple[str, str, int]] = [("name", primary.file, primary.line)]
    fields_out = []
    user_id_type = None
    secondary = [e for e in group if e is not primary and id(e) not in on_device]  # (not the device's copy: its own defaults)
    # (the contract's migration of the same table, `contracts/supabase-migration.sql`, says how each column is stored:
    # it completes the data model, which still wins where they differ)
    # (only how: its defaults and NOT NULLs are the database's, not what the data model asks of a client)
    migrated = [e for e in other_entities if e.kind == "sql" and e.file in files.api and e not in group and e.fields and (
        e.key == primary.key or normal_name(e.name) in {normal_name(primary.name), normal_name(primary.table or ""),
                                                         normal_name(default_plural(snake(primary.name)))})]
    secondary += [replace(e, fields=[replace(f, default=NO_DEFAULT, required=None, nullable=None) for f in e.fields])
                  for e in migrated]
    if _request_body(primary) and (later := list({
            normal_name(f.name): replace(f, required=False) for e in secondary if _request_body(e) for f in e.fields
            if normal_name(f.name) not in {normal_name(p.name) for p in primary.fields}
            and not re.match(r"(?:delete|remove|add)_", snake(f.name))}.values())):  # (`delete_poster_ids`: an action's)
        # an API reference's create body, and the update and check-out bodies of the same resource on their own pages:
        # the entity has their fields too, which a client need not send when creating it
        primary = replace(primary, fields=primary.fields + later)
        diagnostics.append(f"{', '.join(f.name for f in later)}: sent to {primary.name} by other requests "
                           f"({', '.join(dict.fromkeys(f'{f.file}:{f.line}' for f in later))}); optional on create")
    if primary.kind == "example" or _request_body(primary) or primary.kind == "table" and tables.sent_table(
            primary.context.split(" / ")):
        answered = _answered_members(primary, texts.get(primary.file, ""))
        if answered:
            # an API reference's create body, and the resource as its responses show it (`"status": "Pending"`,
            # `"deleted_at": null`): the members the server fills in, which a client reads and need not send
            primary = replace(primary, fields=primary.fields + answered)
            diagnostics.append(f"{', '.join(f.name for f in answered)}: shown in {primary.name}'s responses "
                               f"({', '.join(dict.fromkeys(f'{f.file}:{f.line}' for f in answered))}), never sent; "
                               "optional, filled in by the server")
    if primary.context.endswith("/ mermaid"):
        # an ER drawing of a table's typed columns, and a line elsewhere that lists every column of it (`| \`orders\` |
        # 订单主表 | \`id\`、\`user_id\`、... |`): the drawing's columns and the line's others, typed by their names
        drawn = {normal_name(f.name) for f in primary.fields}
        listed = list({normal_name(f.name): f for e in secondary if e.kind == "bullets" and e.context.endswith(
            ("/ table line", "/ entity line")) for f in e.fields if normal_name(f.name) not in drawn}.values())
        if listed:
            # (a name in a list says nothing of presence: the drawing's silence decides, as for its own columns)
            primary = replace(primary, fields=primary.fields + [replace(f, required=None, nullable=None) for f in listed])
            diagnostics.append(f"{', '.join(f.name for f in listed)}: listed for {primary.name} at {listed[0].file}:"
                               f"{listed[0].line} though the diagram ({primary.file}:{primary.line}) leaves them out; kept")
    # the schema says nothing of presence for any column: the feature's own model of the entity may (a TypeScript
    # interface whose `proveedorId?` is the one optional member)
    if primary.context.endswith("/ untyped names") and all(
            f.required is False and f.nullable is None and f.default is NO_DEFAULT for f in primary.fields):
        # (a list of bare names, optional for want of a word, says nothing of presence: the feature's model may)
        primary = replace(primary, fields=[replace(f, required=None) for f in primary.fields])
    silent = all(f.required is None and f.nullable is None or f.presumed for f in primary.fields)
    # (`ReservationDto` in the contract: the entity as the API carries it, both ways)
    presence = [e for e in other_entities if e.fields and e not in pool and normal_name(
        re.sub(r"(?<=[a-z])(?:Dto|DTO)$", "", e.name) if e.kind == "openapi" else e.name) == normal_name(
        primary.name) and (any(f.required is False or f.nullable for f in e.fields) or e.kind == "openapi")
        and any(f.required for f in e.fields)] if silent else []
    # the contract's create request (`ClassCreateRequest`, `required: [name, gradeId]`) says what a client must send:
    # a column it leaves out is one the server fills in
    # (or an API reference's `### Create Shipment` over `**Request Body:**` and its table with a Required column)
    creating = [e for e in other_entities if (e.kind == "openapi" or e.kind == "table" and REQUEST_LABEL.search(
        e.context.rsplit(" / ", 1)[-1])) and e.fields and any(f.required for f in e.fields) and (
        normal_name(re.sub(r"^(Create|New)_?(?=[A-Z])|(Create(Request|Input|Body|Dto|DTO)?|Request|Input)$", "", e.name))
        in (normal_name(primary.name), normal_name(singular(primary.name)))) and re.search(
        r"^(Create|New)_?[A-Z]|Create(Request|Input|Body|Dto|DTO)?$", e.name)] if silent else []
    presence += creating
    sent = {normal_name(f.name) for e in creating for f in e.fields}
    # (a model that marks some members optional and the rest not, not one that marks none; an OpenAPI schema's
    # `required:` list speaks of every property, listed or not)
    _reference_types(primary, pool, diagnostics, other_entities)
    _value_object_types(primary, schema_entities + other_entities, texts, diagnostics)
    _prefixed_value_objects(primary, schema_entities + other_entities, diagnostics, blocking)
    set_by_app: set[int] = set()  # (columns the server fills in: they say nothing of how the spec marks presence)
    composite = [f for f in primary.fields if f.primary_key and normal_name(f.name) not in ("id", "_id")]
    if len(composite) >= 2 and not any(normal_name(f.name) in OWNER_NAMES for f in composite):
        # `Primary key: [profileId, bookId]`: the references that key a row, each a column a client sends (a join of
        # the owner and one thing, `(user_id, recipe_id)`, has no field of its own and yields to the thing it links)
        for f in composite:
            f.primary_key = False
            f.required = True if f.required is None and f.default is NO_DEFAULT else f.required
        diagnostics.append(f"{', '.join(f.name for f in composite)} key {primary.name} together "
                           f"({_describe(composite[0])}); kept as required columns, the generated id keys each row")
    for raw in primary.fields:
        key = normal_name(raw.name)
        snake_name = snake(raw.name)
        if key in OWNER_NAMES or snake_name in OWNER_NAMES or snake_name == "user" and USER_REFERENCE.search(raw.type_text):
            # (Django's `user | ForeignKey(to=User)`: the row's user_id, which the generated backend sets itself)
            own_key = next((f for f in primary.fields if f.primary_key or normal_name(f.name) == "id"), None)
            user_id_type = _user_id_type(raw) if key in OWNER_NAMES or snake_name in OWNER_NAMES else (
                "uuid" if own_key is not None and own_key.type == "uuid" else "int")  # (keyed like the row)
            if not raw.type_text.strip() and (found := example_types({"user_id": raw}, files, texts).get("user_id")):
                user_id_type = "int" if found[0] == "int" else user_id_type  # `"userId": 1` where the schema lists a name
            continue
        natural = raw.primary_key and _natural_key(raw, primary)
        keyed_twin = next(((f, e) for e in secondary for f in e.fields if f.primary_key and normal_name(f.name) == key
                           and not any(g.primary_key for g in primary.fields)), None)
        if keyed_twin and not _natural_key(*keyed_twin):
            # (`sessionId: string; // UUID v4 (primary key)` in the interface, a plain unique String in the Mongoose schema)
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is {primary.name}'s own key per "
                               f"{_describe(keyed_twin[0])}: the generated id; left out")
            continue
        if snake_name in ADDED_COLUMNS or key in ADDED or (raw.primary_key and not natural) or snake_name in (
                "created_at", "updated_at"):
            continue
        if snake_name in ("timestamps", "timestamps_tz", "nullable_timestamps") and not classify(raw.type_text or ""):
            # Laravel's `timestamps` line in a column list: the created_at and updated_at pair the backend keeps
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is Laravel's created_at/updated_at pair; the generated "
                               "backend keeps both itself; left out")
            continue
        prefixes = {normal_name(primary.name), singular(normal_name(primary.table or primary.name))}
        own_stamp = next((p for p in prefixes if snake_name in (f"{p}_created_at", f"{p}_updated_at")), None)
        if own_stamp and sum(snake(f.name).startswith(f"{own_stamp}_") for f in primary.fields) >= len(primary.fields) / 2:
            # `review_created_at` where every column carries the table's prefix: the row's own timestamp
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is the row's {snake_name.removeprefix(own_stamp + '_')} "
                               "under the table's prefix; the generated backend keeps it itself; left out")
            continue
        if re.fullmatch(r"(PK|SK|GSI\d*_?(PK|SK)|LSI\d*_?SK)", raw.name) or (snake_name in ("type", "entity_type") and re.search(
                rf"[\"'`]{re.escape(primary.name)}[\"'`]", f"{raw.description} {raw.type_text}") and len(raw.enum_values or []) < 2):
            # (not `CharField(choices=["Shift", "Sick", "Vacation"])`: the entity's name as one of the kinds a row is)
            # DynamoDB's single-table keys (`PK` = `SUMMARY#{TickerID}`) and the item-type tag (`Type` = "DailySummary")
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is a key or item-type attribute of a single-table store; "
                               "left out (the generated backend has a table of its own)")
            continue
        if not raw.type_text.strip() and f"{snake_name}_id" in {snake(f.name) for f in primary.fields} and re.search(
                r"^\W*(relation|relationship|relaci[oó]n|rela[çc][ãa]o|beziehung|relazione|navigation|reference to|"
                r"referencia a)\b", raw.description or "", re.IGNORECASE):
            # `- \`owner\`: Relación con el usuario propietario` beside `ownerId`: the joined row, not a column
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is the relation {snake_name}_id holds, not a column; left out")
            continue
        if raw.name.startswith("_"):  # `_id`, `_creationTime`, `__v`: the document store's own fields
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is a field the database itself keeps; left out")
            continue
        own_words, id_words = normal_name(primary.name).split("_"), snake_name.split("_")[:-1]
        named_for_it = snake_name.endswith("_id") and bool(id_words) and id_words[0] == own_words[0] and (
            singular(id_words[-1]) == own_words[-1]) and all(w in own_words for w in id_words) or (  # shoppingItemId
            # (`task_id`: "Unique identifier for the task" of a ProcessingTask, named by its last word)
            id_words == own_words[-1:] and re.search(rf"\bidentifier\s+(?:for|of)\s+(?:the|this|a|each)\s+{own_words[-1]}\b",
                                                     raw.description or "", re.IGNORECASE) is not None) or (
            # (`job_id`: "UUID to identify the job post" of a JobPost, named by its first word)
            len(own_words) >= 2 and id_words == own_words[:1] and re.search(
                rf"\bidentif\w*\b.*\b{' '.join(own_words)}\b", raw.description or "", re.IGNORECASE) is not None)
        supplied = any(e.kind == "openapi" and re.match(r"(Create|New)[A-Z]", e.name) and normal_name(re.sub(
            r"^(Create|New)|(Input|Request|Body|Dto|DTO|Payload)$", "", e.name)) == normal_name(primary.name) and any(
            snake(f.name) == snake_name and f.required for f in e.fields) for e in other_entities)
        # (unless the contract's create input requires it: `input CreateCarInput { carId: ID! }`, a key the client gives)
        if (named_for_it or snake_name in {f"{snake(primary.name)}_id", f"{normal_name(primary.name)}_id",
                                           f"id_{snake(primary.name)}", f"id_{normal_name(primary.name)}"}) and not supplied and not raw.foreign_key and not any(
                f.primary_key or snake(f.name) == "id" for f in primary.fields) and raw.type in ("str", "uuid", "int", None):
            # `interface Biodata { biodataId: string; ... }`: the entity's own id, which the backend keeps as `id`
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is {primary.name}'s own id: the generated id; left out")
            continue
        # (`createDate VARCHAR(64)` beside `updateDate VARCHAR(64)`: the row's two stamps, kept as text by the spec)
        stamped_pair = {SAME_AS_ADDED.get(snake(f.name)) for f in primary.fields} >= {"created_at", "updated_at"}
        if snake_name in SAME_AS_ADDED and not _business_date(raw, primary) and (raw.type in (None, "datetime", "date") or (
                raw.type in ("str", "text") and (stamped_pair or TIMESTAMP_NAME.search(raw.name)))) and not any(
                snake(f.name) == SAME_AS_ADDED[snake_name] for f in primary.fields):  # (beside a created_at: its own)
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
        # (`ImageUrl` and `ImageUrls` are one name singular: the twin spelled as this column is, where there is one)
        twins = [f for f in twins if snake(f.name) == snake(raw.name)] or twins
        merged = _merge(raw, twins, diagnostics, planned=[f for e in secondary if FUTURE.search(e.context) for f in e.fields],
                        unmarked=[f for e in secondary if e.kind == "typescript" and not e.table and len(e.fields) >= 3
                                  and all(f.nullable is False for f in e.fields) for f in e.fields])
        stated = next((f for e in presence for f in e.fields if normal_name(f.name) == key and f.required is not None), None)
        if (merged.required is None or merged.presumed) and stated is not None and merged.default is NO_DEFAULT:
            merged.required = stated.required
            diagnostics.append(f"{raw.name}: {'required' if stated.required else 'optional'} per {_describe(stated)}, "
                               "the feature's model of this entity (the schema does not say)")
        elif (merged.required is None or merged.presumed) and creating and key not in sent and merged.default is NO_DEFAULT:
            merged.required = False
            diagnostics.append(f"{raw.name}: optional, since the create request {creating[0].name} ({_describe(creating[0].fields[0])}) "
                               "does not carry it (the schema does not say)")
        if natural:
            merged.unique, merged.required = True, merged.required is not False or merged.default is NO_DEFAULT
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is the table's key, a value the client gives (not one the "
                               "database makes): kept as a unique, required field beside the generated id")
        audit_family = sum(snake(f.name) in AUDIT_NAMES for f in primary.fields)
        if snake_name in AUDIT_NAMES and (audit_family >= 2 or AUDIT_WORDS.search(raw.description or "")) and (
                merged.required is not False):
            merged.required = False
            set_by_app.add(id(merged))
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is an audit column the framework sets: not required on create")
        elif merged.required is None and merged.default is NO_DEFAULT and any(
                AUTO_WORDS.search(f.description or "") for f in [raw, *twins]):
            # (one the schema leaves open; a NOT NULL column with no default the client must send, however the
            # server means to fill it)
            merged.required = False
            set_by_app.add(id(merged))
            diagnostics.append(f"{raw.name} ({_describe(raw)}) is set by the application (generated or derived): "
                               "not required on create")
        fields_out.append((merged, raw))
    if primary.kind == "typescript" and not any((f.nullable or f.required is False) and not re.search(
            r"\b(?:null|undefined)\b", f.type_text) for f in primary.fields):
        # an interface that marks no member optional (`deletedAt: Date | null` is present, its value null) says little
        # of presence; its create model does: `### CreateBookDto` over "- **edition**: Optional, string." (a field the
        # client may leave out), or the contract's `CreateCharacterRequest` whose `required:` list leaves out
        # `hitPoints` ("auto-calculated if omitted") and has no `armorClass` at all (the server computes it)
        dto = next((e for e in other_entities if re.fullmatch(rf"(?:Create|New){re.escape(primary.name)}(?:Dto|DTO|Request|Input|Body)?",
                                                               e.name) and any(f.required is False for f in e.fields)), None)
        listed = dto is not None and dto.kind == "openapi" and any(f.required for f in dto.fields)
        optional = {normal_name(f.name): f for f in (dto.fields if dto else []) if f.required is False and (f.nullable or listed)}
        for merged, _raw in fields_out:
            if not (merged.required and merged.default is NO_DEFAULT):
                continue
            if said := optional.get(normal_name(merged.name)):
                merged.required = False
                diagnostics.append(f"{merged.name}: optional, as the create model {dto.name} says ({_describe(said)}); "
                                   f"the interface marks no member optional")
            elif listed and not any(normal_name(f.name) == normal_name(merged.name) for f in dto.fields):
                merged.required = False
                diagnostics.append(f"{merged.name}: optional, since the create request {dto.name} ({_describe(dto.fields[0])}) "
                                   "does not carry it (the interface marks no member optional)")
    if primary.context.endswith("/ graphql type"):
        # `type Car { mobile: String! }` is what the API answers; `input CreateCarInput { mobile: String }` what a client
        # must send: the input says which fields are required on create
        dto = next((e for e in schema_entities + other_entities if e.context.endswith("/ graphql input") and re.fullmatch(
            rf"(?:Create|New|Add){re.escape(primary.name)}(?:Input)?", e.name)), None)
        sent_by = {normal_name(f.name): f for f in (dto.fields if dto else [])}
        for merged, _raw in fields_out if dto else []:
            said = sent_by.get(normal_name(merged.name))
            if merged.required and (said is None or said.required is False):
                merged.required = False
                diagnostics.append(f"{merged.name}: optional, as the create input {dto.name} ({_describe(dto.fields[0])}) "
                                   + ("marks it nullable" if said else "does not carry it"))
    # (JavaScript's one `number` in the data model, the contract's `type: integer` for the same key of the entity's
    # request or response schema: `armorClass` is a whole number)
    whole = {normal_name(f.name): f for e in other_entities if e.kind == "openapi" and normal_name(re.sub(
        r"^(?:Create|Update|New|Patch)(?=[A-Z])|(?:Request|Response|Input|Output|Body|Dto|DTO|Details?|Read|Out|Payload)$", "",
        e.name)) == normal_name(primary.name) for f in e.fields if f.type == "int"}
    for merged, _raw in fields_out:
        if merged.type == "float" and JS_NUMBER.fullmatch(merged.type_text.strip()) and (said := whole.get(normal_name(merged.name))):
            merged.type = "int"
            diagnostics.append(f"{merged.name}: int, as the contract's integer at {_describe(said)} says of JavaScript's number")
    configured = "\n".join(texts[p] for p in files.schema if re.search(r"EntityTypeBuilder\s*<|modelBuilder\.Entity\s*<", texts[p]))
    if configured and primary.kind != "csharp":  # (a C# class's own configuration was read with it)
        # `modelBuilder.Entity<Character>(e => { e.Property(x => x.StrBase).IsRequired(); })` beside the table of columns
        csharp.fluent(RawEntity(name=primary.name, kind=primary.kind, file=primary.file, line=primary.line,
                                fields=[m for m, _raw in fields_out]), configured)
    known = {normal_name(r.name) for r in primary.fields}
    extra = sorted({f.name for e in secondary for f in e.fields
                    if normal_name(f.name) not in known
                    and snake(f.name) not in ADDED_COLUMNS and not f.primary_key and normal_name(f.name) not in OWNER_NAMES})
    if extra:
        diagnostics.append(
            f"{', '.join(extra)} appear in another definition of {primary.name} but not in the one used "
            f"({primary.kind} at {primary.file}:{primary.line}); left out"
        )
    declared = [e for e in pool if e.kind != "bullets" or (len(e.fields) >= 3 and normal_name(e.name) not in UNNAMED and not (
        {normal_name(f.name) for f in e.fields} <= known))]  # (a list of rules on this entity's own fields names no other)
    others_named = {normal_name(e.name) for e in declared if normal_name(e.name) != normal_name(primary.name)} | {
        normal_name(e.table) for e in declared if e.table and normal_name(e.table) != primary.key}
    own = {primary.key, normal_name(primary.name)} | set(words_of(primary.name)) | set(words_of(primary.table or ""))
    own |= {e.key for e in secondary if e.kind == "sql"}  # (the table a struct of the same columns is stored in)
    # (and its names as written, `### propiedades`: Spanish plurals are not English ones)
    own |= {snake(n) for n in (primary.name, primary.table) if n and re.fullmatch(r"[A-Za-z_]\w*", n)}
    # (the request that creates it, `CreateProductCommand`, `NewProductInput`: its section's rules are the entity's)
    own |= {normal_name(e.name) for e in pool if re.fullmatch(
        rf"(?:create|new|add)_?{re.escape(normal_name(primary.name))}_?(?:command|input|request|dto|payload|body)?", normal_name(e.name))}
    others_named -= own
    _rule(apply_enums, diagnostics)(fields_out, files, texts, diagnostics, others_named, own)
    _rule(apply_filter_values, diagnostics)(fields_out, files, texts, diagnostics, others_named, own)
    _rule(apply_enum_defaults, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(apply_same_values, diagnostics)(fields_out, diagnostics)
    _same_as_elsewhere(fields_out, schema_entities + other_entities, primary, diagnostics)
    _rule(apply_indexes, diagnostics)(fields_out, files, texts, own, others_named, diagnostics)
    _rule(apply_default_lists, diagnostics)(fields_out, files, texts, own, others_named)
    _rule(apply_creation_defaults, diagnostics)(fields_out, files, texts, own, others_named)
    _rule(apply_initial_states, diagnostics)(fields_out, files, texts, diagnostics, own, others_named)
    _rule(apply_rule_defaults, diagnostics)(fields_out, files, texts, diagnostics, own, others_named)
    _rule(apply_field_sections, diagnostics)(fields_out, files, texts, diagnostics, own)
    _rule(apply_only_lists, diagnostics)(fields_out, files, texts, diagnostics, own, others_named)
    _rule(apply_dictionary_notes, diagnostics)(fields_out, files, texts, own, diagnostics)
    _rule(apply_json_notes, diagnostics)(fields_out, files, texts, others_named, own, diagnostics)
    _rule(apply_example_arrays, diagnostics)(fields_out, files, texts, others_named, own, diagnostics)
    _rule(apply_example_object_lists, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(apply_presence_tables, diagnostics)(fields_out, files, texts, diagnostics, own, others_named)
    _rule(apply_rules, diagnostics)(fields_out, files, texts, diagnostics, others_named, own)
    _rule(apply_listed_defaults, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(apply_rails_validations, diagnostics)(fields_out, files, texts, diagnostics, primary.name)
    _rule(apply_contract_lengths, diagnostics)(fields_out, other_entities, primary, diagnostics)
    # (again, for a list only the contract closes: `status` "defaults to \"Active\" on creation", its values in the API's)
    _rule(apply_initial_states, diagnostics)(fields_out, files, texts, diagnostics, own, others_named)
    _rule(apply_example_types, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(_conventional_keys, diagnostics)(fields_out, files, texts, diagnostics, common_columns)
    _rule(_conventional_dates, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(_conventional_lengths, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(_conventional_booleans, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(_glossed_rules, diagnostics)(fields_out, texts, diagnostics)
    _rule(apply_example_labels, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(apply_marked_bodies, diagnostics)(fields_out, files, texts, own, diagnostics)
    labelled, listed_at = _rule(apply_required_lists, diagnostics, (set(), None))(fields_out, files, texts, diagnostics, others_named, own)
    if labelled and listed_at and primary.kind == "typescript":
        # `interface Tarea { descripcion: string; ... }` and "Campos obligatorios: `titulo`, `asignatura`": a member
        # the interface always holds is not one the client must send; the list says which those are
        for merged, raw in fields_out:
            if merged.required and not raw.nullable and merged.default is NO_DEFAULT and (
                    snake(merged.name).replace("_", "") not in labelled):
                merged.required = False
                diagnostics.append(f"{merged.name}: optional, since {listed_at} lists the required fields without it")
    _rule(apply_missing_errors, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(apply_request_presence, diagnostics)(fields_out, files, texts, diagnostics)
    _rule(apply_except_rules, diagnostics)(fields_out, files, texts, diagnostics, others_named, own)
    _rule(apply_server_filled, diagnostics)(fields_out, files, texts, others_named, own, diagnostics)
    only = [m for m, _raw in fields_out if ONLY_REQUIRED.search(m.description or "")]
    if len(only) == 1:
        # '`common_name` (required — the only mandatory field)': every other field may be left out
        for merged, _raw in fields_out:
            if merged is not only[0] and merged.nullable is not False:
                merged.required, merged.presumed = False, False
        only[0].required = True
        diagnostics.append(f"{only[0].name}: the only required field, as its notes say; the others are optional")
    unmarked = [m for m, _raw in fields_out if m.required is None and m.nullable is None and m.default is NO_DEFAULT]
    rule = next((found for path in files.schema if (found := NOT_NULL_RULE.search(texts[path]))), None)
    if unmarked and rule:
        # 'All columns are NOT NULL unless marked nullable', '그 밖의 컬럼은 모두 NOT NULL이다': the document's own rule
        for merged in unmarked:
            merged.required, merged.nullable = True, False
        diagnostics.append(f"{', '.join(m.name for m in unmarked)}: required, as the schema's rule says of every "
                           f"column it does not mark nullable ('{rule.group(0).strip()[:80]}')")
    elif len(unmarked) >= 2 and len(unmarked) == len([m for m, _raw in fields_out if m.default is NO_DEFAULT]) and _request_body(
            primary) and re.match(r"[\W\d]*POST\b", primary.context.split(" / ")[tables.route_heading(primary.context.split(" / "))[0]]):
        # the arguments a create's page lists (`POST /books/` over '**Arguments**'), none said optional: each one the
        # client sends, as a body shown there is read
        for merged in unmarked:
            merged.required, merged.nullable, merged.presumed = True, False, True
        diagnostics.append(f"{', '.join(m.name for m in unmarked)}: required, as the members of the body {primary.file}:"
                           f"{primary.line} sends on create (none is said optional)")
    elif len(unmarked) >= 2 and (len(unmarked) == len([m for m, _raw in fields_out if m.default is NO_DEFAULT
                                                       and id(m) not in set_by_app]) or _sql_typed_prose(primary, fields_out)
                                 # (the schema marks none; a feature's "Title is required" marks one, not the others)
                                 or all(raw.required is None and raw.nullable is None for m, raw in fields_out
                                        if m.default is NO_DEFAULT and id(m) not in set_by_app)):
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
    # (and an object type written as an assignment, `Availability = { day: string; start: string }`)
    embedded |= {normal_name(m.group(1)) for path in files.all for m in re.finditer(
        r"^[ \t]*(?:export\s+)?(?:type\s+)?([A-Z]\w*)\s*=\s*\{([^{}]*)\}", texts[path], re.MULTILINE)
        if not re.search(r"(?:^|[\s;,{])(?:id|_id)\s*\??\s*:", m.group(2))} - {normal_name(primary.name)}
    # (and a pseudo-code block the spec opens with `PaymentMethodToken {` and no id of its own, whatever it holds)
    embedded |= {normal_name(m.group(1)) for path in files.all for m in re.finditer(
        r"^[ \t]*([A-Z]\w*)\s*\{[ \t]*\n((?:(?![ \t]*\}).*\n){1,40}?)[ \t]*\}", texts[path], re.MULTILINE)
        if not re.search(r"^\s*(?:id|_id)\s*[:=]", m.group(2), re.MULTILINE)} - {normal_name(primary.name)}
    # (each keyed entity with its key's type: a field typed `Team` that references it holds that key)
    keyed = {normal_name(e.name): next((f.type for f in e.fields if f.primary_key or normal_name(f.name) == "id"), None)
             for e in pool if any(f.primary_key or normal_name(f.name) == "id" for f in e.fields)}
    for e in pool:  # (and by its table: `### Torneos` over 'Tabla: `tournaments`' is what `tournament_id` points to)
        if e.table and normal_name(e.name) in keyed:
            keyed.setdefault(normal_name(e.table), keyed[normal_name(e.name)])
    declared = {name: kind for name, kind in _declared_entities(files, texts).items() if name != normal_name(primary.name)}
    for name, kind in declared.items():  # (an overview's `| Branch | entity | branches |`: a table, keyed as all are)
        keyed.setdefault(name, kind)
    embedded -= set(declared)
    # `## Aggregate root: \`Customer\``: an entity of the domain's own, which a field typed `Customer` refers to
    aggregates = {normal_name(name) for path in files.all for name in re.findall(
        r"^#{2,6}\s+(?:aggregate(?:\s+root)?|entity|entidad|entité|entidade|agregado)\s*:?\s*`?([A-Z]\w*)`?", texts[path],
        re.IGNORECASE | re.MULTILINE)} - {normal_name(primary.name)}
    written: dict[str, RawField] = {}  # each field's name as the spec writes it, for its JSON key
    # `### Post.comments (Embedded)` over a table of the members' fields: what each element of that array is
    described = {name.lower() for path in files.all for owner, name in re.findall(
        r"^#{2,6}[^\n]*?\b`?([A-Za-z_]\w*)\.([A-Za-z_]\w*)`?", texts[path], re.MULTILINE)
        if normal_name(owner) in {normal_name(primary.name), normal_name(primary.table or ""), primary.key}}
    for merged, raw in fields_out:
        if merged.type == "list[str]" and merged.name.lower() in described and re.fullmatch(
                r"(array|list|\[\])", merged.type_text.strip(" `*?"), re.IGNORECASE):
            merged.type = "json"
            diagnostics.append(f"{merged.name}: an {merged.type_text.strip(' `*')} whose elements a section of their own "
                               f"({primary.name}.{merged.name}) gives fields; stored as json")
        spec_field = _to_spec_field(merged, diagnostics, blocking, shapes=embedded, keyed_tables=keyed, aggregates=aggregates,
                                    declared=declared)
        if spec_field is not None and spec_field["name"] in written and (
                (first := written[spec_field["name"]]).name == raw.name and first.type_text == raw.type_text):
            # (a document that holds its own text twice, pasted over itself: the same column, said again)
            diagnostics.append(f"{raw.name} ({_describe(raw)}) repeats {_describe(first)} word for word; kept once")
            continue
        if spec_field is not None:
            spec_fields.append(spec_field)
            sources.append((f"fields.{spec_field['name']}", raw.file, raw.line))
            written[spec_field["name"]] = raw
    name = normal_name(primary.name if primary.kind in ("python", "orm", "openapi", "csharp") or (
        primary.kind == "typescript" and not primary.table) or any(MAPPED_CLASS in note for note in primary.notes)
        else (primary.table or primary.name))
    if primary.kind in ("typescript", "csharp") and INTERFACE_NAME.fullmatch(primary.name) and not primary.table:
        name = normal_name(primary.name[1:])
    if primary is not chosen and _schema_of(primary, chosen):
        name = chosen.key  # `EventSeriesSchema`, fuller than the ER drawing's `EVENT_SERIES`, is named for that table
    name = re.sub(r"[^a-z0-9_]", "", name) or "item"
    aliased = False
    plain_feature = snake(PurePosixPath(feature).name) if re.fullmatch(r"[A-Za-z][A-Za-z_]*", PurePosixPath(feature).name) else ""
    if name in UNNAMED and plain_feature and not primary.table:
        # `## 注文` over the order table: a heading with no name in ASCII; the feature asked for (`order`) names it
        diagnostics.append(f"the table at {primary.file}:{primary.line} has no name of its own in ASCII; named {normal_name(plain_feature)!r} "
                           "after the feature")
        name = normal_name(plain_feature)
    elif plain_feature and normal_name(plain_feature) != name and not primary.table and (
            alias := _heading_alias(primary, name, normal_name(plain_feature))):
        # `# Subasta (Auction)` asked for as auction: the heading's other name for the same table is the one asked for
        diagnostics.append(f"{primary.name!r} ({primary.file}:{primary.line}) is also called {alias!r} in its heading; "
                           "named as the feature asks")
        name, aliased = normal_name(plain_feature), True
    elif plain_feature and normal_name(plain_feature) != name and not primary.table and primary.kind not in ("sql", "orm") and (
            normal_name(PurePosixPath(primary.file).stem.replace("-", "_")) in (normal_name(plain_feature), default_plural(normal_name(plain_feature))))\
            and not any(e.file == primary.file and e.key != primary.key and e.fields for e in pool):
        # `docs/business/form-input.md`, titled '# Formulário Entrada': the file says in the feature's words what its one
        # entity is
        diagnostics.append(f"{primary.name!r} ({primary.file}:{primary.line}) is the one entity of {primary.file}, which is "
                           f"named for the feature; named {normal_name(plain_feature)!r}")
        name, aliased = normal_name(plain_feature), True
    elif (verbed := re.fullmatch(r"(?:create|add|new|post|register|submit|update|edit|criar|cadastrar|adicionar|crear|agregar|"
                                 r"registrar|nuev[oa]|cr[eé]er|ajouter|nouvel(?:le)?|erstellen|anlegen|neue[rs]?)_([a-z][a-z0-9_]*)",
                                 name)) and (
            not primary.table and primary.kind in ("bullets", "table")):
        # `### Create Log` over the request body's bullets: the log's fields; asked for as FuelLog, the fuel log's
        feature_name = normal_name(plain_feature) if plain_feature else ""
        name = feature_name if f"_{feature_name}".endswith(f"_{verbed.group(1)}") else verbed.group(1)
        diagnostics.append(f"{primary.name!r} ({primary.file}:{primary.line}) is named for the request that creates it; "
                           f"drafted as {name!r}")
    spelled = snake(primary.table or primary.name).split("_")
    if len(spelled) >= 2 and all(singular(part) != part for part in spelled) and name == normal_name("_".join(spelled)):
        name = "_".join(singular(part) for part in spelled)  # `citas_medicas` (Spanish, every word plural): cita_medica
    prefixed = re.fullmatch(r"(t|tb|tbl)_([a-z][a-z0-9_]*)", name)
    if prefixed and sum(e.key.startswith(f"{prefixed.group(1)}_") for e in pool if e.key != primary.key) >= 1:
        name = prefixed.group(2)  # `t_diet_record` beside `t_food`: the tables' prefix is no part of the entity's name
    table = snake(primary.table) if primary.table else None
    if table is None and not aliased and primary.name.lower() not in UNNAMED and re.fullmatch(r"[A-Za-z][a-z0-9]*(_[a-z0-9]+)*", primary.name) and primary.kind in ("table", "bullets") and (
            default_plural(normal_name(primary.name)) != primary.name.lower()):
        table = primary.name.lower()  # `### wichtel_aktionen`, `## Buchungen`: a plural the default would not spell
    stored = next((e for e in secondary if e.table and e.kind in ("sql", "python", "orm", "csharp")), None)
    if table is None and stored is not None and primary.kind in ("table", "bullets", "typescript", "openapi"):
        # `### Audit Record` and its SQLModel class `Audit` with `__tablename__ = "audit"`: the table the code names
        table = snake(stored.table)
        diagnostics.append(f"table {table!r}, as {stored.name} ({stored.file}:{stored.line}) names it")
    viewed = VIEW_SUFFIX.fullmatch(name)
    if viewed and viewed.group(2).split("_")[0] in [singular(w) for w in re.split(r"[-_\s]+", snake(PurePosixPath(feature).name))]:
        viewed = None  # `shopping-lists` and its ShoppingListItem: the list's items are the feature's rows, no view of them
    stem, shape = (viewed.group(1), viewed.group(2).replace("_", " ")) if viewed else (None, "")
    bare = SCHEMA_AFFIXES.sub("", primary.name) if re.fullmatch(r"[A-Z][A-Za-z0-9]+", primary.name) else ""
    if stem is None and re.fullmatch(r"[A-Z][A-Za-z0-9]+", bare) and (re.match(r"(Create|Update|New|Patch|Edit)[A-Z]", primary.name)
                                                                    or re.search(r"[a-z](Create|Update|Patch)$", primary.name)):
        stem, shape = normal_name(bare), "request or response"  # `CreatePropertyRequest`, `BookingCreate`: the request
    prose = without_accents("\n".join(_prose(files, texts)))
    if stem and (not table or shape in ("db", "jpa")) and (f"_{stem}_" in f"_{'_'.join(words)}_" or len(re.findall(
            rf"(?<![\w-]){re.escape(stem).replace('_', '[ _]')}(?:e?s)?(?![\w-])", prose, re.IGNORECASE)) >= 3):
        diagnostics.append(f"{primary.name} ({primary.file}:{primary.line}) is named for its {shape} "
                           f"shape; drafted as {stem!r}, the entity the feature and its prose name")
        name = stem
    if name in RESERVED_MODULE_NAMES or default_plural(name) in RESERVED_PLURALS or pascal_case(name) in RESERVED_CLASS_NAMES or (
            keyword.iskeyword(name)):  # (a school's `Class`: FeatureSpec refuses a Python keyword as the feature's name)
        renamed = f"{name}_item"
        # the spec's own table keeps its routes (`/sessions`, which the frontend calls), unless it clashes too
        table = None if table is None or table in RESERVED_PLURALS or table == name else table
        if keyword.iskeyword(name) and default_plural(name) not in RESERVED_PLURALS:
            table = table or default_plural(name)  # (a keyword clashes with no route: `/classes` stays)
        diagnostics.append(
            f"the entity {primary.name!r} ({primary.file}:{primary.line}) is named like one of the generated project's own "
            f"modules or classes, or a Python keyword ({name}); drafted as {renamed!r} (table and routes {table or default_plural(renamed)!r}); "
            "rename it if another name fits better"
        )
        name = renamed
    spec: dict[str, Any] = {"name": name, "fields": spec_fields}
    if table and table != name and re.fullmatch(r"[a-z][a-z0-9_]*", table):
        spec["plural"] = table
    elif table == name and singular(name) == "_".join(words) and default_plural(singular(name)) == name:
        spec["name"] = singular(name)  # `fill_ups` asked for as FillUp: 'ups' is short, but the feature says its singular
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
    _casing(draft, primary, [e for e in group if e is not primary])
    _contract_casing(draft, primary, other_entities)
    _json_keys(draft, written)
    _payload_casing(draft, primary, files, texts)
    return draft


def _contract_casing(draft: Draft, primary: RawEntity, others: list[RawEntity]) -> None:
    """The OpenAPI contract's own schema of the entity (`CreateTournamentRequest`: `gameType`) writes camelCase keys
    for columns the data model stores snake_case (`game_type`), and none snake_case: said, not followed (the data
    model names the fields, as with a JSON example in prose, _payload_casing); api.casing camel is one setting away."""
    if draft.casing == "camel":
        return
    columns = {snake(f.name) for f in primary.fields if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", f.name)}
    columns -= set(ADDED_COLUMNS) | OWNER_NAMES
    bare = re.compile(r"^(Create|New|Update|Patch)(?=[A-Z])|(Create|Update)?(Request|Input|Body|Dto|DTO|Payload)$")
    camel_hits, snake_hits, where = [], [], None
    for entity in others:
        if entity.kind != "openapi" or normal_name(bare.sub("", entity.name)) != normal_name(primary.name):
            continue
        for f in entity.fields:
            if snake(f.name) in columns:
                (camel_hits if f.name != snake(f.name) else snake_hits).append(f.name)
                where = where or (entity.file, f.line)
    if camel_hits and not snake_hits and where:
        draft.diagnostics.append(
            f"casing: the contract's schema of {primary.name} ({where[0]}:{where[1]}) writes {camel_hits[0]!r} where "
            f"the data model stores {snake(camel_hits[0])!r}; the data model's snake_case is kept -- set api.casing "
            "to camel if the client sends the contract's keys (snake_case input is then accepted too)")


def _json_keys(draft: Draft, written: dict[str, RawField]) -> None:
    """A key the spec writes unlike the field's name under the draft's casing (`PRODUCT_NAME`, `homepageURL`,
    `createTime` among snake_case keys) stays the JSON key: the field's json_key, the Python name snake_case."""
    assert draft.spec is not None
    casing = "camel" if draft.casing == "camel" else "snake"
    fields = draft.spec["fields"]
    def wire(name: str) -> str:
        return camel(name) if casing == "camel" else name

    taken = {key for name in [*ADDED_COLUMNS, *(f["name"] for f in fields)] for key in (name, wire(name))}
    kept = []
    for spec_field in fields:
        raw = written.get(spec_field["name"])
        if raw is None or not JSON_KEY.fullmatch(raw.name) or (draft.casing_from_contract and raw.name == snake(raw.name)):
            continue  # (`Gebucht von`, `descrição`: not a key a client sends as written; the name is; nor is the
            # DDL's `scheduled_at` where the contract sends `scheduledAt`)
        key = raw.name
        if re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*", key):
            key = key[0].lower() + key[1:]  # a C# or TypeScript class's `DueDate` goes out as `dueDate`
        own = {spec_field["name"], wire(spec_field["name"])}
        if key == wire(spec_field["name"]) or key in taken - own:
            continue
        spec_field["json_key"] = key
        taken.add(key)
        kept.append((key, spec_field["name"], raw))
    if kept:
        key, name, raw = kept[0]
        draft.diagnostics.append(
            f"json keys: {len(kept)} field(s) keep the key the spec writes, e.g. {key!r} ({raw.file}:{raw.line}) for "
            f"the Python name {name!r}; the client sends and reads {key!r} (either is accepted on input); drop "
            "json_key to answer the field's name instead"
        )


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


def _casing(draft: Draft, primary: RawEntity, twins: list[RawEntity] | None = None) -> None:
    """camelCase keys in the spec (authorName) stay the JSON keys: api.casing camel, the Python name snake_case.
    So do those of the data model's table of the entity when the DDL it chose stores them snake_case (`scheduledAt`
    in `| Field | Type |`, `scheduled_at` in CREATE TABLE): the table says what the client sees, the DDL how it is
    stored. (A class in code writes its language's casing, which says nothing of the wire.)"""
    camel_keys = [f for f in primary.fields if re.fullmatch(r"[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+", f.name)
                  and f.name != f.name.lower() and not f.name.isupper()]
    snake_multi = [f for f in primary.fields if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", f.name)]
    if not camel_keys and snake_multi and twins:
        columns = {f.name for f in snake_multi} - set(ADDED_COLUMNS)
        for twin in twins:
            if twin.kind not in ("table", "bullets") or twin.file != primary.file:
                continue
            keys = {snake(f.name): f.name for f in twin.fields}
            # (`APPLICANT_NAME` in the table over `applicant_name` in the DDL: the same snake_case, shouted)
            camel_hits = [keys[c] for c in sorted(columns) if c in keys and keys[c].lower() != c]
            if all(hit[:1].isupper() and not hit.isupper() for hit in camel_hits):
                continue  # (`EstimatedEffort` over `estimated_effort`: a Go or C# model's field names, not the wire's)
            if len(camel_hits) >= 2 and 2 * len(camel_hits) > len(columns) and not any(keys.get(c) == c for c in columns):
                draft.diagnostics.append(
                    f"casing: the data model's table of {primary.name} ({twin.file}:{twin.line}) writes "
                    f"{camel_hits[0]!r} where the DDL stores {snake(camel_hits[0])!r}: api.casing is camel, the "
                    "table's keys on the wire (snake_case input is accepted too)")
                draft.casing, draft.casing_from_contract = "camel", True
                draft.casing_source = (twin.file, twin.line)
                return
    if not camel_keys:
        return
    where = f"{camel_keys[0].file}:{camel_keys[0].line}"
    if snake_multi:
        other = snake_multi[0]
        draft.diagnostics.append(
            f"casing: the spec mixes camelCase ({camel_keys[0].name}, {where}) and snake_case ({other.name}, "
            f"{other.file}:{other.line}) keys; "
            + ("answers camelCase (the majority), which also accepts snake_case input" if len(camel_keys) > len(snake_multi)
               else "kept snake_case (the majority); rename the camelCase keys or set api.casing")
        )
        if len(camel_keys) <= len(snake_multi):
            return
    else:
        draft.diagnostics.append(
            f"casing: the spec writes its keys in {'PascalCase' if camel_keys[0].name[0].isupper() else 'camelCase'} "
            f"({camel_keys[0].name}, {where}): api.casing is camel, so the JSON keys stay as written "
            f"(e.g. {camel_keys[0].name[0].lower() + camel_keys[0].name[1:]}) while the Python names are snake_case"
        )
    draft.casing = "camel"
    draft.casing_source = (camel_keys[0].file, camel_keys[0].line)


REFERENCE = re.compile(r"^\s*(?:fk|foreign\s+key|ref|reference|referencia|referência|référence)?\s*(?:to|a|à|para|vers)?\s*"
                       r"(?:→|->|=>)?\s*`?([A-Z]\w*)`?(?:\.(\w+))?", re.IGNORECASE)


def _declared_entities(files: SpecFiles, texts: dict[str, str]) -> dict[str, str]:
    """The objects an overview table calls entities stored in tables of their own (`| Branch | entity | branches |`,
    beside `| Costs | embeddable | columns of orders |`), each with the type of the ids the spec says every
    entity has ('IDs are `Long`, generated by the database'; an integer when it says nothing)."""
    found: dict[str, str] = {}
    for path in files.all:
        said = re.search(r"\bids?\s+are\s+`?(long|int(?:eger)?|bigint|uuids?|guids?|strings?)`?", texts[path], re.IGNORECASE)
        kind = {"u": "uuid", "g": "uuid", "s": "str"}.get(said.group(1)[0].lower(), "int") if said else "int"
        header: list[str] | None = None
        for line in texts[path].splitlines():
            cells = [c.strip(" `*").lower() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
            if not cells:
                header = None
            elif header is None:
                header = cells if "kind" in cells and "table" in cells else []
            elif header and len(cells) == len(header) and not set(line) <= set("|-: "):
                row = dict(zip(header, cells))
                name = next(iter(cells))
                if row["kind"] in ("entity", "aggregate", "aggregate root") and re.fullmatch(r"[a-z_]\w*", row["table"]) \
                        and re.fullmatch(r"[a-z]\w*", name):
                    found[normal_name(name)] = kind
    return found


def _reference_types(primary: RawEntity, pool: list[RawEntity], diagnostics: list[str],
                     contracts: list[RawEntity] = ()) -> None:
    """`fk → User.id`, 'referencia a Paciente': a column typed only as a reference takes the type of the id it
    points to, when the spec types that id (`id: uuid`), else the type the API contract gives the column itself
    (`medicoId: {type: string, format: uuid}`)."""
    ids = {}
    for entity in pool:
        id_field = next((f for f in entity.fields if f.primary_key or snake(f.name) == "id"), None)
        if id_field is not None and (id_field.type in ("uuid", "int") or id_field.type in ("str", "text") and id_field.primary_key
                                     and classify(re.sub(r"\b(pk|primary\s+key)\b", "", id_field.type_text, flags=re.IGNORECASE).strip(" ,;()"))):
            ids.setdefault(normal_name(entity.name), id_field.type)  # (`code text PK` of a lookup table: a code, as text)
    sent: dict[str, set[str | None]] = {}
    for entity in contracts:
        if entity.kind == "openapi":
            for f in entity.fields:
                sent.setdefault(normal_name(f.name), set()).add(f.type)
    for raw in primary.fields:
        django = re.match(r"\s*`?(?:models\.)?(?:(?:ForeignKey|OneToOneField)\b\s*(?:\(\s*['\"]?([\w.]+))?|(?:FK|O2O)\s*\(\s*['\"]?([\w.]+))",
                          raw.type_text)
        if django and raw.type == "int":  # Django's `ForeignKey` | to User: the type of User's key (a UUIDField)
            named = django.group(1) or django.group(2) or next(iter(re.findall(r"^\W*to\s+`?([\w.]+)", raw.description or "", re.IGNORECASE)), "")
            named = "user" if named.endswith("AUTH_USER_MODEL") else named.rsplit(".", 1)[-1]
            kind = ids.get(normal_name(named)) if named else None
            if kind == "uuid":
                raw.type = kind
                diagnostics.append(f"{raw.name} ({raw.file}:{raw.line}) refers to {named}, whose id is {kind}: typed {kind}")
            continue
        text = raw.type_text.strip() or raw.description.strip()  # (`user_id`: fk → User.id, read as a described name)
        named_id = re.fullmatch(r"([a-z]\w*?)_id", snake(raw.name)) if not raw.type_text.strip() else None
        if named_id and raw.type in (None, "str") and (kind := ids.get(normal_name(named_id.group(1)))):
            # a bare `employee_id` beside an `employees` table whose `id` is a UUID: that table's key
            raw.type = kind
            diagnostics.append(f"{raw.name} ({raw.file}:{raw.line}) names {named_id.group(1)}, whose id is {kind}: typed {kind}")
            continue
        typed_by = re.fullmatch(r"`?([A-Z][A-Za-z0-9]*)`?\??", raw.type_text.strip())
        if raw.type is None and typed_by and (kind := ids.get(normal_name(typed_by.group(1)))):
            # `+User created_by` in a class diagram: a member typed by another class holds that class's key
            raw.type = kind
            diagnostics.append(f"{raw.name} ({raw.file}:{raw.line}) is typed {typed_by.group(1)}, whose id is {kind}: typed {kind}")
            continue
        if not re.match(r"\s*(fk\b|foreign\s+key|ref(erence|erencia|erência|érence)?\b|→|->)", text, re.IGNORECASE):
            continue
        target = REFERENCE.match(text)
        kind = ids.get(normal_name(target.group(1))) if target else None
        said = sent.get(normal_name(raw.name), set())
        if not kind and len(said) == 1 and (only := next(iter(said))) in ("uuid", "int") and raw.type in (None, "str"):
            raw.type = only
            diagnostics.append(f"{raw.name} ({raw.file}:{raw.line}) is a reference the API contract types {only}: typed {only}")
            continue
        bare_fk = raw.type == "int" and re.match(r"\s*fk\b(?!\s*\()", raw.type_text, re.IGNORECASE) and not re.search(
            r"\b(int\w*|bigint|serial|long|number)\b", raw.type_text, re.IGNORECASE)  # `FK → Project`: no type of its own
        if kind and (raw.type in (None, "str") or bare_fk):
            raw.type = kind
            diagnostics.append(f"{raw.name} ({raw.file}:{raw.line}) refers to {target.group(1)}, whose id is {kind}: typed {kind}")


def _value_object_types(primary: RawEntity, entities: list[RawEntity], texts: dict[str, str],
                        diagnostics: list[str]) -> None:
    """A column typed by a value object the spec defines elsewhere takes what it wraps: `hours | TimeAmount` with
    `data class TimeAmount(val hours: BigDecimal)`, `status | WorkLogStatus` with "`WorkLogStatus`: Enum (DRAFT, ...)"
    in a Value Objects list; and `memberId | MemberId`, undefined, is the kind of id the spec's other identities are
    ("`WorkLogEntryId`: UUID wrapper", "Identity: `AbsenceId` (UUID)")."""
    def bare(text: str) -> str:
        return text.strip().strip("`*").rstrip("?!").strip()

    used = {bare(f.type_text) for f in primary.fields if f.type is None and re.fullmatch(r"[A-Z][A-Za-z0-9]+", bare(f.type_text))}
    if not used:
        return
    known: dict[str, RawField] = {}
    for entity in entities:
        if entity is primary:
            continue
        if entity.name in used and len(entity.fields) == 1 and entity.fields[0].type not in (None, "json"):
            known.setdefault(entity.name, entity.fields[0])  # a wrapper of one value
        for f in entity.fields:  # a Value Objects list: "`WorkLogStatus`: Enum (DRAFT, SUBMITTED)"
            if f.name in used and f.type and (f.type != "enum" or f.enum_values) and re.fullmatch(r"[A-Z]\w+", f.name):
                known.setdefault(f.name, f)
    identities = {f.type for name, f in known.items() if name.endswith("Id") and f.type in ("uuid", "int", "str")}
    for text in texts.values():
        for kind in re.findall(r"\bIdentity\W{0,6}`?[A-Z]\w*Id`?\s*\(\s*(UUID|GUID|Long|Int|Integer|String)\s*\)", text):
            identities.add({"uuid": "uuid", "guid": "uuid", "long": "int", "int": "int", "integer": "int"}.get(kind.lower(), "str"))
    for raw in primary.fields:
        name = bare(raw.type_text)
        if raw.type is not None or name not in used:
            continue
        found = known.get(name)
        if found is not None:
            raw.type, raw.enum_values = found.type, found.enum_values or raw.enum_values
            diagnostics.append(f"{raw.name}: type {name} ({found.file}:{found.line}) holds a {found.type}; read as {found.type}")
        elif name.endswith("Id") and len(identities) == 1:
            raw.type = next(iter(identities))
            diagnostics.append(f"{raw.name}: type {name} is an identity like the spec's others, each a {raw.type}; "
                               f"read as {raw.type}")


PREFIXED = re.compile(r"([A-Za-z]\w*?)[_.]\*")


def _prefixed_value_objects(primary: RawEntity, entities: list[RawEntity], diagnostics: list[str],
                            blocking: list[str]) -> None:
    """`| address_* | various | Yes | See Address value object |`: the columns of the value object the spec defines
    elsewhere (`### Address Value Object`: street1, city...), each stored flat under the prefix (address_city)."""
    fields: list[RawField] = []
    for raw in primary.fields:
        starred = PREFIXED.fullmatch(raw.name)
        if not starred:
            fields.append(raw)
            continue
        prefix = snake(starred.group(1))
        source = next((e for e in entities if e is not primary and len(e.fields) >= 2 and snake(e.name).split("_")[0] in (
            prefix, singular(prefix)) and all(f.type for f in e.fields)), None)
        if source is None:
            blocking.append(f"{raw.name} ({_describe(raw)}) stands for columns of a value object the spec does not "
                            f"define; list them ({prefix}_street, ...) in the table")
            continue
        for member in source.fields:
            flat = RawField(**{k: getattr(member, k) for k in member.__dataclass_fields__})
            flat.name, flat.also_typed = f"{prefix}_{snake(member.name)}", []
            fields.append(flat)
        diagnostics.append(f"{raw.name} ({_describe(raw)}): the columns of {source.name} ({source.file}:{source.line}), "
                           f"each stored as {prefix}_<column>")
    primary.fields = fields


def _same_as_elsewhere(fields_out: list[tuple[RawField, RawField]], entities: list[RawEntity], primary: RawEntity,
                       diagnostics: list[str]) -> None:
    """`| status | text, default 'confirmed' | Same model as "incomes.status" |`: the closed list another table's
    column states (`CHECK (status in ('confirmed', 'deleted'))`)."""
    for merged, _raw in fields_out:
        said = re.search(r"\bsame\b[^.;|]{0,24}?\bas\s+`?([A-Za-z_]\w*)\.([A-Za-z_]\w*)`?", merged.description or "", re.IGNORECASE)
        if not said or merged.enum_values or merged.type not in ("str", "text", "enum", None):
            continue
        table, column = normal_name(said.group(1)), normal_name(said.group(2))
        source = next((f for e in entities if e is not primary and table in (normal_name(e.table or e.name), normal_name(
            singular(e.table or e.name))) for f in e.fields if normal_name(f.name) == column), None)
        values = source and (source.enum_values or enum_values(f"{source.type_text} {source.description}"))
        if values:
            merged.type, merged.enum_values = "enum", list(values)
            diagnostics.append(f"{merged.name}: enum values {', '.join(values)}, as {said.group(1)}.{said.group(2)} "
                               f"({source.file}:{source.line}) lists them")


SQL_TYPE = re.compile(r"(VARCHAR|NVARCHAR|CHAR|TEXT|INT|INTEGER|BIGINT|SMALLINT|TINYINT|DECIMAL|NUMERIC|FLOAT|REAL|DOUBLE|"
                      r"BOOLEAN|BOOL|BIT|DATE|DATETIME|TIMESTAMP|TIMESTAMPTZ|TIME|UUID|JSON|JSONB|BLOB|SERIAL)"
                      r"(\s*\(\s*\d+(\s*,\s*\d+)?\s*\))?")


def _sql_typed_prose(primary: RawEntity, fields_out: list[tuple[RawField, RawField]]) -> bool:
    """Prose bullets typed in SQL's own words ("- FirstName (VARCHAR): ...") where nothing says NOT NULL or
    required: as in SQL, an unmarked column is nullable, however one other column is remarked `(nullable)`."""
    typed = [raw for _m, raw in fields_out if raw.type_text.strip()]
    return primary.kind == "bullets" and len(typed) >= 3 and not any(m.required for m, _raw in fields_out) and all(
        SQL_TYPE.fullmatch(raw.type_text.strip()) for raw in typed)


# A reference to the user written as the relation's type: `ForeignKey(to=User)`, `ForeignKey(User, ...)`,
# `ForeignKey(settings.AUTH_USER_MODEL)`
USER_REFERENCE = re.compile(r"\bForeignKey\s*\(\s*(?:to\s*=\s*)?[\"']?(?:[\w.]+\.)?(?:User|AUTH_USER_MODEL)\b|"
                            r"\bsettings\.AUTH_USER_MODEL\b")


def _user_id_type(raw: RawField) -> str | None:
    text = (raw.type_text + " " + (raw.type or "")).lower()
    if "uuid" in text:
        return "uuid"
    if raw.type == "int" or re.search(r"\bint|serial", text):
        return "int"
    return "str"


# The spec's conventions give every table's key one type: "PK `id uuid default gen_random_uuid()`", "All IDs are UUIDs".
# A conventions list's line that makes every key an integer: "- PK: `id_<entidade>` (INT, autoincrement)".
INT_KEYS = re.compile(r"(?m:^\s*[-*+]\s+\**(?:pks?|primary\s+keys?|chaves?\s+prim[áa]rias?|claves?\s+primarias?)\**\s*[:：]"
                      r"[^\n]{0,40}?\b(?:int|integer|bigint|serial|bigserial|auto_?increment)\b)", re.IGNORECASE)
UUID_KEYS = re.compile(r"\b(?:pks?|primary\s+keys?|ids|all\s+ids?|every\s+id|identifiers?|claves?\s+primarias?|"
                       r"chaves?\s+prim[áa]rias?)\b[`\s:]*(?:`?id`?\s+)?(?:are\s+|is\s+|son\s+|s[ãa]o\s+)?(?:an?\s+)?`?uuids?\b|"
                       # ("모든 테이블에 `id TEXT NOT NULL PRIMARY KEY` (UUID)": every table's id, a uuid)
                       r"(?:\b(?:all|every|each)\s+tables?|모든\s*테이블|全て?の?テーブル|すべてのテーブル|所有(?:的)?表|"
                       r"\btodas\s+(?:las|as)\s+tab[el]+as|\btoutes\s+les\s+tables|\balle\s+tabellen)[^\n]{0,30}`id\b(?:\s+uuid\b|[^\n`]*`[^\n]{0,20}\buuid\b)"
                       # ("All tables have `id uuid pk default gen_random_uuid()`": the type inside the span)
                       r"|(?m:^\s*[-*+]\s+`id`\s*:?\s*uuid\b)"  # (a conventions list's "- `id` UUID PK, `created_at`...")
                       # ("- **IDs:** `TEXT` (UUID, am Gerät erzeugt)": the keys kept as text, each a uuid)
                       r"|(?m:^\s*[-*+]\s+\**ids?\**\s*[:：]\s*\**\s*`?(?:text|string|varchar(?:\(\d+\))?|char\(36\))`?\s*\(\s*uuid\b)",
                       re.IGNORECASE)


def _glossed_rules(fields_out: list[tuple[RawField, RawField]], texts: dict[str, str], diagnostics: list[str]) -> None:
    """A field glossed in the prose's language (`title :string  # Заголовок`) and a form's list that names it so,
    with its rules: `- **Заголовок** (обязательно, макс. 100 символов)`: the field's presence and length."""
    for merged, _raw in fields_out:
        gloss = (merged.description or "").strip().rstrip(".")
        if not gloss or len(gloss) > 40 or len(gloss.split()) > 3 or re.fullmatch(r"[A-Za-z_]\w*", gloss):
            continue
        found = [(path, text[: m.start()].count("\n") + 1, m.group(1)) for path, text in texts.items()
                 for m in re.finditer(rf"^\s*(?:[-*+]|\d+[.)])\s+\*\*{re.escape(gloss)}\*\*\s*[(（]([^()（）\n]+)[)）]",
                                      text, re.MULTILINE | re.IGNORECASE)]
        if len(found) != 1:
            continue
        path, line, rules = found[0]
        probe = RawField(name=merged.name, file=path, line=line, type=merged.type, type_text=merged.type_text)
        apply_words(probe, rules)
        apply_lengths(probe, rules)
        said = []
        if merged.required is None and merged.nullable is None and probe.required is not None:
            merged.required, merged.nullable = probe.required, probe.nullable
            said.append("required" if probe.required else "optional")
        if merged.max_length is None and probe.max_length is not None and merged.type in ("str", "text"):
            merged.max_length = probe.max_length
            said.append(f"max_length {probe.max_length}")
        if said:
            diagnostics.append(f"{merged.name}: {', '.join(said)}, from '{gloss}' ({rules.strip()}) at {path}:{line}")


AUDIT_BY = {"created_by", "updated_by", "deleted_by", "modified_by", "approved_by", "reviewed_by"}


def _conventional_keys(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                       diagnostics: list[str], shared: tuple[list[RawField], str]) -> None:
    """A reference written by name alone (`project_id`, no type) where the conventions make every key a uuid: a uuid."""
    said = next(((path, texts[path][:m.start()].count("\n") + 1) for path in files.schema
                 if (m := UUID_KEYS.search(texts[path]))), None)
    common, where = shared  # (the columns "Every table includes", read once in build)
    if not said and any(f.primary_key and f.type == "uuid" for f in common):
        said = tuple(where.rsplit(":", 1))  # "Every table includes: `id` (UUID PK), ..."
    kind = "uuid"
    if not said and (said := next(((path, texts[path][:m.start()].count("\n") + 1) for path in files.schema
                                   if (m := INT_KEYS.search(texts[path]))), None)):
        kind = "int"  # "- PK: `id_<entidade>` (INT, autoincrement)": every key, and so every reference, a whole number
    if not said:
        return
    for merged, _raw in fields_out:
        if merged.type in ("str", "text") and (not merged.type_text.strip() or merged.foreign_key and snake(merged.name).endswith(
                "_id")) and (snake(merged.name).endswith("_id") or (
                merged.name in {f.name for f in common} and merged.foreign_key) or snake(merged.name) in AUDIT_BY):
            # (and `created_by`, `deleted_by`: the user who did it, by that user's key)
            merged.type = kind
            diagnostics.append(f"{merged.name}: {kind}, a reference to a key the conventions at {said[0]}:{said[1]} make "
                               f"{'a uuid' if kind == 'uuid' else 'an integer'}")


# '- **Booleans:** `INTEGER` 0/1': the spec's word that its flags are kept as whole numbers
BOOL_CONVENTION = re.compile(r"^\s*(?:[-*+]\s+)?\**(?:booleans?|bools?|flags?)\**\s*[:：]\s*\**\s*`?(?:integer|int|tinyint(?:\(1\))?)`?"
                             r"[^\n]{0,12}\b0\s*/\s*1\b", re.IGNORECASE | re.MULTILINE)
FLAG_NAMED = re.compile(r"(?:is|has|can|should)_[a-z]\w*|[a-z]\w*_(?:enabled|disabled|verified|deleted|archived|active|visible)")


def _conventional_booleans(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                           diagnostics: list[str]) -> None:
    """`is_warmup INT` where the conventions say "Booleans: INTEGER 0/1": a flag."""
    said = next(((path, texts[path][:m.start()].count("\n") + 1) for path in files.schema
                 if (m := BOOL_CONVENTION.search(texts[path]))), None)
    for merged, _raw in fields_out if said else ():
        if merged.type == "int" and FLAG_NAMED.fullmatch(snake(merged.name)) and not merged.enum_values:
            merged.type = "bool"
            merged.default = bool(merged.default) if merged.default in (0, 1) else merged.default
            diagnostics.append(f"{merged.name}: bool, as the conventions at {said[0]}:{said[1]} keep flags as 0/1")


# '- Dates: ISO 8601 string (`2026-07-15`)', 'All dates are ISO-8601 strings': the spec's word for how dates travel
DATE_CONVENTION = re.compile(r"^\s*(?:[-*+]\s+)?\**(?:dates?|fechas?|datas?|daten|datum)\**\s*[:：][^\n]*\bISO[- ]?8601\b[^\n]*$|"
                             r"\b(?:all\s+)?dates\s+are\s+(?:stored\s+as\s+|sent\s+as\s+)?(?:an?\s+)?ISO[- ]?8601\b[^\n]*$",
                             re.IGNORECASE | re.MULTILINE)
DATE_NAMED = re.compile(r"(?:^|_)(?:date|birthday|dob|fecha|data)(?:$|_)|_on$")


def _conventional_dates(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                        diagnostics: list[str]) -> None:
    """`dateOfBirth?: string` where the conventions say "Dates: ISO 8601 string (`2026-07-15`)": a date (a moment, if
    the convention's example has a time)."""
    said = next(((path, m) for path in files.schema if (m := DATE_CONVENTION.search(texts[path]))), None)
    if not said:
        return
    kind = "datetime" if re.search(r"\d{2}T\d{2}:|\bdate[- ]?time\b|\btimestamp", said[1].group(0), re.IGNORECASE) else "date"
    line = texts[said[0]][:said[1].start()].count("\n") + 1
    for merged, _raw in fields_out:
        if merged.type == "str" and merged.max_length is None and not merged.enum_values and DATE_NAMED.search(
                snake(merged.name)) and re.fullmatch(r"[`*]*(?:string|str|text)?[`*?]*", merged.type_text.strip(), re.IGNORECASE):
            merged.type = kind
            diagnostics.append(f"{merged.name}: a {kind}, as the conventions at {said[0]}:{line} carry dates as ISO 8601 text")


# '長さ指定のない `varchar` は ... `varchar(255)` とする', 'a varchar without a length is varchar(255)': the length
# the spec gives every varchar it leaves unsized
LENGTH_CONVENTION = re.compile(r"(?:長さ指定のない|長さの指定がない|without\s+(?:a\s+)?(?:length|size)[^\n`]{0,20}|unsized|sin\s+longitud|"
                               r"sem\s+tamanho|ohne\s+länge)\s*`?varchar`?[^\n]{0,60}?`?varchar\s*\(\s*(\d+)\s*\)`?|"
                               r"`?varchar`?\s+(?:without\s+(?:a\s+)?(?:length|size)|with\s+no\s+(?:length|size))[^\n]{0,40}?"
                               r"`?varchar\s*\(\s*(\d+)\s*\)`?", re.IGNORECASE)


def _conventional_lengths(fields_out: list[tuple[RawField, RawField]], files: SpecFiles, texts: dict[str, str],
                          diagnostics: list[str]) -> None:
    """`varchar title` where the conventions say an unsized varchar is `varchar(255)`: that length."""
    said = next(((path, m) for path in files.schema if (m := LENGTH_CONVENTION.search(texts[path]))), None)
    if not said:
        return
    length = int(said[1].group(1) or said[1].group(2))
    line = texts[said[0]][:said[1].start()].count("\n") + 1
    for merged, _raw in fields_out:
        if merged.type == "str" and merged.max_length is None and re.fullmatch(r"[`*]*(?:varchar|character\s+varying)[`*]*",
                                                                               merged.type_text.strip(), re.IGNORECASE):
            merged.max_length = length
            diagnostics.append(f"{merged.name}: at most {length} characters, as the conventions at {said[0]}:{line} size "
                               "every varchar left unsized")


def _typed_by_example(pool: list[RawEntity], texts: dict[str, str]) -> None:
    """A list of bare column names (`- available`, typed str for want of a type) over an example document of the
    same collection (`"available": true`): the example's values type the names the list leaves untyped."""
    for path in dict.fromkeys(e.file for e in pool if e.kind == "bullets" and e.file.endswith((".md", ".markdown"))):
        shown = {e.key: e for e in examples.extract(parse(path, texts[path]))}
        for entity in (e for e in pool if e.file == path and e.kind == "bullets" and e.key in shown):
            said = {normal_name(f.name): f for f in shown[entity.key].fields}
            for column in entity.fields:
                example = said.get(normal_name(column.name))
                # (or one typed with a word no type reader knows, `"date": ISODate(...)`)
                if example and (not column.type_text.strip() and column.type == "str" or column.type is None) and example.type in (
                        "bool", "int", "float", "datetime", "date", "list[str]", "json"):
                    column.type = example.type
                elif example and column.type == "str" and column.type_text.strip().lower() in ("string", "str") and example.type in (
                        "datetime", "date") and bullets.name_type(column.name) in ("datetime", "date"):
                    # (`start_time: string, required` over `"start_time": "2028-10-15T09:00:00Z"`: JSON's string of a
                    # moment, as the name says too)
                    column.type = example.type
            have = {normal_name(f.name) for f in entity.fields}
            if have < set(said) and len(said) >= len(have) + 3:
                # (`"_id": ObjectId` and a `"date": ISODate(...)` read as a list, from a collection's example
                # document of fourteen fields: the example's other fields too, typed by their values)
                entity.fields += [f for key, f in said.items() if key not in have]


# The label over a request's fields on an API reference's page: `**Request Body:**`, `Body`, `Payload`
REQUEST_LABEL = re.compile(r"(?i)\brequest(?:\s+body)?\b|^\W*(?:body|payload)\W*$|corpo\s+da\s+requisi|cuerpo\s+de\s+la\s+solicitud")


def _update_body(entity: RawEntity) -> bool:
    """The body of an update (`## PUT /api/events/{id}` over `name: string, optional` lines): what a client may change,
    each optional; the create's body of the same resource says what a row holds."""
    headings = entity.context.split(" / ")
    routed = tables.route_heading(headings)
    return _request_body(entity) and routed is not None and bool(re.match(r"[\W\d]*(?:PUT|PATCH)\b", headings[routed[0]], re.IGNORECASE))


# The members a row's representation carries that the generated backend adds itself, and a response's envelope
ANSWERED_SKIP = {"id", "_id", "user_id", "created_at", "updated_at", "code", "message", "status_code", "success", "error",
                 "errors", "result", "data", "meta", "links", "timestamp", "http_status", "request"}


def _answered_members(entity: RawEntity, text: str) -> list[RawField]:
    """The members of the resource's representation in the API reference's response examples that its request body
    does not send: objects (at any depth, in a list or an envelope) holding most of the body's members."""
    own = {normal_name(f.name) for f in entity.fields}
    if len(own) < 2 or not text:
        return []
    out: dict[str, RawField] = {}
    for block in re.finditer(r"^[ \t]*(```|~~~)[^\n]*\n(.*?)^[ \t]*\1", text, re.DOTALL | re.MULTILINE):
        body = re.sub(r",(\s*[}\]])", r"\1", block.group(2))  # (a trailing comma, which JSON does not allow)
        shown: list[Any] = []
        # (the whole block, or each object that opens a line of it: `GET /bookings`, its headers, then
        # 'Response: 200 OK' over the JSON)
        for start in [0, *(m.start() for m in re.finditer(r"^[\[{]", body, re.MULTILINE) if m.start())]:
            try:
                shown.append(json.JSONDecoder().raw_decode(body[start:])[0] if start else json.loads(body))
            except ValueError:
                continue
            if not start:
                break
        if not shown:
            continue
        line = text.count("\n", 0, block.start(2)) + 1
        stack = list(shown)
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack += value
                continue
            if not isinstance(value, dict):
                continue
            stack += [v for v in value.values() if isinstance(v, dict | list)]
            keys = {normal_name(k) for k in value}
            if len(keys & own) < max(2, (len(own) * 3 + 4) // 5) or not keys - own:
                continue
            for key, member in value.items():
                name = normal_name(key)
                if name in own or name in out or snake(key) in ANSWERED_SKIP or not re.fullmatch(r"[A-Za-z_]\w*", key) or (
                        isinstance(member, dict | list) and member and not all(isinstance(m, str) for m in (
                            member if isinstance(member, list) else [member]))):
                    continue  # (the clinic the row belongs to, `"clinic": {"id": 51, ...}`: another row, no column)
                kind = (bullets.name_type(key) if member is None or member == [] else "list[str]" if isinstance(member, list)
                        else "json" if isinstance(member, dict) else example_value_type(json.dumps(member)) or "str")  # (`{}`)
                if isinstance(member, str) and re.fullmatch(r"-?\d+\.\d+", member) and bullets.name_type(key) in ("decimal", "float"):
                    kind = bullets.name_type(key)  # (`"price_ex_tax": "10.0"`: money a JSON API sends as text)
                out[name] = RawField(name=key, file=entity.file, line=line, type=kind, type_text="", required=False,
                                     nullable=True, description=f"shown in a response as {json.dumps(member)[:40]}")
    return list(out.values())


def _request_body(entity: RawEntity) -> bool:
    """Bullets of a request's body on an API reference's page (`# PUT /api/reservations/:id` over `#### BODY`)."""
    headings = entity.context.split(" / ")
    routed = tables.route_heading(headings)
    return entity.kind == "bullets" and routed is not None and bool(re.match(
        r"[\W\d]*(?:POST|PUT|PATCH)\b", headings[routed[0]], re.IGNORECASE)) and not any(
        re.search(r"respon|respuesta|resposta|r[ée]ponse|antwort", h, re.IGNORECASE) for h in headings[routed[0] + 1:])


def _merge(raw: RawField, twins: list[RawField], diagnostics: list[str], *, planned: Sequence[RawField] = (),
           unmarked: Sequence[RawField] = ()) -> RawField:
    """The raw field as its other definitions complete it. (`planned`: fields of a future phase's definition, which
    never tell how today's column is stored; `unmarked`: fields of a language type that makes no field optional, whose
    presence a storage definition may still say otherwise.)"""
    merged = RawField(**{k: getattr(raw, k) for k in raw.__dataclass_fields__})
    merged.also_typed = list(raw.also_typed)  # (its own list: the raw field's stays as read)
    for twin in twins:
        for attr in ("type", "max_length", "min_length", "enum_values", "default", "required", "ge", "le"):
            mine, theirs = _value(merged, attr), _value(twin, attr)
            if theirs is None or (attr == "required" and (twin.required is None or (
                    twin.nullable is None and not twin.type_text.strip()))):
                continue  # (a bare name in a list of names, `- startsAt, endsAt`, says nothing of presence)
            if attr == "required" and merged.presumed and not twin.presumed and twin.nullable is not None and mine != theirs:
                # (`price` silent in a table that marks `model` 필수 and `embedding` nullable, `price bigint not null`
                # in the migration: what the migration says of it)
                merged.required, merged.nullable, merged.presumed = theirs, twin.nullable, False
                continue
            if mine is None:
                if attr == "type" or (attr == "default" and merged.default is NO_DEFAULT) or attr != "default":
                    setattr(merged, attr, getattr(twin, attr))
                if attr == "required" and any(twin is f for f in unmarked):
                    # (`type CoffeeLog = { notes: string; ... }`, every field non-optional, beside the Drizzle table's
                    # `notes: text("notes")`: the table says which columns may be empty)
                    merged.nullable, merged.presumed = twin.nullable, True
            elif mine != theirs and attr in ("max_length", "type", "enum_values"):
                if attr == "type" and not twin.type_text.strip() and twin.type == "str" and merged.type_text.strip():
                    continue  # (a note's bare name, typed str by default, says nothing against a written type)
                if attr == "type" and merged.type_text.strip() == "belongs_to" and theirs in ("uuid", "str"):
                    merged.type = theirs  # (Ecto's `belongs_to :runner` keys by :id unless told; `:binary_id` is a uuid)
                    continue
                if attr == "type" and {mine, theirs} <= {"str", "text"}:
                    if mine == "str" and merged.max_length is None and LANGUAGE_STRING.fullmatch(merged.type_text.strip()) and not any(
                            twin is f for f in planned):
                        # (a Go struct's `*string` says nothing of storage; the table's `TEXT` does)
                        merged.type = theirs
                    continue
                if attr == "type" and mine == "str" and theirs in ("int", "float", "decimal") and ((quoted := re.fullmatch(
                        r"example value \"(-?\d+(\.\d+)?)\"", merged.description or "")) or merged.type_text.strip().lower() == "string"
                        and theirs in ("float", "decimal") and bullets.name_type(raw.name) in ("float", "decimal")):
                    # (`"price": "12.4"` in a request's example, `"price": 12` in another: a number, quoted once; an
                    # object's `amount | string` where the request sends `amount | number`: a decimal the server
                    # answers as text)
                    merged.type = "float" if quoted and quoted.group(2) and theirs == "int" else theirs
                    continue
                if attr == "type" and mine == "float" and theirs == "int" and JS_NUMBER.fullmatch(merged.type_text.strip()):
                    merged.type = theirs  # (JavaScript's one `number` says nothing of whole or not; the twin does)
                    continue
                if attr == "type" and not merged.type_text.strip() and twin.type_text.strip():
                    # (`- \`totalCost\`: Coste total` guessed from its words; `totalCost Float?` in the Prisma model)
                    merged.type, merged.type_text = theirs, twin.type_text
                    if theirs == "enum":
                        merged.enum_values = twin.enum_values
                    diagnostics.append(f"{raw.name}: {theirs} per {_describe(twin)} (untyped at {_describe(raw)})")
                    continue
                if attr == "type" and theirs in STORED_AS.get(mine, ()) and (theirs != "enum" or twin.enum_values) and not (
                        mine == "int" and theirs in ("date", "datetime") and DURATION_NAME.search(snake(raw.name))) and not (
                        mine == "json" and not re.search(r"str|text|varchar|char", twin.type_text, re.IGNORECASE)):
                    # (a JSONB column a bullet calls a bare `Array` holds objects as likely as strings: kept json)
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
        if twin.type_text.strip() and twin.type_text.strip() != merged.type_text.strip():
            merged.also_typed.append(twin.type_text.strip())
        merged.unique = merged.unique or twin.unique
        merged.index = merged.index or twin.index
        if not merged.description and twin.description:
            merged.description = twin.description
    # (the codes a CHECK lists beside an API page's `status: integer`: still the numbers the column stores)
    merged.coded = merged.type == "enum" and (merged.coded or any(t.coded and t.enum_values == merged.enum_values for t in twins))
    return merged


# Notes that open by saying the server fills the column: 'server-sealed at insert', 'server-derived: ...', 'sealed at
# checkout', 'computed on save'
SERVER_NOTE = re.compile(r"\s*(?:(?:server|system|backend|database|db|trigger)[-\s]?(?:sealed|derived|set|computed|generated|"
                         r"assigned|managed|filled|applied)\b|(?:sealed|computed|derived|filled\s+in)\s+(?:at|on|by|when|from)\b)",
                         re.IGNORECASE)
# A column named for a length of time or a count, never a point in time: writing_duration_ms, elapsed_seconds.
DURATION_NAME = re.compile(r"(^|_)(duration|elapsed|ms|millis|milliseconds|seconds|secs|minutes|mins|hours|days|count|total)"
                           r"(_|$)")
# Notes that say a string has no length limit.
UNBOUNDED = re.compile(r"\b(?:unlimited|unbounded|no\s+(?:length\s+)?limit|no\s+max(?:imum)?(?:\s+length)?|sin\s+l[íi]mite|ilimitad[oa]|"
                       r"sem\s+limite|illimit[ée]e?|unbegrenzt|senza\s+limit)\b|無限制|无限制|無制限|不限(?:长度|長度)?|제한\s*없음",
                       re.IGNORECASE)
# Notes that say a string holds a UUID: 'UUID 格式', 'UUID format', 'formato UUID', 'UUID v4'.
UUID_NOTE = re.compile(r"\s*(?:(?:uuid|guid)(?:\s*v?\d)?\s*(?:格式|形式|フォーマット|형식|format|formato)?|(?:format|formato)\s*:?\s*uuid(?:\s*v?\d)?)"
                       r"\s*[.。]?\s*", re.IGNORECASE)
# A column named like a point in time: `deleted_at`, `expiresAt`, and the same participle + "at" in other languages
# (`eliminado_en`, `excluido_em`, `supprime_le`, `geloescht_am`, `dipadam_pada`); not `title_en`, a title in English.
TIMESTAMP_NAME = re.compile(r"(_at|[a-z]At|[a-z](?:ad[oa]|id[oa])_e[nm]|[a-z](?:ad[oa]|id[oa])E[nm]|[a-z]e_le|[a-z]t_am|[a-z]_pada)$")

# JavaScript's (and Mongoose's) one number type, whole or not.
JS_NUMBER = re.compile(r"(?:number|Number)(?:\s*\|\s*(?:null|undefined))*\??")
# A programming language's own string type, which says nothing of how long the column is or how it is stored.
LANGUAGE_STRING = re.compile(r"\*?(?:string|String|str|Option<String>|String\?|string\?|string \| null|Optional\[str\])")


NUMBER = r"(-?\d+(?:\.\d+)?)"


def _prose_bounds(text: str, kind: str) -> tuple[float | int | None, float | int | None] | None:
    """The bounds a numeric column's rule states in words: a range ('1–5', 'entre 1 e 5', '0 to 100%'), a floor
    ('>= 0', 'at least 1', 'non-negative') or a ceiling ('<= 10', 'at most 5'); None when it states none."""
    cast = int if kind == "int" else float
    lowered = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text.lower())  # ('1–1,000': a thousands separator, no list)
    ranged = re.search(rf"(?<![\w.,/:-]){NUMBER}\s*(?:-|–|—|~|\.\.|\bto\b|\ba\b|\baté\b|\bbis\b|至|到|\be\b|\band\b)\s*{NUMBER}"
                       r"(?![.,]\d|[\w/:-]|\s*(?:chars?|characters?|caracteres|letters?|文字|字)\b)", lowered)
    several = len(re.findall(rf"(?<![\w.,/:-]){NUMBER}\s*(?:-|–|—|~|\.\.|\bto\b)\s*{NUMBER}|[<>]=?\s*{NUMBER}\s*[=:]", lowered)) > 1
    labelled = re.search(r"([^\W\d_]+)\s*[:：]\s*$", lowered[:ranged.start()]) if ranged else None
    if ranged and not several and not re.match(r"\s*[=:]", lowered[ranged.end():]) and not (
            labelled and labelled.group(1) not in ("range", "scale", "values", "bounds", "rango", "intervalo", "check", "between")):
        # (not '<30=quick, 30-60=medium', bands of another value; nor 'Percentage: 0.01–100.00; Fixed: > 0', one case of
        # several)
        low, high = cast(float(ranged.group(1))), cast(float(ranged.group(2)))
        if (kind != "int" or ("." not in ranged.group(1) and "." not in ranged.group(2))) and low < high:
            return low, high
    floor = re.search(rf"(?:>=|≥|\bat least\b|\bno less than\b|\bmin(?:imum)?\b\s*:?)\s*{NUMBER}(?![.,]\d|[\w/:-]|\s*(?:chars?|characters?)\b)",
                      lowered)
    ceiling = re.search(rf"(?:<=|≤|\bat most\b|\bno more than\b|\bmax(?:imum)?\b\s*:?)\s*{NUMBER}(?![.,]\d|[\w/:-]|\s*(?:chars?|characters?|"
                        r"decimals?|digits?|places|dp)\b|\s*decimal\s+places?\b)", lowered)  # (not 'max 2 decimal places')
    low = cast(float(floor.group(1))) if floor else (0 if re.search(r"\bnon-?negative\b|\bnot negative\b", lowered) else (
        1 if kind == "int" and re.search(r"\bpositive\b", lowered) and not re.search(r"\bnon-?positive\b|\bor (?:zero|0)\b",
                                                                                lowered) else None))  # 'Positive integer'
    high = cast(float(ceiling.group(1))) if ceiling else None
    if kind == "int" and any(m and "." in m.group(1) for m in (floor, ceiling)):
        return None
    if low is None and high is None or (low is not None and high is not None and low > high):
        return None
    return low, high


# "of {name, unit}", "of objects", "of `Rect` objects", "of `Rect`": what a JSON array holds is objects, not strings
OF_OBJECTS = r"\s+of\s+(?:\{|(?:`?[\w-]+`?\s+){0,2}(?:objects?|maps?|dicts?|records?)\b|`[A-Z]\w*`)"


# The types that hold a 64-bit integer, in the languages specs write: SQL, Kotlin/Java/C#, Go, Rust, Dart, Prisma.
# (`int8` is PostgreSQL's 8-byte integer; Go's 8-bit one merely gets a wider bound than it needs)
WIDE_INT = re.compile(r"(?<![\w.])(big\s*int(eger)?|bigserial|int8|u?int64|long|[iu]64)(?![\w])", re.IGNORECASE)


def _to_spec_field(raw: RawField, diagnostics: list[str], blocking: list[str],
                   shapes: frozenset[str] | set[str] = frozenset(),
                   keyed_tables: frozenset[str] | set[str] | dict[str, str | None] = frozenset(),
                   declared: frozenset[str] | set[str] | dict[str, str] = frozenset(),
                   aggregates: frozenset[str] | set[str] = frozenset()) -> dict[str, Any] | None:
    name = snake(without_accents(raw.name))
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
                           f"named; drafted as {renamed} (its json_key keeps {raw.name!r}); rename it if another name fits")
        name = renamed
    elif name != raw.name and not JSON_KEY.fullmatch(raw.name):
        diagnostics.append(f"{raw.name} ({_describe(raw)}) is no plain JSON key (letters, digits and _ only): named "
                           f"{name}, which is its JSON key too")
    kind = raw.type
    if kind in ("str", "text") and raw.enum_values:
        kind = "enum"
    codes = re.fullmatch(r"\s*`?(?:string|str|text|varchar)`?\s*\(([^()]+)\)\s*\.?", raw.description or "", re.IGNORECASE)
    listed = [v.strip() for v in codes.group(1).split(",")] if kind in ("str", "text") and codes else []
    if len(listed) >= 3 and len(set(listed)) == len(listed) and all(re.fullmatch(r"[A-Z][A-Za-z0-9_]{0,19}", v) for v in listed) and not any(
            re.fullmatch(r"PK|FK|UUID|ISO|UTC|JSON|URL|URI|NULL|NOT|UNIQUE|INDEX|E164|Required|Optional|Unique|Nullable", v)
            for v in listed):
        kind, raw.enum_values = "enum", listed  # `position: String (QB, RB, WR, TE, K, DEF)`: the codes it may hold
        diagnostics.append(f"{name}: enum of the codes listed beside its type ({_describe(raw)})")
    held = re.match(r"\W*(?:the\s+|an?\s+)?`(?:([A-Z][A-Za-z0-9]*)|\{\s*\w+(?:\s*,\s*\w+)+\s*\})`(?:\s+(?:above|below|object|shape))?"
                    r"\s*(?:[.;,]|$)", raw.description or "")
    if held and kind in (None, "str") and not raw.type_text.strip() and not raw.enum_values and (
            held.group(1) is None or normal_name(held.group(1)) in shapes or (
                classify(held.group(1)) is None and normal_name(held.group(1)) not in set(keyed_tables) | set(declared) | set(aggregates))):
        # '- `input`: the `TripInput` above', '- `error`: `{ message, kind }`': an object the row holds whole
        kind = "json"
        diagnostics.append(f"{name}: an object ({held.group(0).strip(' .;,')}) at {_describe(raw)}; stored as json")
    bare_type = raw.type_text.strip().strip("`*").lower()
    counted = re.search(r"\b(?:milli)?seconds\b|\bms\b|\bmilliseconds?\b|\bnumber of\b|\bcount of\b|\bin cents\b|"
                        r"\bunix timestamp\b|\bepoch\b", raw.description or "", re.IGNORECASE)
    if kind == "float" and re.fullmatch(r"(number|n[úu]mero)\??", bare_type) and (bullets.name_type(name) == "int" or counted) \
            and not re.search(r"decimal|fraction|小数|rounded|\.\d", raw.description or "", re.IGNORECASE):  # ('≤3 decimal places')
        kind = "int"  # a JavaScript `number` named as a count (`duration_seconds`) or said to count ms: `responseTime`
        diagnostics.append(f"{name}: 'number' read as an integer, as its name counts something ({_describe(raw)})")
    shape = f"{raw.type_text} {raw.description}"
    if kind == "text" and (re.fullmatch(r"time", raw.type_text.strip(), re.IGNORECASE) or re.search(
            r"\bHH:MM(:SS)?\b", shape) and not re.search(r"YYYY", shape)):
        kind = "str"  # a time of day, `HH:MM`: a short string (FeatureSpec has no time type)
    # ('Display name: "{work_order} - {YYYY-MM-DD}"': a name built from placeholders, one of them a date, is no date)
    templated = re.search(r"\{\s*(?:YYYY|yyyy|AAAA|aaaa|JJJJ)[^{}]*\}", shape) and len(re.findall(r"\{[^{}]+\}", shape)) >= 2
    stringy = () if templated else ("str", "text")  # (the kinds a date written as a string may be read from)
    if kind in stringy and re.search(r"\b(?:YYYY-MM-DD|yyyy-MM-dd|AAAA-MM-DD|aaaa-mm-dd|JJJJ-MM-TT)(?![\w-])"
                                             r"(?!\s*[T ]\s*(?:HH|hh))|"
                                             r"\bISO[- ]?8601 date\b(?![- ]?time)", shape):
        kind = "date"  # a string holding a calendar date
    elif kind in stringy and re.search(r"YYYY-MM-DD\s*[T ]\s*HH|ISO[- ]?8601 (date[- ]?time|timestamp)|\bRFC\s?3339\b|"
                                               r"\bISO[- ]?(?:8601[- ]?)?(date[- ]?time|timestamp)( string)?\b|"
                                               r"\btimestamp\s+ISO\b",  # ("Timestamp ISO de creación")
                                               shape, re.IGNORECASE):  # (`string; // ISO datetime string`)
        kind = "datetime"
    elif kind == "datetime" and re.search(r"\bISO[- ]?8601\b", raw.type_text, re.IGNORECASE) and re.search(
            r"\bYYYY-MM-DD\b(?!\s*[T ]\s*HH)", shape):
        kind = "date"  # `string (ISO8601)` described as "Date of transaction (YYYY-MM-DD)"
    elif kind in stringy and re.search(r"\bISO[- ]?8601\b", shape, re.IGNORECASE) and not re.search(
            r"\bISO[- ]?8601 (duration|interval|period)\b|\bPT\d", shape, re.IGNORECASE):  # `PT30M` stays text
        # 'TEXT | Publication date (ISO 8601 format)': a date when the name or the words say date and nothing says time
        dated = re.search(r"(_date|Date|^date)$", raw.name) or (
            re.search(r"\bdate\b", shape, re.IGNORECASE) and not re.search(r"time|timestamp|\b_at\b", shape, re.IGNORECASE))
        kind = "date" if dated and not TIMESTAMP_NAME.search(raw.name) else "datetime"
    if kind in ("json", "str", "text") and re.search(
            r"\b(array|list) of (?:[\w-]+\s+){0,2}(strings?|tags?|labels?|names?|keywords?|urls?|emails?)\b"
            r"|string\[\]|\bjson\s+array\b(?!\s+of\b)", shape, re.IGNORECASE):
        kind = "list[str]"  # `text | JSON Array | List of tags`: a list kept as JSON text (a 'JSON array of splits' holds
        # what the spec calls splits, things with parts of their own, unless they are the strings above)
    elif kind in ("str", "text") and re.search(r"\bjson\s+(object|map|dict(ionary)?)\b|(?<![A-Za-z])json\s*(string|문자열|文字列|字符串|字串|"
                                               r"数组|陣列|配列|배열|对象|物件|オブジェクト|객체|"
                                               r"text|texto|cha[îi]ne|blob|document|payload)\b|\bjson[- ]encoded\b|\bserialized\s+json\b|"
                                               r"(?<![A-Za-z])json\s*[，；]|[^\x00-\x7f]json\s*$|"
                                               r"\bjson\s+array(?=" + OF_OBJECTS + ")",  # ('JSON array of {name, unit}')
                                               shape, re.IGNORECASE) or re.match(
            r"\s*json\s*[:：(—–]", raw.description or "", re.IGNORECASE):
        kind = "json"  # 'LLM이 추출한 원본 JSON 문자열', `data TEXT -- JSON: person, allergies`: JSON kept as text
    if kind == "list[str]" and re.fullmatch(r"`?(?:list|array)`?", raw.type_text.strip(), re.IGNORECASE) and re.search(
            r"\b(?:list|array)\s+of\s+(?:[\w-]+\s+){0,3}objects?\b|\bobjects?\s*\(see\b", raw.description or "", re.IGNORECASE):
        kind = "json"  # `| reminders | List | List of reminder objects (see below) |`: objects, kept whole
    if kind == "enum" and re.search(r"_jsonb?$", snake(raw.name)):
        kind, raw.enum_values = "json", None  # `events_json`: '每项含 type（apnea/wake）' lists a member's values, not its own
    if kind == "float" and re.fullmatch(r"`?(?:z\.)?number\??`?", raw.type_text.strip(), re.IGNORECASE) and (typescript.whole_number(
            raw.name) or re.search(r"\bcount\b|\bnumber of\b|\bhow many\b|\bstatus code\b|^\s*\d+\s*(?:–|-|to|\.\.)\s*\d+\s*$|"
                                   r"^\s*(?:in\s+)?(?:paise|cents|centavos|minor units)\b",
                                   raw.description or "", re.IGNORECASE)) and \
            not re.search(r"decimal|fraction", raw.description or "", re.IGNORECASE):
        kind = "int"  # `| order | number | Yes | 0 | Sort order |`: JavaScript's number, holding a whole count (or one its
        # notes say is in a currency's minor unit, `| grand_total | number | Paise |`)
        # description calls a count: `| tokens_in | number | No | Input token count |`, 'HTTP status code')
    elif kind == "float" and re.fullmatch(r"`?number\??`?", raw.type_text.strip(), re.IGNORECASE) and (re.search(
            r"(^|_)(price|amount|cost|fee|subtotal|total|balance|deposit|budget|revenue|salary|wage|income|expenses?|earnings|"
            r"ingresos?|gastos?|receitas?|despesas?|precio|preco|monto|importe|"
            r"costo|tarifa|saldo|prix|montant|"
            r"preis|betrag|prezzo|importo|harga|biaya)$|^(?:\w+_)?(?:price|cost|fee)_per_[a-z]+$|"
            # (the languages that put the noun first: `harga_jual`, selling price; `precio_venta`, `preco_custo`)
            r"^(?:harga|precio|preco|prix|preis|prezzo|monto|importe|biaya|tarifa|costo|custo|valor)_[a-z]+$",
            snake(without_accents(raw.name))) or re.search(
            r"(?<![A-Za-z])(USD|EUR|GBP|CNY|JPY|INR|ARS|BRL|MXN|CLP|COP|PEN|RMB|IDR|MYR|PHP|VND|KRW)(?![A-Za-z])|[$€£¥₹₩₫]|"
            r"\b(dollars?|euros?|pesos?|reais|rupees?|yuan|currency|moneda|moeda|devise)\b", raw.description or "")) and not re.search(
            r"\bpercent|\bratio\b|\brate\b|\bcents\b|\bin minor units|\bstored as (?:an? )?(?:float|double|real)\b",
            raw.description or "", re.IGNORECASE):  # ('Stored as float': the spec chose the float, knowingly)
        # (whole words: 'Base charge for expectedDurationMinutes' holds no ratio)
        kind = "decimal"  # `| price | number | Product price |`, `precioTotal`, "MVP cap: CNY 2000": money, kept exact
    elif kind in ("int", "float") and not raw.type_text.strip() and (raw.description or "").startswith(
            ("example value ", "shown in a response as ")) and re.search(
            r"(^|_)(price|amount|cost|fee|subtotal|total|salary|wage|balance)$|^(?:amount|price|cost|total|balance)_(?!id$|count$|"
            r"cents$|type$|currency$|percent)", snake(raw.name)):  # (`"amount_paid": 0`, `"balance": 55`)
        kind = "decimal"  # an example's `"price": 35`: money shown as a round number
    if kind in ("str", "text") and not raw.enum_values and re.fullmatch(r"`?string`?", raw.type_text.strip(), re.IGNORECASE):
        iso = re.fullmatch(r"\s*ISO(?:[- ]?8601)?\s+(date|date-?time|timestamp)\b.*", raw.description or "", re.IGNORECASE)
        if iso:  # `| issue_date | string | ISO date |`: a day written as text
            kind = "date" if iso.group(1).lower() == "date" else "datetime"
    if kind in ("str", "text") and isinstance(raw.default, str) and SQLITE_NOW.fullmatch(raw.default.strip()):
        kind = "datetime"  # SQLite's `timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`: a moment, as text
    if kind == "datetime" and re.fullmatch(r"`?string`?\s*[(（]\s*ISO[- ]?8601\s*[)）]", raw.type_text.strip(), re.IGNORECASE) and (
            re.fullmatch(r"(?:\w+_)?(?:date|day|birthday|dob)", snake(raw.name))) and not re.search(
            r"\b(?:time|timestamp|datetime|date-time|moment|instant|hours?)\b", raw.description or "", re.IGNORECASE):
        kind = "date"  # `| date | string (ISO 8601) | Yes | Today's date |`: a column named a day, ISO 8601's day
    stamped = kind in ("int", "float") and re.search(r"(^|_)(date|time)$", snake(raw.name)) and re.search(
        r"\b(unix|epoch)\b|\btimestamp\b", shape, re.IGNORECASE)  # `dueDate | number | Unix timestamp of due date`
    if kind in ("str", "text", "int", "float") and not raw.enum_values and (TIMESTAMP_NAME.search(raw.name) or stamped) and (
            kind in ("str", "text") or re.search(r"\b(timestamp|epoch|unix|date|time)\b", shape, re.IGNORECASE)) and not (
            kind in ("int", "float") and re.search(r"\bms\b|\bmillis(?:econds?)?\b|ミリ秒|毫秒", shape, re.IGNORECASE)):
        # (but `startedAt: number // Unix timestamp, ms`: the count of milliseconds the client sends and reads back)
        kind = "datetime"  # `deleted_at TEXT`, `expires_at integer (Timestamp)`: a point in time, stored as text or a number
        diagnostics.append(f"{name}: {raw.type_text or raw.type} at {_describe(raw)} holds a point in time; read as datetime")
    elif kind == "text" and not raw.enum_values and re.fullmatch(r"text", bare_type) and re.search(r"(^date|_date|[a-z]Date)$", raw.name) \
            and not re.search(r"\b(?:time|hh:mm|iso\s*8601\s*(?:date[- ]?time|timestamp))\b", raw.description or "", re.IGNORECASE):
        kind = "date"  # SQLite's `join_date TEXT NOT NULL`: a calendar date kept as text
        diagnostics.append(f"{name}: {raw.type_text} at {_describe(raw)} holds a date, stored as text; read as date")
    if kind == "date" and re.fullmatch(r"`?Date\??`?", raw.type_text.strip()) and (
            TIMESTAMP_NAME.search(raw.name) or re.search(r"(^|_)(timestamp|time)$", snake(raw.name))):
        kind = "datetime"  # `startedAt | Date`, `timestamp | Date`: Swift's and JavaScript's Date is a point in time,
        # as the name says
    elif kind == "date" and re.search(r"(?:[Dd]ate_?[Tt]ime)$", raw.name):
        kind = "datetime"  # `startDateTime` (date, required): a CMS's date field, a moment as the name says
    if kind == "float" and re.search(r"\b(?:unix|epoch)\b|\btimestamp\b", shape, re.IGNORECASE) and re.search(
            r"\bms\b|\bmillis(?:econds?)?\b|ミリ秒|毫秒", shape, re.IGNORECASE):
        kind = "int"  # (`number // Unix timestamp, ms`: a whole count of milliseconds)
    if kind == "int" and re.search(r"\bepoch[- ]days?\b|\bdays since (1970|the epoch)", shape, re.IGNORECASE):
        kind = "date"  # a Long holding the epoch day: a calendar date
    if kind == "float" and re.search(r"^\s*integer\b|\bwhole number\b|\bmust be an integer\b", raw.description or "",
                                     re.IGNORECASE):
        kind = "int"  # `number | Integer > 0`: JSON's number, holding an integer
    if kind in ("str", "text") and not raw.enum_values and not raw.max_length and re.search(
            r"(?:^|[;|]\s*)\W*(?:uuid|guid)(?:\s*v?\d)?\b", raw.description or "", re.IGNORECASE):
        kind = "uuid"  # `guid | TEXT | UNIQUE NOT NULL | UUIDv4 — stable identifier`: a uuid kept as text (but a
        # `VARCHAR(36)` the spec sized itself is the string it wrote, whatever it holds)
    nested = re.search(r"\b(array|list)s?\s+of\s+(?:[\w-]+\s+){0,2}(arrays|lists|sequences|objects|pairs|tuples|maps|dicts|"
                       r"records)\b|\beach\b[^.]{0,40}\b(array|list)\b", raw.description or "", re.IGNORECASE)
    # ("Array of valid answer-unit sequences. Each sequence is an ordered array of strings": arrays in an array)
    if kind == "json" and not nested and re.search(r"\b(array|list)\s+of\s+(\w+\s+)?(ids|uuids|strings|names|tags|emails|urls|keys|codes|"
                                    r"labels)\b",
                                    f"{raw.type_text} {raw.description}", re.IGNORECASE):
        kind = "list[str]"  # `members` | String (JSON) | Array of user IDs
    elif kind == "json" and re.search(r"\b(url|id|etiket|tag|e-?posta|email|isim|ad)\s+(listesi|dizisi)\b|"
                                      r"\blista\s+de\s+(urls?|ids|etiquetas|tags|nomes|nombres|correos|e-?mails)\b|"
                                      r"\bliste\s+(des|der|von)\s+(urls?|ids|[ée]tiquettes|tags|noms|namen)\b|"
                                      r"(URL|ID|标签|標籤|タグ|태그)\s*(的|の)?\s*(列表|清单|一覧|リスト|목록|数组|配列|배열)",
                                      f"{raw.type_text} {raw.description}", re.IGNORECASE):
        kind = "list[str]"  # `images | json | Görsel URL listesi`: a list of URLs, in the spec's language
    elif kind == "json" and re.search(r"\b(array|list)\s*[:：]\s*`?[\w-]{1,20}`?(\s*,\s*`?[\w-]{1,20}`?)+", raw.description or "",
                                      re.IGNORECASE):
        kind = "list[str]"  # `sizes | JSONB | Array: S, M, L, XL`: an array of the words it lists
    elif kind == "json" and re.match(r"\s*\[\s*\"[^\"\n]{1,40}\"(?:\s*,\s*\"[^\"\n]{1,40}\")+\s*\]", raw.description or ""):
        kind = "list[str]"  # `variables JSON, -- ["name", "company", "promo_code"]`: what it holds, shown as an array of strings
    if kind == "json" and re.search(r"(标签|標籤|タグ|태그|字符串|文字列|문자열)\s*(的|の)?\s*(数组|陣列|配列|배열|列表|リスト|목록)",
                                    shape):
        kind = "list[str]"  # `tags JSON COMMENT '标签数组'`: an array of tags
    if kind == "bool" and raw.description and re.fullmatch(r"tinyint\s*\(\s*1\s*\)", bare_type):
        coded_values(raw)  # MySQL's `TINYINT(1)` noted '0-待支付，1-已支付，2-已取消': more than a flag, an enum of codes
        kind = raw.type if raw.type in ("int", "enum") else kind
    if kind == "int" and raw.description and re.search(r"\b0 or 1\b|(?<!default )(?<!default: )\b1 if\b", raw.description,
                                                      re.IGNORECASE):
        kind = "bool"  # '1 if done, 0 otherwise' (not 'default 1 if unknown')
    elif kind == "int" and re.fullmatch(r"tinyint(\s*\(\s*\d+\s*\))?|bit", bare_type) and (
            re.fullmatch(r"(is|has|can)_\w+|deleted|enabled|disabled|active|visible|hidden|archived|locked|verified",
                         snake(name)) or re.search(r"逻辑删除|邏輯刪除|論理削除|논리\s*삭제|soft[- ]delete", shape, re.IGNORECASE)
            or re.search(r"(^|[;；]\s*)(是否|whether\b)|(여부|かどうか)\s*$", raw.description or "", re.IGNORECASE)):
        kind = "bool"  # `deleted TINYINT 逻辑删除`, `selectable TINYINT 是否可退选` ("whether ..."): MySQL's flag
        diagnostics.append(f"{name}: {raw.type_text} at {_describe(raw)} is a flag; read as bool")
    elif kind == "int" and (re.fullmatch(r"(is|has|can)_[a-z]\w*", snake(name)) or re.fullmatch(
            r"[a-z]\w*[^s_]_(verified|required|enabled|disabled|deleted|archived|locked|confirmed|approved|visible|active|"
            r"hidden|pinned|completed|done)", snake(name))) and raw.default in (0, 1) and re.fullmatch(r"int|integer", bare_type):
        # (`secret_verified INTEGER NOT NULL DEFAULT 0` too; not `tasks_completed`, a count of tasks)
        kind, raw.default = "bool", bool(raw.default)  # SQLite's `is_archived INTEGER NOT NULL DEFAULT 0`: a flag
        diagnostics.append(f"{name}: {raw.type_text} at {_describe(raw)} is a flag (0/1); read as bool")
    elif kind == "int" and raw.description:
        coded_values(raw)  # '是否删除：0否，1是' is a bool; '0未知，1男，2女' an enum of its codes
        kind = raw.type if raw.type in ("bool", "enum") else kind
        if kind == "enum":
            diagnostics.append(f"{name}: {raw.type_text} at {_describe(raw)} holds the codes its notes list "
                               f"({', '.join(raw.enum_values or [])}); read as an enum of those numbers")
    elif kind == "str" and raw.max_length is not None and raw.max_length <= 2 and not raw.enum_values and raw.description:
        codes = re.findall(r"(?<![\w.])(\d{1,2})(?:\s*[:：=\-]\s*[^\W\d_]|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))",
                           raw.description)
        if len(codes) >= 2 and len(set(codes)) == len(codes) and all(len(c) <= raw.max_length for c in codes) and (
                raw.default is NO_DEFAULT or str(raw.default) in codes):
            kind, raw.enum_values = "enum", codes  # `status CHAR(1) DEFAULT '0' COMMENT '状态(0待支付 1已支付)'`: its codes
            raw.default = raw.default if raw.default is NO_DEFAULT else str(raw.default)
            diagnostics.append(f"{name}: {raw.type_text} at {_describe(raw)} holds the codes its notes list "
                               f"({', '.join(codes)}); read as an enum of them")
    if kind == "enum" and raw.enum_values and raw.default is NO_DEFAULT:
        start = re.search(r"\b(?:new \w+ (?:are|is|start as|starts as|begin as)|initially|starts? (?:as|in)|defaults? to)\s+"
                          r"[`'\"]?([\w-]+)", raw.description or "", re.IGNORECASE)
        if start and start.group(1) in raw.enum_values:
            raw.default = start.group(1)
    if kind == "enum" and not raw.enum_values:
        # `| Status | enum | 文章狀態 | Draft=0, Published=1 |`: a C# enum's members and the numbers they are stored as
        members = re.findall(r"(?<![\w=])([A-Za-z][A-Za-z0-9_]*)\s*=\s*-?\d+\b(?!\s*=)", raw.description or "")
        if len(members) >= 2 and len(set(members)) == len(members):
            raw.enum_values = members
            diagnostics.append(f"{name}: enum of the members its notes list at {_describe(raw)}: {', '.join(members)}")
    if kind == "enum" and not raw.enum_values:
        # `| visibility | enum | VISIBLE, HIDDEN（管理员隐藏）；或软删除 deleted_at |`: the codes the notes open with,
        # before what they go on to say
        lead = re.match(r"\s*([A-Za-z][\w-]*`?(?:\s*[,/|]\s*`?[A-Za-z][\w-]*)+)`?\s*(?:[(（;；。]|\.(?:\s|$)|$)",
                        re.sub(r"^\s*enum\w*\s*[,:：]\s*", "", (raw.description or "").replace("`", ""), flags=re.IGNORECASE))
        codes = re.split(r"\s*[,/|]\s*", lead.group(1)) if lead else []
        if len(codes) >= 2 and len(set(codes)) == len(codes) and (all(c.isupper() for c in codes) or all(
                c.islower() for c in codes)) and not any(CONSTRAINT_WORDS.fullmatch(c) for c in codes):
            raw.enum_values = codes
            diagnostics.append(f"{name}: enum of the values its notes open with at {_describe(raw)}: {', '.join(codes)}")
    if kind == "enum" and not raw.enum_values:
        # `| parse_status | 枚举 | 已解析、待整理、已忽略 |`: notes that are only terms, set apart by the ideographic comma
        terms = re.split(r"\s*[、，,/]\s*", (raw.description or "").strip().rstrip("。."))
        if "、" in (raw.description or "") and len(terms) >= 2 and len(set(terms)) == len(terms) and all(
                re.fullmatch(r"[^\W_][\w-]{0,19}", t) for t in terms):
            raw.enum_values = terms
            diagnostics.append(f"{name}: enum of the terms its notes list at {_describe(raw)}: {', '.join(terms)}")
    if kind == "enum" and raw.enum_values and not raw.coded and all(
            re.fullmatch(rf"{re.escape(snake(name))}[-_ ]?\w+", v, re.IGNORECASE) and re.search(r"\d", v) for v in raw.enum_values):
        # (`- \`isbn\`: ISBN-10 or ISBN-13`: the formats of its value, not values it takes)
        kind, raw.enum_values = "str", None
        diagnostics.append(f"{name}: the words at {_describe(raw)} name formats of it, not its values; kept as str")
    if kind == "enum" and raw.enum_values and not raw.coded and re.search(
            r"(?:name|title|label|description|note|notes|url|address)$", snake(name)) and not all(
            v.isascii() for v in raw.enum_values) and not re.search(r"enum|列挙|枚举|枚舉|열거", raw.type_text, re.IGNORECASE):
        # (`string album_name "アルバム名 (検索用/非正規化)"`: what a name is for, in words, not the values it may hold)
        kind, raw.enum_values = "str", None
        diagnostics.append(f"{name}: the words in its notes at {_describe(raw)} say what it is for, not its values; kept as str")
    if kind == "enum" and not raw.enum_values:
        # `| tipo | Enum | \`COMPRA\` (Entrada/Pagar) ou \`VENDA\` (Saída/Receber) |`: the codes it quotes, each glossed
        quoted = list(dict.fromkeys(re.findall(r"`([A-Za-z][\w-]{0,39})`", raw.description or "")))
        if len(quoted) >= 2 and (all(q.isupper() for q in quoted) or all(q.islower() for q in quoted)) and not any(
                CONSTRAINT_WORDS.fullmatch(q) for q in quoted):
            raw.enum_values = quoted
            diagnostics.append(f"{name}: enum of the values its notes quote at {_describe(raw)}: {', '.join(quoted)}")
    if kind == "enum" and not raw.enum_values:
        kind = "str"
        diagnostics.append(f"{name}: called an enum at {_describe(raw)} without listing values; kept as str")
    if kind == "str" and not raw.max_length and any(UUID_NOTE.fullmatch(part) for part in re.split(r"[;；]", raw.description or "")):
        kind = "uuid"  # `| createdBy | string | 否 | 建立者 ID | UUID 格式 |`: a string said to hold a UUID
        diagnostics.append(f"{name}: a string its notes call a UUID at {_describe(raw)}; read as uuid")
    if kind == "str" and raw.max_length is None and UNBOUNDED.search(raw.description or ""):
        kind = "text"  # `| Content | string | ✓ | 文章內容 (Markdown) | 無限制 |`: a string of no stated bound
        diagnostics.append(f"{name}: a string its notes call unbounded at {_describe(raw)}; read as text")
    derived = re.search(r"\bnever stored\b|\bnot (?:stored|persisted)\b|\bcomputed at read time\b|不儲存|不存储|不存儲|不保存|"
                        r"保存しない|저장하지\s*않|\bno se (?:almacena|guarda|persiste)\b|\bn[ãa]o (?:é\s+)?(?:armazenad|persistid|salv)[oa]\b|"
                        r"\bnon (?:stock[ée]|persist[ée])e?\b|\bnicht gespeichert\b|"
                        r"^\W*(?:computed|derived|calculated|resolved)\W*$", raw.description or "",
                        re.IGNORECASE) or (  # (`fullName: String!  # computed`: all its note says)
                            # `totalHours?: number; // Computed from time entries`: an application type's member the
                            # application sums (a `DECIMAL(10,2)` column computed from the fees is stored all the same)
                            re.fullmatch(r"`?[a-z]\w*\??(?:\[\])?`?", raw.type_text.strip()) and re.search(
                                r"(?:^|\s-\s|[;:]\s*)(?:computed|derived|calculated)\s+(?:from|by|on|sum|total|count)\b"
                                r"(?!.*\b(?:stored|persisted|saved|cached)\b)|\((?:frontend|client[- ]side|ui)\s+only\)|"
                                # ('Computed field (true if stockQuantity <= lowStockThreshold)', 'Computed: a <= b')
                                r"^\W*(?:computed|derived|calculated)(?:\s+(?:field|value|property|attribute))?\s*[:(]"
                                r"(?!.*\b(?:stored|persisted|saved|cached)\b)",
                                raw.description or "", re.IGNORECASE)) or (
                            # a GraphQL type's `total: Decimal!` "(calculated from items)": the resolver works it out
                            re.fullmatch(r"[A-Z][A-Za-z0-9]*!", raw.type_text.strip()) and re.search(
                                r"\((?:computed|derived|calculated)\s+(?:from|by|on)\b", raw.description or "", re.IGNORECASE)) or (
                            re.fullmatch(r"`?[A-Z][A-Za-z0-9]*`?\??", raw.type_text.strip()) and kind in (
                            None, "json", "enum") and re.search(r"\(derived\b|\bderived\s+from\b|\bderivad[oa]\b|\bd[ée]riv[ée]e?\b|"
                                                                 r"\babgeleitet\b", raw.description or "", re.IGNORECASE))
    # (`| league | League | Valor de dominio derivado/expuesto desde team.league |`: the team's, read through it)
    if derived:  # `status | FleetStatus | yes | New (derived). Never stored.`: computed when read, no column
        diagnostics.append(f"{name} ({_describe(raw)}) is derived, not stored ({derived.group(0).strip('( ')}); left out")
        return None
    if kind is None and re.match(r"\s*`?(M2M|ManyToMany(Field)?|many[- ]to[- ]many|TaggableManager|GenericRelation)\b",
                                 raw.type_text, re.IGNORECASE):  # (django-taggit's tags: a relation through its own table)
        diagnostics.append(f"{name} ({_describe(raw)}) is a many-to-many relation, not a column; left out")
        return None
    # (Python's `GuestyGuest | None` and `Optional[GuestyGuest]`, TypeScript's `Address | null`: the type, or nothing)
    bare_type = re.sub(r"^`?Optional\[\s*(\w+)\s*\]`?$|^`?(\w+(?:\[\])?)\s*\\?\|\s*(?:None|null|undefined)`?$", r"\1\2",
                       raw.type_text.strip())
    shape = re.fullmatch(r"`?([A-Z][A-Za-z0-9]*)`?\s*(\[\])?\??", bare_type) or re.fullmatch(
        r"`?(\[\])\*?([A-Z][A-Za-z0-9]*)`?", bare_type)  # (Go's `[]Ingredient`)
    if shape and shape.group(1) == "[]":
        shape = re.fullmatch(r"`?([A-Z][A-Za-z0-9]*)`?\s*(\[\])", f"{shape.group(2)}[]")
    listed_shapes = [m.group(1) or m.group(2) for text in [bare_type, *raw.also_typed] if (m := re.fullmatch(
        r"`?([A-Z][A-Za-z0-9]*)`?\s*\[\]\??|`?\[\]\*?([A-Z][A-Za-z0-9]*)`?", text.strip()))]
    held = re.match(r"\W*(?:array|list)\s*(?:of\s+`?\{|[<\[]\s*`?([A-Z][A-Za-z0-9]*)`?\s*[>\]])", raw.description or "",
                    re.IGNORECASE) if kind == "list[str]" and raw.type_text.strip(" `").lower() in ("array", "list") else None
    if held and (not held.group(1) or classify(held.group(1)) is None):
        kind = "json"  # `- items: array of {description, quantity}`, `- payments: array[Payment]`: a list of objects, whole
    if kind == "list[str]" and any(normal_name(n) in set(shapes) | set(keyed_tables) for n in listed_shapes):
        kind = "json"  # `indicators | LabTestIndicator[]`: a list of objects the spec defines, kept whole (also when the
        # table's TEXT is the column and the data model's `Availability[]` says what it holds)
    referenced = normal_name(shape.group(1)) if shape and not shape.group(2) else None
    holds_key = kind is None and referenced in keyed_tables and not raw.enum_values and (re.search(
            r"@?(?:ManyToOne|OneToOne)\b|\bforeign\s+key\b|\bFK\b|\breferencia\b|\breferences\b|\bbelongs\s+to\b",
            f"{raw.type_text} {raw.description}") or referenced in declared)
    if kind == "str" and not raw.type_text.strip() and not raw.max_length and re.search(r"[a-z0-9]_id$", snake(raw.name)) and (
            isinstance(keyed_tables, dict)):
        # `- \`tournament_id\`: torneo.` (no type, named for the table it points to): that table's key, a uuid when
        # `tournaments` says `id`: UUID
        found = _referenced_table(raw.name, keyed_tables)
        if found and keyed_tables.get(found) in ("uuid", "int"):
            kind = keyed_tables[found]
            diagnostics.append(f"{name}: no type at {_describe(raw)}; a reference to {found}, whose key is a {kind}")
    pointed = POINTED_KEY.match(raw.type_text)
    if kind in (None, "enum") and pointed and raw.enum_values:
        # (`breedId | FK → Breed | nullable (mixed/unknown)`: a key, whatever words its notes hold)
        kind, raw.enum_values = None, None
    if kind is None and not raw.enum_values and (pointed or re.fullmatch(r"\s*`?(?:fk|foreign\s+key)`?\s*", raw.type_text,
                                                                        re.IGNORECASE)):
        # `| lawyerId | FK |`: a reference typed by nothing but that; it holds the key of the table its name points to
        # (`lawyers`' uuid), else an integer, the common key; `FK → \`host_profiles.id\`` names that table itself
        found = next((k for k in (normal_name(pointed.group(1)),) if k in keyed_tables), None) if pointed else None
        found = found or _referenced_table(raw.name, keyed_tables)
        kind = (keyed_tables.get(found) if found and isinstance(keyed_tables, dict) else None) or "int"
        kind = kind if kind in ("int", "uuid", "str") else "str"
        diagnostics.append(f"{name}: a reference typed only FK at {_describe(raw)}; holds "
                           + (f"{found}'s key ({kind})" if found else f"a key, read as {kind}"))
    if holds_key:
        # `| team | Team | Requerido; referencia a TeamSQL mediante @ManyToOne |`: a reference, which holds Team's key
        kind = (keyed_tables.get(referenced) if isinstance(keyed_tables, dict) else None) or "int"
        kind = kind if kind in ("int", "uuid", "str") else "str"
        diagnostics.append(f"{name}: a reference to {shape.group(1)} at {_describe(raw)}; holds its key ({kind})")
    if shape and normal_name(shape.group(1)) in keyed_tables and not holds_key and not raw.enum_values and re.search(
            r"relation|beziehung|relaci[oó]n|rela[çc][ãa]o|back[- ]?ref|inverse|gegenst[üu]ck|@relation|関連|关联|關聯|관계",
            f"{raw.type_text} {raw.description}", re.IGNORECASE):
        # `brackets | KnockoutBracket[]`, `club | Club?`: the other side of a relation to a table of its own (Prisma)
        diagnostics.append(f"{name} ({_describe(raw)}) is a relation to {shape.group(1)}, a table of its own; left out")
        return None
    rows = re.match(r"\W*(?i:(?:an?\s+|the\s+)?(?:ordered\s+|sorted\s+)?(?:list|array|collection|set)\s+of)\s+`?([A-Z][A-Za-z0-9]*)`?"
                    r"(?i:\s+(?:instances|records|rows|objects|entities|entries|items))?\W*$", raw.description or "")
    if rows and kind in (None, "str", "text", "json", "list[str]") and not raw.enum_values and normal_name(
            rows.group(1)) in keyed_tables:
        # `effects`: Ordered list of AudioEffect instances, where AudioEffect is a table of its own: its rows, no column
        diagnostics.append(f"{name} ({_describe(raw)}) lists {rows.group(1)} rows, a table of its own; left out")
        return None
    if kind is None and not raw.enum_values and shape and (normal_name(shape.group(1)) in shapes or STRUCTURED.fullmatch(
            shape.group(1))):
        kind = "json"  # `submitterInfo | SubmitterInfo` (defined beside it), `coordinates | GeoPoint`: an object held whole
        diagnostics.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} is an object "
                           + ("the spec defines" if normal_name(shape.group(1)) in shapes else "with fields of its own")
                           + "; stored as json")
    if kind is None and not raw.enum_values and re.match(r"[a-zà-ÿ]+[\s,;]", raw.type_text.strip()) and re.search(
            r"\b(required|requis|obligatoire|requerido|obligatorio|obrigat[óo]rio|erforderlich|optional|optionnel|opcional|"
            r"unique|[úu]nico|max(imum)?|min(imum)?|not null|non vide|non nul)\b|\b(entier|entero|inteiro|integer|ganzzahl|intero)\b",
            raw.type_text, re.IGNORECASE):
        # | Code | `code` | requis, unique, max 60 |: a type column that states only rules; the words say what it holds
        kind = bullets.prose_type(raw.name, raw.type_text)
        diagnostics.append(f"{name}: no type at {_describe(raw)}, only rules ({raw.type_text.strip()[:60]!r}); read as {kind}")
    if kind is None and not raw.enum_values and re.fullmatch(r"\W*soft[- ]?delet\w*\W*", raw.type_text) and re.search(
            r"delet|archiv|remov", snake(raw.name)):
        # `IsDeleted / DeletedAt / DeletedBy | soft-delete`: the soft-delete columns, each typed by its name
        kind = bullets.name_type(raw.name)
        diagnostics.append(f"{name}: a soft-delete column at {_describe(raw)}; read as {kind}, as its name says")
    if kind is None and not raw.enum_values and snake(raw.name) in AUDIT_NAMES | {"created_at", "updated_at"}:
        kind = bullets.name_type(raw.name)  # `CreatedBy` | auditoría: who made the row, a name or an id as the app keeps it
        diagnostics.append(f"{name}: no type at {_describe(raw)} ({raw.type_text.strip()[:40]!r}), an audit column; "
                           f"read as {kind}")
    if kind is None and not raw.enum_values and shape and normal_name(shape.group(1)) not in shapes and normal_name(
            shape.group(1)) != normal_name(raw.name) and normal_name(shape.group(1)).replace("_", "").endswith(
            normal_name(raw.name).replace("_", "")) and not ENUM_NAME.search(shape.group(1)):
        # `photo | CarPhoto`, a type the spec does not define here (an earlier feature's): a link to it, kept apart
        diagnostics.append(f"{name} ({_describe(raw)}) refers to {shape.group(1)}, defined outside this spec; left out")
        return None
    if kind is None and not raw.enum_values and shape and normal_name(shape.group(1)) in aggregates:
        # `customer | Customer`, where the domain has a `Customer` aggregate of its own: a link to it, kept apart
        diagnostics.append(f"{name} ({_describe(raw)}) refers to {shape.group(1)}, an entity of its own; left out")
        return None
    if kind is None and not raw.enum_values and shape and not shape.group(2) and normal_name(shape.group(1)) == normal_name(
            raw.name) and normal_name(shape.group(1)) not in set(shapes) | set(keyed_tables):
        kind = "str"  # `| LegalName | LegalName |`, `| Address | Address? |`: a value object that wraps one text value
        diagnostics.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} is a value object named like the field, "
                           "with no fields of its own in the spec; read as str")
    digits = list(DIGIT_COUNT.finditer(raw.description or "")) if kind == "str" and raw.max_length is None else []
    if digits:  # `| TaxId | TaxId | Sin guiones; 11 dígitos |`: a code of exactly that many characters
        # ('CPF (11 dígitos) ou CNPJ (14 dígitos)': one of two codes, from the shorter's length to the longer's)
        counts = [int(d.group(1)) for d in digits]
        raw.min_length, raw.max_length = min(counts), max(counts)
        diagnostics.append(f"{name}: {', '.join(d.group(0).strip() for d in digits)} at {_describe(raw)}; "
                           f"length {raw.min_length}" + (f" to {raw.max_length}" if raw.max_length != raw.min_length else ""))
    enum_typed = kind is None and not raw.enum_values and not shape and re.fullmatch(
        r"\W*[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:status|state|type|kind|role|level|priority|category|mode|stage)\W*", raw.type_text) or (
        # (`species pet_species NOT NULL`: a type named for its table and the column, a PostgreSQL enum of its own)
        kind is None and not raw.enum_values and not shape and re.fullmatch(
            rf"\W*[a-z][a-z0-9]*_{re.escape(snake(raw.name))}\W*", raw.type_text))
    if enum_typed and (listed := described_values(raw.description or "", raw.name, raw.default if raw.default is not NO_DEFAULT
                                                  else None)) and (raw.default is NO_DEFAULT or raw.default in listed):
        # `content_type content_type DEFAULT 'mistake'` and the field's note `内容类型（mistake/expression）`: the values
        kind, raw.enum_values = "enum", listed
        diagnostics.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} is an enum type; its values from the "
                           f"field's notes: {', '.join(listed)}")
    elif enum_typed:
        kind = "str"  # `| trigger_event_type | \`event_type\` |`: a PostgreSQL enum type whose values are listed elsewhere
        diagnostics.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} names an enum type whose values the table "
                           "does not list; kept as str (list its values in the spec to have them checked)")
    if kind is None and not raw.enum_values and shape and not shape.group(2) and ENUM_NAME.search(shape.group(1)):
        kind = "str"  # `RentalStatus status "NOT NULL"`, the enum declared in code the spec does not show
        diagnostics.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} names an enum whose values the spec does "
                           "not list; kept as str (list its values in the spec to have them checked)")
    bubble = re.fullmatch(r"\W*(?:custom\.(\w+)|(user))\W*", raw.type_text)
    said_key = re.search(r"\b(?:FK|foreign\s+key)\b(?:\s*(?:a|to|->|→|para|vers|zu)?\s*`?([A-Z]\w*))?", raw.description or "")
    if kind is None and not raw.enum_values and (bubble or said_key):
        # Bubble's `custom.cliente` and `user` types, a cell saying 'FK a `Cliente`': a link to that row, held as its id
        target = normal_name((bubble.group(1) or bubble.group(2)) if bubble else (said_key.group(1) or ""))
        known = keyed_tables.get(target) if isinstance(keyed_tables, dict) else None
        kind = known if known in ("int", "uuid", "str") else "str"
        diagnostics.append(f"{name}: {raw.type_text.strip()!r} at {_describe(raw)} refers to another row; held as its id, "
                           f"a {kind}")
    if kind is None and not raw.enum_values and not raw.type_text.strip() and raw.file.endswith((".md", ".markdown", ".txt")):
        # `| ct_courriel | Courriel du référent | |`: a row whose type cell the author left empty, among typed ones
        kind = bullets.name_type(raw.name) or "str"
        diagnostics.append(f"{name}: no type at {_describe(raw)}; read as {kind}, by its name (write its type in the spec "
                           "to be sure)")
    if kind is None:
        if raw.enum_values:
            kind = "enum"
        else:
            blocking.append(f"{name}: type {raw.type_text!r} at {_describe(raw)} is not one we know; decide its type")
            return None
    if kind == "enum" and raw.default == "" and raw.enum_values and "" not in raw.enum_values:
        # `category String @default("") // "job_posting" | "jd" | any other free string`: an empty default holds none
        # of the listed values, so they are examples of an open text, not a closed list
        diagnostics.append(f"{name}: default '' is none of the listed values ({', '.join(raw.enum_values)}) at "
                           f"{_describe(raw)}; read as str, the values as examples")
        kind, raw.enum_values = "str", None
    if kind == "enum" and raw.enum_values and "" in raw.enum_values and raw.default != "" and len(raw.enum_values) > 2:
        # a Select's options starting with `(empty)`: the column may be left blank, which is no value of the list
        raw.enum_values = [v for v in raw.enum_values if v != ""]
        diagnostics.append(f"{name}: the empty option at {_describe(raw)} is no value; the column may be left out")
    out: dict[str, Any] = {"name": name, "type": kind}
    if kind == "float" and JS_NUMBER.fullmatch(raw.type_text.strip("`* ")) and re.fullmatch(
            r"\s*\d+(?:\s*[/,|、]\s*\d+)+\s*", raw.description or ""):
        kind = out["type"] = "int"  # `| bestOf | number | 3 / 5 |`: JavaScript's one number, whole in every value given
    if kind == "enum" and raw.coded and isinstance(raw.default, int) and not isinstance(raw.default, bool):
        raw.default = str(raw.default)  # (a code's default as another definition of the column writes it: `DEFAULT 1`)
    if kind == "enum" and isinstance(raw.default, str) and raw.enum_values and raw.default not in raw.enum_values:
        # `default=CREATED` for the value `created` (Django's Status.CREATED): the value as listed
        same = [v for v in raw.enum_values if v.lower() == raw.default.split(".")[-1].lower()]
        raw.default = same[0] if len(same) == 1 else raw.default
        if raw.default not in raw.enum_values:
            # (`status VARCHAR(30) DEFAULT 'PENDING'` in a first migration, the column table's values without it: a
            # default of another version of the column, which no row may hold now)
            diagnostics.append(f"{name}: default {raw.default!r} at {_describe(raw)} is none of its values "
                               f"({', '.join(raw.enum_values)}); left out -- set the default the API should use")
            raw.default = NO_DEFAULT
    if kind == "str" and not raw.type_text.strip() and not raw.enum_values and isinstance(raw.default, int) and not isinstance(
            raw.default, bool):
        kind = out["type"] = "int"  # `expected_status`, typed by nothing but its name, whose default is 200: a number
        diagnostics.append(f"{name}: no type at {_describe(raw)}, its default {raw.default} a whole number; read as int")
    default = None if raw.default is NO_DEFAULT else _default(raw.default, kind, name, diagnostics)
    required = raw.required
    if required is None and raw.nullable is None and default is None and SERVER_NOTE.match(raw.description or ""):
        required = False  # ('server-sealed at insert', 'sealed at checkout': the server fills it, no client sends it)
        diagnostics.append(f"{name}: filled by the server, as its notes say at {_describe(raw)}: not required on create")
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
        if isinstance(default, str) and len(default) < out.get("min_length", 0):
            # `name VARCHAR(60) DEFAULT ''`: the spec's own default is shorter than the minimum read elsewhere; the
            # default says what a row may hold, so the minimum goes
            diagnostics.append(f"{name}: default {default!r} is shorter than the minimum length "
                               f"{out.pop('min_length')} read for it; kept the default, dropped the minimum")
    if kind == "enum":
        coded = raw.coded and all(re.fullmatch(r"-?\d{1,10}", v) and abs(int(v)) < 2**31 for v in raw.enum_values or [])
        out["enum_values"] = [int(v) for v in raw.enum_values or []] if coded else raw.enum_values
        if coded and isinstance(out.get("default"), str):
            out["default"] = int(out["default"])
    if kind in ("int", "float", "decimal"):
        if raw.ge is None and raw.le is None and (bounds := _prose_bounds(raw.description or "", kind)) is not None:
            raw.ge, raw.le = bounds  # 'inteiro 1–5', '>= 0', 'at most 10': what the rule allows
            diagnostics.append(f"{name}: {' and '.join(f'{op} {v}' for op, v in (('ge', bounds[0]), ('le', bounds[1])) if v is not None)}"
                               f", from its rule at {raw.file}:{raw.line}")
        for attr in ("ge", "le"):
            if getattr(raw, attr) is not None:
                out[attr] = getattr(raw, attr)
        if kind == "int" and raw.ge is None and raw.le is None and (WIDE_INT.search(" ".join([raw.type_text, *raw.also_typed])) or re.search(
                r"\bepoch\b.*\b(ms|millis\w*)\b|\bmillis(econds)?\s+since\b|currentTimeMillis|\b(unix|epoch)\s+(ms|millis\w*)\b",
                f"{raw.description} {raw.default if isinstance(raw.default, str) else ''}", re.IGNORECASE)):
            # `BIGINT`, Kotlin's `Long`, Go's `int64`, epoch milliseconds: a 64-bit integer, which a 32-bit column
            # (and the API's bound) would refuse past 2147483647
            out["ge"], out["le"] = INT64
            diagnostics.append(f"{name}: a 64-bit integer ({_describe(raw)}): a BIGINT column, bounded by its range")
        elif kind == "int" and re.search(r"(?<![\w.])u?int(?:128|256)(?!\w)|\bu128\b|\bi128\b", raw.type_text, re.IGNORECASE):
            # Solidity's `uint256` (wei, token ids): wider than any SQL integer; read as int, bounded to a BIGINT,
            # and said, since a value past 2^63 needs a decimal or a string column
            out["ge"], out["le"] = INT64
            diagnostics.append(f"{name}: {raw.type_text.strip()} at {_describe(raw)} holds integers wider than 64 bits; "
                               "read as int, bounded to a BIGINT's range (make it decimal or str if values can exceed it)")
    if raw.unique and kind not in ("json", "list[str]", "text", "bool"):
        out["unique"] = True
    elif raw.unique and kind == "text":
        # (FeatureSpec keeps no unique on an unbounded text; said, so the spec's UNIQUE is not lost without a word)
        diagnostics.append(f"{name}: unique at {_describe(raw)}, but a text column cannot be unique here; make it a str "
                           "(with a max_length) to keep the unique constraint")
    if raw.index:
        out["index"] = True
    if raw.description and len(raw.description) < 300:
        out["description"] = raw.description
    return out


# SQLite's clock in a TEXT column's default: `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`, `(datetime('now'))`
SQLITE_NOW = re.compile(r"\(?\s*(?:strftime\s*\(\s*'[^']*'\s*,\s*'now'(?:\s*,\s*'[^']*')*\s*\)|datetime\s*\(\s*'now'(?:\s*,\s*'[^']*')*\s*\)|"
                        r"current_timestamp)\s*\)?", re.IGNORECASE)


def _default(value: Any, kind: str, name: str, diagnostics: list[str]) -> Any:
    if value is None:  # `default=None`, DEFAULT NULL: no value until one is set, which an optional field is
        return None
    text = str(value).strip().lower()
    if kind == "datetime" and (any(text.startswith(w) for w in NOW_WORDS) or SQLITE_NOW.fullmatch(text)):
        return "now"
    if kind in ("datetime", "date") and re.search(r"(创建|創建|建立|生成|插入|当前|當前|现在|現在|作成|登録|생성|현재)\s*(的)?\s*"
                                                  r"(时间|時間|日时|日時|日期|時刻|시간|시각|일시)", text):
        return "now" if kind == "datetime" else "today"  # `| eq_date | datetime | ... | 数据创建时间 |`: when the row is made
    if isinstance(value, str) and re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", value) and re.search(
            r"用户|用戶|使用者|系统|系統|设置|設定|设定|输入|輸入|自增|自动|自動|生成|填写|填寫|账号|帳號|管理员|管理員|"
            r"ユーザー|入力|自動|사용자|입력|자동|시스템", value) and not re.fullmatch(r"['\"`].*['\"`]", value.strip()):
        diagnostics.append(f"{name}: default {value!r} says who fills it in, not a value; no default")
        return None  # `| 用户设置 |` (set by the user), `| 管理员账号 |` (the admin's account): words, not a value
    if kind in ("str", "text") and isinstance(value, list | dict) and not value:
        return json.dumps(value)  # `| images | varchar(255) | ... | [] |`: the text of an empty JSON list
    if kind == "date" and re.match(r"\(?\s*(current_date|curdate\(\)|today|date\('now'\)|now\(\)::date|오늘|今日|今天|hoy|hoje|"
                                   r"aujourd'hui|heute|oggi|hari ini|bugün|сегодня|dzisiaj|vandaag)", text):
        return "today"  # (`(오늘)` in a Korean table's Default column)
    if kind == "uuid" and any(w in text for w in ("uuid", "gen_random")):
        return "uuid4"
    if kind in ("json", "list[str]") and text in ("dict", "dict()", "list", "list()"):
        return {} if text.startswith("dict") and kind == "json" else []  # SQLAlchemy's `default=dict`: a new, empty one
    if kind not in ("datetime", "date", "uuid") and re.fullmatch(
            r"(auto(matic(ally)?)?[- _](derived|generated|filled|computed|calculated|set)|derived|computed|generated|calculated|"
            r"server[- ]set|set by (the )?(server|app|application|system))", text):
        diagnostics.append(f"{name}: default {value!r} says the application fills it in; no default value")
        return None  # `| slug | SlugField | auto-derived |`: a value the server derives, not one it defaults to
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
    if kind in ("json", "list[str]") and isinstance(value, str) and value.strip()[:1] in ("{", "["):
        try:  # SQLite's `ingredients TEXT DEFAULT '{"servings":null,"groups":[]}'`: the JSON the text holds
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict | list) and check is not None and check(parsed):
            return parsed
    if kind in ("int", "float", "decimal") and isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?(m|f|d|l|ul)?", text):
        text = text.rstrip("mfdlu")  # (C#'s `= 100m;`, a decimal literal; `0L`, `1.5f`)
        return int(text) if kind == "int" and text.lstrip("-").isdigit() else float(text)  # `DEFAULT '5'::smallint`
    diagnostics.append(f"{name}: default {value!r} does not fit type {kind}; left out (the database may still set it)")
    return None


def _endpoint_lines(files: SpecFiles, texts: dict[str, str]) -> list[tuple[str, int, str, str]]:
    out = []
    # one document that holds both the tables and the routes (DATABASE_API_DOCS.md): its routes are the API
    # (OpenSpec's and Kiro's design.md is the change's design: its data model and, when no other file lists them, its
    # routes)
    routed = [p for p in [*files.api, *files.feature] if ENDPOINT.search(texts[p]) or ENDPOINT_APART.search(texts[p])]
    for path in ([*files.api, *files.feature] if routed or files.layout not in ("openspec", "kiro") else []) or files.schema:
        if path.endswith((".yaml", ".yml", ".json")):
            out += [(path, line, method, route) for method, route, line in openapi.endpoints(texts[path])]
            continue
        lines = texts[path].splitlines()
        for number, line in enumerate(lines, 1):
            if CURL.search(line):
                continue
            titled = re.match(r"#{1,6}\s.*?(?<![\w/])`?(GET|POST|PUT|PATCH|DELETE)`?(?![\w/])[^/]*$", line)
            shown = next((text.strip() for text in lines[number:number + 4] if text.strip() and not re.match(
                r"\s*(```|~~~)", text)), "") if titled else ""
            if titled and (lone := re.fullmatch(r"`?(/[\w{}:.\-/]*)`?", shown)) and not is_example_route(lone.group(1)):
                # `## \`POST\` user create appointment` over a block holding only `/api/appointments`: that route
                out.append((path, number, titled.group(1), lone.group(1)))
                continue
            for match in endpoint_matches(line):
                route = match.group(2).rstrip(".:;*")  # (`**GET /api/items**`: the bold ends, not the route)
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
            action = action_name(last)
            target = next((b for b in bools if b.startswith(action[:6]) or action.startswith(b[:6])
                           or b in (f"is_{action}d", f"{action}d", f"is_{action}")), None)
            if target is None and len(bools) == 1 and flips_a_state(action):  # (not `/tags`, `/members`)
                target = bools[0]
                diagnostics.append(f"{method} {route}: toggles {target} (the only bool field); check it is meant")
            if target and action not in ("update", "delete", "create"):
                actions[action] = target
                if action != snake(last):
                    diagnostics.append(f"{method} {route}: the action is named {action!r} ({snake(last)!r} names a "
                                       "generated endpoint); api.actions keeps its route")
        if method == "GET" and last == "stats":
            out["stats"] = True
        if method == "GET" and (last == "search" or re.search(r"[?&](search|q|query)=", route)):
            chosen = [t for t in texts if t in ("title", "name", "description", "content", "notes")] or texts[:2]
            if chosen:
                out["search"] = chosen
    if actions:
        out["actions"] = actions
    return out
