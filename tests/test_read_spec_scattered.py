"""read_spec where a spec states one table in several places (issue 10): a diagram of some columns and a list of all
of them, a value table introduced by the column's qualified name, an array whose elements a section of their own
describes, and a feature named by the entity's words in another order."""

from __future__ import annotations

from pathlib import Path

from backend_builder import operations

from .spec_reading import read, write

# A feature folder that names the entity's words in the other order ---------------------------------------------------

BOOKING_MODEL = """# Modelo de Datos

```mermaid
erDiagram
    CANCHA ||--o{ TURNO_RESERVA : "es reservada en"
    CANCHA {
        string id PK "Identificador"
        string nombre "Nombre comercial de la cancha"
        number precioPorTurno "Precio base por turno"
        string descripcion "Descripción de la cancha"
        boolean activa "Indica si la cancha está operativa"
    }
    TURNO_RESERVA {
        string id PK "Código único de reserva"
        string canchaId FK "Referencia a la cancha reservada"
        string titularNombre "Nombre del titular"
        string fecha "Fecha del partido en formato AAAA-MM-DD"
        string fechaCreacion "Timestamp ISO de creación"
    }
```

## Formulario de reserva

```typescript
export interface FormularioReserva {
  titularNombre: string;  // Obligatorio
  fecha: string;          // Obligatorio, YYYY-MM-DD
}
```
"""

BOOKING_STORIES = """# Feature Specification: Reserva de Turnos de Fútbol

""" + "".join(f"- El usuario ve la cancha {n} del catálogo de canchas, con el nombre y el precio de la cancha.\n"
              for n in range(1, 7))


def test_a_feature_named_by_the_entitys_words_in_another_order(root: Path) -> None:
    """`001-reserva-turnos` names TURNO_RESERVA (turno + reserva, the same words in the other order), not only a word
    it shares with FormularioReserva, however much the stories talk of the Cancha; "Timestamp ISO de creación" on a
    string is a datetime."""
    draft, fields = read(root, {"specs/001-reserva-turnos/data-model.md": BOOKING_MODEL,
                                "specs/001-reserva-turnos/spec.md": BOOKING_STORIES}, "001-reserva-turnos")
    assert draft.spec["name"] == "turno_reserva"
    assert list(fields) == ["cancha_id", "titular_nombre", "fecha", "fecha_creacion"]
    assert fields["fecha"]["type"] == "date" and fields["fecha_creacion"]["type"] == "datetime"


# A diagram of typed columns, and a list of every column elsewhere -----------------------------------------------------

TABLES = """# 数据库设计

| 表名 | 用途 | 主要字段 |
| --- | --- | --- |
| `users` | 前台会员用户 | `id`、`name`、`phone`、`password` |
| `orders` | 订单主表 | `id`、`user_id`、`user_name`、`total`、`status`、`payment_review_status`、`created_at` |
"""

DIAGRAM = """# 数据库 ER 图说明

```mermaid
erDiagram
  users ||--o{ orders : creates
  orders {
    int id
    int user_id
    string user_name
    decimal total
    string status
    datetime paid_at
    datetime created_at
  }
```

## 订单状态

`orders.status` 用于描述订单生命周期：

| 状态 | 含义 |
| --- | --- |
| `pending_payment` | 已下单，等待用户支付 |
| `paid` | 管理员已确认收款 |
| `cancelled` | 用户取消 |
"""


def test_a_diagram_and_a_table_of_tables_give_one_tables_columns(root: Path) -> None:
    """`| \\`orders\\` | 订单主表 | \\`id\\`、\\`user_id\\`、... |` lists the columns in its last cell (a purpose between, names
    joined by 、): the one the ER diagram leaves out is kept, typed by its name and, like the diagram's, optional; the
    value table after "\\`orders.status\\` 用于描述..." closes the status column's values."""
    draft, fields = read(root, {"docs/数据库设计.md": TABLES, "docs/数据库ER图说明.md": DIAGRAM}, "order")
    assert draft.spec["name"] == "order"
    assert list(fields) == ["user_name", "total", "status", "paid_at", "payment_review_status"]
    assert fields["payment_review_status"]["type"] == "str"
    assert all(f["required"] is False for f in fields.values())
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["pending_payment", "paid", "cancelled"]
    assert any("payment_review_status" in d and "diagram" in d for d in draft.diagnostics)


def test_a_table_of_tables_with_the_columns_in_its_second_cell_still_reads(root: Path) -> None:
    """`| \\`orders\\` | id, user_id, total, note |`: the columns in the cell after the name, as before."""
    rows = "# Schema\n\n| Table | Columns |\n|---|---|\n| `orders` | id, user_id, total, note, created_at |\n"
    draft, fields = read(root, {"specs/schema.md": rows}, "order")
    assert draft.spec["name"] == "order" and list(fields) == ["total", "note"]


# An array whose elements a section of their own describes ------------------------------------------------------------

POSTS = """# DB 스키마

## Post

| 필드 | 타입 | 제약 | 설명 |
|------|------|------|------|
| `title` | String | required | 게시글 제목 |
| `content` | String | required | 게시글 내용 |
| `comments` | Array | - | 댓글 목록 (아래 참고) |
| `tags` | Array | - | 태그 |
| `createdAt` | Date | auto | 작성일 |

### Post.comments (Embedded)

| 필드 | 타입 | 설명 |
|------|------|------|
| `_id` | ObjectId | 자동 생성 |
| `content` | String | 댓글 내용 |
| `createdAt` | Date | 작성일 |
"""


def test_an_array_whose_elements_have_a_section_of_their_own_is_json(root: Path) -> None:
    """`comments | Array` with `### Post.comments (Embedded)` over the members' fields holds objects (json); `tags |
    Array`, which no section describes, stays a list of strings."""
    _draft, fields = read(root, {"docs/DB스키마.md": POSTS}, "post")
    assert fields["comments"]["type"] == "json"
    assert fields["tags"]["type"] == "list[str]"


# Money in a JavaScript number, named in another language or priced in a currency ----------------------------------------

def test_money_named_in_spanish_or_priced_in_a_currency_is_a_decimal(root: Path) -> None:
    """`precioTotal: number`, `total: number` and `| declaredValue | number | MVP cap: CNY 2000 |` hold money (decimal);
    `| weightKg | number | bag weight |` stays a float."""
    model = ("# Data Model\n\n### Shipment\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
             "| `declaredValue` | number | yes | MVP cap: CNY 2000 |\n| `weightKg` | number | yes | bag weight |\n\n"
             "```typescript\ninterface Reserva {\n  id: string;\n  precioTotal: number;\n  total: number;\n  nota: string;\n}\n```\n")
    _draft, fields = read(root / "a", {"docs/architecture/data-model.md": model}, "shipment")
    assert fields["declared_value"]["type"] == "decimal" and fields["weight_kg"]["type"] == "float"
    _draft, fields = read(root / "b", {"docs/architecture/data-model.md": model}, "reserva")
    assert fields["precio_total"]["type"] == "decimal" and fields["total"]["type"] == "decimal"


# Round 79's flat-folder forms -------------------------------------------------------------------------------------------

def test_a_bare_column_name_marked_nullable(root: Path) -> None:
    """`- \\`payment_source_id\\` nullable` under `### transactions`: a column that may be empty (it had been dropped);
    where some names say nullable, the silent ones are required."""
    model = ("# Data Model\n\n### transactions\n\nMain financial record.\n\n- `id`\n- `user_id`\n"
             "- `type` (`expense`, `income`, `transfer`)\n- `payment_source_id` nullable\n- `amount`\n- `note`\n"
             "- `deleted_at` nullable\n")
    _draft, fields = read(root, {"specs/data-model.md": model}, "transaction")
    assert list(fields) == ["type", "payment_source_id", "amount", "note", "deleted_at"]
    assert fields["payment_source_id"]["required"] is False and fields["deleted_at"]["required"] is False
    assert fields["amount"]["required"] is True and fields["type"]["enum_values"] == ["expense", "income", "transfer"]


BASE_MODEL = """# Data Model

## Base Model (inherited by all tables)
Every table includes: `id` (UUID PK), `metadata` (JSON), `created_at`, `updated_at`, `is_active`, `deleted_by`, `school_id` (FK → schools).

## Tables by Module

### Fees
- **fee_records**: student_id, academic_year_id, total_amount, total_late_fee, due_date, status (Pending/Partial/Paid/Overdue)
- **fee_payments**: fee_record_id, amount, payment_date, reference

### Attendance
- **attendance_sessions**: class_section_id, academic_year_id, submitted_by (nullable FK→staff), status
"""


def test_columns_every_table_includes_and_a_slashed_list_in_an_entity_line(root: Path) -> None:
    """"Every table includes: ..." adds its columns to the table read (typed by their notes or names; its `id` (UUID
    PK) makes the bare references uuid); `status (Pending/Partial/Paid/Overdue)` is a closed list; another table's line
    saying `(nullable ...)` makes none of this one's columns optional, so all stay as unmarked as the line is."""
    draft, fields = read(root, {"specs/data-model.md": BASE_MODEL}, "fee_record")
    assert list(fields) == ["student_id", "academic_year_id", "total_amount", "total_late_fee", "due_date", "status",
                            "metadata", "is_active", "deleted_by", "school_id"]
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["Pending", "Partial", "Paid", "Overdue"]
    assert fields["metadata"]["type"] == "json" and fields["is_active"]["type"] == "bool"
    assert fields["school_id"]["type"] == "uuid" and fields["student_id"]["type"] == "uuid"
    assert fields["deleted_by"]["type"] == "uuid" and fields["total_late_fee"]["type"] == "decimal"
    assert all(f["required"] is False for f in fields.values())
    assert any("every table" in d for d in draft.diagnostics)


def test_a_table_of_base_fields_all_entities_carry(root: Path) -> None:
    """`## Base Fields (All Entities)` over a table: its columns are every entity's, so the one read gets those it
    does not list itself (its id and timestamps are the generated backend's own)."""
    model = """# Data Model

## 3. Base Fields (All Entities)

Every entity in the system carries these fields:

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| `id` | UUID | Yes | Immutable unique identifier. |
| `createdAt` | ISO 8601 timestamp | Yes | When the record was created. |
| `createdVia` | Enum: `chat`, `manual` | Yes | Where the record came from. |
| `tags` | string[] | No | Free-form tags. |

## 4. Project

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| `id` | UUID | Yes | |
| `name` | string (max 120) | Yes | Project name. |
| `createdAt` | timestamp | Yes | |

## 5. Plan

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| `id` | UUID | Yes | |
| `projectId` | UUID (FK → Project) | Yes | |
"""
    draft, fields = read(root, {"docs/specs/data-model.md": model}, "project")
    assert draft.spec["name"] == "project"
    assert list(fields) == ["name", "created_via", "tags"]
    assert fields["created_via"]["enum_values"] == ["chat", "manual"] and fields["created_via"]["required"] is True
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["required"] is False
    assert any("every table" in d for d in draft.diagnostics)


def test_a_run_of_code_spans_each_with_what_the_line_says_of_it(root: Path) -> None:
    """`- \\`id\\`, \\`name\\` (título), \\`content\\` (longtext HTML), \\`date\\` (apertura)` and `- \\`urgency\\` 1..5 (1=muy
    alta), \\`type\\` (1=Incidencia, 2=Solicitud)`: one column per code span; coded values bound an int."""
    model = ("# Schema\n\n## Tickets — `glpi_tickets`\n"
             "- `id`, `entities_id`, `name` (título), `content` (longtext HTML), `closedate`\n"
             "- `urgency` 1..5 (1=muy alta), `impact`, `type` (1=Incidencia, 2=Solicitud)\n\n"
             "## Actores — `glpi_tickets_users`\n- `tickets_id`, `users_id`, `type`: **1=Solicitante, 2=Asignado**\n\n"
             "## Valores\n- `period_type`: `daily`, `weekly`, `monthly`\n")
    _draft, fields = read(root, {"specs/schema.md": model}, "glpi_tickets")
    assert list(fields) == ["entities_id", "name", "content", "closedate", "urgency", "impact", "type"]
    assert fields["content"]["type"] == "text" and fields["urgency"]["type"] == "int"
    assert (fields["type"]["type"], fields["type"]["enum_values"]) == ("enum", [1, 2])
    assert all(f["required"] is False for f in fields.values())


