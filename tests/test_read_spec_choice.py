"""read_spec choosing the entity a Spec Kit folder or a flat spec is about (issue 10): a join table with no field of
its own, a meeting `sessions` table that is not the login session, an `InventoryItem` that a folder called
"household-inventory" keeps, and entities the spec gives equal weight to."""

from __future__ import annotations

from pathlib import Path

from backend_builder import operations

from .spec_reading import read, write

FAVORITES = """# Data Model: Catalog, Wall, Favorites

## `recipes`

| Column | Type | Notes |
|---|---|---|
| `id` | uuid PK | |
| `title` | text NOT NULL | |
| `servings` | int NOT NULL | |

## `favorites`

| Column | Type | Notes |
|---|---|---|
| `user_id` | uuid FK → users(id) | part of PK |
| `recipe_id` | uuid FK → recipes(id) | part of PK |
| `created_at` | timestamptz NOT NULL | |

Primary key (`user_id`, `recipe_id`): saving twice is a no-op.
"""

FAVORITES_SPEC = "# Feature: catalog wall favorites\n\nA cook browses the catalog and keeps favorites.\n"


def test_a_join_table_with_no_field_of_its_own_yields_to_an_entity_with_fields(root: Path) -> None:
    """The folder names favorites, but `favorites` holds only its owner and the recipe it links, both parts of its
    key: drafting it would give an entity with nothing to send, so the recipe is read and the answer lists favorites."""
    draft, fields = read(root, {"specs/002-catalog-wall-favorites/data-model.md": FAVORITES,
                                "specs/002-catalog-wall-favorites/spec.md": FAVORITES_SPEC},
                         "002-catalog-wall-favorites")
    assert draft.spec["name"] == "recipe", draft.diagnostics
    assert list(fields) == ["title", "servings"]
    assert any("favorite" in d for d in draft.diagnostics)
    assert draft.blocking == []


def test_a_feature_named_for_the_join_table_alone_still_reads_it(root: Path) -> None:
    """Asked for `favorite` by name, the reader reads it (the user's word wins over the rule above), and says why
    it cannot be generated as it stands, naming the entity that could."""
    draft = operations.read_spec(str(write(root, {"specs/database/schema.md": FAVORITES})), "favorite")
    assert draft.spec["name"] == "favorite"
    assert any("at least one field" in b for b in draft.blocking), draft.blocking
    assert any("recipes" in d for d in draft.diagnostics)


MEETING = """# 데이터베이스 스키마

## 1. sessions (세션)

```sql
CREATE TABLE sessions (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  title TEXT NOT NULL,
  host_name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  expires_at TIMESTAMP NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT NOW()
);
```

## 2. participants (참가자)

```sql
CREATE TABLE participants (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id UUID NOT NULL REFERENCES sessions(id),
  name TEXT NOT NULL,
  lat TEXT NOT NULL,
  lng TEXT NOT NULL
);
```
"""

LOGIN_SESSION = """# Schema

```sql
CREATE TABLE session (
  id TEXT PRIMARY KEY,
  expires_at TIMESTAMP NOT NULL,
  token TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL
);
CREATE TABLE notes (
  id SERIAL PRIMARY KEY,
  user_id TEXT NOT NULL,
  body TEXT NOT NULL
);
```
"""


def test_a_meeting_session_with_an_expiry_is_not_the_login_session(root: Path) -> None:
    """One `expires_at` among a title, a host and a status does not make `sessions` the auth provider's table; the
    name clashes with the generated project's Session, so it is drafted under another name, and the answer says so."""
    draft, fields = read(root, {"docs/database-schema.md": MEETING}, "session")
    assert draft.spec["name"] == "session_item", draft.diagnostics
    assert draft.spec.get("plural") == "sessions"
    assert list(fields) == ["title", "host_name", "status", "expires_at"]
    assert any("drafted as 'session_item' (table and routes 'sessions')" in d for d in draft.diagnostics)


def test_the_login_session_table_is_still_left_out(root: Path) -> None:
    """Better Auth's `session` (expiry and token) is still the auth provider's, and the notes are read."""
    draft, fields = read(root, {"specs/database/schema.md": LOGIN_SESSION}, "session")
    assert draft.spec["name"] == "note"
    assert list(fields) == ["body"]


