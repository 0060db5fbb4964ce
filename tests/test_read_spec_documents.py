"""read_spec on the forms of round 111's unseen folders (issue 10): data dictionaries that put a table in a row,
labelled runs of column names, tables of attributes with no types, schema code one folder down, and the judgments
of which entity a feature is about."""

from __future__ import annotations

from pathlib import Path

from backend_builder import operations
from backend_builder.spec.extract.typescript import whole_number

from .spec_reading import read, write

# Where the schema is, and how it names its entity -----------------------------------------------------------------


def test_schema_code_in_a_folder_inside_the_sql_folder(root: Path) -> None:
    """A project whose only schema is `sql/ddl/V1__setup.sql` (Flyway's layout): read, though one folder down."""
    ddl = ("CREATE TABLE shop_cat (\n  id INT AUTO_INCREMENT PRIMARY KEY,\n  name VARCHAR(64) NOT NULL,\n"
           "  breed VARCHAR(64),\n  birthday DATE\n);\n")
    draft, fields = read(root, {"README.md": "# Cat shop\n", "sql/ddl/V1__setup.sql": ddl}, "shop_cat")
    assert fields["name"]["required"] is True and fields["name"]["max_length"] == 64, draft.diagnostics
    assert fields["birthday"]["type"] == "date"


def test_attributes_without_types_under_a_heading_for_them(root: Path) -> None:
    """'## Depot' over '### Suggested Attributes' and `| Attribute | Required | Notes |`: the Depot's columns, typed by
    name; EF Core's `CreatedAtUtc` is the created_at the backend has anyway."""
    doc = ("# Data Model: Depots\n\n## Entities\n\n## Depot\n\n### Meaning\n\nA place where stock is kept.\n\n"
           "### Suggested Attributes\n\n| Attribute | Required | Notes |\n|---|---|---|\n| Id | Yes | Technical identity. |\n"
           "| Code | Yes | Unique depot code. |\n| Label | Yes | Display name. |\n| Description | No | Free text. |\n"
           "| IsActive | Yes | Lifecycle flag. |\n| CreatedAtUtc | Yes | Audit timestamp. |\n\n### Relationships\n\n"
           "- Depot has many Bins.\n")
    draft, fields = read(root, {"specs/001-depots/data-model.md": doc, "specs/001-depots/spec.md": "# Depots\n"},
                         "001-depots")
    assert draft.spec["name"] == "depot", draft.diagnostics
    assert set(fields) == {"code", "label", "description", "is_active"}
    assert fields["code"]["required"] is True and fields["is_active"]["type"] == "bool"


def test_a_data_dictionary_named_for_its_document_takes_its_keys_name(root: Path) -> None:
    """'# Data Dictionary — Desk Booking' over a table whose first row is `booking_id`, 'Stable identifier of the
    booking': the booking; its states in a table of their own, in the states document beside it."""
    doc = ("# Data Dictionary — Desk Booking\n\n| Field | Meaning | Type | Req? |\n|---|---|---|---|\n"
           "| booking_id | Stable identifier for the booking | String | Yes |\n| desk_id | Desk chosen | String | Yes |\n"
           "| booking_date | Day booked | Date | Yes |\n| status | Current state | Enum / String | Yes |\n")
    states = ("# State Model — Desk Booking\n\n## State Definitions\n\n| State | Definition |\n|---|---|\n"
              "| Requested | Sent, not checked yet. |\n| Held | Checked and kept. |\n| Released | Given back. |\n")
    draft, fields = read(root, {"docs/data-dictionary.md": doc, "docs/state-model.md": states}, "booking")
    assert draft.spec["name"] == "booking" and "booking_id" not in fields, draft.diagnostics
    assert fields["status"]["enum_values"] == ["Requested", "Held", "Released"]


def test_a_row_per_table_with_its_columns_in_code_spans(root: Path) -> None:
    """`| \\`Concert\\` | \\`concert_id INT NN AUTO_INCREMENT\\`; \\`headline VARCHAR(120) NN\\`; ... | PK ...; UQ ... |`:
    `NN` for NOT NULL, a single-column UQ a unique one."""
    doc = ("# Data Dictionary\n\n`NN` means `NOT NULL`.\n\n## Shows\n\n| Relation | Columns | Keys |\n|---|---|---|\n"
           "| `Venue` | `venue_id INT NN AUTO_INCREMENT`; `city VARCHAR(80) NN` | PK `venue_id` |\n"
           "| `Concert` | `concert_id INT NN AUTO_INCREMENT`; `headline VARCHAR(120) NN`; `notes TEXT NULL`; "
           "`slug VARCHAR(60) NN`; `venue_id INT NN` | PK `concert_id`; UQ `slug`; FK to `Venue` |\n")
    draft, fields = read(root, {"docs/data-dictionary.md": doc}, "concert")
    assert set(fields) == {"headline", "notes", "slug", "venue_id"}, draft.diagnostics
    assert fields["headline"]["required"] is True and fields["headline"]["max_length"] == 120
    assert fields["notes"]["required"] is False and fields["slug"]["unique"] is True


def test_a_labelled_run_of_column_names_under_the_tables_heading(root: Path) -> None:
    """'### `payments`' over 'الدفعات: `id`, `code` unique nullable, `amount_due`, `state` (open/paid/late), `late_days`
    default 0, timestamps', and an Indexes section that lists some columns of every table: typed by names and marks."""
    doc = ("# Data Model\n\n## Tables\n\n### `plans`\nالخطط: `id`, `plan_code` unique, `title`, timestamps\n\n"
           "### `payments`\nالدفعات: `id`, `code` unique nullable, `plan_id`, `due_date`, `amount_due`, "
           "`state` (open/paid/late), `late_days` default 0, `paid` boolean, timestamps\n\n## Indexes\n"
           "`plan_code`, `code`, `due_date`\n")
    draft, fields = read(root, {"docs/specs/data-model.md": doc}, "payment")
    assert set(fields) == {"code", "plan_id", "due_date", "amount_due", "state", "late_days", "paid"}, draft.diagnostics
    assert fields["amount_due"]["type"] == "decimal" and fields["due_date"]["type"] == "date"
    assert fields["state"]["enum_values"] == ["open", "paid", "late"] and fields["late_days"]["default"] == 0
    assert fields["code"]["unique"] is True and fields["code"]["index"] is True and fields["due_date"]["index"] is True
    assert fields["paid"]["type"] == "bool"


# Columns -----------------------------------------------------------------------------------------------------------


def test_index_lists_split_where_the_document_writes_composites_with_a_plus(root: Path) -> None:
    """`| \\`cars\\` | \\`plate\\`, \\`state_id\\` |` beside `| \\`trips\\` | \\`car_id+day\\` |`: two indexes; the same two
    spans where the document never writes `+` may be one index over both."""
    doc = ("# ERD\n\n```mermaid\nerDiagram\n    cars {\n        int id PK\n        string plate UK\n        string vin UK\n"
           "        int state_id FK\n    }\n```\n\n#### `cars`\n- `plate` unique\n- `vin` unique (17 digits)\n\n"
           "### Indexes\n\n| Table | Index | Why |\n|---|---|---|\n| `cars` | `plate`, `state_id` | lookups |\n"
           "| `trips` | `car_id+day` | reports |\n")
    draft, fields = read(root, {"docs/ERD.md": doc}, "car")
    assert fields["plate"]["index"] is True and fields["state_id"]["index"] is True, draft.diagnostics
    assert fields["vin"]["max_length"] == 17 and fields["vin"]["min_length"] == 17
    composite = doc.replace("| `trips` | `car_id+day` | reports |\n", "")
    draft, fields = read(root, {"docs/ERD.md": composite}, "car")
    assert fields["state_id"]["index"] is False, draft.diagnostics


def test_values_of_several_words_each_in_its_span(root: Path) -> None:
    """A notes cell that is `Electronics`, `Tools`, `Daily Living`: the closed list, one value of two words."""
    doc = ("# Database Schema\n\n### Table: `items`\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
           "| `title` | `VARCHAR(200)` | `NOT NULL` | Item title. |\n"
           "| `category` | `VARCHAR(50)` | `NOT NULL` | `Electronics`, `Tools`, `Daily Living`. |\n")
    draft, fields = read(root, {"docs/DATABASE_SCHEMA.md": doc}, "item")
    assert fields["category"]["enum_values"] == ["Electronics", "Tools", "Daily Living"], draft.diagnostics


def test_a_list_of_members_with_an_unquoted_union_and_dates_named_for_times(root: Path) -> None:
    """`- status: WAITING | CALLED | DONE` among `- name: string` lines; `- calledTime: date` is a moment by its name."""
    doc = ("# Database Schema\n\n## Visitor\n\n- ticket: string\n- name: string\n- status: WAITING | CALLED | DONE\n"
           "- arrivalDate: date\n- calledTime: date\n")
    draft, fields = read(root, {"docs/database-schema.md": doc}, "visitor")
    assert fields["status"]["enum_values"] == ["WAITING", "CALLED", "DONE"], draft.diagnostics
    assert fields["called_time"]["type"] == "datetime" and fields["arrival_date"]["type"] == "date"


def test_a_default_column_named_initial_value(root: Path) -> None:
    """`| 初期値 |` (initial value) is the column of defaults, as `| デフォルト |` is."""
    doc = ("# データモデル\n\n### 目標テーブル (targets)\n\n| カラム論理名 | カラム物理名 | データ型 | NULL | 初期値 | 説明 |\n"
           "|---|---|---|---|---|---|\n| 目標ID | id | UUID | NO | gen_random_uuid() | PK |\n"
           "| 名前 | title | VARCHAR(64) | NO | | 名前 |\n| 進捗 | progress | INTEGER | NO | 0 | 進捗率 |\n"
           "| 状態 | state | VARCHAR(16) | NO | 'active' | 状態（active/done） |\n")
    draft, fields = read(root, {"spec/data-model.md": doc}, "targets")
    assert fields["progress"]["default"] == 0 and fields["progress"]["required"] is False, draft.diagnostics
    assert fields["state"]["default"] == "active" and fields["title"]["required"] is True


def test_a_plain_object_of_constructor_types_is_a_mongodb_document(root: Path) -> None:
    """'### Show Collection' over `{ title: String, // ...` with nested objects and no `type:` options: the typed
    members (a `Number` named for what became of so many, `seatsSold`, is a count)."""
    doc = ("# NoSQL Schema\n\n### Show Collection\n\n```javascript\n{\n  _id: ObjectId,        // id\n"
           "  title: String,        // Show title\n  startsAt: Date,       // When\n  place: {              // Embedded\n"
           "    city: String\n  },\n  seatsSold: Number,    // Sold seats\n  price: Number         // Ticket price\n}\n```\n")
    draft, fields = read(root, {"docs/DATABASE.md": doc}, "show")
    assert fields["title"]["type"] == "str" and fields["starts_at"]["type"] == "datetime", draft.diagnostics
    assert fields["seats_sold"]["type"] == "int" and fields["place"]["type"] == "json"
    assert whole_number("ticketsSold") and whole_number("waitTime") and not whole_number("price")


def test_a_default_for_some_rows_only_is_no_default(root: Path) -> None:
    """"Default `status = 'NEW'` if created by a client": the column has no default of its own."""
    doc = ("# Data model\n\n```sql\nCREATE TABLE visit (\n  id uuid PRIMARY KEY,\n  starts_at timestamptz NOT NULL,\n"
           "  status text NOT NULL CHECK (status IN ('NEW','OK','NO'))\n);\n```\n\n## Rules\n\n"
           "* Default `status = 'NEW'` if created by a client; staff may confirm.\n")
    draft, fields = read(root, {"docs/cursor/data-model.md": doc}, "visit")
    assert fields["status"]["required"] is True and "default" not in fields["status"], draft.diagnostics


def test_pydantic_patterns_and_lists_of_numbers(root: Path) -> None:
    """`Field(..., pattern="^(easy|medium|hard)$")` is a closed list; `Optional[List[float]]` a list of numbers."""
    doc = ("# Design\n\n## Data Models\n\n```python\nclass Dish(BaseModel):\n    id: str\n    title: str\n"
           "    level: str = Field(..., pattern=\"^(easy|medium|hard)$\")\n    vector: Optional[List[float]] = None\n```\n")
    draft, fields = read(root, {".kiro/specs/dishes/design.md": doc}, "dish")
    assert fields["level"]["enum_values"] == ["easy", "medium", "hard"], draft.diagnostics
    assert fields["vector"]["type"] == "json" and fields["vector"]["required"] is False


def test_the_entitys_heading_says_nothing_of_a_column_of_its_name(root: Path) -> None:
    """'### Note' over the struct whose `id` is '(8 chars)', and a `note` column: the length is the id's; 'Non-empty' in
    a column's constraints makes it required."""
    doc = ("# Data Model\n\n## Entities\n\n### Note\n\n```go\ntype Note struct {\n    ID   string `json:\"id\"`   // (8 chars)\n"
           "    To   string `json:\"to\"`\n    Note string `json:\"note\"` // body\n}\n```\n\n| Field | Type | Constraints |\n"
           "|---|---|---|\n| `id` | string | 8 chars |\n| `to` | string | Non-empty, a window name |\n"
           "| `note` | string | Non-empty text |\n")
    draft, fields = read(root, {"specs/001-notes/data-model.md": doc, "specs/001-notes/spec.md": "# Notes\n"}, "001-notes")
    assert "max_length" not in fields["note"], draft.diagnostics
    assert fields["to"]["required"] is True and fields["note"]["required"] is True


def test_the_table_of_an_entity_named_with_its_aggregate_first(root: Path) -> None:
    """The `Photo`'s rules as bullets beside `CREATE TABLE post_photos`: the table is the Photo's, with its columns."""
    doc = ("# Photos design\n\n### Photo Model\n\n**Validation rules:**\n\n- `url` — required\n- `file_name` — required\n"
           "- `size_bytes` — required, > 0\n\n### Migration\n\n```sql\nCREATE TABLE post_photos (\n  id UUID PRIMARY KEY,\n"
           "  post_id UUID NOT NULL REFERENCES posts(id),\n  url TEXT NOT NULL,\n  file_name VARCHAR(255) NOT NULL,\n"
           "  size_bytes BIGINT NOT NULL\n);\n```\n")
    draft, fields = read(root, {"docs/superpowers/specs/photos-design.md": doc}, "photo")
    assert {"post_id", "url", "file_name", "size_bytes"} <= set(fields), draft.diagnostics
    assert fields["file_name"]["max_length"] == 255


def test_an_openapi_schema_named_base_is_the_resource(root: Path) -> None:
    """`BaseCourse`, the properties create and update share: the Course."""
    api = ("openapi: 3.0.3\ninfo:\n  title: Courses\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    BaseCourse:\n"
           "      type: object\n      properties:\n        title:\n          type: string\n        credits:\n"
           "          type: integer\n")
    draft, fields = read(root, {"specs/spec-course.yaml": api}, "course")
    assert draft.spec["name"] == "course" and set(fields) == {"title", "credits"}, draft.diagnostics


# Which entity ------------------------------------------------------------------------------------------------------


def test_the_apps_settings_table_is_not_named_by_the_apps_name(root: Path) -> None:
    """`bakery-management-v1` over `Loaf`, which the others refer to, and `BakeryConfig`: the loaf."""
    table = "| Column | Type | Constraints |\n|---|---|---|\n"
    doc = ("# Data Model\n\n### Loaf\n\n" + table + "| Id | INTEGER | PK |\n| Name | TEXT | NOT NULL |\n"
           "| Price | INTEGER | NOT NULL |\n| Grams | INTEGER | NOT NULL |\n| Status | TEXT | NOT NULL |\n\n"
           + "".join(f"### {name}\n\n" + table + "| Id | INTEGER | PK |\n| LoafId | INTEGER | FK → Loaf.Id, NOT NULL |\n"
                     "| Quantity | INTEGER | NOT NULL |\n| Note | TEXT | |\n| At | TEXT | NOT NULL |\n\n"
                     for name in ("Bake", "SaleLine", "Waste"))
           + "### BakeryConfig\n\n" + table + "| Key | TEXT | PK |\n| Value | TEXT | NOT NULL |\n")
    draft, _fields = read(root, {"specs/001-bakery-management-v1/data-model.md": doc,
                                 "specs/001-bakery-management-v1/spec.md": "# Bakery\n"}, "001-bakery-management-v1")
    assert draft.spec["name"] == "loaf", draft.diagnostics
    stats = doc.replace("### BakeryConfig", "### BakeryStats").replace("| Key | TEXT | PK |", "| Day | TEXT | PK |")
    draft, _fields = read(root / "stats", {"specs/001-bakery-management-v1/data-model.md": stats,
                                           "specs/001-bakery-management-v1/spec.md": "# Bakery\n"}, "001-bakery-management-v1")
    assert draft.spec["name"] == "loaf", draft.diagnostics


def test_an_existing_entity_the_feature_enhances_keeps_its_place(root: Path) -> None:
    """'### 1. Book (EXISTING - Enhanced)' beside '### 2. Shelf (NEW)': the Book is not set aside as one the feature
    leaves alone."""
    doc = ("# Data Model: Library Core\n\n## Entities\n\n### 1. Book (EXISTING - Enhanced)\n\n```javascript\n{\n"
           "  id: String,\n  title: String,\n  author: String,\n  copies: Number,\n  shelf_id: String\n}\n```\n\n"
           "### 2. Shelf (NEW)\n\n```javascript\n{\n  id: String,\n  label: String,\n  room: String,\n  floor: Number\n}\n```\n")
    spec = "# Library Core\n\nLibrarians manage books and the shelf each book is on.\n"
    draft, _fields = read(root, {"specs/001-library-core/data-model.md": doc, "specs/001-library-core/spec.md": spec},
                          "001-library-core")
    assert draft.spec["name"] == "book", draft.diagnostics


# Round 112 ----------------------------------------------------------------------------------------------------------


def test_a_subheading_for_part_of_a_table_and_a_table_named_in_parentheses(root: Path) -> None:
    """'## 4. Table: `tickets`' over '### Shared core (relational)': the tickets; '### 5.1 Saved Car Data (cars table)':
    the cars."""
    doc = ("# Database Design\n\n## 4. Table: `tickets`\n\n### Shared core (relational, constrained)\n\n"
           "| Column | Type | Notes |\n|---|---|---|\n| `id` | `uuid` PK | |\n| `code` | `text` UNIQUE | |\n"
           "| `title` | `text` | |\n| `closed_at` | `timestamptz?` | |\n")
    draft, fields = read(root / "a", {"docs/DATABASE_DESIGN.md": doc}, "ticket")
    assert draft.spec["name"] == "ticket" and {"code", "title", "closed_at"} <= set(fields), draft.diagnostics
    doc = ("# Requirements\n\n## 5. Data\n\n### 5.1 Saved Car Data (cars table)\n\n| Field | Type | Required |\n|---|---|---|\n"
           "| id | bigint | Auto |\n| make | string(100) | Yes |\n| seats | integer | Yes |\n\n"
           "### 5.2 Car Booking Data (car_bookings table)\n\n| Field | Type | Required |\n|---|---|---|\n"
           "| id | bigint | Auto |\n| car_id | bigint | Yes |\n| day | date | Yes |\n")
    draft, fields = read(root / "b", {"CAR_REQUIREMENTS.md": doc}, "car")
    assert draft.spec["name"] == "car" and fields["make"]["max_length"] == 100, draft.diagnostics


def test_a_table_of_columns_and_notes_under_the_tables_name(root: Path) -> None:
    """`| column | notes |` under `` ## `moments` ``: the columns, typed by their names and what the notes say."""
    doc = ("# Data model\n\n## `moments`\n\n| column | notes |\n|---|---|\n| `id` | uuid |\n"
           "| `title` | nullable; the server never requires one |\n| `happened_at` | when it happened |\n"
           "| `tag_ids` | JSON array of `tags.id` strings |\n| `length_sec` | length in whole seconds |\n")
    draft, fields = read(root, {"spec/data-model.md": doc}, "moment")
    assert {"title", "happened_at", "tag_ids", "length_sec"} <= set(fields), draft.diagnostics
    assert fields["happened_at"]["type"] == "datetime" and fields["title"]["required"] is False


def test_a_schema_heading_that_says_the_entity_was_updated(root: Path) -> None:
    """'#### Updated Bed Plant Schema' over a JavaScript object: the BedPlant."""
    doc = ("# Plant properties\n\n## Data Model\n\n#### Updated Bed Plant Schema\n```javascript\n{\n  id: string,\n"
           "  plantId: string,\n  quantity: number,\n  variety: string | null,\n  plantedDate: string\n}\n```\n")
    draft, _fields = read(root, {"docs/specs/plant-spec.md": doc}, "bed_plant")
    assert draft.spec["name"] == "bed_plant", draft.diagnostics


def test_ascii_grid_tables_with_a_title_row(root: Path) -> None:
    """A text block's `+---+` grid titled `| Claim (gloss) |` over `| Field Name | Type |`: GraphQL's `String!` is a
    value always given, `String` one that may be missing."""
    doc = ("# GraphQL schema\n\n## Objects\n\n```text\n+-------------------------------+\n|  Claim (yêu cầu)              |\n"
           "+---------------+---------------+\n| Field Name    | Type          |\n+---------------+---------------+\n"
           "| id            | ID!           |\n| claimNumber   | String!       |\n| summary       | String        |\n"
           "| cost          | Float!        |\n+---------------+---------------+\n```\n")
    draft, fields = read(root, {"docs/graphql-schema.md": doc}, "claim")
    assert fields["claim_number"]["required"] is True and fields["summary"]["required"] is False, draft.diagnostics
    assert fields["cost"]["type"] == "float"


def test_a_mongodb_shell_document_completes_what_the_list_read(root: Path) -> None:
    """`"_id": ObjectId` and `"date": ISODate(...)` in a collection's example document of many fields: all its fields,
    typed by their values; '- `date` — ascending' under Indexes is an index."""
    doc = ("# MongoDB Schema\n\n## 2. `matches` Collection\n\n```json\n{\n  \"_id\": ObjectId,\n  \"name\": \"A vs B\",\n"
           "  \"sport\": \"football\",\n  \"date\": ISODate(\"2026-06-15T20:00:00Z\"),\n  \"attendance\": 80000,\n"
           "  \"weight\": 1.5,\n  \"tags\": [\"x\", \"y\"],\n  \"created_at\": ISODate\n}\n```\n\n**Indexes:**\n"
           "- `date` — ascending (sort by date)\n- `sport` — filter\n")
    draft, fields = read(root, {"docs/mongodb-schema.md": doc}, "match")
    assert {"name", "sport", "date", "attendance", "weight", "tags"} <= set(fields), draft.diagnostics
    assert fields["date"]["type"] == "datetime" and fields["attendance"]["type"] == "int"
    assert fields["date"]["index"] is True and fields["sport"]["index"] is True


def test_tables_as_names_over_lines_of_comma_separated_columns(root: Path) -> None:
    """A plain block's `lessons` over `  id, subject, kind lessonKind, ownerId → users (nullable)`, with the enums
    declared as `lessonKind: a | b` in a block of their own: typed columns; the unmarked ones NOT NULL."""
    doc = ("# Database design\n\n## Enums\n```ts\nlessonKind:   lecture | lab\n              | seminar\n"
           "subject:      maths | physics\n```\n\n## Tables\n```\nlessons\n  id, subject, kind lessonKind\n"
           "  ownerId → users (nullable; private ones)\n  topicIds text[]  (gin index), level smallint (1–5), open boolean\n"
           "  state text ('draft'|'live'), notes jsonb, embedding vector(8)   -- hnsw\n  index (subject, kind)\n\n"
           "lesson_views\n  userId, lessonId, seenAt     pk (userId, lessonId)\n```\n")
    draft, fields = read(root, {"docs/design/database.md": doc}, "lesson")
    assert fields["kind"]["enum_values"] == ["lecture", "lab", "seminar"], draft.diagnostics
    assert fields["subject"]["enum_values"] == ["maths", "physics"] and fields["topic_ids"]["type"] == "list[str]"
    assert fields["level"]["type"] == "int" and fields["open"]["type"] == "bool" and fields["embedding"]["type"] == "json"
    assert fields["state"]["enum_values"] == ["draft", "live"] and fields["notes"]["type"] == "json"
    assert fields["owner_id"]["required"] is False and fields["level"]["required"] is True


def test_a_mermaid_file_of_its_own_beside_the_specs(root: Path) -> None:
    """`Requirements/db-schema.mmd`, an erDiagram file, is the schema; `nullable` after a column marks it, and the
    others are NOT NULL."""
    mmd = ("%% ER diagram\n\nerDiagram\n  HEROES {\n    int id PK\n    int user_id FK \"nullable (admins see all)\"\n"
           "    string name\n    int level\n    int guild_id FK nullable\n  }\n")
    files = {"Requirements/spec.md": "# Heroes\n\nA sheet per hero.\n", "Requirements/db-schema.mmd": mmd}
    draft, fields = read(root, files, "hero")
    assert fields["name"]["required"] is True and fields["guild_id"]["required"] is False, draft.diagnostics


def test_the_models_a_document_names_by_a_pattern(root: Path) -> None:
    """'Models: `backend/app/modules/*/models.py`': each module's models file; `server_default=true()` is a default."""
    model = ("from sqlalchemy.orm import Mapped, mapped_column\n\n\nclass Worker(Base):\n    __tablename__ = \"workers\"\n"
             "    first_name: Mapped[str] = mapped_column(String(80))\n    last_name: Mapped[str] = mapped_column(String(80))\n"
             "    active: Mapped[bool] = mapped_column(server_default=true())\n")
    doc = "# Modelo de datos\n\n- Modelos: `backend/app/modules/*/models.py`\n\n| Tabla | Para qué |\n|---|---|\n| `workers` | Personas |\n"
    draft, fields = read(root, {"docs/modelo-de-datos.md": doc, "backend/app/modules/workers/models.py": model}, "worker")
    assert fields["first_name"]["max_length"] == 80 and fields["active"]["default"] is True, draft.diagnostics


def test_conventions_for_unsized_varchars_nn_marks_and_index_rows(root: Path) -> None:
    """'An unsized varchar is `varchar(255)`' sizes a mermaid `varchar title`; `NN` in a constraints cell is NOT NULL;
    a `| | | IX(owner_id) |` row indexes that column."""
    doc = ("# DB design\n\n```mermaid\nerDiagram\n    guides {\n        uuid id PK\n        varchar title\n"
           "        boolean is_open\n    }\n```\n\n## Conventions\n\n- A varchar without a length is `varchar(255)`.\n")
    draft, fields = read(root / "a", {"docs/db-design.md": doc}, "guide")
    assert fields["title"]["max_length"] == 255, draft.diagnostics
    doc = ("# Database\n\n### spots\n\n| Cột | Kiểu | Ràng buộc | Ý nghĩa |\n|---|---|---|---|\n| id | BIGINT | PK | |\n"
           "| name | VARCHAR(200) | NN | |\n| owner_id | BIGINT | FK users | |\n| phone | VARCHAR(20) | | |\n"
           "| | | IX(owner_id) | |\n")
    draft, fields = read(root / "b", {"docs/design/database.md": doc}, "spot")
    assert fields["name"]["required"] is True and fields["phone"]["required"] is False, draft.diagnostics
    assert fields["owner_id"]["index"] is True


def test_lowercase_question_marked_types_and_ulids(root: Path) -> None:
    """`| form | string? |` beside `| cover_id | ULID? |`: the document marks what may be null with `?`, in lower case
    too; a ULID is an id kept as text."""
    doc = ("# Model\n\n### `Box`\n\n| Field | Type | Rule |\n|---|---|---|\n| `name` | string | not blank |\n"
           "| `form` | string? | free text |\n| `keep` | bool | policy |\n| `coverId` | ULID? | a photo |\n")
    draft, fields = read(root, {"docs/DATA_MODEL.md": doc}, "box")
    assert fields["cover_id"]["type"] == "str" and fields["form"]["required"] is False, draft.diagnostics


def test_a_default_the_rules_state_outlives_a_presence_presumed_from_other_columns(root: Path) -> None:
    """A diagram whose one comment says `"nullable"` leaves the other columns NOT NULL by presumption; the table's
    'defaults to `open`' below still gives `state` its default. 'defaults to inherit from the parent' names no value."""
    doc = ("# Database design\n\n```mermaid\nerDiagram\n    ITEMS {\n        INT id PK\n        VARCHAR_100 label\n"
           "        VARCHAR_20 state\n        VARCHAR_255 photo \"nullable\"\n    }\n```\n\n## Items table\n\n"
           "| Column | SQL declaration | Nullability and default | Purpose |\n|---|---|---|---|\n"
           "| `label` | `VARCHAR(100) NOT NULL` | Not null; no explicit default | The label. |\n"
           "| `state` | `VARCHAR(20) NOT NULL DEFAULT 'open'` | Not null; defaults to `open` | The state. |\n"
           "| `photo` | `VARCHAR(255)` | Nullable | A photo. |\n")
    draft, fields = read(root, {"docs/design/database-design.md": doc}, "item")
    assert fields["state"]["default"] == "open" and fields["state"]["required"] is False, draft.diagnostics
    assert fields["label"]["required"] is True


# Round 113 ----------------------------------------------------------------------------------------------------------


def test_a_table_titled_in_its_header_beside_the_schema_code_folder(root: Path) -> None:
    """`| 订单表(shop_order) | | |` over `| 字段 | 说明 | 类型 |` as the first row: the title names the table, the row is
    its header; the DDL in the `sql` folder beside the doc folder gives presence and defaults."""
    doc = ("# 数据库设计\n\n> 建表语句见 `sql` 目录\n\n## 订单表\n\n| 订单表(shop_order) | | |\n|---|---|---|\n| 字段 | 说明 | 类型 |\n"
           "| id | 主键 | bigint |\n| title | 标题 | varchar(256) |\n| state | 状态 | int |\n")
    ddl = ("create table shop_order (\n  id bigint auto_increment primary key,\n  title varchar(256) not null,\n"
           "  state int default 0 not null\n);\n")
    draft, fields = read(root, {"backend/doc/db.md": doc, "backend/sql/db.sql": ddl}, "shop_order")
    assert fields["title"]["max_length"] == 256 and fields["title"]["required"] is True, draft.diagnostics
    assert fields["state"]["default"] == 0


def test_an_entitys_columns_grouped_by_topic_under_attributes(root: Path) -> None:
    """'# Lot' / '## 🔑 Attributes' / '### Identity', '### Pricing': one entity's columns in tables by topic."""
    table = "| Attribute | Type | Description |\n|---|---|---|\n"
    doc = ("# 🔨 Lot\n\n## 🔑 Attributes\n\n### Identity\n" + table + "| id | UUID | id |\n| title | String | Title |\n\n"
           "### Pricing\n" + table + "| startPrice | Decimal | Start |\n| step | Decimal | Step |\n\n### Timing\n" + table
           + "| endsAt | DateTime | End |\n")
    draft, fields = read(root, {"docs/architecture/domain/entities/lot.md": doc}, "lot")
    assert {"title", "start_price", "step", "ends_at"} <= set(fields), draft.diagnostics


def test_a_heading_that_names_the_entity_twice_and_the_services_flyway_migrations(root: Path) -> None:
    """'# Remate (Lot)' asked for as lot: the heading's other name; the service module's Flyway migration
    (`lot-ws/src/main/resources/db/migration/`) is the table as stored, and wins over the doc's attributes."""
    table = "| Atributo | Tipo | Descripción |\n|---|---|---|\n"
    doc = ("# 🔨 Remate (Lot)\n\n## 🔑 Atributos\n\n### Identificación\n" + table + "| id | UUID | id |\n"
           "| title | String | Título del remate |\n\n### Precio\n" + table + "| startPrice | Decimal | Precio inicial |\n"
           "| plannedPauses | Integer | Pausas |\n")
    ddl = ("CREATE TABLE IF NOT EXISTS lots (\n  id UUID PRIMARY KEY,\n  title VARCHAR(100) NOT NULL,\n"
           "  start_price DECIMAL(19, 2) NOT NULL,\n  lot_condition VARCHAR(50)\n);\n")
    draft, fields = read(root, {"docs/architecture/domain/entities/lot.md": doc,
                                "lot-ws/src/main/resources/db/migration/V2__create_lots_table.sql": ddl}, "lot")
    assert draft.spec["name"] == "lot" and draft.spec.get("plural", "lots") == "lots", draft.diagnostics
    assert set(fields) == {"title", "start_price", "lot_condition"}
    assert fields["title"]["max_length"] == 100 and fields["lot_condition"]["required"] is False


def test_a_language_type_that_makes_no_field_optional_leaves_presence_to_the_table_code(root: Path) -> None:
    """A column table with no presence marks, a TypeScript type with every field non-optional, and the Drizzle
    table in another document: the Drizzle table says which columns may be empty. Swift's `Date` on a field named
    timestamp is a point in time."""
    doc = ("# Data Model\n\n### brews\n\n| Column | Type | Description |\n|---|---|---|\n| id | UUID | key |\n"
           "| dose | DECIMAL | grams |\n| rating | INTEGER | stars |\n| notes | TEXT | notes |\n\n"
           "```typescript\ntype Brew = {\n  id: string;\n  dose: number;\n  rating: number;\n  notes: string;\n};\n```\n")
    drizzle = ("# Phase 2\n\n```typescript\nexport const brews = pgTable(\"brews\", {\n"
               "  id: uuid(\"id\").defaultRandom().primaryKey(),\n  dose: decimal(\"dose\", { precision: 5, scale: 2 }),\n"
               "  rating: integer(\"rating\").notNull(),\n  notes: text(\"notes\"),\n});\n```\n")
    draft, fields = read(root, {"documentation/data-model.md": doc, "documentation/phase-2-database.md": drizzle}, "brew")
    assert fields["rating"]["required"] is True, draft.diagnostics
    assert fields["dose"]["required"] is False and fields["notes"]["required"] is False
    swift = ("# Data Model\n\n### Usage\n\n| Field | Type | Required |\n|---|---|---|\n| `timestamp` | `Date` | Yes |\n"
             "| `amount` | `Double` | Yes |\n")
    draft, fields = read(root, {"docs/DATA_MODEL.md": swift}, "usage")
    assert fields["timestamp"]["type"] == "datetime", draft.diagnostics


# Round 114's forms ------------------------------------------------------------------------------------------------


def test_a_hive_model_in_a_root_design_document_and_openspec_changes_at_the_root(root: Path) -> None:
    """`LLD.md` at the root holding a Dart class Hive stores (`@HiveType`, `@HiveField(n)` over each member); and
    OpenSpec's change folders kept at the root (`changes/019-orders/design.md`) as the spec folder."""
    lld = ("# Low Level Design\n\n```dart\n@HiveType(typeId: 0)\nclass Expense extends HiveObject {\n  @HiveField(0)\n"
           "  final String id;\n\n  @HiveField(1)\n  final double amount;\n\n  @HiveField(2)\n  final DateTime date;\n\n"
           "  @HiveField(3)\n  final String note;\n\n  Expense({required this.id, required this.amount, required this.date,"
           " required this.note});\n}\n```\n")
    draft, fields = read(root, {"LLD.md": lld, "README.md": "# App\n"}, "expense")
    assert {"amount", "date", "note"} <= set(fields), draft.diagnostics
    assert fields["amount"]["type"] == "float" and fields["date"]["type"] == "datetime"
    change = ("# Spec\n\n## Persistence\n\n- **Tables:**\n  - `work_orders` (`id`, `equipment_id`, `field_id`, `status`)\n")
    other = "# Spec\n\nThe list screen.\n\n## Persistence\n\nNothing new.\n"
    draft, fields = read(root / "b", {"changes/019-field-ops/spec.md": change, "changes/019-field-ops/proposal.md": "# Why\n",
                                "changes/022-list/spec.md": other, "changes/022-list/tasks.md": "- [ ] list\n"},
                         "work_order")
    assert set(fields) == {"equipment_id", "field_id", "status"}, draft.diagnostics