def test_sqlite_flags_an_rfc3339_text_and_a_generated_case_column(root: Path) -> None:
    """`secret_verified INTEGER NOT NULL DEFAULT 0` is a flag (bool), `tasks_completed INTEGER DEFAULT 0` a count;
    `TEXT -- RFC3339` a datetime; `TEXT GENERATED ALWAYS AS (CASE ... THEN 'cold' ... ELSE 'hot' END)` one of those."""
    ddl = ("# Schema\n\n```sql\nCREATE TABLE contracts (\n  id TEXT PRIMARY KEY,\n  timelock TEXT NOT NULL, -- RFC3339\n"
           "  secret_verified INTEGER NOT NULL DEFAULT 0,\n  tasks_completed INTEGER NOT NULL DEFAULT 0,\n"
           "  score INTEGER NOT NULL DEFAULT 0,\n  score_category TEXT GENERATED ALWAYS AS (\n    CASE WHEN score <= 30 THEN 'cold'\n"
           "    WHEN score <= 60 THEN 'warm' ELSE 'hot' END\n  ) STORED\n);\n```\n")
    _draft, fields = read(root, {"specs/schema.md": ddl}, "contract")
    assert fields["timelock"]["type"] == "datetime"
    assert fields["secret_verified"]["type"] == "bool" and fields["secret_verified"]["default"] is False
    assert fields["tasks_completed"]["type"] == "int"
    assert fields["score_category"]["type"] == "enum" and fields["score_category"]["enum_values"] == ["cold", "warm", "hot"]


EXPENSES = r"""# Entities

### expenses

| Field | Type | Req | Validation |
| --- | --- | --- | --- |
| id | bigserial PK | Y | |
| date | date | Y | |
| vendor | varchar(200) | N | <= 200 |
| category\_id | bigint FK categories(id) | N | same user |
| currency | text | Y | CHECK = 'USD' |
| billing\_status | text | Y | CHECK IN ('unbilled','billed','user\_paid') |

Default values:

-   documents.currency default 'EUR'; expenses.currency default 'USD'
-   expenses.billable default false; billing\_status default 'unbilled'

## 5) Indexes

-   All FKs get indexes on child columns.
"""


def test_a_req_column_a_check_of_one_value_defaults_by_qualified_name_and_indexed_fks(root: Path) -> None:
    """`| Req |` holds Y / N; `CHECK = 'USD'` closes the column to one value; "expenses.currency default 'USD'" (not the
    documents') and "; billing\\_status default 'unbilled'" after "expenses." give the defaults; "All FKs get indexes"
    indexes `category_id`."""
    _draft, fields = read(root, {"specs/entities.md": EXPENSES}, "expense")
    assert fields["date"]["required"] is True and fields["vendor"]["required"] is False
    assert fields["currency"]["enum_values"] == ["USD"] and fields["currency"]["default"] == "USD"
    assert fields["billing_status"]["default"] == "unbilled" and fields["billing_status"]["required"] is False
    assert fields["category_id"]["index"] is True and fields["vendor"]["index"] is False


def test_a_sentence_under_an_indexes_heading_and_a_bullet_that_names_a_default(root: Path) -> None:
    """"For performance optimization:" under `## Indexes` introduces the list (`- \\`tasks.completed\\` - For status
    filtering`); "- Priority is optional (default: medium)" gives the enum's default."""
    schema = ("# Database Schema\n\n## tasks\n\n- `title`: string (not null, max 200 chars)\n"
              "- `completed`: boolean (default false, not null)\n- `priority`: string (nullable, enum: \"high\", \"medium\", \"low\")\n"
              "- `due_date`: timestamp (nullable)\n\n## Indexes\n\nFor performance optimization:\n\n"
              "- `tasks.completed` - For status filtering\n- `tasks.due_date` - For date sorting\n")
    feature = "# Feature: Task CRUD\n\n## Acceptance Criteria\n\n- Priority is optional (default: medium)\n"
    _draft, fields = read(root, {"specs/database/schema.md": schema, "specs/features/task-crud.md": feature}, "task")
    assert fields["completed"]["index"] is True and fields["due_date"]["index"] is True
    assert fields["title"]["index"] is False
    assert fields["priority"]["default"] == "medium"


def test_drift_table_classes(root: Path) -> None:
    """`class Orders extends Table` (drift): the `orders` table of Order rows, one column per getter; `textEnum<E>()`
    takes the Dart enum's values, `.nullable()` may be empty, `.withDefault(const Constant(false))` is a default."""
    model = ("# Data Model\n\n```dart\nenum OrderStatus { pending, paid, cancelled }\n\nclass Orders extends Table {\n"
             "  TextColumn get id => text()();\n  TextColumn get seatId => text().references(Seats, #id)();\n"
             "  TextColumn get status => textEnum<OrderStatus>()();\n  IntColumn get totalAmount => integer()();\n"
             "  TextColumn get note =>\n      text().withLength(min: 1, max: 200).nullable()();\n"
             "  BoolColumn get rush => boolean().withDefault(const Constant(false))();\n"
             "  DateTimeColumn get paidAt => dateTime().nullable()();\n  DateTimeColumn get createdAt => dateTime()();\n\n"
             "  @override\n  Set<Column> get primaryKey => {id};\n}\n```\n")
    draft, fields = read(root, {"specs/001-pos/data-model.md": model}, "order")
    assert draft.spec["name"] == "order" and draft.spec["plural"] == "orders"
    assert list(fields) == ["seat_id", "status", "total_amount", "note", "rush", "paid_at"]
    assert fields["status"]["enum_values"] == ["pending", "paid", "cancelled"] and fields["status"]["required"] is True
    assert fields["note"]["required"] is False and fields["note"]["max_length"] == 200
    assert fields["rush"]["default"] is False and fields["paid_at"]["type"] == "datetime"


# Round 79's non-English forms ---------------------------------------------------------------------------------------------

SOCIOS = """# Modelo de Datos: Gestión de Socios

## Tablas

### `socios` → Datos administrados por admins
```sql
id (UUID, PK)
club_id (UUID, FK) - A qué club pertenece
nombre (TEXT) - Nombre completo del socio
email (TEXT, nullable)
estado (ENUM) - activo, moroso, baja
cuota_mes (DECIMAL) - Monto mensual
```

**Pre-cargadas:**
- Activo
- Vitalicio
- Cadete
"""


def test_a_root_data_model_named_without_de_and_a_code_block_of_column_lines(root: Path) -> None:
    """`MODELO_DATOS_SOCIOS.md` (no "de") titled "Modelo de Datos: ..." is the schema; its ```sql block of `name (TYPE,
    nullable) - comment` lines is the table its heading names (the ones not said nullable required; the ENUM's
    values after the dash)."""
    draft, fields = read(root, {"MODELO_DATOS_SOCIOS.md": SOCIOS, "README.md": "# Club\n\nUna app.\n"}, "socio")
    assert draft.spec["name"] == "socio"
    assert list(fields) == ["club_id", "nombre", "email", "estado", "cuota_mes"]
    assert fields["email"]["required"] is False and fields["nombre"]["required"] is True
    assert fields["estado"]["enum_values"] == ["activo", "moroso", "baja"] and fields["cuota_mes"]["type"] == "decimal"


def test_a_system_document_of_table_sections_and_a_create_dto_that_says_optional(root: Path) -> None:
    """docs/ with `#### **Books Table**` sections of TypeScript interfaces (twice or more) holds the schema, beside
    docs/books.md; the interface marks no member optional, its `### CreateBookDto` list does ("Optional, string")."""
    system = ("# Hệ thống\n\n#### **Books Table**\n\n```typescript\ninterface Book {\n  id: string;\n  title: string;\n"
              "  isbn: string;\n  edition: string;\n  created_at: Date;\n}\n```\n\n#### **Authors Table**\n\n```typescript\n"
              "interface Author {\n  id: string;\n  name: string;\n  bio: string;\n}\n```\n")
    books = ("# Module Sách (Books)\n\n### 1. Tạo Sách\n\n```http\nPOST /books\n```\n\n## Validation Rules\n\n### CreateBookDto\n\n"
             "- **title**: Bắt buộc, string, max 255 ký tự.\n- **isbn**: Bắt buộc, string, unique.\n- **edition**: Optional, string.\n")
    draft, fields = read(root, {"docs/SYSTEM.md": system, "docs/books.md": books}, "book")
    assert draft.spec["name"] == "book" and list(fields) == ["title", "isbn", "edition"]
    assert fields["edition"]["required"] is False and fields["isbn"]["required"] is True


def test_french_types_lengths_and_a_required_column(root: Path) -> None:
    """`| Champ | Type | Obligatoire |` with `chaîne` / `entier` and `oui`; "1 à 120 caractères", "254 caractères au
    plus"; "au moins 8 chiffres" is no length; `padrao "Sem categoria"` (Portuguese, no accent) is a default."""
    model = ("# Data Model\n\n## Application\n\nCollection : `applications`.\n\n| Champ | Type | Obligatoire | Règle |\n|---|---|---|---|\n"
             "| `firstName` | chaîne | oui | 1 à 120 caractères. |\n| `email` | chaîne | oui | 254 caractères au plus. |\n"
             "| `phone` | chaîne | oui | au moins 8 chiffres. |\n| `age` | entier | non | |\n")
    _draft, fields = read(root / "a", {"specs/007-applications/data-model.md": model}, "007-applications")
    assert (fields["first_name"]["min_length"], fields["first_name"]["max_length"]) == (1, 120)
    assert fields["email"]["max_length"] == 254 and fields["phone"].get("max_length") is None
    assert fields["age"]["type"] == "int" and fields["age"]["required"] is False and fields["email"]["required"] is True
    gastos = ("# Modelo de dados\n\n## Despesa\n\n- descricao (string, obrigatorio)\n- valor (decimal, obrigatorio)\n"
              "- categoria (string, opcional, padrao \"Sem categoria\")\n")
    _draft, fields = read(root / "b", {"specs/001-gastos/data-model.md": gastos}, "despesa")
    assert fields["categoria"]["default"] == "Sem categoria"


def test_go_slices_of_objects_json_arrays_of_objects_and_pseudo_code_under_an_index_heading(root: Path) -> None:
    """`| ingredients | []Ingredient |` (Go) and `TEXT -- JSON array of {name, quantity, unit}` hold objects (json);
    `-- JSON array of strings` is list[str]; "+ join(steps)" in a pseudo-code block under "## Search Index Design" is
    no index."""
    model = ("# Data Model\n\n## Recipe\n\n| Field | Type | Constraints |\n|---|---|---|\n| `name` | string | Required |\n"
             "| `ingredients` | []Ingredient | Required |\n| `steps` | []string | Required |\n\n"
             "```sql\nCREATE TABLE recipes (\n    id TEXT PRIMARY KEY,\n    name TEXT NOT NULL,\n"
             "    ingredients TEXT NOT NULL,   -- JSON array of {name, quantity, unit}\n"
             "    steps TEXT NOT NULL          -- JSON array of strings\n);\n```\n\n"
             "## Search Index Design\n\n```\nsearchable_text = name\n               + \" \" + join(steps)\n```\n")
    _draft, fields = read(root, {"specs/001-cocktails/data-model.md": model}, "recipe")
    assert fields["ingredients"]["type"] == "json" and fields["steps"]["type"] == "list[str]"
    assert fields["steps"]["index"] is False


