"""Find a feature's spec files and turn them into a draft FeatureSpec, saying where each part came from."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path
from typing import Any

from pydantic import Field

from backend_builder import hints
from backend_builder.errors import BuilderError
from backend_builder.results import Result
from backend_builder.spec import load_spec_json, parse_spec
from backend_builder.spec.canonical import from_markdown, is_canonical, to_markdown
from backend_builder.spec.model import FeatureSpec, default_plural
from backend_builder.workspace import Workspace


class SpecNotFound(BuilderError):
    """No spec file matched the feature name (a generating step may still know the feature)."""


class SourceRef(Result):
    part: str = Field(description="which part of the spec, e.g. 'fields.title'")
    file: str
    line: int


class SpecDraft(Result):
    """A draft FeatureSpec and how much to trust it."""

    feature: str
    layout: str = Field(default="canonical", description="canonical, json, spec-kit-plus, spec-kit, agent-os, openspec or kiro")
    user_id_type: str | None = Field(default=None, description="the owner column's type, for init_project")
    endpoints: list[str] = Field(default_factory=list, description="routes the API spec lists, 'METHOD /path'")
    files_used: list[str]
    candidates: list[str] = Field(description="every spec file that matched the feature name")
    spec: dict[str, Any] | None = Field(description="the draft FeatureSpec, or None if none could be read")
    valid: bool = Field(description="the draft passes FeatureSpec validation as it is")
    sources: list[SourceRef]
    diagnostics: list[str] = Field(description="notes: what was assumed, conflicts and which side won")
    blocking: list[str] = Field(description="what the agent must decide before generating")
    unsupported: list[str] = Field(
        default_factory=list,
        description="file:line: what the API spec or the frontend asks for that FeatureSpec cannot express",
    )
    summary: str


def save_spec_markdown(spec: FeatureSpec) -> str:
    return to_markdown(spec)


def _name_variants(feature: str) -> list[str]:
    base = re.sub(r"[^a-z0-9]+", "_", feature.lower()).strip("_")
    base = re.sub(r"_(crud|feature|spec|management)$", "", base)
    singular = base[:-3] + "y" if base.endswith("ies") else base.removesuffix("s")
    names = []
    for name in (feature, base, singular, default_plural(singular)):
        for variant in (name, name.replace("_", "-"), f"{name}-crud", f"{name}_crud"):
            if variant and variant not in names:
                names.append(variant)
    return names


def find_spec_files(ws: Workspace, feature: str) -> list[str]:
    """Root-relative spec files in our own form (canonical markdown, JSON) for `feature`, best first."""
    if "/" in feature or feature.endswith((".md", ".json")):
        if ws.read(feature) is None:
            raise SpecNotFound(f"No spec file at {feature!r}.", fix="pass a path relative to the root.")
        return [feature]
    found = []
    for folder in ("specs/features", "specs", "."):
        for name in _name_variants(feature):
            for ext in (".md", ".json"):
                rel = f"{folder}/{name}{ext}" if folder != "." else f"{name}{ext}"
                if rel not in found and ws.read(rel) is not None:
                    found.append(rel)
    return found


def read_feature_spec(ws: Workspace, feature: str) -> SpecDraft:
    if not isinstance(feature, str) or not feature.strip():
        raise BuilderError("feature is empty.", example='{"feature": "task"}')
    named_path = feature.strip().rstrip("/") if "/" in feature else None
    if named_path and ws.resolve(named_path).is_dir():  # `specs/005-discussions`, `specs/main/`: its folder's path
        feature = named_path.rsplit("/", 1)[-1]
    candidates = find_spec_files(ws, feature)
    canonical = [c for c in candidates if c.endswith(".json") or is_canonical(ws.read(c) or "")]
    if canonical:
        chosen = canonical[0]
        text = ws.read(chosen) or ""
        diagnostics = []
        if len(candidates) > 1:
            diagnostics.append(f"used {chosen}; other candidates: {', '.join(c for c in candidates if c != chosen)}")
        if chosen.endswith(".json"):
            return _from_json(feature, chosen, text, candidates, diagnostics)
        parsed = from_markdown(text)
        sources = [SourceRef(part=part, file=chosen, line=line) for part, line in parsed.lines.items()]
        return _draft(feature, [chosen], candidates, parsed.data, sources, diagnostics, parsed.problems)
    unreadable: list[str] = []
    texts = _spec_texts(ws, unreadable)
    if named_path:
        texts.update(_named_texts(ws, named_path, texts, unreadable))
    elif not texts and (folder := _feature_folder(ws, feature)):
        texts = _named_texts(ws, folder, texts, unreadable)
        unreadable.append(f"no spec folder; read {folder}/, the documentation folder named for {feature!r}")
    elif not texts and (documents := _feature_documents(ws, feature)):
        for rel in documents:
            texts.update(_named_texts(ws, rel, texts, unreadable))
        unreadable.append(f"no spec folder; read {', '.join(documents)}, named for {feature!r}")
    if texts:
        texts.update(_service_migrations(ws, texts, unreadable))
        texts.update(_contract_files(ws, feature, texts, unreadable))
    if not texts:
        listing = _list_specs(ws)
        raise SpecNotFound(
            f"No spec file found for {feature!r} (looked for specs/features/{feature}.md, specs/database/*.md "
            "and Spec Kit's specs/NNN-feature/data-model.md, also under docs/specs/, .kiro/specs/ and .agent-os/specs/; Kiro's .kiro/steering/; a schema file in docs/ or a "
            "project's docs/, or at the root (named or titled for the schema); SQL or Prisma in a db/ or prisma/ folder; "
            "Task Master's .taskmaster/docs/; markdown that defines tables one to three folders down; a docs/ document with a Database Schema section; an API reference at the root, in docs/ or a service's folder, or a README that documents the API; deeper, markdown whose code defines a table)." + (" Left out: " + "; ".join(unreadable) + "." if unreadable else ""),
            fix="pass the file's path as feature, e.g. 'specs/features/task.md', or write the spec with "
            f"{hints.name('save_spec')}." + (f" Spec files here: {', '.join(listing)}." if listing else ""),
        )
    from backend_builder.spec.extract.draft import build  # sqlglot and friends load on first use

    found = build(texts, feature)
    # (or that name the columns they use and type none: `Campos utilizados: \`title\`, \`status\``)
    untyped = found.entity is not None and not any(f.type_text.strip() for f in found.entity.fields)
    if (found.spec is None or untyped) and (code := {rel: text for path in _schema_code_files(ws)
                                         if (rel := path.relative_to(ws.root).as_posix()) not in texts
                                         and (text := _readable(ws, rel, unreadable)) is not None}):
        # specs that type no table (an OpenSpec capability's prose) in a project whose tables are only code
        # (`supabase/migrations/20260604_create_productos.sql`): read with those
        unreadable.append(f"the specs type no table; read the schema code of {', '.join(code)}")
        texts.update(code)
        found = build(texts, feature)
    found.diagnostics.extend(unreadable)
    unsupported: list[str] = []
    if found.spec is not None:
        from backend_builder.spec.extract.contract import derive
        from backend_builder.spec.extract.draft import _endpoint_lines

        try:
            contract = derive(ws.root, found.spec, texts, [*found.files.api, *found.files.feature],
                              _endpoint_lines(found.files, texts))
        except BuilderError as exc:
            found.diagnostics.append(f"the frontend's calls were not read: {exc.message}")
        else:
            found.spec = contract.spec
            _merge_casing(found, contract.diagnostics)
            found.diagnostics.extend(contract.diagnostics)
            found.sources.extend(contract.sources)
            unsupported = contract.unsupported
    sources = [SourceRef(part=part, file=path, line=line) for part, path, line in found.sources]
    draft = _draft(feature, found.files.all, found.files.all, found.spec, sources, found.diagnostics,
                   found.blocking)
    draft.unsupported = unsupported
    draft.layout = found.files.layout
    draft.user_id_type = found.user_id_type
    draft.endpoints = [f"{method} {route}" for method, route in found.endpoints]
    return draft


def _merge_casing(found: Any, contract_diagnostics: list[str]) -> None:
    """The spec's own camelCase keys set api.casing, merged into whatever api part the contract reader made."""
    if found.casing != "camel" or found.spec is None:
        return
    api = found.spec.setdefault("api", {})
    if "casing" in api:
        return
    if any("converts the answer's keys itself" in d for d in contract_diagnostics):
        found.diagnostics.append("casing: the spec writes camelCase keys but the frontend converts keys itself; "
                                 "kept snake_case")
        if not api:
            found.spec.pop("api")
        return
    api["casing"] = "camel"
    if found.casing_source:
        found.sources.append(("api.casing", *found.casing_source))