def test_cockroach_strings_and_a_quoted_enum_type_created_if_missing(root: Path) -> None:
    """CockroachDB's `STRING` is the generic string; `CREATE TYPE IF NOT EXISTS "Side" AS ENUM` types `"side" "Side"`."""
    ddl = ("# Schema\n\n```sql\nCREATE TYPE IF NOT EXISTS \"Side\" AS ENUM ('bride', 'groom');\n\n"
           "CREATE TABLE IF NOT EXISTS \"guests\" (\n    \"id\" STRING NOT NULL,\n    \"name\" STRING NOT NULL,\n"
           "    \"side\" \"Side\" NOT NULL,\n    \"notes\" STRING,\n    CONSTRAINT \"guests_pkey\" PRIMARY KEY (\"id\")\n);\n```\n")
    draft, fields = read(root, {"docs/schema.sql.md": ddl}, "guest")
    assert fields["name"]["type"] == "str" and fields["notes"]["required"] is False, draft.diagnostics
    assert fields["side"]["enum_values"] == ["bride", "groom"] and fields["side"]["required"] is True


def test_records_shown_by_example_in_yaml_and_in_object_literals(root: Path) -> None:
    """A YAML record under `## Entries` (a sentence between them), typed by its values; a JS literal with shorthand
    members (`businessId, customerId,`), unions of quoted literals and the name its heading leads with."""
    doc = ("# Data Model\n\n## Entries\n\nAn entry is one real-world event, and every entry answers two questions:\n\n"
           "```yaml\n- id: 01K9VYQ2N3X8R4T7B0M6D5C1FA\n  kind: expense\n  date: 2026-07-14\n  amount: -50.00\n"
           "  tags: [coffee]\n  paid_by:\n    yarden: -50.00\n```\n")
    draft, fields = read(root, {"specs/data-model.md": doc}, "entry")
    assert fields["date"]["type"] == "date" and fields["tags"]["type"] == "list[str]", draft.diagnostics
    assert fields["paid_by"]["type"] == "json" and fields["amount"]["type"] in ("float", "decimal")
    literal = ("# Modelo de datos\n\n## 3. Entidades\n\n### 3.4 Booking (reserva o cita): sustituye a `Reservation`\n\n"
               "```js\n{\n  businessId, customerId,\n  status: 'pending' | 'confirmed' | 'cancelled',\n  partySize: 4,\n"
               "  notes: '', reminderSentAt,\n}\n```\n")
    draft, fields = read(root / "b", {"docs/modelo-de-datos.md": literal}, "booking")
    assert draft.spec["name"] == "booking", draft.diagnostics
    assert {"business_id", "customer_id", "status", "party_size", "notes", "reminder_sent_at"} == set(fields)
    assert fields["status"]["enum_values"] == ["pending", "confirmed", "cancelled"]
    assert fields["reminder_sent_at"]["type"] == "datetime"


def test_a_firestore_documents_path_names_its_collection_and_objects_it_holds(root: Path) -> None:
    """'Path: `users/{uid}/trips/{tripId}`' under '## Firestore job document' names the trips; '- `input`: the
    `TripInput` above' and '`{ message, kind }`' are objects; a bullet of 'Reliability fields' lists more columns."""
    doc = ("# Schema\n\n## Request: TripInput\n\n```jsonc\n{\n  \"city\": \"string|null\"\n}\n```\n\n"
           "## Firestore job document\n\nOne document per request.\n\nPath: `users/{uid}/trips/{tripId}`\n\n"
           "- `input`: the `TripInput` above. Written by the client on create.\n"
           "- `status`: `\"pending\" | \"running\" | \"done\"`.\n- `error`: `{ message, kind }`. Written on failure.\n"
           "- Reliability fields (`flows.md`): `startedAt`, `attempts`, `lastError`.\n")
    draft, fields = read(root, {"spec/schema.md": doc}, "trip")
    assert draft.spec["name"] == "trip" and draft.spec.get("plural", "trips") == "trips", draft.diagnostics
    assert fields["input"]["type"] == "json" and fields["error"]["type"] == "json"
    assert fields["started_at"]["type"] == "datetime" and fields["attempts"]["type"] == "int"


def test_container_init_scripts_a_name_of_every_word_and_cjk_comma_runs(root: Path) -> None:
    """`database/init/001_schema.sql` (what the database container runs first) beside docs that only name the tables;
    `loan_application` asked beside `loans` is the loan_applications table; and `**字段**：\\`id\\`、\\`status\\`、...`."""
    docs = "# Modelo de dados\n\n| Tabela | Finalidade |\n| --- | --- |\n| `visits` | Atendimentos. |\n"
    ddl = "CREATE TABLE visits (\n  id BIGSERIAL PRIMARY KEY,\n  visited_on DATE NOT NULL,\n  notes TEXT\n);\n"
    draft, fields = read(root, {"docs/modelo-de-dados.md": docs, "database/init/001_schema.sql": ddl}, "visit")
    assert fields["visited_on"]["type"] == "date" and fields["visited_on"]["required"] is True, draft.diagnostics
    erd = ("# ERD\n\n```sql\nCREATE TABLE loan_applications (\n  id UUID PRIMARY KEY,\n  amount DECIMAL(15,2) NOT NULL,\n"
           "  purpose VARCHAR(255)\n);\n\nCREATE TABLE loans (\n  id UUID PRIMARY KEY,\n  principal DECIMAL(15,2) NOT NULL\n);\n```\n")
    draft, fields = read(root / "b", {"docs/ERD.md": erd}, "loan_application")
    assert draft.spec["name"] == "loan_application" and set(fields) == {"amount", "purpose"}, draft.diagnostics
    runs = ("# 数据模型\n\n## 实体\n\n### TastingSession 品鉴会话\n\n**字段**：`id`、`userId`、`status`、`currentIntent`、"
            "`endedAt`\n\n**关系**：拥有多个 `Message`。\n")
    draft, fields = read(root / "c", {"specs/001-tasting/data-model.md": runs, "specs/001-tasting/spec.md": "# 品鉴\n"},
                         "001-tasting")
    assert {"status", "current_intent", "ended_at"} <= set(fields), draft.diagnostics
    assert fields["ended_at"]["type"] == "datetime"


def test_values_a_comment_lists_and_the_member_an_enum_marks_default(root: Path) -> None:
    """`"region": "海外",  // 国内 | 海外` in an example record: the values it may hold (also for a null example);
    `MEDIUM   // Prioridad media (default)` in the enum a column is typed by: the column's default."""
    doc = ("# 数据模型\n\n## Expense\n\n```json\n{\n  \"id\": \"e1\",\n  \"region\": \"海外\",  // 国内 | 海外\n"
           "  \"subType\": null,  // 交通费用时：出租车 | 飞机\n  \"restaurant\": \"银座\",  // 客情宴请 / 个人餐费\n"
           "  \"amount\": 8500\n}\n```\n")
    draft, fields = read(root, {"docs/数据模型.md": doc}, "expense")
    assert fields["region"]["enum_values"] == ["国内", "海外"], draft.diagnostics
    assert fields["sub_type"]["enum_values"] == ["出租车", "飞机"] and fields["restaurant"]["type"] == "str"
    ticket = ("# Tickets\n\n```typescript\nenum TicketPriority {\n  LOW      // Baja\n  MEDIUM   // Media (default)\n"
              "  HIGH     // Alta\n}\n\ninterface Ticket {\n  id: string\n  title: string\n  priority: TicketPriority\n}\n```\n")
    draft, fields = read(root / "b", {"docs/modules/tickets.md": ticket, "docs/database-schema.md": "# DB\n"}, "ticket")
    assert fields["priority"]["default"] == "MEDIUM" and fields["priority"]["required"] is False, draft.diagnostics


def test_the_body_an_api_page_posts_when_the_schema_says_the_entity_in_words(root: Path) -> None:
    """The schema document describes Proposal only in prose; the API reference's `7.5 POST /api/proposals` page lists
    its 'Request schema:' with worded types (`optional string array`, `required object record`): that body. A schema
    document pasted twice over itself gives each column once."""
    schema = ("# Schema\n\n## Agreement\n\n- `lease`: text\n- `financial`: text\n\n## Proposal\n\nHolds terms, budget "
              "and documents.\n")
    api = ("# API Contract\n\n## 7) Proposals API\n\n### 7.5 `POST /api/proposals`\n\nRequest schema:\n\n"
           "- `clusterId`: required string\n- `budget`: required positive number\n- `terms`: required object record\n"
           "- `documents`: optional string array\n\nResponse:\n\n```json\n{ \"proposal\": { \"id\": \"uuid\" } }\n```\n")
    draft, fields = read(root, {"spec/schema.md": schema + "\n" + schema, "spec/api-contract.md": api}, "proposal")
    assert draft.spec["name"] == "proposal", draft.diagnostics
    assert set(fields) == {"cluster_id", "budget", "terms", "documents"}
    assert fields["terms"]["type"] == "json" and fields["documents"]["type"] == "list[str]"
    assert fields["budget"]["required"] is True and fields["documents"]["required"] is False
    draft, fields = read(root, {}, "agreement")
    assert draft.valid and list(fields) == ["lease", "financial"], draft.blocking


# Round 115's forms ------------------------------------------------------------------------------------------------


def test_er_diagrams_behind_front_matter_or_an_html_comment_with_a_legend_of_marks(root: Path) -> None:
    """An erDiagram after mermaid's front matter (`---\\nconfig: ...\\n---`); and one kept in an HTML comment under
    the picture rendered from it, whose legend says `**R** : Required (NOT NULL)` and leaves the rest optional."""
    diagram = ("# ERD\n\n```mermaid\n---\nconfig:\n  layout: elk\n---\nerDiagram\n    direction TB\n    Project {\n"
               "        UUID id PK\n        VARCHAR contractName\n        TEXT limits NULL\n        DATE dateStarted\n    }\n"
               "    class Project projectCore\n```\n")
    draft, fields = read(root, {"docs/erd.md": diagram}, "project")
    assert set(fields) == {"contract_name", "limits", "date_started"}, draft.diagnostics
    assert fields["contract_name"]["required"] is True and fields["limits"]["required"] is False
    hidden = ("# ERDs\n\n### Attribute Legend\n- **PK** : Primary Key\n- **R** : Required (NOT NULL)\n- Empty : Optional\n\n"
              "## Members\n\n![ERD](PNGs/erd.png)\n\n<!--\n```mermaid\nerDiagram\n    MEMBER {\n        bigint id \"PK, R\"\n"
              "        date joined_on \"R\"\n        date trial_expires_on \"\"\n        bigint plan_id \"R, FK -> PLAN.id\"\n"
              "    }\n```\n-->\n")
    draft, fields = read(root / "b", {"docs/ERDs.md": hidden}, "member")
    assert set(fields) == {"joined_on", "trial_expires_on", "plan_id"}, draft.diagnostics
    assert fields["joined_on"]["required"] is True and fields["trial_expires_on"]["required"] is False


def test_an_agents_reference_folder_and_column_lines_under_a_table_heading(root: Path) -> None:
    """`.agent/reference/schema-spec.md` (a coding agent's notes) is read; under `## Table \\`ncr\\`` a block of bare
    column lines is the ncr table, not one named 'Table'."""
    doc = ("# Modèle de données\n\n## Table `ncr`\n\n```sql\nid           uuid          PRIMARY KEY\n"
           "title        varchar(180)  NOT NULL\nlocal_id     varchar(255)  UNIQUE\nversion      integer       NOT NULL DEFAULT 1\n"
           "```\n\n## Table `audit_logs`\n\n```sql\nid     uuid          PRIMARY KEY\nhash   varchar(128)  NOT NULL\n```\n")
    draft, fields = read(root, {".agent/reference/schema-spec.md": doc, "README.md": "# App\n"}, "ncr")
    assert set(fields) == {"title", "local_id", "version"}, draft.diagnostics
    assert fields["title"]["max_length"] == 180 and fields["version"]["default"] == 1


def test_fsharp_records_and_a_design_documents_er_diagram_beside_an_api_spec(root: Path) -> None:
    """F# records (`Comments: string option` may be absent, the rest may not; a `...Unvalidated` record is no table);
    and a specs/ folder of an API spec with the ER diagram in `docs/technical-design/`."""
    fsharp = ("# Architecture\n\n```fsharp\ntype ReadingUnvalidated = {\n    Systolic:  int\n    Comments:  string option\n}\n\n"
              "type Reading = {\n    Id:         int\n    MemberId:   int           // whose reading\n    Systolic:   int\n"
              "    Timestamp:  DateTimeOffset\n    Comments:   string option\n    Tags:       string list\n}\n```\n")
    draft, fields = read(root, {"docs/architecture.md": fsharp}, "reading")
    assert set(fields) == {"member_id", "systolic", "timestamp", "comments", "tags"}, draft.diagnostics
    assert fields["timestamp"]["type"] == "datetime" and fields["comments"]["required"] is False
    assert fields["systolic"]["required"] is True and fields["tags"]["type"] == "list[str]"
    api = ("openapi: 3.0.3\ninfo: {title: Services, version: '1'}\npaths:\n  /services:\n    post:\n      requestBody:\n"
           "        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/ServiceCreateRequest'}\n"
           "      responses: {'201': {description: created}}\ncomponents:\n  schemas:\n    ServiceCreateRequest:\n"
           "      type: object\n      properties:\n        name: {type: string}\n")
    design = ("# Backend Design\n\n## Database Schema\n\n```mermaid\nerDiagram\n    SERVICE {\n        uuid id PK\n"
              "        varchar name \"Unique\"\n        boolean maintenance_enabled\n    }\n    SCHEDULE {\n        uuid id PK\n"
              "        uuid service_id FK\n    }\n```\n")
    draft, fields = read(root / "b", {"specs/services-api-spec.yaml": api, "specs/services/ui_spec.md": "# UI\n",
                                      "docs/technical-design/services_backend_design.md": design}, "service")
    assert draft.spec["name"] == "service" and {"name", "maintenance_enabled"} <= set(fields), draft.diagnostics


# Round 116's forms ------------------------------------------------------------------------------------------------


def test_a_table_line_whose_enum_note_is_long_and_bold_headings_naming_tables(root: Path) -> None:
    """`- \\`vehicles\\`: id (pk, uuid), year int, ..., status (enum: available, assigned, ...), notes text nullable`:
    a note in parentheses is one remark however many words; and `### **book**` is a heading that names its table,
    not a bold label over a part of the table above."""
    line = ("# Data Models\n\n## Fleet\n\n- `vehicles`: id (pk, uuid), year int, make, model, status (enum: available, "
            "assigned, maintenance, temporarily_assigned, leased_out, retired, sold), odometer numeric nullable, notes text "
            "nullable, created_at, updated_at.\n")
    draft, fields = read(root, {"documentation/data-models.md": line}, "vehicle")
    assert {"year", "make", "model", "status", "odometer", "notes"} == set(fields), draft.diagnostics
    assert fields["status"]["enum_values"][:2] == ["available", "assigned"] and fields["year"]["type"] == "int"
    assert fields["make"]["required"] is True and fields["notes"]["required"] is False
    table = "| Column | Type | Notes |\n| --- | --- | --- |\n| `id` | `int` | Primary key |\n"
    bold = ("# Database Schema\n\n## Table Definitions\n\n### **book**\n\n" + table + "| `title` | `varchar` | Not null |\n\n"
            "### **borrower**\n\n" + table + "| `email` | `varchar` | Not null, unique |\n")
    draft, fields = read(root / "b", {"docs/DATABASE.md": bold}, "book")
    assert draft.spec["name"] == "book" and set(fields) == {"title"}, draft.diagnostics


def test_an_entitys_columns_in_tables_by_topic_under_its_identifier(root: Path) -> None:
    """'### ProjectMonthRecord' over '#### Identity & Metadata', '#### Nhóm 1: Tồn đầu kỳ (Opening Stock)' and
    '#### Nhóm 2: Kế hoạch (Plan)', each a table of columns and types (headers differing): one entity's columns."""
    head = "| Column | Type | Nullable | Constraints |\n|---|---|---|---|\n"
    other = "| Column | Type | Nullable | Formula |\n|---|---|---|---|\n"
    doc = ("# Data Model\n\n## Entities\n\n### ProjectMonthRecord\n\n#### Identity & Metadata\n\n" + head
           + "| `id` | UUID | NO | PK |\n| `month_key` | VARCHAR(7) | NO | YYYY-MM |\n\n"
           "#### Nhóm 1: Tồn đầu kỳ (Opening Stock)\n\n" + head + "| `g1_ra_ton` | DECIMAL(19,4) | YES | |\n\n"
           "#### Nhóm 2: Kế hoạch (Plan)\n\n" + other + "| `g2_total` | DECIMAL(19,4) | YES | g1_ra_ton * 2 |\n"
           "| `g2_note` | TEXT | YES | |\n")
    draft, fields = read(root, {"specs/003-monthly-records/data-model.md": doc, "specs/003-monthly-records/spec.md": "# X\n"},
                         "003-monthly-records")
    assert draft.spec["name"] == "project_month_record", draft.diagnostics
    assert set(fields) == {"month_key", "g1_ra_ton", "g2_total", "g2_note"}


# Round 117's forms ------------------------------------------------------------------------------------------------


def test_a_column_of_legend_marks_gives_no_values(root: Path) -> None:
    """`| 约束 |` over `PK,l,q,r`, `r,l`, `l,r`, `q,l,r,u,c`: the marks a legend explains (read, list, query), the
    same ones row after row; a column holding `l,r` is a string, not an enum of `l` and `r`. A notes column with one
    row's own list still gives values."""
    doc = ("PK:主键\nR: 读取\nL: 列表\n\n## 订单\n\n### 1. 订单记录[ots_trade_order]\n\n"
           "| 字段名 | 类型 | 为空 | 约束 | 描述 |\n| --- | --- | --- | --- | --- |\n"
           "| order_no | varchar2(32) | 否 | PK,l,q,r | 订单编号 |\n| account_name | varchar2(64) | 否 | l,r | 用户账户 |\n"
           "| mer_order_no | varchar2(64) | 否 | r,l | 商户订单 |\n| face | number(10) | 否 | l,r,u,c | 面值 |\n"
           "| channel | varchar2(8) | 否 | r | WEB, APP, POS |\n")
    draft, fields = read(root, {"docs/db.md": doc}, "trade_order")
    assert fields["account_name"]["type"] == "str" and fields["account_name"]["max_length"] == 64, draft.diagnostics
    assert fields["mer_order_no"]["type"] == "str" and fields["order_no"]["unique"] is True
    assert fields["channel"]["type"] == "enum" and fields["channel"]["enum_values"] == ["WEB", "APP", "POS"]


def test_a_models_readme_with_field_topics_nested_values_and_go_types(root: Path) -> None:
    """'## Project Model' / '### Fields' / '#### Basic Information', '#### Classification': topics of one model's
    fields; `- \\`Type\\` (ProjectType, required)` over `  - \\`product\\`, \\`service\\``: an enum and its values, not
    three fields; and Go's types in the parentheses (`float64`, `*time.Time`, `*uint`, `StringArray`)."""
    doc = ("# Models Package\n\n## Project Model\n\nThe `Project` model is the core entity.\n\n### Fields\n\n"
           "#### Basic Information\n- `Name` (string, required) - Project name\n- `Code` (string, unique, optional) - Code\n\n"
           "#### Classification\n- `Type` (ProjectType, required, default: \"product\") - Type of project\n"
           "  - `product`, `service`, `internal`\n- `Methodology` (Methodology, required, default: \"agile\") - How\n"
           "  - `waterfall`, `agile`, `kanban`\n\n#### Tracking\n- `EstimatedEffort` (float64, hours) - Effort in hours\n"
           "- `StartDate` (*time.Time, optional) - Start date\n- `OwnerID` (*uint, optional) - Owner\n"
           "- `Tags` (StringArray, JSON) - Tags\n")
    draft, fields = read(root, {"docs/models.md": doc}, "project")
    assert draft.spec["name"] == "project", draft.diagnostics
    assert set(fields) == {"name", "code", "type", "methodology", "estimated_effort", "start_date", "owner_id", "tags"}
    assert fields["type"]["enum_values"] == ["product", "service", "internal"] and fields["type"]["default"] == "product"
    assert fields["methodology"]["type"] == "enum" and fields["methodology"]["enum_values"] == ["waterfall", "agile", "kanban"]
    assert [fields[n]["type"] for n in ("estimated_effort", "start_date", "owner_id", "tags")] == [
        "float", "datetime", "int", "list[str]"]


def test_a_root_phase_spec_whose_schema_is_column_bullets_in_sql_fences(root: Path) -> None:
    """`PHASE1_SPEC.md` at the root, titled for a phase, with `## Database Schema` over `### Table: bookings` and a
    `sql` fence of `- booking_date: DATE NOT NULL` lines (no DDL): the project's spec, and those lines its columns."""
    doc = ("# Phase 1: Core Reservation System\n\n## Overview\nA reservation API.\n\n## Database Schema\n\n"
           "### Table: restaurants\n```sql\n- id: INTEGER PRIMARY KEY\n- name: VARCHAR(255) NOT NULL\n```\n\n"
           "### Table: bookings\n```sql\n- id: INTEGER PRIMARY KEY\n- restaurant_id: INTEGER FOREIGN KEY -> restaurants.id\n"
           "- booking_date: DATE NOT NULL\n- party_size: INTEGER NOT NULL\n- duration_minutes: INTEGER (default: 90)\n"
           "- status: ENUM('pending', 'confirmed', 'cancelled')\n```\n")
    draft, fields = read(root, {"PHASE1_SPEC.md": doc, "README.md": "# Reservations\n\nSee the phase spec.\n"}, "booking")
    assert set(fields) == {"restaurant_id", "booking_date", "party_size", "duration_minutes", "status"}, draft.diagnostics
    assert fields["booking_date"]["type"] == "date" and fields["duration_minutes"]["default"] == 90
    assert fields["status"]["enum_values"] == ["pending", "confirmed", "cancelled"]


def test_a_camel_case_schema_file_and_a_japanese_attribute_table(root: Path) -> None:
    """`docs/schemaPrisma.md` says by its name that it is the schema, as `schema-prisma.md` would; and a DynamoDB
    design's `| 属性 | 説明 |` table under `# 2. muscle_records テーブル` / `## 属性` lists the table's attributes,
    typed by their names (the key attributes PK and SK apart)."""
    prisma = ("# Documentação do Prisma\n\n```prisma\nmodel Patient {\n  idPaciente Int @id @default(autoincrement())\n"
              "  name String\n  age Int\n}\n```\n")
    controller = "# PatientController\n\n### `post`\n\n- `name`: Nome;\n- `age`: Idade.\n"
    draft, fields = read(root, {"docs/schemaPrisma.md": prisma, "docs/patientController.md": controller}, "patient")
    assert draft.spec["name"] == "patient" and fields["name"]["required"] is True, draft.diagnostics
    dynamo = ("# データベース設計\n\n# 1. muscle_records テーブル\n\n## 目的\n\n筋トレログ\n\n## 属性\n\n| 属性 | 説明 |\n"
              "| --- | --- |\n| PK | USER#1 |\n| SK | DATE#20260310 |\n| exercise | 種目 |\n| weight | 重量 |\n"
              "| memo | メモ |\n| created_at | 作成日時 |\n")
    draft, fields = read(root / "b", {"docs/データベース設計.md": dynamo}, "muscle_record")
    assert draft.spec["name"] == "muscle_record" and {"exercise", "weight", "memo"} <= set(fields), draft.diagnostics
    assert "pk" not in fields and "sk" not in fields


def test_values_under_a_status_heading_type_words_and_migration_examples(root: Path) -> None:
    """`### Status` over `* available`, `* unavailable` in the menus section, though another table's `### Status`
    lists enough values to read as an entity; `## 7. Status Values` over a lead-in, the values and a closing remark;
    'fecha', 'lista' and 'date + time' as types; and an `ALTER TABLE ... ADD COLUMN` under `## Migration Examples`
    adds nothing."""
    erd = ("# ERD\n\n## menus\n\n### Field\n\n| Field | Type |\n| --- | --- |\n| id | BIGINT |\n| name | VARCHAR(100) |\n"
           "| status | ENUM |\n\n### Status\n\n* available\n* unavailable\n\n---\n\n## orders\n\n### Field\n\n"
           "| Field | Type |\n| --- | --- |\n| id | BIGINT |\n| status | ENUM |\n\n### Status\n\n* pending\n* paid\n"
           "* cancelled\n* done\n")
    draft, fields = read(root, {"docs/ERD.md": erd}, "menu")
    assert fields["status"]["enum_values"] == ["available", "unavailable"], draft.diagnostics
    design = ("# DB Design\n\n## 3. JobApplications Table\n\n| Column | Type | Required | Description |\n|---|---|---|---|\n"
              "| id | integer | Yes | key |\n| companyName | text | Yes | Company |\n| status | text | Yes | Current status |\n"
              "| interviewDate | date + time | No | Next interview |\n\n---\n\n## 7. Status Values\n\n"
              "The allowed application statuses are:\n\n- Applied\n- Waiting\n- Hired\n\nValues outside this list are "
              "invalid.\n\nExample:\n\n```text\nstatus = \"Waiting\"\n```\n")
    draft, fields = read(root / "b", {"docs/db-design.md": design}, "job_application")
    assert fields["status"]["enum_values"] == ["Applied", "Waiting", "Hired"], draft.diagnostics
    assert fields["interview_date"]["type"] == "datetime"
    spanish = ("# Modelo de datos\n\n### Player\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| `name` | texto | Obligatorio |\n"
               "| `birthDate` | fecha | Obligatoria |\n| `guardians` | lista | Opcional |\n")
    draft, fields = read(root / "c", {"docs/modelo-de-datos.md": spanish}, "player")
    assert fields["birth_date"]["type"] == "date" and fields["guardians"]["type"] == "json", draft.diagnostics
    ddl = ("# Database Schema\n\n```sql\nCREATE TABLE patients (\n  id INT PRIMARY KEY,\n  last_name VARCHAR(100) NOT NULL\n);\n"
           "```\n\n## Migration Examples\n\n### Add New Column\n\n```sql\nALTER TABLE patients ADD COLUMN gender "
           "ENUM('M', 'F') DEFAULT NULL;\n```\n")
    draft, fields = read(root / "d", {"docs/Database-Schema.md": ddl}, "patient")
    assert set(fields) == {"last_name"}, draft.diagnostics


# Round 118's forms ------------------------------------------------------------------------------------------------


def test_an_api_document_named_for_the_feature_with_required_and_optional_headings(root: Path) -> None:
    """`docs/property-management.md`, an API reference with no data model: named for the property; its
    `### Required Fields` and `### Optional Fields` lists say presence as headings; `### Property Types` over
    `- Single Family`, `- Condo` is the values of `propertyType`, not a table of columns; the title names the entity."""
    doc = ("# Property Management API Documentation\n\n## Endpoints\n\n### Create Property\n```\nPOST /api/properties\n```\n\n"
           "## Validation Rules\n\n### Required Fields\n- `address`: String, 5-200 characters\n- `city`: String, 2-100 "
           "characters\n- `propertyType`: One of predefined types\n- `price`: Number between 0 and 1,000,000,000\n\n"
           "### Optional Fields\n- `yearBuilt`: Integer between 1800 and current year\n- `description`: String, max 2000 "
           "characters\n\n### Property Types\n- Single Family\n- Condo\n- Townhouse\n- Land\n\n### Status Options\n"
           "- Available\n- Sold\n")
    draft, fields = read(root, {"docs/property-management.md": doc, "README.md": "# Estate\n"}, "property")
    assert draft.spec["name"] == "property", draft.diagnostics
    assert set(fields) == {"address", "city", "property_type", "price", "year_built", "description"}
    assert fields["city"]["required"] is True and fields["year_built"]["required"] is False
    assert fields["property_type"]["enum_values"] == ["Single Family", "Condo", "Townhouse", "Land"]


def test_jsdoc_written_as_prose_in_a_model_note_beside_the_code(root: Path) -> None:
    """`models/food/foodModel.md` (no spec folder) with `*@typedef {Object} FoodSchema*` over `*@property {string}
    nombre* Nombre (obligatorio).` lines: the typedef's fields, `[notas]` optional, 'obligatorio' required."""
    doc = ("# Esquema para el modelo de datos\n**@autor X**\n*@typedef {Object} FoodSchema*\n"
           "*@property {string} nombreRestaurante* Nombre del restaurante (obligatorio y único).\n"
           "*@property {Date} fechaReserva* Fecha de la reserva (obligatorio).\n"
           "*@property {number} asistentes* Personas (obligatorio).\n"
           "*@property {string} [notasReserva]* Notas adicionales (opcional).\n")
    draft, fields = read(root, {"models/food/foodModel.md": doc, "src/app.js": "console.log(1)\n"}, "food")
    assert set(fields) == {"nombre_restaurante", "fecha_reserva", "asistentes", "notas_reserva"}, draft.diagnostics
    assert fields["nombre_restaurante"]["required"] is True and fields["notas_reserva"]["required"] is False


def test_a_rules_table_listing_several_names_per_row_typed_by_its_words(root: Path) -> None:
    """`| Field | Rules |` under `## Recipe` with rows such as `` `description`, `cuisine` | Optional text fields ``
    and `` `favorite` | Required boolean; defaults to false ``: each name a field, typed by the rule's words."""
    doc = ("# Data Model: Recipe Library\n\n## Recipe\n\n| Field | Rules |\n|---|---|\n| `id` | Stable identifier. |\n"
           "| `title` | Required after trimming. |\n| `description`, `cuisine` | Optional text fields. |\n"
           "| `favorite` | Required boolean; defaults to false. |\n| `source` | Required manual source. |\n\n"
           "## Ingredient\n\n| Field | Rules |\n|---|---|\n| `id` | Stable. |\n| `recipeId` | Required parent. |\n"
           "| `position` | Required order. |\n")
    draft, fields = read(root, {"specs/002-recipe-library/data-model.md": doc, "specs/002-recipe-library/spec.md": "# R\n"},
                         "002-recipe-library")
    assert draft.spec["name"] == "recipe" and set(fields) == {"title", "description", "cuisine", "favorite", "source"}
    assert fields["favorite"]["type"] == "bool" and fields["cuisine"]["type"] == "text", draft.diagnostics


def test_a_mermaid_diagram_written_name_first_and_a_chinese_documents_nullable_notes(root: Path) -> None:
    """`content text "non-null"`, `likes [ObjectId]` in an erDiagram: the name first, the type after it; and a
    document that notes `可为空` on the columns that may be empty (in other tables) and lists `idx_venues_category
    (category)` among a table's indexes."""
    mermaid = ("# DB Schema Spec\n\n```mermaid\nerDiagram\n    POST {\n        ObjectId PK \"auto generated\"\n"
               "        userId ObjectId \"non-null\"\n        content text \"non-null\"\n        likes [ObjectId] \"refs\"\n"
               "    }\n```\n")
    draft, fields = read(root, {"spec/schema.md": mermaid}, "post")
    assert set(fields) == {"content", "likes"} and fields["likes"]["type"] == "list[str]", draft.diagnostics
    assert fields["content"]["type"] == "text" and fields["content"]["required"] is True
    head = "| 字段 | 类型 | 说明 |\n| --- | --- | --- |\n| id | bigint | 主键 |\n"
    doc = ("# 数据库设计\n\n### 3.1 `users`\n\n" + head + "| phone | varchar(20) | 手机号，可为空 |\n"
           "| nickname | varchar(20) | 昵称，可为空 |\n\n### 3.2 `venues`\n\n" + head + "| name | varchar(100) | 名称 |\n"
           "| category | varchar(30) | 类别 |\n\n约束与索引：\n\n- 普通索引：`idx_venues_category (category)`\n\n"
           "### 3.3 `bookings`\n\n" + head + "| paid_at | datetime | 支付时间，可为空 |\n")
    draft, fields = read(root / "b", {"docs/db_design.md": doc}, "venue")
    assert fields["name"]["required"] is True and fields["category"]["index"] is True, draft.diagnostics


def test_a_contract_kept_in_the_codes_contracts_folder(root: Path) -> None:
    """docs/ holds the data model; `back-end/contracts/src/main/resources/reservation-service/` holds the OpenAPI
    paths and, in a file of its own, `components: schemas: ReservationDto` with its `required` list and a `$ref`'d
    enum: read with the docs, the DTO saying presence and values."""
    model = ("# Data Model\n\n```mermaid\nerDiagram\n    RESERVATION {\n        UUID id PK\n        UUID customerId\n"
             "        Timestamp startTime\n        Enum status\n        String note\n    }\n```\n")
    schemas = ("components:\n  schemas:\n    ReservationDto:\n      type: object\n      properties:\n        customerId:\n"
               "          type: string\n          format: uuid\n        startTime:\n          type: string\n"
               "          format: date-time\n        status:\n          $ref: '#/components/schemas/ReservationStatus'\n"
               "        note:\n          type: string\n      required:\n        - customerId\n        - startTime\n"
               "        - status\n    ReservationStatus:\n      type: string\n      enum:\n        - PENDING\n        - DONE\n")
    paths = ("openapi: 3.1.1\ninfo:\n  title: Reservations\n  version: 1.0.0\npaths:\n  /reservations:\n    post:\n"
             "      requestBody:\n        content:\n          application/json:\n            schema:\n"
             "              $ref: './reservation-schemas.yml#/components/schemas/ReservationDto'\n")
    base = "back-end/contracts/src/main/resources/reservation-service/"
    draft, fields = read(root, {"docs/dataModel/dataModel.md": model, base + "reservation-schemas.yml": schemas,
                                base + "reservation-spec.yml": paths}, "reservation")
    assert fields["status"]["enum_values"] == ["PENDING", "DONE"], draft.diagnostics
    assert fields["customer_id"]["required"] is True and fields["note"]["required"] is False


def test_quoted_values_with_labels_an_enum_table_of_codes_and_names_and_one_add_of_many_columns(root: Path) -> None:
    """`'DAILY': 常用, 'AS_NEEDED': 頓服` in a notes cell: the values, each before its label; `| 値 | 名前 | 説明 |`
    over `| 0 | Snack |`: the names go over the wire, not the codes; and SQL Server's `ALTER TABLE Rewards ADD Stock INT
    NULL, IsPhysical BIT NOT NULL DEFAULT 0`: every column after the one ADD."""
    doc = ("# DB設計\n\n## medications\n\n| カラム | 型 | 制約 | 説明 |\n|---|---|---|---|\n| id | INTEGER | PK | ID |\n"
           "| name | VARCHAR | NOT NULL | 名前 |\n| type | VARCHAR | NOT NULL | 'DAILY': 常用, 'AS_NEEDED': 頓服 |\n")
    draft, fields = read(root, {"docs/db_design.md": doc}, "medication")
    assert fields["type"]["type"] == "enum" and fields["type"]["enum_values"] == ["DAILY", "AS_NEEDED"], draft.diagnostics
    model = ("# Data Model\n\n### Reward\n\n| Property | Type | Description |\n|---|---|---|\n| Id | int | key |\n"
             "| Name | string | 名前 |\n| Category | RewardCategory | カテゴリ |\n| IsPhysical | bool | 実物 |\n"
             "| IsActive | bool | 有効 |\n\n#### RewardCategory (Enum)\n\n"
             "| 値 | 名前 | 説明 |\n| --- | --- | --- |\n| 0 | Snack | 駄菓子 |\n| 1 | Card | カード |\n| 2 | Toy | おもちゃ |\n\n"
             "## Migration\n\n```sql\nALTER TABLE Rewards\nADD Stock INT NULL,\n    IsPhysical BIT NOT NULL DEFAULT 0,\n"
             "    IsActive BIT NOT NULL DEFAULT 1;\n```\n")
    draft, fields = read(root / "b", {"specs/003-rewards/data-model.md": model, "specs/003-rewards/spec.md": "# R\n"},
                         "003-rewards")
    assert fields["category"]["enum_values"] == ["Snack", "Card", "Toy"], draft.diagnostics
    assert fields["is_physical"]["default"] is False and fields["is_active"]["default"] is True