def test_every_tables_uuid_key_in_korean_types_the_typed_references(root: Path) -> None:
    """"모든 테이블에 `id TEXT NOT NULL PRIMARY KEY` (UUID)" (every table's id is a uuid): a drift `TextColumn` that
    `.references(...)` another table is a uuid; a plain text column stays a str."""
    model = ("# 데이터 모델\n\n## 규칙\n\n- 모든 테이블에 `id TEXT NOT NULL PRIMARY KEY` (UUID)\n\n## Orders\n\n```dart\n"
             "class Orders extends Table {\n  TextColumn get id => text()();\n  TextColumn get seatId => text().references(Seats, #id)();\n"
             "  TextColumn get memo => text()();\n  IntColumn get total => integer()();\n}\n```\n")
    _draft, fields = read(root / "a", {"specs/001-pos/data-model.md": model}, "order")
    assert fields["seat_id"]["type"] == "uuid" and fields["memo"]["type"] == "str"
    without = model.replace("- 모든 테이블에 `id TEXT NOT NULL PRIMARY KEY` (UUID)\n", "")
    _draft, fields = read(root / "b", {"specs/001-pos/data-model.md": without}, "order")
    assert fields["seat_id"]["type"] == "str"


def test_a_route_parameter_of_the_columns_name_lists_the_values_that_hold_its_default(root: Path) -> None:
    """`- \\`status\\`: string (default "open")` and the API's `status: optional "open" | "done"`: a closed list holding
    the default; a list without it says nothing of the column."""
    schema = "# Database Schema\n\n## tasks\n\n- `title`: string (not null)\n- `status`: string (default \"open\")\n- `kind`: string (default \"a\")\n"
    api = "# REST\n\n## GET /api/tasks\n\nQuery:\nstatus: optional \"open\" | \"done\"\nkind: optional \"x\" | \"y\"\n"
    _draft, fields = read(root, {"specs/database/schema.md": schema, "specs/api/rest-endpoints.md": api}, "task")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["open", "done"]
    assert fields["kind"]["type"] == "str"


def test_a_list_of_tables_a_task_naming_a_tables_columns_and_a_key_named_for_the_row(root: Path) -> None:
    """"**Three core tables:**" over `1. \\`recipes\\` - ...` lists tables, not columns; "Write initial migration for
    recipes table (id, title, description, servings, created_at)" lists the columns; `maPhieu TEXT PRIMARY KEY` of a
    PhieuMuon is the row's own id (Vietnamese "mã phiếu"), left to the generated id."""
    design = ("# Design\n\n## Data Model\n\n**Three core tables:**\n1. `recipes` - Core recipe metadata (title, timing)\n"
              "2. `ingredients` - Linked to recipe\n3. `steps` - Linked to recipe\n")
    tasks = ("# Tasks\n\n## 2. Database\n\n- [x] 2.2 Write initial migration for recipes table (id, title, description, "
             "servings, created_at, updated_at)\n")
    draft, fields = read(root / "a", {"openspec/changes/add-recipes/design.md": design,
                                      "openspec/changes/add-recipes/tasks.md": tasks,
                                      "openspec/changes/add-recipes/proposal.md": "# Add recipes\n"}, "recipe")
    assert draft.spec["name"] == "recipe" and list(fields) == ["title", "description", "servings"]
    ddl = ("# Thiết kế\n\n```sql\nCREATE TABLE PhieuMuon (\n  maPhieu TEXT PRIMARY KEY,\n  maSach TEXT NOT NULL,\n"
           "  ngayMuon TEXT NOT NULL\n);\n```\n")
    _draft, fields = read(root / "b", {".kiro/specs/library/design.md": ddl, ".kiro/specs/library/requirements.md": "# R\n"},
                          "phieu_muon")
    assert "ma_phieu" not in fields and "ma_sach" in fields


# Round 79's Spec Kit multi-entity forms -----------------------------------------------------------------------------------

ORDER_TREE = """# Data Model

### 10. Order
```
Table: dbo.Order
Purpose: Customer order with status tracking
├─ OrderId (PK)               INT NOT NULL IDENTITY(1,1)
├─ UserId (FK)                INT NOT NULL → User.UserId
├─ OrderCode                  NVARCHAR(20) NOT NULL UNIQUE (customer-facing identifier)
├─ OrderDate                  DATETIME NOT NULL DEFAULT GETDATE()
├─ Status                     NVARCHAR(20) NOT NULL DEFAULT 'inregistrata'
├─ ShippingFee                DECIMAL(10,2) NOT NULL DEFAULT 0
├─ Notes                      NVARCHAR(1000) NULL
└─ ModifiedDate               DATETIME NOT NULL DEFAULT GETDATE()

Validation Rules:
- Status: One of: 'inregistrata', 'se pregateste', 'livrata', 'anulata'
```
"""


def test_a_tree_of_sql_server_columns_and_a_rule_of_quoted_values(root: Path) -> None:
    """`Table: dbo.Order` over `├─ OrderCode  NVARCHAR(20) NOT NULL UNIQUE (...)`: the columns, their types, NULL,
    DEFAULT (GETDATE() is now) and UNIQUE; `ModifiedDate` is the row's updated_at; "Status: One of: 'a', 'b c'"
    closes the column to those values, spaces and all."""
    draft, fields = read(root, {"specs/001-orders/data-model.md": ORDER_TREE}, "order")
    assert draft.spec["name"] == "order"
    assert list(fields) == ["order_code", "order_date", "status", "shipping_fee", "notes"]
    assert fields["order_code"]["unique"] is True and fields["order_code"]["max_length"] == 20
    assert fields["order_code"]["required"] is True and fields["notes"]["required"] is False
    assert fields["order_date"]["default"] == "now" and fields["shipping_fee"]["type"] == "decimal"
    assert fields["status"]["enum_values"] == ["inregistrata", "se pregateste", "livrata", "anulata"]
    assert fields["status"]["default"] == "inregistrata"


def test_typescript_attributes_in_two_code_spans(root: Path) -> None:
    """`- \\`startTime\\`: \\`Date\\` - ...` (a JavaScript Date, a moment), `- \\`history\\`: \\`Message[]\\`` (objects, json; it had
    been dropped without a word), `- \\`name?\\`: \\`string\\`` optional and the others required."""
    model = ("# Data Model\n\n## 2. Conversation\n\n- **Entity**: `Conversation`\n- **Attributes**:\n"
             "  - `conversationId`: `string` (UUID) - Unique identifier for the session.\n"
             "  - `title?`: `string` - A name for it.\n  - `startTime`: `Date` - The timestamp when it was created.\n"
             "  - `history`: `Message[]` - A list of all messages.\n")
    _draft, fields = read(root, {"specs/001-api/data-model.md": model}, "conversation")
    assert list(fields) == ["title", "start_time", "history"]
    assert fields["start_time"]["type"] == "datetime" and fields["history"]["type"] == "json"
    assert fields["title"]["required"] is False and fields["start_time"]["required"] is True


def test_hyphenated_states_in_a_box_drawing_a_session_user_default_and_an_id_for_the_last_word(root: Path) -> None:
    """`│  in-progress   │` in a drawn state machine is one state; a Default cell "session user" is no literal (the
    server sets it); `task_id`, "Unique identifier for the task" of a ProcessingTask, is its own id."""
    model = ("# Data Model\n\n### Ticket\n\n| Field | Type | Required | Default |\n|---|---|---|---|\n"
             "| `title` | String | Yes | — |\n| `status` | Enum | Yes | `open` |\n| `requester` | String | Yes | session user |\n\n"
             "## Status State Machine\n\n```text\n┌─────────────┐\n│    open     │\n└──────┬──────┘\n       ▼\n"
             "┌────────────────┐\n│  in-progress   │\n└───────┬────────┘\n        ▼\n┌──────────┐\n│  closed  │\n└──────────┘\n```\n")
    _draft, fields = read(root / "a", {"specs/001-tickets/data-model.md": model}, "ticket")
    assert fields["status"]["enum_values"] == ["open", "in-progress", "closed"]
    assert fields["requester"].get("default") is None and fields["requester"]["required"] is False
    tasks = ("# Data Model\n\n## ProcessingTask\n\n- `task_id`: str - Unique identifier for the task\n- `status`: str - state\n"
             "- `progress`: int - percent done\n- `file_name`: str - the upload\n")
    _draft, fields = read(root / "b", {"specs/001-rest-api/data-model.md": tasks}, "processing_task")
    assert "task_id" not in fields and "file_name" in fields


# Round 80's forms ----------------------------------------------------------------------------------------------------------

def test_a_projects_data_model_named_by_path_from_an_openspec_change(root: Path) -> None:
    """An OpenSpec change whose design says "The domain model is designed in `docs/data-model.md`": that file is read
    as the schema (the change's "What Changes" bullets define nothing)."""
    design = "# Design\n\nThe domain model is designed in `docs/data-model.md`. This change adds golfers.\n"
    proposal = ("# Proposal\n\n## What Changes\n\n- Introduce an `IAuthProvider` with two implementations:\n"
                "  - `MockAuthProvider` — the only working one\n  - `Auth0AuthProvider` — stubbed\n")
    model = ("# Data Model\n\n```mermaid\nerDiagram\n  GOLFER {\n    uuid id PK\n    uuid course_id FK\n"
             "    string first_name\n    string email\n    timestamp archived_at\n  }\n```\n")
    draft, fields = read(root, {"openspec/changes/add-golfer-auth/design.md": design,
                                "openspec/changes/add-golfer-auth/proposal.md": proposal, "docs/data-model.md": model}, "golfer")
    assert draft.spec["name"] == "golfer" and list(fields) == ["course_id", "first_name", "email", "archived_at"]


def test_prisma_db_date_a_bracketed_length_and_an_index_named_with_its_table(root: Path) -> None:
    """`date DateTime @db.Date` keeps the day only (date); `| title | TEXT | NOT NULL | Task title (1-200) |` is a
    length; "`idx_tasks_completed` on `tasks.completed`" indexes completed; "defaults are handled by the backend" is
    no default value."""
    prisma = ("# Schema\n\n```prisma\nmodel Appointment {\n  id    String   @id @default(uuid())\n"
              "  date  DateTime @db.Date\n  note  String?\n}\n```\n")
    _draft, fields = read(root / "a", {"specs/database/schema.md": prisma}, "appointment")
    assert fields["date"]["type"] == "date"
    schema = ("# Schema\n\n### tasks\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
              "| id | INTEGER | PRIMARY KEY | Task ID |\n| title | TEXT | NOT NULL | Task title (1-200) |\n"
              "| priority | TEXT | | high, medium, low |\n| completed | BOOLEAN | DEFAULT FALSE | Completion status |\n\n"
              "## Indexes\n- `idx_tasks_completed` on `tasks.completed` (for status filtering)\n")
    feature = "# Task CRUD\n\n- **Validation**: Title is required; Priority defaults are handled by the backend.\n"
    _draft, fields = read(root / "b", {"specs/database/schema.md": schema, "specs/features/task-crud.md": feature}, "task")
    assert (fields["title"]["min_length"], fields["title"]["max_length"]) == (1, 200)
    assert fields["completed"]["index"] is True and fields["priority"].get("default") is None