# A schema kept as code next to the markdown specs (and a Mermaid diagram file, `db-schema.mmd`, drawing the tables)
CODE_SUFFIXES = (".sql", ".prisma", ".dbml", ".py", ".ts", ".cs", ".graphql", ".gql", ".mmd")


# A file that is a schema by what it is: DDL, a Prisma schema, a dbdiagram.io DBML file.
SCHEMA_CODE = (".sql", ".prisma", ".dbml")


# Where projects keep their specs, in the order they are looked for: the first that holds files wins.
SPEC_FOLDERS = ("specs", "docs/specs", "doc/specs", "spec", "docs/spec", "documentation/specs", "openspec", ".kiro/specs",
                ".specify/specs",  # (Spec Kit run with its files kept in `.specify/`)
                ".agent-os/specs", "agent-os/specs")  # (Agent OS: `2025-01-15-feature/sub-specs/database-schema.md`)
# The files of an OpenSpec change folder: what it proposes, its spec delta and its design.
OPENSPEC_CHANGE = ("proposal.md", "spec.md", "design.md", "tasks.md")
# Looked in last, and only when they hold a file named for a schema: a docs/ folder is usually
# the user's manual, sometimes the specs (`docs/datenmodell.md`, `docs/数据库设计.md`).
DOC_FOLDERS = ("docs", "doc", "documentation", "documents", "document", ".docs")  # (and a hidden `.docs/`)