def test_a_later_migration_alters_the_columns_and_an_example_column_lists_no_values(root: Path) -> None:
    """`V1` creates the table, `V3` adds `confirmation_code`, then `ALTER COLUMN ... SET NOT NULL`, `DROP NOT NULL`
    and `TYPE TIME`: the columns as the last migration leaves them; and `| Example |` over `"Pickup only", "Can
    deliver"` beside a string is what it may hold, not a closed list."""
    doc = ("# Datenmodell\n\n### V1__create.sql\n\n```sql\nCREATE TABLE reservation (\n  id UUID PRIMARY KEY,\n"
           "  customer_name VARCHAR(200) NOT NULL,\n  pickup_time TIMESTAMP NOT NULL\n);\n```\n\n### V3__codes.sql\n\n```sql\n"
           "ALTER TABLE reservation ADD COLUMN confirmation_code VARCHAR(8);\n"
           "ALTER TABLE reservation ALTER COLUMN confirmation_code SET NOT NULL;\n"
           "ALTER TABLE reservation ADD CONSTRAINT uk_code UNIQUE (confirmation_code);\n"
           "ALTER TABLE reservation ALTER COLUMN pickup_time DROP NOT NULL;\n"
           "ALTER TABLE reservation ALTER COLUMN pickup_time TYPE TIME USING pickup_time::TIME;\n```\n")
    draft, fields = read(root, {"docs/data-model.md": doc}, "reservation")
    assert fields["confirmation_code"]["required"] is True and fields["confirmation_code"]["unique"] is True, draft.diagnostics
    assert fields["pickup_time"]["type"] == "str" and fields["pickup_time"]["required"] is False
    table = ("# Database Schema\n\n## Item\n\n| Field | Type | Required | Description | Example |\n|---|---|---|---|---|\n"
             "| `name` | string | Yes | Item name | \"Vintage Table\" |\n| `deliveryTime` | string | No | Delivery | "
             "\"Pickup only\", \"Can deliver\" |\n| `condition` | enum | No | Condition | \"New\", \"Good\", \"Fair\" |\n")
    draft, fields = read(root / "b", {"docs/database-schema.md": table}, "item")
    assert fields["delivery_time"]["type"] == "str" and fields["condition"]["enum_values"] == ["New", "Good", "Fair"]


# Round 119's forms ------------------------------------------------------------------------------------------------


def test_kinds_named_in_a_run_escaped_code_spans_and_a_table_a_migration_creates(root: Path) -> None:
    """'## MVP Task Types' over "Deferred: `summarize`, `caption`, `classify`": kinds of a task, not the columns of
    an 'MVP task' (the folder's word); `\\`appointment_no\\`` escaped on the way in are code spans; and a table under
    `### 2. \\`migrations/002_create_short_links.sql\\`` over "Creates the `short_links` table" is the short_links'."""
    model = ("# Data Model: MVP Core\n\n## MVP Task Types\n\nOnly these task types are active in the MVP:\n\n"
             "Deferred: `summarize`, `caption`, `classify`, `repo_analyze`.\n\n## SQLite Schema\n\n```sql\n"
             "CREATE TABLE file (\n  id TEXT PRIMARY KEY,\n  path TEXT NOT NULL,\n  size INTEGER NOT NULL\n);\n```\n")
    draft, fields = read(root, {"specs/001-mvp-core/data-model.md": model, "specs/001-mvp-core/spec.md": "# Kris\n"},
                         "001-mvp-core")
    assert draft.spec["name"] == "file" and set(fields) == {"path", "size"}, draft.diagnostics
    escaped = ("# 数据库设计\n\n### 6. Appointment表 (预约记录)\n- \\`id\\` (PK)\n- \\`appointment_no\\` (唯一预约号)\n"
               "- \\`patient_id\\` (FK -> patient.id)\n- \\`status\\` (PENDING, FINISHED, CANCELLED)\n")
    draft, fields = read(root / "b", {"docs/数据库设计.md": escaped}, "appointment")
    assert {"appointment_no", "patient_id", "status"} <= set(fields), draft.diagnostics
    assert fields["status"]["enum_values"] == ["PENDING", "FINISHED", "CANCELLED"]
    migration = ("# Database\n\n### 2. `migrations/002_create_short_links.sql`\n\nCreates the `short_links` table for short "
                 "URLs.\n\n| Column | Type | Constraints | Notes |\n| --- | --- | --- | --- |\n| `id` | `UUID` | `PRIMARY KEY` | id |\n"
                 "| `short_code` | `VARCHAR` | `NOT NULL`, `UNIQUE` | code |\n| `original_url` | `TEXT` | `NOT NULL` | URL |\n\n"
                 "```text\nshort_links\n├── id (PK)\n├── short_code (UNIQUE)\n└── original_url\n```\n")
    draft, fields = read(root / "c", {"docs/spec/database.md": migration}, "short_link")
    assert set(fields) == {"short_code", "original_url"} and fields["short_code"]["unique"] is True, draft.diagnostics


def test_a_plain_block_of_columns_with_marks_one_space_after_the_name(root: Path) -> None:
    """```text under `### consultations`: `student_id           FK -> profiles.id`, `availability_slot_id unique FK ->
    availability_slots.id` (one space, then its marks), `notes                 nullable`: every column read, and the
    ones not marked nullable are NOT NULL."""
    doc = ("# Database Specification\n\n## 2. Core Tables\n\n### consultations\n\n```text\nid\nstudent_id           FK -> "
           "profiles.id\navailability_slot_id unique FK -> availability_slots.id\npurpose\nnotes                 nullable\n"
           "status\ncreated_at\n```\n")
    draft, fields = read(root, {"docs/specs/database.md": doc}, "consultation")
    assert set(fields) == {"student_id", "availability_slot_id", "purpose", "notes", "status"}, draft.diagnostics
    assert fields["availability_slot_id"]["unique"] is True and fields["purpose"]["required"] is True
    assert fields["notes"]["required"] is False


def test_a_mermaid_comment_of_values_one_of_which_names_a_type(root: Path) -> None:
    """`text source "online | phone | walk_in"`: the values, though `phone` is also a type's name; `"nullable, text"`
    stays a remark."""
    doc = ("# Data Model\n\n```mermaid\nerDiagram\n  APPOINTMENT {\n    uuid id PK\n    date date\n"
           "    text source \"online | phone | walk_in\"\n    text note \"nullable, text\"\n  }\n```\n")
    draft, fields = read(root, {"docs/design/data-model.md": doc}, "appointment")
    assert fields["source"]["enum_values"] == ["online", "phone", "walk_in"], draft.diagnostics
    assert fields["note"]["type"] == "text" and not fields["note"].get("enum_values")


def test_a_type_sketch_whose_union_sits_on_the_line_below_its_name(root: Path) -> None:
    """```text: `VideoStatus:` on its own line, `"draft" | "generating" | "failed"` indented below it, and a `Video:`
    whose `- status: VideoStatus`: an enum of those values."""
    doc = ("# Data Model\n\n### Video Types\n\n```text\nVideoStatus:\n  \"draft\" | \"generating\" | \"failed\"\n\nVideo:\n"
           "  - title: string\n  - prompt: string\n  - status: VideoStatus\n```\n")
    draft, fields = read(root, {"specs/001-foundation/data-model.md": doc, "specs/001-foundation/spec.md": "# Reel\n"},
                         "001-foundation")
    assert fields["status"]["enum_values"] == ["draft", "generating", "failed"], draft.diagnostics


def test_a_default_of_an_earlier_version_of_the_column_is_left_out(root: Path) -> None:
    """The first migration's `status VARCHAR(30) NOT NULL DEFAULT 'PENDING'`, the column table's values without it
    (a later migration moved every row off it): the draft leaves the default out and says so, instead of a spec the
    model refuses."""
    doc = ("# Datenmodell\n\n## reservation\n\n| Spalte | Typ | Constraints | Beschreibung |\n|---|---|---|---|\n"
           "| `id` | UUID | PK | id |\n| `customer_name` | VARCHAR(200) | NOT NULL | Name |\n"
           "| `status` | VARCHAR(30) | NOT NULL | `CONFIRMED`, `CANCELLED`, `COMPLETED` |\n\n### V1__init.sql\n\n```sql\n"
           "CREATE TABLE reservation (\n  id UUID PRIMARY KEY,\n  customer_name VARCHAR(200) NOT NULL,\n"
           "  status VARCHAR(30) NOT NULL DEFAULT 'PENDING'\n);\n```\n")
    draft, fields = read(root, {"docs/data-model.md": doc}, "reservation")
    assert draft.spec is not None and fields["status"]["enum_values"] == ["CONFIRMED", "CANCELLED", "COMPLETED"]
    assert "default" not in fields["status"], draft.diagnostics
    assert any("default 'PENDING'" in line and "left out" in line for line in draft.diagnostics)


# Forms from round 120 ---------------------------------------------------------------------------------------------


def test_a_data_dictionary_in_hungarian(root: Path) -> None:
    """`| Oszlop | Típus | Megkötések |` with `Alapértelmezett: \\`'Könnyed'\\`` and `Nullable` notes: the table's columns,
    the default said in Hungarian, and the unmarked ones required, as the document marks the others Nullable."""
    doc = ("# Adatbázis séma\n\n## levels\n\n| Oszlop | Típus | Megkötések |\n|---|---|---|\n"
           "| `LevelID` | BIGINT UNSIGNED PK | Auto increment |\n| `Name` | VARCHAR(100) | |\n| `Description` | TEXT | Nullable |\n"
           "| `Category` | VARCHAR(50) | Alapértelmezett: `'Könnyed'` |\n| `IsActive` | BOOLEAN | Alapértelmezett: `true` |\n")
    draft, fields = read(root, {"backend/docs/database-schema.md": doc}, "level")
    assert set(fields) == {"name", "description", "category", "is_active"}, draft.diagnostics
    assert fields["category"]["default"] == "Könnyed" and fields["is_active"]["default"] is True
    assert fields["name"]["required"] is True and fields["description"]["required"] is False


def test_a_table_whose_columns_are_a_bare_run_of_names(root: Path) -> None:
    """`## events` over `title, description, start_at, ..., status (\\`planned\\`|\\`done\\`), group_id, timestamps.`: the
    columns, typed by their names and the values beside one, none required; a users table with a password hash
    above it is not what the feature is about."""
    doc = ("# Data Model\n\n## profiles\n\n| Column | Type | Notes |\n|---|---|---|\n| id | uuid PK | |\n"
           "| username | text unique not null | login |\n| password_hash | text not null | bcrypt |\n\n## events\n\n"
           "title, description, start_at, end_at, max_participants, status (`planned`\\|`done`), group_id, timestamps.\n")
    draft, fields = read(root, {"specs/001-core/data-model.md": doc, "specs/001-core/spec.md": "# Agenda\n"}, "001-core")
    assert draft.spec["name"] == "event", draft.diagnostics
    assert fields["start_at"]["type"] == "datetime" and fields["max_participants"]["type"] == "int"
    assert fields["status"]["enum_values"] == ["planned", "done"] and fields["description"]["type"] == "text"
    assert "timestamps" not in fields and not any(f["required"] for f in fields.values())


def test_a_bold_table_name_over_its_columns_in_spans_each_with_its_ddl(root: Path) -> None:
    """`**registrations** — \\`id\\` PK, \\`session_id\\` INTEGER NOT NULL FK → sessions(id), \\`status\\` TEXT NOT NULL
    CHECK IN (...), \\`reserved_at\\` TEXT NOT NULL default now.` then `Indexed on ...`: each column as its DDL says."""
    doc = ("# Schema\n\n## Tables\n\n**registrations** — `id` PK, `session_id` INTEGER NOT NULL FK → sessions(id) ON DELETE "
           "CASCADE,\n`attendee_name` TEXT NOT NULL, `status` TEXT NOT NULL CHECK IN ('Reserved','Cancelled'),\n"
           "`reserved_at` TEXT NOT NULL default now, `note` TEXT NULL (what the staff wrote).\nIndexed on `session_id`, "
           "`status`.\n")
    draft, fields = read(root, {"docs/schema.md": doc}, "registration")
    assert set(fields) == {"session_id", "attendee_name", "status", "reserved_at", "note"}, draft.diagnostics
    assert fields["session_id"]["type"] == "int" and fields["session_id"]["required"] is True
    assert fields["status"]["enum_values"] == ["Reserved", "Cancelled"] and fields["status"]["index"] is True
    assert fields["reserved_at"]["default"] == "now" and fields["note"]["required"] is False
    assert fields["attendee_name"]["index"] is False


def test_a_document_sketch_with_notes_after_its_types_and_a_request_table(root: Path) -> None:
    """A MongoDB collection sketched as `trackingNumber: String (indexed, unique)`, `warehouse: ObjectId (ref: ...)`,
    `status: Enum ['pending', 'done']`, and an API reference whose `### Create Shipment` has a Required column: every
    member read, presence from the request table (the sketch says none), and "No authentication required" is no
    word about the status."""
    arch = ("# Architecture\n\n## Database Schema\n\n### Shipments Collection\n\n```javascript\n{\n  _id: ObjectId,\n"
            "  trackingNumber: String (indexed, unique),\n  senderName: String,\n  receiverName: String,\n"
            "  receiverPhone: String,\n  itemDescription: String,\n  warehouse: ObjectId (ref: Warehouse),\n"
            "  weight: Number,\n  status: Enum ['pending', 'done'],\n  notes: String,\n  createdAt: Date (auto)\n}\n```\n")
    api = ("# API\n\n**Current Status:** Open API (No authentication required)\n\n## Shipments API\n\n### Create Shipment\n\n"
           "**Request Body:**\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n"
           "| trackingNumber | string | Yes | Unique |\n| senderName | string | Yes | Name |\n| weight | number | Yes | kg |\n"
           "| status | string | No | Initial status |\n| warehouse | string | No | Warehouse ID |\n| notes | string | No | Notes |\n")
    draft, fields = read(root, {"docs/ARCHITECTURE.md": arch, "docs/API.md": api}, "shipment")
    assert set(fields) == {"tracking_number", "sender_name", "receiver_name", "receiver_phone", "item_description",
                           "warehouse", "weight", "status", "notes"}, draft.diagnostics
    assert fields["tracking_number"]["unique"] is True and fields["status"]["enum_values"] == ["pending", "done"]
    assert [n for n, f in fields.items() if f["required"]] == ["tracking_number", "sender_name", "weight"]


def test_a_bullet_with_its_default_after_the_parentheses(root: Path) -> None:
    """`- status (enum: 'available', 'rented') default: 'available'` in a block of column bullets: the enum and its
    default."""
    doc = ("# Database Schema\n\n### equipment_items\n```sql\n- id (bigint, primary key)\n- name (string)\n"
           "- status (enum: 'available', 'rented') default: 'available'\n- notes (text, nullable)\n```\n")
    draft, fields = read(root, {"docs/database-schema.md": doc}, "equipment_item")
    assert fields["status"]["enum_values"] == ["available", "rented"], draft.diagnostics
    assert fields["status"]["default"] == "available"


def test_a_readme_schema_in_a_ruby_block_beside_docs_of_routes(root: Path) -> None:
    """`docs/architecture/api-endpoints.md` of routes and field tables, and the README's `## Database Schema`: a ```ruby
    block of `# loans - Credit agreements` comments, each over its columns' bullets (`device_id (references devices,
    required)`): the README's loans are the table; a reference holds an integer key, as Rails makes it."""
    readme = ("# Loans admin\n\n## Database Schema\n\n```ruby\n# users - Staff\n- email (string, unique)\n- role (enum: admin, seller)\n"
              "- full_name (string)\n\n# loans - Credit agreements\n- device_id (references devices, required)\n"
              "- contract_number (string, unique, required, indexed)\n- total_amount (decimal, precision: 10, scale: 2)\n"
              "- status (enum: active, paid_off)\n- created_by_id (references users)\n- timestamps\n```\n")
    api = ("# API\n\n### Loan\n\n| Field | Type | Description |\n|---|---|---|\n| id | integer | id |\n"
           "| contract_number | string | Number |\n| approved_amount | decimal | Approved |\n| status | string | pending/active |\n")
    draft, fields = read(root, {"README.md": readme, "docs/architecture/api-endpoints.md": api}, "loan")
    assert set(fields) == {"device_id", "contract_number", "total_amount", "status", "created_by_id"}, draft.diagnostics
    assert fields["device_id"]["type"] == "int" and fields["device_id"]["required"] is True
    assert fields["contract_number"]["unique"] is True and fields["status"]["enum_values"] == ["active", "paid_off"]


def test_rust_structs_of_values_and_a_surrealdb_schema(root: Path) -> None:
    """A Rust `Order` whose `customer: CustomerInfo` is a struct with no id of its own (serde nests it), and
    SurrealQL's `DEFINE FIELD items ON TABLE order TYPE array`: both kept whole as JSON; `option<string>` may be
    empty."""
    doc = ("# Architecture\n\n```rust\n#[derive(Serialize, Deserialize)]\npub struct Order {\n    pub id: String,\n"
           "    pub order_number: String,\n    pub customer: CustomerInfo,\n    pub items: Vec<OrderItem>,\n"
           "    pub note: Option<String>,\n}\n\npub struct CustomerInfo {\n    pub name: String,\n    pub phone: String,\n}\n\n"
           "pub struct OrderItem {\n    pub id: String,\n    pub quantity: u32,\n}\n```\n\n## SurrealDB\n\n```sql\n"
           "DEFINE TABLE order SCHEMAFULL;\nDEFINE FIELD order_number ON TABLE order TYPE string;\n"
           "DEFINE FIELD customer ON TABLE order TYPE object;\nDEFINE FIELD customer.name ON TABLE order TYPE string;\n"
           "DEFINE FIELD items ON TABLE order TYPE array;\nDEFINE FIELD note ON TABLE order TYPE option<string>;\n"
           "DEFINE FIELD state ON TABLE order TYPE string ASSERT $value INSIDE ['new', 'done'] DEFAULT 'new';\n```\n")
    draft, fields = read(root, {"architecture.md": doc}, "order")
    assert set(fields) == {"order_number", "customer", "items", "note", "state"}, draft.diagnostics
    assert fields["customer"]["type"] == "json" and fields["items"]["type"] == "json"
    assert fields["order_number"]["required"] is True and fields["note"]["required"] is False
    assert fields["state"]["enum_values"] == ["new", "done"] and fields["state"]["default"] == "new"


def test_a_place_on_the_map_and_a_column_null_only_for_some_rows(root: Path) -> None:
    """`| location | GeoJSON Point |` is kept whole as JSON (a FeatureSpec has no geometry); `NULL when \\`no_action\\`,
    else NOT NULL` says some rows have none, so the column is not required."""
    doc = ("# Database\n\n## reports\n\n| Column | Type | Constraints |\n|---|---|---|\n| `id` | uuid | PK |\n"
           "| `symbol` | text | NOT NULL |\n| `conviction` | smallint | NULL when `no_action`, else NOT NULL `BETWEEN 1 AND 5` |\n"
           "| `location` | GeoJSON Point | NOT NULL |\n")
    draft, fields = read(root, {"docs/DATABASE.md": doc}, "report")
    assert fields["location"]["type"] == "json", draft.diagnostics
    assert fields["conviction"]["required"] is False and fields["symbol"]["required"] is True


def test_a_rule_on_a_qualified_name_over_what_the_diagram_presumes(root: Path) -> None:
    """A diagram whose only mark is the key's `"serial not null"` (the other columns presumed optional by it) and
    rules `- \\`type.label\\` obrigatório.` and `- \\`device.name\\` obrigatório;`: the device's name is required, as
    the rule on it says, though its table is `sensors_device`; the type's rule says nothing of the device's label."""
    doc = ("# Banco\n\n```mermaid\nerDiagram\n    sensors_type {\n        int id PK\n        string label\n    }\n"
           "    sensors_device {\n        int id PK \"serial not null\"\n        string name \"Nome\"\n        string label\n"
           "        int type_id FK\n        bool is_active\n    }\n```\n\n### Regras mínimas\n\n"
           "- `type.label` obrigatório.\n- `device.name` obrigatório; `type_id` deve existir.\n")
    draft, fields = read(root, {"backend/docs/DATABASE.md": doc}, "sensors_device")
    assert fields["name"]["required"] is True, draft.diagnostics
    assert fields["label"]["required"] is False and fields["type_id"]["required"] is False


# Forms from round 121 ---------------------------------------------------------------------------------------------


def test_a_login_token_table_is_the_auth_providers_by_its_columns(root: Path) -> None:
    """An `AuthToken` of token, tokenType, expiresAt and isRevoked first in the data model: a login token, left out
    with the users, so the feature's entity is the portfolio item after it."""
    doc = ("# Data Model\n\n## Entity: AuthToken\n\n| Field | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
           "| userId | UUID | FK, Not Null |\n| token | VARCHAR(500) | Unique, Not Null |\n| expiresAt | TIMESTAMP | Not Null |\n"
           "| isRevoked | BOOLEAN | Not Null |\n\n## Entity: PortfolioItem\n\n| Field | Type | Constraints |\n|---|---|---|\n"
           "| id | UUID | PK |\n| userId | UUID | FK, Not Null |\n| symbol | VARCHAR(20) | Not Null |\n"
           "| quantity | DECIMAL(18,8) | Not Null |\n")
    draft, fields = read(root, {"specs/004-schema/data-model.md": doc, "specs/004-schema/spec.md": "# Portfolio\n"},
                         "004-schema")
    assert draft.spec["name"] == "portfolio_item", draft.diagnostics
    assert any("AuthToken" in line and "auth provider" in line for line in draft.diagnostics)


def test_an_entity_column_left_empty_below_its_first_row_and_names_marked_optional(root: Path) -> None:
    """`| 엔티티 | 필드 | 타입 |` whose entity cell is written once, then left empty for its other rows, and names
    marked `address?`: every row is the Place's; the marked ones may be absent, the others are required."""
    doc = ("# Data Model\n\n| 엔티티 | 필드 | 타입 | 설명 |\n|---|---|---|---|\n| Place | id | string | id |\n"
           "| | name | string | 표시명 |\n| | tags | string[] | 키 |\n| | address? | string | |\n| | avgDurationMin | number | 분 |\n"
           "| Region | id | string | |\n| | places | Place[] | |\n")
    draft, fields = read(root, {"docs/design/data-model.md": doc}, "place")
    assert set(fields) == {"name", "tags", "address", "avg_duration_min"}, draft.diagnostics
    assert fields["address"]["required"] is False and fields["name"]["required"] is True


def test_column_names_in_a_plain_block_under_the_entity_heading(root: Path) -> None:
    """`## PriceObservation (append-only)` over ```text `id, product_variant, store` / `price (NUMERIC 12,2), currency`
    / `valid_from, valid_until  # ...`: the columns, typed by their names and the type beside one."""
    doc = ("# Modelo de Dados\n\n## PriceObservation (append-only)\n\n```text\nid, product_variant, store\n"
           "price (NUMERIC 12,2), currency\nis_promotional, pack_unit        # base do preço\ncollected_at, valid_from, "
           "valid_until\n```\n")
    draft, fields = read(root, {"docs/DATA_MODEL.md": doc}, "price_observation")
    assert set(fields) == {"product_variant", "store", "price", "currency", "is_promotional", "pack_unit", "collected_at",
                           "valid_from", "valid_until"}, draft.diagnostics
    assert fields["price"]["type"] == "decimal" and fields["is_promotional"]["type"] == "bool"
    assert fields["valid_until"]["type"] == "datetime" and fields["valid_from"]["type"] == "datetime"


def test_a_plain_block_of_tables_whose_columns_are_parted_by_middle_dots(root: Path) -> None:
    """`walks` over `  id · organizer_id (FK profiles, nullable)` / `  location_text · start_time · duration_minutes`:
    the walk's columns; the one marked nullable may be empty, the others may not."""
    doc = ("# Modèle\n\n```\nwalks\n  id · organizer_id (FK profiles, nullable)\n  location_text · start_time · "
           "duration_minutes · created_at\n\nwalk_dogs\n  walk_id (FK walks) · dog_id (FK dogs)\n  status ('yes'|'maybe')\n```\n")
    draft, fields = read(root, {"docs/modele-de-donnees.md": doc}, "walk")
    assert set(fields) == {"organizer_id", "location_text", "start_time", "duration_minutes"}, draft.diagnostics
    assert fields["start_time"]["type"] == "datetime" and fields["duration_minutes"]["type"] == "int"
    assert fields["organizer_id"]["required"] is False and fields["location_text"]["required"] is True


def test_a_numbered_line_naming_the_table_below_it_and_emoji_marks(root: Path) -> None:
    """`1. Tabela: usuarios` and `3. Tabela: livros`, each a numbered line over its table, with `✔️` and `❌` in the
    Obrigatório column: each table named, and the emoji's marks read as the plain ones."""
    doc = ("**Database Schema**\n\n1. Tabela: usuarios\n\n| Campo | Tipo | Obrigatório |\n|---|---|---|\n| id | SERIAL PK | ✔️ |\n"
           "| nome | VARCHAR(150) | ✔️ |\n\nRegras importantes:\n\nOs tipos permitidos são: aluno.\n\n3. Tabela: livros\n\n"
           "| Campo | Tipo | Obrigatório |\n|---|---|---|\n| id | SERIAL PK | ✔️ |\n| titulo | VARCHAR(200) | ✔️ |\n"
           "| ano | INT | ❌ |\n| categoria_id | INT FK | ✔️ |\n\nRegras:\n\nquantidade nunca negativa.\n")
    draft, fields = read(root, {"docs/database_schema.md": doc}, "livro")
    assert set(fields) == {"titulo", "ano", "categoria_id"}, draft.diagnostics
    assert fields["titulo"]["required"] is True and fields["ano"]["required"] is False


def test_links_to_other_records_and_a_class_table_of_members(root: Path) -> None:
    """Airtable's `link → Scene` holds one record's id, `link → Person (many)` several (a list no row must fill);
    `timecode` is text. A PHP class's `| Member | Visibility and type |` table in `docs/domain-model.md`:
    `$accountNumber` | `private readonly string` is the property, and `array<int, Transaction>` a map kept whole."""
    cues = ("# Data Model\n\n### Cue\n\n| Field | Type | Notes |\n|---|---|---|\n| `number` | text, optional | 0.10 |\n"
            "| `scene` | link → Scene | required for grouping |\n| `timecode` | timecode | fires on |\n"
            "| `assignees` | link → Person (many) | |\n| `page` | text | script page |\n")
    draft, fields = read(root / "cues", {"docs/spec/data-model.md": cues}, "cue")
    assert fields["scene"]["type"] == "str" and fields["timecode"]["type"] == "str", draft.diagnostics
    assert fields["assignees"]["type"] == "list[str]" and fields["assignees"]["required"] is False
    bank = ("# Domain Model\n\n### `BankAccount` (abstract)\n\n| Member | Visibility and type | Contract |\n|---|---|---|\n"
            "| `$accountNumber` | `private readonly string` | Non-empty unique account number. |\n"
            "| `$balanceInCents` | `private int` | Never negative. |\n| `$transactions` | `private array<int, Transaction>` | Ledger. |\n"
            "| `getAccountNumber(): string` | `public` | Returns the account number. |\n")
    draft, fields = read(root / "bank", {"docs/domain-model.md": bank}, "bank_account")
    assert set(fields) == {"account_number", "balance_in_cents", "transactions"}, draft.diagnostics
    assert fields["account_number"]["type"] == "str" and fields["balance_in_cents"]["type"] == "int"
    assert fields["transactions"]["type"] == "json"


def test_a_type_named_for_the_entity_and_column_lists_the_values(root: Path) -> None:
    """`| status | enum | 计划状态 |` in the PlantingPlan's table, and `## 7.3 PlantingPlanStatus` over a plain block of
    one value a line: the status's values; `## 7.4 TaskStatus` (another entity's) gives it none."""
    doc = ("# 数据模型\n\n## 6.3 PlantingPlan\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | id | ID |\n"
           "| planName | string | 计划名称 |\n| status | enum | 计划状态 |\n\n## 7.3 PlantingPlanStatus\n\n```text\ncreated\n"
           "active\narchived\n```\n\n## 7.4 TaskStatus\n\n```text\nopen\ndone\n```\n")
    draft, fields = read(root, {"docs/data-model.md": doc}, "planting_plan")
    assert fields["status"]["enum_values"] == ["created", "active", "archived"], draft.diagnostics


# Forms from round 122 ---------------------------------------------------------------------------------------------


def test_a_state_machine_is_no_entity_and_a_contract_of_functions_names_the_resource(root: Path) -> None:
    """A feature named `003-state-mock-api` whose data model draws `**State Transitions**:` over `pending → confirmed
    → ready` (states, not columns), and whose contract is a list of functions `createDish(...)`, `updateDish(...)`,
    `deleteDish(...)`: the Dish the contract writes is the feature's entity, not a `State` of the states' names."""
    model = ("# Data Model\n\n## Entities\n\n### Kitchen\n\n| Field | Type | Notes |\n|---|---|---|\n| id | string | |\n"
             "| name | string | |\n| area | string | |\n\n### Dish\n\n| Field | Type | Notes |\n|---|---|---|\n| id | string | |\n"
             "| name | string | |\n| price | number | EGP |\n\n### Order\n\n| Field | Type | Notes |\n|---|---|---|\n"
             "| id | string | |\n| customerId | string | |\n| total | number | |\n| status | string | |\n\n"
             "**State Transitions (per order)**:\n\n```\npending → confirmed → preparing → ready\npending → cancelled\n"
             "confirmed → cancelled\n```\n")
    contract = ("# Chef Menu API Contract\n\n## createDish(chefId: string, input: CreateDishInput)\n\nAdds a dish.\n\n"
                "## updateDish(dishId: string, input: Partial<CreateDishInput>)\n\nChanges one.\n\n"
                "## deleteDish(dishId: string)\n\nRemoves one.\n")
    draft, fields = read(root, {"specs/003-state-mock-api/data-model.md": model, "specs/003-state-mock-api/spec.md": "# State\n",
                                "specs/003-state-mock-api/contracts/chef-menu.md": contract}, "003-state-mock-api")
    assert draft.spec["name"] == "dish", draft.diagnostics
    assert set(fields) == {"name", "price"}


def test_an_api_reference_at_the_root_whose_bodies_are_examples(root: Path) -> None:
    """Only `API_DOCUMENTATION.md` at the root: `### Create Target` over `**POST** \\`/api/targets\\`` and a JSON
    request body; `**Parameters:**` over `- \\`id\\` (integer, required)` and a `- **Query Parameters:**` item's
    nested bullets are a route's parameters, no entity's columns."""
    doc = ("# API Documentation\n\n## Targets API\n\n### Get Target by ID\n\n**GET** `/api/targets/{id}`\n\n**Parameters:**\n"
           "- `id` (integer, required) - Target ID\n\n### List Targets\n\n#### `GET /targets`\n- **Query Parameters:**\n"
           "  - `min_rating` (integer, optional): Minimum rating.\n  - `limit` (integer, default=20, max=100): Page size.\n"
           "  - `offset` (integer, default=0): Skip.\n\n### Create Target\n\n**POST** `/api/targets`\n\n**Request Body:**\n"
           "```json\n{\n  \"project_id\": 1,\n  \"url\": \"https://api.example.com\",\n  \"description\": \"API endpoints\"\n}\n"
           "```\n\n### Update Target\n\n#### `PUT /targets/{id}`\n- **Request Body:**\n  ```json\n  {\n    \"description\": "
           "\"Updated\"\n  }\n  ```\n")
    draft, fields = read(root, {"API_DOCUMENTATION.md": doc}, "target")
    assert set(fields) == {"project_id", "url", "description"}, draft.diagnostics
    assert fields["project_id"]["type"] == "int"


def test_a_prds_data_model_beside_a_guide_whose_code_shows_a_sample(root: Path) -> None:
    """`docs/guides/conventions.md` whose zod sample defines a `Subscription` of three fields (and a store's state
    type, so the guides are the notes found first), and beside it
    `docs/project/prd.md` with its `## Data Model (Conceptual)` of `- name: type` bullets: the PRD's model is read
    too, so the entity has all its fields (the sample's lengths join)."""
    guide = ("# Code Conventions\n\n## TypeScript\n\n```typescript\nexport const subscriptionSchema = z.object({\n  id: z.string(),\n"
             "  name: z.string().min(1).max(100),\n  amount: z.number().positive(),\n})\n```\n\n## State\n\n```typescript\n"
             "type SubscriptionState = {\n  subscriptions: Subscription[]\n  isLoading: boolean\n  error: string | null\n"
             "  fetch: () => Promise<void>\n}\n```\n")
    prd = ("# Product Requirements\n\n## Data Model (Conceptual)\n\n### Subscription\n- id: UUID\n- name: string\n"
           "- amount: decimal\n- billing_cycle: enum (weekly, monthly, yearly)\n- notes: string (optional)\n"
           "- is_active: boolean\n\n### Category\n- id: UUID\n- name: string\n")
    draft, fields = read(root, {"docs/guides/conventions.md": guide, "docs/project/prd.md": prd}, "subscription")
    assert set(fields) == {"name", "amount", "billing_cycle", "notes", "is_active"}, draft.diagnostics
    assert fields["name"]["max_length"] == 100 and fields["billing_cycle"]["enum_values"] == ["weekly", "monthly", "yearly"]


# Round 123's forms ----------------------------------------------------------------------------------------------------


def test_enum_members_in_a_fence_with_comments_type_a_column_beside_the_ddl(root: Path) -> None:
    """`| outlook | CareerOutlook | NOT NULL |` in the entity's table, `"outlook" TEXT NOT NULL` in the migration, and
    `### CareerOutlook` over a fence of `GROWING  // Increasing demand` lines: the enum, with its members."""
    doc = ("# Data Model\n\n## Entities\n\n### Career\n\n| Field | Type | Constraints |\n|---|---|---|\n"
           "| id | String | PK |\n| title | String | NOT NULL |\n| outlook | CareerOutlook | NOT NULL |\n\n"
           "## Enums\n\n### CareerOutlook (NEW)\n```\nGROWING    // Increasing demand\nSTABLE     // Steady demand\n"
           "DECLINING  # Decreasing demand\n```\n\n## Migration\n\n```sql\nCREATE TABLE \"Career\" (\n"
           "  \"id\" TEXT PRIMARY KEY,\n  \"title\" TEXT NOT NULL,\n  \"outlook\" TEXT NOT NULL\n);\n```\n")
    draft, fields = read(root, {"specs/001-careers/data-model.md": doc, "specs/001-careers/spec.md": "# Careers\n"},
                         "001-careers")
    assert fields["outlook"]["type"] == "enum", draft.diagnostics
    assert fields["outlook"]["enum_values"] == ["GROWING", "STABLE", "DECLINING"]


def test_values_between_middle_dots_with_a_gloss_and_enum_values_after_a_dash(root: Path) -> None:
    """A notes cell of code spans between middle dots, one glossed in parentheses (`manual` · `yahoo` (pre-filled)),
    lists a TEXT column's values; a bullet's 'Enum - draft, active, paused' lists the values after a dash."""
    doc = ("# Data model\n\n### `keepers`\n\n| column | type | notes |\n|---|---|---|\n| `id` | `serial` PK | |\n"
           "| `team_slot` | `int` | 1..10 draft slot |\n| `status` | `text` | `declared` · `approved` (commissioner) · `removed` |\n"
           "| `source` | `text` | `manual` · `yahoo` (pre-filled `draftresults` row) |\n")
    draft, fields = read(root, {"docs/data-model.md": doc}, "keepers")
    assert fields["status"]["enum_values"] == ["declared", "approved", "removed"], draft.diagnostics
    assert fields["source"]["type"] == "enum" and fields["source"]["enum_values"] == ["manual", "yahoo"]
    models = ("# Data Models\n\n## Campaign\n**Key Attributes**:\n- `id`: UUID - Primary identifier\n"
              "- `name`: String - Campaign name\n- `status`: Enum - draft, active, paused, completed\n")
    schema = ("# Database Schema\n\n```sql\nCREATE TABLE campaigns (\n  id UUID PRIMARY KEY,\n  name VARCHAR(255) NOT NULL,\n"
              "  status VARCHAR(50) DEFAULT 'draft'\n);\n```\n")
    draft, fields = read(root / "campaigns", {"docs/architecture/data-models.md": models, "docs/architecture/database-schema.md": schema},
                         "campaigns")
    assert fields["status"]["type"] == "enum", draft.diagnostics
    assert fields["status"]["enum_values"] == ["draft", "active", "paused", "completed"]
    assert fields["status"]["default"] == "draft"