HOUSEHOLD = """# Data Model

## Entities

### 1. Household (Aggregate Root)

| Field | Type | Constraints |
|---|---|---|
| id | UUID | PK |
| name | VARCHAR(100) | NOT NULL |
| owner_id | UUID | NOT NULL |

### 2. InventoryItem (Aggregate Root)

**Table**: `inventory_items`

| Field | Type | Constraints |
|---|---|---|
| id | UUID | PK |
| household_id | UUID | NOT NULL, FK |
| name | VARCHAR(200) | NOT NULL |
| quantity | INTEGER | NOT NULL |
| unit | VARCHAR(20) | NULL |
| created_by | UUID | NOT NULL |
"""

HOUSEHOLD_SPEC = """# Feature: Household inventory

Members of a household add inventory items, set their quantity and unit, and see which inventory items run low.
"""


def test_an_item_table_is_what_a_feature_named_for_its_stem_keeps(root: Path) -> None:
    """`001-household-inventory`: a household's inventory. `InventoryItem` is what an inventory keeps (a word such as
    item, entry or record says only that a row is kept), so the folder names it as closely as Household, and the
    entity with more to say wins. Before, `inventory` named only part of `inventory_item`, and Household won."""
    draft, fields = read(root, {"specs/001-household-inventory/data-model.md": HOUSEHOLD,
                                "specs/001-household-inventory/spec.md": HOUSEHOLD_SPEC},
                         "001-household-inventory")
    assert draft.spec["name"] == "inventory_item", draft.diagnostics
    assert list(fields) == ["household_id", "name", "quantity", "unit", "created_by"]


RULES = """# Data Model: User-Defined Keyword Rules

### `KeywordEntry`

```ts
interface KeywordEntry {
  keyword: string;
  category: string;
}
```

### New Record Type: `KeywordRuleRecord`

```ts
interface KeywordRuleRecord {
  id: string;
  pattern: string;
  status: string;
  category: string;
}
```
"""


def test_a_run_of_the_folders_words_names_an_entity_more_closely_than_one_word(root: Path) -> None:
    """`user-keyword-rule`: KeywordEntry is named by one of the folder's words (an entry is only how `keyword` is
    kept), KeywordRuleRecord by two in a row, and the closer name wins."""
    draft, fields = read(root, {"specs/010-user-keyword-rule/data-model.md": RULES,
                                "specs/010-user-keyword-rule/spec.md": "# Feature\n"}, "010-user-keyword-rule")
    assert draft.spec["name"] == "keyword_rule_record", draft.diagnostics
    assert "pattern" in fields


def _table(name: str, columns: list[str]) -> str:
    rows = "".join(f"| {column} | string | yes | |\n" for column in columns)
    return f"## {name}\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n| id | string | yes | |\n{rows}"


HUB = "\n".join([
    "# Data Model: 社群行銷資料中台\n",
    _table("AccountConfiguration", ["accountId", *(f"setting{n}" for n in range(10))]),
    _table("RefreshJob", ["accountId", *(f"step{n}" for n in range(10))]),
    _table("ContentRecord", ["accountId", *(f"metric{n}" for n in range(12))]),
])


def test_entities_of_equal_weight_take_the_first_the_data_model_defines(root: Path) -> None:
    """A folder named for nothing (`001-social-data-hub`) and three entities the spec names as often, each with ten
    columns or more: the data model starts with the one it is about, so the first defined is read rather than the one
    with the most columns."""
    draft, _ = read(root, {"specs/001-social-data-hub/data-model.md": HUB,
                           "specs/001-social-data-hub/spec.md": "# 社群行銷資料中台\n\nAccountConfiguration, "
                           "RefreshJob and ContentRecord.\n"}, "001-social-data-hub")
    assert draft.spec["name"] == "account_configuration", draft.diagnostics


PLATFORM = """# Data Model: 001-platform-mvp

## Entities

### Artist (`artists`)

| Field | Type | Notes |
|-------|------|-------|
| id | UUID | PK |
| userId | UUID | FK → User, unique |
| artistName | string | public display name |
| bio | text | optional |
| totalPlays | bigint | default 0 |

### Track (`tracks`)

| Field | Type | Notes |
|-------|------|-------|
| id | UUID | PK |
| artistId | UUID | FK → Artist |
| title | string | |
| genre | string | |
| duration | integer | seconds |
"""

PLATFORM_SPEC = """# Feature: Ngoma platform MVP

Artists upload tracks; listeners stream each track and buy the tracks they like. An artist sets each track's price.
"""