def test_enums_said_beside_the_column_and_a_reference_typed_by_an_entity(root: Path) -> None:
    """"Enum (Low, Medium, High; Default: Medium)" lists three values; `| status | Enum |` with "**Enums**: - \\`status\\`:
    \\`PLANNED\\`, ..." in its own section; `## Position` "Enum de dominio: \\`GOALKEEPER\\`, \\`DEFENDER\\` y \\`FORWARD\\`."; `| team
    | Team | referencia a TeamSQL mediante @ManyToOne |` holds Team's key (it had blocked the draft); a "derivado" value
    is no column."""
    model = ("# Modelo\n\n## Position\n\nEnum de dominio persistido como texto: `GOALKEEPER`, `DEFENDER` y `FORWARD`.\n\n"
             "## Team\n\n| Campo | Tipo | Reglas |\n|---|---|---|\n| `id` | `Long` | Identificador |\n| `name` | `String` | Requerido |\n\n"
             "## Player\n\n| Campo | Tipo | Reglas |\n|---|---|---|\n| `id` | `Long` | Identificador |\n"
             "| `name` | `String` | Requerido |\n| `position` | `Position` | Requerida |\n"
             "| `team` | `Team` | Requerido; referencia a `TeamSQL` mediante `@ManyToOne`. |\n"
             "| `league` | `League` | Valor derivado desde `team.league`. |\n"
             "| `status` | Enum | Estado |\n\n**Enums**:\n- `status`: `ACTIVE`, `INJURED`, `RETIRED`\n")
    draft, fields = read(root, {"specs/002-players/data-model.md": model}, "player")
    assert draft.valid, draft.blocking
    assert fields["position"]["enum_values"] == ["GOALKEEPER", "DEFENDER", "FORWARD"]
    assert fields["team"]["type"] == "int" and "league" not in fields
    assert fields["status"]["enum_values"] == ["ACTIVE", "INJURED", "RETIRED"]


def test_bold_code_named_tables_arrow_lines_requirement_codes_and_rules_only_tables(root: Path) -> None:
    """`**\\`users\\`**` and `**\\`offers\\`**` over their tables are two tables (not one in parts); `playlists → id, user_id,
    mood_text, tracks (JSONB)` lines under "## Tablas" are tables; "- RF01: ..." is a requirement, no column; a `| Field
    | Rules |` table under `## Article` lists the article's columns."""
    tables = ("# Database Schema\n\n**`users`**\n| Column | Type | Notes |\n|---|---|---|\n| `id` | UUID | PK |\n"
              "| `email` | TEXT | Unique |\n\n**`offers`**\n| Column | Type | Notes |\n|---|---|---|\n| `id` | UUID | PK |\n"
              "| `store` | TEXT | name |\n| `headline` | TEXT | title |\n")
    draft, fields = read(root / "a", {"specs/database.md": tables}, "offer")
    assert draft.spec["name"] == "offer" and list(fields) == ["store", "headline"]
    arrows = ("# Esquema BD\n\n## Tablas\nusers            → id, email, created_at\n"
              "playlists        → id, user_id, mood_text, intention (expresar|superar), tracks (JSONB), created_at\n")
    ddp = "# Proyecto\n\n## Requisitos funcionales\n- RF01: Autenticación (login/registro)\n- RF03: Captura de mood\n"
    draft, fields = read(root / "b", {"specs/db-schema.md": arrows, "specs/DDP.md": ddp}, "playlist")
    assert draft.spec["name"] == "playlist" and list(fields) == ["mood_text", "intention", "tracks"]
    assert fields["tracks"]["type"] == "json" and fields["intention"]["enum_values"] == ["expresar", "superar"]
    rules = ("# Data Model\n\n## Article\n\n| Field | Rules |\n|---|---|\n| id | Stable identifier |\n"
             "| title | Required, non-blank |\n| slug | Required and unique |\n| tags | Zero or more Tag values |\n")
    draft, fields = read(root / "c", {"specs/002-articles/data-model.md": rules}, "002-articles")
    assert draft.spec["name"] == "article" and list(fields) == ["title", "slug", "tags"]


def test_a_dynamodb_table_under_its_index_bullets(root: Path) -> None:
    """`### Table: \\`coquito-requests\\`` then **Global Secondary Index: ...** over key bullets, then the attribute table:
    the coquito_requests table (hyphens made snake), no column indexed for it; `| reminders | List | List of reminder
    objects |` holds objects (json; it had blocked the draft)."""
    model = ("# Data Model\n\n### Table: `coquito-requests`\n\n**Global Secondary Index: `RequesterEmailIndex`**\n"
             "- Partition key: `requesterEmail` (String)\n- Sort key: `pickupDate` (String)\n\n"
             "| Attribute | Type | Required | Description |\n|---|---|---|---|\n| `requestId` | String | ✅ | UUID v4, primary key |\n"
             "| `requesterEmail` | String | ✅ | email |\n| `pickupDate` | String | ✅ | date |\n"
             "| `reminders` | List | ✅ | List of reminder objects (see below) |\n\n"
             "### Table: `coquito-batches`\n\n| Attribute | Type | Required | Description |\n|---|---|---|---|\n"
             "| `batchId` | String | ✅ | key |\n| `name` | String | ✅ | name |\n")
    draft, fields = read(root, {"specs/001-coquito/data-model.md": model}, "coquito_request")
    assert draft.valid, draft.blocking
    assert draft.spec["name"] == "coquito_request" and fields["reminders"]["type"] == "json"
    assert not any(f["index"] for f in fields.values())


def test_a_zod_model_over_an_er_drawing_and_its_nested_arrays(root: Path) -> None:
    """`## 7. Job Target Entity (Main)` over `export const JobTargetSchema = z.object({...})` beside a mermaid drawing of
    a few of its columns (`BoardState`, `JobTarget`): the zod schema is the definition; a nested `z.array(z.object({
    ...})).default([])` is one json field with its default (its members are no fields of their own); `ColumnIdSchema`,
    a `z.enum([...])` over several lines, closes `columnId`."""
    model = ("# Data Model\n\n## 1. Enums\n\n```typescript\nexport const ColumnIdSchema = z.enum([\n  'targets-identified',\n"
             "  'warm-up-phase'\n]);\n```\n\n## 7. Job Target Entity (Main)\n\n```typescript\nimport { z } from 'zod';\n\n"
             "export const JobTargetSchema = z.object({\n  id: z.string(),\n  company: z.string().min(1).max(100),\n"
             "  columnId: ColumnIdSchema,\n  keyPeople: z.array(z.object({\n    name: z.string().max(100),\n"
             "    role: z.string().optional()\n  })).default([]),\n  notes: z.string().max(5000).optional(),\n"
             "  createdAt: z.string().datetime()\n});\n```\n\n## 8. Board State Entity\n\n```typescript\n"
             "export const BoardStateSchema = z.object({\n  jobTargets: z.array(JobTargetSchema),\n  lastUpdated: z.string()\n});\n```\n\n"
             "## Relationships\n\n```mermaid\nerDiagram\n    BoardState ||--o{ JobTarget : contains\n    BoardState {\n"
             "        array jobTargets\n        datetime lastUpdated\n    }\n    JobTarget {\n        string id PK\n"
             "        string company\n    }\n```\n")
    draft, fields = read(root, {"specs/001-kanban-board/data-model.md": model}, "001-kanban-board")
    assert draft.spec["name"] == "job_target"
    assert list(fields) == ["company", "column_id", "key_people", "notes"]
    assert fields["key_people"]["type"] == "json" and fields["key_people"]["default"] == []
    assert fields["key_people"]["required"] is False
    assert fields["column_id"]["enum_values"] == ["targets-identified", "warm-up-phase"]


def test_php_domain_classes(root: Path) -> None:
    """`class CustomerMaterial { private string $customerId; private Posnr $posnr; private ?Money $price; private bool
    $isAvailable; private \\DateTimeImmutable $lastSyncedAt; }`: the properties as columns (a `?` may be null; `Money`
    an amount; `Posnr` a value object named like its property, a string); another class is left out with a note."""
    model = ("# Data Model\n\n### CustomerMaterial (Aggregate Root)\n\n```php\nclass CustomerMaterial\n{\n    private Uuid $id;\n"
             "    private string $customerId;         // FK to customers\n    private Posnr $posnr;\n    private ?Money $price;\n"
             "    private bool $isAvailable = true;\n    private \\DateTimeImmutable $lastSyncedAt;\n    private Customer $customer;\n"
             "    private \\DateTimeImmutable $createdAt;\n}\n```\n\n### Posnr\n\n```php\nfinal class Posnr\n{\n"
             "    private string $value;\n}\n```\n")
    draft, fields = read(root, {"specs/002-pricing/data-model.md": model}, "customer_material")
    assert list(fields) == ["customer_id", "posnr", "price", "is_available", "last_synced_at"]
    assert fields["price"]["type"] == "decimal" and fields["price"]["required"] is False
    assert fields["is_available"]["default"] is True and fields["customer_id"]["required"] is True
    assert fields["last_synced_at"]["type"] == "datetime" and fields["posnr"]["type"] == "str"
    assert any("customer" in d and "left out" in d for d in draft.diagnostics)


def test_sqlite_text_dates_and_a_case_folded_unique_index(root: Path) -> None:
    """`join_date TEXT NOT NULL` (SQLite keeps dates as text) is a date; `CREATE UNIQUE INDEX ... ON members
    (LOWER(email))` is email's own index (and unique); `ON t (lower(a), lower(b))` stays composite; a TEXT's UNIQUE,
    which FeatureSpec cannot keep, is said."""
    ddl = ("# Data model\n\n```sql\nCREATE TABLE members (\n  id INTEGER PRIMARY KEY,\n  email VARCHAR(254) NOT NULL,\n"
           "  full_name TEXT NOT NULL,\n  join_date TEXT NOT NULL,\n  note TEXT,\n  handle TEXT UNIQUE\n);\n"
           "CREATE UNIQUE INDEX idx_members_email_ci ON members (LOWER(email));\n"
           "CREATE INDEX idx_members_name ON members (lower(full_name), lower(note));\n```\n")
    draft, fields = read(root, {"docs/tech_spec/02-data-model.md": ddl}, "member")
    assert fields["join_date"]["type"] == "date" and fields["note"]["type"] == "text"
    assert fields["email"]["index"] is True and fields["email"]["unique"] is True
    assert fields["full_name"]["index"] is False
    assert any(d.startswith("handle: unique") for d in draft.diagnostics)  # (a text's UNIQUE, said, not silently lost)


def test_a_bulleted_column_of_a_parameterised_type_we_do_not_know_blocks_instead_of_vanishing(root: Path) -> None:
    """`- \\`geom\\` (geography(Point,4326), GIST index)` among typed bullets had vanished without a word: it is kept and
    the draft asks for its type, as for any type it does not know; `- \\`price\\` (decimal(10,2))` is a decimal."""
    model = ("# Data Model\n\n## 1. Billboard\n\n주요 필드:\n- `id` (PK, bigint)\n- `company_name` (varchar)\n"
             "- `price` (decimal(10,2))\n- `geom` (geography(Point,4326), GIST index)\n- `created_at` (timestamp)\n")
    draft = operations.read_spec(str(write(root, {"specs/001-billboards/data-model.md": model})), "001-billboards")
    assert any(b.startswith("geom: type 'geography(Point,4326)'") for b in draft.blocking)
    assert {f["name"]: f["type"] for f in draft.spec["fields"]}["price"] == "decimal"


# Round 81's forms ----------------------------------------------------------------------------------------------------------