def test_a_state_drawing_left_outside_a_fence_lists_the_states(root: Path) -> None:
    """`### Job Status` over a plain line `open ──► closed`, the fence lost: the job's status takes those states and
    starts from the first."""
    doc = ("# Database\n\n## jobs\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
           "| `title` | String | ✅ | |\n| `status` | String | ✅ | enum, default `open` |\n\n"
           "## Status Lifecycle\n\n### Job Status\nopen ──► closed\n\n### Application Status\n"
           "applied ──► shortlisted ──► hired\n│ │\n└──────────────┴──► rejected\n")
    draft, fields = read(root, {"docs/DATABASE.md": doc}, "jobs")
    assert fields["status"]["type"] == "enum", draft.diagnostics
    assert fields["status"]["enum_values"] == ["open", "closed"] and fields["status"]["default"] == "open"


def test_an_api_reference_in_docs_or_a_service_folder_names_its_resource(root: Path) -> None:
    """`docs/REST_API.md` with '### Create Log' over the request body's bullets, asked for as FuelLog: the fuel log;
    `backend/API.md` whose '### Create Snippet' shows `- **Method**: \\`POST\\``, `- **URL**: \\`/snippets\\`` and the
    body: the snippet, not the login's body above it nor the response below."""
    doc = ("# Fuelog REST API\n\n## Logs\n\n### Create Log\n\n*   **URL:** `/api/logs`\n*   **Method:** `POST`\n"
           "*   **Request Body:**\n    *   `brand` (string, required): Station brand.\n"
           "    *   `cost` (number, required): Total cost.\n    *   `note` (string, optional): A remark.\n")
    draft, fields = read(root, {"docs/REST_API.md": doc}, "FuelLog")
    assert draft.spec["name"] == "fuel_log", draft.diagnostics
    assert set(fields) == {"brand", "cost", "note"} and fields["brand"]["required"] is True
    api = ("# SnipStash API\n\n## Auth\n\n### Login\n- **URL**: `/auth/login`\n- **Method**: `POST`\n- **Request Body**:\n"
           "```json\n{\n  \"email\": \"a@b.c\",\n  \"password\": \"pw\"\n}\n```\n\n## Snippets\n\n### Create Snippet\n"
           "- **URL**: `/snippets`\n- **Method**: `POST`\n- **Request Body**:\n```json\n{\n  \"title\": \"My Snippet\",\n"
           "  \"language\": \"javascript\",\n  \"tags\": [\"a\", \"b\"]\n}\n```\n- **Response**:\n```json\n{\n  \"id\": 1,\n"
           "  \"title\": \"My Snippet\",\n  \"userId\": 1,\n  \"createdAt\": \"2024-01-20T12:00:00Z\"\n}\n```\n")
    draft, fields = read(root / "snipstash", {"backend/API.md": api, "README.md": "# SnipStash\n"}, "Snippet")
    assert set(fields) == {"title", "language", "tags"}, draft.diagnostics
    assert fields["tags"]["type"] == "list[str]"


def test_required_and_optional_field_tables_of_one_request(root: Path) -> None:
    """'#### Campos requeridos en el body:' and '#### Campos opcionales:' under one POST section: one body, the first
    table's fields required and the second's optional."""
    doc = ("# Mascotas\n\n## Endpoints\n\n### 1. Registrar nueva mascota\n\n**URL**: `/`\n**Método**: `POST`\n\n"
           "#### Campos requeridos en el body:\n\n| Campo | Tipo | Descripción |\n|---|---|---|\n"
           "| nombre | string | Nombre |\n| especie | string | Especie |\n\n#### Campos opcionales:\n\n"
           "| Campo | Tipo | Descripción |\n|---|---|---|\n| raza | string | Raza |\n| peso | number | Peso en kg |\n")
    draft, fields = read(root, {"docs/pets.md": doc}, "Pet")
    assert set(fields) == {"nombre", "especie", "raza", "peso"}, draft.diagnostics
    assert fields["nombre"]["required"] is True and fields["raza"]["required"] is False


def test_a_mermaid_class_diagram_is_read_as_the_entities_it_draws(root: Path) -> None:
    """`classDiagram` with `class Edition { +UUID id; +String lieu?; +User created_by }`: the attributes (not the
    methods), `?` for the ones that may be empty and the others required, a member typed by a class holds its key."""
    doc = ("# Modèle de domaine\n\n```mermaid\nclassDiagram\n  class Edition {\n    +UUID id\n    +String nom\n"
           "    +DateTime datetime_debut\n    +String lieu?\n    +Decimal taux_commission?\n    +Date[] dates_vente?\n"
           "    +User created_by\n    +cloturer() void\n  }\n\n  class User {\n    +UUID id\n    +String email\n  }\n"
           "  Edition \"1\" -- \"*\" User : pour\n  Edition : +Text description?\n```\n")
    draft, fields = read(root, {"docs/domain-model.md": doc}, "Edition")
    assert draft.spec["name"] == "edition", draft.diagnostics
    assert set(fields) == {"nom", "datetime_debut", "lieu", "taux_commission", "dates_vente", "created_by", "description"}
    assert fields["nom"]["required"] is True and fields["lieu"]["required"] is False
    assert fields["datetime_debut"]["type"] == "datetime" and fields["taux_commission"]["type"] == "decimal"
    assert fields["created_by"]["type"] == "uuid" and fields["description"]["type"] == "text"


def test_a_heading_per_field_with_its_values_listed_below_a_label(root: Path) -> None:
    """`### \\`interval\\`` over '- Typ: Enum' and '- Werte:' with one indented bullet per value, beside the table's
    plain list of columns: the column's values."""
    doc = ("# Domain Model\n\n## Pflichtfelder\n\n### `name`\n- Typ: String\n\n### `interval`\n- Typ: Enum\n- Werte:\n"
           "  - `monthly`\n  - `quarterly`\n  - `yearly`\n- Regel: nur diese Werte\n\n### `status`\n- Typ: Enum\n"
           "- Werte: `active`, `paused`, `ended`\n- Default: `active`\n\n# Datenbanksicht\n\n## Tabelle `recurring_items`\n"
           "- `id` uuid\n- `name`\n- `interval`\n- `status`\n- `notes` nullable\n")
    draft, fields = read(root, {"docs/domain-model.md": doc}, "recurring_items")
    assert fields["interval"]["type"] == "enum", draft.diagnostics
    assert fields["interval"]["enum_values"] == ["monthly", "quarterly", "yearly"]
    assert fields["status"]["enum_values"] == ["active", "paused", "ended"] and fields["status"]["default"] == "active"


def test_notes_that_list_values_then_remark_or_say_the_server_fills_the_column(root: Path) -> None:
    """'active / closed / voided — CHECK-constrained' lists the values before its remark; 'server-sealed at insert'
    and 'sealed at checkout' say the server fills the column, so a client need not send it; '`debit` (gasto) ou
    `credit` (receita)' after a dash lists two values, not the gloss's words."""
    doc = ("# Data model\n\n### sessions\n\n| Column | Type | Notes |\n|---|---|---|\n| id | uuid | primary key |\n"
           "| pax | integer | guest count |\n| total | numeric | sealed at checkout: base + add-ons |\n"
           "| checked_in_at | timestamptz | server-sealed at insert |\n| checked_out_at | timestamptz | nullable |\n"
           "| status | text | active / closed / voided — CHECK-constrained |\n")
    draft, fields = read(root, {"spec/data-model.md": doc}, "sessions")
    assert fields["status"]["type"] == "enum", draft.diagnostics
    assert fields["status"]["enum_values"] == ["active", "closed", "voided"]
    assert fields["pax"]["required"] is True
    assert fields["total"]["required"] is False and fields["checked_in_at"]["required"] is False
    doc = ("# Modelo\n\n### transactions\n\n| Campo | Tipo | Notas |\n|---|---|---|\n| id | uuid | PK |\n"
           "| direction | enum | NOT NULL — `debit` (gasto) ou `credit` (receita/estorno) |\n| amount_cents | integer | NOT NULL |\n")
    draft, fields = read(root / "transactions", {"docs/modelo-de-dados.md": doc}, "transactions")
    assert fields["direction"]["enum_values"] == ["debit", "credit"], draft.diagnostics


def test_a_go_member_of_a_named_type_whose_comment_lists_its_values(root: Path) -> None:
    """`Mode GameMode // "daily" | "solo"` in a Go struct, GameMode declared nowhere: an enum of the two values."""
    doc = ("# Modèle de données\n\n### Game\n\n```go\ntype Game struct {\n    ID         string\n    Target     string\n"
           "    MaxTries   int          // Toujours 6\n    Mode       GameMode     // \"daily\" | \"solo\"\n    Won        bool\n}\n```\n")
    draft, fields = read(root, {"specs/data-model.md": doc}, "Game")
    assert fields["mode"]["type"] == "enum", draft.diagnostics
    assert fields["mode"]["enum_values"] == ["daily", "solo"]


def test_two_values_joined_by_or_with_a_reference_after_them(root: Path) -> None:
    """'`manual` or `shuffled` (FR-BAL-04)' beside `str(10)`: the two values; the requirement's reference is no value."""
    doc = ("# Database design\n\n**`elections`**\n\n| Column | Type | Notes |\n|---|---|---|\n| title | VARCHAR(200) | |\n"
           "| candidate_order | VARCHAR(10) | `manual` or `shuffled` (FR-BAL-04) |\n")
    draft, fields = read(root, {"docs/design/database.md": doc}, "elections")
    assert fields["candidate_order"]["type"] == "enum", draft.diagnostics
    assert fields["candidate_order"]["enum_values"] == ["manual", "shuffled"]


# Round 124's forms ----------------------------------------------------------------------------------------------------


def test_side_by_side_boxes_keep_each_box_its_own_cells(root: Path) -> None:
    """A box row whose right border drifted (`│ age   CHECK 0-150│`) holds no type `CHECK`; the values drawn beside
    the next box's `status ENUM` row are not the left box's `diagnosis`."""
    doc = ("# DB Schema\n\n```\n        ┌─────────────────┐    ┌──────────────────────────┐\n"
           "        │    patients     │    │        sessions          │\n"
           "        ├─────────────────┤    ├──────────────────────────┤\n"
           "        │ id        PK    │◄───┤ patient_id      FK       │\n"
           "        │ age   CHECK 0-150│   │ scheduled_at  TIMESTAMP  │\n"
           "        │ diagnosis       │    │ status   ENUM            │  ('scheduled' | 'completed' | 'cancelled')\n"
           "        └─────────────────┘    └──────────────────────────┘\n```\n\n### `patients`\n\n"
           "| Column | Type | Constraints |\n|---|---|---|\n| `id` | SERIAL | PRIMARY KEY |\n"
           "| `age` | INTEGER | NOT NULL, CHECK age BETWEEN 0 AND 150 |\n| `diagnosis` | TEXT | NOT NULL |\n")
    draft, fields = read(root, {"docs/DB_SCHEMA.md": doc}, "patients")
    assert fields["age"]["type"] == "int", draft.diagnostics
    assert fields["diagnosis"]["type"] == "text" and fields["diagnosis"].get("enum_values") is None


def test_bare_bullets_with_a_reference_or_a_default_and_no_type(root: Path) -> None:
    """`- \\`canteen_id\\` FK -> \\`canteen(id)\\`` and `- \\`status\\` default \\`OPEN\\`` among typed bullets: columns too,
    the one a reference, the other with its default."""
    doc = ("# DB Design\n\n### `canteen_window`\n- `id` BIGINT PK\n- `canteen_id` FK -> `canteen(id)`\n- `window_name`\n"
           "- `avg_score` decimal(3,2)\n- `review_count` int\n- `status` default `OPEN`\n")
    draft, fields = read(root, {"docs/db-design.md": doc}, "canteen_window")
    assert {"canteen_id", "status", "window_name", "avg_score"} <= set(fields), draft.diagnostics
    assert fields["status"]["default"] == "OPEN"


def test_a_chinese_data_dictionary_of_page_labels_field_names_and_type_words(root: Path) -> None:
    """`| 页面名称 | 数据字段 | 类型 | 当前含义 |`: the names are the code-quoted column; `可空文本` is a nullable text,
    `自动整数` an auto integer, `关联` a reference kept as a string; an enum's values in its notes before the remark;
    `Shipment.trackingNo` is another entity's column."""
    doc = ("# 订单字段字典\n\n## 1. 订单核心字段\n\n| 页面名称 | 数据字段 | 类型 | 当前含义 |\n|---|---|---|---|\n"
           "| 序号 | `serialNo` | 自动整数 | 序号 |\n| 下单时间 | `orderedAt` | 时间 | 展示 |\n"
           "| 下单平台 | `platformId` | 关联 | 平台字典 |\n| 平台订单号 | `platformOrderNo` | 可空文本 | 去重 |\n"
           "| 寄件运单号 | `Shipment.trackingNo` | 可空文本 | 运单号 |\n"
           "| 支付方式 | `fundingType` | 枚举 | 自己付、代付、其他；不是结算渠道 |\n| 下单金额 | `orderAmount` | Decimal(18,2) | 金额 |\n")
    draft, fields = read(root, {"docs/data-dictionary.md": doc}, "Order")
    assert set(fields) == {"serial_no", "ordered_at", "platform_id", "platform_order_no", "funding_type",
                           "order_amount"}, draft.diagnostics
    assert fields["serial_no"]["type"] == "int" and fields["platform_id"]["type"] == "str"
    assert fields["platform_order_no"]["required"] is False and fields["ordered_at"]["type"] == "datetime"
    assert fields["funding_type"]["enum_values"] == ["自己付", "代付", "其他"]


def test_a_service_readme_that_documents_its_api_is_the_spec(root: Path) -> None:
    """`microservices/patient-service/README.md` with '## Endpoints' and '### Criar Paciente' over a parameters table:
    the patient's fields, `string (YYYY-MM-DD)` a date; the heading is the page of the route under it
    (`**POST**` over the path), so the resource is named as the route names it (as the feature asks)."""
    doc = ("# Patient Service\n\n## Endpoints\n\n### 1. Listar Pacientes\n\n**GET** `/patients`\n\n### 2. Criar Paciente\n\n"
           "**POST** `/patients`\n\n#### Parâmetros\n\n| Nome | Tipo | Obrigatório | Descrição |\n|---|---|---|---|\n"
           "| name | string | ✔ | Nome completo |\n| cpf | string | ✔ | CPF |\n| birth_date | string (YYYY-MM-DD) | ✔ | Nascimento |\n")
    draft, fields = read(root, {"microservices/patient-service/README.md": doc, "README.md": "# SGHSS\n"}, "Patient")
    assert draft.spec["name"] == "patient", draft.diagnostics
    assert set(fields) == {"name", "cpf", "birth_date"} and fields["birth_date"]["type"] == "date"


def test_a_readme_whose_bodies_follow_a_request_type_and_an_address(root: Path) -> None:
    """'- Tipo de Request: POST' over '- localhost:3000/reservas' and the body: the reservation's fields; the block
    under '- Tipo de Request: DELETE' is no body sent."""
    doc = ("# Desafio\n\n### EndPoints da API :\n\n- Salvar uma reserva :\n     - Tipo de Request: POST\n"
           "       - localhost:3000/reservas\n        - ```\n          {\n            \"tipo\": \"HARD\",\n"
           "            \"inicioEm\": \"2017-05-30T19:00:00Z\"\n          }\n          ```\n- Remover uma reserva :\n"
           "     - Tipo de Request: DELETE\n         - localhost:3000/reservas/cancelar/{id}\n         - ```\n           {\n"
           "             \"tipo\": \"HARD\",\n             \"valor\": 30.00\n           }\n           ```\n")
    draft, fields = read(root, {"README.md": doc}, "Reserva")
    assert set(fields) == {"tipo", "inicio_em"}, draft.diagnostics
    assert fields["inicio_em"]["type"] == "datetime"


def test_an_api_page_of_a_create_body_a_response_envelope_and_route_parameters(root: Path) -> None:
    """'## BookingCreate' over '### Request Body:' and a field table, its '### Response:' a message and the row wrapped
    (`| Messaje | String |`, `| Booking | Object |`), another page's '### URL Params': the booking's fields, the
    envelope and the parameters no entity of their own."""
    doc = ("# API\n\n## BookingCreate\n\n### URL: \"/bookings/\n\n### Method: POST\n\n### Request Body:\n\n"
           "| field | type |\n| --- | --- |\n| name | String |\n| email | String |\n| departureDate | Date |\n\n"
           "### Response:\n\n| field | type |\n| --- | --- |\n| Messaje | String |\n| Booking | Object |\n\n"
           "## OBTAINING BOOKING\n\n### URL Params\n\n| field | type |\n| --- | --- |\n| bookingId | String |\n\n"
           "### Response:\n\n| field | type |\n| --- | --- |\n| Messaje | String |\n| Booking | Object |\n")
    draft, fields = read(root, {"api_documentation.md": doc}, "Booking")
    assert draft.spec["name"] == "booking", draft.diagnostics
    assert set(fields) == {"name", "email", "departure_date"}


# Round 125's forms ----------------------------------------------------------------------------------------------------


def test_surrealql_indexes_of_one_field_and_a_relation_in_prose(root: Path) -> None:
    """`DEFINE INDEX ... FIELDS capture_id UNIQUE` indexes that field and makes it unique; `FIELDS a, b` is composite
    and indexes neither. A prose bullet's `traitePar` → User (ManyToOne, nullable) names no enum."""
    doc = ("# Data models\n\n```sql\nDEFINE TABLE screenshot SCHEMAFULL;\nDEFINE FIELD timestamp ON screenshot TYPE datetime;\n"
           "DEFINE FIELD capture_id ON screenshot TYPE string;\nDEFINE FIELD local_date ON screenshot TYPE string;\n"
           "DEFINE FIELD local_hour ON screenshot TYPE int;\n"
           "DEFINE INDEX idx_ts ON screenshot FIELDS timestamp;\nDEFINE INDEX idx_cap ON screenshot FIELDS capture_id UNIQUE;\n"
           "DEFINE INDEX idx_local ON screenshot FIELDS local_date, local_hour;\n```\n")
    draft, fields = read(root, {"docs/architecture/data-models.md": doc}, "screenshot")
    assert fields["timestamp"]["index"] is True and fields["capture_id"]["unique"] is True, draft.diagnostics
    assert fields["local_date"]["index"] is False and fields["local_hour"]["index"] is False
    prose = ("# Modèle de données\n\n### Presence\n- `id`, `statut` (`present` | `absent` | `retard`), `duree` (nullable)\n"
             "- `motif` (nullable), `justificatif` (nullable)\n- `traitePar` → User (ManyToOne, nullable), `dateTraitement` (nullable)\n")
    draft, fields = read(root / "presence", {"docs/modele-de-donnees.md": prose}, "Presence")
    assert not any("ManyToOne" in (f.get("enum_values") or []) for f in fields.values()), draft.diagnostics
    assert fields["statut"]["enum_values"] == ["present", "absent", "retard"]


def test_a_table_of_entities_whose_cells_list_fields_with_words_and_notes(root: Path) -> None:
    """| Movie | id, title (1–200), synopsis (1–5,000), release_date nullable, genres (≤10 strings, each 1–40),
    runtime_minutes nullable integer 1–1,000, version, timestamps |: each name with its note or its words; a number's
    comma splits nothing; `timestamps` are the times the backend keeps anyway."""
    doc = ("# Data Model\n\n| Entity | Principal fields and constraints |\n| --- | --- |\n"
           "| Account | id, normalized_email (unique, max 254), display_name (1–60), role USER/ADMIN, version, timestamps |\n"
           "| Movie | id, title (1–200), synopsis (1–5,000), release_date nullable, genres (≤10 strings, each 1–40), "
           "runtime_minutes nullable integer 1–1,000, archived_at nullable, summary_pending_since nullable, version, timestamps |\n")
    draft, fields = read(root, {"spec/data-model.md": doc}, "Movie")
    assert set(fields) == {"title", "synopsis", "release_date", "genres", "runtime_minutes", "archived_at",
                           "summary_pending_since", "version"}, draft.diagnostics
    assert fields["title"]["max_length"] == 200 and fields["synopsis"]["max_length"] == 5000
    assert fields["genres"]["type"] == "list[str]" and fields["runtime_minutes"]["type"] == "int"
    assert fields["runtime_minutes"]["ge"] == 1 and fields["runtime_minutes"]["le"] == 1000
    assert fields["release_date"]["required"] is False and fields["summary_pending_since"]["type"] == "datetime"
    assert fields["version"]["type"] == "int"


def test_a_rails_body_that_wraps_the_row_in_its_name(root: Path) -> None:
    """'## Create reservation' / '* Post JSON to `/reservations`' / '### Request' / '* Type: `POST`' over
    `{"guest": {...}, "reservation": {...}}`: the reservation's fields, inside its wrapper."""
    doc = ("# Restaurant API\n\n## Create reservation\n\n* Post JSON to `/reservations`\n\n### Request\n\n* Type: `POST`\n"
           "* Body:\n\n```json\n{\n  \"guest\": {\"name\": \"a\", \"email\": \"a@b.c\"},\n  \"reservation\": {\n"
           "    \"dining_table_id\": 4,\n    \"guest_count\": 2,\n    \"reservation_time\": \"9 AM\"\n  }\n}\n```\n")
    draft, fields = read(root, {"restaurant_api/README.md": doc}, "Reservation")
    assert set(fields) == {"dining_table_id", "guest_count", "reservation_time"}, draft.diagnostics
    assert fields["guest_count"]["type"] == "int"


def test_query_parameters_and_form_data_headings_in_an_api_reference(root: Path) -> None:
    """`**查询参数：**` over `page`, `pageSize` is a query's parameters, no entity; '**Form Data / Request Body**' under
    `POST /transactions` is the transaction's body."""
    doc = ("# 项目管理 (Projects)\n\n## 2.1 获取项目列表\n\n```\nGET /api/projects\n```\n\n**查询参数：**\n\n"
           "| 参数名 | 类型 | 必填 | 描述 |\n|---|---|---|---|\n| page | int | 否 | 页码 |\n| pageSize | int | 否 | 数量 |\n\n"
           "## 2.2 创建新项目\n\n```\nPOST /api/projects\n```\n\n**请求参数：**\n\n| 参数名 | 类型 | 必填 | 描述 |\n"
           "|---|---|---|---|\n| name | string | 是 | 项目名称 |\n| tenderer | string | 是 | 招标单位 |\n")
    draft, fields = read(root, {"docs/API.md": "# API\n\n- [Projects](api/02-projects.md)\n", "docs/api/02-projects.md": doc},
                         "Project")
    assert set(fields) == {"name", "tenderer"}, draft.diagnostics
    api = ("# API\n\n## Endpoints\n\n### Category Endpoints\n\n#### `POST /categories`\n\n**Request Body**\n\n"
           "| Field | Type | Rules |\n|---|---|---|\n| `name` | string | required |\n| `icon` | string | optional |\n\n"
           "### Transaction Endpoints\n\n#### `POST /transactions`\n\n**Form Data / Request Body**\n\n| Field | Type | Rules |\n"
           "|---|---|---|\n| `amount` | number | required, positive |\n| `note` | string | optional, max 500 characters |\n"
           "| `isRecurring` | boolean | optional |\n")
    draft, fields = read(root / "expenses", {"docs/API.md": api}, "Transaction")
    assert set(fields) == {"amount", "note", "is_recurring"}, draft.diagnostics


def test_a_scenario_that_lists_a_types_fields_with_their_types(root: Path) -> None:
    """'### Requirement: Exercise Type Definition' and 'it MUST include `id` (string), `name` (string), and
    `muscleGroup` (string)', 'AND it MUST include an optional `equipment` (string) field': the exercise's fields."""
    doc = ("# type-definitions Specification\n\n## Requirements\n### Requirement: Exercise Type Definition\n\n"
           "#### Scenario: Type Properties\n\n- **WHEN** the `Exercise` type is used\n"
           "- **THEN** it MUST include `id` (string), `name` (string), `category` (string), and `muscleGroup` (string)\n"
           "- **AND** it MUST include an optional `equipment` (string) field\n")
    draft, fields = read(root, {"openspec/specs/type-definitions/spec.md": doc, "openspec/project.md": "# Project\n"},
                         "Exercise")
    assert set(fields) == {"name", "category", "muscle_group", "equipment"}, draft.diagnostics
    assert fields["name"]["required"] is True and fields["equipment"]["required"] is False


def test_api_sketches_with_bracketed_methods_list_types_and_column_notes_in_brackets(root: Path) -> None:
    """`[POST] /api/:id/plants` over the body names the plants; `"tags": ["string"]` in a body sketched with type names
    is a list of strings; `species (VARCHAR, NOT NULL) [dog, cat, etc.]` is a column with a note."""
    doc = ("# Plant API\n\n## Plants\n\n**Add a Plant**\n\n[POST] /api/:id/plants\n\n```\n{\n  \"nickname\": \"Fred\",\n"
           "  \"species\": \"Fern\",\n  \"h2o_frequency\": \"Daily\"\n}\n```\n")
    draft, fields = read(root, {"README.md": doc}, "Plant")
    assert set(fields) == {"nickname", "species", "h2o_frequency"}, draft.diagnostics
    notes = ("# API Specification\n\n## Endpoints\n\n### 1. Save Note\n`POST /api/notes`\n- **Body**: \n  ```json\n  {\n"
             "    \"content\": \"string\",\n    \"title\": \"string (optional)\",\n    \"tags\": [\"string\"]\n  }\n  ```\n")
    draft, fields = read(root / "notes", {"docs/api-spec.md": notes}, "Note")
    assert fields["tags"]["type"] == "list[str]", draft.diagnostics
    pets = ("# Design\n\n## Database Schema\n\n### Pets Table\n```\nid (UUID, PK)\nname (VARCHAR, NOT NULL)\n"
            "species (VARCHAR, NOT NULL) [dog, cat, bird, etc.]\nweight (DECIMAL, nullable) [in kg]\nnotes (TEXT, nullable)\n```\n")
    draft, fields = read(root / "pets", {"design/README.md": pets}, "Pets")
    assert {"species", "weight"} <= set(fields), draft.diagnostics
    assert fields["weight"]["type"] == "decimal" and fields["weight"]["required"] is False


def test_integer_columns_that_store_codes_are_enums_of_those_numbers(root: Path) -> None:
    """`| type | int | NO | ... | 物品のタイプ(0: 備品, 1: 本) |`, `Priority TINYINT NOT NULL CHECK (Priority IN (1, 2, 3, 4))`
    and `status TINYINT DEFAULT 1 COMMENT '1上架 0下架'`: each column holds one of its codes, which stay numbers."""
    table = ("# Schema\n\n## items\n\n| Field | Type | Null | Key | Default | Extra | Comment |\n"
             "| --- | --- | --- | --- | --- | --- | --- |\n| id | int | NO | PRI | | auto_increment | |\n"
             "| name | varchar(64) | NO | | | | 物品名 |\n| type | int | NO | | | | 物品のタイプ(0: 備品, 1: 本(備品以外)) |\n"
             "| count | int | NO | | 1 | | 個数 |\n")
    draft, fields = read(root, {"docs/schema.md": table}, "Item")
    assert fields["type"]["type"] == "enum" and fields["type"]["enum_values"] == [0, 1], draft.diagnostics
    assert fields["count"]["type"] == "int"
    sql = ("# Database\n\n```sql\nCREATE TABLE Tickets (\n  Id INT PRIMARY KEY,\n  Subject NVARCHAR(500) NOT NULL,\n"
           "  Priority TINYINT NOT NULL,\n  Status TINYINT NOT NULL DEFAULT 1,\n"
           "  CONSTRAINT CHK_Tickets_Priority CHECK (Priority IN (1, 2, 3, 4)),\n"
           "  CONSTRAINT CHK_Tickets_Status CHECK (Status IN (1, 2, 3))\n);\n```\n")
    draft, fields = read(root / "tickets", {"specs/database/schema.md": sql}, "Ticket")
    assert fields["priority"]["enum_values"] == [1, 2, 3, 4] and fields["priority"]["required"] is True, draft.diagnostics
    assert fields["status"]["enum_values"] == [1, 2, 3] and fields["status"]["default"] == 1
    dishes = ("# DB\n\n```sql\nCREATE TABLE dishes (\n  id INT PRIMARY KEY AUTO_INCREMENT,\n  name VARCHAR(100) NOT NULL,\n"
              "  status TINYINT NOT NULL DEFAULT 1 COMMENT '状态: 1上架 0下架',\n"
              "  is_hot TINYINT NOT NULL DEFAULT 0 COMMENT '是否热销: 0否 1是'\n);\n```\n")
    draft, fields = read(root / "dishes", {"docs/DATABASE.md": dishes}, "Dish")
    assert fields["status"]["type"] == "enum" and fields["status"]["enum_values"] == [1, 0], draft.diagnostics
    assert fields["status"]["default"] == 1 and fields["is_hot"]["type"] == "bool"


def test_a_table_whose_columns_are_the_tables_each_cell_a_column_with_its_type(root: Path) -> None:
    """`| books | users |` over `| title (varchar, not null) | username (varchar, not null) |`: each column of the
    table is a table of the schema; where some cells say `not null`, the unmarked ones may be empty."""
    doc = ("# database\n\n|books|users|admins|\n|-|-|-|\n|id (int, primary key, not null)|id (int, primary key, not null)|"
           "id (int, primary key, not null)|\n|title (varchar, not null)|username (varchar, not null)|username (varchar, not null)|\n"
           "|author (varchar)|email (varchar, not null)|\n|description (text)|\n|borrowed_at (timestamp)|\n")
    draft, fields = read(root, {"docs/id/database.md": doc}, "Book")
    assert set(fields) == {"title", "author", "description", "borrowed_at"}, draft.diagnostics
    assert fields["title"]["required"] is True and fields["author"]["required"] is False
    assert fields["description"]["type"] == "text" and fields["borrowed_at"]["type"] == "datetime"


def test_dictionary_headings_in_upper_snake_case_and_an_index_column_that_names_the_index(root: Path) -> None:
    """'### 4. CUSTOMER_ORDER (Pedido)' is the customer_order table (the words after it translate its name), and a
    `| Índices |` cell holding `customer_order_status_idx` says the column has an index."""
    doc = ("# Dicionário de Dados\n\n### 1. CUSTOMER (Cliente)\n\n| Campo | Tipo | Nulo | Índices |\n|---|---|---|---|\n"
           "| id | INTEGER | NÃO | customer_id_idx |\n| name | VARCHAR(100) | NÃO | - |\n| email | VARCHAR(100) | NÃO | - |\n\n"
           "### 4. CUSTOMER_ORDER (Pedido)\n\n| Campo | Tipo | Nulo | Índices |\n|---|---|---|---|\n"
           "| id | INTEGER | NÃO | customer_order_id_idx |\n| status_id | INTEGER | SIM | customer_order_status_idx |\n"
           "| total_cost | DOUBLE PRECISION | SIM | - |\n")
    draft, fields = read(root, {"docs/DATA_DICTIONARY.md": doc}, "customer_order")
    assert set(fields) == {"status_id", "total_cost"}, draft.diagnostics
    assert fields["status_id"]["index"] is True and fields["total_cost"].get("index") is not True


def test_a_schema_prefix_before_every_table_name_and_groups_of_one_tables_columns(root: Path) -> None:
    """`WS_SERVICES` beside `WS_MEMBERS`: 'service' names the services table behind the schema's prefix. Bare column
    lines in three blocks under '**Core Fields**', '**Enhanced Fields**' of '# Tournaments Table' are one table, and
    `### **tournament_status_type**` over `'Registration' → 'Seeding'` in a fence lists its status type's values."""
    prefixed = ("# Schema\n\n### 2.1 `WS_MEMBERS`\n\n| Column | Type | Nullable |\n|---|---|---|\n| id | NUMBER | NO |\n"
                "| full_name | VARCHAR2(100) | NO |\n| email | VARCHAR2(100) | NO |\n| phone | VARCHAR2(20) | YES |\n\n"
                "### 2.7 `WS_SERVICES`\n\n| Column | Type | Nullable |\n|---|---|---|\n| id | NUMBER | NO |\n"
                "| name | VARCHAR2(100) | NO |\n| service_date | DATE | NO |\n")
    draft, fields = read(root, {"spec/schema.md": prefixed}, "service")
    assert set(fields) == {"name", "service_date"}, draft.diagnostics
    grouped = ("# Tournaments Table\n\n## Table Structure\n\n### **Core Fields**\n```sql\nid UUID PRIMARY KEY\n"
               "name VARCHAR(255) NOT NULL UNIQUE\nmax_teams INTEGER NOT NULL\n```\n\n### **Enhanced Fields**\n```sql\n"
               "status tournament_status_type DEFAULT 'Registration'\ncurrent_round INTEGER DEFAULT 0\n```\n\n"
               "### **Swiss-Specific Fields**\n```sql\nswiss_rounds INTEGER DEFAULT 5\ntop_cut_size INTEGER DEFAULT 8\n```\n\n## Enums\n\n"
               "### **tournament_status_type**\n```sql\n'Registration' → 'Seeding' → 'Completed'\n```\n")
    draft, fields = read(root / "t", {"docs/tournaments.md": grouped}, "tournament")
    assert set(fields) == {"name", "max_teams", "status", "current_round", "swiss_rounds", "top_cut_size"}, draft.diagnostics
    assert fields["status"]["enum_values"] == ["Registration", "Seeding", "Completed"]
    assert fields["status"]["default"] == "Registration"


def test_documents_and_field_records_written_outside_any_fence(root: Path) -> None:
    """A Firestore collection's document drawn as JSON with no fence under '# cases' and 'Document:'; and fields as
    records, `- name: "title"` over `type: "string"`, `required: true`, `max_length: 500`, under '### Announcement'."""
    firestore = ("# Collections\n\nusers\ncases\n\n# cases\n\nCollection:\ncases/{caseId}\n\nDocument:\n\n{\n  \"id\": \"\",\n"
                 "  \"authorId\": \"\",\n  \"question\": \"\",\n  \"votesCount\": 0,\n  \"resultVisible\": true\n}\n")
    draft, fields = read(root, {"spec/database.md": firestore}, "Case")
    assert set(fields) == {"author_id", "question", "votes_count", "result_visible"}, draft.diagnostics
    assert fields["votes_count"]["type"] == "int" and fields["result_visible"]["type"] == "bool"
    records = ("# Data Model\n\n## Core Entities\n\n### Announcement\n\nfields:\n\n- name: \"id\"\n  type: \"uuid\"\n  required: true\n"
               "- name: \"title\"\n  type: \"string\"\n  required: true\n  constraints:\n  max_length: 500\n"
               "- name: \"content\"\n  type: \"text\"\n  required: true\n- name: \"author\"\n  type: \"string\"\n  required: false\n"
               "- name: \"tags\"\n  type: \"json\"\n  required: false\n")
    draft, fields = read(root / "a", {"spec/data_model.md": records}, "Announcement")
    assert set(fields) == {"title", "content", "author", "tags"}, draft.diagnostics
    assert fields["title"]["max_length"] == 500 and fields["title"]["required"] is True
    assert fields["author"]["required"] is False and fields["tags"]["type"] == "json"


def test_a_request_example_under_its_own_heading_and_rules_in_portuguese_words(root: Path) -> None:
    """'### POST /tutores' then '### Exemplo de requisição' over the body; the rules name the fields in words: 'Data de
    nascimento é obrigatória', 'E-mail é obrigatório', 'Endereço', 'Pelo menos um telefone deve ser informado', and
    'CPF deve conter exatamente 11 caracteres'."""
    api = ("# Endpoints\n\n## Tutores\n\n### POST /tutores\n\nRealiza o cadastro de um novo tutor.\n\n### Exemplo de requisição\n\n"
           "```json\n{\n    \"nome\": \"Adriana\",\n    \"cpf\": \"12345678900\",\n    \"dataNascimento\": \"2001-04-07\",\n"
           "    \"telefones\": [\"21999999999\"],\n    \"email\": \"a@b.com\",\n    \"endereco\": \"Rio\"\n}\n```\n")
    rules = ("# Regras de Negócio\n\n## Tutor\n\n- Nome é obrigatório.\n- CPF é obrigatório.\n"
             "- CPF deve conter exatamente 11 caracteres.\n- Data de nascimento é obrigatória.\n"
             "- Pelo menos um telefone deve ser informado.\n- E-mail é obrigatório.\n- Endereço é obrigatório.\n")
    draft, fields = read(root, {"docs/endpoints.md": api, "docs/regras-negocio.md": rules}, "Tutor")
    assert set(fields) == {"nome", "cpf", "data_nascimento", "telefones", "email", "endereco"}, draft.diagnostics
    assert all(fields[n]["required"] for n in ("nome", "cpf", "data_nascimento", "telefones", "email", "endereco"))
    assert fields["cpf"]["max_length"] == 11