def spec_folder(ws: Workspace) -> str | None:
    """The project's spec folder: specs/, or docs/specs/ and the like, else a specs/ one or two folders
    down (`phase2/specs/`, `todo_spec/specs/`): the one holding a database schema, the last phase on a tie;
    else docs/ when a file there (or in its folders, `docs/03-modelagem/orders.md`) is named for a schema;
    else "." when a document at the root is (`DATABASE_API_DOCS.md`, a `# Base de Datos` title), or defines tables;
    else notes a few folders down that define tables; last, a document deeper still whose code defines one."""
    from backend_builder.spec.extract.draft import schema_named  # sqlglot and friends load on first use

    def has_schema(path: Path) -> bool:
        return any(p.is_file() and (schema_named(p.relative_to(path).as_posix()) or p.suffix.lower() in SCHEMA_CODE)
                   for p in path.rglob("*") if len(p.relative_to(path).parts) <= 3)

    for folder in SPEC_FOLDERS:
        path = ws.resolve(folder)
        # (a specs/ folder of DDL and an OpenAPI file, with no markdown at all, holds the specs too)
        if path.is_dir() and any(p.is_file() and p.suffix.lower() in (".md", ".yaml", ".yml", *SCHEMA_CODE)
                                 for p in path.rglob("*")):
            parent = folder.rpartition("/")[0]
            if parent and not has_schema(path) and has_schema(ws.resolve(parent)):
                return parent  # docs/specs/api.md with its schema in docs/design/database.md: read all of docs/
            return folder
    for sub in sorted(ws.root.iterdir()) if ws.root.is_dir() else []:
        # a root folder named for specs in its own words, `deep-specs/`, `feature_specs/`: one markdown file a feature
        if sub.is_dir() and not sub.is_symlink() and re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*[-_]specs?", sub.name.lower()) and any(
                p.is_file() and p.suffix.lower() == ".md" for p in sorted(sub.glob("*"))[:200]):
            return sub.name
    steering = ws.resolve(".kiro/steering")
    if steering.is_dir() and not steering.is_symlink() and has_schema(steering):
        return ".kiro/steering"  # Kiro's project-wide notes with no feature spec beside them: `database-schema.md`
    changes = ws.resolve("changes")
    if changes.is_dir() and not changes.is_symlink() and sum(
            1 for sub in changes.glob("*/") if sub.is_dir() and any((sub / name).is_file() for name in OPENSPEC_CHANGE)) >= 2:
        return "changes"  # OpenSpec's change folders at the root (`changes/019-field-operation-service/design.md`)
    nested = []
    for pattern in ("*/specs", "*/*/specs", "*/spec", "*/docs/specs"):
        for path in sorted(ws.root.glob(pattern)):
            rel = path.relative_to(ws.root).as_posix()
            if path.is_dir() and not any(part.startswith(".") and not _spec_kit_features(path)
                                         or part in ("node_modules", "backend", "frontend")
                                         for part in rel.split("/")[:-1]) and any(path.rglob("*.md")):
                schema = any(re.search(r"schema|data-model|database", p.as_posix(), re.IGNORECASE) for p in path.rglob("*.md"))
                holder = next((parent for parent in path.relative_to(ws.root).parents if parent.parts and
                               has_schema(ws.resolve(parent.as_posix()))), None) if not schema else None
                # (`docs/superpowers/specs/` of design notes, the schema in `docs/db/schema.md`: read all of docs/)
                nested.append((True, holder.as_posix()) if holder else (schema, rel))
    if nested:
        return max(nested)[1]
    # docs/, or the docs/ of a project one folder down (`table-definition-app/docs/database-design.md`)
    nested_docs = [p.relative_to(ws.root).as_posix() for p in sorted(ws.root.glob("*/docs"))
                   if not p.parent.name.startswith(".") and p.parent.name not in ("node_modules", "vendor")
                   and not p.is_symlink() and not p.parent.is_symlink()]  # (a link may lead outside the root)
    for folder in (*DOC_FOLDERS, *nested_docs):
        path = ws.resolve(folder)
        if path.is_dir() and any(len(p.relative_to(path).parts) <= 3 and p.is_file() and (
                p.suffix.lower() in (".md", ".yaml", ".yml") and schema_named(p.relative_to(path).as_posix())
                or p.suffix.lower() in SCHEMA_CODE or p.suffix.lower() in (".graphql", ".gql") and "schema" in p.name.lower()
                or p.suffix.lower() in (".ts", ".py") and p.stem.lower() in ("schema", "db-schema", "db_schema", "models"))
                for p in path.rglob("*")):
            return folder  # (`docs/datenmodell.md`, or the schema as code: `docs/database.dbml`, `docs/schema.sql`,
            # `docs/schema.graphql`, a Drizzle `docs/prd/schema.ts`)
    if any(_schema_document(p) for p in sorted(ws.root.glob("*.md"))):
        return "."
    if any(p.is_file() and not p.is_symlink() and _defines_tables(p) for p in sorted(ws.root.glob("*.md"))):
        return "."  # a guide at the root whose name says nothing (`KATEGORI_YONETIMI.md`) but which defines tables
    if _root_text_tables(ws):
        return "."  # a plain text design at the root (`index.txt`: `STANZA:` over `-numero -- SMALLINT -- NOT NULL`)
    # Task Master's product requirements (`.taskmaster/docs/prd.txt`), when they define tables
    path = ws.resolve(TASKMASTER_DOCS)
    if path.is_dir() and not path.is_symlink() and any(
            p.suffix.lower() in (".md", ".txt") and p.is_file() and not p.is_symlink() and _defines_tables(p)
            for p in sorted(path.glob("*"))):
        return TASKMASTER_DOCS
    # last: a folder of notes one to three levels down whose markdown defines tables (`trainingDocument/plan.md`
    # with a migration in it, `thoughts/shared/tickets/ZMI-110-datenmodell-api.md`), found by what it holds
    if notes := _table_notes_folders(ws.root):
        return notes[0].relative_to(ws.root).as_posix()
    # the notes kept beside the database code (`src/db/table.md`): a db/ folder inside the code, and only that
    from backend_builder.spec.extract.draft import SCHEMA_NAME

    for path in _notes_below(ws.root, 5, into_code=True):  # (a Java project's `src/main/resources/db/`, four down)
        if SCHEMA_CODE_FOLDERS.fullmatch(path.parent.name) and (_defines_tables(path) or schema_named(path.name)) or (
                SCHEMA_NAME.search(path.stem.lower()) and re.search(r"schema|database|data[-_]?model", path.stem, re.IGNORECASE)):
            # (or a document that says by its name it is the schema, wherever it sits: `src/DATABASE_SCHEMA.md`)
            return path.parent.relative_to(ws.root).as_posix()
    # a project whose only schema is its code in a schema folder at the root (`db/schema.sql` beside `README.md`): the
    # root's documents, with that folder's files
    # (or in a folder of its own kind inside: `sql/ddl/M1.3__Initial_Setup.sql`)
    if any(sub.is_dir() and not sub.is_symlink() and SCHEMA_CODE_FOLDERS.fullmatch(sub.name) and _schema_code_in(
            sub, INNER_SCHEMA_FOLDERS) for sub in sorted(ws.root.iterdir())):
        return "."
    if _root_table_schemas(ws):
        return "."  # an open-data standard's `schema.json` (a Frictionless Table Schema) beside its README
    if any(_schema_section(p) for p in sorted(ws.root.glob("*.md"))[:30]):
        return "."  # a phase's spec at the root (`PHASE1_SPEC.md`) whose `## Database Schema` is over the tables' code
    for folder in DOC_FOLDERS:
        # last: a design document in docs/ whose name says nothing (`docs/SDD.md`) with a `#### Database Schema` section
        path = ws.resolve(folder)
        if path.is_dir() and not path.is_symlink() and any(
                _schema_section(p, over_code=False) for p in sorted(path.glob("*.md"))[:30]):
            return folder
    # an API reference at the root (`API_DOCUMENTATION.md`, `api-spec.md`), where nothing else describes the data:
    # the request bodies it shows are the resource's fields
    from backend_builder.spec.extract.draft import API_NAME

    if any(api_named(p.stem) and p.is_file() and not p.is_symlink() for p in sorted(ws.root.glob("*.md"))[:50]):
        return "."  # (`API_DOCUMENTATION.md`, Finnish `APIDocumentaatio.md`)
    # (or in docs/, `docs/REST_API.md`, or in the folder of the service it documents, `backend/API.md`)
    for folder in (*DOC_FOLDERS, *(sub.name for sub in sorted(ws.root.iterdir()) if sub.is_dir() and not sub.is_symlink()
                                   and not sub.name.startswith(".") and sub.name not in ("node_modules", "vendor")
                                   and sub.name not in DOC_FOLDERS)):
        path = ws.resolve(folder)
        if path.is_dir() and not path.is_symlink() and any(
                API_NAME.search(p.stem.lower()) and p.is_file() and not p.is_symlink() for p in sorted(path.glob("*.md"))[:50]):
            return folder
        # (a docs folder's pages of the API, one page a resource; or a GitHub wiki's: `wiki/endpoints/Houses Endpoint.md`)
        inner = [sub for sub in sorted(path.iterdir())[:50] if sub.is_dir() and not sub.is_symlink()
                 and API_NAME.search(sub.name.lower())] if folder in (*DOC_FOLDERS, "wiki") and path.is_dir() and not path.is_symlink() else []
        if any(p.is_file() and not p.is_symlink() for sub in inner for p in sorted(sub.glob("*.md"))[:50]):
            return f"{folder}/{inner[0].name}"
    # (deeper: one page an endpoint, `api/documentation/paciente/post_paciente.md`, or a service's own docs,
    # `my-app/docs/api/booking-endpoints.md`: the folder that holds them)
    pages = [p for sub in sorted(ws.root.iterdir()) if sub.is_dir() and not sub.is_symlink() and not sub.name.startswith(".")
             and sub.name not in ("node_modules", "vendor") for p in _pages_below(sub, 4)
             if api_named(p.stem) or any(api_named(part) for part in p.relative_to(ws.root).parts[:-1])][:30]
    if pages:
        return Path(os.path.commonpath([p.parent for p in pages])).relative_to(ws.root).as_posix()
    # (or a README that documents the API, at the root or in a service's folder one or two down:
    # `microservices/patient-service/README.md` with '## Endpoints' over its routes and bodies)
    def kept(rel: Path) -> bool:  # (no hidden or vendored folder, and no link that may lead outside the root)
        return not any(part.startswith(".") or part in ("node_modules", "vendor") or (ws.root / Path(*rel.parts[:depth + 1])).is_symlink()
                       for depth, part in enumerate(rel.parts[:-1]))
    readmes = [rel for rel in (p.relative_to(ws.root) for pattern in ("*.md", "*/*.md", "*/*/*.md")
                               for p in sorted(ws.root.glob(pattern))[:2000] if p.name.lower() == "readme.md")
               if kept(rel)]  # (`readme.md` as some write it)
    for rel in readmes[:40]:
        readme = ws.root / rel
        if readme.is_file() and not readme.is_symlink() and API_HEADING.search(readme.read_text(encoding="utf-8", errors="replace")[:200_000]):
            return rel.parent.as_posix() if rel.parent.parts else "."
    # (or a page named for its service, not the API, whose headings are the routes: `services/doc/product.md` over
    # `### POST article/`, `### GET /article`)
    routed = next((path for path in _notes_below(ws.root, 3)[:400] if path.suffix == ".md"
                   and len(ROUTE_HEADING.findall(path.read_text(encoding="utf-8", errors="replace")[:200_000])) >= 3), None)
    if routed is not None:
        return routed.parent.relative_to(ws.root).as_posix()
    # last of all: a product document kept deep in a knowledge base (`projects/app/knowledge_base/epics/wip/Epic-5/
    # PRD-5-01.md`) whose code defines the table (`create_table "saved_account_filters"`): its folder
    deep = next((path for path in _notes_below(ws.root, 7)[:2000] if len(path.relative_to(ws.root).parts) > 4
                 and _defines_tables(path)), None)
    return deep.parent.relative_to(ws.root).as_posix() if deep is not None else None


def api_named(name: str) -> bool:
    """A file or folder named for an API, its words apart or run together: `api-spec`, `APIDocumentaatio`, `eventAPI`."""
    from backend_builder.spec.extract.draft import API_NAME

    return bool(API_NAME.search(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()))


def _pages_below(folder: Path, depth: int, budget: list[int] | None = None) -> list[Path]:
    """The markdown files under a folder, `depth` folders down at most, never through a link or a hidden folder; a
    few thousand entries looked at in all, however large the tree."""
    budget = budget if budget is not None else [3000]
    out: list[Path] = []
    for path in sorted(folder.glob("*"))[:200]:
        budget[0] -= 1
        if budget[0] < 0:
            break
        if path.is_symlink() or path.name.startswith(".") or path.name in ("node_modules", "vendor"):
            continue
        if path.is_file() and path.suffix.lower() == ".md":
            out.append(path)
        elif path.is_dir() and depth > 1:
            out += _pages_below(path, depth - 1, budget)
    return out[:200]