def test_a_profile_with_one_row_per_user_is_not_what_the_user_keeps(root: Path) -> None:
    """`userId | FK → User, unique`: an artist is one row per user, a profile that extends the user, so its owner
    column does not make it the feature's entity; the tracks the artists upload are."""
    draft, fields = read(root, {"specs/001-platform-mvp/data-model.md": PLATFORM,
                                "specs/001-platform-mvp/spec.md": PLATFORM_SPEC}, "001-platform-mvp")
    assert draft.spec["name"] == "track", draft.diagnostics
    assert list(fields) == ["artist_id", "title", "genre", "duration"]


# Round 34: a 1:1 part of another entity, the API's own collections, roles, plurals in other languages ---------------

CASH = """# Modelo de Datos: Caja y Mermas

```sql
CREATE TABLE sesiones_caja (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    terminal_id VARCHAR(50) NOT NULL,
    fondo_inicial NUMERIC(10,2) NOT NULL DEFAULT 0.00,
    estado VARCHAR(20) NOT NULL
);

CREATE TABLE arqueos_caja (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    sesion_caja_id UUID NOT NULL UNIQUE REFERENCES sesiones_caja(id),
    efectivo_contado NUMERIC(10,2) NOT NULL,
    efectivo_esperado NUMERIC(10,2) NOT NULL,
    diferencia NUMERIC(10,2) NOT NULL,
    observaciones TEXT
);
```
"""

CASH_SPEC = "# Caja y mermas\n\nEl cajero abre la caja, la cierra con un arqueo ciego y la caja registra mermas.\n"


def test_a_one_to_one_part_yields_to_the_entity_it_belongs_to(root: Path) -> None:
    """`arqueos_caja` has more fields, but one row per `sesion_caja_id` (UNIQUE): it is a part of a session, which
    is what the feature keeps (the Spanish plural `sesiones` is the `sesion` of the key's name)."""
    draft, fields = read(root, {"specs/006-caja-mermas/data-model.md": CASH, "specs/006-caja-mermas/spec.md": CASH_SPEC},
                         "006-caja-mermas")
    assert draft.spec["name"] == "sesiones_caja", draft.diagnostics
    assert list(fields) == ["terminal_id", "fondo_inicial", "estado"]


REPORTS = """# Data Model: Rapportini

## note_lavorazione

| Campo | Tipo | Note |
|---|---|---|
| id | integer PK | |
| testo | text | |
| mostra_dettagli | boolean | |

## righe_rapportino

| Campo | Tipo | Note |
|---|---|---|
| id | integer PK | |
| giorno | date | NOT NULL |
| ore | decimal(4,2) | NOT NULL |
"""

REPORTS_API = """# API

- `GET /api/rapportini` — le righe dell'utente
- `POST /api/rapportini` — crea una riga
- `DELETE /api/rapportini/:id` — elimina una riga
"""


def test_a_contract_and_a_title_name_the_entity_in_their_own_plural(root: Path) -> None:
    """The folder names nothing, but the contract is `rapportini-api.md` and the title says "Rapportini": Italian's
    plural of the rapportino a riga_rapportino belongs to (one stem, `rapportin`)."""
    draft, _ = read(root, {"specs/004-daily-work-reports/data-model.md": REPORTS,
                           "specs/004-daily-work-reports/spec.md": "# Daily work reports\n",
                           "specs/004-daily-work-reports/contracts/rapportini-api.md": REPORTS_API},
                    "004-daily-work-reports")
    assert draft.spec["name"] == "righe_rapportino", draft.diagnostics


def test_an_entity_defined_twice_counts_the_specs_title_once(root: Path) -> None:
    """A table and its DDL are one entity: the title's words used to count once per definition, so the note,
    written both ways and named by the title, outweighed the lines the contract and the prose are about."""
    twice = REPORTS.replace("# Data Model: Rapportini", "# Data Model: Note di Lavorazione").replace(
        "## righe_rapportino", "```sql\nCREATE TABLE note_lavorazione (id INTEGER PRIMARY KEY, testo TEXT, "
        "mostra_dettagli BOOLEAN);\n```\n\n## righe_rapportino")
    spec = "# Daily work reports\n\nThe operator adds righe_rapportino; the list shows righe_rapportino by day.\n"
    draft, _ = read(root, {"specs/004-daily-work-reports/data-model.md": twice,
                           "specs/004-daily-work-reports/spec.md": spec,
                           "specs/004-daily-work-reports/contracts/righe-api.md":
                               "# API\n\n- `GET /api/righe-rapportino`\n- `DELETE /api/righe-rapportino/{id}`\n"},
                    "004-daily-work-reports")
    assert draft.spec["name"] == "righe_rapportino", draft.diagnostics