def test_a_block_of_tables_over_indented_columns_and_a_default_that_types_a_name(root: Path) -> None:
    """`uptime_checks` over indented, comma-separated columns in a plain block (`kind ('http'|'dns')`, `regions
    text[]`): the table; `regions text[]` is a list of strings; "`expected_status` (default 200)" makes the untyped
    name an int."""
    model = ("# Data model\n\n## Uptime\n\n```\nuptime_checks\n  project_id, name, kind ('http'|'https'|'dns'),\n"
             "  target, interval_seconds, timeout_ms, expected_status,\n  regions text[], is_enabled\n\n"
             "incidents\n  check_id → uptime_checks,\n  started_at, resolved_at nullable, summary\n```\n")
    feature = "# Uptime\n\n## Config\n\nPer check: `timeout_ms` (default 5000), `expected_status` (default 200).\n"
    _draft, fields = read(root, {"docs/specs/data-model.md": model, "docs/specs/uptime.md": feature}, "uptime_check")
    assert list(fields) == ["project_id", "name", "kind", "target", "interval_seconds", "timeout_ms", "expected_status",
                            "regions", "is_enabled"]
    assert fields["kind"]["enum_values"] == ["http", "https", "dns"] and fields["regions"]["type"] == "list[str]"
    assert fields["expected_status"]["type"] == "int" and fields["expected_status"]["default"] == 200


def test_name_lists_with_notes_a_list_then_more_columns_and_a_heading_with_no_ascii_name(root: Path) -> None:
    """`- id, tenantId (FK), userId (FK nullable), promoId (FK nullable)` lists columns with notes; `- deliveryType:
    PICKUP | DELIVERY, deliveryAddress` a closed list and then another column; a table under `## 注文` (no ASCII
    name) takes the name of the feature asked for."""
    model = ("# Prisma Schema\n\n## Models\n\n### Order\n- id, tenantId (FK), userId (FK nullable), promoId (FK nullable)\n"
             "- orderNumber (unique), customerName, customerPhone\n- deliveryType: PICKUP | DELIVERY, deliveryAddress\n"
             "- subtotal, discountAmount, total\n")
    _draft, fields = read(root / "a", {"docs/prisma-schema.md": model}, "order")
    assert list(fields)[:5] == ["tenant_id", "promo_id", "order_number", "customer_name", "customer_phone"]
    assert fields["order_number"]["unique"] is True and fields["promo_id"]["required"] is False
    assert fields["delivery_type"]["enum_values"] == ["PICKUP", "DELIVERY"] and "delivery_address" in fields
    japanese = ("# データモデル案\n\n## 注文\n\n| column | type | required | note |\n|---|---|---|---|\n"
                "| order_id | string | yes | 注文番号 |\n| ordered_at | datetime | yes | 注文日時 |\n| total_amount | number | yes | 注文金額 |\n")
    draft, fields = read(root / "b", {"specs/data_model.md": japanese}, "order")
    assert draft.spec["name"] == "order" and "total_amount" in fields


def test_field_tables_in_parts_under_an_x_entity_heading(root: Path) -> None:
    """`### ShoppingList Entity` over `#### Fields (Direct)`, `#### Fields (Inherited from BaseEntity)` and `#### Fields
    (Inherited from BaseAuditableEntity)`: one entity's columns in three tables (not an entity named `Direct`)."""
    model = ("# Data Model\n\n### ShoppingList Entity\n\n#### Fields (Direct)\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| `Name` | string | Required, Max 200 chars |\n| `Description` | string? | Optional |\n\n"
             "#### Fields (Inherited from BaseEntity)\n\n| Field | Type | Constraints |\n|---|---|---|\n| `Id` | Guid | PK |\n"
             "| `CreatedAt` | DateTime | Required |\n| `IsDeleted` | bool | Required, Default: false |\n\n"
             "#### Fields (Inherited from BaseAuditableEntity)\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| `CreatedBy` | Guid? | Optional |\n| `UpdatedBy` | Guid? | Optional |\n")
    draft, fields = read(root, {"specs/003-shopping-lists/data-model.md": model}, "003-shopping-lists")
    assert draft.spec["name"] == "shopping_list"
    assert list(fields) == ["name", "description", "is_deleted", "created_by", "updated_by"]


def test_another_tables_check_list_that_lacks_the_columns_default_is_not_its_values(root: Path) -> None:
    """`event.status TEXT NOT NULL DEFAULT 'draft'` and the rsvp table's `status ... CHECK (status IN ('invited',
    'going'))` in the same file: the rsvp's values, which lack 'draft', are not the event's (the draft had been refused:
    its default was no value of the list)."""
    ddl = ("# Schema\n\n```sql\nCREATE TABLE event (\n  id UUID PRIMARY KEY,\n  title TEXT NOT NULL,\n"
           "  status TEXT NOT NULL DEFAULT 'draft'\n);\n\nCREATE TABLE rsvp (\n  id UUID PRIMARY KEY,\n"
           "  event_id UUID NOT NULL REFERENCES event(id),\n  status TEXT NOT NULL CHECK (status IN ('invited','going','declined'))\n);\n```\n")
    draft, fields = read(root, {"docs/design/detail/schema.md": ddl}, "event")
    assert draft.valid, draft.blocking
    assert fields["status"]["type"] == "text" and fields["status"]["default"] == "draft"


def test_a_slashed_date_format_in_an_entity_line_is_no_closed_list(root: Path) -> None:
    """`due_date (YYYY/MM/DD)` is a format, `status (Open/Closed)` a closed list."""
    model = "# Schema\n\n- **bookings**: user_id, due_date (YYYY/MM/DD), status (Open/Closed), note, created_at\n"
    _draft, fields = read(root, {"specs/schema.md": model}, "booking")
    assert fields["due_date"]["type"] == "date" and fields["status"]["enum_values"] == ["Open", "Closed"]


def test_a_name_list_whose_values_are_a_flow_or_carry_remarks(root: Path) -> None:
    """`- status: WAITING_PAYMENT → PAID_MANUAL → COMPLETED | CANCELLED` lists the states (closed); `- paymentMethod:
    QRIS_STATIC (Phase 1) | QRIS_DYNAMIC (Phase 3)` its values without their remarks."""
    model = ("# Prisma Schema\n\n### Order\n- id, tenantId (FK), promoId (FK nullable)\n- orderNumber (unique), customerName\n"
             "- status: WAITING_PAYMENT → PAID_MANUAL → COMPLETED | CANCELLED\n"
             "- paymentMethod: QRIS_STATIC (Phase 1) | QRIS_DYNAMIC (Phase 3)\n- paidAt: timestamp konfirmasi bayar\n")
    _draft, fields = read(root, {"docs/prisma-schema.md": model}, "order")
    assert fields["status"]["enum_values"] == ["WAITING_PAYMENT", "PAID_MANUAL", "COMPLETED", "CANCELLED"]
    assert fields["payment_method"]["enum_values"] == ["QRIS_STATIC", "QRIS_DYNAMIC"]


# A module contract that lists a dataclass's members, numbered -------------------------------------------------------

MODULE_CONTRACT = """# Reading

Stored in the `readings` table.

## Contract

### `Reading(sensor_id, value, ...)`

**Guarantees:**
1. `sensor_id: int` — FK to `sensors.id`.
2. `value: float` — the measured value.
3. `low_alarm: float`, `high_alarm: float` —
   the thresholds of the alarm.
4. `kind: ReadingKind` — enum: `TEMP`, `HUM.REL`, `CO2`.
5. `extra: dict` — free-form, `field(default_factory=dict)`.
6. `id: int | None` — set by the repository after INSERT.

## Direct dependencies

| Module | Symbols | Use |
|--------|---------|-----|
| `sqlite3` | `connect`, `Row`, `OperationalError` | everything |
| `json` | `dumps`, `loads` | the extra column |
"""


def test_a_module_contracts_numbered_python_members(root: Path) -> None:
    """`1. \\`sensor_id: int\\` — ...` up to `\\`id: int | None\\``: Python members, the ones typed without None given
    (required), two on one line both kept, an enum whose values follow its type's name, a `default_factory=dict`
    empty by default; the table of imported modules is no table of columns."""
    draft, fields = read(root, {"specs/reading.md": MODULE_CONTRACT}, "reading")
    assert draft.spec["name"] == "reading"
    assert list(fields) == ["sensor_id", "value", "low_alarm", "high_alarm", "kind", "extra"]
    assert [fields[n]["required"] for n in fields] == [True] * 5 + [False]
    assert fields["low_alarm"]["type"] == fields["high_alarm"]["type"] == "float"
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["TEMP", "HUM.REL", "CO2"]
    assert fields["extra"]["type"] == "json" and fields["extra"]["default"] == {}


# A SharePoint list, each column named twice ---------------------------------------------------------------------------

LIST_COLUMNS = """# Data model

## Jobs

| App field | Column | Type | Notes |
| --- | --- | --- | --- |
| `id` | `JobID` | Text | UUID |
| `printerId` | `PrinterID` | Text | The printer's UUID |
| `title` | `Title` | Text | |
| `notes` | `Notes` | Multi-line text, **plain** | The requester's note |
| `status` | `Status` | Choice | `Not started` / `In progress` / `Complete` |
| `urgent` | `Urgent` | Yes/No | |
| `quantity` | `Quantity` | Number | Defaults to 1 |
| `dueDate` | `DueDate` | Date and Time | |
"""


def test_a_sharepoint_list_named_by_its_app_fields(root: Path) -> None:
    """`| App field | Column | Type |`: the names the app sends (its `id` the key, not a `job_id` column); SharePoint's
    types: 'Text' beside 'Multi-line text' a short string, the latter long text, a Choice's values split at ` / `,
    Yes/No a boolean."""
    _draft, fields = read(root, {"docs/data-model.md": LIST_COLUMNS}, "job")
    assert list(fields) == ["printer_id", "title", "notes", "status", "urgent", "quantity", "due_date"]
    assert fields["printer_id"].get("json_key") in (None, "printerId")
    assert [fields[n]["type"] for n in ("printer_id", "title", "notes", "urgent")] == ["str", "str", "text", "bool"]
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["Not started", "In progress", "Complete"]


# Words of a prose data model that had been misread --------------------------------------------------------------------

PROSE_MODEL = """# Data Model

## Entities

### Payment

- **Fields**:
  - `id`: Stable identifier.
  - `amount`: Monetary value of the payment (non-negative).
  - `currency`: Currency code or symbol associated with the amount.
  - `payee`: Who receives the money.
  - `memo`: Optional free-text note.
"""

PROSE_SPEC = """# Feature Specification: Payment log

## Requirements

- **FR-001**: The system MUST allow a person to record a payment with amount, currency, payee, and optional
  memo.
- **FR-002**: The payee is required.
"""


def test_a_prose_models_hyphenated_word_code_and_a_listed_optional(root: Path) -> None:
    """'(non-negative)' is no formula (the amount is not derived, so not set by the application); a 'Currency code or
    symbol associated with the amount' is a string; 'with amount, currency, payee, and optional memo' makes the memo
    optional, not the payee."""
    draft, fields = read(root, {"specs/001-payment-log/data-model.md": PROSE_MODEL,
                                "specs/001-payment-log/spec.md": PROSE_SPEC}, "payment")
    assert not any("set by the application" in d for d in draft.diagnostics)
    assert fields["amount"]["type"] == "decimal" and fields["currency"]["type"] == "str"
    assert fields["payee"]["required"] is True and fields["memo"]["required"] is False


CHINESE_TABLE = """# 数据模型

## Clip

| 字段 | 类型 | 必填 | 说明 |
|------|------|------|------|
| `title` | string | 是 | 标题 |
| `platform` | string | 是 | 来源平台，如 "tiktok", "youtube", "instagram" |
| `summary` | string | 否 | 摘要，默认为空字符串 |
| `labels` | []string | 否 | 标签，默认为空数组 |
"""


def test_chinese_examples_and_empty_defaults(root: Path) -> None:
    """'如 "tiktok", "youtube"' gives examples (an open list, no enum); '默认为空字符串' / '默认为空数组' default to an
    empty string and an empty list."""
    _draft, fields = read(root, {"specs/data-model.md": CHINESE_TABLE}, "clip")
    assert fields["platform"]["type"] == "str" and not fields["platform"].get("enum_values")
    assert fields["summary"]["default"] == "" and fields["labels"]["default"] == []