def test_an_api_documented_in_a_wiki_folder_of_pages(root: Path) -> None:
    """`wiki/endpoints/Houses Endpoint.md`: a GitHub wiki kept beside the code, one page a resource."""
    page = ("# Houses Endpoint Documentation\n\n## Endpoints\n\n### Create house\n\n**Method**: `POST`  \n**URL**: `/api/houses`\n\n"
            "#### Request Body\n\n```json\n{\n  \"street\": \"Calle 60\",\n  \"price\": 3500,\n  \"isOnlyWomen\": false\n}\n```\n")
    draft, fields = read(root, {"wiki/endpoints/Houses Endpoint.md": page, "README.md": "# App\n"}, "House")
    assert set(fields) == {"street", "price", "is_only_women"}, draft.diagnostics


def test_values_a_column_comment_a_quoted_enum_cell_and_a_sentence_of_valid_states_list(root: Path) -> None:
    """`status text default 'processing' not null, -- processing, ready, failed` (the list holds the default);
    `| tipo | Enum | \\`COMPRA\\` (Entrada) ou \\`VENDA\\` (Saída) |`; 'Estados válidos: \\`DISPONIBLE\\`, \\`BAJA\\`.'. But
    `album_name "アルバム名 (検索用/非正規化)"` says what a name is for."""
    sql = ("# DB\n\n```sql\ncreate table artifacts (\n  id uuid primary key,\n  title text not null,\n"
           "  status text default 'processing' not null, -- processing, ready, failed\n);\n```\n")
    draft, fields = read(root, {"spec/database.md": sql}, "artifact")
    assert fields["status"]["enum_values"] == ["processing", "ready", "failed"], draft.diagnostics
    table = ("# Modelo\n\n### Romaneio\n\n| Campo | Tipo | Descrição | Regras |\n|---|---|---|---|\n| `id` | UUID | chave | |\n"
             "| `placa` | Texto | placa | |\n| `tipo` | Enum | `COMPRA` (Entrada/Pagar) ou `VENDA` (Saída/Receber) | Padrão `COMPRA` |\n")
    draft, fields = read(root / "r", {"spec/data_model.md": table}, "Romaneio")
    assert fields["tipo"]["enum_values"] == ["COMPRA", "VENDA"], draft.diagnostics
    schema = ("# Modelo\n\n### vehiculos\n\n| Campo | Tipo | Restricciones |\n|---|---|---|\n| id | BIGINT | PK |\n"
              "| placa | VARCHAR(10) | NOT NULL |\n| estado | VARCHAR(30) | NOT NULL |\n")
    api = "# API\n\n## Cambiar el estado\n\nEstados válidos: `DISPONIBLE`, `RESERVADO`, `BAJA`.\nOtro valor se rechaza.\n"
    draft, fields = read(root / "v", {"docs/modelo-datos.md": schema, "docs/vehiculos-api.md": api}, "vehiculos")
    assert fields["estado"]["enum_values"] == ["DISPONIBLE", "RESERVADO", "BAJA"], draft.diagnostics
    er = ("# Schema\n\n```mermaid\nerDiagram\n    SONGS {\n        uuid id PK\n        string title \"曲名\"\n"
          "        string album_name \"アルバム名 (検索用/非正規化)\"\n    }\n```\n")
    draft, fields = read(root / "s", {"docs/design/database-schema.md": er}, "Song")
    assert fields["album_name"]["type"] == "str", draft.diagnostics


def test_a_notes_table_without_types_and_its_sentence_of_indexes(root: Path) -> None:
    """`| Columna | Notas |` under `### \\`actividad\\``: `inicio` 'Instante UTC' is a moment, `dia` 'Día local' a day,
    `duracionMinutos` a count of minutes, `cantidad` + `unidad` two columns; 'Índices en `dia`, `inicio` y `estado`.'"""
    doc = ("# Modelo de datos\n\n### `actividad`\n\nEl registro. Índices en `dia`, `inicio` y `estado`.\n\n| Columna | Notas |\n"
           "|---|---|\n| `titulo` | La acción concreta |\n| `estado` | `PENDIENTE`, `EN_CURSO`, `COMPLETADO` |\n"
           "| `inicio` | Instante UTC |\n| `dia` | Día **local** de `inicio` |\n| `duracionMinutos` | Minutos de esfuerzo |\n"
           "| `cantidad` + `unidad` | Medida opcional |\n")
    draft, fields = read(root, {"docs/modelo-de-datos.md": doc}, "actividad")
    assert {"cantidad", "unidad", "titulo"} <= set(fields), draft.diagnostics
    assert fields["inicio"]["type"] == "datetime" and fields["dia"]["type"] == "date"
    assert fields["duracion_minutos"]["type"] == "int"
    assert all(fields[n].get("index") for n in ("dia", "inicio", "estado")) and not fields["titulo"].get("index")


def test_java_records_german_numbers_and_value_objects_a_row_holds(root: Path) -> None:
    """`@Table("rolename") public record Role(@Id Integer id, String name, String description)`; German 'Zahl' is a
    whole number; zod's `SuitabilitySchema` (no id) held by `PalSchema` under '### Pal' is a part of the Pal."""
    java = ("# Data Model\n\n### 1. Role\n\n```java\n@Table(\"rolename\")\npublic record Role(\n    @Id Integer id,\n"
            "    String name,\n    String description\n) {}\n```\n\n### 2. Skill\n\n```java\npublic record Skill(Integer id, "
            "String name, Integer categoryId) {}\n```\n")
    draft, fields = read(root, {"specs/002-x/data-model.md": java, "specs/002-x/spec.md": "# Spec\n"}, "Role")
    assert set(fields) == {"name", "description"}, draft.diagnostics
    german = ("# Datenmodell\n\n## gerichte.json\n\n| Feld | Typ | Bedeutung |\n|---|---|---|\n| `id` | Zahl | interne ID |\n"
              "| `name` | Text | Anzeigename |\n| `klasse` | Zahl | Planungsregel 1 bis 4 |\n| `active` | Boolean | aktiv |\n")
    draft, fields = read(root / "g", {"docs/datenmodell.md": german}, "gericht")
    assert fields["klasse"]["type"] == "int", draft.diagnostics
    zod = ("# Data Model\n\n## Entity Definitions\n\n### Pal\n\n```typescript\nexport const SuitabilitySchema = z.object({\n"
           "  workType: z.string(),\n  level: z.number().int(),\n});\n\nexport const PalSchema = z.object({\n  id: z.string(),\n"
           "  name: z.string(),\n  description: z.string(),\n  suitability: z.array(SuitabilitySchema),\n  imageUrl: z.string(),\n"
           "});\n```\n")
    draft, fields = read(root / "p", {"specs/001-core-mvp/data-model.md": zod, "specs/001-core-mvp/spec.md": "# Spec\n"},
                         "001-core-mvp")
    assert {"name", "description", "image_url"} <= set(fields), draft.diagnostics


def test_api_pages_kept_deeper_one_page_an_endpoint(root: Path) -> None:
    """`api/documentation/paciente/post_paciente.md` in the REST-docs template (`* **Data Params**` over
    `**Required:**` and `` `nombre=[string]` ``, the brackets holding the type); `my-app/docs/api/booking-endpoints.md`;
    and Finnish `APIDocumentaatio.md` beside `eventAPI/post.md`, their words run together."""
    page = ("**POST Paciente**\n----\n  Crea un nuevo paciente\n\n* **URL**\n\n  /api/pacientes\n\n* **Method:**\n\n  `POST`\n\n"
            "* **Data Params**\n\n    **Required:**\n   * `nombre=[string]`\n\n    **Optional:**\n   * `nombre=[string]`\n"
            "   * `apellido=[string]`\n   * `fase=[int]`\n\n* **Success Response:**\n\n  * **Code:** 201 CREATED\n")
    draft, fields = read(root, {"api/documentation/paciente/post_paciente.md": page, "README.md": "# App\n"}, "Paciente")
    assert set(fields) == {"nombre", "apellido", "fase"}, draft.diagnostics
    assert fields["nombre"]["type"] == "str" and fields["nombre"]["required"] is True
    assert fields["fase"]["type"] == "int" and fields["apellido"]["required"] is False
    booking = ("# Booking Endpoints\n\n## Create booking\n\n`POST /api/bookings`\n\n```json\n{\n  \"guests\": 2,\n  \"rooms\": 1,\n"
               "  \"specialRequests\": \"late check-in\"\n}\n```\n")
    draft, fields = read(root / "b", {"my-app/docs/api/booking-endpoints.md": booking, "README.md": "# App\n"}, "Booking")
    assert set(fields) == {"guests", "rooms", "special_requests"}, draft.diagnostics
    index = "# API-dokumentaatio\n\n- [Tapahtumat](eventAPI/post.md)\n"
    post = ("# Create event\n\n**URL** : `/api/events`\n\n**Method** : `POST`\n\n```json\n{\n  \"eventName\": \"Concert\",\n"
            "  \"totalTickets\": 100\n}\n```\n")
    draft, fields = read(root / "t", {"APIDocumentaatio.md": index, "eventAPI/post.md": post}, "Event")
    assert set(fields) == {"event_name", "total_tickets"}, draft.diagnostics


def test_a_field_table_with_starred_names_and_a_link_to_its_values(root: Path) -> None:
    """`| title * | string |` beside `| job_id | string | UUID to identify the job post |` under `#### JobPost {#job-post}`:
    the star marks what a client sends, job_id is the post's own id, `[Job Status](#job-status)` links to the list of
    its values; the list above the heading names nothing below it."""
    doc = ("## Publish job advert API\n\n#### Job Status {#job-status}\n- Pending\n- Published\n- Hidden\n\n"
           "#### JobPost {#job-post}\n| Name | Type | Description |\n| --- | --- | --- |\n"
           "| job_id | string | UUID to identify the job post |\n| title * | string | Job Title |\n| notes | string | Notes |\n"
           "| status * | string | [Job Status](#job-status) |\n")
    draft, fields = read(root, {"job_publish-service/README.md": doc, "job_publish-service/api-spec.md": "# API\n"}, "JobPost")
    assert set(fields) == {"title", "notes", "status"}, draft.diagnostics
    assert fields["title"]["required"] is True and fields["notes"]["required"] is False
    assert fields["status"]["enum_values"] == ["Pending", "Published", "Hidden"]


def test_a_state_machine_line_whole_number_notes_a_database_default_and_named_formats(root: Path) -> None:
    """'状态机：`draft → reg → ended`' under the events' heading gives `status` its states; `| bestOf | number | 3 / 5 |`
    is whole; 'Valor padrão no banco: `ABERTO`' is the default; '`isbn`: ISBN-10 or ISBN-13' names formats, no values;
    `- **Rent Price** (number)` is a field named in words."""
    doc = ("# 数据模型\n\n## events\n\n赛事主体。状态机：`draft → reg → ended`。\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n"
           "| `name` | string | 名称 |\n| `bestOf` | number | 3 / 5 |\n| `status` | string | 状态机 |\n")
    draft, fields = read(root, {"docs/数据模型.md": doc}, "events")
    assert fields["status"]["enum_values"] == ["draft", "reg", "ended"], draft.diagnostics
    assert fields["best_of"]["type"] == "int"
    pt = ("# Modelo\n\n### requests\n\n| Coluna | Tipo | Nulo | Descrição |\n| --- | --- | --- | --- |\n"
          "| `title` | `varchar(120)` | não | Título |\n"
          "| `status` | `varchar(20)` | não | Situação atual. Valor padrão no banco: `ABERTO`. |\n")
    draft, fields = read(root / "p", {"docs/modelo-de-dados.md": pt}, "requests")
    assert fields["status"]["default"] == "ABERTO", draft.diagnostics
    books = ("# Books\n\n## Book\n\n- `title` (string, required)\n- `isbn` (string): ISBN-10 or ISBN-13\n- `pages` (integer)\n")
    draft, fields = read(root / "k", {"docs/data-model.md": books}, "Book")
    assert fields["isbn"]["type"] == "str", draft.diagnostics
    worded = ("# Property Model\n\n### PropertyModel\n- **Title** (string)\n- **Rent** (boolean)\n- **Rent Price** (number)\n"
              "- **Area Total** (number?)\n")
    draft, fields = read(root / "r", {"requirements/models/property-model.md": worded}, "PropertyModel")
    assert {"rent_price", "area_total", "title", "rent"} <= set(fields), draft.diagnostics


def test_requests_written_raw_and_a_readme_in_lower_case(root: Path) -> None:
    """A ```http block (`POST /api/activities/ HTTP/1.1`, headers, then the body) sends an activity, whose
    `"category": {"id": 1}` is a reference by its key; a `readme.md` documents the API as README.md would."""
    doc = ("# Endpoints\n\n## Detailed Documentation\n\n#### `api/activities/` - POST\n\n##### Sample request\n\n```http\n"
           "POST /api/activities/ HTTP/1.1\nHost: 127.0.0.1:8080\nContent-Type: application/json\n{\n    \"name\": \"Leg day\",\n"
           "    \"category\": {\n        \"id\": 1\n    },\n    \"duration\": 10\n}\n```\n")
    draft, fields = read(root, {"docs/endpoints.md": doc}, "Activity")
    assert set(fields) == {"name", "category", "duration"}, draft.diagnostics
    assert fields["category"]["type"] == "int"
    readme = ("# RENTX API\n\n## Endpoints:\n\n- **URL**: /api/v1/cars\n- **Method**: POST\n\n- **Request body**:\n\n  ```json\n"
              "  {\n    \"brand\": \"string\",\n    \"model\": \"string\",\n    \"price\": \"string\"\n  }\n  ```\n")
    draft, fields = read(root / "r", {"readme.md": readme}, "Car")
    assert set(fields) == {"brand", "model", "price"}, draft.diagnostics


def test_types_written_outside_fences_and_dbml_with_worded_settings(root: Path) -> None:
    """`type Observation \\\\= {` with blank lines between its members, `type ISOInstant \\\\= string;` and a union over
    `| 'weighIn'` lines, all outside any fence; a whole file of DBML whose columns say `unique`, `nullable` in words and
    what they are after a dash."""
    doc = ("# Data Model\n\n## Core types\n\n### Observation\n\ntype ObservationId \\= string;  // uuid\n\n"
           "type Observation \\= {\n\n  id: ObservationId;\n\n  kind: ObservationKind;\n\n  occurredAt: ISOInstant;\n\n"
           "  fidelity: number;\n\n  notes?: string;\n\n};\n\ntype ObservationKind \\=\n\n  | 'weighIn'\n\n  | 'session';\n\n"
           "type ISOInstant \\= string;          // ISO 8601 UTC\n")
    draft, fields = read(root, {"planning/data-model.md": doc}, "Observation")
    assert {"kind", "occurred_at", "fidelity", "notes"} <= set(fields), draft.diagnostics
    assert fields["kind"]["enum_values"] == ["weighIn", "session"] and fields["occurred_at"]["type"] == "datetime"
    dbml = ("Table cve_records {\n    id uuid - table id\n    cve_id str unique - the CVE id [AP-01]\n"
            "    published_at datetime - published [AP-02]\n    cvss_base_score float nullable - the score\n"
            "    description str - for the detail view\n    }\n")
    draft, fields = read(root / "d", {"docs/db.md": dbml}, "CveRecord")
    assert set(fields) == {"cve_id", "published_at", "cvss_base_score", "description"}, draft.diagnostics
    assert fields["cve_id"]["unique"] is True and fields["cve_id"]["required"] is True
    assert fields["cvss_base_score"]["required"] is False and fields["published_at"]["type"] == "datetime"


def test_a_table_as_parallel_lists_and_an_enums_file_of_sections(root: Path) -> None:
    """`- Columns:` and `- Data types:` in step, then `Nullable fields:`, `Default values:`, `Unique constraints:` and
    `Suggested indexes:`; the types named there are listed in an enums file, '# PostgreSQL Enums' over '## listing_status'."""
    tables = ("# Tables\n\n## cars\n\n- Purpose: a listing\n- Columns: `id`, `title`, `vin`, `currency_code`, `listing_status`, "
              "`mileage`\n- Data types: `uuid`, `text`, `varchar(17)`, `char(3)`, `listing_status`, `int`\n"
              "- Nullable fields: `vin`, `mileage`\n- Default values: `id = gen_random_uuid()`, `currency_code = 'USD'`, "
              "`listing_status = 'draft'`\n- Unique constraints: `vin`, optional `(dealer_id, stock_number)`\n"
              "- Suggested indexes: `listing_status`, `mileage`\n")
    enums = "# PostgreSQL Enums\n\n## app_role\n\n- `user`\n- `admin`\n\n## listing_status\n\n- `draft`\n- `published`\n- `sold`\n"
    draft, fields = read(root, {"docs/database/tables.md": tables, "docs/database/enums.md": enums}, "car")
    assert set(fields) == {"title", "vin", "currency_code", "listing_status", "mileage"}, draft.diagnostics
    assert fields["listing_status"]["enum_values"] == ["draft", "published", "sold"]
    assert fields["listing_status"]["default"] == "draft" and fields["listing_status"]["index"] is True
    assert fields["currency_code"]["default"] == "USD" and fields["currency_code"]["max_length"] == 3
    assert fields["vin"]["unique"] is True and fields["vin"]["required"] is False and fields["title"]["required"] is True


def test_values_in_a_bullets_sql_comment_and_kinds_in_parentheses_but_not_a_remark(root: Path) -> None:
    """`- source_type (text) -- manual | photo_confirmed | imported_sheet`; `| tipe | VARCHAR(50) | NOT NULL | Room type
    (Standard, Deluxe, Premium) |`; but 'Product-authored, no Google equivalent.' beside `string/enum` is a remark."""
    bullets = "# Schema\n\n## meal_entries\n- id (uuid, pk)\n- title (text, nullable)\n- source_type (text) -- manual | photo | sheet\n"
    draft, fields = read(root, {"docs/DB_SCHEMA.md": bullets}, "meal_entries")
    assert fields["source_type"]["enum_values"] == ["manual", "photo", "sheet"], draft.diagnostics
    kinds = ("# Database\n\n### kamar\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n| `id` | INT | PK | key |\n"
             "| `nomor` | VARCHAR(10) | NOT NULL | Room number |\n"
             "| `tipe` | VARCHAR(50) | NOT NULL | Room type (Standard, Deluxe, Premium, Executive) |\n")
    draft, fields = read(root / "k", {"docs/reference/database-schema.md": kinds}, "kamar")
    assert fields["tipe"]["enum_values"] == ["Standard", "Deluxe", "Premium", "Executive"], draft.diagnostics
    remark = ("# Data Model\n\n### Restaurant\n\n| Field | Type | Notes |\n|---|---|---|\n| `name` | string | The name |\n"
              "| `occasion`, `ambient` | string/enum | Product-authored, no Google equivalent. |\n")
    draft, fields = read(root / "d", {"specs/DATA_MODEL.md": remark}, "Restaurant")
    assert fields["ambient"].get("enum_values") is None, draft.diagnostics


def test_rust_codes_renamed_by_sqlx_a_table_said_above_its_schema_and_the_only_required_field(root: Path) -> None:
    """`#[sqlx(type_name = "varchar", rename_all = "lowercase")] pub enum TaskStatus { Draft, Saved }`: the values the
    column stores; '**Database Table**: `df_c_collection`' above '#### Schema'; '`common_name` (required — the only
    mandatory field)', `sun` (enum full/part/shade, nullable), `mature_height` (text — "6-8 ft" beats a decimal)."""
    rust = ("# Data Model\n\n### 1. CollectTask\n\n**Database Table**: `df_c_collection` (already exists)\n\n#### Schema\n\n"
            "| Field | Type | Constraints |\n|---|---|---|\n| `id` | `CHAR(36)` | PRIMARY KEY |\n| `name` | `VARCHAR(100)` | NOT NULL |\n"
            "| `status` | `VARCHAR(20)` | NOT NULL |\n\n#### Rust Model\n\n```rust\n#[derive(Debug, sqlx::FromRow)]\npub struct CollectTask {\n"
            "    pub id: String,\n    pub name: String,\n    pub status: TaskStatus,\n}\n\n"
            "#[derive(Debug, sqlx::Type)]\n#[sqlx(type_name = \"varchar\", rename_all = \"lowercase\")]\npub enum TaskStatus {\n"
            "    Draft,\n    Saved,\n}\n```\n\n#### Indexes\n\n```sql\nCREATE INDEX idx_status ON df_c_collection(status);\n```\n")
    draft, fields = read(root, {"specs/001-collect/data-model.md": rust, "specs/001-collect/spec.md": "# Spec\n"}, "001-collect")
    assert fields["status"]["enum_values"] == ["draft", "saved"], draft.diagnostics
    assert fields["status"]["index"] is True  # (its index is on the table the line above the schema names)
    prose = ("# Schema\n\n## Plant\n\nThe specimen record.\n\nIdentity fields: `common_name` (required —\nthe only mandatory field), "
             "`botanical_name`, `sun` (enum full/part/shade, nullable), `mature_height` (text — \"6-8 ft\"\nbeats a decimal), "
             "`is_edible`.\n")
    draft, fields = read(root / "p", {"docs/design/schema.md": prose}, "Plant")
    assert fields["common_name"]["required"] is True and fields["botanical_name"]["required"] is False, draft.diagnostics
    assert fields["sun"]["enum_values"] == ["full", "part", "shade"] and fields["mature_height"]["type"] == "text"


def test_a_fence_left_open_closes_where_the_next_section_starts_and_a_json_sketch_names_its_references(root: Path) -> None:
    """A ```` ```json ```` block never closed, `## Group` and its own ```` ```json ```` below it (markdown reads all of
    it as the first block), the last block running to the file's end over `💸 Expense`, then `{`: each document is the
    entity its name says. `"groupId": groupId` is another document's id, `[userId]` a list of them, a quoted union with
    a comma after it an enum, `"participants": [` over `{ ... }` lines a list of objects."""
    text = ("# Data Model\n\n## User\n```json\n{\n  \"_id\": ObjectId,\n  \"name\": String,\n  \"email\": String\n}\n\n"
            "## Group\n```json\n{\n  \"_id\": ObjectId,\n  \"name\": String,\n  \"members\": [userId],\n  \"createdBy\": userId\n}\n\n"
            "\U0001f4b8 Expense\n{\n  \"_id\": ObjectId,\n  \"groupId\": groupId,\n  \"amount\": Number,\n"
            "  \"splitType\": \"equal\" | \"percentage\" | \"exact\",\n  \"participants\": [\n    { \"userId\": userId, \"share\": Number }\n"
            "  ],\n  \"description\": String\n}\n\n\U0001f4d8 LedgerEntry\n{\n  \"_id\": ObjectId,\n  \"amount\": Number\n}\n")
    draft, fields = read(root, {"spec/DATA_MODEL.md": text}, "Expense")
    assert set(fields) == {"group_id", "amount", "split_type", "participants", "description"}, draft.diagnostics
    assert fields["split_type"]["enum_values"] == ["equal", "percentage", "exact"]
    assert fields["group_id"]["type"] == "str" and fields["participants"]["type"] == "json"
    draft, fields = read(root / "g", {"spec/DATA_MODEL.md": text}, "Group")
    assert set(fields) == {"name", "members", "created_by"}, draft.diagnostics
    assert fields["members"]["type"] == "list[str]"
    # (a fence closed as it should be, a `# comment` inside a python block: nothing moves)
    closed = ("# Models\n\n## Note\n```python\nclass Note(SQLModel, table=True):\n    id: int | None = None\n\n"
              "# the body\n    body: str\n```\n\n## Tag\n```python\nclass Tag(SQLModel, table=True):\n    label: str\n```\n")
    draft, fields = read(root / "n", {"docs/models.md": closed}, "Note")
    assert "body" in fields, draft.diagnostics


def test_a_firestore_tree_in_an_ide_prompt_folder_beside_its_dart_class(root: Path) -> None:
    """`.idx/` (Firebase Studio's prompts) holds the only spec: a Firestore tree, `ads/` over `├── {adId}/`, whose
    `location: map` has members of its own below it, `imageUrls: array[string]`, `status: string (active/sold)`; and
    the Dart class `Ad` of the same collection ('ads' is the ad's plural)."""
    text = ("# Guide\n\n### Firestore Collections Structure\n\n```\nads/\n  ├── {adId}/\n  │   ├── title: string\n"
            "  │   ├── price: number\n  │   ├── location: map\n  │   │   ├── country: string\n  │   │   └── city: string\n"
            "  │   ├── imageUrls: array[string]\n  │   ├── status: string (active/pending/sold)\n  │   └── createdAt: timestamp\n```\n\n"
            "### Ad Model\n\n```dart\nclass Ad {\n  final String id;\n  final String title;\n  final double price;\n"
            "  final Location location;\n  final List<String> imageUrls;\n  final String status;\n  final DateTime createdAt;\n}\n```\n")
    draft, fields = read(root, {".idx/app-prompt.md": text}, "ad")
    assert set(fields) == {"title", "price", "location", "image_urls", "status"}, draft.diagnostics
    assert fields["location"]["type"] == "json" and fields["image_urls"]["type"] == "list[str]"
    assert fields["status"]["enum_values"] == ["active", "pending", "sold"]


def test_a_service_page_whose_headings_are_routes_without_a_slash_and_german_request_labels(root: Path) -> None:
    """`services/doc/product.md`: '### POST article/' over '#### Eingabe' (the request) and '#### Rückgabe' (what comes
    back); `"price": "12.4"` quoted in one example and `12` in another is a number."""
    text = ("# Product-Service\n\n## Produkte\n\n### POST article/\n#### Eingabe\n```json\n{\n  \"name\": \"Testartikel\",\n"
            "  \"price\": \"12.4\",\n  \"state\": true\n}\n```\n#### Rückgabe\n```json\n{\n  \"_id\": \"5e43\",\n  \"name\": \"x\",\n"
            "  \"price\": 12.4,\n  \"state\": true\n}\n```\n\n### PUT article/:id\n#### Eingabe\n```json\n{\n  \"name\": \"Neu\",\n"
            "  \"price\": 12\n}\n```\n\n### GET /article\n#### Rückgabe\n- 200 (OK)\n")
    draft, fields = read(root, {"services/doc/product.md": text}, "article")
    assert draft.spec["name"].lower() == "article" and set(fields) == {"name", "price", "state"}, draft.diagnostics
    assert fields["price"]["type"] in ("float", "decimal") and fields["state"]["type"] == "bool"


def test_a_raw_request_line_over_a_wrapped_row_and_stripes_object_heading(root: Path) -> None:
    """A block whose first line is `POST: localhost:3000/listing/create` over `{"property": {...}}` (the row wrapped
    under a key of its own, sent to the listings); '### The reservation object' names the reservation."""
    text = ("## Create a house listing\n\n```\nPOST: localhost:3000/listing/create\n{\n    \"property\": {\n"
            "        \"title\": \"My house\",\n        \"rooms\": 5,\n        \"rent_price\": 2500,\n        \"city\": \"San Jose\"\n"
            "    }\n}\n```\n\n## Update\n```\nPUT: localhost:3000/listing/update\n{   \"id\": 3004,\n    \"property\": {\n"
            "        \"title\": \"My house\",\n        \"rooms\": 5,\n        \"city\": \"San Jose\"\n    }\n}\n```\n")
    draft, fields = read(root, {"server/document/Listing.md": text}, "listing")
    assert set(fields) == {"title", "rooms", "rent_price", "city"}, draft.diagnostics
    assert fields["rooms"]["type"] == "int"
    stripe = ("## Reservations\n\n### The reservation object\n\n#### Attributes\n\n| Key | Type | Description |\n|---|---|---|\n"
              "| `guest_num` | `integer` | Guests |\n| `email` | `string` | Email |\n| `comment` | `string` | Comment |\n")
    draft, fields = read(root / "s", {"docs/reservations.md": stripe}, "reservation")
    assert draft.spec["name"].lower() == "reservation" and set(fields) == {"guest_num", "email", "comment"}, draft.diagnostics


def test_a_create_body_is_the_row_not_the_update_body_with_an_action_member(root: Path) -> None:
    """'## POST /api/events' over `name: string, required` lines, '## PUT /api/events/{id}' over the same names
    `optional` and `delete_poster_ids: int[], optional`: the create's body, its names required; no `delete_...`."""
    text = ("# API\n\n## POST /api/events\n\nRequest:\n\n```\nmethod: POST\nname: string, required\ndescription: string, required\n"
            "location_id: int, required\n```\n\n## PUT /api/events/{id}\n\nRequest:\n\n```\nmethod: PUT\nname: string, optional\n"
            "description: string, optional\nlocation_id: int, optional\ndelete_poster_ids: int[], optional\n```\n")
    draft, fields = read(root, {"Docs/event.md": text}, "event")
    assert set(fields) == {"name", "description", "location_id"}, draft.diagnostics
    assert all(f["required"] for f in fields.values())


def test_collections_written_as_bold_names_over_their_columns_in_french_prose(root: Path) -> None:
    """`**retex** : \\`organisation\\`, \\`title\\` (..., 5 à 140 caractères), \\`recommendation\\` (optionnel),
    \\`source\\` (\\`manual\\`, \\`mcp\\`), ...`: one collection a paragraph; the one marked optional is the only one."""
    text = ("# Modèle de données\n\n## Collections\n\n**organisations** : `name` (affiché), `domain` (unique), `ai_provider` "
            "(`openai` ou\n`mistral`).\n\n**retex** : `organisation`, `author`, `title` (l'enseignement en une phrase, 5 à 140 "
            "caractères), `situation`,\n`recommendation` (optionnel), `source` (`manual`, `mcp`, `transcript`), `source_ref`.\n\n"
            "**votes** : `retex`, `user`. Index unique sur le couple.\n\n**comments** : `retex`, `author`, `body`.\n")
    draft, fields = read(root, {"docs/modele-de-donnees.md": text}, "retex")
    assert set(fields) == {"organisation", "author", "title", "situation", "recommendation", "source", "source_ref"}, draft.diagnostics
    assert fields["title"]["max_length"] == 140 and fields["title"]["required"] is True
    assert fields["recommendation"]["required"] is False and fields["source"]["enum_values"] == ["manual", "mcp", "transcript"]


def test_chinese_index_lists_with_remarks_and_an_enum_heading_that_qualifies_its_column(root: Path) -> None:
    """'### 词条表索引' over '- **普通索引**:' and `- status (用于状态筛选)` (the remark is no column); '### 状态字段枚举值'
    over '#### 词条状态（article.status）' and `- **draft**: 草稿` bullets: the status's values."""
    text = ("# 数据库设计\n\n### baike_app_article（词条表）\n| 字段名 | 类型 | 说明 | 约束 |\n|---|---|---|---|\n"
            "| id | Integer | 主键 | PRIMARY KEY |\n| title | Varchar(200) | 标题 | NOT NULL |\n"
            "| category_id | Integer | 分类ID | FOREIGN KEY (baike_app_category.id) |\n"
            "| status | Varchar(10) | 状态 | NOT NULL, DEFAULT 'draft' |\n\n## 索引设计\n\n### 词条表索引\n"
            "- **主键索引**: id (PRIMARY)\n- **普通索引**: \n  - status (用于状态筛选)\n  - category_id (用于分类筛选)\n\n"
            "## 数据字典\n\n### 状态字段枚举值\n\n#### 词条状态（article.status）\n- **draft**: 草稿\n- **published**: 已发布\n"
            "- **archived**: 已归档\n")
    draft, fields = read(root, {"docs/数据库设计.md": text}, "baike_app_article")
    assert fields["status"]["index"] is True and fields["category_id"]["index"] is True, draft.diagnostics
    assert fields["status"]["enum_values"] == ["draft", "published", "archived"] and fields["status"]["default"] == "draft"


def test_a_django_reference_is_sent_under_its_own_name_and_a_time_of_day_is_text(root: Path) -> None:
    """`restaurant = models.ForeignKey(Restaurant, ...)`: Django REST sends `"restaurant": 3`, an int under the field's
    name; `user = models.ForeignKey(User, ...)` is the owner; `time = models.TimeField()` is a time of day, kept as text."""
    text = ("# Models\n\n```python\nclass Reservation(models.Model):\n    user = models.ForeignKey(User, on_delete=models.CASCADE)\n"
            "    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE)\n    date = models.DateField()\n"
            "    time = models.TimeField()\n    note = models.ForeignKey('Note', null=True, on_delete=models.SET_NULL)\n```\n")
    draft, fields = read(root, {"docs/Models.md": text}, "reservation")
    assert set(fields) == {"restaurant", "date", "time", "note"}, draft.diagnostics
    assert fields["restaurant"]["type"] == "int" and fields["restaurant"]["required"] is True
    assert fields["note"]["required"] is False and fields["time"]["type"] == "str"


def test_presence_words_that_are_a_condition_and_a_diagram_with_one_remark_on_nulls(root: Path) -> None:
    """'UNIQUE quando preenchido (índice parcial `WHERE email IS NOT NULL`)' says nothing of NOT NULL; one column of a
    large ER diagram remarked `"nullable (OAuth-only)"` is a remark, not the convention that the others are NOT NULL."""
    table = ("# Contexto\n\n### Tabela `pacientes`\n\n| Campo | Tipo | Restrição |\n|---|---|---|\n| `id` | BIGINT | PK |\n"
             "| `nome` | VARCHAR | NOT NULL |\n| `email` | VARCHAR | UNIQUE quando preenchido (índice parcial `WHERE email IS NOT NULL`) |\n"
             "| `telefone` | VARCHAR | — |\n")
    draft, fields = read(root, {"docs/context.md": table}, "pacientes")
    assert fields["nome"]["required"] is True and fields["email"]["required"] is False, draft.diagnostics
    tables = "".join(f"    t{n} {{\n        uuid id PK\n        text a{n}\n        text b{n}\n        text c{n}\n    }}\n" for n in range(4))
    diagram = ("# Database\n\n```mermaid\nerDiagram\n    users {\n        uuid id PK\n        text email UK\n"
               "        text password_hash \"nullable (OAuth-only)\"\n    }\n    devices {\n        uuid id PK\n        text kind \"desktop|mobile\"\n"
               "        text platform\n        timestamptz revoked_at\n    }\n" + tables + "```\n")
    draft, fields = read(root / "m", {"docs/design/database.md": diagram}, "devices")
    assert fields["revoked_at"]["required"] is False and fields["platform"]["required"] is False, draft.diagnostics


def test_a_typescript_sketch_with_an_inline_object_an_open_union_named_elsewhere_and_minor_units(root: Path) -> None:
    """`ratings: { average: 0-5, totalReviews: number }` is an object; `availability: "In Stock" | ...` takes the list
    `Availability: "In Stock" | "Out of Stock"` gives; `originalPrice: number // Base price (in paise)` is whole."""
    text = ("# Schema\n\n### Products\n\n```typescript\nProduct {\n  id: UUID\n  name: string\n"
            "  originalPrice: number                 // Base price (in paise)\n  availability: \"In Stock\" | ...        // status\n"
            "  ratings: { average: 0-5, totalReviews: number }\n  kind: \"a\" | ...\n}\n```\n\n### Status Fields\n\n```typescript\n"
            "Availability: \"In Stock\" | \"Out of Stock\" | \"Preorder\"\n```\n")
    draft, fields = read(root, {"client/SCHEMA.md": text}, "product")
    assert fields["original_price"]["type"] == "int" and fields["ratings"]["type"] == "json", draft.diagnostics
    assert fields["availability"]["enum_values"] == ["In Stock", "Out of Stock", "Preorder"]
    assert fields["kind"]["type"] == "str"  # (open, and listed nowhere)


def test_values_before_a_remark_in_another_script(root: Path) -> None:
    """`| freeze_source | VARCHAR(20) | 否 | MANUAL / TRADE，未冻结时为空 |`: the values, then a remark after a
    full-width comma."""
    text = ("# 数据库\n\n### 3.1 product\n\n| 字段 | 类型 | 必填 | 说明 |\n|---|---|---|---|\n| id | BIGINT | 是 | 主键 |\n"
            "| title | VARCHAR(100) | 是 | 标题 |\n| freeze_source | VARCHAR(20) | 否 | MANUAL / TRADE，未冻结时为空 |\n")
    draft, fields = read(root, {"docs/design/database.md": text}, "product")
    assert fields["freeze_source"]["enum_values"] == ["MANUAL", "TRADE"], draft.diagnostics