BOOKINGS = """# Data Model

## appointments

| Field | Type | Notes |
|---|---|---|
| id | uuid PK | |
| starts_at | timestamptz | NOT NULL |
| client_name | varchar(100) | NOT NULL |
| note | text | |

## booking_options

| Field | Type | Notes |
|---|---|---|
| id | uuid PK | |
| label | varchar(50) | NOT NULL |
| minutes | int | NOT NULL |
"""


def test_an_admin_route_names_what_the_back_office_sets_not_the_entity(root: Path) -> None:
    """`/api/admin/booking-options` serves the back office's settings; the API's own collections would name the
    entity, the admin's do not."""
    api = "# API\n\n- `GET /api/admin/booking-options` — the settings\n"
    spec = "# Web\n\nClients book appointments. Each appointment starts at a time the admin's booking options allow.\n"
    draft, _ = read(root, {"specs/001-build-a-web/data-model.md": BOOKINGS, "specs/001-build-a-web/spec.md": spec,
                           "specs/001-build-a-web/contracts/api.md": api}, "001-build-a-web")
    assert draft.spec["name"] == "appointment", draft.diagnostics


ONBOARDING = """# 데이터 모델: 온보딩 위자드

## 엔티티 정의

### Role (Spatie Permission 확장)

- `name` (string): 역할 이름
- `guard_name` (string): 가드
- `scope_type` (string): 범위 종류
- `scope_ref_id` (int): 범위 대상

### Store (기존)

- `name` (string, 255): 매장 이름
- `address` (string): 주소
- `phone` (string): 전화번호
"""


def test_roles_and_permissions_say_who_may_act_not_what_the_feature_keeps(root: Path) -> None:
    """The spec talks of roles on every line, but `Role` (Spatie's, with its guard_name) belongs to the access
    control; the store is what the onboarding creates."""
    spec = "# 온보딩\n\n사용자는 role 을 받는다. role 은 owner 이다. role 로 권한을 준다. 매장(store)을 만든다.\n"
    draft, _ = read(root, {"specs/001-user-onboarding-wizard/data-model.md": ONBOARDING,
                           "specs/001-user-onboarding-wizard/spec.md": spec}, "001-user-onboarding-wizard")
    assert draft.spec["name"] == "store", draft.diagnostics


LOANS = """# Base de datos

### `solicitudes_prestamo`

| Columna | Tipo | Nulo | Notas |
|---|---|---|---|
| `id` | `BIGINT` | No | PK |
| `monto_solicitado` | `NUMERIC(12,2)` | No | |
| `destino_prestamo` | `VARCHAR(200)` | No | |

### `prestamos`

| Columna | Tipo | Nulo | Notas |
|---|---|---|---|
| `id` | `BIGINT` | No | PK |
| `solicitud_id` | `BIGINT` | No | FK → `solicitudes_prestamo.id` |
| `monto_aprobado` | `NUMERIC(12,2)` | No | |
| `saldo_pendiente` | `NUMERIC(12,2)` | No | |
"""


def test_the_entity_the_feature_names_whole_comes_before_one_it_names_a_word_of(root: Path) -> None:
    """Asked for `solicitud_prestamo` (Spanish plural `solicitudes`, one stem), the reader reads that table, not
    `prestamos`, however much the API talks of loans."""
    api = "# API\n\n- `GET /api/prestamos`\n- `GET /api/prestamos/{id}`\n\nLos préstamos, el préstamo, un préstamo.\n"
    draft, fields = read(root, {"docs/base-de-datos.md": LOANS, "docs/api.md": api}, "solicitud_prestamo")
    assert draft.spec["name"] == "solicitudes_prestamo", draft.diagnostics
    assert list(fields) == ["monto_solicitado", "destino_prestamo"]


STAGED = """# Database Schema

## Programs

```sql
CREATE TABLE public.programs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    annual_intake INTEGER
);
```

## Alerts

```sql
CREATE TABLE public.user_alerts (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL,
    is_active BOOLEAN DEFAULT TRUE
);
```

## Staging Tables

```sql
CREATE TABLE staging.programs (LIKE public.programs INCLUDING ALL);
```
"""


def test_a_staging_copy_made_with_like_does_not_replace_the_table_it_copies(root: Path) -> None:
    """`CREATE TABLE staging.programs (LIKE public.programs)` has no column of its own: the programs are still the
    table written out above, and the feature named for them reads its columns."""
    draft, fields = read(root, {"specs/database-schema.md": STAGED}, "program")
    assert draft.spec["name"] == "program", draft.diagnostics
    assert list(fields) == ["slug", "name", "annual_intake"]