# A heading over an API's routes: '## Endpoints', '### EndPoints da API :', '## API Reference'
# A heading that is a route: `### POST article/`, `## GET /api/items/{id}`, `#### \`DELETE /x/:id\``
# (or a line of its own that is one, under an emoji or a number: `2️⃣ POST /fitness-classes/`)
ROUTE_HEADING = re.compile(r"^(?:#{1,6}\s+[\W\d_]*?[`*]*(?i:GET|POST|PUT|PATCH|DELETE)|[\W\d_]*?[`*]*(?:GET|POST|PUT|PATCH|DELETE))"
                           r"\s+[`*]*/?[\w{}:.-]+(?:/[\w{}:.-]*)*[`*]*\s*$", re.MULTILINE)
API_HEADING = re.compile(r"^#{1,6}[^\n]*\b(?:end-?points?|api(?:\s+reference)?|routes|rotas|rutas)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


def _table_notes_folders(root: Path) -> list[Path]:
    """The nearest folder of notes one to three levels down whose markdown defines tables, then its siblings that do
    too: services side by side, each with its own spec (`venta-service/SPEC.md`, `stock-service/SPEC.md`), whose
    entities the feature chooses among."""
    from backend_builder.spec.extract.draft import schema_named

    below = [path for path in _notes_below(root) if _defines_tables(path) or schema_named(path.name)]
    if not below:
        return []
    # (and the siblings whose documents hold a section for the data model: `docs/project/prd.md`'s '## Data Model'
    # of bullets, beside `docs/guides/` whose code defines the tables too)
    below += [path for path in _notes_below(root) if path not in below and path.parent != below[0].parent
              and path.parent.parent == below[0].parent.parent and _schema_section(path, over_code=False)]
    first = below[0].parent
    return [first, *sorted({p.parent for p in below if p.parent != first and p.parent.parent == first.parent})][:10]


def _root_table_schemas(ws: Workspace) -> list[Path]:
    """JSON files at the root named for a schema that list fields (`schema.json`: `"fields": [{"name": ...}]`)."""
    from backend_builder.spec.extract.draft import schema_named

    found = []
    for path in sorted(ws.root.glob("*.json"))[:50]:
        if schema_named(path.name) and path.is_file() and not path.is_symlink() and path.stat().st_size < 2_000_000:
            text = path.read_text(encoding="utf-8", errors="replace")
            if re.search(r"\"fields\"\s*:\s*\[\s*\{", text):
                found.append(path)
    return found




def _root_text_tables(ws: Workspace) -> list[Path]:
    """Plain text files at the root that draw tables as dashed columns (three or more of them)."""
    from backend_builder.spec.extract.document import DASHED_COLUMN

    found = []
    for path in sorted(ws.root.glob("*.txt"))[:20]:
        text = _head_of(path, 200_000)
        if text is not None and len(DASHED_COLUMN.findall(text)) >= 3:
            found.append(path)
    return found


def _spec_kit_features(specs: Path) -> bool:
    """A specs/ folder of Spec Kit's numbered feature folders (`003-inbound-receipt-qc/spec.md`): the specs, even in
    a hidden tool's folder (`.sdd/specs/`) that the search otherwise passes over."""
    return any(p.is_file() for pattern in ("[0-9]*-*/spec.md", "[0-9]*-*/data-model.md") for p in specs.glob(pattern))


TASKMASTER_DOCS = ".taskmaster/docs"  # Task Master keeps its PRD (`prd.txt`) and research notes there
NOT_CODE = {"node_modules", "vendor", "dist", "build", "venv", "site-packages", "__pycache__", "target", "out"}
NOT_NOTES = NOT_CODE | {"src", "app", "lib", "test", "tests"}


# The hidden folders where coding agents keep a project's plans and reference notes.
AGENT_FOLDERS = (".claude", ".agent", ".agents", ".ai", ".idx", ".gemini", ".windsurf", ".context")  # (.idx: Firebase Studio's prompts)


def _notes_below(root: Path, depth: int = 3, *, into_code: bool = False) -> list[Path]:
    """The markdown files one to `depth` folders below the root, nearest first, walking neither hidden, code nor
    dependency folders (a node_modules/ is never listed) nor links (a link may lead outside the root).
    `into_code` walks the code folders (src/, app/) too, never the dependencies and builds."""
    found: list[Path] = []
    level = [root]
    for _ in range(depth):
        below = []
        for folder in level:
            try:
                entries = sorted(folder.iterdir())
            except OSError:
                continue
            for entry in entries:
                # (hidden folders aside, but for an agent's plans and notes: `.claude/plans/plan-1-foundation.md`,
                # `.agent/reference/schema-spec.md`)
                if entry.is_symlink() or entry.name.startswith(".") and entry.name not in AGENT_FOLDERS or not entry.is_dir() or entry.name in (
                        NOT_CODE if into_code else NOT_NOTES):
                    continue
                below.append(entry)
        found += [p for folder in below for p in sorted([*folder.glob("*.md"), *folder.glob("*.mmd")])
                  if p.is_file() and not p.is_symlink()]  # (`Requirements/db-schema.mmd`: an ER diagram of its own)
        level = below[:2000]  # (a bounded walk however large the tree: the first 2,000 folders of each level)
    return found


TABLE_MARKERS = re.compile(r"\bcreate\s+table\b|`gorm:\"|^\s+__tablename__\s*=|^class\s+\w+\([^)\n]*\btable\s*=\s*True|Schema::create\(|\bcreate_table\b|^model\s+\w+\s*\{|@Entity\b|^@Model\s*$|"
                           r"@Table\s*\(|\bnew\s+(?:mongoose\s*\.\s*)?Schema\s*[<(]|\b(?:pg|sqlite|mysql)Table\s*\(|"
                           r"^#{2,6}\s+\**`?[A-Za-z_]\w*`?\s+(?:table|collection)\**\s*$|"  # `#### **Books Table**`
                           # entity classes as code: C#'s `{ get; set; }` members, Kotlin's `data class Trip(`, Rust's
                           # derived structs, Go's tagged struct members
                           r"(?:[^\n]*\{\s*get;\s*(?:private\s+)?set;\s*\}[^\n]*\n){3}|^\s*data\s+class\s+[A-Z]\w*\s*\(|"
                           # (a Dart model's members: `final String name;` three times over)
                           r"(?:^\s+final\s+[A-Za-z][\w<>, ]*\??\s+\w+;[^\n]*\n){3}|"
                           # (F#'s records: `type Reading = {` over `    Systolic: int` lines)
                           r"^type\s+[A-Z]\w*\s*=\s*\{[ \t]*\n(?:[ \t]+[A-Z]\w*\s*:\s*[^\n;]+\n){3}|"
                           # (Hive's and Isar's stored Dart classes: `@HiveType(typeId: 0)`, `@collection`)
                           r"^\s*@HiveType\s*\(|^\s*@[Cc]ollection(?:\(\))?\s*$|"
                           # (Realm's stored classes: `class Photo : RealmObject {`, `extends RealmObject`)
                           r"^\s*(?:open\s+)?class\s+[A-Z]\w*\s*(?::\s*|(?:\(\s*\))?\s+extends\s+)RealmObject\b|"
                           r"#\[derive\([^)]*\b(?:Serialize|Queryable|Insertable|DeriveEntityModel|FromRow)\b|"
                           r"(?:^\s+[A-Z]\w*\s+[\w.*\[\]]+\s+`json:\"[^\n]*\n){3}|"
                           # (or untagged, a struct keyed by its first member: `type Booking struct {\n    ID uuid.UUID`)
                           r"^type\s+[A-Z]\w*\s+struct\s*\{\s*\n\s+ID\s+(?:uuid\.UUID|string|u?int(?:32|64)?|primitive\.ObjectID)\b|"
                           r"^\s*schema\s+\"\w+\"\s+do\b|\bcreate\s+table\(\s*:\w+|"  # Ecto's schema and migration
                           # (a migration's body quoted without its frame: `$table->string('name');`, `add :name, :string`)
                           r"(?:^\s*\$table->\w+\([^\n]*\n){3}|(?:^\s*add\s+:\w+\s*,[^\n]*\n){3}|"
                           # GraphQL SDL: an object type with an `ID!` member (`type Document {\n  id: ID!`)
                           r"^\s*type\s+[A-Z]\w*\s*(?:implements\s+[\w&\s]+)?\{[^{}]*:\s*ID!",
                           re.IGNORECASE | re.MULTILINE)
# A table's header row with a column of names and one of types, in any order and language:
# `| 字段名称 | 类型 | 是否必填 |`, `| 論理(項目)名 | 物理(カラム)名 | データ型 |`, `| Column | Type |`.
NAME_HEADER = re.compile(r"^(?:column|field|name|attribute|campo|columna|coluna|champ|spalte|feld|attribut|kolumna|kolom|alan|"
                         r"thuộc\s*tính|tên|trường|cột|カラム|フィールド|字段|列名|项目|項目|物理|컬럼|필드|열)", re.IGNORECASE)
TYPE_HEADER = re.compile(r"^(?:type|data\s*type|tipo|型|类型|類型|数据类型|資料類型|データ型|타입|데이터\s*타입|typ|datentyp|"
                         r"tür|veri\s*tipi|kiểu|tipe)", re.IGNORECASE)


def _head_of(path: Path, size: int) -> str | None:
    """The first `size` characters of a real file, or None for a link (it may point outside the root), a folder or a
    file that cannot be read."""
    if not path.is_file() or path.is_symlink():
        return None
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(size)
    except OSError:
        return None


def _defines_tables(path: Path) -> bool:
    text = _head_of(path, 200_000)
    if text is None:
        return False
    if TABLE_MARKERS.search(text):
        return True
    if re.search(r"^\s*erDiagram\b", text, re.MULTILINE) and re.search(r"^\s*[\w-]+\s*\{\s*\n\s+[\w()\[\]]+\s+\w+", text, re.MULTILINE):
        return True  # a mermaid ER diagram whose entities list their attributes (`Product {\n uuid id PK`)
    return any(_names_and_types(row) for row in re.findall(r"^\s*(?:<!--\s*)?\|(.+)\|\s*$", text, re.MULTILINE)) or _word_table(text)


def _names_and_types(row: str) -> bool:
    """A table's header row (`| Column | Type | Notes |`, between its outer pipes) with a column of names and one of types."""
    cells = [c.strip(" *`") for c in row.split("|")]
    return any(NAME_HEADER.match(c) for c in cells) and any(TYPE_HEADER.match(c) for c in cells)


def _word_table(text: str) -> bool:
    """A table left as words one space apart (`Column Type Constraints Description` over `title VARCHAR(255) NOT NULL
    Book title`): its header, then a column with a type within the next few lines."""
    from backend_builder.spec.extract.document import WORD_TYPE, word_header

    lines = text.splitlines()
    for number, line in enumerate(lines):
        if "|" in line or not word_header(line.strip()):
            continue
        rows = [row.split() for row in lines[number + 1:number + 4] if row.strip()]
        if any(len(cells) >= 2 and re.fullmatch(r"[A-Za-z_]\w*", cells[0]) and WORD_TYPE.fullmatch(cells[1]) for cells in rows):
            return True
    return False


def _readme_schema(ws: Workspace) -> list[Path]:
    """The project's README at the root, when it has a section for the schema over the tables' code."""
    return [p for p in sorted(ws.root.glob("*.md")) if p.stem.lower() == "readme" and _schema_section(p)]


def _schema_section(path: Path, *, over_code: bool = True) -> bool:
    """A document with a section for the schema (`## Esquema de Datos`, `#### Database Schema`), over a code block
    where `over_code` asks for one."""
    from backend_builder.spec.extract.draft import SCHEMA_NAME

    text = _head_of(path, 200_000)
    # (a heading in bold, `## **Data Models**`, as some editors export it)
    return text is not None and any((SCHEMA_NAME.search(found.group(1).strip("*_ ").lower()) or re.search(r"\besquemas?\b", found.group(1), re.IGNORECASE))
               and (not over_code or "```" in text[found.end():found.end() + 600]
                    or len(TYPED_ITEM.findall(text[found.end():found.end() + 1500])) >= 4)
               for found in re.finditer(r"^#{2,4}\s+(.+)$", text, re.MULTILINE))


# A list item that names a column and its type: "- `title`: Text", "- copies_total: Integer (required)"
TYPED_ITEM = re.compile(r"^\s*[-*]\s+`?[A-Za-z_]\w*`?\s*[:：]\s*`?(?:uuid|text|string|str|varchar|char|int|integer|bigint|"
                        r"number|float|double|decimal|numeric|bool|boolean|date|datetime|timestamp|timestamptz|json|jsonb|"
                        r"enum|array|fk|id)\b", re.IGNORECASE | re.MULTILINE)


def _schema_document(path: Path) -> bool:
    """A document at the project's root that holds the schema: named for it, or titled for it."""
    from backend_builder.spec.extract.draft import SCHEMA_NAME, schema_named

    if not path.is_file() or path.is_symlink():  # (a link may point outside the root: not read)
        return False
    if schema_named(path.name):
        return True
    head = _head_of(path, 4000)
    if head is None:
        return False
    title = re.search(r"^#\s+(.+)$", head, re.MULTILINE)
    return bool(title and SCHEMA_NAME.search(title.group(1).lower()))


# Where a project without a specs/ folder keeps its schema as code: `basedatos/01_esquema.sql`, `prisma/schema.prisma`.
# Folders of design documents beside docs/ whose schema documents are read with it.
DESIGN_FOLDERS = re.compile(r"architecture|arch|design|designs|docs?[-_]design|system[-_]design", re.IGNORECASE)
SCHEMA_CODE_FOLDERS = re.compile(r"(database|databases|db|sql|schema|schemas|prisma|basedatos|base_de_datos|banco|"
                                 r"banco_de_dados|datenbank|migrations?|migraciones|migracoes|migrações|migrationen)",
                                 re.IGNORECASE)


def _spec_paths(ws: Workspace, folder: str) -> list[Path]:
    """The files of the spec folder; at the project's root, only the documents beside the README (not the code).
    Docs read from docs/ or the root also take the SQL and Prisma files of a schema folder at the root."""
    specs = ws.resolve(folder)
    paths = sorted(specs.glob("*.md")) + _root_table_schemas(ws) + _root_text_tables(ws) + _api_pages(ws) if folder == "." else sorted(
        p for p in specs.glob("*") if p.suffix.lower() in (".md", ".txt")) if folder == TASKMASTER_DOCS else sorted(specs.rglob("*"))
    steering = ws.resolve(".kiro/steering")
    if folder == ".kiro/specs" and steering.is_dir() and not steering.is_symlink():
        paths += sorted(steering.glob("*.md"))[:20]  # Kiro's project-wide notes: `database-schema.md` holds the tables
    if folder.split("/")[0] in DOC_FOLDERS and folder not in DOC_FOLDERS:
        paths += _readme_schema(ws)  # (`docs/architecture/` of routes, and the README's `## Database Schema`)
    if folder == "." or folder in DOC_FOLDERS:
        from backend_builder.spec.extract.draft import schema_named

        paths += _schema_code_files(ws)
        if folder != ".":
            paths += _readme_schema(ws)
        for sub in sorted(ws.root.iterdir()):
            if sub.is_dir() and not sub.is_symlink() and DESIGN_FOLDERS.fullmatch(sub.name) and folder != sub.name:
                # `architecture/data-model.md` beside `docs/product/data-model.md`: the fuller model, read too
                paths += sorted(p for p in sub.glob("**/*.md") if len(p.relative_to(sub).parts) <= 2
                                and schema_named(p.relative_to(sub).as_posix()))[:10]
        if folder == "." and not any(_defines_tables(p) for p in paths if p.suffix.lower() == ".md"):
            # a summary at the root named for the database (`DATABASE_IMPLEMENTATION_SUMMARY.md`) that defines no table,
            # and the schema's own document a few folders down (`models/schemas/database-schema.md`): that one too
            paths += [p for p in _notes_below(ws.root) if p.name.lower() != "readme.md" and schema_named(p.name)][:5]
    return paths


def _api_pages(ws: Workspace) -> list[Path]:
    """The pages of a folder at the root named for the API (`eventAPI/post.md` beside `APIDocumentaatio.md`)."""
    return [p for sub in sorted(ws.root.iterdir()) if sub.is_dir() and not sub.is_symlink() and api_named(sub.name)
            for p in _pages_below(sub, 2)][:20]


# The folders of a schema folder that hold its code: `supabase/migrations/`, `db/sql/`, `sql/ddl/`, and the scripts a
# database container runs on its first start (`database/init/001_schema.sql`).
INNER_SCHEMA_FOLDERS = ("migrations", "sql", "ddl", "schema", "init", "initdb")


def _named_folder(ws: Workspace, folder: str) -> Path | None:
    """A folder a spec names by its path (`apps/api/src/db/schema/`), inside the root and no link; else None."""
    if ".." in folder.split("/"):
        return None
    try:
        where = ws.resolve(folder.rstrip("/"))
    except BuilderError:
        return None
    return where if where.is_dir() and not where.is_symlink() else None


def _schema_code_files(ws: Workspace) -> list[Path]:
    """The SQL and Prisma files of the schema folders at the root (`db/`, `prisma/`, `supabase/`, the project's own
    `litemall-db/`), and of their `migrations/` or `sql/` folder (`supabase/migrations/20260611_initial_schema.sql`)."""
    return [path for sub in sorted(ws.root.iterdir())
            if sub.is_dir() and not sub.is_symlink() and (SCHEMA_CODE_FOLDERS.fullmatch(sub.name) or sub.name == "supabase"
                                                          or re.search(r"[-_](db|database|sql|schema)$", sub.name, re.IGNORECASE))
            for path in _schema_code_in(sub, INNER_SCHEMA_FOLDERS)]


def _schema_code_in(folder: Path, inner: tuple[str, ...]) -> list[Path]:
    """The SQL, Prisma and DBML files of a schema folder and of the folders `inner` names in it, twenty of each at
    most; never through a link (a link may lead outside the root)."""
    paths: list[Path] = []
    for below in (folder, *(folder / name for name in inner)):
        if below.is_dir() and not below.is_symlink():
            paths += sorted(p for p in below.glob("*") if p.suffix.lower() in SCHEMA_CODE and p.is_file()
                            and not p.is_symlink())[:20]
    return paths


def _spec_texts(ws: Workspace, notes: list[str] | None = None) -> dict[str, str]:
    """Every markdown, YAML and JSON file in the spec folder (confined to the root), by root-relative path; `notes`
    gets a line for each file that is not UTF-8 text."""
    folder = spec_folder(ws)
    if folder is None:
        return {}
    out = {}
    for path in _spec_paths(ws, folder):
        if path.suffix.lower() in (".md", ".markdown", ".txt", ".yaml", ".yml", ".json", *CODE_SUFFIXES) and path.is_file():
            rel = path.relative_to(ws.root).as_posix() if ws.root in path.parents else None
            if rel is not None and (text := _readable(ws, rel, notes)) is not None:
                out[rel] = text
    if folder != "." and folder not in SPEC_FOLDERS and folder not in DOC_FOLDERS and (
            notes_folders := _table_notes_folders(ws.root)) and notes_folders[0] == ws.resolve(folder):
        for sibling in notes_folders[1:]:  # (the other services' specs, beside the first one's)
            for path in sorted(sibling.glob("*.md")):
                rel = path.relative_to(ws.root).as_posix()
                if path.is_file() and not path.is_symlink() and (text := _readable(ws, rel, notes)) is not None:
                    out[rel] = text
    if folder != ".":
        # `database/01_schema.sql`, "the source of truth" a data model names, or "Execute `MIGRATION.sql`", at the
        # project's root: read it too (a docs/ folder reads a root schema folder's files whether named or not)
        said = "\n".join(out.values())
        candidates = [p for p in sorted(ws.root.glob("*")) if p.suffix.lower() in SCHEMA_CODE][:20]
        if folder not in DOC_FOLDERS:
            candidates += [p for sub in sorted(ws.root.iterdir()) if sub.is_dir() and not sub.is_symlink()
                           and SCHEMA_CODE_FOLDERS.fullmatch(sub.name)
                           for p in sorted(p for p in sub.glob("*") if p.suffix.lower() in SCHEMA_CODE)[:20]]
        for path in candidates:
            rel = path.relative_to(ws.root).as_posix()
            if rel not in out and rel in said and path.is_file() and (text := _readable(ws, rel, notes)) is not None:
                out[rel] = text
    parent = ws.resolve(folder).parent
    if folder != "." and SCHEMA_CODE_FOLDERS.fullmatch(parent.name) and parent != ws.root:
        # notes kept in the database folder beside its code (`sport_backend/database/docs/DATABASE_STRUCTURE.md`,
        # `sport_backend/database/sql/004_reservations.sql`): the code is the schema they describe
        for path in _schema_code_in(parent, ("sql", "migrations", "schema")):
            rel = path.relative_to(ws.root).as_posix() if ws.root in path.parents else None
            if rel is not None and rel not in out and (text := _readable(ws, rel, notes)) is not None:
                out[rel] = text
    if folder != "." and parent != ws.root and not parent.is_symlink():
        # a project's docs one folder down beside its schema code (`endpoint_api_backend/doc/db.md`, "the DDL is in
        # the `sql` folder": `endpoint_api_backend/sql/db.sql`): that code too
        for sibling in sorted(parent.iterdir())[:50]:
            if sibling.is_dir() and not sibling.is_symlink() and SCHEMA_CODE_FOLDERS.fullmatch(sibling.name) and sibling != ws.resolve(folder):
                for path in _schema_code_in(sibling, INNER_SCHEMA_FOLDERS):
                    rel = path.relative_to(ws.root).as_posix() if ws.root in path.parents else None
                    if rel is not None and rel not in out and (text := _readable(ws, rel, notes)) is not None:
                        out[rel] = text
    if folder != "." and sum(len(TABLE_DEFINITION.findall(text)) for text in out.values()) <= 1:
        # specs that define no table (an OpenSpec change's prose) in a project whose tables are written down in a
        # document of their own elsewhere (`project-features/schemes.md`, two or more CREATE TABLEs): that document
        for path in _table_documents(ws):
            rel = path.relative_to(ws.root).as_posix()
            if rel not in out and (text := _readable(ws, rel, notes)) is not None:
                out[rel] = text
        parent = folder.rpartition("/")[0]
        from backend_builder.spec.extract.draft import schema_named

        if parent in DOC_FOLDERS and not any(schema_named(rel) for rel in out):
            # (`docs/specs/003-gestion-lotes.md` in prose, its entity's fields in `docs/07-diseno-tecnico-inicial.md`:
            # the design documents beside the specs folder, which the reader searches for the table the feature names)
            for path in sorted(ws.resolve(parent).glob("*.md"))[:20]:
                rel = path.relative_to(ws.root).as_posix()
                if rel not in out and path.is_file() and not path.is_symlink() and (text := _readable(ws, rel, notes)) is not None:
                    out[rel] = text
    # a schema file the docs name by its path from the root, wherever it is: "The SQL in `supabase/schema.sql`"
    said = "\n".join(out.values())
    # (or a data model in markdown: "The domain model is designed in `docs/data-model.md`")
    from backend_builder.spec.extract.draft import schema_named

    named = re.findall(r"(?<![\w./-])((?:[\w-]+/){1,6}[\w.-]+\.(?:sql|prisma|dbml|md|ts))(?![\w.])", said)
    # (or its folder and its name apart: "Code in `src/domain/` (types in `types.ts`)")
    named += [folder + name for folder, name in re.findall(r"`((?:[\w-]+/){1,3})`[^`\n]{0,40}`([\w-]+\.ts)`", said)]
    # (or the folder of the schema's code: "Schema über Drizzle ORM in `apps/api/src/db/schema/*.ts`")
    for folder, suffix in re.findall(r"`((?:[\w.-]+/){1,6})(?:\*\.(ts|js|sql|prisma))?`", said):
        if not re.search(r"(?:^|/)(?:schemas?|models?|entities|db|database)/$", folder):
            continue
        if (where := _named_folder(ws, folder)) is not None:
            named += [p.relative_to(ws.root).as_posix() for p in sorted(where.glob(f"*.{suffix or 'ts'}"))[:40]
                      if p.is_file() and not p.is_symlink()]
    # (or one file in each of a code folder's modules: "Modelos: `backend/app/modules/*/models.py`")
    for prefix, rest in re.findall(r"`((?:[\w.-]+/){1,6})\*/((?:[\w.-]+/){0,2}(?:models?|schemas?|entities|entity)\.(?:py|ts|js))`",
                                   said):
        if ".." not in rest.split("/") and (where := _named_folder(ws, prefix)) is not None:
            named += [(module / rest).relative_to(ws.root).as_posix() for module in sorted(where.iterdir())[:40]
                      if module.is_dir() and not module.is_symlink() and (module / rest).is_file()
                      and not (module / rest).is_symlink()][:20]
    for rel in dict.fromkeys(named):
        if rel.endswith(".md") and not schema_named(rel) or rel.endswith(".ts") and not DOMAIN_TYPES.fullmatch(
                rel.rsplit("/", 1)[-1]) and not re.search(r"(?:^|/)(?:schemas?|models?|entities|db|database)/[^/]+$", rel):
            continue
        if rel not in out and ".." not in rel.split("/") and (text := _readable(ws, rel, notes)) is not None:
            out[rel] = text
    return out


def _feature_folder(ws: Workspace, feature: str) -> str | None:
    """A folder of a docs/ folder named for the feature, up to five folders down, that holds markdown: an API
    reference's page per entity (`docs/pages/api/entities/reservation/`, its `endpoints/create.md`)."""
    names = set(_name_variants(feature))
    for docs in DOC_FOLDERS:
        top = ws.resolve(docs)
        if not top.is_dir() or top.is_symlink():
            continue
        for path in sorted(top.rglob("*"))[:5000]:
            rel = path.relative_to(top)
            # (numbered and labelled as the docs number their features: `Features/06-feature-Reservation/`)
            bare = re.sub(r"^(?:\d+[-_.\s]+)?(?:(?:feature|module|m[oó]dulo)[-_\s]+)?", "", path.name.lower())
            if (bare in names and len(rel.parts) <= 5 and path.is_dir() and not path.is_symlink()
                    and not any(part.startswith(".") for part in rel.parts) and (
                        any(path.rglob("*.md")) or any(path.rglob("*.markdown")))):
                return path.relative_to(ws.root).as_posix()  # (`.markdown`: rspec_api_documentation's pages)
    return None


def _feature_documents(ws: Workspace, feature: str) -> list[str]:
    """Markdown at the root named for the feature (`SPONSOR_BANNER_README.md` for SponsorBanner): a feature's own
    notes, in a project with no spec folder."""
    snake_feature = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", feature.strip()).lower()
    names = {n.replace("-", "_") for n in _name_variants(snake_feature)}
    found = []
    # (or in a docs/ folder: `docs/TIMERS.md` for the Timer)
    beside = [p for folder in DOC_FOLDERS if (d := ws.resolve(folder)).is_dir() and not d.is_symlink()
              for p in sorted(d.glob("*.md"))[:200]]
    for path in sorted(ws.root.glob("*.md"))[:200] + beside:
        if _bare_stem(path.stem) in names and path.is_file() and not path.is_symlink():
            found.append(path.relative_to(ws.root).as_posix())
    if not found:
        # (or, in no spec folder at all, a document named just for it among the code: `src/entities/orders/schemas/
        # order.md`, `models/food/foodModel.md`, a few folders down, never in the dependencies nor in a hidden folder
        # but `.claude/`)
        for path in _notes_below(ws.root, depth=5, into_code=True):
            stem = path.stem.lower().replace("-", "_")
            if (stem in names or _bare_stem(path.stem, r"model|schema") in names) and not path.is_symlink():
                found.append(path.relative_to(ws.root).as_posix())
    return found[:5]


def _bare_stem(stem: str, also: str = "") -> str:
    """A document's name without the words that say what kind of document it is (`property-management` -> property,
    `SPONSOR_BANNER_README` -> sponsor_banner; with `also`, `foodModel` -> food), in snake_case."""
    stem = re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", stem).lower()).strip("_")
    kinds = r"readme|spec|specs|design|notes|feature|doc|docs|management|api|module|service|guide|documentation"
    return re.sub(rf"(^|_)({kinds}{'|' + also if also else ''})(?=_|$)", "", stem).strip("_")


CONTRACT_FOLDERS = re.compile(r"contracts?|openapi|swagger|api-?specs?", re.IGNORECASE)


def _contract_files(ws: Workspace, feature: str, texts: dict[str, str], notes: list[str]) -> dict[str, str]:
    """OpenAPI files kept with the code in a contracts folder (`back-end/contracts/src/main/resources/reservation-service/
    reservation-schemas.yml`), named for the feature: the API the docs' model is served by, read with them."""
    if any(re.search(r"\bopenapi\s*:|\bswagger\s*:", text) for text in texts.values()):
        return {}  # (the specs have their own contract)
    # (a Spec Kit folder's number, `001`, names nothing a contract file would be named for)
    words = {w for w in re.split(r"[^a-z0-9]+", _bare_stem(feature)) if len(w) >= 3 and not w.isdigit()}
    out: dict[str, str] = {}
    skipped = ("node_modules", "vendor", "dist", "build", "target", "venv", "__pycache__")
    level = [p for p in sorted(ws.root.iterdir())[:100] if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")
             and p.name not in skipped]
    for _depth in range(6):  # (breadth first, a bounded walk: a contracts folder sits a few folders into the code)
        below = []
        for folder in level[:200]:
            if CONTRACT_FOLDERS.fullmatch(folder.name) and words:
                # (a lazy walk, cut short: a huge folder is never listed whole)
                for path in sorted(itertools.islice(folder.rglob("*"), 1000)):
                    rel = path.relative_to(ws.root).as_posix()
                    if (path.suffix.lower() in (".yml", ".yaml", ".json") and rel not in texts and not path.is_symlink()
                            and words & set(re.split(r"[^a-z0-9]+", path.relative_to(folder).as_posix().lower()))
                            and (text := _readable(ws, rel, notes)) is not None
                            and re.search(r"^\s*(openapi|swagger|components|paths)\s*:", text, re.MULTILINE)):
                        out[rel] = text
                continue
            below += [p for p in sorted(itertools.islice(folder.iterdir(), 200))[:50] if p.is_dir() and not p.is_symlink()
                      and not p.name.startswith(".") and p.name not in skipped]
        level = below
    if out:
        notes.append(f"read the OpenAPI files of the code's contracts folder named for {feature!r}: {', '.join(list(out)[:5])}")
    return dict(list(out.items())[:5])


def _service_migrations(ws: Workspace, texts: dict[str, str], notes: list[str]) -> dict[str, str]:
    """A JVM service's Flyway migrations, at the root or in its module folder (`bidmaster-ws/src/main/resources/db/
    migration/V2__create_auctions_table.sql`): the tables the docs describe, as the database has them."""
    out = {}
    for module in [ws.root, *(sub for sub in sorted(ws.root.iterdir())[:50] if sub.is_dir() and not sub.is_symlink())]:
        for path in _schema_code_in(module / "src" / "main" / "resources" / "db", ("migration", "migrations")):
            rel = path.relative_to(ws.root).as_posix() if ws.root in path.parents else None
            if rel is not None and rel not in texts and (text := _readable(ws, rel, notes)) is not None:
                out[rel] = text
    return out


def _named_texts(ws: Workspace, named: str, texts: dict[str, str], notes: list[str]) -> dict[str, str]:
    """The file or folder the user named as the feature, when the layout the reader looks in left it out
    (`docs/pages/api/entities/reservation`, `notes/orders.md`): the user said where the spec is, so it is read."""
    path = ws.resolve(named)  # (a path outside the root is refused here)
    if path.is_file():
        rel = path.relative_to(ws.root).as_posix()
        return {} if rel in texts else {rel: text} if (text := _readable(ws, rel, notes)) is not None else {}
    rel_dir = path.relative_to(ws.root).as_posix()
    if not path.is_dir() or any(p.startswith(rel_dir + "/") for p in texts):
        return {}
    out = {}
    for found in sorted(path.rglob("*"))[:2000]:
        rel = found.relative_to(ws.root).as_posix()
        if (found.suffix.lower() in (".md", ".markdown", ".txt", ".yaml", ".yml", ".json", *CODE_SUFFIXES)
                and found.is_file() and len(found.relative_to(path).parts) <= 4 and len(out) < 200
                and not any(part.startswith(".") or part == "node_modules" for part in found.relative_to(path).parts)
                and (text := _readable(ws, rel, notes)) is not None):
            out[rel] = text
    return out


# What a document that defines tables holds: SQL DDL, a Prisma model, a table with a Type column.
TABLE_DEFINITION = re.compile(r"\bcreate\s+table\b|^\s*model\s+\w+\s*\{|^\s*\|[^\n]*\|\s*(?:type|tipo|型|类型|타입)\s*\|",
                              re.IGNORECASE | re.MULTILINE)


def _table_documents(ws: Workspace) -> list[Path]:
    """Markdown documents one or two folders down from the root, outside hidden and dependency folders, that hold
    two or more CREATE TABLE statements (at most three of them, the fullest first)."""
    found = []
    for path in sorted(ws.root.glob("*/*.md")) + sorted(ws.root.glob("*/*/*.md")):
        rel = path.relative_to(ws.root)
        if any(part.startswith(".") or part in ("node_modules", "vendor", "venv", ".venv") for part in rel.parts[:-1]):
            continue
        try:
            if not path.is_file() or path.stat().st_size > 500_000 or ws.root not in path.resolve().parents:
                continue  # (a link that leads out of the project is not read, not even to count)
            text = path.read_text(encoding="utf-8", errors="replace")
            count = len(re.findall(r"\bcreate\s+table\b|^\s*model\s+\w+\s*\{", text, re.IGNORECASE | re.MULTILINE))
            # (or tables of columns: `| Kolom | Tipe | Keterangan |` over each of the PRD's tables)
            count = count or sum(1 for row in re.findall(r"^\s*\|(.+)\|\s*$", text, re.MULTILINE) if _names_and_types(row))
            if not count and re.search(r"^\s*erDiagram\b", text, re.MULTILINE):
                # (or an ER diagram whose entities list their attributes: `SERVICE {\n uuid id PK`)
                count = len(re.findall(r"^\s*[\w-]+\s*\{\s*\n\s+[\w()\[\]]+\s+\w+", text, re.MULTILINE))
        except OSError:
            continue
        if count >= 2:
            found.append((count, path))
    return [path for _count, path in sorted(found, key=lambda pair: -pair[0])[:3]]


# The TypeScript module a data model points to for its types: `src/domain/types.ts`, `tipos.ts`, `models.ts`.
DOMAIN_TYPES = re.compile(r"(?:types?|tipos?|typen|models?|modelos?|entit(?:y|ies)|entidades?|domain|dominio|schema)"
                          r"(?:\.d)?\.ts", re.IGNORECASE)


def _readable(ws: Workspace, rel: str, notes: list[str] | None = None) -> str | None:
    """A spec file's text; None for one that leads outside the root or is too big to be a spec. A file with a few
    bytes that are not UTF-8 (a Windows editor's 0x92 for an apostrophe) is read with those bytes replaced, and said."""
    try:
        text = ws.read(rel)
    except BuilderError:
        try:
            raw = ws.resolve(rel).read_bytes()
        except (BuilderError, OSError):
            return None
        if b"\0" in raw[:8192] or len(raw) >= 2_000_000:
            return None  # (a binary file is no spec)
        if not rel.lower().endswith((".md", ".markdown", ".txt", ".yaml", ".yml", ".json")):
            if notes is not None:  # (code in another encoding, `título` in Latin-1: its names would not survive)
                notes.append(f"{rel}: not UTF-8 text; left out (save it as UTF-8 to have it read)")
            return None
        text = raw.decode("utf-8", errors="replace")
        if notes is not None:
            lines = [n for n, line in enumerate(text.splitlines(), 1) if "\ufffd" in line]
            notes.append(f"{rel}:{lines[0] if lines else 1}: not UTF-8 text ({text.count(chr(0xFFFD))} byte(s) on "
                         f"{len(lines)} line(s)); read with those bytes replaced, so check what they said there, and "
                         "save the file as UTF-8")
    return _spaces_cut(text) if text is not None and len(text) < 2_000_000 else None


# A run of spaces longer than any layout needs (an aligned column is a few dozen wide): cut to 64, so that no pattern
# that tries `\s*` from each space of a run costs the square of a hostile run of thousands
LONG_SPACE = re.compile(r"[ \t]{65,}")
BOX_DRAWING = re.compile(r"[\u2500-\u257f]")


def _spaces_cut(text: str) -> str:
    """`text` with each run of more than 64 spaces cut to 64, except on a line of a box drawing, whose boxes keep
    their columns on the page however far apart they are drawn."""
    if not LONG_SPACE.search(text):
        return text
    return "\n".join(line if BOX_DRAWING.search(line) else LONG_SPACE.sub(" " * 64, line) for line in text.split("\n"))


def _from_json(feature: str, path: str, text: str, candidates: list[str], diagnostics: list[str]) -> SpecDraft:
    try:
        data = load_spec_json(text, path)
    except BuilderError as exc:
        return _draft(feature, [path], candidates, None, [], diagnostics, [f"{exc.message} Fix the file."])
    return _draft(feature, [path], candidates, data, [SourceRef(part="spec", file=path, line=1)], diagnostics, [])


def _draft(feature: str, files: list[str], candidates: list[str], data: Any, sources: list[SourceRef],
           diagnostics: list[str], blocking: list[str]) -> SpecDraft:
    valid = False
    blocking = list(blocking)
    if data is not None and not blocking:
        try:
            data = parse_spec(data).model_dump(exclude_none=True)
            valid = True
        except BuilderError as exc:
            blocking.append(exc.message)
    summary = (
        f"read_spec: {feature!r} from {', '.join(files)}: "
        + (f"a valid FeatureSpec with {len(data['fields'])} field(s)." if valid
           else f"{len(blocking)} open point(s) to decide.")
    )
    return SpecDraft(feature=feature, files_used=files, candidates=candidates, spec=data, valid=valid,
                     sources=sources, diagnostics=diagnostics, blocking=blocking, summary=summary)


def _list_specs(ws: Workspace) -> list[str]:
    folder = spec_folder(ws)
    if folder is None:
        return []
    out = []
    for path in _spec_paths(ws, folder):
        if path.suffix in (".md", ".json") and path.is_file() and ws.root in path.resolve().parents:
            out.append(path.relative_to(ws.root).as_posix())
        if len(out) >= 20:
            break
    return out