def test_an_architecture_document_with_a_bold_data_models_heading_and_numeric_unions(root: Path) -> None:
    """`## **Data Models**` (bold, as an editor exports it) over `export interface Course { term: 7 | 8 | 9; ... }` in
    docs/architecture.md: the schema; a union of whole numbers is an enum of those codes."""
    text = ("# **Architecture Document**\n\n## **Data Models**\n\n#### **Course**\n```typescript\nexport interface Course {\n"
            "  id: string;\n  name: string;\n  credits: number;\n  term: 7 | 8 | 9;\n  pace: '100%' | '50%';\n}\n```\n")
    draft, fields = read(root, {"docs/architecture.md": text}, "course")
    assert set(fields) == {"name", "credits", "term", "pace"}, draft.diagnostics
    assert fields["term"]["type"] == "enum" and fields["term"]["enum_values"] == [7, 8, 9]


def test_an_api_page_found_by_its_route_lines_and_bodies_under_a_route_heading(root: Path) -> None:
    """A page whose routes are lines of their own under emoji (`2️⃣ POST /fitness-classes/`); a body under
    '### POST /plants' and '**Request Body:**', `// optional` beside some members, `"service_id": "uuid"` a uuid;
    '`severity`: Required, one of: low, medium, high' its values."""
    text = ("# Plant API\n\n### GET /plants\nAll plants.\n\n### POST /plants\nCreate one.\n\n**Request Body:**\n```json\n{\n"
            "  \"name\": \"Tomato\",\n  \"service_id\": \"uuid\",\n  \"severity\": \"high\",\n  \"notes\": \"New\"   // optional\n}\n```\n\n"
            "**Validation:**\n- `name`: Required, 2-80 characters\n- `severity`: Required, one of: low, medium, high, critical\n\n"
            "### DELETE /plants/:id\nGone.\n\n## Events\n\n- `organizationId` (string)\n- `teamId` (string)\n")
    draft, fields = read(root, {"server/docs/api-plant-routes.md": text}, "plant")
    assert set(fields) == {"name", "service_id", "severity", "notes"}, draft.diagnostics
    assert fields["service_id"]["type"] == "uuid" and fields["severity"]["enum_values"] == ["low", "medium", "high", "critical"]
    assert fields["name"]["required"] is True
    lines = ("# 🌟 Booking API\n\n1️⃣ GET /bookings/\nAll of them.\n\n2️⃣ POST /bookings/\n```json\n{\n  \"client_name\": \"Raj\",\n"
             "  \"client_email\": \"raj@x.com\",\n  \"seats\": 2\n}\n```\n\n3️⃣ DELETE /bookings/\nGone.\n")
    draft, fields = read(root / "b", {"fitness_core/documentation.md": lines}, "booking")
    assert set(fields) == {"client_name", "client_email", "seats"}, draft.diagnostics


def test_an_object_reference_table_named_so_and_a_list_with_a_final_or(root: Path) -> None:
    """'## 6. Donation Object Reference' names the donation; `"one_time", "recurring", or "in_kind"` is three values;
    `amount | string` there, `amount | number` in the create's body: the number."""
    text = ("# Donations\n\n## 1. Make a Donation\n\n### **POST /api/v1/donations**\n\n### **Request Body**\n\n"
            "| Field | Type | Required | Description |\n|---|---|---|---|\n| amount | number | Yes | Amount |\n"
            "| donation_type | string | Yes | \"one_time\", \"recurring\", or \"in_kind\" |\n| currency | string | No | Code |\n"
            "| payment_method | string | No | Method |\n| notes | string | No | A note |\n\n"
            "## 6. Donation Object Reference\n\n"
            "| Field | Type | Description |\n|---|---|---|\n| id | number | ID |\n| amount | string | Amount |\n"
            "| donation_type | string | \"one_time\", \"recurring\", or \"in_kind\" |\n| currency | string | Code |\n"
            "| payment_method | string | Method |\n| notes | string | A note |\n| donated_at | string | ISO timestamp |\n")
    draft, fields = read(root, {"docs/DONATION_API.md": text}, "donation")
    assert draft.spec["name"].lower() == "donation", draft.diagnostics
    assert fields["donation_type"]["enum_values"] == ["one_time", "recurring", "in_kind"]
    assert fields["amount"]["type"] in ("float", "decimal")


def test_a_mongo_design_list_with_a_subdocument_required_names_and_index_conventions(root: Path) -> None:
    """'### Order' over `- \\`tableNumber\\`, \\`items[]\\`, \\`total\\` required`, then 'Order item subdocument:' over the
    item's own list (the order item's, not the order's); '**Required Fields**: judul, isbn' (bare names); '## Indexes'
    over 'Automatically created on:' and '- Foreign keys'."""
    text = ("# Database\n\n### Order\n- `tableNumber`, `items[]`, `total`, `token` required\n- `status` enum default `pending`\n\n"
            "Order item subdocument (`_id: false`):\n\n- `menuItemId` (ObjectId ref `MenuItem`)\n- `name`, `price`, `quantity` required\n")
    draft, fields = read(root, {"backend/docs/DATABASE.md": text}, "order")
    assert set(fields) == {"table_number", "items", "total", "token", "status"}, draft.diagnostics
    assert fields["items"]["type"] == "json" and fields["table_number"]["required"] is True
    api = ("# API\n\n## Buku\n\n### POST /api/buku\n```json\n{\n  \"judul\": \"Laskar\",\n  \"isbn\": \"978\",\n  \"stok\": 3,\n"
           "  \"deskripsi\": \"x\"\n}\n```\n**Required Fields**: judul, isbn, stok\n\n### POST /api/register\n**Required Fields**: nama, nim\n")
    draft, fields = read(root / "b", {"backend/API_DOCUMENTATION.md": api}, "buku")
    assert [n for n, f in fields.items() if f["required"]] == ["judul", "isbn", "stok"], draft.diagnostics
    indexes = ("# Schema\n\n### 8. orders\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n"
               "| buyer_id | UUID | FK → profiles |\n| total | NUMERIC | NOT NULL |\n\n## Indexes\n\nAutomatically created on:\n"
               "- Primary keys (UUID)\n- Foreign keys\n- Unique constraints\n")
    draft, fields = read(root / "i", {"docs/DATABASE_SCHEMA.md": indexes}, "orders")
    assert fields["buyer_id"]["index"] is True and fields["total"]["index"] is False, draft.diagnostics


def test_a_body_sketched_with_type_words_marks_the_optional_ones(root: Path) -> None:
    """`{"content": "string", "title": "string (optional)", "tags": ["string"]}` under `POST /api/notes`: the ones not
    marked optional are the ones a client must send."""
    text = ("# API Specification\n\n## Endpoints\n\n### 1. Save Note\n`POST /api/notes`\n- **Body**: \n  ```json\n  {\n"
            "    \"content\": \"string\",\n    \"title\": \"string (optional)\",\n    \"tags\": [\"string\"]\n  }\n  ```\n"
            "- **Response**: `201 Created`.\n\n### 2. Process\n`POST /api/ai/process`\n- **Body**: `{ \"text\": \"string\" }`\n")
    draft, fields = read(root, {"docs/api-spec.md": text}, "note")
    assert fields["content"]["required"] is True and fields["tags"]["required"] is True, draft.diagnostics
    assert fields["title"]["required"] is False


def test_an_openapi_file_with_stray_tabs_is_read_and_one_it_cannot_read_is_named_with_its_line(root: Path) -> None:
    """Tabs after a value and on blank lines (`type: string\\t\\t`), which YAML refuses though they mean nothing: the
    contract is read. A tab that indents a key cannot be guessed past: the answer names the file and the line."""
    contract = ("openapi: 3.0.0\ninfo:\n  title: Requests\n  version: 1.0.0\npaths:\n  /servicerequest:\n    post:\n"
                "      requestBody:\n        content:\n          application/json:\n            schema:\n"
                "              $ref: '#/components/schemas/ServiceRequest'\n      responses:\n        '200':\n          description: ok\n"
                "components:\n  schemas:\n    ServiceRequest:\n      type: object\n      required:\n        - title\n      properties:\n"
                "        title:\n          type: string\t\t\n\t  \n        priority:\n          type: integer\n")
    draft, fields = read(root, {"API/ReadMe.md": "# API\n\nSee the contract.\n", "API/Service_Request_API.yaml": contract},
                         "service_request")
    assert set(fields) == {"title", "priority"} and fields["title"]["required"] is True, draft.diagnostics
    broken = contract.replace("        priority:", "\tpriority:")
    draft = operations.read_spec(str(write(root / "b", {"API/ReadMe.md": "# API\n\nSee the contract.\n",
                                                         "API/Service_Request_API.yaml": broken})), "service_request")
    said = [d for d in draft.diagnostics if "could not read this OpenAPI file" in d]
    assert said and "API/Service_Request_API.yaml" in said[0] and "line 26" in said[0], draft.diagnostics


def test_a_readme_object_a_context_folder_a_schema_in_docs_and_bracketed_defaults(root: Path) -> None:
    """'## Reservation Object' over a JSON object in the README (`"total_price": "4300.0"`, a decimal sent as text);
    `.context/active/spec.md` (an agent's folder); a Drizzle `docs/prd/schema.ts`; `- garage: INT [0]`."""
    readme = ("## Reservation API\n\n## Endpoints\n\n```\nPOST /api/v1/reservations\n```\n\n## Reservation Object\n\n```\n{\n"
              "  \"id\":1,\n  \"start_date\":\"2021-03-12\",\n  \"nights\":4,\n  \"total_price\":\"4300.0\",\n  \"paid_at\":null\n}\n```\n")
    draft, fields = read(root, {"README.md": readme}, "reservation")
    assert set(fields) == {"start_date", "nights", "total_price", "paid_at"}, draft.diagnostics
    assert fields["total_price"]["type"] == "decimal" and fields["paid_at"]["type"] == "datetime"
    context = ("# Parking\n\n### 2.2. Reservation\n\n| Field | Type | Description |\n|---|---|---|\n| `id` | PK | Key |\n"
               "| `spot_id` | FK | Spot |\n| `start_time` | DateTime | Start |\n| `status` | Enum | active, completed |\n")
    draft, fields = read(root / "c", {".context/active/smart_parking_spec.md": context}, "reservation")
    assert set(fields) == {"spot_id", "start_time", "status"}, draft.diagnostics
    drizzle = ("import { pgTable, text, integer } from 'drizzle-orm/pg-core';\n\nexport const vehicles = pgTable('vehicles', {\n"
               "  id: text('id').primaryKey(),\n  plateNumber: text('plate_number').notNull(),\n  seats: integer('seats'),\n});\n")
    draft, fields = read(root / "d", {"docs/prd/schema.ts": drizzle, "docs/prd/epic.md": "# Fleet\n\nVehicles.\n"}, "vehicle")
    assert set(fields) == {"plate_number", "seats"}, draft.diagnostics
    bracketed = "# Schema\n\n## Listing\n- title: STR\n- garage: INT [0]\n- is_published: BOOL [true]\n"
    draft, fields = read(root / "e", {"database_schema.md": bracketed}, "listing")
    assert fields["garage"]["default"] == 0 and fields["is_published"]["default"] is True, draft.diagnostics


def test_a_remark_that_lists_a_state_columns_values_and_codes_apart_from_their_labels(root: Path) -> None:
    """`- \\`estado\\` (VARCHAR(20), default "pendiente") -- pendiente, aceptado, completado`: the values; `| status |
    TINYINT | NOT NULL，0 下架/1 上架/2 售罄 |`: codes, each a space apart from its label."""
    bullets = ("# Data Model\n\n## SolicitudServicio\n- `id` (SERIAL, PK)\n- `descripcion` (TEXT, NOT NULL)\n"
               "- `estado` (VARCHAR(20), default \"pendiente\") -- pendiente, aceptado, completado\n")
    draft, fields = read(root, {"specs/data-model.md": bullets, "specs/spec.md": "# Spec\n"}, "solicitud_servicio")
    assert fields["estado"]["enum_values"] == ["pendiente", "aceptado", "completado"], draft.diagnostics
    table = ("# 数据库设计\n\n### 3.6 product\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| id | BIGINT | 主键 |\n"
             "| name | VARCHAR(64) | NOT NULL |\n| status | TINYINT | NOT NULL，0 下架/1 上架/2 售罄 |\n")
    draft, fields = read(root / "c", {"docs/DATABASE_DESIGN.md": table}, "product")
    assert fields["status"]["enum_values"] == [0, 1, 2], draft.diagnostics


def test_a_values_table_by_table_and_column_a_decimal_kept_as_text_and_a_type_with_its_values(root: Path) -> None:
    """`| Tabla | Campo | Valores |` over `| \\`reservas\\` | \\`metodo_pago\\` | \\`Yape\\` · \\`Efectivo\\` |`; SQLite's
    `TEXT (Decimal)`; `- \\`condition\\` (string: new, like new, used)` under '## Book Endpoints' and a '### Create' of the
    books."""
    model = ("# Modelo de datos\n\n## reservas\n\n| Campo | Tipo | Restricciones |\n|---|---|---|\n| id | INT | PK |\n"
             "| metodo_pago | VARCHAR(20) | NOT NULL |\n| monto | TEXT (Decimal) | NOT NULL |\n| estado | VARCHAR(20) | NOT NULL |\n\n"
             "## Valores\n\n| Tabla | Campo | Valores |\n|---|---|---|\n| `reservas` | `metodo_pago` | `Yape` · `Efectivo` |\n"
             "| `horarios` | `estado` | `disponible` · `reservado` |\n| `reservas` | `estado` | `pendiente` · `pagado` |\n")
    draft, fields = read(root, {"docs/modelo-de-datos.md": model}, "reservas")
    assert fields["metodo_pago"]["enum_values"] == ["Yape", "Efectivo"], draft.diagnostics
    assert fields["monto"]["type"] == "decimal" and fields["estado"].get("enum_values") is None  # (two tables list it)
    api = ("# API\n\n## Book Endpoints\n\n- **POST /api/books** — Create a book\n    - Form Fields:\n        - `title` (string)\n"
           "        - `condition` (string: new, like new, used, old)\n        - `price` (float)\n")
    draft, fields = read(root / "b", {"ENDPOINTS.md": api}, "book")
    assert draft.spec["name"].lower() == "book" and fields["condition"]["enum_values"] == ["new", "like new", "used", "old"], \
        draft.diagnostics
    offers = ("# Status\n\n### Healthcheck\nOK.\n\n# Offers\n\n### Create\nCreate a new offer.\n\n**Request Body:**\n```json\n{\n"
              "    \"title\": \"BMW 320d\",\n    \"price\": 15000,\n    \"odometer\": 120000\n}\n```\n")
    draft, fields = read(root / "o", {"ENDPOINTS.md": offers}, "offer")
    assert draft.spec["name"].lower() in ("offer", "offers") and set(fields) == {"title", "price", "odometer"}, draft.diagnostics


def test_brackets_and_type_notes_that_hold_marks_are_no_defaults_nor_values(root: Path) -> None:
    """`- id: INT [PK]` and `- email: STR [unique]` are marks, no defaults; `(string: max 100, required)` says rules and
    `(string: first, last)` names two words of a name, neither a list of values."""
    text = ("# Schema\n\n## Member\n- id: INT [PK]\n- email: STR [unique]\n- seats: INT [2]\n\n## Notes\n\n### Form Fields\n"
            "- `name` (string: max 100, required)\n- `nickname` (string: first, last)\n- `status` (string: open, closed)\n")
    draft, fields = read(root, {"database_schema.md": text}, "member")
    assert fields["email"].get("default") is None and fields["seats"]["default"] == 2, draft.diagnostics
    notes = ("# API\n\n## Member Endpoints\n\n- **POST /api/members** — Create a member\n    - Form Fields:\n"
             "        - `name` (string: max 100, required)\n        - `nickname` (string: first, last)\n"
             "        - `status` (string: open, closed)\n")
    draft, fields = read(root / "n", {"ENDPOINTS.md": notes}, "member")
    assert fields["name"].get("enum_values") is None and fields["nickname"].get("enum_values") is None, draft.diagnostics
    assert fields["status"]["enum_values"] == ["open", "closed"]


# Round 134's forms ----------------------------------------------------------------------------------------------


def test_an_enum_union_over_lines_a_hidden_docs_folder_and_bold_enum_types(root: Path) -> None:
    """A Supabase reference's `### tool_category` over a fenced union that wraps onto three lines: every value; a
    dbdiagram file in a hidden `.docs/`; '**TicketStatus** (see [x](x.md)):' under '## Enumerations' over one
    code-quoted value a bullet; `max 10_000 chars`."""
    reference = ("# API Reference\n\n## Database Schema\n\n### ai_tools\n\n| Column | Type | Nullable | Default |\n|---|---|---|---|\n"
                 "| `id` | uuid | No | gen_random_uuid() |\n| `name` | text | No | - |\n| `category` | tool_category | No | - |\n"
                 "| `pricing` | pricing_type | No | 'free' |\n\n## Enum Types\n\n### tool_category\n\n```sql\n"
                 "'llm' | 'image' | 'voice' |\n'video' | 'audio' |\n'legal' | 'finance'\n```\n\n### pricing_type\n\n"
                 "```sql\n'free' | 'paid'\n```\n")
    draft, fields = read(root, {"docs/API_REFERENCE.md": reference}, "ai_tool")
    assert fields["category"]["enum_values"] == ["llm", "image", "voice", "video", "audio", "legal", "finance"], draft.diagnostics
    assert fields["pricing"]["enum_values"] == ["free", "paid"]
    diagram = ("[dbdiagram.io](https://dbdiagram.io/)\n\n```\nTable courses {\n  id integer [primary key]\n  title varchar\n"
               "  slug varchar [unique]\n  description text\n}\n```\n")
    draft, fields = read(root / "dbml", {".docs/dbdiagram.md": diagram}, "course")
    assert set(fields) == {"title", "slug", "description"} and fields["slug"]["unique"] is True, draft.diagnostics
    model = ("# Data model\n\n## Enumerations\n\n**TicketStatus** (see [state-machine.md](state-machine.md)):\n\n- `OPEN`\n"
             "- `CLOSED`\n\n**TicketPriority**:\n\n- `LOW`\n- `HIGH`\n\n## Ticket\n\n| Field | Type | Notes |\n|---|---|---|\n"
             "| id | UUID | PK |\n| title | string | Required, 1–200 chars |\n| description | string | Optional, max 10_000 chars |\n"
             "| status | TicketStatus | Default `OPEN` |\n| priority | TicketPriority | Default `LOW` |\n")
    draft, fields = read(root / "enums", {"spec/data-model.md": model}, "ticket")
    assert fields["status"]["enum_values"] == ["OPEN", "CLOSED"], draft.diagnostics
    assert fields["priority"]["enum_values"] == ["LOW", "HIGH"]
    assert fields["description"]["max_length"] == 10000


def test_an_api_page_of_field_descriptions_value_lines_and_required_lists(root: Path) -> None:
    """`### POST /api/events` over '**Field descriptions:**' and its table: the event's fields, the ones its notes
    call a count whole numbers; '**Event types:** `llm_call` | `error`' lists `event_type`'s values. And a create
    route's '- **Required Fields**:' over nested code-quoted bullets: those are required, the others not."""
    page = ("# API Reference\n\n## Events\n\n### POST /api/events\n\n```json\n{\"agent_id\": \"a\", \"event_type\": \"llm_call\"}\n```\n\n"
            "**Event types:** `llm_call` | `heartbeat` | `error`\n\n**Field descriptions:**\n\n"
            "| Field | Type | Required | Description |\n|---|---|---|---|\n| `agent_id` | string | Yes | Agent identifier |\n"
            "| `event_type` | string | Yes | Event type |\n| `tokens_total` | number | No | Total token count |\n"
            "| `status_code` | number | No | HTTP status code |\n| `cost_usd` | number | No | Cost (USD) |\n\n"
            "### GET /api/events\n\nLists events.\n")
    draft, fields = read(root, {"docs/api.md": page}, "event")
    assert set(fields) == {"agent_id", "event_type", "tokens_total", "status_code", "cost_usd"}, draft.diagnostics
    assert fields["event_type"]["enum_values"] == ["llm_call", "heartbeat", "error"]
    assert fields["tokens_total"]["type"] == "int" and fields["status_code"]["type"] == "int"
    assert fields["cost_usd"]["type"] == "decimal"
    products = ("# Products API\n\n## Product Endpoints\n\n### 1. List All Products\n\n- **URL**: `/products`\n- **Method**: `GET`\n\n"
                "### 2. Create a Product\n\n- **URL**: `/products`\n- **Method**: `POST`\n- **Request Body**:\n  ```json\n  {\n"
                "    \"name\": \"New Product\",\n    \"description\": \"Product description\",\n    \"price\": 29.99,\n"
                "    \"stock_quantity\": 50\n  }\n  ```\n- **Required Fields**:\n  - `name` (string): The product name\n"
                "  - `price` (number): The product price\n  - `stock_quantity` (integer): Initial stock quantity\n"
                "- **Optional Fields**:\n  - `description` (string): Product description\n")
    draft, fields = read(root / "products", {"docs/products-api.md": products}, "product")
    assert {n: f["required"] for n, f in fields.items()} == {
        "name": True, "description": False, "price": True, "stock_quantity": True}, draft.diagnostics


def test_a_request_whose_comments_mark_the_optional_members_and_list_the_values(root: Path) -> None:
    """An ```http block's body where `// optional` marks some members: the others are required; a comment
    `// PRICE, VOLATILITY, or ROI` beside `"type": "PRICE"` lists its values. Another route's body (`/auth/register`'s
    `"name": "x"  // optional`) says nothing of the alert's `name`."""
    page = ("# API\n\n## Auth\n\n### Register\n```http\nPOST /auth/register\n\n{\n  \"email\": \"a@b.c\",\n"
            "  \"name\": \"John\"  // optional\n}\n```\n\n## Alerts\n\n### List Alerts\n```http\nGET /alerts\n```\n\n"
            "### Create Alert\n```http\nPOST /alerts\nContent-Type: application/json\n\n{\n  \"name\": \"BTC Alert\",\n"
            "  \"description\": \"When BTC passes 50k\",  // optional\n  \"type\": \"PRICE\",  // PRICE, VOLATILITY, or ROI\n"
            "  \"symbol\": \"BTC\"\n}\n```\n\n### Update Alert\n```http\nPUT /alerts/:id\n\n{\n  \"name\": \"New\",  // optional\n"
            "  \"symbol\": \"ETH\"  // optional\n}\n```\n")
    draft, fields = read(root, {"API.md": page}, "alert")
    assert {n: f["required"] for n, f in fields.items()} == {
        "name": True, "description": False, "type": True, "symbol": True}, draft.diagnostics
    assert fields["type"]["enum_values"] == ["PRICE", "VOLATILITY", "ROI"]


def test_a_chinese_table_with_its_enum_values_indexes_and_examples_apart(root: Path) -> None:
    """Each table's '**字段枚举值**：' (its fields' enum values) over `- \\`status\\`: \\`'a'\\`, \\`'b'\\``: that table's own
    lists (the users' `status` is not the projects'); '**索引**：' with a full-width colon over `INDEX idx_type (type)`;
    "`tags` 示例：" over a JSON array of strings: a list of strings; "由后端根据当前登录用户自动填充": filled by the server."""
    doc = ("# 后端接口需求\n\n### 1. 用户表 (users)\n\n| 字段名 | 数据类型 | 长度 | 必填 | 默认值 | 说明 |\n|---|---|---|---|---|---|\n"
           "| id | VARCHAR | 36 | ✅ | UUID | 主键 |\n| status | VARCHAR | 20 | ✅ | 'active' | 状态 |\n\n**字段枚举值**：\n"
           "- `status`: `'active'`, `'inactive'`\n\n### 2. 项目表 (projects)\n\n| 字段名 | 数据类型 | 长度 | 必填 | 默认值 | 说明 |\n"
           "|---|---|---|---|---|---|\n| id | VARCHAR | 36 | ✅ | UUID | 项目ID |\n| name | VARCHAR | 200 | ✅ | - | 项目名称 |\n"
           "| type | VARCHAR | 50 | ✅ | - | 项目类型 |\n| status | VARCHAR | 50 | ✅ | 'submitted' | 项目状态 |\n"
           "| submitter_id | VARCHAR | 36 | ✅ | - | 提交人ID |\n| tags | JSON | - | ❌ | '[]' | 标签 |\n\n**字段枚举值**：\n"
           "- `type`: `'data'`, `'system'`\n- `status`: `'submitted'`, `'done'`\n\n`tags` 示例：\n```json\n[\"重要\", \"紧急\"]\n```\n\n"
           "**索引**：\n```sql\nPRIMARY KEY (id)\nINDEX idx_type (type)\nINDEX idx_submitter (submitter_id)\n```\n\n"
           "## 接口\n\n### POST /api/projects\n\n- `submitterId` 由后端根据当前登录用户自动填充\n"
           "- `name` is not generated by the server; the client sends it.\n")
    draft, fields = read(root, {"API_BACKEND_REQUIREMENTS.md": doc}, "project")
    assert fields["type"]["enum_values"] == ["data", "system"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["submitted", "done"] and fields["status"].get("max_length") is None
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["default"] == []
    assert fields["type"]["index"] is True and fields["submitter_id"]["index"] is True
    assert fields["submitter_id"]["required"] is False and fields["name"]["required"] is True


def test_index_names_that_begin_a_column_ecto_types_nil_and_a_heading_qualifier(root: Path) -> None:
    """`idx_notifications_scheduled` (one column begins so: scheduled_at) indexes it, a composite
    `idx_available (available_at, status)` nothing; '## Entity: AI Provider (Extended)' names the provider;
    `utc_datetime_usec` is a moment; `nil` is no default; 'required for non-local' is a condition."""
    doc = ("# Notifications\n\n```sql\nCREATE TABLE notifications (\n  id UUID PRIMARY KEY,\n  title VARCHAR(80) NOT NULL,\n"
           "  scheduled_at TIMESTAMPTZ,\n  available_at TIMESTAMPTZ,\n  status VARCHAR(20)\n);\n```\n\n## Indexes\n\n"
           "| Index | Table | Purpose |\n|---|---|---|\n| `idx_notifications_scheduled` | notifications | Partial: has scheduled_at |\n\n"
           "```sql\nINDEX idx_available (available_at, status)\n```\n")
    draft, fields = read(root, {"docs/db-schema.md": doc}, "notification")
    assert fields["scheduled_at"]["index"] is True and fields["available_at"]["index"] is False, draft.diagnostics
    model = ("# Data Model: AI Provider Settings\n\n## Entity: AI Provider (Extended)\n\n### Attributes\n\n"
             "| Attribute | Type | Constraints | Description |\n|---|---|---|---|\n| id | UUID | PK | Id |\n"
             "| name | string | required, max 100 | Display name |\n| api_key | string | sensitive, required for non-local | Key |\n"
             "| finger_text | string | nullable, default nil | Reply |\n| last_used_at | utc_datetime_usec | nullable | Last use |\n")
    draft, fields = read(root / "ecto", {"specs/001-ai-provider/data-model.md": model, "specs/001-ai-provider/spec.md": "# AI\n"},
                         "001-ai-provider")
    assert draft.spec["name"] == "ai_provider", draft.diagnostics
    assert fields["last_used_at"]["type"] == "datetime" and fields["finger_text"].get("default") is None
    assert fields["api_key"]["required"] is False and fields["name"]["required"] is True


def test_codes_with_their_meanings_in_brackets(root: Path) -> None:
    """`| jenis_kelamin | ENUM | NOT NULL | L (Laki-laki), P (Perempuan) |`: the codes L and P, each with its meaning."""
    doc = ("# Skema\n\n## aparat_desa\n\n| Column | Type | Constraints | Description |\n|---|---|---|---|\n"
           "| `id` | UUID | PRIMARY KEY | Id |\n| `nama` | VARCHAR(255) | NOT NULL | Nama |\n"
           "| `jenis_kelamin` | ENUM | NOT NULL | L (Laki-laki), P (Perempuan) |\n")
    draft, fields = read(root, {"docs/schema.md": doc}, "aparat_desa")
    assert fields["jenis_kelamin"]["enum_values"] == ["L", "P"], draft.diagnostics


# Round 135's forms ----------------------------------------------------------------------------------------------


def test_example_bodies_under_an_elided_route_and_under_request_body_headings(root: Path) -> None:
    """`### POST .../pet` over '**Request body**' and its JSON: the pet. And '- **Endpoint:** `/appointments`' over
    '## Home Service Request Body' and '## Physical Request Body': one body in two shapes, the appointment's, each
    shape's own member optional; `2022-5-27T02:30:27Z` is a moment."""
    pets = ("# Endpoints\n\n## Pets\n\n### POST .../pet\n Registers a pet\n\n**Request body**\n```json\n{\n    \"namePets\": \"Rex\",\n"
            "    \"breed\": \"lab\",\n    \"birthDate\": \"2017\"\n}\n```\n\n### DELETE .../pet/<pet_id:int>/\n\n**Response body 200**\n"
            "```json\n{\n\n}\n```\n")
    draft, fields = read(root, {"ENDPOINTS.md": pets}, "pet")
    assert set(fields) == {"name_pets", "breed", "birth_date"}, draft.diagnostics
    page = ("## Book an Appointment\n\n### Request\n\n- **Method:** `POST`\n- **Endpoint:** `/appointments`\n- **Body:**\n\n"
            "## Home Service Request Body\n\n```json\n{\n  \"patient_id\": \"e926ff63-344e-46e1-866f-75a211694b3b\",\n"
            "  \"appointment_start_time\": \"2022-5-27T02:30:27.362490Z\",\n  \"appointment_reason\": \"Check-up\",\n"
            "  \"home_address\": {\"city\": \"City\"}\n}\n```\n\n## Physical Request Body\n\n```json\n{\n"
            "  \"patient_id\": \"e926ff63-344e-46e1-866f-75a211694b3b\",\n  \"appointment_start_time\": \"2022-5-27T02:30:27Z\",\n"
            "  \"appointment_reason\": \"Check-up\",\n  \"health_center_id\": \"1aa05106-d1f2-4fad-b7a6-db5555b9a2a3\"\n}\n```\n")
    draft, fields = read(root / "appointments", {"docs/api/appointment.md": page}, "appointment")
    assert set(fields) == {"patient_id", "appointment_start_time", "appointment_reason", "home_address", "health_center_id"}, \
        draft.diagnostics
    assert fields["appointment_start_time"]["type"] == "datetime" and fields["health_center_id"]["required"] is False
    assert fields["home_address"]["required"] is False


def test_model_sketches_bold_table_bullets_and_notes_beside_typed_lines(root: Path) -> None:
    """A Rails sketch's `race_type:string   # 5k | 10k | marathon`: its values; `- **items**` over
    `` - `name` (string, required)``: the items' columns; '- categoryId: required reference to Category' beside
    '- quantity: required numeric value' under one heading: both the entity's columns."""
    sketch = ("# Technical Spec\n\n## Data model\n\n```\nRace\n  belongs_to :user\n  race_type:string   # 5k | 10k | marathon\n"
              "  race_date:date\n  difficulty:string  # beginner | intermediate | advanced\n  time_objective:string   # e.g. \"01:50:00\"\n"
              "```\n")
    draft, fields = read(root, {"TECHNICAL_SPEC.md": sketch}, "race")
    assert fields["race_type"]["enum_values"] == ["5k", "10k", "marathon"], draft.diagnostics
    assert fields["difficulty"]["type"] == "enum" and fields["time_objective"]["type"] == "str"
    model = ("# Data Model\n\n## Tables\n- **locations**\n  - `id` (PK, integer)\n  - `name` (string, unique)\n\n- **items**\n"
             "  - `id` (PK, integer)\n  - `name` (string, required)\n  - `description` (text, optional)\n"
             "  - `location_id` (FK → locations.id, required)\n")
    draft, fields = read(root / "bold", {"memory-bank/dataModel.md": model}, "item")
    assert set(fields) == {"name", "description", "location_id"}, draft.diagnostics
    assert fields["name"]["required"] is True and fields["description"]["required"] is False
    notes = ("# Data Model: Pantry\n\n## Entities\n\n### Ingredient\n**Fields**:\n- id: unique, stable identifier\n"
             "- name: required, non-empty\n- categoryId: required reference to Category\n- quantity: required numeric value\n"
             "- inventoryState: enum (inStock, used, bought)\n- lastUpdatedAt: timestamp\n\n**Validation Rules**:\n- name is required\n")
    draft, fields = read(root / "notes", {"specs/005-pantry/data-model.md": notes, "specs/005-pantry/spec.md": "# Pantry\n"},
                         "005-pantry")
    assert {"name", "category_id", "quantity", "inventory_state", "last_updated_at"} <= set(fields), draft.diagnostics
    assert fields["name"]["required"] is True and fields["category_id"]["required"] is True


def test_enum_lists_object_unions_days_of_the_month_cents_and_bean_validation(root: Path) -> None:
    """Prisma's `enabledLanguages Language[] @default([KA])`: a list of the enum's names; a TypeScript cell
    `{tipo:'conta'} | {tipo:'cartao'}`: JSON; `diaDoMes: number?`: a whole number; `importeCentavos`: cents, an int;
    `` `sku` (unique, `@NotBlank`) ``: required."""
    prisma = ("# Spec\n\n```prisma\nmodel Menu {\n  id String @id @default(cuid())\n  name String\n"
              "  enabledLanguages Language[] @default([KA])\n}\n\nenum Language {\n  KA\n  EN\n}\n```\n")
    draft, fields = read(root, {"docs/schema.md": prisma}, "menu")
    assert fields["enabled_languages"]["type"] == "list[str]" and fields["enabled_languages"]["default"] == ["KA"], draft.diagnostics
    table = ("# Modelo de dados\n\n## Regra\n\n| Campo | Tipo | Nota |\n|---|---|---|\n| `id` | `string` | uuid |\n"
             "| `nome` | `string` | |\n| `pagamento` | `{tipo:'conta'} \\| {tipo:'cartao', cartaoId}` | |\n"
             "| `diaDoMes` | `number?` | dia de vencimento |\n")
    draft, fields = read(root / "ts", {"docs/modelo-de-dados.md": table}, "regra")
    assert fields["pagamento"]["type"] == "json" and fields["dia_do_mes"]["type"] == "int", draft.diagnostics
    ledger = ("# Modelo de datos\n\n### `movimiento`\n\n| Columna | Notas |\n|---|---|\n| `fecha` | Día local |\n"
              "| `importeCentavos` | Centavos con signo |\n| `descripcion` | El detalle libre |\n| `medio` | `EFECTIVO` o `ELECTRONICO` |\n")
    draft, fields = read(root / "cents", {"docs/modelo-de-datos.md": ledger}, "movimiento")
    assert fields["importe_centavos"]["type"] == "int", draft.diagnostics
    spring = ("# Technical Spec\n\n## Entities\n\n```mermaid\nerDiagram\n    PRODUCT {\n        Long id PK\n        String sku UK\n"
              "        String name\n    }\n```\n\n| Entity | Fields | Notes |\n|---|---|---|\n"
              "| `Product` | `sku` (unique, `@NotBlank`), `name` | Catalog only |\n")
    draft, fields = read(root / "spring", {"TECHNICAL_SPEC.md": spring}, "product")
    assert fields["sku"]["required"] is True, draft.diagnostics


def test_a_body_sketched_in_type_words_and_prices_named_noun_first(root: Path) -> None:
    """`{"name": "string", "category_id": "number", "harga_jual": "number"}` as a create's body: its shape, every member
    sent; `category_id` and `stock` whole numbers by name, `harga_jual` (selling price, the noun first) money."""
    page = ("# Products API\n\n## Create Product\n\nEndpoint : POST /product\n\nRequest Body :\n\n```json\n{\n  \"name\": \"string\",\n"
            "  \"category_id\": \"number\",\n  \"stock\": \"number\",\n  \"harga_jual\": \"number\"\n}\n```\n\n"
            "Response Body Success :\n\n```json\n{\n  \"id\": \"number\",\n  \"name\": \"string\"\n}\n```\n")
    draft, fields = read(root, {"Doc/Product.md": page}, "product")
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "name": ("str", True), "category_id": ("int", True), "stock": ("int", True), "harga_jual": ("decimal", True)}, \
        draft.diagnostics