COMANDA = """# Modelo de dados: Comanda digital

## Entidades

### Categoria (`cardapio`)

- `id`: chave primária.
- `nome_categoria`: texto obrigatório.

### Item (`cardapio`)

- `id`: chave primária.
- `nome_item`: texto obrigatório.
- `preco`: decimal obrigatório.
- `descricao`: texto opcional.
- `disponivel`: booleano, inicialmente verdadeiro.

### Pedido (`pedidos`)

- `id`: chave primária.
- `data_hora`: data e hora de abertura, preenchida automaticamente.
- `status`: `aberto`, `fechado` ou `cancelado`; começa como `aberto`.
- `valor_total`: decimal de duas casas, inicialmente zero.
- `observacao`: texto opcional.
"""


def test_a_label_two_headings_share_names_neither_even_where_one_is_too_thin_to_read(root: Path) -> None:
    """`### Categoria (cardapio)` has one column, too few to be read as an entity, but it still shares the Django app
    label with `### Item (cardapio)`: the label names no table, so `Item` is not `cardapio` and a feature asking
    for the pedido reads the Pedido."""
    spec = "# Comanda digital\n\nO atendente abre um pedido na mesa.\n"
    draft, fields = read(root, {"specs/001-comanda-digital/data-model.md": COMANDA,
                                "specs/001-comanda-digital/spec.md": spec}, "pedido")
    assert draft.spec["name"] == "pedido", draft.diagnostics
    assert list(fields) == ["data_hora", "status", "valor_total", "observacao"]
    draft, _ = read(root, {"specs/001-comanda-digital/data-model.md": COMANDA,
                           "specs/001-comanda-digital/spec.md": spec}, "item")
    assert draft.spec["name"] == "item", draft.diagnostics


DEBTS = """# Data Model: Módulo de Acreedores

## New Tables

### creditor_debts

| Column | Type | Constraints | Description |
|--------|------|-------------|-------------|
| `id` | UUID | PK | Identificador único |
| `creditor_name` | TEXT | NOT NULL | Nombre del acreedor (texto libre). Ej: "Coéxito", "pago de agua" |
| `amount` | DECIMAL(10,2) | NOT NULL | Valor total de la deuda |
| `remaining_amount` | DECIMAL(10,2) | NOT NULL | Saldo pendiente |
| `invoice_date` | DATE | NULLABLE | Fecha de la factura |
| `notes` | TEXT | NULLABLE | Notas adicionales |

### creditor_payments

| Column | Type | Constraints | Description |
|--------|------|-------------|-------------|
| `id` | UUID | PK | Identificador único |
| `creditor_debt_id` | UUID | FK → creditor_debts(id) | Deuda |
| `amount` | DECIMAL(10,2) | NOT NULL | Monto abonado |

## TypeScript Interfaces

```ts
interface AcreedorItem {
    id: string;
    creditor_name: string;
    amount: number;
    remaining_amount: number;
}
```
"""


def test_an_interface_of_some_of_a_tables_columns_is_a_view_and_the_table_is_read(root: Path) -> None:
    """The folder `015-acreedores-modulo` names `AcreedorItem` by a word, not `creditor_debts`; but the interface
    holds only columns of that table, a screen's view of it: the table, with all its columns, is the entity."""
    spec = "# Acreedores\n\nEl usuario registra deudas con acreedores y abonos.\n"
    draft, fields = read(root, {"specs/015-acreedores-modulo/data-model.md": DEBTS,
                                "specs/015-acreedores-modulo/spec.md": spec}, "015-acreedores-modulo")
    assert draft.spec["name"] == "creditor_debt", draft.diagnostics
    assert list(fields) == ["creditor_name", "amount", "remaining_amount", "invoice_date", "notes"]
    assert any("AcreedorItem" in d and "view" in d for d in draft.diagnostics)
    assert fields["creditor_name"]["type"] == "text"  # ('Ej: "Coéxito", "pago de agua"' are examples, not its values)


SCHEMES = """# Database schemes

```sql
CREATE TABLE tasks (
  id UUID PRIMARY KEY,
  name VARCHAR(120) NOT NULL
);

CREATE TABLE time_entries (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL,
  work_date DATE NOT NULL,
  duration_minutes INT NOT NULL CHECK (duration_minutes > 0),
  description VARCHAR(500) NOT NULL
);
```
"""

