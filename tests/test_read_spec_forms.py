"""read_spec on more forms real specs take (issue 10): a table's columns as a run of code spans in prose, Oracle's
types, index lists and defaults in other words, and the sections that define no entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from backend_builder import operations
from backend_builder.errors import BuilderError
from backend_builder.spec.extract import openapi
from backend_builder.spec.extract.constraints import apply_words
from backend_builder.spec.extract.raw import RawField

from .spec_reading import read, write

# A table's columns as one paragraph of code spans ------------------------------------------------------------------

SPANS = """# Datenmodell

## Konventionen

- **IDs:** `TEXT` (UUID, am Gerät erzeugt) für alles, was offline entstehen kann.
- **Zeitstempel:** `TEXT` im ISO-8601-Format, UTC.
- **Booleans:** `INTEGER` 0/1.

## Training

### `sessions`
`id TEXT PK`, `workout_id NULL` (NULL = ad-hoc), `started_at`, `ended_at NULL`, `note`, Sync-Felder.

### `sets` (Ist — Quelle aller Statistiken)
`id TEXT PK` (am Gerät erzeugt), `session_id`, `exercise_id`, `workout_exercise_id NULL`, `set_index INT`, `weight_kg REAL`, `reps INT`, `rpe REAL NULL`, `mechanic` (`compound`/`isolation`), `performed_at`, Sync-Felder. Index (exercise_id, performed_at), (session_id).
"""


def test_a_paragraph_of_code_spans_lists_a_tables_columns(root: Path) -> None:
    """`weight_kg REAL`, `rpe REAL NULL`: where some say NULL the others are NOT NULL; a lone `(session_id)` after
    "Index" is a single-column index, `(exercise_id, performed_at)` a composite one; a conventions list is no table."""
    draft, fields = read(root, {"docs/datenmodell.md": SPANS}, "set")
    assert draft.spec["name"] == "set"
    assert list(fields) == ["session_id", "exercise_id", "workout_exercise_id", "set_index", "weight_kg", "reps", "rpe",
                            "mechanic", "performed_at"]
    assert fields["weight_kg"]["type"] == "float" and fields["weight_kg"]["required"] is True
    assert fields["rpe"]["required"] is False and fields["workout_exercise_id"]["required"] is False
    assert fields["set_index"]["type"] == "int" and fields["performed_at"]["type"] == "datetime"
    assert fields["mechanic"]["type"] == "enum" and fields["mechanic"]["enum_values"] == ["compound", "isolation"]
    assert fields["session_id"].get("index") is True and not fields["exercise_id"].get("index")


def test_a_conventions_list_is_not_read_as_an_entity(root: Path) -> None:
    """Without the tables, the `**IDs:** TEXT` list under "Konventionen" still says how values are stored, not what
    a table holds: the answer names no `konvention` entity when a real one exists."""
    draft, _ = read(root, {"docs/datenmodell.md": SPANS}, "datenmodell")
    assert draft.spec["name"] != "konvention"


# Oracle's types ------------------------------------------------------------------------------------------------------

ORACLE = """# 数据库设计

### 2.4 PRODUCTS（商品主表）

| 字段名 | 类型 | 说明 |
|--------|------|------|
| PRODUCT_ID | NUMBER | 主键（序列从 1000 开始） |
| PRODUCT_NAME | VARCHAR2(100) | 商品名称 |
| CATEGORY_ID | NUMBER | 分类ID，关联 CATEGORIES 表主键 |
| PRICE | NUMBER(10,2) | 售价 |
| STOCK_WARNING | NUMBER | 库存预警值 |
| SORT_ORDER | NUMBER(5) | 排序 |
| IS_RECOMMEND | NUMBER(1) | 是否推荐（0/1） |
| DESCRIPTION | CLOB | 商品详情 |

## 四、关键约束与索引

- `PRODUCTS.PRICE` 有非负约束
- `PRODUCTS.CATEGORY_ID` 有索引
"""


def test_oracle_types_read_as_their_kinds(root: Path) -> None:
    """VARCHAR2(n) is a string of n; NUMBER(p,s) a decimal, NUMBER(p) and a bare NUMBER among Oracle types an
    integer, NUMBER(1) described 0/1 a bool; 主键 marks the key, but a column that points at another table's 主键 is
    kept; a check constraint (非负约束) under a constraints-and-indexes heading is no index."""
    _draft, fields = read(root, {"docs/数据库设计.md": ORACLE}, "products")
    assert "product_id" not in fields
    assert fields["product_name"]["type"] == "str" and fields["product_name"]["max_length"] == 100
    assert fields["category_id"]["type"] == "int" and fields["category_id"].get("index") is True
    assert fields["price"]["type"] == "decimal" and not fields["price"].get("index")
    assert fields["stock_warning"]["type"] == "int" and fields["sort_order"]["type"] == "int"
    assert fields["is_recommend"]["type"] == "bool" and fields["description"]["type"] == "text"


def test_a_bare_number_outside_oracle_stays_a_number(root: Path) -> None:
    schema = "## readings\n\n| Field | Type |\n|---|---|\n| value | number |\n| label | string |\n"
    _draft, fields = read(root, {"docs/database.md": schema}, "reading")
    assert fields["value"]["type"] == "float"


# Indexes ---------------------------------------------------------------------------------------------------------------

SECTIONS = """# テーブル定義

## cars

| カラム名 | 型 | NULL | デフォルト | 説明 |
|----------|----|------|------------|------|
| id | BIGSERIAL | × | | 車両ID |
| maker | VARCHAR(50) | × | | メーカー名 |
| status | SMALLINT | × | 0 | 状態 |
| owner_ref | BIGINT | × | | 所有者 |

### インデックス

| カラム | 理由 |
|---------|------|
| owner_ref | 検索を高速化 |

## car_issues

| カラム名 | 型 | NULL | デフォルト | 説明 |
|----------|----|------|------------|------|
| id | BIGSERIAL | × | | 不具合ID |
| car_id | BIGINT | × | | 対象車両ID |
| status | SMALLINT | × | 0 | 対応状況 |

### インデックス

| カラム | 理由 |
|---------|------|
| status | 未対応の検索を高速化 |

## 索引名

| Índice | Motivo |
|---|---|
| `ix_cars_maker` | Busca por fabricante |
"""


def test_an_index_list_belongs_to_the_table_it_sits_under(root: Path) -> None:
    """Each table's own インデックス list: car_issues' index on status is not cars'; `ix_cars_maker` names maker."""
    _draft, fields = read(root, {"docs/テーブル定義.md": SECTIONS}, "car")
    assert fields["owner_ref"].get("index") is True
    assert not fields["status"].get("index")
    assert fields["maker"].get("index") is True


def test_an_index_named_for_a_reference_is_on_its_id_column(root: Path) -> None:
    schema = """# Modelo

### chamado

| Campo | Tipo | Descrição |
|---|---|---|
| titulo | VARCHAR(120) | Título |
| solicitante_id | INT | Quem abriu |
| tecnico_id | INT | Quem atende |

### Índices

| Índice | Motivo |
|---|---|
| `ix_chamado_solicitante` | Solicitante vê os próprios chamados |
"""
    _draft, fields = read(root, {"docs/modelo-de-dados.md": schema}, "chamado")
    assert fields["solicitante_id"].get("index") is True and not fields["tecnico_id"].get("index")


def test_index_on_a_column_with_a_reason_in_parentheses(root: Path) -> None:
    """`INDEX on \\`created_by\\` (for audit queries)` is an index on created_by, not on another table's column."""
    schema = """## Device

| Field | Type | Constraints |
|---|---|---|
| `name` | VARCHAR(100) | NOT NULL |
| `created_by` | UUID | NOT NULL |

**Indexes**:
- INDEX on `created_by` (for audit queries)
"""
    _draft, fields = read(root, {"docs/database.md": schema}, "device")
    assert fields["created_by"].get("index") is True


# Values, defaults and kinds said in words -------------------------------------------------------------------------------

def test_a_status_example_cell_listing_every_value_is_an_enum(root: Path) -> None:
    schema = """### job_postings

| 컬럼 | 타입 | 설명 | 예시 |
|------|------|------|------|
| title | TEXT | 공고 제목 | 2026년 채용공고 |
| status | TEXT | 상태 | active / closed / upcoming |
| raw_extracted_data | TEXT | LLM이 추출한 원본 JSON 문자열 | |
"""
    _draft, fields = read(root, {"docs/DB설계.md": schema}, "job_posting")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["active", "closed", "upcoming"]
    assert fields["title"]["type"] == "text"  # (an example of one value is not a list)
    assert fields["raw_extracted_data"]["type"] == "json"


def test_an_enum_table_under_an_enumerador_heading_and_a_starting_value(root: Path) -> None:
    """`### Enumerador: \\`InvoiceStatus\\`` over a Valor table declares the type a property names; "Inicia en 0" is a
    default; a heading "Propiedades y Tipos (C#)" names nothing, its parent "Entidad: `Invoice`" does."""
    model = """# Modelo de Datos: Entidad Invoice

## Entidad: `Invoice`

### Propiedades y Tipos (C#)

| Propiedad | Tipo C# | Descripción |
|-----------|---------|-------------|
| `ClientId` | `string` | Cliente. No puede ser nulo o vacío. |
| `Status` | `InvoiceStatus` | Estado actual. |
| `RemindersCount` | `int` | Recordatorios enviados. Inicia en 0. |
| `Note` | `string` | Comentario; starts at noon is not a default. |

### Enumerador: `InvoiceStatus`

| Valor | Descripción |
|-------|-------------|
| `Draft` | Borrador. (0) |
| `Paid` | Pagada. (1) |
"""
    draft, fields = read(root, {"specs/005-invoice-entity/data-model.md": model}, "005-invoice-entity")
    assert draft.spec["name"] == "invoice"
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["Draft", "Paid"]
    assert fields["reminders_count"]["default"] == 0 and fields["reminders_count"]["required"] is False
    assert "default" not in fields["note"]


def test_not_null_with_a_bare_default_is_not_required(root: Path) -> None:
    schema = """### `videos`

| 列 | 型 | 制約 | 説明 |
| --- | --- | --- | --- |
| `path` | text | not null, unique | パス |
| `added_at` | integer | not null, default | 登録時刻 |
"""
    _draft, fields = read(root, {"docs/database.md": schema}, "video")
    assert fields["path"]["required"] is True and fields["added_at"]["required"] is False
    assert "default" not in fields["added_at"]


def test_a_founding_date_beside_the_creation_timestamp_is_a_field(root: Path) -> None:
    """`date_creation DATE NOT NULL` next to `cree_le TIMESTAMPTZ DEFAULT now()`: the day the group was founded."""
    schema = """### `groupe`

| Colonne | Type | Contraintes |
|---|---|---|
| `nom` | `TEXT` | `NOT NULL` |
| `date_creation` | `DATE` | `NOT NULL` |
| `cree_le` | `TIMESTAMPTZ` | `NOT NULL DEFAULT now()` |
"""
    _draft, fields = read(root, {"docs/modele-de-donnees.md": schema}, "groupe")
    assert fields["date_creation"]["type"] == "date" and "cree_le" not in fields
    _draft, alone = read(root / "b", {"docs/modele-de-donnees.md": schema.replace("| `cree_le` | `TIMESTAMPTZ` | `NOT NULL DEFAULT now()` |\n", "")},
                         "groupe")
    assert "date_creation" not in alone  # alone, it is the created_at the backend keeps


# Sections that define no entity ----------------------------------------------------------------------------------------

def test_values_kept_in_process_and_the_migration_tools_table_are_not_the_entity(root: Path) -> None:
    """`001-initial-setup` names nothing; "プロセス内の値（永続化しない）" holds values never stored, and
    goose_db_version is the migration tool's: the stored `videos` table is read."""
    model = """# Data Model: 初期セットアップ

## 1. プロセス内の値（永続化しない）

### 稼働情報 `Health`

| フィールド | 型 | 説明 |
| --- | --- | --- |
| `Status` | enum(`ok`, `degraded`) | 状態 |
| `Version` | string | リリース名 |
| `Commit` | string | リビジョン |

## 2. 永続化する構造（SQLite）

### `goose_db_version`（goose が管理）

| 列 | 型 | 説明 |
| --- | --- | --- |
| `id` | integer pk | 連番 |
| `version_id` | integer | 番号 |
| `is_applied` | boolean | 適用済みか |
| `tstamp` | timestamp | 時刻 |

### `videos`

| 列 | 型 | 制約 | 説明 |
| --- | --- | --- | --- |
| `path` | text | not null | パス |
| `title` | text | not null | 表示名 |
"""
    draft, fields = read(root, {"specs/001-initial-setup/data-model.md": model}, "001-initial-setup")
    assert draft.spec["name"] == "video" and list(fields) == ["path", "title"]


def test_a_persistence_mapping_names_the_stored_entities(root: Path) -> None:
    """Domain classes beside JPA entities: `@Table(name = "analysis_reports")` says what is stored, and a
    `### Verdict (enum)` heading over its values is no table."""
    model = """# Data Model: MVP Core

## Domain Entities (pure, no JPA annotations)

### MergeRequest

| Field | Type | Description |
|-------|------|-------------|
| externalId | String | Id at the provider |
| title | String | Title |
| author | String | Author |
| sourceBranch | String | Branch |
| targetBranch | String | Branch |

### Verdict (enum)

- `AUTOMATABLE` — score >= 0.7
- `MAYBE` — score >= 0.4
- `NOT_SUITABLE` — below

### AnalysisReport

| Field | Type | Description |
|-------|------|-------------|
| projectSlug | String | Analyzed repository |
| totalMrs | int | Count |
| automatableCount | int | Count |

## JPA Entities (adapter layer)

### AnalysisReportEntity

- `@Entity @Table(name = "analysis_reports")`
"""
    spec = "# Feature Specification: MVP Core\n\nEach verdict is shown; a Verdict is one of three.\n"
    draft, fields = read(root, {"specs/001-mvp-core/data-model.md": model, "specs/001-mvp-core/spec.md": spec},
                         "001-mvp-core")
    assert draft.spec["name"] == "analysis_report" and "project_slug" in fields


RENTAL = """# Modelo de datos

## Entidad Vehicle

### Atributos

| Campo       | Tipo          | Restricciones |
| ----------- | ------------- | ------------- |
| id          | UUID          | PK            |
| plate       | VARCHAR(20)   | UNIQUE        |
| status      | ENUM          | NOT NULL      |

### Estados

* AVAILABLE
* RENTED
* MAINTENANCE

## Entidad Reservation

### Atributos

| Campo      | Tipo      | Restricciones |
| ---------- | --------- | ------------- |
| id         | UUID      | PK            |
| vehicle_id | UUID      | FK            |
| start_date | DATE      | NOT NULL      |
| status     | ENUM      | NOT NULL      |

### Estados

* PENDING
* APPROVED
* CANCELLED
"""


def test_a_states_list_under_each_entity_gives_that_entitys_status_its_values(root: Path) -> None:
    """`### Estados` over `* AVAILABLE`: the values of the ENUM status of the entity whose section holds it (the
    list of upper-case names is not itself a table)."""
    draft, fields = read(root / "a", {"docs/modelo-datos.md": RENTAL}, "vehicle")
    assert draft.spec["name"] == "vehicle"
    assert fields["status"]["enum_values"] == ["AVAILABLE", "RENTED", "MAINTENANCE"]
    _draft, fields = read(root / "b", {"docs/modelo-datos.md": RENTAL}, "reservation")
    assert fields["status"]["enum_values"] == ["PENDING", "APPROVED", "CANCELLED"]
    draft, _ = read(root / "c", {"docs/modelo-datos.md": RENTAL}, "estados")
    assert draft.spec["name"] != "estado"


def test_rules_under_a_column_label_and_an_index_list_under_the_tables_heading(root: Path) -> None:
    """`content：` on a line of its own, then `- 2000文字以内`; `category：` then a CHECK listing the values, and a
    value's bullet that says it is the default; `# インデックス` over `## daily_reports` over the indexed columns."""
    schema = """# テーブル定義

## daily_reports

| カラム名 | 型 | NULL | 説明 |
| --- | --- | --- | --- |
| title | varchar(50) | NO | タイトル |
| category | varchar(20) | NO | カテゴリ |
| visibility | varchar(80) | NO | 公開範囲 |
| content | text | NO | 本文 |
| report_date | date | NO | 日報日付 |

## 制約

content：

- 2000文字以内

category：

- CHECK制約想定（開発・会議・その他）

visibility：

- CHECK制約想定（team / global）
- team：同一チーム所属者のみ閲覧可能
- global：全ユーザーが閲覧可能。これをデフォルト値とする。

# インデックス

## daily_reports

追加推奨：

- report_date
- (visibility, report_date)
"""
    _draft, fields = read(root, {"docs/db-design.md": schema}, "daily_report")
    assert fields["content"]["max_length"] == 2000
    assert fields["category"]["type"] == "enum" and fields["category"]["enum_values"] == ["開発", "会議", "その他"]
    assert fields["visibility"]["enum_values"] == ["team", "global"] and fields["visibility"]["default"] == "global"
    assert fields["visibility"]["required"] is False
    assert fields["report_date"].get("index") is True and not fields["visibility"].get("index")


def test_laravel_migration_types(root: Path) -> None:
    schema = """## products

| Column | Type | Nullable |
|---|---|---|
| category_id | foreignId | No |
| owner_uuid | foreignUuid | No |
| views | unsignedBigInteger | No |
| name | string | No |
"""
    _draft, fields = read(root, {"docs/db.md": schema}, "product")
    assert fields["category_id"]["type"] == "int" and fields["views"]["type"] == "int"
    assert fields["owner_uuid"]["type"] == "uuid"


def test_a_data_dictionary_with_an_entity_column(root: Path) -> None:
    """One table for every entity, `| Entité | Propriété | Type logique | Type physique | Contraintes |`: the rows of
    the entity asked for, typed by the physical type; 'défaut faux' is a default."""
    schema = """# Base de données

| Entité | Propriété | Type logique | Type physique | Contraintes | Description |
|---|---|---|---|---|---|
| Categorie | id_categorie | Entier | TINYINT UNSIGNED | Clé primaire | Identifiant |
| Categorie | nom | Texte 50 | VARCHAR(50) | Non nul, unique | Libellé |
| Artisan | id_artisan | Entier | SMALLINT UNSIGNED | Clé primaire | Identifiant |
| Artisan | nom | Texte 100 | VARCHAR(100) | Non nul | Nom |
| Artisan | site_web | Texte 255 | VARCHAR(255) | Nullable | Site |
| Artisan | artisan_du_mois | Booléen | BOOLEAN | Non nul, défaut faux | Mise en avant |
"""
    draft, fields = read(root, {"docs/base-de-donnees.md": schema}, "artisan")
    assert draft.spec["name"] == "artisan" and list(fields) == ["nom", "site_web", "artisan_du_mois"]
    assert fields["nom"]["max_length"] == 100 and fields["nom"]["required"] is True
    assert fields["artisan_du_mois"]["default"] is False and fields["artisan_du_mois"]["required"] is False


def test_a_size_column_a_labelled_list_of_states_and_a_duration(root: Path) -> None:
    """`| サイズ |` holds the length; '상태 (PENDING, CONFIRMED)' lists the values in its parentheses; a
    `writing_duration_ms` "calculated from timestamps" is a number of milliseconds, not a point in time."""
    schema = """## reservations

| 論理名 | 物理名 | データ型 | サイズ | NULL | 説明 |
| --- | --- | --- | --- | --- | --- |
| タイトル | title | VARCHAR | 120 | × | - |
| 状態 | status | ENUM | - | × | 상태 (PENDING, CONFIRMED, EXPIRED) |
| 時間 | writing_duration_ms | BIGINT | - | ○ | - |

- `writing_duration_ms`: Calculated as `MAX(timestamp) - MIN(timestamp)` from events
"""
    _draft, fields = read(root, {"docs/database.md": schema}, "reservation")
    assert fields["title"]["max_length"] == 120
    assert fields["status"]["enum_values"] == ["PENDING", "CONFIRMED", "EXPIRED"]
    assert fields["writing_duration_ms"]["type"] == "int"


def test_greek_plurals_singularise_to_is() -> None:
    from backend_builder.spec.extract.raw import singular
    assert [singular(w) for w in ("analyses", "hypotheses", "diagnoses", "crises", "bases", "cases", "responses")] == [
        "analysis", "hypothesis", "diagnosis", "crisis", "base", "case", "response"]


def test_a_typescript_union_of_interfaces_is_one_entity(root: Path) -> None:
    """`type Projeto = ProjetoSemMetodologia | ProjetoComMetodologia`: every member's fields, those only some
    members have (or type `null`) optional; `string // UUID` is a uuid; an Enum-called heading opens no Enums section
    for the interfaces after it."""
    model = """# Data Model: Projetos

### Projeto

```typescript
interface ProjetoBase {
  titulo: string // 3-200 chars
  cliente_id: string // UUID, FK to Cliente
  responsavel_id: string // UUID
}

interface ProjetoSemMetodologia extends ProjetoBase {
  metodologia: null
}

interface ProjetoComMetodologia extends ProjetoBase {
  metodologia: Metodologia
  metodologia_definida_em: string // ISO 8601 datetime
}

type Projeto = ProjetoSemMetodologia | ProjetoComMetodologia
```

### Metodologia (Methodology Enum)

```typescript
enum Metodologia { MASP = 'MASP', A3 = 'A3' }
```

### WorkflowEtapa

```typescript
interface WorkflowEtapa {
  responsavel_id: string | null
  ordem: number
}
```
"""
    draft, fields = read(root, {"specs/000-projeto-crud/data-model.md": model}, "000-projeto-crud")
    assert draft.spec["name"] == "projeto"
    assert fields["titulo"]["required"] is True and fields["metodologia"]["required"] is False
    assert fields["metodologia"]["enum_values"] == ["MASP", "A3"]
    assert fields["metodologia_definida_em"]["required"] is False
    assert fields["cliente_id"]["type"] == "uuid" and fields["responsavel_id"]["type"] == "uuid"


ROOMS = """# Model danych

### 3. Room (Sala konferencyjna)

| Pole | Typ | Opis | Wymagane |
|------|-----|------|----------|
| name | string(100) | Nazwa | Tak |
| status | string(20) | Status | Tak |

#### Wartości status:
- `available` - Dostępna
- `out_of_use` - Wyłączona

### 6. Booking (Rezerwacja)

**Tabela:** `bookings`

| Pole | Typ | Opis | Wymagane |
|------|-----|------|----------|
| title | string(255) | Tytuł | Tak |
| isPrivate | boolean | Czy prywatna | Tak |
| status | string(20) | Status | Tak |

#### Wartości status:
- `active` - Aktywna
- `cancelled` - Anulowana
- `completed` - Zakończona

#### Domyślne wartości:
- `isPrivate`: false
- `status`: 'active'
- `createdAt`: new DateTimeImmutable()
"""


def test_a_translated_heading_values_under_a_heading_and_a_defaults_list(root: Path) -> None:
    """`### 6. Booking (Rezerwacja)` is the Booking; `#### Wartości status:` over code-quoted values gives this
    entity's status its values (a values list is no table); `#### Domyślne wartości:` gives literal defaults."""
    draft, fields = read(root, {"docs/04-entities.md": ROOMS}, "booking")
    assert draft.spec["name"] == "booking" and "title" in fields
    assert fields["status"]["enum_values"] == ["active", "cancelled", "completed"]
    assert fields["status"]["default"] == "active" and fields["is_private"]["default"] is False
    assert fields["is_private"]["required"] is False


def test_prisma_fields_written_as_bullets(root: Path) -> None:
    schema = """# App

## Table Specs

### Course

- id String PK uuid
- code String?
- name String
- sks Int?
- tags String[]
"""
    _draft, fields = read(root, {"docs/db-design.md": schema}, "course")
    assert list(fields) == ["code", "name", "sks", "tags"]
    assert fields["code"]["required"] is False and fields["name"]["required"] is True
    assert fields["sks"]["type"] == "int" and fields["tags"]["type"] == "list[str]"


def test_a_profile_row_that_extends_the_user_is_not_the_feature(root: Path) -> None:
    model = """# Data Model: Foundation

### 1. Profile

| Column | Type | Notes |
|---|---|---|
| id | uuid | PK, references auth.users |
| full_name | text | |
| avatar_url | text | |

### 2. Generation

| Column | Type | Notes |
|---|---|---|
| prompt | text | NOT NULL |
| width | integer | NOT NULL |
"""
    spec = "# Feature Specification: Foundation\n\nA user edits the profile. The profile shows the name. Profile first.\n"
    draft, _ = read(root, {"specs/001-foundation/data-model.md": model, "specs/001-foundation/spec.md": spec},
                    "001-foundation")
    assert draft.spec["name"] == "generation"
    draft, _ = read(root / "b", {"specs/002-profile/data-model.md": model}, "002-profile")
    assert draft.spec["name"] == "profile"  # (named by the feature, it is read)


def test_quoted_values_keep_their_slash(root: Path) -> None:
    """`check (content_type in ('image/png','application/pdf'))`: media types, not 'image', 'png', ..."""
    schema = """## attachments

| Column | Type | Constraints |
|---|---|---|
| `content_type` | `text` | `not null`, `check (content_type in ('image/png','image/jpeg','application/pdf'))` |
| `size_bytes` | `integer` | `not null` |
"""
    _draft, fields = read(root, {"docs/database.md": schema}, "attachment")
    assert fields["content_type"]["enum_values"] == ["image/png", "image/jpeg", "application/pdf"]
    from backend_builder.spec.extract.constraints import enum_values
    assert enum_values("status IN ('draft', 'sent')") == ["draft", "sent"]


# Abridged SQL and a reader that fails ----------------------------------------------------------------------------

ABRIDGED = """# Data Model

## inventory_items

| Field | Type | Constraints |
|---|---|---|
| id | UUID | PK |
| name | TEXT | NOT NULL |

```sql
-- Create indexes
CREATE INDEX idx_inventory_household_created ...;
CREATE INDEX idx_inventory_name ON inventory_items(name);
```
"""


def test_an_abridged_create_index_is_skipped_not_a_crash(root: Path) -> None:
    """`CREATE INDEX idx ...;` names no columns: it is passed over, and the index after it is still read."""
    _, fields = read(root, {"specs/001-inventory/data-model.md": ABRIDGED}, "inventory_item")
    assert list(fields) == ["name"]
    assert fields["name"].get("index") is True


def test_a_reader_that_fails_on_a_file_loses_only_its_own_findings(root: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A blind spot in one reader (here the SQL one, made to fail) becomes a diagnostic naming the file; the table
    reader's findings are kept, so the user gets a draft and knows what to check."""
    from backend_builder.spec.extract import sql

    def fail(doc):  # type: ignore[no-untyped-def]
        raise TypeError("object of type 'NoneType' has no len()")

    monkeypatch.setattr(sql, "extract", fail)
    draft, fields = read(root, {"specs/001-inventory/data-model.md": ABRIDGED}, "inventory_item")
    assert list(fields) == ["name"]
    assert any("specs/001-inventory/data-model.md: the sql reader failed on this file" in d for d in draft.diagnostics)


def test_a_rule_that_fails_on_a_spec_loses_only_what_it_would_have_said(root: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A blind spot in one of the rules stated apart from the columns (here the index rule, made to fail) becomes a
    diagnostic; the draft keeps its fields and what the other rules say."""
    from backend_builder.spec.extract import draft as drafting

    def fail(*args):  # type: ignore[no-untyped-def]
        raise NameError("name 'without_accents' is not defined")

    monkeypatch.setattr(drafting, "apply_indexes", fail)
    draft, fields = read(root, {"specs/001-inventory/data-model.md": ABRIDGED}, "inventory_item")
    assert list(fields) == ["name"] and not fields["name"].get("index")
    assert any(d.startswith("the rule fail failed on this spec (NameError") for d in draft.diagnostics), draft.diagnostics


def test_a_file_that_cannot_be_split_into_parts_is_named_and_the_others_still_read(root: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A form no rule foresaw that breaks the markdown walk itself (made to fail here) must not end read_spec with an
    internal error: the other files are read, and the diagnostics name the file that was not, with a line."""
    from backend_builder.spec.extract import document

    real = document._parsed

    def fail_on_the_spec(path, text):  # type: ignore[no-untyped-def]
        if path.endswith("spec.md"):
            raise IndexError("list index out of range")
        return real(path, text)

    monkeypatch.setattr(document, "_parsed", fail_on_the_spec)
    draft, fields = read(root, {"specs/001-inventory/data-model.md": ABRIDGED,
                                "specs/001-inventory/spec.md": "# Inventory\n\n## Requirements\n\n- Users add items.\n"},
                         "001-inventory")
    assert list(fields) == ["name"], draft.diagnostics
    assert any(d.startswith("specs/001-inventory/spec.md:1: could not split this file") and "IndexError" in d
               for d in draft.diagnostics), draft.diagnostics


# Names without types, values under a label line, and enums named in a notes cell ----------------------------------

MEETING_ROOMS = """# 数据库设计

## 预约

### appointment

核心字段：

- `user_id`
- `room_id`
- `subject`
- `start_time`
- `end_time`
- `status`

状态枚举：

- `PENDING`
- `APPROVED`
- `REJECTED`
- `CANCELLED`

冲突检测逻辑：

```sql
room_id = ?
AND status IN ('PENDING', 'APPROVED')
AND start_time < ?
```

### people

- `full_name`
- `born_on`
- `birth_place`
"""

MEETING_API = """# API

## 创建预约

```http
POST /api/appointments
```

```json
{
  "roomId": 1001,
  "userId": 7,
  "subject": "项目周会",
  "startTime": "2026-06-29T09:00:00",
  "endTime": "2026-06-29T10:00:00"
}
```
"""


def test_names_without_types_take_their_examples_types_and_a_label_line_lists_the_status(root: Path) -> None:
    """A list of bare column names: the JSON example in the API gives `startTime` a datetime, `roomId` and the owner an
    int. `状态枚举：` (a line that ends with a full-width colon, like a heading) ends the column list and lists the
    status's values; the query after it (`AND status IN (...)`) is a condition, not the column's values."""
    draft, fields = read(root, {"docs/database-design.md": MEETING_ROOMS, "docs/api.md": MEETING_API}, "appointment")
    assert list(fields) == ["room_id", "subject", "start_time", "end_time", "status"]
    assert fields["start_time"]["type"] == "datetime" and fields["end_time"]["type"] == "datetime"
    assert fields["room_id"]["type"] == "int" and fields["subject"]["type"] == "str"
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["PENDING", "APPROVED", "REJECTED", "CANCELLED"]
    assert draft.user_id_type == "int"


def test_a_table_named_people_is_the_person(root: Path) -> None:
    """`people` is the plural of person, as the generator spells it: asked for a person, the reader finds it."""
    draft, fields = read(root, {"docs/database-design.md": MEETING_ROOMS}, "person")
    assert draft.spec["name"] == "person" and "full_name" in fields


SERVICES = """# 数据库设计

### service_items

| 字段 | 类型 | 约束 | 说明 |
|------|------|------|------|
| id | BIGINT | PK | 主键 |
| name | VARCHAR(100) | NOT NULL | 服务名称 |
| category | ENUM | NOT NULL, DEFAULT 'GENERAL' | 分类：GENERAL, MEDICAL, BEAUTY, OTHER |
| kind | enum | | See ServiceKind |
| config_json | TEXT | NOT NULL | Full service JSON blob |

### ServiceKind

| Value | Code | Description |
|-------|------|-------------|
| Walkin | 0 | No booking needed |
| Booked | 1 | Needs a booking |
"""


def test_enum_values_after_a_label_in_a_notes_cell_or_in_an_enum_the_notes_name(root: Path) -> None:
    """`ENUM` with `分类：GENERAL, MEDICAL, ...` in its notes: the values after the label. `enum` with "See
    ServiceKind": the values of the enum declared by that name. A TEXT column holding a JSON blob is json."""
    _, fields = read(root, {"docs/database-design.md": SERVICES}, "service_item")
    assert fields["category"]["type"] == "enum" and fields["category"]["default"] == "GENERAL"
    assert fields["category"]["enum_values"] == ["GENERAL", "MEDICAL", "BEAUTY", "OTHER"]
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["Walkin", "Booked"]
    assert fields["config_json"]["type"] == "json"


def test_a_querys_in_condition_is_not_the_columns_values(root: Path) -> None:
    """Without the values list, `AND status IN ('PENDING', 'APPROVED')` in a query still says only which rows a check
    looks at: the status stays a string rather than an enum of two of its values."""
    text = MEETING_ROOMS.replace("状态枚举：\n\n- `PENDING`\n- `APPROVED`\n- `REJECTED`\n- `CANCELLED`\n", "")
    _, fields = read(root, {"docs/database-design.md": text}, "appointment")
    assert fields["status"]["type"] == "str" and not fields["status"].get("enum_values")


# A tree of fields, MySQL's flags, prefixed table names ----------------------------------------------------------------

TREE = """# Modèle de données

### 1.1 Logement (Property)

L'entité centrale du système.

```
Logement
├── id                          : UUID (identifiant unique)
├── nom                         : String (nom du logement)
├── type                        : Enum (chambre, studio, appartement_meublé)
├── description_complète        : Text (description détaillée)
├── capacité_maximale           : Integer (nombre maximum de voyageurs)
├── latitude                    : Decimal (coordonnée GPS)
├── saison                      : String (optionnel, ex: "haute_saison")
```

**Relations** :
- Un logement a **plusieurs tarifs** (Tarif) ;

```
Tarif
├── id                          : UUID
├── logement_id                 : UUID (référence vers le logement)
├── prix                        : Decimal (prix unitaire)
```
"""


def test_an_entity_drawn_as_a_tree_of_fields(root: Path) -> None:
    """`├── nom : String (comment)` lines under the entity's name in a code block: one field each, an `Enum (a, b)` with
    its values. A name with accents is drafted without them, and the answer says the JSON key changes too."""
    draft, fields = read(root, {"docs/modele-de-donnees.md": TREE}, "logement")
    assert draft.spec["name"] == "logement"
    assert list(fields) == ["nom", "type", "description_complete", "capacite_maximale", "latitude", "saison"]
    assert fields["type"]["type"] == "enum" and fields["type"]["enum_values"] == ["chambre", "studio", "appartement_meublé"]
    assert fields["description_complete"]["type"] == "text" and fields["capacite_maximale"]["type"] == "int"
    assert fields["latitude"]["type"] == "decimal"
    assert any("description_complète is written with accents" in d for d in draft.diagnostics)


MYSQL_FLAGS = """# 数据库设计

### t_food

| 字段 | 类型 | 说明 |
|------|------|------|
| id | BIGINT | 主键 |
| name | VARCHAR(64) | 名称 |

### t_diet_record

| 字段 | 类型 | 说明 |
|------|------|------|
| id | BIGINT | 主键 |
| food_id | BIGINT | 食物 |
| calories | INT | 热量 |
| tags | JSON | 标签数组 |
| deleted | TINYINT | 逻辑删除 |
| level | TINYINT | 等级 |
"""


def test_mysql_flags_tag_arrays_and_a_prefix_every_table_shares(root: Path) -> None:
    """`deleted TINYINT 逻辑删除` is a flag, `tags JSON 标签数组` a list of tags, and a TINYINT that says neither stays
    an int. `t_` starts every table's name: the entity is diet_record, and its table keeps the spec's name."""
    draft, fields = read(root, {"docs/database-design.md": MYSQL_FLAGS}, "diet_record")
    assert draft.spec["name"] == "diet_record" and draft.spec["plural"] == "t_diet_record"
    assert fields["deleted"]["type"] == "bool" and fields["level"]["type"] == "int"
    assert fields["tags"]["type"] == "list[str]" and fields["calories"]["type"] == "int"


TRACKS = """# Data Model

### Track (`tracks`)

| Field | Type | Notes |
|-------|------|-------|
| id | UUID | PK |
| title | string | |
| pricingType | enum | SET_PRICE, FREE (MVP); others later |
| price | decimal | required when SET_PRICE |
| coverArtUrl | string | optional |
"""


def test_a_condition_is_not_required_and_an_enums_values_come_before_its_remark(root: Path) -> None:
    """`required when SET_PRICE` is a condition a client creating a free track does not meet: not required. Where some
    columns say optional, the silent ones (title, pricingType) are required. `SET_PRICE, FREE (MVP); others later`
    lists the values before its remarks."""
    _, fields = read(root, {"specs/001-tracks/data-model.md": TRACKS}, "track")
    assert fields["price"]["required"] is False and fields["cover_art_url"]["required"] is False
    assert fields["title"]["required"] is True and fields["pricing_type"]["required"] is True
    assert fields["pricing_type"]["type"] == "enum" and fields["pricing_type"]["enum_values"] == ["SET_PRICE", "FREE"]


# Round thirty-two's forms ---------------------------------------------------------------------------------------------

SQLMODEL_PAGES = '''# Modely

### PojisteniBase
```py
class PojisteniBase(SQLModel):
    """Spolecne atributy"""
    nazev: Optional[str] = Field(default=None)
    cena: Optional[int] = Field(default=None)
    pojistenec_id: Optional[int] = Field(default=None, foreign_key="pojistenec.id")
```

### Pojisteni (table=True)
```py
class Pojisteni(PojisteniBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
```
'''


def test_a_sqlmodel_table_inherits_a_base_class_from_an_earlier_code_block(root: Path) -> None:
    """`class Pojisteni(PojisteniBase, table=True)` in its own block: the columns are the base class's, defined in the
    block above."""
    _, fields = read(root, {"docs/models.md": SQLMODEL_PAGES}, "pojisteni")
    assert list(fields) == ["nazev", "cena", "pojistenec_id"]
    assert fields["cena"]["type"] == "int" and fields["nazev"]["required"] is False


MERMAID_WIDTHS = """# ERD

```mermaid
erDiagram
    orders {
        bigint id PK
        bigint menu_id FK
        varchar_100 menu_name_snapshot
        decimal_10_2 paid_amount
    }
```
"""


def test_mermaid_types_that_spell_their_width_with_underscores(root: Path) -> None:
    """Mermaid allows no parentheses in a type, so `varchar_100` means VARCHAR(100) and `decimal_10_2` DECIMAL(10,2)."""
    _, fields = read(root, {"docs/erd.md": MERMAID_WIDTHS}, "order")
    assert fields["menu_name_snapshot"]["type"] == "str" and fields["menu_name_snapshot"]["max_length"] == 100
    assert fields["paid_amount"]["type"] == "decimal"


TABLAS = """# Tablas

## Contactos (people)

- **name**: Nombre de la persona
- **surname**: Apellido de la persona
- **position**: Cargo en la empresa (opcional)

## Proyectos (projects)

Almacena los proyectos realizados a clientes

- **name**: Nombre del proyecto
- **about**: Descripción del proyecto (opcional)
- **status**: Etapa del proyecto (Planificación, En curso, Finalizado)
- **customer_id**: Empresa cliente relacionada al proyecto

### Categorías iniciales (MVP)

- **software**: programas
- **hardware**: equipos
- **services**: servicios
"""


def test_names_listed_under_a_translated_heading_and_the_ones_not_said_optional(root: Path) -> None:
    """`## Proyectos (projects)` over a list of names names the projects (a note in parentheses such as `(MVP)` names
    nothing). Where some names say `(opcional)`, the others are the required ones; `(Planificación, En curso,
    Finalizado)` closing the status's description lists its values, a value being up to three words."""
    draft, fields = read(root, {"docs/db.md": TABLAS}, "project")
    assert draft.spec["name"] == "project"  # (the heading's other name, the one asked for)
    assert draft.spec.get("plural", "projects") == "projects"
    assert list(fields) == ["name", "about", "status", "customer_id"]
    assert fields["name"]["required"] is True and fields["customer_id"]["required"] is True
    assert fields["about"]["required"] is False
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["Planificación", "En curso", "Finalizado"]
    mvp, _ = read(root, {"docs/db.md": TABLAS}, "mvp")  # (the categories' `(MVP)` does not name them)
    assert mvp.spec["name"] == "proyecto"


# Round thirty-three's forms -------------------------------------------------------------------------------------------

CATALOGUE = """# DB 設計

## テーブル一覧

| No. | テーブル名      | 種別             | 備考     |
| --- | --------------- | ---------------- | -------- |
| 1   | investment_info | マスタ           | 銘柄情報 |
| 2   | price           | トランザクション | 価格履歴 |

## 投資銘柄情報テーブル

| No. | カラム名        | 型           | 制約                    | 備考          |
| --- | --------------- | ------------ | ----------------------- | ------------- |
| 1   | investment_code | UUID         | PRIMARY KEY<br>NOT NULL | 投資銘柄 ID   |
| 2   | ticker_symbol   | varchar(255) | NOT NULL                | ティッカー    |
| 3   | inception_date  | date         | NOT NULL                | 運用開始日    |

## 価格履歴テーブル

| No. | カラム名        | 型            | 制約        | 備考     |
| --- | --------------- | ------------- | ----------- | -------- |
| 1   | investment_code | UUID          | FOREIGN KEY | 銘柄 ID  |
| 2   | value           | numeric(8, 2) |             | 価格     |
| 3   | slot            | smallint      | DEFAULT '5'::smallint | 枠 |
"""


def test_a_list_of_tables_names_the_sections_that_describe_them(root: Path) -> None:
    """`## 投資銘柄情報テーブル` has no name of its own; the list of tables says `investment_info` is 銘柄情報, so the
    table under it is investment_info (and the price history is price). A default cast to a number is the number."""
    _, fields = read(root, {"docs/db-design.md": CATALOGUE}, "investment_info")
    assert list(fields) == ["ticker_symbol", "inception_date"]
    _, prices = read(root, {"docs/db-design.md": CATALOGUE}, "price")
    assert list(prices) == ["investment_code", "value", "slot"] and prices["slot"]["default"] == 5


PETS = """# PetHUB — Entidades

## 4. Pet (Módulo `pet`)

### Criação — `POST /api/v1/pets`

| Campo | Tipo | Obrigatório | Descrição |
|---|---|---|---|
| name | string | sim | Nome do pet |
| species | string | sim | Espécie |
| birthDate | date | não | Data de nascimento |
"""


def test_a_word_with_accents_is_not_cut_into_a_name(root: Path) -> None:
    """`Criação` is one Portuguese word, not the entity `Cria` and a tail: the heading above names the Pet."""
    draft, fields = read(root, {"docs/entities.md": PETS}, "pet")
    assert draft.spec["name"] == "pet" and list(fields) == ["name", "species", "birth_date"]


MARKET = """# 数据库设计

#### `product_spu`

- 核心字段：
  - `seller_id`
  - `title`
  - `trade_rule_json`
  - `product_status`：`draft / pending_review / active / sold`

## Indexes

| Index | Columns | Purpose |
|-------|---------|---------|
| idx_product_spu_title | title DESC | Sorting by title |
| idx_product_spu_seller | seller_id | Unique lookup by seller |
"""


def test_values_after_a_full_width_colon_a_json_name_and_an_index_table_with_order_and_unique(root: Path) -> None:
    """`product_status`：`draft / ...` lists the values after a full-width colon; a name ending in `_json` holds
    JSON; an index table's `title DESC` indexes title, and a row about a unique index is an index too."""
    _, fields = read(root, {"docs/database-design.md": MARKET}, "product_spu")
    assert fields["product_status"]["type"] == "enum"
    assert fields["product_status"]["enum_values"] == ["draft", "pending_review", "active", "sold"]
    assert fields["trade_rule_json"]["type"] == "json"
    assert fields["title"].get("index") is True and fields["seller_id"].get("index") is True


# The spec's own keys, where they are not the names under one casing ------------------------------------------------

ORACLE_KEYS = """# 数据库设计

## PRODUCTS 商品主表

| 字段 | 类型 | 说明 |
| --- | --- | --- |
| PRODUCT_ID | NUMBER | 主键 |
| PRODUCT_NAME | VARCHAR2(100) | 商品名称 |
| inf_CommodityPrice | NUMBER(10,2) | 价格 |
| homepageURL | VARCHAR2(200) | 主页 |
| descrição | VARCHAR2(200) | 描述 |
| stock | NUMBER | 库存 |
"""

MIXED_KEYS = """# Data Model

## Listing

| Field | Type | Notes |
| --- | --- | --- |
| id | uuid | PK |
| listingTitle | string | required |
| askingPrice | decimal | required |
| createTime | datetime | set by the seller |
| seller_note | string | optional |
"""


def test_keys_written_unlike_the_casing_stay_the_json_keys(root: Path) -> None:
    """`PRODUCT_NAME`, `inf_CommodityPrice` and `homepageURL` are keys the client sends as written: each field keeps
    its key as json_key while its Python name is snake_case; a plain snake_case key needs none, and a name with accents
    is read (it used to be dropped) as its name without them, which is its key too."""
    draft, fields = read(root, {"docs/database.md": ORACLE_KEYS}, "products")
    assert fields["product_name"]["json_key"] == "PRODUCT_NAME"
    assert fields["inf_commodity_price"]["json_key"] == "inf_CommodityPrice"
    assert fields["homepage_url"]["json_key"] == "homepageURL"
    assert "json_key" not in fields["stock"] and "json_key" not in fields["descricao"]
    assert any(d.startswith("json keys: 3 field(s)") for d in draft.diagnostics)
    assert any(d.startswith("descrição (docs/database.md:11) is no plain JSON key") for d in draft.diagnostics)


def test_a_snake_case_key_among_camel_case_ones_keeps_its_key(root: Path) -> None:
    """Under api.casing camel, `seller_note` would answer `sellerNote`: it keeps the key the spec writes."""
    draft, fields = read(root, {"specs/database/schema.md": MIXED_KEYS}, "listing")
    assert draft.spec["api"]["casing"] == "camel"
    assert "json_key" not in fields["listing_title"] and "json_key" not in fields["asking_price"]
    assert fields["seller_note"]["json_key"] == "seller_note"


# Round 34's forms ---------------------------------------------------------------------------------------------------

DOCTRINE = """# Modèle de données

## 2. Énumérations

| PHP | Valeurs | Utilisé par |
|---|---|---|
| `ProjectStatus` | `BROUILLON`, `ACTIF`, `TERMINE` | `Project.status` |
| `ProjectVisibility` | `PUBLIC_INTERNE`, `RESTRICTED` | `Project.visibility` |

## 3. Entités

> Légende des colonnes : **N** = nullable.

### 3.1 Project — `projects`

| Champ | Type PHP | Type SQL | N | Notes |
|---|---|---|---|---|
| `id` | `Uuid` | `uuid` | ✗ | PK |
| `title` | `string` | `varchar(255)` | ✗ | |
| `summary` | `?string` | `varchar(255)` | ✓ | |
| `status` | `ProjectStatus` | `varchar(32)` | ✗ | enum |
| `visibility` | `ProjectVisibility` | `varchar(32)` | ✗ | enum |
| `owner` | `User` | FK `uuid` | ✗ | M2O `User` |
| `startDate` | `?\\DateTimeImmutable` | `date_immutable` | ✓ | |
| `archivedAt` | `?\\DateTimeImmutable` | `datetime_immutable` | ✓ | |
"""


def test_doctrine_types_a_legend_for_nullable_and_a_table_of_php_enums(root: Path) -> None:
    """`date_immutable` is a date and `FK uuid` a uuid; a legend says the ✓ of column N means nullable; the PHP type
    `ProjectStatus` of a varchar column is the enum a table of enums lists."""
    _, fields = read(root, {"docs/modele-de-donnees.md": DOCTRINE}, "projects")
    assert fields["start_date"]["type"] == "date" and fields["archived_at"]["type"] == "datetime"
    assert fields["owner"]["type"] == "uuid"
    assert fields["summary"]["required"] is False and fields["start_date"]["required"] is False
    assert fields["title"]["required"] is True and fields["owner"]["required"] is True
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["BROUILLON", "ACTIF", "TERMINE"]
    assert fields["visibility"]["enum_values"] == ["PUBLIC_INTERNE", "RESTRICTED"]


RECITATION = """# 数据模型

### 3. RecordingSession (新增)

| 字段 | 类型 | 说明 |
|------|------|------|
| id | String | 唯一标识 (UUID) |
| wordId | String | 关联的单词 ID |
| status | RecordingStatus | 录音状态 |
| assessment | AssessmentType? | 评估结果（会/不会/跳过）|

### 4. RecordingStatus (枚举)

| 值 | 说明 |
|-----|------|
| idle | 空闲状态 |
| recording | 录音中 |
| stopped | 录音已停止 |

### 5. AssessmentType (枚举)

| 值 | 说明 |
|-----|------|
| correct | 用户点击"会" |
| incorrect | 用户点击"不会" |
| skipped | 用户点击"跳过" |

## 数据库表

```sql
CREATE TABLE recording_sessions (
  id TEXT PRIMARY KEY,
  word_id TEXT NOT NULL,
  status TEXT NOT NULL,
  assessment TEXT
);
```
"""


def test_an_enum_type_named_in_one_definition_holds_for_the_ddl_that_stores_it_as_text(root: Path) -> None:
    """`### 4. RecordingStatus (枚举)` (numbered) declares its values in a table; the DDL stores `status` as TEXT
    and the entity's table types it RecordingStatus: an enum. The declared values of AssessmentType win over the
    labels in its description (会/不会/跳过)."""
    _, fields = read(root, {"docs/data-model.md": RECITATION}, "recording_sessions")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["idle", "recording", "stopped"]
    assert fields["assessment"]["enum_values"] == ["correct", "incorrect", "skipped"]


BOTTLES = """# 数据库设计

### `drift_bottles` 漂流瓶

| 字段 | 类型 | 说明 |
| --- | --- | --- |
| `id` | text PK | 主键 |
| `text_content` | text, nullable | 文本内容或图片/语音说明 |
| `mood` | enum, nullable | `HAPPY`、`LONELY`、`CURIOUS` 等 |

```prisma
enum DriftBottleMood {
  HAPPY
  LONELY
  CURIOUS
  CALM
}
```
"""


def test_a_list_ending_in_etc_takes_the_enum_declared_with_all_its_values(root: Path) -> None:
    """"`HAPPY`、`LONELY`、`CURIOUS` 等" (and so on) is no closed list; the one enum declared elsewhere holding all three
    closes it. A note joined by 或 ("or") is a phrase, not two values."""
    _, fields = read(root, {"docs/数据库设计.md": BOTTLES}, "drift_bottles")
    assert fields["mood"]["type"] == "enum" and fields["mood"]["enum_values"] == ["HAPPY", "LONELY", "CURIOUS", "CALM"]
    assert fields["text_content"]["type"] == "text" and "enum_values" not in fields["text_content"]


CARDS = """# Model danych

```sql
cards (
  tag_id     TEXT PRIMARY KEY,   -- identyfikator opaski
                                 -- (stare, krótkie działają dalej)
  name       TEXT,               -- zdenormalizowane
  data       TEXT,               -- JSON: person, allergies, meds
  updated_by TEXT                -- 'pacjent' | 'lekarz'; nadaje serwer
)

reads (
  id     TEXT PRIMARY KEY,
  tag_id TEXT REFERENCES cards(tag_id) ON DELETE CASCADE
)
```

## Markets

```sql
CREATE TABLE exchange_markets (
    market_code VARCHAR(20) PRIMARY KEY,
    market_name VARCHAR(100) NOT NULL
);
```
"""


def test_a_polish_data_model_bare_tables_with_comments_and_a_natural_key(root: Path) -> None:
    """`docs/model-danych.md` is the schema ("data model" in Polish). Bare `cards (` tables with no semicolons keep
    their columns' comments: `JSON: ...` makes a TEXT column json, quoted values an enum. A key the client gives
    (`tag_id TEXT`, `market_code VARCHAR(20)`) stays a unique, required field beside the generated id."""
    draft, fields = read(root, {"docs/model-danych.md": CARDS}, "cards")
    assert list(fields) == ["tag_id", "name", "data", "updated_by"]
    assert fields["tag_id"]["required"] is True and fields["data"]["type"] == "json"
    assert fields["updated_by"]["type"] == "enum" and fields["updated_by"]["enum_values"] == ["pacjent", "lekarz"]
    assert any("tag_id" in d and "client gives" in d for d in draft.diagnostics)
    _, markets = read(root, {"docs/model-danych.md": CARDS}, "exchange_markets")
    assert markets["market_code"]["unique"] is True and markets["market_code"]["required"] is True
    assert markets["market_code"]["max_length"] == 20


SHIFTS = """# データベース設計

### 2.3 shift_requests

| カラム | 型 | NULL | 既定 | 説明 |
| --- | --- | --- | --- | --- |
| id | bigint (PK, AUTO) | × |  | 主キー |
| note | text | ○ | NULL | 備考 |
| submitted_at | datetime | × | now() | 最新の提出日時 |
"""


def test_a_japanese_default_column_headed_kitei(root: Path) -> None:
    """既定 heads the default column as 既定値 does: `now()` there makes the NOT NULL column optional."""
    _, fields = read(root, {"docs/design/データベース設計.md": SHIFTS}, "shift_requests")
    assert fields["submitted_at"]["default"] == "now" and fields["submitted_at"]["required"] is False


BELEG = """# Datenmodell

```sql
create type beleg_status as enum (
  'entwurf',        -- änderbar
  'festgeschrieben',-- unveränderlich, Nummer vergeben
  'versendet', 'bezahlt'
);

create table beleg (
  id      uuid primary key default gen_random_uuid(),
  nummer  text not null,
  status  beleg_status not null default 'entwurf'
);
```
"""


def test_comments_between_an_sql_enums_values_are_no_values(root: Path) -> None:
    """`'festgeschrieben',-- unveränderlich`: the comment is no part of the next value."""
    _, fields = read(root, {"docs/datenmodell.md": BELEG}, "beleg")
    assert fields["status"]["enum_values"] == ["entwurf", "festgeschrieben", "versendet", "bezahlt"]


# Round 35's forms ---------------------------------------------------------------------------------------------------

BLOOD = """# Data Model: Blood Inventory

```typescript
export interface IStatusHistory { previousStatus: string; newStatus: string; changedAt: Date; }

export interface IBloodBag extends Document {
  bagCode: string;
  bloodCenterId?: Schema.Types.ObjectId;
  bloodType: string;
  volumeMl: number;
  status: BagStatus;
  statusHistory: IStatusHistory[];
  createdAt: Date;
}

const statusHistorySchema = new Schema<IStatusHistory>({
  previousStatus: { type: String, required: true },
  changedAt: { type: Date, default: Date.now },
}, { _id: false });

export const bloodBagSchema = new Schema<IBloodBag>({
  bagCode: { type: String, required: true, unique: true, index: true, maxlength: 20 },
  bloodCenterId: { type: Schema.Types.ObjectId, ref: 'BloodCenter' },
  bloodType: {
    type: String,
    enum: ['A+', 'A-', 'O+', 'O-'],
    required: true,
  },
  volumeMl: { type: Number, required: true, min: 1 },
  status: { type: String, enum: ['Available', 'Used'], default: 'Available' },
  tags: [String],
  testResults: { type: Object, default: () => ({}) },
  statusHistory: [statusHistorySchema],
  notes: String,
}, { timestamps: true });

bloodBagSchema.index({ volumeMl: 1 });
bloodBagSchema.index({ bloodType: 1, status: 1 });

export const BloodBag = model<IBloodBag>('BloodBag', bloodBagSchema);
```
"""


def test_a_mongoose_schema_says_what_its_interface_leaves_out(root: Path) -> None:
    """`new Schema({...})` registered as `model('BloodBag', ...)` is the entity (the `IBloodBag` interface is its
    document): required, unique, maxlength, min, enum and default from the options; `[String]` a list of strings,
    an embedded sub-schema or an object JSON; `Schema.Types.ObjectId` a reference, a string; a one-key `.index()`
    an index, a compound one none; a `{ _id: false }` sub-schema no collection of its own."""
    draft, fields = read(root, {"specs/012-blood-inventory/data-model.md": BLOOD,
                                "specs/012-blood-inventory/spec.md": "# Blood inventory\n"}, "012-blood-inventory")
    assert draft.spec["name"] == "blood_bag", draft.diagnostics
    assert fields["bag_code"]["required"] is True and fields["bag_code"]["unique"] is True
    assert fields["bag_code"]["max_length"] == 20
    assert fields["blood_center_id"]["type"] == "str" and fields["blood_center_id"]["required"] is False
    assert fields["blood_type"]["enum_values"] == ["A+", "A-", "O+", "O-"] and fields["blood_type"]["required"] is True
    assert fields["volume_ml"]["ge"] == 1 and fields["volume_ml"].get("index") is True
    assert fields["status"]["default"] == "Available" and fields["status"]["required"] is False
    assert fields["status"].get("index") is not True
    assert fields["tags"]["type"] == "list[str]"
    assert fields["test_results"]["type"] == "json" and fields["test_results"]["default"] == {}
    assert fields["status_history"]["type"] == "json"
    assert fields["notes"]["type"] == "str"


WORKOUT = """# Data Model: Workout MVP

### Workout

| Field          | Type                | Constraints                    |
|----------------|---------------------|--------------------------------|
| id             | UUID                | Primary key, auto-generated    |
| name           | String              | From template name or custom   |
| startedAt      | Date                | Required, set when started     |
| completedAt    | Date?               | Null while in progress         |
| templateId     | UUID?               | Reference to source template   |
"""


def test_swift_types_say_optional_with_a_question_mark_and_date_is_a_point_in_time(root: Path) -> None:
    """Where some types end in `?`, one without is not optional (`name String`); Swift's `Date` named like a moment
    (`startedAt`) is a datetime."""
    _, fields = read(root, {"specs/001-workout-mvp/data-model.md": WORKOUT,
                            "specs/001-workout-mvp/spec.md": "# Workouts\n"}, "001-workout-mvp")
    assert fields["name"]["required"] is True and fields["template_id"]["required"] is False
    assert fields["started_at"]["type"] == "datetime" and fields["completed_at"]["type"] == "datetime"


PANTRY = """# Data Model

## PantryItem

| Field | Type | Notes |
|---|---|---|
| id | string (UUID) | PK |
| householdId | string (UUID) | FK → Household |
| quantity | number | Finite, > 0; stored rounded to ≤3 decimal places |
| unitId | string | Must equal linked Ingredient `defaultUnitId` at create |
| cbu | varchar(25) | CBU/IBAN |
| moneda | varchar(3) | ARS/USD |
"""


def test_a_uuid_string_a_decimal_quantity_and_words_that_only_start_with_default(root: Path) -> None:
    """`string (UUID)` is a uuid; a `number` named like a count but kept to decimal places is a float; a note that
    mentions `defaultUnitId` gives no default; a note naming the column itself (`cbu`: CBU/IBAN) lists no values."""
    _, fields = read(root, {"docs/data-model.md": PANTRY}, "pantry_items")
    assert fields["household_id"]["type"] == "uuid"
    assert fields["quantity"]["type"] == "float"
    assert fields["unit_id"].get("default") is None
    assert fields["cbu"]["type"] == "str" and fields["moneda"]["enum_values"] == ["ARS", "USD"]


WORDS = """# DB 設計

### words
- id TEXT PRIMARY KEY
- fr TEXT NOT NULL
- pos TEXT (nullable) - `noun | verb | adj`
- example_fr TEXT (nullable)
- is_static INTEGER DEFAULT 1 - 元データかどうか

### activities
- id BIGINT PRIMARY KEY
- title VARCHAR(100) NOT NULL
- create_time DATETIME NOT NULL
- update_time DATETIME NOT NULL
"""


def test_sql_bullets_that_say_nullable_in_parentheses_and_chinese_timestamps(root: Path) -> None:
    """`- pos TEXT (nullable) - \\`noun | verb | adj\\``: a column, optional, whose note after the dash lists its values
    (it used to be dropped); `create_time` and `update_time` are the timestamps the backend keeps itself."""
    _, fields = read(root, {"docs/db-design.md": WORDS}, "words")
    assert list(fields) == ["fr", "pos", "example_fr", "is_static"]
    assert fields["pos"]["enum_values"] == ["noun", "verb", "adj"] and fields["pos"]["required"] is False
    assert fields["example_fr"]["required"] is False and fields["fr"]["required"] is True
    _, activities = read(root, {"docs/db-design.md": WORDS}, "activities")
    assert list(activities) == ["title"]


# Round 36's forms ---------------------------------------------------------------------------------------------------

GUIDE = """# Kategori Yönetim Sistemi - Kullanım Kılavuzu

## Veritabanı

```sql
CREATE TABLE categories (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  slug VARCHAR(120) NOT NULL UNIQUE,
  sort_order INT DEFAULT 0
);
```
"""

REPORT = """# BÁO CÁO PHÂN TÍCH MODEL

### 3️⃣ Reservation.java ✅ ĐÃ CẢI THIỆN

**Cấu trúc mới:**
```java
@Entity @Table(name = "reservations")
- reservationId (Long, PK) ← Đã đổi từ int sang Long
- checkInDate (LocalDate) ← Đã đổi từ check_in_date
- totalPrice (BigDecimal) ← MỚI THÊM
- status (String)
```
"""


def test_a_guide_at_the_root_that_defines_tables_and_field_bullets_in_a_java_fence(root: Path) -> None:
    """A root document named for nothing (`KATEGORI_YONETIMI.md`, "category management") that holds CREATE TABLE is
    the schema; so is a report whose fence lists an `@Entity`'s fields as bullets, each with a note after `←`."""
    _, fields = read(root, {"KATEGORI_YONETIMI.md": GUIDE, "README.md": "# Law site\n"}, "category")
    assert list(fields) == ["name", "slug", "sort_order"]
    other = root / "other"
    other.mkdir()
    draft, fields = read(other, {"MODEL_ANALYSIS_REPORT.md": REPORT}, "reservation")
    assert draft.spec["name"] == "reservation"
    assert list(fields) == ["check_in_date", "total_price", "status"]
    assert fields["check_in_date"]["type"] == "date" and fields["total_price"]["type"] == "decimal"


GATEWAY = """# Data Model

### Project

| Field | Type | Notes |
|-------|------|-------|
| id | uuid PK | |
| name | text | |

### Transaction

| Field | Type | Notes |
|-------|------|-------|
| id | uuid PK | |
| project_id | FK → Project | scoping key |
| forced_scenario | enum → ScenarioOutcome null | per-transaction force |
| amount | bigint | |

**ScenarioOutcome** (shared enum): `approve` | `decline` | `timeout`.
"""


def test_an_enum_named_in_bold_with_its_values_and_a_bare_fk_to_a_uuid_key(root: Path) -> None:
    """`**ScenarioOutcome** (shared enum): ...` declares an enum that `enum → ScenarioOutcome` names; `FK → Project`
    says no type of its own, so it takes that of Project's `uuid` key."""
    _, fields = read(root, {"docs/data-model.md": GATEWAY}, "transaction")
    assert fields["forced_scenario"]["enum_values"] == ["approve", "decline", "timeout"]
    assert fields["project_id"]["type"] == "uuid"


# Round 37's forms ---------------------------------------------------------------------------------------------------

YAML_MODEL = """# Data Model Specification

entities:
  Document:
    fields:
      id: uuid
      filepath: string
      encoding: string?
  Comment:
    description: "Individual comment"
    fields:
      id: string
      document_id: uuid   # Parent document
      author: string
      line: integer
      status: enum[active, resolved, deleted]
      tags: array<string>
      position:
        type: object
        fields:
          start_offset: integer
      note: string?
    relationships:
      thread: many-to-one<Thread>
    indexes: [document_id, author]
"""

TICKET = """# ZMI-TICKET-110: Projektmappe — Datenmodell & API

#### Tabelle `projects`
| Feld | Typ | Constraints | Beschreibung |
|------|-----|-------------|--------------|
| id | UUID | PK | |
| name | VARCHAR(200) | NOT NULL | Projektname |
| budget | DECIMAL(12,2) | | Budget |
"""


def test_a_yaml_data_model_and_a_ticket_three_folders_down(root: Path) -> None:
    """`docs/data-model.yaml` (entities with fields written as `name: type`, `?` for optional) is the schema; and a
    ticket three folders down whose table is headed `| Feld | Typ |` is found when nothing better is named."""
    _, fields = read(root, {"docs/data-model.yaml": YAML_MODEL}, "comment")
    assert list(fields) == ["document_id", "author", "line", "status", "tags", "position", "note"]
    assert fields["status"]["enum_values"] == ["active", "resolved", "deleted"]
    assert fields["tags"]["type"] == "list[str]" and fields["position"]["type"] == "json"
    assert fields["author"]["required"] is True and fields["note"]["required"] is False
    assert fields["document_id"]["type"] == "uuid" and fields["document_id"].get("index") is True
    other = root / "other"
    other.mkdir()
    _, fields = read(other, {"thoughts/shared/tickets/ZMI-TICKET-110-projektmappe-datenmodell-api.md": TICKET},
                     "project")
    assert list(fields) == ["name", "budget"]


def test_words_whose_last_s_is_no_plural(root: Path) -> None:
    """`rdv_rendez_vous`, `parcours` and `campus` are singular: the entity keeps its name (it lost its `s`)."""
    rdv = "# Base de données\n\n## rdv_rendez_vous\n\n| Champ | Type |\n|---|---|\n| id | int PK |\n| motif | varchar(100) |\n" \
          "| date_rdv | date |\n"
    draft, _ = read(root, {"docs/database.md": rdv}, "rendez_vous")
    assert draft.spec["name"] == "rdv_rendez_vous"


ROUTES = """# Projects

| Feld | Typ | Constraints |
|------|-----|-------------|
| id | UUID | PK |
| name | VARCHAR(200) | NOT NULL |
| is_archived | BOOLEAN | NOT NULL, DEFAULT false |

| Methode | Pfad |
|---|---|
| POST | /projects/{id}/tags |
| POST | /projects/{id}/members |
| POST | /projects/{id}/duplicate |
| PATCH | /projects/{id}/toggle |
"""


def test_a_sub_collections_route_is_no_action_on_the_one_bool_field(root: Path) -> None:
    """`POST /projects/{id}/tags` adds tags; it does not set `is_archived` because that is the only bool field.
    `/toggle` does flip it."""
    draft, _ = read(root, {"docs/datenmodell.md": ROUTES}, "projects")
    assert draft.spec.get("actions") == {"toggle": "is_archived"}


GATEWAY_STATES = """# Data Model

### Transaction

| Field | Type | Notes |
|-------|------|-------|
| id | uuid PK | |
| amount | bigint | |
| status | enum → see State machine | |

**State machine** (status):

```text
initiated ──► pending ──► settled          (approve, or pending_settle after due_at)
   │            └──► expired               (abandoned checkout)
   └──► declined                           (decline at verify)
```
"""


def test_a_state_machine_labelled_with_its_column_and_remarks_after_its_rows(root: Path) -> None:
    """`**State machine** (status):` names the column it draws; a remark in parentheses closing a row is no state."""
    _, fields = read(root, {"docs/data-model.md": GATEWAY_STATES}, "transaction")
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["initiated", "pending", "settled", "expired", "declined"]
    assert fields["status"]["default"] == "initiated"


HR_STATES = """# Data Model

### Employee

| Field | Type | Required | Description | Constraints |
|-------|------|----------|-------------|-------------|
| ID | UUID | Yes | Primary key | |
| Status | Enum | Yes | Employment status | ACTIVE, TERMINATED, ON_LEAVE |
| State | String | No | State/Province | Max 50 characters |

### State Transitions

```
ACTIVE ──┐
         ├─── TERMINATED   (final)
         └─── ON_LEAVE ──┐
                         └─── ACTIVE
```
"""


def test_a_drawing_of_another_columns_states_leaves_the_state_column_alone(root: Path) -> None:
    """"State Transitions" draws the employment `Status` values; the address's `State` stays a string."""
    _, fields = read(root, {"specs/001-hr/data-model.md": HR_STATES, "specs/001-hr/spec.md": "# HR\n"}, "001-hr")
    assert fields["state"]["type"] == "str" and fields["state"]["max_length"] == 50
    assert fields["status"]["enum_values"] == ["ACTIVE", "TERMINATED", "ON_LEAVE"]


LAYERS = """# Phase 1 Data Model: Product Catalog

## Domain entity — `domain/catalog/entities.py`

`Product` is a frozen dataclass with zero framework imports.

| Field | Type | Optional | Notes |
|---|---|---|---|
| `id` | `int \\| None` | yes | assigned by the database |
| `name` | `str` | no | 1–200 characters |
| `price` | `Decimal` | no | > 0 |
"""


def test_a_heading_that_names_a_file_leaves_the_name_to_the_paragraph_below(root: Path) -> None:
    """`## Domain entity — \\`domain/catalog/entities.py\\``: the file names no entity; "`Product` is ..." does."""
    draft, fields = read(root, {"specs/001-product-catalog/data-model.md": LAYERS,
                                "specs/001-product-catalog/spec.md": "# Catalog\n"}, "001-product-catalog")
    assert draft.spec["name"] == "product"
    assert list(fields) == ["name", "price"]


def test_notes_below_the_root_skip_dependencies_and_links(root: Path, tmp_path: Path) -> None:
    """A package's schema under node_modules/ is not the project's; a link is not followed, even to look."""
    from backend_builder.spec.reader import spec_folder
    from backend_builder.workspace import Workspace

    write(root, {"node_modules/pkg/docs/database.md": TICKET, "notes/a/b/readme.md": "# Notes\n"})
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "schema.md").write_text(TICKET, encoding="utf-8")
    (root / "linked").symlink_to(outside)
    assert spec_folder(Workspace(root)) is None
    write(root, {"notes/a/b/datenmodell.md": TICKET})
    assert spec_folder(Workspace(root)) == "notes/a/b"


# Round 38's forms --------------------------------------------------------------------------------------------------

KOREAN_NOTES = """# 데이터 모델

### Memo (`public.memos`)

| 필드 | 형태 | 필수 | 기본값·제약 |
|---|---|---:|---|
| `id` | UUID | 예 | Primary Key, `gen_random_uuid()` |
| `heading` | text | 예 | `btrim(heading) = heading`, 1–80자 |
| `body` | text | 예 | 기본값 `""`, 최대 2,000자 |
| `pinned` | boolean | 예 | 기본값 `false`, 읽기 전용 |
| `archived` | boolean | 아니오 | |
"""


def test_a_default_and_constraints_column_is_notes_that_may_name_the_default(root: Path) -> None:
    """| 기본값·제약 | (default·constraints): a check is no default; '기본값 `false`' in it is one; '예' says required."""
    _, fields = read(root, {"specs/001-memo/data-model.md": KOREAN_NOTES, "specs/001-memo/spec.md": "# Memo\n"},
                     "001-memo")
    assert fields["heading"].get("required") is True and fields["heading"].get("default") is None
    assert fields["heading"].get("max_length") == 80
    assert fields["body"].get("default") == "" and fields["body"].get("required") is False
    assert fields["pinned"].get("default") is False
    assert fields["archived"].get("required") is False


MYSQL_NOTES = """# 数据库设计

### lesson 课程

| 字段 | 类型 | 约束 | 说明 |
| --- | --- | --- | --- |
| id | BIGINT | PK | 主键 |
| title | VARCHAR(100) | NOT NULL | 名称 |
| level | VARCHAR(20) | NOT NULL DEFAULT 'BASIC' | BASIC/REQUIRED/ADVANCED |
| visible | TINYINT | NOT NULL DEFAULT 1 | 是否公开 |
| seats | TINYINT | NOT NULL DEFAULT 30 | 座位数 |
"""


def test_a_notes_list_holding_the_default_is_the_values_and_a_whether_tinyint_is_a_flag(root: Path) -> None:
    """`REQUIRED/...` beside DEFAULT 'BASIC' is a closed list though one value reads like a constraint; a TINYINT
    described as 是否 ("whether") is a flag, and one that counts stays an integer."""
    _, fields = read(root, {"docs/数据库设计.md": MYSQL_NOTES}, "lesson")
    assert fields["level"]["type"] == "enum"
    assert fields["level"].get("enum_values") == ["BASIC", "REQUIRED", "ADVANCED"]
    assert fields["visible"]["type"] == "bool"
    assert fields["seats"]["type"] == "int"


RULES = """# 数据模型

### Harbour（港口）

| 字段 | 类型 | 必填 | 描述 |
|------|------|------|------|
| `code` | string | ✅ | 港口代码，主键 |
| `name` | string | ✅ | 名称 |
| `region` | string | ✅ | 区域代码 |
| `note` | string | ❌ | 备注 |

### 字段验证规则

| 字段 | 规则 |
|------|------|
| `code` | 必须匹配正则 `/^[A-Z]{4}$/` |
| `name` | 非空字符串，最大长度 80 |
| `region` | 必须匹配正则 `^[A-Z0-9]{2,6}$` |
"""


def test_lengths_in_a_rules_table_cjk_words_and_anchored_patterns(root: Path) -> None:
    """'最大长度 80' is a max length; `/^[A-Z]{4}$/` fixes the length, `{2,6}` bounds it; 非空字符串 is min 1."""
    _, fields = read(root, {"specs/001-harbour/data-model.md": RULES, "specs/001-harbour/spec.md": "# Harbour\n"},
                     "001-harbour")
    assert (fields["code"].get("min_length"), fields["code"].get("max_length")) == (4, 4)
    assert (fields["name"].get("min_length"), fields["name"].get("max_length")) == (1, 80)
    assert (fields["region"].get("min_length"), fields["region"].get("max_length")) == (2, 6)
    assert fields["note"].get("max_length") is None


PROSE_PT = """# Modelo de Dados

## Contrato

**Campos**:
- `ContratoId`: inteiro, chave primária.
- `Titulo`: texto obrigatório, máximo 120 caracteres.
- `Resumo`: texto opcional.
- `ArquivoBytes`: número obrigatório, máximo 10 MB.
- `Valor`: número obrigatório.
- `Telefone`: texto, número de contato.
- `ClienteId`: cliente associado.
- `AssinadoDate`: data/hora da assinatura.
- `IsArchived`: falso até o contrato ser arquivado pela
  equipe jurídica.

## Índices

- `Titulo` para busca por título.
- `ClienteId, AssinadoDate` para a carteira do cliente.
"""


def test_portuguese_prose_bullets(root: Path) -> None:
    """'número' is a number (an integer when the name counts bytes) and 'máximo 10 MB' no length; 'texto' is a
    string; an untyped `ClienteId` is typed like the model's keys; 'data/hora' is a moment; an item
    wrapped onto a second line is read; an index list names one column in words."""
    _, fields = read(root, {"specs/001-contratos/data-model.md": PROSE_PT, "specs/001-contratos/spec.md": "# C\n"},
                     "001-contratos")
    assert fields["titulo"]["type"] == "str" and fields["titulo"].get("max_length") == 120
    assert fields["resumo"]["type"] == "str"
    assert fields["arquivo_bytes"]["type"] == "int" and fields["arquivo_bytes"].get("max_length") is None
    assert fields["valor"]["type"] == "float"
    assert fields["telefone"]["type"] == "str"  # (not the number its words name: "número de")
    assert fields["cliente_id"]["type"] == "int"
    assert fields["assinado_date"]["type"] == "datetime"
    assert fields["is_archived"]["type"] == "bool"
    assert fields["titulo"].get("index") is True
    assert fields["cliente_id"].get("index") is False


UNIQUE_INDEX = """# Data model

### orders

| Column | Type | Constraints | Notes |
|---|---|---|---|
| `reference` | `text` | NOT NULL, UNIQUE | shown to the buyer |
| `total` | `numeric(10,2)` | NOT NULL | |
| `note` | `text` | | |
| `paid` | `boolean` | NOT NULL | `false` al crear |

**Index**:
- `orders(reference)` UNIQUE — lookup from the confirmation page
- `orders(total)` — reports

**Constraints**:
- `orders(note)` UNIQUE where not null
"""


def test_a_unique_entry_in_an_index_list_is_an_index(root: Path) -> None:
    """Under **Index**, `orders(reference)` UNIQUE is a unique index; under **Constraints** a UNIQUE is no index.
    '`false` al crear' ("false on creation") is the default."""
    _, fields = read(root, {"specs/001-orders/data-model.md": UNIQUE_INDEX, "specs/001-orders/spec.md": "# O\n"},
                     "001-orders")
    assert fields["reference"].get("index") is True and fields["total"].get("index") is True
    assert fields["note"].get("index") is False
    assert fields["paid"].get("default") is False


# Round 39's forms --------------------------------------------------------------------------------------------------

RAILS = """# 設計

## 2. visitsテーブル
訪問の記録

| column     | type    | options                        |
| ---------- | ------- | ------------------------------ |
| id         | integer | null: false, primary key       |
| shop_id    | integer | null: false, foreign_key: true |
| dish       | string  | null: false                    |
| shared     | boolean | null: false, default: true     |
| memo       | text    |                                |

## 3. shopsテーブル

| column | type   | options     |
| ------ | ------ | ----------- |
| id     | integer | null: false |
| name   | string | null: false |
| area   | string | null: false |
"""


def test_rails_null_false_and_a_table_heading_glued_to_its_japanese_word(root: Path) -> None:
    """`null: false` is NOT NULL (not "null"); an empty options cell beside such rows is optional; `visitsテーブル`
    names visits."""
    draft, fields = read(root, {"docs/設計.md": RAILS}, "visit")
    assert draft.spec["name"] == "visit"
    assert fields["dish"]["required"] is True and fields["shop_id"]["required"] is True
    assert fields["memo"]["required"] is False
    assert fields["shared"].get("default") is True and fields["shared"]["required"] is False


BILLIARDS = """# Modelo de Base de Datos

## Tablas y Estructura

### 1. `Tables`
- `Id` (INTEGER, PK)
- `Number` (INTEGER, Unique, NotNull)
- `HourlyRate` (DECIMAL, NotNull)

### 2. `Products`
- `Id` (INTEGER, PK)
- `Name` (TEXT, NotNull)
- `Price` (DECIMAL, NotNull)
- `Stock` (INTEGER, NotNull)

**Índices:**
- Índice em `Price` (para relatórios)
"""


def test_a_numbered_heading_of_one_code_span_names_its_table_even_a_common_word(root: Path) -> None:
    """`### 1. \\`Tables\\``: the table is called Tables; 'Índice em `Price`' is an index on Price."""
    draft, fields = read(root, {"docs/database.md": BILLIARDS}, "table")
    assert draft.spec["name"] == "table" and set(fields) == {"number", "hourly_rate"}
    _, fields = read(root, {"docs/database.md": BILLIARDS}, "product")
    assert fields["price"]["index"] is True and fields["name"]["index"] is False


RULES_ONLY = """# Data Model

## Entité Antenne (table `antennas`)

| Champ | Colonne | Type / règle |
|-------|---------|--------------|
| Id | `id` | PK auto |
| Code | `code` | requis, **unique**, max 60 |
| Label | `label` | requis, max 100 |
| District | `district` | entier de rattachement → `districts.id` |
| Status | `status` | `Active` / `Inactive` (max 20) |
| Shape | `shape` | GEOMETRY(Point, 4326) |
"""


def test_a_type_column_that_states_only_rules_is_read_from_its_words(root: Path) -> None:
    """'requis, unique, max 60' holds a bounded string, 'entier de ...' an integer and `Active` / `Inactive` a
    closed list, each said in a diagnostic; a type nobody knows still blocks."""
    draft = operations.read_spec(str(write(root, {"specs/016-antennas/data-model.md": RULES_ONLY,
                                                  "specs/016-antennas/spec.md": "# Antennes\n"})), "016-antennas")
    assert any("shape" in b and "GEOMETRY" in b for b in draft.blocking)
    write(root, {"specs/016-antennas/data-model.md": RULES_ONLY.replace("| Shape | `shape` | GEOMETRY(Point, 4326) |\n",
                                                                        "")})
    draft, fields = read(root, {}, "016-antennas")
    assert fields["code"] == {**fields["code"], "type": "str", "required": True, "unique": True, "max_length": 60}
    assert fields["label"]["type"] == "str" and fields["label"]["required"] is True
    assert fields["district"]["type"] == "int"
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["Active", "Inactive"]
    assert any("code: no type" in d and "read as str" in d for d in draft.diagnostics)


PLAYERS_MODEL = """# Modelo de datos: catálogo

## Tablas

```sql
CREATE TABLE ligas (
  id BIGSERIAL PRIMARY KEY,
  codigo VARCHAR(10) NOT NULL UNIQUE,
  nombre VARCHAR(100) NOT NULL,
  pais VARCHAR(60) NOT NULL
);

CREATE TABLE jugadores (
  id BIGSERIAL PRIMARY KEY,
  liga_id BIGINT NOT NULL REFERENCES ligas(id),
  nombre VARCHAR(150) NOT NULL,
  dorsal INTEGER
);
```
"""

PLAYERS_API = """openapi: 3.0.3
info:
  title: API de catálogo de ligas y jugadores
  version: 1.0.0
paths:
  /players:
    get:
      responses:
        '200':
          description: ok
components:
  schemas:
    JugadorItem:
      type: object
      properties:
        nombre:
          type: string
"""


def test_the_contracts_models_name_the_entity_when_its_routes_are_in_another_language(root: Path) -> None:
    """`/players` serves no table by name, but the contract's `JugadorItem` names jugadores (jugador, singular)."""
    draft, fields = read(root, {"specs/003-player-catalog/data-model.md": PLAYERS_MODEL,
                                "specs/003-player-catalog/spec.md": "# Catálogo de ligas y jugadores\n",
                                "specs/003-player-catalog/contracts/players-api.yaml": PLAYERS_API}, "003-player-catalog")
    assert draft.spec["name"] == "jugador" and "dorsal" in fields


MYSQL_CODES = """# 数据模型

```sql
CREATE TABLE `pay_order` (
  `pay_id` BIGINT(20) NOT NULL AUTO_INCREMENT COMMENT '支付ID',
  `order_no` VARCHAR(64) NOT NULL COMMENT '订单号',
  `status` CHAR(1) NOT NULL DEFAULT '0' COMMENT '状态(0待支付 1已支付 2失败)',
  `remark` CHAR(2) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`pay_id`),
  UNIQUE KEY `uk_order_no` (`order_no`)
) ENGINE=InnoDB COMMENT='支付订单';
```
"""


def test_mysql_codes_in_a_char_column_a_trailing_primary_key_and_a_unique_key(root: Path) -> None:
    """CHAR(1) with '0待支付 1已支付 2失败' holds those codes; `PRIMARY KEY (pay_id)` makes pay_id the id, not a field;
    `UNIQUE KEY uk (order_no)` is a unique index."""
    _, fields = read(root, {"docs/schema.md": MYSQL_CODES}, "pay_order")
    assert "pay_id" not in fields
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["0", "1", "2"]
    assert fields["status"].get("default") == "0"
    assert fields["remark"]["type"] == "str"
    assert fields["order_no"]["unique"] is True and fields["order_no"]["index"] is True


CHOICES_PT = """# Modelo de Dados

## Categoria (tabela `categories`)

| Campo | Tipo lógico | Obrigatório | Regra |
|---|---|---:|---|
| `name` | texto até 100 caracteres | Sim | Não pode ser vazio. |
| `summary` | texto até 2000 caracteres | Não | Livre. |
| `kind` | CharField(25) | Sim | choices: FISICA / DIGITAL / SERVICO; NOT NULL |
| `isActive` | boolean | Sim | Ativação lógica; default existente `true`. |
"""


def test_texto_up_to_n_characters_django_choices_and_a_default_after_a_word(root: Path) -> None:
    """'texto até 100 caracteres' is a string of up to 100 ('texto' is the word for a string); `choices: A / B / C` is
    a closed list;
    'default existente `true`' names the default."""
    _, fields = read(root, {"specs/009-categorias/data-model.md": CHOICES_PT, "specs/009-categorias/spec.md": "# C\n"},
                     "009-categorias")
    assert fields["name"]["type"] == "str" and fields["name"]["max_length"] == 100
    assert fields["summary"]["type"] == "str" and fields["summary"]["max_length"] == 2000
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["FISICA", "DIGITAL", "SERVICO"]
    assert fields["is_active"].get("default") is True and fields["is_active"]["required"] is False


TS_DEFAULTS = """# Data model

```typescript
interface Habit {
  id: string;
  title: string;            // max 100 chars
  isActive?: boolean;       // Default: true
  color: string;            // defaults to "blue"
  streak: number;           // starts counting at the first check-in
}
```
"""


def test_a_typescript_members_comment_states_its_default(root: Path) -> None:
    """`isActive?: boolean // Default: true` defaults to true; a required member with a stated default is not
    required from the client; a comment with no default word sets none."""
    _, fields = read(root, {"docs/data-model.md": TS_DEFAULTS}, "habit")
    assert fields["is_active"].get("default") is True
    assert fields["color"].get("default") == "blue" and fields["color"]["required"] is False
    assert fields["streak"].get("default") is None and fields["streak"]["required"] is True


QUALIFIED = """# Modelo de Dados

## Categoria Persistida

| Campo | Tipo | Obrigatório |
|---|---|---|
| `name` | VARCHAR(100) | Sim |
| `slug` | VARCHAR(120) | Sim |

## Produto Novo

| Campo | Tipo | Obrigatório |
|---|---|---|
| `title` | VARCHAR(100) | Sim |
| `price` | DECIMAL(10,2) | Sim |
"""


def test_a_word_after_the_name_that_says_its_state_is_no_part_of_it(root: Path) -> None:
    """'Categoria Persistida' (the persisted Categoria) names Categoria; 'Produto Novo' names Produto."""
    draft, _ = read(root, {"specs/009-categorias/data-model.md": QUALIFIED, "specs/009-categorias/spec.md": "# C\n"},
                    "009-categorias")
    assert draft.spec["name"] == "categoria"
    draft, _ = read(root, {}, "produto")
    assert draft.spec["name"] == "produto"


# Round 40's forms --------------------------------------------------------------------------------------------------

FICHA = """# Modelo de datos

## Ficha (nueva)

Tabla `Fichas`.

| Campo | Tipo | Reglas |
| --- | --- | --- |
| Id | Guid | Clave primaria |
| ContactoNombre | texto, máx. 160 | Opcional |
| Notas | texto, máx. 1000 | Opcional |
| RevisadoEn | fecha y hora UTC | Obligatorio |
| `CreatedAt/By`, `UpdatedAt/By` | auditoría | Interceptor |
"""


def test_spanish_table_types_and_audit_columns_written_in_short(root: Path) -> None:
    """'texto, máx. 160' is a string of up to 160; 'fecha y hora' is a moment; `CreatedAt/By`
    is CreatedAt and CreatedBy, an audit column with no type read by its name, not required."""
    draft, fields = read(root, {"specs/005-ficha/data-model.md": FICHA, "specs/005-ficha/spec.md": "# Ficha\n"},
                         "005-ficha")
    assert fields["contacto_nombre"]["type"] == "str" and fields["contacto_nombre"]["max_length"] == 160
    assert fields["notas"]["type"] == "str" and fields["notas"]["max_length"] == 1000
    assert fields["revisado_en"]["type"] == "datetime" and fields["revisado_en"]["required"] is True
    assert fields["created_by"]["type"] == "str" and fields["created_by"]["required"] is False
    assert "updated_by" in fields and "created_at" not in fields
    assert not draft.blocking


PEDIDO = """# Modelo de dados

### Pedido

- `id`: chave primária.
- `mesa`: inteiro obrigatório.
- `status`: `aberto`, `fechado` ou `cancelado`; começa como `aberto`.
- `aberto_em`: data e hora de abertura, preenchida automaticamente.
- `valor_total`: decimal de duas casas.
"""


def test_a_bullets_closed_list_before_its_remark_and_a_moment_in_words(root: Path) -> None:
    """'`aberto`, `fechado` ou `cancelado`; começa como `aberto`': the values, then the default; 'data e hora' is a
    moment."""
    _, fields = read(root, {"docs/modelo-de-dados.md": PEDIDO}, "pedido")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["aberto", "fechado", "cancelado"]
    assert fields["status"].get("default") == "aberto"
    assert fields["aberto_em"]["type"] == "datetime"


MATERIAL = """# データベース定義

## Material

-   **title** (テキスト): 素材のタイトル [必須]
-   **memo** (長文テキスト): 自由なメモ [任意]
-   **bitDepth** (数値): ビット深度 (例: 24)
-   **recordedAt** (日時): 録音日時 [必須]
"""


def test_japanese_type_words_and_bracketed_presence(root: Path) -> None:
    """テキスト is a string, 長文テキスト a long text, 数値 a number, 日時 a moment; [任意] is optional, [必須] required."""
    _, fields = read(root, {"docs/database_definition.md": MATERIAL}, "material")
    assert fields["title"]["type"] == "str" and fields["title"]["required"] is True
    assert fields["memo"]["type"] == "text" and fields["memo"]["required"] is False
    assert fields["bit_depth"]["type"] == "float"
    assert fields["recorded_at"]["type"] == "datetime"


SLEEP = """# 数据库设计

```sql
CREATE TABLE sleep_reports (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    report_date      TEXT    NOT NULL,                   -- 报告日期 yyyy-MM-dd
    events_json      TEXT,                               -- 异常事件JSON数组
    heart_rate_curve TEXT,                               -- 分钟级心率数据JSON数组
    stage_curve      TEXT,                               -- 睡眠分期序列JSON，0=清醒 1=浅睡
    summary          TEXT                                -- 总结
);
```

| 字段 | 类型 | 约束 | 说明 |
|---|---|---|---|
| `events_json` | TEXT | NULL | 异常事件列表。每项含 `type`（apnea/wake） |
"""


def test_json_arrays_in_chinese_notes_and_a_java_date_pattern(root: Path) -> None:
    """'JSON数组' (a JSON array) and '...序列JSON，' hold JSON; a column named *_json holds JSON whatever values its
    members list; 'yyyy-MM-dd' is a date; a plain TEXT note stays text."""
    _, fields = read(root, {"docs/数据库设计.md": SLEEP}, "sleep_report")
    assert fields["report_date"]["type"] == "date"
    assert {fields[n]["type"] for n in ("events_json", "heart_rate_curve", "stage_curve")} == {"json"}
    assert fields["summary"]["type"] == "text"


PRODUCTOS_DB = """# Base de datos

### Tabla: productos

| Campo       | Tipo    | Descripción          |
| ----------- | ------- | -------------------- |
| id          | String  | Identificador        |
| sku         | String  | Código SKU           |
| nombre      | String  | Nombre               |
| proveedorId | String  | Referencia           |
| costo       | Float   | Costo unitario       |
"""

PRODUCTOS_MODULE = """# Módulo de productos

```typescript
interface Producto {
  id: string;
  sku: string;
  nombre: string;
  proveedorId?: string; // opcional
  costo: number;
}
```
"""


def test_the_features_model_says_presence_the_schema_does_not(root: Path) -> None:
    """A schema silent on presence for every column yields to the feature's own interface of the same entity:
    `proveedorId?` is the optional one, the rest are required, and the answer says where that came from."""
    draft, fields = read(root, {"docs/base-de-datos.md": PRODUCTOS_DB, "docs/modulo-productos.md": PRODUCTOS_MODULE},
                         "producto")
    assert fields["sku"]["required"] is True and fields["costo"]["required"] is True
    assert fields["proveedor_id"]["required"] is False
    assert any("feature's model" in d for d in draft.diagnostics)


SHARED_LABEL = """# Modelo de dados

### Pedido (`pedidos`)

- `id`: chave primária.
- `mesa`: inteiro obrigatório.
- `valor_total`: decimal de duas casas, inicialmente zero.
- `observacao`: texto opcional.

### Demanda (`pedidos`)

- `id`: chave primária.
- `quantidade`: inteiro positivo.
- `preco_unitario`: decimal obrigatório.
- `nome_item`: texto obrigatório.
- `observacao`: texto opcional.
"""


def test_a_label_two_headings_share_names_neither_entity(root: Path) -> None:
    """`Pedido (\\`pedidos\\`)` and `Demanda (\\`pedidos\\`)` (a Django app both live in): Pedido is Pedido, not the
    longer Demanda; 'inicialmente zero' is the default 0."""
    draft, fields = read(root, {"docs/modelo-de-dados.md": SHARED_LABEL}, "pedido")
    assert draft.spec["name"] == "pedido" and set(fields) == {"mesa", "valor_total", "observacao"}
    assert float(fields["valor_total"]["default"]) == 0
    draft, fields = read(root, {}, "demanda")
    assert draft.spec["name"] == "demanda" and "quantidade" in fields


# Round 41's forms --------------------------------------------------------------------------------------------------

KOTLIN = """# Modelo de datos

```kotlin
enum class EstadoReserva { CONFIRMADA, PENDIENTE, CANCELADA }

data class Reserva(
    val id: String, val usuarioId: String, val fecha: String,
    val estado: EstadoReserva, val esExterno: Boolean = false,
    val personas: Int = 1, // lugares que ocupa
    val nota: String? = null,
    val area: Area
)

data class Area(val id: String, val nombre: String, val capacidad: Int)
```
"""


def test_kotlin_data_classes(root: Path) -> None:
    """A Kotlin `data class`: a default is not asked of the client, `String?` may be null, a declared `enum class` is
    a closed list, and another class is a relation left out."""
    draft, fields = read(root, {"docs/modelo-de-datos.md": KOTLIN}, "reserva")
    assert draft.spec["name"] == "reserva"
    assert list(fields) == ["usuario_id", "fecha", "estado", "es_externo", "personas", "nota"]
    assert fields["estado"]["enum_values"] == ["CONFIRMADA", "PENDIENTE", "CANCELADA"]
    assert fields["es_externo"].get("default") is False and fields["personas"].get("default") == 1
    assert fields["fecha"]["required"] is True and fields["nota"]["required"] is False
    assert any("area (Area) is another class" in d for d in draft.diagnostics)


PRISMA_DOC = """# Datenmodell

## Club

Tabelle: `clubs`

| Feld | Typ | Hinweise |
|------|-----|----------|
| `id` | `Int` | Primärschlüssel |
| `name` | `String` |  |
| `tournaments` | `Tournament[]` | Gegenstück einer Beziehung (Liste) |

## Tournament

Tabelle: `tournaments`

| Feld | Typ | Hinweise |
|------|-----|----------|
| `id` | `Int` | Primärschlüssel, Standard: `autoincrement()` |
| `name` | `String` |  |
| `status` | `String` | Standard: `"aktiv"` |
| `thirdPlaceMatch` | `Boolean` | Standard: `true` |
| `clubId` | `Int?` |  |
| `club` | `Club?` | Beziehung über `clubId` |
| `category` | `String` | `bolos`, `tortas` ou `docinhos` |
"""


def test_a_prisma_documents_relation_rows_and_german_defaults(root: Path) -> None:
    """`club | Club?` and `tournaments | Tournament[]` said to be relations are no columns; 'Standard: `true`' is
    the default; '`bolos`, `tortas` ou `docinhos`' is a closed list."""
    draft, fields = read(root, {"docs/datenmodell.md": PRISMA_DOC}, "tournament")
    assert set(fields) == {"name", "status", "third_place_match", "club_id", "category"}
    assert fields["status"].get("default") == "aktiv" and fields["third_place_match"].get("default") is True
    assert fields["category"]["enum_values"] == ["bolos", "tortas", "docinhos"]
    assert any("club" in d and "relation to Club" in d for d in draft.diagnostics)


PACIENTE = """# Modelo de datos

## Paciente

| Campo | Tipo | Obligatorio | Notas |
|---|---|---|---|
| nombre | texto | Sí | |
| historia | texto largo | No | antecedentes |
| fecha_nacimiento | texto | Sí | formato AAAA-MM-DD |
| remarque | texte | Non | remarque du médecin |
| dossier | texte long | Non | |
"""

RESERVATION = """# Modèle de données

## Reservation

| Champ | Type | Contraintes |
|---|---|---|
| `materielId` | `Long` | Non nul |
| `statut` | `StatutReservation` | Non nul, stocké en chaîne |

```java
enum StatutReservation { ACTIVE, ANNULEE, TERMINEE }
```

## Statuts et transitions

```mermaid
stateDiagram-v2
    [*] --> ACTIVE : reserver
    ACTIVE --> ANNULEE : annuler
    ACTIVE --> TERMINEE : rendre
```
"""


def test_texto_is_a_string_a_spanish_date_pattern_and_a_drawn_start_state(root: Path) -> None:
    """'texto' is the word for a string ('texto largo' a long text); 'AAAA-MM-DD' is a date; an enum whose states a
    stateDiagram draws starting from `[*] --> ACTIVE` defaults to ACTIVE."""
    _, fields = read(root, {"docs/modelo-de-datos.md": PACIENTE}, "paciente")
    assert fields["nombre"]["type"] == "str" and fields["historia"]["type"] == "text"
    assert fields["fecha_nacimiento"]["type"] == "date"
    assert fields["remarque"]["type"] == "str" and fields["dossier"]["type"] == "text"  # French, likewise
    _, fields = read(root, {"specs/001-reservation/data-model.md": RESERVATION, "specs/001-reservation/spec.md": "# R\n"},
                     "001-reservation")
    assert fields["statut"]["enum_values"] == ["ACTIVE", "ANNULEE", "TERMINEE"]
    assert fields["statut"].get("default") == "ACTIVE" and fields["statut"]["required"] is False


# Round 42's forms --------------------------------------------------------------------------------------------------

TURKISH = """# Veri modeli

### `tespit`

| Alan | Tip | Not |
|---|---|---|
| `id` | serial | PK |
| `goruntu_id` | FK, indeksli | `ON DELETE CASCADE` |
| `sinif` | varchar(50), indeksli | Modelin tahmini |
| `dogrulama_durumu` | enum, indeksli | varsayılan `beklemede` |
| `eposta` | varchar(255) | benzersiz |

#### `dogrulama_durumu` — dört değer

```
beklemede | onaylandi | duzeltildi | belirsiz
```
"""


def test_turkish_index_words_and_a_columns_values_in_a_fence_below_its_heading(root: Path) -> None:
    """'indeksli' (indexed) and 'benzersiz' (unique) are constraints, never values; the fence under
    `#### \\`dogrulama_durumu\\`` holds its values."""
    _, fields = read(root, {"docs/veri-modeli.md": TURKISH}, "tespit")
    assert fields["sinif"]["index"] is True and fields["goruntu_id"]["index"] is True
    assert fields["eposta"]["unique"] is True
    assert fields["dogrulama_durumu"]["enum_values"] == ["beklemede", "onaylandi", "duzeltildi", "belirsiz"]
    assert fields["dogrulama_durumu"].get("default") == "beklemede"


LAB_TESTS = """# Модель данных

## LabTest

| Поле | Тип | Обязательное | Описание |
|---|---|---|---|
| id | string (UUID) | Да | Идентификатор |
| laboratory | string (max 200) | Да | Название лаборатории |
| category | string | Нет | Категория ("Project Documents", "Team Resources", "Other") |
| indicators | LabTestIndicator[] | Да (мин. 1) | Список показателей |
| PK | String | Да | `LABTEST#{id}` |
| SK | String | Да | `DATE#{date}` |
| Type | String | Да | `"LabTest"` |
| GSI4PK | String | Нет | `{laboratory}` |

## LabTestIndicator

| Поле | Тип | Обязательное | Описание |
|---|---|---|---|
| name | string | Да | Показатель |
| value | number | Да | Значение |
"""


def test_russian_yes_a_list_of_defined_objects_quoted_phrases_and_single_table_keys(root: Path) -> None:
    """'Да (мин. 1)' is yes; `LabTestIndicator[]` (defined below, no id) is JSON, not a list of strings; quoted values
    of several words are whole values; DynamoDB's `PK`/`SK`/`GSI4PK` and the `Type` tag naming the entity are no
    fields."""
    draft, fields = read(root, {"specs/004-lab-tests/data-model.md": LAB_TESTS,
                                "specs/004-lab-tests/spec.md": "# Lab tests\n"}, "004-lab-tests")
    assert fields["laboratory"]["required"] is True and fields["indicators"]["required"] is True
    assert fields["indicators"]["type"] == "json"
    assert fields["category"]["enum_values"] == ["Project Documents", "Team Resources", "Other"]
    assert not {"pk", "sk", "type", "gsi4_pk", "gsi4pk"} & set(fields)
    assert sum("single-table store" in d for d in draft.diagnostics) == 4


PLAYERS_BULLETS = """# Modelo de datos

## Jugador

- `nombre`: `string` — Nombre completo del futbolista (ej. "Bukayo Saka", "Luka Modrić").
- `dorsal`: `integer` — Número de camiseta.
- `posicion`: `string` — Posición (vd: "Portero", "Defensa").
"""


def test_quoted_examples_after_ej_are_no_values(root: Path) -> None:
    """'(ej. "Bukayo Saka", "Luka Modrić")' gives examples of a free name, not its closed list."""
    _, fields = read(root, {"docs/modelo-de-datos.md": PLAYERS_BULLETS}, "jugador")
    assert fields["nombre"]["type"] == "str" and fields["posicion"]["type"] == "str"


NOTE_BULLETS = """# Data model

## Note

- `title`: text, required, max 120 chars.
- `body`: text, optional, max 5000 chars.
"""


def test_a_bounded_text_in_words_is_a_short_string(root: Path) -> None:
    """'`title`: text, required, max 120 chars' is a string of up to 120; a text of 5000 stays text."""
    _, fields = read(root, {"docs/data-model.md": NOTE_BULLETS}, "note")
    assert fields["title"]["type"] == "str" and fields["title"]["max_length"] == 120
    assert fields["body"]["type"] == "text"


# Round 43's forms --------------------------------------------------------------------------------------------------

ENTITY_LABELS = """# Data Model: Gestão de Imóveis

## Entity: properties

| Campo | Tipo | Constraints |
| --- | --- | --- |
| id | UUID | PK |
| address_city | TEXT | NOT NULL |
| bedrooms | INTEGER | NOT NULL, DEFAULT 0 |
"""

USTA = """# Veri modeli

## Usta

| Alan | Tip | Zorunlu | Not |
|---|---|---|---|
| `ad` | `string` | ✔ | |
| `kategori` | `Kategori` | ✔ | `tesisat` · `elektrik` · `kombi` |
| `yorumSayisi` | `number` | ✔ | |
| `yanitDk` | `number` | ✔ | ortalama yanıt süresi |
"""


def test_an_entity_label_names_its_table_and_a_data_model_title_names_none(root: Path) -> None:
    """'## Entity: properties' names properties though the word is generic elsewhere; '# Data Model: Gestão de
    Imóveis' is the document's title, not a table."""
    draft, _ = read(root, {"docs/data-model.md": ENTITY_LABELS}, "property")
    assert draft.spec["name"] == "property" and draft.spec.get("table") in (None, "properties")


def test_middle_dot_lists_of_a_named_type_and_turkish_counts(root: Path) -> None:
    """`Kategori` with '`tesisat` · `elektrik` · `kombi`' is a closed list; `yorumSayisi` (a count) and `yanitDk`
    (minutes) are whole numbers."""
    _, fields = read(root, {"docs/veri-modeli.md": USTA}, "usta")
    assert fields["kategori"]["enum_values"] == ["tesisat", "elektrik", "kombi"]
    assert fields["yorum_sayisi"]["type"] == "int" and fields["yanit_dk"]["type"] == "int"


PLAYER_PAGE = """# Modelo de datos: Catálogo de jugadores

## Player / PlayerSQL

| Campo | Tipo | Notas |
|---|---|---|
| id | Long | PK |
| externalId | Long | único |
| name | String | nombre completo |

## Página de catálogo

### PlayerPage

| Campo | Tipo | Notas |
|---|---|---|
| content | List<Player> | jugadores de la página |
| page | int | número de página |
| size | int | tamaño |
| totalElements | long | total |
| hasNext | boolean | hay otra página |
"""


def test_a_paging_envelope_is_no_entity_and_a_slash_heading_names_the_first(root: Path) -> None:
    """`PlayerPage { content, page, size, totalElements, hasNext }` is what the API answers, not a row;
    '## Player / PlayerSQL' is the Player."""
    draft, fields = read(root, {"specs/002-catalogo-jugadores/data-model.md": PLAYER_PAGE,
                                "specs/002-catalogo-jugadores/spec.md": "# Catálogo\n"}, "002-catalogo-jugadores")
    assert draft.spec["name"] == "player" and set(fields) == {"external_id", "name"}
    assert any("response envelopes" in d for d in draft.diagnostics)


ENTITY_FIELD_LISTS = """# Data Model (Phase 1)

Entities the scaffold refers to.

- Entity: Kite
  - Fields: `id: integer`, `label: string`, `maker: Maker | null`, `imageUrls: string[]`, `state: enum {DRAFT,LIVE,GONE}`, `wingspan: integer >= 1`, `note?: string`
  - Validation: `label` non-empty

- Entity: Maker
  - Fields: `id: integer`, `title: string`
"""


def test_an_entity_bullet_with_an_inline_list_of_typed_members(root: Path) -> None:
    """`- Entity: Kite` over `- Fields: \\`id: integer\\`, \\`state: enum {A,B}\\`, ...`: the Kite's typed members;
    another entity of the model is an embedded object, `?` and `| null` are optional."""
    draft, fields = read(root, {"specs/001-kites/data-model.md": ENTITY_FIELD_LISTS,
                                "specs/001-kites/spec.md": "# Kites\n"}, "001-kites")
    assert draft.spec["name"] == "kite"
    assert set(fields) == {"label", "maker", "image_urls", "state", "wingspan", "note"}
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["DRAFT", "LIVE", "GONE"]
    assert fields["maker"]["type"] == "json" and not fields["maker"]["required"]
    assert fields["image_urls"]["type"] == "list[str]" and fields["wingspan"]["type"] == "int"
    assert not fields["note"]["required"] and fields["label"]["type"] == "str"


CACHED_PLACES = """# 資料模型

## RecommendedSpot

```ts
interface RecommendedSpot {
  id: string;
  name: string;
  address: string;
  latitude: number;
  rating?: number;
}
```

## RecommendationCache

```ts
interface RecommendationCache {
  key: string;
  spots: RecommendedSpot[];
  cachedAt: number;
  expiresAt: number;
}
```
"""


def test_a_cache_of_the_entity_is_not_the_entity(root: Path) -> None:
    """`RecommendationCache` keeps copies of the spots; the feature `nearby-recommendations` is about the spots."""
    draft, fields = read(root, {"specs/002-nearby-recommendations/data-model.md": CACHED_PLACES,
                                "specs/002-nearby-recommendations/spec.md": "# Nearby\n\nA recommended spot is shown "
                                "on the map; each recommended spot has a rating.\n"}, "002-nearby-recommendations")
    assert draft.spec["name"] == "recommended_spot" and "latitude" in fields


KEYS_IN_NULL_COLUMN = """# DB 설계

### 2.2 DISHES (메뉴)

| 컬럼명 | 타입 | Null | 설명 | 비고 |
| :--- | :--- | :--- | :--- | :--- |
| **dish_id** | BigInt | **PK** | 메뉴 ID | Auto Increment |
| **section_id** | BigInt | **FK** | 카테고리 ID | - |
| name | Varchar(50) | NO | 메뉴명 | - |
| blurb | Text | YES | 설명 | - |
"""


def test_pk_and_fk_in_a_null_column_are_keys_never_null(root: Path) -> None:
    """`| **dish_id** | BigInt | **PK** |` in the Null column is the key; `**FK**` there is a required reference."""
    _, fields = read(root, {"docs/db-schema.md": KEYS_IN_NULL_COLUMN}, "dish")
    assert "dish_id" not in fields
    assert fields["section_id"]["required"] and fields["section_id"]["type"] == "int"
    assert not fields["blurb"]["required"]


GERMAN_DOCUMENTS = """# Datenmodell

### `dinners` – der Plan

| Feld | Typ | Bedeutung |
|---|---|---|
| `day` | Text | `2026-10-12` |
| `kind` | `"cook"` \\| `"rest"` | Kochen oder Reste |
| `meal` | Objekt | `{serves, steps: []}` |
| `source` | Text | optional: woher das Gericht stammt |
| `from` | Text | nur Reste: id des Kochabends |
| `stars` | 0–5 | Sterne |
"""


def test_german_object_and_range_types_and_fields_only_some_rows_have(root: Path) -> None:
    """'Objekt' is an embedded object, a type cell `0–5` a whole number; 'nur Reste: ...' (only for leftovers) is a
    field some rows have, so optional; `from` stays `from` on the wire."""
    _, fields = read(root, {"docs/datenmodell.md": GERMAN_DOCUMENTS}, "dinners")
    assert fields["meal"]["type"] == "json" and fields["stars"]["type"] == "int"
    assert not fields["source"]["required"]
    renamed = next(f for name, f in fields.items() if name.startswith("from"))
    assert renamed.get("json_key", "from") == "from" and not renamed["required"]


LOGICAL_AND_PHYSICAL = """## テーブル名

- 論理名: 課題
- 物理名: chores

## テーブル定義

| 論理(項目)名 | 物理(カラム)名 | データ型 | Null許可 | Key | デフォルト値 | 備考 |
|---|---|---|:---:|:---:|---|---|
| ID | id | int(11) | NO | PK | NULL | |
| 名前 | title | varchar(255) | NO | | NULL | |
| 詳細 | detail | text | YES | | NULL | |
| 期限日 | due_on | date | YES | | NULL | |
"""

SHORTHAND_TYPES = """#### 17 posts 文章信息表

| 字段名称 | 类型 | 是否必填 | 说明 |
|:---:|:---:|:---:|:---:|
| id | v64 | 是 | id |
| heading | v255 | 是 | 标题 |
| body | text | 是 | 内容 |
| cover | v64 | 否 | 封面 |
"""


def test_a_schema_kept_in_a_documents_folder_or_beside_the_db_code(root: Path) -> None:
    """`documents/Databases/chores.md` (a folder of table files) and `src/db/table.md` (notes beside the database
    code) are found; the physical column names the column, `- 物理名: chores` the table; `v64` is VARCHAR(64) and
    '是否必填' (required?) is the Required column."""
    draft, fields = read(root / "a", {"documents/Databases/chores.md": LOGICAL_AND_PHYSICAL,
                                      "documents/Overview.md": "# 概要\n"}, "chore")
    assert draft.spec["name"] == "chore" and set(fields) == {"title", "detail", "due_on"}
    assert fields["title"]["required"] and not fields["detail"]["required"]
    draft, fields = read(root / "b", {"src/db/table.md": SHORTHAND_TYPES, "src/app.ts": "export {}\n"}, "post")
    assert fields["heading"]["type"] == "str" and fields["heading"]["max_length"] == 255
    assert fields["body"]["required"] and not fields["cover"]["required"]


GUID_BULLETS_AND_ENUM_MEMBERS = """# Data Model: Avaliações

## Entidades

### Score (nova tabela)

Fields:
- Id: Guid (PK)
- TaskId: Guid (FK, obrigatorio)
- PupilId: Guid (FK, obrigatorio, aluno avaliado)
- Value: string(30) (obrigatorio)
- Grade: `Grade` (enum)
- IsActive: bool

> Regra: toda avaliação nova se crea con `IsActive = true`.

### Enums

**`Grade`**:

| Enum | Etiqueta |
|------|----------|
| `Grade.alta` | Alta |
| `Grade.media` | Média |
| `Grade.baixa` | Baixa |
"""


def test_a_known_type_with_its_constraints_in_parentheses_and_members_named_in_full(root: Path) -> None:
    """`Guid (FK, obrigatorio)` is a required uuid, not an enum of 'FK' and 'obrigatorio'; a table of
    `Grade.alta` rows lists the Grade enum; 'se crea con `IsActive = true`' is the flag's default."""
    _, fields = read(root, {"specs/003-scores/data-model.md": GUID_BULLETS_AND_ENUM_MEMBERS,
                            "specs/003-scores/spec.md": "# Scores\n"}, "003-scores")
    assert fields["task_id"]["type"] == "uuid" and fields["task_id"]["required"]
    assert fields["pupil_id"]["type"] == "uuid" and fields["pupil_id"]["required"]
    assert fields["grade"]["enum_values"] == ["alta", "media", "baixa"]
    assert fields["is_active"]["default"] is True and not fields["is_active"]["required"]


REQUEST_ONLY = """# Modelo de Datos: Alta de Viviendas

## Entidad persistente existente

### `Dwelling`

| Campo | Entrada | Regla |
|---|---|---|
| `Title` | formulario | obligatorio |
| `Rooms` | formulario | obligatorio |

## Request de formulario

### `CreateDwellingRequest`

Formato `multipart/form-data`:

| Campo | Tipo | Obligatorio | Regla |
|---|---|---:|---|
| `title` | texto | sí | no vacío |
| `rooms` | entero | sí | mayor o igual que cero |
| `price` | decimal | sí | mayor que cero |
"""


def test_a_create_request_names_its_entity_and_a_format_label_names_nothing(root: Path) -> None:
    """The one typed table is `CreateDwellingRequest`, introduced by 'Formato `multipart/form-data`:' (a format, no
    name): the draft is the Dwelling the feature and its prose name."""
    draft, fields = read(root, {"specs/006-dwellings-create/data-model.md": REQUEST_ONLY,
                                "specs/006-dwellings-create/spec.md": "# Alta\n\nA dwelling is created. The dwelling "
                                "has a title. Each dwelling has rooms.\n"}, "006-dwellings-create")
    assert draft.spec["name"] == "dwelling" and set(fields) == {"title", "rooms", "price"}


EXISTING_AND_NEW = """# Modelo de Dados

### `Category` (Existente)

| Campo | Tipo | Restrições |
|---|---|---|
| id | UUID | PK |
| name | VARCHAR(60) | NOT NULL |
| kind | VARCHAR(10) | NOT NULL |
| color | VARCHAR(7) | NULL |

### `Budget` (Nova Entidade)

| Campo | Tipo | Restrições |
|---|---|---|
| id | UUID | PK |
| category_id | UUID | NOT NULL |
| amount | NUMERIC(12,2) | NOT NULL |
| month | INTEGER | NOT NULL |
"""


def test_an_existing_entity_yields_to_the_one_the_feature_adds(root: Path) -> None:
    """`Category (Existente)` beside `Budget (Nova Entidade)`, for a feature that names both: the Budget is new."""
    draft, _ = read(root, {"specs/002-categories-budgets/data-model.md": EXISTING_AND_NEW,
                           "specs/002-categories-budgets/spec.md": "# Orçamentos\n"}, "002-categories-budgets")
    assert draft.spec["name"] == "budget"


COGNATE_TABLES = """# Data Model

## contract_templates

| Column | Type | Notes |
|---|---|---|
| id | UUID | PK |
| name | TEXT | NOT NULL |
| body | TEXT | NOT NULL |

## contracts

| Column | Type | Notes |
|---|---|---|
| id | UUID | PK |
| template_id | UUID | NULL |
| rent_cents | BIGINT | NOT NULL |
| start_date | DATE | NOT NULL |

Indexes:
- `idx_contracts_template_id` ON (template_id)
- `idx_contracts_start_date` ON (template_id, start_date)
"""


def test_a_feature_named_in_another_language_names_its_cognate_table(root: Path) -> None:
    """`gestao-contratos` (Portuguese) names the `contracts` table, not the contract templates the prose dwells on;
    an index named for one column but ON two is composite."""
    draft, fields = read(root, {"specs/001-gestao-contratos/data-model.md": COGNATE_TABLES,
                           "specs/001-gestao-contratos/spec.md": "# Gestão\n\nContract templates, contract templates, "
                           "contract templates.\n"}, "001-gestao-contratos")
    assert draft.spec["name"] == "contract"
    assert fields["template_id"]["index"] and not fields["start_date"].get("index")


MONGO_TABLE = """# Esquema de la base de datos

### Vehicle

| Campo | Tipo | Requerido | Default | Índice | Notas |
| --- | --- | --- | --- | --- | --- |
| brand | String | Sí | - | No | trim |
| owner_ref | ObjectId | Sí | - | Sí | - |
| plate | String | No | - | Sí | uppercase |
| parts | Array<Subdocumento> | No | [] | No | - |
| active | Boolean | Sí | - | No | NOT NULL, por defecto `true` |

**Índices**:
- `brand, plate` (índice compuesto)
"""


def test_an_index_column_in_spanish_a_composite_index_and_arrays_of_subdocuments(root: Path) -> None:
    """`| Índice |` over 'Sí' indexes the column, a composite index ('índice compuesto') indexes neither of its columns
    alone; `Array<Subdocumento>` is JSON; 'por defecto `true`' is a default."""
    _, fields = read(root, {"docs/esquema-bd.md": MONGO_TABLE}, "vehicle")
    assert fields["owner_ref"]["index"] and fields["plate"]["index"] and not fields["brand"].get("index")
    assert fields["parts"]["type"] == "json"
    assert fields["active"]["default"] is True and not fields["active"]["required"]


JAPANESE_WORDS = """# データモデル

### Riddle

| フィールド | 型 | 更新可否 | 規則 |
| --- | --- | --- | --- |
| `id` | 文字列 | 不可 | 一意 |
| `body` | 文字列 | Draftのみ | 10〜1,000文字 |
| `language` | `en` または `ja` | Draftのみ | 作成者が選ぶ |
| `publishedAt` | UTC Unixミリ秒またはnull | 公開時 | nullはDraft |
| `closesAt` | UTC Unixミリ秒 | Draftのみ | 1時間以上先 |
"""


def test_values_joined_by_a_japanese_or_and_unix_milliseconds(root: Path) -> None:
    """'`en` または `ja`' (en or ja) is a closed list; 'UTC Unixミリ秒' is a whole number of milliseconds, and
    'またはnull' (or null) makes it optional."""
    _, fields = read(root, {"specs/006-riddles/data-model.md": JAPANESE_WORDS,
                            "specs/006-riddles/spec.md": "# Riddles\n"}, "006-riddles")
    assert fields["language"]["type"] == "enum" and fields["language"]["enum_values"] == ["en", "ja"]
    assert fields["closes_at"]["type"] == "int" and fields["published_at"]["type"] == "int"
    assert not fields["published_at"]["required"]


def test_an_untyped_description_or_notes_column_is_free_text(root: Path) -> None:
    """A checklist that names columns without types: `description` and `notes` hold free text, `title` a string."""
    _, fields = read(root, {"specs/database.md": "# Database\n\n- [x] Chores table: id, title, description, notes, "
                                                 "state (open/done), created_at\n"}, "chore")
    assert fields["description"]["type"] == "text" and fields["notes"]["type"] == "text"
    assert fields["title"]["type"] == "str"


COMMA_LINES = """table users
Name, Type
id_user, int primary key auto increment
nama, varchar


table murid
id_murid, int primary key auto increment
id_kelas, int
nama_lengkap, varchar
tanggal_lahir, date
foto, varchar 100
alamat, text
nis, varchar (10) maksimal 10 minimal 3
"""


def test_plain_comma_lines_under_a_table_line_in_a_structure_file(root: Path) -> None:
    """`documentation/struktur_table.md` (Indonesian: table structure) with `table murid` over `nis, varchar (10)
    maksimal 10 minimal 3` lines: a column, a comma, its type and limits in words."""
    draft, fields = read(root, {"documentation/struktur_table.md": COMMA_LINES}, "murid")
    assert draft.spec["name"] == "murid"
    assert set(fields) == {"id_kelas", "nama_lengkap", "tanggal_lahir", "foto", "alamat", "nis"}
    assert fields["foto"]["max_length"] == 100 and fields["alamat"]["type"] == "text"
    assert fields["nis"]["max_length"] == 10 and fields["nis"]["min_length"] == 3
    assert fields["tanggal_lahir"]["type"] == "date" and fields["id_kelas"]["type"] == "int"


PRISMA_MODELS_IN_ONE_BLOCK = """# Data Model

```prisma
model Shelf {
  id        Int      @id @default(autoincrement())
  label     String
  ownerRef  String

  @@index([ownerRef])
}

model Book {
  id        Int      @id @default(autoincrement())
  title     String
  ownerRef  String
  shelfId   Int?
  status    String   @default("new")

  @@index([shelfId, status])
  @@index([title])
}
```
"""


def test_a_prisma_index_belongs_to_its_own_model_and_a_composite_one_to_no_column(root: Path) -> None:
    """`model Shelf { @@index([ownerRef]) }` beside `model Book`: the Shelf's index, not the Book's; the Book's
    `@@index([shelfId, status])` is composite."""
    _, fields = read(root, {"docs/schema.md": PRISMA_MODELS_IN_ONE_BLOCK}, "book")
    assert fields["title"]["index"]
    assert not fields["owner_ref"].get("index") and not fields["shelf_id"].get("index")
    assert not fields["status"].get("index")


TREE_WITH_NOTES = """# Data Model: Prezzi (Fase 6)

## Entità Modificate

### Furgone (OOP)

```
Furgone
├── Id: Guid                    [esistente] Identificativo tecnico
├── Targa: string               [esistente] Identificativo di dominio
├── Stato: StatoFurgone         [esistente] Libero | Noleggiato
├── Posti: int                  [esistente] Numero di posti (> 0)
└── CostoGiornaliero: decimal   [NUOVO] Prezzo base giornaliero (> 0)
```
"""


def test_a_tree_whose_lines_carry_free_notes_after_the_type(root: Path) -> None:
    """`├── Stato: StatoFurgone   [esistente] Libero | Noleggiato`: a tree line with a tag and words after its
    type; a type the spec does not define, with its values listed, is an enum."""
    _, fields = read(root, {"specs/006-prezzi/data-model.md": TREE_WITH_NOTES, "specs/006-prezzi/spec.md": "# P\n"},
                     "006-prezzi")
    assert set(fields) == {"targa", "stato", "posti", "costo_giornaliero"}
    assert fields["stato"]["enum_values"] == ["Libero", "Noleggiato"]
    assert fields["costo_giornaliero"]["type"] == "decimal"


ENUM_HEADING_AND_IDENTIFIERS = """# Data Model: Stalls

## StallState (enum) — *new*

- `OPEN` — visible in the market, the default on creation.
- `CLOSED` — hidden from the market.

## Stall *(new)*

| Field | Type | Notes |
|---|---|---|
| `marketId` | identifier (FK → Market) | Required, immutable |
| `title` | string | Required |
| `state` | `StallState` | Defaults to `OPEN` on creation |
| `price` | integer | Required |
"""


def test_an_enum_heading_over_its_values_and_identifier_typed_keys(root: Path) -> None:
    """`## StallState (enum)` over one code-quoted bullet per value declares the type the `state` column names;
    'identifier (FK → Market)' is an opaque string key."""
    _, fields = read(root, {"specs/005-stalls/data-model.md": ENUM_HEADING_AND_IDENTIFIERS,
                                "specs/005-stalls/spec.md": "# Stalls\n"}, "005-stalls")
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["OPEN", "CLOSED"]
    assert fields["market_id"]["type"] == "str"


RESPONSE_TABLES = """# Data Model

## QueryResultResponse

| Field | Type | Notes |
|---|---|---|
| columns | list[str] | column names |
| rows | json | row data |
| total | int | count |

## Storage

```sql
CREATE TABLE IF NOT EXISTS connections (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    db_type TEXT NOT NULL,
    created_at TEXT NOT NULL
);
```
"""


def test_a_table_of_an_api_response_is_no_entity(root: Path) -> None:
    """`## QueryResultResponse` with a field table is what the API answers, though the feature `db-query-tool` names
    a word of it; the stored table is `connections`."""
    draft, _ = read(root, {"specs/001-db-query-tool/data-model.md": RESPONSE_TABLES,
                           "specs/001-db-query-tool/spec.md": "# Query tool\n\nA connection is saved; each connection "
                           "has a url.\n"}, "001-db-query-tool")
    assert draft.spec["name"] == "connection"


CATALOGUE_WITH_OPENAPI = """# Data Model: Catálogo (001)

## Product (tabla `products`)

| Campo | Tipo | Reglas |
|---|---|---|
| `id` | string (UUID v4) | PK |
| `name` | string | 1–120 caracteres |
| `imageUrl` | string | Ruta relativa |
| `priceInCents` | number (entero) | > 0 |
| `stock` | number (entero) | ≥ 0 |
"""

CATALOGUE_OPENAPI = """openapi: 3.0.3
info: {title: Catalogue, version: 1.0.0}
paths:
  /products:
    get:
      responses:
        '200': {description: ok}
components:
  schemas:
    Product:
      type: object
      required: [id, name, imageUrl, priceInCents]
      properties:
        id: {type: string, format: uuid}
        name: {type: string}
        imageUrl: {type: string}
        priceInCents: {type: integer}
        stock: {type: integer}
"""


def test_an_openapi_required_list_speaks_where_the_data_model_is_silent(root: Path) -> None:
    """The data model says nothing of presence; the contract's `Product` schema lists its required properties, all
    of them listed or not: `stock` is the one left out. 'number (entero)' is a whole number."""
    _, fields = read(root, {"specs/001-catalogo/data-model.md": CATALOGUE_WITH_OPENAPI,
                            "specs/001-catalogo/spec.md": "# Catálogo\n",
                            "specs/001-catalogo/contracts/openapi.yaml": CATALOGUE_OPENAPI}, "001-catalogo")
    assert fields["name"]["required"] and fields["price_in_cents"]["required"] and not fields["stock"]["required"]
    assert fields["price_in_cents"]["type"] == "int" and fields["stock"]["type"] == "int"


CODED_COMMENTS = """# 数据库设计

```sql
CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,                    -- 工作名称
    job_type      TEXT    NOT NULL DEFAULT 'regular',  -- regular=常规 / other=其他
    state         TEXT    NOT NULL DEFAULT 'pending'   -- pending=待完成 / done=已完成
);
```

```sql
CREATE TABLE tax_map (
    type TEXT NOT NULL,
    kind TEXT NOT NULL,
    check ( (type='method' and kind in ('credit','cash')) or (type='name' and kind in ('income','none')) )
);
```
"""


def test_codes_with_labels_in_a_comment_and_a_quoted_word_that_is_a_value(root: Path) -> None:
    """`-- regular=常规 / other=其他` lists a TEXT column's codes; `type='name' and kind in (...)` in another table's
    CHECK is a value of `type`, not the `name` column's list."""
    _, fields = read(root, {"docs/数据库设计.md": CODED_COMMENTS}, "job")
    assert fields["job_type"]["enum_values"] == ["regular", "other"] and fields["job_type"]["default"] == "regular"
    assert fields["state"]["enum_values"] == ["pending", "done"]
    assert fields["name"]["type"] == "text"


DB_DESIGN_JA = """# DB設計

## 1. horse

| カラム名 | 型 | 制約 | 説明 |
|---|---|---|---|
| id | SERIAL | PK | ID |
| name | VARCHAR(50) | NOT NULL | 馬名 |
| sire | VARCHAR(50) | | 父 |
| memo | TEXT | | メモ |

## 8. インデックス定義

| 対象テーブル | インデックス名 | 対象カラム | 目的 |
|---|---|---|---|
| `race` | `idx_race_horse` | `horse_id` | 高速化 |
| `horse` | `idx_horse_name` | `name` | 絞り込み検索 |
"""


def test_a_file_named_db_design_in_japanese_is_the_schema_and_its_index_table_counts(root: Path) -> None:
    """`docs/DB設計.md` ("DB design") is the schema file, so its index table is read: `idx_horse_name` on `name`."""
    _, fields = read(root, {"docs/DB設計.md": DB_DESIGN_JA, "docs/API一覧.md": "# API\n"}, "horse")
    assert fields["name"]["index"] and not fields["sire"].get("index")


def test_default_before_a_noun_is_no_default_and_openapi_descriptions_are_no_rules(root: Path) -> None:
    """'used for the default sort key' names no default; an OpenAPI parameter's `description: ... maximum 50.` is
    about the page size, not the `description` column."""
    model = ("# Data Model\n\n## Product\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
             "| `name` | string | yes | Product name; the default sort key. |\n"
             "| `description` | string | yes | Full text description. |\n| `price` | decimal | yes | Price |\n")
    contract = ("openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\npaths:\n  /api/products:\n    get:\n"
                "      parameters:\n        - name: size\n          in: query\n"
                "          description: Page size. Defaults to 20; maximum 50.\n"
                "          schema: {type: integer, maximum: 50}\n      responses:\n        '200': {description: ok}\n")
    _, fields = read(root, {"specs/001-shop/data-model.md": model, "specs/001-shop/spec.md": "# Shop\n",
                            "specs/001-shop/contracts/openapi.yaml": contract}, "001-shop")
    assert fields["name"]["required"] and "default" not in fields["name"]
    assert fields["description"].get("max_length") is None


DICTIONARY_TWIN = """# Modelo de Dados: Cadastro de Mecânico

```mermaid
erDiagram
    mecanicos {
        bigint Id PK
        string Codigo
        string Nome
        string Sobrenome
        string Documento
        date DataAdmissao
        decimal ValorHora
        string Observacoes
    }
```

## 2. Dicionário de Dados do Formulário

| Campo no Formulário | Tipo C# / SQL | Regras de Validação |
|---|---|---|
| `codigo` | `string` / `varchar(40)` | Obrigatório, max 40 chars |
| `nome` | `string` / `varchar(160)` | Obrigatório, max 160 |
| `sobrenome` | `string?` / `varchar(160)` | Opcional, max 160 |
| `documento` | `string` / `varchar(40)` | Obrigatório |
| `dataAdmissao` | `DateTime` / `date` | Obrigatório |
| `valorHora` | `decimal` / `decimal(10,2)` | Obrigatório, >= 0 |
| `observacoes` | `string?` / `varchar(500)` | Opcional, max 500 chars |
"""


def test_a_data_dictionary_of_the_same_columns_adds_its_rules_to_the_entity(root: Path) -> None:
    """A table titled 'Dicionário de Dados do Formulário' with the entity's columns is the same entity told again
    with its rules: the mermaid entity keeps its name, the dictionary gives lengths and presence."""
    draft, fields = read(root, {"specs/015-cadastro-mecanico/data-model.md": DICTIONARY_TWIN,
                                "specs/015-cadastro-mecanico/spec.md": "# Cadastro\n"}, "015-cadastro-mecanico")
    assert draft.spec["name"] == "mecanico"
    assert fields["nome"]["max_length"] == 160 and fields["nome"]["required"]
    assert not fields["sobrenome"]["required"] and fields["observacoes"]["max_length"] == 500
    assert fields["data_admissao"]["type"] == "date"


NAMED_TYPES_AND_INDEX_WORDS = """# Data Model: Pedidos

```prisma
enum TicketStatus {
  DRAFT
  CONFIRMED
  CLOSED
}
```

## Ticket

- `id` (uuid)
- `tableCode` (string) - la mesa
- `status` (TicketStatus, default: DRAFT)
- `centerCode` (string): `^\\d{8}$`
- `notes` (string, nullable)

**Indexes**:
- `idx_mesa` en `tableCode` (para búsqueda rápida)
"""

TICKET_SQL = """CREATE TABLE tickets (
  id uuid PRIMARY KEY,
  table_code text NOT NULL,
  notes text
);

CREATE INDEX IF NOT EXISTS idx_tickets_notes
  ON tickets(notes);
"""


def test_a_named_type_in_parentheses_index_words_and_a_contract_ddl(root: Path) -> None:
    """`status` (TicketStatus, default: DRAFT) takes the declared enum; "`idx_mesa` en `tableCode`" indexes that column;
    a `CREATE INDEX` in the contract's SQL counts; `^\\d{8}$` is a length of 8."""
    _, fields = read(root, {"specs/002-tickets/data-model.md": NAMED_TYPES_AND_INDEX_WORDS,
                            "specs/002-tickets/spec.md": "# Tickets\n",
                            "specs/002-tickets/contracts/schema.sql": TICKET_SQL}, "002-tickets")
    assert fields["status"]["enum_values"] == ["DRAFT", "CONFIRMED", "CLOSED"] and fields["status"]["default"] == "DRAFT"
    assert fields["table_code"]["index"] and fields["notes"]["index"]
    assert fields["center_code"]["max_length"] == 8 and fields["center_code"]["min_length"] == 8


CSV_TABLES = """Tabel users
Nama Kolom,Tipe Data,Keterangan
id_user,"INT (PK, AI)","Primary Key, ID unik."
username,VARCHAR(50),Username unik untuk login.

Tabel artikel
Nama Kolom,Tipe Data,Keterangan
id_artikel,"INT (PK, AI)","Primary Key, ID unik."
judul,VARCHAR(255),Judul artikel.
isi TEXT,Isi atau konten artikel.
kategori,ENUM,"Pilihan kategori: 'politik', 'ekonomi', 'sosial'."
terbit,BOOLEAN,"Status publikasi."
"""


def test_csv_rows_under_a_table_line_with_a_slipped_comma(root: Path) -> None:
    """`Tabel artikel` over CSV rows (`id_artikel,"INT (PK, AI)",...`), one with its comma after the type
    (`isi TEXT,Isi ...`): every column read, the ENUM's values from its notes."""
    draft, fields = read(root, {"database.md": CSV_TABLES}, "artikel")
    assert draft.spec["name"] == "artikel" and set(fields) == {"judul", "isi", "kategori", "terbit"}
    assert fields["isi"]["type"] == "text" and fields["judul"]["max_length"] == 255
    assert fields["kategori"]["enum_values"] == ["politik", "ekonomi", "sosial"]


VALUE_TABLES = """# Skema Database

### documents

Tabel utama.

| Kolom | Tipe | Null | Default | Keterangan |
|-------|------|------|---------|------------|
| `id` | BIGINT | NO | AUTO_INCREMENT | Primary Key |
| `title` | VARCHAR(255) | NO | - | Judul dokumen |
| `description` | TEXT | YES | NULL | Deskripsi/ringkasan |
| `status` | ENUM | NO | 'draft' | Status dokumen |
| `level` | ENUM | NO | 'internal' | Tingkat |
| `kind` | TEXT | NO | - | mensual, adicional |
| `source` | text | NO | 'manual' | 'manual'（手動）/ 'ical'（自動） |
| `region` | text CHECK (`north`, `south`) | NO | - | |

**Status Values:**
| Status | Keterangan |
|--------|------------|
| `draft` | Draf |
| `published` | Terbit |

**Level Values:**
| Level | Keterangan |
|-------|------------|
| `public` | Umum |
| `internal` | Internal |
"""


def test_value_tables_check_lists_in_the_type_and_two_words_that_describe(root: Path) -> None:
    """'**Status Values:**' over a table of code-quoted values lists the column's values; a TEXT column's
    'Deskripsi/ringkasan' (two words for one thing) and 'mensual, adicional' without a default are no lists; a CHECK
    in the type cell and quoted values beside the default are."""
    _, fields = read(root, {"docs/schema.md": VALUE_TABLES}, "document")
    assert fields["status"]["enum_values"] == ["draft", "published"]
    assert fields["level"]["enum_values"] == ["public", "internal"]
    assert fields["description"]["type"] == "text" and fields["kind"]["type"] == "text"
    assert fields["source"]["enum_values"] == ["manual", "ical"]
    assert fields["region"]["enum_values"] == ["north", "south"]


CENTRAL_ENTITY = """# Data Model: OT Management

## OTStep

| Field | Type | Notes |
|---|---|---|
| id | UUID | PK |
| ot_id | UUID | FK |
| position | int | order |
| description | text | step |

## WorkOrder

Central entity for this module. One row per work order.

| Field | Type | Notes |
|---|---|---|
| id | UUID | PK |
| priority | int | 1-4 |
| status | text | open/closed |
| planned_start | date | |
"""


def test_the_entity_the_data_model_calls_central_is_the_one_read(root: Path) -> None:
    """'Central entity for this module' under `## WorkOrder` outweighs the `ot` of `ot-management` that OTStep's
    name shares."""
    draft, _ = read(root, {"specs/002-ot-management/data-model.md": CENTRAL_ENTITY,
                           "specs/002-ot-management/spec.md": "# OT\n"}, "002-ot-management")
    assert draft.spec["name"] == "work_order"


MIGRACIONES = """CREATE TYPE "estado_turno" AS ENUM (
  'Programado',
  'Atendido'
);

CREATE TABLE "citas_medicas" (
  "id_cita" uuid PRIMARY KEY,
  "motivo" varchar(200),
  "fecha_cita" timestamp,
  "estado" estado_turno DEFAULT 'Programado'
);
"""


def test_a_spanish_migrations_folder_a_quoted_enum_type_and_a_plural_compound(root: Path) -> None:
    """`migraciones/` beside `docs/` holds the DDL; `CREATE TYPE "estado_turno" AS ENUM` (quoted) types `estado`;
    `citas_medicas` (every word plural) is the cita_medica."""
    draft, fields = read(root, {"docs/base-de-datos.md": "# Base de datos\n\nVer migraciones.\n",
                                "migraciones/migraciones.sql": MIGRACIONES}, "cita_medica")
    assert draft.spec["name"] == "cita_medica"
    assert fields["estado"]["enum_values"] == ["Programado", "Atendido"] and fields["estado"]["default"] == "Programado"


def test_echoes_is_the_echo_and_an_accented_heading_names_its_entity(root: Path) -> None:
    """`create_table :echoes` is the echo; `## Usuário` alone names the Usuario; 'e-mail' is a string."""
    draft, _ = read(root / "a", {"docs/schema.md": "# Schema\n\n```sql\nCREATE TABLE echoes (\n  id bigint PRIMARY KEY,\n"
                                 "  title varchar(80) NOT NULL,\n  body text\n);\nCREATE TABLE echo_lights (\n"
                                 "  id bigint PRIMARY KEY,\n  echo_id bigint NOT NULL,\n  amount int NOT NULL\n);\n```\n"},
                    "echo")
    assert draft.spec["name"] == "echo"
    model = ("# Data Model: Cadastro\n\n## Usuário\n\n| Campo | Tipo lógico | Obrigatório |\n|---|---|---|\n"
             "| `id` | UUID | sim |\n| `username` | texto | sim |\n| `email` | e-mail | sim |\n")
    draft, fields = read(root / "b", {"specs/001-cadastro/data-model.md": model, "specs/001-cadastro/spec.md": "# C\n"},
                         "001-cadastro")
    assert draft.spec["name"] == "usuario" and fields["email"]["type"] == "str"


# Round 56-57 forms: required lists in the API spec, initial states, Drizzle chains, C# members, value objects ----------

PFLICHT_MODEL = """# Datenmodell

### `orders`

| Spalte | Typ | Beschreibung |
|---|---|---|
| `id` | `uuid` PK | |
| `priority` | `text` | Enum: `gering`, `normal`, `hoch` |
| `destination` | `text` | Name des Ziels |
| `destination_address` | `text` | Adresse des Ziels |
| `deadline` | `timestamptz` | Termin (nullable) |
| `companion` | `boolean` | Begleitperson |
"""

PFLICHT_API = """# API

### POST /api/orders

Pflichtfelder: `priority`, `destination`, `deadline`.

### POST /api/trips

Pflichtfelder: `driver_id`, `vehicle_id`.
"""


def test_a_required_fields_list_in_the_api_spec_leaves_the_rest_optional(root: Path) -> None:
    """The schema says only which columns are nullable; 'Pflichtfelder:' under the create route names the required
    ones, so an unmarked column it leaves out is optional; the nullable `deadline` stays optional (the schema wins)."""
    _, fields = read(root, {"docs/datenmodell.md": PFLICHT_MODEL, "docs/api.md": PFLICHT_API}, "order")
    assert fields["priority"]["required"] and fields["destination"]["required"]
    assert not fields["destination_address"]["required"] and not fields["companion"]["required"]
    assert not fields["deadline"]["required"]


INDEX_ROWS = """# Datenmodell

## games

| Champ | Type | Contraintes |
|---|---|---|
| id | uuid | PK |
| group_id | uuid | FK → groups.id, NOT NULL |
| played_at | date | NOT NULL |

## decks

| Champ | Type | Contraintes |
|---|---|---|
| id | uuid | PK |
| group_id | uuid | FK → groups.id, NOT NULL |
| name | text | NOT NULL |

## berita

| Column | Type | Nullable |
|---|---|---|
| id | BIGINT | NO |
| slug | VARCHAR(255) | NO |

## Index

| Table | Colonnes | Justification |
|---|---|---|
| games | (group_id, played_at) | Historique |
| decks | (group_id) | Bibliothèque |
"""


def test_an_index_row_of_another_plural_table_and_a_unique_key_in_an_index_list(root: Path) -> None:
    """`| decks | (group_id) |` is the deck's index, not the game's; `- UNIQUE KEY: slug` under **Indexes:** is an index."""
    _, fields = read(root / "a", {"specs/data-model.md": INDEX_ROWS}, "game")
    assert not fields["group_id"]["index"]
    model = ("# DB\n\n### Table: `beritas`\n\n| Column | Type | Nullable |\n|---|---|---|\n| id | BIGINT | NO |\n"
             "| judul | VARCHAR(255) | NO |\n| slug | VARCHAR(255) | NO |\n\n**Indexes:**\n- PRIMARY KEY: id\n"
             "- UNIQUE KEY: slug\n")
    _, fields = read(root / "b", {"docs/database.md": model}, "berita")
    assert fields["slug"]["index"] and fields["slug"]["unique"]


UNTYPED_AND_PRISMA = """# Arquitectura

## 3. Modelo de dominio

### 3.1 ShoppingList (Lista de Compra)

Conjunto de ítems que representan artículos.

**Atributos:**
- `id`: Identificador único
- `name`: Nombre de la lista
- `totalCost`: Coste total de la compra
- `statusDate`: Fecha del último cambio de estado
- `templateId`: Si fue creada desde una plantilla

### 3.2 Item

**Atributos:**
- `id`: Identificador único
- `quantity`: Cantidad

## 4. Esquema de base de datos

```prisma
model ShoppingList {
  id          String   @id @default(cuid())
  name        String
  totalCost   Float?
  statusDate  DateTime @default(now())
}
```
"""


def test_a_type_guessed_from_words_yields_to_the_prisma_models_declared_type(root: Path) -> None:
    """'Nombre de la lista' is the list's name, not a number; `totalCost Float?` and `statusDate DateTime` in the
    Prisma model type the untyped bullets."""
    _, fields = read(root, {"docs/arquitectura.md": UNTYPED_AND_PRISMA}, "shopping_list")
    assert fields["name"]["type"] == "str"
    assert fields["total_cost"]["type"] == "float" and fields["status_date"]["type"] == "datetime"


def test_the_value_a_line_calls_the_initial_state_is_the_default(root: Path) -> None:
    """'初期ステータス' (Japanese), '初始狀態為' (Chinese) and a `// Initial state` comment on a Java enum member name the
    default of the status column, which the client need not send."""
    model = ("# Data Model\n\n## Product\n\n| Field | Type | Required |\n|---|---|---|\n| `name` | `string` | 必須 |\n"
             "| `status` | `'draft' \\| 'published' \\| 'archived'` | 必須 |\n\n- **draft（下書き）**: 新規作成時の初期ステータス\n")
    _, fields = read(root / "ja", {"specs/004-product/data-model.md": model, "specs/004-product/spec.md": "# P\n"},
                     "004-product")
    assert fields["status"]["default"] == "draft" and not fields["status"]["required"]
    model = ("# Data Model\n\n## ErrorReport\n\n| 欄位 | 型別 | 必填 |\n|---|---|---|\n| `message` | string | ✅ |\n"
             "| `status` | `'pending' \\| 'resolved' \\| 'ignored'` | ✅ |\n")
    spec = "# 錯誤回報\n\n- **FR-007**: 系統必須建立新文件,初始狀態為 `pending`\n"
    _, fields = read(root / "zh", {"specs/004-error/data-model.md": model, "specs/004-error/spec.md": spec}, "004-error")
    assert fields["status"]["default"] == "pending"
    model = ("# Data Model\n\n## Order\n\n| Field | Type | Constraints |\n|---|---|---|\n| buyer | String | Required |\n"
             "| status | OrderStatus | Required |\n\n#### OrderStatus (Enum)\n\n```java\nenum OrderStatus {\n"
             "    CREATED,              // Initial state\n    PAID,\n    FAILED\n}\n```\n")
    _, fields = read(root / "en", {"specs/001-order/data-model.md": model, "specs/001-order/spec.md": "# O\n"}, "001-order")
    assert fields["status"]["type"] == "enum" and fields["status"]["default"] == "CREATED"


DRIZZLE_CHAINED = """# Data Model

```typescript
export const flashSales = pgTable("flash_sales", {
  id: text("id").primaryKey(),
  merchantId: text("merchant_id")
    .notNull()
    .references(() => merchants.id, { onDelete: "cascade" }),
  salePrice: integer("sale_price").notNull(),
  note: text("note"),
}, (table) => [
  index("flash_sales_merchant_id_idx").on(table.merchantId),
])
```
"""


def test_a_drizzle_chain_over_several_lines_and_its_index_callback(root: Path) -> None:
    """`.notNull()` on the line below the builder makes the column required; `index(...).on(table.merchantId)` in the
    table's config indexes it."""
    _, fields = read(root, {"specs/003-flash/data-model.md": DRIZZLE_CHAINED, "specs/003-flash/spec.md": "# F\n"},
                     "003-flash")
    assert fields["merchant_id"]["required"] and fields["merchant_id"]["index"]
    assert not fields["note"]["required"] and not fields["note"]["index"]


CSHARP_TABLE = """# Data Model

## BlogPost

| 欄位名稱 | 型別 | 必填 | 說明 | 限制 |
|---------|------|------|------|------|
| Id | Guid | ✓ | 主鍵 | PK |
| Title | string | ✓ | 標題 | 最大 200 字元 |
| Slug | string | ✓ | URL | 最大 300 字元 |
| Content | string | ✓ | 文章內容 (Markdown) | 無限制 |
| Status | enum | ✓ | 文章狀態 | Draft=0, Published=1 |
| CategoryId | Guid | | 分類 ID | FK to Category |

**索引**:
- `IX_BlogPost_Slug` (唯一): 加速 URL 查詢
- `IX_BlogPost_Status_PublishedAt`: 加速列表查詢
- `IX_BlogPost_CategoryId`: 加速分類篩選
"""


def test_csharp_enum_members_with_numbers_an_unbounded_string_and_indexes_named_for_the_class(root: Path) -> None:
    """`Draft=0, Published=1` lists the enum's members; a string noted 無限制 (no limit) is text; `IX_BlogPost_Slug`
    indexes the slug (the class name in PascalCase), the three-part one is composite."""
    _, fields = read(root, {"specs/001-blog/data-model.md": CSHARP_TABLE, "specs/001-blog/spec.md": "# B\n"}, "001-blog")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["Draft", "Published"]
    assert fields["content"]["type"] == "text" and fields["title"]["type"] == "str"
    assert fields["slug"]["index"] and fields["category_id"]["index"] and not fields["title"]["index"]


VALUE_OBJECTS = """# Data Model: Gestión de clientes

## Glosario

| Negocio | Código |
|---|---|
| Cliente | `Customer` |
| Razón social | `LegalName` |
| Responsable Inscripto | `VatCondition.RegisteredTaxpayer` |
| Monotributista | `VatCondition.SimplifiedRegime` |
| Exento | `VatCondition.Exempt` |

## Entidad de dominio: `Customer`

| Campo | Tipo | Obligatorio | Reglas |
|---|---|---|---|
| `Id` | `Guid` | Sí | Asignado al crear |
| `LegalName` | `LegalName` | Sí | Trim; no vacío; ≤ 200 caracteres |
| `TaxId` | `TaxId` | Sí | Sin guiones ni espacios; 11 dígitos; único |
| `VatCondition` | `VatCondition` (enum) | Sí | Uno de los valores del glosario |
| `Phone` | `Phone?` | No | ≥ 6 dígitos; ≤ 30 caracteres |
| `Address` | `Address?` | No | Trim; texto libre; ≤ 300 caracteres |

Índices:
- `ux_customers_tax_id` (único): búsqueda por CUIT.
"""


def test_value_objects_named_like_their_fields_a_glossary_of_enum_members_and_a_count_of_digits(root: Path) -> None:
    """`LegalName | LegalName` wraps one text value; the glossary's `VatCondition.X` cells list the enum's members;
    '11 dígitos' is an exact length ('≥ 6 dígitos' is not); `ux_customers_tax_id` is a (unique) index."""
    draft, fields = read(root, {"specs/001-clientes/data-model.md": VALUE_OBJECTS, "specs/001-clientes/spec.md": "# C\n"},
                         "001-clientes")
    assert not draft.blocking
    assert fields["legal_name"]["type"] == "str" and fields["legal_name"]["max_length"] == 200
    assert fields["address"]["type"] == "str" and not fields["address"]["required"]
    assert fields["vat_condition"]["enum_values"] == ["RegisteredTaxpayer", "SimplifiedRegime", "Exempt"]
    assert fields["tax_id"]["max_length"] == 11 and fields["tax_id"]["min_length"] == 11 and fields["tax_id"]["index"]
    assert fields["phone"].get("min_length") is None


JPA_MODEL = """# 資料模型

### `Student.java`

```java
@Entity
@Table(name = "students")
@Data
@NoArgsConstructor
public class Student {

    @Id
    private String id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Gender gender;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Parent parent;

    @Lob
    private String note;

    @Column(nullable = false)
    private Integer grade = 1;

    @CreationTimestamp
    private LocalDateTime enrolledAt;

    public enum Gender { male, female }
}
```

```java
public class StudentDto {
    private String name;
    private String summary;
}
```
"""


def test_jpa_entity_classes_are_read(root: Path) -> None:
    """`@Entity @Table(name = "students")` over `@Column(nullable = false, length = 40) private String name;`: the
    table and its columns; an unannotated column is nullable (JPA's default); a `@ManyToOne` is another table; the
    enum nested in the class closes `gender`; a plain class (a DTO) is no table."""
    draft, fields = read(root, {"specs/database/schema.md": JPA_MODEL}, "student")
    assert draft.spec["name"] == "student" and draft.spec.get("table", "students") == "students"
    assert fields["name"] == {**fields["name"], "type": "str", "max_length": 40, "required": True}
    assert fields["gender"]["enum_values"] == ["male", "female"] and fields["gender"]["required"]
    assert fields["note"]["type"] == "text" and not fields["note"]["required"]
    assert fields["grade"]["default"] == 1 and not fields["grade"]["required"]
    assert not fields["enrolled_at"]["required"]
    assert "parent" not in fields and "summary" not in fields


def test_a_chinese_title_names_the_entity_whose_heading_translates_it(root: Path) -> None:
    """'# 資料模型文件 - 健身紀錄追蹤功能' (fitness record tracking) names `### WorkoutRecord（健身紀錄）`, whose table
    sits under a `**屬性**:` label, when the folder's name (`fitness-tracking`) names no entity."""
    model = "# 資料模型文件 - 健身紀錄追蹤功能\n\n## 實體定義\n\n"
    for number, (name, alias, columns) in enumerate([("ExerciseType", "運動項目", ["Name", "Category", "IsCustom"]),
                                                      ("WorkoutRecord", "健身紀錄", ["Date", "DurationMinutes", "Notes"]),
                                                      ("WorkoutGoal", "運動目標", ["Target", "Period"])], 1):
        model += f"### {number}. {name}（{alias}）\n\n**屬性**:\n\n| 屬性 | 型別 | 必填 | 說明 |\n|---|---|---|---|\n"
        model += "| Id | int | ✓ | 主鍵 |\n" + "".join(f"| {c} | string | ✓ | {c} |\n" for c in columns) + "\n"
    draft, _ = read(root, {"specs/001-fitness-tracking/data-model.md": model, "specs/001-fitness-tracking/spec.md": "# F\n"},
                    "001-fitness-tracking")
    assert draft.spec["name"] == "workout_record"


EF_BESIDE_TABLE = """# Data Model

#### Properties

| Property | Type | Constraints | Purpose |
|----------|------|-------------|---------|
| Id | Guid | PK | Identifier |
| Name | string | Non-null, 1-255 chars | Character name |
| AdventureId | Guid | FK | Adventure |
| StrBase | int | 3-18 | Strength |
| Notes | string | | Free notes |

#### Database Mapping (EF Core)

```csharp
modelBuilder.Entity<Character>(entity =>
{
    entity.HasKey(e => e.Id);
    entity.Property(e => e.AdventureId).IsRequired();
    entity.Property(e => e.StrBase).IsRequired();
    entity.HasIndex(e => e.AdventureId);
    entity.ToTable("characters");
});
```
"""


def test_ef_core_configuration_applies_to_the_table_of_columns_beside_it(root: Path) -> None:
    """No C# class declares the properties, only a table does; `modelBuilder.Entity<Character>` still makes
    `StrBase` and `AdventureId` required and indexes `AdventureId`."""
    model = EF_BESIDE_TABLE.replace("# Data Model\n", "# Data Model\n\n### Character\n")
    _, fields = read(root, {"specs/003-character/data-model.md": model, "specs/003-character/spec.md": "# C\n"},
                     "003-character")
    assert fields["str_base"]["required"] and fields["adventure_id"]["required"] and fields["adventure_id"]["index"]
    assert not fields["notes"]["required"]


def test_the_file_that_defines_the_entity_is_its_schema_when_none_is_named_so(root: Path) -> None:
    """No file is named for the schema; `docs/arquitectura.md` defines the list, so its Prisma `@@index` lines count;
    `owner` ('Relación con el usuario propietario') beside `ownerId` is the joined row, not a column."""
    model = UNTYPED_AND_PRISMA.replace("- `name`: Nombre de la lista\n",
                                       "- `name`: Nombre de la lista\n- `ownerId`: Usuario propietario\n"
                                       "- `owner`: Relación con el usuario propietario\n").replace(
        "  statusDate  DateTime @default(now())\n}", "  statusDate  DateTime @default(now())\n  ownerId     String\n\n"
        "  @@index([ownerId])\n}")
    _, fields = read(root, {"docs/arquitectura.md": model}, "shopping_list")
    assert fields["owner_id"]["index"] and not fields["name"]["index"]
    assert "owner" not in fields


def test_sqlite_flags_mermaid_enums_and_a_length_between_two_numbers(root: Path) -> None:
    """`is_archived INTEGER NOT NULL DEFAULT 0` is SQLite's flag; mermaid's `enum status "PRESENT | ABSENT"` lists its
    values; 'Description must be between 1 and 500 characters' bounds the TEXT column."""
    model = ("# DB\n\n## documents\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| id | TEXT | PK | |\n| title | TEXT | NOT NULL | 제목 |\n| is_archived | INTEGER | NOT NULL DEFAULT 0 | 아카이브 |\n"
             "| sort_order | INTEGER | NOT NULL DEFAULT 0 | 정렬 순서 |\n")
    _, fields = read(root / "a", {"specs/database.md": model}, "document")
    assert fields["is_archived"]["type"] == "bool" and fields["is_archived"]["default"] is False
    assert fields["sort_order"]["type"] == "int"
    erd = ("# ERD\n\n```mermaid\nerDiagram\n    ATTENDANCES {\n        bigint id PK\n        bigint member_id FK\n"
           "        enum status \"PRESENT | ABSENT | LATE\"\n        int late_minutes \"nullable\"\n    }\n```\n")
    _, fields = read(root / "b", {"docs/ERD.md": erd}, "attendance")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["PRESENT", "ABSENT", "LATE"]
    model = ("# Data Model\n\n### Expense\n\n**Fields**:\n- id: INTEGER (Primary Key)\n- amount: DECIMAL(10,2) (Required)\n"
             "- description: TEXT (Required)\n\n**Validation Rules**:\n- Description must be between 1 and 500 characters\n")
    _, fields = read(root / "c", {"specs/001-expenses/data-model.md": model, "specs/001-expenses/spec.md": "# E\n"},
                     "001-expenses")
    assert fields["description"]["max_length"] == 500 and fields["description"]["min_length"] == 1


def test_a_migration_that_only_adds_columns_gives_their_lengths_to_the_table(root: Path) -> None:
    """The feature adds two columns to an existing table with `ALTER TABLE tarefas ADD COLUMN horario_inicio VARCHAR(5),
    ADD COLUMN duracao INTEGER` and no CREATE TABLE: the length joins the data model's `horarioInicio`, whose table
    row says only `String?`; the table stays the definition read."""
    model = ("# Modelo de Dados\n\n## Tarefa (existente — campos adicionados)\n\n| Campo | Tipo | Obrigatório |\n|---|---|---|\n"
             "| `titulo` | String | Sim |\n| `horarioInicio` | String? | Não |\n| `duracao` | Int? | Não |\n\n"
             "## Migração\n\n```sql\nALTER TABLE tarefas\n  ADD COLUMN horario_inicio VARCHAR(5),\n  ADD COLUMN duracao INTEGER;\n\n"
             "ALTER TABLE tarefas\n  ADD CONSTRAINT chk_duracao CHECK (duracao IS NULL OR duracao >= 1);\n```\n")
    _, fields = read(root, {"specs/002-horario/data-model.md": model, "specs/002-horario/spec.md": "# H\n"}, "002-horario")
    assert set(fields) == {"titulo", "horario_inicio", "duracao"}
    assert fields["horario_inicio"]["max_length"] == 5 and fields["titulo"]["required"]
    # a migration that adds one column the model does not list (a search index's tsvector) is not the entity
    prisma = ("# Data Model\n\n```prisma\nmodel Product {\n  id    String @id\n  name  String\n  price Decimal\n  sku   String"
              " @unique\n}\n```\n\n```sql\nALTER TABLE \"products\" ADD COLUMN \"search_vector\" tsvector;\n```\n")
    draft, fields = read(root / "b", {"specs/002-catalog/data-model.md": prisma, "specs/002-catalog/spec.md": "# C\n"},
                         "002-catalog")
    assert set(fields) == {"name", "price", "sku"} and not draft.blocking


def test_created_with_a_status_a_default_noun_phrase_and_json_columns_stored_as_text(root: Path) -> None:
    """'is created with an "active" status' names the default; 'Default ship-via for generated orders' says what the
    column is, not its default; `ContentBlock[] (JSON)` over SQLite's TEXT is JSON, and its TEXT default
    `'{"servings":null}'` is the JSON it holds."""
    model = ("# Data Model\n\n### StandingOrder\n\n| Field | Type | Constraints | Notes |\n|---|---|---|---|\n"
             "| status | CharField(10) | Required, one of: \"active\", \"paused\", \"cancelled\" | Lifecycle state |\n"
             "| ship_via | CharField(100) | Nullable | Default ship-via for generated orders |\n"
             "| ingredients | IngredientsList (JSON) | required | |\n| steps | ContentBlock[] (JSON) | optional | |\n\n"
             "```sql\nCREATE TABLE standing_orders (id TEXT PRIMARY KEY, status TEXT NOT NULL, ship_via TEXT,\n"
             "  ingredients TEXT NOT NULL DEFAULT '{\"servings\":null,\"groups\":[]}', steps TEXT);\n```\n")
    spec = "# Standing orders\n\nThe standing order is created with an \"active\" status.\n"
    _, fields = read(root, {"specs/007-standing/data-model.md": model, "specs/007-standing/spec.md": spec}, "007-standing")
    assert fields["status"]["default"] == "active" and not fields["status"]["required"]
    assert fields["ship_via"].get("default") is None
    assert fields["ingredients"]["type"] == "json" and fields["ingredients"]["default"] == {"servings": None, "groups": []}
    assert fields["steps"]["type"] == "json"


def test_a_sql_comment_on_the_line_above_a_column_lists_its_values(root: Path) -> None:
    """`-- Coluna discriminadora: 'FIXED_INCOME', 'VARIABLE_INCOME'` above `category TEXT NOT NULL` closes its list;
    a comment above that quotes no values leaves the next column alone."""
    model = ("# Modelagem\n\n```sql\nCREATE TABLE assets (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL,\n"
             "    -- Coluna discriminadora: 'FIXED_INCOME', 'VARIABLE_INCOME', 'INVESTMENT_FUND'\n    category TEXT NOT NULL,\n"
             "    -- Campos de auditoria\n    issuer TEXT\n);\n```\n")
    _, fields = read(root, {"docs/modelagem.md": model}, "asset")
    assert fields["category"]["enum_values"] == ["FIXED_INCOME", "VARIABLE_INCOME", "INVESTMENT_FUND"]
    assert fields["issuer"]["type"] == "text"


def test_a_heading_that_translates_its_table_after_a_colon_and_a_bare_chinese_index_cell(root: Path) -> None:
    """`### attendances:出席記録` names the attendances (the Japanese after the colon translates it); a constraints
    cell `外键→users.id；非空；索引` (…; indexed) indexes the column."""
    model = ("# テーブル定義書\n\n## 2. テーブル定義\n\n### students:生徒\n\n| カラム名 | 型 | NULL許可 | 説明 |\n|---|---|---|---|\n"
             "| id | BIGINT | NO | PK |\n| name | VARCHAR(50) | NO | 氏名 |\n| grade | INT | YES | 学年 |\n\n"
             "### attendances:出席記録\n\n| カラム名 | 型 | NULL許可 | 説明 |\n|---|---|---|---|\n| id | BIGINT | NO | PK |\n"
             "| student_id | BIGINT | NO | 生徒ID |\n| is_late | BOOLEAN | NO | 遅刻 |\n")
    draft, fields = read(root / "a", {"docs/design/テーブル定義書.md": model}, "attendance")
    assert draft.spec["name"] == "attendance" and set(fields) == {"student_id", "is_late"}
    model = ("# 数据库设计\n\n### books\n\n| 字段 | 类型 | 约束 |\n|---|---|---|\n| id | VARCHAR(50) | 主键 |\n"
             "| owner_id | VARCHAR(50) | 外键→users.id；非空；索引 |\n| title | VARCHAR(200) | 非空 |\n")
    _, fields = read(root / "b", {"docs/数据库设计.md": model}, "book")
    assert fields["owner_id"]["index"] and not fields["title"]["index"]


def test_go_structs_with_gorm_and_binding_tags(root: Path) -> None:
    """A Go backend's spec writes its model as a struct: the json tag is the client's key, GORM's `size`, `type:text`,
    `not null`, `default` and `uniqueIndex` the column, `binding:"oneof=..."` and a `const` block of a string type the
    closed lists; `json:"-"`, a relation and a request struct stay out."""
    model = ("# Data Model\n\n```go\ntype BookmarkStatus string\n\nconst (\n    StatusUnread BookmarkStatus = \"unread\"\n"
             "    StatusRead   BookmarkStatus = \"read\"\n)\n\ntype Bookmark struct {\n    gorm.Model\n"
             "    UserID      uint           `gorm:\"not null;index\" json:\"userId\"`\n"
             "    PageTitle   string         `gorm:\"size:200;not null\" json:\"pageTitle\" binding:\"required,max=200\"`\n"
             "    Notes       *string        `gorm:\"type:text\" json:\"notes,omitempty\"`\n"
             "    Status      BookmarkStatus `gorm:\"default:'unread'\" json:\"status\"`\n"
             "    Priority    string         `gorm:\"size:10\" json:\"priority\" binding:\"oneof=low high\"`\n"
             "    Slug        string         `gorm:\"uniqueIndex;size:100\" json:\"slug\"`\n"
             "    Tags        []Tag          `gorm:\"many2many:bookmark_tags\" json:\"tags\"`\n"
             "    Secret      string         `json:\"-\"`\n}\n\n"
             "type CreateBookmarkRequest struct {\n    PageTitle string `json:\"pageTitle\" binding:\"required\"`\n}\n```\n")
    draft, fields = read(root, {"specs/database/schema.md": model}, "bookmark")
    assert draft.spec["name"] == "bookmark" and draft.user_id_type == "int"
    assert set(fields) == {"page_title", "notes", "status", "priority", "slug"}
    assert draft.spec["api"]["casing"] == "camel"  # (pageTitle goes out as written)
    assert fields["page_title"]["required"] and fields["page_title"]["max_length"] == 200
    assert fields["notes"]["type"] == "text" and not fields["notes"]["required"]
    assert fields["status"]["enum_values"] == ["unread", "read"] and fields["status"]["default"] == "unread"
    assert fields["priority"]["enum_values"] == ["low", "high"]
    assert fields["slug"]["unique"] and not fields["slug"]["required"]


def test_an_openspec_change_folder_is_the_feature(root: Path) -> None:
    """OpenSpec keeps a feature in openspec/changes/<change>/: design.md holds its data model (and here its routes),
    proposal.md and specs/<capability>/spec.md what it must do; an archived change's tables are another feature's."""
    design = ("# Design\n\n## Data Model\n\n### Expense\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
              "| user_id | UUID | FK |\n| amount | decimal(10,2) | required |\n| note | string(200) | optional |\n\n"
              "## API\n\n- `GET /api/expenses`\n- `POST /api/expenses`\n")
    files = {"openspec/project.md": "# Project Context\n\nAn expense tracker.\n",
             "openspec/changes/archive/2025-01-02-add-user-auth/design.md":
                 "# Design\n\n| Field | Type |\n|---|---|\n| email | string |\n| display_name | string |\n",
             "openspec/changes/add-expense-tracking/design.md": design,
             "openspec/changes/add-expense-tracking/proposal.md": "# Proposal\n\n## Why\nUsers record expenses.\n",
             "openspec/changes/add-expense-tracking/specs/expenses/spec.md":
                 "## ADDED Requirements\n\n### Requirement: Record an expense\nThe system SHALL store an expense.\n"}
    for feature in ("expense", "add-expense-tracking"):
        draft, fields = read(root / feature, files, feature)
        assert draft.layout == "openspec" and set(fields) == {"amount", "note"}
        assert draft.endpoints == ["GET /api/expenses", "POST /api/expenses"]


def test_a_bare_object_block_under_the_entity_heading_and_a_view_over_a_subquery(root: Path) -> None:
    """`### IncomeEvent` over a ```typescript block holding one bare `{ name: string ... }` object: the entity's fields
    (its nested objects' members are not); a view's `FROM (` subquery is no table; `CREATE INDEX ... ON
    IncomeEvent(scheduledDate)` indexes it though the document's title names another table (Family); a derived
    `(sum of ...)` or `(amount - allocatedAmount)` amount is not asked of the client."""
    model = ("# Data Model: Family Finance\n\n### Family\n```typescript\n{\n  id: UUID (PK)\n  name: string\n"
             "  settings: {\n    timezone: string\n    currency: string\n  }\n}\n```\n\n### IncomeEvent\n```typescript\n{\n"
             "  id: UUID (PK)\n  familyId: UUID (FK → Family)\n  name: string\n  amount: Decimal\n  scheduledDate: Date\n"
             "  actualDate: Date (nullable)\n"
             "  allocatedAmount: Decimal (sum of attributions)\n  remainingAmount: Decimal (amount - allocatedAmount)\n"
             "  status: enum (scheduled|received)\n}\n```\n\n## Indexes\n```sql\n"
             "CREATE INDEX idx_income_event_date ON IncomeEvent(scheduledDate);\n"
             "CREATE INDEX idx_family_name ON Family(name);\n```\n\n### Views\n```sql\n"
             "CREATE MATERIALIZED VIEW cash_flow AS\nSELECT familyId, SUM(amount) AS income\nFROM (\n"
             "  SELECT familyId, amount, 'income' as type FROM IncomeEvent\n) combined\nGROUP BY familyId;\n```\n")
    draft, fields = read(root, {"specs/001-income/data-model.md": model, "specs/001-income/spec.md": "# Income\n"},
                         "001-income")
    assert draft.spec["name"] == "income_event" and not draft.blocking
    assert set(fields) == {"family_id", "name", "amount", "scheduled_date", "actual_date", "allocated_amount",
                           "remaining_amount", "status"}
    assert fields["scheduled_date"]["index"] and not fields["name"]["index"]
    assert fields["amount"]["required"] and not fields["allocated_amount"]["required"]
    assert not fields["remaining_amount"]["required"]


def test_glossed_quoted_values_a_content_forms_note_a_start_state_and_a_unique_entry_in_an_index_list(root: Path) -> None:
    """`'NEW'（…）/ 'REVIEW'（…）/ NULL（…）` lists NEW and REVIEW; `正面内容（富文本/LaTeX/代码）` says what forms the
    content takes, not its values; "New posts start as 'draft'" is the status's default; `- Unique: \\`slug\\`` in an
    Indexes list is a unique index."""
    model = ("# Data Model\n\n### Post\n\n| Column | Type | Null | Notes |\n|---|---|---|---|\n| id | TEXT | NOT NULL | PK |\n"
             "| front | TEXT | NOT NULL | 正面内容（富文本/LaTeX/代码） |\n"
             "| origin | VARCHAR(10) | NULL | 来源：'NEW'（学新阶段忘记）/ 'REVIEW'（复习阶段忘记）/ NULL（旧数据） |\n"
             "| slug | VARCHAR(100) | NOT NULL | URL id |\n| status | TEXT | NOT NULL | 'draft' or 'published' |\n\n"
             "**Indexes**:\n- Primary key: `id`\n- Unique: `slug`\n\n## State Transitions\n\n**Rules**:\n"
             "- New posts start as 'draft'\n- Publishing sets the date\n")
    _, fields = read(root, {"specs/database/schema.md": model}, "post")
    assert fields["front"]["type"] == "text" and not fields["front"].get("enum_values")
    assert fields["origin"]["enum_values"] == ["NEW", "REVIEW"]
    assert fields["status"]["default"] == "draft" and not fields["status"]["required"]
    assert fields["slug"]["index"] and fields["slug"]["unique"]


def test_create_and_update_times_moves_between_states_and_the_create_requests_required_list(root: Path) -> None:
    """`createTime`/`updateTime` ("Creation timestamp") are the created_at/updated_at the backend keeps; bullets of
    moves (`DRAFT` → `ACTIVE`) under "State Transitions / Class" close the status's values (no default: a list of
    moves does not say where a row starts); the contract's `ClassCreateRequest` `required:` list says what the client
    must send, and a column it does not carry is optional."""
    model = ("# Data Model\n\n## Entity: Class\n\n### Fields:\n- `id: Long` - Primary key\n- `name: String` - Name\n"
             "- `capacity: Integer` - Maximum number of students\n- `description: String` - Description\n"
             "- `status: String` - Active/inactive status\n- `createTime: LocalDateTime` - Creation timestamp\n"
             "- `updateTime: LocalDateTime` - Last update timestamp\n- `createdBy: String` - Creator identifier\n\n"
             "## State Transitions:\n\n### Class:\n- `DRAFT` → `ACTIVE` (when confirmed)\n"
             "- `ACTIVE` → `INACTIVE` (when completed)\n- `INACTIVE` → `ARCHIVED` (after the year ends)\n")
    contract = ("openapi: 3.0.0\ninfo: {title: Classes, version: '1'}\npaths:\n  /api/classes:\n    post:\n"
                "      requestBody:\n        content:\n          application/json:\n            schema:\n"
                "              $ref: '#/components/schemas/ClassCreateRequest'\n      responses:\n        '200': {description: ok}\n"
                "components:\n  schemas:\n    ClassCreateRequest:\n      type: object\n      required: [name, capacity]\n"
                "      properties:\n        name: {type: string}\n        capacity: {type: integer}\n"
                "        description: {type: string}\n")
    draft, fields = read(root, {"specs/003-class-mgmt/data-model.md": model, "specs/003-class-mgmt/spec.md": "# Classes\n",
                                "specs/003-class-mgmt/contracts/classes.yaml": contract}, "003-class-mgmt")
    assert draft.spec["name"] == "class_item" and draft.spec.get("plural", "classes") == "classes"  # (a keyword, renamed)
    assert set(fields) == {"name", "capacity", "description", "status", "created_by"}
    assert fields["status"]["enum_values"] == ["DRAFT", "ACTIVE", "INACTIVE", "ARCHIVED"]
    assert fields["status"].get("default") is None
    assert fields["name"]["required"] and fields["capacity"]["required"]
    assert not fields["description"]["required"] and not fields["status"]["required"]


def test_a_query_parameter_said_optional_is_a_filter_not_the_columns_presence(root: Path) -> None:
    """`- \\`category\\` (optional) - Filter by category` under **Query Parameters:** says the list's filter may be left
    out, not that the column may: with no column marked, every column stays optional alike."""
    model = ("# ERD\n\n### Auctions Collection\n\n```\nauctions\n├── _id: ObjectId (Primary Key)\n├── title: String\n"
             "├── category: String (Indexed)\n├── starting_price: Float (> 0)\n└── created_at: DateTime\n```\n")
    api = ("# API\n\n### List Auctions\n**GET** `/auctions`\n\n**Query Parameters:**\n- `page` (optional, default: 1)\n"
           "- `category` (optional) - Filter by category\n\n#### Filters\n\n- `title` (optional) - Search in titles\n")
    _, fields = read(root, {"docs/erd-diagram.md": model, "docs/api-endpoints.md": api}, "auction")
    assert {name: f["required"] for name, f in fields.items()} == {"title": False, "category": False, "starting_price": False}
    diagnostics = operations.read_spec(str(root), "auction").diagnostics
    assert not any(d.startswith(("category: optional, from", "title: optional, from")) for d in diagnostics)


def test_a_domain_word_shared_by_tables_chooses_none_and_a_status_drawn_in_its_notes(root: Path) -> None:
    """`parking-management` names a word of ParkingSpot and of ParkingGate: the domain's, so what the specs talk of
    (the VehicleSession) is the entity; its ENUM column's notes `ENTERING → PARKED → EXITED` are its values, and a
    `(license_plate) WHERE status IN (...)` guard lists status values, not plates."""
    def table(name: str, rows: str) -> str:
        return f"## Entity: {name}\n\n| Column | Type | Constraints | Notes |\n|---|---|---|---|\n| `id` | BIGINT | PK | |\n{rows}\n"
    model = ("# Data Model: Parking\n\n" + table("ParkingGate", "| `label` | VARCHAR(20) | NOT NULL | |")
             + table("ParkingSpot", "| `lat` | DECIMAL(9,6) | NOT NULL | |\n| `occupied` | BOOLEAN | NOT NULL | |")
             + table("VehicleSession", "| `license_plate` | VARCHAR(20) | NOT NULL | plate |\n"
                     "| `status` | ENUM | NOT NULL | ENTERING → PARKED → EXITED |")
             + "**Unique constraint**: `(license_plate)` WHERE `status IN ('ENTERING', 'PARKED')` — one active session.\n")
    spec = ("# Parking Management\n\nEach vehicle session starts on ENTRY. A VehicleSession is closed on EXIT; the "
            "VehicleSession is billed. Revenue sums closed VehicleSession rows.\n")
    draft, fields = read(root, {"specs/001-parking-management/data-model.md": model,
                                "specs/001-parking-management/spec.md": spec}, "001-parking-management")
    assert draft.spec["name"] == "vehicle_session"
    assert fields["status"]["enum_values"] == ["ENTERING", "PARKED", "EXITED"]
    assert fields["license_plate"]["type"] == "str" and fields["license_plate"]["max_length"] == 20


def test_mongodb_single_key_indexes_and_a_spanish_count_number(root: Path) -> None:
    """An Índices list of MongoDB key documents: `{ sexo: 1 }` indexes sexo, `{ especie: 1, raza: 1 }` is composite;
    `cantidadHijos` (a Number, 'cantidad de') counts, so it is an int."""
    model = ("# Modelo de datos\n\n## Colección: Animales\n\n| Campo | Tipo | Requerido | Default | Descripción |\n"
             "|---|---|---|---|---|\n| `_id` | ObjectId | Auto | Auto | id |\n| `nombre` | String | No | — | Nombre |\n"
             "| `especie` | String | Sí | — | Especie |\n| `raza` | String | Sí | — | Raza |\n| `sexo` | String | Sí | — | Sexo |\n"
             "| `cantidadHijos` | Number | No | `0` | Campo computado |\n| `peso` | Number | No | — | Peso en kg |\n\n"
             "**Índices:**\n- `{ nombre: 1 }` — para búsqueda por nombre\n- `{ especie: 1, raza: 1 }` — por especie y raza\n"
             "- `{ sexo: 1 }` — para filtrar por sexo\n")
    _, fields = read(root, {"docs/modelo-de-datos.md": model}, "animal")
    assert fields["nombre"]["index"] and fields["sexo"]["index"]
    assert not fields["especie"]["index"] and not fields["raza"]["index"]
    assert fields["cantidad_hijos"]["type"] == "int" and fields["peso"]["type"] == "float"


def test_a_derived_column_does_not_stop_unmarked_columns_from_being_optional(root: Path) -> None:
    """No column says whether it is required, so each is optional; a `title` the application derives (auto-generated)
    is optional too, and does not count as a column that was marked."""
    model = ("# Database\n\n## vehicle\n\n- `vin`: String (Unique)\n- `make`: String\n- `year`: Integer\n"
             "- `title`: String (auto-generated from year, make and model)\n- `price`: Decimal(10,2)\n")
    _, fields = read(root, {"docs/database.md": model}, "vehicle")
    assert {name: f["required"] for name, f in fields.items()} == {
        "vin": False, "make": False, "year": False, "title": False, "price": False}


def test_a_nullable_named_type_cents_and_a_go_const_enum_behind_a_sql_column(root: Path) -> None:
    """`\\`StrainType\\` or null` is the StrainType listed under its heading, nullable (not the values StrainType and
    null); `MoneyInCents` counts cents; `TEXT (UUID v4)` holds a uuid."""
    model = ("# Data Model\n\n## Product\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
             "| `name` | string | yes | |\n| `strainType` | `StrainType` or null | no | Optional |\n"
             "| `priceInCents` | `MoneyInCents` | yes | Integer cent amount |\n| `batchId` | TEXT (UUID v4) | no | |\n\n"
             "## Enums\n\n### StrainType\n\n- `INDICA`\n- `SATIVA`\n- `HYBRID`\n")
    _, fields = read(root / "a", {"specs/010-products/data-model.md": model, "specs/010-products/spec.md": "# Products\n"},
                     "010-products")
    assert fields["strain_type"]["enum_values"] == ["INDICA", "SATIVA", "HYBRID"] and not fields["strain_type"]["required"]
    assert fields["price_in_cents"]["type"] == "int" and fields["batch_id"]["type"] == "uuid"
    # Go's `type EventType string` with its constants, behind the DDL's VARCHAR(50) column of the struct's field
    model = ("# Data Model\n\n```go\ntype EventType string\n\nconst (\n    EventTypeUserCreated EventType = \"user.created\"\n"
             "    EventTypeUserDeleted EventType = \"user.deleted\"\n)\n\ntype FailedEvent struct {\n"
             "    EventType EventType `json:\"event_type\"`\n    Payload   string    `json:\"payload\"`\n}\n```\n\n"
             "```sql\nCREATE TABLE failed_events (\n    id UUID PRIMARY KEY,\n    event_type VARCHAR(50) NOT NULL,\n"
             "    payload TEXT NOT NULL\n);\n```\n")
    _, fields = read(root / "b", {"specs/002-events/data-model.md": model, "specs/002-events/spec.md": "# Events\n"},
                     "002-events")
    assert fields["event_type"]["enum_values"] == ["user.created", "user.deleted"]


def test_a_table_in_bold_labelled_parts_and_a_feature_file_beside_a_conventions_schema(root: Path) -> None:
    """`## matches` over **Identité**, **Participants** and **Résultat**, a table of the same header each: one table's
    columns in parts; a `database-conventions.md` that defines no table the feature names leaves the feature's own
    file (`features/coffees.md`) its table."""
    def part(label: str, rows: str) -> str:
        return f"**{label}**\n\n| Colonne | Type | Contrainte | Rôle |\n|---|---|---|---|\n{rows}\n\n"
    model = ("# Modèle de données\n\n## `matches` — les matchs\n\n"
             + part("Identité & programmation", "| `id` | INTEGER | PK | — |\n| `stage` | TEXT | NOT NULL | phase |")
             + part("Participants (résolus)", "| `team1_id` | INTEGER | *nullable* | — |\n| `team2_id` | INTEGER | *nullable* | — |")
             + part("Résultat", "| `score1` | INTEGER | *nullable* | — |")
             + "## `predictions`\n\n| Colonne | Type | Contrainte | Rôle |\n|---|---|---|---|\n| `id` | INTEGER | PK | — |\n"
             "| `guess` | INTEGER | NOT NULL | — |\n")
    draft, fields = read(root / "a", {"docs/modele-de-donnees.md": model}, "match")
    assert draft.spec["name"] == "match" and set(fields) == {"stage", "team1_id", "team2_id", "score1"}
    conventions = ("# Database Conventions\n\n## Types\n\n| Field | Type | Notes |\n|---|---|---|\n"
                   "| all ids | UUID | gen_random_uuid() |\n| amounts | NUMERIC(10,2) | |\n")
    coffees = ("# Coffees\n\n## Data Model\n\n```sql\nCREATE TABLE coffees (\n    id UUID PRIMARY KEY,\n"
               "    roaster VARCHAR(255) NOT NULL,\n    name VARCHAR(255) NOT NULL,\n    farm VARCHAR(255)\n);\n```\n")
    draft, fields = read(root / "b", {"specs/foundations/database-conventions.md": conventions,
                                      "specs/features/coffees.md": coffees}, "coffee")
    assert draft.spec["name"] == "coffee" and set(fields) == {"roaster", "name", "farm"}


def test_a_server_default_and_an_entitys_own_id_named_for_it(root: Path) -> None:
    """SQLAlchemy's `server_default=func.now()` (over several lines) is the column's default, so it is not asked of the
    client; `server_default=text("'pending'")` is 'pending'; `biodataId` in `interface Biodata` is its own id."""
    model = ("# Data Model\n\n```python\nclass Article(Base):\n    __tablename__ = 'articles'\n"
             "    id: Mapped[UUID] = Column(PGUUID(as_uuid=True), primary_key=True)\n"
             "    headline: Mapped[str] = Column(String(500), nullable=False)\n"
             "    discovered_date: Mapped[datetime] = Column(\n        DateTime(timezone=True),\n        nullable=False,\n"
             "        server_default=func.now()\n    )\n"
             "    status: Mapped[str] = Column(String(20), nullable=False, server_default=text(\"'pending'\"))\n```\n")
    _, fields = read(root / "a", {"specs/001-articles/data-model.md": model, "specs/001-articles/spec.md": "# Articles\n"},
                     "001-articles")
    assert fields["discovered_date"]["default"] == "now" and not fields["discovered_date"]["required"]
    assert fields["status"]["default"] == "pending" and fields["headline"]["required"]
    model = ("# Data Model\n\n```typescript\ninterface Biodata {\n  biodataId: string;       // UUID v4 format\n"
             "  fullName: string;\n  age: number;\n  gotra: string;\n}\n```\n")
    _, fields = read(root / "b", {"specs/001-biodata/data-model.md": model, "specs/001-biodata/spec.md": "# Biodata\n"},
                     "001-biodata")
    assert set(fields) == {"full_name", "age", "gotra"}


def test_a_read_route_is_the_mark_read_action_served_where_the_spec_says(root: Path) -> None:
    """`PATCH /api/notifications/{id}/read` over an `is_read` flag: `read` names a generated endpoint, so the action is
    `mark_read`, served at `/{id}/read` as the spec lists it; the draft is a valid FeatureSpec."""
    model = ("# Data Model\n\n## Notification\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | TEXT | PK |\n"
             "| title | TEXT | NOT NULL |\n| is_read | INTEGER | NOT NULL DEFAULT 0 |\n")
    api = ("# API\n\n- `GET /api/notifications`\n- `PATCH /api/notifications/{id}/read` — mark one read\n"
           "- `DELETE /api/notifications/{id}`\n")
    draft, _ = read(root, {"specs/003-notifications/data-model.md": model, "specs/003-notifications/spec.md": "# N\n",
                                "specs/003-notifications/contracts/api.md": api}, "003-notifications")
    assert draft.valid and draft.spec["actions"] == {"mark_read": "is_read"}
    assert {"action": "mark_read", "path": "/{id}/read"}.items() <= draft.spec["api"]["actions"][0].items()


def test_the_data_models_camel_table_over_a_snake_ddl_and_a_contracts_closed_list(root: Path) -> None:
    """`| scheduledAt |` in the data model's table, `scheduled_at` in its CREATE TABLE: the table's keys go over the wire
    (camel casing, no per-field json_key); the contract's request closes `kind` (`enum: [truck, van]`) where the schema
    says VARCHAR(20); 'National Identity Number (KTP/NIK)' names the number, it lists no values."""
    model = ("# Data Model\n\n## Trip\n\n| Field | Type | Constraints | Notes |\n|---|---|---|---|\n| id | UUID | PK | |\n"
             "| scheduledAt | TIMESTAMP | NULL | Planned departure |\n| assignedTruckId | UUID | NULL | Truck |\n"
             "| kind | VARCHAR(20) | NOT NULL | Vehicle kind |\n"
             "| nationalId | VARCHAR(50) | NOT NULL | National Identity Number (KTP/NIK) |\n\n"
             "```sql\nCREATE TABLE trips (\n    id UUID PRIMARY KEY,\n    scheduled_at TIMESTAMP,\n    assigned_truck_id UUID,\n"
             "    kind VARCHAR(20) NOT NULL,\n    national_id VARCHAR(50) NOT NULL\n);\n```\n")
    contract = ("openapi: 3.0.0\ninfo: {title: Trips, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                "    CreateTripRequest:\n      type: object\n      required: [kind]\n      properties:\n"
                "        kind: {type: string, enum: [truck, van]}\n        scheduledAt: {type: string, format: date-time}\n")
    draft, fields = read(root, {"specs/010-trips/data-model.md": model, "specs/010-trips/spec.md": "# Trips\n",
                                "specs/010-trips/contracts/trips.yaml": contract}, "010-trips")
    assert draft.spec["api"]["casing"] == "camel" and not any("json_key" in f for f in fields.values())
    assert fields["kind"]["enum_values"] == ["truck", "van"] and "max_length" not in fields["kind"]
    assert fields["national_id"]["type"] == "str" and fields["national_id"]["max_length"] == 50


def test_a_django_app_qualified_heading_an_iso_datetime_string_and_a_shopping_list_item(root: Path) -> None:
    """'### 1.2. cases.Case' names the Case of the `cases` app; `startDate: string; // ISO datetime string` holds a
    datetime; in `shopping-lists` the ShoppingListItem is the list's item, not a view of a Shopping."""
    model = ("# Data Model\n\n### 1.2. cases.Case\n\n| Field | Type | Constraints |\n|---|---|---|\n| `id` | UUIDField | PK |\n"
             "| `title` | CharField | max_length=255 |\n| `summary` | TextField | |\n")
    draft, _ = read(root / "a", {"specs/001-cases/data-model.md": model, "specs/001-cases/spec.md": "# Cases\n"}, "001-cases")
    assert draft.spec["name"] == "case"
    model = ("# Data Model\n\n## ShoppingListItem\n\n```typescript\ninterface ShoppingListItem {\n  shoppingItemId: string;\n"
             "  name: string;\n  quantity: number;\n  startDate: string; // ISO datetime string\n}\n```\n")
    draft, fields = read(root / "b", {"specs/002-shopping-lists/data-model.md": model,
                                      "specs/002-shopping-lists/spec.md": "# Shopping lists\n"}, "002-shopping-lists")
    assert draft.spec["name"] == "shopping_list_item" and fields["start_date"]["type"] == "datetime"


def test_a_rails_enum_over_an_integer_column_and_an_id_named_for_its_entity(root: Path) -> None:
    """`status integer DEFAULT 0` with `enum :status, { active: 0, paused: 1 }` in the model: Rails answers the names,
    so the column is the enum active/paused with default active (the notes' `0=weekly` names win over the model's);
    `shoppingItemId` in a ShoppingListItem is its own id, while `itemId` refers to an Item."""
    model = ("# Data Model\n\n## reorder_schedules\n\n| Column | Type | Constraints | Notes |\n|---|---|---|---|\n"
             "| id | bigint | PK | |\n| frequency | integer | NOT NULL | Enum: 0=weekly, 1=monthly |\n"
             "| status | integer | NOT NULL, DEFAULT 0 | Enum: 0=active, 1=paused |\n| quantity | integer | NOT NULL | |\n\n"
             "```ruby\nclass ReorderSchedule < ApplicationRecord\n  enum :frequency, {\n    every_week: 0,\n    every_month: 1\n"
             "  }, validate: true\n  enum :status, { active: 0, paused: 1 }, default: :active\nend\n```\n")
    _, fields = read(root / "a", {"specs/014-reorder/data-model.md": model, "specs/014-reorder/spec.md": "# Reorders\n"},
                     "014-reorder")
    assert fields["frequency"]["enum_values"] == ["weekly", "monthly"]
    assert fields["status"]["enum_values"] == ["active", "paused"] and fields["status"]["default"] == "active"
    assert fields["quantity"]["type"] == "int"
    model = ("# Data Model\n\n```typescript\ninterface ShoppingListItem {\n  shoppingItemId: string;\n  itemId: string;\n"
             "  name: string;\n  quantity: number;\n}\n```\n")
    _, fields = read(root / "b", {"specs/002-shopping-lists/data-model.md": model,
                                  "specs/002-shopping-lists/spec.md": "# Shopping lists\n"}, "002-shopping-lists")
    assert set(fields) == {"item_id", "name", "quantity"}


def test_a_not_null_column_the_server_computes_is_still_required_as_written(root: Path) -> None:
    """`admission_number VARCHAR(20) NOT NULL` described as auto-generated: NOT NULL with no default is required, as
    written (the client or a default must fill it); an unmarked `total` the application computes is optional."""
    model = ("# Data Model\n\n## students\n\n| Column | Type | Constraints | Notes |\n|---|---|---|---|\n"
             "| id | UUID | PK | |\n| admission_number | VARCHAR(20) | NOT NULL | Auto-generated (ADM-0001) |\n"
             "| name | VARCHAR(100) | NOT NULL | |\n| total | DECIMAL(10,2) | | computed from the fees |\n")
    _, fields = read(root, {"specs/database/schema.md": model}, "student")
    assert fields["admission_number"]["required"] and fields["name"]["required"]
    assert not fields["total"]["required"]


def test_a_one_value_enum_its_notes_cell_and_a_reference_the_contract_types(root: Path) -> None:
    """`enum: CONFIRMADA` with a notes cell 'Único valor válido ...' (the only valid value): one value, not the
    note as a second one, and no UNIQUE read from 'único valor'; `referencia a Médico`, a reference the schema does
    not type, takes the contract's `format: uuid`."""
    model = ("# Modelo de datos\n\n## Cita\n\n| Campo | Tipo | Reglas |\n|---|---|---|\n| `id` | identificador | Requerido |\n"
             "| `medicoId` | referencia a Médico | Requerido |\n| `sala` | texto | Requerido; única (ver arriba) |\n"
             "| `estado` | enum: `CONFIRMADA` | Único valor válido para esta historia (ver spec.md) |\n")
    contract = ("openapi: 3.0.3\ninfo:\n  title: Citas\n  version: 1.0.0\npaths:\n  /citas:\n    post:\n      responses:\n"
                "        '201':\n          description: ok\ncomponents:\n  schemas:\n    Cita:\n      type: object\n"
                "      required: [id, medicoId, estado]\n      properties:\n        id:\n          type: string\n"
                "          format: uuid\n        medicoId:\n          type: string\n          format: uuid\n"
                "        estado:\n          type: string\n")
    _, fields = read(root, {"specs/001-citas/data-model.md": model, "specs/001-citas/spec.md": "# Citas\n",
                            "specs/001-citas/contracts/citas-api.yaml": contract}, "001-citas")
    assert fields["estado"]["enum_values"] == ["CONFIRMADA"] and not fields["estado"]["unique"]
    assert fields["sala"]["unique"]
    assert fields["medico_id"]["type"] == "uuid"


def test_pocketbase_and_appwrite_collections(root: Path) -> None:
    """PocketBase's `text` is its plain string field, `editor` the long one, `date` a date and time, and its
    `created`/`updated` the timestamps the backend keeps; Appwrite's 'Size / Constraint' column gives the length."""
    pocketbase = ("# PocketBase Schema\n\n### coupons\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n"
                  "| id | text | Auto | Unique identifier |\n| retailer | text | Yes | Store name |\n"
                  "| expirationDate | date | No | Expiry |\n| notes | editor | No | User notes |\n"
                  "| userId | relation | Yes | Link to _users |\n| created | date | Auto | Creation timestamp |\n"
                  "| updated | date | Auto | Last update |\n")
    _, fields = read(root / "a", {"docs/pocketbase-schema.md": pocketbase}, "coupon")
    assert set(fields) == {"retailer", "expiration_date", "notes"}
    assert [fields[n]["type"] for n in fields] == ["str", "datetime", "text"]
    appwrite = ("# Appwrite Schema\n\n### 1. `tasks`\n\n| Attribute | Type | Size / Constraint | Description |\n"
                "| :--- | :--- | :--- | :--- |\n| `title` | String | 256 | Task title |\n"
                "| `language` | String | 32 | Language |\n| `deadline` | Datetime | Optional | Deadline |\n")
    _, fields = read(root / "b", {"docs/appwrite-schema.md": appwrite}, "task")
    assert fields["title"]["max_length"] == 256 and fields["language"]["max_length"] == 32


def test_a_mongodb_document_and_a_chinese_tables_references(root: Path) -> None:
    """`tenant_id: ObjectId, // Reference to tenant` in a MongoDB document is a column, and its `Date` a timestamp;
    '租户表的主键' (the tenant table's key) is a reference, not this table's key; `uuid? -> media_slice` may be empty;
    'Index of this document in its group' is no index; a table that marks NULL and NOT NULL needs its `FK →` rows."""
    mongo = ("# MongoDB Schema\n\n### 3. Pets Collection\n```javascript\n{\n  _id: ObjectId,\n"
             "  tenant_id: ObjectId,             // Reference to tenant\n  name: String,\n  birth_date: Date,\n}\n```\n")
    _, fields = read(root / "a", {"docs/mongodb-schema.md": mongo}, "pet")
    assert list(fields) == ["tenant_id", "name", "birth_date"] and fields["birth_date"]["type"] == "datetime"
    chinese = ("# 数据模型\n\n## 翻译版本表\n\nTable: translation_versions\n\n| Field | Type | Nullable | Description |\n"
               "|---|---|---:|---|\n| id | BIGINT | No | 主键 |\n| tenant_id | BIGINT | No | 租户表的主键。 |\n"
               "| title | VARCHAR(255) | Yes | 版本标题 |\n")
    _, fields = read(root / "b", {"docs/design/data-model.md": chinese}, "translation_version")
    assert list(fields) == ["tenant_id", "title"] and fields["tenant_id"]["required"]
    docs = ("# Documents\n\n## `document`\n\n| column | type | description |\n|---|---|---|\n| `id` | `uuid` | Primary key |\n"
            "| `title` | `text` | Full title |\n| `index_in_group` | `bigint` | Index of this document in its group |\n"
            "| `audio_slice_id` | `uuid? -> media_slice` | Audio recording |\n| `written_at` | `date?` | When written |\n")
    _, fields = read(root / "c", {"doc/database/documents.md": docs}, "document")
    assert fields["title"]["required"] and not fields["audio_slice_id"]["required"]
    assert not fields["index_in_group"]["index"]
    erd = ("# ERD\n\n### reservation\n| 컬럼 | 타입 | 제약 | 설명 |\n|---|---|---|---|\n| id | BIGINT | PK | |\n"
           "| member_id | BIGINT | FK → member.id | |\n| status | VARCHAR(20) | NOT NULL | |\n"
           "| canceled_at | DATETIME | NULL | |\n")
    _, fields = read(root / "d", {"docs/design/erd.md": erd}, "reservation")
    assert fields["member_id"]["required"] and not fields["canceled_at"]["required"]


def test_a_drizzle_index_on_two_columns_is_composite(root: Path) -> None:
    """`index('tasks_column_idx').on(tasks.projectId, tasks.column)` indexes two columns together: neither is indexed
    alone, while `.on(tasks.branch)` is a one-column index."""
    model = ("# Database Schema\n\n## tasks\n\n```typescript\nexport const tasks = pgTable('tasks', {\n"
             "  id: text('id').primaryKey(),\n  projectId: text('project_id').notNull(),\n  column: text('column').notNull(),\n"
             "  branch: text('branch'),\n}, (tasks) => ({\n  columnIdx: index('tasks_column_idx').on(tasks.projectId, tasks.column),\n"
             "  branchIdx: index('tasks_branch_idx').on(tasks.branch),\n}));\n```\n")
    _, fields = read(root, {"specs/database/schema.md": model}, "task")
    assert fields["branch"]["index"] and not fields["column"]["index"] and not fields["project_id"]["index"]


def test_a_csharp_decimal_default_and_a_mermaid_diagrams_unmarked_attributes(root: Path) -> None:
    """C#'s `= 100m;` is the decimal 100 (its suffix no obstacle); in a Mermaid erDiagram that marks "NOT NULL" where
    it applies, an attribute that says only "max 200" is nullable."""
    from backend_builder.spec.extract.draft import _default

    assert _default("100m", "decimal", "low_stock", []) == 100 and _default("0L", "int", "count", []) == 0
    diagram = ("# Data Model\n\n```mermaid\nerDiagram\n    Itinerary {\n        Guid Id PK\n"
               "        string CityName \"NOT NULL, max 200\"\n        string CountryName \"max 200\"\n"
               "        string Status \"Draft|Saved\"\n    }\n```\n")
    _, fields = read(root, {"specs/001-trips/data-model.md": diagram, "specs/001-trips/spec.md": "# T\n"}, "001-trips")
    assert fields["city_name"]["required"] and not fields["country_name"]["required"] and not fields["status"]["required"]


def test_a_mongodb_collections_table_types_date_as_a_timestamp(root: Path) -> None:
    """`| _id | ObjectId |` makes the table a MongoDB collection's: its `Date` is JavaScript's, a date and time; a
    `date` in a SQL table stays a calendar date."""
    model = ("# Modelo de datos\n\n## Animal\n\n| Campo | Tipo | Requerido | Descripción |\n|---|---|---|---|\n"
             "| `_id` | ObjectId | Auto | Identificador |\n| `nombre` | String | Sí | Nombre |\n"
             "| `fechaNacimiento` | Date | Sí | Fecha de nacimiento |\n")
    _, fields = read(root / "a", {"docs/modelo-de-datos.md": model}, "animal")
    assert fields["fecha_nacimiento"]["type"] == "datetime"
    sql = ("# Schema\n\n## animals\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | SERIAL | PK |\n"
           "| name | VARCHAR(80) | NOT NULL |\n| born_on | DATE | NOT NULL |\n")
    _, fields = read(root / "b", {"specs/database/schema.md": sql}, "animal")
    assert fields["born_on"]["type"] == "date"


def test_a_django_table_of_uuid_keys_and_a_sentence_after_the_enum(root: Path) -> None:
    """`ForeignKey | to User` where User's key is a UUIDField is a uuid; 'Enum: A, B, REJECTED. Defaults to A.' ends
    its list at the sentence's end (REJECTED is a value); `PositiveInt` is an integer."""
    model = ("# Data Model\n\n### accounts.User\n| Field | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| `id` | UUIDField | PK, default=uuid4 | |\n| `email` | EmailField | unique | |\n| `role` | CharField | max_length=20 | |\n\n"
             "### cases.Case\n| Field | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| `id` | UUIDField | PK, default=uuid4 | |\n| `warrior` | ForeignKey | to User, on_delete=PROTECT | The owner. |\n"
             "| `title` | CharField | max_length=200 | |\n"
             "| `status` | CharField | max_length=20, choices | Enum: SUBMITTED, CLOSED, REJECTED. Defaults to SUBMITTED. |\n"
             "| `version` | PositiveInt | default=1 | Optimistic locking. |\n")
    _, fields = read(root, {"specs/001-vtb/data-model.md": model, "specs/001-vtb/spec.md": "# Cases\n"}, "case")
    assert fields["warrior"]["type"] == "uuid"
    assert fields["status"]["enum_values"] == ["SUBMITTED", "CLOSED", "REJECTED"]
    assert fields["version"]["type"] == "int" and fields["version"]["default"] == 1


def test_idem_copies_the_values_of_the_column_it_names(root: Path) -> None:
    """`| team2_src_type | TEXT | *nullable* | idem team1. |` lists the values `team1_src_type` lists: team1 names the
    part of the column's name that differs; 'same as `kind`' names a column whole."""
    model = ("# Modèle de données\n\n## matches\n\n| Colonne | Type | Contraintes | Notes |\n|---|---|---|---|\n"
             "| `id` | INTEGER | PK | |\n| `team1_src_type` | TEXT | *nullable* | `group_position` / `match_winner` / `match_loser`. |\n"
             "| `team2_src_type` | TEXT | *nullable* | idem team1. |\n| `kind` | TEXT | NOT NULL | `league` / `cup` |\n"
             "| `next_kind` | TEXT | *nullable* | same as `kind` |\n| `label` | TEXT | *nullable* | like the title |\n")
    _, fields = read(root, {"docs/modele-de-donnees.md": model}, "match")
    assert fields["team2_src_type"]["enum_values"] == ["group_position", "match_winner", "match_loser"]
    assert fields["next_kind"]["enum_values"] == ["league", "cup"] and fields["label"]["type"] == "text"


def test_a_table_headed_properties_among_tables_and_a_dbdiagram_files_notes(root: Path) -> None:
    """`## properties` over a column table, among `## amenities`, `## photos`...: a table named so, not the generic
    'Properties:' label; `docs/dbdiagram.md` holds the schema, and a DBML `note: 'a | b'` lists the closed values."""
    schema = ("# Schema Information\n\n## amenities\ncolumn name | data type | details\n------------|-----------|------\n"
              "id          | integer   | not null, primary key\nname        | string    | not null\n\n"
              "## photos\ncolumn name | data type | details\n------------|-----------|------\n"
              "id          | integer   | not null, primary key\nurl         | string    | not null\n\n"
              "## properties\ncolumn name | data type | details\n------------|-----------|------\n"
              "id          | integer   | not null, primary key\nuser_id     | integer   | not null, indexed\n"
              "house rules | string    | not null\nprice       | float     | not null\n\n"
              "## property_type\ncolumn name | data type | details\n------------|-----------|------\n"
              "id          | integer   | not null, primary key\ndesc        | string    | not null\n")
    draft, fields = read(root / "a", {"docs/schema.md": schema}, "property")
    assert draft.spec["name"] == "property" and list(fields) == ["house_rules", "price"]
    dbml = ("# Diagram\n\n```\nTable samples {\n  id bigint [pk, increment]\n  code varchar(30) [not null, unique]\n"
            "  status varchar(20) [not null, note: 'pending | in_progress | completed']\n  notes text\n}\n```\n")
    _, fields = read(root / "b", {"docs/dbdiagram.md": dbml, "docs/api.md": "# API\n\n- `GET /api/v1/samples`\n"}, "sample")
    assert fields["status"]["enum_values"] == ["pending", "in_progress", "completed"]


def test_a_spec_kit_folder_planned_on_main_and_a_feature_named_by_its_folder(root: Path) -> None:
    """Spec Kit run on the main branch writes `specs/main/data-model.md` (the spec.md stays in the numbered folder):
    `main` finds it; and a feature may be named by its folder's path, `specs/main` or `specs/002-notes/`."""
    model = ("# Data Model\n\n## ShareItem\n\n| Field | Type | Notes |\n|---|---|---|\n| Id | Guid | PK |\n"
             "| Content | string | required |\n| FileSize | long | optional |\n")
    files = {"specs/main/data-model.md": model, "specs/001-core/spec.md": "# Core\n",
             "specs/002-notes/data-model.md": "# Data Model\n\n## Note\n\n| Field | Type |\n|---|---|\n| id | uuid |\n"
                                              "| body | text |\n| pinned | boolean |\n",
             "specs/002-notes/spec.md": "# Notes\n"}
    for feature in ("main", "specs/main", "specs/main/"):
        draft, fields = read(root, files, feature)
        assert draft.spec["name"] == "share_item" and list(fields) == ["content", "file_size"]
    draft, fields = read(root, files, "specs/002-notes/")
    assert draft.spec["name"] == "note" and list(fields) == ["body", "pinned"]


def test_a_feature_that_names_a_per_user_row_is_about_what_moves_through_it(root: Path) -> None:
    """`009-manual-wallet-system` over UserWallet (one row per user: `user_id` UNIQUE) and Transaction (many per
    user): the wallet extends the user; the feature keeps its transactions, whose indexes name the table
    (`wallet_transaction`) only under the Indexes section's `### Transaction`."""
    model = ("# Data Model: Manual Wallet\n\n## Entities\n\n### UserWallet\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| user_id | UUID | FK to users, UNIQUE, NOT NULL |\n| balance_usd | DECIMAL(10,2) | DEFAULT 0.00, NOT NULL |\n"
             "| total_spent_usd | DECIMAL(10,2) | DEFAULT 0.00, NOT NULL |\n\n### Transaction\n\n"
             "| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n| user_id | UUID | FK to users, NOT NULL |\n"
             "| amount_usd | DECIMAL(10,2) | NOT NULL |\n| balance_after | DECIMAL(10,2) | NOT NULL |\n"
             "| description | VARCHAR(500) | NULLABLE |\n| idempotency_key | VARCHAR(100) | UNIQUE, NULLABLE |\n\n"
             "## Indexes\n\n### Transaction\n- INDEX idx_transaction_user_id ON wallet_transaction(user_id)\n"
             "- UNIQUE INDEX idx_transaction_idem ON wallet_transaction(idempotency_key) WHERE idempotency_key IS NOT NULL\n")
    spec = "# Manual Wallet System\n\nUsers top up their wallet; every wallet change is recorded.\n"
    draft, fields = read(root, {"specs/009-manual-wallet-system/data-model.md": model,
                                "specs/009-manual-wallet-system/spec.md": spec}, "009-manual-wallet-system")
    assert draft.spec["name"] == "transaction"
    assert fields["idempotency_key"]["index"] and not fields["description"]["index"]  # (its table named only there)


def test_enumerations_as_bold_bullets_a_list_of_one_and_zods_named_array(root: Path) -> None:
    """Under `## Enumerations`, `- **Category** (exactly one per recipe): \\`lunch\\`, ...` declares the type a
    `Category NOT NULL` column names (its values may go on below); `Allergen[]` is a list of such values, kept as
    strings; 'default 1 if unknown' is an int's default, not a 0/1 flag; Zod's `z.enum(CATEGORY_SLUGS, {...})` takes
    the values of the array it names, not its error message."""
    model = ("# Data Model\n\n## Enumerations\n\n- **Category** (exactly one per recipe): `hot_drink`, `lunch`, `dinner`.\n"
             "- **Allergen** (the supported): `peanuts`, `milk`,\n  `eggs`, `soy`.\n\n## Tables\n\n### `recipes`\n\n"
             "| Column | Type | Notes |\n|---|---|---|\n| `id` | UUID PK | |\n| `title` | text NOT NULL | |\n"
             "| `category` | Category NOT NULL | browse filter |\n| `allergens` | Allergen[] NOT NULL | may be empty |\n"
             "| `servings` | int NOT NULL | nutrition basis (default 1 if unknown) |\n")
    _, fields = read(root / "a", {"specs/002-catalog/data-model.md": model, "specs/002-catalog/spec.md": "# Recipes\n"},
                     "recipe")
    assert fields["category"]["enum_values"] == ["hot_drink", "lunch", "dinner"] and fields["category"]["required"]
    assert fields["allergens"]["type"] == "list[str]"
    assert fields["servings"]["type"] == "int" and fields["servings"]["default"] == 1
    zod = ("# Data Model\n\n## Idea\n\n```ts\nconst CATEGORY_SLUGS = [\n  'process-improvement',\n  'cost-reduction',\n] as const\n\n"
           "export const CreateIdeaSchema = z.object({\n  title: z.string().min(1).max(100),\n"
           "  category: z.enum(CATEGORY_SLUGS, { errorMap: () => ({ message: 'Select a valid category' }) }),\n"
           "  visibility: z.enum(['PUBLIC', 'PRIVATE'], { errorMap: () => ({ message: 'Select visibility' }) }),\n})\n```\n")
    _, fields = read(root / "b", {"specs/002-ideas/data-model.md": zod, "specs/002-ideas/spec.md": "# Ideas\n"}, "idea")
    assert fields["category"]["enum_values"] == ["process-improvement", "cost-reduction"]
    assert fields["visibility"]["enum_values"] == ["PUBLIC", "PRIVATE"]


def test_reference_bullets_a_design_folder_and_a_documents_not_null_rule(root: Path) -> None:
    """`- \\`courtId\\` (ref → Court)` is a reference typed as Court's key; `- \\`startsAt\\`, \\`endsAt\\` (datetime)`
    gives two columns one type; `architecture/data-model.md` is read beside `docs/product/data-model.md`, whose bare
    names say nothing of presence; a document's 'all other columns are NOT NULL' makes its unmarked ones required, and
    `CHECK (status IN ('PAID'))` closes a list of one."""
    full = ("# Data Model\n\n## Entities\n\n### Court\n- `id` (uuid)\n- `name` (string)\n\n### Booking\n- `id` (uuid)\n"
            "- `courtId` (ref → Court)\n- `startsAt`, `endsAt` (datetime)\n- `status` (enum: ACTIVE | CANCELLED)\n"
            "- `cancelledAt` (datetime, opcional)\n")
    brief = "# Data Model\n\n## Booking\n- id\n- startsAt, endsAt\n"
    _, fields = read(root / "a", {"architecture/data-model.md": full, "docs/product/data-model.md": brief}, "booking")
    assert list(fields) == ["court_id", "starts_at", "ends_at", "status", "cancelled_at"]
    assert fields["court_id"]["type"] == "uuid" and fields["starts_at"]["type"] == "datetime"
    assert fields["starts_at"]["required"] and not fields["cancelled_at"]["required"]
    erd = ("# ERD\n\n- Columns described as absent in some state allow `NULL`; all other columns are `NOT NULL`.\n\n"
           "```mermaid\nerDiagram\n    ORDERS {\n        bigint id PK\n        bigint menu_id FK\n"
           "        varchar_100 menu_name\n        varchar_20 status\n    }\n```\n\n"
           "The status is a `VARCHAR(20)` with `CHECK (status IN ('PAID'))`.\n")
    _, fields = read(root / "b", {"docs/erd.md": erd}, "order")
    assert all(f["required"] for f in fields.values())
    assert fields["status"]["enum_values"] == ["PAID"]


def test_a_prisma_fields_comment_says_what_its_json_holds(root: Path) -> None:
    """`features Json? // Array of feature strings`: the comment is the field's description, so the JSON column is
    read as the list of strings it holds."""
    model = ("# Database Schema\n\n```prisma\nmodel Listing {\n  id        String  @id @default(cuid())\n"
             "  title     String  @db.VarChar(120)\n  features  Json?   // Array of feature strings\n"
             "  extras    Json?   // pool, garden settings\n}\n```\n")
    _, fields = read(root, {"docs/specs/database-schema.md": model}, "listing")
    assert fields["features"]["type"] == "list[str]" and fields["extras"]["type"] == "json"
    assert fields["features"]["description"] == "Array of feature strings"


def test_a_state_drawing_that_starts_from_a_new_marker(root: Path) -> None:
    """`**Status transitions** (a long remark):` over a fence of `[new]`, `↓`, `SUBMITTED ──(admin opens review)──→
    UNDER_REVIEW`: the arrow's label is no state, and a new row starts as the state under the `[new]` marker."""
    model = ("# Data Model\n\n## `Idea`\n\n| Field | Type | Notes |\n|---|---|---|\n| `id` | `String` | cuid |\n"
             "| `title` | `String` | max 100 |\n| `status` | `IdeaStatus` enum | `SUBMITTED` \\| `UNDER_REVIEW` \\| `ACCEPTED` \\| "
             "`REJECTED` |\n\n**Status transitions** (this epic covers creation only; a later epic handles the reviews):\n\n"
             "```\n  [new]\n    ↓\nSUBMITTED  ──(admin opens review)──→  UNDER_REVIEW\n"
             "                                            ↓\n                                  ACCEPTED / REJECTED\n```\n")
    _, fields = read(root, {"specs/002-ideas/data-model.md": model, "specs/002-ideas/spec.md": "# Ideas\n"}, "002-ideas")
    assert fields["status"]["enum_values"] == ["SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "REJECTED"]
    assert fields["status"]["default"] == "SUBMITTED" and not fields["status"]["required"]


def test_an_application_model_with_a_member_more_does_not_replace_the_table(root: Path) -> None:
    """A TypeScript `interface Task` whose `sync_status?` lives only in the browser, beside `CREATE TABLE tasks`:
    the table is the entity (its TEXT stays text); the interface's extra member is no column."""
    model = ("# Data Model\n\n### Task\n\n```sql\nCREATE TABLE tasks (\n  id UUID PRIMARY KEY,\n  user_id UUID,\n"
             "  title TEXT NOT NULL CHECK (char_length(title) <= 500),\n  completed BOOLEAN NOT NULL DEFAULT false\n);\n```\n\n"
             "## Types\n\n```typescript\nexport interface Task {\n  id: string\n  user_id: string | null\n  title: string\n"
             "  completed: boolean\n  sync_status?: 'synced' | 'pending' | 'error'\n}\n```\n")
    draft, fields = read(root, {"specs/001-mvp/data-model.md": model, "specs/001-mvp/spec.md": "# Tasks\n"}, "001-mvp")
    assert list(fields) == ["title", "completed"]
    assert fields["title"]["type"] == "text" and fields["title"]["max_length"] == 500
    assert draft.user_id_type == "uuid"


def test_a_typescript_members_comment_says_optional_or_decimal(root: Path) -> None:
    """`description: string; // Optional user note (max 200 chars)` is optional however the member is typed, and
    `amount: number; // Positive decimal (max 2 decimal places)` is a decimal, not a float."""
    model = ("# Data Model\n\n## Transaction\n\n```typescript\ninterface Transaction {\n  id: string;\n"
             "  amount: number;          // Positive decimal (max 2 decimal places)\n"
             "  ratio: number;           // share of the budget\n"
             "  description: string;     // Optional user note (max 200 chars)\n  note: string;  // shown in lists\n}\n```\n")
    _, fields = read(root, {"specs/001-expense-tracker/data-model.md": model, "specs/001-expense-tracker/spec.md": "# x\n"},
                     "001-expense-tracker")
    assert fields["amount"]["type"] == "decimal" and fields["ratio"]["type"] == "float"
    assert fields["description"]["required"] is False and fields["description"]["max_length"] == 200
    assert fields["note"]["required"] is True


def test_a_model_takes_the_columns_of_the_base_its_prose_names(root: Path) -> None:
    """"Inherits from `SoftDeleteModel`" under a Django model's heading: the base's `is_active` (defaults to True)
    is one of its columns; `end_time` "calculated automatically before saving" is not the client's to send."""
    model = ("# Data Model\n\n## Base\n\n### `SoftDeleteModel`\n- **Fields**:\n  - `is_active` (Boolean): Defaults to `True`.\n\n"
             "## Core Entities\n\n### 1. `Appointment`\nA booked slot. Inherits from `SoftDeleteModel`.\n- **Fields**:\n"
             "  - `id` (Auto-increment Primary Key)\n  - `date` (DateField)\n  - `start_time` (TimeField)\n"
             "  - `end_time` (TimeField): Calculated automatically before saving as `start_time + duration`.\n"
             "  - `room` (CharField, max_length=20)\n\n### 2. `Room`\nA room. \n- **Fields**:\n  - `name` (CharField)\n"
             "  - `floor` (IntegerField)\n")
    draft, fields = read(root, {"specs/001-appointment-booking/data-model.md": model,
                                "specs/001-appointment-booking/spec.md": "# Booking\n"}, "001-appointment-booking")
    assert list(fields) == ["date", "start_time", "end_time", "room", "is_active"]
    assert fields["is_active"]["type"] == "bool" and fields["is_active"]["default"] is True
    assert fields["end_time"]["required"] is False
    assert any("end_time" in d and "set by the application" in d for d in draft.diagnostics)
    assert any("SoftDeleteModel" in d for d in draft.diagnostics)


def test_an_index_tables_rationale_with_a_comma_is_no_composite(root: Path) -> None:
    """`| ix_task_status | status | B-tree | Kanban board grouping, status filter |` is a single-column index whatever
    its rationale says; `| ix_x | status, priority | ... |` is a composite one."""
    model = ("# Data Model\n\n## Entities\n\n### Task\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| `id` | `BigAutoField` | PK |\n| `title` | `CharField(max_length=255)` | required |\n"
             "| `status` | `CharField(max_length=20)` | required |\n| `priority` | `CharField(max_length=10)` | required |\n"
             "| `deadline` | `DateTimeField` | required |\n\n## Indexes\n\n### Task\n\n"
             "| Index Name | Columns | Type | Rationale |\n|---|---|---|---|\n"
             "| `ix_task_status` | `status` | B-tree | Kanban board grouping, status filter |\n"
             "| `ix_task_deadline` | `deadline` | B-tree | Deadline sort, overdue query |\n"
             "| `ix_task_status_priority` | `status`, `priority` | B-tree (composite) | Combined filter, lists |\n")
    _, fields = read(root, {"specs/001-task-management/data-model.md": model, "specs/001-task-management/spec.md": "# x\n"},
                     "001-task-management")
    assert fields["status"]["index"] and fields["deadline"]["index"]
    assert not fields["priority"]["index"] and not fields["title"]["index"]


MOCK_DATA = """# Mock Data Structure

## 1. 数据实体定义

### 1.1 书签 (Bookmark)

```javascript
{
  id: 1,
  title: "GitHub",
  url: "https://github.com",
  tags: ["开发", "代码"],
  blocks: [
    { type: "paragraph", text: "x" }
  ],
  createdAt: "2024-01-10T09:00:00Z",
  visitDate: "2024-01-10",
  visitCount: 156,
  score: 4.5,
  isFavorite: true,
  parentId: null
}
```

### 1.2 分类 (Category)

```javascript
{
  id: 1,
  name: "工作",
  color: "#3b82f6"
}
```
"""


def test_an_entity_shown_only_by_its_mock_data(root: Path) -> None:
    """A data model of example objects alone (`### 1.1 书签 (Bookmark)` over `{ id: 1, title: "GitHub", ... }`): each
    field takes its example value's type, none is required, and the answer says where they came from."""
    draft, fields = read(root / "a", {"specs/001-bookmark-manager/data-model.md": MOCK_DATA,
                                      "specs/001-bookmark-manager/spec.md": "# Bookmarks\n"}, "001-bookmark-manager")
    assert draft.spec["name"] == "bookmark"
    assert {n: f["type"] for n, f in fields.items()} == {
        "title": "str", "url": "str", "tags": "list[str]", "blocks": "json", "visit_date": "date", "visit_count": "int",
        "score": "float", "is_favorite": "bool", "parent_id": "str"}
    assert not any(f["required"] for f in fields.values())
    assert any("example objects" in d and "Bookmark at" in d for d in draft.diagnostics)
    typed = MOCK_DATA + "\n## 2. Schema\n\n### bookmarks\n\n| Column | Type |\n|---|---|\n| title | VARCHAR(80) |\n| url | TEXT |\n"
    _, fields = read(root / "b", {"specs/001-bookmark-manager/data-model.md": typed,
                                  "specs/001-bookmark-manager/spec.md": "# Bookmarks\n"}, "001-bookmark-manager")
    assert list(fields) == ["title", "url"] and fields["title"]["max_length"] == 80


STORE = """# Data Model: Store Backend API

## Entities

### 1. Product

| Field | Type | Constraints | Notes |
|-------|------|-------------|-------|
| id | UUID | PK | |
| name | VARCHAR(255) | NOT NULL | Product display name |
| category | ENUM | NOT NULL | One of 3 categories |
| sizes | JSONB | NOT NULL, min 1 item | Array: S, M, L, XL |

**Category Enum Values**:
- `Maxi`
- `Long Shirt`
- `Gharara`

### 2. Order

| Field | Type | Constraints | Notes |
|-------|------|-------------|-------|
| id | UUID | PK | |
| customer_name | VARCHAR(255) | NOT NULL | |
| phone | VARCHAR(20) | NOT NULL | |
| items | JSONB | NOT NULL | Cart items snapshot |
| payment_status | ENUM | DEFAULT 'Pending' | Payment state |

**Payment Status Enum**:
- `Pending` (awaiting payment screenshot)
- `Paid` (screenshot received)
- `Not Paid`
"""

STORE_SPEC = """# Feature Specification: Store Backend API

### User Story 1 - Browse Products (Priority: P1)

A visitor lists the catalog.

### User Story 2 - Place Order (Priority: P2)

A visitor places an order; the order is stored; the order status is shown; the order can be tracked; order order order.
"""


def test_the_first_p1_story_names_the_entity_and_bold_labels_list_enum_values(root: Path) -> None:
    """A folder named for no entity (`001-backend-api`): the P1 story ("Browse Products") names the feature's core,
    however often the prose says "order". `**Category Enum Values**:` and `**Payment Status Enum**:` over code-quoted
    bullets (`Long Shirt`, with a space) list those columns' values; `Array: S, M, L, XL` is a list of strings."""
    files = {"specs/001-backend-api/data-model.md": STORE, "specs/001-backend-api/spec.md": STORE_SPEC}
    draft, fields = read(root / "a", files, "001-backend-api")
    assert draft.spec["name"] == "product"
    assert fields["category"]["type"] == "enum" and fields["category"]["enum_values"] == ["Maxi", "Long Shirt", "Gharara"]
    assert fields["sizes"]["type"] == "list[str]"
    _, fields = read(root / "b", files, "order")
    assert fields["payment_status"]["enum_values"] == ["Pending", "Paid", "Not Paid"]
    assert fields["payment_status"]["default"] == "Pending" and fields["items"]["type"] == "json"


ALEMBIC = '''# Data Model

## Model

```python
class Idea(SQLModel, table=True):
    __tablename__ = "ideas"
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    title: str = Field(max_length=200)
    notes: str | None = Field(default=None, max_length=5000)
    stage: StageEnum = Field(default=StageEnum.IDEA)
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON))
```

## Migration

```python
def upgrade():
    stage_enum = ENUM('idea', 'outline', 'draft', name='stage_enum')
    op.create_table(
        'ideas',
        sa.Column('id', UUID(as_uuid=True), primary_key=True, nullable=False),
        sa.Column('title', sa.String(200), nullable=False),
        sa.Column('notes', sa.Text(), nullable=True),
        sa.Column('stage', stage_enum, nullable=False, server_default='idea'),
        sa.Column('tags', JSONB, nullable=False, server_default='[]'),
        sa.Column('score', sa.Numeric(5, 2), nullable=True),
    )
    op.create_index('idx_ideas_stage', 'ideas', ['stage'])
    op.create_index('idx_ideas_title_stage', 'ideas', ['title', 'stage'])
```
'''


def test_an_alembic_migration_is_the_tables_ddl(root: Path) -> None:
    """`op.create_table('ideas', sa.Column('notes', sa.Text(), nullable=True), ...)` beside the SQLModel class: the
    migration says the column types (TEXT, NUMERIC), NOT NULL, server defaults, the ENUM it creates and the
    single-column `op.create_index`; the class adds what it knows (a JSON column holds a list of strings)."""
    _, fields = read(root, {"specs/001-backend-api/data-model.md": ALEMBIC, "specs/001-backend-api/spec.md": "# x\n"},
                     "001-backend-api")
    assert list(fields) == ["title", "notes", "stage", "tags", "score"]
    assert fields["title"]["required"] and fields["title"]["max_length"] == 200
    assert fields["notes"]["type"] == "text" and not fields["notes"]["required"]
    assert fields["stage"]["enum_values"] == ["idea", "outline", "draft"] and fields["stage"]["default"] == "idea"
    assert fields["stage"]["index"] and not fields["title"]["index"]
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["default"] == []
    assert fields["score"]["type"] == "decimal"


def test_the_sentence_that_says_where_rows_start_gives_the_default(root: Path) -> None:
    """"`pending` → `active` | `rejected` (admin). User-submitted events start `pending`.": of the three values on the
    line, the sentence that says where a row starts names one; a trailing `?` marks the nullable columns."""
    model = ("# Data Model\n\n## Tables\n\n### `events`\n\n| Column | Type | Notes |\n|---|---|---|\n| id | uuid PK | |\n"
             "| title | varchar(200) | |\n| venue | varchar(200)? | |\n| latitude, longitude | double? | Venue coords |\n"
             "| status | varchar(20) | `pending`, `active`, `rejected` |\n\n## State transitions\n\n### Event (moderation)\n\n"
             "`pending` → `active` | `rejected` (admin). User-submitted events start `pending`.\n")
    _, fields = read(root, {"specs/002-backend-api/data-model.md": model, "specs/002-backend-api/spec.md": "# Events\n"}, "event")
    assert fields["status"]["default"] == "pending" and not fields["status"]["required"]
    assert fields["title"]["required"] and not fields["venue"]["required"]
    assert fields["latitude"]["type"] == "float" and not fields["longitude"]["required"]


def test_a_heading_that_labels_its_table_names_it(root: Path) -> None:
    """"## Example Entity: system_health" (in code) over a column table: the table is system_health, not "Example"."""
    model = ("# Data Model: Foundation Phase\n\n## Example Entity: `system_health`\n\n### Fields\n\n"
             "| Field | Type | Constraints |\n|---|---|---|\n| `id` | serial | PRIMARY KEY |\n| `status` | text | NOT NULL |\n"
             "| `message` | text | nullable |\n")
    draft, fields = read(root, {"specs/001-foundation/data-model.md": model, "specs/001-foundation/spec.md": "# x\n"},
                         "001-foundation")
    assert draft.spec["name"] == "system_health" and list(fields) == ["status", "message"]


DDD = """# Data Model: Work-Log Entry System

## Aggregates

### 1. WorkLogEntry Aggregate

**Identity**: `WorkLogEntryId` (UUID)

**Fields**:

| Field | Type | Constraints | Description |
|-------|------|-------------|-------------|
| id | WorkLogEntryId | Required, immutable | Unique identifier |
| memberId | MemberId | Required, immutable | Member who worked |
| date | LocalDate | Required | Date of work |
| hours | TimeAmount | Required | Hours worked (0.25h increments) |
| status | WorkLogStatus | Required | Draft/Submitted/Approved |
| place | Location | Optional | Where |

**Value Objects**:
- `WorkLogEntryId`: UUID wrapper
- `WorkLogStatus`: Enum (DRAFT, SUBMITTED, APPROVED)

## Value Objects

### TimeAmount

```kotlin
data class TimeAmount(val hours: BigDecimal)
```
"""


def test_value_object_types_say_what_a_column_holds(root: Path) -> None:
    """A DDD aggregate's table types its columns by value objects: `TimeAmount` wraps a BigDecimal, `WorkLogStatus` is
    an enum in the Value Objects list, `MemberId` (undefined) is an identity like `WorkLogEntryId`, a UUID. An unknown
    type stays a question (blocking); the heading's "Aggregate" is no part of the name."""
    draft, fields = read(root, {"specs/002-work-log-entry/data-model.md": DDD, "specs/002-work-log-entry/spec.md": "# x\n"},
                         "002-work-log-entry")
    assert draft.spec["name"] == "work_log_entry"
    assert fields["hours"]["type"] == "decimal" and fields["member_id"]["type"] == "uuid"
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["DRAFT", "SUBMITTED", "APPROVED"]
    assert "place" not in fields and any("Location" in b for b in draft.blocking)


def test_a_default_cell_with_a_remark_after_the_value(root: Path) -> None:
    """`| description | TEXT | NOT NULL | '' (empty string) |`: the default is the empty string, the words after it a
    remark; `0 (none yet)` is 0."""
    model = ("# Data Model\n\n### tasks\n\n| Field | Type | Constraints | Default | Description |\n|---|---|---|---|---|\n"
             "| id | SERIAL | PRIMARY KEY | auto-increment | |\n| title | VARCHAR(200) | NOT NULL | - | |\n"
             "| description | TEXT | NOT NULL | '' (empty string) | Task details |\n| views | INTEGER | NOT NULL | 0 (none yet) | |\n")
    _, fields = read(root, {"specs/database/schema.md": model}, "task")
    assert fields["description"]["default"] == "" and not fields["description"]["required"]
    assert fields["views"]["default"] == 0 and fields["title"]["required"]


def test_a_constraints_table_lists_a_columns_allowed_values(root: Path) -> None:
    """`| CHECK | game_mode | 'RANK', 'RATE', 'EVENT', 'DC' |` under the table: game_mode is a closed list; a row
    whose check is a comparison lists nothing."""
    model = ("# データモデル\n\n### duels\n\n| カラム | 型 | 説明 |\n|---|---|---|\n| id | UUID | 主キー |\n"
             "| game_mode | TEXT | ゲームモード |\n| rank | INTEGER | ランク値（NULL可） |\n| memo | TEXT | メモ（NULL可） |\n\n"
             "**制約:**\n\n| 制約 | カラム | 許容値 |\n|---|---|---|\n| CHECK | game_mode | 'RANK', 'RATE', 'EVENT', 'DC' |\n"
             "| CHECK | rank | rank >= 0 AND rank <= 'x', 'y' |\n")
    _, fields = read(root, {"docs/03-details/data-model.md": model}, "duel")
    assert fields["game_mode"]["type"] == "enum" and fields["game_mode"]["enum_values"] == ["RANK", "RATE", "EVENT", "DC"]
    assert fields["game_mode"]["required"] and not fields["memo"]["required"]
    assert fields["rank"]["type"] == "int"


LEDGER_COLUMNS = """| Field | Type | Notes |
|---|---|---|
| `id` | uuid, PK | |
| `workspace_id` | uuid, FK → `workspaces.id` | |
| `amount_minor` | bigint | `CHECK (amount_minor > 0)` |
| `currency` | text, not null, default `'SAR'` | `CHECK (currency = 'SAR')` this phase |
| `occurred_on` | date, not null | |
| `description` | text, nullable | |
"""

# Two tables of one shape: incomes, and expenses with a column more and a status that points at incomes'.
LEDGER = ("# Data Model\n\n## incomes\n\n" + LEDGER_COLUMNS
          + "| `status` | text, not null, default `'confirmed'` | `CHECK (status in ('confirmed', 'deleted'))` |\n\n"
          + "## expenses\n\n" + LEDGER_COLUMNS + "| `merchant_name` | text, nullable | |\n"
          + "| `status` | text, not null, default `'confirmed'` | Same model as `incomes.status` |\n")

LEDGER_API = """# Contract: Expenses API

## `POST /workspaces/{workspace_id}/expenses`

| Condition | Status | `error.code` |
|---|---|---|
| `amount_minor` is zero, negative, or missing | `422` | `invalid_amount` |
"""


def test_two_tables_of_one_shape_stay_two_and_one_points_at_the_other(root: Path) -> None:
    """`## incomes` and `## expenses` share most columns but are two tables; expenses' status is "Same model as
    `incomes.status`" (that CHECK's values), `CHECK (currency = 'SAR')` closes a list of one, and the contract's
    "`amount_minor` ... missing | 422" makes that unmarked column required."""
    files = {"specs/003-ledger/data-model.md": LEDGER, "specs/003-ledger/spec.md": "# Ledger\n",
             "specs/003-ledger/contracts/expenses-api.md": LEDGER_API}
    draft, fields = read(root, files, "expense")
    assert draft.spec["name"] == "expense" and "merchant_name" in fields
    assert any("incomes" in d for d in draft.diagnostics if "also defines" in d)
    assert fields["status"]["enum_values"] == ["confirmed", "deleted"] and fields["status"]["default"] == "confirmed"
    assert fields["currency"]["enum_values"] == ["SAR"] and fields["currency"]["default"] == "SAR"
    assert fields["amount_minor"]["required"] is True


def test_today_in_a_default_cell_in_other_languages(root: Path) -> None:
    """`| date | string | ✅ | (오늘) | YYYY-MM-DD 형식 |`: a date column whose default is today, said in Korean."""
    model = ("# Data Model\n\n### Todo\n\n| 필드 | 타입 | 필수 | 기본값 | 설명 |\n|---|---|---|---|---|\n"
             "| id | string | ✅ | - | UUID |\n| content | string | ✅ | - | 최소 1자 |\n"
             "| date | string | ✅ | (오늘) | YYYY-MM-DD 형식 |\n| dia | date | ✅ | hoy | |\n")
    _, fields = read(root, {"specs/002-todo-v2/data-model.md": model, "specs/002-todo-v2/spec.md": "# x\n"}, "002-todo-v2")
    assert fields["date"]["type"] == "date" and fields["date"]["default"] == "today" and not fields["date"]["required"]
    assert fields["dia"]["default"] == "today" and fields["content"]["required"]


def test_a_javascript_number_column_that_counts_or_stamps(root: Path) -> None:
    """A table of JavaScript types: `order | number | Yes | 0 | Sort order` is an int, `dueDate | number | No | null |
    Unix timestamp of due date` a point in time; `weight | number` stays a float."""
    model = ("# Data Model\n\n### Task\n\n| Property | Type | Required | Default | Description |\n|---|---|---|---|---|\n"
             "| id | string | Yes | UUID | |\n| title | string | Yes | - | 1-500 characters |\n"
             "| dueDate | number | No | null | Unix timestamp of due date |\n| order | number | Yes | 0 | Sort order |\n"
             "| weight | number | No | null | Relative weight |\n")
    _, fields = read(root, {"specs/001-todo-app/data-model.md": model, "specs/001-todo-app/spec.md": "# x\n"}, "001-todo-app")
    assert fields["order"]["type"] == "int" and fields["order"]["default"] == 0
    assert fields["due_date"]["type"] == "datetime" and fields["weight"]["type"] == "float"


def test_a_javascript_number_named_for_money_is_a_decimal(root: Path) -> None:
    """`| price | number | Yes | Product price |` and `amount: number` hold money, which a backend keeps exact: decimal;
    `rating: number` and a `discount_rate | number | percent` stay floats."""
    model = ("# Data Model\n\n### Product\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n"
             "| id | string | Yes | id |\n| name | string | Yes | Display name |\n| price | number | Yes | Product price |\n"
             "| rating | number | No | Average stars |\n| discount_rate | number | No | percent off |\n\n"
             "```typescript\ninterface Refund {\n  id: string;\n  amount: number;\n  reason: string;\n}\n```\n")
    files = {"specs/001-product-catalog/data-model.md": model, "specs/001-product-catalog/spec.md": "# x\n"}
    _, fields = read(root / "a", files, "001-product-catalog")
    assert fields["price"]["type"] == "decimal" and fields["rating"]["type"] == "float"
    assert fields["discount_rate"]["type"] == "float"
    _, fields = read(root / "b", files, "refund")
    assert fields["amount"]["type"] == "decimal"


def test_postgres_short_type_names_in_bullets(root: Path) -> None:
    """`- \\`hide_score_hr\\`: int2, not null` and `- \\`score\\`: float8, not null`: PostgreSQL's short names are types
    like the long ones."""
    model = ("# Database Schema\n\n## public.tournaments\n\n- id: identity\n- name: text, not null\n"
             "- `hide_score_hr`: int2, not null\n  - hours before the end\n- `score`: float8, not null\n- `views`: int8\n")
    _, fields = read(root, {"docs/database-schema.md": model}, "tournament")
    assert fields["hide_score_hr"]["type"] == "int" and fields["hide_score_hr"]["required"]
    assert fields["score"]["type"] == "float" and fields["views"]["type"] == "int" and not fields["views"]["required"]


def test_a_prefixed_tables_own_timestamps(root: Path) -> None:
    """`create table review (review_id ..., review_title ..., review_created_at datetime not null default now(), ...)`:
    every column carries the table's prefix, so review_created_at and review_updated_at are the row's own timestamps."""
    model = ("# DB\n\n```sql\ncreate table review (\n    review_id int auto_increment,\n    member_id int not null,\n"
             "    review_title varchar(200) not null,\n    review_hit int not null default 0,\n"
             "    review_created_at datetime not null default now(),\n    review_updated_at datetime null,\n"
             "    constraint pk_review primary key (review_id)\n);\n```\n")
    draft, fields = read(root, {"docs/database-schema.md": model}, "review")
    assert list(fields) == ["member_id", "review_title", "review_hit"]
    assert any("review_created_at" in d and "left out" in d for d in draft.diagnostics)


def test_a_migration_index_lists_no_index(root: Path) -> None:
    """"Migration index:" over `| 0004_section_hide_title.sql | Adds \\`sections.hide_title\\`. |` lists migration
    files, not indexes; "Indexes (`0001`): `sections_path_idx ON (path)`" does."""
    model = ("# Database schema\n\nMigration index:\n\n| File | Purpose |\n|------|---------|\n"
             "| `0004_section_hide_title.sql` | Adds `sections.hide_title`. |\n\n## `sections`\n\n"
             "| Column | Type | Default | Migration | Notes |\n|---|---|---|---|---|\n"
             "| `id` | `SMALLSERIAL` | (auto) | `0001` | Primary key. |\n| `path` | `VARCHAR(250)` | `''` | `0001` | URL prefix |\n"
             "| `hide_title` | `BOOLEAN` | `FALSE` | `0004` | Hide the heading. |\n\n"
             "Indexes (`0001`): `sections_path_idx ON (path)`.\n")
    _, fields = read(root, {"docs/database-schema.md": model}, "section")
    assert fields["path"]["index"] and not fields["hide_title"]["index"]
    assert fields["hide_title"]["default"] is False and fields["path"]["default"] == ""


def test_an_empty_default_outweighs_a_minimum_length(root: Path) -> None:
    """`label VARCHAR(60) NOT NULL DEFAULT ''` with a rule "label must not be empty": the default the spec gives says an
    empty label is a row it holds, so the draft keeps the default and drops the minimum (and says so), and the
    backend builds. "Shown in the nav when non-empty" is no rule at all."""
    model = ("# Schema\n\n```sql\nCREATE TABLE sections (\n  id SERIAL PRIMARY KEY,\n"
             "  label VARCHAR(60) NOT NULL DEFAULT '',\n  description VARCHAR(100) NOT NULL DEFAULT ''\n);\n```\n\n"
             "## Rules\n\n- `label` must not be empty\n\n| Column | Notes |\n|---|---|\n"
             "| description | Shown in the nav when non-empty. |\n")
    draft, fields = read(root, {"docs/database-schema.md": model}, "section")
    assert fields["label"]["default"] == "" and "min_length" not in fields["label"]
    assert any("label" in d and "dropped the minimum" in d for d in draft.diagnostics)
    assert "min_length" not in fields["description"]
    operations.init_project(str(root), user_id_type="str")
    operations.scaffold_feature(str(root), spec=draft.spec)


def test_sql_typed_prose_bullets_are_nullable_unless_said(root: Path) -> None:
    """`- \\`FirstName\\` (VARCHAR): ...` bullets typed in SQL's words, none saying NOT NULL and one remarked
    "(nullable)": as in SQL every unmarked column is nullable, so none is required. Bullets typed in words
    (`- **note**: optional free text` beside `- **reason**: RESTOCK | SALE`) keep reading the remark as the exception."""
    model = ("# Database Schema\n\n## 1. Employees Table\n\n### Columns:\n\n"
             "- `EmployeeID` (INT): Unique identifier (Primary Key)\n- `FirstName` (VARCHAR): First name\n"
             "- `StartDate` (DATE): Date when the employee started\n- `ExitDate` (DATE): Date the employee left (nullable)\n"
             "- `Rating` (DECIMAL): Current rating\n")
    _, fields = read(root, {"docs/database-schema.md": model}, "employee")
    assert list(fields) == ["first_name", "start_date", "exit_date", "rating"]
    assert not any(f["required"] for f in fields.values())
    assert fields["rating"]["type"] == "decimal" and fields["start_date"]["type"] == "date"


def test_a_schema_of_untyped_notes_yields_to_the_features_typed_table(root: Path) -> None:
    """The schema file notes a few columns of `tasks` without a type (`- \\`position\\`: board/list order`) and says the
    real columns live elsewhere; the feature's own file holds the typed table. The typed table is read, its ○ marks
    are presence, and the enum types it names (`task_state`) take their values from the schema's `| ENUM型 | 値 |`
    table. A naming rule's example index (`idx_{table}_{column}` -> `idx_tasks_board_id`) declares no index."""
    schema = ("# スキーマ\n\n## 命名規則\n\n| 対象 | 規則 | 例 |\n|---|---|---|\n"
              "| インデックス | `idx_{テーブル名}_{カラム名}` | `idx_tasks_board_id` |\n\n"
              "## ENUM型\n\n| ENUM型 | 値 | 意図 |\n|---|---|---|\n| `task_state` | `open`, `doing`, `closed` | 状態 |\n\n"
              "## テーブル\n\n### tasks\n\n- `position`: board/list の表示順序\n- `closed_at`: 自動設定\n")
    feature = ("# タスク\n\n## データモデル\n\n| フィールド | 型 | 必須 | 説明 |\n|---|---|---|---|\n"
               "| `id` | UUID | ○ | ID |\n| `board_id` | UUID | ○ | ボード |\n| `title` | TEXT | ○ | タイトル |\n"
               "| `state` | task_state | ○ | 状態（デフォルト: open） |\n| `position` | INTEGER | ○ | 表示順序 |\n"
               "| `closed_at` | TIMESTAMPTZ | - | 完了日時 |\n")
    draft, fields = read(root, {"docs/specs/database/schema.md": schema, "docs/specs/features/task.md": feature}, "task")
    assert list(fields) == ["board_id", "title", "state", "position", "closed_at"], draft.diagnostics
    assert fields["position"]["type"] == "int" and fields["position"]["required"]
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["open", "doing", "closed"]
    assert fields["state"]["default"] == "open" and not fields["state"]["required"]
    assert not fields["board_id"]["index"] and not draft.blocking


def test_mysql_tinyint_one_is_a_flag_and_a_data_dictionary_states_a_default(root: Path) -> None:
    """`gps_ok TINYINT(1) NOT NULL` is MySQL's BOOLEAN whatever its name; `level TINYINT` stays a number. A data
    dictionary's row for `visits.attempts` whose notes say the value is always 0 gives the default the DDL leaves out."""
    ddl = ("```sql\nCREATE TABLE visits (\n  id BIGINT PRIMARY KEY AUTO_INCREMENT,\n  gps_ok TINYINT(1) NOT NULL,\n"
           "  level TINYINT NOT NULL,\n  attempts INT NOT NULL\n);\n```\n")
    dictionary = ("# Data dictionary\n\n| Item | Meaning | Notes |\n|---|---|---|\n"
                  "| `visits.attempts` | retries | Unused for now. Always 0. |\n| `other.attempts` | x | Always 5 |\n")
    _, fields = read(root, {"docs/specs/database/schema.md": ddl, "docs/specs/database/data-dictionary.md": dictionary},
                     "visit")
    assert fields["gps_ok"]["type"] == "bool" and fields["level"]["type"] == "int"
    assert fields["attempts"]["default"] == 0 and not fields["attempts"]["required"]


def test_enum_values_glossed_in_a_description_and_a_fence_of_states(root: Path) -> None:
    """`| kind | ENUM | | 유형 (\\`DINE_IN\\`: 매장, \\`TAKEOUT\\`: 포장) |`: each code with its meaning; a VARCHAR method
    whose description closes on (`CARD`, `CASH`); a bare ENUM `state` whose values sit in a fence of `CODE → meaning`
    lines under `**상태 (TicketState):**`. A fence of prose under a label lists nothing."""
    model = ("# 스키마\n\n### `tickets` — 티켓\n\n| 컬럼명 | 타입 | 제약조건 | 설명 |\n|---|---|---|---|\n"
             "| `id` | BIGINT | **PK** | ID |\n| `kind` | ENUM | | 유형 (`DINE_IN`: 매장, `TAKEOUT`: 포장) |\n"
             "| `state` | ENUM | **NOT NULL** | 상태 |\n| `pay_method` | VARCHAR(20) | nullable | 결제 수단 (`CARD`, `CASH`) |\n"
             "| `note` | VARCHAR(20) | nullable | 메모 |\n\n**상태 (TicketState):**\n\n```\nWAITING    → 대기\nSERVED     → 완료\n"
             "```\n\n**메모 (note):**\n\n```\nFree text: anything\nShown on receipts\n```\n")
    _, fields = read(root, {"docs/DATABASE_SCHEMA.md": model}, "ticket")
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["DINE_IN", "TAKEOUT"]
    assert fields["pay_method"]["type"] == "enum" and fields["pay_method"]["enum_values"] == ["CARD", "CASH"]
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["WAITING", "SERVED"]
    assert fields["state"]["required"] and fields["note"]["type"] == "str"


def test_utcnow_default_and_a_documents_null_marks_settle_bare_references(root: Path) -> None:
    """A Default cell `utcnow` is the time of insert. One table marks a nullable reference (`FK → centers, NULL`), so
    another table's reference marked only `FK → groups` is one its row must have; a document that never marks NULL
    leaves such a reference optional."""
    model = ("# DB\n\n### `members`\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| `id` | Integer | PK | — |\n| `center_id` | Integer | FK → `centers`, NULL | Center |\n\n"
             "### `lessons`\n\n| Column | Type | Constraints | Default | Description |\n|---|---|---|---|---|\n"
             "| `id` | UUID | PK | | — |\n| `group_id` | UUID | FK → `groups` | | Group |\n"
             "| `title` | VARCHAR | NOT NULL | | Title |\n| `opened_at` | DATETIME | NOT NULL | utcnow | When opened |\n")
    _, fields = read(root, {"docs/DATABASE.md": model}, "lesson")
    assert fields["group_id"]["required"] and fields["title"]["required"]
    assert fields["opened_at"]["default"] == "now" and not fields["opened_at"]["required"]
    alone = model.split("### `lessons`")[1]
    _, fields = read(root / "alone", {"docs/DATABASE.md": "# DB\n\n### `lessons`" + alone}, "lesson")
    assert not fields["group_id"]["required"]


def test_a_request_body_under_a_route_is_the_entitys_example(root: Path) -> None:
    """No model has typed fields; `#### Criar serviço` names nothing in English, but the body below it is sent to
    `POST /api/services`: the services' example, its `"price": 35` money (decimal); each member is one the client
    sends, so required (nothing says one may be left out)."""
    models = "## Banco de dados\n\n### Service\n\nRepresenta os serviços.\n\n### Appointment\n\nOs agendamentos.\n"
    api = ("## APIs\n\n#### Criar serviço\n\n```\nPOST /api/services\n```\n\nDados esperados:\n\n```json\n"
           "{\n  \"name\": \"Corte\",\n  \"durationMinutes\": 30,\n  \"price\": 35\n}\n```\n\n#### Criar agendamento\n\n"
           "```\nPOST /api/appointments\n```\n\n```json\n{\n  \"serviceId\": \"abc\",\n  \"date\": \"2026-07-07\"\n}\n```\n")
    draft, fields = read(root, {"docs/banco-de-dados.md": models, "docs/api.md": api}, "service")
    assert list(fields) == ["name", "duration_minutes", "price"], draft.diagnostics
    assert fields["price"]["type"] == "decimal" and fields["duration_minutes"]["type"] == "int"
    assert all(f["required"] for f in fields.values())


def test_django_field_tables_blank_db_index_and_derived_defaults(root: Path) -> None:
    """A Django model's table: RichTextField is text, ImageField a path, TaggableManager a relation (left out);
    `db_index` is an index; `blank` makes a NOT NULL field one a client may leave out; a Default cell
    `auto-derived` is no value. An `Indexes:` line's `UNIQUE (code)` is a unique index, `INDEX (a, b)` none."""
    model = ("# Schema\n\n### `Post` (table: `blog_post`)\n\n| Field | Type | Constraints | Default |\n|---|---|---|---|\n"
             "| `id` | BigAutoField | PK | |\n| `title` | CharField(255) | | |\n| `code` | CharField(20) | | |\n"
             "| `slug` | SlugField | unique, blank, db_index | auto-derived |\n| `body` | RichTextField (django-ckeditor) | | |\n"
             "| `cover` | ImageField | blank, null | |\n| `tags` | TaggableManager | blank | |\n"
             "| `views` | PositiveIntegerField | default 0, db_index | |\n| `kind` | CharField(10) | | |\n\n"
             "Indexes: `UNIQUE (code)`, `INDEX (kind, views)`.\n")
    _, fields = read(root, {"docs/database/schema.md": model}, "post")
    assert list(fields) == ["title", "code", "slug", "body", "cover", "views", "kind"]
    assert fields["body"]["type"] == "text" and fields["body"]["required"] and fields["cover"]["type"] == "str"
    assert not fields["slug"]["required"] and "default" not in fields["slug"] and fields["slug"]["index"]
    assert fields["views"]["index"] and fields["code"]["unique"] and fields["code"]["index"] and not fields["kind"]["index"]


def test_typed_bullets_closed_by_a_period_in_labelled_groups(root: Path) -> None:
    """`- \\`name\\` (string, required).` ends on a period; the entity's bullets come in groups under **Fields:**,
    "Scheduling fields:" and "Timestamps:", one entity. Some say required and some optional, so the ones that say
    neither (`timezone` (string, e.g., IANA TZ)) are optional; `host_id` (FK → \\`User.id\\`) is a reference."""
    model = ("# Data model\n\n#### 2.1 `Series`\n\n**Fields:**\n\n- `id` (PK, string/UUID).\n- `name` (string, required).\n"
             "- `description` (string, optional).\n- `host_id` (FK → `User.id`) – primary host.\n"
             "- `timezone` (string, e.g., IANA TZ identifier).\n\nScheduling fields:\n\n- `start_date` (date, required).\n"
             "- `end_date` (date, optional).\n- `gap_minutes` (int, default 0).\n\nTimestamps:\n\n- `created_at` (datetime).\n")
    _, fields = read(root, {"docs/data-model.md": model}, "series")
    assert list(fields) == ["name", "description", "host_id", "timezone", "start_date", "end_date", "gap_minutes"]
    assert [n for n, f in fields.items() if f["required"]] == ["name", "start_date"]
    assert fields["gap_minutes"]["default"] == 0


def test_untyped_bullets_after_an_ellipsis_and_glossed_codes(root: Path) -> None:
    """Japanese notes: `- \\`scope\\` … \\`SYSTEM\\`（全ユーザー共通） / \\`USER\\`（個別）` lists two codes, each glossed;
    `- \\`color\\` … UI 表示色（必須）` is required. A list filter `status` (unread|reading|done) holding a column's
    default is its values."""
    model = ("# データモデル\n\n### `Label` テーブル\n\n- **主な列**\n  - `scope` … `SYSTEM`（全ユーザー共通） / `USER`（個別）\n"
             "  - `name` … タグ名\n  - `color` … UI 表示色（必須）\n  - `isPreset` … 初期提供タグかどうか\n")
    _, fields = read(root, {"docs/data-model.md": model}, "label")
    assert fields["scope"]["type"] == "enum" and fields["scope"]["enum_values"] == ["SYSTEM", "USER"]
    assert fields["color"]["required"] and not fields["name"]["required"] and fields["is_preset"]["type"] == "bool"
    books = ("# Model\n\n### Book\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | Integer | Primary key |\n"
             "| title | String(200) | Not null |\n| status | String(20) | Default: \"unread\" |\n")
    api = "# API\n\n### GET /api/books\n\n**Query params:** `status` (unread|reading|done|all), `search`.\n"
    _, fields = read(root / "books", {"docs/data-model.md": books, "docs/api.md": api}, "book")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["unread", "reading", "done"]


def test_a_details_cell_that_names_the_storage_size(root: Path) -> None:
    """`text | string | varchar(256)` in a table written without outer pipes: the string holds 256 characters; an
    integer column whose details name a reference keeps no length."""
    model = ("# Schema\n\n## visit\ncolumn name | data type | details\n------------|-----------|--------\n"
             "id | integer | not null, primary key\nnote | string | varchar(256)\ncolor | string | varchar(7) default NULL\n"
             "UnitID | integer | foreign key (references unit.id)\n")
    _, fields = read(root, {"docs/schema.md": model}, "visit")
    assert fields["note"]["max_length"] == 256 and fields["color"]["max_length"] == 7
    assert "max_length" not in fields["unit_id"] and not fields["note"]["required"]


def test_an_unfenced_er_diagram_with_annotations(root: Path) -> None:
    """A file that is an erDiagram written without a fence: `varchar title (<=50, unique)`, a text bounded
    `(<=255)`, `image cover (default: plays/default.png)` (a stored path), `datetime show_time (indexed)`."""
    model = ("erDiagram\n    PLAY ||--o{ SHOW : has\n\n    PLAY {\n        bigint id PK\n        varchar title (<=50, unique)\n"
             "        text    description (<=255)\n        image   cover (default: plays/default.png)\n"
             "        datetime show_time (indexed)\n        -- M2M: actors\n    }\n")
    _, fields = read(root, {"docs/db-schema.md": model}, "play")
    assert list(fields) == ["title", "description", "cover", "show_time"]
    assert fields["title"]["max_length"] == 50 and fields["title"]["unique"]
    assert fields["description"]["type"] == "text" and fields["description"]["max_length"] == 255
    assert fields["cover"]["type"] == "str" and fields["cover"]["default"] == "plays/default.png"
    assert fields["show_time"]["index"]


def test_example_documents_sql_bullets_after_an_arrow_and_german_names(root: Path) -> None:
    """An unlabelled fence holding an example document (`"category": "ObjectId (ref: Categories)"`) is mock data,
    read whole under `## 5. Items Collection`, not as typed lines; French bullets `- \\`qty\\` (INT) → quantité`
    separate the note with an arrow; German bare names: `- \\`a_at\\`, \\`b_at\\``, a "Statuswerte:" list, an
    `employee_id` typed like the `employees` table's UUID key, `control_hours` a fraction; a label enum whose
    example sends another value is a string."""
    mongo = ("# Schema\n\n## 5. Items Collection\n\n```\n{\n  \"_id\": \"ObjectId\",\n  \"itemName\": \"Resistor\",\n"
             "  \"category\": \"ObjectId (ref: Categories)\",\n  \"quantity\": 120,\n  \"isDeleted\": false, // true/false\n}\n```\n")
    _, fields = read(root / "a", {"docs/db-schema.md": mongo}, "item")
    assert list(fields) == ["item_name", "category", "quantity", "is_deleted"] and fields["quantity"]["type"] == "int"
    french = ("# Schéma\n\n### 3. `orders`\n- `id` (INT, PK, AUTO_INCREMENT) → identifiant\n- `product_id` (INT, FK → products.id) → produit\n"
              "- `quantity` (INT) → nombre\n- `status` (ENUM: 'pending', 'shipped') → état\n")
    _, fields = read(root / "b", {"docs/db-schema.md": french}, "order")
    assert list(fields) == ["product_id", "quantity", "status"] and fields["status"]["enum_values"] == ["pending", "shipped"]
    german = ("# Datenbankschema\n\n### `employees`\n\nWichtige Felder:\n\n- `id`: UUID.\n- `display_name`: Anzeigename.\n"
              "- `is_active`: aktiv.\n\n### `timesheet_days`\n\nWichtige Felder:\n\n- `employee_id`\n- `work_date`\n- `control_hours`\n"
              "- `status`\n- `submitted_at`, `approved_at`\n\nStatuswerte:\n\n- `draft`\n- `submitted`\n- `approved`\n")
    _, fields = read(root / "c", {"docs/db-schema.md": german}, "timesheet_day")
    assert list(fields) == ["employee_id", "work_date", "control_hours", "status", "submitted_at", "approved_at"]
    assert fields["employee_id"]["type"] == "uuid" and fields["control_hours"]["type"] == "float"
    assert fields["status"]["enum_values"] == ["draft", "submitted", "approved"] and fields["approved_at"]["type"] == "datetime"
    pets = "# 设计\n\n### `pet`\n\n- `id` BIGINT PK\n- `name` VARCHAR(50) 名字\n- `species` VARCHAR(50) 种类（狗/猫/其他）\n"
    api = "# API\n\n- `POST /api/pets`\n\n```json\n{\n  \"name\": \"小黑\",\n  \"species\": \"dog\"\n}\n```\n"
    _, fields = read(root / "d", {"docs/db-schema.md": pets, "docs/api-design.md": api}, "pet")
    assert fields["species"]["type"] == "str" and fields["species"]["max_length"] == 50


def test_a_ddd_aggregate_typed_by_its_graphql_contract(root: Path) -> None:
    """A DDD data model: `## Value object: RentalPeriod` is a part of the Car, not the entity; the aggregate's table
    lists `make`, `model`, `costPerDay` with no type (—), which the contract's `type Car` gives; `carId` is a key the
    client supplies (`input CreateCarInput { carId: ID! }`), kept; a derived, never-stored `status`, a `customer`
    of the domain's `Customer` aggregate and a `photo` of a type defined elsewhere (`CarPhoto`) are no columns."""
    model = ("# Data Model\n\n## Value object: `RentalPeriod`\n\n| Field | Type | Notes |\n|---|---|---|\n"
             "| `leaseDate` | Date | When renting occurred |\n| `dueBackDate` | Date | Customer-provided |\n\n"
             "## Aggregate: `Car` (extended)\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
             "| `carId` | ID | yes | Existing. |\n| `make`, `model`, `costPerDay` | — | yes | Existing. |\n"
             "| `photo` (`CarPhoto`) | — | no | Existing (feature 002). |\n| `seats` | Int | no | **New.** |\n"
             "| `rentalPeriod` | RentalPeriod | no | **New (derived from `leasedDate`).** |\n"
             "| `status` | FleetStatus | yes | **New (derived).** Never stored. |\n| `customer` | Customer | no | The renter. |\n\n"
             "## Aggregate root: `Customer` (unchanged shape)\n\nNo new fields.\n")
    contract = ("# GraphQL Schema Delta\n\n```graphql\ntype Car {\n  carId: ID!\n  make: String!\n  model: String!\n"
                "  costPerDay: Float!\n  seats: Int\n  status: FleetStatus!\n}\n\ninput CreateCarInput {\n  carId: ID!\n"
                "  make: String!\n  model: String!\n  costPerDay: Float!\n}\n```\n")
    spec = "# Feature: Fleet details\n\n## User Scenarios\n\n### User Story 1 - Browse the fleet (Priority: P1)\n\nA visitor sees each car.\n"
    draft, fields = read(root, {"specs/003-fleet/data-model.md": model, "specs/003-fleet/spec.md": spec,
                                "specs/003-fleet/contracts/graphql-schema.delta.md": contract}, "003-fleet")
    assert draft.spec["name"] == "car", draft.diagnostics
    assert sorted(fields) == ["car_id", "cost_per_day", "make", "model", "seats"], draft.diagnostics
    assert fields["make"]["type"] == "str" and fields["cost_per_day"]["type"] == "float" and fields["car_id"]["required"]
    assert not draft.blocking


def test_models_in_a_plain_fence_under_entities_and_relations(root: Path) -> None:
    """"## Entités et relations" over a plain fence of models, each a name on its own line and its `attr: type,
    not null` lines indented: one entity per model; Rails' `integer (enum: bac:0, bts:1)` answers the names; where
    some lines say not null, the others may be null."""
    model = ("# Data Model\n\n## Entités et relations\n\n```\nClassroom\n  name: string, not null\n  code: string\n"
             "  → has_many :students\n\nSubject\n  title: string, not null\n  year: string\n"
             "  exam_type: integer (enum: bac:0, bts:1, autre:2)\n  discarded_at: datetime  ← soft delete\n```\n")
    _, fields = read(root, {"docs/data-model.md": model}, "subject")
    assert list(fields) == ["title", "year", "exam_type", "discarded_at"]
    assert fields["exam_type"]["type"] == "enum" and fields["exam_type"]["enum_values"] == ["bac", "bts", "autre"]
    assert fields["title"]["required"] and not fields["year"]["required"] and not fields["exam_type"]["required"]


def test_an_entity_heading_then_its_fields_go_types_and_a_status_values_line(root: Path) -> None:
    """`## Entity: Empleado` then a sibling `## Fields` list: the fields are Empleado's. Go's `uint64` is an integer;
    `| Status | enum | NOT NULL, DEFAULT pending |` takes its values from `**Status Values**: pending, done` below
    the table, not from the constraints cell."""
    model = "# Data Model\n\n## Entity: Empleado\n\n- Description: registro.\n\n## Fields\n\n- `nombre`: string, required, maxLength=100\n- `telefono`: string, required, maxLength=20\n"
    _, fields = read(root / "a", {"docs/data-model.md": model}, "empleado")
    assert list(fields) == ["nombre", "telefono"] and fields["nombre"]["max_length"] == 100
    orders = ("# Data Model\n\n### WorkOrder\n\n| Field | Type | Constraints |\n|---|---|---|\n| ID | uint64 | PK |\n"
              "| ClientID | uint64 | FK → Client.ID, NOT NULL |\n| Status | enum | NOT NULL, DEFAULT pending |\n\n"
              "**Status Values**: pending, assigned, done\n")
    _, fields = read(root / "b", {"docs/data-model.md": orders}, "work_order")
    assert fields["client_id"]["type"] == "int" and fields["client_id"]["required"]
    assert fields["status"]["enum_values"] == ["pending", "assigned", "done"] and fields["status"]["default"] == "pending"


def test_kotlin_exposed_table_objects(root: Path) -> None:
    """JetBrains Exposed: `object ProvidersTable : UUIDTable("providers") { ... }` names its columns as strings;
    varchar's length, `.nullable()`, `.default(...)`, `.uniqueIndex()`; a `reference(...)` typed by the migration."""
    model = ("# Data Model\n\n```kotlin\nobject ProvidersTable : UUIDTable(\"providers\") {\n    val name = varchar(\"name\", 255)\n"
             "    val website = text(\"website\").nullable()\n    val rank = integer(\"rank\").default(0)\n"
             "    val slug = varchar(\"slug\", 60).uniqueIndex()\n    val orgId = reference(\"organisation_id\", OrganisationsTable)\n}\n```\n\n"
             "```sql\nALTER TABLE providers ADD COLUMN organisation_id UUID NOT NULL REFERENCES organisations(id);\n```\n")
    _, fields = read(root, {"docs/data-model.md": model}, "provider")
    assert list(fields) == ["name", "website", "rank", "slug", "organisation_id"]
    assert fields["name"]["max_length"] == 255 and fields["name"]["required"] and not fields["website"]["required"]
    assert fields["website"]["type"] == "text" and fields["rank"]["default"] == 0 and fields["slug"]["unique"]
    assert fields["organisation_id"]["type"] == "uuid" and fields["organisation_id"]["required"]


def test_a_rules_table_of_qualified_columns_an_index_named_for_its_column_and_a_url_list(root: Path) -> None:
    """A rules table `| \\`posts.author_id\\` | Obligatorio ... |` makes the column required where the diagram says
    nothing; "Agregamos \\`posts_author_id_idx\\`" (amid words about PRIMARY KEY and UNIQUE) indexes it; a `json`
    column described as a 'Görsel URL listesi' (a list of image URLs) is a list of strings."""
    model = ("# Base de datos\n\n```mermaid\nerDiagram\n    POSTS {\n        integer id PK\n        integer author_id FK\n"
             "        varchar title\n        json images \"Görsel URL listesi\"\n    }\n```\n\n## Reglas\n\n| Campo | Regla |\n|---|---|\n"
             "| `posts.author_id` | Obligatorio y debe referenciar un autor existente |\n| `posts.title` | Opcional |\n"
             "| `posts.images` | Opcional |\n\n"
             "PostgreSQL crea índices para PRIMARY KEY y UNIQUE. Agregamos `posts_author_id_idx` para consultar posts.\n")
    _, fields = read(root, {"docs/base-de-datos.md": model}, "post")
    assert fields["author_id"]["required"] and fields["author_id"]["index"]
    assert not fields["title"]["required"] and not fields["title"]["index"]
    assert fields["images"]["type"] == "list[str]"


def test_a_unique_key_named_over_its_column_in_spanish(root: Path) -> None:
    """"Índice/constraint único: \\`uk_empleados_clave\\` sobre \\`clave\\`" in a persistence note indexes `clave`;
    the same words for a constraint that is no index (`uk_x sobre y` without "índice") say nothing of one."""
    model = ("# Data Model\n\n## Entity: Empleado\n\n## Fields\n\n- `clave`: string, required, unique\n- `nombre`: string, required\n\n"
             "## Persistence Notes\n\n- Tabla objetivo: `empleados`.\n- Índice/constraint único: `uk_empleados_clave` sobre `clave`.\n"
             "- Constraint: `uk_empleados_nombre` sobre `nombre`.\n")
    _, fields = read(root, {"docs/data-model.md": model}, "empleado")
    assert fields["clave"]["index"] and not fields["nombre"]["index"]


def test_a_box_diagram_with_boxes_side_by_side(root: Path) -> None:
    """Two boxes drawn side by side in a text diagram, `name (TYPE) NOT NULL` lines inside: each box is a table, its
    columns fixed by its top border; a component diagram's boxes (no typed lines) are none."""
    model = ("# ERD\n\n```\n┌────────────────────────────────┐    ┌──────────────────────────────┐\n"
             "│           VISIT                │    │           ROOM               │\n"
             "├────────────────────────────────┤    ├──────────────────────────────┤\n"
             "│ PK  id (BIGINT)                │    │ PK  id (BIGINT)              │\n"
             "│     day (DATE) NOT NULL        │    │     label (VARCHAR(20))      │\n"
             "│     note (VARCHAR(500))        │    │     floor (INT) NOT NULL     │\n"
             "│     done (BOOLEAN) DEFAULT FALSE │  │                              │\n"
             "│ FK  room_id (BIGINT) NOT NULL  │    └──────────────────────────────┘\n"
             "└────────────────────────────────┘\n\n"
             "┌──────────────┐  ┌─────────────┐\n│ Visit        │  │  Dashboard  │\n│    List      │  │  (P2)       │\n"
             "└──────────────┘  └─────────────┘\n```\n")
    _, fields = read(root, {"docs/ERD.md": model}, "visit")
    assert list(fields) == ["day", "note", "done", "room_id"]
    assert fields["day"]["type"] == "date" and fields["day"]["required"] and not fields["note"]["required"]
    assert fields["note"]["max_length"] == 500 and fields["room_id"]["required"]


def test_a_route_tables_create_body_with_optional_marks_and_a_wrapped_index_line(root: Path) -> None:
    """The diagram says nothing of presence; the API's route table lists the create body `clinic_id, service,
    vet_id?` (`?` marks the optional): clinic_id and service are required, the rest not. A mid-paragraph
    "**Indexes:** clinic, status," wrapped onto the next line indexes clinic_id, status and scheduled_date."""
    model = ("# ER\n\n```mermaid\nerDiagram\n  appointments {\n    uuid id PK\n    uuid clinic_id FK\n    uuid vet_id FK\n"
             "    varchar service\n    date scheduled_date\n    varchar status\n  }\n```\n\n## Table Reference\n\n### 8. `appointments`\n"
             "Bookings. **FKs:** `clinic_id`. **Indexes:** clinic, status,\nscheduled_date. **Trigger:** `set_updated_at`.\n")
    api = ("# API\n\n## Appointments\n\n| Method | Path | Auth | Body | Notes |\n|---|---|---|---|---|\n"
           "| POST | `/appointments` | owner | `clinic_id, service, vet_id?` | Book |\n| GET | `/appointments` | any | | List |\n")
    _, fields = read(root, {"docs/ERD.md": model, "docs/API.md": api}, "appointment")
    assert [n for n, f in fields.items() if f["required"]] == ["clinic_id", "service"]
    assert [n for n, f in fields.items() if f["index"]] == ["clinic_id", "scheduled_date", "status"]


def test_date_created_and_date_modified_are_the_rows_own_timestamps(root: Path) -> None:
    """Flask-SQLAlchemy's base columns `date_created` / `date_modified` are the created_at / updated_at the generated
    backend keeps itself: left out, the rest read."""
    model = ("### Tietokanna luonti\n```\nCREATE TABLE book (\n\tid INTEGER NOT NULL,\n\tdate_created DATETIME,\n"
             "\tdate_modified DATETIME,\n\ttitle VARCHAR(144) NOT NULL,\n\tisbn VARCHAR(13) NOT NULL,\n\tPRIMARY KEY (id)\n)\n```\n")
    draft, fields = read(root, {"documentation/database.md": model}, "book")
    assert list(fields) == ["title", "isbn"]
    assert any("date_created" in d and "left out" in d for d in draft.diagnostics)


def test_default_cells_that_say_who_fills_the_column(root: Path) -> None:
    """A Default column in words: `用户设置` (set by the user) is no value, and NOT NULL then means required;
    `数据创建时间` (when the row is made) is now; `[]` for a varchar is the text of an empty list."""
    model = ("### equipment\n\n| name | type | property | comment | default |\n|---|---|---|---|---|\n"
             "| eq_id | int | PK/NN/AI | 主键 | 数据表自增 |\n| eq_name | varchar(32) | NN | 设备名称 | 用户设置 |\n"
             "| loan | int | NN | 借出数量 | 0 |\n| eq_date | datetime | NN | 创建日期 | 数据创建时间 |\n"
             "| images | varchar(255) | NN | 图片 | [] |\n")
    _, fields = read(root, {"doc/database.md": model}, "equipment")
    assert fields["eq_name"]["required"] and "default" not in fields["eq_name"]
    assert fields["eq_date"]["default"] == "now" and not fields["eq_date"]["required"]
    assert fields["images"]["default"] == "[]" and fields["loan"]["default"] == 0


def test_a_status_typed_by_a_name_defined_nowhere_with_its_values_in_the_notes(root: Path) -> None:
    """`| status | ReservationStatus | ✓ | confirmed | confirmed / cancelled / no-show |`: the type is named, defined
    nowhere, and its values are in the row's own notes: an enum with its default. A `photo | CarPhoto` of the same
    shape stays a link to another table (left out)."""
    model = ("## Reservation\n\n| Field | Type | Required | Default | Description |\n|---|---|---|---|---|\n"
             "| id | String | ✓ | cuid() | PK |\n| startAt | DateTime | ✓ | - | start |\n"
             "| status | ReservationStatus | ✓ | confirmed | confirmed / cancelled / no-show / completed |\n"
             "| photo | ReservationPhoto | - | null | the photo |\n")
    draft, fields = read(root, {"specs/data/04-reservation.md": model}, "reservation")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["confirmed", "cancelled", "no-show", "completed"]
    assert fields["status"]["default"] == "confirmed" and "photo" not in fields and not draft.blocking


def test_an_entity_in_parts_under_its_heading_with_property_and_column_names(root: Path) -> None:
    """`## Entity: Client (persisted — single table)` over `### Shared Base Fields` and `### Particulier-Specific
    Fields`: one table in two parts, not two entities (and not the next entity, which has one table); each row
    gives the property (`lastName`, what the API sends) and the column (`last_name`): the key stays `lastName`."""
    model = ("# Data Model\n\n## Entity: Client (persisted — single table)\n\n### Shared Base Fields\n\n"
             "| Column | DB Name | DB Type | Nullable | Default |\n|---|---|---|---|---|\n"
             "| type | `type` | `varchar` | NO | — |\n| phone | `phone` | `varchar` | YES | `null` |\n\n"
             "### Particulier-Specific Fields\n\n| Column | DB Name | DB Type | Nullable | Default |\n|---|---|---|---|---|\n"
             "| lastName | `last_name` | `varchar` | YES | `null` |\n| isMinor | `is_minor` | `boolean` | YES | `false` |\n\n"
             "## Entity: Convention (persisted)\n\n| Column | DB Name | DB Type | Nullable | Default |\n|---|---|---|---|---|\n"
             "| numero | `numero` | `varchar` | NO | — |\n| dateDebut | `date_debut` | `date` | YES | `null` |\n"
             "| tauxRemise | `taux_remise` | `decimal` | YES | `null` |\n")
    spec = "# Feature: Client management\n\n### User Story 1 - Register a client (Priority: P1)\n\nA clerk registers a client.\n"
    draft, fields = read(root, {"specs/003-client-management/data-model.md": model, "specs/003-client-management/spec.md": spec},
                         "003-client-management")
    assert draft.spec["name"] == "client", draft.diagnostics
    assert list(fields) == ["type", "phone", "last_name", "is_minor"]
    assert fields["last_name"].get("json_key", "lastName") == "lastName" and draft.spec["api"]["casing"] == "camel"


def test_a_models_folder_and_a_mongoose_schema_object_without_its_wrapper(root: Path) -> None:
    """`docs/models/patient.md` is the schema file (a folder of models); under `# Patient Model` a fence holds the
    schema's object alone, `{ firstName: { type: String, required: true }, allergies: [String], ... }`."""
    model = ("# Patient Model\n\n## Schema\n```typescript\n{\n  firstName: {\n    type: String,\n    required: true\n  },\n"
             "  gender: {\n    type: String,\n    enum: [\"male\", \"female\"],\n    required: true\n  },\n  address: String,\n"
             "  allergies: [String],\n  preferredLanguage: {\n    type: String,\n    default: \"english\"\n  }\n}\n```\n")
    api = "# Patients API\n\n## POST /api/patients\n\nCreates a patient.\n"
    _, fields = read(root, {"docs/models/patient.md": model, "docs/api/patients.md": api}, "patient")
    assert list(fields) == ["first_name", "gender", "address", "allergies", "preferred_language"]
    assert fields["first_name"]["required"] and fields["gender"]["enum_values"] == ["male", "female"]
    assert fields["allergies"]["type"] == "list[str]" and fields["preferred_language"]["default"] == "english"


def test_a_key_fields_section_under_the_entity_heading_and_its_derived_columns(root: Path) -> None:
    """`## Invoice` over `### Key Fields` (the Invoice's table, no entity `Key`) and `### Totals (derived)` (more of
    its columns, which the server computes: never required); the next entity's `### Key Fields` stays its own."""
    model = ("# Billing Entities\n\n## Customer\n\n### Key Fields\n\n| Field | Type | Description |\n|---|---|---|\n"
             "| `customer_id` | UUID | Primary key |\n| `legal_name` | string | Name on invoices |\n\n"
             "## Invoice\n\n**Purpose**: A bill sent to a customer.\n\n### Key Fields\n\n| Field | Type | Description |\n"
             "|---|---|---|\n| `invoice_id` | UUID | Primary key |\n| `customer_id` | UUID | FK to Customer |\n"
             "| `number` | string | Unique invoice number |\n| `due_on` | date | Payment due date |\n"
             "| `memo` | string? | Free text |\n\n### Totals (derived)\n\n| Field | Type | Description |\n|---|---|---|\n"
             "| `line_count` | int | Number of lines |\n| `amount_due` | float | Sum of the lines |\n\n"
             "### Relationships\n\n- Belongs to Customer\n")
    draft, fields = read(root, {"docs/technical/entities/invoice.md": model}, "invoice")
    assert draft.spec["name"] == "invoice", draft.diagnostics
    assert list(fields) == ["customer_id", "number", "due_on", "memo", "line_count", "amount_due"]
    assert fields["due_on"]["required"] and not fields["memo"]["required"]
    assert not fields["line_count"]["required"] and not fields["amount_due"]["required"]
    assert any("the columns under 'Totals (derived)' (line_count, amount_due) are more of Invoice" in d
               for d in draft.diagnostics), draft.diagnostics


def test_none_is_a_value_of_a_list_whose_default_it_is(root: Path) -> None:
    """`none/daily/weekly` in a notes cell beside DEFAULT 'none': `none` is one of the values (the default must be
    one of them), while `draft / sent / null` keeps saying only that the column may be empty."""
    model = ("# Database Schema\n\n## invoices\n\n| Column | Type | Constraints | Default | Notes |\n|---|---|---|---|---|\n"
             "| title | VARCHAR(120) | NOT NULL | - | Invoice title |\n"
             "| repeat | VARCHAR(20) | NOT NULL | 'none' | none/daily/weekly/monthly |\n"
             "| stage | VARCHAR(20) | | - | draft / sent / null |\n")
    draft, fields = read(root, {"specs/database/schema.md": model}, "invoice")
    assert not draft.blocking, draft.blocking
    assert fields["repeat"]["enum_values"] == ["none", "daily", "weekly", "monthly"] and fields["repeat"]["default"] == "none"
    assert fields["stage"]["enum_values"] == ["draft", "sent"] and not fields["stage"]["required"]


def test_a_values_table_under_a_type_heading_with_full_width_parentheses_and_its_rule_default(root: Path) -> None:
    """`| status | ItemStatus | ○ |` typed by `### ItemStatus（品目ステータス）` over `| 値 | 表示名 |` rows; the
    validation table's `| status | デフォルト \\`draft\\` |` gives the default, so the client need not send it."""
    model = ("# データモデル\n\n## エンティティ\n\n### Item（品目）\n\n| フィールド | 型 | 必須 | 説明 |\n|---|---|---|---|\n"
             "| id | UUID | ○ | 識別子 |\n| name | string | ○ | 品目名 |\n| status | ItemStatus | ○ | ステータス |\n\n"
             "### ItemStatus（品目ステータス）\n\n| 値 | 表示名 |\n|---|---|\n| draft | 下書き |\n| live | 公開 |\n"
             "| retired | 終了 |\n\n## バリデーションルール\n\n| フィールド | ルール |\n|---|---|\n| name | 必須 |\n"
             "| status | デフォルト `draft` |\n")
    spec = "# 機能仕様: 品目管理\n\n### ユーザーストーリー 1 - 品目登録 (Priority: P1)\n\n管理者が品目を登録する。\n"
    draft, fields = read(root, {"specs/002-item-admin/data-model.md": model, "specs/002-item-admin/spec.md": spec},
                         "002-item-admin")
    assert not draft.blocking, draft.blocking
    assert fields["status"]["enum_values"] == ["draft", "live", "retired"]
    assert fields["status"]["default"] == "draft" and not fields["status"]["required"]


def test_a_product_name_written_as_one_word_in_the_title_names_no_entity(root: Path) -> None:
    """'# Data Model - CrateHub Storefront': `CrateHub` is the product's name; its word `Crate` does not make the
    Crate the feature's entity when the contract is about products."""
    model = ("# Data Model - CrateHub Storefront\n\n```prisma\nmodel Product {\n  id String @id\n  name String\n"
             "  price Decimal\n  stock Int @default(0)\n  @@map(\"products\")\n}\n\nmodel Crate {\n  id String @id\n"
             "  userId String\n  label String\n  @@map(\"crates\")\n}\n```\n")
    contract = ("openapi: 3.0.0\ninfo:\n  title: Products\n  version: '1'\npaths:\n  /products:\n    get:\n"
                "      responses:\n        '200':\n          description: ok\n")
    draft, fields = read(root, {"specs/001-storefront-platform/data-model.md": model,
                                "specs/001-storefront-platform/contracts/products.openapi.yml": contract},
                         "001-storefront-platform")
    assert draft.spec["name"] == "product", draft.diagnostics
    assert list(fields) == ["name", "price", "stock"]


def test_jsdoc_typedefs_are_a_data_model(root: Path) -> None:
    """A Mongoose app's data model in JSDoc: `@typedef {Object} Listing` over `@property` lines; `[name]` is
    optional, `[name=3]` has a default, an `(embedded)` typedef's array is the parent's JSON, ObjectId is text and
    a `@typedef {'a'|'b'} ListingStatus` types the status."""
    model = ("# Data Model\n\n## Schemas\n\n### Listing\n\n```javascript\n/**\n * Listing Schema\n"
             " * @typedef {Object} Listing\n * @property {ObjectId} _id\n * @property {ObjectId} hostId - ref: Host\n"
             " * @property {string} title\n * @property {string} [summary]\n * @property {number} [maxGuests=3]\n"
             " * @property {Photo[]} photos\n * @property {ListingStatus} status - default: 'open'\n"
             " * @property {Object} settings\n * @property {boolean} settings.instant - default: true\n"
             " * @property {Date} createdAt\n */\n\n/**\n * Photo Schema (embedded)\n * @typedef {Object} Photo\n"
             " * @property {string} url\n */\n\n/**\n * @typedef {'open'|'paused'|'closed'} ListingStatus\n */\n```\n")
    draft, fields = read(root, {"specs/001-listings/data-model.md": model}, "001-listings")
    assert draft.spec["name"] == "listing", draft.diagnostics
    assert list(fields) == ["host_id", "title", "summary", "max_guests", "photos", "status", "settings"]
    assert fields["host_id"]["type"] == "str" and fields["title"]["required"] and not fields["summary"]["required"]
    assert fields["max_guests"]["type"] == "int" and fields["max_guests"]["default"] == 3
    assert fields["photos"]["type"] == "json" and fields["settings"]["type"] == "json"
    assert fields["status"]["enum_values"] == ["open", "paused", "closed"] and fields["status"]["default"] == "open"


def test_the_entity_under_schema_changes_required_over_one_marked_unchanged(root: Path) -> None:
    """'## 1. Schema Changes Required' over the Prisma model of a Grade, and '## 2. Entities (unchanged schema — no
    migration needed)' listing the Essay (which the P1 story names) and the Grade again: the feature changes the
    Grade (its contract, `grade.md`, agrees). `verdict GradeDecision?` with no model of that name is an enum, its values in the Grade's listing."""
    model = ("# Data Model: Marking Workflow\n\n## 1. Schema Changes Required\n\n### 1a. Grade — add timestamps\n\n"
             "```prisma\nmodel Grade {\n  id        String @id @default(cuid())\n  verdict   GradeDecision?\n"
             "  remark    String?\n  startedAt DateTime @default(now())\n  essayId   String @unique\n"
             "  essay     Essay  @relation(fields: [essayId], references: [id])\n}\n```\n\n"
             "## 2. Entities (unchanged schema — no migration needed)\n\n### Essay\n\n```\nid        String (cuid)\n"
             "title     String\nbody      String\nsubject   String\nauthorId  String → User\n```\n\n### Grade\n\n```\n"
             "id        String (cuid)\nverdict   GradeDecision? (PASS | FAIL) — null until final\nremark    String?\n"
             "startedAt DateTime\nessayId   String (unique) → Essay\n```\n")
    spec = ("# Feature Specification: Marking Workflow\n\n### User Story 1 — Essay Marking Workflow (Priority: P1)\n\n"
            "A marker opens an essay and grades it.\n")
    contract = "# Grade API\n\n## POST /api/essays/{essayId}/grade/start\n\nStarts marking.\n"
    draft, fields = read(root, {"specs/004-marking-flow/data-model.md": model, "specs/004-marking-flow/spec.md": spec,
                                "specs/004-marking-flow/contracts/grade.md": contract}, "004-marking-flow")
    assert draft.spec["name"] == "grade", draft.diagnostics
    assert fields["verdict"]["type"] == "enum" and fields["verdict"]["enum_values"] == ["PASS", "FAIL"]
    assert "essay" not in fields


def test_a_feature_folder_without_a_data_model_uses_the_projects_shared_one(root: Path) -> None:
    """`specs/001-help-desk/spec.md` has no data-model.md beside it; `specs/data-model.md` and
    `specs/api-contract.md` at the top are the project's: the feature reads them."""
    model = ("# Data Model\n\n## Ticket\n\n| Field | Type | Rules |\n|---|---|---|\n| id | UUID | generated |\n"
             "| subject | string | required, max 120 |\n| body | text | required |\n")
    api = "# API Contract\n\nBase path: `/api`\n\n## POST /api/tickets\n\nCreates a ticket.\n\n## GET /api/tickets\n"
    spec = "# Feature Specification: Help desk\n\n### User Story 1 - Open a ticket (Priority: P1)\n\nA customer opens a ticket.\n"
    draft, fields = read(root, {"specs/data-model.md": model, "specs/api-contract.md": api,
                                "specs/001-help-desk/spec.md": spec}, "ticket")
    assert draft.spec["name"] == "ticket", draft.blocking
    assert list(fields) == ["subject", "body"] and fields["subject"]["max_length"] == 120


def test_a_domain_folder_and_an_enums_block_of_aligned_names_and_values(root: Path) -> None:
    """`specs/domain/cards.md` is the model (a domain folder); under `## Enums` a plain fence aligns each type's
    name with its values: `TierEnum      BRONZE | SILVER | GOLD`, `SetEnum   A..D` (the letters A to D)."""
    model = ("# Cards\n\n## Modelo\n\n| Campo | Tipo | Regra |\n|---|---|---|\n| `id` | `Long` | Chave. |\n"
             "| `title` | `String` | Obrigatório. |\n| `tier` | `TierEnum` | Obrigatório, default `BRONZE`. |\n"
             "| `set` | `SetEnum` | Obrigatório. |\n\n## Enums\n\n```\nTierEnum      BRONZE | SILVER | GOLD\n"
             "SetEnum       A..D                (quatro conjuntos)\n```\n")
    draft, fields = read(root, {"specs/domain/cards.md": model, "specs/api/endpoints.md": "# API\n\n## GET /cards\n"},
                         "card")
    assert not draft.blocking, draft.blocking
    assert fields["tier"]["enum_values"] == ["BRONZE", "SILVER", "GOLD"] and fields["tier"]["default"] == "BRONZE"
    assert fields["set"]["enum_values"] == ["A", "B", "C", "D"] and fields["set"]["required"]


def test_a_firestore_model_with_a_section_per_field_and_embedded_shapes(root: Path) -> None:
    """A Firestore collection's TypeScript type: `cover: ImageAsset | null` and `gallery: ImageAsset[]`, where
    ImageAsset has no id, are the document's own JSON (not links); `# 7. likes` with `Default:` over a fence of `0`
    gives the default."""
    model = ("# Recipes\n\nThe canonical Firestore schema.\n\n# 1. TypeScript Model\n\n```typescript\n"
             "type ImageAsset = {\n  url: string;\n  publicId: string;\n};\n\ntype Recipe = {\n  id: string;\n"
             "  title: string;\n  cover: ImageAsset | null;\n  gallery: ImageAsset[];\n  likes: number;\n};\n```\n\n"
             "# 2. title\n\nType:\n\n```text\nstring\n```\n\nRequired:\n\n```text\nYes\n```\n\n"
             "# 3. likes\n\nType:\n\n```text\nnumber\n```\n\nDefault:\n\n```text\n0\n```\n")
    draft, fields = read(root, {"specs/database/recipes.md": model}, "recipe")
    assert list(fields) == ["title", "cover", "gallery", "likes"], draft.diagnostics
    assert fields["cover"]["type"] == "json" and not fields["cover"]["required"]
    assert fields["gallery"]["type"] == "json"
    assert fields["likes"]["default"] == 0 and not fields["likes"]["required"]


def test_pydantic_models_without_an_id_nested_in_another_are_its_json(root: Path) -> None:
    """`class Badge(BaseModel)` (no id, in its own block) and `class Author(BaseModel)` with `badges: list[Badge]`
    and `mentor: Mentor | None`: nested values, the author's JSON; a SQLModel table's `list[Post]` stays a link."""
    model = ("# Data Model\n\n### Badge\n\n```python\nclass Badge(BaseModel):\n    label: str\n    level: int\n```\n\n"
             "### Author\n\n```python\nclass Mentor(BaseModel):\n    name: str\n\n"
             "class Author(BaseModel):\n    id: str\n    name: str\n    badges: list[Badge]\n    mentor: Mentor | None\n"
             "    posts: list[Post]\n```\n")
    draft, fields = read(root, {"specs/001-authors/data-model.md": model}, "001-authors")
    assert draft.spec["name"] == "author", draft.diagnostics
    assert list(fields) == ["name", "badges", "mentor"]
    assert fields["badges"]["type"] == "json" and fields["mentor"]["type"] == "json" and not fields["mentor"]["required"]


def test_an_indexeddb_model_keeps_an_id_less_member_type_as_json(root: Path) -> None:
    """An IndexedDB app's `interface Trip { stops: TripStop[] }` where TripStop has no id: the stops live inside
    the trip's record (JSON); `guide: Guide` (which has an id) stays a link, left out."""
    model = ("# Data Model\n\nStored in IndexedDB.\n\n### Trip Entity\n```typescript\ninterface Trip {\n  id: string;\n"
             "  title: string;\n  stops: TripStop[];\n  guide: Guide;\n}\n\ninterface TripStop {\n  place: string;\n"
             "  order: number;\n}\n\ninterface Guide {\n  id: string;\n  name: string;\n}\n```\n")
    draft, fields = read(root, {"specs/001-trips/data-model.md": model}, "001-trips")
    assert draft.spec["name"] == "trip", draft.diagnostics
    assert list(fields) == ["title", "stops"] and fields["stops"]["type"] == "json"


def test_vietnamese_rules_a_missing_field_error_and_a_vector_column(root: Path) -> None:
    """'## Quy Tắc Xác Thực' (validation rules) names no entity `Quy`, so its `note`: '... tối đa 5,000 ký tự' is the
    Note's max length; '`400`: Thiếu title hoặc body' (title or body missing) makes both required and, the table
    saying nothing of presence, the rest optional; `Vector` (pgvector) is JSON."""
    model = ("# Mô Hình Dữ Liệu\n\n## Các Thực Thể\n\n### 1. Note (Ghi Chú)\n\n| Trường | Loại | Mô tả |\n|---|---|---|\n"
             "| id | UUID | ID |\n| title | String | Tiêu đề |\n| body | Text | Nội dung |\n| tags | Array | Các tag |\n"
             "| embedding | Vector | Vector embedding (1536 chiều) |\n\n## Quy Tắc Xác Thực\n\n"
             "- `body`: Không được rỗng, độ dài tối đa 5,000 ký tự\n- `title`: tối đa 200 ký tự\n")
    contract = ("# Hợp Đồng API\n\n## POST /api/notes\n\n```json\n{\"title\": \"string\", \"body\": \"string\"}\n```\n\n"
                "- `400`: Thiếu title hoặc body\n")
    draft, fields = read(root, {"specs/001-notes/data-model.md": model, "specs/001-notes/contracts/notes.md": contract},
                         "001-notes")
    assert draft.spec["name"] == "note", draft.diagnostics
    assert fields["body"]["max_length"] == 5000 and fields["title"]["max_length"] == 200
    assert fields["title"]["required"] and fields["body"]["required"] and not fields["tags"]["required"]
    assert fields["embedding"]["type"] == "json" and not fields["embedding"]["required"]


def test_a_status_values_list_under_each_table_belongs_to_that_table(root: Path) -> None:
    """`# 1. shops` and `# 2. orders` each with `## Fields` and a `## status values` fence: the orders' status takes
    the orders' list, not the shops' one written first."""
    model = ("# Database Schema\n\n# 1. shops\n\n## Fields\n\n```text\nid UUID PRIMARY KEY\nname VARCHAR(255) NOT NULL\n"
             "status VARCHAR(50) NOT NULL DEFAULT 'active'\n```\n\n## Status values\n\n```text\nactive\ninactive\nsuspended\n```\n\n"
             "# 2. orders\n\n## Fields\n\n```text\nid UUID PRIMARY KEY\nshop_id UUID NOT NULL REFERENCES shops(id)\n"
             "note TEXT\nstatus VARCHAR(50) NOT NULL DEFAULT 'new'\n```\n\n## status values\n\n```text\nnew\npaid\nshipped\n```\n")
    draft, fields = read(root, {"specs/database/database-schema.md": model}, "order")
    assert draft.spec["name"] == "order", draft.diagnostics
    assert fields["status"]["enum_values"] == ["new", "paid", "shipped"] and fields["status"]["default"] == "new"


def test_a_named_enum_bullet_with_quoted_values_and_suffix_named_indexes(root: Path) -> None:
    """`- \\`status\\` (LoanStatus enum, NOT NULL)` with `### LoanStatus Enum` over ``- `'open'`: ...`` bullets (a SQL
    literal in code quotes); `**Índices:** \\`loans_member_id_idx\\`, \\`loans_due_on_idx\\`` names the columns it indexes."""
    model = ("# Data Model\n\n### `loans`\n\n**Fields**:\n- `id` (UUID, Primary Key): id\n"
             "- `member_id` (UUID, NOT NULL): the member\n- `due_on` (Date, NOT NULL): due date\n"
             "- `status` (LoanStatus enum, NOT NULL): state\n\n**Índices:** `loans_member_id_idx`, `loans_due_on_idx`\n\n"
             "### LoanStatus Enum\n\n**Values**:\n- `'open'`: lent out\n- `'returned'`: back\n- `'lost'`: gone\n")
    draft, fields = read(root, {"specs/database/schema.md": model}, "loan")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["open", "returned", "lost"]
    assert fields["member_id"]["index"] and fields["due_on"]["index"] and not fields["status"]["index"]


def test_a_bounded_text_bullet_is_a_string_and_an_enum_bullet_an_enum(root: Path) -> None:
    """'`title`: text, required, max 120 chars' is a short string (not an enum without values, as an edit once made
    it); '`size`: string enum (small, large), required' is an enum."""
    model = ("# Database Schema\n\n## boxes\n\n- `title`: text, required, max 120 chars\n"
             "- `size`: string enum (small, large), required\n- `notes`: text, optional\n")
    draft, fields = read(root, {"specs/database/schema.md": model}, "box")
    assert fields["title"]["type"] == "str" and fields["title"]["max_length"] == 120
    assert not any("title: called an enum" in d for d in draft.diagnostics), draft.diagnostics
    assert fields["size"]["type"] == "enum" and fields["size"]["enum_values"] == ["small", "large"]


def test_a_route_table_cell_that_bounds_fields_with_less_or_equal_signs(root: Path) -> None:
    """`| POST /posts | Body: \\`headline\\` (non-empty, ≤300), \\`body\\` (non-empty, ≤50,000) |`: each field's bound
    is its max length; the cell's leading word "Body" labels the request, the code-quoted `body` is the column."""
    model = ("# Data Model\n\n## posts\n\n```sql\ncreate table posts (\n  id uuid primary key,\n  headline text not null,\n"
             "  body text not null\n);\n```\n")
    api = ("# API\n\n| Status | Route | Notes |\n|---|---|---|\n"
           "| ✅ | `POST /posts` | Body: `headline` (non-empty, ≤300), `body` (non-empty, ≤50,000). Blank → `422`. |\n")
    draft, fields = read(root, {"docs/data-model.md": model, "docs/api.md": api}, "post")
    assert fields["headline"]["max_length"] == 300 and fields["headline"]["min_length"] == 1
    assert fields["body"]["max_length"] == 50000 and fields["body"]["min_length"] == 1


def test_an_enum_declared_elsewhere_takes_its_values_from_the_request_models_comment(root: Path) -> None:
    """Prisma's `tier  MemberTier?` (declared nowhere in the folder) and the contract's `tier?: MemberTier; //
    Optional (GOLD|SILVER|BRONZE)`: the values the request model's comment lists."""
    model = ("# Data Model\n\n```prisma\nmodel Member {\n  id    Int @id @default(autoincrement())\n  name  String\n"
             "  tier  MemberTier?\n}\n```\n")
    contract = ("# Member API\n\n## POST /api/members\n\n```typescript\ninterface CreateMemberRequest {\n"
                "  name: string;          // Required, max 80 chars\n"
                "  tier?: MemberTier;     // Optional (GOLD|SILVER|BRONZE)\n}\n```\n")
    draft, fields = read(root, {"specs/003-members/data-model.md": model, "specs/003-members/contracts/member-api.md": contract},
                         "003-members")
    assert fields["tier"]["type"] == "enum" and fields["tier"]["enum_values"] == ["GOLD", "SILVER", "BRONZE"]
    assert not fields["tier"]["required"] and fields["name"]["max_length"] == 80


def test_a_rule_that_allows_only_the_quoted_values_closes_the_list(root: Path) -> None:
    """The table says `| format | string | max 50 | image/png など |` (an example), the rules say
    ``- `format`: `image/png`, `image/gif` のみ`` (only these): an enum of the two, with no invented max length."""
    model = ("# データモデル\n\n## Picture\n\n| フィールド | 型 | 必須 | 制約 | 説明 |\n|---|---|---|---|---|\n"
             "| `id` | string | ✅ | UUID | ID |\n| `format` | string | ✅ | max 50 | image/png など |\n"
             "| `caption` | string | | max 200 | キャプション |\n\n## バリデーション\n\n"
             "- `format`: `image/png`, `image/gif` のみ\n- `caption`: 200文字以内\n")
    draft, fields = read(root, {"specs/001-pictures/data-model.md": model}, "001-pictures")
    assert not draft.blocking, draft.blocking
    assert fields["format"]["type"] == "enum" and fields["format"]["enum_values"] == ["image/png", "image/gif"]
    assert "max_length" not in fields["format"] and fields["caption"]["type"] == "str"


def test_a_mongoose_type_column_its_arrays_integers_and_text_index(root: Path) -> None:
    """`| Field | Mongoose Type | Validation | Notes |`: the type column, whatever layer names it; `[String]` is a
    list of strings, `Number` with `integer` among its rules an int, a `Text index` note no index of the column's;
    a `| Field | BSON type |` table's `date` is a date and time."""
    model = ("# Data Models\n\n## Gadget\n\nCollection: `gadgets`\n\n| Field | Mongoose Type | Validation | Notes |\n"
             "|---|---|---|---|\n| `title` | `String` | required, max 200 | Text index |\n"
             "| `price` | `Number` | required, min 1, integer | Minor units |\n| `photos` | `[String]` | required | URLs |\n"
             "| `sku` | `String` | required | Indexed |\n\n## Loan\n\n| Field | BSON type | Notes |\n|---|---|---|\n"
             "| `_id` | objectId | key |\n| `lentAt` | date | when |\n")
    draft, fields = read(root, {"specs/data/models.md": model}, "gadget")
    assert list(fields) == ["title", "price", "photos", "sku"], draft.diagnostics
    assert fields["price"]["type"] == "int" and fields["photos"]["type"] == "list[str]"
    assert not fields["title"]["index"] and fields["sku"]["index"] and fields["title"]["max_length"] == 200
    _, loan = read(root, {"specs/data/models.md": model}, "loan")
    assert loan["lent_at"]["type"] == "datetime"


def test_a_p1_story_names_the_entity_by_its_translated_heading_word_by_word(root: Path) -> None:
    """A folder named `007-catalogo-recetas` names several tables by a word; the first P1 story, 'Dar de alta recetas
    familiares', names `### FamilyRecipe (Receta Familiar)` word by word (plural and singular forms)."""
    model = ("# Data Model\n\n## Entities\n\n### FamilyRecipe (Receta Familiar)\n\n| Campo | Tipo | Obligatorio |\n"
             "|---|---|---|\n| id | uuid | Sí |\n| name | string | Sí |\n| servings | number | No |\n\n"
             "### RecipeIngredient (Ingrediente en Receta)\n\n| Campo | Tipo | Obligatorio |\n|---|---|---|\n"
             "| id | uuid | Sí |\n| recipe_id | uuid | Sí |\n| ingredient_id | uuid | Sí |\n| quantity | number | Sí |\n")
    spec = ("# Especificación\n\n### Historia de Usuario 1 - Dar de alta recetas familiares (Prioridad: P1)\n\n"
            "Un miembro de la familia registra una receta con su nombre y raciones.\n")
    draft, fields = read(root, {"specs/007-catalogo-recetas/data-model.md": model, "specs/007-catalogo-recetas/spec.md": spec},
                         "007-catalogo-recetas")
    assert draft.spec["name"] == "family_recipe", draft.diagnostics


def test_no_new_tables_makes_the_changed_table_the_entity_over_a_response_shape(root: Path) -> None:
    """'## Schema Changes' over the Prisma model it changes, '## No New Tables', and '## Inbox Entry Shape' (what
    the API answers): the feature `012-task-inbox` keeps its state in the changed table."""
    model = ("# Data Model: Inbox\n\n## Schema Changes\n\n### 1. `FeedRecord` — Add `pendingInbox` field\n\n```prisma\n"
             "model FeedRecord {\n  id           String   @id @default(uuid())\n  userId       String\n  title        String\n"
             "  pendingInbox Boolean  @default(false)\n}\n```\n\n## No New Tables\n\nThe inbox needs no new tables.\n\n"
             "## Inbox Entry Shape\n\n```typescript\ninterface InboxEntry {\n  id: string;\n  title: string;\n"
             "  receivedAt: string;\n}\n```\n")
    draft, fields = read(root, {"specs/012-task-inbox/data-model.md": model}, "012-task-inbox")
    assert draft.spec["name"] == "feed_record", draft.diagnostics
    assert list(fields) == ["title", "pending_inbox"]


def test_a_heading_alias_of_a_create_table_and_comments_indented_under_a_column(root: Path) -> None:
    """`### \\`quests\\`` over `CREATE TABLE civic_quests`: asked for `quest`, that is the table; a comment line indented
    under a column (`    -- 'high' | 'low'`) lists that column's values, not the next one's."""
    model = ("# Database Schema\n\n## Tables\n\n### `quests`\n\n```sql\nCREATE TABLE civic_quests (\n"
             "    id          UUID PRIMARY KEY,\n    kind        TEXT NOT NULL,\n        -- 'letter' | 'petition'\n"
             "    summary     TEXT NOT NULL,\n    urgency     TEXT NOT NULL DEFAULT 'low',\n        -- 'high' | 'low'\n"
             "    -- free text for the newsletter\n    blurb       TEXT\n);\n```\n\n### `tokens`\n\n```sql\nCREATE TABLE tokens (\n"
             "    id UUID PRIMARY KEY,\n    token TEXT NOT NULL UNIQUE,\n    used BOOLEAN NOT NULL DEFAULT false\n);\n```\n\n"
             "### `quest_stats`\n\n```sql\nCREATE TABLE quest_stats (\n    quest_id UUID PRIMARY KEY,\n    views INTEGER NOT NULL DEFAULT 0\n);\n```\n")
    draft, fields = read(root, {"specs/data/database-schema.md": model}, "quest")
    assert draft.spec["name"] == "civic_quest", draft.diagnostics
    assert fields["kind"]["enum_values"] == ["letter", "petition"] and fields["summary"]["type"] == "text"
    assert fields["urgency"]["enum_values"] == ["high", "low"] and fields["blurb"]["type"] == "text"


def test_a_kiro_spec_folder_with_its_design_and_requirements(root: Path) -> None:
    """Kiro keeps a feature in `.kiro/specs/<feature>/`: design.md holds the Prisma model and the API list,
    requirements.md what the feature must do; asked for the entity or the folder, the reader finds them."""
    design = ("# Design Document\n\n## Data Models\n\n### Prisma Schema Design\n\n```prisma\nmodel Shelf {\n"
              "  id        String   @id @default(cuid())\n  label     String   @unique\n  capacity  Int      @default(10)\n"
              "  createdAt DateTime @default(now())\n}\n```\n\n### API Endpoints\n\n- `GET /api/shelves` - list shelves\n"
              "- `POST /api/shelves` - create a shelf\n- `DELETE /api/shelves/:id` - remove one\n")
    requirements = "# Requirements Document\n\n### Requirement 1\n\n**User Story:** As a clerk, I want to add shelves.\n"
    for feature in ("shelf", "shelf-tracking"):
        draft, fields = read(root, {".kiro/specs/shelf-tracking/design.md": design,
                                    ".kiro/specs/shelf-tracking/requirements.md": requirements}, feature)
        assert draft.layout == "kiro" and draft.spec["name"] == "shelf", draft.diagnostics
        assert list(fields) == ["label", "capacity"] and fields["label"]["unique"]
        assert "POST /api/shelves" in draft.endpoints and "DELETE /api/shelves/:id" in draft.endpoints


def test_an_enum_type_the_spec_never_lists_is_kept_as_str_and_a_length_between_check(root: Path) -> None:
    """A mermaid `RentalStatus status "NOT NULL"` whose values the docs never list: a str with a diagnostic, not a
    draft that blocks; `CHECK (char_length(note) BETWEEN 1 AND 200)` in a table's cell bounds the note."""
    diagram = ("# Diagram\n\n```mermaid\nerDiagram\n    Rental {\n        Long id PK\n        LocalDate start_date \"NOT NULL\"\n"
               "        RentalStatus status \"NOT NULL\"\n    }\n```\n")
    draft, fields = read(root, {"docs/er-diagram.md": diagram}, "rental")
    assert not draft.blocking and fields["status"]["type"] == "str" and fields["status"]["required"]
    assert any("status: type 'RentalStatus'" in d and "names an enum" in d for d in draft.diagnostics), draft.diagnostics
    table = ("# Database\n\n## rentals\n\n| Column | Type | Null | Check |\n|---|---|---|---|\n"
             "| start_date | date | NOT NULL | |\n| note | text | NOT NULL | CHECK (char_length(note) BETWEEN 1 AND 200) |\n")
    other = root / "other"
    other.mkdir()
    _, rentals = read(other, {"docs/database.md": table}, "rental")
    assert rentals["note"]["max_length"] == 200 and rentals["note"]["min_length"] == 1


def test_a_portuguese_enum_type_in_a_fenced_union_and_string_date_cells(root: Path) -> None:
    """`| status | \\`StatusPedido\\` |` typed by `### StatusPedido` over a fence holding `'aberto' | 'fechado'`; a
    `StatusPagamento` union with `| null` (the column may be empty: no value `null`); `\\`string\\` (date)` cells are
    dates."""
    model = ("# Modelo de Dados\n\n### Pedido\n\n| Campo | Tipo | Nullable | Descrição |\n|---|---|---|---|\n"
             "| `id` | `string` (UUID) | não | id |\n| `status` | `StatusPedido` | não | Status atual |\n"
             "| `statusPagamento` | `StatusPagamento` | sim | `null` antes |\n| `dataEntrega` | `string` (date) | sim | entrega |\n"
             "| `criadoEm` | `string` (datetime) | não | criação |\n\n## Tipos (Enums)\n\n### StatusPedido\n\n```\n"
             "'aberto' | 'em_separacao' | 'fechado'\n```\n\nTransições:\n- `aberto` → `em_separacao`\n\n### StatusPagamento\n\n"
             "```\n'pendente' | 'pago' | null\n```\n")
    draft, fields = read(root, {"specs/004-pedidos/data-model.md": model}, "004-pedidos")
    assert not draft.blocking, draft.blocking
    assert fields["status"]["enum_values"] == ["aberto", "em_separacao", "fechado"]
    assert fields["status_pagamento"]["enum_values"] == ["pendente", "pago"] and not fields["status_pagamento"]["required"]
    assert fields["data_entrega"]["type"] == "date"


def test_rust_structs_with_serde_validator_and_sea_orm_attributes(root: Path) -> None:
    """A Rust backend's spec writes its model as a struct: serde's rename_all names the client's keys, an Option is
    nullable, `#[validate(length(..))]` and SeaORM's column_type/unique/default_value the column; an enum serde renames
    goes out renamed; a Vec of another struct and a request struct stay out."""
    model = ("# Data Model\n\n```rust\n#[derive(Serialize, Deserialize)]\n#[serde(rename_all = \"snake_case\")]\n"
             "pub enum BookmarkStatus {\n    Unread,\n    InProgress,\n    #[serde(rename = \"done\")]\n    Read,\n}\n\n"
             "#[derive(Clone, Debug, DeriveEntityModel, Serialize, Deserialize)]\n#[sea_orm(table_name = \"bookmarks\")]\n"
             "#[serde(rename_all = \"camelCase\")]\npub struct Model {\n    #[sea_orm(primary_key)]\n    pub id: Uuid,\n"
             "    pub user_id: Uuid,\n    /// what the page calls itself\n    #[validate(length(min = 1, max = 200))]\n"
             "    pub page_title: String,\n    #[sea_orm(column_type = \"Text\")]\n    pub notes: Option<String>,\n"
             "    pub status: BookmarkStatus,\n    #[sea_orm(unique)]\n    pub slug: String,\n"
             "    #[sea_orm(default_value = \"3\")]\n    pub stars: i32,\n    pub price: Option<Decimal>,\n"
             "    pub tags: Vec<String>,\n    pub comments: Vec<Comment>,\n    pub created_at: DateTime<Utc>,\n}\n\n"
             "#[derive(Deserialize, Validate)]\npub struct CreateBookmarkRequest {\n    pub page_title: String,\n}\n```\n")
    draft, fields = read(root, {"specs/001-bookmarks/data-model.md": model}, "bookmark")
    assert (draft.spec["name"], draft.spec["plural"], draft.user_id_type) == ("bookmark", "bookmarks", "uuid")
    assert set(fields) == {"page_title", "notes", "status", "slug", "stars", "price", "tags"}
    assert draft.spec["api"]["casing"] == "camel"  # (pageTitle goes out as written)
    assert fields["page_title"]["required"] and (fields["page_title"]["min_length"], fields["page_title"]["max_length"]) == (1, 200)
    assert fields["notes"]["type"] == "text" and not fields["notes"]["required"]
    assert fields["status"]["enum_values"] == ["unread", "in_progress", "done"] and fields["status"]["required"]
    assert fields["slug"]["unique"] and fields["stars"]["type"] == "int" and fields["stars"]["default"] == 3
    assert fields["price"]["type"] == "decimal" and not fields["price"]["required"]
    assert fields["tags"]["type"] == "list[str]"
    assert any("comments (Vec<Comment>)" in d for d in draft.diagnostics)


def test_a_rust_struct_and_the_table_that_stores_it(root: Path) -> None:
    """`struct ExchangeRate` in the models file and `CREATE TABLE rates` of the same columns in the storage file: the
    table says the storage types and its indexes (`idx_rates_base ON rates(base_code)` names no `rate` column), the
    struct the closed list its TEXT holds; Diesel's `table!` is read as a table too."""
    models = ("# Models\n\n```rust\npub struct ExchangeRate {\n    pub base_code: String,\n    pub target_code: String,\n"
              "    pub rate: f64,\n    pub timestamp: i64,\n    pub source: Source,\n}\n\npub enum Source {\n    Frankfurter,\n"
              "    CoinGecko,\n    Cached,\n}\n```\n")
    storage = ("# Storage\n\n```sql\nCREATE TABLE rates (\n    id INTEGER PRIMARY KEY,\n    base_code TEXT NOT NULL,\n"
               "    target_code TEXT NOT NULL,\n    rate REAL NOT NULL,\n    source TEXT NOT NULL,\n    timestamp INTEGER NOT NULL\n);\n"
               "CREATE INDEX idx_rates_base ON rates(base_code);\nCREATE INDEX idx_rates_source ON rates(source);\n```\n")
    draft, fields = read(root / "a", {"specs/data/models.md": models, "specs/data/storage.md": storage}, "exchange-rates")
    assert draft.spec.get("table", draft.spec["plural"]) == "rates" and set(fields) == {"base_code", "target_code", "rate", "timestamp", "source"}
    assert fields["base_code"]["type"] == "text" and fields["base_code"]["index"] and not fields["rate"]["index"]
    assert fields["source"]["enum_values"] == ["Frankfurter", "CoinGecko", "Cached"] and fields["source"]["index"]
    diesel = ("# Schema\n\n```rust\ndiesel::table! {\n    posts (id) {\n        id -> Int4,\n        title -> Varchar,\n"
              "        body -> Nullable<Text>,\n        published -> Bool,\n        tags -> Array<Text>,\n    }\n}\n```\n")
    draft, fields = read(root / "b", {"specs/database/schema.md": diesel}, "post")
    assert draft.spec["plural"] == "posts" and set(fields) == {"title", "body", "published", "tags"}
    assert fields["title"]["type"] == "str" and fields["body"]["type"] == "text" and not fields["body"]["required"]
    assert fields["tags"]["type"] == "list[str]" and fields["published"]["type"] == "bool"


def test_a_specs_folder_of_ddl_and_openapi_without_any_markdown(root: Path) -> None:
    """specs/database/schema.sql beside specs/api/openapi.yaml, or a lone specs/database/schema.prisma: the spec folder
    holds no markdown, and its schema is read all the same; a Prisma comment that is only `A | B` is the closed list."""
    ddl = ("CREATE TABLE cards (\n  id INTEGER PRIMARY KEY,\n  wallet_id INTEGER NOT NULL,\n  holder_name TEXT NOT NULL,\n"
           "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen'))\n);\n")
    openapi = ("openapi: 3.0.0\ninfo: {title: Cards, version: '1'}\npaths:\n  /cards:\n    get:\n      responses: {'200': "
               "{description: ok}}\n")
    draft, fields = read(root / "a", {"specs/database/schema.sql": ddl, "specs/api/openapi.yaml": openapi}, "card")
    assert set(fields) == {"wallet_id", "holder_name", "status"} and fields["status"]["enum_values"] == ["active", "frozen"]
    prisma = ("model Checkin {\n  id           String   @id @default(uuid())\n  tipoOperacao String   @default(\"CARGA\") "
              "// CARGA | DESCARGA\n  observacoes  String?  // free text from the driver\n}\n")
    draft, fields = read(root / "b", {"specs/database/schema.prisma": prisma}, "checkin")
    assert fields["tipo_operacao"]["enum_values"] == ["CARGA", "DESCARGA"] and fields["tipo_operacao"]["default"] == "CARGA"
    assert fields["observacoes"]["type"] == "str"


def test_spec_kit_api_md_beside_spec_md_and_headings_that_name_no_table(root: Path) -> None:
    """A Spec Kit folder whose endpoints are in `api.md` beside spec.md (no contracts/ folder) serves its entity;
    `### 1b. Invites` is the invites table (not `b_invite`); '# API契約: RSSリーダー' is a contract's title, no table."""
    model = ("# Data Model\n\n### 1. Users\n| Field | Type | Constraints |\n|---|---|---|\n| email | String | Not Null |\n"
             "| role | String | Not Null |\n\n### 1b. Invites\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| email | String | Not Null |\n| token_hash | String | Not Null |\n\n### 2. Notices\n| Field | Type | Constraints |\n"
             "|---|---|---|\n| title | String | Not Null |\n| body | Text | |\n| is_pinned | Boolean | Default False |\n")
    api = ("# API契約: Notice Board\n\n## Notices\n- `GET /api/notices`\n- `POST /api/notices`\n- `PUT /api/notices/:id`\n\n"
           "**Response fields**:\n\n| Field | Type |\n|---|---|\n| items | array |\n| total | number |\n")
    files = {"specs/001-mvp/data-model.md": model, "specs/001-mvp/spec.md": "# Feature Specification: MVP\n\nAn app.\n",
             "specs/001-mvp/api.md": api}
    draft, fields = read(root, files, "001-mvp")
    assert draft.spec["name"] == "notice" and set(fields) == {"title", "body", "is_pinned"}
    assert "GET /api/notices" in draft.endpoints
    listed = next(d for d in draft.diagnostics if "the spec also defines" in d)
    assert "Invites (" in listed and "b_invite" not in listed.lower() and "Notice Board" not in listed


def test_an_initial_label_under_transitions_and_the_table_a_sqlmodel_class_names(root: Path) -> None:
    """'- **Initial**: `pending`' under '### Rental Status Transitions' is the status's default; `### Rental Record`
    described in a table, with `class Rental(SQLModel, table=True)` of the same columns and
    `__tablename__ = "car_rentals"` below, is stored in `car_rentals`."""
    model = ("# Data Model\n\n### Rental Record\n\n| Field | Type | Notes |\n|---|---|---|\n| vehicle_id | int | required |\n"
             "| start_date | date | required |\n| end_date | date | required |\n| total_amount | decimal | required |\n"
             "| status | enum | `pending`, `active`, `completed` |\n\n### Rental Status Transitions\n- **Initial**: `pending`\n"
             "- **Transitions**:\n  - `pending` → `active`\n  - `active` → `completed`\n\n## SQLModel\n\n```python\n"
             "class Rental(SQLModel, table=True):\n    __tablename__ = \"car_rentals\"\n    id: int | None = Field(default=None, primary_key=True)\n"
             "    vehicle_id: int\n    start_date: date\n    end_date: date\n    total_amount: Decimal\n    status: str\n```\n")
    draft, fields = read(root, {"specs/001-rentals/data-model.md": model}, "001-rentals")
    assert fields["status"]["default"] == "pending" and not fields["status"]["required"]
    assert draft.spec["plural"] == "car_rentals" and set(fields) == {"vehicle_id", "start_date", "end_date", "total_amount", "status"}


def test_an_enum_cell_whose_notes_open_with_its_values_then_say_more(root: Path) -> None:
    """`| visibility | enum | VISIBLE, HIDDEN（管理员隐藏）；或软删除 deleted_at |`: the codes the notes open with are the
    values; a cell that opens with words of a sentence lists none (`Required, see rules`)."""
    model = ("# 数据模型\n\n### Skill\n\n| 字段 | 类型 | 约束 |\n|---|---|---|\n| name | string | 非空 |\n"
             "| visibility | enum | VISIBLE, HIDDEN（管理员隐藏）；或软删除 deleted_at |\n"
             "| level | enum | basic / advanced. Chosen by the uploader |\n| kind | enum | Required, see rules |\n")
    draft, fields = read(root, {"specs/001-skills/data-model.md": model}, "skill")
    assert fields["visibility"]["enum_values"] == ["VISIBLE", "HIDDEN"]
    assert fields["level"]["enum_values"] == ["basic", "advanced"]
    assert fields["kind"]["type"] == "str"
    bullets = ("# Data Model\n\n## Entity: Idea\n- Fields:\n  - title: string, required, max 90.\n"
               "  - status: enum, submitted | under-review | accepted | rejected.\n  - createdAt: ISO timestamp.\n")
    draft, fields = read(root / "b", {"specs/001-ideas/data-model.md": bullets}, "idea")
    assert fields["status"]["enum_values"] == ["submitted", "under-review", "accepted", "rejected"]


def test_one_entity_per_line_with_its_columns(root: Path) -> None:
    """`- Recipe: id, ownerId -> User, title, ...`: a terse schema writes each entity on one line (wrapped or not);
    each part is a column named first, then a reference, `optional`, `unique`, a type word or a closed list with its
    default; a column without a type word is typed by its name, and those not called optional are required."""
    schema = ("## Schema\n- Note: id, ownerId -> User, title, createdAt\n- User: id (cuid), email unique, name optional, createdAt\n"
              "- Recipe: id, ownerId -> User, title, content, description optional, categoryId -> Category,\n"
              "  visibility (PRIVATE|PUBLIC, default PRIVATE), servings int, createdAt, updatedAt, publishedAt nullable\n"
              "- Colours: red, green, blue\n- Indexes: ownerId, createdAt, title\n")
    draft, fields = read(root, {"DATABASE.md": schema}, "recipe")
    assert draft.spec["name"] == "recipe"
    assert set(fields) == {"owner_id", "title", "content", "description", "category_id", "visibility", "servings",
                           "published_at"}
    assert fields["title"]["required"] and not fields["description"]["required"] and fields["content"]["type"] == "text"
    assert fields["visibility"]["enum_values"] == ["PRIVATE", "PUBLIC"] and fields["visibility"]["default"] == "PRIVATE"
    assert fields["servings"]["type"] == "int" and fields["published_at"]["type"] == "datetime"
    assert fields["owner_id"]["type"] == "str" and not fields["published_at"]["required"]
    assert "description" not in fields["owner_id"]  # (`-> User` is read as a reference; it describes nothing more)
    assert any("auth provider's tables: User" in d for d in draft.diagnostics)
    assert not any("Colours" in d for d in draft.diagnostics)
    from backend_builder.spec.extract import entity_lines
    from backend_builder.spec.extract.document import parse
    lines = {e.name for e in entity_lines.extract(parse("DATABASE.md", schema))}
    assert lines == {"Note", "User", "Recipe"}  # (not `Indexes: ownerId, createdAt, title`, a list about columns)


def test_a_postgres_enum_type_whose_name_starts_like_int(root: Path) -> None:
    """`status intern_status` with `CREATE TYPE intern_status AS ENUM (...)`: the declared enum, not an INT (nor is an
    `interest_rate NUMERIC` or an `international_code TEXT` a whole number)."""
    ddl = ("```sql\nCREATE TYPE intern_status AS ENUM ('active', 'completed', 'terminated');\n"
           "CREATE TABLE intern_profiles (\n  id UUID PRIMARY KEY,\n  user_id UUID REFERENCES users(id),\n"
           "  start_date DATE,\n  status intern_status,\n  international_code TEXT,\n  hours int4\n);\n```\n")
    draft, fields = read(root, {"specs/database/schema.md": ddl}, "intern_profile")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["active", "completed", "terminated"]
    assert fields["international_code"]["type"] == "text" and fields["hours"]["type"] == "int"


def test_a_json_schema_file_and_an_open_list_in_brackets(root: Path) -> None:
    """`specs/schemas/provider.schema.json` is one JSON Schema (with an `allOf` of if/then rules beside its own
    properties): the provider, named by its file; `カテゴリタグ（観光/ゲーム等）` lists examples ("and the like"), no enum."""
    schema = ('{\n  "$id": "https://example.dev/schemas/universal-provider.schema.json",\n  "title": "UniversalProviderSchema",\n'
              '  "type": "object",\n  "required": ["id", "display_name", "tier"],\n  "properties": {\n'
              '    "id": {"type": "string"},\n    "display_name": {"type": "string", "minLength": 1},\n'
              '    "tier": {"type": "string", "enum": ["intelligence", "performance"]},\n    "website": {"type": "string"}\n  },\n'
              '  "allOf": [{"if": {"properties": {"tier": {"const": "performance"}}}, "then": {"required": ["website"]}}]\n}\n')
    entities = ("# Entities\n\n### ProviderPricing\n\n| Field | Type |\n|---|---|\n| provider_id | string |\n| price | decimal |\n"
                "| currency | string |\n")
    draft, fields = read(root / "a", {"specs/schemas/provider.schema.json": schema, "specs/database/entities.md": entities},
                         "provider")
    assert draft.spec["name"] == "provider" and set(fields) == {"display_name", "tier", "website"}
    assert fields["display_name"]["required"] and fields["tier"]["enum_values"] == ["intelligence", "performance"]
    table = ("# スキーマ\n\n### invitations\n\n| カラム | 型 | NULL | 説明 |\n|---|---|---|---|\n| title | VARCHAR(100) | NO | 題名 |\n"
             "| tag | VARCHAR(50) | NO | カテゴリタグ（観光/ゲーム等） |\n| kind | VARCHAR(10) | NO | 種別（public/private） |\n")
    draft, fields = read(root / "b", {"specs/database/schema.md": table}, "invitation")
    assert fields["tag"]["type"] == "str" and fields["tag"]["max_length"] == 50
    assert fields["kind"]["enum_values"] == ["public", "private"]


def test_a_feature_named_for_the_app_whose_entity_is_a_container(root: Path) -> None:
    """`001-kanban-board`: the Board is a name and nothing more, its Columns a name and a position, the Cards what the
    app keeps (a title, a description, a priority): the feature's name counts for the cards; a feature named for a
    board that has its own data still reads the board."""
    model = ("# Data Model: Kanban Board\n\n```sql\nCREATE TABLE boards (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
             "created_at TEXT);\nCREATE TABLE columns (id INTEGER PRIMARY KEY, board_id INTEGER NOT NULL REFERENCES boards(id), "
             "title TEXT NOT NULL, position INTEGER NOT NULL);\nCREATE TABLE cards (id INTEGER PRIMARY KEY, column_id INTEGER "
             "NOT NULL REFERENCES columns(id), title TEXT NOT NULL, description TEXT, priority TEXT, position INTEGER NOT NULL);\n"
             "```\n\n```typescript\ninterface CardReorderPayload { cardId: number; columnId: number; position: number }\n```\n")
    draft, fields = read(root / "a", {"specs/001-kanban-board/data-model.md": model}, "001-kanban-board")
    assert draft.spec["name"] == "card" and {"title", "description", "priority"} <= set(fields)
    assert any("names 'board'" in d for d in draft.diagnostics)
    rich = model.replace("title TEXT NOT NULL, created_at TEXT", "title TEXT NOT NULL, theme TEXT, visibility TEXT")
    draft, fields = read(root / "b", {"specs/001-kanban-board/data-model.md": rich}, "001-kanban-board")
    assert draft.spec["name"] == "board"


def test_a_spec_kit_data_model_that_names_the_projects_schema_file(root: Path) -> None:
    """'This feature adds no tables; it uses those `database/01_schema.sql` defines': that file, at the project's root,
    is read as the feature's schema. A root schema file no spec names is read only when the specs type no table, and
    the answer says so."""
    model = ("# Modelo de datos: Carga de la colección\n\nEsta funcionalidad **no introduce tablas nuevas**. Usa las que define "
             "`database/01_schema.sql`.\n\n## `collection_loads`\n\nCampos utilizados: `title`, `filename`, `status`.\n\n"
             "```json\n{\"carga\": {\"title\": \"Inventario\", \"filename\": \"a.xlsx\"}}\n```\n")
    ddl = ("CREATE TYPE process_status AS ENUM ('PENDING', 'DONE', 'ERROR');\nCREATE TABLE collection_loads (\n"
           "  collection_load_id SERIAL PRIMARY KEY,\n  title VARCHAR(120) NOT NULL,\n  filename VARCHAR(255) NOT NULL,\n"
           "  status process_status NOT NULL DEFAULT 'PENDING',\n  rows_read INTEGER NOT NULL DEFAULT 0\n);\n")
    files = {"specs/001-collection-import/data-model.md": model, "database/01_schema.sql": ddl}
    draft, fields = read(root / "a", files, "001-collection-import")
    assert draft.spec["name"] == "collection_load" and fields["title"]["max_length"] == 120
    assert fields["status"]["enum_values"] == ["PENDING", "DONE", "ERROR"] and fields["rows_read"]["type"] == "int"
    unnamed = {**files, "specs/001-collection-import/data-model.md": model.replace("`database/01_schema.sql`", "the schema")}
    draft = operations.read_spec(str(write(root / "b", unnamed)), "001-collection-import")
    assert draft.spec["name"] == "collection_load" and "database/01_schema.sql" in draft.files_used
    assert any("the specs type no table; read the schema code of database/01_schema.sql" in d for d in draft.diagnostics)
    typed = {**unnamed, "specs/001-collection-import/data-model.md": unnamed["specs/001-collection-import/data-model.md"].replace(
        "Campos utilizados: `title`, `filename`, `status`.", "| Campo | Tipo |\n|---|---|\n| title | string |\n| status | string |")}
    draft = operations.read_spec(str(write(root / "c", typed)), "001-collection-import")
    assert "database/01_schema.sql" not in draft.files_used  # (specs that type their table: the schema no spec names waits)


def test_a_string_noted_as_a_uuid_and_an_index_list_with_full_width_colons(root: Path) -> None:
    """`| createdBy | string | 否 | 建立者 ID | UUID 格式 |` holds a UUID; under `### 後端建議索引`, '- `name`：一般索引'
    is an index on name (a full-width colon after the column)."""
    model = ("# 資料模型\n\n## Permission\n\n| 欄位 | 型別 | 必填 | 說明 | 格式 |\n|---|---|---|---|---|\n"
             "| name | string | 是 | 權限名稱 | 1-100 字元 |\n| code | string | 是 | 權限代碼 | 唯一 |\n"
             "| createdBy | string | 否 | 建立者 ID | UUID 格式 |\n| note | string | 否 | 備註 | 說明文字 |\n\n"
             "## 索引與效能考量\n\n### 後端建議索引（供參考）\n\n- `name`：一般索引（支援模糊搜尋）\n")
    draft, fields = read(root, {"specs/002-permission-management/data-model.md": model}, "permission")
    assert fields["created_by"]["type"] == "uuid" and fields["note"]["type"] == "str"
    assert fields["name"]["index"] and not fields["note"]["index"]


def test_a_state_drawing_whose_branch_says_or(root: Path) -> None:
    """`| status | enum | not null, default "open" | See status transitions below |` and, under `### Task Status`, a
    drawing whose last branch reads `completed OR cancelled`: the states drawn are the values, 'OR' is none."""
    model = ("# Data Model\n\n## tasks\n\n| Column | Type | Constraints | Notes |\n|---|---|---|---|\n"
             "| title | string | not null | |\n| status | enum | not null, default \"open\" | See status transitions below |\n\n"
             "## Status Enums and Transitions\n\n### Task Status\n\n```\nopen ──→ claimed ──→ delivered\n"
             "  │                        │\n  ▼                        ▼\ncancelled          completed OR\n"
             "                        cancelled\n```\n")
    draft, fields = read(root, {"specs/data-model.md": model}, "task")
    assert fields["status"]["enum_values"] == ["open", "claimed", "delivered", "cancelled", "completed"]
    assert fields["status"]["default"] == "open"


def test_a_comment_by_its_author_under_a_task_nobody_owns(root: Path) -> None:
    """`comments (task_id, author_id, body)` under `tasks (project_id, assignee_id, title, description, ...)`: the
    author wrote a part of the task; the task, of more columns and owned by nobody, is what the board keeps."""
    model = ("# Data Model: Team Board\n\n```sql\nCREATE TABLE projects (id TEXT PRIMARY KEY, name TEXT NOT NULL);\n"
             "CREATE TABLE tasks (id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id), assignee_id TEXT, "
             "title TEXT NOT NULL, description TEXT, column_key TEXT NOT NULL, sort_order INTEGER NOT NULL);\n"
             "CREATE TABLE comments (id TEXT PRIMARY KEY, task_id TEXT NOT NULL REFERENCES tasks(id), author_id TEXT NOT NULL, "
             "body TEXT NOT NULL);\n```\n")
    spec = "# Feature: Board\n\nUsers move tasks between columns. A task has comments. Each task shows its assignee.\n"
    draft, fields = read(root, {"specs/001-team-board/data-model.md": model, "specs/001-team-board/spec.md": spec},
                         "001-team-board")
    assert draft.spec["name"] == "task" and {"title", "column_key", "sort_order"} <= set(fields)


def test_a_laravel_table_row_of_timestamps_and_deleted_at(root: Path) -> None:
    """`| timestamps + deleted_at | | SoftDeletes |` in a table of columns: the generated backend keeps its own
    created_at and updated_at; deleted_at is a nullable timestamp the soft delete sets."""
    schema = ("# Esquema\n\n## orders\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| id | bigint | PK |\n"
              "| buyer_email | string | |\n| total | decimal(10,2) | |\n| timestamps + deleted_at | | SoftDeletes |\n")
    draft, fields = read(root, {"specs/db/schema.md": schema}, "order")
    assert set(fields) == {"buyer_email", "total", "deleted_at"}
    assert fields["deleted_at"]["type"] == "datetime" and not fields["deleted_at"]["required"]


def test_a_typescript_interface_and_an_explicit_list_of_required_fields(root: Path) -> None:
    """`interface Tarea { titulo: string; descripcion: string; ... }` always holds every member; 'Campos obligatorios:
    `titulo`, `asignatura`' in the feature says which the client must send; the rest are optional."""
    model = ("# Modelo de datos\n\n## Entidad: Tarea\n\n```ts\ninterface Tarea {\n  id: number;\n  titulo: string;\n"
             "  descripcion: string;\n  asignatura: string;\n  activo: boolean;\n}\n```\n")
    spec = "# Especificación\n\n## Validación\n\n- Campos obligatorios: `titulo`, `asignatura`.\n- No permitir títulos vacíos.\n"
    draft, fields = read(root, {"specs/001-tareas/data-model.md": model, "specs/001-tareas/spec.md": spec}, "001-tareas")
    assert fields["titulo"]["required"] and fields["asignatura"]["required"]
    assert not fields["descripcion"]["required"] and not fields["activo"]["required"]


def test_an_entity_heading_with_a_remark_in_brackets(root: Path) -> None:
    """`## Entidad: Client (NUEVA)` and `## Entidad: Invoice (AMPLIADA)`: the entity is named before the brackets;
    'new' and 'extended' say what the feature does to it."""
    model = ("# Modelo de datos\n\n## Entidad: Client (NUEVA)\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| Name | string | requerido |\n"
             "| Email | string | único |\n\n## Entidad: Invoice (AMPLIADA)\n\n| Campo | Tipo | Notas |\n|---|---|---|\n"
             "| Number | string | requerido |\n| Total | decimal | requerido |\n")
    draft, fields = read(root, {"specs/018-crud-clientes/data-model.md": model}, "client")
    assert draft.spec["name"] == "client" and set(fields) == {"name", "email"}
    assert not any("nueva" in d.lower() or "ampliada" in d.lower() for d in draft.diagnostics)


def test_a_docs_schema_that_says_to_run_a_migration_at_the_root(root: Path) -> None:
    """docs/db/schema.md lists the comments' columns without defaults and says "Execute `COMMENTS_MIGRATION.sql`";
    that file, at the project's root, is read too: its DEFAULTs make those columns optional."""
    schema = ("# Database Schema\n\n## comments\n\n| Column | Type | Description |\n|---|---|---|\n| id | UUID | PK |\n"
              "| content | TEXT | The comment |\n| flags_count | INTEGER | Number of flags |\n| is_deleted | BOOLEAN | Soft delete |\n\n"
              "## Setup\n\nExecute `COMMENTS_MIGRATION.sql` in the SQL editor.\n")
    ddl = ("CREATE TABLE comments (\n  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n  content TEXT NOT NULL,\n"
           "  flags_count INTEGER NOT NULL DEFAULT 0,\n  is_deleted BOOLEAN NOT NULL DEFAULT FALSE\n);\n")
    draft, fields = read(root, {"docs/db/schema.md": schema, "COMMENTS_MIGRATION.sql": ddl}, "comment")
    assert fields["content"]["required"] and fields["flags_count"]["default"] == 0 and not fields["flags_count"]["required"]
    assert fields["is_deleted"]["default"] is False


def test_a_named_root_schema_file_that_leaves_the_root_or_is_not_text_is_skipped(root: Path, tmp_path: Path) -> None:
    """A data model that names `database/secret.sql` (a symlink to a file outside the project) and `legacy.sql`
    (Latin-1 bytes): neither is read, the draft comes from the data model, and nothing outside the root shows."""
    outside = tmp_path / "outside.sql"
    outside.write_text("CREATE TABLE leaked (id INT PRIMARY KEY, password_hash TEXT, api_secret TEXT, token TEXT);\n")
    model = ("# Data Model\n\nUses `database/secret.sql` and `legacy.sql`.\n\n## notes\n\n| Field | Type | Notes |\n"
             "|---|---|---|\n| title | string | required |\n| body | text | |\n")
    write(root, {"specs/001-notes/data-model.md": model})
    (root / "database").mkdir()
    (root / "database" / "secret.sql").symlink_to(outside)
    (root / "legacy.sql").write_bytes("CREATE TABLE notes (id INT, título TEXT);\n".encode("latin-1"))
    draft = operations.read_spec(str(root), "001-notes")
    assert draft.spec is not None and {f["name"] for f in draft.spec["fields"]} == {"title", "body"}
    assert not any(f.endswith(".sql") for f in draft.files_used)
    assert "leaked" not in repr(draft) and "api_secret" not in repr(draft)


def test_one_line_table_signatures_in_a_code_block(root: Path) -> None:
    """`rooms (id SERIAL PK, label TEXT NOT NULL, ...)`, one table a line in a plain code block: each is a table,
    PK its key and `FK hotels.id` a reference; a call like `count(a, b)` in prose stays prose."""
    spec = ("# 01 - Storage\n\n## Decisions\n\n- Call `connect(url, key)` once per process.\n- Tables:\n\n  ```\n"
            "  hotels (id SERIAL PK, name TEXT NOT NULL, city TEXT UNIQUE NOT NULL)\n"
            "  rooms  (id SERIAL PK, hotel_id INT FK hotels.id, label TEXT NOT NULL, nightly_rate NUMERIC NOT NULL, floor INT)\n"
            "  ```\n")
    draft, fields = read(root, {"specs/01-storage.md": spec}, "rooms")
    assert draft.spec["name"] == "room" and list(fields) == ["hotel_id", "label", "nightly_rate", "floor"]
    assert fields["nightly_rate"]["type"] == "decimal" and fields["nightly_rate"]["required"]
    assert fields["hotel_id"]["type"] == "int" and not fields["hotel_id"]["required"] and not fields["floor"]["required"]


def test_a_tree_of_columns_with_their_type_in_brackets(root: Path) -> None:
    """`├── price (numeric(12,2), NOT NULL)` and `├── kind (text, NOT NULL, CHECK: flat|house)  -- comment`: the type
    first in the brackets, then the column's constraints; a CHECK list is its closed set of values."""
    model = ("# Data Model\n\n### Listing\n\n```\nlistings\n├── id (UUID, PK)\n├── headline (text, NOT NULL)\n"
             "├── price (numeric(12,2), NOT NULL)\n├── kind (text, NOT NULL, CHECK: flat|house|plot)\n"
             "├── rooms (int, nullable)\n├── pictures (jsonb, NOT NULL DEFAULT '[]') -- array of URL strings\n"
             "└── created_at (timestamptz)\n```\n")
    draft, fields = read(root, {"specs/003-listings/data-model.md": model}, "003-listings")
    assert list(fields) == ["headline", "price", "kind", "rooms", "pictures"]
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["flat", "house", "plot"]
    assert fields["price"]["type"] == "decimal" and fields["headline"]["required"] and not fields["rooms"]["required"]
    assert fields["pictures"]["type"] == "list[str]" and fields["pictures"]["default"] == []


def test_a_prefixed_row_stands_for_a_value_objects_columns(root: Path) -> None:
    """`| billing_* | various | Yes | See Billing value object |`: each column of `### Billing Value Object`, flat
    under the prefix, with its own limits and presence; a prefix the spec defines nothing for is blocking."""
    model = ("# Data Model\n\n### Customer Entity\n\n| Field | Type | Required | Constraints |\n|---|---|---|---|\n"
             "| id | UUID | Yes | PK |\n| display_name | string | Yes | max 80 chars |\n"
             "| billing_* | various | Yes | See Billing value object |\n\n### Billing Value Object\n\n"
             "| Field | Type | Required | Constraints |\n|---|---|---|---|\n| line1 | string | Yes | max 120 chars |\n"
             "| line2 | string | No | max 120 chars |\n| zip | string | Yes | max 12 chars |\n")
    draft, fields = read(root, {"specs/002-customers/data-model.md": model}, "customer")
    assert list(fields) == ["display_name", "billing_line1", "billing_line2", "billing_zip"]
    assert fields["billing_line1"]["max_length"] == 120 and fields["billing_line1"]["required"]
    assert not fields["billing_line2"]["required"] and fields["billing_zip"]["max_length"] == 12
    undefined = model.replace("billing_*", "shipping_*")
    draft = operations.read_spec(str(write(root, {"specs/002-customers/data-model.md": undefined})), "customer")
    assert any("shipping_*" in b and "data-model.md:" in b for b in draft.blocking)


def test_an_openapi_documents_own_keywords_are_no_mentions(root: Path) -> None:
    """`content:` under every request and response of an OpenAPI file is a media type, not the PageContent's
    "content": the entity the routes serve is read."""
    model = ("# Data Model\n\n### Page Content\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
             "| slug | VARCHAR(80) | NOT NULL |\n| markdown | TEXT | NOT NULL |\n\n### Inquiry\n\n"
             "| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n| sender | VARCHAR(100) | NOT NULL |\n"
             "| body | TEXT | NOT NULL |\n")
    response = ("      responses:\n        '201':\n          description: Stored\n          content:\n"
                "            application/json:\n              schema:\n                type: object\n")
    api = ("openapi: 3.0.3\ninfo:\n  title: Site API\n  version: 1.0.0\npaths:\n  /api/inquiries:\n    post:\n"
           "      summary: Send an inquiry\n      requestBody:\n        content:\n          application/json:\n"
           "            schema:\n              type: object\n" + response + "  /api/inquiries/{id}:\n    get:\n"
           "      summary: Read one inquiry\n" + response.replace("'201'", "'200'") + "  /api/pages/{slug}:\n    get:\n"
           "      summary: Read a page\n" + response.replace("'201'", "'200'"))
    draft, fields = read(root, {"specs/001-site/data-model.md": model, "specs/001-site/contracts/api.yaml": api}, "001-site")
    assert draft.spec["name"] == "inquiry" and set(fields) == {"sender", "body"}


def test_an_enum_named_for_the_entity_and_its_column(root: Path) -> None:
    """`| urgency | VARCHAR(10) | 'normal' | CHECK in enum |` in the ticket table and `### TicketUrgency` listing its
    values in a table: the ticket's own type for urgency (the list holds the default)."""
    schema = ("# Database Schema\n\n## ticket\n\n| Column | Type | Default | Notes |\n|---|---|---|---|\n"
              "| id | INTEGER | auto | PRIMARY KEY |\n| subject | VARCHAR(120) | - | NOT NULL |\n"
              "| urgency | VARCHAR(10) | 'normal' | CHECK in enum |\n\n## Enumerations\n\n### TicketUrgency\n\n"
              "| Value | Description |\n|---|---|\n| low | can wait |\n| normal | the usual |\n| critical | now |\n")
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "ticket")
    assert fields["urgency"]["type"] == "enum" and fields["urgency"]["enum_values"] == ["low", "normal", "critical"]
    assert fields["urgency"]["default"] == "normal" and "max_length" not in fields["urgency"]


def test_a_sentence_that_names_a_closed_lists_default(root: Path) -> None:
    """The schema says `stage` is NOT NULL with three values and no default; the feature says "Leads have a default
    stage of 'new'": the client need not send it."""
    schema = ("# Schema\n\n## leads\n\n- **id** (SERIAL, Primary Key)\n- **company** (VARCHAR, Not Null): who\n"
              "- **stage** (VARCHAR, Not Null): Lead stage ('new', 'qualified', 'won')\n")
    feature = "# Leads\n\n## Rules\n\n- Leads have a default stage of 'new'\n- A lead moves to 'won' when signed\n"
    _draft, fields = read(root, {"specs/database/schema.md": schema, "specs/features/leads.md": feature}, "lead")
    assert fields["stage"]["enum_values"] == ["new", "qualified", "won"]
    assert fields["stage"]["default"] == "new" and fields["stage"]["required"] is False


def test_nested_design_notes_beside_a_docs_schema(root: Path) -> None:
    """`docs/superpowers/specs/` holds design notes with no schema; `docs/db/schema.md` holds the table: all of
    docs/ is read, so the table is found (before, the notes alone were read and no entity came out)."""
    notes = "# Portfolio design\n\n## Goal\n\nA timeline of jobs and schools, shown in order.\n"
    schema = ("# Database Schema\n\n## projects\n\n| Column | Type | Note |\n|---|---|---|\n| id | serial PK | |\n"
              "| name | text | project name |\n| started_on | date | |\n| url | text | nullable |\n")
    draft, fields = read(root, {"docs/superpowers/specs/2026-01-01-portfolio-design.md": notes,
                                "docs/db/schema.md": schema}, "project")
    assert draft.spec["name"] == "project" and set(fields) == {"name", "started_on", "url"}


def test_an_optional_column_of_yes_and_no(root: Path) -> None:
    """`| Name | Type | Unique | Optional |` with `no` and `yes`: an Optional column says presence like a Null one."""
    model = ("# Data models\n\n### Album\n\n| Name | Type | Unique | Optional |\n|-|-|-|-|\n| id | SERIAL | yes | no |\n"
             "| catalog_no | INT | yes | no |\n| title | VARCHAR | no | no |\n| cover_url | VARCHAR | no | yes |\n")
    _draft, fields = read(root, {"docs/data-model.md": model}, "album")
    assert fields["catalog_no"]["required"] and fields["title"]["required"] and not fields["cover_url"]["required"]
    assert fields["catalog_no"]["unique"] and not fields["title"]["unique"]


def test_a_maximum_length_in_korean_and_chinese_words(root: Path) -> None:
    """`"게시판 설명 (최대 300자)"` in a mermaid comment, `最多 40 字` in a table: each is a maximum length."""
    erd = ("# ERD\n\n```mermaid\nerDiagram\n    shelves {\n        bigint id PK\n        varchar name \"이름 (최대 40자)\"\n"
           "        varchar summary \"게시판 설명 (최대 300자)\"\n    }\n```\n")
    _draft, fields = read(root, {"docs/ERD.md": erd}, "shelf")
    assert fields["name"]["max_length"] == 40 and fields["summary"]["max_length"] == 300
    table = ("# 数据库设计\n\n## notes\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | bigint | 主键 |\n"
             "| title | varchar | 标题，最多 40 字 |\n")
    _draft, fields = read(root / "b", {"docs/database.md": table}, "note")
    assert fields["title"]["max_length"] == 40


def test_create_index_statements_in_a_setup_guide(root: Path) -> None:
    """specs/schema.sql defines the table; specs/SETUP_GUIDE.md repeats its DDL with `CREATE INDEX idx_gigs_city ON
    gigs(city)`: a single-column index on the entity's own table, whatever the file; a composite one is none, and an
    index on another table says nothing of this one."""
    ddl = ("CREATE TABLE public.gigs (\n  id uuid NOT NULL,\n  city character varying,\n  band text NOT NULL,\n"
           "  venue_id uuid,\n  CONSTRAINT gigs_pkey PRIMARY KEY (id)\n);\n")
    guide = ("# Setup, step by step\n\n## Step 2: gigs\n\n```sql\nCREATE INDEX idx_gigs_city ON gigs(city);\n"
             "CREATE INDEX idx_gigs_band_city ON gigs(band, city);\nCREATE UNIQUE INDEX idx_venues_band ON venues(band);\n```\n")
    _draft, fields = read(root, {"specs/schema.sql": ddl, "specs/SETUP_GUIDE.md": guide}, "gig")
    assert fields["city"]["index"] and not fields["band"]["index"] and not fields["band"].get("unique")


def test_a_state_drawing_with_labelled_arrows_under_the_enum_types_heading(root: Path) -> None:
    """`| status | enum ClaimStatus |` and `## Estados: ClaimStatus` over `open ──review──▶ reviewing ──ok──▶
    approved` with remarks in brackets: the drawing's states, from the section of the column's own enum type (whose
    name, `...Status`, is no plural)."""
    model = ("# Modelo de datos\n\n## Entidad nueva: Claim\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| `id` | int | PK |\n"
             "| `amount` | Decimal | importe |\n| `status` | enum `ClaimStatus` | ciclo de vida (ver abajo) |\n\n"
             "## Estados: `ClaimStatus`\n\n```\nopen ──review──▶ reviewing ──ok──▶ approved\n                      │\n"
             "                      └──fail──▶ rejected   (queda registrado; visible como no aprobado)\n\n"
             "approved ──pay(confirm)──▶ paid\nrejected ──(se puede reabrir creando otro)\n```\n")
    _draft, fields = read(root, {"specs/004-claims/data-model.md": model}, "004-claims")
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["open", "reviewing", "approved", "rejected", "paid"]
    assert fields["status"]["default"] == "open"


def test_a_firestore_collection_tree(root: Path) -> None:
    """`notes/` over `└── {noteId}/` over `├── title: string` lines: the collection's fields (`| null` optional);
    the owner's userId is the owner, and a placeholder document line ends nothing."""
    model = ("# Data Model\n\n```\nnotes/ (new)\n  └── {noteId}/\n      ├── id: string\n      ├── userId: string (owner)\n"
             "      ├── title: string\n      ├── body: string | null\n      ├── pinned: boolean\n"
             "      ├── remindAt: timestamp | null\n      └── createdAt: timestamp\n```\n")
    _draft, fields = read(root, {"specs/003-notes/data-model.md": model}, "003-notes")
    assert list(fields) == ["title", "body", "pinned", "remind_at"]
    assert fields["remind_at"]["type"] == "datetime" and not fields["remind_at"]["required"]
    assert not fields["body"]["required"]


def test_a_laravel_soft_deletes_column_type(root: Path) -> None:
    """`| deleted_at | softDeletes | borrado lógico |`: Laravel's soft delete column, a nullable timestamp."""
    model = ("# Modelo\n\n## Tabla `facturas`\n\n| Columna | Tipo | Notas |\n|---|---|---|\n| `id` | `id()` | PK |\n"
             "| `numero` | `string(20)` | único |\n| `total` | `decimal(12,2)` | |\n| `deleted_at` | `softDeletes` | borrado lógico |\n")
    _draft, fields = read(root, {"specs/007-facturas/data-model.md": model}, "007-facturas")
    assert fields["deleted_at"]["type"] == "datetime" and not fields["deleted_at"]["required"]
    assert fields["numero"]["max_length"] == 20


def test_status_is_no_plural() -> None:
    from backend_builder.spec.extract.raw import normal_name, singular
    assert singular("status") == "status" and singular("statuses") == "status"
    assert normal_name("OrderStatus") == "order_status" and singular("bonuses") == "bonus"


def test_an_arrow_between_two_states_is_no_label() -> None:
    """`open ──────→ claimed ──────→ done`: states between plain arrows stay states (only a word inside an arrow's
    line, `──apply──▶`, is its label)."""
    from backend_builder.spec.extract.constraints import state_diagrams
    text = "### Task Status\n\n```\nopen ──────→ claimed ──review──▶ done\n  │\n  ▼\ncancelled\n```\n"
    assert state_diagrams(text) == [(1, "Task Status", ["open", "claimed", "done", "cancelled"], "open")]


def test_dart_models_a_freezed_factory_and_a_plain_class(root: Path) -> None:
    """Flutter specs: `const factory Habit({required String title, String? note, @Default(0) int streak, ...})` and
    `class Reminder { final String label; final DateTime? at; ... }`: `?` may be null, `required` (or a plain final
    member) must be sent, `@Default` gives the default, a declared enum is a closed list, another class is a relation."""
    model = ("# Data Model\n\n## Habit\n\n```dart\nenum Cadence { daily, weekly }\n\n@freezed\nclass Habit with _$Habit {\n"
             "  const factory Habit({\n    required String id,\n    required String userId,\n    required String title,\n"
             "    String? note,\n    @Default(0) int streak,\n    required Cadence cadence,\n    List<String>? tags,\n"
             "    required DateTime createdAt,\n  }) = _Habit;\n}\n```\n\n## Reminder\n\n```dart\nclass Reminder {\n"
             "  final String id;\n  final String label;\n  final DateTime? at;\n  final Habit habit;\n}\n```\n")
    draft, fields = read(root, {"specs/002-habits/data-model.md": model}, "002-habits")
    assert draft.spec["name"] == "habit" and list(fields) == ["title", "note", "streak", "cadence", "tags"]
    assert fields["title"]["required"] and not fields["note"]["required"]
    assert fields["streak"]["default"] == 0 and not fields["streak"]["required"]
    assert fields["cadence"]["enum_values"] == ["daily", "weekly"] and fields["tags"]["type"] == "list[str]"
    _draft, fields = read(root, {"specs/002-habits/data-model.md": model}, "reminder")
    assert list(fields) == ["label", "at"] and fields["label"]["required"] and not fields["at"]["required"]


def test_a_section_per_qualified_field_with_labelled_bullets(root: Path) -> None:
    """`### Ticket.state` over `- **Allowed Values**: ...` and `- **Default**: 'new'`: the column's default, so
    the client need not send it; a `### Tag.state` section of another table says nothing of the ticket's."""
    schema = ("# Database Schema\n\n## Tables\n\n### Ticket\n- `title` (String, not null): what\n"
              "- `state` (Enum, not null): where it is (new, open, closed)\n- `weight` (Enum, not null): light, heavy\n\n"
              "## Field Specifications\n\n### Ticket.state\n- **Data Type**: Enum\n- **Nullability**: Not null\n"
              "- **Default**: 'new'\n\n### Tag.weight\n- **Data Type**: Enum\n- **Default**: 'light'\n")
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "ticket")
    assert fields["state"]["default"] == "new" and not fields["state"]["required"]
    assert "default" not in fields["weight"] and fields["weight"]["required"]


def test_non_nullable_and_a_migrations_server_default(root: Path) -> None:
    """`Non-nullable, Max: 255` in a constraints cell is NOT NULL; an Alembic `server_default='false'` on a Boolean
    is the literal false (it was read as the text 'false' and dropped)."""
    schema = ("# Schema\n\n## Note Table (`note`)\n\n| Field | Type | Constraints |\n|---|---|---|\n| `id` | `Integer` | PK |\n"
              "| `headline` | `String` | Non-nullable, Max: 255 |\n| `body` | `String` | Nullable |\n"
              "| `pinned` | `Boolean` | |\n\n## Migration\n\n```python\nop.create_table('note',\n"
              "    sa.Column('id', sa.Integer(), primary_key=True),\n    sa.Column('headline', sa.String(255), nullable=False),\n"
              "    sa.Column('body', sa.String(), nullable=True),\n"
              "    sa.Column('pinned', sa.Boolean(), nullable=False, server_default='false'),\n)\n```\n")
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "note")
    assert fields["headline"]["required"] and fields["headline"]["max_length"] == 255 and not fields["body"]["required"]
    assert fields["pinned"]["default"] is False and not fields["pinned"]["required"]


def test_a_user_mirrored_from_the_auth_provider_is_not_the_feature(root: Path) -> None:
    """`## Member` with `clerk_user_id` and `email` is the signed-in person's own row, kept in step with the auth
    provider; the feature keeps what the members share (the photos)."""
    model = ("# Data Model\n\n## Member\n- **Fields**:\n  - `clerk_user_id`: string (required)\n  - `email`: string (required)\n"
             "  - `full_name`: string (optional)\n  - `role`: enum (`admin`, `member`)\n  - `phone`: string (optional)\n"
             "  - `status`: enum (`invited`, `active`)\n  - `last_login_at`: number (optional)\n\n## Photo\n- **Fields**:\n"
             "  - `title`: string (required)\n  - `image_url`: string (required)\n  - `taken_at`: number (optional)\n")
    spec = ("# Family portal\n\nA member signs in. Each member has a role; an admin member invites another member. "
            "Members see the photos.\n")
    draft, fields = read(root, {"specs/001-family/data-model.md": model, "specs/001-family/spec.md": spec}, "001-family")
    assert draft.spec["name"] == "photo" and "image_url" in fields


def test_a_value_that_a_sentence_says_a_new_row_defaults_to(root: Path) -> None:
    """`status | text | NOT NULL, CHECK in ('queued','playing','done')` and "A song added from search defaults to
    `queued`": the closed list's default, so the client need not send it."""
    model = ("# Data Model\n\n### songs\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | uuid | PK |\n"
             "| title | text | NOT NULL |\n| status | text | NOT NULL, CHECK in ('queued','playing','done') |\n\n"
             "## Rules\n\n- A song added from search defaults to `queued`.\n")
    _draft, fields = read(root, {"specs/002-songs/data-model.md": model}, "002-songs")
    assert fields["status"]["default"] == "queued" and not fields["status"]["required"]


def test_a_database_doc_that_names_its_sql_file_and_lists_the_tables(root: Path) -> None:
    """DATABASE.md lists the tables as bullets under `## Main entities` (no entity of its own) and says the SQL is in
    `supabase/schema.sql`: that file is read, with its schema-qualified enum types and tables, each at its own line;
    an expression index on two columns indexes neither."""
    doc = ("# Trips Database\n\nThe SQL in `supabase/schema.sql` creates the tables.\n\n## Main entities\n\n"
           "- `profiles`: one row per auth user.\n- `trips`: driver-created routes and seats.\n- `bookings`: seats taken.\n")
    ddl = ("create type public.trip_status as enum ('open', 'full', 'done');\n\ncreate table public.profiles (\n"
           "  id uuid primary key,\n  full_name text not null\n);\n\ncreate table public.trips (\n  id uuid primary key,\n"
           "  driver_id uuid not null references public.profiles (id),\n  origin text not null,\n  destination text not null,\n"
           "  seats integer not null check (seats > 0),\n  status public.trip_status not null default 'open'\n);\n\n"
           "create index trips_route_idx on public.trips (lower(origin), lower(destination));\n"
           "create index trips_status_idx on public.trips (status);\n")
    draft, fields = read(root, {"DATABASE.md": doc, "supabase/schema.sql": ddl}, "trip")
    assert "supabase/schema.sql" in draft.files_used and draft.spec["name"] == "trip"
    assert fields["status"]["enum_values"] == ["open", "full", "done"] and fields["status"]["index"]
    assert not fields["origin"]["index"] and not fields["destination"]["index"]
    assert any("supabase/schema.sql:8" in d and "supabase/schema.sql:3" in d for d in draft.diagnostics)
    assert not any("'main'" in d for d in draft.diagnostics)


def test_a_python_models_trailing_comments_and_a_rules_table(root: Path) -> None:
    """`day: str  # ISO date YYYY-MM-DD` is a date, `logged: str  # ISO datetime` a timestamp; a `| Field |
    Required | Source |` table saying `auto` makes them optional, whatever the class without defaults implies."""
    model = ("# Data Model\n\n```python\nclass Meal(BaseModel):\n    id: int  # assigned on save\n    name: str\n"
             "    calories: int\n    day: str  # ISO date YYYY-MM-DD (resolved from text)\n"
             "    logged: str  # ISO datetime YYYY-MM-DDTHH:MM:SS (write time)\n```\n\n### Field rules\n\n"
             "| Field | Required | Source |\n|---|---|---|\n| `id` | auto | on save |\n| `name` | yes | user |\n"
             "| `calories` | yes | user |\n| `day` | auto | user or today |\n| `logged` | auto | write time |\n")
    _draft, fields = read(root, {"specs/data-model.md": model}, "meal")
    assert fields["day"]["type"] == "date" and fields["logged"]["type"] == "datetime"
    assert fields["name"]["required"] and not fields["day"]["required"] and not fields["logged"]["required"]


def test_values_of_a_type_defined_elsewhere_listed_in_the_contract(root: Path) -> None:
    """`| kind | LedgerKind (from the accounts module) |` with `kind VARCHAR(20)` in the DDL, and the contract's
    "- `kind` (obrigatório): `CREDIT` ou `DEBIT`.": an enum of those values (no VARCHAR length)."""
    model = ("# Modelo de dados\n\n## Entry\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| `kind` | `LedgerKind` (do módulo accounts) | |\n"
             "| `amount` | `BigDecimal` | |\n\n```sql\nCREATE TABLE entry (\n  id BIGSERIAL PRIMARY KEY,\n  kind VARCHAR(20) NOT NULL,\n"
             "  amount NUMERIC(12,2) NOT NULL\n);\n```\n")
    contract = "# API\n\n## POST /entries\n\n- `kind` (obrigatório): `CREDIT` ou `DEBIT`.\n- `amount` (obrigatório).\n"
    _draft, fields = read(root, {"specs/005-entries/data-model.md": model, "specs/005-entries/contracts/api.md": contract},
                          "005-entries")
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["CREDIT", "DEBIT"]
    assert "max_length" not in fields["kind"]


def test_a_pseudo_code_object_an_enum_type_comment_and_a_quoted_default(root: Path) -> None:
    """A typescript fence holding `guests: { name: text NOT NULL; tier: tier_enum DEFAULT 'BASIC'  // BASIC | VIP }`
    is the guests table; SQL's `'O''Neil'` default is O'Neil; `## GuestTier Enum (existing)` over a value table."""
    model = ("# Data Model\n\n### Guests\n\n```typescript\nguests: {\n  id: serial PK\n  name: text NOT NULL\n"
             "  tier: tier_enum DEFAULT 'BASIC'  // BASIC | VIP\n  notes: text\n}\n```\n\n### Rooms\n\n```sql\n"
             "CREATE TABLE rooms (\n  id SERIAL PRIMARY KEY,\n  wing TEXT NOT NULL DEFAULT 'O''Neil',\n  state room_state NOT NULL\n);\n```\n\n"
             "## RoomState Enum (existing)\n\n| Value | Meaning |\n|---|---|\n| FREE | empty |\n| TAKEN | in use |\n")
    _draft, fields = read(root, {"specs/003-stay/data-model.md": model}, "guest")
    assert list(fields) == ["name", "tier", "notes"] and fields["tier"]["enum_values"] == ["BASIC", "VIP"]
    assert fields["tier"]["default"] == "BASIC" and fields["name"]["required"]
    _draft, fields = read(root, {"specs/003-stay/data-model.md": model}, "room")
    assert fields["wing"]["default"] == "O'Neil" and fields["state"]["enum_values"] == ["FREE", "TAKEN"]


def test_a_named_sql_path_outside_the_root_is_not_read(root: Path, tmp_path: Path) -> None:
    """DATABASE.md names `../outside/leak.sql` and `infra/link.sql` (a symlink out of the project): neither is read,
    and nothing of them shows in the answer."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.sql").write_text("CREATE TABLE leaked (id INT PRIMARY KEY, api_secret TEXT, token TEXT);\n")
    doc = ("# Database\n\nSee `../outside/leak.sql` and `infra/link.sql`.\n\n## notes\n\n| Field | Type | Notes |\n"
           "|---|---|---|\n| title | string | required |\n")
    write(root, {"DATABASE.md": doc})
    (root / "infra").mkdir()
    (root / "infra" / "link.sql").symlink_to(outside / "leak.sql")
    draft = operations.read_spec(str(root), "note")
    assert draft.spec is not None and [f["name"] for f in draft.spec["fields"]] == ["title"]
    assert not any(f.endswith(".sql") for f in draft.files_used) and "api_secret" not in repr(draft)


def test_an_index_named_for_one_column_but_on_another(root: Path) -> None:
    """"`idx_notes_pinned` em `id` onde `pinned = true`": a partial index on id, named for its condition; pinned is
    not indexed. "`idx_notes_titulo` em `titulo`" is an index on titulo."""
    schema = ("# Banco de dados\n\n```sql\nCREATE TABLE notes (\n  id UUID PRIMARY KEY,\n  titulo TEXT NOT NULL,\n"
              "  pinned BOOLEAN DEFAULT false\n);\n```\n\n## Índices\n\n- `idx_notes_pinned` em `id` onde `pinned = true`\n"
              "- `idx_notes_titulo` em `titulo`\n")
    _draft, fields = read(root, {"specs/database.md": schema}, "note")
    assert fields["titulo"]["index"] and not fields["pinned"]["index"]


def test_enum_sections_that_list_their_values_on_one_line(root: Path) -> None:
    """`### Urgencia (enum)` over "`baixa` | `media` | `alta`" and `### Fase (enum)` over "`nova` → `aberta` →
    `fechada` (unidirecional)": the values of the columns typed Urgencia and Fase."""
    model = ("# Modelo de dados\n\n### Chamado\n\n| Campo | Tipo | Obrigatório | Regras |\n|---|---|---|---|\n"
             "| `titulo` | `str` | Sim | 3–100 caracteres |\n| `urgencia` | `Urgencia` | Não | Padrão: `media` |\n"
             "| `fase` | `Fase` | Gerado | Padrão inicial: `nova` |\n\n### Urgencia (enum)\n`baixa` | `media` | `alta`\n\n"
             "### Fase (enum)\n`nova` → `aberta` → `fechada` (unidirecional)\n")
    _draft, fields = read(root, {"specs/002-chamados/data-model.md": model}, "002-chamados")
    assert fields["urgencia"]["enum_values"] == ["baixa", "media", "alta"] and fields["urgencia"]["default"] == "media"
    assert fields["fase"]["enum_values"] == ["nova", "aberta", "fechada"]


def test_a_table_of_columns_without_a_type_column(root: Path) -> None:
    """`## Member` over `| 필드 | 필수 | 규칙 |`: the columns, each typed by its name (and said so), their presence from
    the required column and their lengths and values from the rules."""
    model = ("# Data Model\n\n## Member\n\n| 필드 | 필수 | 규칙 |\n| --- | --- | --- |\n| id | 예 | 내부 식별자 |\n"
             "| loginId | 예 | 4–20자. 전체 행에서 유일. |\n| nickname | 예 | 1–50자 |\n| grade | 예 | `BASIC`, `GOLD`. |\n"
             "| leftAt | 조건부 | 탈퇴 시각 |\n")
    draft, fields = read(root, {"specs/001-members/data-model.md": model}, "001-members")
    assert list(fields) == ["login_id", "nickname", "grade", "left_at"]
    assert fields["login_id"]["max_length"] == 20 and fields["login_id"]["required"]
    assert fields["grade"]["enum_values"] == ["BASIC", "GOLD"] and fields["left_at"]["type"] == "datetime"
    assert any("typed" in d and "by its name" in d for d in draft.diagnostics)


def test_the_hackathon_layout_one_numbered_folder_down(root: Path) -> None:
    """`specs/1-todo-app-specs/database/schema.md` beside its features/ and api/ folders, no data-model.md: the
    hackathon layout inside a numbered folder, not a Spec Kit feature without a data model."""
    schema = ("# Database Schema\n\n## tasks\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | SERIAL | PRIMARY KEY |\n"
              "| user_id | VARCHAR(255) | NOT NULL |\n| title | VARCHAR(200) | NOT NULL |\n| done | BOOLEAN | DEFAULT FALSE |\n")
    files = {"specs/1-todo-app-specs/database/schema.md": schema,
             "specs/1-todo-app-specs/features/task-crud.md": "# Task CRUD\n\nUsers add tasks and mark them done.\n",
             "specs/1-todo-app-specs/api/rest-endpoints.md": "# API\n\n- `GET /api/{user_id}/tasks`\n- `POST /api/{user_id}/tasks`\n"}
    draft, fields = read(root, files, "task")
    assert draft.spec["name"] == "task" and set(fields) == {"title", "done"}
    assert "specs/1-todo-app-specs/database/schema.md" in draft.files_used


def test_a_shape_section_under_an_entity_heading_and_server_filled_defaults(root: Path) -> None:
    """`## Entity: Task` over `### Domain shape (\\`.../task.ts\\`)`: the Task's columns, not an entity `Domain`;
    a `server-computed` default is filled in by the backend (no literal default), and "Fractional-index rank" is no
    index; a request-schema list further down is no entity."""
    model = ("# Data Model\n\n## Entity: Task\n\n### Domain shape (`libs/shared/src/schemas/task.ts`)\n\n"
             "| Field | Type | Required | Default | Notes |\n|---|---|---|---|---|\n| `id` | `string` | yes | server-generated | ULID |\n"
             "| `title` | `string` | yes | — | Non-empty |\n| `status` | `'open' \\| 'completed'` | yes | `'open'` | |\n"
             "| `order` | `string` | yes | server-computed | Fractional-index rank within the day |\n\n"
             "### Request schemas (shared)\n\n- **`createTaskSchema`**: `{ title: string, dueDate: string }`\n"
             "- **`updateTaskSchema`**: all of `{ title?, status? }` optional\n")
    draft, fields = read(root, {"specs/003-week-board/data-model.md": model}, "003-week-board")
    assert draft.spec["name"] == "task" and list(fields) == ["title", "status", "order"]
    assert "default" not in fields["order"] and fields["order"]["required"] is False and not fields["order"]["index"]
    assert fields["status"]["enum_values"] == ["open", "completed"] and fields["status"]["default"] == "open"


def test_a_question_about_presence_says_nothing(root: Path) -> None:
    """"[NEEDS CLARIFICATION: Is this required?]" asks whether the column is required; it does not say so."""
    model = ("# Data Model\n\n## Campaign\n\n| Field | Type | Description | Validation |\n|---|---|---|---|\n"
             "| `name` | String | The name. | Required, non-empty |\n"
             "| `startDate` | Date | The start date. | [NEEDS CLARIFICATION: Is this required?] |\n")
    _draft, fields = read(root, {"specs/001-campaigns/data-model.md": model}, "001-campaigns")
    assert fields["name"]["required"] is True and fields["start_date"]["required"] is False


def test_typescript_members_typed_by_generics_with_commas_and_index_signature_maps(root: Path) -> None:
    """`with?: Record<string, any>` is a member like any other (json, its keyword name kept on the wire), and a
    member typed by an interface that is only an index signature (`[env: string]: ...`) holds a map, not a link."""
    model = ("# Data Model\n\n### Operation\n\n```typescript\ninterface Operation {\n  id: string;\n  name: string;\n"
             "  variables: VariableMatrix;   // per-environment values\n  steps: Step[];\n"
             "  with?: Record<string, any>;  // parameters\n}\n```\n\n### Step\n\n```typescript\ninterface Step {\n"
             "  id: string;\n  name: string;\n}\n```\n\n### Variable Matrix\n\n```typescript\ninterface VariableMatrix {\n"
             "  [environment: string]: Record<string, any>;\n}\n```\n")
    draft, fields = read(root, {"specs/001-runbooks/data-model.md": model}, "operation")
    assert list(fields) == ["name", "variables", "with_value"]
    assert fields["variables"]["type"] == "json" and fields["with_value"]["type"] == "json"
    assert any("steps (Step[]) reads as a reference" in d for d in draft.diagnostics)


def test_an_index_list_that_ends_in_a_remark_and_values_a_sentence_limits(root: Path) -> None:
    """"**Indexes:** `events_city_id_idx`, `events_area_id_idx` — all plain btree, one per FK column.": both
    columns are indexed; "`status` is limited to `active`/`cancelled`" in the feature doc lists the column's values,
    even after another mention of `status` on the line."""
    schema = ("# Schema\n\n## events\n\n| Column | Type | Nullable | Default |\n|---|---|---|---|\n"
              "| `event_id` | uuid | NO | `gen_random_uuid()` |\n| `city_id` | uuid | NO | — |\n| `area_id` | uuid | NO | — |\n"
              "| `status` | text | NO | `'active'` |\n\n**Indexes:** `events_city_id_idx`, `events_area_id_idx` — all plain "
              "btree, one per FK column. Added for the feed.\n")
    feature = ("# FR: Event form\n\n## Notes\n\nEnding early cannot be expressed with `status` alone, since `status` is "
               "limited to `active`/`cancelled` and ending early is no cancellation.\n")
    _draft, fields = read(root, {"docs/db/schema.md": schema, "docs/FR/event-form.md": feature}, "events")
    assert fields["city_id"]["index"] and fields["area_id"]["index"]
    assert fields["status"]["enum_values"] == ["active", "cancelled"] and fields["status"]["default"] == "active"


def test_a_table_with_its_columns_in_parentheses_completes_an_er_drawing(root: Path) -> None:
    """The schema file's mermaid drawing shows a table's key columns; a plan lists every column on one line,
    `` `campanas` (id UUID, artista_id FK→usuarios, titulo, descripcion, url_material nullable,
    estado ENUM(borrador,enviada), creditos_usados INT, created_at) ``: the fuller list is the table's, with its enum."""
    schema = ("# Esquema\n\n```mermaid\nerDiagram\n    campanas {\n        uuid id PK\n        uuid artista_id FK\n"
              "        string titulo\n        enum estado \"borrador|...\"\n        int creditos_usados\n    }\n"
              "    solicitudes {\n        uuid id PK\n        enum estado \"pendiente|...\"\n    }\n```\n")
    plan = ("# Fase 2\n\n- `solicitudes` (id UUID, usuario_id FK, estado ENUM(pendiente,aprobada), created_at)\n"
            "- `campanas` (id UUID, artista_id FK→usuarios, titulo, descripcion, url_material nullable, "
            "estado ENUM(borrador,enviada), creditos_usados INT, created_at, updated_at) — la campaña\n"
            "- `pares` (a_id FK, b_id FK, PRIMARY KEY(a_id, b_id))\n")
    _draft, fields = read(root, {"docs/db/schema.md": schema, "docs/fase-02.md": plan}, "campanas")
    assert list(fields) == ["artista_id", "titulo", "descripcion", "url_material", "estado", "creditos_usados"]
    assert fields["estado"]["enum_values"] == ["borrador", "enviada"]
    assert fields["url_material"]["required"] is False and fields["titulo"]["required"] is True


def test_indexes_of_a_browser_databases_object_store(root: Path) -> None:
    """IndexedDB's `// Store: patients` over `{ name: 'x', keyPath: 'x', unique: false }` and Dexie's
    `patients: '++id, name, &email'`: single-key indexes of the entity's own store (a key path array is compound,
    another store's indexes are not the entity's)."""
    model = ("# Data Model\n\n### Patient\n\n```typescript\ninterface Patient {\n  id: string;\n  name: string;\n"
             "  email: string;\n  clinicianId: string;\n  isArchived: boolean;\n  wardId: string;\n}\n```\n\n"
             "### Store Definitions\n\n```typescript\n// Store: photos\n{\n  keyPath: 'id',\n  indexes: [\n"
             "    { name: 'wardId', keyPath: 'wardId', unique: false },\n  ]\n}\n\n// Store: patients\n{\n  keyPath: 'id',\n"
             "  indexes: [\n    { name: 'clinicianId', keyPath: 'clinicianId', unique: false },\n"
             "    { name: 'a_b', keyPath: ['name', 'isArchived'], unique: false },\n  ]\n}\n```\n\n"
             "```typescript\ndb.version(1).stores({\n  patients: '++id, &email, isArchived',\n});\n```\n")
    _draft, fields = read(root, {"specs/001-patients/data-model.md": model}, "patient")
    assert fields["clinician_id"]["index"] and fields["is_archived"]["index"] and fields["email"]["unique"]
    assert not fields["name"]["index"] and not fields["ward_id"]["index"]


ROADMAP = """# Data Model: Jira Roadmap Visualization Web App

## Entities

### RoadmapItem (Epic)
- id: string (Jira Epic ID)
- name: string
- status: string
- roadmap_state: string
- labels: list[string] (release cycles)
- department: string
- team: string

#### Validation Rules
- roadmap_state must be one of: At Risk, Excluded, Added, or empty

### Department
- name: string
- teams: list[string]

### Team
- name: string
- department: string
"""


def test_a_roadmap_app_and_a_story_that_groups_by_other_entities(root: Path) -> None:
    """A roadmap app's `RoadmapItem` is no future plan (only a `## Roadmap` section is); "View Roadmap by Department
    and Team" groups by those, it is not about them; `- name: string` bullets under `### Department` are its fields,
    not a drawing of `department`'s states; `list[string]` is a list, and "or empty" no value of the list."""
    spec = ("# Feature Specification: Jira Roadmap Visualization Web App\n\n"
            "### User Story 1 - View High-Level Roadmap by Department and Team (Priority: P1)\n\nUsers browse the roadmap.\n")
    draft, fields = read(root, {"specs/001-build-a-web/data-model.md": ROADMAP, "specs/001-build-a-web/spec.md": spec},
                         "001-build-a-web")
    assert draft.spec["name"] == "roadmap_item"
    assert fields["labels"]["type"] == "list[str]" and fields["department"]["type"] == "str"
    assert fields["roadmap_state"]["enum_values"] == ["At Risk", "Excluded", "Added"]


def test_a_gerund_in_the_title_and_a_derived_entity(root: Path) -> None:
    """'Movie Voting Leaderboard' is about Votes (a gerund names what it does to them); a `### Fixed Item (Derived
    Entity)` is computed from others, not stored."""
    model = ("# Data Model: WRWW Voting Leaderboard\n\n### 1. Content\n\n```sql\nCREATE TABLE content (\n  id BIGINT PRIMARY KEY,\n"
             "  title TEXT NOT NULL,\n  overview TEXT,\n  poster_path TEXT\n);\n```\n\n### 2. Vote\n\n```sql\nCREATE TABLE votes (\n"
             "  id UUID PRIMARY KEY,\n  content_id BIGINT REFERENCES content(id),\n  session_id TEXT NOT NULL,\n"
             "  vote_value INT NOT NULL\n);\n```\n\n### 3. Top Content (Derived Entity)\n\n- title: string\n- score: int\n"
             "- rank: int\n- votes: int\n")
    draft, _fields = read(root, {"specs/001-i-want-to/data-model.md": model,
                                 "specs/001-i-want-to/spec.md": "# Feature Specification: Movie Voting Leaderboard\n\n"
                                                                "Content is shown; Content is cached from TMDB.\n"},
                          "001-i-want-to")
    assert draft.spec["name"] == "vote"


def test_portuguese_rules_a_count_is_no_length_and_an_index_label_with_a_remark(root: Path) -> None:
    """"**Índices** (migration `x`):" over `{ sessionId: 1 }` único ... "relação 1:1": a single-key index (the 1:1
    is no second key); "no máximo 1 review por session" counts reviews, not characters; "padrão `false`" is a
    default; a `number` whose rule says "inteiro 1–5" is an integer."""
    model = ("# Modelo de Dados: Reviews\n\n## Review\n\nColeção `reviews`.\n\n| Campo | Tipo | Obrigatório | Regra |\n"
             "|---|---|---|---|\n| `_id` | `ObjectId` | sim | gerado |\n| `sessionId` | `string` | sim | **único** — no máximo 1 "
             "review por session |\n| `bookId` | `string` | sim | denormalizado |\n| `rating` | `number` | sim | inteiro 1–5 |\n"
             "| `containsSpoiler` | `boolean` | sim | padrão `false` na criação |\n\n**Índices** (migration `create-reviews`):\n"
             "- `{ sessionId: 1 }` único — impõe a relação 1:1 com `ReadingSession`\n- `{ bookId: 1 }` — usado pela agregação\n")
    _draft, fields = read(root, {"specs/005-reviews/data-model.md": model}, "005-reviews")
    assert fields["session_id"]["index"] and fields["book_id"]["index"] and "max_length" not in fields["session_id"]
    assert fields["contains_spoiler"]["default"] is False and fields["contains_spoiler"]["required"] is False
    assert fields["rating"]["type"] == "int"


def test_a_spec_file_with_bytes_that_are_not_utf8_is_read_and_said(root: Path) -> None:
    """A spec.md a Windows editor saved with 0x92 for an apostrophe is read, those bytes replaced, and the answer says
    where (file:line); a DDL file in Latin-1 is left out, and said too."""
    model = ("# Data Model\n\n## notes\n\n| Field | Type | Notes |\n|---|---|---|\n| title | string | required |\n"
             "| body | text | |\n\nUses `legacy.sql`.\n")
    write(root, {"specs/001-notes/data-model.md": model})
    (root / "specs/001-notes/spec.md").write_bytes(b"# Notes\n\nA user\x92s note has a title.\n")
    (root / "legacy.sql").write_bytes("CREATE TABLE notes (id INT, título TEXT);\n".encode("latin-1"))
    draft = operations.read_spec(str(root), "001-notes")
    assert "specs/001-notes/spec.md" in draft.files_used and "legacy.sql" not in draft.files_used
    assert any(d.startswith("specs/001-notes/spec.md:3: not UTF-8 text") for d in draft.diagnostics)
    assert any(d.startswith("legacy.sql: not UTF-8 text; left out") for d in draft.diagnostics)


def test_lengths_said_in_chinese_counts_in_milliseconds_and_a_search_is_no_index(root: Path) -> None:
    """"- `name`: 长度 1-100" is a length range; "`responseTime`: Number (milliseconds to generate response)" counts
    whole milliseconds; "Uses indexed fields (title) + text search (content)" indexes the title only."""
    model = ("# 数据模型\n\n## Entity: Connection\n\n**Fields**:\n\n- `name`: String (connection name)\n"
             "- `url`: String (database URL)\n- `responseTime`: Number (milliseconds to generate response)\n"
             "- `title`: String\n- `content`: String\n\n**Validation Rules**:\n\n- `name`: 长度 1-100，仅允许字母、数字\n\n"
             "## Notes\n\n3. **Search**: Uses indexed fields (title) + text search (content)\n")
    _draft, fields = read(root, {"specs/001-db-query-tool/data-model.md": model}, "connection")
    assert fields["name"]["min_length"] == 1 and fields["name"]["max_length"] == 100
    assert fields["response_time"]["type"] == "int"
    assert fields["title"]["index"] and not fields["content"]["index"]


def test_numeric_bounds_a_rule_states_in_words(root: Path) -> None:
    """"inteiro 1–5 (RF-001)" bounds a rating to 1..5 (the requirement's code is no number of it); ">= 0, two
    decimal places" floors a price at 0; a year's "e.g. 2025-01-01" and a count with no rule stay unbounded."""
    model = ("# Data Model\n\n## Review\n\n| Field | Type | Required | Rule |\n|---|---|---|---|\n"
             "| `rating` | `number` | yes | inteiro 1–5 (RF-001, RF-011) |\n| `price` | `decimal` | yes | >= 0, two decimal places |\n"
             "| `views` | `integer` | no | counted on each read, e.g. 2025-01-01 |\n")
    draft, fields = read(root, {"specs/005-reviews/data-model.md": model}, "005-reviews")
    assert (fields["rating"]["type"], fields["rating"]["ge"], fields["rating"]["le"]) == ("int", 1, 5)
    assert fields["price"]["ge"] == 0 and "le" not in fields["price"]
    assert "ge" not in fields["views"] and "le" not in fields["views"]
    assert any(d.startswith("rating: ge 1 and le 5, from its rule at specs/005-reviews/data-model.md:") for d in draft.diagnostics)


def test_an_entity_heading_that_names_two_names_and_a_bold_new_row(root: Path) -> None:
    """`## Entity: Job / Task (existing table, **modified**)` in a `task-management` feature is the Task the feature
    names, beside a new `Setting` table; a row set in bold to mark it new (`| **priority** | ... | **'medium'** |`)
    reads like any other, its default unwrapped."""
    model = ("# Data Model: Task Management\n\n## Entity: Project (existing table, no schema changes)\n\n**Table**: `projects`\n\n"
             "| Column | Type | Constraints |\n|---|---|---|\n| `id` | UUID | PK |\n| `name` | VARCHAR(255) | NULLABLE |\n\n"
             "## Entity: Job / Task (existing table, **modified**)\n\n**Table**: `jobs`\n\n| Column | Type | Constraints | Default |\n"
             "|---|---|---|---|\n| `id` | UUID | PK | |\n| `requirement` | TEXT | NOT NULL | |\n"
             "| **priority** | **VARCHAR(20)** | **NOT NULL** | **'medium'** |\n| **tags** | **JSON Array** | **NOT NULL** | **[]** |\n\n"
             "## Entity: Setting (new table)\n\n**Table**: `settings`\n\n| Column | Type | Constraints |\n|---|---|---|\n"
             "| `key` | VARCHAR(100) | PK |\n| `value` | TEXT | NOT NULL |\n")
    draft, fields = read(root, {"specs/002-task-management-ui/data-model.md": model}, "002-task-management-ui")
    assert draft.spec["name"] == "job" and list(fields) == ["requirement", "priority", "tags"]
    assert fields["priority"]["default"] == "medium" and fields["tags"]["default"] == [] and not fields["tags"]["required"]


def test_mysql_unsigned_keys_and_kotlin_collections_of_an_enum(root: Path) -> None:
    """`team_id BIGINT UNSIGNED NOT NULL` (sqlglot's UBIGINT) is an int column, not an unknown type; a Kotlin-typed
    bullet `permissions: Set<McpPermission>` holds values of the enum the spec declares (a list of strings), and
    `lastUsedAt: LocalDateTime?` is optional."""
    schema = ("# Schema\n\n```sql\nCREATE TABLE tasks (\n  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,\n"
              "  team_id BIGINT UNSIGNED NOT NULL,\n  title VARCHAR(255) NOT NULL\n) ENGINE=InnoDB;\n```\n")
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "task")
    assert fields["team_id"]["type"] == "int" and fields["team_id"]["required"] is True
    model = ("# Data Model\n\n## McpApiKey\n\n- `name: String` - Key name\n- `permissions: Set<McpPermission>` - allowed operations\n"
             "- `lastUsedAt: LocalDateTime?` - Last usage\n\n## McpPermission (enum)\n\n```kotlin\nenum class McpPermission {\n"
             "    FILES_READ,\n    AUDIT_READ\n}\n```\n")
    _draft, fields = read(root, {"specs/001-mcp-keys/data-model.md": model}, "mcp_api_key")
    assert fields["permissions"]["type"] == "list[str]" and fields["last_used_at"]["required"] is False


def test_a_values_line_under_another_table_and_a_one_line_lifecycle(root: Path) -> None:
    """`**Status values:** 'active', 'paused'` under `### queues` are the queues' statuses, not the jobs'; the jobs'
    `**Status lifecycle:** queued → scheduled → running → completed/failed` lists theirs."""
    schema = ("# Database\n\n### queues\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
              "| name | VARCHAR(100) | NOT NULL |\n| status | VARCHAR(20) | NOT NULL, DEFAULT 'active' |\n\n"
              "**Status values:** 'active', 'paused', 'draining'\n\n### jobs\n\n| Column | Type | Constraints |\n|---|---|---|\n"
              "| id | UUID | PK |\n| queue_id | UUID | FK → queues |\n| payload | JSONB | NOT NULL |\n"
              "| status | VARCHAR(20) | NOT NULL, DEFAULT 'queued' |\n\n"
              "**Status lifecycle:** queued → scheduled → running → completed/failed\n")
    _draft, fields = read(root, {"docs/DATABASE.md": schema}, "job")
    assert fields["status"]["enum_values"] == ["queued", "scheduled", "running", "completed", "failed"]
    assert fields["status"]["default"] == "queued"


def test_a_stated_default_wins_over_the_one_it_replaced(root: Path) -> None:
    """`| status | VARCHAR(20) | NOT NULL, default 'pending' | Default changed from 'queued' (migration 0002) |`: the
    default is pending; the note names the old one (the generated backend once refused the draft: 'queued' is no value
    of the status drawing below)."""
    model = ("# Data Model\n\n## Entity: Job\n\n**Table**: `jobs`\n\n| Column | Type | Constraints | Notes |\n|---|---|---|---|\n"
             "| `id` | UUID | PK | |\n| `requirement` | TEXT | NOT NULL | |\n"
             "| `status` | VARCHAR(20) | NOT NULL, default `'pending'` | Default changed from `'queued'` (migration 0002) |\n")
    _draft, fields = read(root, {"specs/002-jobs/data-model.md": model}, "job")
    assert fields["status"]["default"] == "pending" and fields["status"]["required"] is False


def test_an_empty_default_opens_a_list_of_examples(root: Path) -> None:
    """Prisma's `category String @default("") // "job_posting" | "jd" | 기타 자유 문자열`: the empty default is none of
    the listed values, so they are examples of an open text (str, default ''), and the draft stays valid."""
    schema = ("# Database Schema\n\n```prisma\nmodel ExternalDocument {\n  id       String @id @default(uuid())\n"
              "  title    String\n  category String @default(\"\") // \"job_posting\" | \"jd\" | 기타 자유 문자열\n}\n```\n")
    draft, fields = read(root, {"docs/specs/database-schema.md": schema}, "ExternalDocument")
    assert draft.valid and fields["category"]["type"] == "str" and fields["category"]["default"] == ""


def test_a_folder_whose_only_schema_is_not_utf8_says_why_nothing_was_found(root: Path) -> None:
    """`specs/schema.sql` saved in Latin-1 is the folder's only spec file: the error says it was left out and why,
    not only that no spec file was found."""
    (root / "specs").mkdir()
    (root / "specs" / "schema.sql").write_bytes("CREATE TABLE notas (id INT, título TEXT);\n".encode("latin-1"))
    try:
        operations.read_spec(str(root), "nota")
    except Exception as error:  # noqa: BLE001 - the message is what is checked
        assert "specs/schema.sql: not UTF-8 text; left out" in str(error)
    else:
        raise AssertionError("read_spec found a spec in a folder of only a Latin-1 file")


# Round 78 ----------------------------------------------------------------------------------------------------------

def test_a_go_string_yields_to_the_tables_text(root: Path) -> None:
    """`| user_agent | TEXT | NULL |` and the Go struct's `UserAgent *string`: the struct says a string, the table how
    it is stored (unbounded text); a VARCHAR(50) column stays a bounded str."""
    model = ("# Data Model\n\n### AuditLog\n\n**Table**: `audit_logs`\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| `user_agent` | TEXT | NULL |\n| `entity_type` | VARCHAR(50) | NOT NULL |\n\n"
             "```go\ntype AuditLog struct {\n    ID         uuid.UUID `json:\"id\"`\n"
             "    EntityType string    `json:\"entity_type\"`\n    Action     string    `json:\"action\"`\n"
             "    UserAgent  *string   `json:\"user_agent,omitempty\"` // NEW\n}\n```\n")
    _draft, fields = read(root, {"specs/001-audit/data-model.md": model}, "001-audit")
    assert fields["user_agent"]["type"] == "text"
    assert fields["entity_type"]["type"] == "str" and fields["entity_type"]["max_length"] == 50


MONGOOSE_TWICE = """# Data Model

## FocusSession

```typescript
interface FocusSession {
  sessionId: string;          // UUID v4 (primary key)
  userId: string;
  duration: number;           // Total session duration in seconds
  averageTempo: number;       // keystrokes/minute
  mood: string;
}
```

```typescript
interface IFocusSession extends Document {
  sessionId: string;
  userId: string;
  duration: number;
  averageTempo: number;
  mood: string;
}

const focusSessionSchema = new Schema<IFocusSession>({
  sessionId: { type: String, required: true, unique: true, default: () => crypto.randomUUID() },
  userId: { type: String, required: true },
  duration: { type: Number, min: 0, default: 0 },
  averageTempo: { type: Number, min: 0, default: 0 },
  mood: { type: String, required: true },
});

export const FocusSession = model<IFocusSession>('FocusSession', focusSessionSchema);
```
"""


def test_a_domain_interface_and_a_mongoose_document_interface_both_count(root: Path) -> None:
    """`interface FocusSession` (the domain's, with comments) and `interface IFocusSession extends Document` (the
    Mongoose document's) define one entity twice: the first is not lost to the second. Its comment makes `sessionId`
    the key (the generated id), and "in seconds" makes the Mongoose `Number` a whole number; a plain tempo stays float."""
    _draft, fields = read(root, {"specs/001-focus/data-model.md": MONGOOSE_TWICE}, "001-focus")
    assert "session_id" not in fields
    assert fields["duration"]["type"] == "int" and fields["duration"]["default"] == 0
    assert fields["average_tempo"]["type"] == "float"


def test_an_enum_column_without_values_takes_the_list_headed_for_it_elsewhere(root: Path) -> None:
    """`- status (enum/string)` in the schema and, in the UI rules, `### Status Labels (French)` over `- pending → En
    attente`: the values are the left-hand words; a column not typed enum keeps its str."""
    schema = ("# Database Design\n\n## Table: candidatures\n\n- id\n- user_id (FK → users)\n- company_name (string)\n"
              "- status (enum/string)\n- priority (enum/string)\n- source (string)\n")
    ui = ("# UI Rules\n\n## Localization\n\n### Status Labels (French)\n- pending → En attente\n- interview → Entretien\n"
          "- accepted → Acceptée\n\n### Priority Labels (French)\n- low → Faible\n- high → Haute\n\n"
          "### Source Labels\n- web → Site\n- referral → Recommandation\n")
    _draft, fields = read(root, {"specs/database.md": schema, "specs/ui.md": ui}, "candidature")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["pending", "interview", "accepted"]
    assert fields["priority"]["enum_values"] == ["low", "high"]
    assert fields["source"]["type"] == "str"


def test_the_initial_state_said_as_it_shows(root: Path) -> None:
    """'set the initial application status to "In Review"' for `status "Enum: IN_REVIEW, ACCEPTED, REJECTED"`: the
    default is IN_REVIEW (a word between "initial" and "status"; the value spelled with spaces)."""
    model = ('erDiagram\n    CANDIDATE {\n        string id PK "UUIDv4"\n        string name "Max 100 chars"\n'
             '        string status "Enum: IN_REVIEW, ACCEPTED, REJECTED"\n    }\n')
    stories = ('# User Stories\n\n> **Then** the system should save the candidate profile\n'
               '> **And** set the initial application status to `"In Review"`\n')
    _draft, fields = read(root, {"specs/data-model.md": model, "specs/user-stories.md": stories}, "candidate")
    assert fields["status"]["default"] == "IN_REVIEW" and fields["status"]["required"] is False


def test_a_prisma_models_own_indexes_in_a_ticket_file(root: Path) -> None:
    """The Booking's Prisma model in a ticket spec (`@@index([driverId])`), its prose in the schema file: the model's
    single-column index counts; its composite one and another model's do not."""
    schema = ("# Base de données\n\n### Booking\n\n- `customerId` : client\n- `driverId` : chauffeur\n"
              "- `status` : statut\n- `pickupTime` : heure\n")
    ticket = ("# TICKET-002\n\n```prisma\nmodel Driver {\n  id String @id\n  name String\n  zone String\n  @@index([zone])\n}\n\n"
              "model Booking {\n  id String @id @default(cuid())\n  customerId String\n  driverId String?\n  zone String?\n"
              "  status String @default(\"PENDING\")\n  pickupTime DateTime\n\n  @@index([status, pickupTime])\n"
              "  @@index([driverId])\n}\n```\n")
    _draft, fields = read(root, {"specs/database.md": schema, "specs/TICKET-002.spec.md": ticket}, "booking")
    assert fields["driver_id"]["index"] is True
    assert not fields["status"]["index"] and not fields["pickup_time"]["index"] and not fields["zone"]["index"]


CLINIC_MODEL = """# Data Model

### ClinicType (Enum)

| Value | DB column value |
|-------|----------------|
| generalPractice | `'general_practice'` |
| dental | `'dental'` |
| multiSpecialty | `'multi_specialty'` |

### Clinic

| Field | Type | Notes |
|-------|------|-------|
| id | String | UUID primary key |
| name | String | Required, clinic display name |
| type | ClinicType | Required, from enum |
| inviteCode | String | 8-char uppercase alphanumeric, unique |
"""

CLINIC_MIGRATION = """CREATE TABLE clinics (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL,
  type        text NOT NULL DEFAULT 'general_practice',
  invite_code text NOT NULL UNIQUE
);
"""


def test_an_enum_table_with_a_stored_value_column_and_the_contracts_migration(root: Path) -> None:
    """`| Value | DB column value |`: the stored value (`general_practice`) is the enum's value, not the Dart name; the
    contract's migration of the same table says the name is TEXT, but its DEFAULT does not override the data model's
    "Required"; "8-char" is a length."""
    _draft, fields = read(root, {"specs/004-clinic/data-model.md": CLINIC_MODEL,
                                 "specs/004-clinic/contracts/migration.sql": CLINIC_MIGRATION}, "004-clinic")
    assert fields["type"]["enum_values"] == ["general_practice", "dental", "multi_specialty"]
    assert fields["type"]["required"] is True and fields["type"].get("default") is None
    assert fields["name"]["type"] == "text"
    assert fields["invite_code"]["max_length"] == 8


FRAPPE = """# Data Model: Equipment DocType

## Equipment

### Fields

| Field Name | Type | Required | Unique | Options/Default | Description |
|------------|------|----------|--------|-----------------|-------------|
| naming_series | Select | Yes | - | `EQ-.#####` | Auto-naming series (hidden) |
| **Basic Information** |
| equipment_name | Data | Yes | - | - | Display name |
| equipment_type | Select | No | - | See options below | Category |
| status | Select | No | - | Active | Operational status |
| **Location** |
| current_location | Link | No | - | Address | Physical location |
| documents | Table | No | - | Equipment Document | Attached documents |

### Equipment Type Options

```
(empty)
Vehicle
Electronics
Tools
```

### Rules

1. **status** defaults to "Active" on creation
"""

FRAPPE_API = """openapi: 3.0.0
info: {title: Equipment, version: '1'}
paths: {}
components:
  schemas:
    Equipment:
      type: object
      properties:
        equipment_type:
          type: string
          enum: ["", Vehicle, Electronics, Tools]
        status:
          type: string
          enum: [Active, In Repair, Retired]
"""


def test_a_frappe_doctype_table(root: Path) -> None:
    """A Frappe DocType's fields: `| **Location** |` labels a group of rows (no column), a `Table` field is a child
    table, `naming_series` makes the id; a Select's `(empty)` option is no value; "defaults to \\"Active\\"" gives the
    default of a list only the contract closes."""
    draft, fields = read(root, {"specs/007-equipment/data-model.md": FRAPPE,
                                "specs/007-equipment/contracts/equipment-api.yaml": FRAPPE_API}, "007-equipment")
    assert draft.valid, draft.blocking
    assert sorted(fields) == ["current_location", "equipment_name", "equipment_type", "status"]
    assert fields["equipment_type"]["enum_values"] == ["Vehicle", "Electronics", "Tools"]
    assert fields["status"]["default"] == "Active"


RECIPES = """# Data Model

### 1. `Tag`

```ts
type Tag =
  | 'breakfast'
  | 'vegan';
```

### 2. `IngredientLine`

One ingredient entry within a recipe. Stored as a sub-object of `Recipe`.

```ts
interface IngredientLine {
  id: string;
  name: string;
  quantity: number;
}
```

### 3. `Recipe`

```ts
interface Recipe {
  id: string;
  title: string;
  tags: Tag[];
  ingredients: IngredientLine[];
  author: Author;
}
```
"""


def test_arrays_of_a_string_union_and_of_a_sub_object(root: Path) -> None:
    """`tags: Tag[]` over `type Tag = 'breakfast' | 'vegan'` is a list of strings; `ingredients: IngredientLine[]`, a
    type "Stored as a sub-object of `Recipe`", is the recipe's JSON (its own `id` notwithstanding); `author: Author`, a
    type the spec does not show, stays a reference."""
    _draft, fields = read(root, {"specs/001-recipes/data-model.md": RECIPES}, "001-recipes")
    assert fields["tags"]["type"] == "list[str]" and fields["ingredients"]["type"] == "json"
    assert "author" not in fields


def test_a_positive_integer_is_at_least_one(root: Path) -> None:
    """`servings: number; // Positive integer`: ge 1 (the generated backend answers 422 for 0); a positive float and a
    "positive or zero" count say no whole floor of 1."""
    model = ("# Data Model\n\n### Recipe\n\n```ts\ninterface Recipe {\n  id: string;\n  title: string;\n"
             "  servings: number;       // Positive integer\n  skipped: number;        // Count of skips, positive or zero\n"
             "  rating: number;         // Positive decimal\n}\n```\n")
    _draft, fields = read(root, {"specs/001-recipes/data-model.md": model}, "001-recipes")
    assert fields["servings"]["type"] == "int" and fields["servings"]["ge"] == 1
    assert fields["skipped"].get("ge") is None and fields["rating"].get("ge") is None


def test_a_date_in_a_mongodb_data_model_is_a_moment(root: Path) -> None:
    """`**Storage**: MongoDB` atop the model: its `date | null` is JavaScript's Date, a date and time; with no such
    storage line a `date` stays a date."""
    table = ("## 1. `vehicles` collection\n\n| Field | Type | Notes |\n|-------|------|--------|\n| `vehicleId` | string (UUID) | key |\n"
             "| `plate` | string | Unique |\n| `decommissionedAt` | date \\| null | Existing |\n")
    _draft, fields = read(root, {"specs/008-vehicles/data-model.md": "# Data Model\n\n**Storage**: MongoDB\n\n" + table}, "008-vehicles")
    assert fields["decommissioned_at"]["type"] == "datetime"
    other = root.parent / "other"
    other.mkdir()
    _draft, fields = read(other, {"specs/008-vehicles/data-model.md": "# Data Model\n\n**Storage**: PostgreSQL\n\n" + table}, "008-vehicles")
    assert fields["decommissioned_at"]["type"] == "date"


def test_a_code_quoted_table_a_dash_and_its_columns(root: Path) -> None:
    """`- \\`pedidos\\` — numero (...), project_id, ..., confirmado_at/confirmado_por (remark), ...` under a heading
    that names a flow: the table `pedidos` and its columns (a pair joined by a slash is two); a field bullet with a
    dash and a description is no table."""
    model = ("# Modelo de datos\n\n## Flujo de pedido\n\n"
             "- `pedidos` — numero (`PED-YYYY-NNN`, unique), project_id, solicitante_user_id, fecha_requerida, "
             "confirmado_at/confirmado_por (confirmación del resumen), cancelado_motivo.\n"
             "- `pedido_items` — pedido_id, descripcion, cantidad numeric, unidad, notas.\n\n"
             "## Campos\n\n- `notas` — texto libre, opcional, sin límite\n")
    api = ("# API\n\n### `GET /api/revisiones`\n\nQuery: `estado` (`pendiente|resuelta`, default `pendiente`), `tipo?`.\n")
    _draft, fields = read(root, {"docs/specs/data-model.md": model, "docs/specs/portal-api.md": api}, "pedido")
    assert list(fields) == ["numero", "project_id", "solicitante_user_id", "fecha_requerida", "confirmado_at",
                            "confirmado_por", "cancelado_motivo"]
    assert fields["numero"]["unique"] is True and fields["confirmado_at"]["type"] == "datetime"


def test_a_query_lines_default_is_no_columns(root: Path) -> None:
    """`Query: \\`estado\\` (\\`pendiente|resuelta\\`, default \\`pendiente\\`)` under another resource's route: a filter's
    default, not the `estado` column's."""
    model = ("# Data model\n\n### pedidos\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| id | uuid | PK |\n"
             "| numero | text | unique |\n| estado | text | estado del pedido |\n")
    api = "# API\n\n### `GET /api/revisiones`\n\nQuery: `estado` (`pendiente|resuelta`, default `pendiente`), `tipo?`.\n"
    _draft, fields = read(root, {"docs/specs/data-model.md": model, "docs/specs/portal-api.md": api}, "pedido")
    assert fields["estado"].get("default") is None


def test_a_table_bullet_over_its_column_bullets(root: Path) -> None:
    """`- \\`clients\\` table (existing):` over `- \\`client_id\\` (PK)`, `- \\`name\\``...: the clients' columns, whatever
    the capability folder is called; its own key is the generated id."""
    design = ("# Client Management Design\n\n## Data Model\n- `clients` table (existing):\n  - `client_id` (PK)\n"
              "  - `name`\n  - `contact_info`\n  - `active`\n  - `created_at`\n")
    draft, fields = read(root, {"openspec/changes/implement-client-crud/design.md": design,
                                "openspec/changes/implement-client-crud/specs/client-management/spec.md":
                                    "# client-management\n\n## ADDED Requirements\n\n### Requirement: Create client\n"}, "client")
    assert draft.spec["name"] == "client" and sorted(fields) == ["active", "contact_info", "name"]


def test_a_literal_type_and_a_location_object(root: Path) -> None:
    """`| currency | \\`CNY\\` | yes |` holds that one value (an enum of one); `| pickupLocation | CityLocation | yes |`, a
    type the spec does not define, is an object kept whole (json), not a blocking unknown type."""
    model = ("# Data Model\n\n## Collections\n\n### item_requests\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
             "| `_id` | string | yes | document id |\n| `title` | string | yes | |\n| `currency` | `CNY` | yes | MVP currency |\n"
             "| `pickupLocation` | CityLocation | yes | City required |\n")
    draft, fields = read(root, {"docs/architecture/data-model.md": model}, "item_request")
    assert draft.valid, draft.blocking
    assert fields["currency"]["type"] == "enum" and fields["currency"]["enum_values"] == ["CNY"]
    assert fields["pickup_location"]["type"] == "json"


def test_conventions_that_make_every_key_a_uuid_type_the_bare_references(root: Path) -> None:
    """"Convenciones: snake_case, PK `id uuid default gen_random_uuid()`" above `- \\`pedidos\\` — numero, project_id,
    ...`: the untyped `project_id` refers to such a key (uuid); without that line it stays a str."""
    lines = "- `pedidos` — numero (unique), project_id, solicitante_user_id, fecha_requerida, cerrado_at.\n"
    conventions = "Convenciones: snake_case, PK `id uuid default gen_random_uuid()`, timestamps `created_at`.\n\n"
    _draft, fields = read(root, {"docs/specs/data-model.md": "# Modelo\n\n" + conventions + "## Pedidos\n\n" + lines}, "pedido")
    assert fields["project_id"]["type"] == "uuid" and fields["solicitante_user_id"]["type"] == "uuid"
    assert fields["numero"]["type"] == "str"
    other = root.parent / "other"
    other.mkdir()
    _draft, fields = read(other, {"docs/specs/data-model.md": "# Modelo\n\n## Pedidos\n\n" + lines}, "pedido")
    assert fields["project_id"]["type"] == "str"


def test_a_column_whose_values_are_in_the_file_it_names(root: Path) -> None:
    """`estado (enum de state-machine.md)`: the values are the first table of that file whose rows start with a
    code-quoted value; a note naming no file leaves the column a str."""
    model = "# Modelo\n\n## Pedidos\n\n- `pedidos` — numero (unique), project_id, estado (enum de state-machine.md), urgencia (ver notas), cerrado_at.\n"
    machine = ("# Máquina de estados\n\n## Estados\n\n| Estado | Significado |\n|---|---|\n| `borrador` | creado |\n"
               "| `cotizando` | RFQs enviadas |\n| `cerrado` | terminal |\n")
    _draft, fields = read(root, {"docs/specs/data-model.md": model, "docs/specs/state-machine.md": machine}, "pedido")
    assert fields["estado"]["type"] == "enum" and fields["estado"]["enum_values"] == ["borrador", "cotizando", "cerrado"]
    assert fields["urgencia"]["type"] == "str"


def test_sqlite_idioms_for_booleans_stamps_and_quoted_values(root: Path) -> None:
    """SQLite has no boolean and no datetime: `activo INTEGER ... CHECK (activo IN (0, 1))` is a bool (unless each code
    names a state of its own), `creado_en TEXT DEFAULT (datetime('now'))` is the generated created_at, `eliminado_en
    TEXT` and a `date TEXT` hold a point in time and a day; a quoted CHECK value keeps its `%`; `title_en` stays text."""
    ddl = ("# Esquema\n\n```sql\nCREATE TABLE pedidos (\n    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
           "    cliente TEXT NOT NULL,\n    title_en TEXT,\n    date TEXT NOT NULL,\n"
           "    activo INTEGER NOT NULL DEFAULT 1,\n    genero INTEGER CHECK (genero IN (0, 1)), -- 0 = male, 1 = female\n"
           "    estado_pago TEXT NOT NULL DEFAULT 'Pendiente',\n    eliminado_en TEXT DEFAULT NULL,\n"
           "    creado_en TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),\n    actualizado_en TEXT,\n"
           "    CONSTRAINT chk_estado_pago CHECK(estado_pago IN ('Pendiente', 'Anticipo 50%', 'Liquidado')),\n"
           "    CONSTRAINT chk_activo CHECK(activo IN (0, 1))\n);\n```\n")
    draft, fields = read(root, {"docs/database/schema.md": ddl}, "pedido")
    assert draft.valid, draft.blocking
    assert fields["activo"]["type"] == "bool" and fields["activo"]["default"] is True
    assert fields["genero"]["type"] == "enum" and fields["genero"]["enum_values"] == [0, 1]  # two codes, each a state
    assert fields["estado_pago"]["enum_values"] == ["Pendiente", "Anticipo 50%", "Liquidado"]
    assert fields["eliminado_en"]["type"] == "datetime" and fields["date"]["type"] == "date"
    assert fields["title_en"]["type"] == "text"
    assert "creado_en" not in fields and "actualizado_en" not in fields


def test_an_interface_whose_create_request_says_what_the_client_sends(root: Path) -> None:
    """A TypeScript interface marks no member optional (`deletedAt: Date | null` is present, its value null); the
    contract's `CreateCharacterRequest` lists `required: [name, classes]`: `hitPoints` it carries unlisted, and
    `armorClass` it never carries, are optional; the response's `type: integer` makes JavaScript's number an int; a
    member written as `[ { ... } ]` is a list of objects (json)."""
    model = ("# Data Model\n\n## Character\n\n```typescript\ninterface Character {\n  _id: ObjectId;\n  userId: ObjectId;\n"
             "  name: string;\n  classes: [\n    {\n      classId: ObjectId;\n      level: number;\n    }\n  ];\n"
             "  hitPoints: number;\n  armorClass: number;      // Auto-calculated\n  weight: number;\n"
             "  deletedAt: Date | null;\n}\n```\n")
    contract = ("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /characters:\n    post:\n      requestBody:\n"
                "        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/CreateCharacterRequest'}\n"
                "      responses:\n        '201':\n          description: ok\n          content:\n            application/json:\n"
                "              schema: {$ref: '#/components/schemas/CharacterResponse'}\ncomponents:\n  schemas:\n"
                "    CreateCharacterRequest:\n      type: object\n      required: [name, classes]\n      properties:\n"
                "        name: {type: string}\n        classes: {type: array, items: {type: object}}\n"
                "        hitPoints: {type: integer}\n        weight: {type: number}\n    CharacterResponse:\n      type: object\n"
                "      properties:\n        name: {type: string}\n        armorClass: {type: integer}\n        weight: {type: number}\n")
    draft, fields = read(root, {"specs/003-characters/data-model.md": model,
                                "specs/003-characters/contracts/characters-api.yaml": contract}, "character")
    assert draft.valid, draft.blocking
    assert fields["classes"]["type"] == "json" and fields["classes"]["required"] is True
    assert fields["name"]["required"] is True
    assert fields["hit_points"]["required"] is False and fields["armor_class"]["required"] is False
    assert fields["armor_class"]["type"] == "int" and fields["weight"]["type"] == "float"


def test_whole_numbers_and_a_hooks_result_in_typescript(root: Path) -> None:
    """`energy: number; // 1..5` is a whole-number scale and `durationMin: number` whole minutes (while `priceMin`
    stays a float, a lower bound); a composable's `interface UseSessionReturn` is no entity."""
    model = ("# Data Model\n\n```typescript\ninterface Session {\n  id: string;\n  durationMin: number;\n"
             "  energy: number; // 1..5\n  priceMin: number;\n  notes: string;\n}\n\n"
             "interface UseSessionReturn {\n  sessions: Ref<Session[]>;\n  isLoading: Ref<boolean>;\n  error: Ref<string | null>;\n"
             "  retryCount: Ref<number>;\n  lastSyncedAt: Ref<string>;\n  pageSize: Ref<number>;\n}\n```\n")
    _draft, fields = read(root, {"docs/data-model.md": model}, "study-time")
    assert "is_loading" not in fields and "notes" in fields  # (the session itself, named apart from login sessions)
    assert fields["duration_min"]["type"] == "int" and fields["price_min"]["type"] == "float"
    assert fields["energy"]["type"] == "int" and (fields["energy"]["ge"], fields["energy"]["le"]) == (1, 5)


def test_a_typescript_string_whose_comment_says_iso_date_or_timestamp(root: Path) -> None:
    """`expirationDate: string; // ISO date, REQUIRED` is a date, `// YYYY-MM-DD` too; `// ISO 8601` and
    `// ISO timestamp` are moments; `// ISO 4217 code` and `// Isolated copy` say nothing of time."""
    model = ("# Data Model\n\n```typescript\ninterface PantryItem {\n  itemId: string;\n  name: string;\n"
             "  expirationDate: string; // ISO date, REQUIRED\n  boughtOn?: string; // YYYY-MM-DD\n"
             "  openedAt?: string; // ISO 8601\n  checkedWhen?: string; // ISO timestamp\n"
             "  currency: string; // ISO 4217 code\n  shelf: string; // Isolated copy of the shelf name\n}\n```\n")
    _draft, fields = read(root, {"docs/data-model.md": model}, "pantry-item")
    assert [fields[n]["type"] for n in ("expiration_date", "bought_on", "opened_at", "checked_when", "currency", "shelf")] == [
        "date", "date", "datetime", "datetime", "str", "str"]


def test_jvm_enums_with_constructor_arguments_and_a_kotlin_members_comment(root: Path) -> None:
    """Java's `GRADE_1("Grade 1", 1), ...; private final String displayName;`: the constants are the values, the
    enum's own members are not. A Kotlin `val difficulty: String, // Difficulty enum: EASY, MEDIUM, HARD` is that enum,
    and the comment belongs to its own line's member only (not to the next one, `icon`)."""
    java = ("# Data Model\n\n```java\n@Entity\npublic class SchoolClass {\n    @Id\n    private UUID id;\n"
            "    @Column(nullable = false, length = 100)\n    private String name;\n"
            "    @Enumerated(EnumType.STRING)\n    @Column(nullable = false)\n    private GradeLevel gradeLevel;\n}\n\n"
            "public enum GradeLevel {\n    // Primary\n    GRADE_1(\"Grade 1\", 1),\n    GRADE_2(\"Grade (2)\", 2),\n"
            "    GRADE_3(\"Grade 3\", 3);\n\n    private final String displayName;\n    private final int level;\n}\n```\n")
    _draft, fields = read(root / "java", {"specs/001-classes/data-model.md": java}, "school_class")
    assert fields["grade_level"]["type"] == "enum" and fields["grade_level"]["enum_values"] == ["GRADE_1", "GRADE_2", "GRADE_3"]
    kotlin = ("# Data Model\n\n```kotlin\n@Entity(tableName = \"recipes\")\ndata class Recipe(\n"
              "    @PrimaryKey(autoGenerate = true)\n    val id: Long = 0,\n    val name: String,\n"
              "    val type: String, // RecipeType enum: MEAT, VEG, SOUP\n    val icon: String,\n"
              "    val difficulty: String, // Difficulty enum: EASY, MEDIUM, HARD\n    val minutes: Int\n)\n```\n")
    _draft, fields = read(root / "kotlin", {"specs/001-recipes/data-model.md": kotlin}, "recipe")
    assert fields["difficulty"]["enum_values"] == ["EASY", "MEDIUM", "HARD"]
    assert fields["type"]["enum_values"] == ["MEAT", "VEG", "SOUP"] and fields["icon"]["type"] == "str"


def test_a_plain_java_class_of_fields_is_an_entity(root: Path) -> None:
    """A design's `public class Appointment { String id; String appointmentNo; // 预约单号 ... }`, with no annotation
    and no access modifiers, is the entity's shape (a `// PENDING/DONE` comment lists its codes); a class with a method
    is behaviour, not a table."""
    design = ("# Design\n\n### Appointment\n```java\npublic class Appointment {\n    String id;\n"
              "    String appointmentNo;   // 预约单号\n    String doctorId;\n    LocalDate appointmentDate;\n"
              "    String status;          // PENDING/COMPLETED/CANCELLED\n    LocalDateTime createdAt;\n}\n```\n\n"
              "```java\npublic class AppointmentService {\n    String name;\n    int retries;\n    String zone;\n"
              "    void book(String id) { }\n}\n```\n")
    draft, fields = read(root, {".kiro/specs/appointment-booking/design.md": design}, "appointment")
    assert draft.spec["name"] == "appointment"
    assert list(fields) == ["appointment_no", "doctor_id", "appointment_date", "status"]
    assert fields["appointment_date"]["type"] == "date"
    assert fields["status"]["enum_values"] == ["PENDING", "COMPLETED", "CANCELLED"]


def test_a_json_array_of_named_objects_and_a_name_templated_with_a_date(root: Path) -> None:
    """`TEXT | JSON array of Rect objects` holds objects (json), not strings; a name built as
    `"{work_order} - {YYYY-MM-DD}"` is text that contains a date, not a date."""
    model = """# Data Model

## highlights

| Column | Type | Constraints | Notes |
|---|---|---|---|
| `id` | TEXT | PK | |
| `name` | TEXT | NOT NULL | Display name: "{work_order} - {YYYY-MM-DD}" |
| `rects` | TEXT | NOT NULL | JSON array of `Rect` objects defining highlight bounds. |
| `tags` | TEXT | | JSON array of tag names |
| `taken_on` | TEXT | | Day it was taken (YYYY-MM-DD) |
"""
    _draft, fields = read(root, {"specs/001-reader/data-model.md": model}, "highlight")
    assert [fields[n]["type"] for n in ("name", "rects", "tags", "taken_on")] == ["text", "json", "list[str]", "date"]


def test_a_64_bit_integer_keeps_its_range(root: Path) -> None:
    """`BIGINT`, Kotlin's `Long` and epoch milliseconds hold values past 2147483647 (a millisecond timestamp is
    1764900000000): the draft bounds them by the 64-bit range, exactly, so the backend stores them in a BIGINT and
    the API takes them; a plain `INTEGER` keeps the 32-bit default."""
    model = """# Data Model

## recipes

| Field | Type | Constraints | Description |
|---|---|---|---|
| id | Long | PRIMARY KEY | |
| name | String | NOT NULL | |
| lastModified | Long | NOT NULL | last change |
| views | BIGINT | | |
| lastSync | Int | | epoch ms of the last sync |
| servings | INTEGER | NOT NULL | |
"""
    draft, fields = read(root, {"specs/001-recipes/data-model.md": model}, "recipe")
    assert draft.blocking == []
    for name in ("last_modified", "views", "last_sync"):
        assert (fields[name]["ge"], fields[name]["le"]) == (-(2**63), 2**63 - 1), name
        assert isinstance(fields[name]["le"], int)
    assert "le" not in fields["servings"]


def test_codes_beside_a_string_type_and_ectos_inserted_at(root: Path) -> None:
    """`position`: String (QB, RB, WR, TE, K, DEF) holds one of those codes (an enum); `String (UUID, FK, indexed)`
    names no values (a uuid, held as a string); Ecto's `inserted_at` beside `updated_at` is the generated created_at."""
    model = ("# Data Model\n\n## Player\n\n**Fields**:\n- `name`: String\n- `position`: String (QB, RB, WR, TE, K, DEF)\n"
             "- `team_ref`: String (UUID, FK, Indexed)\n- `inserted_at`: DateTime\n- `updated_at`: DateTime\n")
    _draft, fields = read(root, {"specs/001-fantasy/data-model.md": model}, "player")
    assert fields["position"]["type"] == "enum" and fields["position"]["enum_values"] == ["QB", "RB", "WR", "TE", "K", "DEF"]
    assert fields["team_ref"]["type"] == "uuid" and "inserted_at" not in fields  # (a string that holds a uuid)


CHANNELS = """# Database Specification

## Core Entities

### Channel

A channel represents a curated, linear broadcast.

Required fields:
- id (unique identifier)
- slug (public identifier, stable)
- title
- is_public (boolean)
- created_at

Admin-managed fields:
- highlight_order (integer, nullable) - Explicit ordering for highlight channels

Optional profile fields:
- avatar_url (square image URL for channel icon)
- curator_bio (short bio/description of the curator)
- social_links (JSON object with social media links)
"""


def test_lists_opened_by_required_and_optional_labels_give_their_items_presence(root: Path) -> None:
    """Bare names, some with what they hold in parentheses (`slug (public identifier, stable)`), under 'Required
    fields:' and 'Optional profile fields:': each is a column, and the label says whether it must be sent."""
    draft, fields = read(root, {"specs/database.md": CHANNELS}, "channel")
    assert list(fields) == ["slug", "title", "is_public", "highlight_order", "avatar_url", "curator_bio",
                            "social_links"], draft.diagnostics
    assert [fields[n]["required"] for n in fields] == [True, True, True, False, False, False, False]
    assert fields["social_links"]["type"] == "json" and fields["highlight_order"]["type"] == "int"
    assert fields["slug"]["description"] == "public identifier, stable"


ARCHIVE = """# MongoDB Schema Collection Design

## 1. Users Collection (`users`)

```json
{
  "_id": "ObjectId",
  "email": { "type": "String", "required": true, "unique": true }
}
```

## 2. Documents Collection (`documents`)

```json
{
  "_id": "ObjectId",
  "title": {
    "type": "String",
    "required": true,
    "trim": true
  },
  "size": {
    "type": "Number",
    "required": true // Dalam bytes, e.g. 1,024
  },
  "tags": [{
    "type": "String",
    "index": true
  }],
  "uploadedBy": {
    "type": "ObjectId",
    "ref": "User",
    "required": true
  },
  "status": { "type": "String", "enum": ["draft", "final"], "default": "draft" },
  "isEncrypted": {
    "type": "Boolean",
    "default": false
  }
}
```

## 3. Audit Logs Collection (`audit_logs`)

```json
{
  "_id": "ObjectId",
  "action": { "type": "String", "required": true },
  "targetDocumentId": { "type": "ObjectId", "ref": "Document" }
}
```
"""


def test_a_mongoose_schema_written_as_json_with_comments_under_a_collection_heading(root: Path) -> None:
    """`## 2. Documents Collection (\\`documents\\`)` over a ```json fence of SchemaType options, `"type": "String"`,
    with `//` comments JSON does not allow: each collection is an entity, its options its presence, closed lists,
    defaults and indexes; `[{ "type": "String" }]` is a list of strings."""
    draft, fields = read(root, {"docs/mongodb-schema.md": ARCHIVE}, "document")
    assert draft.spec["name"] == "document" and draft.spec["plural"] == "documents", draft.diagnostics
    assert list(fields) == ["title", "size", "tags", "uploaded_by", "status", "is_encrypted"]
    assert [fields[n]["required"] for n in fields] == [True, True, False, True, False, False]
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["index"] is True
    assert fields["status"]["enum_values"] == ["draft", "final"] and fields["status"]["default"] == "draft"
    assert fields["is_encrypted"]["default"] is False
    assert any("AuditLogs" in d for d in draft.diagnostics)  # (the section's heading names it, not the title)


SUBSCRIPTIONS = """# Drizzle schema

```sql
CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  tenant_id text NOT NULL UNIQUE,
  status text NOT NULL,
  notes text,
  metadata text
);
```

Timestamps are integer milliseconds; JSON columns (`features`, `metadata`, `line_items`) are stored as JSON text.
"""


def test_prose_that_names_text_columns_as_json_makes_them_json(root: Path) -> None:
    """`metadata text` in the DDL, and a sentence after it: 'JSON columns (`features`, `metadata`, ...) are stored as
    JSON text'. The column holds a JSON document; `notes`, which no sentence names, stays text."""
    draft, fields = read(root, {"docs/schema.md": SUBSCRIPTIONS}, "subscription")
    assert fields["metadata"]["type"] == "json", draft.diagnostics
    assert fields["notes"]["type"] == "text" and fields["status"]["type"] == "text"
    assert any("metadata: json, as docs/schema.md:13" in d for d in draft.diagnostics), draft.diagnostics


def test_a_number_or_a_quoted_word_is_a_string_and_korean_sigak_is_a_moment(root: Path) -> None:
    """`number | "NV" | null`: a vintage year, or 'NV'; only a string holds both. `시각` (a moment) types a column
    the way `일시` does: a datetime, where the reader used to stop and ask."""
    wine = ("# Data Model\n\n## WineRecord\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
            "| `name` | string | ✓ | |\n| `vintage` | number \\| \"NV\" \\| null | | 収穫年 |\n| `rating` | number \\| null | | |\n")
    _draft, fields = read(root, {"specs/001-record-wine/data-model.md": wine}, "001-record-wine")
    assert fields["vintage"]["type"] == "str" and fields["rating"]["type"] == "float"
    logs = ("# 데이터 모델\n\n## 7. 검색 시도 로그 (`search_attempt_logs`)\n\n| 필드 | 타입 | 제약 | 설명 |\n|---|---|---|---|\n"
            "| id | UUID | PK | 식별자 |\n| tester_id | UUID | Not Null | 테스터 |\n| attempted_at | 시각 | Not Null | 시도 시각 |\n"
            "| source | 문자열 | Not Null | 소스 |\n")
    draft, fields = read(root / "logs", {"specs/001-search/data-model.md": logs}, "search_attempt_log")
    assert fields["attempted_at"]["type"] == "datetime" and fields["attempted_at"]["required"], draft.diagnostics


POINTS = """# Data Model

### PointEntry (Team-level — the only table the leaderboard reads)

| Field | Type | Notes |
|---|---|---|
| `id` | `String @id` | |
| `activityId` | `String` | FK → Activity |
| `criterionId` | `String` | FK → Criterion |
| `teamId` | `String` | FK → Team |
| `points` | `Int` | |
| `note` | `String?` | optional coordinator note |
| `supersedesId` | `String? @unique` | FK → PointEntry.id (self) |

Indexes: `[teamId]`, `[activityId, criterionId, teamId]`.
"""


def test_prisma_attributes_after_an_optional_type_and_bracketed_index_lists(root: Path) -> None:
    """`String? @unique` may be empty, the attribute after its `?` notwithstanding; 'Indexes: `[teamId]`,
    `[activityId, criterionId, teamId]`' indexes teamId alone, the second being one composite index."""
    draft, fields = read(root, {"specs/data-model.md": POINTS}, "point_entry")
    assert fields["supersedes_id"]["required"] is False and fields["supersedes_id"]["unique"], draft.diagnostics
    assert [n for n in fields if fields[n]["index"]] == ["team_id"]
    assert fields["activity_id"]["required"] and fields["points"]["required"]


def test_index_list_items_whose_label_is_in_code_quotes(root: Path) -> None:
    """'- `INDEX`: `status` (filter by subscription status)' under **Indexes**: the label in code quotes says what
    the item is, as `- INDEX: status` does."""
    model = ("# Data Model\n\n## Table 1: Subscription\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| `id` | String(PK) | Primary Key | |\n| `plan_tier` | String | NOT NULL | |\n| `status` | String | NOT NULL | |\n"
             "| `trial_end_date` | DateTime(TZ) | Nullable | |\n\n**Indexes**:\n- `PRIMARY KEY`: `id`\n"
             "- `INDEX`: `status` (filter by subscription status)\n- `INDEX`: `trial_end_date` (find expiring trials)\n")
    draft, fields = read(root, {"specs/011-billing/data-model.md": model}, "subscription")
    assert [n for n in fields if fields[n]["index"]] == ["status", "trial_end_date"], draft.diagnostics


def test_null_said_before_a_japanese_particle_marks_the_one_column_that_may_be_empty(root: Path) -> None:
    """`FK → ShiftSlot（NULLなら休み希望）`: NULL means a day-off request, written with no space before the particle;
    the one column a table says may be empty makes the unmarked ones required. `block_def_id=null이면` is a condition
    on another column, which says nothing of this one."""
    plan = ("# シフト作成 設計\n\n### StaffRequest（スタッフ希望）\n\n| カラム | 型 | 説明 |\n|---|---|---|\n| id | int | PK |\n"
            "| staff_id | int | FK → Staff |\n| date | date | 対象日 |\n| shift_slot_id | int | FK → ShiftSlot（NULLなら休み希望） |\n"
            "| type | str | \"preferred\"（希望）/ \"unavailable\"（不可） |\n")
    draft, fields = read(root, {"docs/plans/2026-02-09-shift-scheduling-design.md": plan}, "staff_request")
    assert {n: f["required"] for n, f in fields.items()} == {"staff_id": True, "date": True, "shift_slot_id": False,
                                                            "type": True}, draft.diagnostics
    nodes = ("# Schema\n\n### nodes\n\n| 컬럼 | 타입 | 비고 |\n| --- | --- | --- |\n| id | text PK | |\n| name | text | 이름 |\n"
             "| block_def_id | text nullable | null이면 독립 노드 |\n| config | text (JSON) | block_def_id=null이면 완결 config |\n")
    draft, fields = read(root / "nodes", {"specs/schema.md": nodes}, "node")
    assert fields["config"]["required"] and not fields["block_def_id"]["required"], draft.diagnostics


INVOICES = """# Data Model

## Invoice

```typescript
interface Invoice {
  id: string;
  customerId: string;
  invoiceNumber: string;
  status: 'draft' | 'sent' | 'paid';
  dueDate: string; // ISO date
  total: number;
  balance: number;
  notes?: string;
}
```

## Payment

```typescript
interface Payment {
  id: string;
  customerId: string;
  paymentDate: string;
  amount: number;
}
```

## Indexing Strategy

- Customer: `name`, `type`
- Invoice: `customerId`, `status`, `dueDate`
- Payment: `paymentDate`
"""


def test_an_index_list_item_per_table_and_a_balance_held_as_money(root: Path) -> None:
    """'- Invoice: `customerId`, `status`, `dueDate`' under 'Indexing Strategy' indexes each of the Invoice's columns
    on its own (the Payment's line is the Payment's); a `balance: number` is money, kept exact, as `total` is."""
    draft, fields = read(root, {"specs/004-invoices/data-model.md": INVOICES}, "invoice")
    assert [n for n in fields if fields[n]["index"]] == ["customer_id", "status", "due_date"], draft.diagnostics
    assert fields["balance"]["type"] == "decimal" and fields["total"]["type"] == "decimal"


ORDERS = """# Domain model

IDs are `Long`, generated by the database, unless noted otherwise.

## Overview

| Object   | Kind       | Table               | Purpose                         |
|----------|------------|---------------------|---------------------------------|
| Branch   | entity     | `branches`          | Company office in a city        |
| Client   | entity     | `clients`           | Company or person               |
| Order    | entity     | `orders`            | One repair job                  |
| Costs    | embeddable | columns of `orders` | Estimated or actual costs       |

## Entities

### Branch

| Field | Type   | Notes    |
|-------|--------|----------|
| name  | String | required |
| city  | String |          |

### Order

| Field          | Type    | Notes                                  |
|----------------|---------|----------------------------------------|
| orderNumber    | String  | Unique                                 |
| branch         | Branch  | Optional, set by the office            |
| client         | Client  | Required once submitted                |
| description    | String  | required                               |
| estimatedCosts | Costs   | Used for the quote                     |

### Costs

| Field     | Type       | Notes |
|-----------|------------|-------|
| km        | BigDecimal |       |
| workHours | BigDecimal |       |
"""


def test_a_field_typed_by_an_entity_an_overview_stores_in_its_own_table_holds_its_key(root: Path) -> None:
    """`branch | Branch` where the overview says Branch is an entity in `branches` and 'IDs are `Long`': a reference,
    holding the Branch's key (an integer), not a copy of the branch kept as JSON; `Costs`, an embeddable, stays
    JSON. 'Required once submitted' is a condition on the order's status, not a column every create must send."""
    draft, fields = read(root, {"specs/domain-model.md": ORDERS}, "order")
    assert {n: f["type"] for n, f in fields.items()} == {"order_number": "str", "branch": "int", "client": "int",
                                                         "description": "str", "estimated_costs": "json"}, draft.diagnostics
    assert fields["client"]["required"] is False and fields["description"]["required"] is True


def test_a_parenthesised_type_note_its_enum_default_and_a_gin_index_on_a_column(root: Path) -> None:
    """`priority` (Enum: 'low', 'medium', 'high', Default: 'medium', Indexed): three values, not 'Indexed' too;
    `tags` (JSON array of strings, ...): a list of strings; 'GIN index on `tags` (JSONB)' indexes the column (the
    parentheses name its type, not a table's column list), as a GIN index on `tags_str` in SQL does."""
    model = ("# Data Model\n\n## Entity: Todo\n\n### Fields\n\n- `title` (String, 1-500 chars, Required)\n"
             "- `priority` (Enum: 'low', 'medium', 'high', Default: 'medium', Indexed)\n"
             "- `tags` (JSON array of strings, Default: [], Max 10 tags)\n\n### Indexes\n- Primary key: `id`\n"
             "- GIN index on `tags` (JSONB) for efficient tag-based queries\n")
    draft, fields = read(root, {"specs/phase-2/data-model.md": model}, "todo")
    assert fields["priority"]["enum_values"] == ["low", "medium", "high"] and fields["priority"]["default"] == "medium"
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["index"], draft.diagnostics
    sql = ("# Data Model\n\n```sql\nCREATE TABLE task (\n  id SERIAL PRIMARY KEY,\n  title VARCHAR(200) NOT NULL,\n"
           "  tags_str VARCHAR(255)\n);\n-- For filtering by tags (GIN index for array-like operations)\n"
           "CREATE INDEX idx_task_tags ON task USING gin(tags_str);\n```\n")
    _draft, fields = read(root / "sql", {"specs/001-tags/data-model.md": sql}, "task")
    assert fields["tags_str"]["index"] and not fields["title"]["index"]


EVENTS_DESIGN = """# Design

## Data Models

```typescript
interface EventSchema {
  id: string;              // text, PK, nanoid
  eventSeriesId: string;   // text, FK → event_series.id, ON DELETE RESTRICT
  name: string;            // text, NOT NULL
  edition: number | null;  // integer, 回次
  venue: string | null;    // text, 会場
  code: string | null;     // varchar(12), 略称
  startDate: string | null; // text, YYYY-MM-DD
  createdAt: Date;
  updatedAt: Date;
}
```

```mermaid
erDiagram
    EVENTS {
        string id PK
        string eventSeriesId FK
        string name
        int edition
        string venue
        string code
        string startDate
    }
```
"""


def test_an_interface_named_for_its_table_with_sql_types_in_its_comments(root: Path) -> None:
    """`interface EventSchema` defines the table the ER drawing calls `EVENTS`: it is read with the drawing, and wins,
    having the more to say. Its comments open with the column's SQL type: `// text, 会場` is a TEXT column,
    `// text, YYYY-MM-DD` a date held as text, `// varchar(12)` a string of at most 12; `eventSeriesId: string`
    (no `| null`) must be sent."""
    draft, fields = read(root, {".kiro/specs/event-management/design.md": EVENTS_DESIGN}, "event")
    assert {n: f["type"] for n, f in fields.items()} == {
        "event_series_id": "str", "name": "text", "edition": "int", "venue": "text", "code": "str",
        "start_date": "date"}, draft.diagnostics
    assert fields["code"]["max_length"] == 12
    assert fields["event_series_id"]["required"] and fields["name"]["required"] and not fields["venue"]["required"]


PET_LOOKUPS = """# Spec: MVP Core Data Model

## Entities

### Species (code-only lookup)
| field | type | notes |
|---|---|---|
| code | text PK | seeded: `DOG`, `CAT` |
| label | text | |

### Breed (reference; names localized in app i18n by `code`)
| field | type | notes |
|---|---|---|
| id | UUIDv7 PK | |
| code | text | **UNIQUE** |
| speciesCode | FK → Species | |

### Pet
| field | type | notes |
|---|---|---|
| id | UUIDv7 PK | |
| name | text | |
| speciesCode | FK → Species | **required** |
| breedId | FK → Breed | **nullable** (mixed/unknown) |
"""


def test_references_take_the_key_type_of_what_they_point_to_even_a_lookups_text_code(root: Path) -> None:
    """`### Breed (reference; names localized in app i18n by \\`code\\`)`: a remark after the name, whose code span
    names a column, not the table; so `breedId | FK → Breed` finds the Breed and its UUID key. `speciesCode | FK →
    Species` points at a lookup keyed by `code text PK`: it holds that text."""
    draft, fields = read(root, {"docs/specs/data-model.md": PET_LOOKUPS}, "pet")
    assert {n: f["type"] for n, f in fields.items()} == {"name": "text", "species_code": "text", "breed_id": "uuid"}, \
        draft.diagnostics
    assert any("Breed (docs/specs/data-model.md" in d for d in draft.diagnostics)


def test_an_architecture_document_whose_drizzle_tables_are_the_schema(root: Path) -> None:
    """`docs/architecture.md`, named for nothing the reader knows, holds the app's Drizzle `pgTable(...)` calls: the
    docs folder is the spec folder and the table is read from the code."""
    architecture = ("# Architecture\n\nNext.js and Drizzle on Neon.\n\n## Data model\n\n```ts\n"
                    "export const orderStatus = pgEnum('order_status', ['pending', 'paid', 'cancelled']);\n\n"
                    "export const orders = pgTable('orders', {\n  id: uuid('id').primaryKey().defaultRandom(),\n"
                    "  email: text('email').notNull(),\n  status: orderStatus('status').notNull().default('pending'),\n"
                    "  totalCents: integer('total_cents').notNull(),\n"
                    "  createdAt: timestamp('created_at').defaultNow().notNull(),\n});\n```\n")
    draft, fields = read(root, {"docs/architecture.md": architecture, "README.md": "# Shop\n"}, "order")
    assert draft.spec["name"] == "order" and list(fields) == ["email", "status", "total_cents"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["pending", "paid", "cancelled"] and fields["total_cents"]["required"]


HR_CONTRACT = """# GraphQL API

```graphql
enum Status { ACTIVE INACTIVE DELETED }
enum Gender { MALE FEMALE OTHER }

type Employee implements Node {
  id: ID!
  employeeCode: String!
  firstName: String, lastName: String
  fullName: String!            # computed
  gender: Gender
  joiningDate: Date!
  status: Status!
  createdAt: Time!
}
```
"""


def test_a_graphql_contract_type_with_interfaces_enums_and_members_sharing_a_line(root: Path) -> None:
    """`type Employee implements Node`: a type all the same; `firstName: String, lastName: String` two members;
    `gender: Gender` takes `enum Gender`'s values; `fullName ... # computed` is resolved, not stored. And 'Queries
    default to `status <> 'deleted'`' is a filter, not the status a new row starts in."""
    notes = ("# Database notes\n\n## Conventions\n- Soft delete via `status = 'deleted'`. Queries default to "
             "`status <> 'deleted'`.\n")
    draft, fields = read(root, {"specs/001-hr/contracts/api.md": HR_CONTRACT, "specs/001-hr/data-model.md": notes},
                         "001-hr")
    assert list(fields) == ["employee_code", "first_name", "last_name", "gender", "joining_date", "status"], \
        draft.diagnostics
    assert fields["gender"]["enum_values"] == ["MALE", "FEMALE", "OTHER"] and fields["joining_date"]["type"] == "date"
    assert "default" not in fields["status"] and fields["status"]["enum_values"] == ["ACTIVE", "INACTIVE", "DELETED"]


def test_a_graphql_schema_document_in_docs_is_the_api_shape(root: Path) -> None:
    """`docs/graphql-schema.md` names what it holds: its types are the API's shapes, as a contract's are, when the
    table document beside it describes the tables without listing their columns."""
    tables = ("# Database Schema\n\nSource: `schemas/employee.sql`.\n\n### `employees`\n"
              "- `employee_code` should be unique per tenant.\n")
    draft, fields = read(root, {"docs/graphql-schema.md": HR_CONTRACT, "docs/database-schema.md": tables}, "employee")
    assert list(fields) == ["employee_code", "first_name", "last_name", "gender", "joining_date", "status"], \
        draft.diagnostics
    assert fields["employee_code"]["required"] and not fields["first_name"]["required"]


def test_a_mongoose_counter_is_a_whole_number_and_a_geo_index_indexes_its_field(root: Path) -> None:
    """`likes: { type: Number, default: 0, min: 0 }`: a count, stored whole (a `precio` Number is money, never a count);
    `lugarSchema.index({ location: '2dsphere' })` is an index on the one field."""
    schema = ("# Mongoose Schemas\n\n```javascript\nconst lugarSchema = new mongoose.Schema({\n"
              "    nombre: { type: String, required: true, maxlength: 100 },\n"
              "    precio: { type: Number, default: 0 },\n    location: { type: Object },\n"
              "    vistas: { type: Number, default: 0, min: 0 },\n    likes: { type: Number, default: 0, min: 0 }\n"
              "}, { timestamps: true });\n\nlugarSchema.index({ location: '2dsphere' });\n\n"
              "module.exports = mongoose.model('Lugar', lugarSchema);\n```\n")
    draft, fields = read(root, {"docs/mongoose-schemas.md": schema, "docs/database-design.md": "# Database design\n"},
                         "lugar")
    assert {n: f["type"] for n, f in fields.items() if n != "location"} == {
        "nombre": "str", "precio": "decimal", "vistas": "int", "likes": "int"}, draft.diagnostics
    assert fields["location"]["index"] and not fields["nombre"]["index"]


MEDIA_MODEL = """# 数据模型：影视资源采集

## 1. ChannelSource

### 业务含义

一个被登记的采集来源。

### 关键字段

| 字段 | 类型倾向 | 说明 |
|------|----------|------|
| id | UUID | 主键 |
| source_key | 字符串 | 来源标识 |
| enabled | 布尔 | 是否参与采集 |
| last_synced_at | 时间 | 最近一次成功采集时间 |

## 2. MediaItem

### 业务含义

去重后的资源主记录，是后续整理与查询的核心聚合根。

### 关键字段

| 字段 | 类型倾向 | 说明 |
|------|----------|------|
| id | UUID | 主键 |
| display_title | 字符串 | 展示标题 |
| media_type | 枚举 | 电影、剧集、未确定 |
| cover_url | 字符串，可空 | 主封面 |
| first_seen_at | 时间 | 首次发现时间 |
"""


def test_chinese_time_columns_enum_terms_and_an_aggregate_root_named_in_a_subsection(root: Path) -> None:
    """'时间' types a moment; an 枚举 whose notes are terms set apart by '、' lists its values; '可空' makes a column
    optional; and the entity a '### 业务含义' paragraph calls the 聚合根 (aggregate root) is the one read, though the
    feature's name names both entities equally."""
    draft, fields = read(root, {"specs/001-channel-media-ingest/data-model.md": MEDIA_MODEL}, "001-channel-media-ingest")
    assert list(fields) == ["display_title", "media_type", "cover_url", "first_seen_at"], draft.diagnostics
    assert fields["media_type"]["type"] == "enum" and fields["media_type"]["enum_values"] == ["电影", "剧集", "未确定"]
    assert fields["first_seen_at"]["type"] == "datetime" and not fields["cover_url"]["required"]
    _draft, sources = read(root, {"specs/001-channel-media-ingest/data-model.md": MEDIA_MODEL}, "ChannelSource")
    assert sources["last_synced_at"]["type"] == "datetime"


WALLET_MODEL = """# Data Model: Carteiras e Transacoes

## Entidades

### Movement

- id: string (uuid)
- walletId: string (Wallet.id)
- kind: "income" | "expense" | "transfer"
- amount: string (decimal > 0)
- date: string (ISO-8601)
- period: null | "daily" | "weekly" | "monthly"
- note: string | null
- createdAt: string
"""


def test_typed_bullets_that_carry_a_decimal_as_a_string_and_a_union_with_null(root: Path) -> None:
    """`amount: string (decimal > 0)` is a decimal the wire carries as a string; `date: string (ISO-8601)` a moment;
    `period: null | "daily" | ...` a closed list that may be left unset (null is no value of it); a union with no null
    is as silent on presence as its neighbours."""
    draft, fields = read(root, {"specs/001-carteiras/data-model.md": WALLET_MODEL}, "Movement")
    assert fields["amount"]["type"] == "decimal" and fields["date"]["type"] == "datetime", draft.diagnostics
    assert fields["period"]["enum_values"] == ["daily", "weekly", "monthly"] and not fields["period"]["required"]
    assert fields["kind"]["required"] == fields["wallet_id"]["required"] is True


TEAM_MODEL = """# 데이터 모델: 팀 보드

## Card (카드)

| 필드 | 타입 | 설명 |
|------|------|------|
| id | string | 고유 식별자 |
| boardId | string | 소속 Board.id |
| title | string | 제목 (필수) |
| summary | string | 설명 (선택) |
| selectedLabel | string | 사용자가 선택한 라벨 |
"""


def test_korean_required_and_optional_words_in_a_notes_cell(root: Path) -> None:
    """'(필수)' marks a field required and '(선택)' optional; '선택한' (chosen) inside a phrase marks nothing."""
    draft, fields = read(root, {"specs/001-team-board/data-model.md": TEAM_MODEL}, "Card")
    assert fields["title"]["required"] and not fields["summary"]["required"], draft.diagnostics
    chosen = RawField(name="selectedLabel", file="x", line=1)
    apply_words(chosen, "사용자가 선택한 라벨")  # ('the label the user chose': a phrase, no mark)
    assert chosen.required is None and chosen.nullable is None


LARAVEL_MODEL = """# Data Model: Ticket Management

Enum values are stored as strings and cast to PHP backed enums.

## Enums (single source of truth)

### TicketState (`App\\\\Enums\\\\TicketState`)

| Value         | Label       | Allowed next          |
|---------------|-------------|-----------------------|
| `open`        | Open        | `in_progress`         |
| `in_progress` | In Progress | `resolved`            |
| `resolved`    | Resolved    | `closed`              |
| `closed`      | Closed      | —                     |

### TicketUrgency (`App\\\\Enums\\\\TicketUrgency`)

`low` Low · `medium` Medium · `high` High. Method: `label()`.

## Tables

### tickets

| Column      | Type                 | Rules                                   |
|-------------|----------------------|-----------------------------------------|
| id          | bigint PK            |                                         |
| subject     | string(255)          | required                                |
| urgency     | string(20)           | `TicketUrgency`; **indexed**            |
| state       | string(20)           | `TicketState`, default `open`           |
| timestamps  |                      |                                         |
"""


def test_a_notes_cell_that_names_an_enum_declared_in_its_own_section(root: Path) -> None:
    """`TicketState`, default `open`: the notes name the enum (a table of values under its heading) and the default,
    not a list of two values; `low` Low · `medium` Medium: values each with its label, set apart by middle dots."""
    draft, fields = read(root, {"specs/001-tickets/data-model.md": LARAVEL_MODEL}, "001-tickets")
    assert fields["state"]["enum_values"] == ["open", "in_progress", "resolved", "closed"], draft.diagnostics
    assert fields["state"]["default"] == "open"
    assert fields["urgency"]["type"] == "enum" and fields["urgency"]["enum_values"] == ["low", "medium", "high"]


TRIP_MODEL = """# Data Model: Trips

### Trip

Owned by a user.

| Field | Type | Constraints |
|-------|------|-------------|
| CityName | string | NOT NULL, max 200 |
| Status | string | one of: Draft, Saved |

**Draft lifecycle**: Trips are persisted as `Draft` immediately upon generation.
"""


def test_persisted_as_a_value_names_the_initial_state(root: Path) -> None:
    draft, fields = read(root, {"specs/001-trips/data-model.md": TRIP_MODEL}, "001-trips")
    assert fields["status"]["default"] == "Draft" and not fields["status"]["required"], draft.diagnostics


STAY_MODEL = """# Data Model: Stays

### StayGuest

```python
@dataclass(frozen=True)
class StayGuest:
    full_name: str | None = None
    email: str | None = None
```

### Stay

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| `id` | `str` | Yes | Stay ID |
| `check_in` | `datetime` | Yes | UTC check-in |
| `note` | `str \\| None` | No | Notes |
| `guest` | `StayGuest \\| None` | No | Guest contact info |
"""


def test_a_field_typed_by_an_object_the_spec_defines_or_none(root: Path) -> None:
    """`StayGuest | None`: an object the spec defines, or nothing; held whole as json, not a type we cannot read."""
    draft, fields = read(root, {"specs/003-stays/data-model.md": STAY_MODEL}, "Stay")
    assert fields["guest"]["type"] == "json" and not fields["guest"]["required"], draft.blocking


def test_a_response_model_said_non_persistent_is_not_the_entity(root: Path) -> None:
    """'## Import report (non-persistent response model)' over `### ImportItem`: an answer's shape, never the table,
    though the feature's name (`dicom-import`) names it more closely than the tables it fills."""
    model = ("# Data Model: DICOM import\n\n## Study\n\n| Field | Type | Notes |\n|---|---|---|\n| id | UUID | PK |\n"
             "| study_uid | VARCHAR(64) | unique |\n| taken_on | DATE | |\n\n## Series\n\n| Field | Type | Notes |\n|---|---|---|\n"
             "| id | UUID | PK |\n| study_id | UUID | FK → studies.id |\n| modality | VARCHAR(16) | |\n\n"
             "## Import report (non-persistent response model)\n\n### ImportItem\n\n- `file_name`: client-visible name.\n"
             "- `code`: machine-readable reason.\n- `message`: user-facing reason.\n")
    draft, fields = read(root, {"specs/002-dicom-import/data-model.md": model, "specs/002-dicom-import/spec.md": "# DICOM import\n"},
                         "002-dicom-import")
    assert "file_name" not in fields and "code" not in fields, draft.diagnostics


def test_columns_an_alter_table_adds_join_the_table(root: Path) -> None:
    """`ALTER TABLE visits ADD COLUMN base_fee ...` after its CREATE TABLE, in the same document or in a second schema
    file beside it, gives the table that column; not one under 'Future Schema Changes', nor a `tsvector` of a search
    index."""
    ddl = ("CREATE TABLE visits (\n  id UUID PRIMARY KEY,\n  reason TEXT NOT NULL\n);\n"
           "ALTER TABLE visits ADD COLUMN search_vector tsvector;\n")
    slice2 = "ALTER TABLE visits\n  ADD COLUMN IF NOT EXISTS base_fee NUMERIC(12, 2),\n  ADD COLUMN overtime_minutes INT NOT NULL DEFAULT 0;\n"
    draft, fields = read(root, {"docs/schema.sql": ddl, "docs/schema-slice2.sql": slice2}, "visit")
    assert list(fields) == ["reason", "base_fee", "overtime_minutes"], draft.diagnostics
    assert fields["base_fee"]["type"] == "decimal" and fields["overtime_minutes"]["default"] == 0
    same = ("# Schema\n\n```sql\nCREATE TABLE notes (\n  id SERIAL PRIMARY KEY,\n  body TEXT NOT NULL\n);\n"
            "ALTER TABLE notes ADD COLUMN pinned BOOLEAN DEFAULT FALSE;\n```\n\n## Future Schema Changes (Not in Phase II)\n\n"
            "```sql\nALTER TABLE notes ADD COLUMN color VARCHAR(10);\n```\n")
    draft, fields = read(root / "b", {"specs/database/schema.md": same}, "note")
    assert list(fields) == ["body", "pinned"], draft.diagnostics


CARS_GRAPHQL = '''type Car {
  id: ID!
  make: String!
  year: Int!
  photo: String!
}

input CreateCarInput {
  make: String!
  year: Int!
  photo: String
}

type Mutation {
  createCar(input: CreateCarInput!): Car!
}
'''


def test_a_graphql_schema_file_in_docs_and_its_create_input(root: Path) -> None:
    """`docs/schema.graphql` is the schema when the docs hold nothing else; `photo: String!` on the type is what the API
    answers, `photo: String` in `input CreateCarInput` says a client may leave it out."""
    draft, fields = read(root, {"docs/schema.graphql": CARS_GRAPHQL}, "car")
    assert list(fields) == ["make", "year", "photo"], draft.diagnostics
    assert fields["make"]["required"] and not fields["photo"]["required"]


def test_index_lists_under_a_chinese_label_and_joined_by_a_word(root: Path) -> None:
    """'建议索引：' (suggested indexes) over one column per bullet (`a + b` is composite); 'Índices: `lawyer_id`,
    `status` e `created_at`': the last column after the word for 'and'."""
    model = ("# 数据库设计\n\n## exercises\n\n| 字段 | 类型 | 必填 | 说明 |\n|---|---|---|---|\n| name | string | 是 | 名称 |\n"
             "| status | string | 是 | 状态 |\n| level | string | 否 | 难度 |\n\n建议索引：\n\n- `name`\n- `status + level`\n\n"
             "## services\n\n| Campo | Tipo | Regras |\n|---|---|---|\n| `assistance` | `String` | |\n| `status` | `String` | |\n"
             "| `finishedAt` → `finished_at` | `DateTime?` | preenchido ao finalizar |\n| `agentId` | FK | |\n\n"
             "Índices: `agent_id`, `status` e `created_at`.\n")
    _draft, fields = read(root, {"docs/数据库设计.md": model}, "exercise")
    assert fields["name"]["index"] and not fields["status"].get("index") and not fields["level"].get("index")
    draft, fields = read(root / "b", {"docs/数据库设计.md": model}, "service")
    assert fields["status"]["index"] and not fields["assistance"].get("index"), draft.diagnostics
    assert "finished_at" in fields and not fields["finished_at"]["required"]  # (`finishedAt` → `finished_at`, DateTime?)


def test_a_column_typed_by_an_enum_an_enumerations_section_declares(root: Path) -> None:
    """'## Enumerations' lists `- \\`session_type\\`: \\`LUNCH\\`, \\`SNACK\\``; `- \\`session\\` session_type not null`
    is a column of that type (the heading names no enum of its own)."""
    model = ("# Data Model\n\n## Enumerations\n- `session_type`: `LUNCH`, `SNACK`, `BREAKFAST`\n"
             "- `order_status`: `PLACED`, `CANCELLED`\n\n## Core Tables\n\n### 1) `orders`\n- `id` uuid pk\n"
             "- `service_date` date not null\n- `session` session_type not null\n"
             "- `status` order_status not null default `PLACED`\n")
    draft, fields = read(root, {"docs/specs/data-model.md": model}, "order")
    assert fields["session"]["enum_values"] == ["LUNCH", "SNACK", "BREAKFAST"] and fields["session"]["required"], draft.blocking
    assert fields["status"]["enum_values"] == ["PLACED", "CANCELLED"] and fields["status"]["default"] == "PLACED"


def test_a_reference_typed_only_fk_holds_the_key_of_the_table_it_names(root: Path) -> None:
    """`| lawyerId | FK |`: `lawyers` is keyed by a uuid, so the reference is one; `agentId`, whose table the spec does
    not define, holds an integer key, the common one (neither is a type we cannot read)."""
    model = ("# Data model\n\n## lawyers\n\n| Campo | Tipo | Regras |\n|---|---|---|\n| `id` | uuid | PK |\n| `name` | String | |\n\n"
             "## services\n\n| Campo | Tipo | Regras |\n|---|---|---|\n| `id` | uuid | PK |\n| `note` | `String` | |\n"
             "| `lawyerId` | FK | |\n| `agentId` | FK | |\n")
    draft, fields = read(root, {"docs/data-model.md": model}, "service")
    assert fields["lawyer_id"]["type"] == "uuid" and fields["agent_id"]["type"] == "int", draft.blocking


def test_a_table_said_on_its_own_line_and_references_typed_by_its_key(root: Path) -> None:
    """`### Partidos` over 'Tabla: \\`matches\\`' is the `match` a user asks for; `- \\`tournament_id\\`: torneo.` with no
    type points to `tournaments` (ids `UUID`) and `home_team_id` to `teams`: uuids; 'grupo, opcional.' is what the
    column holds and a presence mark, not a list of two values."""
    model = ("# Modelo de datos\n\n### Torneos\n\nTabla: `tournaments`\n\nCampos:\n\n- `id`: UUID.\n- `name`: nombre.\n"
             "- `slug`: identificador.\n- `created_at`: fecha de creacion.\n\n### Equipos\n\nTabla: `teams`\n\nCampos:\n\n- `id`: UUID.\n- `name`: nombre.\n"
             "- `city`: ciudad.\n- `created_at`: fecha de creacion.\n\n### Partidos\n\nTabla: `matches`\n\nCampos:\n\n- `id`: UUID.\n- `tournament_id`: torneo.\n"
             "- `group_name`: grupo, opcional.\n- `home_team_id`: equipo local.\n"
             "- `status`: estado. Valores: `scheduled`, `finished`.\n")
    draft, fields = read(root, {"docs/modelo-datos.md": model}, "match")
    assert list(fields) == ["tournament_id", "group_name", "home_team_id", "status"], draft.diagnostics
    assert fields["tournament_id"]["type"] == fields["home_team_id"]["type"] == "uuid"
    assert fields["group_name"]["type"] == "str" and not fields["group_name"]["required"]


def test_a_json_column_shown_as_strings_and_a_link_said_to_be_kept_somewhere(root: Path) -> None:
    """`variables JSON, -- ["name", "company"]`: an array of strings; `documents_url TEXT` 'Link to supporting documents
    (S3/IPFS)' says where the file is kept, not two values the column may take."""
    schema = ("# Schema\n\n```sql\nCREATE TABLE templates (\n  id UUID PRIMARY KEY,\n  name VARCHAR(100) NOT NULL,\n"
              "  variables JSON, -- [\"name\", \"company\", \"promo_code\"]\n  documents_url TEXT -- Link to supporting documents (S3/IPFS)\n"
              ");\n```\n")
    draft, fields = read(root, {"specs/database/schema.md": schema}, "template")
    assert fields["variables"]["type"] == "list[str]", draft.diagnostics
    assert fields["documents_url"]["type"] == "text" and not fields["documents_url"].get("enum_values")


SWIFT_SPEC = """# Mobile App Spec

## Data model

```swift
import SwiftData

@Model
final class ClipItem {
    var id: UUID = UUID()
    var capturedAt: Date = Date()
    var content: Data                    // Raw content bytes
    var textContent: String?             // Text representation
    var contentType: String              // "text", "image", "url"
    @Attribute(.unique) var syncID: String?
    var isPinned: Bool = false
    var tags: [String] = []

    var displayText: String {
        textContent ?? ""
    }
}
```
"""


def test_a_swiftdata_model_in_a_root_document(root: Path) -> None:
    """`@Model final class ClipItem` in a document at the project's root: its stored properties, `?` optional, an
    initial value a default (`Date()` is now), a comment of quoted values an enum, `@Attribute(.unique)` unique; the
    computed `displayText` is no column."""
    draft, fields = read(root, {"MOBILE_APP_SPEC.md": SWIFT_SPEC}, "clip_item")
    assert list(fields) == ["captured_at", "content", "text_content", "content_type", "sync_id", "is_pinned", "tags"], \
        draft.diagnostics
    assert fields["captured_at"]["default"] == "now" and fields["content"]["required"] and not fields["text_content"]["required"]
    assert fields["content_type"]["enum_values"] == ["text", "image", "url"] and fields["sync_id"]["unique"]
    assert fields["is_pinned"]["default"] is False and fields["tags"]["type"] == "list[str]"


def test_a_later_migration_excerpt_does_not_replace_the_table(root: Path) -> None:
    """`create table(:tracks) do add :id ... end` shown again later as an excerpt is a part of the table the full
    migration above creates, not the table."""
    doc = ("# Data layer\n\n```elixir\ncreate table(:tracks, primary_key: false) do\n  add :id, :binary_id, primary_key: true\n"
           "  add :title, :text, null: false\n  add :artist, :text\n  add :duration, :integer\n\n  timestamps()\nend\n```\n\n"
           "In the migration:\n\n```elixir\ncreate table(:tracks, primary_key: false) do\n  add :id, :binary_id, primary_key: true\n"
           "  ...\nend\n```\n")
    draft, fields = read(root, {"docs/architecture/data-layer.md": doc}, "track")
    assert list(fields) == ["title", "artist", "duration"] and fields["title"]["required"], draft.blocking


def test_an_enum_list_then_the_fields_presence_and_a_profile_the_feature_names(root: Path) -> None:
    """`(enum: \\`Draft | Submitted\\`, required)`: the values end before the presence mark. And a feature named
    `001-pet-sitter-marketplace` is about the PetSitter, though each sitter is one user's profile (its `UserId` is
    unique) and the Pets are named by a word of it."""
    model = ("# Data Model\n\n### PurchaseOrder\n\n- Fields:\n  - `title` (string, required)\n"
             "  - `status` (enum: `Draft | Submitted | Approved`, required)\n  - `note` (string, optional)\n")
    draft, fields = read(root, {"specs/003-orders/data-model.md": model}, "003-orders")
    assert fields["status"]["enum_values"] == ["Draft", "Submitted", "Approved"], draft.diagnostics
    sitters = ("# Data Model\n\n```sql\nCREATE TABLE pet_sitters (\n  id UUID PRIMARY KEY,\n  user_id UUID NOT NULL UNIQUE,\n"
               "  bio TEXT,\n  hourly_rate NUMERIC(8,2) NOT NULL,\n  is_verified BOOLEAN DEFAULT FALSE\n);\n\n"
               "CREATE TABLE pets (\n  id UUID PRIMARY KEY,\n  pet_type VARCHAR(20) NOT NULL,\n  name VARCHAR(100) NOT NULL,\n"
               "  breed VARCHAR(100),\n  age_months INT\n);\n```\n")
    draft, fields = read(root / "b", {"specs/001-pet-sitter-marketplace/data-model.md": sitters}, "001-pet-sitter-marketplace")
    assert "hourly_rate" in fields and "breed" not in fields, draft.diagnostics


def test_an_interface_named_for_its_schema_is_the_table_it_describes(root: Path) -> None:
    """`interface EventSeriesSchema` under "#### event_series テーブル", the requirements naming event series: the entity is
    event_series, the word Schema only says what the interface is; `// varchar(80), NOT NULL, UNIQUE (case-insensitive)`
    is a unique column (the parentheses hold a remark, not a composite key's columns)."""
    design = ("# Technical Design\n\nThe event_series table groups events; each event belongs to one event_series row, "
              "and deleting an event_series is restricted.\n\n#### event_series テーブル\n\n```typescript\n"
              "interface EventSeriesSchema {\n  id: string;              // text, PK, nanoid\n"
              "  name: string;            // varchar(80), NOT NULL, UNIQUE (case-insensitive)\n"
              "  slug: string;            // varchar(80), UNIQUE (eventId, slug)\n"
              "  createdAt: Date;         // integer (timestamp_ms)\n}\n```\n")
    requirements = ("# Requirements\n\nAn admin manages event series: creates an event series, renames an event series "
                    "and deletes an event series no event uses.\n")
    draft, fields = read(root, {".kiro/specs/events/design.md": design, ".kiro/specs/events/requirements.md": requirements},
                         "events")
    assert draft.spec["name"] == "event_series" and list(fields) == ["name", "slug"], draft.diagnostics
    assert fields["name"]["unique"] and not fields["slug"]["unique"]


def test_a_unique_kept_among_live_rows_is_unique(root: Path) -> None:
    """`UNIQUE (when IsDeleted=0)`: unique among the rows not deleted, which are all the rows the generated backend keeps;
    `UNIQUE (RoomId, Name)` is a composite key and marks no single column."""
    model = ("# Data Model\n\n## Room\n\n| Field | Type | Constraints | Notes |\n|---|---|---|---|\n"
             "| Name | string | Max 50, NOT NULL, UNIQUE (when IsDeleted=0) | room name |\n"
             "| Label | string | Max 50, UNIQUE (RoomId, Label) | shelf label |\n")
    draft, fields = read(root, {"specs/005-rooms/data-model.md": model}, "005-rooms")
    assert fields["name"]["unique"] and not fields["label"]["unique"], draft.diagnostics


def test_the_activity_a_feature_is_named_for_is_not_the_person_doing_it(root: Path) -> None:
    """`001-court-reporting-workflow`: reporting is what the feature does, no Reporter table (its staff); the Job, defined
    first, is read. A 400 for a `reporter_id` missing under `POST /api/jobs/:id/assign-reporter` is that
    action's body, not the create's; `city` 'required when' a location is physical is no column every job fills."""
    model = ("# Data Model\n\n## Entities\n\n### Job\n\nOne job = one transcription task for one court case.\n\n"
             "| Field | Type | Constraints |\n|---|---|---|\n| `id` | `INTEGER` PK | system-generated |\n"
             "| `case_name` | `TEXT NOT NULL` | non-empty |\n"
             "| `city` | `TEXT` | required when `location_type = 'physical'` |\n"
             "| `reporter_id` | `INTEGER` FK → reporters | set on ASSIGNED transition |\n\n"
             "### Reporter\n\n| Field | Type | Constraints |\n|---|---|---|\n| `id` | `INTEGER` PK | |\n"
             "| `name` | `TEXT NOT NULL` | |\n| `city` | `TEXT NOT NULL` | |\n\n"
             "```sql\nCREATE TABLE jobs (\n  id INTEGER PRIMARY KEY,\n  case_name TEXT NOT NULL,\n  city TEXT,\n"
             "  reporter_id INTEGER REFERENCES reporters(id)\n);\n```\n")
    api = ("# API\n\n### POST /api/jobs\n\n**Error `400`**: Missing required field, or `city` absent for a physical job.\n\n"
           "### POST /api/jobs/:id/assign-reporter\n\n**Error `400`**: `reporter_id` missing or not a positive integer.\n")
    draft, fields = read(root, {"specs/001-court-reporting-workflow/data-model.md": model,
                                "specs/001-court-reporting-workflow/contracts/api.md": api}, "001-court-reporting-workflow")
    assert draft.spec["name"] == "job" and list(fields) == ["case_name", "city", "reporter_id"], draft.diagnostics
    assert fields["case_name"]["required"] and not fields["city"]["required"] and not fields["reporter_id"]["required"]


def test_a_table_of_queries_and_their_arguments_is_no_table_of_columns(root: Path) -> None:
    """| Query | Args | Returns |: `products` with `search`, `tagSlug`, `take`, `skip` is a query's arguments; the
    `type Product` the document defines is the entity."""
    doc = ("# GraphQL API Reference\n\n## Types\n\n#### Product\n\n```graphql\ntype Product {\n  id: ID!\n  name: String!\n"
           "  slug: String!\n  basePrice: Decimal!\n  createdAt: DateTime!\n}\n```\n\n## Queries\n\n"
           "| Query | Args | Returns | Auth |\n|---|---|---|---|\n"
           "| `products` | `search`, `tagSlug`, `isVisible`, `take`, `skip` | `ProductList` | public |\n"
           "| `product` | `id` | `Product` | public |\n")
    draft, fields = read(root, {"docs/GRAPHQL_SCHEMA.md": doc}, "product")
    assert list(fields) == ["name", "slug", "base_price"], draft.diagnostics
    assert fields["base_price"]["type"] == "decimal"


def test_a_structure_under_a_derived_heading_is_no_table(root: Path) -> None:
    """'## Derived Data Structures': `DailySchedule`, built from the stored rows for a screen, is never the entity, even
    when the feature's name (`cinema-schedule-viewer`) names a word of it."""
    model = ("# Data Model\n\n## Core Entities\n\n### Showtime\n\n```typescript\ninterface Showtime {\n  id: string;\n"
             "  movieId: string;\n  hallId: string;\n  date: string;       // ISO date\n  startTime: string;\n}\n```\n\n"
             "## Derived Data Structures\n\n```typescript\ninterface DailySchedule {\n  date: string;\n"
             "  hallSchedules: HallSchedule[];\n  totalShowtimes: number;\n  firstShowtime: string;\n}\n```\n")
    draft, fields = read(root, {"specs/001-cinema-schedule-viewer/data-model.md": model}, "001-cinema-schedule-viewer")
    assert draft.spec["name"] == "showtime" and list(fields) == ["movie_id", "hall_id", "date", "start_time"], \
        draft.diagnostics


def test_a_sentence_of_fields_with_rust_types(root: Path) -> None:
    """'A Spool SHALL have: filament_id (u32), location_id (Option<u32>), colors (Vec<Rgba>, len 1–4), ...': Rust's
    types, a note after the comma; `Option<...>` may be absent, so the bare ones are required."""
    spec = ("# data-model Specification\n\n### Requirement: Spool entity structure\n"
            "A Spool SHALL have: id (random u32), filament_id (u32), location_id (Option<u32>), colors (Vec<Rgba>, "
            "len 1–4), tags (Vec<String>), initial_weight (f32, grams), net_weight (Option<f32>, grams), "
            "comment (Option<String>).\n")
    draft, fields = read(root, {"openspec/specs/data-model/spec.md": spec}, "spool")
    assert {n: f["type"] for n, f in fields.items()} == {
        "filament_id": "int", "location_id": "int", "colors": "json", "tags": "list[str]", "initial_weight": "float",
        "net_weight": "float", "comment": "str"}, draft.diagnostics
    assert [n for n, f in fields.items() if f["required"]] == ["filament_id", "colors", "tags", "initial_weight"]


def test_a_member_computed_from_other_rows_is_no_column(root: Path) -> None:
    """`totalHours?: number; // Computed from time entries`: summed when read, never stored; a note that says it is
    computed and then stored keeps the column."""
    model = ("# Data Models\n\n### Ticket\n\n```typescript\ninterface Ticket {\n  id: number;\n  clientId: number;\n"
             "  description: string | null;\n  totalHours?: number; // Computed from time entries\n"
             "  lineTotal: number; // Computed from price and quantity, stored for reports\n}\n```\n\n"
             "- totalHours: number - Computed sum of all time entries (frontend only)\n")
    draft, fields = read(root, {"docs/architecture/data-models.md": model}, "ticket")
    assert list(fields) == ["client_id", "description", "line_total"], draft.diagnostics


def test_iso_strings_that_may_be_absent_and_lists_of_structures_and_open_unions(root: Path) -> None:
    """`string? (ISO)`: a moment that may be absent; `StatusHistoryEntry[]`: a list of structures, kept whole;
    `` `SEA` | `LAND` | `AIR` | … ``: a union that trails off is an open list, a string."""
    model = ("# Shipments\n\n## ShipmentListItem\n\n| Field | Type | Notes |\n|---|---|---|\n| id | string (uuid) | key |\n"
             "| shipmentNo | string | e.g. `SHP-000037` |\n| mode | TransportMode | `SEA` \\| `LAND` \\| `AIR` \\| … |\n"
             "| eta | string? (ISO) | shown as a date |\n| statusHistory | StatusHistoryEntry[] | embedded |\n"
             "| createdAt | string (ISO) | sort key |\n")
    draft, fields = read(root, {"specs/002-shipments/data-model.md": model}, "002-shipments")
    assert {n: f["type"] for n, f in fields.items()} == {
        "shipment_no": "str", "mode": "str", "eta": "datetime", "status_history": "json"}, draft.diagnostics
    assert fields["shipment_no"]["required"] and not fields["eta"]["required"]


SHEETS = """# Homestay — Database Design

## 4. Rooms Sheet

| Column | Type | Required | Description |
|---|---|---:|---|
| room_id | string | Yes | Unique room ID |
| name | string | Yes | Room name |
| status | enum | Yes | Room status |

Room status:

```text
available
maintenance
```

## 6. Bookings Sheet

| Column | Type | Required | Description |
|---|---|---:|---|
| booking_id | string | Yes | Unique booking ID |
| room_id | string | Yes | Related room |
| status | enum | Yes | Booking status |
| baseAmount | number | Yes | Base charge for expectedDurationMinutes |

Booking status:

```text
inquiry
confirmed
cancelled
```
"""


def test_a_spreadsheet_tab_its_status_block_and_an_amount_whose_note_holds_no_ratio(root: Path) -> None:
    """'## 6. Bookings Sheet': the bookings (a worksheet is the table); 'Booking status:' over a block of one value a
    line lists its status (the rooms' block above is the rooms'); `baseAmount` is money though 'expectedDurationMinutes'
    spells 'ratio' inside a word; `booking_id`, 'Unique booking ID', is the row's own key."""
    draft, fields = read(root, {"docs/DATABASE.md": SHEETS}, "booking")
    assert draft.spec["name"] == "booking" and list(fields) == ["room_id", "status", "base_amount"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["inquiry", "confirmed", "cancelled"]
    assert fields["base_amount"]["type"] == "decimal"


def test_typescript_minded_bullets_of_types_the_spec_names(root: Path) -> None:
    """`` - `format: TournamentFormat` - sealed | draft | constructed ``: an enum of the values after the dash, required
    like its unmarked neighbours; `settings: TournamentSettings`, a bag of values the spec never defines, is json;
    `startedAt: DateTime?` may be absent."""
    model = ("# Data Model\n\n### Tournament\n\n**Fields**:\n- `id: string` - Unique tournament identifier (UUID)\n"
             "- `name: string` - Tournament display name\n- `format: TournamentFormat` - sealed | draft | constructed\n"
             "- `maxPlayers: number` - Maximum participants (2-32)\n"
             "- `settings: TournamentSettings` - Format-specific configuration\n"
             "- `startedAt: DateTime?` - When preparation phase began\n")
    draft, fields = read(root, {"specs/009-tournament-mvp/data-model.md": model}, "009-tournament-mvp")
    assert fields["format"]["type"] == "enum" and fields["format"]["enum_values"] == ["sealed", "draft", "constructed"]
    assert fields["settings"]["type"] == "json", draft.diagnostics
    assert [n for n, f in fields.items() if f["required"]] == ["name", "format", "max_players", "settings"]


def test_the_columns_of_a_composite_key_are_columns_a_client_sends(root: Path) -> None:
    """`profileId | Uuid | PK`, `bookId | Int | PK`, 'Primary key: [profileId, bookId]': the references that key a row
    together; the generated backend keys rows by its own id, so both stay, required."""
    model = ("# Database\n\n### `users_books`\n\n| Column | Type | Notes |\n|---|---|---|\n| `profileId` | `Uuid` | PK |\n"
             "| `bookId` | `Int` | PK |\n| `pagesRead` | `Int` | Current progress |\n| `rating` | `Int?` | |\n\n"
             "**Primary key:** `[profileId, bookId]`\n")
    draft, fields = read(root, {"docs/database.md": model}, "users_books")
    assert list(fields) == ["profile_id", "book_id", "pages_read", "rating"], draft.diagnostics
    assert fields["profile_id"]["type"] == "uuid" and fields["book_id"]["required"] and not fields["rating"]["required"]


def test_shapes_derived_for_a_screen_refer_to_no_table(root: Path) -> None:
    """Three structures under '## Derived Data Structures' carry a `trackId`; they join tables for a screen, so they
    do not make Track the table most others refer to: the feature (`001-festival-timetable`) keeps Slots."""
    model = ("# Data Model: Festival Timetable\n\n## Core Entities\n\n### Track\n\n```typescript\ninterface Track {\n"
             "  id: string;\n  title: string;\n  artist: string;\n  genre: string;\n  minutes: number;\n"
             "  cover: string;\n  about: string;\n}\n```\n\n### Stage\n\n```typescript\ninterface Stage {\n  id: string;\n"
             "  name: string;\n  capacity: number;\n}\n```\n\n### Slot\n\n```typescript\ninterface Slot {\n  id: string;\n"
             "  trackId: string;\n  stageId: string;\n  day: string;\n  startsAt: string;\n}\n```\n\n"
             "## Derived Data Structures\n\n```typescript\ninterface TrackWithSlots {\n  trackId: string;\n  slots: Slot[];\n}\n"
             "interface SlotWithTrack {\n  slotId: string;\n  trackId: string;\n  title: string;\n}\n"
             "interface EnrichedSlot {\n  slotId: string;\n  trackId: string;\n  stageName: string;\n}\n```\n")
    spec = ("# Feature Specification: Festival Timetable\n\nVisitors browse the timetable: each slot puts a track on a "
            "stage on a day. The track list shows every track.\n")
    contract = '{"title": "Slot", "type": "object", "properties": {"trackId": {"type": "string"}}}\n'
    draft, fields = read(root, {"specs/001-festival-timetable/data-model.md": model,
                                "specs/001-festival-timetable/spec.md": spec,
                                "specs/001-festival-timetable/contracts/slot.schema.json": contract}, "001-festival-timetable")
    assert draft.spec["name"] == "slot", draft.diagnostics
    assert list(fields) == ["track_id", "stage_id", "day", "starts_at"]


def test_a_kiro_feature_whose_tables_are_in_the_steering_notes(root: Path) -> None:
    """`.kiro/specs/v2-plants/design.md` draws screens and their props; the table is in the project's steering notes,
    `.kiro/steering/database-schema.md`, which every feature's design relies on."""
    design = ("# v2 - Plants - Design\n\n### PlantCard\n```typescript\ninterface PlantCardProps {\n  plant: { id: string }\n"
              "  nextWatering: string\n  onWater: () => void\n}\n```\n")
    schema = ("# Database Schema\n\n### garden_plants\n\n```sql\nCREATE TABLE garden_plants (\n  id UUID PRIMARY KEY,\n"
              "  bed_id UUID NOT NULL,\n  species TEXT NOT NULL,\n  sown_on DATE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n```\n")
    draft, fields = read(root, {".kiro/specs/v2-plants/design.md": design,
                                ".kiro/specs/v2-plants/requirements.md": "# Requirements\n\nGardeners track plants.\n",
                                ".kiro/steering/database-schema.md": schema, ".kiro/steering/tech.md": "# Tech\n\nNext.js\n"},
                         "v2-plants")
    assert draft.spec["name"] == "garden_plant" and list(fields) == ["bed_id", "species", "sown_on"], draft.diagnostics


def test_a_spec_kit_feature_kept_under_dot_specify(root: Path) -> None:
    """Spec Kit run with its files in `.specify/specs/028-pledges/`: the feature folder is found there."""
    model = "# Data Model\n\n## Pledge\n\n| Field | Type | Required |\n|---|---|---|\n| amount | decimal | yes |\n| note | text | no |\n"
    draft, fields = read(root, {".specify/specs/028-pledges/data-model.md": model,
                                ".specify/specs/028-pledges/spec.md": "# Feature: Pledges\n"}, "028-pledges")
    assert draft.layout == "spec-kit" and list(fields) == ["amount", "note"], draft.diagnostics


def test_go_structs_with_gorm_tags_in_a_backend_note(root: Path) -> None:
    """`backend/API.md` whose models are Go structs with GORM tags defines tables; `SplitData []byte gorm:"type:jsonb"`
    is a JSON document (the 'JSON array of splits' holds things, not strings), not a relation to leave out."""
    doc = ("# API\n\n## Models\n\n### Bill\n```go\ntype Bill struct {\n    ID     string  `gorm:\"primaryKey\" json:\"id\"`\n"
           "    Amount float64 `json:\"amount\"`\n    SplitData []byte `gorm:\"type:jsonb\"` // JSON array of splits\n}\n```\n")
    draft, fields = read(root, {"backend/API.md": doc}, "bill")
    assert list(fields) == ["amount", "split_data"] and fields["split_data"]["type"] == "json", draft.diagnostics


def test_a_firestore_collection_heading_without_its_leading_slash(root: Path) -> None:
    """'### `tows/{towId}`': the tows collection, named by its path (not `tows_tow_id`)."""
    doc = ("# Data Model\n\n## Collections\n\n### `tows/{towId}`\n\n| Field | Type | Default | Notes |\n|---|---|---|---|\n"
           "| `plate` | `string` | — | |\n| `fee` | `number` | — | |\n| `createdAt` | `Timestamp` | — | |\n")
    draft, fields = read(root, {"docs/data_model.md": doc}, "tow")
    assert draft.spec["name"] == "tow" and list(fields) == ["plate", "fee"], draft.diagnostics


def test_a_schema_document_kept_in_the_source_folder_with_python_annotations(root: Path) -> None:
    """`src/DATABASE_SCHEMA.md` says by its name that it is the schema; its `note: str | None` may be absent, so the
    unmarked `table_id: int (FK → Tables.id)` must be given, and `active: bool = True` defaults to true (a literal after
    `=`; `seats: int = number of chairs` is words)."""
    doc = ("# DATABASE_SCHEMA.md\n\n### Reservation (Брони)\n\n```\nid: int (PK)\ntable_id: int (FK → Tables.id)\n"
           "day: date (дата)\nnote: str | None (комментарий)\nactive: bool = True\nseats: int = number of chairs\n```\n")
    draft, fields = read(root, {"src/DATABASE_SCHEMA.md": doc, "src/main.py": "print('app')\n"}, "reservation")
    assert list(fields) == ["table_id", "day", "note", "active", "seats"], draft.diagnostics
    assert [n for n, f in fields.items() if f["required"]] == ["table_id", "day", "seats"]
    assert fields["active"]["default"] is True  # (`= number of chairs` says what it holds, no default)


def test_a_class_mapped_to_a_table_named_in_another_tongue(root: Path) -> None:
    """'(`Shelf` → `Raflar`)': the table `Raflar` keeps the code's Shelf, which the user and `/api/shelves` name;
    'İndeksler: `Kod` (benzersiz), `Durum`.' after the paragraph's other rules indexes both."""
    doc = ("# Veri Modeli\n\nTablo adları Türkçe, C# sınıfları İngilizcedir (`Shelf` → `Raflar`, `Slot` → `Yuvalar`). "
           "Durum `Open` → `Closed` olur.\n\n## `Raflar`\n\n| Kolon | Tip | Açıklama |\n|---|---|---|\n"
           "| `Id` | `int IDENTITY(1,1)` PK | |\n| `Kod` | `nvarchar(20)` | |\n| `Durum` | `nvarchar(20)` | |\n"
           "| `Notu` | `nvarchar(200)` NULL | |\n\nKısıtlar: `Durum` yalnızca tanımlı değerler; İndeksler: `Kod` (benzersiz), "
           "`Durum DESC`.\n\n## `Yuvalar`\n\n| Kolon | Tip | Açıklama |\n|---|---|---|\n| `Id` | `int` PK | |\n"
           "| `RafId` | `int` FK → `Raflar.Id` | |\n| `Sira` | `int` | |\n")
    draft, fields = read(root, {"docs/veri-modeli.md": doc}, "shelf")
    assert draft.spec["name"] == "shelf" and draft.spec["plural"] == "raflar" and list(fields) == ["kod", "durum", "notu"], draft.diagnostics
    assert fields["kod"]["unique"] and fields["kod"]["index"] and fields["durum"]["index"]


def test_a_graphql_member_of_another_type_is_that_rows_id(root: Path) -> None:
    """`coach: Coach!` in a GraphQL schema kept in docs/: one row of another type, kept as `coachId`, required; a list
    of them (`[Drill!]!`) is no column of this table."""
    schema = ("type Coach {\n  id: ID!\n  name: String!\n}\n\ntype Drill {\n  id: ID!\n  title: String!\n}\n\n"
              "type Session {\n  id: ID!\n  startsAt: DateTime!\n  coach: Coach!\n  venue: Venue\n  drills: [Drill!]!\n}\n\n"
              "type Venue {\n  id: ID!\n  city: String!\n}\n")
    draft, fields = read(root, {"docs/schema.graphql": schema, "docs/api.md": "# API\n\n- `POST /sessions` book one\n"}, "session")
    assert list(fields) == ["starts_at", "coach_id", "venue_id"], draft.diagnostics
    assert fields["coach_id"]["required"] and not fields["venue_id"]["required"]


def test_a_model_stated_as_scenario_sentences(root: Path) -> None:
    """OpenSpec's Given/When/Then: '**And** must have a `code` field of type String with unique constraint' under
    '### Requirement: Branch Model'; another scenario says '`motto` must not be null (required field)' and indexes the
    code; `notes` of type `String?` may be absent; the auto-incrementing `id` is the key."""
    spec = ("# Data Model\n\n### Requirement: Branch Model\n\nThe system SHALL define a Branch model.\n\n"
            "#### Scenario: Branch model fields\n\n**Given** the Branch model definition  \n**When** the schema is defined  \n"
            "**Then** the Branch model must have an auto-incrementing `id` field as primary key  \n"
            "**And** must have a `code` field of type String with unique constraint  \n"
            "**And** must have a `motto` field of type String  \n**And** must have a `notes` field of type String?  \n"
            "**And** must have a `seats` field of type Int  \n\n#### Scenario: Branch lookups\n\n"
            "**Then** the `code` field must have a database index for fast lookups  \n"
            "**And** `motto` must not be null (required field)\n\n### Requirement: Seeding\n\n"
            "#### Scenario: Seed\n\n**Then** the `code` field must be filled\n")
    draft, fields = read(root, {"openspec/specs/data-model/spec.md": spec}, "branch")
    assert list(fields) == ["code", "motto", "notes", "seats"], draft.diagnostics
    assert fields["code"]["unique"] and fields["code"]["index"] and fields["seats"]["type"] == "int"
    assert [n for n, f in fields.items() if f["required"]] == ["code", "motto", "seats"]


def test_a_validation_cell_of_choices_and_an_example_object_of_none(root: Path) -> None:
    """'`queued`, `sent`, or `bounced`' in the Validation column: the three values a state takes; the example
    `{"code": "timeout", "detail": "..."}` of a map column shows keys and values, no choice among them."""
    model = ("# Data Model\n\n### Delivery\n\n| Field | Type | Description | Validation | Example |\n|---|---|---|---|---|\n"
             "| `state` | `:string` | Where it is | `queued`, `sent`, or `bounced` | `\"sent\"` |\n"
             "| `failure` | `:map` | Why it failed | Optional | `{\"code\": \"timeout\", \"detail\": \"...\"}` |\n"
             "| `attempts` | `:integer` | Tries so far | Required | `2` |\n")
    draft, fields = read(root, {"specs/003-deliveries/data-model.md": model}, "003-deliveries")
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["queued", "sent", "bounced"]
    assert fields["failure"]["type"] == "json", draft.diagnostics


def test_an_agent_os_feature_with_its_tables_and_routes_in_sub_specs(root: Path) -> None:
    """Agent OS keeps one dated folder per feature, `.agent-os/specs/2025-03-02-harvests/`, with the tables in
    `sub-specs/database-schema.md` and the routes in `sub-specs/api-spec.md`: the feature's name chooses its folder
    (not another feature's tables), and the layout is named."""
    schema = ("# Database Schema\n\n## New Tables\n\n```sql\nCREATE TABLE harvests (\n  id UUID PRIMARY KEY,\n"
              "  field_name VARCHAR(80) NOT NULL,\n  crop TEXT NOT NULL,\n  yield_kg NUMERIC(8,2),\n"
              "  created_at TIMESTAMPTZ DEFAULT now()\n);\n```\n")
    other = ("# Database Schema\n\n```sql\nCREATE TABLE tractors (\n  id UUID PRIMARY KEY,\n  model TEXT NOT NULL,\n"
             "  hours INTEGER\n);\n```\n")
    api = "# API Specification\n\n## Endpoints\n\n### GET /api/harvests\n\n### POST /api/harvests\n"
    draft, fields = read(root, {".agent-os/product/mission.md": "# Mission\n\nFarmers log harvests.\n",
                                ".agent-os/specs/2025-03-02-harvests/spec.md": "# Spec Requirements Document\n\n> Spec: Harvests\n",
                                ".agent-os/specs/2025-03-02-harvests/sub-specs/database-schema.md": schema,
                                ".agent-os/specs/2025-03-02-harvests/sub-specs/api-spec.md": api,
                                ".agent-os/specs/2025-02-11-tractors/sub-specs/database-schema.md": other}, "harvests")
    assert draft.layout == "agent-os" and list(fields) == ["field_name", "crop", "yield_kg"], draft.diagnostics
    assert fields["field_name"]["max_length"] == 80 and "GET /api/harvests" in draft.endpoints


def test_a_feature_naming_no_table_is_not_about_the_accounts_that_log_in(root: Path) -> None:
    """`002-fleet-mvp` names no model; the Courier that holds a password hash is the app's user (which the backend's
    own auth replaces), so the Delivery, what couriers do, is read."""
    model = ("# Data Model\n\n```prisma\nmodel Courier {\n  id String @id\n  name String\n  phone String @unique\n"
             "  passwordHash String\n  idCardUrl String\n  photoUrl String\n  deliveries Delivery[]\n}\n\n"
             "model Delivery {\n  id String @id\n  courierId String\n  address String\n  fee Decimal\n  notes String?\n}\n```\n")
    draft, fields = read(root, {"specs/002-fleet-mvp/data-model.md": model,
                                "specs/002-fleet-mvp/spec.md": "# Fleet MVP\n\nCouriers log in and complete deliveries.\n"},
                         "002-fleet-mvp")
    assert draft.spec["name"] == "delivery" and list(fields) == ["courier_id", "address", "fee", "notes"], draft.diagnostics


def test_a_fields_line_of_code_spans_under_each_entity_heading(root: Path) -> None:
    """`**Fields**: \\`id\\`, \\`nome\\`, ...` under `### Animal`: the heading's columns, untyped; the `## Enums` list
    `StatusAnimal` is the Animal's `status` (the entity's name after the column's), whose default a contract states in
    capitals, as the enum spells it."""
    model = ("# Data Model\n\n## Enums\n\n- **Porte**: `P`, `M`, `G`\n- **StatusAnimal**: `RESGATADO`, `DISPONIVEL`, `ADOTADO`\n\n"
             "## Entities\n\n### Usuario\n\nBase account.\n\n**Fields**: `id`, `email` unique, `senhaHash`, `ativo`.\n\n"
             "### Animal\n\nRescued animal.\n\n**Fields**: `id`, `nome`, `especieId`, `porte`, `status`, all screening fields,\n"
             "`idadeEstimada`, `criadoEm`.\n\n**Relationships**: One `Especie`.\n")
    actions = "# Server Actions\n\n## createAnimal\n\n- **Success**: Creates animal with status default `RESGATADO`.\n"
    draft, fields = read(root, {"specs/001-animal-adoption/data-model.md": model,
                                "specs/001-animal-adoption/contracts/server-actions.md": actions}, "001-animal-adoption")
    # (`criadoEm` is the generated created_at, in Portuguese)
    assert draft.spec["name"] == "animal" and list(fields) == ["nome", "especie_id", "porte", "status", "idade_estimada"], \
        draft.diagnostics
    assert fields["porte"]["enum_values"] == ["P", "M", "G"] and fields["idade_estimada"]["type"] == "int"  # (an age)
    assert fields["status"]["enum_values"] == ["RESGATADO", "DISPONIVEL", "ADOTADO"] and fields["status"]["default"] == "RESGATADO"


def test_tables_named_with_the_projects_prefix(root: Path) -> None:
    """Every table carries the product's prefix (`acme_service_jobs`, `acme_service_reports`): `ServiceJob` names the
    first whole, not a table that shares one word of it, nor the one the prose talks most of."""
    ddl = ("CREATE TABLE acme_invite_codes (\n  id UUID PRIMARY KEY,\n  code TEXT NOT NULL,\n  expires_at TIMESTAMPTZ\n);\n\n"
           "CREATE TABLE acme_service_jobs (\n  id UUID PRIMARY KEY,\n  scheduled_date DATE NOT NULL,\n  notes TEXT\n);\n\n"
           "CREATE TABLE acme_service_reports (\n  id UUID PRIMARY KEY,\n  job_id UUID NOT NULL,\n  ph NUMERIC(3,1)\n);\n")
    draft, fields = read(root, {"docs/schema.sql": ddl, "docs/specs/FEATURE-APP.md": "# App\n\nInvite codes, invite codes, reports.\n"},
                         "ServiceJob")
    assert draft.spec["plural"] == "acme_service_jobs" and list(fields) == ["scheduled_date", "notes"], draft.diagnostics


def test_a_databases_document_is_the_schema_over_graphql_types(root: Path) -> None:
    """`docs/databases.md` (plural) holds the tables: its `TEXT` columns and the closed list in the column notes win
    over the GraphQL `type Order` of the API, whose `delivery: Delivery` is the row the API joins in (the Delivery
    keeps `order_id`) and whose `position: Position` is a value without an id: neither is a column."""
    sql_doc = ("# Bases de données\n\n### Table: orders\n\n```sql\nCREATE TABLE orders (\n  id TEXT PRIMARY KEY,\n"
               "  customer_name TEXT NOT NULL,\n  status TEXT NOT NULL DEFAULT 'PENDING'\n);\n```\n\n**Colonnes**:\n"
               "- `id` - UUID de la commande\n- `customer_name` - Nom du client\n- `status` - Statut de la commande (PENDING, ASSIGNED, DELIVERED)\n")
    gql = ("# GraphQL\n\n```graphql\ntype Position {\n  lat: Float!\n  lng: Float!\n}\n\ntype Order {\n  order_id: String!\n"
           "  customer_name: String!\n  status: String!\n  delivery: Delivery\n  position: Position\n}\n\n"
           "type Delivery {\n  delivery_id: String!\n  order_id: String!\n  driver: Driver!\n}\n\n"
           "type Driver {\n  driver_id: String!\n  name: String!\n}\n```\n")
    draft, fields = read(root, {"docs/databases.md": sql_doc, "docs/graphql-schema.md": gql}, "Order")
    assert list(fields) == ["customer_name", "status"], draft.diagnostics
    assert fields["customer_name"]["type"] == "text" and fields["status"]["enum_values"] == ["PENDING", "ASSIGNED", "DELIVERED"]
    draft, fields = read(root, {}, "Delivery")
    assert list(fields) == ["order_id", "driver_id"], draft.diagnostics


def test_a_table_with_a_row_per_model_and_its_fields_as_code_spans(root: Path) -> None:
    """`| Model | Key Fields | Relations |` with a row per model: the row's code spans are its columns, `notes`? the
    optional ones (so the others are required), `(VisitType enum)` the type a plain "Enums:" list declares; a scenario
    that says "status defaults to BOOKED" gives the required enum its default."""
    spec = ("# database-schema Specification\n\n## Requirements\n\n### Requirement: Core models\n\n"
            "| Model | Key Fields | Relations |\n|---|---|---|\n"
            "| Owner | `id` (PK), `email` (unique), `name` | has many Visits |\n"
            "| Visit | `id` (PK), `date`, `kind` (VisitType enum), `status` (VisitStatus enum), `notes`?, `ownerId` (FK), "
            "`externalRef`? (unique when non-null), `createdAt` | belongs to Owner |\n\n"
            "Enums:\n- VisitType: CHECKUP, SURGERY\n- VisitStatus: BOOKED, DONE, CANCELLED\n\n"
            "#### Scenario: Visit created\n- WHEN a Visit is created with `date`, `kind`, `ownerId`\n"
            "- THEN it is stored and status defaults to BOOKED\n")
    draft, fields = read(root, {"openspec/specs/database-schema/spec.md": spec}, "Visit")
    assert list(fields) == ["date", "kind", "status", "notes", "owner_id", "external_ref"], draft.diagnostics
    assert fields["kind"]["enum_values"] == ["CHECKUP", "SURGERY"] and fields["kind"]["required"] is True
    assert fields["status"]["default"] == "BOOKED" and not fields["status"].get("required")
    assert fields["external_ref"]["unique"] and not fields["notes"].get("required") and fields["date"]["required"]


def test_an_indexes_line_under_a_table_named_in_a_spanish_plural(root: Path) -> None:
    """`### unidades` over its columns and "Indexes: ciudad, estado": the Unidad's indexes (a Spanish plural is
    not an English one, so the heading is matched as written)."""
    design = ("# Design\n\n## Data Model\n\n### unidades\n| Column | Type | Constraints |\n|---|---|---|\n"
              "| id | UUID | PK |\n| titulo | VARCHAR(200) | NOT NULL |\n| ciudad | VARCHAR(100) | NOT NULL |\n"
              "| estado | VARCHAR(20) | NOT NULL, DEFAULT 'disponible' |\n\nIndexes: ciudad, estado\n\n"
              "### pagos\n| Column | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n| monto | DECIMAL(12,2) | NOT NULL |\n"
              "| titulo | TEXT | |\n\nIndexes: titulo\n")
    draft, fields = read(root, {".kiro/specs/mvp/design.md": design, ".kiro/specs/mvp/requirements.md": "# Requirements\n"},
                         "Unidad")
    assert [n for n, f in fields.items() if f.get("index")] == ["ciudad", "estado"], draft.diagnostics


def test_a_firestore_document_with_an_embedded_list_of_objects(root: Path) -> None:
    """`exercises: [ { name: string ... } ]` in a plain block: one JSON column, its objects' members none of the
    document's; and "Program has: name, optional description" makes the description optional, not the name."""
    model = ("# Data Model\n\n### `programs`\n\n```\nprograms/{programId}\n{\n  id: string\n  trainerId: string\n"
             "  name: string\n  description: string | null\n  exercises: [          // embedded array\n    {\n"
             "      name: string\n      targetSets: number\n      order: number\n    }\n  ]\n  createdAt: timestamp\n}\n```\n")
    story = "# Programs\n\n**Acceptance Criteria:**\n- [ ] Program has: name, optional description\n"
    draft, fields = read(root, {"docs/specs/data-model.md": model, "docs/specs/user-stories/programs.md": story}, "Program")
    assert list(fields) == ["trainer_id", "name", "description", "exercises"], draft.diagnostics
    assert fields["exercises"]["type"] == "json" and fields["name"]["required"] is True


def test_a_service_context_note_of_csharp_classes_three_folders_down(root: Path) -> None:
    """`backend/Services/RentService/context.md` with the entities as C# classes: found by what it holds (no specs/ or
    docs/ folder says where), and `ReservationStatus Status { get; set; }  // Pending, Confirmed` is an enum whose values
    the comment lists, though the document never declares the type."""
    note = ("# RentService\n\n## ENTIDADES PRINCIPALES\n\n```csharp\npublic class Reservation\n{\n    public Guid Id { get; set; }\n"
            "    public Guid VehicleId { get; set; }\n    public DateTime PickupDate { get; set; }\n"
            "    public string? Notes { get; set; }\n"
            "    public ReservationStatus Status { get; set; }   // Pending, Confirmed, Cancelled\n"
            "    public Vehicle Vehicle { get; set; }\n}\n```\n")
    draft, fields = read(root, {"backend/Services/RentService/context.md": note, "README.md": "# Car dealer\n"}, "Reservation")
    assert list(fields) == ["vehicle_id", "pickup_date", "notes", "status"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["Pending", "Confirmed", "Cancelled"] and fields["status"]["required"]


def test_a_laravel_column_whose_comment_lists_its_values(root: Path) -> None:
    """`$table->string('status')->default('Diajukan'); // Diajukan, Menunggu Klarifikasi, Selesai`: an enum of the
    commented values (its default among them); `// MUT-YYYYMMDD-XXXX` after another column lists nothing."""
    plan = ("# Rencana Implementasi\n\n## Migration\n\n```php\nSchema::create('as_mutasi_aset', function (Blueprint $table) {\n"
            "    $table->id();\n    $table->string('no_mutasi')->unique();          // MUT-YYYYMMDD-XXXX\n"
            "    $table->text('alasan');\n"
            "    $table->string('status')->default('Diajukan');  // Diajukan, Menunggu Klarifikasi, Selesai\n"
            "    $table->timestamps();\n});\n```\n")
    draft, fields = read(root, {"docs/rencana-database.md": plan}, "as_mutasi_aset")
    assert list(fields) == ["no_mutasi", "alasan", "status"] and fields["no_mutasi"]["type"] == "str", draft.diagnostics
    assert fields["status"]["enum_values"] == ["Diajukan", "Menunggu Klarifikasi", "Selesai"]
    assert fields["status"]["default"] == "Diajukan"


def test_a_column_typed_by_a_postgresql_enum_type_the_table_does_not_list(root: Path) -> None:
    """`| trigger_event_type | \\`event_type\\` | NOT NULL |`: a PostgreSQL enum type whose values are listed elsewhere;
    the column is kept (as text, said in the diagnostics), not dropped for an unknown type."""
    schema = ("# Схема БД\n\n## automations\n\n| Колонка | Тип | Ограничения | Описание |\n|---|---|---|---|\n"
              "| `id` | `UUID` | PK | |\n| `name` | `VARCHAR(200)` | NOT NULL | Название |\n"
              "| `trigger_event_type` | `event_type` | NOT NULL | Тип события |\n| `is_enabled` | `BOOLEAN` | NOT NULL DEFAULT true | |\n")
    draft, fields = read(root, {"specs/db-schema.md": schema}, "automation")
    assert list(fields) == ["name", "trigger_event_type", "is_enabled"], draft.blocking
    assert fields["trigger_event_type"]["type"] == "str" and fields["trigger_event_type"]["required"] is True
    assert any("event_type" in d and "enum type" in d for d in draft.diagnostics)


def test_a_typescript_member_whose_comment_labels_its_values(root: Path) -> None:
    """`status: string  // 案件状态: pending|processing|closed`: the values after the comment's label."""
    design = ("# 数据库设计\n\n### cases 集合\n```typescript\ninterface Case {\n  _id: string       // 文档ID\n"
              "  title: string      // 案件标题\n  status: string     // 案件状态: pending|processing|closed\n"
              "  note: string       // 备注: 可选\n}\n```\n")
    draft, fields = read(root, {"specs/database/design.md": design}, "case")
    assert fields["status"]["enum_values"] == ["pending", "processing", "closed"], draft.diagnostics
    assert fields["title"]["type"] == "str" and fields["note"]["type"] == "str"


def test_a_tab_separated_table_under_its_name(root: Path) -> None:
    """`Accounts` on its own line over `Column Name<TAB>Type<TAB>Key<TAB>Notes` and one tab-separated row per column:
    the table, its types read (DECIMAL, not a number guessed from an example)."""
    schema = ("Database Schema\n\nAccounts\nColumn Name\t\tType\t\tKey\tNotes\naccount_id\t\tSERIAL\t\tPK\tAuto-increment\n"
              "user_id\t\t\tINT\t\tFK\tReferences Users.user_id\naccount_name\t\tVARCHAR(100)\t\t\n"
              "starting_balance\tDECIMAL\t\t\ncreated_at\t\tTIMESTAMP\t\tDefault NOW()\n\n"
              "Budgets\nColumn Name\tType\tKey\tNotes\nbudget_id\tSERIAL\tPK\t\nlimit_amount\tDECIMAL\t\t\n")
    api = '# Endpoints\n\nPOST /accounts\n\n```json\n{\n    "account_name": "Chase",\n    "starting_balance": 1000\n}\n```\n'
    draft, fields = read(root, {"docs/schema.md": schema, "docs/endpoints.md": api}, "account")
    assert list(fields) == ["account_name", "starting_balance"], draft.diagnostics
    assert fields["starting_balance"]["type"] == "decimal" and fields["account_name"]["max_length"] == 100
    assert "description" not in fields["account_name"]


def test_task_masters_prd_that_defines_the_tables(root: Path) -> None:
    """A project planned with Task Master keeps its requirements in `.taskmaster/docs/prd.txt` (a hidden folder, a
    .txt file): read when they define tables and nothing else does; the tasks file beside it is not a spec."""
    prd = ("# Clinic PRD\n\n## Data Models\n\n```sql\nCREATE TABLE patients (\n  id SERIAL PRIMARY KEY,\n"
           "  full_name VARCHAR(120) NOT NULL,\n  birth_date DATE\n);\n```\n")
    draft, fields = read(root, {".taskmaster/docs/prd.txt": prd, ".taskmaster/tasks/tasks.json": '{"tasks": []}',
                                "README.md": "# Clinic\n"}, "patient")
    assert draft.files_used == [".taskmaster/docs/prd.txt"] and list(fields) == ["full_name", "birth_date"]
    assert fields["full_name"]["max_length"] == 120 and fields["full_name"]["required"] is True


def test_a_create_table_placeholder_in_a_summary_does_not_lose_the_tables(root: Path) -> None:
    """`CREATE TABLE games (...);` or `create table events_0 ...;` in a summary is a placeholder: the SQL reader skips it, keeps
    the tables it read (it used to fail on the whole file, leaving only a bullet list of the columns to read)."""
    schema = ("# Schema\n\n### games Table\n\n```sql\nCREATE TABLE games (\n  id TEXT PRIMARY KEY NOT NULL,\n"
              "  seed INTEGER NOT NULL,\n  day_number INTEGER DEFAULT 0,\n  config_json TEXT NOT NULL\n);\n```\n\n"
              "**Columns:**\n- `id`: Unique game identifier\n- `seed`: Random seed for deterministic replay\n"
              "- `day_number`: Current day\n- `config_json`: JSON string of the config\n\n## Summary\n\n```sql\n"
              "CREATE TABLE games (...);\nCREATE INDEX ...;\n```\n\n## Scaling\n\n```sql\n-- Partition events by game_id hash\n"
              "create table events_0 ...;\ncreate table events_1 ...;\n```\n")
    draft, fields = read(root, {"specs/database-schema.md": schema}, "game")
    assert fields["seed"]["type"] == "int" and fields["day_number"]["default"] == 0, draft.diagnostics
    assert not any("sql reader failed" in d for d in draft.diagnostics)


def test_a_table_drawn_in_a_plain_code_block_with_a_nullable_column(root: Path) -> None:
    """```` ``` ```` `Table: vehicles`, a rule, `Field  Type  Nullable  Notes`, a rule, a column per line: the table it
    draws, 'No' in Nullable required unless the notes give a default (`Default ""`, `Default false`)."""
    model = ("# Data Model\n\n### VehicleEntity\n\n```\nTable: vehicles\n──────────────────────────\n"
             "Field          Type        Nullable   Notes\n──────────────────────────\n"
             "id             String      No         UUID, PrimaryKey\nname           String      No         Nickname (mandatory)\n"
             "make           String      No         Default \"\"\nyear           Int         Yes        null if not set\n"
             "isDeleted      Boolean     No         Soft-delete flag; Default false\n──────────────────────────\n```\n")
    draft, fields = read(root, {"specs/002-vehicles/data-model.md": model}, "002-vehicles")
    assert list(fields) == ["name", "make", "year", "is_deleted"], draft.diagnostics
    assert fields["name"]["required"] is True and fields["make"]["default"] == "" and not fields["make"].get("required")
    assert fields["is_deleted"]["default"] is False and not fields["year"].get("required")


def test_a_code_first_graphql_schema_of_object_types_and_inputs(root: Path) -> None:
    """A generated `schema.graphql`: `type ProductType` is the Product (a code-first schema's suffix), not the
    `input ProductsQueryInput` a query is asked with; `variants: [VariantType!]`, values with no id, is one JSON column."""
    sdl = ('"""Variant"""\ntype VariantType {\n  size: String!\n  stock: Int!\n}\n\n'
           'type ProductType {\n  id: ID!\n  name: String!\n  variants: [VariantType!]\n  imageUrl: String\n}\n\n'
           "input ProductFilterInput {\n  name: String\n  minPrice: Float\n}\n\n"
           "input ProductsQueryInput {\n  filter: ProductFilterInput\n  page: Int\n  productName: String\n}\n")
    draft, fields = read(root, {"docs/schema.graphql": sdl, "docs/README.md": "# Tienda\n\nProductos.\n"}, "Product")
    assert list(fields) == ["name", "variants", "image_url"], draft.diagnostics
    assert fields["variants"]["type"] == "json" and fields["name"]["required"] is True


def test_an_ecto_schema_and_its_changeset_in_a_plan(root: Path) -> None:
    """`schema "members" do field :email, :string ... end` with its changeset: `validate_required` marks the required
    ones, `validate_inclusion` a closed list, `validate_length` a bound, `unique_constraint` a unique column; a link in a
    later checklist (`http://localhost:4000`) is no column."""
    plan = ("# Membership Plan\n\n```elixir\ndefmodule Club.Member do\n  use Ecto.Schema\n\n  schema \"members\" do\n"
            "    field :email, :string\n    field :nickname, :string\n    field :tier, :string\n"
            "    field :active, :boolean, default: true\n    timestamps()\n  end\n\n  def changeset(member, attrs) do\n"
            "    member\n    |> cast(attrs, [:email, :nickname, :tier, :active])\n    |> validate_required([:email, :tier])\n"
            "    |> validate_inclusion(:tier, [\"gold\", \"silver\"])\n    |> validate_length(:nickname, max: 40)\n"
            "    |> unique_constraint(:email)\n  end\nend\n```\n\n**Steps**:\n1. Add origins:\n"
            "   - `http://localhost:4000` (API server)\n   - `https://example.com` (production)\n")
    draft, fields = read(root, {"MEMBERSHIP_PLAN.md": plan}, "member")
    assert list(fields) == ["email", "nickname", "tier", "active"], draft.diagnostics
    assert fields["email"]["required"] and fields["email"]["unique"] and not fields["nickname"].get("required")
    assert fields["tier"]["enum_values"] == ["gold", "silver"] and fields["nickname"]["max_length"] == 40
    assert fields["active"]["default"] is True


def test_a_model_stated_in_one_requirement_sentence(root: Path) -> None:
    """OpenSpec prose only: "The system SHALL persist each movie with a title, optional release date, optional synopsis,
    and creation and update timestamps. Movie titles MUST be indexed": the columns from the sentence, the optional
    ones not required, typed by their names, the timestamps the generated ones."""
    spec = ("# data-model Specification\n\n## Requirements\n\n### Requirement: Movie persistence\n\n"
            "The system SHALL\npersist each movie with a title, optional release date,\noptional synopsis, and creation and "
            "update timestamps. Movie titles MUST be\nindexed but MUST NOT be required to be unique.\n")
    draft, fields = read(root, {"openspec/specs/data-model/spec.md": spec}, "movie")
    assert list(fields) == ["title", "release_date", "synopsis"], draft.diagnostics
    assert fields["title"]["required"] and fields["title"]["index"] and not fields["title"].get("unique")
    assert fields["release_date"]["type"] == "date" and not fields["synopsis"].get("required")
    # (the answer points at the sentence's own line, though it was read with its wrapped lines joined)
    assert any(ref.part == "fields.synopsis" and ref.line == 7 for ref in draft.sources), draft.sources


def test_a_field_bullet_of_code_spans_under_an_entity_heading(root: Path) -> None:
    """`- field: \\`id\\`, \\`name\\`, \\`slug\\`, \\`icon\\` (a remark), \\`description?\\`, \\`createdAt\\`` under
    `### Category`: its columns, `description?` the optional one (so the others are required); the Destination above,
    whose bullets group names by topic ('identitas: ...'), is not read instead."""
    model = ("# Data Model\n\n## Entitas Utama\n\n### Destination\n\n**Field inti:**\n"
             "- identitas: `id`, `name`, `slug`, `tagline`, `description`\n- ekonomi: `entryFee`, `elevationMeters`\n\n"
             "### Category\nEntitas kategori.\n\n- `type`: `terrain` | `activity`\n"
             "- field: `id`, `name`, `slug`, `type`, `icon` (nama ikon Lucide, mis.\n  `lucide:mountain`), `description?`, "
             "`createdAt`, `updatedAt`.\n")
    draft, fields = read(root, {"docs/specs/data-model.md": model}, "Category")
    assert list(fields) == ["name", "slug", "type", "icon", "description"], draft.diagnostics
    assert fields["name"]["required"] is True and not fields["description"].get("required")


def test_enum_values_after_the_word_enum_in_a_columns_note(root: Path) -> None:
    """`status (enum success|failed|partial)` in a Fields line and `- Run: id, status (enum: queued|done), attempt
    optional`: the values after the word, in both forms."""
    model = ("# Data Model\n\n### Ingestion Run\n- Fields: id (uuid, pk), symbol (text), status (enum success|failed|partial), "
             "row_count (int), trigger (enum manual|scheduled).\n")
    draft, fields = read(root, {"specs/005-ingestion/data-model.md": model}, "005-ingestion")
    assert fields["status"]["enum_values"] == ["success", "failed", "partial"], draft.diagnostics
    assert fields["trigger"]["enum_values"] == ["manual", "scheduled"]
    lines = "# Schema\n\n- Job: id, title, status (enum: queued|done), attempt optional, created_at\n"
    draft, fields = read(root / "other", {"docs/schema.md": lines}, "job")
    assert fields["status"]["enum_values"] == ["queued", "done"], draft.diagnostics


def test_the_projects_own_db_folder_beside_its_docs(root: Path) -> None:
    """`doc/database.md` describes the database and says the tables are created by `shop-db/sql/shop_table.sql`: the
    DDL there is read (a folder named `<project>-db` holds the schema as much as `db/` does), `shop_address` is the
    Address, its comments the descriptions; `add_time` is the generated created_at."""
    doc = "# 数据库\n\n数据库表由 shop-db 文件夹下面的 sql 文件夹中的 shop_table.sql 创建。\n"
    ddl = ("CREATE TABLE `shop_address` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
           "  `name` varchar(63) NOT NULL DEFAULT '' COMMENT '收货人名称',\n  `city` varchar(63) NOT NULL COMMENT '市',\n"
           "  `add_time` datetime DEFAULT NULL COMMENT '创建时间',\n"
           "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\nCREATE TABLE `shop_comment` (\n  `id` int(11) NOT NULL,\n"
           "  `content` varchar(1023) DEFAULT '',\n  PRIMARY KEY (`id`)\n);\n")
    draft, fields = read(root, {"doc/database.md": doc, "shop-db/sql/shop_table.sql": ddl}, "Address")
    assert draft.spec["plural"] == "shop_addresses" and list(fields) == ["name", "city"], draft.diagnostics
    assert fields["city"]["required"] is True and fields["name"]["max_length"] == 63


def test_a_table_written_again_for_another_database_keeps_what_its_columns_hold(root: Path) -> None:
    """The same table in PostgreSQL (`BOOLEAN DEFAULT TRUE`) and then in SQLite (`INTEGER DEFAULT 1`): the later one
    stands, but a flag it can only store as a number stays a bool, its default True."""
    ddl = ("# Database Schema\n\n## PostgreSQL\n\n```sql\nCREATE TABLE packets (\n  id BIGSERIAL PRIMARY KEY,\n"
           "  seq BIGINT NOT NULL,\n  locked BOOLEAN NOT NULL DEFAULT TRUE,\n  sent_at TIMESTAMPTZ\n);\n```\n\n## SQLite\n\n"
           "```sql\nCREATE TABLE packets (\n  id INTEGER PRIMARY KEY,\n  seq INTEGER NOT NULL,\n"
           "  locked INTEGER NOT NULL DEFAULT 1,\n  sent_at TEXT\n);\n```\n")
    draft, fields = read(root, {"specs/database/schema.md": ddl}, "packets")
    assert fields["locked"]["type"] == "bool" and fields["locked"]["default"] is True, draft.diagnostics
    assert fields["sent_at"]["type"] == "datetime" and fields["seq"]["type"] == "int"


def test_a_mongo_document_listing_with_bracketed_lists_notes_and_nested_objects(root: Path) -> None:
    """A document's shape in a javascript fence: `slots: [String],` is a list of strings (no description that is
    only the type), `price_per_hour: Number` money, `type: String (required), // "flight", "hotel"` a required enum
    (a field named `type` is no Mongoose option), `rating: Number (required, min: 1, max: 5)` kept, and `helpful: {`
    an object held whole."""
    doc = ("# MongoDB Schema\n\n### Reviews Collection\n\n```javascript\n{\n  _id: ObjectId,\n"
           "  type: String (required), // \"flight\", \"hotel\"\n  rating: Number (required, min: 1, max: 5),\n"
           "  title: String,\n  slots: [String],\n  price_per_hour: Number,\n  helpful: {\n    count: Number (default: 0),\n"
           "    users: [ObjectId]\n  },\n  createdAt: Date\n}\n```\n")
    draft, fields = read(root, {"docs/MONGODB_SCHEMA.md": doc}, "Review")
    assert list(fields) == ["type", "rating", "title", "slots", "price_per_hour", "helpful"], draft.diagnostics
    assert fields["type"]["enum_values"] == ["flight", "hotel"] and fields["type"]["required"] is True
    assert fields["rating"]["required"] is True and fields["slots"]["type"] == "list[str]"
    assert not fields["title"].get("description") and fields["price_per_hour"]["type"] == "decimal"
    assert fields["helpful"]["type"] == "json"


def test_a_javascript_number_named_for_a_quantity_is_whole(root: Path) -> None:
    """`quantity_total: number` and `quantity_available: number` in an interface: counts, ints (not money, though
    one ends in `_total`)."""
    model = ("# Data Model\n\n## inventory_items\n\n```ts\ninterface InventoryItem {\n  item_id: string;\n  name: string;\n"
             "  quantity_total: number;\n  quantity_available: number;\n  weight: number;\n}\n```\n")
    draft, fields = read(root, {"docs/DATA_MODEL.md": model}, "InventoryItem")
    assert fields["quantity_total"]["type"] == "int" and fields["quantity_available"]["type"] == "int", draft.diagnostics
    assert fields["weight"]["type"] == "float"


def test_values_a_note_labels_as_values_and_a_camel_case_state_name(root: Path) -> None:
    """`values: petrol|diesel|electric` in a notes cell is the column's closed list whatever its name; and `fuelType`
    is a type column as `fuel_type` is."""
    from backend_builder.spec.extract.constraints import described_values

    assert described_values("Default 0; values: petrol|diesel|electric", "engine", None) == ["petrol", "diesel", "electric"]
    assert described_values("Fuel: petrol|diesel", "fuelType", None) == ["petrol", "diesel"]
    assert described_values("Fuel: petrol|diesel", "engine", None) is None


def test_attribute_tables_in_portuguese_with_a_property_column(root: Path) -> None:
    """`| Atributos | Propriedade | Tipo | Descrição |`: the names are the attributes; the property column says
    'Obrigatório' (required) or 'Chave estrangeira' (a foreign key), never a name."""
    model = ("# Modelo Entidade Relacionamento\n\n### Child\n\n|Atributos | Propriedade | Tipo | Descrição |\n"
             "|----------|-------------|------|-----------|\n|IdChild|Chave primária|Inteiro| Identificação |\n"
             "|IdClass|Chave estrangeira|Inteiro| Turma |\n|Name|Obrigatório|String| Nome da criança |\n")
    draft, fields = read(root, {"docs/modelagem/MER.md": model}, "Child")
    assert list(fields) == ["id_class", "name"], draft.diagnostics
    assert fields["name"]["required"] is True and fields["id_class"]["type"] == "int"


def test_a_title_names_the_first_of_two_entities_as_the_others_modifier(root: Path) -> None:
    """'# Data Model: Photo Album Organization' in a folder that names nothing: the Photo says which albums; the
    Album, defined after it, is what the feature is about."""
    model = ("# Data Model: Photo Album Organization Application\n\n### Photo\n- `file_name`: TEXT NOT NULL\n"
             "- `file_path`: TEXT NOT NULL\n- `width`: INTEGER\n- `height`: INTEGER\n\n### Album\n- `name`: TEXT NOT NULL\n"
             "- `date_period`: TEXT NOT NULL\n")
    draft, fields = read(root, {"specs/001-build-an-application/data-model.md": model}, "001-build-an-application")
    assert list(fields) == ["name", "date_period"], draft.diagnostics


def test_sql_that_shows_a_migration_pattern_or_drops_a_column(root: Path) -> None:
    """`ALTER TABLE quotes ADD COLUMN` under '### Safe Migration Patterns' shows how, on the real table's name: no
    column of the table; a migration's `DROP COLUMN` takes the column away."""
    ddl = ("# Database Schema\n\n```sql\nCREATE TABLE quotes (\n  id SERIAL PRIMARY KEY,\n  title VARCHAR(200) NOT NULL,\n"
           "  legacy_code TEXT\n);\nALTER TABLE quotes DROP COLUMN legacy_code;\n```\n\n### Safe Migration Patterns\n\n"
           "```sql\n-- Adding a column (safe)\nALTER TABLE quotes ADD COLUMN client_name VARCHAR(255);\n```\n")
    draft, fields = read(root, {"specs/database-schema.md": ddl}, "quotes")
    assert list(fields) == ["title"], draft.diagnostics


def test_a_prisma_state_column_with_its_values_in_a_comment(root: Path) -> None:
    """`status String // pre-reserved, reserved, done`: a state column's values, listed in the comment; a comment of
    words on another column (`venue Json? // endereço`) lists nothing."""
    prisma = ("model Event {\n  id String @id\n  name String\n  venue Json? // endereço do evento\n"
              "  status String // pre-reserved, reserved, production, done\n}\n")
    draft, fields = read(root, {"docs/schema.prisma": prisma}, "Event")
    assert fields["status"]["enum_values"] == ["pre-reserved", "reserved", "production", "done"], draft.diagnostics
    assert fields["venue"]["type"] == "json"


def test_a_kotlin_jpa_entity_written_as_a_plain_class(root: Path) -> None:
    """`@Entity @Table(name = "feeds") class Feed(...)` in a plan: its constructor's members are the columns, named as
    Spring names them (snake_case) or as `@Column(name = ...)` says; `nullable = false` without a default is required,
    `length` bounds a string, `columnDefinition = "TEXT"` is text; a service class beside it is no entity."""
    plan = ("# Phase 2: Feeds\n\n```kotlin\n@Entity\n@Table(name = \"feeds\")\nclass Feed(\n    @Id\n"
            "    val id: UUID = UUID.randomUUID(),\n    @Column(nullable = false, length = 2048)\n    val url: String,\n"
            "    @Column(columnDefinition = \"TEXT\")\n    var description: String? = null,\n"
            "    @Column(name = \"site_url\", length = 2048)\n    var siteUrl: String? = null,\n"
            "    var lastFetchedAt: Instant? = null,\n    @Column(name = \"failure_count\", nullable = false)\n"
            "    var failureCount: Int = 0\n)\n```\n\n```kotlin\n@Service\nclass FeedService(private val repo: FeedRepository)\n```\n")
    draft, fields = read(root, {"docs/plans/2026-03-05-phase-2-feeds.md": plan}, "Feed")
    assert draft.spec["plural"] == "feeds" and list(fields) == [
        "url", "description", "site_url", "last_fetched_at", "failure_count"], draft.diagnostics
    assert fields["url"]["required"] is True and fields["url"]["max_length"] == 2048
    assert fields["description"]["type"] == "text" and not fields["failure_count"].get("required")
    assert not any(f.get("json_key") for f in fields.values())


def test_a_rails_string_enum_is_read_from_its_own_model(root: Path) -> None:
    """`t.string :status` with `enum :status, { uploading: "uploading", failed: "failed" }` in `class Meeting`: the
    meeting's statuses, not those of the Transcript's own `enum :status` declared first."""
    plan = ("# Data Models\n\n```ruby\nclass Transcript < ApplicationRecord\n  enum :status, {\n    pending: \"pending\",\n"
            "    completed: \"completed\"\n  }\nend\n```\n\n```ruby\nclass CreateMeetings < ActiveRecord::Migration[8.1]\n"
            "  def change\n    create_table :meetings do |t|\n      t.string :title, null: false\n"
            "      t.string :status, null: false, default: \"uploading\"\n      t.timestamps\n    end\n  end\nend\n```\n\n"
            "```ruby\nclass Meeting < ApplicationRecord\n  enum :status, {\n    uploading: \"uploading\",\n"
            "    transcribing: \"transcribing\",\n    failed: \"failed\"\n  }, default: :uploading\nend\n```\n")
    draft, fields = read(root, {"spec/01_data_models_and_migrations.md": plan}, "Meeting")
    assert fields["status"]["enum_values"] == ["uploading", "transcribing", "failed"], draft.diagnostics
    assert fields["status"]["default"] == "uploading"


def test_an_ecto_schema_with_its_changeset_quoted_below_the_block(root: Path) -> None:
    """An audit quotes an Ecto schema, then its changeset's rules as bullets under the block: `validate_required`
    makes fields required, `validate_inclusion(:type, @place_types)` closes the list the module attribute gives."""
    audit = ("# Admin Place Audit\n\n```elixir\n@place_types ~w(state province country)\n\nschema \"place\" do\n"
             "  field :name, :string\n  field :code, :string\n  field :type, :string\nend\n```\n\n**Validations:**\n"
             "- `validate_required([:name, :type])`\n- `validate_inclusion(:type, @place_types)`\n"
             "- `validate_length(:code, min: 1, max: 10)`\n\n## Next\n")
    draft, fields = read(root, {"docs/audit/admin-place-V1.md": audit}, "place")
    assert fields["name"]["required"] is True and not fields["code"].get("required"), draft.diagnostics
    assert fields["type"]["enum_values"] == ["state", "province", "country"] and fields["code"]["max_length"] == 10


def test_a_graphql_api_document_at_the_root(root: Path) -> None:
    """A project whose only spec is `api.md` at the root, its schema GraphQL SDL (`type Document { id: ID! ... }`):
    the document defines the types, so it is read."""
    api = ("# API 명세\n\n## Basic Schemas\n```graphql\ntype Query {\n    document_list: [Document!]!\n}\n\n"
           "type Document {\n    id: ID!\n    title: String!\n    contents: String!\n    pages: Int\n}\n```\n")
    draft, fields = read(root, {"api.md": api}, "Document")
    assert list(fields) == ["title", "contents", "pages"], draft.diagnostics
    assert fields["title"]["required"] is True and not fields["pages"].get("required")


def test_a_django_model_with_its_choices_list_and_a_dict_default(root: Path) -> None:
    """`STATUS_CHOICES = [('available', 'Available'), ...]` in the model and `status = models.CharField(...,
    choices=STATUS_CHOICES, default='available')` over several lines: an enum of the stored values;
    `models.JSONField(default=dict)` defaults to an empty object."""
    design = ("# Design\n\n### InventoryItem Model\n```python\nclass InventoryItem(models.Model):\n    STATUS_CHOICES = [\n"
              "        ('available', 'Available'),\n        ('in_repair', 'In Repair'),\n        ('sold', 'Sold'),\n    ]\n"
              "    name = models.CharField(max_length=200)\n    characteristics = models.JSONField(default=dict, blank=True)\n"
              "    status = models.CharField(\n        max_length=20,\n        choices=STATUS_CHOICES,\n"
              "        default='available'\n    )\n```\n")
    draft, fields = read(root, {".kiro/specs/inventory/design.md": design}, "InventoryItem")
    assert fields["status"]["enum_values"] == ["available", "in_repair", "sold"], draft.diagnostics
    assert fields["status"]["default"] == "available" and fields["characteristics"]["default"] == {}


def test_a_list_of_objects_the_data_model_declares_over_a_text_column(root: Path) -> None:
    """`availability TEXT -- JSON array of {day,start,end}` in the SQL and `| availability | Availability[] |` in the
    data model, which declares `Availability = { day: string; start: string }`: a list of objects, json; and a JSONB
    column a bullet calls a bare `Array` stays json."""
    model = ("# Datamodel\n\n## Medarbejder (`Employee`)\n\n| Felt | Type | Note |\n|---|---|---|\n"
             "| `name` | string | |\n| `availability` | Availability[] | weekly |\n| `roles` | string[] | |\n\n"
             "```ts\nAvailability = { day: string; start: string; end: string }\n```\n")
    ddl = ("CREATE TABLE employees (\n  id TEXT PRIMARY KEY,\n  name TEXT NOT NULL,\n"
           "  availability TEXT NOT NULL DEFAULT '[]',   -- JSON array of {day,start,end}\n"
           "  roles TEXT NOT NULL DEFAULT '[]'\n);\n")
    draft, fields = read(root, {"docs/data_model.md": model, "db/schema.sql": ddl}, "Employee")
    assert fields["availability"]["type"] == "json" and fields["roles"]["type"] == "list[str]", draft.diagnostics


def test_references_typed_by_a_no_code_tools_names_or_said_foreign_keys(root: Path) -> None:
    """Bubble's data types: `custom.cliente` (another data type) and `user` are links to rows, held as their ids; a
    type nobody knows in a row whose note says 'FK a `Mascota`' is one too."""
    model = ("# Modelo de datos\n\n### 2.6 `OrdenServicio`\n\n| Campo | Tipo Bubble | Notas |\n|---|---|---|\n"
             "| `estado_text` | `text` | Estado |\n| `dueno_custom_cliente` | `custom.cliente` | FK a `Cliente` |\n"
             "| `staff_user` | `user` | Usuario asignado |\n| `mascota_ref` | `thing` | FK a `Mascota` |\n")
    draft, fields = read(root, {"docs/data_model.md": model}, "OrdenServicio")
    assert list(fields) == ["estado_text", "dueno_custom_cliente", "staff_user", "mascota_ref"], draft.diagnostics
    assert {fields[n]["type"] for n in ("dueno_custom_cliente", "staff_user", "mascota_ref")} == {"str"}


def test_an_er_diagram_that_marks_only_its_nullable_columns(root: Path) -> None:
    """A mermaid diagram that writes `NULL` after the columns that may be empty (`locked_until NULL`) and nothing
    after the others: those are NOT NULL, so required; the NULL ones are optional."""
    doc = ("# Database\n\n```mermaid\nerDiagram\n    users {\n        bigserial id PK\n        text login UK\n"
           "        timestamptz locked_until NULL\n    }\n    accounts {\n        bigserial id PK\n"
           "        varchar_10 currency \"ISO 4217\"\n        numeric_20_8 balance\n        text note NULL\n    }\n```\n")
    draft, fields = read(root, {"docs/database.md": doc}, "accounts")
    assert fields["currency"]["required"] is True and fields["balance"]["required"] is True, draft.diagnostics
    assert not fields["note"].get("required")


def test_a_check_list_in_a_constraint_column_and_an_iso_string(root: Path) -> None:
    """`| company_size | TEXT | CHECK (startup, pme, eti) |`: the constraint column's list closes the values; and a
    checklist's `Add due_date column to tasks (ISO string, nullable)` is a moment."""
    model = ("# Base de données\n\n## boards\n\n| Colonne | Type | Contrainte |\n|---|---|---|\n| id | UUID | PK |\n"
             "| name | TEXT | NOT NULL |\n| company_size | TEXT | CHECK (startup, pme, eti, grande_entreprise) |\n")
    draft, fields = read(root, {"specs/database.md": model}, "boards")
    assert fields["company_size"]["enum_values"] == ["startup", "pme", "eti", "grande_entreprise"], draft.diagnostics
    checklist = ("# Database\n\n## Requirements\n- [x] Tasks table: id, title, description, created_at\n"
                 "- [x] Add due_date column to tasks (ISO string, nullable)\n")
    draft, fields = read(root / "other", {"specs/database.md": checklist}, "tasks")
    assert fields["due_date"]["type"] == "datetime", draft.diagnostics


def test_a_graphql_schema_of_java_dtos_with_an_interface(root: Path) -> None:
    """A generated `docs/schema.graphql`: `interface MotionPictureDto { ... }` is the MotionPicture (a Dto suffix
    names the shape), `Long` and `LocalDate` are the JVM's scalars, `genres: [Genre]` a list of the enum's strings."""
    sdl = ("enum Genre {\n  ACTION\n  DRAMA\n}\n\nenum MotionPictureType {\n  MOVIE\n  SERIES\n}\n\n"
           "interface MotionPictureDto {\n  description: String\n  durationMinutes: Int\n  genres: [Genre]\n  id: Long\n"
           "  releaseDate: LocalDate\n  title: String\n  type: MotionPictureType\n}\n\n"
           "type Order {\n  direction: String\n  ignoreCase: Boolean\n}\n")
    draft, fields = read(root, {"docs/schema.graphql": sdl}, "MotionPicture")
    assert sorted(fields) == ["description", "duration_minutes", "genres", "release_date", "title", "type"], draft.diagnostics
    assert fields["genres"]["type"] == "list[str]" and fields["release_date"]["type"] == "date"
    assert fields["type"]["enum_values"] == ["MOVIE", "SERIES"]


def test_a_mongoose_nested_object_and_a_drizzle_column_over_several_lines(root: Path) -> None:
    """`seo: { title: { type: String, maxlength: 60 }, keywords: [String] }` is one object field (its members have
    options, it has none); Drizzle's `status: text('status', {` over `enum: [...]` and `}).default('pending')` is an
    enum column written over three lines."""
    schema = ("# Schema\n\n### 1. Updates Model\n\n```typescript\nconst updateSchema = new Schema({\n  title: {\n"
              "    type: String,\n    required: true\n  },\n  seo: {\n    title: {\n      type: String,\n      maxlength: 60\n"
              "    },\n    keywords: [String]\n  }\n});\n```\n")
    draft, fields = read(root, {"docs/DATABASE_SCHEMA.md": schema}, "Update")
    assert list(fields) == ["title", "seo"] and fields["seo"]["type"] == "json", draft.diagnostics
    drizzle = ("# Database\n\n```typescript\nexport const bookings = pgTable('bookings', {\n"
               "  id: uuid('id').primaryKey().defaultRandom(),\n  customerName: text('customer_name').notNull(),\n"
               "  status: text('status', {\n    enum: ['pending', 'confirmed', 'cancelled']\n  }).default('pending').notNull(),\n"
               "  notes: text('notes'),\n});\n```\n")
    draft, fields = read(root / "other", {"docs/03-database-schema.md": drizzle}, "bookings")
    assert fields["status"]["enum_values"] == ["pending", "confirmed", "cancelled"], draft.diagnostics
    assert fields["status"]["default"] == "pending" and "notes" in fields


def test_words_of_a_feature_that_each_name_one_table(root: Path) -> None:
    """`022-ai-wiki-portal`: 'wiki' names the WikiDocument and 'ai' the AiAssistanceRequest, neither word shared by
    two tables: the names still count (the feature is not read as naming nothing), and the prose decides between them."""
    model = ("# Data Model: AI Wiki Portal\n\n## Entity: Wiki Document\n\n**Fields**:\n\n- `id`: 고유 문서 ID\n"
             "- `title`: 문서 제목\n- `summary`: 요약\n- `status`: `draft | available`\n\n## Entity: Project\n\n**Fields**:\n\n"
             "- `name`: 이름\n- `owner`: 담당자\n- `stage`: `plan | build`\n\n## Entity: AI Assistance Request\n\n"
             "**Fields**:\n\n- `prompt`: 질문\n- `answer`: 답변\n- `state`: `open | closed`\n")
    spec = ("# Feature: AI Wiki Portal\n\nThe portal shows each project's stage. Project owners see the project risk "
            "and the project plan. A wiki document explains a project.\n")
    draft, fields = read(root, {"specs/022-ai-wiki-portal/data-model.md": model,
                                "specs/022-ai-wiki-portal/spec.md": spec}, "022-ai-wiki-portal")
    assert list(fields) == ["title", "summary", "status"], draft.diagnostics


def test_a_plain_text_data_dictionary_with_ruled_tables(root: Path) -> None:
    """`docs/diccionario-de-datos.txt` (a data dictionary is the schema): under `4.8  reservas`, a `Campo  Tipo  Req
    Descripción` header over a rule of dashed groups, one column per line; it is fuller than the Kotlin class in the
    data model beside it, so it is the entity read."""
    dictionary = ("DICCIONARIO DE DATOS\n\n4.8  reservas\n" + "-" * 60 + "\nUso de un area.\n\n"
                  "  Campo            Tipo       Req  Descripción\n  ---------------- ---------- ---- ------------------\n"
                  "  usuarioId        String     S    FK a usuarios.\n  deporte          String     S    Deporte del area.\n"
                  "  personas         Number     S    Lugares que ocupa.\n  canceladaEn      Timestamp  N    Cuando se cancelo.\n\n"
                  "4.9  checkins\n" + "-" * 60 + "\n")
    model = ("# Modelo de datos\n\n## Reservas (`Reserva.kt`)\n\n```kotlin\ndata class Reserva(\n    val id: String = \"\",\n"
             "    val usuarioId: String = \"\",\n    val personas: Int = 1\n)\n```\n")
    draft, fields = read(root, {"docs/diccionario-de-datos.txt": dictionary, "docs/modelo-de-datos.md": model}, "Reserva")
    assert list(fields) == ["usuario_id", "deporte", "personas", "cancelada_en"], draft.diagnostics
    assert fields["cancelada_en"]["type"] == "datetime"


def test_a_table_named_fill_ups_and_the_columns_every_backed_up_table_carries(root: Path) -> None:
    """`### fill_ups` is the FillUp (its last word, 'ups', is short but plural); '## Protocol columns (every backed-up
    table)' gives every table its columns (row_version, deleted_at), and is no entity of its own."""
    model = ("# Spec: Data model\n\n## Protocol columns (every backed-up table)\n\n| Column | Postgres type | Notes |\n"
             "|---|---|---|\n| `id` | `UUID` | primary key |\n| `user_id` | `UUID` | owner |\n"
             "| `row_version` | `BIGINT` | server-assigned |\n| `deleted_at` | `TIMESTAMPTZ NULL` | soft delete |\n\n"
             "## Backed-up tables\n\n### `vehicles`\n\n| Column | Postgres type | Notes |\n|---|---|---|\n"
             "| `name` | `TEXT NOT NULL` | |\n| `make` | `TEXT` | |\n\n### `fill_ups`\n\n| Column | Postgres type | Notes |\n"
             "|---|---|---|\n| `vehicle_id` | `UUID NOT NULL` | |\n| `volume_ml` | `BIGINT NOT NULL` | |\n")
    draft, fields = read(root, {"docs/specs/data-model.md": model}, "FillUp")
    assert draft.spec["plural"] == "fill_ups", draft.diagnostics
    assert {"vehicle_id", "volume_ml", "row_version", "deleted_at"} <= set(fields)


def test_a_state_columns_values_nested_under_its_bullet(root: Path) -> None:
    """`- \\`status\\`: Estado de la entrada` with `  - \\`active\\`: En espera` and `  - \\`cancelled\\`: ...` under it:
    the status's values with their meanings, not columns of the table."""
    model = ("# Design\n\n## Data Models\n\n### 1. waitlist_entries\n\n```sql\nCREATE TABLE waitlist_entries (\n"
             "  id UUID PRIMARY KEY,\n  group_id UUID NOT NULL,\n  reservation_date DATE NOT NULL,\n"
             "  status TEXT NOT NULL DEFAULT 'active',\n  position INTEGER\n);\n```\n\n**Campos:**\n- `id`: Identificador único\n"
             "- `group_id`: Grupo de parking\n- `reservation_date`: Fecha deseada\n- `status`: Estado de la entrada\n"
             "  - `active`: En espera\n  - `offer_pending`: Tiene oferta pendiente\n  - `cancelled`: Cancelada\n"
             "- `position`: Posición en cola\n")
    draft, fields = read(root, {".kiro/specs/01-lista-espera/design.md": model,
                                ".kiro/specs/01-lista-espera/requirements.md": "# Requirements\n\nUsers join a waitlist.\n"},
                         "WaitlistEntry")
    assert list(fields) == ["group_id", "reservation_date", "status", "position"], draft.diagnostics


def test_typed_bullets_with_their_values_in_spans_and_two_names_sharing_a_type(root: Path) -> None:
    """`- \\`status\\` (\\`VARCHAR(50)\\`): \\`draft\\`, \\`pending\\`, \\`paid\\``: a closed list, no columns named pending;
    `- \\`issue_date\\` & \\`due_date\\` (\\`VARCHAR(50)\\` NOT NULL): Tanggal`: two required columns."""
    model = ("# Skema\n\n#### Tabel `invoices`\n- `id` (`UUID` PK)\n- `number` (`VARCHAR(100)` NOT NULL): Nomor invoice\n"
             "- `issue_date` & `due_date` (`VARCHAR(50)` NOT NULL): Tanggal terbit & jatuh tempo\n"
             "- `status` (`VARCHAR(50)`): `draft`, `pending`, `paid`, `overdue`\n- `language` (`VARCHAR(10)`): `id` / `en`\n")
    draft, fields = read(root, {"docs/DATABASE_SCHEMA.md": model}, "invoices")
    assert list(fields) == ["number", "issue_date", "due_date", "status", "language"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["draft", "pending", "paid", "overdue"]
    assert fields["language"]["enum_values"] == ["id", "en"] and fields["due_date"]["required"] is True


def test_a_table_of_required_fields_by_collection(root: Path) -> None:
    """`| Collection | Required Fields |` over `| enrollments | enrollmentNumber, studentId, status |`: which of the
    interface's members must be given (the others not, though the interface does not mark them optional); the table
    is no entity of its own."""
    model = ("# Database Schema\n\n## Enrollments Collection\n\n```typescript\ninterface IEnrollment {\n  _id: ObjectId;\n"
             "  enrollmentNumber: string;\n  studentId: ObjectId;\n  status: 'pending' | 'approved';\n"
             "  statusHistory: { status: string }[];\n  remarks?: string;\n}\n```\n\n### Required Fields by Collection\n\n"
             "| Collection | Required Fields |\n|---|---|\n| enrollments | enrollmentNumber, studentId, status |\n"
             "| payments | receiptNumber, amount, method |\n")
    draft, fields = read(root, {"docs/DATABASE_SCHEMA.md": model}, "Enrollment")
    assert list(fields) == ["enrollment_number", "student_id", "status", "status_history", "remarks"], draft.diagnostics
    assert fields["enrollment_number"]["required"] is True and fields["status"]["required"] is True
    assert not fields["status_history"].get("required")


def test_a_go_struct_of_json_tags_alone_says_nothing_of_required(root: Path) -> None:
    """`Description string \\`json:"description"\\`` in a README's model: a Go string is never nil, but the struct
    says nothing of what a client must send; the fields are not required (a `binding:"required"` one is)."""
    readme = ("# Device Manager\n\n## Data Model\n\n```go\ntype Device struct {\n    ID          string   `json:\"id\"`\n"
              "    Name        string   `json:\"name\" binding:\"required\"`\n    Description string   `json:\"description\"`\n"
              "    Tags        []string `json:\"tags\"`\n}\n```\n")
    draft, fields = read(root, {"README.md": readme}, "Device")
    assert list(fields) == ["name", "description", "tags"], draft.diagnostics
    assert fields["name"]["required"] is True and not fields["description"].get("required")
    assert not fields["tags"].get("required")


def test_a_path_the_user_names_is_read_where_the_layout_would_not_look(root: Path) -> None:
    """The answer to "no spec file found" is "pass the file's path as feature": a file (or a folder) outside every
    layout the reader knows is then read, not looked past."""
    notes = ("# Orders\n\n## Fields\n\n- customer_name: string, required. Who ordered.\n- total: decimal, required.\n"
             "- note: string, optional.\n")
    draft, fields = read(root, {"notes/shop/orders.md": notes}, "notes/shop/orders.md")
    assert list(fields) == ["customer_name", "total", "note"], draft.diagnostics
    assert draft.files_used == ["notes/shop/orders.md"]
    draft, fields = read(root, {"notes/shop/orders.md": notes}, "notes/shop")
    assert list(fields) == ["customer_name", "total", "note"], draft.diagnostics


def test_an_api_reference_with_a_page_per_route_in_a_docs_folder_named_for_the_entity(root: Path) -> None:
    """`docs/pages/api/entities/reservation/endpoints/create.md`: `# POST /api/reservations/create-admin-reservation`
    over `#### BODY` and its typed bullets. The body is the route's resource (not an entity named BODY), and the
    update page's body adds the fields a client need not send when creating one; the response's envelope adds none."""
    create = ("# POST /api/reservations/create-admin-reservation\n\n## Solicitud\n\n#### BODY\n\n"
              "- startDate: date, **obligatorio**. Fecha de inicio.\n- vehicle: integer, **obligatorio**. Vehículo.\n"
              "- notes: string, **opcional**. Notas.\n\n## Respuesta\n\n### Parámetros de respuesta\n\n"
              "- message: string. Mensaje de confirmación.\n")
    update = ("# PUT /api/reservations/:id\n\n## Solicitud\n\n#### BODY\n\n- cancellationDate: date, **opcional**. Fecha.\n"
              "- initialKms: integer, **opcional**. Kilometraje.\n")
    listing = ("# GET /api/reservations\n\n## Respuesta\n\n### Parámetros de respuesta\n\n- message: string. Mensaje.\n"
               "- data: array. Las reservas.\n")
    base = "docs/pages/api/entities/reservation/endpoints"
    draft, fields = read(root, {f"{base}/create.md": create, f"{base}/update.md": update, f"{base}/getAll.md": listing},
                         "reservation")
    assert draft.spec["name"] == "reservation", draft.diagnostics
    assert list(fields) == ["start_date", "vehicle", "notes", "cancellation_date", "initial_kms"], draft.diagnostics
    assert fields["start_date"]["required"] is True and fields["vehicle"]["type"] == "int"
    assert not fields["cancellation_date"].get("required") and fields["cancellation_date"]["type"] == "date"
    assert "POST /api/reservations/create-admin-reservation" in draft.endpoints


def test_prisma_models_written_without_the_model_keyword_and_with_hash_comments(root: Path) -> None:
    """A ```prisma fence of `Homework { ... }` blocks (no `model` keyword) with `# 未提出` comments, its enums in
    another fence: the models and the enum values are read as Prisma's own."""
    doc = ("# データモデル\n\n### Homework（宿題）\n\n```prisma\nHomework {\n  id          String  @id @default(uuid())\n"
           "  title       String\n  description String?\n  status      HomeworkStatus @default(assigned)    # 状態\n"
           "  dueDate     DateTime\n\n  @@index([dueDate])\n}\n```\n\n## Enums\n\n```prisma\nenum HomeworkStatus {\n"
           "  assigned   # 未提出\n  submitted  # 提出済み\n  approved   # 承認済み\n}\n```\n")
    draft, fields = read(root, {"docs/data-models.md": doc}, "Homework")
    assert list(fields) == ["title", "description", "status", "due_date"], draft.diagnostics
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["assigned", "submitted", "approved"]
    assert fields["status"]["default"] == "assigned" and fields["title"]["required"] is True
    assert not fields["description"].get("required")


def test_an_enum_columns_values_between_a_remark_and_a_default_in_its_note(root: Path) -> None:
    """`| status | enum | pending_review / accepted / shipping — **must match the frontend** |`, `| cancel_reason |
    enum | nullable — customer_request / other (only when cancelled) |`, `| delivery_method | enum | shop_delivery /
    self_pickup, default \\`self_pickup\\` |`: the values are the slash list, whatever the note says around it."""
    erd = ("# ERD\n\n## orders\n\n| column | type | note |\n|---|---|---|\n| id | uuid (PK) | |\n| title | text | |\n"
           "| status | enum | pending_review / accepted / shipping — **ต้องตรงกับ frontend** |\n"
           "| cancel_reason | enum | nullable — customer_request / invalid_file / other (ใส่ตอน cancelled) |\n"
           "| delivery_method | enum | shop_delivery / self_pickup, default `self_pickup` |\n")
    draft, fields = read(root, {"docs/erd.md": erd}, "orders")
    assert fields["status"]["enum_values"] == ["pending_review", "accepted", "shipping"], draft.diagnostics
    assert fields["cancel_reason"]["enum_values"] == ["customer_request", "invalid_file", "other"]
    assert fields["delivery_method"]["enum_values"] == ["shop_delivery", "self_pickup"]
    assert fields["delivery_method"]["default"] == "self_pickup"


def test_an_openspec_change_of_one_columns_snippet_reads_the_prisma_models_a_planning_doc_holds(root: Path) -> None:
    """openspec/changes/x/design.md shows only `model Asset { serialNumber String @unique }`; the project's models are
    in docs/inventory-planning.md, Prisma blocks no layout names: with one table written in the specs, read them too."""
    design = ("# Design\n\n## Serial numbers\n\n```prisma\nmodel Asset {\n  serialNumber String @unique\n}\n```\n")
    planning = ("# Inventory planning\n\n## Models\n\n```prisma\nmodel AssetCategory {\n  id   Int    @id @default(autoincrement())\n"
                "  name String @unique\n}\n\nmodel Asset {\n  id         Int     @id @default(autoincrement())\n"
                "  name       String\n  assetCode  String  @unique\n  brand      String?\n  serialNumber String?\n  categoryId Int\n}\n```\n")
    draft, fields = read(root, {"openspec/changes/enhance-inventory/design.md": design,
                                "openspec/changes/enhance-inventory/proposal.md": "# Proposal\n\nSerial numbers.\n",
                                "docs/inventory-planning.md": planning}, "Asset")
    assert {"name", "asset_code", "brand", "category_id", "serial_number"} <= set(fields), draft.diagnostics
    assert fields["asset_code"]["unique"] is True and not fields["brand"].get("required")


def test_a_convex_schema_of_define_table_validators(root: Path) -> None:
    """`inventoryItems: defineTable({ ... })` in a typescript fence: `v.optional(...)` may be missing, every other
    validator must be there; `v.union` of literals is an enum, `v.id("users")` a string id, `v.number()` whole where
    the name says so; `.index("by_x", ["x"])` indexes x."""
    schema = ("# Database Schema\n\n### inventoryItems\n\n```typescript\ninventoryItems: defineTable({\n"
              "  businessAccountId: v.id(\"businessAccounts\"),\n  sku: v.string(),\n  quantityAvailable: v.number(),\n"
              "  status: v.union(v.literal(\"available\"), v.literal(\"sold\")), // Added in Story 1.6\n"
              "  price: v.optional(v.number()),       // Unit price\n  tags: v.array(v.string()),\n"
              "  lastSyncedAt: v.optional(v.number()),\n  syncErrors: v.optional(v.array(v.object({\n"
              "    provider: v.string(),\n    error: v.string(),\n  }))),\n})\n"
              ".index(\"by_businessAccount\", [\"businessAccountId\"])\n.index(\"by_sku\", [\"businessAccountId\", \"sku\"]),\n```\n")
    draft, fields = read(root, {"docs/architecture/database-schema.md": schema}, "InventoryItem")
    assert list(fields) == ["business_account_id", "sku", "quantity_available", "status", "price", "tags",
                            "last_synced_at", "sync_errors"], draft.diagnostics
    assert fields["sku"]["required"] is True and not fields["price"].get("required")
    assert fields["status"]["enum_values"] == ["available", "sold"] and fields["quantity_available"]["type"] == "int"
    assert (fields["price"]["type"], fields["tags"]["type"], fields["sync_errors"]["type"]) == ("float", "list[str]", "json")
    assert fields["last_synced_at"]["type"] == "int" and fields["business_account_id"]["type"] == "str"
    assert fields["business_account_id"]["index"] is True and not fields["sku"].get("index")


def test_a_mongoose_schema_called_without_new_with_a_bare_flag(root: Path) -> None:
    """`const messageSchema = Schema({ ..., isDeleted: false }, { timestamps: true })`: Schema called as a function
    builds the same schema; `isDeleted: false` is a flag whose value stands in the type's place."""
    doc = ("## Design database schema\n\n- Create `/models/Message.js`:\n\n  ```javascript\n"
           "  const messageSchema = Schema(\n    {\n      to: { type: Schema.ObjectId, required: true, ref: \"User\" },\n"
           "      title: { type: String, required: true },\n      status: { type: String, enum: [\"seen\", \"unseen\"] },\n"
           "      isDeleted: false,\n    },\n    { timestamps: true }\n  );\n\n"
           "  const Message = mongoose.model(\"Message\", messageSchema);\n  ```\n")
    draft, fields = read(root, {"doc/server/04_design_database.md": doc}, "Message")
    assert list(fields) == ["to", "title", "status", "is_deleted"], draft.diagnostics
    assert fields["title"]["required"] is True and fields["status"]["enum_values"] == ["seen", "unseen"]
    assert fields["is_deleted"]["type"] == "bool" and fields["is_deleted"]["default"] is False
    assert not fields["is_deleted"].get("required")


def test_a_staged_plan_in_docs_whose_only_schema_is_sqlalchemy_code(root: Path) -> None:
    """`docs/Etapa2_Catalogos_Backend.md`, a plan named for nothing, holds the SQLAlchemy models in a python fence:
    `__tablename__ = "products"` says it defines a table, so the docs are read."""
    plan = ("# Etapa 2 — Catálogos\n\n## Modelos\n\n```python\n# app/models/product.py\nclass Product(Base):\n"
            "    __tablename__ = \"products\"\n\n    id = Column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)\n"
            "    name = Column(String, nullable=False)\n    cost = Column(Numeric(12, 2), nullable=False, default=0)\n"
            "    notes = Column(Text, nullable=True)\n```\n")
    draft, fields = read(root, {"docs/Etapa2_Catalogos_Backend.md": plan, "README.md": "# Multimarket\n"}, "Product")
    assert list(fields) == ["name", "cost", "notes"], draft.diagnostics
    assert fields["name"]["required"] is True and fields["cost"]["type"] == "decimal"


def test_go_structs_of_json_tags_in_a_document_with_no_table_hold_their_nested_structs(root: Path) -> None:
    """A diagram editor that keeps each diagram as one JSON file: `Nodes []Node`, `Viewport Viewport` are parts of the
    document (json), not relations, where nothing in the document is a table (no column tag, no DDL)."""
    doc = ("## Data model\n\n```go\ntype Diagram struct {\n    ID        string    `json:\"id\"`\n"
           "    Name      string    `json:\"name\"`\n    Nodes     []Node    `json:\"nodes\"`\n"
           "    Viewport  Viewport  `json:\"viewport\"`\n    CreatedAt time.Time `json:\"createdAt\"`\n}\n\n"
           "type Node struct {\n    ID   string `json:\"id\"`\n    Kind string `json:\"kind\"`\n}\n\n"
           "type Viewport struct {\n    X    float64 `json:\"x\"`\n    Zoom float64 `json:\"zoom\"`\n}\n```\n")
    draft, fields = read(root, {"docs/architecture.md": doc}, "Diagram")
    assert list(fields) == ["name", "nodes", "viewport"], draft.diagnostics
    assert fields["nodes"]["type"] == "json" and fields["viewport"]["type"] == "json"
    # (with a column tag in the document, a struct-typed member is a relation, as before)
    tagged = doc.replace('`json:"name"`', '`json:"name" gorm:"size:100"`')
    draft, fields = read(root, {"docs/architecture.md": tagged}, "Diagram")
    assert list(fields) == ["name"], draft.diagnostics


def test_laravel_migration_words_in_a_column_list(root: Path) -> None:
    """`- \\`jiwa\\` (unsignedInteger, nullable)`, `(unsignedBigInteger, nullable)`, `(string, 30)` and a `timestamps`
    line: Laravel's column methods are types (not a list of values), the number after `string` its length, and
    `timestamps` the created_at/updated_at pair, no column of that name."""
    schema = ("# Database Schema Reference\n\n## 3. Tabel `zakat_transactions`\n- `id` (PK)\n"
              "- `no_transaksi` (string, 30) - *nomor struk*\n- `muzakki_id` (FK -> muzakki)\n"
              "- `nominal_uang` (unsignedBigInteger, nullable)\n- `jiwa` (unsignedInteger, nullable) - *Jumlah jiwa*\n"
              "- `catatan` (text, nullable)\n- `timestamps`\n- `deleted_at` (soft deletes)\n")
    draft, fields = read(root, {"docs/db-schema.md": schema}, "zakat_transactions")
    assert list(fields) == ["no_transaksi", "muzakki_id", "nominal_uang", "jiwa", "catatan", "deleted_at"], draft.diagnostics
    assert fields["no_transaksi"]["max_length"] == 30
    assert (fields["nominal_uang"]["type"], fields["jiwa"]["type"], fields["catatan"]["type"]) == ("int", "int", "text")
    assert not fields["nominal_uang"].get("enum_values") and not fields["jiwa"].get("required")
    # (an `id` (PK) with no type of its own says nothing of what references it hold)
    assert not any("whose id is str" in note for note in draft.diagnostics), draft.diagnostics


def test_an_italian_data_model_of_obbl_marks_state_tables_and_a_conditional_note(root: Path) -> None:
    """`| Campo | Tipo | Obbl. | Note |` with ✅ or nothing: the blank is optional. `| stato_cattura | enum | | stato
    tecnico della cattura, vedi sotto |` takes its values from `| Stato cattura | Significato |` (not the `stato` table
    its note's first word names); 'solo per `online`' says when a url is filled, not its values; `| timestamps,
    softDeletes | |` is the deleted_at of a soft delete."""
    model = ("# Modello dati\n\n## Uscita\n\n| Campo | Tipo | Obbl. | Note |\n|---|---|---|---|\n| `id` | id | | |\n"
             "| `titolo` | text | ✅ | titolo dell'articolo |\n"
             "| `url` | text | | solo per `online`; **unique per rassegna**. `text`: gli URL superano i 255 caratteri |\n"
             "| `stato` | enum | ✅ | ciclo di vita di business, vedi sotto |\n"
             "| `stato_cattura` | enum | | stato tecnico della cattura web, vedi sotto |\n"
             "| `note` | text | | interne |\n| timestamps, softDeletes | | | |\n\n"
             "| Stato | Chi lo produce |\n|---|---|\n| `candidato` | scoperta |\n| `approvato` | operatore |\n\n"
             "| Stato cattura | Significato |\n|---|---|\n| `in_attesa` | job accodato |\n| `completata` | prodotti |\n")
    draft, fields = read(root, {"docs/modello-dati.md": model}, "Uscita")
    assert list(fields) == ["titolo", "url", "stato", "stato_cattura", "note", "deleted_at"], draft.diagnostics
    assert fields["titolo"]["required"] is True and not fields["note"].get("required")
    assert fields["url"]["type"] == "text" and not fields["url"].get("enum_values")
    assert fields["stato"]["enum_values"] == ["candidato", "approvato"]
    assert fields["stato_cattura"]["enum_values"] == ["in_attesa", "completata"]
    assert fields["deleted_at"]["type"] == "datetime" and not fields["deleted_at"].get("required")


def test_an_enum_whose_values_follow_in_one_code_span(root: Path) -> None:
    """'- `status`: enum `Pending | Paid | Declined`' (no colon after enum): the span is the list of values."""
    model = ("# Data Model\n\n## PaymentRequest\n\n- `amount`: decimal\n- `recipientContactType`: enum `email | phone`\n"
             "- `status`: enum `Pending | Paid | Declined`\n")
    draft, fields = read(root, {"specs/001-p2p-request/data-model.md": model, "specs/001-p2p-request/spec.md": "# Spec\n"},
                         "001-p2p-request")
    assert fields["recipient_contact_type"]["enum_values"] == ["email", "phone"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["Pending", "Paid", "Declined"]


def test_a_status_drawn_as_transitions_to_several_states_a_line(root: Path) -> None:
    """'Valid task status transitions:' over a fence of `triage → todo, archived` lines (a comma between the states
    one leads to, a remark in parentheses): the TEXT status column's values, starting from triage."""
    schema = ("# Database Schema\n\n## tasks\n\n| Column | Type | Default | Description |\n|---|---|---|---|\n"
              "| id | TEXT | | Primary key |\n| title | TEXT | - | Task title |\n| status | TEXT | 'triage' | Current status |\n\n"
              "## Status Transitions\n\nValid task status transitions:\n\n```\ntriage → todo, archived\n"
              "todo → ready, triage, archived\nready → done, archived\ndone → archived (or reopen to ready)\n"
              "archived → (terminal)\n```\n")
    draft, fields = read(root, {"specs/database-schema.md": schema}, "tasks")
    assert fields["status"]["type"] == "enum", draft.diagnostics
    assert fields["status"]["enum_values"] == ["triage", "todo", "archived", "ready", "done"]
    assert fields["status"]["default"] == "triage"


def test_a_javascript_date_named_for_a_time_is_a_moment(root: Path) -> None:
    """`- \\`startTime\\`: Date - When the workout began`: JavaScript's Date of a field named for a time is a date and
    time; `- \\`birthDate\\`: Date` stays a date."""
    model = ("# Data Model\n\n## WorkoutSession\n\n- `startTime`: Date - When the workout began\n"
             "- `birthDate`: Date - The athlete's birthday\n- `pushUpCount`: number - How many\n")
    draft, fields = read(root, {"specs/001-pushups/data-model.md": model, "specs/001-pushups/spec.md": "# Spec\n"},
                         "001-pushups")
    assert fields["start_time"]["type"] == "datetime", draft.diagnostics
    assert fields["birth_date"]["type"] == "date"


def test_a_default_column_that_writes_null_for_the_columns_that_may_be_empty(root: Path) -> None:
    """`| body | TEXT | NULL |` beside `| title | TEXT | - |` in a table with no column of its own for presence: NULL
    is the default of a column that may be empty, the dash that of one that may not (a value default is neither)."""
    schema = ("# Schema\n\n### tasks\n\n| Column | Type | Default | Description |\n|---|---|---|---|\n"
              "| id | TEXT | - | Primary key |\n| title | TEXT | - | Task title |\n| body | TEXT | NULL | Description |\n"
              "| priority | INTEGER | 0 | Priority |\n| created_by | TEXT | - | Creator |\n")
    draft, fields = read(root, {"specs/database-schema.md": schema}, "tasks")
    assert fields["title"]["required"] is True and fields["created_by"]["required"] is True, draft.diagnostics
    assert not fields["body"].get("required") and not fields["priority"].get("required")
    assert fields["priority"]["default"] == 0


def test_a_graphql_types_descriptions_and_a_field_its_resolver_calculates(root: Path) -> None:
    """A description string, 'Total value of the order (calculated from items).', over `total: Decimal!` in
    docs/schema.graphql: the description is the field's notes, and a non-null field calculated from others is the
    resolver's, no column."""
    sdl = ('type Query {\n  order(id: String!): Order\n}\n\ntype Order {\n  """Unique identifier of the order."""\n  id: ID!\n\n'
           '  """Title of the order."""\n  title: String!\n\n  """Detailed description of the order."""\n  description: String\n\n'
           '  """Total value of the order (calculated from items)."""\n  total: Decimal!\n}\n')
    draft, fields = read(root, {"docs/schema.graphql": sdl}, "Order")
    assert list(fields) == ["title", "description"], draft.diagnostics
    assert fields["description"]["description"] == "Detailed description of the order."


def test_go_structs_without_tags_in_a_readme_at_the_root(root: Path) -> None:
    """A README whose '## Database Schema' is ```go structs with no tags: `ID uuid.UUID` first marks a table, so the
    root is read; `Status string // PENDING | CONFIRMED` lists its values; `Service Service` beside `ServiceID` is the
    relation the key loads (left out), not a document held inside."""
    readme = ("# IVY Backend\n\n## Database Schema\n\n```go\ntype Booking struct {\n    ID         uuid.UUID\n"
              "    UserID     string    // Foreign key to User\n    ServiceID  uuid.UUID // Foreign key to Service\n"
              "    BookedDate string    // Appointment date\n    Status     string    // PENDING | CONFIRMED | CANCELLED\n"
              "    Service    Service   // Belongs to relationship\n}\n\ntype Service struct {\n    ID   uuid.UUID\n"
              "    Name string\n}\n```\n")
    draft, fields = read(root, {"README.md": readme}, "Booking")
    assert list(fields) == ["service_id", "booked_date", "status"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["PENDING", "CONFIRMED", "CANCELLED"]
    assert fields["service_id"]["type"] == "uuid"


def test_a_collection_shown_only_as_an_example_document_beside_a_typed_list(root: Path) -> None:
    """`### 3.3 discoveries（发现记录）` over a ```js example document (`category: "昆虫", // 枚举：昆虫/植物/鸟类`),
    in a design whose one typed list is another collection's: the collection the feature names is read from its
    example; the comment's 枚举 (enum) list gives the values."""
    doc = ("# 数据库设计\n\n### 3.3 discoveries（发现记录）\n\n```js\n{\n  _id: ObjectId,\n  openid: \"wx_abc123\",  // 所属用户\n"
           "  speciesName: \"玉带凤蝶\",  // 物种中文名\n  category: \"昆虫\",  // 枚举：昆虫/植物/鸟类\n  confidence: 0.92,\n"
           "  isManualSearch: false\n}\n```\n\n### 3.5 species（物种主档）\n\n- `seasonData`: object，季节数据\n"
           "- `speciesKey`: string，查重键\n")
    draft, fields = read(root, {"docs/数据库设计.md": doc}, "discoveries")
    assert draft.spec["name"] == "discovery", draft.diagnostics
    assert list(fields) == ["openid", "species_name", "category", "confidence", "is_manual_search"]
    assert fields["category"]["enum_values"] == ["昆虫", "植物", "鸟类"] and fields["confidence"]["type"] == "float"


def test_a_changes_snippet_of_one_column_yields_to_the_table_that_lists_them_all(root: Path) -> None:
    """An archived change's `interface Claim { aliado_origen: string }` under 'Data Model Changes', and the current
    change's '- **THEN** a `claims` table must exist with columns for:' and its sixteen bullets: the table is the
    definition (not a proper superset of the snippet, but five times its size)."""
    delta = ("# Logic Completion\n\n## Data Model Changes\n\n```typescript\ninterface Claim {\n  aliado_origen: string;\n}\n```\n")
    schema = ("## ADDED Requirements\n\n### Requirement: Database Tables\n\n#### Scenario: Claims Table Structure\n"
              "- **WHEN** the database is initialized\n- **THEN** a `claims` table must exist with columns for:\n"
              "  - `poliza` (string)\n  - `asegurado` (string)\n  - `monto_reclamo` (number)\n  - `prioridad` (string)\n"
              "  - `fecha_ocurrencia` (timestamp)\n  - `notas` (text)\n")
    draft, fields = read(root, {"openspec/changes/archive/2026-02-10-x/specs.md": delta,
                                "openspec/changes/supabase/specs/database-schema/spec.md": schema}, "Claim")
    assert list(fields) == ["poliza", "asegurado", "monto_reclamo", "prioridad", "fecha_ocurrencia", "notas"], draft.diagnostics


def test_a_mongoose_schema_under_the_collections_heading(root: Path) -> None:
    """`## pull_requests` over `const PRSchema = new Schema({...})` (no model() call): the heading names the
    collection the abbreviated variable holds, so the feature `pull_request` reads it, not its neighbour."""
    doc = ("# Data Models\n\n## repos\n\n```js\nconst RepoSchema = new Schema({\n  name: { type: String, required: true },\n"
           "  url: String,\n});\n```\n\n## pull_requests\n\n```js\nconst PRSchema = new Schema({\n"
           "  title: { type: String, required: true },\n  number: Number,\n  mergedAt: Date,\n});\n```\n")
    api = "# API\n\n- `GET /api/v1/repos` lists repos\n- `POST /api/v1/repos/:id/sync` syncs a repo's pull requests\n"
    draft, fields = read(root, {"docs/models.md": doc, "docs/api.md": api}, "pull_request")
    assert list(fields) == ["title", "number", "merged_at"], draft.diagnostics


def test_routes_of_the_api_spec_that_feature_spec_cannot_express_are_said(root: Path) -> None:
    """`POST /api/reservations/create-admin-reservation` and `GET /api/reservations/user-reservations` in the API
    spec, no frontend: the answer says, with file:line, that they are not served (once a route), rather than listing
    them among the endpoints as if the backend had them; the plain collection and item routes are not reported."""
    schema = "# Schema\n\n## reservations\n\n| Column | Type | Required |\n|---|---|---|\n| start_date | date | yes |\n"
    api = ("# API\n\n- `GET /api/reservations` list\n- `POST /api/reservations/create-admin-reservation` create for a user\n"
           "- `GET /api/reservations/user-reservations` mine\n- `DELETE /api/reservations/{id}` remove\n\n"
           "## Again\n\n- `POST /api/reservations/create-admin-reservation`\n")
    draft, _fields = read(root, {"specs/database/schema.md": schema, "specs/api/reservations.md": api}, "reservation")
    assert [u.split(": ", 1)[0] for u in draft.unsupported] == ["specs/api/reservations.md:4", "specs/api/reservations.md:5"]
    assert "POST /api/reservations/create-admin-reservation" in draft.unsupported[0]


def test_spec_kit_feature_folders_in_a_hidden_tools_folder_and_a_numbered_docs_feature_folder(root: Path) -> None:
    """`.sdd/specs/003-inbound-receipt-qc/data-model.md` (a tool that keeps Spec Kit's folders in a hidden one), and
    `docs/backend/Features/06-feature-Reservation/02-database.md` (docs that number and label their features): both
    are the specs, though neither sits where the reader first looks."""
    model = ("# Data Model: Inbound Receipt\n\n## receipts\n\n| Column | Type | Constraints |\n|---|---|---|\n"
             "| id | BIGSERIAL | PRIMARY KEY |\n| receipt_number | VARCHAR(50) | NOT NULL UNIQUE |\n| document_date | DATE | NOT NULL |\n")
    folder = ".sdd/specs/003-inbound-receipt-qc"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": "# Feature: Inbound receipts\n"},
                         "003-inbound-receipt-qc")
    assert list(fields) == ["receipt_number", "document_date"], draft.diagnostics
    # (a hidden folder's specs/ without Spec Kit's numbered feature folders stays unread: `.cache/specs/` is no spec)
    with pytest.raises(BuilderError, match="No spec file found"):
        read(root / "cache", {".cache/specs/notes.md": "# Notes\n\nSome cached notes.\n"}, "receipt")
    database = ("# Reservation: database\n\n```csharp\npublic class Reservation\n{\n    public int Id { get; set; }\n"
                "    public DateTime StartTime { get; set; }\n    public string? AdminComment { get; set; }\n}\n```\n")
    base = "docs/backend/Features/06-feature-Reservation"
    draft, fields = read(root / "docs", {f"{base}/02-database.md": database, f"{base}/01-overview.md": "# Reservations\n"},
                         "reservation")
    assert list(fields) == ["start_time", "admin_comment"], draft.diagnostics
    assert any("06-feature-Reservation" in d for d in draft.diagnostics)


def test_a_list_of_derived_values_in_a_tables_section_does_not_make_it_a_value_object(root: Path) -> None:
    """Album's section lists its columns, then '**Derived (computed, never stored):**' over two bullets. That list
    is part of the Album, and 'Non-unique across albums' says the name is not unique. Of `001-photo-albums`, both
    named by a word of it, the album is the head noun; in Spanish (`reserva-salas`) the head comes first."""
    model = ("# Data Model: Photo Album Organizer\n\n## Entities\n\n### Album\n\nA container of photos.\n\n"
             "| Field | Type | Required | Description |\n|---|---|---|---|\n| `id` | `string` | Yes | Identifier. |\n"
             "| `name` | `string` | Yes | Display name. Non-unique across albums. Max 100 chars. |\n"
             "| `coverPhotoId` | `string \\| null` | Yes | The cover photo. |\n\n"
             "**Derived (computed, never stored):**\n- `photoCount: number` — count of the photos in the album.\n\n"
             "### Photo\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n| `id` | `string` | Yes | Identifier. |\n"
             "| `albumId` | `string` | Yes | The album. |\n| `fileName` | `string` | Yes | The file. |\n"
             "| `mimeType` | `string` | Yes | Its type. |\n| `dateTaken` | `string` | Yes | When it was taken. |\n")
    folder = "specs/001-photo-albums"
    spec = "# Feature: Photo albums\n\nThe user creates an album and adds each photo to it. Photos are sorted by the date they were taken.\n"
    draft, fields = read(root, {f"{folder}/data-model.md": model, f"{folder}/spec.md": spec}, folder)
    assert draft.spec["name"] == "album", draft.diagnostics
    assert list(fields) == ["name", "cover_photo_id"] and not fields["name"].get("unique")
    modelo = ("# Modelo de datos\n\n### Sala\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| id | UUID | PK |\n"
              "| nombre | VARCHAR(80) | NOT NULL |\n| capacidad | INTEGER | NOT NULL |\n\n### Reserva\n\n| Campo | Tipo | Notas |\n"
              "|---|---|---|\n| id | UUID | PK |\n| sala_id | UUID | FK |\n| inicio | TIMESTAMP | NOT NULL |\n")
    carpeta = "specs/002-reserva-salas"
    draft, _fields = read(root, {f"{carpeta}/data-model.md": modelo, f"{carpeta}/spec.md": (
        "# Especificación\n\nEl usuario elige una sala de la lista: las salas muestran su capacidad y cada sala su nombre. "
        "Luego confirma con la reserva.\n")}, carpeta)
    assert draft.spec["name"] == "reserva", draft.diagnostics


def test_a_key_mark_column_before_the_names_and_prose_defaults_and_lists(root: Path) -> None:
    """`|Key|Column|Datatype|Nullable?|` over `|🔑|question\\_id|integer|❌|` and rows whose first cell is empty: the
    names are the Column's. 'it defaults to the current timestamp if not provided' is the server's now, and
    "('unresolved', 'resolved', and 'assigned' are currently used values)" lists three values, the last after 'and'."""
    doc = ("# Database Documentation\n\n## Tables\n\n### questions\nAll the questions asked.\n\n"
           "|Key|Column|Datatype|Nullable?|Description|\n|:---:|---|---|:---:|---|\n"
           "|🔑|question\\_id|integer|❌|Auto-incrementing id|\n||content|text|❌|Text of the question|\n"
           "||time\\_entered|timestamp with time zone|❌|When it was entered; it defaults to the current timestamp if not provided|\n"
           "||status|text|❌|The status ('unresolved', 'resolved', and 'assigned' are currently used values)|\n"
           "||time\\_addressed|timestamp with time zone|✔️|When it was resolved|\n")
    draft, fields = read(root, {"docs/database.md": doc}, "questions")
    assert list(fields) == ["content", "time_entered", "status", "time_addressed"], draft.diagnostics
    assert fields["time_entered"]["default"] == "now" and not fields["time_entered"].get("required")
    assert fields["status"]["enum_values"] == ["unresolved", "resolved", "assigned"]


def test_a_mysql_dump_key_named_with_a_hyphen_after_the_columns_is_the_generated_id(root: Path) -> None:
    """An unfenced MySQL dump under an indented list of the columns, `\\`inf-Barcode\\` bigint(11) NOT NULL auto_increment`
    and `PRIMARY KEY (\\`inf-Barcode\\`)` after the columns: the table's own key, left out like an `id`."""
    doc = ("# 数据库设计\n\n## 商品信息表(goods_information)\n    商品条形码inf-Barcode \n    商品名称inf_Name \n\n"
           "CREATE TABLE `goods_information` (\n"
           "  `inf-Barcode` bigint(11) NOT NULL auto_increment,\n  `inf_Name` varchar(255) NOT NULL default '',\n"
           "  `inf_Price` FLOAT NOT NULL default '0',\n  PRIMARY KEY  (`inf-Barcode`)\n) ENGINE=InnoDB DEFAULT CHARSET=latin1;\n")
    draft, fields = read(root, {"docs/db.md": doc}, "goods_information")
    assert list(fields) == ["inf_name", "inf_price"], draft.diagnostics


def test_a_mongodb_collection_validator_says_types_presence_and_values(root: Path) -> None:
    """`$jsonSchema` with `required: [...]`, `bsonType: ["string", "null"]`, money as `["double", "int", "decimal"]`
    and `enum: [..., null]`, under '## 7) orders' and a '**Notes**' label: the orders collection's fields. An example
    document's 'string (Asia/Karachi)' names a time zone, not two values."""
    doc = ("# MongoDB Schema Design\n\n## 7) orders (Sheets-compatible)\n\nExample\n```\n{\n  _id: ObjectId(\"...\"),\n"
           "  firstName: \"John\",\n  timestamp: \"Friday, 10:00 AM\", // string (Asia/Karachi)\n}\n```\n\nNotes\n"
           "- Fields align with the app.\n\nValidator\n```\n{\n  $jsonSchema: {\n    bsonType: \"object\",\n"
           "    required: [\"firstName\", \"grandTotal\", \"createdAt\"],\n    properties: {\n"
           "      firstName: { bsonType: \"string\", maxLength: 60 },\n      email: { bsonType: [\"string\", \"null\"] },\n"
           "      persons: { bsonType: [\"int\", \"long\"] },\n"
           "      grandTotal: { bsonType: [\"double\", \"int\", \"long\", \"decimal\"] },\n"
           "      timestamp: { bsonType: [\"string\", \"null\"] },\n      createdAt: { bsonType: \"date\" },\n"
           "      status: { enum: [\"pending\", \"ready\", \"delivered\", null] }\n    }\n  }\n}\n```\n")
    draft, fields = read(root, {"docs/mongodb-schema.md": doc}, "orders")
    assert draft.spec["name"] == "order", draft.diagnostics
    assert list(fields) == ["first_name", "email", "persons", "grand_total", "timestamp", "status"], draft.diagnostics
    assert fields["first_name"]["required"] is True and fields["first_name"]["max_length"] == 60
    assert not fields["email"].get("required") and fields["persons"]["type"] == "int"
    assert fields["grand_total"]["type"] == "decimal" and fields["grand_total"]["required"] is True
    assert fields["timestamp"]["type"] == "str" and not fields["timestamp"].get("enum_values")
    assert fields["status"]["enum_values"] == ["pending", "ready", "delivered"] and not fields["status"].get("required")


def test_a_typescript_room_with_korean_comments_and_a_lifecycle_drawn_before_storage(root: Path) -> None:
    """`hostId: number; // 방장 ID (User FK)` is a key, a whole number; `maxPlayers: number; // 최대 플레이어 수 (기본 6)`
    a count whose default is 6 (기본: default); and `CREATED → WAITING → PLAYING → FINISHED` over a row of Korean
    glosses draws the enum's states from a CREATED that is no value of it: a new room is waiting."""
    model = ("# Data Model\n\n### GameRoom (게임 방)\n```typescript\ninterface GameRoom {\n  id: number;\n"
             "  hostId: number;       // 방장 ID (User FK)\n  maxPlayers: number;   // 최대 플레이어 수 (기본 6)\n"
             "  currentPlayers: number; // 현재 플레이어 수\n  status: RoomStatus;    // 방 상태\n}\n\nenum RoomStatus {\n"
             "  WAITING = 'waiting',\n  PLAYING = 'playing',\n  FINISHED = 'finished'\n}\n```\n\n## State Transitions\n\n"
             "### GameRoom Lifecycle\n```\nCREATED → WAITING → PLAYING → FINISHED\n    ↓         ↓         ↓         ↓\n"
             "  생성     대기 중    게임 중    종료됨\n```\n")
    draft, fields = read(root, {"specs/001-rooms/data-model.md": model, "specs/001-rooms/spec.md": "# Rooms\n"},
                         "specs/001-rooms")
    assert [fields[n]["type"] for n in ("host_id", "max_players", "current_players")] == ["int", "int", "int"]
    assert fields["max_players"]["default"] == 6 and not fields["max_players"].get("required")
    assert fields["status"]["default"] == "waiting", draft.diagnostics


def test_a_tree_of_sql_columns_with_enum_types_nullable_marks_and_wrapped_remarks(root: Path) -> None:
    """`├── provider   provider_t enum — 'openai' | 'gemini'` (a Postgres enum type and its values), `TEXT | NULL`
    beside bare `TEXT` (the bare ones may not be empty), and a remark wrapped onto `│` lines below its column: the tree
    goes on past them all, and the wrapped list is one list."""
    model = ("# Data Model: Image Generation\n\n```text\ngenerations\n├── id                UUID (PK, default gen_random_uuid())\n"
             "├── prompt            TEXT (3–4000 chars after trim)\n"
             "├── provider          provider_t enum — 'openai' | 'gemini'\n"
             "├── logo_mode         logo_mode_t enum — 'none' | 'watermark', default 'none'\n"
             "├── error_code        TEXT | NULL — one of: INVALID_KEY, RATE_LIMITED,\n"
             "│                                    TIMEOUT, NETWORK,\n│                                    INTERNAL_ERROR\n"
             "├── error_message     TEXT | NULL — human-readable\n└── completed_at      TIMESTAMPTZ | NULL\n```\n")
    draft, fields = read(root, {"specs/006-generation/data-model.md": model, "specs/006-generation/spec.md": "# Gen\n"},
                         "specs/006-generation")
    assert list(fields) == ["prompt", "provider", "logo_mode", "error_code", "error_message", "completed_at"], draft.diagnostics
    assert fields["prompt"]["required"] is True and fields["provider"]["enum_values"] == ["openai", "gemini"]
    assert fields["logo_mode"]["default"] == "none" and not fields["logo_mode"].get("required")
    assert fields["error_code"]["enum_values"] == ["INVALID_KEY", "RATE_LIMITED", "TIMEOUT", "NETWORK", "INTERNAL_ERROR"]
    assert not fields["error_message"].get("required") and not fields["completed_at"].get("required")


def test_a_javascript_object_of_field_descriptors_is_a_model(root: Path) -> None:
    """`export const CustomerModel = { firstName: { type: "string", required: true, maxLength: 50 }, email: { type:
    "email", required: true }, isActive: { type: "boolean", default: true }, createdAt: { type: "datetime", auto: true } }`:
    a validation layer's model, its types written as strings; the `auto` one is the server's. A constant of settings
    beside it is no model."""
    design = ("# Design\n\n## Data Models\n\n```javascript\nexport const API_CONFIG = {\n  baseUrl: \"/api\",\n"
              "  timeout: 5000,\n};\n\n// Enhanced customer model\nexport const CustomerModel = {\n"
              "  id: { type: \"number\", required: false },\n"
              "  firstName: { type: \"string\", required: true, minLength: 2, maxLength: 50 },\n"
              "  email: { type: \"email\", required: true },\n  address: { type: \"string\", maxLength: 255 },\n"
              "  visitCount: { type: \"number\", default: 0 },\n  isActive: { type: \"boolean\", default: true },\n"
              "  createdAt: { type: \"datetime\", auto: true },\n};\n```\n")
    draft, fields = read(root, {".kiro/specs/garage/design.md": design, ".kiro/specs/garage/requirements.md": "# R\n"},
                         "customer")
    assert draft.spec["name"] == "customer", draft.diagnostics
    assert list(fields) == ["first_name", "email", "address", "visit_count", "is_active"], draft.diagnostics
    assert fields["first_name"]["required"] is True and fields["first_name"]["min_length"] == 2
    assert fields["visit_count"]["type"] == "int" and fields["is_active"]["default"] is True
    assert not fields["address"].get("required") and fields["address"]["max_length"] == 255


def test_an_ecto_enum_field_and_its_atom_default(root: Path) -> None:
    """`field :visibility, Ecto.Enum, values: [:private, :unlisted, :public], default: :private`: an enum of the atoms
    it keeps, whose default is the atom's name."""
    doc = ("# Epic: Snippets\n\n```elixir\ndefmodule App.Schemas.Snippet do\n  use Ecto.Schema\n\n  schema \"snippets\" do\n"
           "    belongs_to :user, App.Schemas.User\n    field :title, :string\n"
           "    field :type, Ecto.Enum, values: [:skill, :prompt, :kin_agent]\n"
           "    field :visibility, Ecto.Enum, values: [:private, :unlisted, :public], default: :private\n"
           "    field :fork_count, :integer, default: 0\n    timestamps(type: :utc_datetime)\n  end\nend\n```\n")
    draft, fields = read(root, {"docs/epic-snippets.md": doc}, "docs/epic-snippets.md")
    assert fields["type"]["type"] == "enum" and fields["type"]["enum_values"] == ["skill", "prompt", "kin_agent"]
    assert fields["visibility"]["enum_values"] == ["private", "unlisted", "public"], draft.diagnostics
    assert fields["visibility"]["default"] == "private" and fields["fork_count"]["default"] == 0


def test_values_a_chinese_cell_includes_and_examples_a_korean_comment_ends_with_and_so_on(root: Path) -> None:
    """`|state|Text||功能需求的状态，包含\\`TODO\\`, \\`WIP\\`, \\`Done\\`|` (包含: it takes in) lists the values; a Prisma
    comment's `// "01-member", "02-pet" 등 (정렬용)` (등: and so on) gives examples of an open list."""
    model = ("# 数据模型\n\n## SR\n\n|字段|类型|约束|说明|\n|---|---|---|---|\n|title|Text||标题|\n"
             "|state|Text||功能需求的状态，包含`TODO`, `WIP`, `Done`|\n")
    draft, fields = read(root, {"docs/model/rms.md": model}, "SR")
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["TODO", "WIP", "Done"], draft.diagnostics
    prisma = ("# 스키마\n\n```prisma\nmodel SchemaPrompt {\n  id        Int      @id @default(autoincrement())\n"
              "  name      String   @unique   // \"01-member\", \"02-pet\" 등 (정렬용)\n  content   String\n}\n```\n")
    draft, fields = read(root / "k", {"docs/schema-prompt.md": prisma}, "SchemaPrompt")
    assert fields["name"]["type"] == "str" and not fields["name"].get("enum_values"), draft.diagnostics


def test_a_column_and_its_plural_neighbour_keep_their_own_types(root: Path) -> None:
    """`ImageUrl | string?` and `ImageUrls | string[]` in the model, `image_url varchar(500)` and `image_urls text[]` in
    the schema: one name singular, but each column's twin is the one spelled as it is."""
    models = ("# Data Models\n\n## Product\n| Field | Type | Notes |\n|---|---|---|\n| Id | int | PK |\n"
              "| NameUk | string | required |\n| ImageUrl | string? | main image |\n| ImageUrls | string[] | gallery |\n")
    db = ("# Database\n\n## products\n| Column | Type | Notes |\n|---|---|---|\n| id | serial | PK |\n"
          "| name_uk | varchar(200) | NOT NULL |\n| image_url | varchar(500) | |\n| image_urls | text[] | NOT NULL |\n")
    draft, fields = read(root, {"specs/models.md": models, "specs/db.md": db}, "product")
    assert fields["image_url"]["type"] == "str" and fields["image_urls"]["type"] == "list[str]", draft.diagnostics


def test_the_first_value_of_a_list_led_to_by_words(root: Path) -> None:
    """'must be one of the fixed taxonomy values (currently \\`English\\`, \\`Russian\\`, \\`German\\`)': English is a value
    too, though words lead up to it."""
    db = ("# Database\n\n## clan_listing\n| Column | Type | Notes |\n|---|---|---|\n| id | uuid | PK |\n"
          "| name | text | NOT NULL |\n| language | text | NOT NULL; must be one of the fixed taxonomy values "
          "(currently `English`, `Russian`, `German`) |\n")
    draft, fields = read(root, {"specs/db.md": db}, "clan_listing")
    assert fields["language"]["enum_values"] == ["English", "Russian", "German"], draft.diagnostics


def test_a_typescript_array_of_a_literal_union_is_a_list_of_strings(root: Path) -> None:
    """`categories: ('テイクアウト' | '店内飲食' | '通販')[]`: a list of those strings, not a relation to another model."""
    design = ("# Design\n\n## Data Models\n\n```typescript\ninterface Store {\n  id: string;\n  name: string;\n"
              "  categories: ('テイクアウト' | '店内飲食' | '通販')[];\n  price: number;\n}\n```\n")
    draft, fields = read(root, {".kiro/specs/map/design.md": design, ".kiro/specs/map/requirements.md": "# R\n"}, "store")
    assert fields["categories"]["type"] == "list[str]", draft.diagnostics


def test_a_feature_specs_state_diagram_of_exactly_the_columns_values_gives_its_default(root: Path) -> None:
    """The data model lists `status | enum | \\`DRAFT\\`, \\`IN_PROGRESS\\`, \\`FINISHED\\``; the feature spec's '## 7. Estados
    principales' draws `[*] --> DRAFT` over those three states: a new session is a draft."""
    model = ("# Modelo de datos\n\n### TournamentSession\n\n| Campo | Tipo | Regla |\n|---|---|---|\n| id | UUID | PK |\n"
             "| tournament_name | varchar(160) | requerido |\n| status | enum | `DRAFT`, `IN_PROGRESS`, `FINISHED` |\n")
    spec = ("# Especificación — MVP\n\n## 7. Estados principales\n\n```mermaid\nstateDiagram-v2\n    [*] --> DRAFT\n"
            "    DRAFT --> IN_PROGRESS: iniciar\n    IN_PROGRESS --> FINISHED: finalizar\n    FINISHED --> [*]\n```\n")
    draft, fields = read(root, {"specs/001-mvp/data-model.md": model, "specs/001-mvp/spec.md": spec}, "specs/001-mvp")
    assert fields["status"]["default"] == "DRAFT" and not fields["status"].get("required"), draft.diagnostics
    # (a drawing of other states says nothing of this column)
    draft, fields = read(root / "other", {"specs/001-mvp/data-model.md": model,
                                          "specs/001-mvp/spec.md": spec.replace("FINISHED", "CLOSED")}, "specs/001-mvp")
    assert fields["status"].get("default") is None, draft.diagnostics


def test_an_empty_array_for_new_rows_is_the_default(root: Path) -> None:
    """`| photoIds | string[] | Yes | Ordered photo IDs. Empty array for new albums. |`: a new album starts with `[]`,
    so the client need not send it."""
    model = ("# Data Model\n\n### Album\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n"
             "| `id` | `string` | Yes | Identifier. |\n| `name` | `string` | Yes | Display name. |\n"
             "| `photoIds` | `string[]` | Yes | Ordered list of photo IDs. Empty array for new albums. |\n")
    draft, fields = read(root, {"specs/001-albums/data-model.md": model, "specs/001-albums/spec.md": "# Albums\n"},
                         "specs/001-albums")
    assert fields["photo_ids"]["default"] == [] and not fields["photo_ids"].get("required"), draft.diagnostics


def test_an_odoo_models_field_table_is_read_with_odoo_types(root: Path) -> None:
    """`## Entity 1 — \\`estate.credit.check\\`` over `| Field | Odoo type | Nullable |`: a Many2one is the id it points to,
    `Char(size=255)` a str of 255, a Selection's `[('pending','Pending'), ...]` its stored values, and
    `default=fields.Datetime.now` the moment of creation; the model is stored in the table its dots name."""
    model = ("# Data Model: Credit Check\n\n## Entity 1 — `estate.credit.check`\n\n**Table**: `estate_credit_check`\n\n"
             "### Fields\n\n| Field | Odoo type | Nullable | Index | Description |\n|---|---|---|---|---|\n"
             "| `proposal_id` | `Many2one('estate.proposal')` | NO | YES | Parent proposal. |\n"
             "| `insurer_name` | `Char(size=255)` | NO | NO | Name of the insurer. |\n"
             "| `result` | `Selection` | NO | YES | `[('pending','Pending'),('approved','Approved'),('rejected','Rejected')]`."
             " Default `'pending'`. |\n"
             "| `requested_at` | `Datetime` | NO | NO | `default=fields.Datetime.now`. |\n"
             "| `fee` | `Monetary` | YES | NO | Fee charged. |\n"
             "| `line_ids` | `One2many('estate.credit.line', 'check_id')` | YES | NO | Lines. |\n\n"
             "## Entity 2 — `estate.proposal` (extension)\n\n| Field | Odoo type | Description |\n|---|---|---|\n"
             "| `credit_check_ids` | `One2many('estate.credit.check', 'proposal_id')` | Checks. |\n")
    draft, fields = read(root, {"specs/014-credit-check/data-model.md": model, "specs/014-credit-check/spec.md": "# Spec\n"},
                         "specs/014-credit-check")
    assert draft.spec["name"] == "estate_credit_check", draft.diagnostics
    assert fields["proposal_id"]["type"] == "int" and fields["proposal_id"]["required"] and fields["proposal_id"]["index"]
    assert fields["insurer_name"]["type"] == "str" and fields["insurer_name"]["max_length"] == 255
    assert fields["result"]["enum_values"] == ["pending", "approved", "rejected"] and fields["result"]["default"] == "pending"
    assert fields["requested_at"]["default"] == "now" and not fields["requested_at"].get("required")
    assert fields["fee"]["type"] == "decimal" and "line_ids" not in fields


def test_a_schema_folders_sql_beside_a_readme_is_found(root: Path) -> None:
    """No specs/ or docs/, only `README.md` and `db/schema.sql`: the SQL in the schema folder is the spec, and the
    table is found by the entity the user names."""
    sql = ("create table user(\n  user_id integer auto_increment,\n  email varchar(45),\n  primary key(user_id)\n);\n\n"
           "create table posting (\n  post_id integer auto_increment,\n  user_id integer not null,\n"
           "  article text not null,\n  likes integer default 0,\n  primary key(post_id)\n);\n")
    draft, fields = read(root, {"README.md": "# SNS service\n\nPosts with likes.\n", "db/schema.sql": sql}, "posting")
    assert fields["article"]["type"] == "text" and fields["article"]["required"], draft.diagnostics
    assert fields["likes"]["default"] == 0


def test_a_french_data_dictionary_named_dd_is_the_schema(root: Path) -> None:
    """`docs/DD.md` (the 'dictionnaire de données' of a French project, beside `MCD`/`MLD`) is the schema file."""
    dd = ("# Dictionnaire de données\n\n## Publication (`post`)\n\n|Champ|Type|Spécificités|Description|\n|-|-|-|-|\n"
          "|id|INT|PRIMARY KEY, NOT NULL|L'identifiant|\n|title|VARCHAR(64)|NOT NULL|Titre|\n"
          "|picture|VARCHAR(128)|NULL|Nom de l'image|\n|lat|FLOAT|NOT NULL|Latitude|\n")
    requests = "# Post\n\n## Créer un post\n\n```\n{\n  \"title\": \"Nouveau titre\",\n  \"lat\": -20.2\n}\n```\n"
    draft, fields = read(root, {"docs/DD.md": dd, "docs/requetes-post.md": requests}, "post")
    assert fields["title"]["max_length"] == 64 and fields["title"]["required"], draft.diagnostics
    assert fields["lat"]["type"] == "float" and not fields["picture"].get("required")


def test_a_name_and_its_type_in_one_code_span_with_a_note_after_a_dash(root: Path) -> None:
    """`- \\`FolderId bigint?\\` – FK → \\`Folders.Id\\` (nullable)` under `- **Cột**:`: a PascalCase column, its type and
    a `?` that lets it be null, then a note."""
    model = ("# Mô hình thực thể\n\n### 12. Requests\n- **Mục đích**: Lưu định nghĩa request HTTP.\n- **Cột**:\n"
             "  - `Id bigint` – PK.\n  - `CollectionId bigint` – FK → `Collections.Id` (NOT NULL).\n"
             "  - `FolderId bigint?` – FK → `Folders.Id` (nullable).\n  - `Name string` – NOT NULL.\n"
             "  - `Body string?` – nội dung body (nullable).\n")
    draft, fields = read(root, {"docs/srs/entity-models.md": model}, "Requests")
    assert fields["collection_id"]["type"] == "int" and fields["collection_id"]["required"], draft.diagnostics
    assert not fields["folder_id"].get("required") and not fields["body"].get("required") and fields["name"]["required"]
    assert "id" not in fields


def test_a_sketched_persistence_class_without_the_class_keyword(root: Path) -> None:
    """`@Document(collection = "connaissanceclient")` over `ClientDb { @Id String id  String nom ... }` (no `class`, no
    semicolons): the stored document, named for its entity, in the collection the annotation names."""
    spec = ("# Spécification\n\n## 4. Modèle de données\n\n#### Client (Entité Racine)\n\n```java\nClient {\n"
            "  UUID                id\n  Nom                 nom                   // Value Object\n"
            "  Adresse             adresse               // Value Object\n  Integer             nombreEnfants\n}\n```\n\n"
            "#### ClientDb (Document)\n\n```java\n@Document(collection = \"connaissanceclient\")\nClientDb {\n"
            "  @Id String     id                    // UUID en String\n  String         nom\n  String         prenom\n"
            "  String         ville\n  Integer        nombreEnfants\n}\n```\n")
    draft, fields = read(root, {"specs/features-specification.md": spec}, "Client")
    assert draft.spec["name"] == "client" and draft.spec.get("plural") == "connaissanceclient", draft.diagnostics
    assert {"nom", "prenom", "ville", "nombre_enfants"} <= set(fields) and "id" not in fields


def test_tables_written_as_a_name_over_indented_columns_in_a_sql_block(root: Path) -> None:
    """```sql with `makeup_punch_requests` on a line and its columns indented below (no CREATE TABLE), a CHECK on the
    next line continuing a column: each such group is a table."""
    design = ("## Decisions\n\n### DB Schema\n\n```sql\n-- rules\nmakeup_punch_rules\n  id                    SERIAL PRIMARY KEY\n"
              "  deadline_working_days INTEGER NOT NULL DEFAULT 1\n\n-- requests\nmakeup_punch_requests\n"
              "  id              UUID PRIMARY KEY DEFAULT gen_random_uuid()\n  work_date       DATE NOT NULL\n"
              "  punch_type      VARCHAR(10) NOT NULL CHECK (punch_type IN ('clock_in','clock_out'))\n  reason          TEXT\n"
              "  status          VARCHAR(20) NOT NULL DEFAULT 'pending'\n"
              "                  CHECK (status IN ('pending','approved','rejected'))\n```\n")
    draft, fields = read(root, {"openspec/changes/makeup-punch/design.md": design,
                                "openspec/changes/makeup-punch/proposal.md": "# Proposal\n\nMakeup punch requests.\n"},
                         "openspec/changes/makeup-punch")
    assert draft.spec["name"] == "makeup_punch_request", draft.diagnostics
    assert fields["punch_type"]["enum_values"] == ["clock_in", "clock_out"] and fields["work_date"]["required"]
    assert fields["status"]["enum_values"] == ["pending", "approved", "rejected"] and fields["status"]["default"] == "pending"


def test_an_ash_resource_is_read(root: Path) -> None:
    """An Elixir Ash resource: its table, `attribute :x, :type, allow_nil?: false` (on one line or over several, or with
    a `do` block), `one_of` constraints, a `%{}` default; the key and timestamps are the backend's own."""
    design = ("# Design\n\n### Data model\n\n```elixir\ndefmodule App.Platform.TenantReferral do\n"
              "  use Ash.Resource, otp_app: :app, data_layer: AshPostgres.DataLayer\n\n  postgres do\n"
              "    table \"tenant_referrals\"\n    repo App.Repo\n  end\n\n  attributes do\n    uuid_primary_key :id\n"
              "    attribute :tenant_id, :uuid, allow_nil?: false, public?: true\n"
              "    attribute :event_type, :atom, allow_nil?: false, public?: true,\n"
              "      constraints: [one_of: [:click, :provisioned]]\n    attribute :metadata, :map, default: %{}, public?: true\n"
              "    attribute :name, :string do\n      allow_nil? false\n      constraints max_length: 80\n    end\n"
              "    create_timestamp :inserted_at\n  end\n\n  identities do\n    identity :unique_name, [:name]\n  end\nend\n```\n")
    draft, fields = read(root, {"docs/specs/2026-05-02-referrals-design.md": design}, "TenantReferral")
    assert draft.spec.get("plural", "tenant_referrals") == "tenant_referrals", draft.diagnostics
    assert fields["tenant_id"]["type"] == "uuid" and fields["tenant_id"]["required"]
    assert fields["event_type"]["enum_values"] == ["click", "provisioned"] and fields["event_type"]["required"]
    assert fields["metadata"]["type"] == "json" and fields["metadata"]["default"] == {} and not fields["metadata"].get("required")
    assert fields["name"]["max_length"] == 80 and fields["name"]["required"] and fields["name"]["unique"]
    assert "inserted_at" not in fields


def test_a_bold_note_above_the_fields_lead_in_is_not_a_field(root: Path) -> None:
    """`- **Source**: NeoDB endpoint (\\`/podcast/episode/{uuid}\\`)` then `- **Fields**:` over the columns: the columns are
    the ones under the lead-in, and the entity is read."""
    model = ("# Data Model\n\n## Entities\n\n### Podcast\n- **Source**: NeoDB episode endpoint (`/podcast/episode/{uuid}`)\n"
             "- **Fields**:\n  - `uuid` (string, required): Stable identifier.\n  - `title` (string, required): Name.\n"
             "  - `official_site` (string, optional): External URL.\n  - `sensitive` (boolean, default `false`): Blur.\n\n"
             "### StatusMessage\n- **Fields**:\n  - `type` (enum: `info`, `warning`): Styling.\n  - `body` (string): Text.\n")
    draft, fields = read(root, {"specs/001-gallery/data-model.md": model, "specs/001-gallery/spec.md": "# Podcast gallery\n"},
                         "specs/001-gallery")
    assert draft.spec["name"] == "podcast", draft.diagnostics
    assert set(fields) == {"uuid", "title", "official_site", "sensitive"} and fields["title"]["required"]


def test_a_new_table_wins_over_tables_the_feature_only_alters(root: Path) -> None:
    """'## \\`anamnesis_responses\\` (alteração)' adds a column; '## \\`data_audit_log\\` (tabela nova)' is the table the
    feature `seguranca-anamnese-auditoria` creates (its name's `auditoria` is the log's audit)."""
    model = ("# Data Model — deltas\n\n## `anamnesis_responses` (alteração)\n\n| Campo | Tipo | Regra |\n|---|---|---|\n"
             "| `public_token` | `uuid not null default gen_random_uuid()` | novo |\n\n"
             "## `data_audit_log` (tabela nova)\n\n| Campo | Tipo | Nota |\n|---|---|---|\n| `id` | `uuid pk` | |\n"
             "| `clinic_id` | `uuid not null` | tenant |\n| `table_name` | `text not null` | |\n"
             "| `record_id` | `uuid not null` | |\n| `action` | `text not null` | `INSERT` / `UPDATE` / `DELETE` |\n"
             "| `previous_state` | `jsonb` | |\n\n## `patients` (alteração)\n\n| Campo | Tipo | Regra |\n|---|---|---|\n"
             "| `deleted_at` | `timestamptz null` | soft delete |\n")
    spec = "# SPEC 002 — Segurança: anamnese pública e auditoria\n\nA anamnese pública usa token.\n"
    draft, fields = read(root, {"specs/002-seguranca-anamnese-auditoria/data-model.md": model,
                                "specs/002-seguranca-anamnese-auditoria/spec.md": spec}, "specs/002-seguranca-anamnese-auditoria")
    assert draft.spec["name"] == "data_audit_log", draft.diagnostics


def test_a_requirements_data_dictionary_fills_out_an_er_drawing(root: Path) -> None:
    """The schema file draws `user_games` in a Mermaid ER diagram (types only); the requirements document's data
    dictionary writes every column, its length (数据长度) and its values (取值范围或约束): that table is read."""
    er = ("# ER 图\n\n```mermaid\nerDiagram\n    user_games {\n        bigint id PK\n        bigint user_id FK\n"
          "        bigint game_id FK\n        varchar status\n        varchar priority\n    }\n```\n")
    spec = ("# 需求文档\n\n## 3. 数据字典\n\n### 3.6 用户游戏库表 user_games\n\n| 数据项 | 含义说明 | 数据类型 | 数据长度 | 取值范围或约束 |\n"
            "| --- | --- | --- | --- | --- |\n| id | 记录唯一编号 | BIGINT | - | 主键，自增 |\n"
            "| user_id | 用户编号 | BIGINT | - | 外键，引用 users.id |\n| game_id | 游戏编号 | BIGINT | - | 外键，引用 games.id |\n"
            "| status | 游戏状态 | VARCHAR | 30 | wishlist/purchased/playing |\n| priority | 愿望单优先级 | VARCHAR | 20 | low/medium/high |\n"
            "| review | 用户评价 | TEXT | - | 可为空 |\n")
    draft, fields = read(root, {"docs/er-diagram.md": er, "docs/requirements-spec.md": spec}, "UserGame")
    assert fields["status"]["enum_values"] == ["wishlist", "purchased", "playing"], draft.diagnostics
    assert fields["priority"]["enum_values"] == ["low", "medium", "high"] and "review" in fields


def test_a_section_headed_for_the_entitys_column_lists_its_values(root: Path) -> None:
    """The business rules' '### 5. Appointment Status' over "can have one of the following statuses:" and a bullet per
    value: the values of the table's `status` (whose default is one of them)."""
    sql = ("CREATE TABLE appointments (\n    id UUID PRIMARY KEY,\n    patient_id UUID NOT NULL,\n"
           "    reason TEXT,\n    status VARCHAR(20) DEFAULT 'Scheduled'\n);\n")
    rules = ("# Business Rules\n\n### 5. Appointment Status\n\nAn appointment can have one of the following statuses:\n\n"
             "- Scheduled\n- Completed\n- Cancelled\n\n### 6. Cancellation\n\n- Patients can cancel before it begins.\n"
             "- A cancelled appointment frees the slot.\n")
    draft, fields = read(root, {"database/schema.sql": sql, "docs/business-rules.md": rules,
                                "docs/database-design.md": "# Database Design\n\nSee database/schema.sql.\n"}, "Appointment")
    assert fields["status"]["enum_values"] == ["Scheduled", "Completed", "Cancelled"], draft.diagnostics


def test_values_after_the_type_an_enum_is_stored_as(root: Path) -> None:
    """`| estado | enum string: \\`borrador\\`, \\`activo\\`, \\`vencido\\` |`: the values follow the storage type."""
    model = ("# Modelo de datos\n\n## Contrato\n\n| Campo | Tipo | Reglas |\n|---|---|---|\n| `id` | bigint | PK |\n"
             "| `monto` | decimal(12,2) | Obligatorio |\n"
             "| `estado` | enum string: `borrador`, `activo`, `vencido` | Obligatorio; por defecto `borrador` |\n")
    draft, fields = read(root, {"specs/002-contratos/data-model.md": model, "specs/002-contratos/spec.md": "# Contratos\n"},
                         "specs/002-contratos")
    assert fields["estado"]["enum_values"] == ["borrador", "activo", "vencido"], draft.diagnostics


def test_a_comment_beside_or_above_a_sqlalchemy_column_lists_its_values(root: Path) -> None:
    """`# Статус: 'pending', 'paid', 'failed'` over `status = Column(String, default='pending')`, and
    `period = Column(String)  # 'month' или 'year'`: the quoted values; a comment of a condition lists none."""
    plan = ("# Plan\n\n```python\nclass Payment(Base):\n    __tablename__ = \"payments\"\n"
            "    id = Column(Integer, primary_key=True)\n    amount = Column(Float, nullable=False)\n"
            "    # Статус: 'pending', 'paid', 'failed'\n    status = Column(String, nullable=False, default='pending')\n"
            "    period = Column(String, nullable=True)  # 'month' или 'year'\n"
            "    # Причина ошибки (если status = 'failed' or 'expired')\n    error_message = Column(String, nullable=True)\n```\n")
    draft, fields = read(root, {"docs/database-schema.md": plan}, "Payment")
    assert fields["status"]["enum_values"] == ["pending", "paid", "failed"], draft.diagnostics
    assert fields["period"]["enum_values"] == ["month", "year"] and fields["error_message"]["type"] == "str"


def test_an_enum_types_values_from_the_fields_notes_below_the_table(root: Path) -> None:
    """`content_type content_type not null default 'mistake'` (a type never created) and, under '字段说明' below it,
    `- **content_type：** 内容类型（mistake/expression）`: those values; the notes say nothing against the types."""
    prd = ("# PRD\n\n## 3.2 数据库设计\n\n```sql\ncreate table public.mistakes (\n  id uuid primary key,\n"
           "  error_sentence text not null,\n  correct_sentence text not null,\n  explanation text,\n"
           "  review_stage integer not null default 0,\n  content_type content_type not null default 'mistake'\n);\n```\n\n"
           "#### 3.2.2 字段说明\n- **id：** 唯一标识符\n- **error_sentence：** 错误句子\n- **correct_sentence：** 正确句子\n"
           "- **explanation：** 说明\n- **review_stage：** 当前复习阶段（0-4）\n- **content_type：** 内容类型（mistake/expression）\n")
    draft, fields = read(root, {"PRD.md": prd, "db/notes.sql": "-- see PRD\n"}, "Mistake")
    assert fields["content_type"]["enum_values"] == ["mistake", "expression"], draft.diagnostics
    assert fields["review_stage"]["type"] == "int" and not any("review_stage: type is" in d for d in draft.diagnostics)


def test_a_bold_route_keeps_no_asterisks() -> None:
    """`**GET /api/mistakes**`: the route is `/api/mistakes`."""
    from backend_builder.spec.extract.draft import build

    spec = ("# Tool\n\n## Data\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| title | string |\n| done | boolean |\n\n"
            "## API\n\n**GET /api/mistakes**\n\n**POST /api/mistakes**\n")
    draft = build({"specs/features/mistake.md": spec}, "mistake")
    assert draft.endpoints == [("GET", "/api/mistakes"), ("POST", "/api/mistakes")], draft.endpoints


def test_a_columns_values_between_commas_in_a_line_of_columns(root: Path) -> None:
    """`- \\`products\\`: \\`id\\`, \\`name\\`, \\`status\\` (draft, active, archived), \\`location\\` (lat, lng)`: status
    takes three values; two words for a column not named for a state are no list."""
    db = ("## Draft DB Schema\n\n### Catalog\n- `products`: `id`, `tenant_id`, `name`, `status` (draft, active, archived), "
          "`location` (lat, lng), `sku`, `created_at`.\n")
    draft, fields = read(root, {"docs/db-schema.md": db}, "products")
    assert fields["status"]["enum_values"] == ["draft", "active", "archived"], draft.diagnostics
    assert fields["location"]["type"] != "enum"


def test_cited_decision_codes_are_not_values(root: Path) -> None:
    """`| address_private | text, NULL | only in Participant DTOs (D4/R10/D23) |`: decisions cited, not a closed list."""
    model = ("# Data Model\n\n### `event`\n\n| Column | Type | Notes |\n|---|---|---|\n| id | text | PK |\n"
             "| city | text, NOT NULL | |\n| address_private | text, NULL | **private** — only in DTOs (D4/R10/D23) |\n"
             "| hidden | integer (bool) | default 0 |\n")
    draft, fields = read(root, {"specs/003-discovery/data-model.md": model, "specs/003-discovery/spec.md": "# Discovery\n"},
                         "specs/003-discovery")
    assert fields["address_private"]["type"] == "text", draft.diagnostics
    assert fields["hidden"]["type"] == "bool" and fields["hidden"].get("default") is False


def test_a_relations_list_and_notes_in_another_script(root: Path) -> None:
    """Russian notes: `- Поля:` over the columns (`(опциональный FK → ...)`, `(расчётная цена)` say what they hold),
    `- Связи:` over the relations, which are no columns; `fromLat` holds a coordinate."""
    db = ("# Схема БД\n\n- **Ride**\n  - Поездка.\n  - Поля:\n    - `id`\n    - `passengerId` (FK → `PassengerProfile.id`)\n"
          "    - `driverId` (опциональный FK → `DriverProfile.id`)\n    - `fromAddress`, `fromLat`, `fromLng`\n"
          "    - `estimatedPrice` (расчётная цена)\n    - `startedAt`, `finishedAt`\n  - Связи:\n"
          "    - `passenger` — `PassengerProfile`\n    - `driver` — `DriverProfile?`\n")
    draft, fields = read(root, {"docs/db-schema.md": db}, "Ride")
    assert {"driver_id", "estimated_price", "from_lat"} <= set(fields), draft.diagnostics
    assert "passenger" not in fields and "driver" not in fields
    assert fields["from_lat"]["type"] == "float" and fields["estimated_price"]["type"] == "decimal"


def test_columns_shared_by_the_tables_a_line_names_are_theirs_too(root: Path) -> None:
    """'### 監査カラム' (audit columns) over a table of them, and '**適用テーブル**: \\`products\\`' (the tables they apply to):
    the products' DDL only points to them (`-- 監査カラム（共通設計参照）`), so they are its columns too."""
    model = ("# データモデル\n\n## 共通設計\n\n### 監査カラム\n\n主要テーブルに定義される共通カラム:\n\n| カラム名 | 型 | 説明 |\n"
             "|---|---|---|\n| `created_at` | `TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP` | 作成日時 |\n"
             "| `created_by_type` | `VARCHAR(50)` | 作成者種別（USER / BO_USER / SYSTEM） |\n| `created_by_id` | `BIGINT` | 作成者ID |\n"
             "| `is_deleted` | `BOOLEAN NOT NULL DEFAULT FALSE` | 論理削除フラグ |\n\n**適用テーブル**: `users`, `products`\n\n"
             "## テーブル\n\n### Product（商品）\n\n```sql\nCREATE TABLE products (\n  id BIGSERIAL PRIMARY KEY,\n"
             "  name VARCHAR(255) NOT NULL,\n  stock INTEGER NOT NULL DEFAULT 0\n  -- 監査カラム（共通設計参照）\n);\n```\n\n"
             "### Cart\n\n```sql\nCREATE TABLE carts (\n  id BIGSERIAL PRIMARY KEY,\n  token VARCHAR(64) NOT NULL\n);\n```\n")
    draft, fields = read(root, {"docs/data-model.md": model}, "Product")
    assert {"created_by_type", "created_by_id", "is_deleted"} <= set(fields), draft.diagnostics
    assert fields["created_by_type"]["enum_values"] == ["USER", "BO_USER", "SYSTEM"] and fields["is_deleted"]["default"] is False
    draft, fields = read(root / "cart", {"docs/data-model.md": model}, "Cart")
    assert "is_deleted" not in fields, draft.diagnostics


def test_a_conventions_bullet_of_uuid_ids_types_the_references(root: Path) -> None:
    """'Conventions' over `- \\`id\\` UUID PK, ...`: a reference written by name alone (`store_id`) is a uuid."""
    db = ("## Draft DB Schema\n\nConventions\n- `id` UUID PK, `created_at/updated_at` with `now()` defaults.\n\n"
          "### Catalog\n- `products`: `id`, `store_id`, `name`, `slug`, `created_at`.\n")
    draft, fields = read(root, {"docs/db-schema.md": db}, "products")
    assert fields["store_id"]["type"] == "uuid", draft.diagnostics


def test_a_string_array_is_a_list_and_an_array_of_related_rows_no_column(root: Path) -> None:
    """`- requiredPermissions: String array (permissions needed)` is a list of strings; `- children: DashboardMenu array
    (relation to child items)` is the rows below it, no column."""
    design = ("# Design\n\n## Data Models\n\n### DashboardMenu\n- id: String (UUID)\n- label: String (display text)\n"
              "- requiredPermissions: String array (permissions needed to view)\n- order: Integer (position)\n"
              "- children: DashboardMenu array (relation to child items)\n")
    draft, fields = read(root, {".kiro/specs/menus/design.md": design, ".kiro/specs/menus/requirements.md": "# R\n"},
                         "DashboardMenu")
    assert fields["required_permissions"]["type"] == "list[str]", draft.diagnostics
    assert "children" not in fields


def test_a_json_column_kept_as_text_and_a_column_named_text(root: Path) -> None:
    """SQLite: `content_json TEXT NOT NULL DEFAULT '[]'` holds a JSON list; `text TEXT` is free text, and the next
    column's `CHECK(sender IN (...))` is not its list."""
    db = ("# Database Schema\n\n```sql\nCREATE TABLE message (\n  uuid TEXT PRIMARY KEY,\n  text TEXT NOT NULL DEFAULT '',\n"
          "  content_json TEXT NOT NULL DEFAULT '[]',\n  sender TEXT NOT NULL CHECK(sender IN ('human', 'assistant')),\n"
          "  message_order INTEGER NOT NULL\n);\n```\n")
    draft, fields = read(root, {"specs/database-schema.md": db}, "message")
    assert fields["content_json"]["type"] == "json" and fields["content_json"]["default"] == [], draft.diagnostics
    assert fields["text"]["type"] == "text" and not fields["text"].get("enum_values")
    assert fields["sender"]["enum_values"] == ["human", "assistant"]


def test_a_compressed_line_of_columns_with_braced_checks_and_marks(root: Path) -> None:
    """`- **\\`expenses\\`** — \\`user_id\\`, \\`amount\\`(CHECK>0)/\\`currency\\`, \\`payment_method\\` CHECK{UPI,CASH,OTHER},
    \\`notes?\\`` and an `Idx:` line under it: the braces hold the values, `?` marks the optional ones (the others are
    required), the slash joins two columns, and the index line adds none."""
    model = ("# Data Model\n\n### `expense_db` (2 tables)\n- **`expenses`** — `user_id`, `amount`(CHECK>0)/`currency`, "
             "`expense_date`, `category_id`(xref, no FK),\n  `payment_method` CHECK{UPI,CASH,OTHER}, `description?`, "
             "`notes?`.\n  Idx: user_id, category_id, payment_method, composite `idx_expenses_user_date (user_id, expense_date)`.\n"
             "- **`tags`** — `user_id`, `name`; `uq_tags_owner_name (user_id,name)`.\n")
    draft, fields = read(root, {"specs/001-expenses/data-model.md": model, "specs/001-expenses/spec.md": "# Expenses\n"},
                         "specs/001-expenses")
    assert set(fields) == {"amount", "currency", "expense_date", "category_id", "payment_method", "description", "notes"}, (
        sorted(fields), draft.diagnostics)
    assert fields["payment_method"]["enum_values"] == ["UPI", "CASH", "OTHER"] and fields["payment_method"]["required"]
    assert fields["currency"]["required"] and not fields["notes"].get("required")


def test_bare_names_with_a_dash_and_what_they_hold(root: Path) -> None:
    """Russian prose: `## Books` over 'Поля:' and `* title — название;` (a snake_case name, a dash, what it holds):
    the columns, typed by their names."""
    db = ("# Проектирование базы данных\n\n## Books\n\nХранит информацию о книгах.\n\nПоля:\n\n* id — идентификатор книги;\n"
          "* title — название;\n* author — автор;\n* price — цена;\n* publication_year — год издания;\n* created_at — дата.\n\n"
          "## Stores\n\nПоля:\n\n* id — идентификатор;\n* name — название;\n* address — адрес.\n")
    draft, fields = read(root, {"docs/database-design.md": db}, "Book")
    assert set(fields) == {"title", "author", "price", "publication_year"}, draft.diagnostics
    assert fields["price"]["type"] == "decimal" and fields["publication_year"]["type"] == "int"


def test_a_users_permissions_table_is_no_feature_entity(root: Path) -> None:
    """`user_financial_permissions` (who may see what) beside `financial_transactions`, both named by the feature
    `financial-dashboard`: the transactions are what it keeps."""
    model = ("# Data Model: Financial Dashboard\n\n#### 1. Financial Transactions\n\n```sql\nCREATE TABLE financial_transactions (\n"
             "  id UUID PRIMARY KEY,\n  clinic_id UUID NOT NULL,\n  amount DECIMAL(10,2) NOT NULL,\n  description TEXT\n);\n```\n\n"
             "#### 2. User Financial Permissions\n\n```sql\nCREATE TABLE user_financial_permissions (\n  id UUID PRIMARY KEY,\n"
             "  user_id UUID NOT NULL,\n  clinic_id UUID NOT NULL,\n  role TEXT NOT NULL,\n  can_view_revenue BOOLEAN DEFAULT false\n"
             ");\n```\n")
    draft, _fields = read(root, {"specs/005-financial-dashboard/data-model.md": model,
                                 "specs/005-financial-dashboard/spec.md": "# Financial dashboard\n"}, "specs/005-financial-dashboard")
    assert draft.spec["name"] == "financial_transaction", draft.diagnostics


def test_a_word_only_one_entity_carries_keeps_it_the_features(root: Path) -> None:
    """`pokemon-catalog`: 'catalog' names CatalogQuery and FilteredCatalog alike, 'pokemon' only PokemonSummary; and a
    '(session-local)' anchor is no table."""
    model = ("# Data Model: Pokémon Catalog\n\n## Core Types\n\n### `PokemonSummary`\n\n```ts\ninterface PokemonSummary {\n"
             "  id: number;\n  name: string;\n  types: string[];\n  spriteUrl: string | null;\n}\n```\n\n"
             "## URL-Resident State\n\n### `CatalogQuery`\n\n```ts\ninterface CatalogQuery {\n  q: string;\n  page: number;\n"
             "  types: string[];\n}\n```\n\n### `FilteredCatalog` (derived)\n\n```ts\ninterface FilteredCatalog {\n"
             "  items: PokemonSummary[];\n  total: number;\n  pageCount: number;\n}\n```\n\n"
             "### `PageViewAnchor` (session-local)\n\n```ts\ninterface PageViewAnchor {\n  scrollY: number;\n"
             "  focusCardId: number | null;\n}\n```\n")
    draft, _fields = read(root, {"specs/002-pokemon-catalog/data-model.md": model,
                                 "specs/002-pokemon-catalog/spec.md": "# Pokemon catalog\n"}, "specs/002-pokemon-catalog")
    assert draft.spec["name"] == "pokemon_summary", draft.diagnostics


def test_a_scenarios_table_with_its_columns(root: Path) -> None:
    """An OpenSpec scenario: "**THEN** a `site_auth_tokens` table SHALL exist with columns: `id` (uuid PK), `domain`
    (text, e.g. "instagram.com"), `type` (text, "header" or "cookie"), ...": that table."""
    spec = ("## ADDED Requirements\n\n### Requirement: Site auth token storage\n\n#### Scenario: Table exists\n\n"
            "- **WHEN** the migration runs\n- **THEN** a `site_auth_tokens` table SHALL exist with columns: `id` (uuid PK), "
            "`userId` (FK to users), `domain` (text, e.g. \"instagram.com\"), `name` (text), `value` (text, encrypted at rest), "
            "`type` (text, \"header\" or \"cookie\"), `createdAt`, `updatedAt`\n")
    draft, fields = read(root, {"openspec/changes/add-site-auth-tokens/specs/site-auth-tokens/spec.md": spec,
                                "openspec/changes/add-site-auth-tokens/proposal.md": "# Proposal\n\nSite auth tokens.\n"},
                         "SiteAuthToken")
    assert {"domain", "name", "value", "type"} <= set(fields), draft.diagnostics
    assert fields["type"]["enum_values"] == ["header", "cookie"]


def test_a_root_readme_named_for_the_feature_with_ruby_attributes(root: Path) -> None:
    """No spec folder; `SPONSOR_BANNER_README.md` at the root, named for SponsorBanner, draws the model as annotate's
    `title :string  # Заголовок` lines and `display_on: { public_pages: 0, dashboard: 1 }`; `:attachment` is no column."""
    readme = ("# Floating Sponsor Banner\n\n## Технические детали\n\n### Модель: `SponsorBanner`\n\n```ruby\n# Атрибуты\n"
              "title       :string   # Заголовок\ndescription :text     # Описание\nenabled     :boolean  # Активен\n"
              "display_on  :integer  # Где показывать\nicon        :attachment # Active Storage\n\n# Enum\n"
              "display_on: { public_pages: 0, dashboard: 1 }\n```\n")
    draft, fields = read(root, {"SPONSOR_BANNER_README.md": readme, "README.md": "# App\n"}, "SponsorBanner")
    assert set(fields) == {"title", "description", "enabled", "display_on"}, draft.diagnostics
    assert fields["display_on"]["enum_values"] == ["public_pages", "dashboard"] and fields["enabled"]["type"] == "bool"


def test_a_javascript_class_drawn_with_its_constructor(root: Path) -> None:
    """`class Order { constructor(id, customerId, status) { this.customerId = customerId; this.status = status; //
    Draft, Reserved, Returned  this.orderRows = []; // OrderRow[]  this.taxAmount = 0; } }`."""
    design = ("# Design\n\n## Data Models\n\n```javascript\nclass Order {\n  constructor(id, customerId, status, startDate) {\n"
              "    this.id = id;\n    this.customerId = customerId;\n    this.status = status; // Draft, Reserved, Returned\n"
              "    this.startDate = startDate;\n    this.orderRows = []; // OrderRow[]\n    this.taxAmount = 0;\n  }\n\n"
              "  total() {\n    return this.orderRows.length;\n  }\n}\n```\n")
    draft, fields = read(root, {".kiro/specs/rentals/design.md": design, ".kiro/specs/rentals/requirements.md": "# R\n"}, "Order")
    assert set(fields) == {"customer_id", "status", "start_date", "tax_amount"}, draft.diagnostics
    assert fields["status"]["enum_values"] == ["Draft", "Reserved", "Returned"] and fields["customer_id"]["required"]
    assert not fields["tax_amount"].get("required") and fields["start_date"]["type"] == "date"


def test_names_alone_yield_to_the_typed_table_of_the_same_columns(root: Path) -> None:
    """A scenario's "creates the market_data table with columns: id, group_name, raw_text, price" and the project's
    table typing them: the types are the table's."""
    spec = ("## ADDED Requirements\n\n#### Scenario: Storage\n- **THEN** it creates the market_data table with columns: id, "
            "group_name, raw_text, price, quantity\n")
    project = ("# Project\n\n## Data\n\n| Column | Type | Notes |\n|---|---|---|\n| group_name | TEXT | Source group |\n"
               "| raw_text | TEXT | Original message |\n| price | REAL | Price |\n| quantity | INTEGER | Count |\n")
    draft, fields = read(root, {"openspec/changes/wmis/specs/data-storage/spec.md": spec, "openspec/project.md": project,
                                "openspec/changes/wmis/proposal.md": "# Proposal\n"}, "market_data")
    assert fields["group_name"]["type"] == "text" and fields["price"]["type"] == "float", draft.diagnostics


def test_a_list_item_names_the_table_it_holds(root: Path) -> None:
    """`- card 테이블` with its table indented under it (or, its indent short of the item's, just below it): the item
    names the table as a heading would, and two tables of the same header stay two."""
    doc = ("- user 테이블\n\n  | column | type | pk | nullable | description |\n  |---|---|---|---|---|\n"
           "  | id | Long | O | not null | 순번 |\n  | name | varchar(50) |  | not null | 고객 이름 |\n\n"
           " - movie 테이블\n\n  | column | type | pk | nullable | description |\n  | --- | --- | --- | --- | --- |\n"
           "  | id | Long | O | not null | 순번 |\n  | title | varchar(50) |  | not null | 영화 제목 |\n"
           "  | running_time | int |  | null | 상영 시간 |\n  | price | int |  | null |  |\n")
    draft, fields = read(root, {"docs/테이블정의서.md": doc}, "Movie")
    assert set(fields) == {"title", "running_time", "price"}, draft.diagnostics


def test_an_atom_typed_column_sketch(root: Path) -> None:
    """An Elixir plan's sketch, `runner_id   :binary_id, FK -> runners`, beside the Ecto schema's `belongs_to :runner`:
    the reference is a uuid."""
    plan = ("## Nueva tabla\n\n```\npolla_selections\n  id                      :binary_id, PK\n"
            "  combination_id          :binary_id, FK -> combinations\n  runner_id               :binary_id, FK -> runners\n"
            "  inserted_at             :utc_datetime\n```\n\n### Schema Ecto\n\n```elixir\nschema \"polla_selections\" do\n"
            "  belongs_to :combination, Combination\n  belongs_to :runner, Runner\n  timestamps(type: :utc_datetime)\nend\n```\n")
    draft, fields = read(root, {"docs/plans/selections.plan.md": plan}, "polla_selections")
    assert fields["runner_id"]["type"] == "uuid" and fields["combination_id"]["type"] == "uuid", draft.diagnostics


def test_a_mongodb_designs_date_is_a_moment_and_a_state_path_with_its_ends(root: Path) -> None:
    """A MongoDB design's `dateTime (Date, required)` is JavaScript's Date, a date and time; a notes cell
    `PENDING → BROADCAST → SUCCESS \\| FAILED` lists the states, the last two the ends it may reach."""
    model = ("# Database Design (MongoDB)\n\n## reservations\n\n- **Fields**:\n  - `dateTime` (Date, required)\n"
             "  - `guests` (Number, required)\n  - `notes` (String, optional)\n")
    draft, fields = read(root, {"docs/database-design.md": model}, "reservations")
    assert fields["date_time"]["type"] == "datetime", draft.diagnostics
    ledger = ("# Database Design\n\n## transactions\n\n| Column | Type | Notes |\n|---|---|---|\n| id | uuid PK | |\n"
              "| amount | numeric | NOT NULL |\n| status | text CHECK | PENDING → BROADCAST → SUCCESS \\| FAILED |\n")
    draft, fields = read(root / "ledger", {"docs/database-design.md": ledger}, "transactions")
    assert fields["status"]["enum_values"] == ["PENDING", "BROADCAST", "SUCCESS", "FAILED"], draft.diagnostics


def test_spanish_and_portuguese_modified_timestamps_are_the_generated_updated_at(root: Path) -> None:
    """`modificado_en TIMESTAMPTZ` beside `creado_en ... DEFAULT now()`: the generated created_at/updated_at."""
    model = ("# Modelo de datos\n\n```sql\nCREATE TABLE proyecto (\n  id BIGINT PRIMARY KEY,\n  nombre VARCHAR(120) NOT NULL,\n"
             "  activo BOOLEAN NOT NULL DEFAULT TRUE,\n  creado_en TIMESTAMPTZ NOT NULL DEFAULT now(),\n  modificado_en TIMESTAMPTZ\n);\n```\n")
    draft, fields = read(root, {"docs/modelo-de-datos.md": model}, "proyecto")
    assert set(fields) == {"nombre", "activo"}, draft.diagnostics


def test_a_drizzle_json_column_of_strings_over_several_lines(root: Path) -> None:
    """`demographicCategories: jsonb("demographic_categories")` then `.notNull()`, `.$type<string[]>()`, `.default([])`
    on lines of their own: one chain, a list of strings with an empty default."""
    model = ("# Data Model\n\n```ts\nexport const projects = pgTable(\"projects\", {\n  id: uuid(\"id\").primaryKey().defaultRandom(),\n"
             "  name: varchar(\"name\", { length: 255 }).notNull(),\n  demographicCategories: jsonb(\"demographic_categories\")\n"
             "    .notNull()\n    .$type<string[]>()\n    .default([]),\n  notes: text(\"notes\"),\n});\n```\n")
    draft, fields = read(root, {"specs/001-discovery/data-model.md": model, "specs/001-discovery/spec.md": "# Projects\n"},
                         "specs/001-discovery")
    field = fields["demographic_categories"]
    assert field["type"] == "list[str]" and field["default"] == [] and not field.get("required"), draft.diagnostics


def test_a_state_path_in_the_notes_starts_the_row_at_its_first_state(root: Path) -> None:
    """`| status | text CHECK | PENDING → BROADCAST → SUCCESS \\| FAILED |`: a new row is PENDING."""
    ledger = ("# Database Design\n\n## transactions\n\n| Column | Type | Notes |\n|---|---|---|\n| id | uuid PK | |\n"
              "| amount | numeric | NOT NULL |\n| status | text CHECK | PENDING → BROADCAST → SUCCESS \\| FAILED |\n")
    draft, fields = read(root, {"docs/database-design.md": ledger}, "transactions")
    assert fields["status"]["default"] == "PENDING" and not fields["status"].get("required"), draft.diagnostics


def test_a_graphql_key_and_its_relation_are_one_column(root: Path) -> None:
    """`suiteId: ID!` beside `suite: Suite!` in `type TestCase`: one `suite_id` (it had made the draft invalid)."""
    sdl = ("type Suite {\n  id: ID!\n  name: String!\n  cases: [TestCase!]!\n}\n\ntype TestCase {\n  id: ID!\n  title: String!\n"
           "  steps: String\n  suiteId: ID!\n  suite: Suite!\n}\n")
    draft, fields = read(root, {"docs/schema.graphql": sdl}, "TestCase")
    assert list(fields) == ["title", "steps", "suite_id"], draft.diagnostics


def test_a_frictionless_table_schema_at_the_root(root: Path) -> None:
    """An open-data standard: `schema.json` (a Frictionless Table Schema) beside its README, no spec folder: one table,
    its fields' constraints (required, enum, minimum/maximum), the named primary key a unique column."""
    schema = json.dumps({
        "$schema": "https://frictionlessdata.io/schemas/table-schema.json", "title": "Lieux de covoiturage",
        "fields": [
            {"name": "id_lieu", "type": "string", "description": "sur 3 chiffres",
             "constraints": {"required": True, "pattern": "^\\d{5}-C-\\d{3}$"}},
            {"name": "nom_lieu", "type": "string", "constraints": {"required": True}},
            {"name": "type", "type": "string", "constraints": {"required": True, "enum": ["Parking", "Auto-stop"]}},
            {"name": "Xlong", "type": "number", "constraints": {"required": True, "minimum": -180, "maximum": 180}},
            {"name": "date_maj", "type": "date", "constraints": {"required": True}},
            {"name": "nbre_pl", "type": "integer"}],
        "primaryKey": "id_lieu"}, indent=2)
    draft, fields = read(root, {"schema.json": schema, "README.md": "# Lieux de covoiturage\n\nUn schéma de données.\n"},
                         "LieuCovoiturage")
    assert fields["type"]["enum_values"] == ["Parking", "Auto-stop"] and fields["xlong"]["le"] == 180, draft.diagnostics
    assert fields["id_lieu"]["unique"] and fields["id_lieu"].get("max_length") is None and not fields["nbre_pl"].get("required")
    assert fields["date_maj"]["type"] == "date" and fields["nbre_pl"]["type"] == "int"


def test_a_bold_status_note_under_a_table_heading_names_nothing(root: Path) -> None:
    """`## Posts` over '**Status: 🟡 Partially Implemented (needs migration)**' and the column bullets: the Posts."""
    db = ("# Data storage\n\n## Posts\n\nCore post entity.\n\n**Status: 🟡 Partially Implemented (needs migration)**\n\n"
          "- `post_id` (PRIMARY KEY) - System identifier\n- `urn` (UNIQUE, NOT NULL) - LinkedIn post URN\n"
          "- `author_username` (TEXT) - Username of post author\n- `is_read` (BOOLEAN, DEFAULT 0) - has the user read it?\n\n"
          "## Profiles\n\n**Status: ❌ Not started**\n\n- `profile_id` (PRIMARY KEY) - id\n- `name` (TEXT) - name\n"
          "- `headline` (TEXT) - headline\n")
    draft, fields = read(root, {"specs/database.md": db}, "Post")
    assert draft.spec["name"] == "post" and "author_username" in fields, draft.diagnostics


def test_a_mongoose_collection_named_by_its_model_run_together(root: Path) -> None:
    """`### servicerecords` (Mongoose's collection for the ServiceRecord model) beside `### services`: asked for
    ServiceRecord, the servicerecords."""
    db = ("# Esquema\n\n### services\n\n| Campo | Tipo | Requerido |\n|---|---|---|\n| name | String | Sí |\n"
          "| price | Number | Sí |\n| duration | Number | No |\n\n### servicerecords\n\n| Campo | Tipo | Requerido |\n|---|---|---|\n"
          "| client | ObjectId | Sí |\n| service | ObjectId | Sí |\n| notes | String | No |\n| date | Date | Sí |\n")
    draft, fields = read(root, {"docs/db-schema.md": db}, "ServiceRecord")
    assert set(fields) == {"client", "service", "notes", "date"}, draft.diagnostics


def test_a_forms_list_rules_a_field_by_its_gloss(root: Path) -> None:
    """`title :string  # Заголовок` and, in the admin form's list, `- **Заголовок** (обязательно, макс. 100 символов)`:
    the title is required, at most 100 characters; `**Описание** (опционально, ...)` leaves the description optional."""
    readme = ("# Banner\n\n## Использование\n\n3. Заполните поля:\n   - **Заголовок** (обязательно, макс. 100 символов)\n"
              "   - **Описание** (опционально, макс. 200 символов)\n\n### Модель: `SponsorBanner`\n\n```ruby\n"
              "title       :string   # Заголовок\ndescription :text     # Описание\nenabled     :boolean  # Активен\n```\n")
    draft, fields = read(root, {"SPONSOR_BANNER_README.md": readme}, "SponsorBanner")
    assert fields["title"]["required"] and fields["title"]["max_length"] == 100, draft.diagnostics
    assert not fields["description"].get("required") and fields["description"]["max_length"] == 200


def test_the_whole_its_parts_hang_from_is_the_features_entity(root: Path) -> None:
    """`workout-tracker` names three `workout_*` tables by its word; the sessions are the whole the exercises and
    their sets are parts of (`ON DELETE CASCADE`), and the word chooses it over a library of exercises the prose
    talks of."""
    model = ("# Data Model\n\n### `exercises`\n\n| Column | Type | Constraints |\n|---|---|---|\n"
             "| `id` | INTEGER | PK |\n| `name` | TEXT | NOT NULL |\n| `muscle_group` | TEXT | |\n| `notes` | TEXT | |\n\n"
             "### `workout_sessions`\n\n| Column | Type | Constraints |\n|---|---|---|\n| `id` | INTEGER | PK |\n"
             "| `started_at` | INTEGER | NOT NULL |\n| `ended_at` | INTEGER | NULLABLE |\n| `note` | TEXT | |\n\n"
             "### `workout_exercises`\n\n| Column | Type | Constraints |\n|---|---|---|\n| `id` | INTEGER | PK |\n"
             "| `session_id` | INTEGER | NOT NULL, FK → `workout_sessions.id` ON DELETE CASCADE |\n"
             "| `exercise_id` | INTEGER | FK → `exercises.id` |\n| `position` | INTEGER | NOT NULL |\n\n"
             "### `workout_sets`\n\n| Column | Type | Constraints |\n|---|---|---|\n| `id` | INTEGER | PK |\n"
             "| `workout_exercise_id` | INTEGER | NOT NULL, FK → `workout_exercises.id` ON DELETE CASCADE |\n"
             "| `set_number` | INTEGER | NOT NULL |\n| `reps` | INTEGER | |\n")
    spec = ("# Feature Specification: Workout Tracker\n\nThe user browses exercises, picks an exercise, adds the exercise "
            "to a session and logs each exercise's sets. Exercises can be searched; exercises can be archived.\n")
    draft, fields = read(root, {"specs/001-workout-tracker/data-model.md": model,
                                "specs/001-workout-tracker/spec.md": spec}, "001-workout-tracker")
    assert draft.spec["name"] == "workout_session", draft.diagnostics
    assert set(fields) == {"started_at", "ended_at", "note"}


def test_an_encrypted_column_type_holds_what_it_names(root: Path) -> None:
    """`EncryptedString` and `EncryptedInt` are a string and a whole number, stored encrypted: the columns stay."""
    schema = ("# Schema\n\n### candidates\n\n| Column | Type | Key / Constraints | Purpose |\n|---|---|---|---|\n"
              "| `id` | UUID | PK | |\n| `full_name` | String(200) | NOT NULL | Name |\n"
              "| `phone` | EncryptedString | nullable, **encrypted** | Phone |\n"
              "| `expected_ctc` | EncryptedInt | nullable, **encrypted** | Pay |\n")
    draft, fields = read(root, {"docs/DATABASE_SCHEMA.md": schema}, "candidates")
    assert fields["phone"]["type"] == "str" and fields["expected_ctc"]["type"] == "int", draft.diagnostics


def test_a_names_only_reference_with_its_target_in_parentheses_is_a_column(root: Path) -> None:
    """`- account_id (FK → accounts, nullable)` under a table of names only: a reference column, optional."""
    schema = ("# Schema\n\n### accounts\n- id (PK)\n- name\n- balance\n\n### transactions\n- id (PK)\n"
              "- account_id (FK → accounts, nullable)\n- category_id (FK → categories, PROTECT)\n- type (income/expense)\n"
              "- amount\n- description\n")
    draft, fields = read(root, {"docs/database_schema.md": schema}, "transactions")
    assert {"account_id", "category_id"} <= set(fields), draft.diagnostics
    assert not fields["account_id"].get("required")


def test_a_named_field_described_in_words_joins_its_typed_list(root: Path) -> None:
    """'- `name`: Human-readable name for the chain' among `active`: Boolean ... lines: a column of the same list,
    whose presence the contract's create request then decides; 'Ordered list of AudioEffect instances' is the rows
    of another table, no column."""
    model = ("# Data Model\n\n### EffectsChain\n**Fields**:\n- `id`: Unique identifier (UUID)\n"
             "- `name`: Human-readable name for the chain\n- `effects`: Ordered list of AudioEffect instances\n"
             "- `active`: Boolean indicating if chain is currently processing\n\n### AudioEffect\n**Fields**:\n"
             "- `id`: Unique identifier (UUID)\n- `bypassed`: Boolean indicating if effect is bypassed\n"
             "- `position`: Integer indicating order in chain\n")
    contract = ("openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                "    EffectsChainCreate:\n      type: object\n      required: [name]\n      properties:\n"
                "        name: {type: string, maxLength: 50}\n")
    draft, fields = read(root, {"specs/001-chain/data-model.md": model, "specs/001-chain/spec.md": "# Effects chain\n",
                                "specs/001-chain/contracts/api.yaml": contract}, "001-chain")
    assert draft.spec["name"] == "effects_chain", draft.diagnostics
    assert set(fields) == {"name", "active"}, draft.diagnostics
    assert fields["name"]["required"] and not fields["active"].get("required")


def test_a_sqlalchemy_definition_column_under_a_class_heading(root: Path) -> None:
    """`### 3.2 \\`class Paper(Base)\\`` over `| 列 | 定义 | 说明 |` rows of `String(1000), nullable=False`: the Paper,
    its required columns, `default=dict` an empty object, and '约定 unread / read' its closed list."""
    models = ("# models.py 规格说明书\n\n### 3.2 `class Paper(Base)`（`__tablename__ = \"papers\"`）\n\n"
              "| 列 | 定义 | 说明 |\n|---|---|---|\n| `title` | `String(500), nullable=True` | 标题 |\n"
              "| `file_path` | `String(1000), nullable=False` | 路径（**必填**） |\n"
              "| `status` | `String(50), default=\"unread\"` | 约定 unread / read / important / todo |\n"
              "| `metadata_json` | `JSON, default=dict` | 扩展元数据 |\n")
    draft, fields = read(root, {"specs/backend/models.md": models}, "paper")
    assert draft.spec["name"] == "paper", draft.diagnostics
    assert fields["file_path"]["required"] and not fields["title"].get("required")
    assert fields["status"]["enum_values"] == ["unread", "read", "important", "todo"]
    assert fields["metadata_json"]["default"] == {} and not fields["metadata_json"].get("required")


def test_typeorm_entities(root: Path) -> None:
    """TypeORM classes: NOT NULL unless `nullable: true`, a default makes a column optional, a comment after the
    decorator lists its values, `@ManyToOne` is the reference column, `@OneToMany` no column at all."""
    model = ("# Data Model\n\n### Dish\n\n```typescript\n@Entity('dishes')\nexport class Dish {\n"
             "  @PrimaryGeneratedColumn('uuid')\n  id: string;\n\n"
             "  @ManyToOne(() => Business, (business) => business.dishes, { onDelete: 'CASCADE' })\n  business: Business;\n\n"
             "  @Column({ type: 'varchar', length: 255 })\n  name: string;\n\n"
             "  @Column({ type: 'text', nullable: true })\n  description: string; // don't show it when empty\n\n"
             "  @Column({ type: 'varchar', default: 'draft' }) // 'draft', 'published', 'archived'\n  status: string;\n\n"
             "  @Column('decimal', { precision: 10, scale: 2 })\n  price: number;\n\n"
             "  @Column({ type: 'simple-array', default: '' })\n  tags: string[];\n\n"
             "  @CreateDateColumn()\n  created_at: Date;\n\n"
             "  @OneToMany(() => MenuItem, (item) => item.dish)\n  menu_items: MenuItem[];\n}\n```\n\n"
             "### Business\n\n```typescript\n@Entity()\nexport class Business {\n  @PrimaryGeneratedColumn('uuid')\n"
             "  id: string;\n\n  @Column({ length: 100, unique: true })\n  slug: string;\n}\n```\n")
    draft, fields = read(root, {"specs/001-dishes/data-model.md": model, "specs/001-dishes/spec.md": "# Dishes\n"},
                         "001-dishes")
    assert draft.spec["name"] == "dish" and draft.spec.get("plural", "dishes") == "dishes", draft.diagnostics
    assert set(fields) == {"business_id", "name", "description", "status", "price", "tags"}, draft.diagnostics
    assert fields["business_id"]["type"] == "uuid"
    assert fields["name"]["required"] and fields["name"]["max_length"] == 255
    assert not fields["description"].get("required") and fields["description"]["type"] == "text"
    assert fields["status"]["enum_values"] == ["draft", "published", "archived"] and fields["status"]["default"] == "draft"
    assert fields["price"]["type"] == "decimal" and fields["price"]["required"]
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["default"] == []


def test_fields_described_by_indented_property_paragraphs(root: Path) -> None:
    """`- **name**` over indented `*Tipo:* string`, `*Requerido:* sí`, `*Max:* 150 carácteres` paragraphs, in a
    `docs/entidades.md`; '### Claves Foráneas' adds the references (`*Model:* status`), and a `*Collection:*` is
    another table's rows."""
    doc = ("# 1. Dataset\n## Campos\n- **name**\n\n    *Tipo:* string\n\n    *Requerido:* sí\n\n    *Único:* sí\n\n"
           "    *Max:* 150 carácteres\n\n    *Min:* 1 carácteres\n\n---\n\n- **notes**\n\n    *Tipo:* string\n\n"
           "    *Max:* 500 carácteres\n\n---\n\n- **visible**\n\n    *Tipo:* boolean\n\n    *Default:* false\n\n"
           "### Claves Foráneas\n- **status**\n\n    El ID del status.\n\n    *Requerido:* sí\n\n    *Model:* status\n\n---\n\n"
           "- **tags**\n\n    *Collection:* tag\n\n    *Via:* datasets\n\n---\n\n- **hasMap**\n\n    *Type:* boolean\n\n"
           "    *DefaultsTo:* false\n")
    draft, fields = read(root, {"docs/entidades.md": doc}, "dataset")
    assert set(fields) == {"name", "notes", "visible", "status", "has_map"}, draft.diagnostics
    assert fields["name"]["required"] and fields["name"]["unique"] and fields["name"]["max_length"] == 150
    assert fields["name"]["min_length"] == 1 and not fields["notes"].get("required")
    assert fields["visible"]["type"] == "bool" and fields["visible"]["default"] is False
    assert fields["status"]["required"] and fields["has_map"]["default"] is False


def test_a_change_that_adds_to_a_table_another_change_maps(root: Path) -> None:
    """An OpenSpec change (`crud-contratos`) whose files define no table; another change's design maps `contratos`
    (| Tabela | Campos | FKs |) under conventions that make every key an INT: the table, its own `id_contrato` left
    out, `data_inicio` a date, its reference an int, its status values listed for it among the others'."""
    base = ("# Design — Models Base\n\n## Convenções\n\n- PK: `id_<entidade>` (INT, autoincrement).\n\n"
            "## Mapa de entidades\n\n| Tabela | Campos | FKs (ondelete) |\n|---|---|---|\n"
            "| `propostas` | id_proposta, status, data_criacao | empresa_id → empresas (CASCADE) |\n"
            "| `contratos` | id_contrato, data_inicio, data_fim (null), status | proposta_id → propostas (RESTRICT) |\n\n"
            "## status como String, não Enum nativo\n\n- `proposta.status`: rascunho → enviada → aprovada / recusada\n"
            "- `contrato.status`: ativo / encerrado\n")
    change = "# Design — CRUD Contratos\n\n## Decisões\n\nContrato nasce da aprovação da proposta.\n"
    draft, fields = read(root, {"openspec/changes/archive/models-base/design.md": base,
                                "openspec/changes/archive/crud-contratos/design.md": change,
                                "openspec/changes/archive/crud-contratos/proposal.md": "# CRUD de contratos\n"},
                         "crud-contratos")
    assert draft.spec["name"] == "contrato", draft.diagnostics
    assert set(fields) == {"data_inicio", "data_fim", "status", "proposta_id"}, draft.diagnostics
    assert fields["data_inicio"]["type"] == "date" and fields["proposta_id"]["type"] == "int"
    assert fields["status"]["enum_values"] == ["ativo", "encerrado"]


def test_sqlalchemy_mapped_annotations() -> None:
    """SQLAlchemy 2's `Mapped[date | None]` holds a date."""
    from backend_builder.spec.extract.types import classify
    assert classify("Mapped[date | None]") == "date" and classify("Mapped[bool]") == "bool"


def test_types_marked_nullable_leave_the_unmarked_not_null(root: Path) -> None:
    """A document whose tables mark a type `String (nullable)` where it may be empty: a `String` or `int` it leaves
    unmarked, in any of its tables, must be given."""
    model = ("# Data Model\n\n### AnalysisReport\n\n| Field | Type | Description |\n|---|---|---|\n| id | Long | ID |\n"
             "| projectSlug | String | Repository |\n| totalMrs | int | Total analyzed |\n\n### FetchCriteria\n\n"
             "| Field | Type | Description |\n|---|---|---|\n| targetBranch | String (nullable) | Branch |\n"
             "| after | LocalDate (nullable) | Since |\n")
    draft, fields = read(root, {"specs/001-report/data-model.md": model, "specs/001-report/spec.md": "# Analysis report\n"},
                         "001-report")
    assert fields["project_slug"]["required"] and fields["total_mrs"]["required"], draft.diagnostics


def test_a_portuguese_data_dictionary_row_of_values_before_a_remark(root: Path) -> None:
    """`| status | varchar(20) | AVAILABLE, RESERVED, RENTED — resumo; ... |` under a Notas header: the closed list;
    'opcionais' makes the row's columns optional."""
    doc = ("# Dicionário de dados\n\n## trailers\n| Coluna | Tipo | Notas |\n|---|---|---|\n| code | varchar(20) | único |\n"
           "| plate / renavam | varchar | opcionais |\n"
           "| status | varchar(20) | AVAILABLE, RESERVED, RENTED, INACTIVE — resumo; disponibilidade real considera agenda |\n")
    draft, fields = read(root, {"docs/dicionario-de-dados.md": doc}, "trailer")
    assert fields["status"]["enum_values"] == ["AVAILABLE", "RESERVED", "RENTED", "INACTIVE"], draft.diagnostics
    assert not fields["plate"].get("required") and not fields["renavam"].get("required")


def test_a_chinese_required_column_and_an_objects_members(root: Path) -> None:
    """`| 字段名 | 类型 | 必选 | 说明 |` with 是/否: which fields are required; `location.city` under a `location | object`
    row is a member of the object, held whole; and a shape written `Hotel {` without `interface` is read too."""
    api = ("# 酒店管理接口文档\n\n| 字段名 | 类型 | 必选 | 说明 |\n|---|---|---|---|\n| name | string | 是 | 名称 |\n"
           "| rating | number | 否 | 评分 |\n| location | object | 是 | 位置信息 |\n| location.city | string | 是 | 城市 |\n"
           "| location.district | string | 否 | 区 |\n")
    draft, fields = read(root, {"docs/酒店管理接口文档.md": api}, "hotel")
    assert set(fields) == {"name", "rating", "location"}, draft.diagnostics
    assert fields["name"]["required"] and not fields["rating"].get("required") and fields["location"]["type"] == "json"
    shape = "# Hotel 对象文档\n\n```js\nHotel {\n  name: string; // 名称\n  nameEn?: string; // 英文名\n  stars: number;\n}\n```\n"
    draft, fields = read(root, {"docs/酒店对象文档.md": shape}, "hotel")
    assert set(fields) == {"name", "name_en", "stars"}, draft.diagnostics
    assert not fields["name_en"].get("required")


def test_a_rails_models_validations_and_polymorphic_reference(root: Path) -> None:
    """A Rails plan: the migration's `t.references :last_edited_by, polymorphic: true` is two columns (an indexed id
    and its class's name); the model's `validates :name, presence: true,\\n length: { maximum: 100 }` and
    `validates :content, length: { maximum: 100_000 }` bound them."""
    plan = ("# Whiteboard\n\n```ruby\nclass CreateWhiteboards < ActiveRecord::Migration[8.0]\n  def change\n"
            "    create_table :whiteboards do |t|\n      t.string :name, null: false\n      t.text :content\n"
            "      t.string :kind\n      t.references :last_edited_by, polymorphic: true\n      t.timestamps\n    end\n  end\nend\n```\n\n"
            "```ruby\nclass Whiteboard < ApplicationRecord\n  validates :name, presence: true,\n"
            "                   length: { maximum: 100 },\n                   uniqueness: { scope: :account_id }\n"
            "  validates :content, length: { maximum: 100_000 }\n  validates :kind, inclusion: { in: %w[note sketch] }\nend\n```\n")
    draft, fields = read(root, {"docs/plans/whiteboard.md": plan}, "Whiteboard")
    assert fields["name"]["max_length"] == 100 and not fields["name"].get("unique"), draft.diagnostics
    assert fields["content"]["max_length"] == 100000
    assert fields["kind"]["enum_values"] == ["note", "sketch"]
    assert fields["last_edited_by_id"]["index"] and fields["last_edited_by_type"]["type"] == "str"


def test_one_of_stops_before_another_columns_name() -> None:
    """'one of `confirmed`, `failed`, and `FoodMeal.logged_at` SHALL ...': the list ends before the other column."""
    from backend_builder.spec.extract.constraints import enum_values
    assert enum_values("SHALL be one of `confirmed`, `failed`, and `FoodMeal.logged_at` SHALL be set.") == [
        "confirmed", "failed"]


def test_an_aligned_column_whose_name_fills_the_gap(root: Path) -> None:
    """`organization_id UUID FK → organizations.id` in an aligned block, one space after the long name: a column."""
    model = ("# Data Models\n\n### Deal\n\n```\ndeals\n  id              UUID PK\n  organization_id UUID FK → organizations.id\n"
             "  title           TEXT NOT NULL\n  contact_id      UUID FK → contacts.id\n  value           NUMERIC(15,2)\n```\n")
    draft, fields = read(root, {"docs/architecture/data-models.md": model}, "deal")
    assert set(fields) == {"organization_id", "title", "contact_id", "value"}, draft.diagnostics
    assert fields["organization_id"]["type"] == "uuid"


def test_chinese_character_counts_and_a_rule_of_another_name(root: Path) -> None:
    """'标题（1-50 字）' bounds the title; in '`url` 须 http/https；可选 `tags` 数组——每个 ≤20 字' the bound is the tags'."""
    schema = ("# 数据库\n\n#### `tools_links`\n| 列 | 类型 | 约束 | 说明 |\n|----|------|------|------|\n"
              "| `id` | INTEGER | PRIMARY KEY | ID |\n| `title` | TEXT | NOT NULL | 标题（1-50 字） |\n"
              "| `url` | TEXT | NOT NULL | 网页链接 |\n")
    api = ("# 接口\n\n| 方法 | 路径 | 说明 |\n|---|---|---|\n"
           "| `POST` | `/api/tools` | 添加链接（`url` 须 http/https；可选 `tags` 数组——每个 strip 后 ≤20 字） |\n")
    draft, fields = read(root, {"specs/database.md": schema, "specs/web-gallery.md": api}, "tools_links")
    assert fields["title"]["max_length"] == 50 and fields["title"]["min_length"] == 1, draft.diagnostics
    assert fields["url"].get("max_length") is None


def test_a_design_document_beside_the_specs_folder_names_the_entity(root: Path) -> None:
    """`docs/specs/003-gestion-lotes.md` in prose only; `docs/07-diseno-tecnico-inicial.md` lists the Lote's columns as
    names in a plain block (`companiaId, granjaId`, `codigo (unique por granja)`, `estadoOperativo: A | B | C`)."""
    design = ("# Diseno Tecnico\n\n### Campos clave por entidad operativa\n\n#### Lote\n\n```text\ncodigo (unique por granja)\n"
              "companiaId, granjaId\nfechaInicio, cantidadInicial\nubicacionId (actual, denormalizado)\n"
              "estadoOperativo: ACTIVO | CERRADO | CANCELADO\nestadoRegistro + auditoria ABM\n```\n\n#### EngordeLote\n\n"
              "```text\nloteId (unique si EN_CURSO)\nfechaInicio, cantidadInicial\nfechaCierre, cantidadFinal\n```\n")
    spec = "# Spec 003: Gestion de Lotes\n\nPermitir registrar y consultar lotes de animales.\n"
    draft, fields = read(root, {"docs/specs/003-gestion-lotes.md": spec, "docs/07-diseno-tecnico-inicial.md": design}, "lote")
    assert draft.spec["name"] == "lote", draft.diagnostics
    assert set(fields) == {"codigo", "compania_id", "granja_id", "fecha_inicio", "cantidad_inicial", "ubicacion_id",
                           "estado_operativo", "estado_registro"}, draft.diagnostics
    assert fields["estado_operativo"]["enum_values"] == ["ACTIVO", "CERRADO", "CANCELADO"]
    assert not fields["codigo"].get("unique") and fields["fecha_inicio"]["type"] == "date"


def test_a_docs_file_named_for_the_feature_with_a_kotlin_sketch(root: Path) -> None:
    """`docs/TIMERS.md` (no spec folder) with a `kotlin` fence over `Timer {` and `name: String` lines: the Timer,
    `DateTime?` optional, the unmarked ones required, `TimerState  // IDLE, RUNNING, PAUSED` its values."""
    doc = ("# Timers\n\n### Data Model\n\n```kotlin\nTimer {\n    id: UUID\n    name: String\n"
           "    state: TimerState           // IDLE, RUNNING, PAUSED\n    startTime: DateTime?        // when started\n}\n```\n")
    write(root, {"docs/TIMERS.md": doc})
    draft = operations.read_spec(str(root), "timer")
    fields = {f["name"]: f for f in draft.spec["fields"]}
    assert set(fields) == {"name", "state", "start_time"}, draft.diagnostics
    assert fields["name"]["required"] and not fields["start_time"]["required"]
    assert fields["state"]["enum_values"] == ["IDLE", "RUNNING", "PAUSED"]


def test_migration_bodies_quoted_without_their_frame_in_plans(root: Path) -> None:
    """A plan in `.claude/plans/` with Ecto `add` lines under `# stage_participations`, and one in `docs/ideation/x/`
    with Laravel `$table->` lines under `// automation_rules`: each table read as its migration would be."""
    ecto = ("# Plan\n\n## Data Model\n\n```elixir\n# stages\nadd :name, :string, null: false\nadd :order, :integer, null: false\n\n"
            "# stage_participations — the union type\nadd :region_id, references(:regions), null: false\n"
            "add :category, :string, null: false\nadd :joined_at, :utc_datetime, null: false\n```\n")
    write(root, {".claude/plans/ctx/plan-1.md": ecto})
    draft = operations.read_spec(str(root), "stage_participation")
    assert {f["name"] for f in draft.spec["fields"]} == {"region_id", "category", "joined_at"}, draft.diagnostics
    from backend_builder.spec.extract import draft as drafting
    read_back = {e.name: e for e in drafting._entities("plan.md", ecto, [])}
    # (the frame put back keeps each line where the plan has it: diagnostics point at the right line)
    assert [f.line for f in read_back["stage_participations"].fields] == [11, 12, 13]
    laravel = ("# Spec\n\n## Data Model\n\n```php\n// automation_rules\n$table->id();\n$table->string('layer');\n"
               "$table->string('name');\n$table->boolean('is_active')->default(true);\n$table->json('conditions');\n```\n")
    other = root / "other"
    write(other, {"docs/ideation/stripe/spec-phase-6.md": laravel})
    draft = operations.read_spec(str(other), "automation_rule")
    fields = {f["name"]: f for f in draft.spec["fields"]}
    assert set(fields) == {"layer", "name", "is_active", "conditions"}, draft.diagnostics
    assert fields["is_active"]["default"] is True


def test_the_servers_schema_over_the_devices_copy(root: Path) -> None:
    """'## 3.1 Cloud — Prisma schema' and '## 3.2 Local — SQLite schema' (the app's offline copy, with sync columns
    and REAL for money): the cloud model is the table; its one-line Prisma enums give the values."""
    doc = ("# Database Schema\n\n## 3.1 Cloud — Prisma schema\n\n```prisma\nmodel Order {\n  id        String   @id @db.Uuid\n"
           "  channel   OrderChannel @default(DINE_IN)\n  subtotal  Decimal  @db.Decimal(12, 2)\n  notes     String?\n}\n\n"
           "enum OrderChannel { DINE_IN TAKEAWAY DELIVERY }\n```\n\n## 3.2 Local — SQLite schema\n\n```sql\nCREATE TABLE orders (\n"
           "  id TEXT PRIMARY KEY,\n  channel TEXT NOT NULL DEFAULT 'DINE_IN',\n  subtotal REAL NOT NULL DEFAULT 0,\n"
           "  notes TEXT,\n  sync_status TEXT NOT NULL DEFAULT 'pending'\n);\n```\n")
    draft, fields = read(root, {"docs/03-database-schema.md": doc}, "order")
    assert set(fields) == {"channel", "subtotal", "notes"}, draft.diagnostics
    assert fields["channel"]["enum_values"] == ["DINE_IN", "TAKEAWAY", "DELIVERY"]
    assert fields["subtotal"]["type"] == "decimal" and fields["subtotal"]["required"]


def test_a_schema_document_of_graphql_types(root: Path) -> None:
    """`docs/schema.md` titled 'GraphQL Schema', its types keyed `id: ID!`: the types are the tables' shapes;
    `from: User` beside `fromUserId: String!` is the row the key points to, no second column."""
    doc = ("# GraphQL Schema\n\n## Types\n\n### User\n```graphql\ntype User {\n  id: ID!\n  username: String!\n}\n```\n\n"
           "### CallRequest\n```graphql\ntype CallRequest {\n  id: ID!\n  topicId: String!\n  fromUserId: String!\n"
           "  toUserId: String\n  respondedAt: DateTime\n  from: User\n  to: User\n}\n```\n")
    draft, fields = read(root, {"docs/schema.md": doc}, "call_request")
    assert set(fields) == {"topic_id", "from_user_id", "to_user_id", "responded_at"}, draft.diagnostics
    assert fields["from_user_id"]["required"] and not fields["to_user_id"].get("required")


def test_a_table_with_fields_sentence_then_another_sentence(root: Path) -> None:
    """'The database SHALL contain a `Recipe` table with fields: `id` (UUID, PK), `name` (string), `createdAt`
    (datetime). The table SHALL support ... via a `parentRecipeId` (UUID, nullable, FK → Recipe).': the list ends with
    its sentence, and the next one adds a column."""
    spec = ("# Database\n\n## Requirements\n\n### Requirement: Recipe table stores recipe content\n\n"
            "The database SHALL contain a `Recipe` table with fields: `id` (UUID, PK), `name` (string), `image` (string, "
            "nullable), `createdAt` (datetime). The table SHALL support self-referencing for nested recipes via a "
            "`parentRecipeId` (UUID, nullable, FK → Recipe).\n")
    draft, fields = read(root, {"openspec/specs/database/spec.md": spec}, "recipe")
    assert set(fields) == {"name", "image", "parent_recipe_id"}, draft.diagnostics
    assert fields["parent_recipe_id"]["type"] == "uuid" and not fields["parent_recipe_id"].get("required")


def test_dynamodb_attribute_types() -> None:
    """A DynamoDB table's attribute types: `S` a string, `N` a number, `BOOL`, `M` a map, `SS` a string set."""
    from backend_builder.spec.extract.types import classify
    assert [classify(t) for t in ("S", "N", "BOOL", "M", "SS")] == ["str", "float", "bool", "json", "list[str]"]


def test_an_openspec_capability_in_prose_takes_the_migrations_table(root: Path) -> None:
    """OpenSpec capabilities that describe the product in prose, the `productos` table only in
    `supabase/migrations/`: the migration is the schema (named by no spec file)."""
    files = {
        "openspec/specs/product-management/spec.md": "# Product Management\n\n### Requirement: Products\n\n"
        "The system SHALL store products with a barcode, a name and a counter price.\n",
        "supabase/migrations/20260604000000_create_productos.sql": "create table public.productos (\n"
        "  id uuid primary key default gen_random_uuid(),\n  codigo_barras text,\n  nombre text not null,\n"
        "  precio_mostrador numeric(12,2) not null,\n  stock integer not null default 0\n);\n",
    }
    draft, fields = read(root, files, "producto")
    assert set(fields) == {"codigo_barras", "nombre", "precio_mostrador", "stock"}, draft.diagnostics
    assert fields["precio_mostrador"]["type"] == "decimal" and fields["nombre"]["required"]


def test_a_french_scenario_that_lists_a_tables_columns_and_its_routes(root: Path) -> None:
    """'la table `transition_plans` existe avec les colonnes : `id` (uuid PK), `from_shift` (text NOT NULL, ...)',
    and 'un GET est effectue sur `/api/transition-plans`': the columns, and the routes a few words from their method."""
    schema = ("# Schema\n\n#### Scenario: Table creee\n\n- **WHEN** la migration est appliquee\n"
              "- **THEN** la table `transition_plans` existe avec les colonnes : `id` (uuid PK), `user_id` (uuid FK profiles, "
              "NOT NULL), `from_shift` (text NOT NULL, type de shift : \"jour\", \"soir\" ou \"nuit\"), `start_date` (date "
              "NOT NULL), `total_deficit_minutes` (integer, default 0), `created_at` (timestamptz, default now)\n")
    ui = ("# UI\n\n#### Scenario: Liste\n\n- **WHEN** un GET est effectue sur `/api/transition-plans`\n- **THEN** la liste\n\n"
          "#### Scenario: Suppression\n\n- **WHEN** un DELETE est effectue sur `/api/transition-plans/[id]`\n")
    draft, fields = read(root, {"openspec/specs/database-schema/spec.md": schema,
                                "openspec/specs/transition-plan-ui/spec.md": ui}, "transition_plan")
    assert set(fields) == {"from_shift", "start_date", "total_deficit_minutes"}, draft.diagnostics
    assert fields["from_shift"]["enum_values"] == ["jour", "soir", "nuit"] and fields["start_date"]["required"]
    assert {"GET /api/transition-plans", "DELETE /api/transition-plans/[id]"} <= set(draft.endpoints)


def test_a_fields_label_over_plain_names(root: Path) -> None:
    """`- **Campos**: id, nome, especificações técnicas, status (ativo/inativo), criado_em` under `## Produto`: names in
    words, a note's values; `- Fields: id (uuid, pk), started_at (timestamptz), attempt (smallint)`: a note's type."""
    model = ("# Data Model\n\n## Produto\n\n- **Campos**: id, nome, slug, especificações técnicas, imagens (referências GCS), "
             "status (ativo/inativo), criado_em\n- **Relacionamentos**: 1:N com Variação\n\n## Ingestion Run\n\n"
             "- Fields: id (uuid, pk), started_at (timestamptz), attempt (smallint), checksum_version (smallint, default 1), "
             "status (enum success|failed)\n")
    draft, fields = read(root, {"specs/001-loja/data-model.md": model}, "produto")
    assert set(fields) == {"nome", "slug", "especificacoes_tecnicas", "imagens", "status"}, draft.diagnostics
    assert fields["status"]["enum_values"] == ["ativo", "inativo"]
    draft, fields = read(root, {"specs/001-loja/data-model.md": model}, "ingestion_run")
    assert {k: v["type"] for k, v in fields.items()} == {"started_at": "datetime", "attempt": "int",
                                                          "checksum_version": "int", "status": "enum"}, draft.diagnostics
    assert fields["checksum_version"]["default"] == 1


def test_the_customer_who_logs_in_and_the_stories_actor_are_not_the_feature(root: Path) -> None:
    """A Cliente with a `hash_senha` is the app's user (the backend's auth replaces it), and 'como visitante ou cliente'
    in the first story's title names who acts, not what is kept: the feature is the Pedido."""
    model = ("# Data Model\n\n## Cliente\n\n- **Campos**: id, nome, e-mail (único), hash_senha, telefone, criado_em\n\n"
             "## Pedido\n\n- **Campos**: id, cliente_id, endereço de entrega, frete, status (criado/pago/enviado)\n")
    spec = ("# Especificação: Loja\n\n### User Story 1 - Concluir compra como visitante ou cliente (Priority: P1)\n\n"
            "O cliente faz um pedido. O cliente paga o pedido.\n")
    draft, _fields = read(root, {"specs/001-loja/data-model.md": model, "specs/001-loja/spec.md": spec},
                          "specs/001-loja")
    assert draft.spec["name"] == "pedido", draft.diagnostics


def test_prisma_gender_enum_and_values_with_a_presence_word(root: Path) -> None:
    """`gender Gender?` with its enum declared elsewhere, `gender (Enum: MALE, FEMALE, OTHER, 可選)` in the scenario,
    and `bmi Float? // BMI (計算得出,不儲存)`: an enum of three values (可選 says optional), and no bmi column."""
    schema = ("# Schema\n\n- **THEN** UserProfile 表格 MUST 包含:\n  - id (String, UUID, 主鍵)\n"
              "  - gender (Enum: MALE, FEMALE, OTHER, 可選)\n  - height (Float, 公分, 可選)\n")
    change = ("# Profile\n\n```prisma\nmodel UserProfile {\n  id     String  @id @default(cuid())\n  gender Gender?\n"
              "  height Float?\n  bmi    Float?  // BMI (計算得出,不儲存)\n}\n```\n")
    draft, fields = read(root, {"openspec/specs/database-schema/spec.md": schema,
                                "openspec/changes/profile/specs/profile/spec.md": change}, "UserProfile")
    assert set(fields) == {"gender", "height"}, draft.diagnostics
    assert fields["gender"]["type"] == "enum" and fields["gender"]["enum_values"] == ["MALE", "FEMALE", "OTHER"]


def test_a_migration_states_what_a_documents_table_leaves_to_be_presumed(root: Path) -> None:
    """A document's table (the fuller one: a later migration's `seller_name` too) marks `model` 필수 and `embedding`
    nullable and says nothing of `price`; the migration of the same table says `price bigint not null`: price is
    required."""
    doc = ("# DB\n\n## listings\n\n| 컬럼 | 자료형 | 제약 |\n|---|---|---|\n| `id` | `uuid` | PK |\n| `model` | `text` | 필수 |\n"
           "| `price` | `bigint` | `>= 0` |\n| `embedding` | `text` | nullable |\n| `seller_name` | `text` | nullable (0007) |\n")
    sql = ("create table public.listings (\n  id uuid primary key,\n  model text not null,\n"
           "  price bigint not null check (price >= 0),\n  embedding text\n);\n")
    draft, fields = read(root, {"docs/db-schema-guide.md": doc, "supabase/migrations/0002_listings.sql": sql}, "listing")
    assert fields["price"]["required"] and fields["model"]["required"], draft.diagnostics
    assert not fields["embedding"].get("required")


def test_jpa_join_columns_indexes_and_bigdecimal_defaults(root: Path) -> None:
    """`@ManyToOne @JoinColumn(name = "owner_id", nullable = false) private User owner;` is the row's ownerId column,
    typed as User's key (a String of 36 from its base class); `@Index(columnList = "public_slug")` indexes one column;
    `BigDecimal.valueOf(1.000)` and `BigDecimal.ZERO` are numbers."""
    doc = ("# Entities\n\n```java\n@MappedSuperclass\npublic abstract class BaseEntity {\n    @Id\n    @Column(length = 36)\n"
           "    private String id;\n}\n\n@Entity\n@Table(name = \"users\")\npublic class User extends BaseEntity {\n"
           "    @Column(nullable = false)\n    private String email;\n}\n\n@Entity\n@Table(name = \"diagrams\", indexes = {\n"
           "    @Index(name = \"idx_slug\", columnList = \"public_slug\"),\n    @Index(name = \"idx_pair\", columnList = \"name, icon\")\n})\n"
           "public class Diagram extends BaseEntity {\n    @ManyToOne(fetch = FetchType.LAZY)\n"
           "    @JoinColumn(name = \"owner_id\", nullable = false)\n    private User owner;\n\n    @Column(nullable = false)\n"
           "    private String name;\n\n    @Column(length = 50)\n    private String icon;\n\n"
           "    @Column(name = \"canvas_zoom\", precision = 5, scale = 3)\n    private BigDecimal canvasZoom = BigDecimal.valueOf(1.000);\n\n"
           "    @Column(name = \"canvas_offset_x\", precision = 10, scale = 2)\n    private BigDecimal canvasOffsetX = BigDecimal.ZERO;\n\n"
           "    @Column(name = \"public_slug\", unique = true, length = 100)\n    private String publicSlug;\n}\n```\n")
    draft, fields = read(root, {"docs/05-BACKEND-ENTITIES.md": doc}, "diagram")
    assert set(fields) == {"owner_id", "name", "icon", "canvas_zoom", "canvas_offset_x", "public_slug"}, draft.diagnostics
    assert fields["owner_id"]["type"] == "str" and fields["owner_id"]["max_length"] == 36 and fields["owner_id"]["required"]
    assert fields["public_slug"]["index"] and not fields["name"]["index"] and not fields["icon"]["index"]
    assert float(fields["canvas_zoom"]["default"]) == 1.0 and float(fields["canvas_offset_x"]["default"]) == 0


def test_a_mongoose_document_interface_and_a_collections_bare_names(root: Path) -> None:
    """`interface InterviewDocument extends mongoose.Document` is the Interview; under '## `menuItems`', '- `code` unique'
    and '- `type` = `single | combo`' are columns, and the example document after 'Example:' types `available`."""
    models = ("# Models\n\n## Company Model\n\n```typescript\ninterface CompanyDocument extends mongoose.Document {\n"
              "    name: string;\n    sector: string;\n    isActive: boolean;\n}\n```\n\n## Interview Model\n\n```typescript\n"
              "interface InterviewDocument extends mongoose.Document {\n    company: Types.ObjectId;\n"
              "    status: 'WAITING' | 'DONE';\n    queuePosition: number;\n}\n```\n")
    draft, fields = read(root / "a", {"docs/models.md": models}, "Interview")
    assert set(fields) == {"company", "status", "queue_position"}, draft.diagnostics
    schema = ("# MongoDB Schema\n\n## `menuItems`\n\nFields:\n\n- `_id`\n- `code` unique\n- `name`\n- `type` = `single | combo`\n"
              "- `available`\n- `createdAt`\n\nExample:\n\n```json\n{\n  \"_id\": \"665f0c697f6d74c8c20f4a29\",\n"
              "  \"code\": \"CM 01\",\n  \"name\": \"Wings\",\n  \"type\": \"combo\",\n  \"available\": true\n}\n```\n")
    draft, fields = read(root / "b", {"docs/MONGODB_SCHEMA.md": schema}, "menu_item")
    assert set(fields) == {"code", "name", "type", "available"}, draft.diagnostics
    assert fields["code"]["unique"] and fields["type"]["enum_values"] == ["single", "combo"]
    assert fields["available"]["type"] == "bool"


def test_a_documents_bare_lists_mark_optional_names_in_one_collection(root: Path) -> None:
    """'- `googleId` nullable' under `users`, and no list of the document marks a name required: the names that say
    nothing are required, under `menuItems` too."""
    schema = ("# MongoDB Schema\n\n## `users`\n\nFields:\n\n- `_id`\n- `email` unique\n- `googleId` nullable\n- `name`\n\n"
              "## `menuItems`\n\nFields:\n\n- `_id`\n- `code` unique\n- `name`\n- `price`\n- `comboItems` nullable\n")
    draft, fields = read(root, {"docs/MONGODB_SCHEMA.md": schema}, "menu_item")
    assert set(fields) == {"code", "name", "price", "combo_items"}, draft.diagnostics
    assert fields["name"]["required"] and fields["price"]["required"] and not fields["combo_items"].get("required")


def test_a_chinese_is_null_column(root: Path) -> None:
    """`| 字段名 | 类型 | 默认值 | 为空 |` over `| face | number(10) | | 否 |`: 为空 (is null) 否 says NOT NULL."""
    doc = ("# 数据库\n\n### 3.商户商品[ots_merchant_product]\n\n| 字段名 | 类型 | 默认值 | 为空 | 描述 |\n|---|---|---|---|---|\n"
           "| mer_product_id | number(10) | 10000 | 否 | 商品编号 |\n| face | number(10) | | 否 | 面值 |\n"
           "| mer_product_no | varchar2(32) | | 是 | 商户商品编号 |\n")
    draft, fields = read(root, {"docs/db.md": doc}, "ots_merchant_product")
    assert fields["face"]["required"] and not fields["mer_product_no"].get("required"), draft.diagnostics


def test_notes_in_the_database_folder_beside_its_sql(root: Path) -> None:
    """`sport_backend/database/docs/DATABASE_STRUCTURE.md` describes the table; `sport_backend/database/sql/` holds
    its CREATE TABLE and indexes, which the notes leave out: both are read."""
    doc = ("# Estructura\n\n### 4. **reservations** — Reservaciones\n\n| Campo | Tipo | Descripción |\n|---|---|---|\n"
           "| id | INTEGER PRIMARY KEY | ID |\n| place_id | INTEGER NOT NULL | FK a places |\n"
           "| status | TEXT | Estado (confirmed, pending, cancelled) |\n")
    sql = ("CREATE TABLE IF NOT EXISTS reservations (\n    id INTEGER PRIMARY KEY AUTOINCREMENT,\n    place_id INTEGER NOT NULL,\n"
           "    status TEXT DEFAULT 'confirmed'\n);\nCREATE INDEX IF NOT EXISTS idx_reservations_place_id ON reservations(place_id);\n")
    draft, fields = read(root, {"sport_backend/database/docs/DATABASE_STRUCTURE.md": doc,
                                "sport_backend/database/sql/004_reservations.sql": sql}, "reservation")
    assert fields["place_id"]["index"] and fields["status"]["default"] == "confirmed", draft.diagnostics
    assert "sport_backend/database/sql/004_reservations.sql" in draft.files_used


def test_two_code_spans_with_or_between_in_other_languages() -> None:
    """'حالة القطعة: `InStorage` أو `OutOfStorage`', '`open` 或 `closed`', '`draft` or `final`': a closed list of two."""
    from backend_builder.spec.extract.constraints import enum_values
    assert enum_values("حالة القطعة: `InStorage` أو `OutOfStorage`.") == ["InStorage", "OutOfStorage"]
    assert enum_values("状态：`open` 或 `closed`") == ["open", "closed"]
    assert enum_values("the state: `draft` or `final`") == ["draft", "final"]
    assert enum_values("`a`, `b` ou `c`") == ["a", "b", "c"]


def test_a_bold_label_that_names_its_table_in_parentheses(root: Path) -> None:
    """`- **Journal Entry Schema** (Supabase table: journal_entries):` over `` - `title: text` `` lines: the table
    the parenthesis names, its columns one level down."""
    story = ("# Story 3.2\n\n### Data Models\n- **Journal Entry Schema** (Supabase table: journal_entries):\n"
             "  - `id: uuid` - Primary key\n  - `user_id: uuid` - Foreign key to auth.users\n  - `title: text` - Entry title\n"
             "  - `content: text` - Entry content\n- **AI Analysis Schema** (Supabase table: ai_analysis):\n"
             "  - `id: uuid` - Primary key\n  - `summary: text` - AI-generated summary\n  - `emotions: jsonb` - Emotions\n")
    draft, fields = read(root, {"docs/stories/3.2.story.md": story, "docs/data-model.md": "# Data Model\n\nSee the stories.\n"},
                         "journal_entry")
    assert set(fields) == {"title", "content"}, draft.diagnostics
    assert fields["title"]["type"] == "text"


def test_a_required_cell_that_says_yes_and_where(root: Path) -> None:
    """`| primary_board | string | yes for each history date |`: yes, and where it applies; `yes if the format is
    ebook` is a condition, not a plain yes."""
    model = ("# Data Model\n\n## Ticker\n\n| Field | Type | Required | Source |\n|---|---|---:|---|\n"
             "| `symbol` | string | yes | path value |\n| `primary_board` | string | yes for each history date | listing history |\n"
             "| `ebook_path` | string | yes if the format is ebook | upload |\n| `note` | string | no | free text |\n")
    draft, fields = read(root, {"specs/001-ticker/data-model.md": model}, "ticker")
    assert fields["primary_board"]["required"] and fields["symbol"]["required"], draft.diagnostics
    assert not fields["ebook_path"].get("required") and not fields["note"].get("required")


def test_suggested_indexes_of_a_kind_listed_with_enumeration_commas(root: Path) -> None:
    """Under `### 索引建议` of '## 实体 1：Comment（评论主实体）', '- 过滤索引：publish_date、star' (filter indexes) and
    '- 排序辅助索引：publish_date desc、score desc': single-column indexes; '(a, b)' would be composite."""
    model = ("# 数据模型\n\n## 实体 1：Comment（评论主实体）\n\n### 字段定义\n\n| 字段 | 类型 | 必填 | 说明 |\n|---|---|---|---|\n"
             "| publish_date | date | 是 | 发布日期 |\n| star | int | 是 | 星级 |\n| score | number | 是 | 评分 |\n"
             "| travel_type | string | 否 | 出行类型 |\n\n### 索引建议\n- 过滤索引：publish_date、star\n"
             "- 排序辅助索引：score desc\n\n## 实体 2：ImportJob（导入作业）\n\n| 字段 | 类型 | 必填 | 说明 |\n|---|---|---|---|\n"
             "| file | string | 是 | 文件 |\n| rows | int | 是 | 行数 |\n")
    draft, fields = read(root, {"specs/001-reviews/data-model.md": model}, "comment")
    assert fields["publish_date"]["index"] and fields["star"]["index"] and fields["score"]["index"], draft.diagnostics
    assert not fields["travel_type"]["index"]


def test_a_readme_schema_section_beside_a_docs_folder(root: Path) -> None:
    """docs/db-schema.md types `orders` in a table with no marks; the README's '## Esquema de Datos' writes the same
    table as DDL without CREATE TABLE (`orders (` over `subtotal_cents INT NOT NULL DEFAULT 0`): read it too, and
    its NOT NULL with a default wins (not required from the client)."""
    notes = ("# DB Schema\n\n## orders\n\n| Columna | Tipo | Notas |\n|---|---|---|\n| id | BIGINT | PK |\n"
             "| status | TEXT | CHECK IN ('pending','paid') |\n| subtotal_cents | INT | >= 0 |\n| coupon_code | TEXT NULL | opcional |\n")
    readme = ("# Bakery\n\n## Esquema de Datos\n\n```\norders (\n\tid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
              "\tuser_id UUID REFERENCES profiles(id),\n\tstatus TEXT CHECK (status IN ('pending','paid')),\n"
              "\tsubtotal_cents INT NOT NULL DEFAULT 0,\n\tcoupon_code TEXT NULL\n)\n```\n")
    draft, fields = read(root, {"docs/db-schema.md": notes, "README.md": readme}, "order")
    assert fields["subtotal_cents"]["default"] == 0 and not fields["subtotal_cents"]["required"], draft.diagnostics
    assert set(fields) == {"status", "subtotal_cents", "coupon_code"}
    assert any("README.md" in line for line in draft.diagnostics)


def test_one_record_in_tables_by_topic(root: Path) -> None:
    """'## 2. 核心食品字段' (core fields), '## 3. 日期相关字段' (date fields): one record's columns in tables of one
    header under sibling topic headings; a column repeated in a later topic is read once. `| MVP 必需 |` is the
    Required column of the MVP phase."""
    header = "| 字段 | 类型 | MVP 必需 | 说明 |\n| --- | --- | --- | --- |\n"
    model = ("# 数据模型说明\n\n## 2. 核心食品字段\n\n" + header + "| `id` | string | 是 | 标识 |\n| `name` | string | 是 | 名称 |\n"
             "| `brand` | string | 否 | 品牌 |\n\n## 3. 日期相关字段\n\n" + header + "| `expiryDate` | string | 是 | 日期 |\n"
             "| `brand` | string | 否 | 品牌 |\n\n## 4. 数量字段\n\n" + header + "| `quantity` | number | 是 | 数量 |\n")
    draft, fields = read(root, {"docs/DATA_MODEL.md": model}, "food_item")
    assert set(fields) == {"name", "brand", "expiry_date", "quantity"}, draft.diagnostics
    assert fields["name"]["required"] and fields["quantity"]["required"] and not fields["brand"]["required"]


def test_tables_named_by_their_headings_stay_apart(root: Path) -> None:
    """'### 1. 图书表' (book table) and '### 2. 借阅记录表' (borrow record table): two tables of one header under
    headings that name tables, not topics of one record's fields."""
    header = "| 序号 | 字段名 | 类型 | 约束 | 说明 |\n|---|---|---|---|---|\n"
    model = ("# 数据表\n### 1. 图书表\n\n" + header + "| 1 | title | VARCHAR(200) | NOT NULL | 标题 |\n"
             "| 2 | author | VARCHAR(100) | NOT NULL | 作者 |\n\n### 2. 借阅记录表\n\n" + header +
             "| 1 | due_date | DATE | NOT NULL | 应还日期 |\n| 2 | renew_count | INT | DEFAULT 0 | 续借次数 |\n")
    draft, fields = read(root, {"docs/schema.md": model}, "book")
    assert "title" in fields and "due_date" not in fields, draft.diagnostics


def test_columns_defined_in_code_spans_of_the_prose(root: Path) -> None:
    """OpenSpec's database requirements: '- R-DB-15: `matches` MUST have: `home_team TEXT NOT NULL`, ...' (a column's
    DDL in each code span), a CHECK list said apart for `matches.status`, and a CREATE INDEX in a span of its own."""
    spec = ("# Spec: database\n\n## Requirements\n\n### `rooms`\n\n- R-DB-08: `rooms` MUST have: `name TEXT NOT NULL`, "
            "`invite_code TEXT NOT NULL UNIQUE`.\n\n### `matches`\n\n- R-DB-14: `matches.id` MUST be `UUID PRIMARY KEY`.\n"
            "- R-DB-15: `matches` MUST have: `external_id TEXT UNIQUE`, `home_team TEXT NOT NULL`, `home_score INTEGER`, "
            "`status TEXT NOT NULL DEFAULT 'scheduled'`, `created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()`.\n"
            "- R-DB-16: `matches.status` SHOULD have a CHECK constraint limiting values to `('scheduled', 'live', 'finished')`.\n"
            "- R-DB-17: `matches.home_team` MUST have an index: `CREATE INDEX IF NOT EXISTS idx_home ON matches(home_team)`.\n")
    draft, fields = read(root, {"openspec/specs/database/spec.md": spec}, "match")
    assert set(fields) == {"external_id", "home_team", "home_score", "status"}, draft.diagnostics
    assert fields["home_team"]["required"] and fields["home_team"]["index"] and not fields["home_score"]["required"]
    assert fields["status"]["enum_values"] == ["scheduled", "live", "finished"] and fields["status"]["default"] == "scheduled"
    assert any(line.startswith("external_id: unique at openspec/specs/database/spec.md:12") for line in draft.diagnostics)


def test_a_design_document_in_docs_with_a_schema_section(root: Path) -> None:
    """docs/SDD.md, a software design document whose name says nothing, with a '#### Database Schema' section of
    untyped bullets ('- **Rooms**:' over '`room_number`, `name`, `capacity`'): the spec folder is docs/."""
    sdd = ("# Software Design Document\n\n### 5. Detailed Design\n\n#### Database Schema\n\n- **Guests**:\n"
           "  - `id` (Primary Key), `name`, `email`, `phone`, `created_at`, `updated_at`\n- **Rooms**:\n"
           "  - `id` (Primary Key), `room_number`, `name`, `capacity`, `created_at`, `updated_at`\n\n"
           "#### API Endpoints\n\n- `GET /rooms`: list rooms\n- `POST /rooms`: create a room\n")
    draft, fields = read(root, {"docs/SDD.md": sdd, "README.md": "# Hotel\n"}, "room")
    assert {"room_number", "capacity"} <= set(fields) and "email" not in fields, draft.diagnostics


def test_tables_a_pdf_left_as_words_one_space_apart(root: Path) -> None:
    """A data dictionary extracted from a PDF: `customers` over `Alan Tip Zorunlu Açıklama` (field, type, required,
    notes), rows one space apart, a note wrapped onto the next line, a page marker inside the table; the common
    fields of '0. Global Field Standard' ('Tüm ana iş tablolarında bulunacak ortak alanlar:') join every table."""
    text = ("# CRM Data Dictionary v1\n\nCRM Data Dictionary v1 \n0. Global Field Standard \n"
            "Tüm ana iş tablolarında bulunacak ortak alanlar: \nAlan Tip Zorunlu Açıklama \nid uuid Evet Primary key \n"
            "created_by uuid Hayır Oluşturan \nversion int Evet Optimistic locking \n \n1. CORE \ncustomers \n"
            "Alan Tip Zorunlu Açıklama \nid uuid Evet Customer ID \ncustomer_type varchar(30) Evet individual, \ncorporate \n"
            "code varchar(80) Hayır Müşteri kodu \n\n<!-- PAGE 59 -->\n\nemail varchar(255) Hayır Ana e-posta \n"
            "credit_limit numeric(18,2) Hayır Kredi limiti \ncustomer_contacts \nAlan Tip Zorunlu Açıklama \n"
            "id uuid Evet Contact ID \nfull_name varchar(40) Evet Yetkili kişi \ncode varchar(20) Hayır Kod \n")
    draft, fields = read(root, {"docs/database/data-dictionary.md": text}, "customer")
    assert set(fields) == {"customer_type", "code", "email", "credit_limit", "created_by", "version"}, draft.diagnostics
    assert fields["customer_type"]["enum_values"] == ["individual", "corporate"] and fields["customer_type"]["required"]
    assert fields["code"]["max_length"] == 80 and not fields["code"]["required"] and fields["version"]["required"]
    assert fields["email"]["max_length"] == 255 and fields["credit_limit"]["type"] == "decimal"
    assert not any("but 20" in line for line in draft.diagnostics)  # (customer_contacts' code is another column)


def test_numbered_entity_names_over_their_bullets_and_a_title_head_noun(root: Path) -> None:
    """'1. Publisher' alone (an ordered item), then '- id: uuid (PK)' bullets: the entity the bullets define. In the
    title 'Daily Topic Audio Digest' the Topic says which digests: the Digest is what the feature keeps."""
    model = ("# Data Model: Daily Topic Audio Digest\n\nEntities\n\n1. Topic\n- id: uuid (PK)\n- title: string\n"
             "- description: text\n- publish_enabled: boolean\n- created_at, updated_at\n\n2. Digest\n- id: uuid\n"
             "- topic_id: uuid\n- date: date\n- audio_url: string\n- length_seconds: integer\n")
    spec = ("# Feature Specification: Daily Topic Audio Digest\n\nEach day the app turns a topic's news into a digest. "
            "A topic has a title. Topics are listed; a topic can be paused.\n")
    draft, fields = read(root, {"specs/001-build-an-app/data-model.md": model, "specs/001-build-an-app/spec.md": spec},
                         "001-build-an-app")
    assert draft.spec["name"] == "digest", draft.diagnostics
    assert set(fields) == {"topic_id", "date", "audio_url", "length_seconds"}


def test_contract_types_bare_names_through_its_references(root: Path) -> None:
    """db-schema.md lists bare names (`- top_notes`); the OpenAPI contract types them: `topNotes: array of string`,
    `psychotype: $ref Psychotype` (a string enum), `scores: $ref Scores` (an object of values). A `$ref` to a schema
    with an id of its own (`brand: $ref Brand`) is a relation, not a value the row holds."""
    schema = "# Database Schema\n\n## fragrances\n\n- id\n- name\n- top_notes\n- psychotype\n- scores\n- is_active\n"
    contract = ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Fragrance:\n"
                "      type: object\n      properties:\n        id: {type: string}\n        name: {type: string}\n"
                "        topNotes:\n          type: array\n          items: {type: string}\n"
                "        psychotype:\n          $ref: '#/components/schemas/Psychotype'\n"
                "        scores:\n          $ref: '#/components/schemas/Scores'\n        brand:\n          $ref: '#/components/schemas/Brand'\n"
                "        isActive: {type: boolean}\n    Psychotype:\n      type: string\n      enum: [drive, focus]\n"
                "    Scores:\n      type: object\n      properties:\n        drive: {type: integer}\n"
                "    Brand:\n      type: object\n      properties:\n        id: {type: string}\n        title: {type: string}\n")
    draft, fields = read(root, {"docs/db-schema.md": schema, "docs/api/openapi.yaml": contract}, "fragrance")
    assert fields["top_notes"]["type"] == "list[str]" and fields["scores"]["type"] == "json", draft.diagnostics
    assert fields["psychotype"]["type"] == "enum" and fields["psychotype"]["enum_values"] == ["drive", "focus"]
    assert fields["name"]["type"] == "str" and "brand" not in fields
    entities = {e.name: e for e in openapi.extract("api.yaml", contract)}
    assert [f.type for f in entities["Fragrance"].fields if f.name == "brand"] == [None]


def test_a_heading_that_gives_two_names_in_parentheses(root: Path) -> None:
    """'### 1.3 Duello (Duel / Room)': the duel is called Duello, Duel and Room; the feature 'duel' names it whole,
    not '### 1.4 Squadra (DuelZenamon)', of which it names a word."""
    model = ("# Modello Dati\n\n## 1. Schema Relazionale\n\n### 1.3 Duello (Duel / Room)\n- `id` (String, PK)\n"
             "- `player1_id` (Integer, FK)\n- `status` (Enum: WAITING, BATTLE, FINISHED)\n- `winner_id` (Integer, nullable)\n\n"
             "### 1.4 Squadra (DuelZenamon)\n- `id` (Integer, PK)\n- `duel_id` (String, FK)\n- `zenamon_id` (Integer)\n"
             "- `current_hp` (Integer)\n- `position` (Integer)\n")
    draft, fields = read(root, {"docs/modello-dati.md": model}, "duel")
    assert set(fields) == {"player1_id", "status", "winner_id"}, draft.diagnostics


def test_a_cjk_title_ends_on_the_entity_it_keeps(root: Path) -> None:
    """'# 功能規格：imrbs 會議室預約系統' (meeting-room reservation system), with the Key Entities '- 會議室 (Room)' and
    '- 預約 (Reservation)': the room says which reservations; the Reservation, named last, is the feature's."""
    model = ("# 資料模型\n\n### Room.java\n```java\npublic class Room {\n    private String id;\n    private String name;\n"
             "    private int capacity;\n    private String floor;\n}\n```\n\n### Reservation.java\n```java\n"
             "public class Reservation {\n    private String id;\n    private String roomId;\n    private String title;\n"
             "    private LocalDate date;\n}\n```\n")
    spec = ("# 功能規格：imrbs 會議室預約系統\n\n## Key Entities\n\n- 會議室 (Room): id, name, capacity, floor\n"
            "- 預約 (Reservation): id, room_id, title, date\n\n會議室列表顯示每間會議室。會議室可以篩選。\n")
    draft, fields = read(root, {"specs/1-imrbs-app/data-model.md": model, "specs/1-imrbs-app/spec.md": spec}, "1-imrbs-app")
    assert draft.spec["name"] == "reservation", draft.diagnostics
    assert {"room_id", "title", "date"} <= set(fields)


def test_a_class_written_again_for_its_validation(root: Path) -> None:
    """`### Reservation.java` draws the class; `### Reservation 驗證` writes it again with Bean Validation
    (`@NotNull @NotEmpty` over `private String title;`): those fields are required, the others stay optional."""
    model = ("# 資料模型\n\n### Reservation.java\n```java\n@Data\npublic class Reservation {\n    private String id;\n"
             "    private String title;\n    private LocalDate date;\n    private String note;\n}\n```\n\n"
             "### Reservation 驗證\n```java\n@Validated\npublic class Reservation {\n    @NotNull @NotEmpty\n"
             "    private String title;\n\n    @NotNull\n    @Future  // 只能預約未來時間\n    private LocalDate date;\n\n"
             "    @AssertTrue(message = \"x\")\n    private boolean isValid() {\n        return true;\n    }\n}\n```\n")
    draft, fields = read(root, {"specs/1-reservations/data-model.md": model}, "reservation")
    assert fields["title"]["required"] and fields["date"]["required"], draft.diagnostics
    assert not fields["note"]["required"]


def test_a_django_user_foreign_key_and_a_kind_named_like_the_entity(root: Path) -> None:
    """`| user | ForeignKey(to=User) |` is the row's user_id, which the backend sets (keyed like the row: a UUIDField id
    makes it a uuid); `| type | CharField(choices=["Shift", "Sick", "Vacation"]) |` lists the Shift among the kinds of
    a row, it is no single-table store's item-type tag."""
    model = ("# Shift Model\n\n| Feldname | Feld Type | Nutzung |\n| :--- | :--- | :--- |\n"
             "| id | UUIDField(primary_key=True, default=uuid.uuid4) | id |\n| user | ForeignKey(to=User) | Relation zu einem User |\n"
             "| started | DateTimeField() | Start |\n| type | CharField(choices=[\"Shift\", \"Sick\", \"Vacation\"]) | Art |\n"
             "| note | TextField() | Bemerkung (optional) |\n")
    draft, fields = read(root, {"docs/datenbank-referenz/shift.md": model}, "shift")
    assert set(fields) == {"started", "type", "note"}, draft.diagnostics
    assert fields["type"]["enum_values"] == ["Shift", "Sick", "Vacation"] and draft.user_id_type == "uuid"


def test_a_string_said_to_hold_a_uuid_and_a_contract_that_says_which_string(root: Path) -> None:
    """`- **category_id**: \\`string\\` (UUID)` is a uuid, as the parentheses say; a bare `string` in the notes that the
    API contract gives `format: uuid` (or `format: date-time`) is that string. A schema's own `String` stands."""
    model = ("# Data Model\n\n## Transaction\n\n- **id**: `string` (UUID) - Unique identifier.\n"
             "- **amount**: `number` - The amount.\n- **category_id**: `string` (UUID) - The category.\n"
             "- **account_id**: `string` - The account.\n- **booked_at**: `string` - When it was booked.\n"
             "- **memo**: `string` - A note.\n")
    contract = ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Transaction:\n"
                "      type: object\n      properties:\n        account_id: {type: string, format: uuid}\n"
                "        booked_at: {type: string, format: date-time}\n        memo: {type: string}\n")
    draft, fields = read(root, {"specs/001-ledger/data-model.md": model, "specs/001-ledger/contracts/openapi.yaml": contract},
                         "001-ledger")
    assert fields["category_id"]["type"] == "uuid" and fields["account_id"]["type"] == "uuid", draft.diagnostics
    assert fields["booked_at"]["type"] == "datetime" and fields["memo"]["type"] == "str"


def test_types_named_like_others_and_a_media_type_in_a_table(root: Path) -> None:
    """`guide_document_status` is an enum type (not a guid for its first letters); a note of one
    media type (`application/pdf`) is no list of two values; `pet_species`, a type named for its table and the column,
    is an enum type whose values the table does not give: kept as a string, and said."""
    model = ("# Esquema\n\n## Tipus `guide_document_status`\n\n| Valor | Descripció |\n|---|---|\n| `pending` | Registrat |\n"
             "| `indexed` | Indexat |\n| `failed` | Error |\n\n## Taula `guide_documents`\n\n| Camp | Tipus | Null | Descripció |\n"
             "|---|---|---|---|\n| `doc_id` | UUID | PK | Id |\n| `title` | TEXT | NOT NULL | Títol |\n"
             "| `mime_type` | VARCHAR(100) | NOT NULL | v1: `application/pdf` |\n"
             "| `status` | `guide_document_status` | NOT NULL | Estat |\n| `pages_count` | INT | NOT NULL | Pàgines |\n"
             "| `species` | pet_species | NOT NULL | Espècie |\n| `indexed_at` | TIMESTAMPTZ | Sí | Indexat |\n")
    draft, fields = read(root, {"docs/database-schema.md": model}, "guide_documents")
    assert fields["status"]["type"] == "str", draft.diagnostics  # (an enum type, its values listed apart; no guid)
    assert fields["mime_type"]["type"] == "str" and fields["mime_type"]["max_length"] == 100, draft.diagnostics
    assert fields["species"]["type"] == "str" and any("pet_species" in d for d in draft.diagnostics)


def test_bracketed_lengths_and_a_rule_of_quoted_alternatives(root: Path) -> None:
    """`(String[10], Foreign Key)` bounds the column at 10; "status: Must be '0' or '1'" under the entity's rules closes
    its list (and holds its default)."""
    model = ("# Data Model\n\n## Entity: Employee\n- **employee_id** (String[10], Primary Key): Id\n"
             "- **name** (String[50], Required): Full name\n- **department_id** (String[10], Foreign Key): Department\n"
             "- **status** (String[1], Default '1'): Employment status\n\n## Validation Rules\n\n**Employee**:\n"
             "- name: Required, minimum 2 characters\n- status: Must be '0' or '1'\n")
    draft, fields = read(root, {"data-model.md": model}, "employee")
    assert fields["name"]["max_length"] == 50 and fields["department_id"]["max_length"] == 10, draft.diagnostics
    assert fields["status"]["type"] == "enum" and set(fields["status"]["enum_values"]) == {"0", "1"}
    assert fields["status"]["default"] == "1"


def test_services_side_by_side_each_with_its_spec(root: Path) -> None:
    """`despacho-service/SPEC.md` and `venta-service/SPEC.md` at the root: both are read, and the feature picks the
    Order of the sales service; 'Una orden inicia en estado PENDING' is its status's default."""
    def service(entity: str, columns: str, states: str, rule: str) -> str:
        return (f"# {entity} Service\n\n## Modelo de Datos (MongoDB)\n\n### {entity}\n| Campo | Tipo | Descripción |\n"
                f"|---|---|---|\n| id | String | ID |\n{columns}| status | {entity}Status | Estado |\n\n"
                f"### {entity}Status (enum)\n{states}\n## Reglas de Negocio\n1. {rule}\n")
    files = {
        "despacho-service/SPEC.md": service("Dispatch", "| orderId | String | Orden |\n| trackingNumber | String | Guía |\n",
                                            "- `PENDING` - a\n- `SHIPPED` - b\n", "Un despacho se crea por orden"),
        "venta-service/SPEC.md": service("Order", "| customerId | String | Cliente |\n| quantity | int | Cantidad |\n",
                                         "- `PENDING` - a\n- `COMPLETED` - b\n- `CANCELLED` - c\n",
                                         "Una orden inicia en estado PENDING"),
    }
    draft, fields = read(root, files, "order")
    assert set(fields) == {"customer_id", "quantity", "status"}, draft.diagnostics
    assert fields["status"]["default"] == "PENDING"


def test_appsync_scalars_and_a_diagram_comment_of_presence_and_values(root: Path) -> None:
    """AWS AppSync's `AWSDate` in a GraphQL schema is a date; a mermaid column noted "not null, ON_SALE/RESERVED/SOLD"
    is required and holds those values."""
    sdl = "type Service {\n  client: String!\n  initDate: AWSDate!\n  updatedAt: AWSDateTime\n}\n"
    draft, fields = read(root, {"docs/schema.graphql": sdl}, "service")
    assert fields["init_date"]["type"] == "date" and fields["init_date"]["required"], draft.diagnostics
    erd = ("# ERD\n\n```mermaid\nerDiagram\n    PRODUCT {\n        bigint id PK\n        varchar title \"not null\"\n"
           "        varchar status \"not null, ON_SALE/RESERVED/SOLD\"\n    }\n```\n")
    draft, fields = read(root / "two", {"docs/erd.md": erd}, "product")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["ON_SALE", "RESERVED", "SOLD"]
    assert fields["status"]["required"], draft.diagnostics


def test_conventions_and_cells_that_type_text(root: Path) -> None:
    """"Dates: ISO 8601 string" in the conventions makes `dateOfBirth?: string` a date; Prisma's `@db.Text` in a table's
    constraints cell is a text; 'Raw description (bank/email)' says where a description comes from, it lists no values."""
    model = ("# Data Models\n\n## Naming Conventions\n\n- Dates: ISO 8601 string (`2026-07-15`)\n\n## Person\n\n```ts\n"
             "type Person = {\n  id: string\n  firstName: string\n  dateOfBirth?: string\n  hireDate?: string\n}\n```\n")
    draft, fields = read(root, {"docs/architecture/data-models.md": model}, "person")
    assert fields["date_of_birth"]["type"] == "date" and fields["hire_date"]["type"] == "date", draft.diagnostics
    assert fields["first_name"]["type"] == "str"
    table = ("# Database\n\n#### Gym Model\n\n| Field | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| id | String | @id | Id |\n| nombre | String? | nullable | Nombre |\n| direccion | String? | @db.Text, nullable | Dirección |\n"
             "| description_raw | text | nullable | Raw description (bank/email). |\n")
    draft, fields = read(root / "two", {"openspec/specs/database/spec.md": table}, "gym")
    assert fields["direccion"]["type"] == "text" and fields["nombre"]["type"] == "str", draft.diagnostics
    assert fields["description_raw"]["type"] == "text" and not fields["description_raw"].get("enum_values")


def test_a_discipline_in_the_title_and_an_id_named_in_a_route(root: Path) -> None:
    """'Customer Success FTE' names a discipline, not the customers table; `/api/support/{ticket_id}/status` serves the
    tickets. A bare name described as 'the reserved time range' has no type of its own; the contract types it, and a
    list of bare names takes its presence from the contract's model."""
    model = ("# Data Model: Customer Success FTE\n\n## Entities\n\n### customers\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| id | UUID | PK |\n| name | VARCHAR(255) | NOT NULL |\n| email | VARCHAR(255) | UNIQUE |\n\n### tickets\n\n"
             "| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n| customer_id | UUID | FK, NOT NULL |\n"
             "| issue | TEXT | NOT NULL |\n")
    spec = "# Feature Specification: Customer Success FTE\n\nEvery inbound message creates a ticket first.\n"
    contract = ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /api/support:\n    post:\n      responses: {'201': "
                "{description: ok}}\n  /api/support/{ticket_id}/status:\n    get:\n      parameters:\n        - {name: ticket_id, in: path,"
                " required: true, schema: {type: string}}\n      responses: {'200': {description: ok}}\n")
    feature = "specs/001-customer-success-fte"
    draft, fields = read(root, {f"{feature}/data-model.md": model, f"{feature}/spec.md": spec,
                                f"{feature}/contracts/api.yaml": contract}, "001-customer-success-fte")
    assert draft.spec["name"] == "ticket", draft.diagnostics
    model = ("# Data Model: Meeting Room Booking\n\n## Booking\n\n### Fields\n\n- `id`: Stable unique booking identifier.\n"
             "- `room_id`: The room reserved by the booking.\n- `start_time`: Inclusive start of the reserved time range.\n"
             "- `end_time`: Exclusive end of the reserved time range.\n- `note`: A note.\n")
    contract = ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Booking:\n"
                "      type: object\n      required: [id, room_id, start_time, end_time]\n      properties:\n"
                "        id: {type: string}\n        room_id: {type: string}\n        start_time: {type: string, format: date-time}\n"
                "        end_time: {type: string, format: date-time}\n        note: {type: string}\n")
    feature = "specs/001-meeting-room-booking"
    draft, fields = read(root / "two", {f"{feature}/data-model.md": model, f"{feature}/contracts/api.yaml": contract},
                         "001-meeting-room-booking")
    assert fields["start_time"]["type"] == "datetime" and fields["start_time"]["required"], draft.diagnostics
    assert fields["room_id"]["required"] and not fields["note"]["required"]


def test_a_model_written_as_comments_in_code_blocks(root: Path) -> None:
    """```ruby blocks whose lines are comments (`# - price: decimal(10,2) (required, > 0)`), one for the attributes
    that exist and one, under '**À AJOUTER :**', for those to add: one model, all its columns."""
    model = ("# Modèle de données\n\n### Product\nProduits vendus.\n\n```ruby\n# Attributs existants :\n"
             "# - name: string (required)\n# - price: decimal(10,2) (required, > 0)\n# - stock: integer (required, >= 0)\n\n"
             "# Relations existantes :\n# - belongs_to :producer\n```\n\n**À AJOUTER :**\n```ruby\n# Nouveaux attributs :\n"
             "# - unit: string\n# - available: boolean (default: true)\n```\n")
    draft, fields = read(root, {"doc/data_model.md": model}, "product")
    assert set(fields) == {"name", "price", "stock", "unit", "available"}, draft.diagnostics
    assert fields["price"]["type"] == "decimal" and fields["price"]["required"] and fields["available"]["default"] is True


def test_a_realm_class_and_a_list_that_ends_with_or(root: Path) -> None:
    """`class Photo : RealmObject { var timestamp: Long = 0L; var type: Int = TYPE_BODY }` in docs/architecture/: the
    stored class, its companion's constant as the default; '(face, body, or custom)' lists custom, not 'or custom'."""
    model = ("# Data Layer\n\n### Photo Model\n\n```kotlin\nclass Photo : RealmObject {\n"
             "    @PrimaryKey var id: String = UUID.randomUUID().toString()\n    var timestamp: Long = 0L\n"
             "    var filename: String = \"\"\n    var type: Int = TYPE_BODY\n\n    companion object {\n"
             "        const val TYPE_FACE = 0\n        const val TYPE_BODY = 1\n    }\n}\n```\n")
    draft, fields = read(root, {"docs/architecture/data-layer.md": model}, "photo")
    assert fields["timestamp"]["type"] == "int" and fields["type"]["default"] == 1, draft.diagnostics
    assert set(fields) == {"timestamp", "filename", "type"}
    from backend_builder.spec.extract.constraints import described_values
    assert described_values("Photo category (face, body, or custom)", "type", None) == ["face", "body", "custom"]


def test_an_enum_table_row_a_diagram_route_and_a_document_structure(root: Path) -> None:
    """`| UserStatus | PENDING_VERIFICATION, ACTIVE, LOCKED |` under Enums lists constants, no table of columns; a
    sequence diagram's `│──POST /register────→│` is the route /register; '#### Estructura del Documento:' and
    '#### Validación de Esquema:' under '### 3. 📅 **Appointments** (Citas)' are the Appointments, whose `$jsonSchema`
    `required` list says which fields a client must send."""
    model = ("# Data Model\n\n### Enums\n\n| Enum | Values | Description |\n|---|---|---|\n"
             "| `UserStatus` | `PENDING_VERIFICATION`, `ACTIVE`, `LOCKED`, `SUSPENDED` | Lifecycle. |\n\n"
             "### 3. 📅 **Appointments** (Citas)\n\n#### Estructura del Documento:\n\n```javascript\n{\n  _id: ObjectId(\"...\"),\n"
             "  doctorId: ObjectId(\"...\"),      // Referencia al doctor\n  dateTime: Date,                 // Fecha y hora\n"
             "  reason: String,                 // Motivo\n  status: String,                 // Estado\n}\n```\n\n"
             "#### Validación de Esquema:\n\n```javascript\n{\n  validator: {\n    $jsonSchema: {\n      bsonType: \"object\",\n"
             "      required: [\"doctorId\", \"dateTime\", \"status\"],\n      properties: {\n        doctorId: { bsonType: \"objectId\" },\n"
             "        dateTime: { bsonType: \"date\" },\n        status: { bsonType: \"string\", enum: [\"scheduled\", \"cancelled\"] },\n"
             "        reason: { bsonType: \"string\" }\n      }\n    }\n  }\n}\n```\n")
    spec = "# Spec\n\n```text\n  Client              API\n  │──POST /register────→│\n```\n"
    draft, fields = read(root, {"documentation/modelo_datos.md": model, "documentation/informe.md": spec}, "appointment")
    assert draft.spec["name"] == "appointments" or draft.spec["name"] == "appointment", draft.diagnostics
    assert fields["date_time"]["required"] and not fields["reason"]["required"]
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["scheduled", "cancelled"]
    assert "POST /register" in draft.endpoints and not any("─" in e for e in draft.endpoints)
    assert not any("UserStatus" in d for d in draft.diagnostics)


def test_mysql_codes_a_nullable_convention_and_examples_in_a_cell(root: Path) -> None:
    """`tinyint(1)` whose comment codes six states is an int; a table that marks `Nullable` where a column may be
    empty and NOT NULL only beside a default leaves the rest NOT NULL; '(例: `pending`, `confirmed`)' gives examples."""
    ddl = ("# 数据库设计\n\n```sql\nCREATE TABLE `activities` (\n  `id` bigint NOT NULL AUTO_INCREMENT,\n"
           "  `activity_name` varchar(100) NOT NULL COMMENT '名称',\n"
           "  `activity_status` tinyint(1) NOT NULL DEFAULT '0' COMMENT '状态：0-未发布, 1-报名中, 2-报名结束, 3-进行中',\n"
           "  `is_deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否删除：0否，1是',\n  PRIMARY KEY (`id`)\n);\n```\n")
    draft, fields = read(root, {"docs/database.md": ddl}, "activities")
    assert fields["activity_status"]["enum_values"] == [0, 1, 2, 3], draft.diagnostics  # the codes it stores
    table = ("# Database\n\n### `bookings`\n\n| カラム名 | データ型 | 制約 | 説明 |\n|---|---|---|---|\n| `id` | `bigint` | `PK` | 主キー |\n"
             "| `status` | `varchar(255)` | `Default: 'pending'` | ステータス (例: `pending`, `confirmed`, `cancelled`) |\n"
             "| `menu_id` | `bigint` | `FK (menus.id)`, `Nullable` | メニュー |\n| `staff_name` | `varchar(255)` | `Nullable` | 担当者 |\n"
             "| `memo` | `text` | `Nullable` | メモ |\n| `booker_name` | `varchar(255)` | | 予約者名 |\n| `start_at` | `datetime` | | 開始 |\n"
             "| `channel` | `varchar(255)` | `Not NULL`, `Default: 'web'` | 経路 (例: `web`, `line`) |\n")
    draft, fields = read(root / "two", {"docs/DATABASE_SCHEMA.md": table}, "bookings")
    assert fields["booker_name"]["required"] and fields["start_at"]["required"], draft.diagnostics
    assert not fields["memo"]["required"] and not fields["menu_id"]["required"]
    assert fields["status"]["type"] == "str" and fields["channel"]["type"] == "str" and fields["status"]["default"] == "pending"


def test_messages_kept_by_a_messaging_feature_beside_shapes_of_queries(root: Path) -> None:
    """A feature about guests' messages (`class Message(BaseModel)`, a `ConversationThread` that groups them, a
    `MessageSearchCriteria` of query parameters): the Message is the stored row, a message is no chat-agent's log."""
    model = ("# Data Model: Guest Communication\n\n### 1. Message\n\n```python\nclass Message(BaseModel):\n"
             "    id: str = Field(...)\n    booking_id: int = Field(..., gt=0)\n    content: str = Field(..., min_length=1)\n"
             "    timestamp: datetime = Field(...)\n    sender_id: str = Field(...)\n```\n\n### 2. ConversationThread\n\n```python\n"
             "class ConversationThread(BaseModel):\n    booking_id: int\n    messages: list[Message]\n    total_count: int\n```\n\n"
             "### 3. MessageSearchCriteria\n\n```python\nclass MessageSearchCriteria(BaseModel):\n    booking_id: int | None = None\n"
             "    guest_name: str | None = None\n    start_date: date | None = None\n    limit: int = 50\n```\n")
    draft, fields = read(root, {"specs/002-enhance-the-hostaway/data-model.md": model}, "002-enhance-the-hostaway")
    assert draft.spec["name"] == "message", draft.diagnostics
    assert {"booking_id", "content", "timestamp", "sender_id"} <= set(fields)


def test_an_enum_of_ranges(root: Path) -> None:
    """`(enum: Bis 250k / 250–350k / 350–500k / 700k+)`: ranges and an open end are values, dash and sign kept."""
    model = ("# Datenmodell\n\n## contacts\n\n- vorname, nachname (text)\n- eigenkapital (numeric)\n"
             "- finanzierungsrahmen (enum: Bis 250k / 250–350k / 350–500k / 700k+)\n")
    draft, fields = read(root, {"docs/datenmodell.md": model}, "contacts")
    assert fields["finanzierungsrahmen"]["enum_values"] == ["Bis 250k", "250–350k", "350–500k", "700k+"], draft.diagnostics


def test_solidity_widths_and_an_elixir_struct(root: Path) -> None:
    """`(uint256)` is an integer wider than 64 bits: read as int, bounded, and said; an Elixir struct's typespec
    (`@type t :: %__MODULE__{body: String.t(), sent_at: DateTime.t()}`) types its fields, and "`from` — required,
    sender's agent ID" says the field is required."""
    model = ("# Data Model\n\n### Round\n\n**Fields**:\n- `id` (uint256): Unique round identifier\n"
             "- `totalTickets` (uint256): Sum of all tickets\n- `feesDistributed` (bool): Whether fees were split\n"
             "- `label` (string): A label\n")
    draft, fields = read(root, {"specs/001-rounds/data-model.md": model}, "round")
    assert fields["total_tickets"]["type"] == "int" and fields["total_tickets"]["le"] == 2**63 - 1, draft.diagnostics
    assert any("wider than 64 bits" in d for d in draft.diagnostics)
    spec = ("# Spec 03: Messaging\n\n## Data Model\n\n```elixir\ndefmodule Viche.Message do\n  @type t :: %__MODULE__{\n"
            "    id: String.t(),\n    from: String.t(),\n    body: String.t(),\n    tags: list(String.t()),\n"
            "    read_at: DateTime.t() | nil\n  }\n\n  defstruct [:id, :from, :body, :tags, :read_at]\nend\n```\n\n"
            "## Request\n\n- `from` — required, sender's agent ID\n- `body` — required, string content\n")
    draft, fields = read(root / "two", {"specs/03-messaging.md": spec}, "message")
    assert fields["read_at"]["type"] == "datetime" and not fields["read_at"]["required"], draft.diagnostics
    assert fields["tags"]["type"] == "list[str]" and fields["from_value"]["required"] and fields["body"]["required"]


def test_a_title_that_says_where_its_object_goes(root: Path) -> None:
    """'Send a Message to Multiple Channels': the Message is the feature's row; the Channels are where it goes."""
    model = ("# Data Model: Send a Message to Multiple Channels\n\n## Entity Definitions\n\n### Channel\n\n```typescript\n"
             "interface Channel {\n  id: string;\n  name: string;\n  topic: string;\n  memberCount: number;\n  isPrivate: boolean;\n}\n```\n\n"
             "### Message\n\n```typescript\ninterface Message {\n  id: string;\n  content: string;\n  senderId: string;\n"
             "  status: string;\n  sentAt: string;\n}\n```\n")
    spec = ("# Feature Specification: Send a Message to Multiple Channels\n\nA user picks channels from the channel list and "
            "sends one message to every channel. Channels are synced from Slack.\n")
    feature = "specs/001-broadcaster"
    draft, fields = read(root, {f"{feature}/data-model.md": model, f"{feature}/spec.md": spec}, "001-broadcaster")
    assert draft.spec["name"] == "message", draft.diagnostics


def test_columns_listed_in_a_code_block_and_required_by_entity(root: Path) -> None:
    """```ruby over `properties` then `  - street_name (string)` lines, topic comments between: the table's columns;
    '### Required Fields by Entity' with '**Properties (all types):**' over '- owner_profile_id, surface_area, base_rent'
    says which are required; `(enum: owner, tenant)` keeps its values though a list elsewhere is keyed `tenant`."""
    model = ("# Data Model\n\n### 7. Properties\n\n```ruby\nproperties\n  - id (primary key)\n"
             "  - owner_profile_id (foreign key, indexed)\n  - property_type (enum: apartment, house, room)\n\n  # Address\n"
             "  - street_name (string)\n  - city (string)\n  - surface_area (decimal, precision: 10, scale: 2)\n"
             "  - base_rent (decimal, precision: 10, scale: 2)\n  - apl_recipient (enum: owner, tenant)\n"
             "  - is_zone_tendue (boolean, default: false)\n```\n\n## Enums Reference\n\n### User Roles\n- `owner`: Owner\n"
             "- `tenant`: Tenant/candidate\n\n## Data Validation Rules\n\n### Required Fields by Entity\n\n"
             "**Properties (all types):**\n- owner_profile_id, property_type, surface_area, base_rent\n\n**Rooms:**\n"
             "- container_type, city\n")
    draft, fields = read(root, {"doc/data_model.md": model}, "property")
    assert {"street_name", "city", "surface_area", "base_rent", "apl_recipient", "is_zone_tendue"} <= set(fields), draft.diagnostics
    assert fields["apl_recipient"]["enum_values"] == ["owner", "tenant"]
    assert fields["surface_area"]["required"] and fields["base_rent"]["required"] and not fields["city"]["required"]


def test_a_model_defined_in_one_sentence_and_a_detail_beside_its_row(root: Path) -> None:
    """"`core.models.Tournament` SHALL define: `id` (AutoField PK), `name` (CharField max_length=200), ..." is the
    Tournament, its `db_table` its table; a ProductDetail beside the Product is not the product."""
    spec = ("# Core Models\n\n### Requirement: Tournament model\n`core.models.Tournament` SHALL define: `id` (AutoField PK), "
            "`name` (CharField max_length=200), `status` (CharField, choices: `draft/open/finished`, default `draft`), "
            "`max_teams` (PositiveIntegerField), `start_date` (DateField), `notes` (TextField null=True, blank=True). "
            "`db_table` SHALL be `'tournament_records'`.\n")
    draft, fields = read(root, {"openspec/specs/core-models/spec.md": spec}, "tournament")
    assert draft.spec["plural"] == "tournament_records" and fields["name"]["max_length"] == 200, draft.diagnostics
    assert fields["status"]["enum_values"] == ["draft", "open", "finished"] and fields["status"]["default"] == "draft"
    assert fields["max_teams"]["required"] and not fields["notes"]["required"]
    schema = ("# Product\n| 字段 | 类型 | 约束 | 说明 |\n|---|---|---|---|\n| product_id | int | 主键 自增 | Id |\n"
              "| product_name | varchar(100) | 非空 | 名称 |\n| price | double | 非空 | 价格 |\n| sort_order | int | | 排序 |\n\n"
              "# ProductDetail\n| 字段 | 类型 | 约束 | 说明 |\n|---|---|---|---|\n| product_id | int | 外键 | Id |\n"
              "| description | text | 非空 | 描述 |\n| other_pic_urls | varchar(2000) | | 图片 |\n")
    draft, fields = read(root / "two", {"design/DBSchema.md": schema}, "product")
    assert set(fields) == {"product_name", "price", "sort_order"}, draft.diagnostics


def test_one_tables_columns_in_lists_by_topic(root: Path) -> None:
    """`### Таблица `orders`` over `#### Основные поля:` and `#### Система оплаты:` lists: one table's columns."""
    model = ("# Модель данных\n\n### **1. Таблица `orders` (Заказы)**\n\n#### **Основные поля:**\n"
             "- `id` - первичный ключ (INTEGER, PRIMARY KEY)\n- `phone` - телефон (STRING, NOT NULL, INDEX)\n"
             "- `qty` - количество (INTEGER, NOT NULL)\n\n#### **Система оплаты:**\n- `order_code` - код (STRING(8), UNIQUE, INDEX)\n"
             "- `paid_amount` - сумма (NUMERIC(10,2), NULLABLE)\n- `paid_at` - время оплаты (DATETIME, NULLABLE)\n")
    draft, fields = read(root, {"doc/data_model.md": model}, "orders")
    assert {"phone", "qty", "order_code", "paid_amount", "paid_at"} <= set(fields), draft.diagnostics


def test_a_data_dictionary_labelled_by_entity_with_broken_cells(root: Path) -> None:
    """'Entidade: **ITEM**' over the table names it; a type cell broken with `<br />` after its commas is one list."""
    model = ("# Modelagem de Dados\n\n## 6. Dicionário de Dados\n\nEntidade: **CLIENT**\n\n| Atributo | Propriedade | Tipo de Dado |"
             " Descrição |\n| :-: | :-: | :-: | :-: |\n| idClient | Chave Primária | number | Id |\n| nick | Obrigatório | string | Nome |\n"
             "| phone | Opcional | string | Fone |\n\nEntidade: **ITEM**\n\n| Atributo | Propriedade | Tipo de Dado | Descrição |\n"
             "| :-: | :-: | :-: | :-: |\n| idItem | Chave Primária | number | Id |\n| name | Opcional | string | Nome |\n"
             "| price | Opcional | number | Preço |\n| category | Obrigatório | enum('hamburgueres','petiscos',<br />'molhos adicionais',"
             "<br />'bebidas') | Grupo |\n")
    draft, fields = read(root, {"docs/2-Modelagem/Modelo-Dados.md": model}, "item")
    assert set(fields) == {"name", "price", "category"}, draft.diagnostics
    assert fields["category"]["enum_values"] == ["hamburgueres", "petiscos", "molhos adicionais", "bebidas"]


def test_a_dart_model_in_an_archive_and_a_prd_deep_in_a_knowledge_base(root: Path) -> None:
    """docs/archive/ZONES.md with a Dart class (`final String name;`) is found; so is a PRD six folders down whose
    ```ruby block creates the table."""
    dart = ("# Zones\n\n```dart\nclass Zone {\n  final String id;\n  final String name;\n  final String description;\n"
            "  final bool zoneChecked;\n  final DateTime createdAt;\n}\n```\n")
    draft, fields = read(root, {"docs/archive/ZONES_IMPLEMENTATION.md": dart}, "zone")
    assert {"name", "description", "zone_checked"} <= set(fields), draft.diagnostics
    prd = ("# PRD 5-01: Saved account filters\n\n```ruby\ncreate_table \"saved_account_filters\" do |t|\n"
           "  t.references :user, null: false, foreign_key: true\n  t.string :name, null: false\n  t.jsonb :criteria, null: false, "
           "default: {}\n  t.string :context\n  t.timestamps\nend\n```\n")
    deep = "projects/wealth/knowledge_base/epics/wip/Epic-5/PRD-5-01-saved-account-filters.md"
    draft, fields = read(root / "two", {deep: prd, "README.md": "# App\n"}, "saved_account_filter")
    assert set(fields) == {"name", "criteria", "context"} and fields["name"]["required"], draft.diagnostics


# Round 105 ----------------------------------------------------------------------------------------------------------

def test_columns_as_code_spans_with_their_types_in_spans_of_their_own(root: Path) -> None:
    """`title` `varchar(200)`, `owner_id` → users, `state` `listing_state` = `draft`, `sold_at` `timestamptz?`; a type
    in parentheses after a run of bare names types the run; '**Derived columns:**' are the database's own."""
    schema = ("# Data model\n\n## Enums\n\n| Enum (`pg_enum`) | Values | Used by |\n|---|---|---|\n"
              "| `listing_state` | `draft`, `live`, `sold` | `listings.state` |\n\n## Tables\n\n### listings\n"
              "`owner_id` → users, `title` `varchar(200)`, `code` (UNIQUE), `body` `text`,\n"
              "`shop_id` → shops (`ON DELETE SET NULL`), `state` `listing_state` = `draft`,\n"
              "`sold_at` `timestamptz?`. **Size columns:** `width_cm`, `height_cm` (`int`). **Flags:**\n"
              "`boxed`, `signed` (`bool`). **Derived columns:** `search_text` `tsvector` (generated).\n")
    draft, fields = read(root, {"specs/database/schema.md": schema}, "listing")
    assert list(fields) == ["owner_id", "title", "code", "body", "shop_id", "state", "sold_at", "width_cm", "height_cm",
                            "boxed", "signed"], draft.diagnostics
    assert fields["title"]["max_length"] == 200 and fields["title"]["required"]
    assert fields["code"]["unique"] and fields["code"]["required"] and fields["body"]["type"] == "text"
    assert fields["shop_id"]["type"] == "int" and not fields["shop_id"]["required"]
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["draft", "live", "sold"]
    assert fields["state"]["default"] == "draft" and not fields["sold_at"]["required"]
    assert fields["width_cm"]["type"] == "int" and fields["boxed"]["type"] == "bool" and not fields["boxed"]["required"]


def test_a_bare_mongoose_object_under_a_requirement_titled_for_its_model(root: Path) -> None:
    """'# REQ-004: Album Data Model' over '## Data Schema' and a bare object of field options: the Album; an array of
    ObjectIds answers as a list of id strings."""
    text = ("# REQ-004: Album Data Model\n\n## Data Schema\n\n```javascript\n{\n  title: {\n    type: String,\n"
            "    required: true\n  },\n  year: {\n    type: Number,\n    min: 1900\n  },\n  genre: {\n    type: String,\n"
            "    enum: ['rock', 'jazz', 'folk'],\n    default: 'rock'\n  },\n"
            "  tracks: [{ type: mongoose.Schema.Types.ObjectId, ref: 'Track' }]\n}\n```\n\n"
            "## Field Specifications\n\n### Required Fields\n- `title` - Album name\n- `genre` - One of the genres\n")
    draft, fields = read(root, {"reqs/REQ-004-data-model.md": text}, "album")
    assert draft.spec["name"] == "album" and set(fields) == {"title", "year", "genre", "tracks"}, draft.diagnostics
    assert fields["tracks"]["type"] == "list[str]" and fields["genre"]["enum_values"] == ["rock", "jazz", "folk"]


def test_an_openspec_requirement_titled_for_the_models_data(root: Path) -> None:
    """'### Requirement: Garden Data Model' names the Garden, not a GardenData."""
    spec = ("# garden-storage Specification\n\n## Requirements\n### Requirement: Garden Data Model\n"
            "The system SHALL store gardens with:\n- Name (required, text)\n- Notes (optional, text)\n"
            "- Area (optional, integer)\n")
    draft, fields = read(root, {"openspec/specs/garden-storage/spec.md": spec}, "garden")
    assert draft.spec["name"] == "garden" and {"notes", "area"} <= set(fields), draft.diagnostics


def test_a_list_of_index_purposes_under_an_index_strategy_is_no_entity(root: Path) -> None:
    """'### インデックス戦略' over '#### 検索最適化' and bullets of indexed columns: not an entity named from the title."""
    model = ("# データモデル設計: Rust API サーバー\n\n### Note（ノート）エンティティ\n\n| フィールド名 | データ型 | 制約 |\n|---|---|---|\n"
             "| Title | string | NOT NULL |\n| Body | text | NOT NULL |\n| Author | string | NOT NULL |\n\n"
             "```sql\nCREATE TABLE notes (\n  id SERIAL PRIMARY KEY,\n  title VARCHAR(200) NOT NULL,\n  body TEXT NOT NULL,\n"
             "  author VARCHAR(100) NOT NULL\n);\nCREATE INDEX idx_notes_author ON notes(author);\n```\n\n"
             "### インデックス戦略\n\n#### 検索最適化\n- **author**: 作成者による検索用\n- **title**: タイトル検索用\n"
             "- **body**: 本文検索用\n")
    draft, fields = read(root, {"specs/001-rust-api-crud/data-model.md": model}, "001-rust-api-crud")
    assert draft.spec["name"] == "note" and set(fields) == {"title", "body", "author"}, draft.diagnostics


def test_a_room_entity_with_foreign_keys_and_indices_in_its_options(root: Path) -> None:
    """`@Entity(tableName = "bookings", foreignKeys = [ForeignKey(...)], indices = [Index(value = ["day"])])`: the
    table and its one-column index are read through the nested brackets; the thin Room it references is the container."""
    model = ("# Data Model\n\n### Room\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | Long | Primary key |\n"
             "| name | String | Not blank |\n\n### Booking\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | Long | Primary key |\n"
             "| roomId | Long | Foreign key → Room.id |\n| day | LocalDate | Not null |\n| slot | Int | Not null |\n\n"
             "```kotlin\n@Entity(tableName = \"rooms\")\ndata class RoomEntity(\n    @PrimaryKey(autoGenerate = true) val id: Long = 0,\n"
             "    val name: String\n)\n\n@Entity(\n    tableName = \"bookings\",\n    foreignKeys = [\n        ForeignKey(\n"
             "            entity = RoomEntity::class,\n            parentColumns = [\"id\"],\n            childColumns = [\"room_id\"]\n"
             "        )\n    ],\n    indices = [Index(value = [\"day\"]), Index(value = [\"day\", \"slot\"], unique = true)]\n)\n"
             "data class BookingEntity(\n    @PrimaryKey(autoGenerate = true)\n    val id: Long = 0,\n"
             "    @ColumnInfo(name = \"room_id\")\n    val roomId: Long,\n    val day: Long,\n    val slot: Int\n)\n```\n")
    draft, fields = read(root, {"specs/001-room-booking/data-model.md": model}, "001-room-booking")
    assert draft.spec["name"] == "booking" and draft.spec["plural"] == "bookings", draft.diagnostics
    assert fields["day"]["index"] and not fields["slot"]["index"]


def test_a_root_prd_whose_schema_is_a_mermaid_er_diagram(root: Path) -> None:
    """prd.md at the root, its only schema an erDiagram with attributes: the spec folder is the root."""
    prd = ("# PRD: Plant shop\n\n## ERD\n\n```mermaid\nerDiagram\n  User ||--o{ Plant : \"owns\"\n  User {\n    uuid id PK\n"
           "    string email\n  }\n  Plant {\n    uuid id PK\n    uuid userId FK\n    string name\n    decimal price\n"
           "    jsonb care\n  }\n```\n")
    draft, fields = read(root, {"prd.md": prd}, "plant")
    assert set(fields) == {"name", "price", "care"}, draft.diagnostics


def test_an_entitys_fields_in_lists_under_topic_headings_of_its_own(root: Path) -> None:
    """'## Entities' / '### Invoice' / '#### Amounts', '#### Delivery / tracking': the topics are parts of the
    Invoice (a heading may hold ' / ' itself), not entities named Amounts or Delivery."""
    model = ("# Data Model: Billing\n\n## Entities\n\n### Customer\n- **Fields**: `id`, `email`, `name`\n\n### Invoice\n"
             "One bill sent to a customer.\n\n#### Amounts\n- `total` (decimal(10,2))\n- `currency` (string)\n\n"
             "#### Delivery / tracking\n- `sent_via` (string)\n- `opened_at` (timestamp)\n\n#### More fields (added to the Bill model)\n"
             "- `memo` (text)\n- `extra` (JSONB)\n")
    draft, fields = read(root, {"specs/001-billing-flow/data-model.md": model}, "001-billing-flow")
    assert draft.spec["name"] == "invoice", draft.diagnostics
    assert set(fields) == {"total", "currency", "sent_via", "opened_at", "memo", "extra"}


def test_an_account_of_the_domain_is_no_owner_of_what_references_it(root: Path) -> None:
    """A Card's `account_id` where the Account is a bank account (a balance, a status): not the user's account, so the
    Card gains no owner's weight over the Account the feature is about."""
    model = ("# Data Model: consulta de productos\n\n## Entities\n\n### Account\n\n| Field | Type | Notes |\n|---|---|---|\n"
             "| `id` | uuid | PK |\n| `holder_id` | uuid | FK |\n| `number` | text | |\n| `balance` | numeric(18,2) | |\n"
             "| `status` | text | |\n\n### Card\n\n| Field | Type | Notes |\n|---|---|---|\n| `id` | uuid | PK |\n"
             "| `account_id` | uuid | FK to accounts |\n| `holder_id` | uuid | FK |\n| `number` | text | |\n| `status` | text | |\n")
    spec = "# Consulta de productos\n\nThe holder sees the products kept for them.\n"
    draft, fields = read(root, {"specs/001-consulta-productos/data-model.md": model,
                                "specs/001-consulta-productos/spec.md": spec}, "001-consulta-productos")
    assert draft.spec["name"].startswith("account") and "balance" in fields, draft.diagnostics  # (`account_item`: a keyword)


def test_a_cms_collection_in_a_sentence_of_old_fields_and_a_table_of_new_ones(root: Path) -> None:
    """'Unchanged fields: `title` (text, required), `body` (richText, required), `startDateTime` (date, required),
    `state` (select draft|live, default draft), `labels` (text hasMany)' and a '### New fields' table of the same
    collection: one entity of both; a CMS's `text` beside `richText` is a string, `startDateTime` a moment, and where
    some say required one that says nothing is not."""
    model = ("# Data Model: Talks\n\n## Talk (existing collection `talks`, extended)\n\n"
             "Unchanged fields: `title` (text, required), `code` (text, unique, indexed), `body` (richText,\n"
             "required), `startDateTime` (date, required), `room` (text, optional), `state` (select draft|live,\n"
             "default draft), `labels` (text hasMany), `pinned` (checkbox, default false).\n\n### New fields\n\n"
             "| Field | Type | Required | Default | Notes |\n|---|---|---|---|---|\n"
             "| `level` | select | yes | `basic` | Options: `basic`, `deep` (two levels; label \"Deep dive\"), `expert`. |\n"
             "| `seats` | number | no | — | Integer ≥ 1. |\n")
    draft, fields = read(root, {"specs/004-talks-page/data-model.md": model}, "004-talks-page")
    assert list(fields) == ["title", "code", "body", "start_date_time", "room", "state", "labels", "pinned", "level",
                            "seats"], draft.diagnostics
    assert fields["title"]["type"] == "str" and fields["body"]["type"] == "text" and fields["title"]["required"]
    assert fields["start_date_time"]["type"] == "datetime" and not fields["code"]["required"] and fields["code"]["unique"]
    assert fields["state"]["enum_values"] == ["draft", "live"] and fields["state"]["default"] == "draft"
    assert fields["labels"]["type"] == "list[str]" and fields["pinned"]["type"] == "bool"
    assert fields["level"]["enum_values"] == ["basic", "deep", "expert"]


def test_a_data_model_that_points_to_its_typescript_types(root: Path) -> None:
    """'Code in `src/domain/` (types in `types.ts`)' beside a table of untyped field names: the module is read; its
    scalar aliases (`type Id = string`, `/** Calendar date: 'YYYY-MM-DD' */ type DayISO = string`) stand for their
    scalars, and a JSDoc line over a member ('how many per week') says what it holds."""
    doc = ("# Data model\n\nCode in `src/domain/` (types in `types.ts`).\n\n## Stored entities\n\n"
           "| Entity | Fields | Notes |\n|---|---|---|\n| `Member` | `id`, `name`, `clubId`, `visitsPerWeek`, `state` "
           "(`active`, `paused`), `since` | One per person. |\n")
    types = ("export type Id = string\n/** Calendar date: 'YYYY-MM-DD' */\nexport type DayISO = string\n"
             "export type MemberState = 'active' | 'paused'\n\nexport interface Member {\n  id: Id\n  name: string\n"
             "  clubId: Id\n  /** how many visits per week */\n  visitsPerWeek: number\n  state: MemberState\n"
             "  since: DayISO\n}\n")
    draft, fields = read(root, {"docs/data-model.md": doc, "src/domain/types.ts": types}, "member")
    assert set(fields) == {"name", "club_id", "visits_per_week", "state", "since"}, draft.diagnostics
    assert fields["club_id"]["type"] == "str" and fields["since"]["type"] == "date" and fields["since"]["required"]
    assert fields["visits_per_week"]["type"] == "int" and fields["state"]["enum_values"] == ["active", "paused"]


def test_a_sql_comment_that_is_the_list_alone_and_a_rule_about_two_columns(root: Path) -> None:
    """`level TEXT NOT NULL, -- basic / middle / top`: the comment is the column's values; 'at least one of email or
    phone required' names two columns, no values."""
    schema = ("# Schema\n\n```sql\nCREATE TABLE lessons (\n  id INTEGER PRIMARY KEY,\n  title TEXT NOT NULL,\n"
              "  level TEXT NOT NULL, -- basic / middle / top\n  notes TEXT -- JSON or text\n);\n```\n")
    draft, fields = read(root, {"specs/database/schema.md": schema}, "lesson")
    assert fields["level"]["enum_values"] == ["basic", "middle", "top"] and fields["notes"]["type"] == "text", draft.diagnostics
    model = ("# Data Model\n\n## Entities\n\n### Contact\n\n- **name** (String, required): the name\n"
             "- **email** (String?, optional): email (at least one of email or phone required)\n"
             "- **phone** (String?, optional): phone (at least one of email or phone required)\n")
    draft, fields = read(root / "two", {"specs/002-contact/data-model.md": model}, "002-contact")
    assert fields["email"]["type"] == "str" and not fields["email"].get("enum_values"), draft.diagnostics


def test_a_section_per_field_with_its_type_values_and_default(root: Path) -> None:
    """'#### `amount` - Amount' with '- **Type:** Number (Integer)', '#### `kind` - Kind' with '- **Allowed Values:**'
    over a list of code spans and '- **Default:** `"other"` if not specified', '- **Default:** Empty array `[]`';
    not '`0` if parsing fails'."""
    doc = ("# Data Models\n\n## Receipt Document\n\n```typescript\ninterface Receipt {\n  id: string;\n"
           "  amount: number;        // total in the smallest unit\n  kind: string;          // from a fixed list\n"
           "  tags?: string[];      // labels the user adds\n}\n```\n\n"
           "## Field Specifications\n\n"
           "#### `amount` - Amount\n- **Type:** Number (Integer)\n- **Default:** `0` if parsing fails\n\n"
           "#### `kind` - Kind\n- **Type:** String (Enum)\n- **Allowed Values:** One of:\n  - `grocery` - Food\n"
           "  - `travel` - Trips\n  - `other` - Anything else\n- **Default:** `\"other\"` if not specified\n\n"
           "#### `tags` - Tags\n- **Type:** Array of strings (Optional)\n- **Default:** Empty array `[]`\n")
    draft, fields = read(root, {"docs/architecture/data-models.md": doc}, "receipt")
    assert fields["amount"]["type"] == "int" and fields["amount"].get("default") is None, draft.diagnostics
    assert fields["kind"]["enum_values"] == ["grocery", "travel", "other"] and fields["kind"]["default"] == "other"
    assert fields["tags"]["default"] == []


def test_an_existing_ecto_schema_beside_the_shapes_its_json_column_holds(root: Path) -> None:
    """'## Existing Schema' with Ecto's `schema "boards" do`, then '## New Rule Data Structure' with TypeScript
    interfaces of what its `rule_data` map holds: the feature keeps its rules in the stored Board, not in a
    RuleCondition table, however the feature's name (`smart-rule-builder`) names the shape."""
    model = ("# Data Model: Smart Rule Builder\n"
             "\n"
             "## Overview\n"
             "\n"
             "The Smart Rule Builder extends the existing Board functionality with AND/OR logic.\n"
             "\n"
             "## Existing Schema\n"
             "\n"
             "### Board (lib/app/boards/board.ex)\n"
             "\n"
             "The existing Board schema is already defined:\n"
             "\n"
             "```elixir\n"
             'schema "boards" do\n'
             "  field :name, :string\n"
             "  field :kind, Ecto.Enum, values: [:team, :personal]\n"
             '  field :rule_data, :map  # JSON - contains "rules"\n'
             "\n"
             "  belongs_to :owner, App.User\n"
             "  belongs_to :site, App.Site\n"
             "\n"
             "  timestamps()\n"
             "end\n"
             "```\n"
             "\n"
             "## New Rule Data Structure\n"
             "\n"
             "### Rule Condition\n"
             "\n"
             "```typescript\n"
             "interface RuleCondition {\n"
             "  id: string;          // for the UI\n"
             '  attribute: string;   // e.g. "card:label"\n'
             '  operator: string;    // e.g. "equals"\n'
             "  value: string | string[];\n"
             "}\n"
             "```\n"
             "\n"
             "### Condition Set\n"
             "\n"
             "```typescript\n"
             "interface ConditionSet {\n"
             "  id: string;\n"
             '  logic: "AND" | "OR";\n'
             "  conditions: (RuleCondition | ConditionSet)[];\n"
             "}\n"
             "```\n")
    spec = ("# Feature: Smart Rule Builder\n"
            "\n"
            "Users combine rules on a board and save the board. A saved board keeps its rules; opening the board applies them.\n"
            "The board list shows each board with its rules. Deleting a board deletes its rules. Each board has a name and a kind;\n"
            "a team board is shared, a personal board is not. The board page shows the board's rules under the board's name.\n"
            "\n"
            "### Key Entities\n"
            "\n"
            "- **Rule Condition**: one check of an attribute against a value\n"
            "- **Board**: a saved board with its rules\n")
    draft, fields = read(root, {"specs/004-smart-rule-builder/data-model.md": model,
                                "specs/004-smart-rule-builder/spec.md": spec}, "004-smart-rule-builder")
    assert draft.spec["name"] == "board" and {"name", "kind", "rule_data"} <= set(fields), draft.diagnostics


def test_a_ledgers_transactions_keep_their_weight_beside_its_accounts(root: Path) -> None:
    """An Account of a personal ledger (a name, a kind, a balance; nobody's id in it) is where money sits: the
    Transactions that reference it are still what the feature keeps, over a settings store the title names."""
    model = ("# Data Model: Core MVP\n\n## 1. Schema\n\n### Table: Accounts\n| Column | Type | Constraints |\n|---|---|---|\n"
             "| `id` | Int | PK |\n| `name` | Text | Not Null |\n| `type` | Enum | Not Null |\n| `initial_balance` | Real | Default(0) |\n\n"
             "### Table: Transactions\n| Column | Type | Constraints |\n|---|---|---|\n| `id` | Int | PK |\n"
             "| `amount` | Real | Not Null |\n| `type` | Enum | Not Null |\n| `account_id` | Int | FK |\n| `note` | Text | Nullable |\n"
             "| `date` | DateTime | Not Null |\n\n## 2. Key-Value Store\n\n### Domain: Settings\n| Key | Type | Default |\n|---|---|---|\n"
             "| `theme` | String | \"system\" |\n| `locale` | String | \"en\" |\n| `currency` | String | \"$\" |\n")
    spec = ("# Feature Specification: Core MVP (Ledger, Reports, Settings)\n\nUsers record a transaction in seconds. Each "
            "transaction has an amount and a date; the ledger lists transactions by day. Settings hold the theme.\n\n"
            "### Key Entities\n\n- **Transaction**: one income or expense\n- **Account**: where money sits\n"
            "- **Settings**: the app's preferences\n")
    draft, fields = read(root, {"specs/001-core-mvp/data-model.md": model, "specs/001-core-mvp/spec.md": spec}, "001-core-mvp")
    assert draft.spec["name"] == "transaction" and "amount" in fields, draft.diagnostics


def test_graphql_sdl_as_a_whole_markdown_file(root: Path) -> None:
    """docs/graphql-schema.md that is SDL from top to bottom, no fences, its '# ...' comments like headings."""
    sdl = ("\n# Compiled GraphQL Schema\n\nscalar DateTime\n\n# Ticket type\ntype Ticket {\n  id: ID!\n  title: String!\n"
           "  status: TicketStatus!\n  dueAt: DateTime\n  createdAt: DateTime!\n}\n\n# Status enum\nenum TicketStatus {\n  open\n"
           "  closed\n}\n\ntype Query {\n  tickets: [Ticket!]!\n}\n")
    draft, fields = read(root, {"docs/graphql-schema.md": sdl}, "ticket")
    assert set(fields) == {"title", "status", "due_at"} and fields["status"]["enum_values"] == ["open", "closed"], draft.diagnostics


def test_the_single_show_that_holds_many_episodes(root: Path) -> None:
    """'The system serves a single radio show per instance'; the show 'contains multiple episodes': the feature named
    for the show (`radio-show-webapp`) keeps its Episodes."""
    model = ("# Data Model\n\n### 1. RadioShow (channel settings)\n\n```go\ntype RadioShow struct {\n    Title string\n"
             "    Author string\n    Language string\n    Explicit bool\n}\n```\n\n### 2. Episode\n\n```go\ntype Episode struct {\n"
             "    ID string\n    Title string\n    AudioURL string\n    Duration int\n    PubDate time.Time\n}\n```\n")
    spec = ("# Radio Show Webapp\n\n- **RadioShow**: Represents the single radio show. Contains multiple episodes.\n"
            "- **Episode**: Represents a single radio show episode.\n\n- The system serves a single radio show per instance.\n")
    draft, fields = read(root, {"specs/001-radio-show-webapp/data-model.md": model,
                                "specs/001-radio-show-webapp/spec.md": spec}, "001-radio-show-webapp")
    assert draft.spec["name"] == "episode" and "audio_url" in fields, draft.diagnostics


def test_a_root_summary_and_the_schema_document_below_it(root: Path) -> None:
    """DATABASE_SUMMARY.md at the root defines no table; models/schemas/database-schema.md below does, its collection
    named '2. Listings/Ads Collection' (two words for one: the Listing)."""
    summary = "# Database Summary\n\nThe marketplace database is done.\n\n- **Listings**: products for sale\n"
    schema = ("# Marketplace Schema\n\n### 1. Categories Collection\n```javascript\n{\n  _id: ObjectId,\n  name: String,\n"
              "  slug: String\n}\n```\n\n### 2. Listings/Ads Collection\n```javascript\n{\n  _id: ObjectId,\n  title: String,\n"
              "  description: String,\n  price: Number,\n  status: String, // \"active\", \"sold\"\n  tags: [String]\n}\n```\n")
    draft, fields = read(root, {"DATABASE_SUMMARY.md": summary, "models/schemas/database-schema.md": schema}, "listing")
    assert draft.spec["name"] == "listing" and {"title", "description", "price", "tags"} <= set(fields), draft.diagnostics


def test_a_document_that_writes_null_in_some_type_cells_and_none_in_a_table(root: Path) -> None:
    """'| user_id | BIGINT FK NULL |' in one table of the document: the columns of another table that say no NULL may
    not be empty."""
    doc = ("# 数据库设计\n\n### 3.1 articles（知识）\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | BIGINT PK | 主键 |\n"
           "| doc_key | VARCHAR(64) UNIQUE | 文档 |\n| title | VARCHAR(200) | 标题 |\n| author | VARCHAR(100) | 作者 |\n\n"
           "### 3.2 sessions（会话）\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | BIGINT PK | 主键 |\n"
           "| user_id | BIGINT FK NULL | 用户（匿名为空） |\n| topic | VARCHAR(100) | 主题 |\n")
    draft, fields = read(root, {"docs/数据库设计.md": doc}, "article")
    assert fields["title"]["required"] and fields["author"]["required"] and fields["doc_key"]["unique"], draft.diagnostics
    model = ("# Data Model\n\n### visits\n\n| Column | Type | Notes |\n| --- | --- | --- |\n| id | uuid pk | key |\n"
             "| clinic_id | uuid fk nullable | clinic |\n| reason | text | why |\n\n### dashboards\n\n| Column | Type | Notes |\n"
             "| --- | --- | --- |\n| id | uuid pk | key |\n| name | text | its name |\n| layout | jsonb | widgets |\n")
    draft, fields = read(root / "two", {"specs/data-model.md": model}, "dashboard")
    assert fields["name"]["required"] and fields["layout"]["required"], draft.diagnostics  # (`uuid fk nullable` elsewhere)


def test_a_data_model_that_names_its_drizzle_schema_folder(root: Path) -> None:
    """'Schema via Drizzle ORM in `apps/api/src/db/schema/*.ts`' in docs/datenmodell.md: the table files there are read,
    their types and NOT NULLs over the document's list of names."""
    doc = ("# Datenmodell\n\nPostgreSQL, Schema über Drizzle ORM in `apps/api/src/db/schema/*.ts`.\n\n## Tabellen\n\n"
           "| Tabelle | Spalten | Hinweise |\n|---|---|---|\n| `bookings` | `kind` (`service`,`repair`), `customer_id`, `starts_at`, "
           "`note` | Termine |\n| `customers` | `name`, `email` | Kunden |\n")
    code = ("import { pgTable, uuid, text, timestamp, pgEnum } from 'drizzle-orm/pg-core';\n\n"
            "export const bookingKind = pgEnum('booking_kind', ['service', 'repair']);\n\n"
            "export const bookings = pgTable('bookings', {\n  id: uuid('id').primaryKey().defaultRandom(),\n"
            "  kind: bookingKind('kind').notNull(),\n  customerId: uuid('customer_id').notNull(),\n"
            "  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),\n  note: text('note'),\n});\n")
    draft, fields = read(root, {"docs/datenmodell.md": doc, "apps/api/src/db/schema/bookings.ts": code}, "booking")
    assert fields["customer_id"]["type"] == "uuid" and fields["customer_id"]["required"], draft.diagnostics
    assert fields["starts_at"]["type"] == "datetime" and not fields["note"]["required"]


def test_a_tagless_go_struct_and_its_rule_list(root: Path) -> None:
    """A Go struct with no tags says nothing of presence; the rule list below it ('- `Title`: REQUIRED, max 255 chars')
    does."""
    model = ("# Data Model\n\n### Episode\n\n```go\ntype Episode struct {\n    ID    string\n    Title string    // <title>\n"
             "    Notes string    // <notes>\n    Size  int64     // bytes\n}\n```\n\n**Validation Rules**:\n\n"
             "- `ID`: REQUIRED, unique\n- `Title`: REQUIRED, non-empty string, max 255 chars\n- `Size`: REQUIRED, positive integer\n")
    draft, fields = read(root, {"specs/001-episodes/data-model.md": model}, "001-episodes")
    assert fields["title"]["required"] and fields["size"]["required"] and not fields["notes"]["required"], draft.diagnostics
    assert fields["title"]["max_length"] == 255


def test_a_field_described_as_a_date_and_time(root: Path) -> None:
    """'- `starts_at`: Required event start date/time' is a moment, not a day."""
    model = ("# Data Model\n\n## Event\n\n- `id`: UUID\n- `name`: Required event name\n- `starts_at`: Required event start date/time\n"
             "- `ends_at`: Optional event end date/time\n- `location`: Optional place\n")
    draft, fields = read(root, {"specs/001-events/data-model.md": model}, "001-events")
    assert fields["starts_at"]["type"] == "datetime" and fields["ends_at"]["type"] == "datetime", draft.diagnostics


def test_an_ecto_migration_names_its_table_before_the_items_of_it(root: Path) -> None:
    """`receipt` names the Receipt itself over its ReceiptItem (of as many columns); `references(:accounts, type:
    :uuid)` is a uuid; `add :status, :string, default: "pending"  # pending, done, failed` lists its values."""
    spec = ("# AI-003: Receipt scanning\n\n### Database Schema\n\n```elixir\ndefmodule App.Repo.Migrations.CreateReceipts do\n"
            "  def change do\n    create table(:receipts, primary_key: false) do\n"
            "      add :id, :uuid, primary_key: true\n      add :account_id, references(:accounts, type: :uuid), null: false\n"
            "      add :file_path, :string, null: false\n      add :status, :string, default: \"pending\"  # pending, done, failed\n"
            "      add :total, :decimal\n      timestamps()\n    end\n\n    create table(:receipt_items, primary_key: false) do\n"
            "      add :id, :uuid, primary_key: true\n      add :receipt_id, references(:receipts, type: :uuid), null: false\n"
            "      add :raw_name, :string, null: false\n      add :quantity, :decimal\n      add :unit, :string\n      timestamps()\n"
            "    end\n  end\nend\n```\n\nEach item of a receipt is matched; items are listed, items are corrected, items are added.\n")
    draft, fields = read(root, {"specs/AI-003-receipt-scanning.md": spec}, "receipt")
    assert draft.spec["name"] == "receipt" and fields["account_id"]["type"] == "uuid", draft.diagnostics
    assert fields["status"]["enum_values"] == ["pending", "done", "failed"] and fields["status"]["default"] == "pending"


def test_sql_server_types_in_a_list_of_columns(root: Path) -> None:
    """'- `Cufe` varchar(300)', '- `FechaEmision` datetime2', '- `Pagada` bit', '- `ProveedorFK` uniqueidentifier'."""
    doc = ("# Detalle de tablas\n\n### `Facturas`\n* **Campos:**\n\t- `Cufe` varchar(300)\n\t- `FechaEmision` datetime2\n"
           "\t- `Valor` decimal(19,3)\n\t- `Pagada` bit\n\t- `ProveedorFK` uniqueidentifier\n\t- `Notas` nvarchar(max)\n")
    draft, fields = read(root, {"docs/modelo_datos/detalle_tablas.md": doc}, "factura")
    assert fields["fecha_emision"]["type"] == "datetime" and fields["pagada"]["type"] == "bool", draft.diagnostics
    assert fields["proveedor_fk"]["type"] == "uuid" and fields["cufe"]["max_length"] == 300


def test_a_schema_folder_named_outside_the_root_or_through_a_link_is_not_read(root: Path, tmp_path: Path) -> None:
    """A data model naming `../secret/db/*.ts` or a `db/` folder that is a link out of the root: neither is read, and
    what the root holds is still read."""
    outside = tmp_path / "outside"
    (outside / "db").mkdir(parents=True)
    (outside / "db" / "leak.ts").write_text("export const leaks = pgTable('leaks', {\n  secret: text('secret').notNull(),\n});\n")
    project = root / "project"
    doc = ("# Data model\n\nSchema in `../outside/db/*.ts` and in `src/db/*.ts`.\n\n## Tables\n\n"
           "| Column | Type | Notes |\n|---|---|---|\n| `title` | text | NOT NULL |\n| `note` | text | |\n")
    write(project, {"docs/data-model.md": doc})
    (project / "src").mkdir()
    (project / "src" / "db").symlink_to(outside / "db")
    draft = operations.read_spec(str(project), "data_model")
    assert not any("leak" in f or "outside" in f for f in draft.files_used), draft.files_used
    assert draft.spec is not None and "secret" not in {f["name"] for f in draft.spec["fields"]}


def test_a_constraint_column_headed_in_another_language_holds_the_values(root: Path) -> None:
    """| status | varchar(16) | Không | ACTIVE/INACTIVE | ...|: the Vietnamese 'constraint' column's closed list."""
    doc = ("# Thiết kế cơ sở dữ liệu\n\n### 1. Publisher → `publisher`\n\n"
           "| Cột | Kiểu PostgreSQL | NULL | Ràng buộc/default nguồn | Ý nghĩa |\n| --- | --- | --- | --- | --- |\n"
           "| id | uuid | Không | PK | Định danh |\n| name | varchar(200) | Không | CHECK không rỗng | Tên |\n"
           "| status | varchar(16) | Không | ACTIVE/INACTIVE | Trạng thái |\n")
    draft, fields = read(root, {"docs/design/database-design.md": doc}, "publisher")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["ACTIVE", "INACTIVE"], draft.diagnostics
    assert fields["name"]["type"] == "str" and fields["name"]["max_length"] == 200


def test_a_sql_comment_glossing_quoted_codes_closes_the_list(root: Path) -> None:
    """`sexo CHAR(1) NOT NULL, -- 'M' = Masculino, 'F' = Feminino`: each quoted code with its meaning."""
    doc = ("# Modelo de dados\n\n```sql\nCREATE TABLE internacoes (\n  id SERIAL PRIMARY KEY,\n"
           "  sexo CHAR(1) NOT NULL,  -- 'M' = Masculino, 'F' = Feminino\n  faixa VARCHAR(10) NOT NULL  -- Ex: '0-10', '61+'\n);\n```\n")
    draft, fields = read(root, {"spec/data-model.md": doc}, "internacao")
    assert fields["sexo"]["type"] == "enum" and fields["sexo"]["enum_values"] == ["M", "F"], draft.diagnostics
    assert fields["faixa"]["type"] == "str"


def test_a_table_without_pipes_in_a_root_requirements_file(root: Path) -> None:
    """`Table: books`, `Fields:`, then `Column Type Constraints Description` over `title VARCHAR(255) NOT NULL Book
    title`: a table pasted without its pipes, in a root file whose name and title say nothing of a schema."""
    doc = ("Library Management System – Final Requirement\nGoal\n\n1. Users Module\n\nTable: users\nFields:\n\n"
           "Column Type Constraints Description\nid UUID PK, default gen_random_uuid() Unique user identifier\n"
           "email VARCHAR(255) NOT NULL, UNIQUE User's email\n\n2. Books Module\n\nTable: books\nFields:\n\n"
           "Column Type Constraints Description\nid UUID PK, default gen_random_uuid() Unique book identifier\n"
           "title VARCHAR(255) NOT NULL Book title\n"
           "genre VARCHAR(50) CHECK genre IN ('FICTION','SCIENCE') Book genre\n"
           "copies INT NOT NULL, CHECK copies >= 0 Total copies\navailable BOOLEAN DEFAULT true If the book can be borrowed\n")
    draft, fields = read(root, {"requirement.md": doc}, "book")
    assert draft.spec["name"] == "book" and "email" not in fields, draft.diagnostics
    assert fields["title"]["required"] is True and fields["title"]["max_length"] == 255
    assert fields["genre"]["enum_values"] == ["FICTION", "SCIENCE"] and fields["available"]["default"] is True
    assert fields["copies"]["required"] is True


def test_a_sequelize_attributes_interface_under_its_model_heading(root: Path) -> None:
    """`interface PetAttributes` under '### 3.1 Pet Model' is the Pet's columns, and `status?: string; // Available,
    Pending, Adopted` closes its list."""
    doc = ("# Pet Management PRD\n\n## 3. Data Models\n\n### 3.1 Pet Model\n\n```typescript\ninterface PetAttributes {\n"
           "\tpet_id: string;\n\tname?: string;\n\tstatus?: string; // Available, Pending, Adopted\n\tbreed?: string; // Lab, Poodle\n"
           "\tage_years?: number;\n}\n```\n\n### 3.2 PetImage Model\n\n```typescript\ninterface PetImageAttributes {\n"
           "\timage_id: string;\n\tpet_id: string;\n\turl: string;\n}\n```\n")
    draft, fields = read(root, {"docs/pet-management-prd.md": doc}, "pet")
    assert draft.spec["name"] == "pet" and "url" not in fields and "pet_id" not in fields, draft.diagnostics
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["Available", "Pending", "Adopted"]
    assert fields["breed"]["type"] == "str"


def test_a_schema_file_named_four_folders_down(root: Path) -> None:
    """'Schema is defined in [`backend/src/card_tracker/db/schema.sql`](../backend/...)': the data model's notes table
    gives no types; the DDL it names, four folders down, does."""
    doc = ("# Data model\n\nSchema is defined in [`backend/src/card_tracker/db/schema.sql`](../backend/src/card_tracker/db/schema.sql).\n\n"
           "## Entities\n\n### `core_card` — canonical card identity\n\n| Column | Notes |\n|---|---|\n| `id` | `core-{12-hex}` |\n"
           "| `name`, `set_name` | All NULL-able. |\n")
    sql = ("CREATE TABLE core_card (\n  id TEXT PRIMARY KEY,\n  name TEXT,\n  set_name TEXT,\n  year INTEGER,\n"
           "  embedder_name TEXT NOT NULL\n);\n")
    draft, fields = read(root, {"docs/data-model.md": doc, "backend/src/card_tracker/db/schema.sql": sql}, "core_card")
    assert "backend/src/card_tracker/db/schema.sql" in draft.files_used, draft.files_used
    assert fields["year"]["type"] == "int" and fields["embedder_name"]["required"] is True


def test_openspec_prose_over_a_prd_whose_tables_hold_the_columns(root: Path) -> None:
    """OpenSpec's requirements name the columns 'as in PRD section 7' and give the enum's values and a default of two
    words; the PRD in docs/ holds the `| Kolom | Tipe | Keterangan |` tables."""
    spec = ("# database-schema Specification\n\n## Requirements\n### Requirement: Enum status servis\n"
            "Database SHALL mendefinisikan tipe enum `status_servis` dengan nilai berurutan: `Menunggu Antrian`, `Diperiksa`, "
            "`Dikerjakan`, `Sudah Diambil`. Kolom `layanan_service.status` MUST bertipe enum ini dengan default `Menunggu Antrian`.\n\n"
            "#### Scenario: Nilai status valid\n- **WHEN** sebuah `layanan_service` disimpan dengan status `Dikerjakan`\n"
            "- **THEN** penyimpanan berhasil\n")
    prd = ("# PRD\n\n## 7. Skema\n\n### 7.1 Tabel `mekanik`\n\n| Kolom | Tipe | Keterangan |\n| --- | --- | --- |\n"
           "| id | uuid (PK) | |\n| nama | text | |\n\n### 7.2 Tabel `layanan_service` (entitas inti)\n\n"
           "| Kolom | Tipe | Keterangan |\n| --- | --- | --- |\n| id | uuid (PK) | |\n| nomor_polisi | text | dari ERD |\n"
           "| kilometer | integer | dari ERD |\n| status | enum | lihat Bagian 7.7 |\n"
           "| mekanik_id | uuid (FK → mekanik.id, nullable) | |\n")
    draft, fields = read(root, {"openspec/specs/database-schema/spec.md": spec, "docs/PRD.md": prd}, "layanan_service")
    assert "docs/PRD.md" in draft.files_used and fields["kilometer"]["type"] == "int", draft.files_used
    assert fields["status"]["default"] == "Menunggu Antrian", draft.diagnostics
    assert fields["status"]["enum_values"] == ["Menunggu Antrian", "Diperiksa", "Dikerjakan", "Sudah Diambil"]


def test_enum_types_named_for_their_column_with_an_enum_word(root: Path) -> None:
    """`client_type VARCHAR(20)` and `status VARCHAR(20) DEFAULT 'DRAFT'` in the table, `CREATE TYPE client_type_enum`
    and `CREATE TYPE client_status_enum` below it: the column's values."""
    doc = ("# Spec\n\n## 7. Schéma\n\n```sql\nCREATE TABLE clients (\n    id UUID PRIMARY KEY,\n    client_type VARCHAR(20) NOT NULL,\n"
           "    name VARCHAR(255) NOT NULL,\n    status VARCHAR(20) NOT NULL DEFAULT 'DRAFT'\n);\n```\n\n### 7.2 ENUM Types\n\n"
           "```sql\nCREATE TYPE client_type_enum AS ENUM ('MAIRIE', 'CCAS');\n"
           "CREATE TYPE client_status_enum AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');\n```\n")
    draft, fields = read(root, {"docs/SPEC_API_Client.md": doc}, "client")
    assert fields["client_type"]["enum_values"] == ["MAIRIE", "CCAS"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["DRAFT", "ACTIVE", "ARCHIVED"] and fields["status"]["default"] == "DRAFT"


def test_a_field_bullet_over_its_orm_code(root: Path) -> None:
    """`- \\`description\\` (String, Not Null): ...` over `- *SQLModel*: \\`Field(max_length=255)\\``: the code's length."""
    doc = ("# Database Schema\n\n### 2. `Task` Entity\n\n**Table Name**: `tasks`\n\n**Attributes**:\n\n"
           "-   `id` (UUID, Primary Key): Unique identifier.\n    -   *SQLModel*: `Field(default_factory=uuid.uuid4, primary_key=True)`\n"
           "-   `description` (String, Not Null): The textual description of the task.\n    -   *SQLModel*: `Field(max_length=255)`\n"
           "-   `notes` (String, Nullable): Free notes.\n")
    draft, fields = read(root, {"specs/database/schema.md": doc}, "task")
    assert fields["description"]["max_length"] == 255 and fields["description"]["required"] is True, draft.diagnostics
    assert fields["notes"].get("max_length") is None


def test_a_dynamodb_attribute_table_and_the_request_table_that_marks_presence(root: Path) -> None:
    """A DynamoDB attribute table says nothing of presence, and types `Tags` a `StringSet`; the API's request table
    (`| title | string | ✓ | 1-200 文字 |`) marks which fields a client must send."""
    model = ("# データモデル設計書\n\n### 1. Reports テーブル\n\n| 属性名 | 型 | 説明 | 例 |\n| --- | --- | --- | --- |\n"
             "| ReportId | String (PK) | ID | `550e` |\n| Title | String | タイトル | `エラー` |\n| Body | String | 本文 | `本日...` |\n"
             "| Category | String | カテゴリ | `設定ミス` |\n| Tags | StringSet | タグ一覧 | `[\"データベース\", \"接続エラー\"]` |\n")
    api = ("# API 仕様書\n\n## POST /reports\n\n| フィールド | 型 | 必須 | 制限 | 説明 |\n| --- | --- | --- | --- | --- |\n"
           "| title | string | ✓ | 1-200 文字 | タイトル |\n| body | string | ✓ | 1-5000 文字 | 本文 |\n")
    draft, fields = read(root, {"docs/data-model.md": model, "docs/api-spec.md": api}, "reports")
    assert fields["tags"]["type"] == "list[str]" and not fields["tags"].get("enum_values"), draft.diagnostics
    assert fields["title"]["required"] is True and fields["body"]["required"] is True and fields["category"]["required"] is False


def test_ef_core_configuration_through_a_builder_of_any_name(root: Path) -> None:
    """ABP's `builder.Entity<TableSession>(b => { b.HasIndex(x => x.SessionToken).IsUnique(); })`: the index, unique."""
    doc = ("# 表结构定义\n\n## 4. 台球会话表 (TableSessions)\n\n```csharp\npublic class TableSession : FullAuditedAggregateRoot<long>\n{\n"
           "    public long TableId { get; set; }\n    public DateTime StartTime { get; set; }\n"
           "    [MaxLength(36)]\n    public string SessionToken { get; set; }\n    [MaxLength(1000)]\n    public string Remarks { get; set; }\n}\n```\n\n"
           "## 配置\n\n```csharp\nprotected override void OnModelCreating(ModelBuilder builder)\n{\n"
           "    builder.Entity<TableSession>(b =>\n    {\n        b.ToTable(\"TableSessions\");\n"
           "        b.HasIndex(x => x.SessionToken).IsUnique();\n    });\n}\n```\n")
    draft, fields = read(root, {"docs/05_数据库设计/表结构定义.md": doc}, "table_session")
    assert fields["session_token"]["index"] is True and fields["session_token"]["unique"] is True, draft.diagnostics
    assert fields["remarks"]["index"] is False


def test_one_code_of_two_lengths(root: Path) -> None:
    """`z.string().regex(/^\\d{11}$|^\\d{14}$/)` and '| cpf | string | CPF (11 dígitos) ou CNPJ (14 dígitos) |': a
    document number of 11 or 14 characters, so at most 14 and at least 11."""
    model = ("# Data Model\n\n```typescript\ninterface Lead {\n  id: string;\n  documentNumber: string; // CPF ou CNPJ\n  name: string;\n}\n```\n\n"
             "```typescript\nconst leadSchema = z.object({\n  documentNumber: z.string().regex(/^\\d{11}$|^\\d{14}$/),\n});\n```\n")
    draft, fields = read(root, {"specs/001-lead/data-model.md": model, "specs/001-lead/spec.md": "# Lead\n\nLeads.\n"}, "001-lead")
    assert fields["document_number"]["max_length"] == 14 and fields["document_number"]["min_length"] == 11, draft.diagnostics
    table = ("# Modelo\n\n## Cliente\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| nome | string | obrigatório |\n"
             "| documento | string | CPF (11 dígitos) ou CNPJ (14 dígitos) |\n")
    draft, fields = read(root / "table", {"docs/modelo-de-dados.md": table}, "cliente")
    assert fields["documento"]["max_length"] == 14 and fields["documento"]["min_length"] == 11, draft.diagnostics


def test_a_block_of_columns_each_over_its_indented_properties(root: Path) -> None:
    """A plain block under '## 2. leaguesテーブル': `name` over `  型: varchar(20)`, `  制約: NOT NULL`, `  説明: ...`."""
    doc = ("# データベース設計\n\n## 2. leaguesテーブル\n\nリーグを管理するテーブル。\n\n```\nid\n  型: uuid\n  制約: PRIMARY KEY\n  説明: リーグID\n\n"
           "name\n  型: varchar(20)\n  制約: NOT NULL\n  説明: リーグ名\n\ndescription\n  型: text\n  制約: NULL\n  説明: 説明\n\n"
           "status\n  型: enum('active', 'completed', 'deleted')\n  制約: NOT NULL, DEFAULT 'active'\n  説明: ステータス\n\n"
           "created_by\n  型: uuid\n  制約: NOT NULL, FOREIGN KEY (users.id)\n  説明: 作成者\n```\n")
    draft, fields = read(root, {"docs/database-design.md": doc}, "leagues")
    assert fields["name"]["max_length"] == 20 and fields["name"]["required"] is True, draft.diagnostics
    assert fields["status"]["enum_values"] == ["active", "completed", "deleted"] and fields["status"]["default"] == "active"
    assert fields["description"]["type"] == "text" and fields["created_by"]["type"] == "uuid"


def test_a_tree_of_columns_named_without_types(root: Path) -> None:
    """`booking` over `├── id, code (unique)`, `├── vehicle_id → vehicle (nullable)`, `├── status: booking_status
    (pending/confirmed/cancelled)`: columns typed by their names, a reference, a closed list; a folder's tree is no table."""
    doc = ("# Database Schema\n\n### Reservas\n\n```\nbooking\n├── id, code (unique)\n├── profile_id → profiles\n"
           "├── vehicle_id → vehicle (nullable)\n├── check_in_at, check_out_at (check: check_out > check_in)\n"
           "├── status: booking_status (pending/confirmed/cancelled)\n├── paymentsEnabled\n├── total_amount, currency\n"
           "└── notes, created_at, updated_at, deleted_at\n```\n\n## Layout\n\n```\nbackend\n├── src/\n├── app.py\n├── tests\n└── README.md\n```\n")
    draft, fields = read(root, {"docs/specs/database-schema.md": doc}, "booking")
    assert fields["code"]["unique"] is True and fields["check_in_at"]["type"] == "datetime", draft.diagnostics
    assert fields["status"]["enum_values"] == ["pending", "confirmed", "cancelled"]
    assert fields["vehicle_id"]["required"] is False and fields["payments_enabled"]["type"] == "bool"
    assert fields["total_amount"]["type"] == "decimal"
    assert operations.read_spec(str(root), "backend").spec["name"] == "booking"  # (no `backend` table of src/, tests)


def test_fields_named_after_a_label_and_a_status_transitions_bullet(root: Path) -> None:
    """`### Appointment` over '- Fields: customer, staff, scheduled_start, status, ...' (wrapped) and '- Status
    transitions: requested -> confirmed -> closed; requested/confirmed may move to cancelled'."""
    doc = ("# Data Model\n\n## Entities\n\n### Appointment\n\n- Fields: customer, staff, scheduled_start, scheduled_end, status,\n"
           "  cancellation_reason, is_deleted.\n- Relationships: appointment services, invoice.\n"
           "- Status transitions: requested -> confirmed -> arrived ->\n  closed; requested/confirmed may move to cancelled;\n"
           "  confirmed may move to no_show.\n\n### Service\n\n- Fields: name, category, base_price, duration_minutes.\n"
           "- Lifecycle: active, inactive, archived.\n")
    draft, fields = read(root, {"specs/001-salon/data-model.md": doc, "specs/001-salon/spec.md": "# Salon\n\nAppointments.\n"},
                         "appointment")
    assert {"customer", "scheduled_start", "cancellation_reason"} <= set(fields), draft.diagnostics
    assert fields["status"]["enum_values"] == ["requested", "confirmed", "arrived", "closed", "cancelled", "no_show"]
    assert fields["status"]["default"] == "requested" and fields["is_deleted"]["type"] == "bool"


def test_a_block_of_names_each_with_its_words_and_a_mixin_the_heading_names(root: Path) -> None:
    """'### `tanks.Tank` — erbt `CoverImageMixin`' over a plain block of `name    words` lines (`FK core.User`,
    `Decimal(7,1) · Pflicht`, `WaterType`, a bare `notes`), and the mixin's own block: the Tank's columns, the mixin's too."""
    doc = ("# Datenmodell\n\nDie Auswahllisten `WaterType` (`fresh` | `brackish` | `marine`) stehen in `core/enums.py`.\n\n"
           "### `CoverImageMixin` (abstrakt)\n\n```\ncover_image          Titelbild\ncover_thumbnail      Kachel, abgeleitet\n"
           "cover_width          Maße des Originals\n```\n\n## tanks\n\n### `tanks.Tank` — erbt `CoverImageMixin`\n\n"
           "```\nowner                FK core.User · CASCADE\nname\nwater_type           WaterType\n"
           "volume_liters        Decimal(7,1) · Pflicht · das einzige Volumenfeld\nsetup_date           Pflicht\n"
           "category             fresh_water | salt_water | other\nnotes\ncreated_at\n```\n")
    draft, fields = read(root, {"docs/datenmodell.md": doc}, "tank")
    assert fields["volume_liters"]["type"] == "decimal" and fields["volume_liters"]["required"] is True, draft.diagnostics
    assert fields["water_type"]["enum_values"] == ["fresh", "brackish", "marine"] and fields["name"]["required"] is False
    assert fields["category"]["enum_values"] == ["fresh_water", "salt_water", "other"]
    assert fields["setup_date"]["type"] == "date" and fields["setup_date"]["required"] is True
    assert {"cover_image", "cover_thumbnail", "cover_width"} <= set(fields) and fields["cover_thumbnail"]["type"] == "str"
    assert fields["cover_width"]["type"] == "int"


def test_values_said_apart_a_table_of_qualified_columns_a_types_block_and_a_lifecycle_in_a_code_span(root: Path) -> None:
    """'Types:' over a block of `LEAGUE` codes; 'Competition lifecycle is `DRAFT → STARTED → COMPLETED`'; '`currency`
    ... defaults to `MXN`'; a `| Colonne | Valeurs |` table's `competitions.source` row."""
    doc = ("# Database Schema\n\n## 3. Competition\n\nSuggested fields:\n\n```text\nCompetition\n├── id\n├── name\n├── type\n├── status\n"
           "├── source\n├── currency\n├── roundFeeAmount\n├── createdByUserId\n└── createdAt\n```\n\nTypes:\n\n```text\nLEAGUE\n"
           "LEAGUE_PLAYOFFS\nGROUP_PLAYOFFS\n```\n\nCompetition lifecycle is `DRAFT → STARTED → COMPLETED`. `currency` is immutable "
           "after creation, defaults to `MXN`, and all money uses integer minor units.\n\n## Valeurs d'état\n\n"
           "| Colonne | Valeurs | Sens |\n|---|---|---|\n| `competitions.source` | `MANUAL`, `IMPORT` | origine |\n"
           "| `rounds.status` | `OPEN`, `CLOSED` | état |\n")
    draft, fields = read(root, {"docs/specs/database-schema.md": doc}, "competition")
    assert fields["type"]["enum_values"] == ["LEAGUE", "LEAGUE_PLAYOFFS", "GROUP_PLAYOFFS"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["DRAFT", "STARTED", "COMPLETED"]
    assert fields["currency"]["default"] == "MXN" and fields["source"]["enum_values"] == ["MANUAL", "IMPORT"]


def test_a_room_entity_and_its_rules_written_in_words(root: Path) -> None:
    """`val syncStatus: EntitySyncStatus = EntitySyncStatus.SYNCED` (an enum the spec does not declare: the constant),
    and the form's rules in words: '- Medical notes (multi-line, max 2000 chars)'."""
    doc = ("# PRD-004 Horse Management\n\n## Form\n\n- Name (required, max 100 chars)\n- Medical notes (multi-line, max 2000 chars)\n\n"
           "## Data Model\n\n```kotlin\n@Entity(tableName = \"horses\")\ndata class HorseEntity(\n    @PrimaryKey val id: String,\n"
           "    val name: String,\n    @ColumnInfo(name = \"medical_notes\") val medicalNotes: String?,\n"
           "    @ColumnInfo(name = \"sync_status\") val syncStatus: EntitySyncStatus = EntitySyncStatus.SYNCED\n)\n```\n")
    draft, fields = read(root, {"docs/PRD/PRD-004-horse-management.md": doc}, "horse")
    notes = fields.get("medical_notes") or fields["medicalNotes"]
    assert notes["type"] == "text" and notes["max_length"] == 2000, draft.diagnostics
    status = fields.get("sync_status") or fields["syncStatus"]
    assert status["default"] == "SYNCED" and fields["name"]["max_length"] == 100


def test_a_list_of_indexes_that_holds_all_foreign_keys(root: Path) -> None:
    """'**Key indexes automatically created:**' over '- All foreign keys': every reference is indexed."""
    doc = ("# Database Schema\n\n```sql\nCREATE TABLE patients (\n  id UUID PRIMARY KEY,\n  tenant_id UUID NOT NULL REFERENCES tenants(id),\n"
           "  district_id INT REFERENCES districts(id),\n  name TEXT NOT NULL\n);\n```\n\n## Indexes\n\n**Key indexes automatically created:**\n"
           "- Primary keys\n- All foreign keys\n- Unique constraints\n")
    draft, fields = read(root, {"docs/architecture/database-schema.md": doc}, "patient")
    assert fields["tenant_id"]["index"] is True and fields["district_id"]["index"] is True, draft.diagnostics
    assert fields["name"]["index"] is False


def test_a_plain_text_design_at_the_root_with_dashed_columns(root: Path) -> None:
    """`index.txt` at the root: `PRENOTAZIONE:` over `  -d inizio -- DATE -- NOT NULL` lines, the only spec there is."""
    text = ("HOTEL\n\nSTANZA:\n  -id -- INT -- PRIMARY KEY, AUTO_INCREMENT\n  -numero -- SMALLINT -- UNIQUE, NOT NULL\n"
            "  -prezzo -- FLOAT(6,2) -- NULLABLE\n\nPRENOTAZIONE:\n  -id -- INT -- PRIMARY KEY, AUTO_INCREMENT\n"
            "  -d inizio -- DATE -- NOT NULL\n  -d canc gratuita -- DATE -- NULLABLE\n  -ota -- VARCHAR(20) -- NOT NULL\n"
            "  -sconto -- FLOAT(4, 2) -- DEFAULT(0)\n\n  ----------------------\n  HOTEL : RELAZIONI\n")
    draft, fields = read(root, {"index.txt": text}, "prenotazione")
    assert draft.files_used == ["index.txt"] and "numero" not in fields, draft.diagnostics
    assert fields["d_inizio"]["type"] == "date" and fields["d_inizio"]["required"] is True
    assert fields["d_canc_gratuita"]["required"] is False and fields["ota"]["max_length"] == 20
    assert fields["sconto"]["default"] == 0


def test_a_mongo_sketch_of_several_columns_a_line(root: Path) -> None:
    """'- make, model, year?, mileage?', '- price (number, >0), currency \\'GBP\\'', '- kind: \\'car\\' | \\'part\\'' under
    '## Data Model (Mongo)': each piece a column (a `?` one optional); the heading's bullets are no states of `model`."""
    doc = ("# Listings Specification (v0)\n\n## Data Model (Mongo)\n- title (string, required)\n- description (string)\n"
           "- kind: 'car' | 'part'\n- make, model, year?, mileage?, fuelType?\n- partCategory? (if kind='part'), compatibility?: string[]\n"
           "- price (number, >0), currency 'GBP'\n- status: 'draft'|'active'|'sold'\n- createdAt, updatedAt\n")
    draft, fields = read(root, {"docs/listings-spec.md": doc}, "listing")
    assert fields["model"]["type"] == "str" and not fields["model"].get("enum_values"), draft.diagnostics
    assert fields["year"]["type"] == "int" and fields["year"]["required"] is False and fields["mileage"]["type"] == "int"
    assert fields["currency"]["default"] == "GBP" and fields["compatibility"]["type"] == "list[str]"
    assert fields["price"]["type"] in ("float", "decimal") and fields["kind"]["enum_values"] == ["car", "part"]


def test_mermaid_entities_with_aliases(root: Path) -> None:
    """`支出[expenses] {` (a name in Japanese, the table in its alias) and `CUSTOMER["Customer"] {` (the name kept)."""
    doc = ("# DB定義メモ\n\n```mermaid\nerDiagram\n  支出[expenses] {\n      UUID id PK \"支出ID\"\n      date transaction_date \"取引日\"\n"
           "      decimal amount \"金額\"\n      text description \"備考\"\n  }\n  CUSTOMER[\"Customer\"] {\n      UUID id PK\n"
           "      text name\n      text email\n  }\n```\n")
    draft, fields = read(root, {"docs/design/database.md": doc}, "expenses")
    assert fields["amount"]["type"] == "decimal" and fields["transaction_date"]["type"] == "date", draft.diagnostics
    assert operations.read_spec(str(root), "customer").spec["name"] == "customer"


def test_conventions_of_text_uuid_keys_and_integer_booleans(root: Path) -> None:
    """'- **IDs:** `TEXT` (UUID, am Gerät erzeugt)' and '- **Booleans:** `INTEGER` 0/1' over a table written as a run of
    code spans: its references are uuids, its `is_warmup INT` a flag."""
    doc = ("# Datenmodell\n\n## Konventionen\n\n- **IDs:** `TEXT` (UUID, am Gerät erzeugt) für alles.\n"
           "- **Booleans:** `INTEGER` 0/1.\n\n## Training\n\n### `sets`\n`id TEXT PK`, `session_id`, `exercise_id`, `set_index INT`, "
           "`weight_kg REAL`, `reps INT`, `is_warmup INT`, `rpe REAL NULL`, `performed_at`.\n")
    draft, fields = read(root, {"docs/datenmodell.md": doc}, "sets")
    assert fields["session_id"]["type"] == "uuid" and fields["exercise_id"]["type"] == "uuid", draft.diagnostics
    assert fields["is_warmup"]["type"] == "bool" and fields["reps"]["type"] == "int"


def test_prisma_enums_sketched_several_values_a_line(root: Path) -> None:
    """`enum GameReason {` over `  CHECKMATE RESIGNATION TIMEOUT` and `  STALEMATE ABANDONED`; `enum GameResult { WHITE
    BLACK DRAW }` on one line."""
    doc = ("# Database Schema\n\n```prisma\nmodel Game {\n  id      String     @id @default(cuid())\n  result  GameResult\n"
           "  reason  GameReason\n  pgn     String\n}\n\nenum GameResult { WHITE BLACK DRAW }\nenum GameReason {\n"
           "  CHECKMATE RESIGNATION TIMEOUT\n  STALEMATE ABANDONED\n}\n```\n")
    draft, fields = read(root, {"docs/architecture/database-schema.md": doc}, "game")
    assert fields["reason"]["enum_values"] == ["CHECKMATE", "RESIGNATION", "TIMEOUT", "STALEMATE", "ABANDONED"], draft.diagnostics
    assert fields["result"]["enum_values"] == ["WHITE", "BLACK", "DRAW"]


def test_a_postgres_enum_type_named_for_currency_codes(root: Path) -> None:
    """`currency currency_code DEFAULT 'GBP'` with `CREATE TYPE currency_code AS ENUM ('GBP', 'USD')`: a closed list of
    codes, no amount of money."""
    doc = ("# Database Schema\n\n```sql\nCREATE TYPE currency_code AS ENUM ('GBP', 'USD', 'EUR');\n\nCREATE TABLE sessions (\n"
           "    id UUID PRIMARY KEY,\n    price DECIMAL(10,2) NOT NULL,\n    currency currency_code DEFAULT 'GBP'\n);\n```\n")
    draft, fields = read(root, {"docs/database-schema.md": doc}, "sessions")
    assert fields["currency"]["enum_values"] == ["GBP", "USD", "EUR"] and fields["currency"]["default"] == "GBP", draft.diagnostics
    assert fields["price"]["type"] == "decimal"


def test_two_bold_code_names_sharing_one_type(root: Path) -> None:
    """`* **\\`waktu_mulai\\`** / **\\`waktu_selesai\\`**: TIMESTAMPTZ`: two columns of one type."""
    doc = ("# Database Schema\n\n### `sesi_kehadiran`\nLive attendance sessions.\n* **`sesi_id`**: UUID (PK)\n"
           "* **`jadwal_id`**: UUID (FK -> `jadwal_kelas.jadwal_id`)\n* **`tanggal`**: DATE (Default: `current_date`)\n"
           "* **`waktu_mulai`** / **`waktu_selesai`**: TIMESTAMPTZ\n* **`qr_rotates_every`**: INT (Default: `15`)\n")
    draft, fields = read(root, {"docs/architecture/database-schema.md": doc}, "sesi_kehadiran")
    assert fields["waktu_mulai"]["type"] == "datetime" and fields["waktu_selesai"]["type"] == "datetime", draft.diagnostics
    assert fields["qr_rotates_every"]["default"] == 15


def test_an_enum_listed_by_the_word_enum_and_its_name(root: Path) -> None:
    """A mermaid `enum status` in `DEVICES` and, below, '- Enum `DeviceStatus`: `ACTIVE`, `INACTIVE`, `OFFLINE`.'"""
    doc = ("# Database Schema\n\n```mermaid\nerDiagram\n    DEVICES {\n        uuid id PK\n        string label\n        enum status\n"
           "        int sensor_interval\n    }\n```\n\n## Enums\n\n- Enum `DeviceStatus`: `ACTIVE`, `INACTIVE`, `OFFLINE`.\n")
    draft, fields = read(root, {"docs/architecture/database-schema.md": doc}, "device")
    assert fields["status"]["enum_values"] == ["ACTIVE", "INACTIVE", "OFFLINE"], draft.diagnostics


def test_a_zod_chain_over_several_lines(root: Path) -> None:
    """`bank_name: z.string()` over `.max(100, '...')` and `.optional()`: the length and presence the chain sets below."""
    doc = ("# Data Model\n\n```sql\nCREATE TABLE vendors (\n  id UUID PRIMARY KEY,\n  company_name TEXT NOT NULL,\n  bank_name TEXT\n);\n```\n\n"
           "```typescript\nexport const vendorSchema = z.object({\n  company_name: z.string()\n    .min(1, 'Required')\n"
           "    .max(200, 'Too long'),\n  bank_name: z.string()\n    .max(100, 'Bank name must be less than 100 characters')\n"
           "    .optional()\n    .transform(val => val || null),\n  fee: z.string()\n    .optional()\n    .refine(val => !val || Number(val) >= 0, {\n"
           "      message: 'non-negative',\n    }),\n});\n```\n")
    draft, fields = read(root, {"specs/008-vendors/data-model.md": doc, "specs/008-vendors/spec.md": "# Vendors\n"}, "vendor")
    assert fields["bank_name"]["max_length"] == 100 and fields["company_name"]["max_length"] == 200, draft.diagnostics


def test_a_record_as_a_table_of_names_and_meanings(root: Path) -> None:
    """'## Record bolletta', 'Campi comuni:' over `| Campo | Significato |` rows (`` `periodo_inizio` / `periodo_fine` ``,
    '`rilevata` / `stimata`', '(Opzionale) ... in €'), data kept as JSON files: the bill's fields; '(Opzionale, solo
    LUCE) ... `null` = ... `fattura`' is no closed list."""
    doc = ("# Modello dati\n\n## Record bolletta\n\nCampi comuni a tutte le utenze:\n\n| Campo | Significato |\n|---|---|\n"
           "| `data` | Data della bolletta (YYYY-MM-DD). |\n| `periodo_inizio` / `periodo_fine` | Periodo di fatturazione. |\n"
           "| `fattura` | Importo totale in € della bolletta. |\n| `tipo_lettura` | `rilevata` / `stimata` / `mista`. |\n"
           "| `quota_fissa` | (Opzionale) quota fissa del periodo in €. |\n"
           "| `canone_rai` | (Opzionale, solo LUCE) rata del canone. `null` = non addebitata. È già compresa in `fattura`. |\n")
    draft, fields = read(root, {"docs/modello-dati.md": doc}, "bolletta")
    assert {"data", "periodo_inizio", "periodo_fine", "fattura", "tipo_lettura"} <= set(fields), draft.diagnostics
    assert fields["data"]["type"] == "date" and fields["fattura"]["type"] == "decimal"
    assert fields["tipo_lettura"]["enum_values"] == ["rilevata", "stimata", "mista"]
    assert fields["quota_fissa"]["required"] is False and not fields["canone_rai"].get("enum_values")