def test_a_block_of_aligned_django_columns_under_the_models_heading(root: Path) -> None:
    """```python over `title           CharField(200)` lines (not Python: a sketch of the model's columns): `FK → X`
    a reference typed like the block's own key, `CHOICES: [...]` continued on the next line its values,
    `nullable` and `default=` what a client may leave out, `auto_now_add` the server's; a quiz's table is quizzes."""
    models = ("# Data Models\n\nAll models use **UUID primary keys**.\n\n### `Quiz`\n\n```python\nid              UUID PK\n"
              "assignment      FK → TeacherCourseAssignment\ntitle           CharField(200)\ninstructions    TextField nullable\n"
              "max_attempts    PositiveIntegerField default=1\nstatus          CharField CHOICES:\n"
              "                  [DRAFT, OPEN, CLOSED] default=DRAFT\ntotal_marks     DecimalField(6,2)\n"
              "created_at      DateTimeField auto_now_add\n```\n\nStatus moves to `CLOSED` when the due date passes.\n")
    draft, fields = read(root, {"docs/models.md": models}, "quiz")
    assert draft.spec["plural"] == "quizzes", draft.diagnostics
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "assignment": ("uuid", True), "title": ("str", True), "instructions": ("text", False), "max_attempts": ("int", False),
        "status": ("enum", False), "total_marks": ("decimal", True)}
    assert fields["status"]["enum_values"] == ["DRAFT", "OPEN", "CLOSED"] and fields["status"]["default"] == "DRAFT"
    assert fields["title"]["max_length"] == 200 and fields["max_attempts"]["default"] == 1


def test_a_korean_list_that_trails_off_and_a_number_bounded_by_whole_numbers(root: Path) -> None:
    """`status VARCHAR(50), -- 공연 상태 (공연예정, 공연중 등)` ('and so on'): an open list, no enum; `| confidence | number |
    no | 100 | 0–100 |`: a whole number."""
    ddl = ("# DB\n\n```sql\nCREATE TABLE shows (\n  id SERIAL PRIMARY KEY,\n  title VARCHAR(200) NOT NULL,\n"
           "  status VARCHAR(50),          -- 공연 상태 (공연예정, 공연중 등)\n  venue VARCHAR(100)\n);\n```\n")
    draft, fields = read(root, {"docs/database-schema.md": ddl}, "show")
    assert fields["status"]["type"] == "str" and fields["status"]["max_length"] == 50, draft.diagnostics
    page = ("# Expenses API\n\n## Fields\n\n| Field | Type | Required | Default | Notes |\n|---|---|---|---|---|\n"
            "| amount | number | yes | `12.5` | |\n| merchant | string | yes | `Cafe` | |\n| confidence | number | no | `100` | 0–100 |\n")
    draft, fields = read(root / "api", {"docs/API-Expenses.md": page}, "expense")
    assert fields["confidence"]["type"] == "int", draft.diagnostics


# Round 136's forms ----------------------------------------------------------------------------------------------


def test_remarks_that_say_how_a_value_is_made_and_words_a_default_is_among(root: Path) -> None:
    """`sku VARCHAR(100) UNIQUE NOT NULL, -- Auto-generated or manual`: how it is made, no two values; a Korean
    `상태 (대기중/처리중/완료/보류)` beside DEFAULT '대기중' stays an enum though the API's example sends 'pending'."""
    ddl = ("# Schema\n\n```sql\nCREATE TABLE products (\n  id SERIAL PRIMARY KEY,\n  sku VARCHAR(100) UNIQUE NOT NULL, -- Auto-generated or manual\n"
           "  network_type VARCHAR(10), -- 4G or 5G\n  name VARCHAR(200) NOT NULL\n);\n```\n")
    draft, fields = read(root, {"docs/DATABASE_SCHEMA.md": ddl}, "product")
    assert fields["sku"]["type"] == "str" and fields["sku"]["max_length"] == 100, draft.diagnostics
    assert fields["network_type"]["enum_values"] == ["4G", "5G"]
    erd = ("# ERD\n\n### tasks (할일)\n\n| 컬럼명 | 데이터 타입 | NULL | 기본값 | 설명 |\n|---|---|---|---|---|\n| id | SERIAL | NO | auto | PK |\n"
           "| title | TEXT | NO | - | 제목 |\n| status | TEXT | NO | '대기중' | 상태 (대기중/처리중/완료/보류) |\n")
    api = "# API\n\n### POST /api/tasks\n\n```json\n{\"title\": \"Call back\", \"status\": \"pending\"}\n```\n"
    draft, fields = read(root / "ko", {"docs/ERD.md": erd, "docs/API_SPEC.md": api}, "task")
    assert fields["status"]["enum_values"] == ["대기중", "처리중", "완료", "보류"], draft.diagnostics


def test_strings_said_to_be_iso_dates_sums_in_paise_and_money_named_income(root: Path) -> None:
    """`| issue_date | \\`string\\` | ISO date |`: a date; `| grand_total | \\`number\\` | Paise |`: whole paise;
    TypeScript's `income: number` and `expenses: number`: money."""
    doc = ("# Database\n\n## invoices\n\n| Field | Type | Notes |\n|---|---|---|\n| `id` | `string` | uuid |\n"
           "| `issue_date` | `string` | ISO date |\n| `grand_total` | `number` | Paise |\n| `note` | `string` | free text |\n")
    draft, fields = read(root, {"doc/database.md": doc}, "invoice")
    assert fields["issue_date"]["type"] == "date" and fields["grand_total"]["type"] == "int", draft.diagnostics
    model = ("# Modelo de datos\n\n```typescript\ninterface MonthlySnapshot {\n  id: string;\n  year: number;\n"
             "  // Ingresos del mes\n  income: number;\n  expenses: number;\n}\n```\n")
    draft, fields = read(root / "ts", {"docs/modelo-datos.md": model}, "monthly_snapshot")
    assert fields["income"]["type"] == "decimal" and fields["expenses"]["type"] == "decimal", draft.diagnostics
    assert fields["year"]["type"] == "int"


def test_convex_remarks_prisma_lists_and_mongo_id_lists(root: Path) -> None:
    """Convex's `eventType: v.string(), // "wedding", "birthday", "other"`: its values (and the remark's commas split
    no members: `guestCount` after it is read); `// ISO date "2026-05-15"`: a date. Prisma's `images String[]`: may be
    left out; `steps RecipeStep[]` (a model declared elsewhere): no column. `- \\`contactIds\\`: \\`ObjectId[]\\``: ids."""
    prd = ("# PRD\n\n## Database Schema\n\n```ts\nexport default defineSchema({\n  bookings: defineTable({\n    venueId: v.id(\"venues\"),\n"
           "    guestName: v.string(),\n    eventDate: v.string(), // ISO date \"2026-05-15\"\n"
           "    eventType: v.string(), // \"wedding\", \"conference\", \"birthday\", \"other\"\n    guestCount: v.number(),\n"
           "    notes: v.optional(v.string()),\n  }),\n});\n```\n")
    draft, fields = read(root, {"docs/prd.md": prd}, "booking")
    assert fields["event_type"]["enum_values"] == ["wedding", "conference", "birthday", "other"], draft.diagnostics
    assert fields["event_date"]["type"] == "date" and fields["guest_count"]["type"] == "int"
    prisma = ("# Recipe Data Model\n\n```ts\nmodel Recipe {\n  id String @id @default(cuid(2))\n  title String\n"
              "  images String[]\n  servings Int?\n  steps RecipeStep[]\n  tags RecipeTag[]\n}\n```\n")
    draft, fields = read(root / "prisma", {"docs/Schema.md": prisma}, "recipe")
    assert set(fields) == {"title", "images", "servings"}, draft.diagnostics
    assert fields["images"]["type"] == "list[str]" and fields["images"]["required"] is False
    mongo = ("# MongoDB Schema\n\n## Collections\n\n### Deals\n\n- `name`: `String`\n- `amount`: `Number`\n"
             "- `contactIds`: `ObjectId[]`\n- `stage`: `String`\n")
    draft, fields = read(root / "mongo", {"docs/mongodb-schema.md": mongo}, "deal")
    assert fields["contact_ids"]["type"] == "list[str]", draft.diagnostics


def test_generated_api_pages_with_their_bodies_in_pre_blocks(root: Path) -> None:
    """rspec_api_documentation's `doc/api/v1/products/create_a_new_product.markdown`: a folder named for the feature,
    of `.markdown` pages, whose request body is an HTML `<pre>{"sku": ...}</pre>` under '#### Body' below the route's
    `<pre>POST /api/v1/products</pre>` (the response's body, under its headers, is no request)."""
    page = ("# Products API\n\n## Create a new product\n\n### POST /api/v1/products\n\n### Request\n\n#### Headers\n\n"
            "<pre>Accept: application/json\nContent-Type: application/json</pre>\n\n#### Route\n\n<pre>POST /api/v1/products</pre>\n\n"
            "#### Body\n\n<pre>{\"sku\":\"B0007P5KHG\",\"name\":\"Newton&#39;s Cradle\",\"price\":8.5,\"quantity\":3}</pre>\n\n"
            "### Response\n\n#### Headers\n\n<pre>Content-Type: application/json</pre>\n\n#### Body\n\n"
            "<pre>{\n  \"id\": 7,\n  \"sku\": \"B0007P5KHG\",\n  \"status\": \"created\"\n}</pre>\n")
    draft, fields = read(root, {"doc/api/v1/products/create_a_new_product.markdown": page}, "product")
    assert set(fields) == {"sku", "name", "price", "quantity"}, draft.diagnostics
    assert fields["price"]["type"] in ("float", "decimal") and fields["quantity"]["type"] == "int"


def test_a_laravel_comment_that_quotes_a_kinds_values(root: Path) -> None:
    """`$table->string('operation_type'); // 'borrow', 'return', 'update'`: its values, quoted as PHP writes them."""
    doc = ("# Offline sync\n\n```php\nSchema::create('pending_operations', function (Blueprint $table) {\n    $table->id();\n"
           "    $table->string('operation_type'); // 'borrow', 'return', 'update'\n    $table->json('payload');\n"
           "    $table->timestamps();\n});\n```\n")
    draft, fields = read(root, {"docs/offline-first-architecture.md": doc}, "pending_operation")
    assert fields["operation_type"]["enum_values"] == ["borrow", "return", "update"], draft.diagnostics


def test_an_update_body_that_is_part_of_the_create_body_says_nothing_of_presence(root: Path) -> None:
    """The create's body (`note` marked `// optional`) and, sent to the same resource, an update's body that carries
    only some of its members: the create's `sku` stays required (the two are no two shapes of one body)."""
    page = ("# Items API\n\n## Create an item\n\n### Request\n\n- **Method:** `POST`\n- **Endpoint:** `/items`\n\n```json\n{\n"
            "  \"name\": \"Lamp\",\n  \"sku\": \"L-1\",\n  \"note\": \"blue\"  // optional\n}\n```\n\n## Update an item\n\n### Request\n\n"
            "- **Method:** `PUT`\n- **Endpoint:** `/items/{id}`\n\n```json\n{\n  \"name\": \"Lamp 2\",\n  \"note\": \"red\"\n}\n```\n")
    draft, fields = read(root, {"docs/api.md": page}, "item")
    assert {n: f["required"] for n, f in fields.items()} == {"name": True, "sku": True, "note": False}, draft.diagnostics


# Round 137's forms ----------------------------------------------------------------------------------------------


def test_inline_column_notes_that_point_at_a_key_and_mark_one_nullable(root: Path) -> None:
    """`- Columns: `host_id` (FK → `host_profiles.id`, unique), `price` (`numeric(10,2)` with `CHECK ...`)`: a
    note with parentheses inside, a reference typed as the key it names (a `PK uuid`), and, where one column says
    nullable, the silent ones NOT NULL."""
    doc = ("# Database Schema\n\n## Tables\n- `host_profiles`\n  - Columns: `id` (PK uuid), `bio` (text)\n- `listings`\n"
           "  - Columns: `id` (PK uuid), `host_id` (FK → `host_profiles.id`, unique), `title` (text), "
           "`price_per_month` (`numeric(10,2)` with `CHECK price_per_month >= 0`), `available_to` (date, nullable), "
           "`status` (`listing_status_t` enum)\n\n## Enums\n- `listing_status_t`: `DRAFT`, `PUBLISHED`\n")
    draft, fields = read(root, {"docs/db/schema.md": doc}, "listing")
    assert fields["host_id"]["type"] == "uuid" and fields["host_id"]["required"] is True, draft.diagnostics
    assert fields["price_per_month"]["type"] == "decimal" and fields["title"]["required"] is True
    assert fields["available_to"]["required"] is False and fields["status"]["enum_values"] == ["DRAFT", "PUBLISHED"]


def test_prose_columns_marked_both_ways_leave_the_unmarked_optional(root: Path) -> None:
    """`name (VARCHAR, NOT NULL)` beside `description (TEXT, NULLABLE)`: `category_id (UUID, FK → Categories.id)`,
    marked neither way, is SQL's column without NOT NULL."""
    doc = ("# ERD\n\n### Items\n- item_id (UUID, PK)\n- name (VARCHAR, NOT NULL)\n- description (TEXT, NULLABLE)\n"
           "- category_id (UUID, FK → Categories.category_id)\n- serial_number (VARCHAR, UNIQUE, NOT NULL)\n"
           "- purchase_date (DATE, NULLABLE)\n")
    draft, fields = read(root, {"docs/ERD.md": doc}, "item")
    assert fields["category_id"]["required"] is False, draft.diagnostics
    assert fields["name"]["required"] is True and fields["serial_number"]["required"] is True


def test_a_dumps_any_array_check_lists_the_values(root: Path) -> None:
    """pg_dump's spelling of `kind IN (...)`: `CHECK ((kind = ANY (ARRAY['flow'::text, ...])))`, in a constraints list
    and in DDL (`(status)::text = ANY ((ARRAY[...])::text[])`)."""
    doc = ("# Schema\n\n## transactions\n\n| Column | Type | Null | Default |\n|---|---|---|---|\n| `id` | `uuid` | NOT NULL | |\n"
           "| `kind` | `text` | NOT NULL | `'flow'::text` |\n| `memo` | `text` | | |\n\n**Constraints**\n\n"
           "- `transactions_kind_check`: `CHECK ((kind = ANY (ARRAY['flow'::text, 'trade_leg'::text, 'adjustment'::text])))`\n")
    draft, fields = read(root / "list", {"docs/schema.md": doc}, "transaction")
    assert fields["kind"]["enum_values"] == ["flow", "trade_leg", "adjustment"], draft.diagnostics
    ddl = ("# Schema\n\n```sql\nCREATE TABLE public.orders (\n    id bigint NOT NULL,\n    status character varying(20) NOT NULL,\n"
           "    CONSTRAINT orders_status_check CHECK (((status)::text = ANY ((ARRAY['open'::character varying, "
           "'paid'::character varying])::text[])))\n);\n```\n")
    draft, fields = read(root / "ddl", {"specs/database/schema.md": ddl}, "order")
    assert fields["status"]["enum_values"] == ["open", "paid"], draft.diagnostics


def test_an_embedded_shape_and_an_enum_under_bold_labels_below_the_entitys_table(root: Path) -> None:
    """`**ClientInfo** (embedded):` over its own table, under `### Appointment` whose `clientInfo | ClientInfo` it spells
    out: a JSON object, not more of Appointment's columns; `**AppointmentStatus** (enum):` over bullets: its values."""
    doc = ("# Data Model\n\n### Appointment\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n"
           "| id | ObjectId | Yes | Id |\n| activityId | ObjectId | Yes | Activity |\n| status | AppointmentStatus | Yes | Current |\n"
           "| clientInfo | ClientInfo | Yes | Contact |\n| reminderSent | boolean | Yes | Sent |\n\n**AppointmentStatus** (enum):\n\n"
           "- `pending` - Initial status after booking\n- `confirmed` - Confirmed by admin\n- `cancelled` - Cancelled\n\n"
           "**ClientInfo** (embedded):\n| Field | Type | Required | Description |\n|-------|------|----------|-------------|\n"
           "| name | string | Yes | Client name |\n| email | string | Yes | Email |\n| phone | string | No | Phone |\n")
    draft, fields = read(root, {"specs/052-booking/data-model.md": doc, "specs/052-booking/spec.md": "# Booking\n"},
                         "052-booking")
    assert set(fields) == {"activity_id", "status", "client_info", "reminder_sent"}, draft.diagnostics
    assert fields["client_info"]["type"] == "json"
    assert fields["status"]["enum_values"] == ["pending", "confirmed", "cancelled"]


def test_a_float_the_spec_chose_a_day_in_iso_text_and_lists_of_objects(root: Path) -> None:
    """`amount | number | ... | Stored as float` stays a float; `date | string (ISO 8601) | Yes | Today's date` is a day
    defaulting to today; `items: array of {description, quantity}` and `payments: array[Payment]` are JSON; a
    `(3-letter, default: ILS)` code is 3 characters at most."""
    model = ("# Data Model\n\n## Expense\n\n| Field | Type | Required | Default | Validation | Notes |\n|---|---|---|---|---|---|\n"
             "| `amount` | `number` | Yes | — | > 0 | Stored as float |\n| `date` | `string` (ISO 8601) | Yes | Today's date | "
             "Must be a parseable date | Future dates allowed |\n| `note` | `string` | No | — | max 200 | |\n")
    draft, fields = read(root / "a", {"specs/001-expenses/data-model.md": model, "specs/001-expenses/spec.md": "# Expenses\n"},
                         "001-expenses")
    assert fields["amount"]["type"] == "float", draft.diagnostics
    assert fields["date"]["type"] == "date" and fields["date"]["default"] == "today" and fields["date"]["required"] is False
    bullets = ("# data-model.md\n\n## Invoice\n- id: string\n- number: string (human-friendly number)\n- currency: string "
               "(3-letter, default: ILS)\n- items: array of {description, quantity, unit_price}\n- payments: array[Payment] "
               "(embedded summary)\n- tags: array[string]\n\n## Payment\n- id: string\n- amount: number\n")
    draft, fields = read(root / "b", {"specs/005-invoices/data-model.md": bullets, "specs/005-invoices/spec.md": "# Inv\n"},
                         "005-invoices")
    assert fields["items"]["type"] == "json" and fields["payments"]["type"] == "json", draft.diagnostics
    assert fields["tags"]["type"] == "list[str]" and fields["currency"]["max_length"] == 3


def test_a_route_page_whose_path_sits_in_a_block_and_whose_body_table_types_by_value(root: Path) -> None:
    """`## `POST` user create appointment` over a block holding only `/api/appointments`, then `#### Request Body` and
    `| Key | Value | Description |` whose Value column holds each key's type: the appointment's fields, all sent on
    create; the response's `status` and `deleted_at`, never sent, are fields the server fills in."""
    page = ("## `POST` user create appointment\n```\n/api/appointments\n```\nUser create appointment\n#### Request Headers\n"
            "| Key | Value |\n|---|---|\n|Accept|application/json\n|Authorization|Bearer {{token}}\n\n#### Request Body\n"
            "| Key | Value |Description|\n|---|---|---|\n|description|Text|Appointment description|\n|clinic_id|Number|Clinic\n"
            "|book_time|Date Time|Book time\n#### Response\n```json\n{\n    \"result\": {\n        \"id\": 73,\n"
            "        \"description\": \"Hello\",\n        \"clinic_id\": 51,\n        \"book_time\": \"2018-08-15 16:00:00\",\n"
            "        \"status\": \"Pending\",\n        \"deleted_at\": null,\n        \"clinic\": {\"id\": 51, \"name\": \"Darby\"},\n"
            "        \"extras\": {},\n"
            "    },\n    \"code\": 201\n}\n```\n")
    draft, fields = read(root, {"docs/api-references/appointment.md": page}, "appointment")
    assert set(fields) == {"description", "clinic_id", "book_time", "status", "deleted_at", "extras"}, draft.diagnostics
    assert all(fields[n]["required"] for n in ("description", "clinic_id", "book_time")) and fields["extras"]["type"] == "json"
    assert fields["status"]["required"] is False and fields["deleted_at"]["type"] == "datetime"
    assert fields["clinic_id"]["type"] == "int" and fields["book_time"]["type"] == "datetime"
    assert draft.spec["api"]["path"] == "/api/appointments"  # (the route its page keeps in the block)


def test_a_plain_text_api_page_with_emoji_routes_and_unfenced_bodies(root: Path) -> None:
    """`➕ POST /items/` on a line of its own, then `Request Body:` over an unfenced JSON object: the items' fields, each
    one the client sends; `All fields are required except `note``, elsewhere, is read too."""
    page = ("📘 Inventory API\n\n🔍 GET /items/\nDescription: All items.\n\nResponse:\n[\n  {\n    \"id\": 1,\n    \"name\": \"Laptop\"\n"
            "  }\n]\n\n➕ POST /items/\nDescription: Add an item.\n\nRequest Body:\n{\n  \"name\": \"Mouse\",\n  \"quantity\": 10,\n"
            "  \"price\": 500.00\n}\n\nResponse:\n{\n  \"id\": 2,\n  \"name\": \"Mouse\",\n  \"quantity\": 10,\n  \"price\": 500.00\n}\n")
    draft, fields = read(root / "a", {"docs/api-documentation.md": page}, "item")
    assert {n: f["required"] for n, f in fields.items()} == {"name": True, "quantity": True, "price": True}, draft.diagnostics
    assert fields["quantity"]["type"] == "int" and fields["price"]["type"] == "decimal"
    readme = ("# API\n\n## POST /books\n\n### Request Body\n\n```json\n{\n  \"title\": \"Deep Work\",\n  \"author\": \"Cal\",\n"
              "  \"isbn\": \"978-3-16-148410-0\"\n}\n```\n\nAll fields are required except `isbn`.\n")
    draft, fields = read(root / "b", {"app/apis/README.md": readme}, "book")
    assert {n: f["required"] for n, f in fields.items()} == {"title": True, "author": True, "isbn": False}, draft.diagnostics


def test_a_sketch_on_a_route_page_with_its_protocol_bullets_and_constant_lists(root: Path) -> None:
    """`## HTTP POST /api/v1/vehicles` over `- consume: json` and a body of type words whose `"fuel": "PETROL. DIESEL,
    OTHER"` lists constants; `- accept: json` over the response's envelope, which is no body; the GET page's `-
    tag_number : string` is its path parameter."""
    page = ("# Vehicle API Spec\n\n## HTTP POST /api/v1/vehicles\n\n- consume: json\n\n```json\n{\n  \"tagNumber\": \"string\",\n"
            "  \"owner\": \"string\",\n  \"cylinderCapacity\": \"integer\",\n  \"fuel\": \"PETROL. DIESEL, OTHER\"\n}\n```\n\n"
            "- accept: json\n\n```json\n{\n  \"timestamp\": \"32453435\",\n  \"httpStatus\": \"CREATED\",\n  \"message\": \"saved\",\n"
            "  \"data\": []\n}\n```\n\n## HTTP GET /api/v1/vehicles/{tag_number}\n\n- tag_number : string\n- accept : json\n")
    draft, fields = read(root, {"api-spec.md": page}, "vehicle")
    assert set(fields) == {"tag_number", "owner", "cylinder_capacity", "fuel"}, draft.diagnostics
    assert fields["fuel"]["enum_values"] == ["PETROL", "DIESEL", "OTHER"]
    assert all(f["required"] for f in fields.values()) and fields["cylinder_capacity"]["type"] == "int"


def test_kiro_steering_notes_sqlite_clock_defaults_and_an_index_ts_file(root: Path) -> None:
    """`.kiro/steering/database-schema.md` alone: the tables; `timestamp TEXT DEFAULT (strftime(..., 'now'))` is a
    moment the database stamps; `functions/api/production/index.ts`, named beside `production.process`, no index."""
    doc = ("# Database Schema\n\n## Tabel: production\n\n```sql\nCREATE TABLE production (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
           "  user_id INTEGER NOT NULL,\n  process TEXT NOT NULL,\n  qty INTEGER NOT NULL,\n"
           "  timestamp TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))\n);\n```\n\n## Validasi\n\n"
           "| production.process | cuci, kering | `functions/api/production/index.ts` |\n")
    draft, fields = read(root, {".kiro/steering/database-schema.md": doc, ".kiro/steering/tech.md": "# Tech\n"}, "production")
    assert fields["timestamp"]["type"] == "datetime" and fields["timestamp"]["default"] == "now", draft.diagnostics
    assert fields["process"]["index"] is False


def test_a_bold_table_name_keeps_its_rows_rules_to_that_table(root: Path) -> None:
    """'**users**' over its table (`nome` 'obrigatório, 2–120 chars'), then '**courses**' over another `nome`: the
    users' limits are not the course's."""
    doc = ("# Modelo\n\n### 2.1 Auth e Usuários\n\n**users**\n| coluna | tipo | notas |\n|---|---|---|\n| id | uuid pk | |\n"
           "| nome | text | obrigatório, 2–120 chars |\n| email | text unique | |\n\n### 2.2 Conteúdo\n\n**courses**\n"
           "| coluna | tipo | notas |\n|---|---|---|\n| id | uuid pk | |\n| nome | text | |\n| slug | text unique | |\n")
    draft, fields = read(root, {"docs/modelo-de-dados.md": doc}, "course")
    assert fields["nome"].get("max_length") is None and fields["nome"].get("min_length") is None, draft.diagnostics


def test_a_structured_analysis_dictionary_with_coded_choices(root: Path) -> None:
    """`order = id + user_id + status + (remark)` over `status = [0 | 1 | 2]  // 0 待支付, 1 待接单, 2 已取消`: the
    bracketed column may be left out, the others may not; a choice in brackets is an enum of its codes."""
    doc = ("# 数据字典\n\n**订单表 (order)**  \n```\norder = id + user_id + order_no + status + total_amount + (remark)\n"
           "id = BIGINT\nuser_id = BIGINT\norder_no = VARCHAR(32)\nstatus = [0 | 1 | 2]  // 0 待支付, 1 待接单, 2 已取消\n"
           "total_amount = DECIMAL(10,2)\nremark = VARCHAR(255)\n```\n")
    draft, fields = read(root, {"docs/数据字典.md": doc, "docs/API/API.md": "# API\n\n- GET /v1/orders\n"}, "order")
    assert {n: f["required"] for n, f in fields.items()} == {
        "order_no": True, "status": True, "total_amount": True, "remark": False}, draft.diagnostics
    assert fields["status"]["enum_values"] == [0, 1, 2]  # (codes, kept as the numbers the client sends)


# Round 138's forms ----------------------------------------------------------------------------------------------


def test_an_adjective_of_the_apps_name_names_no_table_and_a_cjk_gloss_names_its_table(root: Path) -> None:
    """`001-imss-medical-app`: 'medical' is no MedicineRequest (an adjective and a noun of one root); the spec talks
    of appointments. `### 预约(kfyy_yuyue)`: the feature asked as 预约 is the table the heading glosses so."""
    model = ("# Data Model\n\n### appointments\n```sql\nCREATE TABLE appointments (\n  id uuid PRIMARY KEY,\n  user_id uuid NOT NULL,\n"
             "  doctor_id uuid NOT NULL,\n  scheduled_at timestamptz NOT NULL,\n  reason text\n);\n```\n\n### medicine_requests\n```sql\n"
             "CREATE TABLE medicine_requests (\n  id uuid PRIMARY KEY,\n  user_id uuid NOT NULL,\n  appointment_id uuid,\n"
             "  medication_name text NOT NULL,\n  dosage text,\n  notes text\n);\n```\n")
    spec = "# Feature\n\nUsers book an appointment. The appointment is saved; appointments are listed on the dashboard.\n"
    draft, _ = read(root / "a", {"specs/001-imss-medical-app/data-model.md": model, "specs/001-imss-medical-app/spec.md": spec},
                    "001-imss-medical-app")
    assert draft.spec["name"] == "appointment", draft.diagnostics
    dictionary = ("# 数据库\n\n### 康复医院 (kfyy)\n|字段 |类型 |说明 |备注 |\n|:--|:--|:--|:--|\n|id |int | |primary key|\n"
                  "|name |varchar(255)|名称|not null|\n|city |varchar(16)|城市|not null|\n|level |int|等级||\n\n"
                  "### 预约(kfyy_yuyue)\n|字段 |类型 |说明 |备注 |\n|:--|:--|:--|:--|\n|id |int | |primary key|\n"
                  "|name |varchar(16) |姓名||\n|age |int |年龄 ||\n|status|ENUM('未处理','拒绝'，'接收') |状态 ||\n")
    draft, fields = read(root / "b", {"doc/db.md": dictionary}, "预约")
    assert set(fields) == {"name", "age", "status"}, draft.diagnostics
    assert fields["status"]["enum_values"] == ["未处理", "拒绝", "接收"]


def test_a_generated_api_page_whose_routes_sit_under_titles_and_whose_bodies_are_input_and_curl(root: Path) -> None:
    """`### Creating an Invoice` over `POST /invoices` alone: that route's page; its `#### Input` block is the body;
    `GET /invoices`' '#### Parameters' (sort, filter) ask the list, no columns. A `curl ... -d '{...}' -X POST` sends
    the body; '**Example Response**' answers, and what it shows beyond the body (`"price_ex_tax": "10.0"`) the server
    fills in."""
    page = ("Invoices\n====\n\n### List Invoices\n\n  GET /invoices\n\n#### Parameters\n\nName | Type | Description\n-----|------|----\n"
            "`sort`|`string`|Column\n`filter`|`object`|Filter\n\n### Creating an Invoice\n\n  POST /invoices\n\n#### Input\n\n```json\n"
            "{\n  \"customer\": 15444,\n  \"currency\": \"usd\",\n  \"number\": \"INV-0016\",\n  \"amount_paid\": 0\n}\n```\n")
    draft, fields = read(root / "a", {"Endpoints/Invoices.md": page}, "invoice")
    assert set(fields) == {"customer", "currency", "number", "amount_paid"}, draft.diagnostics
    assert fields["amount_paid"]["type"] == "decimal"
    curl = ("Products\n========\n\nCreate Product\n--------------\n**Resources**\n* ```POST /products``` create a product\n\n"
            "**Example Request**\n```shell\ncurl https://api.example.com/v1/products \\\n  -u API_KEY: \\\n"
            "  -d '{ \"name\": \"Product 2\", \"price\": 11, \"stock_level\": 10 }' \\\n  -X POST\n```\n"
            "**Example Response**\n```json\n{\n  \"id\": 2,\n  \"name\": \"Product 2\",\n  \"stock_level\": 10,\n"
            "  \"price_ex_tax\": \"10.0\",\n  \"tax\": {\"links\": {\"self\": \"https://x\"}},\n  \"links\": {\"self\": \"https://y\"}\n}\n```\n")
    draft, fields = read(root / "b", {"sections/products.md": curl}, "product")
    assert set(fields) == {"name", "price", "stock_level", "price_ex_tax"}, draft.diagnostics
    assert fields["name"]["required"] is True and fields["price_ex_tax"]["required"] is False
    assert fields["price_ex_tax"]["type"] == "decimal"


def test_a_typescript_body_type_marks_its_members_always_there(root: Path) -> None:
    """`### Course` over a TypeScript object type, `note?` marked and the rest not: the unmarked members are always
    there, so required."""
    page = ("# Data\n\n### Course\n\n```typescript\n{\n\ttitle: string\n\tslug: string\n\tcategoryId: number\n\tnote?: string\n}\n```\n")
    draft, fields = read(root, {"docs/data-model.md": page}, "course")
    assert {n: f["required"] for n, f in fields.items()} == {
        "title": True, "slug": True, "category_id": True, "note": False}, draft.diagnostics


def test_a_commented_table_beside_its_typeset_figure_and_constraint_rows(root: Path) -> None:
    """`<!-- | Thuộc Tính | Kiểu | ... | -->` over a ```` ```{=typst} ```` figure: the table as the reader sees it,
    found two folders down; its `| *CHECK* | | ... |` rows are the table's rules, no columns."""
    chapter = ("# Chương 3\n\n#### 11. DATPHONG\n\n- Đơn đặt phòng.\n\n<!-- | **Thuộc Tính** | **Kiểu** | **Ràng Buộc** | **Mô Tả** |\n"
               "| --- | --- | --- | --- |\n| `id` | `INT` | `PK`, `IDENTITY` | Khóa chính. |\n"
               "| `voucher_id` | `INT` | `FK` (VOUCHERS), `NULL` | Voucher. |\n| `check_in` | `DATETIME` | `NOT NULL` | Nhận phòng. |\n"
               "| `trang_thai` | `NVARCHAR(50)` | `DEFAULT 'PENDING'` | Trạng thái. |\n| *CHECK* |  | `check_in > 14:00:00` | Giờ. |\n"
               "| *CHECK* |  | `trang_thai IN ('PENDING', 'CONFIRMED')` | Ràng buộc. | -->\n\n```{=typst}\n#figure(table())\n```\n")
    draft, fields = read(root, {"baocao/content/chapter03.md": chapter}, "datphong")
    assert set(fields) == {"voucher_id", "check_in", "trang_thai"}, draft.diagnostics
    assert fields["trang_thai"]["enum_values"] == ["PENDING", "CONFIRMED"] and fields["trang_thai"]["default"] == "PENDING"


def test_prisma_models_written_as_tables_and_a_words_list_of_their_relations(root: Path) -> None:
    """A prisma fence's `table Event {` is a model (no DBML); a '**Fields:**' list of words under a Prisma model, naming
    its relations too (`comments`: Related comments), is no fuller row than the typed model."""
    doc = ("## Tables\n\n```prisma\ntable Event {\n  id          Int      @id @default(autoincrement())\n  title       String\n"
           "  description String?\n  capacity    Int?\n  creator   User @relation(fields: [creatorId], references: [id])\n"
           "  creatorId Int\n  attendees Attendee[]\n}\n```\n")
    draft, fields = read(root / "a", {"docs/databaseConstraints.md": doc}, "event")
    assert {n: f["required"] for n, f in fields.items()} == {
        "title": True, "description": False, "capacity": False, "creator_id": True}, draft.diagnostics
    schema = ("# Database\n\n### Pipe\n\n```prisma\nmodel Pipe {\n  id       String    @id @default(cuid())\n  name     String\n"
              "  brand    String\n  isActive Boolean   @default(true)\n  comments Comment[] @relation(\"PipeComments\")\n  @@map(\"pipes\")\n}\n```\n\n"
              "**Fields:**\n- `id`: Unique identifier\n- `name`: Pipe model name\n- `brand`: Manufacturer brand\n"
              "- `isActive`: Visibility flag\n- `createdAt`: Creation timestamp\n- `comments`: Related comments\n")
    draft, fields = read(root / "b", {"docs/database/schema.md": schema}, "pipe")
    assert set(fields) == {"name", "brand", "is_active"}, draft.diagnostics


# Round 139's forms ----------------------------------------------------------------------------------------------


def test_a_fence_with_a_trailing_space_and_a_body_marked_required_and_optional(root: Path) -> None:
    """A block opened by "``` " (a space, no language) no longer crashes the reader; `"first_name": "Road", //required`
    beside `// optional` members and silent ones: only the one marked required is."""
    page = ("# Contacts\n\n```\nPOST /contacts\n```\n\nSample post body below.\n```   \n{ \n   \"first_name\" : \"Road\", //required\n"
            "   \"last_name\" : \"Runner\", \n   \"email\" : \"e@x.io\", //email or mobile_phone required\n   \"city\" : \"Nowhere\",\n"
            "   \"note\" : \"x\" // optional\n}\n```\n")
    draft, fields = read(root, {"contacts.md": page}, "contact")
    assert {n: f["required"] for n, f in fields.items()} == {
        "first_name": True, "last_name": False, "email": False, "city": False, "note": False}, draft.diagnostics