CHANGE = """# Delta for time-entries

## ADDED Requirements

### Requirement: Log time
An employee logs a time entry (workDate, durationMinutes, description) against a task.

#### Scenario: Logged
- **WHEN** the employee saves an entry
- **THEN** it appears in the day's list
"""


def test_an_openspec_change_without_tables_reads_the_projects_own_table_document(root: Path) -> None:
    """The change's spec names the entry's fields in a sentence and defines no table; the project writes its tables
    out in `project-features/schemes.md`, outside openspec/ and named for nothing the reader knows: that document is
    read, and said to have been."""
    draft, fields = read(root, {"openspec/changes/add-time-tracking/specs/time-entries/spec.md": CHANGE,
                                "openspec/project.md": "# Project\n\nA time tracker.\n",
                                "project-features/schemes.md": SCHEMES,
                                "project-features/notes.md": "# Notes\n\nCREATE TABLE once, in prose.\n"},
                          "add-time-tracking")
    assert draft.spec["name"] == "time_entry", draft.diagnostics
    assert list(fields) == ["work_date", "duration_minutes", "description"]
    assert any("read the tables of project-features/schemes.md" in d for d in draft.diagnostics), draft.diagnostics


def test_the_table_document_fallback_does_not_follow_a_link_out_of_the_project(root: Path, tmp_path: Path) -> None:
    """The same change, where `project-features` is a link to a folder outside the project: nothing there is read,
    and the reader says it found no table."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "schemes.md").write_text(SCHEMES, encoding="utf-8")
    write(root, {"openspec/changes/add-time-tracking/specs/time-entries/spec.md": CHANGE})
    (root / "project-features").symlink_to(outside)
    draft = operations.read_spec(str(root), "add-time-tracking")
    assert draft.spec is None and draft.blocking
    assert not any("schemes.md" in line for line in [*draft.diagnostics, *draft.files_used]), draft.diagnostics


def test_the_entity_the_data_model_calls_central_over_one_a_word_of_the_feature_names(root: Path) -> None:
    """`specs/001-restaurant-pickup-platform`: the folder's first word names the Restaurant, but the data model says
    the Order "is the central entity for order management"; a pickup platform's feature is its orders."""
    model = ("# Data Model: Restaurant Self-Pickup Ordering Platform\n\n## Entity Definitions\n\n### 1. Restaurant\n\n"
             "Restaurants on the platform.\n\n**Attributes:**\n- `id` (UUID, PK): Unique identifier\n"
             "- `name` (VARCHAR(100), NOT NULL): Restaurant name\n- `address` (TEXT, NOT NULL): Street address\n"
             "- `phone` (VARCHAR(20)): Contact phone\n\n### 2. Order\n\nRepresents customer purchase transactions. "
             "This is the central entity for order management.\n\n**Attributes:**\n- `id` (UUID, PK): Unique identifier\n"
             "- `order_number` (VARCHAR(12), UNIQUE, NOT NULL): Human-readable number\n"
             "- `restaurant_id` (UUID, FK → restaurants.id, NOT NULL): Restaurant reference\n"
             "- `pickup_time` (TIMESTAMP, NOT NULL): Scheduled pickup time\n- `customer_notes` (TEXT): Instructions\n")
    folder = "specs/001-restaurant-pickup-platform"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": "# Feature Specification\n"}, folder)
    assert draft.spec["name"] == "order", draft.diagnostics
    assert list(fields) == ["order_number", "restaurant_id", "pickup_time", "customer_notes"]
    # (the folder's name naming the entity whole still wins over one another calls central)
    draft, _fields = read(root, {f"{folder}/data-model.md": model.replace("Order", "Shipment").replace("order", "shipment")},
                          "restaurant")
    assert draft.spec["name"] == "restaurant", draft.diagnostics