def test_a_named_primary_key_constraint_and_a_single_literal_type(root: Path) -> None:
    """`CONSTRAINT pk_daily_visit PRIMARY KEY (visit_id)` after the columns makes visit_id the key (left out, not a column);
    a TypeScript member typed by one literal (`kind: 'visit'`) is a one-value enum, no unknown type."""
    ddl = ("# DDL\n\n```sql\nCREATE TABLE daily_visit (\n  visit_id INT NOT NULL AUTO_INCREMENT,\n  place VARCHAR(80) NOT NULL,\n"
           "  CONSTRAINT pk_daily_visit PRIMARY KEY (visit_id)\n) ENGINE=InnoDB;\n```\n")
    _draft, fields = read(root, {"docs/DDL.md": ddl}, "daily_visit")
    assert list(fields) == ["place"]
    model = "# Data Model\n\n```typescript\ninterface Visit {\n  kind: 'visit';\n  place: string;\n  note?: string;\n}\n```\n"
    draft, fields = read(root, {"specs/001-visits/data-model.md": model}, "visit")
    assert draft.valid, draft.blocking
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["visit"]


def test_all_tables_have_an_id_uuid_written_in_one_span(root: Path) -> None:
    """"All tables have `id uuid pk default gen_random_uuid()`": a reference named `project_id` holds a uuid."""
    model = ("# Data model\n\nPostgres schema. All tables have `id uuid pk default gen_random_uuid()`,\n"
             "`created_at timestamptz default now()`.\n\n## Monitors\n\n```\nmonitors\n  project_id, name, target, "
             "interval_seconds, is_enabled\n```\n")
    _draft, fields = read(root, {"docs/specs/data-model.md": model}, "monitor")
    assert fields["project_id"]["type"] == "uuid" and fields["name"]["type"] == "str"


PRISMA_LIKE_TABLES = """# Modelo de Dados

### User

| Campo | Tipo | Descrição |
|---|---|---|
| id | UUID | PK |
| name | String | Nome completo |
| phone | String? | Telefone opcional |
| birthDate | DateTime? | Data de nascimento |

### Invoice

| Campo | Tipo | Descrição |
|---|---|---|
| id | UUID | PK |
| number | String (unique) | Número da nota |
| total | Decimal(10,2) | Valor em reais |
| dueDate | DateTime | Vencimento |
"""


def test_a_question_mark_in_one_table_marks_the_others_columns_too(root: Path) -> None:
    """Prisma-like types where the User table marks `String?`: the Invoice table, which has none, is NOT NULL
    throughout (the document's convention, not silence)."""
    _draft, fields = read(root, {"docs/design/data-model.md": PRISMA_LIKE_TABLES}, "invoice")
    assert [fields[n]["required"] for n in ("number", "total", "due_date")] == [True, True, True]


# The entity the others refer to, not the log of their changes ---------------------------------------------------------

CLUB_MODEL = """# Data Model: Club admin — Initial MVP

## Member

| Field | Type | Rules |
|-------|------|-------|
| Id | Guid | PK |
| Name | string (≤255) | Required |
| Email | string? | Optional |
| JoinDate | DateTime | Required |
| Status | MemberStatus enum {Active, Inactive} | Default Active on create |
| IsDeleted / DeletedAt / DeletedBy | soft-delete | Set only on archival |

## Fee

| Field | Type | Rules |
|-------|------|-------|
| Id | Guid | PK |
| MemberId | Guid | FK → Member, required |
| Amount | decimal | Required |
| DueDate | DateTime | Required |

## Payment

| Field | Type | Rules |
|-------|------|-------|
| Id | Guid | PK |
| MemberId | Guid | FK → Member, required |
| Amount | decimal | Required |
| PaidAt | DateTime | Required |

## Attendance

| Field | Type | Rules |
|-------|------|-------|
| Id | Guid | PK |
| MemberId | Guid | FK → Member |
| Date | DateTime | Required |
| Present | bool | Required |

## AuditTrailEntry

| Field | Type | Rules |
|-------|------|-------|
| Id | Guid | PK |
| EntityType | string | e.g. "Member" |
| EntityId | Guid | — |
| Action | enum {Create, Update, Delete} | — |
| OldValue | string? | JSON snapshot |
| NewValue | string? | JSON snapshot |
| UserId | string | Fixed "system" in MVP |
| Timestamp | DateTime | — |
"""


def test_the_entity_the_others_refer_to_not_the_audit_trail(root: Path) -> None:
    """A feature named `001-initial-mvp` names no entity: the Member every other table refers to is the one, not the
    AuditTrailEntry (a log of others' changes, though it has a UserId); `soft-delete` types its columns by their names
    and `enum {Active, Inactive}` lists the values in braces."""
    draft, fields = read(root, {"specs/001-initial-mvp/data-model.md": CLUB_MODEL}, "initial-mvp")
    assert draft.spec["name"] == "member", draft.diagnostics
    assert fields["status"]["enum_values"] == ["Active", "Inactive"]
    assert [fields[n]["type"] for n in ("is_deleted", "deleted_at", "deleted_by")] == ["bool", "datetime", "str"]


# A hackathon schema's values said beside the column, and a label over the columns ------------------------------------

def test_values_in_a_model_comment_a_rule_line_and_a_fields_label(root: Path) -> None:
    """`status: str = Field(default="pending")  # pending, in_progress, completed` lists the values; a feature rule
    `- Status: open|done` closes a VARCHAR column whose default is among them; "**Fields Description**:" over
    `- \\`description\\`: ...` bullets lists the columns, not the description's values."""
    model = ("# Database Schema\n\n### Task Model\n```python\nclass Task(SQLModel, table=True):\n"
             "    id: int = Field(default=None, primary_key=True)\n    title: str\n"
             "    priority: str = Field(default=\"medium\")  # low, medium, high, urgent\n"
             "    stage: str = Field(default=\"todo\")\n```\n")
    rules = "# Task CRUD\n\n## Rules\n- Title required.\n- Stage: todo|doing|done\n"
    _draft, fields = read(root, {"specs/database/schema.md": model, "specs/features/task-crud.md": rules}, "task")
    assert fields["priority"]["enum_values"] == ["low", "medium", "high", "urgent"]
    assert fields["stage"]["type"] == "enum" and fields["stage"]["enum_values"] == ["todo", "doing", "done"]
    ddl = ("# Database Schema\n\n```sql\nCREATE TABLE tasks (\n  id UUID PRIMARY KEY,\n  title VARCHAR(200) NOT NULL,\n"
           "  description TEXT\n);\n```\n\n**Fields Description**:\n- `id`: UUID primary key\n- `title`: Task title\n"
           "- `description`: Task description (text field, optional)\n")
    _draft, fields = read(root, {"specs/database/schema.md": ddl}, "task")
    assert fields["description"]["type"] == "text" and not fields["description"].get("enum_values")


# Types the spec names and never defines -------------------------------------------------------------------------------

def test_types_the_spec_never_defines(root: Path) -> None:
    """Kotlin's `val source: PaymentSource` (a kind of something, defined nowhere) is a string; TypeScript's
    `stage: Stage` with `type Stage = 1 | 2 | 3` a bounded whole number, and `nutrients?: Nutrients` (defined nowhere)
    an optional JSON document (a bag of values; `author: Author` stays a reference); `group: FoodGroup`, defined as a
    union of strings, stays an enum."""
    kotlin = ("# Data Model\n\n```kotlin\ndata class Payment(\n    val id: String,\n    val amountMinor: Long,\n"
              "    val source: PaymentSource,\n    val note: String?\n)\n```\n")
    _draft, fields = read(root, {"specs/data-model.md": kotlin}, "payment")
    assert fields["source"]["type"] == "str" and fields["amount_minor"]["type"] == "int"
    ts = ("# Data Model\n\n```ts\ntype FoodGroup = 'grain' | 'fruit';\ntype Stage = 1 | 2 | 3;\n\ninterface Food {\n"
          "  id: string;\n  name: string;\n  group: FoodGroup;\n  stage: Stage;\n  nutrients?: Nutrients;  // per 100 g\n}\n```\n")
    _draft, fields = read(root, {"specs/data-model.md": ts}, "food")
    assert (fields["stage"]["type"], fields["stage"]["ge"], fields["stage"]["le"]) == ("int", 1, 3)
    assert fields["nutrients"]["type"] == "json" and fields["nutrients"]["required"] is False
    assert fields["group"]["enum_values"] == ["grain", "fruit"]


def test_a_block_of_comments_under_a_column_lists_its_values(root: Path) -> None:
    """`kind VARCHAR(32) NOT NULL DEFAULT 'note',` then `-- Values:` and `-- 'note' | 'quiz' |` / `-- 'drill'` before
    a blank line: the column's values, over several comment lines; the next column's comment block (`-- Step N: ...
    >= 14 days`) says no bound of it, and an array of sequences is no list of strings."""
    ddl = ("# Database\n\n```sql\nCREATE TABLE cards (\n    id UUID PRIMARY KEY,\n\n    front TEXT NOT NULL,\n"
           "    -- The question shown to the user.\n\n    kind VARCHAR(32) NOT NULL DEFAULT 'note',\n"
           "    -- Interaction type.\n    -- Values:\n    -- 'note' | 'quiz' |\n    -- 'drill'\n\n"
           "    step INT NOT NULL DEFAULT 0,\n    -- Unlock order.\n    -- Step N: unlocks when all step N-1 cards have S >= 14 days.\n\n"
           "    answers JSONB NOT NULL DEFAULT '[]',\n    -- Array of valid answer sequences.\n"
           "    -- Each sequence is an ordered array of strings.\n);\n```\n")
    draft, fields = read(root, {"specs/database.md": ddl}, "card")
    assert draft.valid, draft.blocking
    assert fields["kind"]["type"] == "enum" and fields["kind"]["enum_values"] == ["note", "quiz", "drill"]
    assert fields["step"].get("ge") is None and fields["answers"]["type"] == "json"


PSEUDO_ORDER = """# Data Model

**Entity Definition**:
```
Address {
  line1: string (street)
  city: string
}
```

```
Order {
  orderId: string (UUID)
  billingAddress: Address (copy from the checkout session)
  items: CartItem[] (snapshot of the cart at checkout time)
  processedAt: ISO8601DateTime | null (when payment was processed)
  note: string (optional)
  status: enum (
    'pending' = payment submitted
    'completed' = payment approved
    'failed' = payment declined
  )
}
```
"""


def test_pseudo_code_members_typed_after_the_colon(root: Path) -> None:
    """In pseudo-code blocks the type is the token after the colon, not a word of the note ('checkout time' is no
    time): an Address the spec defines and an array of CartItem are JSON, `ISO8601DateTime | null` an optional
    timestamp; `enum (` over one quoted value per line closes the list."""
    _draft, fields = read(root, {"specs/data-model.md": PSEUDO_ORDER}, "order")
    assert fields["billing_address"]["type"] == "json" and fields["items"]["type"] == "json"
    assert fields["processed_at"]["type"] == "datetime" and fields["processed_at"]["required"] is False
    assert fields["note"]["required"] is False
    assert fields["status"]["enum_values"] == ["pending", "completed", "failed"]