def test_typescript_intersections_unions_and_a_prisma_model_with_colons(root: Path) -> None:
    """`type Job = ScrapedJob & { ... }` has the ScrapedJob's members too; `number | string` is a string, `boolean |
    { error: string }` JSON, an undefined `PostalAddress` an object kept whole. `model Lesson {` in a typescript fence,
    `title: String @db.VarChar(200)`, is Prisma's."""
    model = ("# Data Model\n\n```ts\nexport type ScrapedJob = {\n  title: string;\n  applicantsCount: number | string;\n"
             "  companyAddress?: PostalAddress | undefined;\n};\n\nexport type Job = ScrapedJob & {\n  filterResult: boolean | { error: string };\n"
             "  appliedAt?: Date;\n};\n```\n")
    draft, fields = read(root / "a", {"specs/001-jobs/data-model.md": model, "specs/001-jobs/spec.md": "# Jobs\n"}, "job")
    assert {n: f["type"] for n, f in fields.items()} == {"title": "str", "applicants_count": "str", "company_address": "json",
                                                          "filter_result": "json", "applied_at": "datetime"}, draft.diagnostics
    lesson = ("# Data Model\n\n### Lesson Entity\n\n```typescript\nmodel Lesson {\n  id: String @id @default(cuid())\n"
              "  title: String @db.VarChar(200)\n  description: String? @db.Text\n  isPublished: Boolean @default(false)\n}\n```\n")
    draft, fields = read(root / "b", {"specs/001-lessons/data-model.md": lesson, "specs/001-lessons/spec.md": "# L\n"}, "lesson")
    assert fields["title"]["max_length"] == 200 and fields["description"]["required"] is False, draft.diagnostics
    assert fields["is_published"]["default"] is False


def test_a_root_specs_folder_of_its_own_name_and_a_plain_list_of_columns(root: Path) -> None:
    """`deep-specs/invoicing.md` at the root is the spec folder (its `subtotal`, `tax` money); a plain text's `games:`
    over one column a line, some `(optional)`, is a table whose other columns may not be left out."""
    spec = ("# Invoicing — Deep Spec\n\n## Data Model\n- Invoice: id, company_id, number, issue_date, currency, subtotal, tax, total, "
            "status enum(pending,paid).\n- InvoiceLine: invoice_id, qty, unit_price.\n")
    draft, fields = read(root / "a", {"deep-specs/invoicing.md": spec, "README.md": "# App\n"}, "invoice")
    assert fields["subtotal"]["type"] == "decimal" and fields["tax"]["type"] == "decimal", draft.diagnostics
    tables = "\ngames:\nowner_id\nname\ngame_type\nstart_date\nupdated_by (optional)\n\nplayers:\ngame_id\nrole (host, player)\nstatus\n"
    draft, fields = read(root / "b", {"docs/db/tables.md": tables}, "game")
    assert {n: f["required"] for n, f in fields.items()} == {
        "owner_id": True, "name": True, "game_type": True, "start_date": True, "updated_by": False}, draft.diagnostics


def test_an_indicative_schema_of_signatures_with_null_marks_and_listed_comments(root: Path) -> None:
    """```` ```sql ```` holding `contributions(id, user_id, store_id, type,  -- price|receipt|shelf` and `product_id NULL`:
    bare names typed by their names, NULL the ones that may be empty, a comment's list the values of the name before it."""
    doc = ("# Data model\n\n```sql\n-- Catalog --\nstores(id, name, address, created_at);\n\n"
           "contributions(id, user_id, store_id, type,        -- price|receipt|shelf\n              product_id NULL, "
           "reported_price numeric NULL,\n              geofence_valid bool, raw_payload jsonb, created_at,\n"
           "              status);               -- pending|scored|rejected\n```\n")
    draft, fields = read(root, {"docs/data-model.md": doc}, "contribution")
    assert fields["type"]["enum_values"] == ["price", "receipt", "shelf"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["pending", "scored", "rejected"]
    assert fields["product_id"]["required"] is False and fields["geofence_valid"]["required"] is True
    assert fields["reported_price"]["type"] == "decimal" and fields["store_id"]["required"] is True


def test_an_unlabelled_typescript_like_object_and_its_valid_values_block(root: Path) -> None:
    """An unlabelled block `{ status: OrderStatus, payment: "bank" | "card", selectedShipping?: { ... }, url?: string }`
    under '## `Order` Schema', and '### `OrderStatus` (valid values)' over a block of one quoted value a line."""
    doc = ("# Data model\n\n## `Order` Schema\n\n```\n{\n  id: string,\n  status: OrderStatus,\n  payment: \"bank\" | \"card\",\n"
           "  total: number,                 // AUD incl. GST\n  selectedShipping?: {\n    id: string,\n    cost: number\n  },\n"
           "  receiptUrl?: string,\n  items: OrderItem[]\n}\n```\n\n### `OrderStatus` (valid values)\n\n```\n\"Pending\"\n"
           "\"Awaiting Payment\"\n\"Invoice sent, awaiting payment\"\n```\n")
    draft, fields = read(root, {"design/data-model.md": doc}, "order")
    assert fields["status"]["enum_values"] == ["Pending", "Awaiting Payment", "Invoice sent, awaiting payment"], draft.diagnostics
    assert fields["payment"]["required"] is True and fields["receipt_url"]["required"] is False
    assert fields["selected_shipping"]["type"] == "json" and fields["selected_shipping"]["required"] is False


def test_a_java_projects_resources_design_doc_and_a_tinyint_of_codes(root: Path) -> None:
    """`src/main/resources/db/DATABASE_DESIGN.md`, four folders down, is the schema; `status | TINYINT(1) | 0-待支付，1-已支付，
    2-已取消` holds codes, no flag. An `Array` column whose example holds objects is JSON."""
    doc = ("# 数据库设计\n\n### 5. bookings（预订表）\n\n| 字段名 | 类型 | 说明 |\n|--------|------|------|\n| id | BIGINT | 主键 |\n"
           "| order_no | VARCHAR(32) | 订单号 |\n| seat_count | INT | 数量 |\n| status | TINYINT(1) | 0-待支付，1-已支付，2-已取消 |\n")
    draft, fields = read(root / "a", {"src/main/resources/db/DATABASE_DESIGN.md": doc, "pom.xml": "<project/>\n"}, "booking")
    assert fields["status"]["enum_values"] == [0, 1, 2], draft.diagnostics
    api = ("# Products\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n| title | String | Required | Name |\n"
           "| images | Array | Optional | Image sources |\n| tags | Array | Optional | Tags |\n\n```json\n{\n  \"title\": \"Mug\",\n"
           "  \"images\": [\n    {\"src\": \"a.png\", \"position\": 1}\n  ],\n  \"tags\": [\"kitchen\"]\n}\n```\n")
    draft, fields = read(root / "b", {"docs/products.md": api}, "product")
    assert fields["images"]["type"] == "json" and fields["tags"]["type"] == "list[str]", draft.diagnostics


# Round 140's forms ----------------------------------------------------------------------------------------------


def test_jsonc_bodies_of_bare_type_words_under_method_and_path_bullets(root: Path) -> None:
    """'- **Method**: POST' and '- **Path**: /api/products' over a jsonc body of bare type words (`"sku": string, //
    required`): the product's fields (the responses' `data`/`message`/`error` envelopes are no entity)."""
    page = ("# API\n\n### Products API\n\n#### Get All Products\n- **Method**: GET\n- **Path**: /api/products\n```jsonc\n{\n"
            "    \"data\": [\n        {\n            \"id\": int,\n            \"sku\": string\n        }\n    ],\n    \"message\": string,\n"
            "    \"error\": string\n}\n```\n\n#### Create Product\n- **Method**: POST\n- **Path**: /api/products\n- **Request Body**:\n"
            "```jsonc\n{\n    \"sku\": string,         // required\n    \"name\": string,        // required\n"
            "    \"quantity\": int,       // required\n    \"note\": string\n}\n```\n")
    draft, fields = read(root, {"api_documentation.md": page}, "product")
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "sku": ("str", True), "name": ("str", True), "quantity": ("int", True), "note": ("str", False)}, draft.diagnostics


def test_a_typescript_fence_of_bare_members_under_a_route_and_a_sentence(root: Path) -> None:
    """'## POST `/properties`' / '### Request' / 'To create a new property, provide the following details in the request
    body:' over a typescript fence of `propertyName: string` lines (no braces): the properties' fields, all there."""
    page = ("## POST `/properties`\n\nCreates a property.\n\n### Request\nTo create a new property, provide the following property "
            "details in the request body:\n\n```typescript\n    propertyName: string\n    bedrooms: number\n    isFurnished: boolean\n"
            "    energySources: string[]\n```\n")
    draft, fields = read(root, {"docs/properties/post.md": page}, "property")
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "property_name": ("str", True), "bedrooms": ("int", True), "is_furnished": ("bool", True),
        "energy_sources": ("list[str]", True)}, draft.diagnostics


def test_a_collections_fields_block_under_its_heading_and_its_index_table(root: Path) -> None:
    """'## 3. Classrooms 表' over '### 字段定义' and a commented javascript example: the Classrooms' fields; its
    '### 索引' table (`| classroomID | 唯一索引 |`) lists indexes, no columns."""
    doc = ("# 数据库设计\n\n## 3. Classrooms 表 ⭐ 核心表\n\n### 字段定义\n\n```javascript\n{\n  \"_id\": \"auto_generated_id\",\n"
           "  \"buildingBelong\": \"一号教学楼\",        // 所属楼栋\n  \"containNumber\": 90,                  // 容量\n"
           "  \"facilities\": [\"投影仪\", \"空调\"],       // 设施\n  \"floor\": 3\n}\n```\n\n### 索引\n\n| 字段 | 类型 | 用途 |\n"
           "|------|------|------|\n| `buildingBelong` | 普通索引 | 按楼栋筛选 |\n| `floor` | 普通索引 | 按楼层筛选 |\n")
    draft, fields = read(root, {"docs/数据库设计文档.md": doc}, "classroom")
    assert {n: f["type"] for n, f in fields.items()} == {
        "building_belong": "str", "contain_number": "int", "facilities": "list[str]", "floor": "int"}, draft.diagnostics


def test_a_type_or_values_column_of_words_and_a_tables_own_prefix(root: Path) -> None:
    """`| Campo | Tipo / valores |`: `ENUM pendente, confirmado` lists values; `→ pacientes` or words, no type: typed by
    the name past the table's own prefix (`age_faturado` is `faturado`)."""
    doc = ("# Banco\n\n### `agendamentos`\n\n| Campo | Tipo / valores |\n|:--|:--|\n| `paciente_id` | → `pacientes` |\n"
           "| `age_hora` | Hora |\n| `age_status` | ENUM pendente, confirmado, cancelado |\n| `age_quantidade` | Quantidade |\n"
           "| `age_obs` | — |\n")
    draft, fields = read(root, {"docs/banco-de-dados.md": doc}, "agendamento")
    assert fields["age_status"]["enum_values"] == ["pendente", "confirmado", "cancelado"], draft.diagnostics
    assert fields["age_quantidade"]["type"] == "int" and "paciente_id" in fields


def test_an_update_body_alone_says_nothing_of_what_a_create_must_send(root: Path) -> None:
    """A page whose only example is a `PATCH /items/{id}` body (or a `curl -X PUT -d`): the members it carries are not
    read as required on create, as a POST's body is."""
    page = ("# Items API\n\n## PATCH /items/{id}\n\n### Request Body\n\n```json\n{\n  \"name\": \"Lamp\",\n  \"sku\": \"L-1\",\n"
            "  \"note\": \"blue\"\n}\n```\n")
    draft, fields = read(root / "a", {"docs/api.md": page}, "item")
    assert set(fields) == {"name", "sku", "note"} and not any(f["required"] for f in fields.values()), draft.diagnostics
    curl = ("# Items\n\nUpdate an item\n\n```shell\ncurl https://api.example.com/v1/items/1 \\\n  -d '{ \"name\": \"Lamp\", \"sku\": \"L-1\" }' "
            "\\\n  -X PUT\n```\n")
    draft, fields = read(root / "b", {"sections/items.md": curl}, "item")
    assert set(fields) == {"name", "sku"} and not any(f["required"] for f in fields.values()), draft.diagnostics


# Round 141's forms ----------------------------------------------------------------------------------------------


def test_a_product_document_at_the_root_whose_data_model_section_is_typed_bullets(root: Path) -> None:
    """A root `prd.md` (no specs/ or docs/) whose '## Data Model' section lists each table as `- \\`name\\`: Type`
    bullets: found, and the asked-for table read from it (`(optional)` marks the one that may be left out)."""
    prd = ("# Product Requirements\n\n## Goals\n\n- Lend tools to neighbours.\n\n## Data Model\n\n### Members\n- `id`: UUID\n"
           "- `name`: Text\n- `email`: Text (unique)\n\n### Tools\n- `id`: UUID\n- `label`: Text\n- `brand`: Text (optional)\n"
           "- `stock`: Integer\n")
    draft, fields = read(root, {"prd.md": prd, "README.md": "# Toolshed\n\nA lending app.\n"}, "tool")
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "label": ("text", True), "brand": ("text", False), "stock": ("int", True)}, draft.diagnostics


def test_ddl_pasted_without_fences_and_an_enums_list_of_plain_lines(root: Path) -> None:
    """`create table public.rides (` over its columns with no fence around it, a `status public.ride_status` column,
    and under '### ENUMS' a line `ride_status:<TAB>booked, done`: the table, its enum, its index."""
    doc = ("## Rules\n1. Keep it small.\n\n## Table Schemas\n\n### ENUMS\n\nride_status:\tbooked, started, done\t\n\n"
           "vehicle_kind:\tbike, car\n\n### Rides\ncreate table public.rides (\n  id uuid not null default gen_random_uuid (),\n"
           "  origin text not null,\n  notes jsonb null,\n  starts_at timestamp with time zone null,\n"
           "  status public.ride_status not null default 'booked'::ride_status,\n  constraint rides_pkey primary key (id)\n"
           ") TABLESPACE pg_default;\n\ncreate index IF not exists rides_starts_idx on public.rides using btree (starts_at) TABLESPACE pg_default;\n")
    draft, fields = read(root, {"AGENTS.md": doc}, "ride")
    assert list(fields) == ["origin", "notes", "starts_at", "status"], draft.diagnostics
    assert fields["status"]["enum_values"] == ["booked", "started", "done"] and fields["status"]["default"] == "booked"
    assert fields["starts_at"]["index"] and fields["notes"]["type"] == "json" and not draft.blocking


def test_a_file_format_heading_names_no_entity_and_an_index_file_is_no_index(root: Path) -> None:
    """'# card.json schema' over a `| Field | Type | Required | Notes |` table: the record is the feature asked for
    (`cards`, not a `card_jsons` table nor one called `unnamed`); 'listed in `index.json`' and 'so the index stays
    complete' speak of a file, not of a database index."""
    doc = ("# card.json schema\n\nEach card is a folder holding a card.json.\n\n## Fields\n\n| Field | Type | Required | Notes |\n"
           "|---|---|---|---|\n| `id` | string | yes | Folder name. |\n| `title` | string | yes | Check `index.json` before reusing a title. |\n"
           "| `kind` | string | yes | Kept so the index stays complete. |\n| `tags` | string[] | no | Free words. |\n")
    draft, fields = read(root, {"docs/schema.md": doc}, "card")
    assert draft.spec["name"] == "card" and draft.spec["plural"] == "cards", draft.diagnostics
    assert list(fields) == ["title", "kind", "tags"] and not any(f.get("index") for f in fields.values())


def test_a_mermaid_block_written_name_first_reads_year_as_the_name(root: Path) -> None:
    """An erDiagram whose author writes `topic string`, `rounds int` (name, then type) on every line: `year int` is the
    year, an int (YEAR being a SQL type too does not turn it around)."""
    doc = ("# Schema\n\n```mermaid\nerDiagram\n  GAMES {\n    gameId string PK\n    topic string\n    year int\n    rounds int\n"
           "    isOpen boolean\n  }\n```\n")
    draft, fields = read(root, {"docs/schema.md": doc}, "game")
    assert {n: f["type"] for n, f in fields.items()} == {"topic": "str", "year": "int", "rounds": "int", "is_open": "bool"}, draft.diagnostics


def test_a_create_heading_in_sentence_case_names_the_resource(root: Path) -> None:
    """'### Create product' over '- **Body fields:**' bullets in an API reference: the product's fields (not an
    entity called `create`)."""
    page = ("# API\n\n## Products\n\n### List products\n- **Method:** GET\n- **Route:** /api/products\n\n### Create product\n"
            "- **Method:** POST\n- **Route:** /api/products\n- **Body fields:**\n  - `label` (required, string)\n"
            "  - `price` (required, decimal with two digits)\n\n### Update product\n- **Method:** PUT\n- **Route:** /api/products/{id}\n"
            "- **Body fields:**\n  - `label` (sometimes required, string)\n  - `price` (sometimes required, decimal)\n")
    draft, fields = read(root, {"docs/api.md": page}, "product")
    assert draft.spec["name"] == "product" and set(fields) == {"label", "price"}, draft.diagnostics
    assert fields["price"]["type"] == "decimal" and fields["label"]["required"]


def test_a_template_of_placeholders_sent_to_a_route_a_sentence_names(root: Path) -> None:
    """A Polish page: the title over 'endpoint **POST** `/api/workshop`', then '## Parametry zapytania' over a block of
    `<string>` / `<string?>` / `<datetime[]?>` placeholders: the workshop's fields, `?` the optional ones."""
    page = ("# Praca z warsztatami\n\nDo pracy z warsztatami służy endpoint **POST** `/api/workshop`.\n\n## Parametry zapytania\n\n"
            "Ciało zapytania ma następującą strukturę:\n\n```json\n{\n    \"name\": <string>,\n    \"room\": <string?>,\n"
            "    \"seats\": <int>,\n    \"dates\": <datetime[]?>,\n    \"topics\": <string[]?>\n}\n```\n")
    draft, fields = read(root, {"docs/api/1-warsztaty.md": page}, "workshop")
    assert draft.spec["name"] == "workshop", draft.diagnostics
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "name": ("str", True), "room": ("str", False), "seats": ("int", True), "dates": ("json", False),
        "topics": ("list[str]", False)}


def test_one_entity_in_a_file_named_for_the_feature_and_a_field_called_required(root: Path) -> None:
    """`docs/business/form-field.md` titled in Portuguese ('# Campo Formulário') over a YAML block of `name: type`
    lines: the form_field, as its file names it; a boolean called `required` (its note 'Obrigatoriedade ...') is no
    mark of presence; `kind: field_kind`, a type defined elsewhere, is kept and said, not dropped."""
    doc = ("# Campo Formulário\n\nEste documento descreve a entidade.\n\n```yaml\n_id: ObjectId()   # Id único\n"
           "kind: field_kind   # Tipo do campo\nlabel: string      # A pergunta\nkey: string        # Chave do conteúdo\n"
           "required: boolean  # Obrigatoriedade deste campo\nchildren: Array<form_field> # Campos filhos\n```\n")
    draft, fields = read(root, {"docs/business/form-field.md": doc}, "form_field")
    assert draft.spec["name"] == "form_field", draft.diagnostics
    assert list(fields) == ["kind", "label", "key", "required", "children"]
    assert not fields["required"]["required"] and fields["required"]["type"] == "bool"
    assert any(d.startswith("kind:") and "field_kind" in d for d in draft.diagnostics)


def test_a_json_draft_of_quoted_types_formats_lists_and_commented_values(root: Path) -> None:
    """A document store's JSON draft: `"string(date-time, UTC)"` is a moment (its remark aside), `["string"]` a list
    of strings, and `"string", // planned (MVP) | live | closed (future)` the values listed in its comment."""
    model = ("# Data Model\n\n### Fixture (Document Type: `fixture`)\n\n```json\n{\n  \"id\": \"ulid\",\n"
             "  \"homeTeamId\": \"string\",\n  \"kickoffAt\": \"string(date-time, UTC)\",   // stored\n"
             "  \"state\": \"string\",            // planned (MVP) | live | closed (future)\n"
             "  \"refereeIds\": [\"string\"],  // ordered\n  \"note\": \"string|null\"\n}\n```\n")
    draft, fields = read(root, {"specs/001-fixtures/data-model.md": model}, "001-fixtures")
    assert fields["kickoff_at"]["type"] == "datetime" and fields["referee_ids"]["type"] == "list[str]", draft.diagnostics
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["planned", "live", "closed"]


def test_sketched_bodies_of_create_and_update_with_notes_in_their_values(root: Path) -> None:
    """`"string (required, 3-80 chars)"`, `"double (optional, -90 to 90)"`, `"string (required, ISO date format)"` in a
    POST's body, then the PUT's body with every member `(optional, ...)`: the create's presence stands, the date is a
    date, and the update adds only what the create lacks (optional)."""
    page = ("# API\n\n### Create Meetup\n- **Method**: `POST`\n- **Endpoint**: `/meetups`\n```json\n{\n"
            "  \"title\": \"string (required, 3-80 chars)\",\n  \"day\": \"string (required, ISO date format)\",\n"
            "  \"lat\": \"double (optional, -90 to 90)\",\n  \"cap\": \"int (optional, 1-500)\"\n}\n```\n\n### Update Meetup\n"
            "- **Method**: `PUT`\n- **Endpoint**: `/meetups/{id}`\n```json\n{\n  \"title\": \"string (optional, 3-80 chars)\",\n"
            "  \"day\": \"string (optional, ISO date format)\",\n  \"lat\": \"double (optional, -90 to 90)\",\n"
            "  \"open\": \"boolean (optional)\"\n}\n```\n")
    draft, fields = read(root, {"API_DOCUMENTATION.md": page}, "meetup")
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "title": ("str", True), "day": ("date", True), "lat": ("float", False), "cap": ("int", False),
        "open": ("bool", False)}, draft.diagnostics
    assert fields["title"]["max_length"] == 80 and fields["title"]["min_length"] == 3


def test_a_hyphenated_digit_count_and_indexes_said_in_a_paragraph(root: Path) -> None:
    """'- **code**: 10-digit code as text' is a code of ten characters; under '## Los índices', a paragraph naming
    `estado` and `fecha` (and a pair in parentheses, composite) says which single columns have an index."""
    doc = ("# Modelo\n\n## carreras\n\n```sql\nCREATE TABLE carreras (\n  id INTEGER PRIMARY KEY,\n  code TEXT NOT NULL,\n"
           "  estado TEXT NOT NULL,\n  fecha TEXT,\n  sede TEXT,\n  pista TEXT\n);\n```\n\n- **code**: 10-digit code as text\n\n"
           "## Los índices\n\nCada columna por la que se filtra tiene índice: `estado`, `fecha` para ordenar, y el compuesto\n"
           "`(sede, pista)`.\n")
    draft, fields = read(root, {"docs/modelo-de-datos.md": doc}, "carrera")
    assert fields["code"]["max_length"] == 10, draft.diagnostics
    assert fields["estado"]["index"] and fields["fecha"]["index"] and not fields["sede"]["index"] and not fields["pista"]["index"]


# Round 142's forms ----------------------------------------------------------------------------------------------


def test_a_mermaid_block_whose_braces_share_the_attribute_lines(root: Path) -> None:
    """`TRIP { int id PK` and `string code }`: the diagram's blocks opened and closed on their first and last
    attributes' lines; every attribute read, the line numbers kept."""
    doc = ("# Design\n\n```mermaid\nerDiagram\n    RIDER ||--o{ TRIP : takes\n    RIDER { int id PK\n        string name }\n"
           "    TRIP { int id PK\n        int rider_id FK\n        date starts_on\n        int seats\n        string code }\n```\n")
    draft, fields = read(root, {"docs/DATABASE_DESIGN.md": doc}, "trip")
    assert {n: f["type"] for n, f in fields.items()} == {"rider_id": "int", "starts_on": "date", "seats": "int", "code": "str"}, draft.diagnostics
    assert any("docs/DATABASE_DESIGN.md:8" in d for d in draft.diagnostics)  # (the block's own line)


def test_arguments_under_a_route_line_and_a_closed_pair_said_with_either(root: Path) -> None:
    """A README's '**Definition**' over `` `POST /films/` ``, then '**Arguments**' over `- \\`"title":string\\`` bullets:
    the film's fields, each sent (none is said optional); 'either short or feature' closes the list."""
    readme = ("# Film Api\n\n## Usage\n\n### List all films\n\n**Definition**\n\n`GET /films`\n\n**Definition**\n\n`POST /films/`\n\n"
              "**Arguments**\n\n- `\"title\":string` the title\n- `\"minutes\":int` running time\n"
              "- `\"kind\":string` the length class: either short or feature\n\n**Response**\n\n- `201 Created` on success\n")
    draft, fields = read(root, {"README.md": readme}, "film")
    assert draft.spec["name"] == "film", draft.diagnostics
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "title": ("str", True), "minutes": ("int", True), "kind": ("enum", True)}
    assert fields["kind"]["enum_values"] == ["short", "feature"]


def test_an_http_block_body_its_response_in_a_block_and_a_filters_values(root: Path) -> None:
    """Blocks of `GET /visits` (a filter list, then 'Response: 200 OK' over JSON) and `POST /visits` with 'Body:' and
    its JSON: the body's members are sent (required); `state`, only in the response, is filled by the server, its values
    those its filter lists ('state: Filter by state (open, seen, closed)')."""
    page = ("# API — Visits\n\n## List Visits\n```\nGET /visits\n\nQuery Parameters (all optional):\n"
            "- state: Filter by state (open, seen, closed)\n- page: Page number\n\nResponse: 200 OK\n{\n  \"data\": [\n    {\n"
            "      \"id\": \"v1\",\n      \"petId\": \"p1\",\n      \"day\": \"2025-01-02\",\n      \"reason\": \"Checkup\",\n"
            "      \"state\": \"open\"\n    }\n  ]\n}\n```\n\n## Create Visit\n```\nPOST /visits\nContent-Type: application/json\n\n"
            "Body:\n{\n  \"petId\": \"p1\",\n  \"day\": \"2025-01-02\",\n  \"reason\": \"Checkup\"\n}\n\nResponse: 201 Created\n```\n")
    draft, fields = read(root, {"docs/api-visits.md": page}, "visit")
    assert {n: f["required"] for n, f in fields.items()} == {"pet_id": True, "day": True, "reason": True, "state": False}, draft.diagnostics
    assert fields["state"]["enum_values"] == ["open", "seen", "closed"]


def test_a_unix_timestamp_in_milliseconds_stays_a_whole_number(root: Path) -> None:
    """`startedAt: number | null; // start (Unix timestamp, ms)`: the count of milliseconds a client sends and reads
    back, an int (not a datetime, which would change what goes over the wire)."""
    model = ("# Model\n\n```typescript\ninterface Countdown {\n  seconds: number;\n  startedAt: number | null;  // start (Unix timestamp, ms)\n"
             "  label: string;\n}\n```\n")
    draft, fields = read(root, {"docs/database-schema.md": model}, "countdown")
    assert fields["started_at"]["type"] == "int", draft.diagnostics


def test_a_python_sketch_of_nested_objects_lists_and_commented_presence(root: Path) -> None:
    """`class Member:` with `home: {` ... `}` (an object), `hobbies: [str]`, `# Required, ...` and `# Optional, ...`
    comments, `enum: ["O+", "O-"]`: what each says; the members no comment marks are not required; a MongoDB index
    object under '### Indexes' (`"phone": 1, // Index for search`) marks single-column indexes, a unique one none."""
    model = ("# Data Models\n\n## Member Model\n\n```python\nclass Member:\n    id: str               # ObjectId\n"
             "    code: str             # Unique, format MEM-XXXX\n    full_name: str        # Required, 2-80 chars\n"
             "    phone: str            # Required, local format\n    nickname: str         # Optional, max 30 chars\n"
             "    blood: str            # Optional, enum: [\"O+\", \"O-\", \"AB+\"]\n    home: {\n        street: str  # Required\n"
             "        city: str    # Required\n    }\n    hobbies: [str]        # Free tags\n```\n\n### Indexes\n```javascript\n{\n"
             "  \"code\": 1,    // Unique index\n  \"phone\": 1,   // Index for search\n  \"nickname\": 1 // Index for sorting\n}\n\n"
             "// Compound Indexes\n{\n  \"phone\": 1,\n  \"full_name\": 1\n}\n```\n")
    draft, fields = read(root, {".claude/data_models.md": model}, "member")
    assert {n: (f["type"], f["required"]) for n, f in fields.items()} == {
        "code": ("str", False), "full_name": ("str", True), "phone": ("str", True), "nickname": ("str", False),
        "blood": ("enum", False), "home": ("json", False), "hobbies": ("list[str]", False)}, draft.diagnostics
    assert fields["blood"]["enum_values"] == ["O+", "O-", "AB+"] and fields["nickname"]["max_length"] == 30
    assert {n for n, f in fields.items() if f.get("index")} == {"phone", "nickname"}


def test_a_relationship_tree_names_entities_not_columns_and_a_computed_member(root: Path) -> None:
    """A plain block `Order (Aggregate Root)` over `├── OrderLine (1:N)` and `└── Payment (1:N)`: a drawing of how
    entities relate, no columns of the order; the TypeScript interface is read, its 'Computed field' member left out."""
    doc = ("# Data Model\n\n## Order\n\n**Fields**:\n- `ref`: String - the reference\n- `dueOn`: Date - the day it is due\n"
           "- `isLate`: Computed field (true if dueOn < today)\n\n## Relationship Diagram\n\n```\n"
           "Order (Aggregate Root)\n├── OrderLine (1:N)\n│   └── sku, qty\n└── Payment (1:N)\n    └── amount\n```\n\n## Types\n\n"
           "```typescript\nexport interface Order {\n  id: string;\n  ref: string;\n  dueOn: string;\n  isLate: boolean;\n}\n```\n")
    draft, fields = read(root, {"specs/feature/orders/data-model.md": doc}, "order")
    assert list(fields) == ["ref", "due_on"], draft.diagnostics


def test_an_empty_type_cell_is_typed_by_name_and_a_list_of_values_tables(root: Path) -> None:
    """A data dictionary's row whose type cell is empty (`| contact_mail | Courriel | |`) is read as str and said so;
    a README's 'Liste de valeurs :' over 'Statut :' and `| Libellé | Libellé long |` rows gives the column's values."""
    dictionary = ("# Dictionnaire\n\n| Champ | Désignation | Type/Taille |\n| :--: | :--: | :--: |\n| id | Identifiant | serial |\n"
                  "| nom | Nom | varchar(120) |\n| statut | Statut juridique | varchar(60) |\n| contact_mail | Courriel |  |\n")
    readme = ("# Lieux\n\nJeu de données.\n\nListe de valeurs :\n\nStatut :\n\n| Libellé | Libellé long |\n| :--: | :--: |\n"
              "| SARL | Société à responsabilité limitée |\n| SAS + Association | SAS + Association |\n| Association / SARL | Mixte |\n")
    draft, fields = read(root, {"dictionnaire_donnees.md": dictionary, "README.md": readme}, "lieu")
    assert fields["contact_mail"]["type"] == "str" and not draft.blocking, draft.diagnostics
    assert any(d.startswith("contact_mail: no type at dictionnaire_donnees.md:") for d in draft.diagnostics)
    assert fields["statut"]["enum_values"] == ["SARL", "SAS + Association", "Association / SARL"]


def test_the_rules_under_the_entitys_create_command_are_its_own(root: Path) -> None:
    """'### CreateGadgetCommand' over '**Validation Rules**: - `label`: Required, max 120 characters': the command that
    creates the gadget, its rules the gadget's; a `Review`'s limits under its own heading stay the review's."""
    doc = ("# Data Model\n\n## Types\n\n### Gadget\n\n**Fields**:\n- `label`: String - shown name\n- `code`: String - stock code\n"
           "- `weight`: Int - grams\n\n### Review\n\n**Fields**:\n- `label`: String - title\n- `body`: String - text\n- `stars`: Int\n\n"
           "**Validation Rules**:\n- `label`: max 10 characters\n\n## Inputs\n\n### CreateGadgetCommand\n\n**Fields**:\n"
           "- `label`: String! - shown name\n- `code`: String! - stock code\n- `weight`: Int!\n- `batch`: String! - the batch it arrives in\n\n"
           "**Validation Rules**:\n"
           "- `label`: Required, max 120 characters\n- `code`: Required, max 40 characters, must be unique\n")
    draft, fields = read(root, {"specs/feature/gadgets/data-model.md": doc}, "gadget")
    assert fields["label"]["max_length"] == 120 and fields["code"]["max_length"] == 40, draft.diagnostics


# Round 143's forms ----------------------------------------------------------------------------------------------


def test_required_and_optional_field_groups_under_a_creating_heading(root: Path) -> None:
    """'### 👥 Creating a New Client' over '#### Required Fields:' and '#### Optional Fields:' bullet lists: the
    client's fields (not a `creating_client`), each group's presence as its heading says."""
    guide = ("# API Guide\n\n## How to Use\n\n### 👥 Creating a New Client\n\n#### Required Fields:\n\n"
             "- `client_code` (string) - Unique code\n- `full_name` (string) - Name\n- `birth_day` (date) - YYYY-MM-DD\n\n"
             "#### Optional Fields:\n\n- `address` (string) - Street address\n- `notes` (string) - Remarks\n")
    draft, fields = read(root, {"CREATE_ENDPOINTS_GUIDE.md": guide}, "client")
    assert draft.spec["name"] == "client", draft.diagnostics
    assert {n: f["required"] for n, f in fields.items()} == {
        "client_code": True, "full_name": True, "birth_day": True, "address": False, "notes": False}


def test_a_bold_route_line_with_a_line_break_over_a_wrapped_request_body(root: Path) -> None:
    """'**POST /v1/talk/** <br />' then 'Request' over `{"talk": {...}, "rooms": [...]}`: the route's page, its body the
    talk the wrapper holds (not the `location` a later page posts)."""
    page = ("### Purpose\n\nTalks.\n\n**GET /v1/talk** <br />\nAll talks.\n\n---\n\n**POST /v1/talk/** <br />\nCreate a talk.\n\n"
            "Request\n```\n{\n  \"talk\" : {\n    \"title\": \"Keynote\",\n    \"speaker\": \"Ada\",\n"
            "    \"startTime\": \"2015-01-22T09:37:34.000+0600\"\n  },\n  \"rooms\": [{\n    \"roomId\": 1\n  }]\n}\n```\n\n---\n\n"
            "**POST /v1/talk/room** <br />\nCreate a room.\n\nRequest\n```\n{\n  \"name\": \"Hall A\",\n  \"latitude\": 40.1,\n"
            "  \"longitude\": 88.2\n}\n```\n")
    draft, fields = read(root, {"docs/Talks-Documentation.md": page}, "talk")
    assert draft.spec["name"] == "talk", draft.diagnostics
    assert list(fields) == ["title", "speaker", "start_time"] and fields["start_time"]["type"] == "datetime"


def test_a_plain_enum_line_over_its_values_and_numbers_that_are_codes(root: Path) -> None:
    """`Parcel` over bullets, then `ParcelStatus ENUM` over one value a bullet: the values are the `status (ENUM)`
    column's, not more columns; `trackingNumber` and `phoneNumber`, named bare, are codes kept as text."""
    doc = ("# Parcel Data Model\n\nParcel\n- parcelId (immutable, UUID)\n- senderId\n- trackingNumber\n- phoneNumber\n"
           "- weightGrams\n- status (ENUM)\n\nParcelStatus ENUM\n- DRAFT\n- SHIPPED\n- DELIVERED\n")
    draft, fields = read(root, {"extensions/parcels/06_PARCEL_DATA_MODEL.md": doc}, "parcel")
    assert "shipped" not in fields and fields["status"]["enum_values"] == ["DRAFT", "SHIPPED", "DELIVERED"], draft.diagnostics
    assert fields["tracking_number"]["type"] == "str" and fields["phone_number"]["type"] == "str"


def test_an_overview_that_mentions_a_get_route_is_no_routes_page(root: Path) -> None:
    """'## Overview' over 'Check it with `GET /health` first.' and a table of the plant's columns: the table is the
    plant's (the sentence's GET route does not make the section that route's page)."""
    doc = ("# Plants\n\n## Plant\n\nCheck the service with `GET /health` first.\n\n| Field | Type | Required |\n|---|---|---|\n"
           "| name | string | yes |\n| height_cm | integer | no |\n")
    draft, fields = read(root, {"docs/data-model.md": doc}, "plant")
    assert draft.spec["name"] == "plant" and set(fields) == {"name", "height_cm"}, draft.diagnostics