def test_a_column_added_to_an_existing_table_by_a_migration_adds_no_entity(root: Path) -> None:
    """'## Nouvelles Tables' over two tables, '## Colonnes ajoutées sur tables existantes' over `generations` — +1
    colonne, and the migration's `ALTER TABLE generations ADD COLUMN`: the feature's entity is a new table (the
    migration heading does not make the altered table a new one; 'existantes' is French for existing)."""
    model = ("# Data Model — Manual Test First\n\n## Nouvelles Tables\n\n### `manual_test_sets`\n\n"
             "| Colonne | Type | Notes |\n|---|---|---|\n| `id` | uuid PK | |\n| `analysis_id` | uuid FK | |\n"
             "| `status` | text | `draft` / `validated` |\n| `version` | integer | défaut 1 |\n\n"
             "### `manual_test_cases`\n\n| Colonne | Type | Notes |\n|---|---|---|\n| `id` | uuid PK | |\n"
             "| `manual_test_set_id` | uuid FK | |\n| `title` | text | |\n| `steps` | jsonb | |\n\n"
             "## Colonnes ajoutées sur tables existantes\n\n### `generations` — +1 colonne\n\n"
             "| Colonne | Type | Notes |\n|---|---|---|\n| `manual_test_set_id` | uuid FK → manual_test_sets | nullable |\n\n"
             "## Migration SQL\n\n```sql\nCREATE TABLE manual_test_sets (\n  id UUID PRIMARY KEY,\n  analysis_id UUID NOT NULL,\n"
             "  status TEXT NOT NULL DEFAULT 'draft',\n  version INTEGER NOT NULL DEFAULT 1\n);\n\n"
             "ALTER TABLE generations ADD COLUMN manual_test_set_id UUID REFERENCES manual_test_sets(id);\n```\n")
    folder = "specs/002-manual-test-first"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": "# Spécification\n\nLa génération "
                                "de tests manuels. Chaque génération garde son lot.\n"}, folder)
    assert draft.spec["name"] in ("manual_test_set", "manual_test_case"), draft.diagnostics


def test_the_prose_own_word_for_an_entity_counts_as_its_mention(root: Path) -> None:
    """Tables named in English (`menu_items` first, then `orders`), a Spanish feature spec whose Key Entities define
    '**Pedido (Order)**' and then say "pedido" throughout: the prose is about the Order."""
    model = ("# Data Model: Sistema de Restaurante\n\n## Tables\n\n### menu_items\n\n| Column | Type | Constraints |\n"
             "|---|---|---|\n| id | SERIAL | PRIMARY KEY |\n| name | VARCHAR(100) | NOT NULL |\n| price | DECIMAL(10,2) | NOT NULL |\n"
             "| active | BOOLEAN | DEFAULT true |\n\n### orders\n\n| Column | Type | Constraints |\n|---|---|---|\n"
             "| id | SERIAL | PRIMARY KEY |\n| table_number | VARCHAR(20) | |\n| notes | TEXT | |\n"
             "| total_amount | DECIMAL(10,2) | DEFAULT 0 |\n")
    spec = ("# Feature Specification: Sistema de Gestión de Restaurante\n\n### User Story 1 - Cola de Pedidos\n\n"
            "El mesero registra un pedido. Los pedidos pendientes se muestran en la cola; el cocinero toma el pedido "
            "más antiguo. Un item del menú inactivo no se puede pedir.\n\n### Key Entities\n\n"
            "- **Pedido (Order)**: una solicitud de cliente.\n- **Item de Menú (MenuItem)**: un plato del menú.\n")
    folder = "specs/001-restaurant-system"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": spec}, folder)
    assert draft.spec["name"] == "order", draft.diagnostics
    assert list(fields) == ["table_number", "notes", "total_amount"]
    # (without the definition, "pedido" names nothing, and the first table stays the guess)
    draft, _fields = read(root, {f"{folder}/data-model.md": model,
                                 f"{folder}/spec.md": spec.replace("**Pedido (Order)**", "**Pedido**")}, folder)
    assert draft.spec["name"] == "menu_item", draft.diagnostics


def test_a_schema_fuller_than_the_er_drawing_keeps_the_drawing_entity_name(root: Path) -> None:
    """A mermaid ER drawing's `EVENT_SERIES` with two columns and a TypeScript `EventSeriesSchema` with all of them:
    the schema's columns are read, and the entity is still the event series (which the requirements' prose names)."""
    design = ("# Technical Design\n\n## Data Models\n\n```mermaid\nerDiagram\n    EVENT_SERIES {\n        text id PK\n"
              "        text name\n    }\n```\n\n## Data Contracts\n\n```typescript\ninterface EventSeriesSchema {\n"
              "  id: string;\n  name: string;\n  sortOrder: number;\n  createdAt: Date;\n  updatedAt: Date;\n}\n```\n")
    folder = ".kiro/specs/event-series"
    draft, fields = read(root, {f"{folder}/design.md": design, f"{folder}/requirements.md": (
        "# Requirements\n\n- **Series (event_series)**: a recurring event.\n\n"
        "An organiser creates a series, lists the series, renames a series.\n")}, "event_series")
    assert draft.spec["name"] == "event_series", draft.diagnostics
    assert list(fields) == ["name", "sort_order"]