def test_an_inline_create_request_body_says_what_a_client_must_send(root: Path) -> None:
    """`post: /expenses` with its body written in place (`required: [amount, date, categoryId]`) is the create
    request: where the data model says nothing of presence, those three are required and the column it leaves out
    (`note`) is optional."""
    model = ("# Data Model\n\n### Expense\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | cuid | Primary key |\n"
             "| amount | Decimal | must be > 0 |\n| date | DateTime | UTC midnight |\n| categoryId | String | FK → Category |\n"
             "| note | String | free text |\n")
    contract = ("openapi: 3.0.3\ninfo:\n  title: Expenses\n  version: 1.0.0\npaths:\n  /expenses:\n    post:\n"
                "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n"
                "              type: object\n              required: [amount, date, categoryId]\n              properties:\n"
                "                amount:\n                  type: number\n                date:\n                  type: string\n"
                "                  format: date\n                categoryId:\n                  type: string\n"
                "                note:\n                  type: string\n      responses:\n        '201':\n"
                "          description: created\n")
    _draft, fields = read(root, {"specs/001-core/data-model.md": model, "specs/001-core/contracts/openapi.yaml": contract},
                          "001-core")
    assert [fields[n]["required"] for n in ("amount", "date", "category_id", "note")] == [True, True, True, False]


def test_a_numbered_entity_of_two_names_over_its_column_spans(root: Path) -> None:
    """`4. **Job / Content**:` over bullets of code spans (`platform` (instagram, facebook, tiktok), `format` (feed,
    reel, story, text)): the Job's columns, the lists its values though one value is a type's word."""
    model = ("# Database Schema\n\n## Entidades Principais\n1. **Client**: `id`, `name`, `email`, `phone`.\n"
             "2. **Job / Content**:\n   - `id`, `clientId`, `title`, `platform` (instagram, facebook, tiktok), "
             "`format` (feed, reel, story, text).\n   - `caption`, `scheduledDate`.\n")
    draft, fields = read(root, {"specs/database.md": model}, "job")
    assert draft.spec["name"] == "job"
    assert list(fields) == ["client_id", "title", "platform", "format", "caption", "scheduled_date"]
    assert fields["format"]["enum_values"] == ["feed", "reel", "story", "text"]


def test_a_prose_model_in_docs_and_the_supabase_migration_it_points_to(root: Path) -> None:
    """`docs/datenmodell.md` lists a table's fields by name only and says the SQL is in the Supabase migrations:
    `supabase/migrations/*.sql` is read with it, and types the columns (numeric, uuid, NOT NULL, a default)."""
    prose = ("# Datenmodell\n\nDie konkreten SQL-Definitionen liegen in den Supabase-Migrationen.\n\n## Projekt\n\n"
             "Felder:\n\n- `id`\n- `customer_id`\n- `name`\n- `hourly_budget`\n- `color`\n")
    sql = ("create table public.projects (\n  id uuid primary key default gen_random_uuid(),\n"
           "  customer_id uuid not null references public.customers(id),\n  name text not null,\n"
           "  hourly_budget numeric(10,2),\n  color text not null default '#2498ac'\n);\n")
    _draft, fields = read(root, {"docs/datenmodell.md": prose, "supabase/migrations/20260611_initial_schema.sql": sql}, "project")
    assert fields["customer_id"]["type"] == "uuid" and fields["customer_id"]["required"] is True
    assert fields["hourly_budget"]["type"] == "decimal" and fields["color"]["default"] == "#2498ac"


def test_a_thousands_separator_before_a_japanese_unit(root: Path) -> None:
    """`CHECK(1文字以上、300,000文字以下)`: at most 300000 characters (the comma groups thousands, though a CJK word
    follows the digits with no break between)."""
    sheet = ("# article\n\n|論理名|物理名|データ型|NN|デフォルト|制約|\n|---|---|---|---|---|---|\n"
             "|タイトル|title|TEXT|||CHECK(1文字以上、255文字以下)|\n|本文|content|TEXT|||CHECK(1文字以上、300,000文字以下)|\n")
    _draft, fields = read(root, {"db/tables/article.md": sheet}, "article")
    assert fields["title"]["max_length"] == 255 and fields["content"]["max_length"] == 300000


def test_sqlite_created_updated_and_a_text_uuid(root: Path) -> None:
    """`created DATETIME DEFAULT CURRENT_TIMESTAMP` and `updated ...` are the row's timestamps, which the generated
    backend keeps itself; `guid TEXT UNIQUE NOT NULL | UUIDv4 — stable identifier` holds a uuid."""
    model = ("# Data Model\n\n### assets\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
             "| id | INTEGER | PRIMARY KEY | Row id |\n| guid | TEXT | UNIQUE NOT NULL | UUIDv4 — stable identifier |\n"
             "| name | TEXT | NOT NULL | Asset name |\n| created | DATETIME | DEFAULT CURRENT_TIMESTAMP | Record creation |\n"
             "| updated | DATETIME | DEFAULT CURRENT_TIMESTAMP | Last modification |\n")
    _draft, fields = read(root, {"specs/001-assets/data-model.md": model}, "001-assets")
    assert list(fields) == ["guid", "name"]
    assert fields["guid"]["type"] == "uuid" and fields["guid"]["unique"]
    # (a column the spec sized itself, `VARCHAR(36)`, stays the string it wrote, whatever its notes say it holds)
    sized = model.replace("| guid | TEXT |", "| guid | VARCHAR(36) UNIQUE |").replace("UUIDv4 —", "UUID v4,")
    _draft, fields = read(root / "sized", {"specs/001-assets/data-model.md": sized}, "001-assets")
    assert fields["guid"]["type"] == "str" and fields["guid"]["max_length"] == 36


def test_csharp_value_objects_dictionaries_and_time_zones(root: Path) -> None:
    """`Dictionary<string, object> Metadata = new()` is an empty JSON document by default; `Location? Place` with
    `public record Location(...)` a value object kept as JSON; `TimeZoneInfo TimeZone = TimeZoneInfo.Utc` its id,
    'UTC' by default; `List<Track> Tracks` stays a relation, left out."""
    model = ("# Data Model\n\n```csharp\npublic class Meetup\n{\n    public Guid Id { get; init; }\n"
             "    public string Title { get; set; } = string.Empty;\n    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;\n"
             "    public Location? Place { get; set; }\n    public List<Track> Tracks { get; init; } = new();\n"
             "    public Dictionary<string, object> Metadata { get; init; } = new();\n}\n\n"
             "public record Location(string Venue, string City);\n```\n")
    _draft, fields = read(root, {"specs/001-meetups/data-model.md": model}, "001-meetups")
    assert list(fields) == ["title", "time_zone", "place", "metadata"]
    assert (fields["time_zone"]["type"], fields["time_zone"]["default"]) == ("str", "UTC")
    assert fields["place"]["type"] == "json" and fields["place"]["required"] is False
    assert fields["metadata"]["type"] == "json" and fields["metadata"]["default"] == {}


def test_kotlin_typed_bullets_marked_nullable_elsewhere_in_the_document(root: Path) -> None:
    """`- \\`phone: String?\\`` in one entity's list and `- \\`openingCashMinor: Long\\`` in another's: the document
    marks what may be null, so the unmarked members are required."""
    model = ("# Data Model\n\n### `DailyClosingEntity`\n\n- `id: Long`\n- `openingCashMinor: Long`\n- `note: String`\n\n"
             "### `CustomerEntity`\n\n- `id: Long`\n- `name: String`\n- `phone: String?`\n")
    _draft, fields = read(root, {"docs/architecture/data-model.md": model}, "daily_closing")
    assert fields["opening_cash_minor"]["required"] is True and fields["note"]["required"] is True


def test_a_plain_schema_block_of_several_lowercase_tables(root: Path) -> None:
    """A plain block with `party`, `queue_entry` and `vote` each alone on a line, their columns indented under them:
    three tables, not one (the feature's change name, `add-db-backed-queue`, names none of them)."""
    model = ("# Design\n\n## Schema\n\n```\nparty\n  id            VARCHAR  PK\n  provider_kind VARCHAR  NOT NULL\n\n"
             "queue_entry\n  id          UUID  PK  DEFAULT gen_random_uuid()\n  party_id    VARCHAR  NOT NULL  FK → party(id)\n"
             "  track_uri   VARCHAR  NOT NULL\n  album_name  VARCHAR\n  added_at    TIMESTAMPTZ  NOT NULL  DEFAULT NOW()\n\n"
             "vote\n  id              UUID  PK\n  queue_entry_id  UUID  NOT NULL  FK → queue_entry(id)\n"
             "  device_id       VARCHAR  NOT NULL\n```\n")
    draft, fields = read(root, {"openspec/changes/add-db-backed-queue/design.md": model}, "queue_entry")
    assert draft.spec["name"] == "queue_entry"
    assert list(fields) == ["party_id", "track_uri", "album_name", "added_at"]


def test_a_trigram_index_with_its_operator_class(root: Path) -> None:
    """`CREATE INDEX ... ON stations USING gin (name gin_trgm_ops)`: the name's index (the operator class is no
    second column)."""
    ddl = ("# Database\n\n```sql\nCREATE TABLE stations (\n  id SERIAL PRIMARY KEY,\n  name VARCHAR(100) NOT NULL,\n"
           "  area VARCHAR(50)\n);\nCREATE INDEX idx_stations_name_search ON stations USING gin (name gin_trgm_ops);\n```\n")
    _draft, fields = read(root, {"docs/design/database.md": ddl}, "station")
    assert fields["name"]["index"] and not fields["area"]["index"]


def test_an_ent_schema_in_go(root: Path) -> None:
    """entgo.io's `Fields()`: `field.String("title").MaxLen(120)`, `.Optional().Nillable()` not required,
    `.Default(time.Now)` now, `field.Enum("kind").Values("in", "out")` a closed list, ent's own `id` left out."""
    model = ("# Data model\n\n```go\ntype Entry struct{ ent.Schema }\n\nfunc (Entry) Fields() []ent.Field {\n"
             "    return []ent.Field{\n        field.String(\"id\"),\n        field.String(\"title\").MaxLen(120),\n"
             "        field.Int(\"balance\").Optional().Nillable(),\n        field.Time(\"booked_at\").Default(time.Now),\n"
             "        field.Enum(\"kind\").Values(\"in\", \"out\"),\n    }\n}\n```\n")
    _draft, fields = read(root, {"docs/design/data-model.md": model}, "entry")
    assert list(fields) == ["title", "balance", "booked_at", "kind"]
    assert fields["title"]["max_length"] == 120 and fields["title"]["required"] is True
    assert fields["balance"]["required"] is False and fields["booked_at"]["default"] == "now"
    assert fields["kind"]["enum_values"] == ["in", "out"]


def test_a_malformed_contract_is_read_around_not_a_crash(root: Path) -> None:
    """A contract whose `paths` and `components.schemas` are lists, a POST body with no schema and an integer route
    key: nothing is read from it, and the data model beside it still gives the draft."""
    contract = ("openapi: 3.0.0\ninfo: {title: x, version: '1'}\ncomponents: {schemas: [1, 2]}\npaths: [1]\n")
    odd = ("openapi: 3.0.0\npaths:\n  200:\n    post: {}\n  /notes:\n    post:\n      requestBody:\n        content:\n"
           "          application/json:\n")
    model = "# Data Model\n\n| Field | Type |\n|---|---|\n| title | string |\n| body | text |\n"
    draft, fields = read(root, {"specs/001-notes/data-model.md": model, "specs/001-notes/contracts/api.yaml": contract,
                                "specs/001-notes/contracts/odd.yaml": odd}, "001-notes")
    assert list(fields) == ["title", "body"] and not draft.blocking


def test_a_mermaid_name_described_with_a_middle_dot_is_no_closed_list(root: Path) -> None:
    """`string sourceName "出典の組織・部署名"` says what the name holds (organisation・department), not two values;
    `string status "PENDING・DONE"` still lists its values."""
    model = ("# データモデル\n\n```mermaid\nerDiagram\n    ACTION_CARD {\n        string id PK \"識別子\"\n"
             "        string title \"見出し\"\n        string sourceName \"出典の組織・部署名\"\n"
             "        string status \"PENDING・DONE\"\n    }\n```\n")
    _draft, fields = read(root, {"docs/design/data-model.md": model}, "action_card")
    assert fields["source_name"]["type"] == "str" and not fields["source_name"].get("enum_values")
    assert fields["status"]["enum_values"] == ["PENDING", "DONE"]


def test_a_mermaid_column_referring_to_a_lookup_whose_key_lists_its_values(root: Path) -> None:
    """`ACTION_CARD }o--|| ACTION_CATEGORY : "category"` and `ACTION_CATEGORY { string key PK "emergency / water /
    shelter" }`: the card's `category` holds one of those keys."""
    model = ("# Model\n\n```mermaid\nerDiagram\n    ACTION_CARD }o--|| ACTION_CATEGORY : \"category\"\n\n"
             "    ACTION_CARD {\n        string id PK \"識別子\"\n        string category FK \"8種のいずれか\"\n"
             "        string title \"見出し\"\n    }\n\n    ACTION_CATEGORY {\n"
             "        string key PK \"emergency / water / shelter\"\n        string label \"画面表示名\"\n    }\n```\n")
    _draft, fields = read(root, {"docs/design/data-model.md": model}, "action_card")
    assert fields["category"]["type"] == "enum" and fields["category"]["enum_values"] == ["emergency", "water", "shelter"]


def test_class_level_validation_and_index_dicts_of_a_python_model(root: Path) -> None:
    """A DataFlow-style model keeps its rules beside the columns: `__validation__` gives lengths and closed lists,
    `__indexes__` single-column indexes (a composite one marks no column)."""
    model = ("# Timeline\n\n## Data Model\n\n```python\n@db.model\nclass CaseEvent:\n    id: str\n    case_id: str\n"
             "    description: str = \"\"\n    significance: str = \"neutral\"\n    event_date: Optional[datetime] = None\n\n"
             "    __validation__ = {\n        \"description\": {\"min_length\": 1, \"max_length\": 2000},\n        \"case_id\": {\"min_length\": 3},\n"
             "        \"significance\": {\"one_of\": [\"critical\", \"high\", \"neutral\"]},\n    }\n"
             "    __indexes__ = [\n        {\"fields\": [\"case_id\"]},\n        {\"fields\": [\"case_id\", \"event_date\"]},\n    ]\n```\n")
    _draft, fields = read(root, {"specs/case-events.md": model}, "case-events")
    assert fields["description"]["max_length"] == 2000 and fields["case_id"]["min_length"] == 3
    assert fields["significance"]["type"] == "enum" and fields["significance"]["enum_values"] == ["critical", "high", "neutral"]
    assert fields["case_id"]["index"] is True and not fields["event_date"].get("index")


def test_a_dynamodb_table_named_per_environment_and_its_gsi_bullets(root: Path) -> None:
    """`**DynamoDB Table**: \\`shop-inventory-<env>\\`` names the stored resource per environment: the heading above
    names the entity; "- \\`seller-id-index\\` on \\`seller_id\\` — ..." under **GSI:** is a single-column index."""
    model = ("# Data Models\n\n## 1. SaleItem (embedded in Sale)\n\n| Field | Type | Constraints |\n|---|---|---|\n"
             "| `book_id` | String | required |\n| `quantity_sold` | Integer | ≥ 1 |\n\n"
             "## 2. InventoryItem (Book)\n\n**DynamoDB Table**: `shop-inventory-<env>`\n\n"
             "| Field | Type | Constraints | Description |\n|---|---|---|---|\n| `book_id` | String (UUID) | PK | Key |\n"
             "| `seller_id` | String (UUID) | required | Owning seller |\n| `store_id` | String (UUID) | required | Store |\n"
             "| `book_name` | String | 1–200 chars | Title |\n\n**GSI:**\n"
             "- `seller-id-index` on `seller_id` — list all books for a seller.\n"
             "- `store-id-index` on `store_id` — list all books sourced from a store.\n"
             "- `store-name-index` on `store_id` + `book_name` — a composite one.\n")
    draft, fields = read(root, {"specs/data-models.md": model}, "inventory_item")
    assert draft.spec["name"] == "inventory_item"
    assert fields["seller_id"]["index"] is True and fields["store_id"]["index"] is True
    assert not fields["book_name"].get("index")


def test_a_ref_type_and_a_mysql_year(root: Path) -> None:
    """`| formId | ref? |` is another row's (cuid) id, an optional string; MySQL's YEAR is an int."""
    model = ("# Data Model\n\n## Listing\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
             "| merchant_id | UUID | FK → Merchant.id, NOT NULL |\n"
             "| title | VARCHAR(200) | NOT NULL |\n| description | TEXT | NULLABLE |\n| year | YEAR | NOT NULL |\n"
             "| form_id | ref? | |\n")
    _draft, fields = read(root, {"specs/data-model.md": model}, "listing")
    assert fields["merchant_id"]["required"] is True
    assert fields["form_id"]["type"] == "str" and fields["form_id"]["required"] is False
    assert fields["year"]["type"] == "int"


def test_an_upper_case_table_over_lower_case_ddl_is_no_camel_case(root: Path) -> None:
    """`| APPLICANT_NAME | VARCHAR(200) |` in the definition table and `applicant_name` in the DDL: the same
    snake_case written in capitals, so the JSON keys stay snake_case."""
    model = ("# DB 정의서\n\n## FAVORITE_PATENTS\n\n| 컬럼명 | 타입 | 설명 |\n|---|---|---|\n| ID | BIGSERIAL | PK |\n"
             "| APPLICANT_NAME | VARCHAR(200) | 출원인 |\n| INVENTION_TITLE | VARCHAR(500) | 발명 명칭 |\n"
             "| REGISTER_STATUS | VARCHAR(20) | 등록 상태 |\n\n```sql\nCREATE TABLE favorite_patents (\n"
             "  id BIGSERIAL PRIMARY KEY,\n  applicant_name VARCHAR(200),\n  invention_title VARCHAR(500),\n"
             "  register_status VARCHAR(20)\n);\n```\n")
    draft, fields = read(root, {"specs/db.md": model}, "favorite_patents")
    assert "applicant_name" in fields and draft.spec.get("api", {}).get("casing", "snake") == "snake"


def test_a_table_headed_by_the_column_lists_its_values(root: Path) -> None:
    """`#### Status-Workflow` over `| Status | Beschreibung | Erlaubte Übergänge |` whose rows start `| \\`offer\\` |`:
    the status column's values (a table headed Field or Index lists no values)."""
    model = ("# Projektmappe\n\n#### Tabelle `projects`\n\n| Spalte | Typ | Constraints | Beschreibung |\n|---|---|---|---|\n"
             "| id | UUID | PK | |\n| name | VARCHAR(255) | NOT NULL | Projektname |\n"
             "| status | VARCHAR(20) | NOT NULL, DEFAULT 'offer' | Status-Workflow (siehe unten) |\n\n#### Status-Workflow\n\n"
             "| Status | Beschreibung | Erlaubte Übergänge |\n|---|---|---|\n| `offer` | Angebot | → in_progress |\n"
             "| `in_progress` | Aktiv | → completed |\n| `completed` | Fertig | → offer |\n\n#### Felder\n\n"
             "| Field | Meaning |\n|---|---|\n| `name` | Name |\n| `status` | Status |\n")
    _draft, fields = read(root, {"specs/projects.md": model}, "projects")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == ["offer", "in_progress", "completed"]
    assert fields["name"]["type"] == "str"


def test_create_and_update_date_kept_as_text_are_the_rows_stamps(root: Path) -> None:
    """`createDate VARCHAR(64)` beside `updateDate VARCHAR(64)`: the row's creation and update times, which the
    generated backend keeps itself, even typed as text; a lone `publishDate VARCHAR(64)` stays a field."""
    model = ("# 数据库表结构设计\n\n## 文章表 articles\n\n| 字段名 | 类型 | 主键 | 描述 |\n|---|---|---|---|\n"
             "| id | SERIAL | 是 | 主键 |\n| title | VARCHAR(64) | | 标题 |\n| publishDate | VARCHAR(64) | | 发布日期 |\n"
             "| createDate | VARCHAR(64) | | 创建日期 |\n| updateDate | VARCHAR(64) | | 更新日期 |\n")
    _draft, fields = read(root, {"docs/schema.md": model}, "articles")
    assert list(fields) == ["title", "publish_date"]


def test_index_bullets_in_bold_and_a_french_index_line(root: Path) -> None:
    """`- **shiftRequestId**: 外部キーインデックス` under the entity's heading of an index section is a single-column
    index; `**Index** : \\`reference\\` (unique), \\`owner_id\\`, \\`(status, archivedAt)\\`` indexes reference (unique)
    and the `owner` relation, not the composite's columns."""
    shifts = ("# データベース設計\n\n### Shift\n- **storeId**: UUID (外部キー → Store.id)\n"
              "- **shiftRequestId**: UUID (外部キー → ShiftRequest.id, null可)\n- **note**: String\n\n"
              "### ShiftRequest\n- **storeId**: UUID\n- **memo**: String\n\n## インデックス設計\n\n### Shift テーブル\n"
              "- **storeId**: 検索効率化インデックス\n- **shiftRequestId**: 外部キーインデックス\n"
              "- **(startTime, endTime)**: 範囲検索効率化複合インデックス\n")
    _draft, fields = read(root / "a", {"docs/database.md": shifts}, "shift")
    assert fields["shift_request_id"]["index"] is True and not fields["note"].get("index")
    projects = ("# Modèle de données\n\n#### Project — `projects`\n\n| Propriété | Type PHP | Type SQL | Nullable | Notes |\n"
                "|---|---|---|---|---|\n| `id` | `Uuid` | `uuid` | ✗ | PK |\n| `reference` | `string` | `varchar(12)` | ✗ | Format P-YYYY-NNN |\n"
                "| `title` | `string` | `varchar(255)` | ✗ | |\n| `status` | `string` | `varchar(20)` | ✗ | |\n"
                "| `archivedAt` | `?DateTimeImmutable` | `timestamptz` | ✓ | |\n| `owner` | `User` | FK `uuid` | ✗ | M2O `User` |\n\n"
                "**Index** : `reference` (unique), `(status, archivedAt)`, `owner_id`.\n")
    _draft, fields = read(root / "b", {"docs/modele-de-donnees.md": projects}, "project")
    assert fields["reference"]["index"] is True and fields["reference"]["unique"] is True
    assert fields["owner"]["index"] is True and not fields["status"].get("index") and not fields["title"].get("index")


def test_the_same_model_in_prisma_in_a_design_file_gives_defaults(root: Path) -> None:
    """The database design lists `- **status**: Enum (SCHEDULED, CANCELED)`; the file design beside it holds the
    Prisma model, `status ShiftStatus @default(SCHEDULED)` and `note String?`: its defaults and nullability."""
    design = ("# データベース設計\n\n### Shift (確定シフト)\n- **id**: UUID\n- **storeId**: UUID (外部キー → Store.id)\n"
              "- **startTime**: DateTime\n- **status**: Enum (SCHEDULED, CANCELED)\n- **note**: String\n\n"
              "### Store\n- **id**: UUID\n- **name**: String\n")
    files = ("# ファイル設計\n\n```prisma\nmodel Shift {\n  id        String      @id @default(uuid())\n"
             "  storeId   String\n  startTime DateTime\n  status    ShiftStatus @default(SCHEDULED)\n  note      String?\n}\n```\n")
    _draft, fields = read(root, {"docs/database-design.md": design, "docs/file-design.md": files}, "shift")
    assert fields["status"]["default"] == "SCHEDULED" and fields["status"]["required"] is False
    assert fields["note"]["required"] is False and fields["store_id"]["required"] is True