def test_the_feature_specs_key_entities_over_a_join_table_and_a_columns_values_row(root: Path) -> None:
    """Three interfaces (User, GameRoom, RoomPlayer with its `userId`), and spec.md's '### Key Entities' listing
    `**GameRoom**` among things that are no tables: the room is what the feature keeps, not the join table a user
    owns. And a table of columns whose row `| action_type | enum | PASS, FAIL_PASS, ASSIST |` lists values, not a table."""
    model = ("# Data Model\n\n## Core Entities\n\n### GameRoom\n```typescript\ninterface GameRoom {\n  id: number;\n"
             "  roomCode: string;\n  name: string;\n  maxPlayers: number;\n}\n```\n\n### RoomPlayer\n```typescript\n"
             "interface RoomPlayer {\n  id: number;\n  roomId: number;\n  userId: string;\n  isHost: boolean;\n"
             "  joinedAt: Date;\n}\n```\n")
    spec = ("# Feature Specification: Project foundation\n\n### Key Entities\n\n- **ProjectStructure**: the monorepo.\n"
            "- **AuthSystem**: sign-in.\n- **GameRoom**: a multiplayer room.\n\n## Success Criteria\n\nA player joins.\n")
    folder = "specs/001-project-foundation"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": spec}, folder)
    assert draft.spec["name"] == "game_room", draft.diagnostics
    assert list(fields) == ["room_code", "name", "max_players"]
    draft, _fields = read(root, {f"{folder}/data-model.md": model,
                                 f"{folder}/spec.md": spec.replace("**GameRoom**", "**Room**")}, folder)
    assert draft.spec["name"] == "room_player", draft.diagnostics  # (listed by no name of its own, the owner's weight)

    tables = ("# Modelo de datos\n\n## Entidades\n\n### TournamentSession\n\n| Campo | Tipo | Regla |\n|---|---|---|\n"
              "| id | UUID | PK |\n| tournament_name | varchar(160) | requerido |\n| scheduled_date | date | requerido |\n\n"
              "### MatchAction\n\n| Campo | Tipo | Regla |\n|---|---|---|\n| id | UUID | PK |\n"
              "| action_type | enum | `PASS`, `FAIL_PASS`, `ASSIST`, `SHOOT` |\n| chronometer_ms | bigint | >= 0 |\n")
    draft, _fields = read(root, {"specs/002-mvp/data-model.md": tables, "specs/002-mvp/spec.md": (
        "# Especificación — MVP\n\nEl entrenador registra cada action_type: un pase, una asistencia, un tiro. Cada "
        "action_type suma al resumen; el action_type SHOOT pide el detalle.\n")}, "specs/002-mvp")
    assert draft.spec["name"] in ("tournament_session", "match_action"), draft.diagnostics


def test_a_key_entitys_table_under_another_name_counts_as_listed(root: Path) -> None:
    """Key Entities list Configuration, Secrets and TemperatureReading; the data model gives the reading's columns
    twice, in a field table and in `CREATE TABLE readings`: the readings table is the listed entity's, not one left out."""
    model = ("# Data Model\n\n## Entities\n\n### 1. Configuration\n\n| Field | Type | Description |\n|---|---|---|\n"
             "| collection_interval | int | Minutes |\n| log_level | string | Level |\n\n### 2. Secrets\n\n"
             "| Field | Type | Description |\n|---|---|---|\n| api_key | string | Key |\n| client_secret | string | Secret |\n"
             "| refresh_token | string | Token |\n\n### 3. TemperatureReading\n\n| Field | Type | Description |\n|---|---|---|\n"
             "| timestamp | string | ISO 8601 |\n| device_id | string | Device |\n| temperature_celsius | float | Reading |\n\n"
             "## Database Schema Design\n\n### Table: `readings`\n\n```sql\nCREATE TABLE readings (\n"
             "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  timestamp TEXT NOT NULL,\n  device_id TEXT NOT NULL,\n"
             "  temperature_celsius REAL NOT NULL,\n  humidity_percent REAL\n);\n```\n")
    spec = ("# Feature Specification: Project Foundation\n\nThe collector loads its secrets and stores each reading.\n\n"
            "### Key Entities\n\n- **Configuration**: settings.\n- **Secrets**: credentials.\n"
            "- **TemperatureReading**: a single temperature measurement.\n")
    folder = "specs/001-project-foundation"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": spec}, folder)
    assert draft.spec["name"] in ("reading", "temperature_reading"), draft.diagnostics
    assert "temperature_celsius" in fields
